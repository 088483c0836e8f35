"""Keywords: the article's most frequent content words and two-word phrases, as it writes them."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import pairwise

from newscli.analyze.language import stop_words
from newscli.analyze.tokenize import words
from newscli.model import Sentence

# Reporting verbs are everywhere in news and say nothing about the topic.
_REPORTING = frozenset(
    "said says added told according asked stated noted announced reported explained "
    "year years percent week month".split()
)
# A phrase replaces its own words when it accounts for at least this share of their uses.
PHRASE_SHARE = 0.4


def keywords(
    sentences: Sequence[Sentence], *, language: str | None = "en", limit: int = 8
) -> tuple[str, ...]:
    """Up to ``limit`` terms that occur at least twice, most frequent first; phrases win over
    their words when they carry them ("nuclear deal" rather than "nuclear" and "deal")."""
    stops = stop_words(language or "en")
    verdicts: dict[str, str | None] = {}  # token -> its lowercase form if it is a content word
    counts: Counter[str] = Counter()
    surfaces: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for sentence in sentences:
        content: list[str | None] = []
        for token in words(sentence.text):
            if token not in verdicts:
                normal = token.replace("’", "'")
                verdicts[token] = normal.lower() if _is_content(normal, stops) else None
            lower = verdicts[token]
            content.append(lower)
            if lower:
                surfaces[lower][token.replace("’", "'")] += 1
        counts.update(t for t in content if t)
        for a, b in pairwise(content):
            if a and b:
                counts[f"{a} {b}"] += 1
    ranked = sorted(
        (term for term, n in counts.items() if n >= 2),
        key=lambda term: (-counts[term] * (1.5 if " " in term else 1.0), term),
    )
    chosen: list[str] = []
    chosen_words: set[str] = set()  # the words of every chosen term
    for term in ranked:
        if len(chosen) == limit:
            break
        if " " in term:
            parts = term.split()
            if any(counts[term] < PHRASE_SHARE * counts[p] for p in parts):
                continue
            chosen = [c for c in chosen if c not in parts]
        elif term in chosen_words:
            continue
        if term not in chosen:
            chosen.append(term)
            chosen_words.update(term.split())
    return tuple(
        " ".join(_surface(surfaces[part]) for part in term.split()) for term in chosen[:limit]
    )


def _is_content(token: str, stops: frozenset[str]) -> bool:
    lower = token.lower()
    if (
        lower in stops
        or lower in _REPORTING
        or len(token) < 3
        or not any(ch.isalpha() for ch in token)
    ):
        return False
    # Contractions ("it's", "don't") are function words even when a stop list misses them.
    return not ("'" in lower and lower.split("'")[0] in stops)


def _surface(forms: Counter[str]) -> str:
    """The most frequent written form, preferring lowercase on a tie (sentence-initial capitals)."""
    return max(forms.items(), key=lambda item: (item[1], item[0].islower()))[0]
