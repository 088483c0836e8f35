"""What the input is: --input-type auto|text|html, and auto telling text renderings that hold a
literal tag from HTML pages that lack <html>."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscli import Options, extract
from newscli.cli.app import cli
from newscli.errors import InvalidOptionError
from newscli.ingest.sniff import document_kind, looks_like_html

PARAGRAPHS = (
    "The ferry company said on Monday that it would add a second boat to the island route in the "
    "summer, after months of complaints about queues at the harbour.",
    "The new boat carries two hundred passengers and forty cars, and it will sail every two "
    "hours between seven in the morning and nine in the evening.",
    "Islanders welcomed the news but said the company should also bring back the late crossing "
    "that was cut three years ago, which many people who work on the mainland relied on.",
)
TEXT = "Second ferry for the island route\n\n" + "\n\n".join(PARAGRAPHS)
PAGE_WITHOUT_HTML_TAG = (
    '<meta charset="utf-8">\n<title>Second ferry for the island route</title>\n'
    '<link rel="stylesheet" href="/site.css">\n<nav><a href="/">Home</a> <a href="/news">News</a>'
    "</nav>\n<article><h1>Second ferry for the island route</h1>\n"
    + "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "\n</article>\n<footer><p>© 2024 The Island Post</p></footer>\n"
)


def test_text_rendering_with_a_literal_script_line_is_text() -> None:
    rendering = '<SCRIPT LANGUAGE="JavaScript" SRC="/ads/loader.js"></SCRIPT>\n' + TEXT
    assert not looks_like_html(rendering)
    assert document_kind(rendering) == "text"


def test_text_rendering_with_literal_tracking_pixels_at_its_top_is_text() -> None:
    pixel = '<img src="https://stats.example.com/pixel.gif?page=ferry&amp;ref=" width="1" />'
    rendering = f"{pixel}{pixel}\n" + TEXT
    assert not looks_like_html(rendering)


def test_html_page_without_an_html_tag_is_html() -> None:
    assert looks_like_html(PAGE_WITHOUT_HTML_TAG)


def test_html_body_opening_on_comments_and_an_inline_svg_is_html() -> None:
    body = (
        "\n   <!-- icons -->\n<svg style='display:none'><symbol id='i'><path d='M0 0h24v24H0z'/>"
        "</symbol></svg>\n<noscript><iframe src='/tag'></iframe></noscript>\n"
        + PAGE_WITHOUT_HTML_TAG
    )
    assert looks_like_html(body)


def test_html_page_whose_head_is_one_long_script_is_html() -> None:
    script = "<script>" + "var config = {a: 1, b: [2, 3]};" * 400 + "</script>\n"
    page = script + PAGE_WITHOUT_HTML_TAG
    assert looks_like_html(page)


def test_japanese_rendering_with_literal_markup_is_text() -> None:
    line = "このページの先頭です。フェリー会社は月曜日、夏に二隻目の船を運航すると発表した。"
    rendering = f"{line}\n\n<div style='position:absolute'><img src='/b?x=1' /></div>\n" + (
        (line + "\n") * 40
    )
    assert not looks_like_html(rendering)


def test_input_type_overrides_sniffing_in_the_library() -> None:
    as_text = extract(PAGE_WITHOUT_HTML_TAG, options=Options(input_type="text"))
    assert as_text.kind == "text"
    as_html = extract(PAGE_WITHOUT_HTML_TAG)
    assert as_html.kind == "html"
    assert as_html.paragraphs[0].startswith("The ferry company said on Monday")


def test_unknown_input_type_is_an_invalid_option() -> None:
    with pytest.raises(InvalidOptionError):
        document_kind(TEXT, "xml")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("input_type", "kind"), [("auto", "html"), ("html", "html"), ("text", "text")]
)
def test_input_type_option_on_the_command_line(
    runner: CliRunner, tmp_path: Path, input_type: str, kind: str
) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(PAGE_WITHOUT_HTML_TAG, encoding="utf-8")
    result = runner.invoke(
        cli, ["extract", str(path), "--input-type", input_type, "--format", "json"]
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["kind"] == kind


def test_input_type_text_keeps_a_rendering_with_a_script_line_as_text(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "ferry.html"
    path.write_text("<script>track()</script>\n" + TEXT, encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(path), "--input-type", "text", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["kind"] == "text"
    assert article["title"] == "Second ferry for the island route"


def test_bad_input_type_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(path), "--input-type", "pdf"])
    assert result.exit_code == 2
    assert "--input-type" in result.stderr


def test_input_type_from_the_environment(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(PAGE_WITHOUT_HTML_TAG, encoding="utf-8")
    monkeypatch.setenv("NEWSCLI_INPUT_TYPE", "text")
    result = runner.invoke(cli, ["extract", str(path), "-f", "json"])
    assert json.loads(result.stdout)["kind"] == "text"
