"""Tell HTML from plain text by content, not by file name."""

from __future__ import annotations

import re

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(
    r"</?(?:p|div|span|a|br|h[1-6]|article|section|body|head|title|meta|script|li|ul|table)\b[^>]*>",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML document or a fragment dense with HTML tags."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    tags = len(_TAG.findall(head))
    return tags >= 3 and tags * 40 > len(head.split())
