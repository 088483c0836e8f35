"""The command line as users drive it: sources, formats, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscli.cli.app import cli
from tests.conftest import SEED

KHAMENEI_QUOTE = "The Islamic Republic of Iran will definitely not accept their demands"
TRUMP_QUOTE = "I would prefer to make a deal because I’m not looking to hurt Iran"
TITLE = "Khamenei Rejects US Negotiation Push, Calls It A Power Play"


def _seed_brief_checks(brief: dict[str, object]) -> None:
    assert brief["schema"] == "newscli.brief/1"
    assert brief["title"] == TITLE
    assert brief["kind"] == "text"
    assert brief["language"] == "en"
    summary = brief["summary"]
    assert isinstance(summary, list) and summary
    assert all("Comment" not in item["text"] for item in summary)
    removed = brief["removed"]
    assert isinstance(removed, list)
    assert [r["text"] for r in removed] == ["Comments", "Post a Comment"]
    quotes = {q["text"]: q["speaker"] for q in brief["quotes"]}  # type: ignore[attr-defined]
    assert "Khamenei" in (quotes[KHAMENEI_QUOTE] or "")
    assert "Trump" in (quotes[TRUMP_QUOTE] or "")
    stats = brief["stats"]
    assert isinstance(stats, dict)
    assert set(stats) == {"words", "sentences", "paragraphs", "reading_minutes"}


def test_summarize_seed_file_as_json(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["summarize", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    brief = json.loads(lines[0])
    assert brief["source"] == str(SEED)
    _seed_brief_checks(brief)


def test_summarize_piped_stdin_without_source(runner: CliRunner, seed_text: str) -> None:
    result = runner.invoke(cli, ["summarize", "--format", "json"], input=seed_text)
    assert result.exit_code == 0, result.stderr
    brief = json.loads(result.stdout)
    assert brief["source"] == "-"
    _seed_brief_checks(brief)


def test_summarize_dash_reads_stdin(runner: CliRunner, seed_text: str) -> None:
    result = runner.invoke(cli, ["summarize", "-", "--format", "json"], input=seed_text)
    assert result.exit_code == 0, result.stderr
    _seed_brief_checks(json.loads(result.stdout))


def test_extract_json_has_article_text_without_footer(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["schema"] == "newscli.article/1"
    assert article["title"] == TITLE
    assert set(article) >= {"source", "kind", "author", "date", "site", "url", "language", "text"}
    assert "Post a Comment" not in article["text"]
    assert article["text"].startswith("Iran’s Supreme Leader")
    assert article["text"].endswith("continued tensions with Washington.")
    assert "\n\n" in article["text"]
    assert [r["reason"] for r in article["removed"]] == ["comment section", "comment section"]


def test_text_format_has_no_escape_codes(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["summarize", str(SEED), "--format", "text"])
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout
    assert result.stdout.startswith(TITLE + "\n")
    assert "SUMMARY" in result.stdout and "QUOTES" in result.stdout


def test_auto_format_is_plain_text_when_piped(runner: CliRunner) -> None:
    auto = runner.invoke(cli, ["summarize", str(SEED)])
    text = runner.invoke(cli, ["summarize", str(SEED), "--format", "text"])
    assert auto.stdout == text.stdout


def test_markdown_starts_with_a_heading(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["summarize", str(SEED), "--format", "markdown"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"# {TITLE}\n")
    assert "## Summary" in result.stdout and "## Quotes" in result.stdout


def test_rich_format_without_terminal_has_no_colour(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["summarize", str(SEED), "--format", "rich"])
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout
    assert TITLE in result.stdout


def test_missing_file_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = runner.invoke(cli, ["summarize", str(missing)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"newscli: error: {missing}: no such file or directory\n"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty input"),
        (b"  \n\t\n  ", "input is only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary input (a PNG image)"),
        (b"\x7fELF\x02\x01\x01" + bytes(200), "binary input (an ELF executable)"),
    ],
    ids=["empty", "whitespace", "png", "elf"],
)
def test_unusable_input_fails_with_one_line(
    runner: CliRunner, tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    result = runner.invoke(cli, ["summarize", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"newscli: error: {path}: {reason}")
    assert "Traceback" not in result.stderr


_KEPT = ("schema", "schema_version", "source", "error")


def test_several_sources_give_json_lines_in_order_with_errors_in_place(
    runner: CliRunner, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(cli, ["summarize", str(SEED), str(empty), str(SEED), "-f", "json"])
    assert result.exit_code == 1
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["source"] for o in objects] == [str(SEED), str(empty), str(SEED)]
    # The failure has every key of a brief, null, and the error.
    assert list(objects[1]) == [*objects[0], "error"]
    assert objects[1]["schema"] == "newscli.brief/1"
    assert objects[1]["error"] == {"type": "empty", "message": "empty input"}
    assert all(value is None for key, value in objects[1].items() if key not in _KEPT)
    assert result.stderr == f"newscli: error: {empty}: empty input\n"


def test_several_sources_in_text_are_separated_by_headers(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["summarize", str(SEED), str(SEED), "-f", "text"])
    assert result.exit_code == 0
    assert result.stdout.count(f"==> {SEED} <==") == 2


def test_no_source_on_a_terminal_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newscli.cli.runner.stdin_is_piped", lambda: False)
    result = CliRunner().invoke(cli, ["summarize"])
    assert result.exit_code == 2
    assert "no SOURCE given" in result.stderr


def test_bad_option_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["summarize", str(SEED), "--method", "magic"])
    assert result.exit_code == 2
    assert "Invalid value for '-m' / '--method'" in result.stderr


def test_sentences_option_sets_summary_length(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["summarize", str(SEED), "-f", "json", "--sentences", "5"])
    summary = json.loads(result.stdout)["summary"]
    assert len(summary) == 5
    indices = [s["sentence"] for s in summary]
    assert indices == sorted(indices)


@pytest.mark.parametrize(
    "method", ["news", "lead", "lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl", "edmundson"]
)
def test_every_method_summarizes_the_seed(runner: CliRunner, method: str) -> None:
    result = runner.invoke(cli, ["summarize", str(SEED), "-f", "json", "-m", method, "-n", "2"])
    assert result.exit_code == 0, result.stderr
    brief = json.loads(result.stdout)
    assert brief["method"] == method
    assert len(brief["summary"]) == 2


def test_lead_method_takes_the_first_sentences(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["summarize", str(SEED), "-f", "json", "-m", "lead", "-n", "3"])
    assert [s["sentence"] for s in json.loads(result.stdout)["summary"]] == [0, 1, 2]


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("newscli ")


def test_article_markup_and_control_sequences_are_data(runner: CliRunner) -> None:
    article = (
        "Markup Test Headline\n\n"
        "The mayor said the plan was [bold red]final[/] and would not change this year at all.\n\n"
        "A hidden \x1b]0;pwned\x07title and a \x1b[31mred\x1b[0m word must not reach a terminal.\n"
    )
    for fmt in ("rich", "text", "markdown", "json"):
        result = runner.invoke(cli, ["summarize", "-f", fmt, "-n", "2"], input=article)
        assert result.exit_code == 0, result.stderr
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert "pwned" not in result.stdout
        if fmt in ("rich", "text"):
            assert "[bold red]final[/]" in result.stdout


def test_keep_boilerplate_keeps_the_footer(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", str(SEED), "-f", "json", "--keep-boilerplate"])
    assert result.exit_code == 0
    article = json.loads(result.stdout)
    assert article["title"] == TITLE
    assert article["text"].endswith("Comments\n\nPost a Comment")
    assert article["removed"] == []


@pytest.mark.parametrize("language", ["pl", "zh", "th"])
def test_sumy_methods_survive_languages_without_a_shipped_stemmer(
    runner: CliRunner, language: str
) -> None:
    result = runner.invoke(
        cli, ["summarize", str(SEED), "-f", "json", "-m", "lexrank", "--language", language]
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["summary"]


def test_too_large_input_says_what_to_do(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["summarize", str(SEED), "-f", "json", "--max-bytes", "1KB"])
    assert result.exit_code == 1
    assert result.stderr.endswith("(raise --max-bytes to read it)\n")
    assert json.loads(result.stdout)["error"]["hint"] == "raise --max-bytes to read it"


def test_json_offsets_point_at_the_summary_and_claim_sentences(runner: CliRunner) -> None:
    text = json.loads(runner.invoke(cli, ["extract", str(SEED), "-f", "json"]).stdout)["text"]
    data = json.loads(runner.invoke(cli, ["summarize", str(SEED), "-f", "json"]).stdout)
    assert data["summary"] and data["claims"]
    for item in data["summary"] + data["claims"]:
        assert text[item["start"] : item["end"]] == item["text"]


def test_with_sentences_lists_the_sentences_the_indices_count(runner: CliRunner) -> None:
    args = ["summarize", str(SEED), "-f", "json"]
    plain = json.loads(runner.invoke(cli, args).stdout)
    assert "sentences" not in plain
    data = json.loads(runner.invoke(cli, [*args, "--with-sentences"]).stdout)
    sentences = data["sentences"]
    assert len(sentences) == data["stats"]["sentences"]
    for item in data["summary"] + data["claims"]:
        assert sentences[item["sentence"]]["text"] == item["text"]
    for quote in data["quotes"]:  # a joined quote runs on past the sentence it starts in
        assert quote["text"][:20] in sentences[quote["sentence"]]["text"]
    for item in data["summary"]:
        assert sentences[item["sentence"]]["start"] == item["start"]
    assert [s["paragraph"] for s in sentences] == sorted(s["paragraph"] for s in sentences)


def test_with_sentences_applies_to_output_files(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["summarize", str(SEED), "-f", "json", "-o", str(out), "--with-sentences"]
    assert runner.invoke(cli, args).exit_code == 0
    (written,) = out.glob("*.json")
    assert json.loads(written.read_text(encoding="utf-8"))["sentences"]


def test_authors_list_the_names_of_the_byline(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "Harbour Ferry Timetable Changes\n\nBy Mara Lind and Tomas Berg\n\n"
        "The harbour authority said on Tuesday that the morning ferry will leave ten minutes "
        "earlier from next month. Commuters were told the change follows a review of tides.\n",
        encoding="utf-8",
    )
    data = json.loads(runner.invoke(cli, ["summarize", str(path), "-f", "json"]).stdout)
    assert data["author"] == "Mara Lind and Tomas Berg"
    assert data["authors"] == ["Mara Lind", "Tomas Berg"]
    unsigned = json.loads(runner.invoke(cli, ["extract", str(SEED), "-f", "json"]).stdout)
    assert unsigned["author"] is None and unsigned["authors"] == []


def test_a_rerun_with_sentences_recomputes_outputs_made_without(
    runner: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    args = ["summarize", str(SEED), "-f", "json", "-o", str(out)]
    assert runner.invoke(cli, args).exit_code == 0
    assert runner.invoke(cli, [*args, "--with-sentences"]).exit_code == 0
    (written,) = out.glob("*.json")
    assert json.loads(written.read_text(encoding="utf-8"))["sentences"]


def test_render_options_change_the_folder_fingerprint_only_when_set() -> None:
    from newscli.options import Options
    from newscli.output_dir import Recipe
    from newscli.render import RenderOptions

    plain = Recipe.for_run("summarize", "json", Options())
    assert Recipe.for_run("summarize", "json", Options(), RenderOptions()) == plain
    with_sentences = Recipe.for_run("summarize", "json", Options(), RenderOptions(True))
    assert with_sentences.fingerprint != plain.fingerprint


def test_i_in_a_column_is_its_bylined_author(tmp_path: Path) -> None:
    column = tmp_path / "column.txt"
    column.write_text(
        "Why I changed my mind about the four-day week\n\nBy Hannah Okoro\n\n"
        "Two years ago I wrote in this column that the four-day week was \u201ca fantasy for "
        "people who have never run a business\u201d. I was wrong, and I said so to everyone.\n\n"
        "Last month I spent a week at a software firm in Bristol that moved to a 32-hour week "
        "in 2023, and I talked to most of the people who work there.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["summarize", str(column), "--format", "json"])
    assert result.exit_code == 0, result.output
    brief = json.loads(result.output)
    assert brief["author"] == "Hannah Okoro"
    assert [(q["text"], q["speaker"]) for q in brief["quotes"]] == [
        ("a fantasy for people who have never run a business", "Hannah Okoro")
    ]
