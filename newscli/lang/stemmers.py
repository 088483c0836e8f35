"""Stemmers per language: Snowball (through PyStemmer) and a light English suffix stripper.

``stemmer(code)`` returns a function from a lower-case word to its stem, so that "Regierungen" and
"Regierung", or "attacks" and "attacked", count as one term in the summary's sentence similarity.

English keeps its own light stripper: it conflates inflections (plural, past, progressive, adverb)
and leaves derivational morphology alone, which ranked CNN/DailyMail summaries at least as well as
Snowball's English stemmer (benchmarks/summaries.py) without importing anything. Every other
language with a Snowball algorithm gets it; the rest (Chinese, Japanese, Korean, Thai, Vietnamese,
Bulgarian, Ukrainian, Slovak, Slovenian, Latvian, Hebrew) compare words as written.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

# ISO 639-1 code -> PyStemmer's algorithm name.
SNOWBALL = {
    "ar": "arabic",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "es": "spanish",
    "et": "estonian",
    "fa": "persian",
    "fi": "finnish",
    "fr": "french",
    "hi": "hindi",
    "hu": "hungarian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nl": "dutch",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sv": "swedish",
    "tr": "turkish",
}


def stemmer(code: str | None) -> Callable[[str], str]:
    """The stemming function for the language ``code``; English's light one for None."""
    if code is None or code == "en":
        return light_english_stem
    return _snowball(code)


def _unchanged(word: str) -> str:
    return word


@cache
def _snowball(code: str) -> Callable[[str], str]:
    algorithm = SNOWBALL.get(code)
    if algorithm is None:
        return _unchanged
    try:
        import Stemmer
    except ImportError:  # PyStemmer is a dependency; a broken install ranks without stems
        return _unchanged
    try:
        snowball = Stemmer.Stemmer(algorithm)
    except KeyError:  # an older PyStemmer without this algorithm
        return _unchanged
    stem_word: Callable[[str], str] = snowball.stemWord
    return lru_cache(maxsize=65_536)(stem_word)


_VOWELS = frozenset("aeiouy")
# After dropping -ed/-ing, these endings lose a doubled consonant ("stopped" -> "stop").
_UNDOUBLE = frozenset("bdfgmnprt")


@lru_cache(maxsize=65_536)
def light_english_stem(word: str) -> str:
    """The light stem of a lower-case English ``word``."""
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
