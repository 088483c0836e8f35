"""HTML pages through trafilatura: the article's paragraphs and the page's metadata.

The page is parsed once; trafilatura works on copies of that tree. Its fast pass (no readability or
jusText comparison, recall-leaning rules, comments excluded) gives the text, unless that holds a
small share of the words on the page, in which case trafilatura's full cascade runs instead: the
page's layout probably fooled the main extractor. Metadata comes from the page's declarations
(meta tags, JSON-LD, canonical link, <title>, <html lang>), and from its byline markup only when
they name no author: trafilatura's full metadata search costs more than the extraction. When
trafilatura finds nothing, the page's visible text goes through the plain-text cleaner instead.
"""

from __future__ import annotations

import copy
import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from newscli.clean.text import clean_text
from newscli.model import Removed
from newscli.sanitize import decode_unsafe_references, one_line, sanitize_text

# The fast pass is kept unless it holds under this share of the words of the page's body: then the
# page's layout fooled the main extractor (it found a caption or a teaser, not the article) and
# trafilatura's full cascade runs. Lower than trafilatura's own escalation share (0.2): between the
# two, the full pass changed nothing on the Zyte pages and cost ~2 ms a page on average.
FAST_PASS_KEEPS_AT_LEAST = 0.1

# Elements whose text is never article prose, dropped before taking a page's visible text.
_INVISIBLE = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "nav",
    "form",
    "button",
    "select",
    "head",
)
# Elements that start a new line in a browser.
_BLOCKS = (
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "address",
    "hr",
)
_DOCUMENT_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype|html|head|body)\b", re.I | re.S
)
_WORD = re.compile(r"\w+")
# trafilatura's three AUTHOR_XPATHS, specific to generic, as tests _byline_rank makes in one walk
# over the page (their regular expressions, called back from libxml2 for every element, and even a
# native query with that many attribute tests, cost several times more).
_SPECIFIC_TAGS = frozenset(("a", "address", "div", "link", "p", "span", "strong"))
_SPECIFIC_CLASS = re.compile(r"author-?name|AuthorName|authorName")
_GENERIC_TAGS = frozenset(("a", "div", "h3", "h4", "p", "span"))
_GENERIC_CLASS = re.compile(r"author|channel-name|submitted-by|posted-by|journalist-name")
_ANY_CLASS = re.compile(r"[Aa]uthor|screenname|writer|[Bb]yline")
# A byline's words, without the dates and captions nested in it.
_BYLINE_TEXT = ".//text()[not(ancestor::time or ancestor::figure)]"
_BYLINE_MAX_CHARS = 120
# The elements trafilatura's author search prunes by class or id.
_PRUNABLE = frozenset(("a", "div", "section", "span"))
# trafilatura's AUTHOR_DISCARD_XPATHS: comment threads, sidebars, quotes, share boxes.
_DISCARD_ID = re.compile(r"^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(
    r"^(?:comments|title|date)$|^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote"
    r"|embedly-instagram|article-(?:share|support)|print|category|meta-date|meta-reviewer"
)
# The host of a URL without "www." (trafilatura's fallback site name).
_HOST = re.compile(r"https?://(?:www\.|w[0-9]+\.)?([^/]+)")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u3000]+")


@dataclass(frozen=True)
class CleanedHtml:
    title: str | None
    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...]
    author: str | None = None
    date: str | None = None
    site: str | None = None
    url: str | None = None
    language: str | None = None


# Navigation pages are short; checking longer extractions against every link only costs time.
LINK_PAGE_MAX_WORDS = 400


