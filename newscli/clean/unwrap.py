"""Hard-wrapped text back into paragraphs, each with the input lines it came from.

Text-mode browsers (``w3m -dump``, ``lynx -dump``), e-mailed newsletters, wire copy and ``fmt``
break every paragraph into lines of a fixed width. Judged line by line, a wrapped paragraph looks
like a stack of short fragments; so the lines are joined first, by the shape of the text alone:

- the **wrap width** is where the line lengths stop: many lines end in the last ten columns before
  it, almost none run past it (a long URL that could not be broken does not count);
- a line **continues** the one above when the first word of the line would not have fitted at the
  end of the line above (that is why the wrapper broke there), at the same indentation (or the
  hanging indentation of a list item), and it does not open a list item itself;
- a ragged wrap (``fmt``, hand-wrapped mail) is caught too: a long line that stops mid-sentence
  and a next line that starts in lower case;
- in text too short to show a width, a line that stops mid-sentence inside a quotation it opened
  goes on in a next line starting in lower case.

Text with one paragraph per line has no wrap width and every line stays a paragraph of its own.
A ``lynx -dump`` reference list (``References`` then ``1. https://...``) is found as well, so the
``[12]`` link numbers can be read as link marks and left out of the article text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

# List items: bullets of plain text, Markdown, w3m (•, □, ◦) and lynx (*, +, o); numbers apart.
LIST_MARKER = re.compile(r"^(?:[*+•·▪►‣◦□■○●-]|o(?=\s))(?:\s|$)")
_NUMBERED = re.compile(r"^(?:\d{1,2}|[a-z])[.)]\s")
_SENTENCE_PAUSE = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_LOWER_START = re.compile(r"^[\"'“‘(]?[a-zà-ÿ]")
LYNX_REFERENCE = re.compile(r"\[\d+\]")
_REFERENCES_HEADING = re.compile(r"^\s*(?:References|Visible links:?|Hidden links:?)\s*$")
_REFERENCE_LINE = re.compile(r"^\s*\d+\.\s+(?:[a-z][a-z0-9+.-]*:|/)\S")

# The wrap width is looked for among these columns; wider lines are never a hard wrap.
_MIN_WIDTH, _MAX_WIDTH = 30, 160
_BAND = 10
"""A wrapped line ends within this many columns of the wrap width (the next word did not fit)."""
_LONG_TOKEN = 25
"""A line that overruns the width inside a token this long (a URL) could not have been broken."""
_SLACK = 2
"""Renderers count a column or two differently (a trailing space, a wide character)."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the input: its lines joined, and where it came from."""

    text: str
    blank_before: bool
    first_line: int
    """0-based index of its first line in the input."""
    last_line: int
    reference: bool = False
    """A line of a lynx dump's reference list (link targets), never article text."""


@dataclass(frozen=True)
class _Line:
    number: int
    indent: int
    text: str
    end: int
    """Display column just after the last character (indentation included)."""


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: East Asian wide characters take two."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def paragraphs(text: str) -> tuple[list[Paragraph], bool]:
    """The paragraphs of ``text`` in order, and whether it is a lynx dump with a reference list
    (so that ``[12]`` marks are link numbers)."""
    raw = text.split("\n")
    references = _reference_list_start(raw)
    lines = [_line(number, value) for number, value in enumerate(raw)]
    body = lines if references is None else lines[:references]
    width = wrap_width([line for line in body if line.text])
    result: list[Paragraph] = []
    current: list[_Line] = []
    hang: int | None = None
    blank_before = pending_blank = False

    def flush() -> None:
        if current:
            first, last = current[0].number, current[-1].number
            reference = references is not None and first >= references
            result.append(Paragraph(_join(current), blank_before, first, last, reference))
            current.clear()

    for index, line in enumerate(lines):
        if not line.text:
            flush()
            pending_blank = True
            continue
        in_references = references is not None and index >= references
        if current and (in_references or not _continues(current, line, width, hang)):
            flush()
        if not current:
            blank_before, pending_blank = pending_blank, False
            hang = _hanging_indent(line)
        current.append(line)
    flush()
    return result, references is not None


def _line(number: int, value: str) -> _Line:
    text = value.strip()
    leading = value[: len(value) - len(value.lstrip())]
    indent = len(leading.expandtabs()) if text else 0
    return _Line(number, indent, text, indent + display_width(text))


def _hanging_indent(line: _Line) -> int | None:
    """The column a list item's wrapped lines start at: after its marker ("  • item")."""
    marker = LIST_MARKER.match(line.text) or _NUMBERED.match(line.text)
    if not marker:
        return None
    return line.indent + len(marker.group()) + (len(line.text) - len(line.text.lstrip()))


