"""Blocks of a plain-text page and the features the cleaner classifies them by.

A block is one paragraph of the input: a single line when the text has one paragraph per line (text
copied from a browser, text-mode renderings), or a run of hard-wrapped lines between blank lines
(e-mail, Usenet, ``fmt`` output) joined with spaces.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from newscli.lang.identify import detect_language
from newscli.lang.stopwords import stop_words

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LIST_MARKER = re.compile(r"^(?:[*+•·▪►‣◦-]|o(?=\s))(?:\s|$)")
_SENTENCE_END = re.compile(r"[.!?…。！？:;][\"'”’»)\]]*$")
# Link targets and bare URLs, in the renderings that keep them (Markdown, lynx, w3m).
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)|<https?://[^>\s]*>|\bhttps?://\S+|\bwww\.\S+|\[\d+\]")
_MARKDOWN_LINK_TEXT = re.compile(r"\[([^\]]*)\]\(")
_LYNX_REFERENCE = re.compile(r"\[\d+\]")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_SENTENCE_MARK = re.compile(r"[.!?。！？]\s|[,;，、]")

# Hard-wrapped text rarely goes past this width; one-paragraph-per-line text does all the time.
_MAX_WRAP_WIDTH = 100


@dataclass(frozen=True)
class Block:
    """One paragraph-sized piece of the input with the features the classifier reads."""

    index: int
    text: str
    words: int
    prose: float
    """How much the block reads like running text, from -1 (labels, names) to 1 (sentences)."""
    is_list: bool
    link_density: float
    """Share of the words that are link text (Markdown ``[text](url)``, lynx ``[12]text``)."""
    visible: str
    """The text without link targets and URLs: what a reader of the page sees."""
    ends_sentence: bool
    title_case: bool
    repeated: bool
    blank_before: bool

    @property
    def has_letters(self) -> bool:
        return self.words > 0


def split_blocks(text: str) -> list[tuple[str, bool]]:
    """The paragraphs of ``text`` in order, each with whether a blank line precedes it."""
    lines = [line.strip() for line in text.split("\n")]
    width = _wrap_width(lines)
    blocks: list[tuple[str, bool]] = []
    current: list[str] = []
    blank_before = False
    pending_blank = False
    for line in lines:
        if not line:
            if current:
                blocks.append((" ".join(current), blank_before))
                current = []
            pending_blank = True
            continue
        if current and not _continues(current[-1], line, width):
            blocks.append((" ".join(current), blank_before))
            current = []
        if not current:
            blank_before, pending_blank = pending_blank, False
        current.append(line)
    if current:
        blocks.append((" ".join(current), blank_before))
    return blocks


def _wrap_width(lines: list[str]) -> int | None:
    """The column the text is hard-wrapped at, or None when it is one paragraph per line.

    Wrapped text has blank lines between paragraphs, no line much longer than the wrap column and
    many lines close to it.
    """
    lengths = sorted(len(line) for line in lines if line)
    if len(lengths) < 3 or len(lengths) == len(lines) or lengths[-1] > _MAX_WRAP_WIDTH:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    near_width = sum(1 for n in lengths if n >= 0.75 * width)
    if width < 30 or near_width < max(2, len(lengths) // 4):
        return None
    return width


def _continues(previous: str, line: str, width: int | None) -> bool:
    """Whether ``line`` carries on the paragraph whose last line is ``previous``."""
    if width is None or _LIST_MARKER.match(line):
        return False
    # A line that stops well short of the wrap column ended its paragraph.
    return len(previous) + len(line.split(" ", 1)[0]) >= 0.8 * width


def language_of(pieces: list[str]) -> str:
    """The article's language, judged from the longest pieces (prose rather than menus)."""
    longest = sorted(pieces, key=len, reverse=True)[:12]
    return detect_language("\n".join(longest)[:1200]) or "en"


def _usable_stop_words(pieces: list[str]) -> frozenset[str]:
    """Stop words of the page's language, or none when they do not fit its prose.

    For a language sumy has no list for (Indonesian, Russian, ...) the detector guesses a near one,
    whose stop words then hardly occur; prose is better told by punctuation there.
    """
    stops = stop_words(language_of(pieces))
    longest = sorted(pieces, key=len, reverse=True)[:12]
    words = [w.lower() for piece in longest for w in _WORD.findall(piece)]
    if not words or sum(1 for w in words if w in stops) < 0.15 * len(words):
        return frozenset()
    return stops


def make_blocks(text: str) -> list[Block]:
    """The blocks of ``text`` with their features."""
    pieces = split_blocks(text)
    keys = [_key(piece) for piece, _ in pieces]
    counts = Counter(keys)
    stops = _usable_stop_words([piece for piece, _ in pieces])
    return [
        _features(index, piece, blank, stops, repeated=counts[key] > 1)
        for index, ((piece, blank), key) in enumerate(zip(pieces, keys, strict=True))
    ]


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _features(
    index: int, text: str, blank_before: bool, stops: frozenset[str], *, repeated: bool
) -> Block:
    visible, link_words = _visible(text)
    words = _WORD.findall(visible)
    cjk = 0 if visible.isascii() else len(_CJK.findall(visible))
    count = len(words) + cjk // 2  # about two CJK characters to a word
    return Block(
        index=index,
        text=text,
        words=count,
        prose=_prose(visible, words, count, stops),
        is_list=bool(_LIST_MARKER.match(text)),
        link_density=min(1.0, link_words / count) if count else 0.0,
        visible=visible,
        ends_sentence=bool(_SENTENCE_END.search(visible.rstrip(" ]")[-8:])),
        title_case=len(words) <= 30 and _title_case(words),
        repeated=repeated,
        blank_before=blank_before,
    )


def _visible(text: str) -> tuple[str, int]:
    """``text`` without link targets, and how many of its words are link text."""
    if "[" not in text and "http" not in text and "www." not in text:
        return text, 0
    link_words = sum(len(_WORD.findall(label)) for label in _MARKDOWN_LINK_TEXT.findall(text))
    # A lynx reference ("[12]Home") marks a link whose text runs on; two words is a fair guess.
    link_words += 2 * len(_LYNX_REFERENCE.findall(text))
    return _LINK_TARGET.sub(" ", text).strip(), link_words


def _title_case(words: list[str]) -> bool:
    long_words = [w for w in words if len(w) > 3]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return len(long_words) >= 2 and capitalised >= 0.7 * len(long_words)


def _prose(text: str, words: list[str], count: int, stops: frozenset[str]) -> float:
    """Running text is dense in stop words (jusText's idea); without a stop list, in punctuation."""
    if count == 0:
        return -1.0
    if stops and len(words) >= count / 2:
        density = sum(map(stops.__contains__, map(str.lower, words))) / len(words)
        return max(-1.0, min(1.0, (density - 0.22) / 0.12))
    marks = len(_SENTENCE_MARK.findall(text + " "))
    return max(-1.0, min(1.0, (marks / count) * 12 - 0.5))
