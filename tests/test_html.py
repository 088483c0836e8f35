"""HTML input: sniffing by content, extraction with metadata, structure, fallbacks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from http_server import ARTICLE_HTML, ARTICLE_PARAGRAPHS, ARTICLE_TITLE, COMMENT_TEXT
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from newscli.clean.article import clean
from newscli.clean.html import (
    clean_html,
    extraction,
    page_metadata,
    title_from_markup,
    visible_text,
)
from newscli.clean.html.parse import parse_html
from newscli.errors import NoArticleError
from newscli.ingest.read import read_document
from newscli.ingest.sniff import looks_like_html
from newscli.model import Document, Source
from newscli.pipeline import extract

# Sniffing


def test_txt_file_holding_html_is_html(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    assert read_document(Source.file(path)).kind == "html"


def test_html_file_holding_plain_text_is_text(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text("\n\n".join(ARTICLE_PARAGRAPHS), encoding="utf-8")
    assert read_document(Source.file(path)).kind == "text"


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>Hi</p></body></html>",
        "  <html lang='en'><p>Hi</p></html>",
        "<!-- saved from url=(0042)https://example.com -->\n<html><body>x</body></html>",
        '<?xml version="1.0"?>\n<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"></html>',
        '<meta charset="utf-8"><title>Saved page</title><p>Body text.</p>',
        "<p>A copied paragraph of an article.</p>\n<p>And another one.</p>",
        "<article><h1>Headline</h1><p>Body.</p></article>",
        "Headline\n<p>One.</p><p>Two.</p><p>Three.</p>",
    ],
)
def test_html_documents_and_fragments_are_html(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "\n\n".join(ARTICLE_PARAGRAPHS),
        "Use <br> to break a line and <p> to start a paragraph in your template.",
        "The committee voted 5 < 7 against, and the margin was > 2 votes.",
        "<Untitled> draft of a story about the harbour wall.",
        "",
    ],
)
def test_plain_text_is_not_html(text: str) -> None:
    assert not looks_like_html(text)


# Extraction


def test_article_text_and_metadata_are_extracted() -> None:
    article = extract(ARTICLE_HTML, source="page.html")
    assert article.kind == "html"
    assert article.title == ARTICLE_TITLE
    assert article.author == "Tomas Reyes"
    assert article.date == "2024-03-12"
    assert article.site == "The Coastal Courier"
    assert article.url == "https://courier.example/news/harbour-seawall"
    assert article.language == "en"


def test_paragraph_structure_is_preserved() -> None:
    article = extract(ARTICLE_HTML, source="page.html")
    for paragraph in ARTICLE_PARAGRAPHS:
        assert paragraph in article.paragraphs


def test_headline_is_the_title_not_the_first_paragraph() -> None:
    article = extract(ARTICLE_HTML, source="page.html")
    assert article.paragraphs[0] != ARTICLE_TITLE
    assert ARTICLE_TITLE in [r.text for r in article.removed]


def test_comments_are_excluded() -> None:
    article = extract(ARTICLE_HTML, source="page.html")
    assert COMMENT_TEXT not in article.text


def test_scripts_styles_and_navigation_are_not_text() -> None:
    text = extract(ARTICLE_HTML, source="page.html").text
    assert "tracking" not in text
    assert "color: black" not in text
    assert "Home" not in text.split()


def test_headings_and_list_items_are_their_own_paragraphs() -> None:
    body = "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS[:3])
    items = "<ul><li>The wall will be two metres higher.</li><li>Work starts in spring.</li></ul>"
    page = (
        "<html><head><title>Seawall</title></head><body><article>"
        f"<h2>What was decided</h2>{body}{items}</article></body></html>"
    )
    paragraphs = extract(page).paragraphs
    assert "What was decided" in paragraphs
    assert "- The wall will be two metres higher." in paragraphs
    assert "- Work starts in spring." in paragraphs


def test_related_link_list_is_dropped() -> None:
    related = "".join(
        f'<li><a href="/story-{n}">Related story number {n} about something else entirely</a></li>'
        for n in range(6)
    )
    page = ARTICLE_HTML.replace("</article>", f'</article><ul class="related">{related}</ul>')
    article = extract(page)
    assert "Related story number 3" not in article.text
    assert ARTICLE_PARAGRAPHS[4] in article.paragraphs


def _article_with(before: list[str], after: list[str]) -> str:
    """ARTICLE_HTML with lines of its own in the article's container, before and after it."""
    head = "".join(f"<p>{line}</p>" for line in before)
    tail = "".join(f"<p>{line}</p>" for line in after)
    first = f"<p>{ARTICLE_PARAGRAPHS[0]}</p>"
    return ARTICLE_HTML.replace(first, head + first).replace("</article>", tail + "</article>")


