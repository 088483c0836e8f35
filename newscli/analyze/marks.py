"""Quotation marks: which marks open and close a quotation, in every style news uses.

``scan_spans`` finds the quoted stretches of an article in one pass over its marks: double marks
(" “…” „…“ „…” «…» »…«) and single marks ('…' ‘…’ ‚…‘ ‹…›), the latter told apart from
apostrophes (it's, Gunners' fans, '90s, rock 'n' roll). A quotation nested in another one of the
other style belongs to the outer one. Quotations that run over paragraphs (each paragraph reopens
the mark, only the last closes it) are one group of spans; so are quotations that reopen after a
full stop inside one paragraph, the form a running quote takes when paragraph breaks were lost.

The pass is linear: each mark is looked at once, and the one look-ahead (is there a better closing
mark further on?) reads a table filled by one backward pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Style = Literal["double", "single", "turn"]
"""Marks of a quotation: double, single, or none (a dialogue turn or an interview answer)."""

DOUBLE_MARKS = '"“”„‟«»'
SINGLE_MARKS = "'‘’‚‹›"
MARKS = DOUBLE_MARKS + SINGLE_MARKS
_STYLE: dict[str, Style] = {
    **dict.fromkeys(DOUBLE_MARKS, "double"),
    **dict.fromkeys(SINGLE_MARKS, "single"),
}
# Which closing marks end a quotation opened by each mark.
_CLOSERS = {
    '"': '"”“',
    "“": '”"“',
    "”": '”"“',
    "„": '“”"',
    "‟": '”"',
    "«": "»",
    "»": "«",
    "'": "'’",
    "‘": "’'",
    "‚": "‘’'",
    "‹": "›",
    "›": "‹",
}
# Marks that only ever open (the others open or close by their neighbours).
_ONLY_OPENING = "„‚‟"
_OPEN_BEFORE = set(" \t\n([{—–-/:;\u00a0") | set(DOUBLE_MARKS) | set("‘‚‹«»")
_AFTER_CLOSE = set(" \t\n.,;:!?)]}—–-…\u00a0") | set(DOUBLE_MARKS) | set(SINGLE_MARKS)
_SENTENCE_PUNCT = ".!?…"
# Apostrophes that open a word rather than a quotation: '90s, 'em, rock 'n' roll, 'til.
_ELISION = re.compile(
    r"['‘’](?:\d\d(?:s\b|\b)|n['’]|em\b|til\b|cause\b|tis\b|twas\b|bout\b|ere\b|allo\b)",
    re.IGNORECASE,
)
_MARK = re.compile(f"[{re.escape(MARKS)}]")
# Two apostrophes standing for a double mark, as some wire and archive feeds type it.
_DOUBLED = re.compile(r"(?<!')''(?!')")
_PARAGRAPH = re.compile(r"\n\s*\n")
_LETTER = re.compile(r"[^\W\d_]")
_NUMBER = re.compile(r"(?<!\w)\d[\d.,·/%]*(?!\w)")
# A better closing mark must come within this many characters to pass over a weak one.
_LOOKAHEAD = 300


@dataclass(frozen=True)
class Span:
    """One stretch of quoted words in the text, without its marks."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    """Offset of the closing mark; None when the quote runs on (into the next paragraph, or into
    a reopened sentence)."""
    style: Style = "double"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank paragraph (separated by blank lines)."""
    bounds: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH.finditer(text):
        bounds.append((position, match.start()))
        position = match.end()
    bounds.append((position, len(text)))
    return [(a, b) for a, b in bounds if text[a:b].strip()]


def double_apostrophes(text: str) -> str:
    """``text`` with each ``''`` typed for a double mark turned into a space and a ``"``, placed so
    the mark touches the quoted words (same length, so offsets hold)."""
    if "''" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        at = match.start()
        closing = at > 0 and not text[at - 1].isspace() and text[at - 1] not in "([{—"
        return '" ' if closing else ' "'

    return _DOUBLED.sub(replace, text)


