"""Byline and date lines: recognised so they leave the body and fill ``author`` and ``date``."""

from __future__ import annotations

import re

from newscli.lang.registry import every_language, union

_LANGUAGES = every_language()
_ABBREVIATED_MONTHS = union(r.month_abbreviations for r in _LANGUAGES)
_FULL_MONTHS = union(frozenset(r.months) for r in _LANGUAGES)
_MONTHS = "|".join(
    [*sorted(_FULL_MONTHS, key=len, reverse=True)]
    + [rf"{re.escape(m)}\.?" for m in sorted(_ABBREVIATED_MONTHS, key=len, reverse=True)]
)
_DIGIT = re.compile(r"\d")
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\.?\s*(?:de\s+)?(?:{_MONTHS})(?!\w)|(?:{_MONTHS})\s+\d{{1,2}}\b"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|\d+\s*(?:h|hrs?|hours?|mins?|minutes?|days?|weeks?|months?)\s+ago)",
    re.IGNORECASE,
)
# Words that may sit beside a date on a date line without making it prose.
_FILLER_WORDS = union(r.date_words | r.weekdays for r in _LANGUAGES) | _FULL_MONTHS
_DATE_FILLER = re.compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in sorted(_FILLER_WORDS, key=len, reverse=True))}"
    rf"|{_MONTHS})(?!\w)|\d+|[^\w\s]",
    re.IGNORECASE,
)
_NAME = r"[A-ZÀ-Ý][\w.'’-]*"
_CONNECTOR = r"(?:and|&|und|et|y|e|van|von|der|den|de|da|di|du|la|le|del|dos|bin|al)"
_BYLINE = re.compile(
    r"^(?i:(?:(?:written|posted|reported|words|story|text|reporting)\s+)?"
    r"(?:by|von|par|por|di|de|author:?|autor:?|auteur:?|autore:?))\s+"
    rf"(?P<name>{_NAME}(?:[\s,]+(?:{_CONNECTOR}\s+)?{_NAME}){{0,6}})"
    r"(?:\s*[|•·–—-].{0,80}|,\s*[A-Z][^.!?]{0,40})?$"
)
_BY_ALONE = re.compile(r"^(?:by|von|par|por|di|author:?|autor:?|auteur:?)$", re.IGNORECASE)
_NAME_ONLY = re.compile(rf"^{_NAME}(?:\s+(?:{_CONNECTOR}\s+)?{_NAME}){{1,4}}$")


def date_of(line: str) -> str | None:
    """The date a short date line gives ("Nov. 19, 2019 8:03 am ET", "Updated 3 hours ago")."""
    # Every date form has a digit; most lines have none and are done with at once.
    if len(line) > 150 or not _DIGIT.search(line):
        return None
    if len(line.split()) > 14 or not _DATE.search(line):
        return None
    leftover = _DATE_FILLER.sub(" ", line).split()
    if len(leftover) > 2:
        return None
    return line.strip(" |•·-–—")


def byline_author(line: str) -> str | None:
    """The name in a byline ("By Jane Doe, Reuters" gives "Jane Doe")."""
    if len(line) > 120 or len(line.split()) > 14 or line.rstrip().endswith(("!", "?", ".")):
        return None
    match = _BYLINE.match(line.strip())
    if not match:
        return None
    return match.group("name")


def is_lone_by(line: str) -> bool:
    """A line holding just "By" (the name follows on its own line in many renderings)."""
    return bool(_BY_ALONE.match(line.strip()))


def looks_like_name(line: str) -> bool:
    return bool(_NAME_ONLY.match(line.strip())) and len(line) <= 60
