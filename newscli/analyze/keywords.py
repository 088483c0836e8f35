"""Keywords: frequent content words and two-word phrases."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from newscli.analyze.language import stop_words
from newscli.analyze.tokenize import words
from newscli.model import Sentence


def keywords(
    sentences: Sequence[Sentence], *, language: str | None = "en", limit: int = 8
) -> tuple[str, ...]:
    stops = stop_words(language or "en")
    counts: Counter[str] = Counter()
    for sentence in sentences:
        tokens = [w.lower() for w in words(sentence.text)]
        content = [t if t not in stops and len(t) > 2 and not t.isdigit() else None for t in tokens]
        for token in content:
            if token:
                counts[token] += 1
        for a, b in pairwise(content):
            if a and b:
                counts[f"{a} {b}"] += 2
    chosen: list[str] = []
    for term, count in counts.most_common():
        if count < 2:
            break
        if any(term in c or c in term for c in chosen):
            continue
        chosen.append(term)
        if len(chosen) == limit:
            break
    return tuple(chosen)
