"""Who says what in an article: direct quotes, reported speech and quoted phrases, in one result.

``find_statements`` runs the quote finder and the reported-speech finder over the same sentences
and merges them into ``Attribution`` records in article order, each with character offsets into
the article text (``Attribution.parts`` holds one pair per stretch of a quote's words).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newscli.analyze.quotes import find_all
from newscli.analyze.reported import find_reported
from newscli.model import Attribution, Quote, Sentence


@dataclass(frozen=True)
class Statements:
    """Everything said in one article."""

    attributions: tuple[Attribution, ...]
    """Quotes and reported speech, in article order."""
    quotes: tuple[Quote, ...]
    phrases: tuple[Quote, ...]
    """Quoted words that are nobody's speech."""


def find_statements(
    text: str, sentences: Sequence[Sentence], language: str | None = None
) -> Statements:
    """Quotes, reported speech and phrases of the article body ``text``."""
    del language  # English rules for now
    found = find_all(text, sentences)
    quotes = tuple(q for q in found if q.kind == "quote")
    phrases = tuple(q for q in found if q.kind == "phrase")
    attributions = [
        Attribution(
            kind="quote",
            text=q.text,
            speaker=q.speaker,
            cue=q.cue,
            sentence=q.sentence,
            start=q.parts[0][0] if q.parts else q.start,
            end=q.parts[-1][1] if q.parts else q.end,
            parts=q.parts or ((q.start, q.end),),
        )
        for q in quotes
    ]
    for reported in find_reported(text, sentences):
        attributions.append(
            Attribution(
                kind="reported",
                text=reported.text,
                speaker=reported.speaker,
                cue=reported.verb,
                sentence=reported.sentence,
                start=reported.start,
                end=reported.end,
                parts=((reported.start, reported.end),),
            )
        )
    attributions.sort(key=lambda a: (a.start, a.end))
    return Statements(tuple(attributions), quotes, phrases)