def wrap_width(lines: list[_Line]) -> int | None:
    """The column the text is hard-wrapped at, or None when it has one paragraph per line.

    At the wrap width many lines end within a few columns of it, few are longer than it, and most
    of the lines that end there stop mid-sentence (one-line paragraphs of similar length end
    their sentence).
    """
    ordered = sorted(lines, key=lambda line: line.end)
    ends = [line.end for line in ordered]
    stops = [0]
    for line in ordered:
        stops.append(stops[-1] + bool(_SENTENCE_PAUSE.search(line.text)))
    best_score, best = 0, None
    for width in range(_MIN_WIDTH, _MAX_WIDTH + 1):
        upto = bisect.bisect_right(ends, width)
        low = bisect.bisect_right(ends, width - _BAND)
        band = upto - low
        if band < 3 or stops[upto] - stops[low] > 0.5 * band:
            continue
        half = upto - bisect.bisect_right(ends, width // 2)
        if band <= best_score or band < 0.2 * half:
            continue
        over = _overruns(ordered[upto:], width, limit=max(1, int(0.15 * band)))
        if over is not None and band - 3 * over > best_score:
            best_score, best = band - 3 * over, width
    return best


def _overruns(longer: list[_Line], width: int, limit: int) -> int | None:
    """How many of ``longer`` a wrapper at ``width`` would have broken; None past ``limit``."""
    count = 0
    for line in longer:
        if _breakable(line, width):
            count += 1
            if count > limit:
                return None
    return count


def _breakable(line: _Line, width: int) -> bool:
    """Whether a wrapper at ``width`` would have broken ``line``: a space before the column, no
    overlong token across it, and no table columns."""
    column = width - line.indent
    text = line.text
    if "   " in text:
        # Columns of a table, laid out with runs of spaces: never wrapped.
        return False
    before = text.rfind(" ", 0, column + 1)
    after = text.find(" ", column)
    return before > 0 and (len(text) if after < 0 else after) - before <= _LONG_TOKEN


def _continues(paragraph: list[_Line], line: _Line, width: int | None, hang: int | None) -> bool:
    """Whether ``line`` carries on the paragraph of the lines ``paragraph``."""
    previous = paragraph[-1]
    if LIST_MARKER.match(line.text) or _NUMBERED.match(line.text):
        return False
    if line.indent != previous.indent and line.indent != hang:
        return False
    if width is None:
        # Too few lines to show a width (a short wrapped e-mail): a line that stops inside a
        # quotation it opened, mid-sentence, goes on in a next line starting in lower case.
        return (
            not _SENTENCE_PAUSE.search(previous.text)
            and bool(_LOWER_START.match(line.text))
            and _open_quotation(_join(paragraph))
        )
    word = line.text.split(" ", 1)[0]
    # A line past the width (a long URL) was not broken by the wrapper: no evidence either way.
    if previous.end <= width and previous.end + 1 + display_width(word) > width - _SLACK:
        return True
    # A ragged wrap: a long line stopping mid-sentence, the next one going on in lower case.
    return (
        previous.end >= 0.6 * width
        and not _SENTENCE_PAUSE.search(previous.text)
        and bool(_LOWER_START.match(line.text))
    )


def _open_quotation(text: str) -> bool:
    """Whether ``text`` ends inside a quotation it opened (“…, "…, ‘… or '… not closed)."""
    if text.count("“") > text.count("”") or text.count('"') % 2:
        return True
    return len(_OPENING_SINGLE.findall(text)) > len(_CLOSING_SINGLE.findall(text))


_OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s(]))['‘](?=\w)")
# A closing single mark after a word or its stop; a plural possessive ("the Smiths' dog") counts
# too, which only makes a join less likely.
_CLOSING_SINGLE = re.compile(r"(?<=[\w.,!?…])['’](?=[\s.,;:!?)]|$)")


def _join(lines: list[_Line]) -> str:
    # Renderers break lines at spaces only ("FaceTime-Audio- / oder" had its space), so a line
    # ending in a hyphen is joined with a space like any other.
    return " ".join(line.text for line in lines)


def _reference_list_start(lines: list[str]) -> int | None:
    """Index of the "References" heading of a lynx dump's link list, or None.

    Lynx ends a dump with the targets of the numbered links: a heading, then only numbered URLs
    (under "Visible links" / "Hidden links" headings) down to the end.
    """
    top: int | None = None
    found = False
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if _REFERENCE_LINE.match(line):
            found = True
        elif _REFERENCES_HEADING.match(line):
            top = index
        elif line.strip():
            break
    return top if found else None
