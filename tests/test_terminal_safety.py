"""Nothing from an input reaches a terminal as a control: not escape sequences written as HTML
character references or JSON-LD escapes, not a file name, not an error message; bidirectional
overrides and invisible characters do not change what is displayed or split a name."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import newscli.batch
from newscli.batch import process_one
from newscli.cli.app import cli
from newscli.errors import ReadError
from newscli.model import Failure, Source
from newscli.options import Options
from newscli.pipeline import brief
from newscli.render.color import ColorMode
from newscli.render.markdown import code_span
from newscli.render.progress import print_failures, stderr_console
from newscli.render.rich_view import make_console, print_result
from newscli.sanitize import (
    decode_unsafe_references,
    display_name,
    json_dumps,
    one_line,
    strip_controls,
)

FORMATS = ("rich", "text", "markdown", "json")
# What must never be in output: ESC, BEL, the 8-bit CSI/OSC/DCS/ST, bidi overrides and isolates.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

CLIPBOARD = "&#27;]52;c;SGFja2Vk&#27;\\"
CLEAR = "&#27;[2J"
WINDOW_TITLE = "&#27;]0;pwned&#7;"

BODY = (
    "<p>The harbour board met on Monday to approve the new seawall, a plan that has been "
    "debated in the town for years and will cost more than expected.</p>"
    "<p>Residents said the work should start before the winter storms arrive, and the board "
    "agreed to publish a timetable next week.</p>"
)


def _page(head: str = "", body: str = BODY) -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head>{head}</head>"
        f"<body><article>{body}</article></body></html>"
    )


def _assert_inert(text: str) -> None:
    assert not FORBIDDEN.search(text), repr(FORBIDDEN.search(text))
    for payload in ("SGFja2Vk", "pwned", "[2J"):
        assert payload not in text


# --- 1. escapes after decoding ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", ["summarize", "extract"])
def test_escape_sequences_in_character_references_never_reach_the_output(
    runner: CliRunner, tmp_path: Path, fmt: str, command: str
) -> None:
    head = (
        f"<title>Seawall {CLIPBOARD} vote {CLEAR} passes {WINDOW_TITLE}</title>"
        f"<meta name='author' content='Jane {CLIPBOARD}Roe {WINDOW_TITLE}'>"
        f"<meta property='og:site_name' content='Harbour {CLEAR}News'>"
    )
    body = BODY.replace("Monday", f"Monday {CLEAR}{WINDOW_TITLE}")
    page = tmp_path / "page.html"
    page.write_text(_page(head, body), encoding="utf-8")
    result = runner.invoke(cli, [command, str(page), "-f", fmt])
    assert result.exit_code == 0, result.stderr
    _assert_inert(result.stdout)
    assert "Seawall" in result.stdout and "Jane Roe" in result.stdout


def test_escape_sequences_in_json_ld_strings_never_reach_the_output(
    runner: CliRunner, tmp_path: Path
) -> None:
    metadata = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Seawall \u001b]52;c;SGFja2Vk\u001b\\ vote \u001b[2J passes",
        "author": {"@type": "Person", "name": "Ann \u001b]0;pwned\u0007Berg"},
        "publisher": {"@type": "Organization", "name": "Harbour\u202e News"},
    }
    head = f"<script type='application/ld+json'>{json.dumps(metadata)}</script>"
    page = tmp_path / "page.html"
    page.write_text(_page(head), encoding="utf-8")
    for fmt in FORMATS:
        result = runner.invoke(cli, ["extract", str(page), "-f", fmt])
        assert result.exit_code == 0, result.stderr
        _assert_inert(result.stdout)
    data = json.loads(runner.invoke(cli, ["extract", str(page), "-f", "json"]).stdout)
    assert (data["title"], data["author"], data["site"]) == (
        "Seawall vote passes",
        "Ann Berg",
        "Harbour News",
    )


def test_rich_view_on_a_terminal_has_only_its_own_escapes(tmp_path: Path) -> None:
    result = brief(_page(f"<title>Seawall {CLEAR} vote {CLIPBOARD}</title>"))
    stream = io.StringIO()
    styles_without_colour = ColorMode(styles=True, colours=False)
    print_result(make_console(stream, width=80, color=styles_without_colour), result)
    # Only rich's own SGR styles (ESC [ ... m) remain.
    assert not re.sub(r"\x1b\[[0-9;]*m", "", stream.getvalue()).count("\x1b")
    assert "SGFja2Vk" not in stream.getvalue() and "[2J" not in stream.getvalue()


def test_json_error_message_is_cleaned(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def run_source(*_: object) -> None:
        raise ReadError("server said \x1b]0;pwned\x07 \u202eno\nway")

    monkeypatch.setattr(newscli.batch, "run_source", run_source)
    article = tmp_path / "a.txt"
    article.write_text("x", encoding="utf-8")
    result = runner.invoke(cli, ["summarize", str(article), "-f", "json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["message"] == "server said no way"
    assert result.stderr == f"newscli: error: {article}: server said no way\n"


def test_failure_messages_are_one_inert_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def run_source(*_: object) -> None:
        raise ValueError("bad byte \x9b2J in\r\nline")

    monkeypatch.setattr(newscli.batch, "run_source", run_source)
    outcome = process_one(Source.file(Path("x.txt")), "summarize", Options())
    assert outcome.failure is not None
    assert outcome.failure.message == "internal error: ValueError: bad byte in line"


# --- 2. names ------------------------------------------------------------------------------------


def _write_article(path: Path) -> None:
    path.write_text(
        "Seawall Vote Passes\n\nThe harbour board approved the new seawall on Monday after a "
        "long debate.\n\n\u201cIt will protect the town,\u201d said board chair Ann Berg.\n",
        encoding="utf-8",
    )


def test_file_name_with_an_escape_sequence_is_shown_escaped(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write_article(folder / "cls-\x1b[2J.txt")
    (folder / "empty-\x1b]0;pwned\x07.txt").write_bytes(b"")
    for fmt in ("text", "markdown", "rich"):
        result = runner.invoke(cli, ["summarize", str(folder), "-f", fmt])
        assert result.exit_code == 1
        unfolded = re.sub(r"[\s│]+", "", result.stdout)  # the rich panel folds long paths
        assert "cls-\\x1b[2J.txt" in unfolded
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert result.stderr == (
            f"newscli: error: {folder}/empty-\\x1b]0;pwned\\x07.txt: empty input\n"
        )


def test_from_list_lines_are_shown_escaped(runner: CliRunner, tmp_path: Path) -> None:
    listed = tmp_path / "list.txt"
    listed.write_text("gone-\x1b[2J\u202e.txt\n", encoding="utf-8")
    result = runner.invoke(cli, ["summarize", "--from-list", str(listed), "-f", "json"])
    assert result.exit_code == 1
    assert result.stderr == "newscli: error: gone-\\x1b[2J\\u202e.txt: no such file or directory\n"
    assert json.loads(result.stdout)["source"] == "gone-\x1b[2J\u202e.txt"
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout


def test_failure_table_shows_names_escaped() -> None:
    stream = io.StringIO()
    failure = Failure("a-\x1b[2J\u202e.txt", "empty", "empty \x1b]0;x\x07input")
    print_failures(stderr_console(stream), [failure])
    table = stream.getvalue()
    assert "a-\\x1b[2J\\u202e.txt" in table.replace("\n", "").replace("│", "").replace(" ", "")
    assert not FORBIDDEN.search(table)


def test_newline_in_a_file_name_cannot_break_out_of_the_markdown_code_span(
    runner: CliRunner, tmp_path: Path
) -> None:
    name = "x\n# Injected\n<script>alert(1)<script>`` `.txt"
    _write_article(tmp_path / name)
    result = runner.invoke(cli, ["summarize", str(tmp_path / name), "-f", "markdown"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    headings = [line for line in lines if line.startswith("#")]
    # Only the brief's own headings (a short article's summary holds every claim, so "Key
    # claims" may be absent); nothing from the file name.
    assert headings[:2] == ["# Seawall Vote Passes", "## Summary"]
    assert set(headings[2:]) <= {"## Key claims", "## Quotes"}
    assert not any(line.startswith("<script>") for line in lines)
    header = lines[2]
    span = code_span(f"{tmp_path}/x\\n# Injected\\n<script>alert(1)<script>`` `.txt")
    assert header.startswith(span + " · ")
    assert span.startswith("```/") and span.endswith(".txt```")


@pytest.mark.parametrize(
    ("text", "span"),
    [("a.txt", "`a.txt`"), ("a`b", "``a`b``"), ("`a", "`` `a ``"), ("a``b`", "``` a``b` ```")],
)
def test_code_span_fence_outgrows_the_backticks_inside(text: str, span: str) -> None:
    assert code_span(text) == span


def test_bidi_override_in_a_file_name_is_shown_escaped(runner: CliRunner, tmp_path: Path) -> None:
    name = "report-\u202etxt.exe"
    _write_article(tmp_path / name)
    result = runner.invoke(cli, ["summarize", str(tmp_path / name), "-f", "text"])
    assert result.exit_code == 0
    assert "report-\\u202etxt.exe" in result.stdout
    assert "\u202e" not in result.stdout
    data = json.loads(runner.invoke(cli, ["summarize", str(tmp_path / name), "-f", "json"]).stdout)
    assert data["source"] == str(tmp_path / name)  # JSON keeps the exact name, escaped


def test_zero_width_joiner_does_not_split_a_speaker() -> None:
    text = (
        "Harbour Board Approves Seawall\n\n"
        "The harbour board approved the seawall on Monday after a long debate.\n\n"
        "\u201cIt will protect the town for fifty years,\u201d said Ann Berg, the chair.\n\n"
        "Critics said the plan was too expensive for a small town.\n"
    )
    plain = brief(text)
    hidden = brief(text.replace("Berg", "Be\u200drg").replace("Ann", "A\u200bn\u00adn"))
    assert [q.speaker for q in plain.quotes] == ["Ann Berg"]
    assert hidden.as_dict() == plain.as_dict()


def test_bidi_overrides_are_removed_from_article_text() -> None:
    text = (
        "Seawall Vote\n\nThe board approved the plan \u202eon Monday\u202c after a long debate "
        "that lasted \u2067most of the evening\u2069.\n"
    )
    result = brief(text)
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", result.article.text)
    assert "on Monday after" in result.article.text


# --- 3. control characters as character references ------------------------------------------


@pytest.mark.parametrize("reference", ["&#27;", "&#7;", "&#1;", "&#65535;", "&#x1b;", "&#0;"])
@pytest.mark.parametrize("where", ["article", "fallback"])
def test_control_character_references_do_not_crash_a_page(
    runner: CliRunner, tmp_path: Path, reference: str, where: str
) -> None:
    body = BODY.replace("Monday", f"Mon{reference}day")
    # Without <article> and with little text, trafilatura finds nothing and the page's visible
    # text is used (that path edits the tree, which lxml refuses to do with control characters).
    html = _page(body=body) if where == "article" else f"<div>Mon{reference}day plan</div>"
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(page), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert "Monday" in json.loads(result.stdout)["text"]


# --- the functions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\x1b[2Jb", "ab"),
        ("a\x1b]52;c;SGFja2Vk\x1b\\b", "ab"),
        ("a\x1b]0;title\x07b", "ab"),
        ("a\x9d0;title\x9cb", "ab"),
        ("a\x1bPq#0;2;0;0;0\x1b\\b", "ab"),
        ("a\x1b]0;never ends", "a0;never ends"),  # no terminator: the ESC goes, the text stays
        ("a\x1bcb", "acb"),  # once the ESC is gone, what followed it is text
        ("a\x1b<b>", "a<b>"),
        ("Tr\u200dump", "Trump"),
        ("Tr\u00adump", "Trump"),
        ("\ufeffTitle", "Title"),
        ("word\u200b", "word"),
        ("a\ufffeb\U0001ffffc", "abc"),
        ("a\ud800b", "a\ufffdb"),
        ("tag\U000e0041\U000e0042s", "tags"),
        ("\u202eevil", "evil"),
    ],
)
def test_strip_controls(text: str, expected: str) -> None:
    assert strip_controls(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # Persian: ZWNJ shapes the word
        "\u0915\u094d\u200d\u0937",  # Devanagari: ZWJ picks the half form
        "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # a family emoji sequence
        "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",  # Scotland
        "\u05e9\u05dc\u05d5\u05dd\u200f",  # Hebrew with an RLM
        "tab\tand\nnewline",
    ],
)
def test_strip_controls_keeps_characters_that_shape_text(text: str) -> None:
    assert strip_controls(text) == text


def test_unterminated_control_string_runs_are_stripped_in_one_pass() -> None:
    # Was quadratic: every introducer scanned to the end of the text for a terminator.
    for introducer in ("\x1b]", "\x1bP", "\x9d", "\x90"):
        text = (introducer + "x") * 50_000  # the quadratic scan took minutes on this
        assert strip_controls(text) == "x" * 50_000


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("cls-\x1b[2J.txt", "cls-\\x1b[2J.txt"),
        ("a\nb.txt", "a\\nb.txt"),
        ("m\udce9.txt", "m\\udce9.txt"),
        ("report-\u202etxt.exe", "report-\\u202etxt.exe"),
        ("Tr\u200dump.txt", "Tr\\u200dump.txt"),
        ("caf\u00e9/\u65e5\u672c.txt", "caf\u00e9/\u65e5\u672c.txt"),
        ("back\\slash.txt", "back\\slash.txt"),
    ],
)
def test_display_name(name: str, shown: str) -> None:
    assert display_name(name) == shown


def test_decode_unsafe_references_leaves_markup_references_alone() -> None:
    html = "<p>&#60;b&#62; &#8217; &#146; &amp; a&#27;[2Jb &#x202E;c &#0000027;]0;t&#7;d</p>"
    assert decode_unsafe_references(html) == "<p>&#60;b&#62; &#8217; &#146; &amp; ab c d</p>"


def test_one_line() -> None:
    assert one_line("  a\n\tb \x1b[1m c\u2028d ") == "a b c d"


_ANY_TEXT = st.text(
    alphabet=st.characters(codec=None, categories=None, exclude_categories=()), max_size=60
)


@settings(max_examples=150, deadline=None)
@given(_ANY_TEXT)
def test_strip_controls_output_is_inert_and_stable(text: str) -> None:
    cleaned = strip_controls(text)
    assert not FORBIDDEN.search(cleaned.replace("\t", "").replace("\n", ""))
    assert not re.search("[\ud800-\udfff\ufffe\uffff]", cleaned)
    assert strip_controls(cleaned) == cleaned


@settings(max_examples=150, deadline=None)
@given(_ANY_TEXT)
def test_display_name_is_one_inert_line(name: str) -> None:
    shown = display_name(name)
    assert not FORBIDDEN.search(shown) and "\n" not in shown and "\t" not in shown
    assert not re.search("[\ud800-\udfff\u2028\u2029]", shown)
    shown.encode("utf-8")


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(["source", "title"]), _ANY_TEXT))
def test_json_dumps_is_exact_valid_utf8_and_inert(data: dict[str, str]) -> None:
    line = json_dumps(data)
    line.encode("utf-8")
    assert "\n" not in line and not FORBIDDEN.search(line)
    assert json.loads(line) == data
