"""The attribution grammar of a language: how a speaker and a speech verb are written around a
quotation or a reported clause.

English has its own, richer rules in ``attribution``. German, French and Spanish share one
grammar built from their ``newscli.lang`` resources (``grammar_de_fr_es``), because their news
attributes speech in the same few shapes; Czech uses it too, with the rules its lack of articles
asks for (marked ``code == "cs"`` where they are).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from newscli.analyze import attribution
from newscli.analyze.attribution import Cue
from newscli.lang.registry import resources


@dataclass(frozen=True)
class Grammar:
    """The attribution rules of one language, as functions over the text around a quote."""

    code: str
    cue_after: Callable[[str, bool], Cue | None]
    """The attribution right after a closing mark (the text after it, whether the quote ended
    open with a comma, ? or !)."""
    cue_before: Callable[[str], Cue | None]
    """The attribution in the sentence before an opening mark."""
    all_cues: Callable[[str], list[Cue]]
    """Every cue with its speaker in a sentence (for reported speech)."""
    sentence_subject: Callable[[str], str | None]
    has_cue: Callable[[str], bool]
    """A cue without a speaker (a participle, "according to") in the text."""
    reports_speech: Callable[[str], bool]
    clause_openers: tuple[str, ...]
    """Words that open a reported clause after the verb ("that", "dass", "que")."""
    english: bool = False
    closing_cue: Callable[[str], Cue | None] | None = None
    """An attribution that is a sentence of its own after a quotation ("Soweit Struve.")."""
    reported: Callable[[str], list[tuple[str, str, int, int]]] | None = None
    """The reported statements of a sentence: (speaker phrase, cue, start, end) of each."""
    dialogue_dash: bool = False
    """Dialogue turns may open with a dash and attributions sit between dashes."""
    turn_labels: dict[str, str] = field(default_factory=dict)
    """Interview labels and their roles ("frage": "question", "antwort": "answer")."""
    own_voices: frozenset[str] = frozenset()
    """The roles of a broadcast transcript's own voices ("host", "byline"), lower case."""
    names_a_work: Callable[[str, str], bool] | None = None
    """True when a quotation stands where a noun stands and so names a work, a paper or a
    slogan (the sentence before it, the quoted words)."""


def _english_after(following: str, ends_open: bool) -> Cue | None:
    return attribution.cue_after(following, quote_ends_open=ends_open)


@cache
def grammar(code: str | None) -> Grammar:
    """The attribution grammar for the language ``code`` (English when there is none)."""
    language = resources(code)
    if language.code == "en" or not language.speech_verbs:
        return Grammar(
            code="en",
            cue_after=_english_after,
            cue_before=attribution.cue_before,
            all_cues=attribution.all_cues,
            sentence_subject=attribution.sentence_subject,
            has_cue=attribution.has_cue,
            reports_speech=attribution.reports_speech,
            clause_openers=("that",),
            english=True,
            own_voices=language.own_voices,
        )
    # Loaded only for an article in one of these languages (it costs start-up time).
    from newscli.analyze.grammar_de_fr_es import Rules

    rules = Rules(language)
    return Grammar(
        code=language.code,
        cue_after=rules.cue_after,
        cue_before=rules.cue_before,
        all_cues=rules.all_cues,
        sentence_subject=rules.sentence_subject,
        has_cue=rules.has_cue,
        reports_speech=rules.reports_speech,
        clause_openers=rules.openers,
        closing_cue=rules.closing_cue,
        reported=rules.reported,
        dialogue_dash=language.dialogue_dash,
        names_a_work=rules.names_a_work,
        turn_labels=language.turn_labels,
        own_voices=language.own_voices,
    )
