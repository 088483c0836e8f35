"""Stop words per language: the Stopwords ISO lists, vendored one file per language.

``stop_words("de")`` reads ``data/stopwords/de.txt`` once per process (about a millisecond); the
whole collection is never loaded. The lists are broad (English has 1,298 entries, including words
such as "information" and "world" that are rarely worth a keyword), which suits what they are used
for here: keeping function words and filler out of keywords and out of the summary's term vectors.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

# Read beside this module (a plain path is several times faster than importlib.resources, and the
# identifier reads some 40 lists on its first call).
_DATA = Path(__file__).resolve().parent / "data" / "stopwords"

# English contractions written with a typographic apostrophe, and the clitics tokenizers split
# off ("n't", "'s"); the ISO list spells contractions with a straight one only.
_EXTRA = {
    "en": frozenset("n't 's 're 've 'll 'd 'm".split()),
}


@cache
def stop_words(code: str | None) -> frozenset[str]:
    """The stop words of the language ``code`` (ISO 639-1), lower case; empty when unknown."""
    if not code or not code.isascii() or not code.isalpha():
        return frozenset()
    try:
        data = (_DATA / f"{code.lower()}.txt").read_text("utf-8")
    except OSError:
        return frozenset()
    words = set(data.split("\n"))
    words.discard("")
    words |= {w.replace("'", "’") for w in words if "'" in w}
    return frozenset(words) | _EXTRA.get(code.lower(), frozenset())


@cache
def has_stop_words(code: str | None) -> bool:
    """Whether newscli has a stop-word list for ``code``."""
    return bool(stop_words(code))
