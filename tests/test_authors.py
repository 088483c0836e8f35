"""An author line into its names."""

from __future__ import annotations

import pytest

from newscli.clean.authors import split_authors
from newscli.clean.bylines import byline_author


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (None, ()),
        ("", ()),
        ("Jane Doe", ("Jane Doe",)),
        ("Jane Doe; John Smith", ("Jane Doe", "John Smith")),
        ("Jane Doe and John Smith", ("Jane Doe", "John Smith")),
        ("Jane Doe, John Smith & Ann Lee", ("Jane Doe", "John Smith", "Ann Lee")),
        ("Anna Weber und Jonas Roth", ("Anna Weber", "Jonas Roth")),
        ("Claire Martin et Luc Petit", ("Claire Martin", "Luc Petit")),
        ("Doe, Jane", ("Doe, Jane",)),
        ("Jane Doe, Reuters", ("Jane Doe, Reuters",)),
        ("José Ortega y Gasset", ("José Ortega y Gasset",)),
        ("Artur Costa e Silva", ("Artur Costa e Silva",)),
        ("Jane Doe; Jane Doe", ("Jane Doe",)),
    ],
)
def test_split_authors(line: str | None, names: tuple[str, ...]) -> None:
    assert split_authors(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Harriet Lowe, Local Democracy Reporter", ("Harriet Lowe",)),
        ("By Jane Doe, Political Editor", ("Jane Doe",)),
        ("By Jane Doe, Home Affairs Correspondent, BBC News", ("Jane Doe",)),
        ("By Jane Doe, BBC News", ("Jane Doe",)),
        ("By Jane Doe, Reuters", ("Jane Doe",)),
        ("By Jane Doe, Associated Press", ("Jane Doe",)),
        ("By JANE DOE, Staff Writer", ("JANE DOE",)),
        ("By Jane Doe and John Smith, Reuters", ("Jane Doe", "John Smith")),
        ("By Jane Doe, John Smith and Ann Lee", ("Jane Doe", "John Smith", "Ann Lee")),
        ("By Jane Doe, John Smith", ("Jane Doe", "John Smith")),
        ("By JANE DOE, JOHN SMITH", ("JANE DOE", "JOHN SMITH")),
        ("Von Anna Roth, Berlin", ("Anna Roth",)),
    ],
)
def test_a_byline_gives_its_names_not_the_role_or_outlet_after_them(
    line: str, names: tuple[str, ...]
) -> None:
    """A role or an outlet after a comma ("Political Editor", "BBC News") is no author; a list
    of names is kept whole."""
    assert split_authors(byline_author(line)) == names
