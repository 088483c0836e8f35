"""The plain-text cleaner: title line, article paragraphs, and boilerplate removed with reasons."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscli.model import Removed

# Whole lines that are page furniture, never article prose. Matched case-insensitively against the
# line with surrounding punctuation stripped.
_BOILERPLATE_LINES: dict[str, str] = {
    "comments": "comment section",
    "comment": "comment section",
    "post a comment": "comment section",
    "leave a comment": "comment section",
    "leave a reply": "comment section",
    "add a comment": "comment section",
    "show comments": "comment section",
    "view comments": "comment section",
    "share": "share buttons",
    "share this": "share buttons",
    "share this article": "share buttons",
    "advertisement": "advertisement",
    "ad": "advertisement",
    "sponsored": "advertisement",
}


@dataclass(frozen=True)
class CleanedText:
    title: str | None
    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...]
    author: str | None = None
    date: str | None = None


def clean_text(text: str, *, keep_boilerplate: bool = False) -> CleanedText:
    """Split ``text`` into title and paragraphs, dropping boilerplate lines unless asked not to."""
    lines = [line.strip() for line in text.split("\n")]
    blocks = _paragraphs(lines)
    title: str | None = None
    if blocks and _looks_like_title(blocks[0]) and len(blocks) > 1:
        title, blocks = blocks[0], blocks[1:]
    removed: list[Removed] = []
    kept: list[str] = []
    for block in blocks:
        reason = None if keep_boilerplate else boilerplate_reason(block)
        if reason:
            removed.append(Removed(block, reason))
        else:
            kept.append(block)
    return CleanedText(title=title, paragraphs=tuple(kept), removed=tuple(removed))


def boilerplate_reason(line: str) -> str | None:
    key = re.sub(r"\s+", " ", line.strip(" \t:|-–—•*>()[]").lower())
    key = re.sub(r"\s*\(?\d+\)?$", "", key)  # "Comments (12)"
    return _BOILERPLATE_LINES.get(key)


def _looks_like_title(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 25 and not line.endswith((".", ",", ";", ":")) and line[0].isupper()


def _paragraphs(lines: list[str]) -> list[str]:
    """Blocks of text. Lines of a block are joined when the text is hard-wrapped."""
    nonblank = [line for line in lines if line]
    if not nonblank:
        return []
    has_blank_separators = len(nonblank) < len(lines) - 1
    wrapped = has_blank_separators and _is_hard_wrapped(nonblank)
    if not wrapped:
        return nonblank
    blocks: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return blocks


def _is_hard_wrapped(lines: list[str]) -> bool:
    lengths = sorted(len(line) for line in lines)
    longest = lengths[-1]
    near_max = sum(1 for n in lengths if n >= longest * 0.75)
    return longest <= 100 and near_max >= len(lengths) / 2
