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

from newscli.analyze.names import wordset
from newscli.model import Attribution, Claim, ClaimKind, Sentence
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
    attributions: Sequence[Attribution],
    *,
    count: int = DEFAULT_CLAIMS,
) -> tuple[Claim, ...]:
    """The ``count`` most important, mutually distinct claims, labelled with speaker and kind
    from the article's ``attributions`` (a quote in the sentence wins over reported speech)."""
    if count <= 0 or not sentences:
        return ()
    by_sentence: dict[int, Attribution] = {}
    for attribution in attributions:
        current = by_sentence.get(attribution.sentence)
        if current is None or (current.kind == "reported" and attribution.kind == "quote"):
            by_sentence[attribution.sentence] = attribution
    candidates: list[Claim] = []
    for position, sentence in enumerate(sentences):
        if len(sentence.text.split()) < _MIN_WORDS:
            continue
        base = scores[position] if position < len(scores) else 0.0
        kind, speaker = _label(sentence, by_sentence.get(sentence.index))
        score = base * _BOOST.get(kind, 1.0)
        candidates.append(Claim(sentence.text, speaker, sentence.index, kind, score))
    return _pick(candidates, count)


def _label(sentence: Sentence, attribution: Attribution | None) -> tuple[ClaimKind, str | None]:
    if attribution is not None:
        return attribution.kind, attribution.speaker
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
    return tuple(Claim(c.text, c.speaker, c.sentence, c.kind, c.score / top) for c in picked)


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