def scan_spans(text: str) -> list[list[Span]]:
    """Quoted spans grouped into quotations: one group per quotation, several spans for one that
    runs over paragraphs or reopens."""
    text = double_apostrophes(text)
    groups: list[list[Span]] = []
    carry: list[Span] | None = None
    for start, end in paragraphs(text):
        closed, running = _scan_paragraph(text, start, end)
        if carry is not None:
            first = _first_mark(text, start, end)
            if closed and closed[0][0].open_mark == first and closed[0][0].style == carry[0].style:
                carry.extend(closed.pop(0))
                groups.append(carry)
                carry = None
            elif not closed and running and running[0].open_mark == first:
                carry.extend(running)
                running = None
            else:
                groups.append(carry)
                carry = None
        groups.extend(closed)
        if running is not None:
            if _next_paragraph_opens(text, end, running[0].style):
                carry = running
            elif running[0].style == "double" or running[0].open_mark == _first_mark(
                text, start, end
            ):
                # A double mark left open runs to the paragraph's end; a single one only when it
                # opens the paragraph (else it was an apostrophe).
                groups.append(running)
        elif carry is not None and not _next_paragraph_opens(text, end, carry[0].style):
            groups.append(carry)
            carry = None
    if carry:
        groups.append(carry)
    return [g for g in groups if all(_reads_as_words(text[s.start : s.end]) for s in g)]


def _reads_as_words(quoted: str) -> bool:
    """Quoted words have letters; a stretch of a price table between ditto marks ("„ 87 86
    ditto „ 3 M.") is mostly numbers, or dot leaders ("Weizen ......")."""
    if not _LETTER.search(quoted) or "....." in quoted:
        return False
    numbers = len(_NUMBER.findall(quoted))
    words = sum(1 for w in quoted.split() if _LETTER.search(w))
    return numbers < 3 or numbers < words


def _first_mark(text: str, start: int, end: int) -> int | None:
    position = start
    while position < end and text[position].isspace():
        position += 1
    return position if position < end and text[position] in MARKS else None


def _next_paragraph_opens(text: str, paragraph_end: int, style: Style) -> bool:
    following = _PARAGRAPH.match(text, paragraph_end)
    if following is None:
        return False
    position = following.end()
    if position >= len(text) or text[position] not in MARKS:
        return False
    return _STYLE[text[position]] == style and _can_open(text, position, position, len(text))


def _can_open(text: str, i: int, start: int, end: int) -> bool:
    mark = text[i]
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if mark in _ONLY_OPENING:
        if after.isspace():
            # „ alone before a number or another mark is a ditto mark in a table ("„ 500 fl.").
            following = text[i + 1 : min(end, i + 4)].lstrip()[:1]
            return mark == "„" and not (following.isdigit() or following in MARKS)
        return True
    if mark in "«‹":
        return before in _OPEN_BEFORE or before.isspace() or after.isspace()
    if mark in "»›":
        return (before in _OPEN_BEFORE or before.isspace()) and not after.isspace()
    if mark in "'‘’" and _ELISION.match(text, i, end):
        return False
    if mark == "’":
        return False
    if mark == "‘":
        return not after.isspace()
    return (before in _OPEN_BEFORE or before.isspace()) and not after.isspace()


def _can_close(text: str, i: int, start: int, end: int, opener: str) -> bool:
    mark = text[i]
    if mark not in _CLOSERS.get(opener, ""):
        return False
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if _STYLE[mark] == "double":
        if mark in "«»" or opener == "„":
            return True
        # “ closes a „ quote, and opens in English: after a space and before a word it opens.
        return not (mark == "“" and opener != "„" and not after.isspace() and before.isspace())
    if before.isspace():
        return mark in "‹›"
    if before in "nN" and i >= 2 and text[i - 2] in "'’" and (i < 3 or text[i - 3].isspace()):
        return False  # rock 'n' roll
    return after in _AFTER_CLOSE or after.isspace() or mark in "‹›"


def _weak_close(text: str, i: int, end: int) -> bool:
    """A single mark after an s and before a word: as likely the apostrophe of a plural
    possessive (the Gunners' fans) as the end of a quotation."""
    if i == 0 or text[i - 1] not in "sS" or i + 2 >= end:
        return False
    return text[i + 1] == " " and text[i + 2].isalnum()


