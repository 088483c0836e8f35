"""The author named by a page's byline markup: rel=author, itemprop, byline classes.

trafilatura's body search (its ``extract_author``) with the same selectors, order and exclusions,
but one walk over the page itself instead of three regular-expression queries over a pruned deep
copy, which cost more than the article extraction. Used only when the page's declarations (meta
tags, JSON-LD) name no author.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from newscli.clean.html import _trafilatura
from newscli.clean.html._text import SPACES, text_or_none

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


def byline(tree: Any) -> str | None:
    """The author the page's byline markup names, or None."""
    ranked = sorted(
        (rank, order, element)
        for order, element in enumerate(tree.iter())
        if (rank := _byline_rank(element)) is not None
    )
    own_text = _byline_text()
    for _, _, element in ranked:
        if _in_discarded_section(element):
            continue
        text = SPACES.sub(" ", " ".join(own_text(element))).strip()
        if 2 < len(text) < _BYLINE_MAX_CHARS:
            return text_or_none(_trafilatura.normalize_authors(None, text))
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
    from lxml.etree import XPath

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
