"""Page furniture that trafilatura's text keeps at its edges: the "Comments" heading, a newsletter
prompt, a copyright line, a breadcrumb trail, "Continue reading the main story".

trafilatura keeps such a line when it sits inside the article's container. At the start or the
end of the text it is a label of the page, not a sentence of the article, when the plain-text
cleaner's lexicon knows its words (``newscli.clean.lexicon``): such lines are set aside, with the
reason, from each end until a line that may be the article's. A line inside the text stays
whatever its words: an article may quote a newsletter's name or talk about comments.
"""

from __future__ import annotations

from newscli.clean.lexicon import furniture_reason
from newscli.model import Removed

MIN_LINES = 3
"""A text of fewer lines is left whole: too short to tell its edges from its body."""


def furniture_at_edges(lines: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[Removed, ...]]:
    """``lines`` without the furniture at either end, and what was set aside (in text order)."""
    if len(lines) < MIN_LINES:
        return lines, ()
    start, end = 0, len(lines)
    head: list[Removed] = []
    tail: list[Removed] = []
    while end - start > 1 and (reason := furniture_reason(lines[start])):
        head.append(Removed(lines[start], reason))
        start += 1
    while end - start > 1 and (reason := furniture_reason(lines[end - 1])):
        tail.append(Removed(lines[end - 1], reason))
        end -= 1
    if not head and not tail:
        return lines, ()
    return lines[start:end], (*head, *reversed(tail))
