"""Readers' comments told by their shape, with or without a "Comments" heading.

A comment thread is a run of comments, each under a header naming its writer and when they wrote
("BY TAROCHAN AT 01/08/08 05:30 PM", "jsmith | 3 hours ago"). The headers share one shape (the
same words around a different name and time) and name different people; a live blog's entries
are stamped with times too, but by one writer, and an article's own byline comes once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from newscli.clean.lines import Block

# A time or a date written with digits: "05:30 PM", "01/08/08", "2008-01-08", "3 hours ago".
_STAMP = re.compile(
    r"(?<![$€£¥.,\d])\b\d{1,2}:\d{2}\b|\b\d{1,2}[.]\d{2}\s*[ap]\.?m\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d+\s*(?:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?)\s+ago\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\s|•·,()\[\]]+")
# Words that stand around the name and the time in a header, kept as they are in its shape.
_FRAME_WORDS = frozenset(
    "by at on posted written wrote says said replied reply from in - — – | • ago minutes minute"
    " mins min hours hour hrs hr days day weeks week months month years year yesterday"
    " today".split()
)
_MERIDIEM = frozenset({"am", "pm", "a.m.", "p.m."})
_QUOTES = re.compile(r"[\"“”«»]")
_MAX_HEADER_WORDS = 14
_MAX_NAME_WORDS = 4
_SAYS = re.compile(
    r"^\W*[\w.@-]+(?:\s+[\w.@-]+){0,3}\s+(?:says|said|wrote|writes|replied|replies)\s*:", re.I
)


def stamp(text: str) -> bool:
    """Whether ``text`` holds a time or a date written in digits."""
    return bool(_STAMP.search(text))


def header_shape(text: str) -> tuple[str, str] | None:
    """(shape, name) of a comment header: the header with its name and digits abstracted, and the
    name; None when ``text`` is no header (too long, no time or date, no name)."""
    # Citations ("Title". Site. Retrieved 2014-04-05.) quote and end on a full stop; headers not.
    if len(text) > 120 or not stamp(text) or text.rstrip().endswith(".") or _QUOTES.search(text):
        return None
    tokens = _TOKEN.findall(text)
    if not 2 <= len(tokens) <= _MAX_HEADER_WORDS:
        return None
    shape: list[str] = []
    name: list[str] = []
    for token in tokens:
        lowered = token.lower()
        if not any(ch.isalpha() for ch in token):
            part = "0"
        elif lowered in _MERIDIEM:
            part = "am/pm"
        elif lowered in _FRAME_WORDS:
            part = lowered
        else:
            part = "W"
            name.append(lowered)
        if not shape or shape[-1] != part:
            shape.append(part)
    # A writer's name or handle is a few words; more is a sentence or a citation.
    if not name or len(name) > _MAX_NAME_WORDS:
        return None
    return " ".join(shape), " ".join(name)


def comment_headers(blocks: Sequence[Block]) -> set[int]:
    """Indices of the blocks that head readers' comments: two or more headers of one shape, naming
    different writers, each followed by the text of a comment."""
    by_shape: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for position, block in enumerate(blocks):
        found = header_shape(block.visible)
        if found is None or position + 1 >= len(blocks):
            continue
        following = blocks[position + 1]
        if following.words >= 5 and header_shape(following.visible) is None:
            by_shape[found[0]].append((block.index, found[1]))
    headers: set[int] = set()
    for entries in by_shape.values():
        if len(entries) >= 2 and len({name for _, name in entries}) >= 2:
            headers.update(index for index, _ in entries)
    return headers


def opens_with_writer(text: str) -> bool:
    """A comment that opens with its writer: "jsmith says: I think ..."."""
    return bool(_SAYS.match(text))
