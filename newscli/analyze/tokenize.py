"""Sentence and word tokenization that needs no downloaded data.

``split_sentences`` returns character spans so that every later stage can point back into the
article text; ``SumyTokenizer`` adapts both functions to sumy's tokenizer protocol.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# First version: split after . ! ? (optionally followed by closing quotes/brackets) and whitespace,
# unless the word before the period is a known abbreviation or a single initial.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "rev",
        "hon",
        "pres",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "a.m",
        "p.m",
    ]
)
_BOUNDARY = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+)""")
_WORD = re.compile(r"\w+(?:['’.-]\w+)*", re.UNICODE)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences in ``text``, stripped of outer whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if _is_abbreviation(text, match.start()):
            continue
        _append_span(text, start, end, spans)
        start = end
    _append_span(text, start, len(text), spans)
    return spans


def _is_abbreviation(text: str, period: int) -> bool:
    if text[period] != ".":
        return False
    word_start = period
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:period].lstrip("\"'“‘(").lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _append_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + (len(chunk) - len(chunk.lstrip()))
        spans.append((offset, offset + len(stripped)))


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings."""
    return [text[a:b] for a, b in split_sentences(text)]


def iter_words(text: str) -> Iterator[re.Match[str]]:
    return _WORD.finditer(text)


def words(text: str) -> list[str]:
    """Word tokens of ``text`` (letters and digits, with inner apostrophes, hyphens and periods)."""
    return _WORD.findall(text)


class SumyTokenizer:
    """The object sumy's parsers and models expect, without NLTK's punkt data."""

    def __init__(self, language: str = "english") -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))