def _scan_paragraph(text: str, start: int, end: int) -> tuple[list[list[Span]], list[Span] | None]:
    """Closed quotations of one paragraph, and the spans of one left open at its end."""
    positions = [m.start() for m in _MARK.finditer(text, start, end)]
    strong_after = _strong_single_closers(text, positions, start, end)
    first = _para_start(text, start)
    groups: list[list[Span]] = []
    parts: list[Span] = []
    opener = ""
    open_at = -1
    inner = ""  # the opening mark of a quotation nested in the open one
    for index, i in enumerate(positions):
        mark = text[i]
        if open_at < 0:
            if _can_open(text, i, start, end) and (
                _STYLE[mark] == "double"
                or strong_after[index] < end
                or i == first
                or _after_colon(text, i, start)
                # "‘It began,’ said our visitor. ‘I had answered …" (running on into the next
                # paragraph): after a closed quotation of its style and its tag, a sentence's
                # opening mark opens the next part.
                or (groups and groups[-1][-1].style == _STYLE[mark] and _after_stop(text, i, start))
            ):
                opener, open_at = mark, i
            continue
        style = _STYLE[opener]
        if _STYLE[mark] != style:
            continue  # a quotation nested in one of the other style
        if inner:
            if _can_close(text, i, start, end, inner):
                inner = ""
            continue
        if _nests(text, i, start, end, opener):
            # „… »Roland« …“, « … “oui” … », „… „Aufruhr“ …“: a quotation inside the open one.
            inner = mark
            continue
        if _can_close(text, i, start, end, opener):
            if (
                style == "single"
                and _weak_close(text, i, end)
                and strong_after[index] - i < _LOOKAHEAD
            ):
                continue
            parts.append(Span(open_at + 1, i, open_at, i, style))
            groups.append(parts)
            parts, open_at = [], -1
            continue
        if _can_open(text, i, start, end):
            if _reopens(text, open_at, i):
                # 'First sentence. 'Second one,' he said: one quotation reopened.
                parts.append(
                    Span(open_at + 1, _trim_end(text, open_at + 1, i), open_at, None, style)
                )
                opener, open_at = mark, i
            elif style == "double":
                # A second opening mark before any close: the first was stray (an inch mark).
                opener, open_at = mark, i
    running = None
    if open_at >= 0:
        running = [*parts, Span(open_at + 1, end, open_at, None, _STYLE[opener])]
    elif parts:
        groups.append(parts)
    return groups, running


def _nests(text: str, i: int, start: int, end: int, opener: str) -> bool:
    """True when the mark at ``i`` opens a quotation inside one opened by ``opener``: guillemets
    inside „“ or “” marks and the other way round, or a second „ inside a „ quotation (a mark that
    only ever opens, so it cannot be the stray half of a pair)."""
    mark = text[i]
    if _can_close(text, i, start, end, opener) or not _can_open(text, i, start, end):
        return False
    if mark == "„":
        return opener == "„"
    guillemet = mark in "«»"
    return guillemet != (opener in "«»") and (guillemet or mark in "„“") and opener in "„“«»"


def _after_stop(text: str, i: int, start: int) -> bool:
    """Whether the mark at ``i`` opens a sentence: a full stop, "!" or "?" and a space before it."""
    position = i - 1
    while position >= start and text[position] in " \t\u00a0":
        position -= 1
    return position >= start and position < i - 1 and text[position] in ".!?"


def _after_colon(text: str, i: int, start: int) -> bool:
    """Whether the mark at ``i`` follows a colon ("said: 'We have been told …"): there a single
    mark opens a quotation, which may run on into the next paragraph unclosed."""
    position = i - 1
    while position >= start and text[position] in " \t\u00a0":
        position -= 1
    return position >= start and text[position] == ":"


def _para_start(text: str, start: int) -> int:
    position = start
    while text[position].isspace():
        position += 1
    return position


def _reopens(text: str, open_at: int, i: int) -> bool:
    """True when the words between an open mark and the opening mark at ``i`` end a sentence."""
    before = text[open_at + 1 : i].rstrip()
    return len(before) > 1 and before[-1] in _SENTENCE_PUNCT and text[i - 1].isspace()


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _strong_single_closers(text: str, positions: list[int], start: int, end: int) -> list[int]:
    """For each mark, the offset of the next single mark that can close a quotation without being
    a possessive's apostrophe (``end`` when there is none): one backward pass."""
    result = [end] * (len(positions) + 1)
    nearest = end
    for index in range(len(positions) - 1, -1, -1):
        i = positions[index]
        result[index] = nearest
        opener = "'" if text[i] != "›" else "‹"
        if not _weak_close(text, i, end) and _can_close(text, i, start, end, opener):
            nearest = i
    return result