def test_furniture_at_the_ends_of_the_text_is_removed_with_its_reason() -> None:
    page = _article_with(
        ["Continue reading the main story"],
        [
            "Get the day’s top headlines delivered to your inbox by subscribing to our newsletter.",
            "Comments",
            "© 2026 Harbour Gazette. All rights reserved.",
        ],
    )
    cleaned = clean_html(page)
    assert cleaned.paragraphs[0] == ARTICLE_PARAGRAPHS[0]
    assert cleaned.paragraphs[-1] == ARTICLE_PARAGRAPHS[-1]
    assert [
        (r.text[:8], r.reason) for r in cleaned.removed if r.reason != "headline, kept as the title"
    ] == [
        ("Continue", "advertisement"),
        ("Get the ", "newsletter"),
        ("Comments", "comment section"),
        ("© 2026 H", "footer"),
    ]


def test_furniture_words_inside_the_text_or_in_prose_stay() -> None:
    inside = "The mayor's newsletter, she said, had asked readers to subscribe to updates."
    joke = "This was never meant to be a manifesto™© and we hope you enjoyed reading it."
    paragraphs = [*ARTICLE_PARAGRAPHS[:2], inside, *ARTICLE_PARAGRAPHS[2:]]
    page = _article_with([], [joke]).replace(
        f"<p>{ARTICLE_PARAGRAPHS[2]}</p>", f"<p>{inside}</p><p>{ARTICLE_PARAGRAPHS[2]}</p>"
    )
    cleaned = clean_html(page)
    assert list(cleaned.paragraphs) == [*paragraphs, joke]


def test_a_text_of_two_lines_keeps_both_whatever_their_words() -> None:
    from newscli.clean.html.edges import furniture_at_edges

    assert furniture_at_edges(("Comments", "The council met.")) == (
        ("Comments", "The council met."),
        (),
    )


def fake_passes(monkeypatch: pytest.MonkeyPatch, fast: str, full: str) -> list[bool]:
    """Replace trafilatura's two passes; the returned list records which ran (True: fast)."""
    calls: list[bool] = []

    def fake_extract(tree: object, *, fast: bool) -> str:
        calls.append(fast)
        return fast_text if fast else full

    fast_text = fast
    monkeypatch.setattr(extraction, "trafilatura_text", fake_extract)
    return calls


def test_fast_pass_is_kept_when_it_holds_most_of_the_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = fake_passes(monkeypatch, "\n".join(ARTICLE_PARAGRAPHS), "Something else entirely.")
    result = clean_html(ARTICLE_HTML)
    assert result.paragraphs == ARTICLE_PARAGRAPHS
    assert calls == [True]


def test_full_pass_runs_when_the_fast_pass_finds_little_of_the_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = fake_passes(monkeypatch, "Photo: harbour office", "\n".join(ARTICLE_PARAGRAPHS))
    result = clean_html(ARTICLE_HTML)
    assert result.paragraphs == ARTICLE_PARAGRAPHS
    assert calls == [True, False]


def test_extraction_leaves_the_parsed_page_as_it_was() -> None:
    # One parse serves the text passes and the metadata, so the passes must not change it.
    tree = lxml_html.document_fromstring(ARTICLE_HTML)
    before = lxml_html.tostring(tree)
    extraction.trafilatura_text(tree, fast=True)
    extraction.trafilatura_text(tree, fast=False)
    assert lxml_html.tostring(tree) == before


CHROME_PAGE = (
    "<html><head><title>Harbour</title></head><body>"
    '<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>'
    "</nav>Text after the menu"
    f"<article>{''.join(f'<p>{p}</p>' for p in ARTICLE_PARAGRAPHS)}</article>"
    '<aside><h3>Most read</h3><p><a href="/a">Another story</a></p></aside>'
    "<footer><p>Contact us</p><svg><path d='M0 0'/></svg></footer> tail of the footer"
    "</body></html>"
)