def clean_html(html: str, *, url: str | None = None) -> CleanedHtml:
    """Extract the article and metadata from ``html`` (a page or a fragment).

    ``paragraphs`` is empty when neither trafilatura nor the plain-text cleaner finds any text.
    """
    from trafilatura.utils import load_html

    html = decode_unsafe_references(html)
    tree = load_html(html if _DOCUMENT_START.match(html[:4096]) else _as_document(html))
    if tree is None:
        return CleanedHtml(title=None, paragraphs=(), removed=())
    paragraphs, removed = _trafilatura_text(tree, url)
    fallback_title: str | None = None
    if not paragraphs:
        fallback = clean_text(visible_text(copy.deepcopy(tree)))
        paragraphs, removed, fallback_title = fallback.paragraphs, fallback.removed, fallback.title
    if (
        paragraphs
        and _token_count(paragraphs) <= LINK_PAGE_MAX_WORDS
        and _only_links(paragraphs, tree)
    ):
        # A page whose only text is links ("Home", "Next page") is navigation, not an article.
        removed = tuple(Removed(line, "navigation") for line in paragraphs)
        paragraphs = ()
    metadata = page_metadata(tree, url)
    title = metadata.title or title_from_markup(tree) or fallback_title
    if title and len(paragraphs) > 1 and _same_text(paragraphs[0], title):
        # The headline is the title, not the article's first paragraph.
        removed = (Removed(paragraphs[0], "headline, kept as the title"), *removed)
        paragraphs = paragraphs[1:]
    return _sanitized(
        CleanedHtml(
            title=title,
            paragraphs=paragraphs,
            removed=removed,
            author=metadata.author,
            date=metadata.date,
            site=metadata.site,
            url=metadata.url,
            language=_html_language(tree),
        )
    )


def _sanitized(page: CleanedHtml) -> CleanedHtml:
    """``page`` with every string cleaned like decoded input: the parser decoded character
    references (``&zwj;``, ``&#x202e;``) and trafilatura decoded the page's JSON-LD (``\\u001b``)
    after the input bytes were cleaned. Metadata fields are kept to one line."""

    def field(value: str | None) -> str | None:
        return (one_line(value) or None) if value is not None else None

    return CleanedHtml(
        title=field(page.title),
        paragraphs=tuple(p for p in map(sanitize_text, page.paragraphs) if p.strip()),
        removed=tuple(Removed(sanitize_text(r.text), r.reason) for r in page.removed),
        author=field(page.author),
        date=field(page.date),
        site=field(page.site),
        url=field(page.url),
        language=field(page.language),
    )


def _as_document(fragment: str) -> str:
    # trafilatura treats a lone block as dubious HTML; a wrapper makes a fragment a document.
    return f"<html><body><div>{fragment}</div></body></html>"


def _trafilatura_text(tree: Any, url: str | None) -> tuple[tuple[str, ...], tuple[Removed, ...]]:
    """The fast pass's lines, or the full pass's when the fast one found little of the page."""
    fast = _lines(_extract(tree, url, fast=True))
    if _token_count(fast) >= FAST_PASS_KEEPS_AT_LEAST * _body_tokens(tree):
        return fast, ()
    return _lines(_extract(tree, url, fast=False)), ()


def _extract(tree: Any, url: str | None, *, fast: bool) -> str:
    """trafilatura's article text: the fast recall pass, or the full precision cascade.

    The fast pass skips trafilatura's readability and jusText comparisons, which cost more than
    its main extractor; with comments excluded, its recall-leaning rules lose the least text. The
    full pass keeps those comparisons for the pages whose layout the main extractor misreads, and
    leans to precision because it runs where the page's text is mostly not the article.
    """
    import trafilatura

    # bare_extraction works on a copy of the tree it is given: the parsed page serves every pass
    # and the metadata.
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        include_comments=False,
        favor_recall=fast,
        favor_precision=not fast,
        fast=fast,
        with_metadata=False,
    )
    if document is None or isinstance(document, dict):
        return ""
    return str(document.text or "")


def _body_tokens(tree: Any) -> int:
    """About how many words the page's <body> shows, scripts and styles left out.

    Cheap rather than exact (text_content runs adjacent elements' words together), which suits
    its one use: noticing when an extraction holds a small share of the page.
    """
    body = tree.find("body")
    if body is None:
        return 0
    tokens = len(str(body.text_content()).split())
    for element in body.iter("script", "style", "noscript", "template"):
        tokens -= len(str(element.text_content()).split())
    return max(tokens, 0)


