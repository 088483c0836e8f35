"""Key claims: sentences that assert the article's main points, with who makes them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newscli.model import Claim, ClaimKind, Quote, Sentence

_REPORTED = re.compile(
    r"\b(?P<who>(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+)\s+"
    r"(?:said|says|maintains|maintain|claims|claimed|argues|argued|confirmed|believes|insists|"
    r"signaled|signalled|announced|reported)\b"
)
_FIGURE = re.compile(r"\d")

DEFAULT_CLAIMS = 3


def find_claims(
    sentences: Sequence[Sentence],
    scores: Sequence[float],
    quotes: Sequence[Quote],
    *,
    count: int = DEFAULT_CLAIMS,
) -> tuple[Claim, ...]:
    """The ``count`` best-ranked sentences that assert something, labelled with speaker and kind."""
    by_sentence = {q.sentence: q for q in quotes}
    claims: list[Claim] = []
    top = max(scores, default=0.0) or 1.0
    for position in sorted(range(len(sentences)), key=lambda i: -scores[i]):
        sentence = sentences[position]
        quote = by_sentence.get(sentence.index)
        kind: ClaimKind
        speaker: str | None
        if quote is not None:
            kind, speaker = "quote", quote.speaker
        elif match := _REPORTED.search(sentence.text):
            kind, speaker = "reported", match.group("who")
        elif _FIGURE.search(sentence.text):
            kind, speaker = "figure", None
        else:
            kind, speaker = "statement", None
        claims.append(Claim(sentence.text, speaker, sentence.index, kind, scores[position] / top))
        if len(claims) >= count:
            break
    return tuple(claims)
