"""Reported (indirect) speech: “X said that …”, “…, officials said”, “according to X, …”.

``reported_candidates`` finds, sentence by sentence, the reported clause, its cue and the speaker
phrase as written; ``statements`` resolves the phrase to a name in article order. A sentence whose
words after the cue open with a quote mark is direct speech (``quotes`` has it); a reported clause
may hold a short quoted fragment (“she said the plan was “dead””), and then both are kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newscli.analyze.attribution import PARTICIPLES, SPEECH_VERBS, cue_after, last_cue
from newscli.analyze.marks import MARKS
from newscli.lang.registry import resources
from newscli.model import Sentence

_REPORTING = SPEECH_VERBS | PARTICIPLES | resources("en").reporting_verbs
_TRAILING = re.compile(r",\s*(?P<rest>[^,]{2,140})[.!?]?$")
_THAT = re.compile(r"^\s*(?:that\s+)?")
_ACCORDING = re.compile(r"\b[Aa]ccording to\b[^,.;:]*")
_MIN_WORDS = 4
# Only the start of a very long sentence is searched for its cue: attribution sits near the front
# or the end, and the bound keeps the cost of a sentence linear in its length.
_WINDOW = 400


@dataclass(frozen=True)
class Reported:
    """One sentence of reported speech: what is said, who says it (as written) and the cue."""

    text: str
    phrase: str
    """The speaker phrase as the article writes it ("officials", "he", "Jane Roe")."""
    sentence: int
    verb: str
    start: int
    end: int
    """Offsets of ``text`` in the article."""

    @property
    def position(self) -> int:
        return self.start


def reported_candidates(frame: str, sentences: Sequence[Sentence]) -> list[Reported]:
    """The reported speech of every sentence. ``frame`` is the article masked
    (``attribution.mask``) with the words inside quotations blanked (``quotes.blank_quotes``),
    so cues inside quoted words do not count."""
    found = []
    for sentence in sentences:
        body = frame[sentence.start : sentence.end]
        reported = _reported_in(sentence, body)
        if reported is not None:
            found.append(reported)
    return found


def _reported_in(sentence: Sentence, body: str) -> Reported | None:
    # "…, officials said." / "…, said Smith."
    if trailing := _TRAILING.search(body[-200:]):
        rest = trailing.group("rest")
        cue = cue_after(", " + rest)
        if cue and len(rest.split()) <= 12:
            content_end = (
                len(body) - 200 + trailing.start() if len(body) > 200 else trailing.start()
            )
            content = body[:content_end]
            if len(content.split()) >= _MIN_WORDS and not _direct(content):
                return _located(sentence, body, 0, content_end, cue.speaker, cue.verb)
    according = _ACCORDING.search(body[:_WINDOW])
    cue = last_cue(body[:_WINDOW])
    if according and (cue is None or cue.verb == "according to"):
        source = according.group(0)[len("according to") :].strip()
        if according.start() < 3:
            start = according.end() + 1
            return _located(sentence, body, start, len(body), source, "according to")
        return _located(sentence, body, 0, according.start(), source, "according to")
    if cue is None or cue.verb not in _REPORTING:
        return None
    after = cue.start + len(cue.verb)
    that = _THAT.match(body, after)
    start = that.end() if that else after
    if (start < len(body) and body[start] in MARKS) or body[after:start].strip(" ,") == ":":
        return None  # direct speech: said: “…” / said “…”
    return _located(sentence, body, start, len(body), cue.speaker, cue.verb)


def _direct(content: str) -> bool:
    """A clause that is a quotation: opens and ends with marks."""
    stripped = content.strip()
    return bool(stripped) and stripped[0] in MARKS and stripped.rstrip(",")[-1:] in MARKS


def _located(
    sentence: Sentence, body: str, start: int, end: int, phrase: str, verb: str
) -> Reported | None:
    while start < end and (body[start].isspace() or body[start] in ",:"):
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in ".,;:!?"):
        end -= 1
    content = body[start:end]
    if len(content.split()) < _MIN_WORDS or _direct(content):
        return None
    text = sentence.text[start:end]
    return Reported(
        text, phrase.strip(), sentence.index, verb, sentence.start + start, sentence.start + end
    )
