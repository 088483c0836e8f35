"""Bag-of-words sentence similarity with bounded cost: TF-IDF cosine inside a sliding window.

A full similarity matrix is quadratic in the number of sentences; a book has ten thousand. News
centrality only needs nearby sentences, so every pair further apart than ``window`` is skipped and
the cost grows linearly with the input.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

Vector = dict[str, float]


@dataclass(frozen=True)
class Centrality:
    """Summed similarity of each sentence to the sentences after it and before it, in the window."""

    forward: tuple[float, ...]
    backward: tuple[float, ...]


def tfidf_vectors(bags: Sequence[Sequence[str]]) -> list[Vector]:
    """Unit-length TF-IDF vectors, the document frequencies counted over ``bags`` themselves."""
    counts = [Counter(bag) for bag in bags]
    df = Counter(chain.from_iterable(counts))  # (a Counter iterates over its terms)
    n = len(bags)
    idf = {term: math.log((n + 1) / (c + 0.5)) + 1.0 for term, c in df.items()}
    vectors: list[Vector] = []
    for count in counts:
        # Sublinear term frequency: a word repeated in one sentence is not that much more central.
        vector = {term: (1.0 + math.log(c)) * idf[term] for term, c in count.items()}
        norm = math.sqrt(sum([v * v for v in vector.values()])) or 1.0
        vectors.append({term: v / norm for term, v in vector.items()})
    return vectors


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two unit vectors."""
    # The key-set intersection runs in C; most sentence pairs share no word at all.
    return sum([a[term] * b[term] for term in a.keys() & b.keys()])


def windowed_centrality(vectors: Sequence[Vector], window: int) -> Centrality:
    """Each sentence's similarity to the ``window`` sentences after it, and to those before it.

    Walks each term's postings instead of every pair of sentences: most pairs share no word, so
    only the products that are not zero are ever computed.
    """
    n = len(vectors)
    forward = [0.0] * n
    backward = [0.0] * n
    last_seen: dict[str, list[tuple[int, float]]] = {}
    for j, vector in enumerate(vectors):
        behind = 0.0  # backward[j], summed in the same order
        for term, weight in vector.items():
            postings = last_seen.get(term)
            if postings is None:
                last_seen[term] = [(j, weight)]
                continue
            # Earlier sentences that used the term and are still within the window of j.
            while postings and postings[0][0] < j - window:
                postings.pop(0)
            for i, earlier in postings:
                product = earlier * weight
                forward[i] += product
                behind += product
            postings.append((j, weight))
        backward[j] = behind
    return Centrality(tuple(forward), tuple(backward))
