"""Reported (indirect) speech: “X said that …”, “…, officials said”, “according to X, …”."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newscli.analyze.attribution import (
    PARTICIPLES,
    SPEECH_VERBS,
    is_pronoun,
    last_cue,
    speaker_after,
)
from newscli.analyze.names import NameIndex, build_index
from newscli.lang.registry import resources
from newscli.model import Sentence

_QUOTE_MARKS = re.compile('["“”„«»]')
_REPORTING = SPEECH_VERBS | PARTICIPLES | resources("en").reporting_verbs
_TRAILING = re.compile(r",\s*(?P<rest>[^,]{2,140})[.!?]?$")
_THAT = re.compile(r"^\s*(?:that\s+)?")


@dataclass(frozen=True)
class Reported:
    """One sentence of reported speech: what is said, and who says it (as written, resolved)."""

    text: str
    speaker: str
    sentence: int
    verb: str
    start: int = 0
    end: int = 0
    """Offsets of ``text`` in the article (``Sentence`` offsets plus its place in the sentence)."""


def find_reported(text: str, sentences: Sequence[Sentence]) -> tuple[Reported, ...]:
    """Sentences that report what someone says, without quote marks."""
    names = build_index(text)
    found: list[Reported] = []
    last: str | None = None
    for sentence in sentences:
        reported = reported_in(sentence, names, last)
        if reported is not None:
            found.append(reported)
            last = reported.speaker
    return tuple(found)


def reported_in(
    sentence: Sentence,
    names: NameIndex,
    last_speaker: str | None = None,
    *,
    quoted: bool = False,
) -> Reported | None:
    """The reported speech in ``sentence``, if it is one. Sentences with quote marks are direct
    speech and skipped, unless ``quoted`` (claims take the speaker of either)."""
    body = sentence.text
    if not quoted and _QUOTE_MARKS.search(body):
        return None
    # "…, officials said." / "…, said Smith."
    if trailing := _TRAILING.search(body):
        who = speaker_after(", " + trailing.group("rest"))
        if who and len(trailing.group("rest").split()) <= 12:
            content = body[: trailing.start()].strip()
            speaker = _resolve(who, names, last_speaker)
            if speaker and len(content.split()) >= 4:
                return _located(sentence, content, speaker, "said")
    cue = last_cue(body)
    if cue is None or (cue.verb not in _REPORTING and cue.verb != "according to"):
        return None
    if cue.verb == "according to":
        content = body
    else:
        content = _THAT.sub("", body[cue.start + len(cue.verb) :], count=1).strip()
    speaker = _resolve(cue.speaker, names, last_speaker)
    if speaker is None or len(content.split()) < 4:
        return None
    return _located(sentence, content.rstrip("."), speaker, cue.verb)


def _located(sentence: Sentence, content: str, speaker: str, verb: str) -> Reported:
    at = max(0, sentence.text.find(content))
    start = sentence.start + at
    return Reported(content, speaker, sentence.index, verb, start, start + len(content))


def _resolve(phrase: str, names: NameIndex, last_speaker: str | None) -> str | None:
    if is_pronoun(phrase):
        return last_speaker if phrase.lower() in ("he", "she", "they") else None
    return names.resolve(phrase)
