"""Tell HTML from plain text by content, not by file name.

An HTML document or fragment opens on markup (a doctype, ``<html>``, ``<head>``, a block element, or
whatever a saved page or a copied fragment starts with: comments, ``<meta>``, ``<script>``,
``<noscript>``...) and its first kilobytes are mostly markup. A text rendering of a page opens on
text, and the literal tags some renderings keep (``<SCRIPT LANGUAGE=...>`` printed as text, an ad's
``<div><img ...>`` shown by a text browser) are a small part of it.
"""

from __future__ import annotations

import re
from typing import Literal

from newscli.errors import InvalidOptionError
from newscli.options import INPUT_TYPES, InputType

_DOCUMENT = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!\[[^\]]*\]-*>\s*)*"
    r"<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_ELEMENTS = (
    "p|div|span|a|b|i|em|strong|br|hr|img|h[1-6]|article|section|main|header|footer|aside|nav|"
    "body|head|title|meta|script|style|li|ul|ol|table|tr|td|th|blockquote|figure|figcaption|pre|"
    "link|base|noscript|svg|form|input|button|iframe|center|font|dl|dt|dd|time|picture|source|"
    "template|label|select|option|textarea|small|sup|sub|u|s|code|abbr|cite|q|mark"
)
# Markup opening the text: optional XML declaration, comments, conditional comments, then a tag.
_MARKUP_START = re.compile(
    rf"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!\[[^\]]*\]>\s*)*<(?:{_ELEMENTS})\b",
    re.IGNORECASE | re.DOTALL,
)
_FRAGMENT_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:p|div|article|section|main|h[1-6]|ul|ol|table|blockquote|figure)\b"
    r"[^<>]*>",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(rf"</?(?:{_ELEMENTS})\b[^<>]*>", re.IGNORECASE)
# Any tag, SVG's and custom elements' included (for measuring, not for recognising HTML).
_ANY_TAG = re.compile(r"</?[a-zA-Z][\w:.-]*(?:\s[^<>]*)?/?>")
_CLOSING_TAG = re.compile(rf"</(?:{_ELEMENTS})\s*>", re.IGNORECASE)
# Markup with what it hides: comments, and the contents of scripts and style sheets.
_HIDDEN = re.compile(
    r"<!--.*?(?:-->|$)|<(script|style)\b[^<>]*>.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL
)

SNIFF_CHARS = 8192
_MIN_TAGS = 6
# A fragment this short ("<p>One paragraph.</p>") needs no more evidence than its tags.
_SHORT_FRAGMENT = 2000
# Share of the opening kilobytes in markup above which text that opens on a tag is HTML.
_MARKUP_SHARE = 0.1
# ... and above which text that opens on words is HTML all the same (a line of text pasted
# before a page's source).
_SOURCE_SHARE = 0.3


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML document or an HTML fragment, whatever its file name.

    Plain text that mentions a tag or two (``use <br> for a line break``) stays text, and so does
    a text rendering of a page with a literal ``<SCRIPT>`` line or an ad's markup in it.
    """
    head = text[:SNIFF_CHARS]
    if _DOCUMENT.match(head):
        return True
    if not _MARKUP_START.match(head):
        share = markup_share(head)
        return share >= _SOURCE_SHARE and len(_CLOSING_TAG.findall(head)) >= 2
    # A fragment that opens on a block element and closes one is HTML however much text it holds;
    # otherwise the markup must be a good part of the opening kilobytes, in more than a few tags
    # (a text browser prints a page's tracking pixels as literal <img ...> tags at its top).
    tags = _tag_count(head)
    closing = len(_CLOSING_TAG.findall(head))
    if _FRAGMENT_START.match(head) and closing:
        return len(text) < _SHORT_FRAGMENT or (tags >= _MIN_TAGS and closing >= 2)
    share = markup_share(head)
    # A head that is one long script or style sheet holds few tags but little else.
    return share >= _MARKUP_SHARE and (tags >= _MIN_TAGS or share >= _SOURCE_SHARE)


def _tag_count(head: str) -> int:
    # A script or style sheet counts as its two tags, whatever its code holds.
    hidden = _HIDDEN.findall(head)
    return 2 * len(hidden) + len(_ANY_TAG.findall(_HIDDEN.sub("", head)))


def markup_share(head: str) -> float:
    """The share of ``head`` that is tags, comments, scripts and style sheets."""
    if "<" not in head:
        return 0.0
    rest = _HIDDEN.sub("", head)
    text = _ANY_TAG.sub("", rest).strip()
    # Measured in UTF-8 bytes: a line of Japanese says as much as a line of English.
    words = len(text.encode("utf-8", "surrogatepass"))
    return 1.0 - words / max(1, len(head.strip().encode("utf-8", "surrogatepass")))


def document_kind(text: str, input_type: InputType = "auto") -> Literal["text", "html"]:
    """What ``text`` is: as the caller says, or (``auto``) as its content shows."""
    if input_type == "auto":
        return "html" if looks_like_html(text) else "text"
    if input_type not in INPUT_TYPES:
        raise InvalidOptionError(
            f"unknown input type {input_type!r} (choose from {', '.join(INPUT_TYPES)})"
        )
    return input_type
