"""HTML pages through trafilatura: the article's paragraphs and the page's metadata.

Two trafilatura passes over one parsed tree: the precision pass (drops related-link lists, sign-up
boxes, standfirsts repeated from the header) gives the text, unless it lost most of what the
balanced pass found, in which case the balanced pass is kept: a brief from half an article is worse
than one with a stray link list. Lines the balanced pass had and the precision pass dropped are
reported in ``removed``. When trafilatura finds nothing, the page's visible text goes through the
plain-text cleaner instead.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from newscli.clean.text import clean_text
from newscli.model import Removed

# The precision pass is kept while it has at least this share of the balanced pass's words.
PRECISION_KEEPS_AT_LEAST = 0.5

REMOVED_OUTSIDE_ARTICLE = "outside the article body"

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


def clean_html(html: str, *, url: str | None = None) -> CleanedHtml:
    """Extract the article and metadata from ``html`` (a page or a fragment).

    ``paragraphs`` is empty when neither trafilatura nor the plain-text cleaner finds any text.
    """
    from trafilatura.utils import load_html

    tree = load_html(html if _DOCUMENT_START.match(html[:4096]) else _as_document(html))
    if tree is None:
        return CleanedHtml(title=None, paragraphs=(), removed=())
    paragraphs, removed = _trafilatura_text(tree, url)
    fallback_title: str | None = None
    if not paragraphs:
        fallback = clean_text(visible_text(copy.deepcopy(tree)))
        paragraphs, removed, fallback_title = fallback.paragraphs, fallback.removed, fallback.title
    if paragraphs and _only_links(paragraphs, tree):
        # A page whose only text is links ("Home", "Next page") is navigation, not an article.
        removed = tuple(Removed(line, "navigation") for line in paragraphs)
        paragraphs = ()
    page_title = title_from_markup(tree)
    language = _html_language(tree)
    metadata = _metadata(tree, url)
    title = _text_or_none(metadata.get("title")) or page_title or fallback_title
    if title and len(paragraphs) > 1 and _same_text(paragraphs[0], title):
        # The headline is the title, not the article's first paragraph.
        removed = (Removed(paragraphs[0], "headline, kept as the title"), *removed)
        paragraphs = paragraphs[1:]
    return CleanedHtml(
        title=title,
        paragraphs=paragraphs,
        removed=removed,
        author=_text_or_none(metadata.get("author")),
        date=_text_or_none(metadata.get("date")),
        site=_text_or_none(metadata.get("sitename")),
        url=_text_or_none(metadata.get("url")) or url,
        language=language,
    )


def _as_document(fragment: str) -> str:
    # trafilatura treats a lone block as dubious HTML; a wrapper makes a fragment a document.
    return f"<html><body><div>{fragment}</div></body></html>"


def _trafilatura_text(tree: Any, url: str | None) -> tuple[tuple[str, ...], tuple[Removed, ...]]:
    """The precision pass's lines, or the balanced pass's when precision lost most of the text."""
    precise = _lines(_extract(tree, url, favor_precision=True))
    balanced = _lines(_extract(tree, url, favor_precision=False))
    if _word_count(precise) < PRECISION_KEEPS_AT_LEAST * _word_count(balanced):
        return balanced, ()
    kept = set(precise)
    removed = tuple(
        Removed(line, REMOVED_OUTSIDE_ARTICLE)
        for line in dict.fromkeys(balanced)
        if line not in kept and _WORD.search(line)
    )
    return precise, removed


def _extract(tree: Any, url: str | None, *, favor_precision: bool) -> str:
    import trafilatura

    # bare_extraction works on a copy of the tree it is given, so one parse serves both passes.
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        include_comments=False,
        favor_precision=favor_precision,
        with_metadata=False,
    )
    if document is None or isinstance(document, dict):
        return ""
    return str(document.text or "")


def _lines(text: str) -> tuple[str, ...]:
    """trafilatura's text blocks (paragraphs, headings, list items), whitespace tidied."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return tuple(line for line in lines if line)


def _word_count(lines: tuple[str, ...]) -> int:
    return sum(len(_WORD.findall(line)) for line in lines)


def _only_links(paragraphs: tuple[str, ...], tree: Any) -> bool:
    """True when every word of ``paragraphs`` is the text of some link on the page."""
    link_words = Counter(
        word
        for link in tree.iter("a")
        if _navigates(link)
        for word in _WORD.findall(str(link.text_content()))
    )
    words = Counter(word for line in paragraphs for word in _WORD.findall(line))
    return not words - link_words


def _navigates(link: Any) -> bool:
    # Script "links" wrap whole articles on some sites; only real targets make navigation.
    href = str(link.get("href") or "").strip().lower()
    return bool(href) and not href.startswith("javascript:")


def _metadata(tree: Any, url: str | None) -> dict[str, Any]:
    from trafilatura import extract_metadata

    try:
        document = extract_metadata(tree, default_url=url)
    except (ValueError, TypeError):  # trafilatura's own signal for a page it cannot read
        return {}
    if document is None:
        return {}
    return {
        "title": document.title,
        "author": document.author,
        "date": document.date,
        "sitename": document.sitename,
        "url": document.url,
    }


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