def test_chrome_is_set_aside_for_the_fast_pass_and_put_back() -> None:
    tree = lxml_html.document_fromstring(CHROME_PAGE)
    before = lxml_html.tostring(tree)
    with extraction.chrome_set_aside(tree):
        inside = lxml_html.tostring(tree, encoding="unicode")
        words = tree.text_content()
        hollowed = extraction.lines_of(extraction.trafilatura_text(tree, fast=True))
    assert lxml_html.tostring(tree) == before
    # Empty elements of the same tags stand in, each with its tail; the article is untouched.
    assert "<nav></nav>Text after the menu" in inside
    assert "<footer></footer> tail of the footer" in inside
    assert "<aside></aside>" in inside
    assert "Home" not in words and "Contact us" not in words
    assert all(p in words for p in ARTICLE_PARAGRAPHS)
    # trafilatura deletes the chrome first anyway: the same article either way.
    whole = extraction.lines_of(extraction.trafilatura_text(tree, fast=True))
    assert hollowed == whole
    assert set(ARTICLE_PARAGRAPHS) <= set(whole)


@pytest.mark.parametrize(
    "page",
    [
        # Every paragraph is inside chrome: trafilatura's recall setting keeps them all then.
        "<html><body><aside><p>The only paragraph, in a sidebar.</p></aside>"
        "<nav><a href='/'>Home</a></nav></body></html>",
        # trafilatura reads JSON-LD to tell a forum thread, wherever it is.
        "<html><body><p>Body.</p><footer><script type='application/ld+json'>{}</script>"
        "<p>Footer</p></footer></body></html>",
    ],
)
def test_chrome_stays_where_trafilatura_would_read_it(page: str) -> None:
    tree = lxml_html.document_fromstring(page)
    before = lxml_html.tostring(tree)
    with extraction.chrome_set_aside(tree):
        assert lxml_html.tostring(tree) == before


def test_chrome_is_put_back_when_the_pass_fails() -> None:
    tree = lxml_html.document_fromstring(CHROME_PAGE)
    before = lxml_html.tostring(tree)
    with pytest.raises(RuntimeError), extraction.chrome_set_aside(tree):
        raise RuntimeError("interrupted")
    assert lxml_html.tostring(tree) == before


def test_extraction_leaves_its_shared_settings_as_they_were() -> None:
    # Each pass's trafilatura settings are built once and serve every page.
    def settings(fast: bool) -> dict[str, object]:
        options = extraction._options(fast=fast)
        return {name: getattr(options, name) for name in type(options).__slots__}

    before = {fast: settings(fast) for fast in (True, False)}
    for page in (ARTICLE_HTML, "<html><body><p>Photo: harbour office</p></body></html>"):
        for fast in (True, False):
            extraction.trafilatura_text(lxml_html.document_fromstring(page), fast=fast)
    assert {fast: settings(fast) for fast in (True, False)} == before
    assert before[True]["focus"] == "recall" and before[False]["focus"] == "precision"


def test_fragment_is_extracted() -> None:
    fragment = "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)
    assert extract(fragment).paragraphs == ARTICLE_PARAGRAPHS


def test_short_page_falls_back_to_its_visible_text() -> None:
    page = (
        "<html><body><div>The harbour office is closed on Monday because of the storm.</div>"
        "<div>It reopens on Tuesday.</div></body></html>"
    )
    article = extract(page)
    assert "The harbour office is closed on Monday because of the storm." in article.paragraphs


def test_page_with_only_navigation_has_no_article() -> None:
    page = (
        "<html><head><title>Menu</title><script>var x = 1;</script></head>"
        "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"
    )
    with pytest.raises(NoArticleError, match="no article text found in the HTML page"):
        extract(page)


def test_text_inside_a_script_link_is_kept() -> None:
    link = "<a href='javascript:void(0)'><p>The harbour reopens today.</p></a>"
    page = f"<html><body>{link}</body></html>"
    assert extract(page).paragraphs == ("The harbour reopens today.",)


def test_empty_body_has_no_article() -> None:
    document = Document(Source.stdin(), "<html><body></body></html>", "html", "utf-8")
    with pytest.raises(NoArticleError):
        clean(document)


