"""Small text helpers the HTML modules share."""

from __future__ import annotations

import re

SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u3000]+")
"""Horizontal whitespace, no-break and zero-width spaces included: runs become one space."""
WORD = re.compile(r"\w+")


def text_or_none(value: object) -> str | None:
    """``value`` with its spaces tidied, or None when it is not a string or holds only spaces."""
    if not isinstance(value, str):
        return None
    text = SPACES.sub(" ", value).strip()
    return text or None


def token_count(lines: tuple[str, ...]) -> int:
    return sum(len(line.split()) for line in lines)
