"""Key claims: the sentences that assert the article's main points, each with who makes it.

A claim's score is the sentence's summary score, raised for sentences that attribute an assertion
to someone (a quote or reported speech: "who claims what" is what a claim list is for) and for
figures. Each speaker's best claim is picked first (so one voice cannot crowd out the others),
then the best remaining sentences; a sentence too close in wording to one already picked is
skipped, so no two claims say the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newscli.analyze.names import NameIndex, build_index, wordset
from newscli.analyze.reported import reported_in
from newscli.model import Claim, ClaimKind, Quote, Sentence
from newscli.options import DEFAULT_CLAIMS

_ATTRIBUTED_BOOST = 1.25
_FIGURE_BOOST = 1.1
_BOOST = {"quote": _ATTRIBUTED_BOOST, "reported": _ATTRIBUTED_BOOST, "figure": _FIGURE_BOOST}
_NEAR_DUPLICATE = 0.5
"""Word-set overlap (Jaccard) above which two sentences count as saying the same thing."""
_FIGURE = re.compile(r"\d|\b(?:percent|per cent|million|billion|trillion)\b")
_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = wordset(
    "the a an of to in on and or for with that this is are was were be by as at from it its"
)
_MIN_WORDS = 6


def find_claims(
    sentences: Sequence[Sentence],
    scores: Sequence[float],
    quotes: Sequence[Quote],
    *,
    count: int = DEFAULT_CLAIMS,
    text: str | None = None,
) -> tuple[Claim, ...]:
    """The ``count`` most important, mutually distinct claims, labelled with speaker and kind.

    ``text`` is the article body (for resolving speakers' full names); without it names are
    resolved within each sentence only.
    """
    if count <= 0 or not sentences:
        return ()
    names = build_index(text if text is not None else " ".join(s.text for s in sentences))
    by_sentence: dict[int, Quote] = {}
    for quote in quotes:
        by_sentence.setdefault(quote.sentence, quote)
    candidates: list[Claim] = []
    for position, sentence in enumerate(sentences):
        if len(sentence.text.split()) < _MIN_WORDS:
            continue
        base = scores[position] if position < len(scores) else 0.0
        kind, speaker = _label(sentence, by_sentence.get(sentence.index), names)
        score = base * _BOOST.get(kind, 1.0)
        candidates.append(
            Claim(sentence.text, speaker, sentence.index, kind, score, sentence.start, sentence.end)
        )
    return _pick(candidates, count)


def _label(
    sentence: Sentence, quote: Quote | None, names: NameIndex
) -> tuple[ClaimKind, str | None]:
    if quote is not None:
        return "quote", quote.speaker
    reported = reported_in(sentence, names, quoted=True)
    if reported is not None:
        return "reported", reported.speaker
    if _FIGURE.search(sentence.text):
        return "figure", None
    return "statement", None


def _pick(candidates: list[Claim], count: int) -> tuple[Claim, ...]:
    """Best claims first, one per speaker before any speaker gets a second, then the rest; never
    two near-duplicates. Returned best first, scores scaled so the best is 1."""
    ranked = sorted(candidates, key=lambda c: (-c.score, c.sentence))
    picked: list[Claim] = []
    words: list[set[str]] = []
    speakers: set[str] = set()
    for first_pass in (True, False):
        for claim in ranked:
            if len(picked) >= count:
                break
            if claim in picked or (
                first_pass and (claim.speaker is None or claim.speaker in speakers)
            ):
                continue
            own = _content_words(claim.text)
            if any(_overlap(own, other) > _NEAR_DUPLICATE for other in words):
                continue
            picked.append(claim)
            words.append(own)
            speakers.add(claim.speaker or "")
    picked.sort(key=lambda c: (-c.score, c.sentence))
    top = max((c.score for c in picked), default=0.0) or 1.0
    return tuple(replace(c, score=c.score / top) for c in picked)


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