def test_fetched_url_is_used_when_page_has_no_canonical() -> None:
    page = ARTICLE_HTML.replace(
        '<link rel="canonical" href="https://courier.example/news/harbour-seawall">', ""
    )
    page = page.replace("og:site_name", "og:site")
    document = Document(Source.stdin(), page, "html", "utf-8", url="https://example.org/final")
    assert clean(document).url == "https://example.org/final"


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        ('<meta property="og:title" content="From OG">', "<h1>From H1</h1>", "From OG"),
        ("<title>From Title</title>", "<h1>From H1</h1>", "From Title"),
        ("", "<h1>From  H1</h1>", "From H1"),
        ("", "<p>No title anywhere.</p>", None),
    ],
)
def test_title_from_markup_prefers_og_then_title_then_h1(
    head: str, body: str, title: str | None
) -> None:
    tree = lxml_html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    assert title_from_markup(tree) == title


def test_title_comes_from_markup_when_trafilatura_has_none() -> None:
    page = (
        "<html><body><h1>Storm Closes Harbour</h1><div>The harbour is closed.</div></body></html>"
    )
    assert extract(page).title == "Storm Closes Harbour"


# Metadata

_JSON_LD = """<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Ferry Timetable Changes for the Winter",
 "author": {"@type": "Person", "name": "Ines Halvorsen"},
 "datePublished": "2023-11-02T07:00:00+01:00",
 "publisher": {"@type": "Organization", "name": "Fjord Weekly"}}
</script>"""


def _page(head: str, body: str = "<p>The ferry runs twice a day in winter.</p>") -> object:
    return lxml_html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_metadata_comes_from_json_ld() -> None:
    metadata = page_metadata(_page(_JSON_LD))
    assert metadata.title == "Ferry Timetable Changes for the Winter"
    assert metadata.author == "Ines Halvorsen"
    assert metadata.date == "2023-11-02"
    assert metadata.site == "Fjord Weekly"


def test_metadata_comes_from_meta_tags_and_canonical_link() -> None:
    head = (
        '<meta property="og:title" content="Ferry Timetable Changes">'
        '<meta name="author" content="Ines Halvorsen">'
        '<meta property="article:published_time" content="2023-11-02">'
        '<meta property="og:site_name" content="Fjord Weekly">'
        '<link rel="canonical" href="https://fjord.example/ferry-winter">'
    )
    metadata = page_metadata(_page(head), "https://fjord.example/?id=7")
    assert metadata.title == "Ferry Timetable Changes"
    assert metadata.author == "Ines Halvorsen"
    assert metadata.date == "2023-11-02"
    assert metadata.site == "Fjord Weekly"
    assert metadata.url == "https://fjord.example/ferry-winter"


def test_one_word_meta_author_gives_way_to_the_byline_on_the_page() -> None:
    body = '<p class="byline">By <a rel="author" href="/staff/ih">Ines Halvorsen</a></p>'
    metadata = page_metadata(_page('<meta name="author" content="fjordweekly">', body))
    assert metadata.author == "Ines Halvorsen"


def test_byline_in_a_comment_thread_is_not_the_author() -> None:
    body = (
        "<p>The ferry runs twice a day in winter.</p>"
        '<div class="comments"><span class="author">Rolf Dahl</span><p>Finally!</p></div>'
        '<span class="author">Ines Halvorsen</span>'
    )
    assert page_metadata(_page("", body)).author == "Ines Halvorsen"


def test_rel_author_link_outranks_a_generic_author_class() -> None:
    body = (
        '<div class="author-bio">Rolf Dahl writes about fjords</div>'
        '<a rel="author" href="/staff/ih">Ines Halvorsen</a>'
    )
    assert page_metadata(_page("", body)).author == "Ines Halvorsen"


def test_date_inside_a_byline_is_not_part_of_the_name() -> None:
    body = '<p class="byline">Ines Halvorsen <time datetime="2023-11-02">2 November</time></p>'
    assert page_metadata(_page("", body)).author == "Ines Halvorsen"


def test_site_name_falls_back_to_the_url_host() -> None:
    metadata = page_metadata(_page("<title>Ferry</title>"), "https://www.fjord.example/a/1")
    assert metadata.site == "fjord.example"
    assert metadata.url == "https://www.fjord.example/a/1"


def test_page_without_metadata_has_none() -> None:
    metadata = page_metadata(_page(""))
    assert (metadata.author, metadata.date, metadata.site, metadata.url) == (None,) * 4


