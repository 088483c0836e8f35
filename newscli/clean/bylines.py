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
_COMMA = re.compile(r"\s*,\s*")
# The words that join the last two names of a list (as ``_CONNECTOR`` has them).
_AND = re.compile(r"\s(?:and|und|et|y|e)\s|&")
# Words that make a piece of a byline a role or an outlet, not a name: a person's role or
# title, a body, and the words of a newsroom ("Staff", "News", "Desk", "Wire").
_ROLE_WORDS = union(
    r.person_nouns | r.titles | r.organisation_heads for r in _LANGUAGES
) | frozenset("staff news newsroom desk team wire service services press reports".split())
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
    """The names in a byline ("By Jane Doe, Reuters" gives "Jane Doe"; "By Jane Doe, John Smith
    and Ann Lee" all three)."""
    if len(line) > 120 or len(line.split()) > 14 or line.rstrip().endswith(("!", "?", ".")):
        return None
    match = _BYLINE.match(line.strip())
    if not match:
        return None
    return _names_only(match.group("name"))


def _names_only(names: str) -> str:
    """``names`` without what follows the names after a comma: the writer's role or outlet
    ("Jane Doe, Political Editor", "Jane Doe and John Smith, Reuters", "Jane Doe, BBC News").

    A list of names closes with a conjunction ("Jane Doe, John Smith and Ann Lee"); without one,
    a piece after a comma is another name only when it reads as a person's: two to four
    capitalised words, none a word for a role or a body, no abbreviation in capitals.
    """
    pieces = _COMMA.split(names)
    if len(pieces) == 1 or _AND.search(pieces[-1]):
        return names
    kept = [pieces[0]]
    capitals = pieces[0].isupper()  # "JANE DOE, JOHN SMITH": every name in capitals
    for piece in pieces[1:]:
        words = piece.split()
        if not 2 <= len(words) <= 4 or any(
            not word[:1].isupper()
            or word.lower().strip(".") in _ROLE_WORDS
            or (not capitals and len(word) > 1 and word.isupper())
            for word in words
        ):
            break
        kept.append(piece)
    return ", ".join(kept)


def is_lone_by(line: str) -> bool:
    """A line holding just "By" (the name follows on its own line in many renderings)."""
    return bool(_BY_ALONE.match(line.strip()))


def is_email(line: str) -> bool:
    """A line holding one e-mail address and nothing else (a writer's, under the byline)."""
    return bool(_EMAIL.match(line.strip()))


_EMAIL = re.compile(r"^(?:e-?mail:?\s*)?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+$", re.IGNORECASE)


def looks_like_name(line: str) -> bool:
    return bool(_NAME_ONLY.match(line.strip())) and len(line) <= 60


def looks_like_person(line: str) -> bool:
    """A name with no word for a role, a body or a newsroom in it ("Jana Veselá", not "Press
    Office" or "Staff Reporter")."""
    return looks_like_name(line) and not any(
        word.lower().strip(".") in _ROLE_WORDS for word in line.split()
    )
