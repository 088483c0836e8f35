"""Language identification without models: writing system first, then stop-word overlap."""

from __future__ import annotations

import re
from functools import cache

# ISO 639-1 code -> sumy's language name (for stop words and stemmers).
SUMY_LANGUAGES = {
    "ar": "arabic",
    "zh": "chinese",
    "cs": "czech",
    "en": "english",
    "fr": "french",
    "de": "german",
    "el": "greek",
    "he": "hebrew",
    "it": "italian",
    "ja": "japanese",
    "ko": "korean",
    "pl": "polish",
    "pt": "portuguese",
    "sk": "slovak",
    "es": "spanish",
    "sv": "swedish",
    "th": "thai",
    "uk": "ukrainian",
}
_LATIN_CANDIDATES = ("en", "de", "fr", "es", "it", "pt", "sv", "pl", "cs", "sk")
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
)
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text``, or None when there is too little to tell."""
    sample = text[:20_000]
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters < 20:
        return None
    for code, pattern in _SCRIPTS:
        if len(pattern.findall(sample)) > letters * 0.3:
            if code == "ru" and re.search(r"[іїєґ]", sample):
                return "uk"
            return code
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < 3:
        return None
    best, best_hits = None, 0
    for code in _LATIN_CANDIDATES:
        stops = stop_words(code)
        hits = sum(1 for w in words if w in stops)
        if hits > best_hits:
            best, best_hits = code, hits
    return best if best_hits >= max(1, len(words) // 20) else None


def sumy_language(code: str | None) -> str:
    """sumy's name for the language ``code`` (English when sumy does not know it)."""
    return SUMY_LANGUAGES.get(code or "en", "english")


@cache
def stop_words(code: str) -> frozenset[str]:
    """sumy's stop-word list for ``code``, read from its data files (no NLTK involved)."""
    from importlib.resources import files

    name = SUMY_LANGUAGES.get(code)
    if name is None:
        return frozenset()
    try:
        data = files("sumy").joinpath("data", "stopwords", f"{name}.txt").read_text("utf-8")
    except OSError:
        return frozenset()
    return frozenset(w.strip().lower() for w in data.splitlines() if w.strip())
