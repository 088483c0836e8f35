"""An author line into its names."""

from __future__ import annotations

import pytest

from newscli.clean.authors import split_authors


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
