"""Tell HTML from plain text by content, not by file name."""

from __future__ import annotations

import re

# A document: optional XML declaration and comments, then a doctype or a document-level element.
# Saved pages without <html> often open straight on <meta>, <title> or <link>.
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|base|style|script)\b",
    re.IGNORECASE | re.DOTALL,
)
_ELEMENTS = (
    "p|div|span|a|b|i|em|strong|br|hr|img|h[1-6]|article|section|main|header|footer|aside|nav|"
    "body|head|title|meta|script|style|li|ul|ol|table|tr|td|th|blockquote|figure|figcaption|pre"
)
_TAG = re.compile(rf"</?(?:{_ELEMENTS})\b[^<>]*>", re.IGNORECASE)
_CLOSING_TAG = re.compile(rf"</(?:{_ELEMENTS})\s*>", re.IGNORECASE)
# A fragment that opens on a block element (a copied <article> or <p>...</p>).
_FRAGMENT_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:p|div|article|section|main|h[1-6]|ul|ol|table|blockquote|figure)\b"
    r"[^<>]*>",
    re.IGNORECASE | re.DOTALL,
)

SNIFF_CHARS = 8192


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML document or an HTML fragment, whatever its file name.

    Plain text that mentions a tag or two (``use <br> for a line break``) stays text: a fragment
    must open on a block element and close one, or be dense with tags.
    """
    head = text[:SNIFF_CHARS]
    if _HTML_START.match(head):
        return True
    if _FRAGMENT_START.match(head) and _CLOSING_TAG.search(head):
        return True
    tags = _TAG.findall(head)
    closing = sum(1 for tag in tags if tag.startswith("</"))
    return len(tags) >= 4 and closing >= 2 and len(tags) * 60 > len(head.split())
