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
    thought_verbs: frozenset[str] = frozenset()
    """Verbs that tell what someone thinks, feels or believes ("thought", "hoped"): in a story
    the narrator reports a thought with them, not something said."""
    manner_verbs: frozenset[str] = frozenset()
    """Verbs that attribute only right after a quotation ("“No,” she laughed")."""
    participles: frozenset[str] = frozenset()
    """Participles that attribute ("saying", "adding")."""
    according_to: tuple[str, ...] = ()
    """Phrases that put the source after them ("according to", "selon", "laut")."""
    according_nouns: frozenset[str] = frozenset()
    """Nouns of "nach Angaben/Erkenntnissen/Informationen X" (German): the source after them."""
    possessives: dict[str, str] = field(default_factory=dict)
    """Possessive determiners and the pronoun they stand for ("seiner": "er"): "nach seiner
    Einschätzung" is his."""
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
    newcomer_nouns: frozenset[str] = frozenset()
    """Nouns for a person the story has not met yet ("the stranger", "the newcomer"): a
    description with one of them as its head introduces someone; it does not point back to a
    person the story already knows."""
    family_names: frozenset[str] = frozenset()
    """Words a family calls its own by, written as names ("Pa came in", "said Mother"): a person
    of the gender ``male_nouns``/``female_nouns`` give the word."""
    companion_nouns: frozenset[str] = frozenset()
    """What a first-person narrator calls the one they go about with ("said my companion"):
    the person the story names most."""
    entourage_nouns: frozenset[str] = frozenset()
    """Those who speak for a person ("her campaign said in a statement", "his office said"):
    in news, named by that person ("Marie-Ève Tremblay-Lacasse's campaign")."""
    body_parts: frozenset[str] = frozenset()
    """Parts of a body and of a face that a story makes the subject of what a person does
    ("The butler's long face did not change", "Her eyes narrowed"): the owner acts."""
    address_words: frozenset[str] = frozenset()
    """Words one person calls another by in speech ("…, sir", "my love, …", "…, child"): with
    ``family_names``, the heads of the forms of address a speaker keeps for the same person.
    Lower case, apostrophes straight."""
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
    # -- what the attribution grammar of German, French and Spanish needs (``grammar``) --------
    function_words: frozenset[str] = frozenset()
    """Closed-class words (pronouns, conjunctions, prepositions, adverbs, particles) that are
    never a name nor the head of a speaker, however they are capitalised ("Dagegen",
    "Seinerseits", "Als", "Lorsque")."""
    prepositions: frozenset[str] = frozenset()
    """Prepositions: a noun phrase after one is no subject ("am Montag", "devant la presse")."""
    clause_openers: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    """Relative pronouns that open a clause after a comma ("deren", "qui", "dont")."""
    article_relatives: frozenset[str] = frozenset()
    """Relative pronouns that are also articles (German "der", "die", "das"): relative only
    before a word that is no noun (", der im Stau stand")."""
    """Conjunctions and relative words that open a new clause ("und", "weil", "que", "cuando")."""
    person_heads: frozenset[str] = frozenset()
    """Nouns for people that head a speaker description ("zeuge", "habitante", "vecino"); in
    German also the last part of a compound ("Regierungssprecher")."""
    person_suffixes: tuple[str, ...] = ()
    """Endings of nouns for people ("-erin", "-ist"): a description headed by one can speak."""
    document_heads: frozenset[str] = frozenset()
    """Nouns for documents that can be a source ("erklärung", "communiqué", "comunicado")."""
    not_name_suffixes: tuple[str, ...] = ()
    """Endings that make a capitalised word an abstract noun, an adverb or a participle, never a
    name (German "-ung", "-heit", "-weise", "-end")."""
    oblique_determiners: frozenset[str] = frozenset()
    """Determiners that never open a subject (German "dem", "den", "des"): the noun phrase they
    open is an object or an addressee."""
    genitive_determiners: frozenset[str] = frozenset()
    """Words that attach a complement to a noun ("des", "der"; "de", "du"; "del"): "ein Sprecher
    des Ministeriums" is one speaker."""
    name_particles: frozenset[str] = frozenset()
    """Small words inside names ("von", "v.", "de", "del", "van")."""
    reflexives: frozenset[str] = frozenset()
    clitics: frozenset[str] = frozenset()
    """Object pronouns written before the verb ("le", "les", "lui"): "—le preguntaron los
    periodistas" is inverted all the same."""
    """Reflexive pronouns that stand between a verb and its subject ("sich", "se")."""
    feminine_suffixes: tuple[str, ...] = ()
    """Endings of feminine nouns ("-ung", "-in"): after German "der" such a noun is a dative or a
    genitive ("der Zeitung"), and a person so named is a woman ("die Ministerin")."""
    irregular_past: frozenset[str] = frozenset()
    """Past tenses that do not end as the language's regular ones do ("sat", "stood", "went"):
    a noun phrase ends before one ("The old farmer sat at the table")."""
    participle_endings: tuple[str, ...] = ()
    """Endings of past participles that follow a noun ("publié", "publicado"): a description
    ends before one ("le rapport publié mardi par l'Insee" is "le rapport")."""
    neuter_suffixes: tuple[str, ...] = ()
    """Endings of neuter nouns ("-ment", "-um", a verb made noun in "-en"): "des Unternehmens"
    is "das Unternehmen" as a subject, "des Konzerns" "der Konzern"."""
    indefinite_determiners: frozenset[str] = frozenset()
    """Determiners that introduce someone new ("ein", "un", "una"): a definite description with
    the same noun later means the same person ("ein Sprecher" … "der Sprecher")."""
    feminine_determiners: frozenset[str] = frozenset()
    """Determiners that show a singular noun is feminine ("die", "eine"; "la", "une"; "la")."""
    masculine_determiners: frozenset[str] = frozenset()
    reported_mood: frozenset[str] = frozenset()
    """Verb forms that mark a sentence as reported speech by themselves (German Konjunktiv I:
    "sei", "habe", "werde"): such a sentence goes on with the source of the one before."""
    as_words: frozenset[str] = frozenset()
    """Words that attribute with a clause after a quotation ("„…“, wie der Minister sagte",
    "« … », comme l'a rappelé X", "“…”, como dijo X")."""
    passive_auxiliaries: frozenset[str] = frozenset()
    """Auxiliaries of the passive ("wurde", "été", "fue"): with them the speaker of a speech verb
    is its agent ("von", "par", "por" X)."""
    agent_prepositions: frozenset[str] = frozenset()
    cataphora: frozenset[str] = frozenset()
    """Words that announce the quotation that follows ("folgendes", "suivant", "siguiente"): the
    subject of their sentence speaks it."""
    speech_nouns: frozenset[str] = frozenset()
    """Nouns for what someone said ("Worte", "paroles", "palabras"): a colon after "die Worte
    Goethes" or "les paroles du ministre" gives the quotation to its owner."""
    work_nouns: frozenset[str] = frozenset()
    """Nouns and participles that name a work or an address by its title ("sein Singspiel:
    „…“", "betitelt „…“", "unter der Adresse: „…“"): the quotation after them is a title."""
    so_words: frozenset[str] = frozenset()
    """Words that attribute a quotation without a verb ("„…“, so der Minister", "Soweit X.")."""
    impersonal_cues: frozenset[str] = frozenset()
    """Verbs whose subject is impersonal and whose source follows a preposition ("heißt es in
    der Erklärung", "peut-on lire dans le communiqué")."""
    own_voices: frozenset[str] = frozenset()
    """The roles a broadcast transcript gives its own voices after their names ("SAM
    WHITFIELD, BYLINE:"): their turns are the programme speaking, not quotes."""
    turn_labels: dict[str, str] = field(default_factory=dict)
    """Labels of interview turns (lower case) and whether each opens a "question" or an
    "answer" ("frage", "antwort"; "p", "r")."""
    plural_verb_endings: tuple[str, ...] = ()
    """Endings of finite verbs in the third person plural ("-ron", "-an"): a verb without its
    subject so written speaks for a group."""
    plural_determiners: frozenset[str] = frozenset()
    """Determiners of the plural ("los", "les"): such a description names a group."""
    gendered_past: bool = False
    """The past tense shows its subject's gender ("řekl" a man, "řekla" a woman): a verb
    without its subject speaks for the last person of that gender."""
    drops_subject: bool = False
    """A finite verb may stand without its subject pronoun (Spanish "dijo"): the subject is the
    person the article is talking about."""


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
