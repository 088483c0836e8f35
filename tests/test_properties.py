"""Properties of the whole pipeline on arbitrary input: it never raises anything but a NewscliError,
and it never invents text: summary sentences, quotes and claims come from the cleaned article, and
the cleaned article's words come from the input."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscli.errors import NewscliError
from newscli.ingest.decode import decode
from newscli.model import Article
from newscli.options import Options
from newscli.pipeline import analyze, extract
from newscli.render.jsonfmt import render_json
from newscli.render.markdown import render_markdown
from newscli.render.text import render_text
from newscli.sanitize import normalize_newlines, strip_controls

# Text that looks like articles often enough to reach every stage: words, names, quotes, line ends.
_PIECES = st.sampled_from(
    [
        "The council met on Monday.",
        "Mayor Ann Lee said the plan would pass.",
        "“We will build it,” she said.",
        '"It is too expensive," said Tom Reyes, a critic.',
        "Comments",
        "Share this article",
        "By Jane Roe",
        "Advertisement",
        "Is this the end?",
        "Prices rose 4.5% in May.",
        "\n",
        "\n\n",
        " ",
        "«",
        "”",
        "U.S.",
        "Dr.",
        "…",
        "[bold]x[/]",
        "\t",
    ]
)
ARTICLE_LIKE = st.lists(st.one_of(_PIECES, st.text(max_size=30)), max_size=40).map("".join)
_WORD = re.compile(r"\w+")
_MARKUP = re.compile(r"<!--.*?(?:-->|$)|<[^>]*>", re.DOTALL)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _article_or_none(text: str) -> Article | None:
    try:
        return extract(text)
    except NewscliError:
        return None


@SETTINGS
@given(ARTICLE_LIKE)
def test_pipeline_never_raises_and_never_invents(text: str) -> None:
    article = _article_or_none(text)
    if article is None:
        return
    clean = strip_controls(normalize_newlines(text))
    # Text on either side of a tag or comment joins up in HTML ("0<!-- x -->0" reads "00").
    input_words = set(_WORD.findall(clean)) | set(_WORD.findall(_MARKUP.sub("", clean)))
    assert set(_WORD.findall(article.text)) <= input_words
    brief = analyze(article, Options(sentences=3))
    body = article.text
    for item in brief.summary:
        assert item.text in body
    for claim in brief.claims:
        assert claim.text in body
    for quote in brief.quotes:
        for start, end in quote.parts or ((quote.start, quote.end),):
            assert body[start:end] in quote.text
    for rendered in (render_text(brief), render_markdown(brief), render_json(brief)):
        assert "\x1b" not in rendered


@SETTINGS
@given(st.binary(max_size=2000))
def test_decoding_arbitrary_bytes_gives_text_or_a_clear_error(data: bytes) -> None:
    try:
        text, encoding = decode(data)
    except NewscliError as exc:
        assert exc.message and "\n" not in exc.message
        return
    assert text.strip()
    assert encoding
    assert "\r" not in text and "\x00" not in text and "\x1b" not in text


@SETTINGS
@given(ARTICLE_LIKE, st.sampled_from(["lead", "lexrank", "luhn", "sumbasic", "kl"]))
def test_every_method_picks_sentences_of_the_article(text: str, method: str) -> None:
    article = _article_or_none(text)
    if article is None:
        return
    brief = analyze(article, Options(method=method, sentences=2))
    assert len(brief.summary) <= 2
    assert all(item.text in article.text for item in brief.summary)
    indices = [item.sentence for item in brief.summary]
    assert indices == sorted(set(indices))
