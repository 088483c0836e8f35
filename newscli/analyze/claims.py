"""Key claims: the sentences that assert the article's main points, each with who makes it.

A claim's score is the sentence's summary score, raised for sentences that attribute an assertion
to someone (a quote or reported speech: "who claims what" is what a claim list is for) and for
figures. Each speaker's best claim is picked first (so one voice cannot crowd out the others),
then the best remaining sentences; a sentence too close in wording to one already picked is
skipped, so no two claims say the same thing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from typing import NamedTuple

from newscli.analyze.attribution import CUE_VERBS
from newscli.analyze.names import PRONOUNS, wordset
from newscli.model import Attribution, Claim, ClaimKind, Sentence
from newscli.options import DEFAULT_CLAIMS

_ATTRIBUTED_BOOST = 1.25
_FIGURE_BOOST = 1.1
_BOOST = {"quote": _ATTRIBUTED_BOOST, "reported": _ATTRIBUTED_BOOST, "figure": _FIGURE_BOOST}
_NEAR_DUPLICATE = 0.5
"""Word-set overlap (Jaccard) above which two sentences count as saying the same thing."""
_FIGURE = re.compile(r"\d|\b(?:percent|per cent|million|billion|trillion)\b")
_DIGIT = re.compile(r"\d")
_FIGURE_NEEDLES = ("percent", "per cent", "illion")
"""Every word of ``_FIGURE`` holds one of these."""
_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = wordset(
    "the a an of to in on and or for with that this is are was were be by as at from it its"
)
_MIN_WORDS = 6
_SENTENCE_CLOSERS = ".!?…\"”’'»)"
# "Challenging: …", "Big reveal: …": a picture caption's label (capitalised words, no verb).
_CAPTION_LABEL = re.compile(r"(?:[A-Z][\w’'\-]*)(?:\s+[a-zA-Z][\w’'\-]*){0,2}:\s+(?=[A-Z])")


def find_claims(
    sentences: Sequence[Sentence],
    scores: Sequence[float],
    attributions: Sequence[Attribution],
    *,
    count: int = DEFAULT_CLAIMS,
    exclude: Collection[int] = (),
) -> tuple[Claim, ...]:
    """The ``count`` most important, mutually distinct claims, labelled with speaker and kind
    from the article's ``attributions``. Sentences in ``exclude`` (the summary's, which the views
    already show with their speakers) and page furniture (captions, headings) are never claims."""
    if count <= 0 or not sentences:
        return ()
    said = said_in(sentences, attributions)
    candidates: list[_Candidate] = []
    for position, sentence in enumerate(sentences):
        # (the split stops at the word that makes a sentence long enough)
        if sentence.index in exclude or len(sentence.text.split(None, _MIN_WORDS - 1)) < _MIN_WORDS:
            continue
        if is_furniture(sentence.text):
            continue
        base = scores[position] if position < len(scores) else 0.0
        kind, speaker = _label(sentence, said.get(sentence.index))
        candidates.append(_Candidate(base * _BOOST.get(kind, 1.0), sentence, kind, speaker))
    return _pick(candidates, count)


class _Candidate(NamedTuple):
    """A sentence that may be a claim: a ``Claim`` is made only of the few that are picked."""

    score: float
    sentence: Sentence
    kind: ClaimKind
    speaker: str | None


def said_in(
    sentences: Sequence[Sentence], attributions: Sequence[Attribution]
) -> dict[int, Attribution]:
    """Sentence index -> the attribution that speaks in it: a quote whose words cover part of the
    sentence wins over reported speech (a quote running over several sentences speaks in each)."""
    starts = [s.start for s in sentences]
    found: dict[int, Attribution] = {}
    for attribution in attributions:
        for a, b in attribution.parts:
            first = max(0, bisect.bisect_right(starts, a) - 1)
            last = max(0, bisect.bisect_left(starts, b) - 1)
            for position in range(first, min(last, len(sentences) - 1) + 1):
                index = sentences[position].index
                current = found.get(index)
                if current is None or (current.kind == "reported" and attribution.kind == "quote"):
                    found[index] = attribution
    return found


def is_furniture(text: str) -> bool:
    """A caption, a heading or a "Scroll down" line rather than a sentence of the story: no
    closing punctuation, the lone spaced full stop of captions ("… in Mexico ."), or a short
    capitalised label before a colon ("Challenging: …")."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] not in _SENTENCE_CLOSERS:
        return True
    if stripped.endswith(" ."):
        return True
    if ":" not in stripped:
        return False  # (the label's colon: a cheap test before the pattern)
    label = _CAPTION_LABEL.match(stripped)
    if label is None:
        return False
    words = stripped[: label.end()].rstrip(": ").lower().split()
    return not any(w in CUE_VERBS or w in PRONOUNS for w in words)


def _label(sentence: Sentence, attribution: Attribution | None) -> tuple[ClaimKind, str | None]:
    if attribution is not None:
        return attribution.kind, attribution.speaker
    if _has_figure(sentence.text):
        return "figure", None
    return "statement", None


def _has_figure(text: str) -> bool:
    """Whether ``_FIGURE`` finds a figure in ``text``, found sooner: the pattern has no prefix to
    skip ahead by and is tried at every position, while a digit alone is searched for quickly,
    and its words only where a substring test finds one."""
    if _DIGIT.search(text) is not None:
        return True
    return any(map(text.__contains__, _FIGURE_NEEDLES)) and _FIGURE.search(text) is not None


def _pick(candidates: list[_Candidate], count: int) -> tuple[Claim, ...]:
    """Best claims first, one per speaker before any speaker gets a second, then the rest; never
    two near-duplicates. Returned best first, scores scaled so the best is 1."""
    ranked = sorted(candidates, key=lambda c: (-c.score, c.sentence.index))
    picked: list[_Candidate] = []
    taken: set[int] = set()  # the picked sentences' indices
    words: list[set[str]] = []
    speakers: set[str] = set()
    for first_pass in (True, False):
        for claim in ranked:
            if len(picked) >= count:
                break
            if claim.sentence.index in taken or (
                first_pass and (claim.speaker is None or claim.speaker in speakers)
            ):
                continue
            own = _content_words(claim.sentence.text)
            if any(_overlap(own, other) > _NEAR_DUPLICATE for other in words):
                continue
            picked.append(claim)
            taken.add(claim.sentence.index)
            words.append(own)
            speakers.add(claim.speaker or "")
    picked.sort(key=lambda c: (-c.score, c.sentence.index))
    top = max((c.score for c in picked), default=0.0) or 1.0
    return tuple(_claim(c, c.score / top) for c in picked)


def _claim(candidate: _Candidate, score: float) -> Claim:
    sentence = candidate.sentence
    return Claim(
        sentence.text,
        candidate.speaker,
        sentence.index,
        candidate.kind,
        score,
        sentence.start,
        sentence.end,
    )


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
