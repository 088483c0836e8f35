"""The registry of per-language resources: one typed record per language, loaded on first use.

Each language module (``newscli/lang/en.py``, ``de.py``, ...) defines ``RESOURCES``, a
``Resources`` record of plain word sets; ``resources(code)`` imports it the first time it is asked
for, so importing newscli loads no language it does not need. ``every_language()`` gives all of
them, for stages that do not know the language of their text (sentence splitting, byline dates).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

Gender = Literal["male", "female"]

# Languages with a module here; the order is the order ``every_language`` returns them in.
CODES = ("en", "de", "fr", "es", "it", "pt", "cs")


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (word lists stay readable in the source)."""
    return frozenset(text.split())


def ordered(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``text``, in order (months)."""
    return tuple(text.split())


@dataclass(frozen=True)
class Resources:
    """What newscli knows about one language. Every word is lower-case."""

    code: str
    months: tuple[str, ...] = ()
    """Month names, January first."""
    month_abbreviations: frozenset[str] = frozenset()
    """Short month forms written with a period ("jan", "sept")."""
    weekdays: frozenset[str] = frozenset()
    date_words: frozenset[str] = frozenset()
    """Words that sit beside a date on a date line ("updated", "published", "am")."""
    titles: frozenset[str] = frozenset()
    """Honorifics and role words that stand before a name and are not part of it ("mr",
    "president", "spokesman")."""
    male_titles: frozenset[str] = frozenset()
    """Titles that say the person is a man ("mr", "sir"): a gender hint that is no name list."""
    female_titles: frozenset[str] = frozenset()
    title_abbreviations: frozenset[str] = frozenset()
    """Abbreviated titles, nearly always followed by a name: their period never ends a sentence."""
    abbreviations: frozenset[str] = frozenset()
    """Abbreviations that may end a sentence: a boundary only when a sentence opener follows."""
    number_abbreviations: frozenset[str] = frozenset()
    """Abbreviations that stand before a number ("no. 5"): no boundary before a digit."""
    ordinal_before: frozenset[str] = frozenset()
    """Words after which a number with a period is an ordinal, not a sentence end ("im 16.")."""
    sentence_openers: frozenset[str] = frozenset()
    """Capitalised words that typically open a sentence (and so never continue a name)."""
    speech_verbs: frozenset[str] = frozenset()
    """Finite verbs that attribute words to a speaker ("said", "sagte", "déclaré")."""
    reporting_verbs: frozenset[str] = frozenset()
    """Verbs that report what someone thinks or calls something, without being speech
    ("believes", "called", "described")."""
    manner_verbs: frozenset[str] = frozenset()
    """Verbs that attribute only right after a quotation ("“No,” she laughed")."""
    participles: frozenset[str] = frozenset()
    """Participles that attribute ("saying", "adding")."""
    according_to: tuple[str, ...] = ()
    """Phrases that put the source after them ("according to", "selon", "laut")."""
    according_after: tuple[str, ...] = ()
    """Postpositions that put the source before them ("zufolge": "dem Bericht zufolge")."""
    auxiliaries: frozenset[str] = frozenset()
    """Words that may stand between a speaker and its verb ("has", "also", "later")."""
    determiners: frozenset[str] = frozenset()
    person_pronouns: dict[str, Gender | None] = field(default_factory=dict)
    """Pronouns that can be a speaker, with the gender they refer to (None: any, or plural)."""
    not_speakers: frozenset[str] = frozenset()
    """Pronouns and words that open a sentence but never name a speaker ("it", "es", "il" as
    impersonal)."""
    time_words: frozenset[str] = frozenset()
    """Days and times that may stand between a speaker and the verb ("Jones on Monday said")."""
    organisation_heads: frozenset[str] = frozenset()
    """Generic words that make a noun phrase a body that can speak ("police", "ministry")."""
    place_heads: frozenset[str] = frozenset()
    """Last words of the names of places and buildings ("hotel", "stadium"): such a name is not
    a person a pronoun can point to."""
    person_nouns: frozenset[str] = frozenset()
    """Nouns naming a person by role or relation ("neighbour", "psychiatrist", "resident"): a
    description with one of them as its head is a person, and one before a name is a role
    ("psychiatrist Paul Mullen"). Words ending in -ist, -er, -or or -ian count as well."""
    male_nouns: frozenset[str] = frozenset()
    """Nouns that say a person is a man ("father", "Frenchman"): gender evidence from the
    article's own words, not from a list of first names. Role words used for either sex
    ("chairman", "spokesman") are not among them."""
    female_nouns: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()
    """Heads of descriptions of a body that can speak ("the company", "the developer", "the
    club"), beside the heads of bodies' names (``organisation_heads``)."""
    public_body_nouns: frozenset[str] = frozenset()
    """Heads of public bodies ("council", "ministry", "court"): "the company" never points to
    one of them."""
    document_nouns: frozenset[str] = frozenset()
    """Documents that say things ("the report", "the complaint", "a statement"): their author
    speaks through them."""
    quote_marks: tuple[tuple[str, str], ...] = ()
    """The opening and closing marks this language's press uses, outer style first."""
    dialogue_dash: bool = False
    """Dialogue may be led by a dash (— ¿Vienes?), as in Spanish and French."""


@cache
def resources(code: str | None) -> Resources:
    """The resources of the language ``code``; English when there is no module for it."""
    name = (code or "en").lower()
    if name not in CODES:
        name = "en"
    module = importlib.import_module(f"newscli.lang.{name}")
    found: Resources = module.RESOURCES
    return found


@cache
def every_language() -> tuple[Resources, ...]:
    """Every language's resources (for stages that work before the language is known)."""
    return tuple(resources(code) for code in CODES)


def union(sets: Iterable[frozenset[str]]) -> frozenset[str]:
    result: set[str] = set()
    for words_ in sets:
        result |= words_
    return frozenset(result)
