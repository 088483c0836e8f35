"""Who says what in an article: direct quotes, reported speech and quoted phrases, in one result.

``find_statements`` collects the quote candidates (``quotes``) and the reported-speech candidates
(``reported``), each with its speaker phrase as written, and resolves the phrases in article
order with one ``speakers.Discourse``, so a pronoun after a reported statement ("Jane Roe said the
plan would fail. “It is a mistake,” she added.") points to the speaker of that statement. The
result holds ``Attribution`` records in article order, each with character offsets into the
article text (``Attribution.parts`` holds one pair per stretch of a quote's words).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newscli.analyze.attribution import mask
from newscli.analyze.grammar import grammar
from newscli.analyze.grammar_de_fr_es import CONTINUES
from newscli.analyze.names import build_index
from newscli.analyze.quotes import (
    Candidate,
    blank_quotes,
    quote_candidates,
    quote_groups,
    to_quote,
)
from newscli.analyze.reported import Reported, reported_candidates
from newscli.analyze.speakers import Discourse
from newscli.analyze.speakers_de_fr_es import DeFrEsDiscourse
from newscli.lang.registry import resources
from newscli.model import Attribution, Quote, Sentence

# A quote that opens its sentence goes on with the last speaker when it comes this soon after.
_CONTINUATION_CHARS = 600


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
    masked = mask(text)
    rules = grammar(language)
    groups = quote_groups(text, masked, rules)
    frame = blank_quotes(masked, groups)
    candidates = quote_candidates(masked, frame, groups, rules)
    clauses = reported_candidates(frame, sentences, rules)
    events: list[Candidate | Reported] = [*candidates, *clauses]
    if not events:
        # Reading the discourse (names, referents, each sentence's subject) is most of the cost,
        # and only resolving a statement's speaker needs it.
        return Statements((), (), ())
    events.sort(key=lambda e: e.position)
    discourse: Discourse | DeFrEsDiscourse = (
        Discourse(build_index(text), sentences, resources(language), text, frame, language)
        if rules.english
        else DeFrEsDiscourse(text, sentences, resources(language), frame)
    )
    quotes: list[Quote] = []
    phrases: list[Quote] = []
    attributions: list[Attribution] = []
    previous: str | None = None
    reported: Attribution | None = None
    starts = [s.start for s in sentences]
    for event in events:
        if isinstance(event, Reported):
            if event.phrase == CONTINUES and isinstance(discourse, DeFrEsDiscourse):
                # German Konjunktiv I: the sentence goes on with the source before it.
                speaker = discourse.continued(event.position)
            else:
                speaker = discourse.resolve(event.phrase, event.speaker_at)
            if speaker is None:
                continue
            discourse.said(speaker, event.end)
            reported = Attribution(
                "reported",
                event.text,
                speaker,
                event.verb,
                event.sentence,
                event.start,
                event.end,
                ((event.start, event.end),),
            )
            attributions.append(reported)
            continue
        asked = bool(quotes) and quotes[-1].text.rstrip().endswith("?")
        speaker = _quote_speaker(event, discourse, previous, asked=asked)
        if event.how != "explicit" and _inside(event, reported):
            # "Milley told US media that its forces are likely to remain “for several more
            # years”": words quoted inside a reported statement are its speaker's.
            assert reported is not None
            speaker = reported.speaker
        quote = to_quote(text, event, speaker, sentences, starts)
        if quote is None:
            continue
        if quote.kind == "phrase":
            phrases.append(quote)
            continue
        previous = speaker
        discourse.said(speaker, event.parts[-1].end)
        quotes.append(quote)
        attributions.append(
            Attribution(
                "quote",
                quote.text,
                speaker,
                quote.cue,
                quote.sentence,
                quote.parts[0][0],
                quote.parts[-1][1],
                quote.parts,
            )
        )
    attributions.sort(key=lambda a: (a.start, a.end))
    return Statements(tuple(attributions), tuple(quotes), tuple(phrases))


def find_all(text: str, sentences: Sequence[Sentence]) -> tuple[Quote, ...]:
    """Quotes and quoted phrases (``kind`` tells them apart), in article order."""
    found = find_statements(text, sentences)
    return tuple(sorted((*found.quotes, *found.phrases), key=lambda q: q.start))


def find_quotes(text: str, sentences: Sequence[Sentence]) -> tuple[Quote, ...]:
    """The direct quotes of the article body ``text``, each with its speaker."""
    return find_statements(text, sentences).quotes


def _inside(candidate: Candidate, reported: Attribution | None) -> bool:
    return reported is not None and (
        reported.start <= candidate.parts[0].start and candidate.parts[-1].end <= reported.end + 1
    )


def _quote_speaker(
    candidate: Candidate,
    discourse: Discourse | DeFrEsDiscourse,
    previous: str | None,
    *,
    asked: bool = False,
) -> str | None:
    if candidate.how in ("explicit", "subject"):
        if isinstance(discourse, DeFrEsDiscourse):
            # Its pronouns take up what the article said before the quotation.
            return discourse.resolve(candidate.phrase, candidate.position)
        return discourse.resolve(candidate.phrase, candidate.speaker_at)
    if candidate.how == "same_sentence":
        return previous
    if candidate.how == "continues":
        if asked and isinstance(discourse, DeFrEsDiscourse):
            # An answer to the quoted question before it: the other party of the exchange.
            answerer = discourse.other_party(candidate.position)
            if answerer:
                return answerer
        near = 0 <= candidate.position - discourse.last_speaker_at < _CONTINUATION_CHARS
        return discourse.last_speaker if near else None
    return None
