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
# What every class the three queries test holds (their classes and patterns above): a class
# without any of these passes none of them.
_CLASS_HINT = re.compile(
    "uthor|yline|byl|BBL|username|channel-name|submitted-by|posted-by|journalist-name"
    "|screenname|writer"
)
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
    """The author the page's byline markup names, or None.

    The first element of the most specific query that holds a byline, in page order: an element
    of the most specific one is judged as the walk meets it (when it holds a byline, nothing
    later can come before it), the others once the walk has found none.
    """
    later: tuple[list[Any], list[Any]] = ([], [])
    for element in tree.iter():
        rank = _byline_rank(element)
        if rank == 0:
            if (text := _byline_text_of(element)) is not None:
                return _author(text)
        elif rank is not None:
            later[rank - 1].append(element)
    for element in (*later[0], *later[1]):
        if (text := _byline_text_of(element)) is not None:
            return _author(text)
    return None


def _byline_text_of(element: Any) -> str | None:
    """The words of ``element`` when it can be the byline: not in a discarded section, 3 to 119
    characters long."""
    if _in_discarded_section(element):
        return None
    text = SPACES.sub(" ", " ".join(_byline_text()(element))).strip()
    return text if 2 < len(text) < _BYLINE_MAX_CHARS else None


def _author(text: str) -> str | None:
    """The author a byline's words name, after trafilatura's clean-up (None when nothing is left:
    the search still stops at the first byline, as trafilatura's does)."""
    return text_or_none(_trafilatura.normalize_authors(None, text))


def _byline_rank(element: Any) -> int | None:
    """0, 1 or 2: which of trafilatura's author queries (specific to generic) finds ``element``."""
    tag = element.tag
    if not isinstance(tag, str):  # a comment or processing instruction
        return None
    get = element.get
    ident, classes, itemprop = get("id") or "", get("class") or "", get("itemprop") or ""
    if not (ident or classes or itemprop or tag == "author" or element.attrib):
        return None
    if not _CLASS_HINT.search(classes) and "uthor" not in ident and "author" not in itemprop:
        # Most elements: none of the tests below on class, id or itemprop can hold.
        if tag == "author" or (
            tag in _SPECIFIC_TAGS
            and (get("rel") == "author" or get("data-testid") in ("AuthorCard", "AuthorURL"))
        ):
            return 0
        return 2 if "Byline" in (get("data-component") or "") else None
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
