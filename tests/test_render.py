"""Rendered output against golden files, from a fixed Brief (so analysis changes do not move them).

Regenerate after an intended change:
    NEWSCLI_UPDATE_GOLDEN=1 python -m pytest tests/test_render.py
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest

from newscli.model import (
    Article,
    Brief,
    Claim,
    Quote,
    Removed,
    Sentence,
    Stats,
    SummarySentence,
)
from newscli.options import Options
from newscli.pipeline import brief
from newscli.render import RenderOptions
from newscli.render.color import ColorMode
from newscli.render.common import readable_sentence
from newscli.render.jsonfmt import render_json
from newscli.render.markdown import render_markdown
from newscli.render.rich_view import make_console, print_result
from newscli.render.text import render_text

GOLDEN = Path(__file__).parent / "golden"
BRITISH = Path(__file__).parent / "fixtures" / "british-quotes.txt"

ARTICLE = Article(
    source="samples/harbour.txt",
    kind="text",
    title="Harbour Wind Farm Wins Approval After Three-Year Review",
    paragraphs=(
        "Regulators on Thursday approved a 40-turbine wind farm off the coast of Port Ellison.",
        '"We listened to every fisherman," said Ruth Calloway, the board\'s chair.',
        "The board attached 27 conditions to the permit, including limits on construction noise.",
    ),
    author="Daniel Okafor",
    authors=("Daniel Okafor",),
    date="2026-03-14",
    language="en",
    removed=(
        Removed("Share this article", "share buttons"),
        Removed("Comments", "comment section"),
    ),
)
BRIEF = Brief(
    article=ARTICLE,
    stats=Stats(words=412, sentences=3, paragraphs=3),
    method="news",
    summary=(
        SummarySentence(ARTICLE.paragraphs[0], 0, 1.0, 0, 85),
        SummarySentence(ARTICLE.paragraphs[1], 1, 0.8, 87, 159, speaker="Ruth Calloway"),
    ),
    claims=(Claim(ARTICLE.paragraphs[2], None, 2, "figure", 0.61, 161, 248),),
    quotes=(
        Quote("We listened to every fisherman", "Ruth Calloway", 1),
        Quote("Not one of us was asked [twice]", None, 2),
    ),
    keywords=("wind farm", "permit", "port ellison"),
    sentences=tuple(
        Sentence(index, text, start, start + len(text), index)
        for index, (text, start) in enumerate(
            (paragraph, sum(len(p) + 2 for p in ARTICLE.paragraphs[:index]))
            for index, paragraph in enumerate(ARTICLE.paragraphs)
        )
    ),
)


def _check(name: str, rendered: str) -> None:
    path = GOLDEN / name
    if os.environ.get("NEWSCLI_UPDATE_GOLDEN"):
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")


def _rich(result: Brief | Article, width: int) -> str:
    stream = io.StringIO()
    console = make_console(stream, width=width)
    print_result(console, result)
    return stream.getvalue()


def test_brief_as_text() -> None:
    _check("brief.txt", render_text(BRIEF))


def test_offsets_of_the_fixed_brief_point_at_its_sentences() -> None:
    text = ARTICLE.text
    for item in (*BRIEF.summary, *BRIEF.claims):
        assert text[item.start : item.end] == item.text
    assert all(text[s.start : s.end] == s.text for s in BRIEF.sentences)


def test_brief_as_json() -> None:
    _check("brief.json", render_json(BRIEF) + "\n")


def test_brief_as_json_with_sentences() -> None:
    _check("brief-sentences.json", render_json(BRIEF, RenderOptions(with_sentences=True)) + "\n")


def test_article_as_json() -> None:
    _check("article.json", render_json(ARTICLE) + "\n")


def test_brief_as_markdown() -> None:
    _check("brief.md", render_markdown(BRIEF))


def test_article_as_text() -> None:
    _check("article.txt", render_text(ARTICLE))


@pytest.mark.parametrize("width", [80, 140])
def test_brief_as_rich_view(width: int) -> None:
    rendered = _rich(BRIEF, width)
    assert max(len(line) for line in rendered.splitlines()) == min(width, 110)
    _check(f"brief-rich-{width}.txt", rendered)


def test_rich_view_uses_colour_on_a_terminal() -> None:
    stream = io.StringIO()
    print_result(make_console(stream, width=80, color=ColorMode(styles=True)), BRIEF)
    assert "\x1b[" in stream.getvalue()


def test_no_color_console_has_no_colour_on_a_terminal() -> None:
    stream = io.StringIO()
    print_result(make_console(stream, width=80, color=ColorMode(styles=True, colours=False)), BRIEF)
    codes = re.findall(r"\x1b\[([0-9;]*)m", stream.getvalue())
    assert codes  # bold and dim stay: NO_COLOR is about colour
    assert not [c for c in codes if re.search(r"(^|;)(3[0-8]|9[0-7])(;|$)", c)]


def test_markdown_escapes_article_syntax() -> None:
    article = Article(
        source="-", kind="text", title="A *bold* claim", paragraphs=("x_y [link](z)",)
    )
    rendered = render_markdown(article)
    assert rendered.startswith("# A \\*bold\\* claim\n")
    assert "x\\_y \\[link\\](z)" in rendered


def test_british_article_brief_as_rich_view() -> None:
    """The whole pipeline on an article in British house style (single marks, apostrophes,
    a quote reopened after a full stop): the golden file shows quotes, speakers and claims."""
    result = brief(BRITISH.read_text(encoding="utf-8"), source="tests/fixtures/british-quotes.txt")
    _check("british-rich-80.txt", _rich(result, 80))


def test_a_sentence_beginning_inside_a_quotation_shows_its_opening_mark() -> None:
    result = brief(
        "Harbour Town Lose Again\n\nInes Carvel spoke to reporters after the match.\n\n"
        "'Nobody said a word. We let people down today,' she told the Harbour Gazette."
    )
    by_start = {s.text.split()[0]: s for s in result.sentences}
    inside = by_start["We"]
    assert readable_sentence(result, inside.index, inside.text) == (
        "'… We let people down today,' she told the Harbour Gazette."
    )
    opening = by_start["'Nobody"]
    assert readable_sentence(result, opening.index, opening.text) == "'Nobody said a word. …'"
    plain = by_start["Ines"]
    assert readable_sentence(result, plain.index, plain.text) == plain.text


def test_the_json_keeps_the_exact_sentence_a_view_marks_as_quoted() -> None:
    result = brief(
        "Harbour Town Lose Again\n\nInes Carvel spoke to reporters after the match.\n\n"
        "'Nobody said a word. We let people down today,' she told the Harbour Gazette.",
        options=Options(sentences=3),
    )
    texts = [item["text"] for item in result.as_dict()["summary"]]
    assert "We let people down today,' she told the Harbour Gazette." in texts
    assert "'… We let people down today,' she told the Harbour Gazette." in render_text(result)


def test_a_quote_ending_in_a_nested_quotation_keeps_the_comma_inside_it() -> None:
    """The attribution guide keeps the article's own punctuation inside the marks; the comma of
    “… ‘… for Iran,’” sits inside the inner quotation, so no view trims it."""
    result = brief(
        "“I told him, ‘Come back to the table, because it will be better for everyone,’” "
        "Ines Carvel said."
    )
    assert result.quotes[0].text.endswith("better for everyone,’")