def _token_count(lines: tuple[str, ...]) -> int:
    return sum(len(line.split()) for line in lines)


def _lines(text: str) -> tuple[str, ...]:
    """trafilatura's text blocks (paragraphs, headings, list items), whitespace tidied."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return tuple(line for line in lines if line)


def _only_links(paragraphs: tuple[str, ...], tree: Any) -> bool:
    """True when every word of ``paragraphs`` is the text of some link on the page."""
    link_text = " ".join(str(link.text_content()) for link in tree.iter("a") if _navigates(link))
    words = Counter(word for line in paragraphs for word in _WORD.findall(line))
    link_words = _WORD.findall(link_text)
    # Most articles have a word no link has: a set answers that before any counting.
    if not words.keys() <= set(link_words):
        return False
    return not words - Counter(link_words)


def _navigates(link: Any) -> bool:
    # Script "links" wrap whole articles on some sites; only real targets make navigation.
    href = str(link.get("href") or "").strip().lower()
    return bool(href) and not href.startswith("javascript:")


@dataclass(frozen=True)
class PageMetadata:
    """What a page says about itself, from its markup (no article text needed)."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    site: str | None = None
    url: str | None = None


def page_metadata(tree: Any, url: str | None = None) -> PageMetadata:
    """Title, author, date, site name and canonical URL from the page's own declarations.

    The cheap stages of trafilatura's ``extract_metadata``: <meta> tags (OpenGraph, article:,
    twitter:, name=), JSON-LD, the canonical link, the <title>/<h1>, a date from htmldate's markup
    search (headers, JSON, time elements; not its free-text page scan), and a byline from the
    page body only when the declarations name no author. Skipped: categories, tags and licence,
    which a brief does not show.
    """
    from trafilatura.metadata import (
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    try:
        found = examine_meta(tree)
        if found.author and " " not in found.author:
            # A one-word "author" in a meta tag is a handle or a site, not a byline.
            found.author = None
        found = extract_meta_json(tree, found)
        author = _text_or_none(found.author) or byline(tree)
        title = _text_or_none(found.title) or _text_or_none(extract_title(tree))
        canonical = _text_or_none(found.url) or extract_url(tree, url)
        site = _text_or_none(found.sitename) or _text_or_none(extract_sitename(tree))
    except (ValueError, TypeError, AttributeError):  # malformed markup trafilatura cannot read
        return PageMetadata(url=url)
    return PageMetadata(
        title=title,
        author=author,
        date=_page_date(tree, canonical),
        site=_site_name(site, canonical),
        url=_text_or_none(canonical) or url,
    )


def byline(tree: Any) -> str | None:
    """The author named by the page's byline markup (rel=author, itemprop, byline classes).

    trafilatura's body search (``extract_author``) with the same selectors, order and exclusions,
    but one walk over the page itself instead of three regular-expression queries over a pruned
    deep copy, which cost more than the article extraction.
    """
    from trafilatura.json_metadata import normalize_authors

    ranked = sorted(
        (rank, order, element)
        for order, element in enumerate(tree.iter())
        if (rank := _byline_rank(element)) is not None
    )
    own_text = _byline_text()
    for _, _, element in ranked:
        if _in_discarded_section(element):
            continue
        text = _SPACES.sub(" ", " ".join(own_text(element))).strip()
        if 2 < len(text) < _BYLINE_MAX_CHARS:
            return _text_or_none(normalize_authors(None, text))
    return None


def _byline_rank(element: Any) -> int | None:
    """0, 1 or 2: which of trafilatura's author queries (specific to generic) finds ``element``."""
    tag = element.tag
    if not isinstance(tag, str):  # a comment or processing instruction
        return None
    get = element.get
    ident, classes, itemprop = get("id") or "", get("class") or "", get("itemprop") or ""
    if not (ident or classes or itemprop or tag == "author" or element.attrib):
        return None
    if tag == "author" or (
        tag in _SPECIFIC_TAGS
        and (
            get("rel") == "author"
            or ident == "author"
            or classes == "author"
            or itemprop == "author name"
            or get("data-testid") in ("AuthorCard", "AuthorURL")
            or _SPECIFIC_CLASS.search(classes)
        )
    ):
        return 0
    if tag in _GENERIC_TAGS and (
        classes in ("byline", "username", "byl", "BBL")
        or "author" in itemprop
        or "author" in ident
        or _GENERIC_CLASS.search(classes)
    ):
        return 1
    if (
        "Byline" in (get("data-component") or "")
        or "author" in itemprop
        or "uthor" in ident
        or _ANY_CLASS.search(classes)
    ):
        return 2
    return None


@functools.cache
def _byline_text() -> Any:
    """The byline-text query, compiled once per process."""
    from lxml.etree import XPath  # type: ignore[import-untyped]

    return XPath(_BYLINE_TEXT)


def _in_discarded_section(element: Any) -> bool:
    """Inside comments, a sidebar, a quote, a figure or a date: names there are not the author."""
    for node in (element, *element.iterancestors()):
        if not isinstance(node.tag, str):
            continue
        if node.tag in ("time", "figure"):
            return True
        if node.tag not in _PRUNABLE:
            continue
        ident, classes = node.get("id") or "", node.get("class") or ""
        if _DISCARD_ID.search(ident) or _DISCARD_CLASS.search(classes):
            return True
        if "Figure" in (node.get("data-component") or ""):
            return True
    return False


def _page_date(tree: Any, url: str | None) -> str | None:
    from datetime import date

    from htmldate import find_date

    try:
        # extensive_search=False: htmldate's free-text scan of the whole page is its slow part and
        # mostly finds dates of other things (comments, "updated", related stories).
        found = find_date(
            tree,
            extensive_search=False,
            original_date=True,
            url=url,
            max_date=date.today().isoformat(),
        )
    except (ValueError, TypeError):
        return None
    return found if isinstance(found, str) else None


def _site_name(site: str | None, url: str | None) -> str | None:
    """trafilatura's tidying of a site name, or the URL's host when the page names none."""
    if site:
        site = site.lstrip("@")
        if site and "." not in site and not site[0].isupper():
            site = site.title()
        return site or None
    if url and (host := _HOST.match(url)):
        return host[1]
    return None


def visible_text(tree: Any) -> str:
    """The text a browser shows for ``tree``: one line per block, scripts and navigation dropped.

    Mutates ``tree``; give it a copy.
    """
    for element in list(tree.iter(*_INVISIBLE)):
        _drop(element)
    for element in tree.iter(*_BLOCKS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    for element in tree.iter("br"):
        element.tail = "\n" + (element.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in str(tree.text_content()).split("\n"))
    return "\n".join(line for line in lines if line)


def _drop(element: Any) -> None:
    """Remove ``element`` but keep the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def title_from_markup(tree: Any) -> str | None:
    """og:title, then <title>, then the first <h1>: what the page calls itself."""
    for content in tree.xpath(
        "//meta[@property='og:title' or @name='og:title' or @name='twitter:title']/@content"
    ):
        if title := _text_or_none(str(content)):
            return title
    for element in tree.iter("title", "h1"):
        if title := _text_or_none(str(element.text_content())):
            return title
    return None


def _html_language(tree: Any) -> str | None:
    """The primary language subtag of <html lang>, e.g. ``en`` for ``en-GB``."""
    for value in tree.xpath("/html/@lang | /html/@xml:lang"):
        primary = str(value).strip().split("-")[0].split("_")[0].lower()
        if re.fullmatch(r"[a-z]{2,3}", primary):
            return primary
    return None


def _same_text(a: str, b: str) -> bool:
    return _WORD.findall(a.casefold()) == _WORD.findall(b.casefold())


def _text_or_none(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = _SPACES.sub(" ", value).strip()
    return text or None
