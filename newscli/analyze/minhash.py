"""MinHash signatures of article texts, for grouping near-duplicates (syndicated copies, updates).

Shingling (what two texts are compared on):

1. the text is normalised with Unicode NFKC and case-folded;
2. its tokens are the runs of word characters (``\\w+``: letters, digits, underscore, any script),
   so punctuation, quote styles and whitespace never matter;
3. its shingles are the distinct runs of ``SHINGLE_WORDS`` (5) consecutive tokens, joined by one
   space; a text of fewer tokens is one shingle of all of them; a text without tokens has none.

Each shingle is hashed to 32 bits (the first four bytes of its UTF-8 SHA-1, little-endian), mixed
with the MurmurHash3 32-bit finalizer, and the signature keeps, for each of ``PERMUTATIONS`` (128)
affine permutations ``(a * h + b) mod 2**32`` (``a`` odd), the smallest value over the shingles.
``a`` and ``b`` come from NumPy's ``RandomState(SEED)``, ``SEED = 1``. That is datasketch's default
scheme since its 2.0 ("affine32"): ``datasketch.MinHash(num_perm=128, seed=1)`` fed the same
shingles holds the same values, so a signature loads into datasketch
(``MinHash(hashvalues=signature, scheme="affine32")``) and its LSH index.

The share of equal positions in two signatures estimates the Jaccard similarity of the two
shingle sets (``similarity``); ``bands`` cuts a signature into LSH band keys: texts that share a
band key are candidates for a near-duplicate group (with 16 bands of 8, pairs above ~0.7 similarity
almost always share one, pairs below ~0.3 almost never).
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from collections.abc import Sequence
from functools import cache
from typing import Any

SHINGLE_WORDS = 5
PERMUTATIONS = 128
SEED = 1
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[str]:
    """The text's shingles (see the module's docstring)."""
    tokens = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    if len(tokens) < SHINGLE_WORDS:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + SHINGLE_WORDS]) for i in range(len(tokens) - SHINGLE_WORDS + 1)}


def signature(text: str) -> list[int] | None:
    """The MinHash signature of ``text``: ``PERMUTATIONS`` integers below 2**32, or None for a text
    without a word."""
    import numpy as np

    found = shingles(text)
    if not found:
        return None
    hashes = np.fromiter(
        (_hash32(shingle.encode("utf-8")) for shingle in found), dtype=np.uint32, count=len(found)
    ).reshape(-1, 1)
    a, b = _permutations()
    # uint32 arithmetic wraps around: it is the modulo 2**32 of the permutations.
    permuted = _fmix32(hashes) * a + b
    return [int(value) for value in permuted.min(axis=0)]


def similarity(first: Sequence[int], second: Sequence[int]) -> float:
    """The estimated Jaccard similarity of the shingle sets behind two signatures."""
    if len(first) != len(second) or not first:
        raise ValueError("signatures of different lengths cannot be compared")
    return sum(1 for x, y in zip(first, second, strict=True) if x == y) / len(first)


def bands(signature: Sequence[int], count: int = 16) -> list[str]:
    """LSH band keys: ``count`` slices of the signature, each as ``"<band>:<hex digest>"``."""
    if count <= 0 or len(signature) % count:
        raise ValueError(f"{len(signature)} values do not split into {count} bands")
    size = len(signature) // count
    keys = []
    for band in range(count):
        values = signature[band * size : (band + 1) * size]
        digest = hashlib.blake2b(struct.pack(f"<{size}Q", *values), digest_size=8).hexdigest()
        keys.append(f"{band}:{digest}")
    return keys


def _hash32(data: bytes) -> int:
    value: int = struct.unpack("<I", hashlib.sha1(data).digest()[:4])[0]
    return value


def _fmix32(values: Any) -> Any:
    """MurmurHash3's 32-bit finalizer: spreads the bits of each value (a bijection)."""
    import numpy as np

    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


@cache
def _permutations() -> tuple[Any, Any]:
    """The permutations' ``a`` (odd) and ``b``, drawn as datasketch draws them."""
    import numpy as np

    generator = np.random.RandomState(SEED)
    a = generator.randint(0, 1 << 31, PERMUTATIONS, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, PERMUTATIONS, dtype=np.uint32)
    return a, b
