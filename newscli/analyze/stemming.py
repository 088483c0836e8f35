"""A light English suffix stripper, so that "attacks", "attacked" and "attacking" meet.

Only for similarity between sentences of one article: it conflates inflections (plural, past,
progressive, adverb) and leaves derivational morphology alone. Porter or Snowball would do a bit
more, but neither is worth an import on the default path: NLTK is slow to import and snowballstemmer
is not a dependency. Words of other languages pass through unchanged apart from a plural ``s``.
"""

from __future__ import annotations

from functools import lru_cache

_VOWELS = frozenset("aeiouy")
# After dropping -ed/-ing, these endings lose a doubled consonant ("stopped" -> "stop").
_UNDOUBLE = frozenset("bdfgmnprt")


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """The light stem of a lower-case ``word``."""
    if len(word) <= 3 or not word.isalpha():
        return word
    word = _strip_plural(word)
    for suffix in ("ingly", "edly", "ing", "ed"):
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            if _has_vowel(base) and len(base) >= 3:
                return _drop_final_e(_undouble(base))
            return _drop_final_e(word)
    if word.endswith("ly") and len(word) > 5:
        return word[:-2]
    return _drop_final_e(word)


def _strip_plural(word: str) -> str:
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _has_vowel(text: str) -> bool:
    return any(ch in _VOWELS for ch in text)


def _undouble(base: str) -> str:
    """ "stopp" -> "stop", so that the stems of "stop" and "stopped" agree."""
    if len(base) >= 4 and base[-1] == base[-2] and base[-1] in _UNDOUBLE:
        return base[:-1]
    return base


def _drop_final_e(word: str) -> str:
    # "hope", "hoped" and "hoping" all become "hop": cheaper than Porter's rules for restoring -e.
    return word[:-1] if word.endswith("e") and len(word) >= 4 else word