def test_visible_text_puts_blocks_on_lines_and_drops_scripts() -> None:
    tree = lxml_html.document_fromstring(
        "<html><body><div>One<script>alert(1)</script> two</div><p>Three<br>Four</p>"
        "<nav>Menu</nav><span>Five</span> six</body></html>"
    )
    assert visible_text(tree).split("\n") == ["One two", "Three", "Four", "Five six"]


# Properties


_WORDS = st.lists(st.from_regex(r"[A-Za-z]{1,12}", fullmatch=True), min_size=1, max_size=30)


@settings(max_examples=30, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=6))
def test_extraction_never_invents_words(paragraphs: list[list[str]]) -> None:
    page = "<html><body>" + "".join(f"<p>{' '.join(p)}.</p>" for p in paragraphs) + "</body></html>"
    source_words = {word for paragraph in paragraphs for word in paragraph}
    try:
        result = clean_html(page)
    except NoArticleError:
        return
    for paragraph in result.paragraphs:
        assert set(re.findall(r"[A-Za-z]+", paragraph)) <= source_words


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=300))
def test_sniff_and_clean_never_crash(text: str) -> None:
    looks_like_html(text)
    clean_html(text)


# Parsing: one tree for every job, built as trafilatura's own loader builds it

PARSE_CASES = [
    ARTICLE_HTML,
    "<!DOCTYPE html/>\n<html><body><p>A doctype written as a self-closing tag.</p>"
    "<p>Second paragraph.</p></body></html>",
    "<html lang='en'/>\n<head><title>Self-closing html</title></head><body><p>Text one.</p>"
    "<p>Text two.</p></body>",
    "<?xml version='1.0' encoding='utf-8'?>\n<html><body><p>XML declaration.</p>"
    "<p>Another paragraph.</p></body></html>",
    "<html><head><title>T</title></head><body><div><p>a</p></div><div><p>b</p></div></body>",
]


@pytest.mark.parametrize("page", PARSE_CASES)
def test_parse_builds_the_tree_trafilatura_builds(page: str) -> None:
    from trafilatura.utils import load_html

    ours, theirs = parse_html(page), load_html(page)
    assert ours is not None and theirs is not None
    assert lxml_html.tostring(ours) == lxml_html.tostring(theirs)


# Pages beyond Latin-1, charsets declared in the markup, and beginnings that decide whether lxml
# takes the text for a whole document: parsing the text's UTF-8 gives the tree the text gives.
TEXT_CASES = [
    '<html><head><meta charset="iso-8859-1"><title>Caf\u00e9</title></head><body>'
    "<p>Zo\u00eb na\u00efve \u2014 \u201cquoted\u201d</p><p>Two.</p></body></html>",
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    "</head><body><p>\u041f\u0440\u0438\u0432\u0435\u0442 \U0001f600</p><p>Two.</p></body></html>",
    "\u00a0<html><body><p>A page after a no-break space.</p><p>Two.</p></body></html>",
    "\u3000 <!DOCTYPE html><html><body><p>After an ideographic space.</p></body></html>",
    "<head><title>Head first</title></head><body><p>Caf\u00e9 \u00e9t\u00e9.</p></body>",
]


@pytest.mark.parametrize("page", TEXT_CASES)
def test_parse_builds_the_tree_of_the_text(page: str) -> None:
    from newscli.clean.html.parse import _parser

    ours, from_text = parse_html(page), lxml_html.fromstring(page, parser=_parser())
    assert ours is not None
    assert lxml_html.tostring(ours, encoding="unicode") == lxml_html.tostring(
        from_text, encoding="unicode"
    )
    assert "\u00e9" in ours.text_content() or "\u00e9" not in page


def test_parsed_elements_are_html_elements() -> None:
    tree = parse_html(ARTICLE_HTML)
    assert tree is not None
    assert all(isinstance(e, lxml_html.HtmlElement) for e in tree.iter() if isinstance(e.tag, str))


def test_fragment_is_wrapped_into_a_document() -> None:
    tree = parse_html("<p>First paragraph of a copied article.</p><p>Second one.</p>")
    assert tree is not None and tree.tag == "html"
    assert next(p.text for p in tree.iter("p")) == "First paragraph of a copied article."


def test_unsafe_character_reference_is_gone_before_parsing() -> None:
    tree = parse_html("<html><body><p>clear&#27;[2J screen</p><p>next</p></body></html>")
    assert tree is not None
    assert "\x1b" not in tree.text_content() and "[2J" not in tree.text_content()
