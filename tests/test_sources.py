"""Arguments, folders and --from-list to Sources: order, filtering, and what counts as an error."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscli.cli.app import cli
from newscli.errors import SourceNotFoundError
from newscli.sources import (
    folder_sources,
    nothing_found_hint,
    read_source_list,
    resolve,
    url_hint,
)

ARTICLE = (
    "Harbour Ferry Timetable Changes\n\n"
    "The harbour authority said on Tuesday that the morning ferry will leave ten minutes earlier "
    "from next month. Commuters were told the change follows a review of tides.\n"
)


def _tree(root: Path) -> Path:
    for relative in (
        "b.txt",
        "a.html",
        "c.md",
        "d.html.gz",
        "notes.csv",
        "image.png",
        ".hidden.txt",
        "sub/e.txt",
        "sub/deeper/f.htm",
        ".cache/g.txt",
    ):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE, encoding="utf-8")
    return root


def _relatives(root: Path, **kwargs: object) -> list[str | None]:
    return [s.relative for s in folder_sources(root, **kwargs)]  # type: ignore[arg-type]


def test_folder_lists_article_files_sorted_without_hidden_or_others(tmp_path: Path) -> None:
    assert _relatives(_tree(tmp_path), recursive=False, glob=None) == [
        "a.html",
        "b.txt",
        "c.md",
        "d.html.gz",
    ]


def test_recursive_folder_descends_but_skips_hidden_folders(tmp_path: Path) -> None:
    assert _relatives(_tree(tmp_path), recursive=True, glob=None) == [
        "a.html",
        "b.txt",
        "c.md",
        "d.html.gz",
        "sub/deeper/f.htm",
        "sub/e.txt",
    ]


def test_glob_matches_the_name_or_the_relative_path(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert _relatives(tmp_path, recursive=True, glob="*.txt") == ["b.txt", "sub/e.txt"]
    assert _relatives(tmp_path, recursive=True, glob="sub/*") == ["sub/deeper/f.htm", "sub/e.txt"]


def test_folder_sources_are_named_by_their_path(tmp_path: Path) -> None:
    _tree(tmp_path)
    names = [s.name for s in resolve([str(tmp_path / "sub")], recursive=True)]
    assert names == [str(tmp_path / "sub" / "deeper" / "f.htm"), str(tmp_path / "sub" / "e.txt")]


def test_a_missing_argument_is_an_error_before_anything_runs(tmp_path: Path) -> None:
    (tmp_path / "there.txt").write_text(ARTICLE)
    arguments = [str(tmp_path / "there.txt"), str(tmp_path / "missing.txt")]
    with pytest.raises(SourceNotFoundError, match=r"missing\.txt: no such file"):
        list(resolve(arguments))


def test_a_missing_listed_path_is_a_source_not_an_error(tmp_path: Path) -> None:
    sources = list(resolve([], listed=[str(tmp_path / "missing.txt")]))
    assert [s.name for s in sources] == [str(tmp_path / "missing.txt")]


def test_arguments_come_before_listed_entries_and_urls_and_dash_are_kept(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(ARTICLE)
    sources = list(resolve(["-", "https://example.com/a"], listed=[str(tmp_path / "x.txt")]))
    assert [(s.kind, s.name) for s in sources] == [
        ("stdin", "-"),
        ("url", "https://example.com/a"),
        ("file", str(tmp_path / "x.txt")),
    ]


def test_source_list_skips_blank_and_comment_lines() -> None:
    stream = io.StringIO("a.txt\r\n\n  # a comment\n  b.html  \nhttps://example.com/x\n")
    assert read_source_list(stream) == ["a.txt", "b.html", "https://example.com/x"]


def test_from_list_file_runs_every_entry_and_reports_missing_ones(
    runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "one.txt").write_text(ARTICLE)
    (tmp_path / "two.txt").write_text(ARTICLE)
    listing = tmp_path / "list.txt"
    missing = tmp_path / "gone.txt"
    listing.write_text(f"{tmp_path / 'one.txt'}\n{missing}\n{tmp_path / 'two.txt'}\n")
    result = runner.invoke(cli, ["summarize", "--from-list", str(listing), "-f", "json"])
    assert result.exit_code == 1
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["source"] for o in objects] == [
        str(tmp_path / "one.txt"),
        str(missing),
        str(tmp_path / "two.txt"),
    ]
    assert objects[1]["error"]["type"] == "not_found"
    assert result.stderr == f"newscli: error: {missing}: no such file or directory\n"


def test_from_list_dash_reads_the_list_from_stdin(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(ARTICLE)
    result = runner.invoke(
        cli,
        ["extract", "--from-list", "-", "-f", "json"],
        input=f"{tmp_path / 'one.txt'}\n",
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "Harbour Ferry Timetable Changes"


def test_an_empty_list_is_reported(runner: CliRunner, tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text("# nothing yet\n")
    result = runner.invoke(cli, ["summarize", "--from-list", str(listing)])
    assert result.exit_code == 1
    assert result.stderr == "newscli: error: no article files found in the given sources\n"


@pytest.mark.parametrize(
    ("argument", "hint"),
    [
        ("www.example.com/story.html", "did you mean https://www.example.com/story.html?"),
        ("example.org", "did you mean https://example.org?"),
        ("news.example.co.uk:8080/a?id=3", "did you mean https://news.example.co.uk:8080/a?id=3?"),
        ("story.html", None),
        ("notes.txt", None),
        ("archive.html.gz", None),
        ("drafts/story.txt", None),
        ("./www.example.com/story.html", None),
        ("/tmp/example.com", None),
    ],
)
def test_url_hint_only_for_web_addresses_without_a_scheme(argument: str, hint: str | None) -> None:
    assert url_hint(argument) == hint


def test_a_missing_web_address_suggests_its_url(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["summarize", "www.example.com/story.html"])
    assert result.exit_code == 2
    assert result.stderr == (
        "newscli: error: www.example.com/story.html: no such file or directory"
        " (did you mean https://www.example.com/story.html?)\n"
    )


def test_a_listed_web_address_without_scheme_suggests_its_url(
    runner: CliRunner, tmp_path: Path
) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text("www.example.com/story.html\n")
    result = runner.invoke(cli, ["summarize", "--from-list", str(listing), "-f", "json"])
    assert result.exit_code == 1
    error = json.loads(result.stdout)["error"]
    assert error["hint"] == "did you mean https://www.example.com/story.html?"


def test_a_folder_with_articles_only_in_sub_folders_suggests_recursive(
    runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "2026" / "03").mkdir(parents=True)
    (tmp_path / "2026" / "03" / "story.txt").write_text(ARTICLE)
    result = runner.invoke(cli, ["summarize", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == (
        "newscli: error: no article files found in the given sources"
        " (use -r to search sub-folders)\n"
    )
    assert runner.invoke(cli, ["summarize", str(tmp_path), "-r"]).exit_code == 0


def test_a_glob_that_matches_nothing_is_named(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(ARTICLE)
    hint = nothing_found_hint([str(tmp_path)], recursive=False, glob="*.html")
    assert hint == "no file matches --glob *.html"


def test_a_folder_of_other_files_lists_the_article_suffixes(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b\n")
    hint = nothing_found_hint([str(tmp_path)], recursive=False, glob=None)
    assert hint is not None and hint.startswith("article files end in .txt .text .md .html")


def test_an_empty_folder_gets_no_hint(tmp_path: Path) -> None:
    assert nothing_found_hint([str(tmp_path)], recursive=False, glob=None) is None
