"""MinHash signatures of texts: fixed-size sketches whose agreement estimates set overlap.

Two kinds of set describe an article:

- ``text_shingles``: every run of ``SHINGLE_WORDS`` consecutive words (lowercased). Two copies of a
  wire story share most of them, even with a new headline, a changed dateline, a trimmed ending or
  an added paragraph; two different stories share almost none (measured: the 99.9th percentile of
  the overlap between distinct articles is under 1%).
- ``content_words``: the distinct words that are not stop words, numbers or one or two letters long.
  Articles about the same story share many of them even when written independently.

A signature holds, for each of ``num_perm`` hash functions, the smallest hash of any member; the
share of equal positions in two signatures estimates the Jaccard index of the two sets. Hash
values are stable across processes, machines and versions (CRC-32 of the words, then fixed
multiply-shift functions derived from a SplitMix64 sequence; ``SKETCH_VERSION`` names the
scheme), so signatures can be stored and compared later. Used by the store's clustering; usable
on any text (WARC records, say): ``sketch(text, stop_words)``, or ``text_shingles`` and
``signature`` for one kind of set.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

SHINGLE_WORDS = 5
"""Words per shingle: long enough that distinct articles share almost none."""
TEXT_PERM = 128
"""Hash functions in a text (wire-copy) signature."""
WORDS_PERM = 96
"""Hash functions in a content-word (same-story) signature."""
SEED = 0x6E657773636C69  # "newscli"
SKETCH_VERSION = f"crc32-words{SHINGLE_WORDS}-multiply-shift-{TEXT_PERM}/{WORDS_PERM}"
"""Names how signatures are made; a store keeps it, and sketches made otherwise are not compared."""

Hashes = npt.NDArray[np.uint64]
Signature = npt.NDArray[np.uint32]

# ASCII punctuation separates words; everything else that is not white space belongs to one
# (bytes.translate and bytes.split run in C: five times faster than a Unicode \w+ regex).
_PUNCTUATION_TO_SPACE = bytes.maketrans(rb"""!"#$%&'()*+,-./:;<=>?@[\]^`{|}~""", b" " * 31)
_MASK64 = (1 << 64) - 1
_SHINGLE_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
EMPTY = np.uint32(0xFFFFFFFF)
"""Every position of the signature of an empty set (it matches nothing)."""


def words_of(text: str) -> list[bytes]:
    """The lowercased words of ``text`` as UTF-8: runs of characters that are neither white space
    nor ASCII punctuation (any script; a curly quote mark stays with its word)."""
    return text.lower().encode("utf-8", "surrogatepass").translate(_PUNCTUATION_TO_SPACE).split()


def _word_hashes(words: Iterable[bytes]) -> Hashes:
    return np.fromiter(map(zlib.crc32, words), dtype=np.uint64)


def text_shingles(text: str | list[bytes], size: int = SHINGLE_WORDS) -> Hashes:
    """Distinct 64-bit hashes of the runs of ``size`` consecutive words of ``text``, sorted (a
    text shorter than ``size`` words is one shingle; an empty text has none). ``text`` may be
    given as its ``words_of``."""
    hashes = _word_hashes(words_of(text) if isinstance(text, str) else text)
    if len(hashes) == 0:
        return hashes
    if len(hashes) < size:
        size = len(hashes)
    count = len(hashes) - size + 1
    combined = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(size):
            combined *= _SHINGLE_MULTIPLIER
            combined += hashes[offset : offset + count]
    return _distinct(combined)


def _distinct(values: Hashes) -> Hashes:
    """The distinct values, sorted (``np.unique`` without its overhead for small arrays)."""
    values.sort()
    if len(values) < 2:
        return values
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def content_words(text: str | list[bytes], stop_words: frozenset[str]) -> Hashes:
    """Distinct hashes of the words of ``text`` that carry content: not stop words, not numbers,
    at least three bytes long. ``text`` may be given as its ``words_of``."""
    words = words_of(text) if isinstance(text, str) else text
    # The set difference runs in C; only the distinct remaining words are looked at one by one.
    kept = [w for w in set(words) - _encoded(stop_words) if len(w) > 2 and not w.isdigit()]
    return _distinct(_word_hashes(kept))


@lru_cache(maxsize=16)
def _encoded(words: frozenset[str]) -> frozenset[bytes]:
    return frozenset(w.lower().encode("utf-8") for w in words)


def _splitmix64(state: int) -> tuple[int, int]:
    state = (state + 0x9E3779B97F4A7C15) & _MASK64
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK64
    return state, z ^ (z >> 31)


@lru_cache(maxsize=8)
def permutations(num_perm: int, seed: int = SEED) -> Hashes:
    """The odd multipliers ``a`` of ``num_perm`` multiply-shift hash functions
    ``h(x) = (a * x mod 2**64) >> 32``, the same on every machine: they come from SplitMix64, not
    from NumPy's generators."""
    values: list[int] = []
    state = seed
    for _ in range(num_perm):
        state, value = _splitmix64(state)
        values.append(value | 1)
    return np.array(values, dtype=np.uint64)


def signature(hashes: Hashes, num_perm: int, seed: int = SEED) -> Signature:
    """The MinHash signature of the set ``hashes``: ``num_perm`` 32-bit minima.

    The high half of a product orders like the product, so the minimum is taken over the 64-bit
    products and only the ``num_perm`` minima are shifted: one multiplication per member and
    function, nothing else."""
    if len(hashes) == 0:
        return np.full(num_perm, EMPTY, dtype=np.uint32)
    a = permutations(num_perm, seed)
    lowest = np.full(num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
    # Blocks of rows keep the (rows x num_perm) products small for very long texts.
    block = 2048
    buffer = np.empty((min(block, len(hashes)), num_perm), dtype=np.uint64)
    for start in range(0, len(hashes), block):
        part = hashes[start : start + block, None]
        work = buffer[: len(part)]
        np.multiply(part, a, out=work)
        np.minimum(lowest, work.min(axis=0), out=lowest)
    return (lowest >> np.uint64(32)).astype(np.uint32)


@dataclass(frozen=True)
class TextSketch:
    """What clustering needs to know about one text: both signatures and the set sizes."""

    shingles: int
    """Number of distinct shingles (for the overlap coefficient)."""
    text_signature: Signature
    words: int
    """Number of distinct content words."""
    words_signature: Signature


def sketch(text: str, stop_words: frozenset[str]) -> TextSketch:
    tokens = words_of(text)
    shingles = text_shingles(tokens)
    words = content_words(tokens, stop_words)
    return TextSketch(
        shingles=len(shingles),
        text_signature=signature(shingles, TEXT_PERM),
        words=len(words),
        words_signature=signature(words, WORDS_PERM),
    )


def estimate_jaccard(first: Signature, second: Signature) -> float:
    """The share of positions where two signatures agree (0 when either set is empty)."""
    if first[0] == EMPTY and bool((first == EMPTY).all()):
        return 0.0
    return float(np.count_nonzero(first == second)) / len(first)


def overlap_from_jaccard(jaccard: float, size_a: int, size_b: int) -> float:
    """The overlap coefficient ``|A ∩ B| / min(|A|, |B|)`` implied by a Jaccard index and the
    sizes: ``|A ∩ B| = J (|A| + |B|) / (1 + J)``. A trimmed copy is mostly contained in its
    original even when the Jaccard index is modest."""
    smaller = min(size_a, size_b)
    if smaller <= 0:
        return 0.0
    return min(1.0, jaccard * (size_a + size_b) / ((1.0 + jaccard) * smaller))
