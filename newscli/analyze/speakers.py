"""Who a speaker phrase refers to: names, pronouns and descriptions resolved from the article.

The attribution patterns give the speaker as the article writes it ("he", "Mr Weston", "the former
Schalke man", "the company", "a police spokesman"). ``Discourse`` turns that into the name the
article uses for the speaker, reading the article in order as a reader does, with what the article
itself says about who is who (``referents.read_referents``):

- a name becomes the fullest form of it the article uses (``NameIndex.resolve``); an acronym the
  name it stands for ("the CMA": the Competition and Markets Authority);
- "he"/"she" is the most salient person of the nearest sentences whose gender agrees with what the
  article shows (titles, gendered nouns such as "actress", the pronouns it uses for them): the
  speaker of an attribution, the subject of a sentence, the agent of a passive ("was led by X"),
  a person just introduced ("X, who …", "X, a solicitor"), before anyone merely mentioned. No
  list of first names is involved; a person the article never names ("a young woman who …") is a
  referent too, so "she" can be "the young woman";
- a definite description of a person ("the Tottenham striker", "the 56-year-old", "the Premier")
  is the name the article tied to it ("Tottenham striker Harry Kane", "X, 56,"), else an unnamed
  person introduced with the same noun ("a young woman … the young woman"), else the salient
  person whose gender agrees with its noun ("the actress");
- a description of a body ("the company", "the council", "the regulator") is the body the article
  described so ("Kelderwick Minerals, the company behind the plan"), or whose name has that noun
  ("the World Maritime Safety Council"), else the last business (or public body) that spoke or was
  a sentence's subject; it keeps one referent for the whole article;
- a document ("the report", "United's statement", "a report from X") speaks for its author
  when the article says who that is;
- "it" is the last body that spoke; "they"/"we" the last speaker when that is a body or a group.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from typing import Literal

from newscli.analyze.attribution import is_person_noun, sentence_subject, unmask
from newscli.analyze.marks import MARKS
from newscli.analyze.names import (
    FAMILY_TITLES,
    KIN_CALLS,
    TITLES,
    YOUNG_TITLES,
    Mention,
    NameIndex,
    is_organisation,
)
from newscli.analyze.quotes import BLANK as _BLANK
from newscli.analyze.referents import Referents, read_referents, same_modifier
from newscli.lang.registry import Gender, Resources, resources
from newscli.lang.stopwords import stop_words
from newscli.model import Sentence

# How far back (characters) a speaker or a sentence subject stays salient for a pronoun.
# "the CS", "the CEO": a role written in capitals, read from the words it stands for.
_ROLE_ACRONYM = re.compile(r"[A-Z]{2,4}")
_HONORIFIC_ALT = "Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Hon|Eng|Rev"
_CAPITALISED_RUN = r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}"


NARRATOR = "I"
"""The speaker of "I said" while the article is read: the narrator, named at the end when the
dialogue tells the name (``statements``), else nobody."""
_SALIENCE_CHARS = 1200
# How many sentences back a pronoun or a description looks for its person.
_SALIENCE_SENTENCES = 6
# How far after a quotation that spoke to someone (characters) a "he" or "she" may be their answer.
_REPLY_CHARS = 400
_AGE = re.compile(r"\d+-year-old")
# A relation with its count of children written as one word, "mother-of-two": its head.
_OF_CHILDREN = re.compile(r"(?P<head>[a-z]+)-of-(?:\d+|[a-z]+)", re.IGNORECASE)
_WHO = re.compile(r",?\s+who\b")
_NAME_JOINERS = frozenset("of and for de van von al".split())
_PARTICLES = frozenset("de da del der den di du van von al bin ibn la le dos das".split())
_DEFINITE = frozenset("the this that".split())
# "said a voice", "another voice called": a voice heard before the narration says whose.
_VOICES = frozenset("voice voices".split())
_POSSESSORS = frozenset("his her their its our".split())
_INDEFINITE = frozenset("a an one another".split())
_DETERMINED = _DEFINITE | _INDEFINITE
_POSSESSIVE = re.compile(r"^.+?['’]s?$")
_OWNER_MARK = re.compile(r"['’]s?$")
_PART_OWNERS = {"his": "he", "her": "she"}
# A description's head comes before these ("a spokesman for the union", "the report by X").
_POSTMODIFIER = frozenset("for of at from by to in on with behind who which that".split())
_AGENT = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|led|ght|wn|un|id)\s+by\s+"
    r"(?P<name>(?:[A-Z][\w’'\-]*\s+){0,4}[A-Z][\w’'\-]*)"
)
_INVERTED = re.compile(r"(?=w)\b(?:was|were)\s+(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){1,3})")
_SENTENCE_CLOSERS = ".!?…\"”’'»)"
# Nouns for a business or a public body in general: with no body described or named so, "the
# company" is the last business that spoke or acted, "the regulator" the last public body.
_GENERIC_BUSINESS = frozenset(
    """
    company firm business group corporation maker manufacturer developer designer producer
    retailer carrier airline operator insurer lender brokerage broker shipyard supplier chain
    giant startup conglomerate utility provider
    """.split()
)
# ("the government" and "the administration" are the government itself.)
_GENERIC_PUBLIC = frozenset("regulator watchdog authority agency ministry department force".split())
Role = Literal["speaker", "subject", "introduced", "agent", "mention"]
# Which of a sentence's people a pronoun points to first.
_RANK: dict[str, int] = {"speaker": 0, "subject": 1, "introduced": 2, "agent": 3, "mention": 4}
# The agent of a passive and a subject after an inverted verb, each with the words that every
# match of its pattern holds.
# The subject of a clause joined to the sentence's first: "The door opened and Miss Eliza
# Temple came in", "… and Mrs. Ashby herself came in" (a titled name, its title's dot as the
# masked text writes it, or one of two or three words, then a lower-case verb).
_COORDINATED = re.compile(
    r"(?=a)\band\s+(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)[.\u2024]?\s+)?[A-Z][\w’'\-]*"
    r"(?:\s+[A-Z][\w’'\-]*){0,2})"
    # ("and Mrs. Bennetton, rising in some confusion from her chair, begged him …")
    r"(?:,\s+[a-z]+ing\b[^,;:.!?]{0,80},)?"
    r"\s+(?:(?:himself|herself)\s+)?"
    r"(?!(?:of|and|or|in|on|at|to|for|with|from|by|the|a|an|as|who|which)\b)(?P<verb>[a-z]+)\b"
)
# A story's newcomer after an intransitive verb: "in the opening stood a lady in grey", "at the
# table sat an old man".
_NEWCOMER_AFTER_VERB = re.compile(
    r"\b(?:stood|sat|lay|waited|appeared|came|walked|was|were)\s+"
    r"(?P<description>(?:a|an)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*"
    r"(?:\s+in\s+(?:grey|gray|black|white|blue|red|green|brown|yellow|mourning))?)"
    r"(?=\s*[,.;:!?]|\s+(?:with|who|whose|at|by|in)\b)"
)
# A verb of turning, taking or looking and the person it is to: "turning to Clara", "accepting
# a cup from Mrs. Ferrars", "looking at Mr. Ellison".
_TURNED_TO = re.compile(
    r"\b(?:turn(?:ed|ing)(?:\s+round)?\s+to(?:wards?)?|look(?:ed|ing)\s+(?:up\s+)?at"
    r"|glanc(?:ed|ing)\s+at|(?:accept|tak|receiv)(?:ed|ing)\s+(?:[a-z]+\s+){1,3}from"
    r"|hand(?:ed|ing)\s+(?:[a-z]+\s+){1,3}to|(?:said|says)\s+to)\s+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)[.․]?\s+|Miss\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)"
)
# Someone's voice: "the boy’s voice", "Mrs. Ferrars's voice", "Tom’s voice".
_VOICE = re.compile(
    r"(?P<owner>\b(?:[Tt]he|[Hh]is|[Hh]er|[Mm]y|[Tt]heir)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*"
    r"|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|Miss\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)[’']s?\s+voice\b"
)
# A title in lower case set off as a form of address: "…, captain.", "…, doctor, …".
_TITLE_SET_OFF = re.compile(r",\s+([a-z]+)\s*(?=[,.!?;…—–]|$)")
# A line ending with a colon of more words than this is a sentence introducing speech, not a
# label ("Also read:", "Mrs Hollis's family said in a statement:" is longer).
_LABEL_WORDS = 5
_SUBJECT_PRONOUNS = frozenset("he she it they i we who which that".split())
_FINITE_WORDS = frozenset("was were had did could would said is are has have does will can".split())
_PASSIVE_OR_INVERTED: tuple[tuple[re.Pattern[str], Role, tuple[str, ...]], ...] = (
    (_AGENT, "agent", ("by",)),
    (_INVERTED, "subject", ("was", "were")),
    (_COORDINATED, "introduced", ("and ",)),
)


class _Timeline:
    """Names at offsets in the article, in order: those read before the statements (sorted
    once) and those added as the statements are attributed, kept apart so that adding one costs
    no more than placing it among the recent ones."""

    def __init__(self, read: list[tuple[int, str]] | None = None) -> None:
        self._read = sorted(read or [])
        self._added: list[tuple[int, str]] = []
        self._log: list[tuple[int, str]] = list(self._read)
        """Every entry, in the order it came."""
        self._worded: dict[frozenset[str], tuple[int, list[tuple[int, str]]]] = {}
        """Words -> (how many entries of the log were looked at, the entries whose names hold
        all those words, sorted)."""
        self._words: dict[str, frozenset[str]] = {}
        """Name -> its words, lower case."""

    def add(self, at: int, name: str) -> None:
        bisect.insort(self._added, (at, name))
        self._log.append((at, name))

    def before(self, position: int) -> Iterator[tuple[int, str]]:
        """The entries written before ``position``, the nearest first."""
        i = bisect.bisect_left(self._read, (position,))
        j = bisect.bisect_left(self._added, (position,))
        while i > 0 or j > 0:
            if j == 0 or (i > 0 and self._read[i - 1] > self._added[j - 1]):
                i -= 1
                yield self._read[i]
            else:
                j -= 1
                yield self._added[j]

    def last_with_words(self, wanted: set[str], position: int, head: str) -> str | None:
        """The last name before ``position`` that holds every word of ``wanted`` (lower case)
        and ends with ``head`` ("the council" is the World Maritime Safety Council, "the
        government" no Local Government Association). Each entry is looked at once per
        distinct ``wanted``, however often it is asked."""
        key = frozenset(wanted | {f" {head}"})
        seen, entries = self._worded.get(key, (0, []))
        for entry in self._log[seen:]:
            if wanted <= self._words_of(entry[1]) and _name_head(entry[1]) == head:
                bisect.insort(entries, entry)
        self._worded[key] = (len(self._log), entries)
        index = bisect.bisect_left(entries, (position,))
        return entries[index - 1][1] if index else None

    def _words_of(self, name: str) -> frozenset[str]:
        words = self._words.get(name)
        if words is None:
            words = self._words[name] = frozenset(w.lower() for w in name.split())
        return words


@dataclass(frozen=True, slots=True)
class _Candidate:
    """Someone a pronoun or a description may point back to. (Slots: built faster, and an
    article makes thousands.)"""

    at: int
    name: str
    role: Role
    unnamed: bool = False
    """A person the article describes but never names ("the young woman")."""
    deferred: bool = False
    """A definite description ("The Portuguese boss …"): who it is is worked out when asked."""


@dataclass
class Discourse:
    """The reader's state while going through one article: who spoke, who the sentences are
    about, and what the article says about who is who."""

    names: NameIndex
    sentences: Sequence[Sentence]
    language: Resources = field(default_factory=lambda: resources("en"))
    text: str = ""
    """The article text (where ``referents`` are read from; empty: none)."""
    frame: str = ""
    """The text with quoted words blanked (same length): what a sentence is about is read
    there, not inside someone's quotation."""
    page_language: str | None = None
    """The article's own language (ISO 639-1) when known: another one than ``language``'s
    when the page is read with English grammar for want of its own (Portuguese, Indonesian)."""
    story: bool = False
    """The text is a story told in dialogue (``statements``), where people go by first names."""
    last_speaker: str | None = None
    last_speaker_at: int = -1
    _turns: list[tuple[int, str]] = field(default_factory=list)
    _introductions: dict[str, str | None] = field(default_factory=dict)
    """A role description -> the person the narration introduced it for (``_introduced_as``)."""
    _spoke_at: dict[str, int] = field(default_factory=dict)
    """Where each speaker last spoke."""
    _spoken_to: tuple[int, str] | None = None
    """Where the last quotation ended and the person it spoke to by name, when it did."""
    """(where, who) each time the speaker changed, in article order."""
    _starts: list[int] = field(default_factory=list)
    _subjects: list[str | None] = field(default_factory=list)
    """Each sentence's subject as written (``_subject_phrase``), read once."""
    _candidates: list[list[_Candidate]] = field(default_factory=list)
    _bodies: _Timeline = field(default_factory=lambda: _Timeline())
    """Every mention of a body, in article order."""
    _acting: _Timeline = field(default_factory=lambda: _Timeline())
    """Bodies that spoke or were the subject of a sentence, in article order."""
    _deferred: dict[int, str | None] = field(default_factory=dict)
    _referents: Referents = field(default_factory=Referents)
    _settled: dict[str, str] = field(default_factory=dict)
    _learned: dict[str, Gender] = field(default_factory=dict)
    _tie_starts: list[int] = field(default_factory=list)
    _mention_ends: list[int] = field(default_factory=list)
    _mention_starts: list[int] = field(default_factory=list)
    _persons: dict[str, bool] = field(default_factory=dict)
    _linked: dict[int, str] = field(default_factory=dict)
    """Sentence index -> the name of the person the sentence introduced without one."""
    _tie_words: dict[tuple[str, str], dict[frozenset[str], int]] = field(default_factory=dict)
    _first_unnamed: dict[str, tuple[int, int]] = field(default_factory=dict)
    """A description's head noun -> where the first person described with it but never named
    was mentioned, and in which sentence."""
    _first_narrated: dict[str, int | None] = field(default_factory=dict)
    """A description ("the waiter") -> where the narration first writes it on its own."""
    _first_introduced: dict[str, int | None] = field(default_factory=dict)
    """A document's noun -> where "a/an … <noun>" first ends in the article."""
    _in_narration: dict[str, bool] = field(default_factory=dict)
    """A name's last word -> whether the narration writes it (searched once per word)."""
    _mid_sentence: set[str] | None = None
    """Names the article writes inside a sentence (read once, when first asked)."""
    _titled: set[str] | None = None
    """Names the article writes with a title."""
    _related: dict[str, int] = field(default_factory=dict)
    """Names the article gives right after a relation ("Her daughter Clara"): people; each with
    the index of the sentence being read when that was found (-1: before the sentences)."""
    _reading: int = -1
    """The index of the sentence being read."""
    _unread: dict[int, int] = field(default_factory=dict)
    """Sentence index -> where, among its candidates, go the people it names, which are read
    when first asked (``_people``)."""
    _epithets: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    """An adjective -> (where, name) of each name the article writes right after it."""
    _epithet_readings: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    """A story's epithet ("the old gentleman") -> where it was read as a named person, and who."""
    _offspring: set[str] = field(default_factory=set)
    """People the article names after "daughter", "son" ("their daughter Clara")."""
    _first_epithets: dict[str, int | None] = field(default_factory=dict)
    """A story's epithet -> where its narration first writes it."""
    _ages: dict[str, str] = field(default_factory=dict)
    """A person -> the age a description gave them ("52-year-old"), as resolved so far."""
    _families: dict[str, set[str]] | None = None
    _first_named: dict[str, int] | None = None
    """A name -> where the article first writes it (filled when first asked)."""
    """Surname -> the people of the article who bear it (filled when first asked)."""

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]
        english = self.language.code == "en"
        self._subjects = [self._subject_phrase(sentence) for sentence in self.sentences]
        if english and self.text:
            self._referents = read_referents(
                self.text, self.sentences, self.names, self.language, self._subjects, self.frame
            )
        if english:
            self._read_relations()  # (before the sentences: "his niece Harriet" is a person)
        self._tie_starts = [tie.at for tie in self._referents.ties]
        self._mention_ends = [mention.end for mention in self.names.mentions]
        self._mention_starts = [mention.start for mention in self.names.mentions]
        for index, (sentence, subject) in enumerate(
            zip(self.sentences, self._subjects, strict=True)
        ):
            self._reading = index
            self._candidates.append(self._read(sentence, subject, english=english))
        for index, candidates in enumerate(self._candidates):
            for candidate in candidates:
                self._note_unnamed(candidate, index)
        if english:
            self._link_unnamed()
        if english:
            bodies = []
            for mention in self.names.mentions:
                name = self.names.resolve(mention.name)
                if self._referents.is_body(mention.name) or self._referents.is_body(name):
                    bodies.append((mention.start, self._body_name(mention.name)))
            self._bodies = _Timeline(bodies)

    # -- reading the sentences -------------------------------------------------------------

    def _note_unnamed(self, candidate: _Candidate, index: int) -> None:
        """Keep, for each noun, the first person the article described with it without a name
        (where, and in which sentence), so "the young woman" is found without a pass over every
        sentence before it."""
        if not candidate.unnamed:
            return
        head = _head_words(candidate.name.split())[-1:]
        if head:
            known = self._first_unnamed.get(head[0])
            if known is None or candidate.at < known[0]:
                self._first_unnamed[head[0]] = (candidate.at, index)

    def _as_first_described(self, first: tuple[int, int], phrase: str) -> str:
        """ "The spokesperson added …" after "A spokesperson for Clydelink said …" (or "the
        official said" after "A senior official of the Revenue Department, who …, said"): the
        person as the article first described them, with whom they work for."""
        at, index = first
        words = phrase.split()
        for candidate in self._candidates[index] if index < len(self._candidates) else ():
            longer = " for " in candidate.name or (
                not self.story and len(candidate.name) > len(phrase)
            )
            if candidate.at == at and candidate.unnamed and longer:
                held = words[-1].lower() in candidate.name.lower().split()
                if len(words) == 2 and words[0].lower() == "the" and held:
                    return candidate.name
        return _definite(phrase)

    def _link_unnamed(self) -> None:
        """ "A teenager from Illinois is tackling … Dayna Dobias, 19, from Downers Grove was born
        …": a person a sentence introduces without a name is the person the next sentence names
        as its subject (the way news stories open), when the gender agrees."""
        for index, candidates in enumerate(self._candidates[:-1]):
            unnamed = next((c for c in candidates if c.unnamed and c.role == "subject"), None)
            if unnamed is None:
                continue
            named = [
                c
                for c in self._people(index + 1)
                if c.role in ("subject", "introduced") and not c.unnamed and not c.deferred
            ]
            if unnamed.name.split(None, 1)[0].lower() in ("one", "another"):
                continue  # "One resident said …": one of a group, not the person named next
            anonymous = self._quotes_in(unnamed, index)
            head = _head_words(unnamed.name.split())[-1].lower()
            wanted = self._noun_gender(head)
            written = self._subjects[index + 1] or ""
            if _other_role(written, head):
                continue  # "… a White House spokesperson said. / Former President Frank Hollis …"
            for candidate in named:
                if self._named_before(candidate.name, unnamed.at):
                    continue  # someone the story already knows is not who it introduces now
                if _other_role(self._written_before(candidate, index + 1), head):
                    continue  # "The authority's chief executive, Sarah Quinn, …"
                if anonymous and not self._introduced_with_age(candidate):
                    continue  # "A resident said: ‘…’ / Sarah Quinn insisted …"
                if wanted is None or self._gender(candidate.name) in (wanted, None):
                    self._linked[index] = candidate.name
                    break

    def _quotes_in(self, unnamed: _Candidate, index: int) -> bool:
        """Whether the sentence that describes ``unnamed`` without a name gives that person's
        words in quotation marks: the article chose to quote someone it does not name."""
        sentence = self.sentences[index]
        if not self.frame or _BLANK not in self.frame[sentence.start : sentence.end]:
            return False
        return not self.language.speech_verbs.isdisjoint(
            w.lower() for w in _WORDS.findall(self.frame[unnamed.at : sentence.end])
        )

    def _introduced_with_age(self, candidate: _Candidate) -> bool:
        """Whether the name is written with the person's age in apposition ("Reginald
        Okafor-Dunn, 38, is charged …"): how a story names the person its opening described."""
        return bool(_AGE_APPOSITION.match(self.frame or self.text, candidate.at))

    def _written_before(self, candidate: _Candidate, index: int) -> str:
        """What sentence ``index`` writes before ``candidate``'s name, outside quotations: where
        a role given before a name stands ("The authority's chief executive, Sarah Quinn")."""
        sentence = self.sentences[index]
        own = self.frame or self.text
        return own[sentence.start : max(sentence.start, candidate.at)]

    def _read_relations(self) -> None:
        """ "his niece Harriet", "her brother Tom Hale": a name given right after a relation is a
        person's, of the relation's gender when it has one (stories name people so)."""
        for match in _RELATION_NAME.finditer(self.frame or self.text):
            noun = match.group("noun")
            if noun in self._gendered or is_person_noun(noun):
                self._relation(self.names.resolve(match.group("name")), noun)

    def _relation(self, name: str, noun: str) -> None:
        """``name`` is given after the relation ``noun``: a person, of the noun's gender when it
        has one and nothing else told it."""
        self._related.setdefault(name, self._reading)
        self._learn(name, self._noun_gender(noun))
        if noun in _OFFSPRING:
            self._offspring.add(name)  # "their daughter Clara": who may call them "Papa"

    def _learn(self, name: str, gender: str | None) -> None:
        """What a pronoun or a relation shows of ``name``'s gender, when nothing else told it."""
        if gender in ("male", "female") and self._gender(name) is None:
            self._learned[name] = "male" if gender == "male" else "female"

    def _named_before(self, name: str, position: int) -> bool:
        """Whether the article names ``name`` before ``position``."""
        if self._first_named is None:
            self._first_named = {}
            for mention in self.names.mentions:
                self._first_named.setdefault(self.names.resolve(mention.name), mention.start)
        return self._first_named.get(name, position) < position

    def _subject_phrase(self, sentence: Sentence) -> str | None:
        """The subject of a sentence as written, read outside its quotations."""
        end = sentence.start + len(sentence.text)
        own = self.frame[sentence.start : end] if self.frame else sentence.text
        written = sentence_subject(own[:200])
        return unmask(written) if written else None

    def _read(self, sentence: Sentence, phrase: str | None, *, english: bool) -> list[_Candidate]:
        """The people a sentence makes salient: its subject (or the agent of a passive, or a
        subject after an inverted verb), the people it introduces, then the others it names.
        Only the subject is read here, in article order (what it tells is needed before the
        next sentence is read: a body that acts, a relation that makes a name a person's); the
        others are read when the sentence is first looked at (``_people``): most sentences never
        are."""
        found: list[_Candidate] = []
        stripped = sentence.text.rstrip()
        if (
            english
            and (not stripped or stripped[-1] not in _SENTENCE_CLOSERS)
            # (but "…, and then he said, quietly, so that the men should not hear:" introduces
            # a line)
            and not (stripped.endswith(":") and len(stripped.split()) > _LABEL_WORDS)
        ):
            return found  # a caption, a heading or a byline line: nobody it is about
        # (``isupper`` first, in C: it is false for nearly every sentence; it passes letters
        # without case, which the second test does not)
        if (
            stripped.isupper()
            and len(stripped.split()) > 1
            and all(c.isupper() for c in stripped if c.isalpha())
        ):
            return found  # "CHAPTER IV.", "A VISITOR FROM TOWN.": a heading in capitals
        if phrase is not None and phrase.lower() not in self.language.person_pronouns:
            subject = self._subject(phrase, sentence)
            if subject is not None:
                found.append(subject)
            if english:
                body = self._acting_body(phrase, sentence.start)
                if body:
                    self._acting.add(sentence.start, body)
        if english:
            self._unread[self._reading] = len(found)
        return found

    def _finite_verb(self, word: str) -> bool:
        """A finite verb: one in the past tense, as narration writes it ("came", "opened"), or an
        auxiliary ("was", "is")."""
        return (
            word in self.language.irregular_past
            or word in _FINITE_WORDS
            or (word.endswith("ed") and len(word) > 3)
        )

    def _people(self, index: int) -> list[_Candidate]:
        """The candidates of sentence ``index`` (``_read``), with the people it names read in
        when first asked (before the speakers ``said`` added)."""
        candidates = self._candidates[index]
        at = self._unread.pop(index, None)
        if at is not None:
            candidates[at:at] = self._named_in(index)
        return candidates

    def _named_in(self, index: int) -> list[_Candidate]:
        """The people sentence ``index`` names besides its subject: the agent of a passive or a
        subject after an inverted verb, the people it introduces, then the others. A name is a
        person's as it was when the sentence was reached (a relation read further on, "Her
        daughter Clara", does not count)."""
        found: list[_Candidate] = []
        sentence = self.sentences[index]
        end = sentence.start + len(sentence.text)
        own = self.frame[sentence.start : end] if self.frame else sentence.text
        for pattern, role, needles in _PASSIVE_OR_INVERTED:
            # (a sentence without the words a pattern needs is not searched with it)
            match = pattern.search(own) if any(n in own for n in needles) else None
            if match and pattern is _COORDINATED and not self._finite_verb(match.group("verb")):
                match = None  # ("Kalamazoo and Van Buren counties": no verb)
            if match:
                name = self.names.resolve(unmask(match.group("name")))
                if self._is_named_person(name, index):
                    found.append(_Candidate(sentence.start + match.start(), name, role))
        ties = self._referents.ties
        first = bisect.bisect_left(self._tie_starts, sentence.start)
        for tie in ties[first : bisect.bisect_left(self._tie_starts, end)]:
            if sentence.start <= tie.at < end and tie.introduces:
                name = self.names.resolve(tie.name)
                if self._is_named_person(name, index):
                    found.append(_Candidate(tie.at, name, "introduced"))
        for match in _WHO.finditer(own) if "who" in own else ():
            # "Dawn, who has appeared on the show, …": "who" makes the name before it a person.
            introduced = self._name_ending(sentence.start + match.start())
            if introduced:
                found.append(_Candidate(sentence.start + match.start(), introduced, "introduced"))
        if self.story:
            for match in _NEWCOMER_AFTER_VERB.finditer(own) if " a" in own else ():
                # "in the opening stood a lady in grey": someone new, set after the verb
                words = match.group("description").split()
                before = own[max(0, match.start() - 30) : match.start()].split()[-1:]
                if before and (
                    before[0].lower() in _SUBJECT_PRONOUNS
                    or (before[0][:1].isupper() and before[0].lower() not in stop_words("en"))
                ):
                    continue  # "He was a thin young man with …": what he was, nobody new
                if self._person_head(words[: len(words) - 2 if "in" in words[1:] else None]):
                    described = _definite(match.group("description"))
                    at = sentence.start + match.start("description")
                    found.append(_Candidate(at, described, "introduced", unnamed=True))
            for match in _PARENT_PHRASE.finditer(own) if "ther " in own else ():
                # "when their father came in": the parent the story names, a person mentioned
                parent = self.resolve(match.group(0).lower(), sentence.start + match.start())
                if parent and parent != match.group(0).lower() and self._is_named_person(parent):
                    found.append(_Candidate(sentence.start + match.start(), parent, "mention"))
            for match in _THE_TITLE.finditer(own) if "the " in own else ():
                # "while the Colonel took possession of the only comfortable chair"
                titled = self._titled_as(match.group(1).lower())
                if titled and self._is_named_person(titled):
                    found.append(_Candidate(sentence.start + match.start(), titled, "mention"))
        mentions = self.names.mentions
        first = bisect.bisect_left(self._mention_starts, sentence.start)
        for number in range(first, len(mentions)):
            mention = mentions[number]
            if mention.start >= end:
                break
            name = self.names.resolve(mention.name)
            quoted = self.frame[mention.start : mention.start + 1] == _BLANK
            if (
                self._is_named_person(name, index)
                and not quoted
                and not self._article_before(mention.start)
            ):
                found.append(_Candidate(mention.start, name, "mention"))
        return found

    def _acting_body(self, phrase: str, position: int) -> str | None:
        """The body a sentence's subject names ("The council", "Kelderwick Minerals")."""
        words = phrase.split()
        if words[0].lower() in _DEFINITE and len(words) > 1:
            head = _head_words(words)[-1:]
            if head and head[0].lower() in self.language.body_nouns:
                return self._body(head[0].lower(), _head_words(words), position + len(phrase))
            return None
        name = self.names.resolve(phrase)
        if self._referents.is_body(name):
            return self._body_name(name)
        one_word = len(words) == 1 and name == phrase and phrase[1:].islower()
        if one_word and self._named_mid_sentence(name) and not self._is_named_person(name):
            return name  # "Eskom has warned …": a one-word name that is nobody's
        return None

    def _described_name(self, words: list[str]) -> str | None:
        """ "the 14th-ranked Okafor", "the veteran Okafor": a description that ends in the
        surname of a person the article named in full is that person."""
        last = words[-1]
        if len(words) < 3 or words[0].lower() not in _DEFINITE or last.isupper():
            return None
        if not last[:1].isupper() or any(w[:1].isupper() for w in words[1:-1]):
            return None
        named = self.names.resolve(last)
        return named if len(named.split()) > 1 and not self._is_body(named) else None

    def _foreign_opener(self, word: str) -> bool:
        """True for a word that is no speaker on a page English grammar reads for another
        language: one of that language's function words ("Quando …:", "Jangan …:"), or a word
        the article writes neither capitalised inside a sentence nor with a title nor as part of
        a longer name: a capitalised verb or adverb opening the sentence ("Receba as notícias
        …:"), which English grammar takes for a subject."""
        code = self.page_language
        if not code or code == "en":
            return False
        if word.lower() in stop_words(code):
            return True
        return (
            not self._named_mid_sentence(word)
            and not self._known_single(word)
            and self.names.resolve(word) == word
        )

    def _named_mid_sentence(self, name: str) -> bool:
        """True when the article writes ``name`` capitalised inside a sentence too: a name, not
        a common noun opening a sentence ("Analysts were positive")."""
        if self._mid_sentence is None:
            self._mid_sentence = set()
            for mention in self.names.mentions:
                before = _char_before(self.text, mention.start)
                if before and before not in ".!?\"'“‘”’—–-:":
                    self._mid_sentence.add(mention.name)
        return name in self._mid_sentence and name not in self._referents.things

    def _subject(self, phrase: str, sentence: Sentence) -> _Candidate | None:
        words = phrase.split()
        first = words[0].lower()
        part_of = self._owner_of_part(words)
        if part_of:
            # "The butler’s long face did not change": the butler (his face is no one)
            return self._subject(part_of, sentence)
        named_owner = self._named_owner(words)
        if named_owner:
            # "For now, Raghunathan’s advice is less exotic. “…,” she says.": the owner
            return _Candidate(sentence.start, named_owner, "subject")
        if first in _DETERMINED and len(words) > 1 and self._person_head(words):
            apposed = self._apposed_name(sentence.start + len(phrase))
            if apposed:
                # "The landlord, a stout man named Gribble, came out": the name in apposition
                return _Candidate(sentence.start, apposed, "subject")
            # ("A spokeswoman for the department said" is someone new, not the spokeswoman
            # named before)
            definite = first not in _INDEFINITE
            resolved = self._tied_person(words, sentence.start + len(phrase)) if definite else None
            if not definite:
                # "A resident, who gave his name only as Segun, told …": named in its sentence
                tie = self._referents.first_tied_between(
                    _head_words(words)[-1].lower(),
                    sentence.start - 1,
                    sentence.start + len(sentence.text),
                )
                resolved = self.names.resolve(tie.name) if tie is not None else None
                if resolved and not self._is_named_person(resolved):
                    resolved = None
            if resolved:
                return _Candidate(sentence.start, resolved, "subject")
            newcomer = _head_words(words)[-1].lower() in self.language.newcomer_nouns
            if first in _DEFINITE and not newcomer:
                return _Candidate(sentence.start, phrase, "subject", deferred=True)
            # "A spokesperson for Clydelink said …": whose, as "she" who speaks next is
            owner = _FOR_BODY.match(sentence.text, len(phrase)) if first in _INDEFINITE else None
            described = _definite(phrase) + (f" {owner.group(1)}" if owner else "")
            return _Candidate(sentence.start, described, "subject", unnamed=True)
        named = next((i for i, w in enumerate(words) if i > 1 and w[:1].isupper()), 0)
        if first in _OWNERS and named and self._person_head(words[:named]):
            # "Her daughter Clara was less patient": a relation, then the person's name.
            tail = words[named:]
            if all(w[:1].isupper() for w in tail) and len(tail) <= 3:
                name = self.names.resolve(" ".join(tail))
                self._relation(name, _head_words(words[:named])[-1].lower())
                return _Candidate(sentence.start, name, "subject")
        if first in _OWNERS and len(words) > 1 and self._person_head(words):
            apposed = self._apposed_name(sentence.start + len(phrase))
            if apposed:
                # "His neighbour, Sandra Lyle, was more sympathetic": the name in apposition.
                return _Candidate(sentence.start, apposed, "subject")
            called = self._called_by_kin(words[-1].lower()) if len(words) == 2 else None
            if called:
                return _Candidate(sentence.start, called, "subject")  # "Her aunt": Aunt Prue
            if (
                first == "my"
                and len(words) == 2
                and self.story
                and words[1].lower() in self.language.companion_nouns
                and self._companion
            ):
                # "My friend listened to this narrative with his eyes closed": Ambrose Thorne
                return _Candidate(sentence.start, self._companion, "subject")
            head = words[-1].lower()
            if len(words) == 2 and self.story and head in _KIN | _WIDER_KIN:
                # "Her uncle, who had been asleep …" of Margaret Fairlie: the story's Mr. Fairlie.
                relative = self._spouse(first, head, sentence.start)
                if relative and self._is_named_person(relative):
                    return _Candidate(sentence.start, relative, "subject")
            # "My uncle was already at the table", "Her brother …": someone the article knows
            # by a relation (not the owner, whom "his"/"her" points to).
            return _Candidate(
                sentence.start, phrase[:1].lower() + phrase[1:], "subject", unnamed=True
            )
        name = self.names.resolve(phrase)
        if self._is_named_person(name):
            return _Candidate(sentence.start, name, "subject")
        lone = (
            name[:1].isupper()
            and " " not in name
            and name.lower() not in self.language.determiners
            and name.lower() not in self.language.sentence_openers
        )
        if lone and _WHO.match(sentence.text, len(phrase)):
            return _Candidate(sentence.start, name, "subject")
        return None

    def _a_part(self, words: list[str]) -> bool:
        """Whether ``words`` are a look or a part of a body ("one look at his face", "her
        eyes"), which tell nothing as a speaker does: the head before any "at"/"of"."""
        head = words
        for index, word in enumerate(words):
            if word.lower() in ("at", "of", "on", "in"):
                head = words[:index]
                break
        return len(head) > 1 and head[-1].lower() in self.language.body_parts

    def _named_owner(self, words: list[str]) -> str | None:
        """The person whose thing a subject names: "Raghunathan’s advice", "Mr. Tresham's
        letter" (None: no named person's, or a person of theirs, "Smith's lawyer", who is
        someone else)."""
        owned = next((i for i, w in enumerate(words[:4]) if _POSSESSIVE.match(w)), -1)
        if owned < 0 or owned == len(words) - 1 or self._person_head(words[owned + 1 :]):
            return None
        owner = [*words[:owned], _OWNER_MARK.sub("", words[owned])]
        if not all(w[:1].isupper() for w in owner):
            return None
        name = self.names.resolve(" ".join(owner))
        return name if self._is_named_person(name) else None

    def _owner_of_part(self, words: list[str]) -> str | None:
        """ "The butler" of "The butler’s long face", "Crane" of "Crane's eyes": the person
        whose body part ``words`` name (None: not a part of a person's body)."""
        if len(words) < 2 or words[-1].lower() not in self.language.body_parts:
            return None
        owned = next((i for i, w in enumerate(words[:-1]) if _POSSESSIVE.match(w)), -1)
        if owned < 0:
            return None
        owner = [*words[:owned], _OWNER_MARK.sub("", words[owned])]
        definite = owner[0].lower() in _DEFINITE
        named = not definite and all(w[:1].isupper() for w in owner)
        # ("The other boy’s expression": which boy, the exchange says, not the narration)
        described = definite and len(owner) > 1 and owner[1] != "other" and self._person_head(owner)
        return " ".join(owner) if described or named else None

    def _apposed_name(self, position: int) -> str | None:
        """The person's name set off by commas right after ``position`` (", Sandra Lyle,"), or
        given in the apposition there (", a thin young man called Pettigrew,")."""
        if not self.text.startswith(", ", position):
            return None
        index = bisect.bisect_left(self.names.mentions, position, key=_start)
        for mention in self.names.mentions[index : index + 1]:
            if mention.start == position + 2 and self.text[mention.end : mention.end + 1] == ",":
                name = self.names.resolve(mention.name)
                return name if self._is_named_person(name) else None
        called = _CALLED_IN_APPOSITION.match(self.text, position)
        if called:
            name = self.names.resolve(called.group("name"))
            self._related.setdefault(name, self._reading)  # (the apposition says it is a person's)
            return name
        return None

    def _name_ending(self, position: int) -> str | None:
        index = bisect.bisect_left(self._mention_ends, position - 1)
        for mention in self.names.mentions[index : index + 2]:
            if mention.end <= position <= mention.end + 1:
                if self._article_before(mention.start):
                    return None  # "The Italian, who …": a description, not a name
                name = self.names.resolve(mention.name)
                return name if not self._referents.is_body(mention.name) else None
        return None

    def _article_before(self, position: int) -> bool:
        """ "the Harry Potter films": a capitalised run after "the" is no person's name."""
        return self.text[max(0, position - 4) : position].lower() == "the "

    # -- resolving -------------------------------------------------------------------------

    def resolve(self, phrase: str | None, position: int) -> str | None:
        """The speaker ``phrase`` (as written, at ``position``) refers to."""
        if phrase is None:
            return None
        phrase = phrase.strip()
        low = phrase.lower()
        if low.endswith(".") and low[:-1] in self.language.person_pronouns:
            low = low[:-1]  # "said I." (its stop read as the dot of an initial)
        if self.language.code == "en":
            low = _SUBJECT_FORM.get(low, low)  # "According to her, …": she
        gender = self.language.person_pronouns.get(low, "none")
        if gender != "none":
            return self._pronoun(low, gender, position)
        if phrase in ("Q", "A"):
            # Interview turns: the question is the publication's, the answer the interviewee's,
            # the person the article is about.
            return self._salient_person(position, None) if phrase == "A" else None
        if low in ("it", "es"):
            # "It said …" after a body has spoken: the body; "… accused Clydelink of
            # abandoning them after it confirmed that …": the one body its sentence named.
            return self._last_body(position, any_body=True) or (
                self._body_in_sentence(position) if low == "it" else None
            )
        if low in ("the other", "the other man", "the other woman") and self.language.code == "en":
            # "“…,” replied the other": the other party of the exchange.
            return self.other_party(position)
        if (
            low in ("the former", "the latter")
            and self.language.code == "en"
            and self.story
            and self._stands_alone(phrase, position)
        ):
            # "Clara and her brother exchanged a look. / “Given it up, sir?” said the latter.":
            # the first or the last of the two people a sentence just before put together.
            paired = self._one_of_pair(position, latter=low == "the latter")
            if paired:
                return paired
        if low in ("one", "another") and self.language.code == "en":
            # "Insiders said … ‘…,’ one added.": one of the group that spoke last.
            last = self.last_speaker or ""
            recent = 0 <= position - self.last_speaker_at <= _SALIENCE_CHARS
            plural = last[-1:] == "s" and not last.endswith("ss")
            people = plural and not self._is_named_person(last) and not self._is_body(last)
            if recent and people:
                return last
            # ("A campaigner said … Another said …": someone else, unnamed, as written; not the
            # "one" of "“…,” one added" after no group)
            return phrase if phrase[:1].isupper() else None
        if low in self.language.not_speakers:
            return None
        words = phrase.split()
        if not words:
            return None
        if self.language.body_parts and self._a_part(words):
            # "one look at his face told me that …": nobody; "His face said …": his
            owner = words[0].lower() if len(words) == 2 else ""
            return self.resolve(_PART_OWNERS[owner], position) if owner in _PART_OWNERS else None
        if (
            self.language.code == "en"
            and words[0].lower() in _INDEFINITE
            and len(words) > 1
            and words[1].lower() in _VOICES
        ):
            # "‘Lost, my foot,’ said a voice from the doorway. / Geoffrey Thorne was a fair,
            # untidy young man …": whose voice it is, the narration says next (else the voice
            # stays as written, for the reply to name: "“It's only a cat, Brother Tully”").
            return self._named_next(position) or phrase
        if len(words) == 1 and self._foreign_opener(phrase):
            return None
        acronym = self._referents.acronyms.get(words[-1]) if len(words) <= 2 else None
        if acronym and (len(words) == 1 or words[0].lower() == "the"):
            return acronym  # "the CMA": the Competition and Markets Authority
        if (
            self.language.code == "en"
            and (len(words) == 1 or (len(words) == 2 and words[0].lower() == "the"))
            and _ROLE_ACRONYM.fullmatch(words[-1])
        ):
            holder = self._role_by_initials(words[-1], position)
            if holder:
                return holder  # "The CS noted …": Cabinet Secretary Dr. Rosemary Langat
        letters = [c for c in phrase if c.isalpha()]
        if len(letters) > 5 and all(c.isupper() for c in letters):
            return None  # a dateline or a heading in capitals ("WASHINGTON", "NEW RULES")
        if self.language.code == "en":
            if len(words) > 2 and {"who", "that", "which"} & {w.lower() for w in words[2:]}:
                return phrase  # "The staff member who reported the call": someone new
            role = self._capitalised_role(words, position)
            if role is not None:
                return role
            titled = (
                self._titled_as(words[-1].lower())
                if self.story
                and len(words) == 3
                and words[0].lower() == "the"
                and words[-1].lower() in _TITLE_HEADS
                else None
            )
            # ("the new doctor" in a story with one doctor, Dr. Edmund Carrow: him)
            found = (
                titled or self._described_name(words) or self._description(phrase, words, position)
            )
            if (
                found in (None, phrase)
                and self.story
                and len(words) == 2
                and words[0].lower() == "the"
                and is_person_noun(words[1])
                # ("the stranger" is nobody the story has named)
                and words[1].lower() not in self.language.newcomer_nouns
            ):
                found = self._introduced_as(phrase.lower()) or found
            if found is not None:
                return found
        if len(words) > 2 and any(w in _PLACE_WORDS for w in words[1:-1]):
            # "Police in Greater Manchester", "Residents in Hull": people of a place, not the
            # place.
            return phrase
        if words[0].lower() in _DEFINITE:
            if self._describes_person(words[1:]):
                person = self._salient_person(position, None)
                if person:
                    return person
            if not all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words[1:]):
                return phrase  # a description stays as written ("the 68-year-old Yankee")
        name = self.names.resolve(phrase)
        return self._referents.acronyms.get(name, name)  # "a spokesperson for the CMA"

    def _capitalised_role(self, words: list[str], position: int) -> str | None:
        """ "The Premier warned", "Coroner calls for …" (a headline): a role written with a
        capital and no name is the person the article ties to that role ("Premier Karen
        Doyle", "area coroner Dr Helen Farrant"); None when the word is a name ("Billie Jean
        King", "Mum"), or the article ties no named person to the role."""
        role = words[1:] if len(words) == 2 and words[0].lower() in _DEFINITE else words
        if len(role) != 1 or not role[0][:1].isupper() or not role[0].isalpha():
            return None
        word = role[0]
        low = word.lower()
        if (
            word in self.names.full
            or word in self._surnames
            or low in self.language.family_names
            or not is_person_noun(low)
        ):
            return None
        found = self._tied_person(["the", low], position) or (
            None if self.story else self._titled_later(["the", low], low, position)
        )
        return found if found and self._is_named_person(found) else None

    def _stands_alone(self, phrase: str, position: int) -> bool:
        """Whether ``phrase`` at ``position`` is all the description ("said the latter at
        last", "the former had seen"), not the start of a longer one ("the former first lady")."""
        start = self.text.find(phrase, position)
        after = self.text[start + len(phrase) :] if start >= 0 else ""
        word = re.match(r"\s*([a-z]+)", after)
        if word is None:
            return True
        next_word = word.group(1)
        return (
            next_word in self.language.speech_verbs
            or next_word in self.language.auxiliaries
            or next_word in _AFTER_A_SPEAKER
            or next_word.endswith("ly")
            or self._finite_verb(next_word)
        )

    def _one_of_pair(self, position: int, *, latter: bool) -> str | None:
        """The first (or, ``latter``, the second) of the nearest "X and Y" of people in the
        narration of the ``_PAIR_SENTENCES`` sentences before the one at ``position``, as
        resolved (or as written when it is a description nothing resolves)."""
        index = self._sentence_index(position)
        for back in range(index - 1, max(-1, index - 1 - _PAIR_SENTENCES), -1):
            start = self._starts[back]
            end = start + len(self.sentences[back].text)
            pair = _PAIR.search(self.frame, start, end)
            if pair is None:
                continue
            begin, finish = pair.span(2 if latter else 1)
            written = self.text[begin:finish]
            words = written.split()
            if latter and words[0] in ("his", "her") and len(words) == 2:
                # "Kitty and her brother": her is Kitty
                owner = self.resolve(pair.group(1), pair.start(1))
                kin = self._spouse(words[0], words[1], begin, owner) if owner else None
                if kin:
                    return kin
            return self.resolve(written, begin) or written
        return None

    def acting_person(self, position: int) -> str | None:
        """The person who is the subject of the sentence right before ``position`` in the same
        paragraph ("Morland laughed in spite of himself. “Very well.”"): who acts, then speaks."""
        index = self._sentence_before(position)
        if index is None:
            return None
        for candidate in self._people(index):
            if candidate.role != "subject" or candidate.at >= position:
                continue
            settled = self._settle(candidate)
            if settled is not None and not settled.unnamed and self._is_named_person(settled.name):
                return settled.name
            if settled is not None and settled.unnamed and self.story:
                # "Her husband didn't look up from the crossword. ‘Tell 'em what, love?’": the
                # one described acts, then speaks (named later when someone calls them so),
                # unless the family says who that is ("Her father turned from the window" of
                # a Miss Ashby, in a story with one Mr. Ashby).
                kin = self.resolve(settled.name, candidate.at)
                if kin and kin != settled.name and self._is_named_person(kin):
                    return kin
                return settled.name
        return self._acting_pronoun(index)

    def _sentence_before(self, position: int) -> int | None:
        """The index of the sentence right before ``position`` in the same paragraph."""
        index = self._sentence_index(position) - 1
        if (
            index < 0
            or index >= len(self._candidates)
            or "\n" in self.text[self._starts[index] : position]
        ):
            return None
        return index

    def pronoun_acting(self, position: int) -> str | None:
        """ "he" or "she" when it opens the sentence right before ``position`` in the same
        paragraph ("She started. 'How could you possibly know that?'"), else None."""
        index = self._sentence_before(position)
        if index is None:
            return None
        phrase = (self._subjects[index] or "").lower()
        return phrase if phrase in ("he", "she") else None

    def _acting_pronoun(self, index: int) -> str | None:
        """ "She glanced at Ellery. “…”": the person a "he" or "she" opening the sentence points
        to, when that person is known to be of the pronoun's gender."""
        phrase = self._subjects[index]
        if phrase == "I" and self.story and self.language.code == "en":
            return NARRATOR  # "I sit up and feel for the lamp. “Is he hurt?”"
        return self._known_pronoun(phrase or "", self._starts[index])

    def _known_pronoun(self, phrase: str, position: int) -> str | None:
        """The person a "he" or "she" (``phrase``) at ``position`` points to, when that person
        is known to be of the pronoun's gender (None for any other phrase)."""
        wanted = self.language.person_pronouns.get(phrase.lower())
        if wanted not in ("male", "female"):
            return None
        found = self._salient_person(position, wanted)
        return found if found and self._gender(found) == wanted else None

    def voice_before(self, position: int) -> str | None:
        """Whose voice the narration's last sentence, in the paragraph before the quotation at
        ``position``, says was heard: "At that moment the boy’s voice came down to them, high
        and cracked. / ‘Deck, there! …’" (the boy: Dick Tonkin). None: no voice heard there."""
        index = self._sentence_index(position) - 1
        if index < 0 or "voice" not in self.sentences[index].text:
            return None
        between = self.text[self._starts[index] + len(self.sentences[index].text) : position]
        if between.count("\n") < 1 or between.strip(" \n\t\"“‘'"):
            return None  # (not the sentence right before the quotation's paragraph)
        voiced = _VOICE.search(self.sentences[index].text)
        if voiced is None:
            return None
        owner = voiced.group("owner")
        words = owner.split()
        if words[0].lower() in _DEFINITE and not self._person_head(words):
            return None  # ("the engine's voice")
        if words[0].lower() in ("his", "her", "my", "their"):
            return None  # (whose, the pronoun's reading tells: not here)
        found = self.resolve(owner, self._starts[index])
        return found if found and (found == NARRATOR or self._is_named_person(found)) else None

    def acting_person_after(self, position: int) -> str | None:
        """The named person who is the subject of the sentence right after ``position`` (the end
        of a quotation) in the same paragraph, when that sentence is the narrator's, not more of
        the quotation."""
        index = bisect.bisect_left(self._starts, position)
        after = self._past_quotation(position)
        following = self.frame[after : after + 1]
        if (
            following.isalpha()
            and following.isupper()
            and (index >= len(self._starts) or self._starts[index] > after)
        ):
            # “Almost?” Harriet put down her cup.: the narration goes on in the quotation's own
            # sentence.
            return self._named_subject(self.frame[after : after + 200], after)
        if index >= len(self._candidates):
            return None
        start = self._starts[index]
        opening = self.frame[start : start + 1]
        if "\n" in self.text[position:start] or not (opening.isalpha() and opening.isupper()):
            return None  # (not more of the quotation, nor a signature: "― Ada Okafor")
        end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self.text)
        if not _PREDICATE.search(self.frame, start, end):
            return None  # a name alone ("“…?” Ada Okafor. Kelderwick …"): nobody acts
        for candidate in self._people(index):
            if candidate.role == "subject" and candidate.at == start and not candidate.unnamed:
                settled = self._settle(candidate)
                if settled is not None and self._is_named_person(settled.name):
                    return settled.name
        return self._acting_pronoun(index)  # "“Every one.” She laughed."

    def _named_next(self, position: int) -> str | None:
        """The named person who is the subject of the first sentence of narration after
        ``position``, in its paragraph or opening the next one (None: a quotation comes first,
        or the sentence's subject is nobody named)."""
        index = bisect.bisect_right(self._starts, position)
        if index >= len(self._candidates):
            return None
        start = self._starts[index]
        if self.text[position:start].count("\n") > 2 or self.frame[start : start + 1] in MARKS:
            return None
        for candidate in self._people(index):
            if candidate.role == "subject" and candidate.at == start and not candidate.unnamed:
                settled = self._settle(candidate)
                if settled is not None and self._is_named_person(settled.name):
                    return settled.name
        return None

    def pronoun_after(self, position: int) -> str | None:
        """ "he" or "she" when it opens the narration right after a quotation ending at
        ``position`` in the same paragraph ("“Nothing, I suppose.” She bent her head …")."""
        match = _PRONOUN_OPENING.match(self.frame, self._past_quotation(position))
        return match.group(1).lower() if match else None

    def _past_quotation(self, position: int) -> int:
        """Where the narration after a quotation ending at ``position`` starts: past its
        closing mark, its stop and spaces."""
        after = position
        while after < len(self.frame) and self.frame[after] in _AFTER_A_QUOTATION:
            after += 1
        return after

    def _named_subject(self, clause: str, position: int) -> str | None:
        """The named person who is the subject of ``clause`` (as written, quotations blanked, at
        ``position``), when it has a verb of its own; a "he" or "she" there is the person of
        that gender the story last put forward, when that gender is known."""
        end = _CLAUSE_END.search(clause)
        clause = clause[: end.start()] if end else clause
        phrase = sentence_subject(clause)
        if not phrase or not _PREDICATE.search(clause, len(phrase)):
            return None
        if self.language.person_pronouns.get(phrase.lower()) in ("male", "female"):
            return self._known_pronoun(phrase, position)
        name = self.names.resolve(unmask(phrase))
        return name if self._is_named_person(name) else None

    def _narration_before(self, position: int) -> int | None:
        """The index of the last sentence of the paragraph before ``position``, when that
        sentence is narration with no quotation in it (None: there is none)."""
        index = self._sentence_index(position)
        if index < len(self._starts) and self._starts[index] < position:
            index += 1  # (the sentence holding the quotation began before it)
        index -= 1
        if index < 0 or index >= len(self._candidates):
            return None
        start = self._starts[index]
        if self.text[start:position].count("\n") == 0 or _BLANK in self.frame[start:position]:
            return None
        return index

    def narrated_before(self, position: int) -> str | None:
        """The named person who is the subject of the last sentence of the paragraph before
        ``position``, when that sentence is narration with no quotation in it ("The landlord, a
        stout man named Gribble, came out with a lantern. / “Two rooms, sir?”"), or whom it
        ends on speaking ("… when the young man beside her spoke. / “Excuse me.”")."""
        index = self._narration_before(position)
        if index is None:
            return None
        start = self._starts[index]
        if self.story and self.language.code == "en":
            end = self.frame.rfind("\n", start, position)
            spoke = _ENDS_SPEAKING.search(self.frame, start, end if end >= 0 else position)
            if spoke:
                phrase = _CUT_AT_PLACE.split(spoke.group("who"), maxsplit=1)[0]
                return self.resolve(phrase, spoke.start("who")) or phrase
        found = self._narrated_subject(index)
        if found is not None and found == self.last_speaker:
            # "“Mr. Blake's are,” said Fanny. / Her mother looked at her with some surprise.
            # Fanny so seldom offered an opinion … / “And how should you know …, child?”": the
            # one who just spoke is talked about; the one the paragraph showed acting answers.
            k = index
            while k > 0 and "\n" not in self.text[self._starts[k - 1] : self._starts[k]]:
                k -= 1
                other = self._narrated_subject(k) or self._described_subject(k)
                if other is not None and other != found and self._turns_to(k, found):
                    return other
        return found

    def _turns_to(self, index: int, person: str) -> bool:
        """Whether sentence ``index`` does something to ``person`` with a pronoun for them
        ("Her mother looked at her with some surprise." of Fanny)."""
        gender = self._gender(person)
        if gender not in ("male", "female"):
            return False
        end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self.frame)
        sentence = self.frame[self._starts[index] : end]
        if gender == "male":
            return _OBJECT_HIM.search(sentence) is not None
        return _OBJECT_HER.search(sentence) is not None

    def newcomer_before(self, position: int) -> str | None:
        """The person the narration sentence right before the paragraph at ``position`` brings
        in with an indefinite description ("The door opened again, and a small girl with two
        brown braids slid in sideways. / “Please, Miss Hale, …”": "a small girl"), or None."""
        index = self._narration_before(position) if self.story else None
        if index is None:
            return None
        for match in _NEWCOMER.finditer(self.frame, self._starts[index], position):
            noun = match.group("noun").lower()
            if is_person_noun(noun) or noun in self._gendered:
                return " ".join(match.group("who").split())
        return None

    def beside_in_narration(self, position: int, other_than: str) -> str | None:
        """The one person besides ``other_than`` that the narration sentence right before the
        paragraph at ``position`` names ("Mr. Blake took a chair near Fanny's work-table and
        examined the purse. / “For whom is it intended?”": Fanny), or None."""
        index = self._narration_before(position)
        if index is None:
            return None
        speakers = {name for _, name in self._turns}
        return self._one_named_between(self._starts[index], position, other_than, speakers)

    def named_in_beat(self, position: int, other_than: str | None) -> str | None:
        """The one person besides ``other_than`` that the narration right before ``position``
        in its paragraph names (“…” He considered Claire gravely. “Do you swim?”: Claire, whom
        the question is put to), or None."""
        index = self._sentence_index(position)
        if index < len(self._starts) and self._starts[index] >= position - 1:
            index -= 1  # (the question opens a sentence of its own)
        if index < 0:
            return None
        start = self._starts[index]
        if "\n" in self.text[start:position] or _BLANK in self.frame[start:position]:
            return None
        return self._one_named_between(start, position, other_than, set())

    def _one_named_between(
        self, start: int, end: int, other_than: str | None, speakers: set[str]
    ) -> str | None:
        """The one person besides ``other_than`` the narration names between ``start`` and
        ``end`` (a name inside a quotation does not count; one of ``speakers`` is a person)."""
        names = set()
        mentions = self.names.mentions
        for number in range(bisect.bisect_left(self._mention_starts, start), len(mentions)):
            mention = mentions[number]
            if mention.start >= end:
                break
            if self.frame[mention.start : mention.start + 1] == _BLANK:
                continue
            name = self.names.resolve(mention.name)
            if name != other_than and (name in speakers or self._is_named_person(name)):
                names.add(name)
        return only_one(names)

    def _described_subject(self, index: int) -> str | None:
        """The named person a description that is sentence ``index``'s subject stands for ("Her
        mother looked at her": Mrs. Harcourt)."""
        for candidate in self._people(index):
            if candidate.role == "subject" and candidate.unnamed:
                name = self.resolve(candidate.name, candidate.at)
                return name if name and self._is_named_person(name) else None
        return None

    def _narrated_subject(self, index: int) -> str | None:
        """The named person sentence ``index`` is about: its subject, a description's one named
        person, or a pronoun taking up the subject before."""
        for candidate in self._people(index):
            if candidate.role == "subject" and not candidate.unnamed:
                settled = self._settle(candidate)
                if settled is not None and not settled.unnamed:
                    return settled.name if self._is_named_person(settled.name) else None
        # "The landlord, a stout man named Gribble, came out": a description for a subject, and
        # one person named in the sentence.
        phrase = self._subjects[index]
        named = {c.name for c in self._people(index) if not c.unnamed}
        described = phrase is not None and phrase.split()[0].lower() in _DETERMINED
        if described and len(named) == 1:
            name = next(iter(named))
            return name if self._is_named_person(name) else None
        return self._same_subject(index) or self._acting_pronoun(index)

    def _same_subject(self, index: int) -> str | None:
        """ "Vane nodded slowly. He crossed to the window.": a "he" or "she" opening sentence
        ``index`` goes on with the named subject of the sentence before it in the paragraph, when
        that person's gender is not known to be another."""
        wanted = self.language.person_pronouns.get((self._subjects[index] or "").lower())
        if wanted not in ("male", "female") or index < 1:
            return None
        if "\n" in self.text[self._starts[index - 1] : self._starts[index]]:
            return None
        for candidate in self._people(index - 1):
            if candidate.role == "subject" and not candidate.unnamed and not candidate.deferred:
                name = candidate.name
                known = self._gender(name)
                return name if self._is_named_person(name) and known in (wanted, None) else None
        return None

    def addressee(self, quoted: str, *, any_name: bool = False) -> str | None:
        """The person of the article whom ``quoted`` (a quotation's words) speaks to by name:
        "Edmund, you are unkind", "My dear Agatha, you must be perished", "… for drowning you,
        Miss Ashgrove." (None: nobody the article names; with ``any_name``, a name the article
        uses nowhere else will do: "Oh, Henry, you slept in a ditch")."""
        return next(self.addressees(quoted, any_name=any_name), None)

    def addressees(
        self, quoted: str, *, any_name: bool = False, inside: bool = False
    ) -> Iterator[str]:
        """Everyone ``quoted`` speaks to by name, in order; with ``inside``, also a name that
        opens a later sentence of it ("You are very wet, Mr. Blake. … Louisa, ring for more
        coals.")."""
        quoted = _NESTED_QUOTE.sub(_blank_out, quoted)  # (who a quotation inside it spoke to)
        matches: Iterator[re.Match[str]] = _VOCATIVE.finditer(quoted)
        if inside:
            matches = chain(matches, _VOCATIVE_INSIDE.finditer(quoted))
        for match in matches:
            set_off: str | None = match.groupdict().get("set_off")  # (none in _VOCATIVE_INSIDE)
            apposed = _APPOSED.search(quoted, 0, match.start()) if set_off else None
            if apposed and apposed.group(1) in self.language.person_nouns:
                continue  # "this is my colleague, Dr. Rennie" (not "Your deal, Frank")
            called: str = match.group("opening") or set_off or ""
            first = re.split(r"['’]", called.split()[0].lower())[0]  # ("It's Baines")
            if first in self.language.determiners:
                continue  # "The Morwenna, aye": a ship, a house, a book
            if " " in called and first in stop_words("en") and first.rstrip(".") not in TITLES:
                continue  # "From Eversham, sir", "It's Baines, Sarge": nobody spoken to
            if (
                " " not in called
                and (first in stop_words("en") or first in self.language.sentence_openers)
                and not self._named_mid_sentence(called)
            ):
                continue  # "Neither, I think, precisely", "Ay, ay, sir": no name
            name = self.names.resolve(called)
            if self._is_named_person(name):
                yield name
                continue
            low = name.lower()
            if low in TITLES:
                titled = self._titled_person(low)
                if titled:
                    yield titled  # "There is always something to see, Inspector."
                continue
            if low in self.language.sentence_openers:
                continue
            if any_name or (
                self._named_twice(name) and (set_off or self._named_mid_sentence(name))
            ):
                # "Tell me, Hobbs, when …": one calls a person so, and the story names Hobbs
                # elsewhere too ("Yeah, …" opens sentences only).
                yield name
        for match in _TITLE_SET_OFF.finditer(quoted) if self.story else ():
            # "I'm from a long way off, captain.": the one captain of the story (Captain Rudd)
            if match.group(1) in TITLES:
                titled = self._titled_person(match.group(1))
                if titled:
                    yield titled
        for match in _YOUR_TITLE.finditer(quoted):
            # "And your lordship?": the one lord of the story (Lord Ashdown)
            titled = self._titled_as(match.group(1).lower())
            if titled:
                yield titled

    def _role_by_initials(self, acronym: str, position: int) -> str | None:
        """The person last named, before ``position``, right after a role written in words
        whose initials spell ``acronym``: "the CS" after "Health Cabinet Secretary Dr. Rosemary
        Langat", "the CEO" after "Chief Executive Officer Ada Obi" (None: nobody so)."""
        words = r"\s+".join(rf"{letter}[\w’'\-]*" for letter in acronym)
        pattern = re.compile(
            rf"\b{words}\s+(?:(?:{_HONORIFIC_ALT})\.?\s+)?(?P<name>{_CAPITALISED_RUN})"
        )
        found = None
        for match in pattern.finditer(self.text, 0, position):
            found = match
        if found is None:
            return None
        name = self.names.resolve(found.group("name"))
        return name if self._is_named_person(name) else None

    def _titled_as(self, head: str) -> str | None:
        """The one person the story gives the title a description's ``head`` names: "the
        Colonel", "her ladyship", "the doctor" (written "Dr. Penrose" as often as "Doctor")."""
        title = _TITLE_FOR.get(head, head)
        return self._titled_person(title) or (
            self._titled_person(_TITLE_ABBREVIATIONS[title])
            if title in _TITLE_ABBREVIATIONS
            else None
        )

    def _titled_person(self, title: str) -> str | None:
        """The one person the article names with ``title`` ("Inspector Colin Mabry" for
        "inspector"; None: nobody, or several); in a story that gives nobody that title with a
        name, the character it calls by the title alone ("the Colonel")."""
        found = only_one(set(self._people_by_title.get(title, ())))
        short = _TITLE_ABBREVIATIONS.get(title)
        if found is None and short and short in self._people_by_title:
            return None  # ("the Doctor" of a story that writes "Dr. Grigg": _titled_as reads it)
        if found is None and self.story and title in _TITLE_HEADS and title not in _ABSTRACT:
            return self._called_by_title.get(title)
        return found

    @cached_property
    def _called_by_title(self) -> dict[str, str]:
        """Titles the narration writes with a capital after "the" and before no name ("the
        Colonel took possession of the only comfortable chair") -> that character, as written."""
        found: dict[str, str] = {}
        for match in _THE_TITLE.finditer(self.frame or self.text):
            title = match.group(1)
            if title.lower() in _TITLE_HEADS:
                found.setdefault(title.lower(), f"the {title}")
        return found

    @cached_property
    def _people_by_title(self) -> dict[str, frozenset[str]]:
        """Each title the article writes before names (lower case, no dot) -> the people it
        names so, read once: asked for every "the Colonel" and "her father" of a novel."""
        found: dict[str, set[str]] = {}
        for mention in self.names.mentions:
            if mention.titles:
                name = self.names.resolve(
                    _OWNER_OF.split(mention.name)[0]
                )  # ("Lady Ormsby's Ward")
                for title in mention.titles:
                    found.setdefault(title.lower().rstrip("."), set()).add(name)
        return {title: frozenset(names) for title, names in found.items()}

    def _named_twice(self, name: str) -> bool:
        """Whether the article writes ``name`` (one word, no common one) more than once."""
        if (
            " " in name
            or name.lower() in stop_words("en")
            or name.lower() in self.language.time_words
        ):
            return False
        return self._mention_counts[name] > 1

    def self_named(self, quoted: str, *, alone: bool = False) -> str | None:
        """The name ``quoted`` (a quotation's words) gives its own speaker: "My name is
        Fenwick", "I am Doctor Mortimer" (a name the article uses for a person); with ``alone``
        (the quotation is a sentence of its own), a whole name alone: "Tom Ashworth."."""
        match = _SELF_NAMED.search(quoted)
        if match is None:
            # "He held out a hand. “Tom Ashworth.”": a whole name alone, a sentence of its own
            # (``alone``), given as an introduction (two words or more; a first name alone is
            # more often a call; a title inside a sentence names a work)
            whole = _NAME_ALONE.fullmatch(quoted.strip()) if alone and self.story else None
            return whole.group("name") if whole else None
        name = self.names.resolve(match.group("name"))
        if name.split()[0].lower() in _FIRST_PERSON:
            name = match.group("name")  # (the index read "I'm Batman" as one capitalised run)
        verb = " ".join((match.group("verb") or match.group("verb2")).lower().split())
        if verb in ("it's", "it’s", "this is") and _OF_SOMEONE_ELSE.match(quoted, match.end()):
            return None  # "It's Dad. He fell again.": news of someone, not who is calling
        if verb in ("i am", "i'm", "i’m", "it's", "it’s", "this is"):
            return name if self._is_named_person(name) else None
        return name

    def titled_between(self, start: int, end: int) -> set[str]:
        """The people the text names with a title between ``start`` and ``end`` (a quotation's
        words): "Miss Marlow", "Mr. Pennington", how one speaks of someone else (not inside a
        quotation the line quotes: "He said, 'You were in the east wing, Miss Merriweather.'")."""
        first = bisect.bisect_left(self._mention_starts, start)
        last = bisect.bisect_left(self._mention_starts, end)
        nested = [m.span() for m in _NESTED_QUOTE.finditer(self.text, start, end)]
        return {
            self.names.resolve(m.name)
            for m in self.names.mentions[first:last]
            if m.titles and not any(a <= m.start < b for a, b in nested)
        }

    def new_paragraph(self, position: int) -> bool:
        """Whether a paragraph has begun since the last speaker spoke."""
        return (
            0 <= self.last_speaker_at <= position
            and "\n" in self.text[self.last_speaker_at : position]
        )

    def other_party(self, position: int) -> str | None:
        """The speaker before the last one, when recent: who answers a question in an exchange
        of quotations ("“What is his name?” asked Mr. Harlow. / “Fenwick.”")."""
        if (
            self.story
            and self.last_speaker not in (NARRATOR, None)
            and self._first_person
            and self._to_me(self.last_speaker_at)
        ):
            return NARRATOR  # "“There he is,” he says when he sees me. / “Hi, Dad.”"
        for at, name in reversed(self._turns[:-1]):
            if name != self.last_speaker:
                # (as recent as their last words: a story told in several quotations)
                last = self._spoke_at.get(name, at)
                return name if 0 <= position - last <= _SALIENCE_CHARS else None
        # Nobody else has spoken yet: in a story told in the first person, the narrator is
        # spoken to ("My sister calls at six. / “Are you up?” Nora says. / “I am now.”"); else
        # the person the story last put forward.
        if self.story and self.last_speaker != NARRATOR and self._first_person:
            return NARRATOR
        return self._salient_person(position, None, other_than=self.last_speaker)

    def _to_me(self, position: int) -> bool:
        """Whether the narration of the paragraph around ``position`` has the narrator as an
        object ("when he sees me", "she tells me"): its line was spoken to the narrator."""
        start = self.frame.rfind("\n", 0, position) + 1
        end = self.frame.find("\n", position)
        return _ME.search(self.frame, start, end if end >= 0 else len(self.frame)) is not None

    @cached_property
    def _first_person(self) -> bool:
        """Whether the narration says "I" or "me" (outside quotations) at least ``_NARRATOR_I``
        times."""
        said = len(_NARRATION_I.findall(self.frame)) + len(_ME.findall(self.frame))
        return said >= _NARRATOR_I

    def turned_to(self, start: int, end: int, speaker: str | None) -> str | None:
        """The one person the narration between ``start`` and ``end`` (a line's paragraph)
        shows its speaker turning to, taking from or looking at ("said Mr. Penrose, accepting
        a cup from Mrs. Ferrars", "said Clara, turning to her cousin Louisa"): who answers the
        line (None: nobody so, or several)."""
        found = set()
        for match in _TURNED_TO.finditer(self.frame, start, end):
            name = self.names.resolve(unmask(match.group("name")))
            if name != speaker and self._is_named_person(name):
                found.add(name)
        return only_one(found)

    def spoke_to(self, quoted: str, position: int) -> None:
        """Note the person the quotation ``quoted``, ending at ``position``, spoke to by name
        (or that it spoke to nobody so)."""
        addressee = self.addressee(quoted)
        self._spoken_to = (position, addressee) if addressee else None

    def said(self, speaker: str | None, position: int) -> None:
        """Note that ``speaker`` said something at ``position``."""
        if not speaker:
            return
        if speaker != self.last_speaker:
            self._turns.append((position, speaker))
        self._spoke_at[speaker] = position
        self.last_speaker = speaker
        self.last_speaker_at = position
        index = max(0, bisect.bisect_right(self._starts, position) - 1)
        if index < len(self._candidates):
            unnamed = speaker[:1].islower() or speaker.split()[0].lower() in _DEFINITE
            candidate = _Candidate(position, speaker, "speaker", unnamed)
            self._candidates[index].append(candidate)
            self._note_unnamed(candidate, index)
        if self._is_body(speaker):
            self._bodies.add(position, speaker)
            self._acting.add(position, speaker)

    # -- descriptions ----------------------------------------------------------------------

    def _description(self, phrase: str, words: list[str], position: int) -> str | None:
        """A description of a document, a body or a person, resolved to the name the article
        gives it (None: not such a description, or nothing better than the phrase is known)."""
        first = words[0].lower()
        owned = next((i for i, w in enumerate(words[:4]) if _POSSESSIVE.match(w)), -1)
        if first in _POSSESSORS:
            owned = 0  # "his son", "her lawyer"
        head_words = _head_words(words)
        head = head_words[-1].lower() if head_words else ""
        documents = self.language.document_nouns
        if head in documents:
            if 0 <= owned < len(words) - 1 and first not in ("its", "it's"):
                # "United's statement to the stock exchange", "Mr Katter's statement": its
                # owner speaks.
                owner = " ".join([*words[:owned], words[owned].rstrip("s").rstrip("'’")])
                return self.resolve(owner, position)
            return self._document(phrase, words, head, position)
        if len(words) == 2 and (first in _DEFINITE or first in _POSSESSORS):
            titled = self._titled_as(head) if head in _TITLE_HEADS else None
            if head == "grace" and first in _GRACES:
                titled = self._titled_as(_GRACES[first])  # "said her Grace": the Duchess
            if titled:
                return titled  # "the Colonel", "her ladyship": the one person with that title
        owner_of_name = owned >= 0 and all(w[:1].isupper() for w in words[owned + 1 :])
        if 0 <= owned < len(words) - 1 and self._person_head(words) and not owner_of_name:
            # "Keith Lamont Scott's wife", "his son": someone else than the owner (but
            # "Labour's Angela Rayner" is her name after her party) — the name the
            # article tied to the noun, else the description as written.
            spouse = self._spouse(first, head, position) if len(words) == 2 else None
            return (
                spouse
                or self._tied_person(words[owned + 1 :], position)
                or self._owners(first, words, position)
                or phrase
            )
        if first == "my" and len(words) == 2 and head in _SIBLINGS and self.story:
            # "said my sister" in a story told by a brother who calls his family by first
            # names: the one person it names so, of the sibling's gender.
            sibling = self._one_first_name(self._noun_gender(head), other_than=NARRATOR)
            if sibling and self._first_person:
                return sibling
        if first == "my" and len(words) == 2 and head in self.language.companion_nouns:
            companion = self._companion if self.story else None
            if companion:
                return companion
        if first in _INDEFINITE and len(words) > 1 and self._person_head(words):
            # "A spokesman for the anti-fraud office said … spokesman Jorg Wojahn said": the
            # name the article gives the same role soon after; "A teenager from Illinois …
            # Dayna Dobias, 19, …": the person named next; "A resident, who gave his name only
            # as Segun, told …": the name its own sentence gives it.
            index = self._sentence_index(position)
            end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self.text)
            tie = self._referents.first_tied_between(head, self._starts[index] - 1, end)
            named = self.names.resolve(tie.name) if tie is not None else None
            if named and self._is_named_person(named):
                return named
            return self._named_later(head, position)
        if len(words) == 2 and head in self.language.entourage_nouns:
            # "Her campaign said in a statement": the campaign of the woman the news is about
            owned_by = self._owners(first, words, position)
            if owned_by:
                return owned_by
        if first not in _DEFINITE or len(words) < 2:
            return None
        if first in ("that", "this") and self._person_head(words):
            # "“To see me?” said that gentleman": the person just named (in the narration)
            named = self._last_mention(position, self._noun_gender(head))
            if named:
                return named
        if self._person_head(words):
            return (
                self._tied_person(words, position)
                or (self._named_later_as(head, position) if self.story else None)
                or (self._titled_later(words, head, position) if not self.story else None)
                or self._unnamed(phrase, head, position)
            )
        if head in self.language.body_nouns:
            key = phrase.lower()
            if key not in self._settled:
                body = self._body(head, head_words, position)
                if body is None:
                    return None
                self._settled[key] = body
            return self._settled[key]
        return None

    def _owners(self, first: str, words: list[str], position: int) -> str | None:
        """ "In a statement, her family said:" in a news story: the family (lawyer, friends) of
        the person "her" is, by name ("Margaret Hollis’s family"); None in a story (where "his
        wife" is how the narration goes on calling her) or when "his"/"her" is nobody named."""
        if self.story or len(words) != 2 or first not in ("his", "her"):
            return None
        gender = _PRONOUN_GENDER[first]
        owner = self._salient_person(position, gender, other_than=" ".join(words).lower())
        if owner is None or not self._is_named_person(owner):
            # ("her family said" paragraphs after the story last named her): the person of
            # that gender the story names most, by a clear lead
            owner = self._most_named(position, gender)
        if owner is None:
            return None
        apostrophe = "’" if "’" in self.text else "'"
        return f"{owner}{apostrophe}s {words[1]}"

    def _most_named(self, position: int, gender: Gender) -> str | None:
        """The named person of ``gender`` the article writes most often before ``position``,
        twice or more and more often than anyone else of that gender (None: no such lead)."""
        counts: Counter[str] = Counter()
        for mention in self.names.mentions:
            if mention.start >= position:
                break
            name = self.names.resolve(mention.name)
            if self._is_named_person(name) and self._gender(name) == gender:
                counts[name] += 1
        top = counts.most_common(2)
        if not top or top[0][1] < 2 or (len(top) == 2 and top[1][1] * 2 > top[0][1]):
            return None
        return top[0][0]

    def _spouse(
        self, possessor: str, head: str, position: int, owner: str | None = None
    ) -> str | None:
        """ "his wife" when he is Mr. Harlow and the article names Mrs. Harlow too (and "her
        husband" the other way): the family title says who. "her brother" when she is Margaret
        Carrow and the article names one other Carrow who may be a man: that one. ``owner``:
        who "his" or "her" is, when the words around tell ("Kitty and her brother")."""
        called = self._called_by_kin(head) if possessor in _POSSESSORS else None
        if called:
            return called
        if possessor == "their" and head in _PARENTS and owner is None and self.story:
            # "The Miss Ashbys were at work when their father came in": the one Mr. of the story
            # (the one of them its narration names, or the husband of its one Mrs.).
            return self._parent([], "mr" if head == "father" else "mrs")
        if possessor not in ("his", "her") or not (
            head in _KIN or (self.story and head in _WIDER_KIN)
        ):
            return None
        owner = owner or self.resolve("he" if possessor == "his" else "she", position)
        words = owner.split() if owner else []
        if head in _PARENTS and words:
            return self._parent(words, "mr" if head == "father" else "mrs")
        if len(words) == 1 and self.story and head in _SIBLINGS:
            # "Clara and her brother" in a story that calls its family by first names: the
            # one other person it names so, of the sibling's gender.
            return self._one_first_name(self._noun_gender(head), other_than=words[0])
        if len(words) != 2:
            return None
        titles = {("his", "wife"): ("Mr.", "Mrs."), ("her", "husband"): ("Mrs.", "Mr.")}
        pair = titles.get((possessor, head))
        if pair and words[0] == pair[0] and words[1] in self.names.titled:
            return f"{pair[1]} {words[1]}"
        gender = self._noun_gender(head)
        relative = self._relative(owner or "", gender)
        if relative and owner and relative.split()[0] in _FAMILY_TITLE_FORMS:
            # "Mr. Ashby", known by his title only, may be the "Edward" the line before spoke
            # to: her brother by his first name is the name the story gives him.
            replier = self._replier(position, gender)
            if replier and " " not in replier and replier != owner:
                return replier
        if relative or not owner:
            return relative
        # "“Edward, you do not think it is Mr. Crane?” / “I do not know,” returned her brother.":
        # the one the line before spoke to answers.
        replier = self._replier(position, gender)
        return replier if replier != owner else None

    def _one_first_name(self, gender: str | None, *, other_than: str) -> str | None:
        """The one person the article names by one word only (a first name) other than
        ``other_than`` whose gender may be ``gender`` (None: none, or several)."""
        return only_one(
            {
                name
                for name in self._resolved_names
                if " " not in name
                and name != other_than
                and self._is_named_person(name)
                and self._gender(name) in (gender, None)
            }
        )

    @cached_property
    def _resolved_names(self) -> frozenset[str]:
        """Every name the article writes, as resolved (read once)."""
        return frozenset(self.names.resolve(mention.name) for mention in self.names.mentions)

    def _called_by_kin(self, head: str) -> str | None:
        """ "her aunt" in a story that calls one person "Aunt Prue": that person (None: the
        relation is not one a family calls people by, or the story calls several so)."""
        if head not in KIN_CALLS:
            return None
        return only_one(set(self._called_by_first_word.get(head, ())))

    @cached_property
    def _called_by_first_word(self) -> dict[str, frozenset[str]]:
        """The first word of each name of several words, lower case -> the people so named
        ("aunt" -> {"Aunt Prue"}), read once."""
        found: dict[str, set[str]] = {}
        for mention in self.names.mentions:
            if " " in mention.name:
                first = mention.name.split()[0].lower()
                found.setdefault(first, set()).add(self.names.resolve(mention.name))
        return {first: frozenset(names) for first, names in found.items()}

    def _parent(self, owner: list[str], title: str) -> str | None:
        """ "her father" of Clara in a story whose one "Mr." is Mr. Pendleton: the one person the
        article calls by the parent's family title ("mr", "mrs"), of the owner's surname when
        the owner has one (None: none, or several)."""
        found = {
            name
            for same in _PARENT_TITLES.get(title, (title,))
            for name in self._people_by_title.get(same, ())
        }
        if len(owner) > 1:
            found = {name for name in found if name.split()[-1] == owner[-1]}
        found.discard(" ".join(owner))
        titled_forms = {
            name for name in found if name.split()[0].rstrip(".").lower() in FAMILY_TITLES
        }
        for name in titled_forms:
            # ("Mr. Ashworth" beside "Mr. Josiah Ashworth": one man, by his fuller name)
            fuller = {
                other for other in found - titled_forms if other.split()[-1] == name.split()[-1]
            }
            if len(fuller) == 1:
                found.discard(name)
        if len(found) > 1:
            # A "Mrs. Pole" that only the dialogue mentions is nobody's mother in the room.
            found = {name for name in found if self.named_in_narration(name)}
        if len(found) > 1:
            # Mrs. Ashby beside Mr. Ashby, not Mrs. Crane the housekeeper: parents are a couple.
            other = self._people_by_title.get("mrs" if title == "mr" else "mr", frozenset())
            surnames = {name.split()[-1] for name in other}
            found = {name for name in found if name.split()[-1] in surnames} or found
        alone = all(
            sum(1 for other in self._resolved_names if other.split()[-1] == name.split()[-1]) < 2
            for name in found
        )
        couple = (
            self._couple_member("male" if title == "mr" else "female", owner) if alone else None
        )
        if couple:
            # "said her father" of Kitty, in a story of Tom Berrow and Martha Berrow, his wife,
            # and a lodger called Mr. Alder: parents are a couple.
            return couple
        return only_one(found)

    @cached_property
    def _narration_words(self) -> frozenset[str]:
        """The words the narration (the text with quoted words blanked) writes, read once."""
        return frozenset(_NARRATION_WORD.findall(self.frame))

    def _in_narration_words(self, word: str) -> bool:
        """Whether the narration writes ``word`` as a word of its own."""
        if "-" not in word:
            return word in self._narration_words
        # (a hyphenated name: a search, as a word's parts are read apart)
        return re.search(rf"(?<![\w’']){re.escape(word)}(?![\w’'])", self.frame) is not None

    def _couple_member(self, gender: str, owner: list[str]) -> str | None:
        """The one person of ``gender`` among the couples the story's narration names in full (a
        man and a woman of one surname: "Tom Berrow", "Martha Berrow"), of the owner's surname
        when the owner has one; None: no such couple, or several. A person whose gender the
        story never shows may be either."""
        other = "female" if gender == "male" else "male"
        by_surname: dict[str, list[tuple[str, str | None]]] = {}
        for name in self._resolved_names:
            words = name.split()
            if len(words) < 2 or name == " ".join(owner) or not self._is_named_person(name):
                continue
            if not self._in_narration_words(words[0]):
                continue  # (the brother who signs a letter read out is in no room of the story)
            by_surname.setdefault(words[-1], []).append((name, self._gender(name)))
        found = set()
        for surname, people in by_surname.items():
            if len(owner) > 1 and surname != owner[-1]:
                continue
            if not any(known == other for _, known in people):
                continue  # (no one of the other gender: no couple)
            found |= {name for name, known in people if known == gender} or {
                name for name, known in people if known is None
            }
        return only_one(found)

    def parent_called(self, word: str, child: str | None) -> str | None:
        """The parent a family word stands for ("Mamma", "Papa") when ``child`` (who spoke to
        them so) has one the story names ("her mother" of Louisa is Mrs. Ashby), else None."""
        if word.lower() not in self.language.family_names:
            return None
        gender = self._noun_gender(word.lower())
        if gender not in ("male", "female") or not child:
            return None
        return self._parent(child.split(), "mr" if gender == "male" else "mrs")

    def pronoun_besides(self, pronoun: str, position: int, other: str) -> str | None:
        """Whom "he" or "she" at ``position`` stands for when it cannot be ``other`` (the one
        the line speaks to)."""
        gender = self.language.person_pronouns.get(pronoun)
        if gender not in ("male", "female"):
            return None
        return self._salient_person(position, gender, other_than=other)

    def child_calling(self, quoted: str, speaker: str, position: int) -> str | None:
        """Who says ``quoted``, a line that calls a parent by a family word ("…, Mamma."), when
        ``speaker`` (as read so far) has no parent the story names: the one person the story
        names with a first name whose parent it is (None: not so)."""
        called = _FAMILY_WORD.search(quoted)
        if called is None or called.group(1).lower() not in self.language.family_names:
            return None
        word = called.group(1)
        if self._child_of(speaker, word):
            return None
        children = {
            name
            for name in self._resolved_names
            if (len(name.split()) == 2 or name in self._offspring)
            and name != speaker
            and self._is_named_person(name)
            and self._child_of(name, word)
        }
        return only_one(children)

    def _child_of(self, name: str, word: str) -> str | None:
        """The parent ``name`` may call ``word`` ("Mamma"): one of the family the story names,
        of the same surname, when ``name`` is no one titled as a grown man or woman is
        ("Colonel Fitzroy", "Sir Harry Lanyon")."""
        if name.split()[0] in _FAMILY_TITLE_FORMS or any(
            name in names
            for title, names in self._people_by_title.items()
            if title in TITLES and title.capitalize() not in YOUNG_TITLES
        ):
            return None
        parent = self.parent_called(word, name)
        if parent is None or len(name.split()) < 2:
            return parent
        return parent if parent.split()[-1] == name.split()[-1] else None

    def _relative(self, owner: str, gender: str | None) -> str | None:
        """The one other person of the article who shares ``owner``'s surname and whose gender
        may be ``gender`` (None: none, or more than one)."""
        if self._families is None:
            self._families = {}
            for mention in self.names.mentions:
                name = self.names.resolve(mention.name)
                if len(name.split()) > 1 and self._is_named_person(name):
                    self._families.setdefault(mention.name.split()[-1], set()).add(name)
        found = self._families.get(owner.split()[-1], set()) - {owner}
        if gender is not None:
            found = {name for name in found if self._gender(name) in (gender, None)}
        return only_one(found)

    def _named_later(self, head: str, position: int) -> str | None:
        """The person an indefinite description introduces when the article names them right
        after: a tie with the same noun in the next two sentences, or a named subject opening
        the next sentence whose gender agrees."""
        index = self._sentence_index(position)
        limit = self._starts[index + 3] if index + 3 < len(self._starts) else len(self.text)
        tie = self._referents.first_tied_between(head, position, limit)
        if tie is not None:
            return self.names.resolve(tie.name)
        return self._linked.get(index)

    def _document(self, phrase: str, words: list[str], head: str, position: int) -> str | None:
        """ "a report from Kotak Institutional Equities", "the report" (its author, when the
        article says who that is)."""
        lowered = [w.lower() for w in words]
        for joiner in ("from", "by"):
            if joiner in lowered:
                after = " ".join(words[lowered.index(joiner) + 1 :])
                if after[:1].isupper() or after.lower().startswith("the "):
                    return self.resolve(after, position)
        if lowered[0] not in _DEFINITE:
            return phrase
        key = f"document:{head}"
        if key not in self._settled:
            author = self._referents.author(head, position)
            if author is None and not self._introduced(head, position):
                # "The report said" with no report introduced before: the body the article is
                # about, which spoke last.
                author = self._last_body(position, any_body=True)
            if author is None:
                return phrase
            resolved = self.resolve(author, position)
            self._settled[key] = resolved or phrase
        return self._settled[key]

    def _introduced(self, noun: str, position: int) -> bool:
        """True when the article mentioned "a/an … <noun>" before ``position``."""
        if noun not in self._first_introduced:
            # Where the article first writes it (the text is searched once per noun).
            pattern = rf"\b(?:a|an)\s+(?:[\w\-]+\s+){{0,3}}{re.escape(noun)}s?\b"
            found = re.search(pattern, self.text, re.IGNORECASE)
            self._first_introduced[noun] = found.end() if found else None
        first = self._first_introduced[noun]
        return first is not None and first <= position

    def _body(self, head: str, head_words: list[str], position: int) -> str | None:
        """The body a description such as "the company" or "the police association" names."""
        tied = self._referents.tied(head, (w.lower() for w in head_words), position)
        if tied:
            return self._body_name(tied)
        wanted = {w.lower() for w in head_words} - _DEFINITE
        named = self._bodies.last_with_words(wanted, position, head)
        if named:
            return named  # "the council": the World Maritime Safety Council
        public = head in _GENERIC_PUBLIC
        if not public and head not in _GENERIC_BUSINESS:
            return None  # "the union" with no union named: the description stays
        for bodies in (self._acting, self._bodies):
            # The last body of the same kind that spoke or acted, else that was named.
            for at, name in bodies.before(position):
                if position - at > 3 * _SALIENCE_CHARS:
                    break
                if self._referents.is_public(name) == public and (public or self._is_company(name)):
                    return name
        return None

    def _is_company(self, name: str) -> bool:
        """A body the article names by its own name rather than a generic one ("Brightwell",
        "Skyreach"; not "the Cabin Crew Union" or "Oostvaart's board"), or ties to a business."""
        return not is_organisation(name) or name.split()[-1].lower() in self.language.body_nouns - (
            self.language.organisation_heads
        )

    def _body_name(self, name: str) -> str:
        expanded = self._referents.acronyms.get(name)
        resolved = self.names.resolve(expanded or name)
        return resolved if resolved[:1].isupper() else name

    def _tied_person(self, words: list[str], position: int) -> str | None:
        head_words = _head_words(words)
        if not head_words:
            return None
        modifiers = [w.lower() for w in head_words[1:-1] if w[:1].isupper()]
        tied = self._referents.tied(
            head_words[-1].lower(), (w.lower() for w in head_words), position, modifiers
        )
        return self.names.resolve(tied) if tied else None

    def _titled_later(self, words: list[str], head: str, position: int) -> str | None:
        """ "…, the health secretary has announced." in a news story's opening that names her
        soon after with the role before her name ("Health Secretary Priya Nandra told …"): that
        person, when the role's words are all in the title (None: nobody so soon)."""
        if position > _OPENING_CHARS or len(words) < 2:
            return None
        tie = self._referents.first_tied_between(head, position, position + _OPENING_CHARS)
        if tie is None:
            return None
        # (its words all in the title before the name: "Health Secretary Priya Nandra")
        title = set(_WORDS.findall(self.text[max(0, tie.at - 60) : tie.at].lower()))
        if not {w.lower() for w in words[1:]} <= title | set(tie.words):
            return None
        name = self.names.resolve(tie.name)
        return name if self._is_named_person(name) else None

    def _named_later_as(self, head: str, position: int) -> str | None:
        """ "asked the curate politely" in a story that names him further on ("The curate, Mr.
        Denholm, was a thin young man"): the one person the story ties to ``head`` after
        ``position`` (None: nobody, or several)."""
        found = {
            self.names.resolve(tie.name)
            for tie in self._referents.ties
            if tie.head == head and tie.at > position and tie.introduces
        }
        return only_one(found)

    def _unnamed(self, phrase: str, head: str, position: int) -> str | None:
        """A person described but never named: "the young woman" after "A young woman who …";
        else the salient person whose gender agrees with the description's noun."""
        newcomer = head in self.language.newcomer_nouns
        # "said the stranger": someone the story has not named; in a story, the one it brought
        # in last without a name ("Directly a tall man rode up …")
        introduced = self._last_unnamed(position) if newcomer and self.story else None
        if introduced:
            return introduced
        first = self._first_unnamed.get(head)
        if first is not None and first[0] < position:
            return self._linked.get(first[1]) or self._as_first_described(first, phrase)
        if newcomer:
            return _definite(phrase)
        epithet = self._epithet_person(phrase, head, position)
        if epithet:
            return epithet
        kept = self._epithet(phrase, head)
        read = self._read_before(kept, phrase, position) if kept else None
        if read:
            return read
        if self.story and phrase.split()[-1][:1].isupper() and len(phrase.split()) == 2:
            # "demanded the Gardener", "said the Owl": a story that writes the role with a
            # capital uses it as the character's name.
            return phrase
        if self._own_character(phrase, head, position):
            # "…, the waiter brought in a card. / “A gentleman wishes to see you, sir,” said the
            # waiter", "arguing with a nurse … The nurse doesn't look up": someone the story
            # calls so all along, not the last person it named.
            return _definite(phrase)
        person = self._salient_person(position, self._noun_gender(head))
        if person and self._described_otherwise(person, phrase, head, position):
            return _definite(phrase)  # "the Labour candidate" is not the Conservative one
        if person and _AGE.fullmatch(head):
            # "the 52-year-old told BBC Sport … The 19-year-old said": one age, one person.
            if self._ages.get(person, head) != head:
                person = self._salient_person(position, self._noun_gender(head), other_than=person)
            if person:
                self._ages.setdefault(person, head)
        self._read_as(kept, position, person)
        return person or _definite(phrase)

    def _last_unnamed(self, position: int) -> str | None:
        """The person a story's narration brought in last, before ``position``, by an
        indefinite description ("Directly a tall man rode up": "the tall man"), not a speaker
        so described ("said the landlord"); None when there is none."""
        best: _Candidate | None = None
        for head, (at, index) in self._first_unnamed.items():
            if at >= position or head in self.language.newcomer_nouns:
                continue
            if best is not None and at <= best.at:
                continue
            for candidate in self._candidates[index]:
                if candidate.at == at and candidate.unnamed and candidate.role != "speaker":
                    best = candidate
        return best.name if best else None

    def _own_character(self, phrase: str, head: str, position: int) -> bool:
        """Whether, in a story, a description by a role ("the waiter", "the nurse") stands for
        someone of its own: the narration used it, or introduced "a nurse", before. Not so a
        plain "the old man" or "the woman", the epithets of people the story names."""
        return (
            self.story
            and head not in _PLAIN_PERSONS
            and (self._narrated_as(phrase, position) or self._introduced(head, position))
        )

    def _narrated_as(self, phrase: str, position: int) -> bool:
        """Whether the narration wrote ``phrase`` ("the waiter") before ``position``, as a
        person of its own (not set off beside a name)."""
        key = phrase.lower()
        if key not in self._first_narrated:
            # Where the narration first writes it on its own (searched once per phrase).
            pattern = rf"(?<![\w’'])(?<!,\s){re.escape(phrase)}(?![\w’'])(?!,\s+[A-Z])"
            found = re.search(pattern, self.frame, re.IGNORECASE)
            self._first_narrated[key] = found.end() if found else None
        end = self._first_narrated[key]
        return end is not None and end < position - 1

    def _epithet_person(self, phrase: str, head: str, position: int) -> str | None:
        """ "the old man" in a story that wrote "old Mr. Ambrose": the one person the article
        names with the description's adjective before the name, of the noun's gender."""
        words = [w.lower() for w in phrase.split()[1:-1]]
        if not words or len(words) > 2 or head not in self._gendered:
            return None
        gender = self._noun_gender(head)
        found: set[str] = set()
        for adjective in words:
            for at, name in self._epithets_of(adjective):
                if at >= position:
                    break
                if self._is_named_person(name) and self._gender(name) in (gender, None):
                    found.add(name)
        return only_one(found)

    def _epithet(self, phrase: str, head: str) -> str | None:
        """A story's description of a person by an adjective or two ("the old gentleman"), as
        the key it is remembered by (None: not one)."""
        words = phrase.split()
        if self.story and 3 <= len(words) <= 4 and head in self._gendered:
            return phrase.lower()
        return None

    def _read_before(self, epithet: str, phrase: str, position: int) -> str | None:
        """The person the story's ``epithet`` was last read as before ``position``: "The old
        gentleman opened his eyes" (Mr. Fairlie) … "The old gentleman folded his newspaper"
        (him again, not the young man who spoke last). Read first where the narration first
        writes it."""
        first = self._first_epithet(epithet)
        if first is not None and first < position and epithet not in self._epithet_readings:
            self._epithet_readings[epithet] = []  # (no cycles through itself)
            self.resolve(phrase, first)
        earlier = self._epithet_readings.get(epithet, [])
        index = bisect.bisect_left(earlier, (position, "")) - 1
        return earlier[index][1] if index >= 0 else None

    def _read_as(self, epithet: str | None, position: int, person: str | None) -> None:
        if epithet and person and self._is_named_person(person):
            bisect.insort(self._epithet_readings.setdefault(epithet, []), (position, person))

    def _introduced_as(self, description: str) -> str | None:
        """The person a story's role description stands for where the narration first writes it:
        the one person the sentence before names ("The dinner which Mr. Josiah Thorne gave …
        It was not that the banker was given to hospitality.": the banker is Josiah Thorne)."""
        if description not in self._introductions:
            self._introductions[description] = None
            first = self._first_epithet(description)
            index = self._sentence_index(first) if first is not None else 0
            if index > 0:
                start, end = self._starts[index - 1], self._starts[index]
                mentions = self.names.mentions
                named = {
                    name
                    for mention in mentions[
                        bisect.bisect_left(mentions, start, key=_start) : bisect.bisect_left(
                            mentions, end, key=_start
                        )
                    ]
                    if self._is_named_person(name := self.names.resolve(mention.name))
                }
                self._introductions[description] = only_one(named)
        return self._introductions[description]

    def _first_epithet(self, epithet: str) -> int | None:
        """Where the narration first writes ``epithet`` (lower case), searched once."""
        if epithet not in self._first_epithets:
            found = re.search(rf"\b{re.escape(epithet)}\b", self.frame, re.IGNORECASE)
            self._first_epithets[epithet] = found.start() if found else None
        return self._first_epithets[epithet]

    def _epithets_of(self, adjective: str) -> list[tuple[int, str]]:
        """Where the article writes ``adjective`` right before a name, and that name, outside
        quotations (read once per adjective: a novel of "the old man" stays linear)."""
        known = self._epithets.get(adjective)
        if known is None:
            known = self._epithets[adjective] = [
                (match.start(), self.names.resolve(match.group("name")))
                for match in re.finditer(
                    rf"\b{re.escape(adjective)}\s+(?P<name>{_TITLED_NAME})", self.text
                )
                if self.frame[match.start() : match.start() + 1] != _BLANK
            ]
        return known

    def _described_otherwise(self, person: str, phrase: str, head: str, position: int) -> bool:
        """True when the article tied ``person`` to ``head`` with other capitalised modifiers
        than the description ``phrase`` has."""
        wanted = {w.lower() for w in _head_words(phrase.split())[1:-1] if w[:1].isupper()}
        if not wanted:
            return False
        return any(
            at < position and not all(same_modifier(w, words) for w in wanted)
            for words, at in self._descriptions_of(head, person).items()
        )

    def _descriptions_of(self, head: str, person: str) -> dict[frozenset[str], int]:
        """The words of each description with this head the article tied to ``person``, and
        where it first did (the ties grouped once, so a long article's thousands of ties cost
        one pass)."""
        if not self._tie_words and self._referents.ties:
            for tie in self._referents.ties:
                key = (tie.head, self.names.resolve(tie.name))
                seen = self._tie_words.setdefault(key, {})
                seen[tie.words] = min(tie.at, seen.get(tie.words, tie.at))
        return self._tie_words.get((head, person), {})

    def _person_head(self, words: list[str]) -> bool:
        head_words = _head_words(words)
        if not head_words:
            return False
        head = head_words[-1].lower()
        if head in self.language.body_nouns and head not in self.language.person_nouns:
            return False
        if head in self.language.document_nouns:
            return False
        return (
            bool(_AGE.fullmatch(head))
            or is_person_noun(head)
            or head in self._gendered
            or head in self.language.companion_nouns  # ("My companion opened his eyes.")
            or (
                # "The Italian, who has been under pressure, …", "the Spaniard": a person by
                # nationality (English demonyms' endings), written after "the".
                self.language.code == "en"
                and len(words) == 2
                and words[0].lower() == "the"
                and bool(_DEMONYM.fullmatch(head_words[-1]))
            )
        )

    @cached_property
    def _gendered(self) -> frozenset[str]:
        """The language's gendered nouns ("actress", "uncle"), united once per article."""
        return self.language.male_nouns | self.language.female_nouns

    def _noun_gender(self, noun: str) -> str | None:
        if noun in self.language.female_nouns:
            return "female"
        if noun in self.language.male_nouns:
            return "male"
        return None

    # -- pronouns --------------------------------------------------------------------------

    def _pronoun(self, pronoun: str, gender: Gender | str | None, position: int) -> str | None:
        if pronoun in ("he", "she", "er", "il", "elle", "él", "ella"):
            wanted = gender if gender in ("male", "female") else None
            found = self._salient_person(position, wanted, reply=True)
            if found == NARRATOR:
                # ("… and I saw his jaw set hard. / “…,” he said.": "he" is never the "I")
                found = self._salient_person(position, wanted, other_than=NARRATOR, reply=True)
            if found:
                self._learn(found, wanted)
            return found
        if pronoun == "i":
            return NARRATOR  # (named, or not, once the whole dialogue is read)
        if pronoun in ("ich", "je", "yo"):
            return None
        # they / we: the last speaker when it is a body or a group.
        return self._last_body(position)

    def _body_in_sentence(self, position: int) -> str | None:
        """The one body the sentence around ``position`` names before it (None: none, or
        several)."""
        start = self._starts[self._sentence_index(position)] if self._starts else 0
        mentions = self.names.mentions
        first = bisect.bisect_left(mentions, start, key=_start)
        found = {
            name
            for mention in mentions[first : bisect.bisect_left(mentions, position, key=_start)]
            if self._is_body(name := self.names.resolve(mention.name))
        }
        return only_one(found)

    def _last_body(self, position: int, *, any_body: bool = False) -> str | None:
        last = self.last_speaker
        recent = 0 <= position - self.last_speaker_at <= _SALIENCE_CHARS
        body_like = last and (is_organisation(last) or not self._is_named_person(last))
        if last and recent and body_like and (not any_body or self._is_body(last)):
            return last
        if any_body:
            for at, name in self._acting.before(position):
                return name if position - at <= _SALIENCE_CHARS else None
        return None

    def _salient_person(
        self,
        position: int,
        gender: str | None,
        *,
        other_than: str | None = None,
        reply: bool = False,
    ) -> str | None:
        """The most salient person before ``position`` whose gender agrees with ``gender``: the
        nearest sentence with a speaker, subject or introduced person that agrees, before
        anyone merely mentioned; a gender shown by one pronoun only gives way when nobody
        else agrees."""
        index = self._sentence_index(position)
        nearby: list[list[_Candidate]] = []
        for back in range(index, max(-1, index - _SALIENCE_SENTENCES), -1):
            if back < 0 or back >= len(self._candidates):
                continue
            if position - self._starts[back] > _SALIENCE_CHARS and nearby:
                break
            here = [self._settle(c) for c in self._people(back) if c.at < position]
            nearby.append(
                sorted(
                    (c for c in here if c is not None and c.name != other_than),
                    key=lambda c: (_RANK[c.role], -c.at),
                )
            )
        if gender is not None and self.story:
            # In a story, "She snipped another flower" after a line: the nearest woman the story
            # knows to be one, before a nearer speaker whose gender nothing has told (but not
            # before someone a sentence put forward as its subject: "Their clerk, a young man
            # called Pettigrew, came in. “…,” he said.").
            known_first = self._known_gender_first(nearby, gender)
            if known_first:
                return known_first
        for strict in (True, False):
            for candidates in nearby:
                agreeing = [
                    c
                    for c in candidates
                    if c.role != "mention" and self._agrees(c, gender, strict=strict)
                ]
                if agreeing:
                    known = [c for c in agreeing if self._gender_of(c) == gender]
                    return (known or agreeing)[0].name
            for candidates in nearby:
                for candidate in candidates:
                    if candidate.role == "mention" and self._agrees(
                        candidate, gender, strict=strict
                    ):
                        return candidate.name
            if strict and reply:
                replier = self._replier(position, gender)
                if replier:
                    return replier
        if self.language.code != "en" or other_than is not None:
            # Capitalised words are nouns as often as names in German: no guess from mentions.
            return None
        found = self._last_mention(position, gender)
        if found is None and self.story and gender in ("male", "female"):
            # "He was standing by the fire when I went in": the story's one man so far, however
            # long ago the narration named him (the governess's "Mr. Tresham")
            found = self._only_one_of(gender, position)
        return found

    def _only_one_of(self, gender: str, position: int) -> str | None:
        """The one person the narration names before ``position`` whose gender the story shows
        to be ``gender`` (None: nobody, or several)."""
        found = set()
        for mention in self.names.mentions:
            if mention.start >= position:
                break
            if self.frame[mention.start : mention.start + 1] == _BLANK:
                continue
            name = self.names.resolve(mention.name)
            if self._is_named_person(name) and self._gender(name) == gender:
                found.add(name)
                if len(found) > 1:
                    return None
        return only_one(found)

    def _known_gender_first(self, nearby: list[list[_Candidate]], gender: str) -> str | None:
        """The nearest speaker, subject or person introduced known to be of ``gender``, when
        only speakers whose gender is unknown come before them (None otherwise)."""
        for candidates in nearby[:_KNOWN_GENDER_SENTENCES]:
            for c in candidates:
                if c.role == "mention" or not self._agrees(c, gender, strict=True):
                    continue
                if self._gender_of(c) == gender:
                    return c.name
                if c.role != "speaker":
                    return None
        return None

    def _replier(self, position: int, gender: str | None) -> str | None:
        """“‘You are up early, Edward,’ said she. / ‘I could not sleep,’ he replied.”: a "he" or
        "she" that nobody of its gender in the story so far can be, right after a quotation that
        spoke to someone by name, is that person answering (when their gender may agree)."""
        if gender is None or self._spoken_to is None:
            return None
        at, name = self._spoken_to
        if not 0 <= position - at <= _REPLY_CHARS or name == self.last_speaker:
            return None
        return name if self._gender(name) in (gender, None) else None

    def _settle(self, candidate: _Candidate) -> _Candidate | None:
        """A deferred description as the person it points back to (None: nobody)."""
        if not candidate.deferred:
            return candidate
        if candidate.at not in self._deferred:
            self._deferred[candidate.at] = None  # no cycles through itself
            words = candidate.name.split()
            head = _head_words(words)[-1].lower()
            own = self._own_character(candidate.name, head, candidate.at)
            # "The Colonel smiled": the one person the story calls Colonel
            titled = self._titled_as(head) if len(words) == 2 and head in _TITLE_HEADS else None
            epithet = self._epithet(candidate.name, head)
            read = self._read_before(epithet, candidate.name, candidate.at) if epithet else None
            # "It was not that the banker was given to hospitality", after the sentence that
            # named Mr. Josiah Thorne alone
            introduced = (
                self._introduced_as(candidate.name.lower())
                if self.story and len(words) == 2 and words[0].lower() == "the"
                else None
            )
            # (in a story, "a nurse" then "The nurse doesn't look up" is that nurse)
            self._deferred[candidate.at] = (
                titled
                or read
                or introduced
                or (None if own else self._salient_person(candidate.at, self._noun_gender(head)))
            )
            self._read_as(epithet, candidate.at, self._deferred[candidate.at])
        name = self._deferred[candidate.at]
        if name:
            return _Candidate(candidate.at, name, candidate.role)
        # Nobody before it: the description introduces someone the article never names ("The
        # old farmer was at the table. “Sit down,” he said.").
        return _Candidate(candidate.at, _definite(candidate.name), candidate.role, unnamed=True)

    def _agrees(self, candidate: _Candidate, gender: str | None, *, strict: bool) -> bool:
        if candidate.unnamed and not self._person_head(candidate.name.split()):
            return False
        if (
            not candidate.unnamed
            # (in a story, one who spoke is a person, named or not: "Tom held out his plate,
            # and said …")
            and not (self.story and candidate.role == "speaker" and candidate.name != NARRATOR)
            and not self._is_named_person(candidate.name)
        ):
            return False
        if gender is None:
            return True
        known = self._gender_of(candidate)
        if known is None or known == gender:
            return True
        return not strict and candidate.name in self._referents.weak

    def _gender_of(self, candidate: _Candidate) -> str | None:
        if candidate.unnamed:
            head = _head_words(candidate.name.split())
            return self._noun_gender(head[-1].lower()) if head else None
        return self._gender(candidate.name)

    def _gender(self, name: str) -> str | None:
        first = name.split()[0] if self.story and " " in name else ""
        return (
            self._learned.get(name)
            # (in a story, "Haoyu nodded. He …" before "Mrs. Zhang-Demir", maybe his mother)
            or (
                self.names.genders.get(first)
                if first and self.names.resolve(first) == name
                else None
            )
            or self._referents.genders.get(name)
            or self.names.gender(name)
            or (
                self._noun_gender(name.lower())
                if name.lower() in self.language.family_names
                else None
            )
            or (
                self._noun_gender(name.split()[1].lower())  # "the Countess": she
                if name.startswith("the ") and self.story
                else None
            )
        )

    def named_in_narration(self, name: str) -> bool:
        """Whether the article names ``name`` (by its last word) outside quotations."""
        last = name.split()[-1]
        if last not in self._in_narration:
            found = re.search(rf"(?<![\w’']){re.escape(last)}(?![\w’'])", self.frame)
            self._in_narration[last] = found is not None
        return self._in_narration[last]

    def known_to_be(self, name: str, pronoun: str) -> bool:
        """Whether the article says ``name`` is of the gender of "he" or "she" (``pronoun``)."""
        wanted = {"he": "male", "she": "female"}.get(pronoun.lower())
        return wanted is not None and self._gender(name) == wanted

    def may_be(self, name: str, pronoun: str, *, spoken_to: bool = False) -> bool:
        """Whether "he" or "she", or a description ("her husband"), may stand for the person
        ``name`` (``spoken_to``: a name a line of the story calls someone by, a person's)."""
        low = pronoun.lower()
        wanted = {"he": "male", "she": "female"}.get(low) or self._noun_gender(low.split()[-1])
        person = spoken_to or self._is_named_person(name)
        return person and (wanted is None or self._gender(name) in (wanted, None))

    def _last_mention(
        self, position: int, gender: str | None, other_than: frozenset[str] = frozenset()
    ) -> str | None:
        mentions = self.names.mentions
        for index in range(bisect.bisect_left(mentions, position, key=_start) - 1, -1, -1):
            mention = mentions[index]
            if position - mention.start > _SALIENCE_CHARS:
                break
            if self.frame[mention.start : mention.start + 1] == _BLANK:
                continue  # named inside someone's quotation ("Aunt Harriet writes …”)
            name = self.names.resolve(mention.name)
            if (
                name not in other_than
                and self._is_named_person(name)
                and (gender is None or self._gender(name) in (gender, None))
            ):
                return name
        return None

    def last_narrated(self, position: int, other_than: frozenset[str]) -> str | None:
        """The person the narration named last before ``position``, leaving out ``other_than``
        (within the reach of a pronoun)."""
        return self._last_mention(position, None, other_than)

    def _sentence_index(self, position: int) -> int:
        return max(0, bisect.bisect_right(self._starts, position) - 1)

    # -- what a name is --------------------------------------------------------------------

    def _is_body(self, name: str) -> bool:
        words = name.split()
        if self._referents.is_body(name):
            return True
        head = _head_words(words)[-1:] if words and words[0].lower() in _DEFINITE else []
        return (
            bool(head)
            and head[0].lower() in self.language.body_nouns
            and not (self._person_head(words))
        )

    def _is_named_person(self, name: str, sentence: int | None = None) -> bool:
        """Whether ``name`` is a person's (as it was when the sentence of index ``sentence`` was
        read, when given)."""
        related = self._related.get(name)
        if related is not None and (sentence is None or related <= sentence):
            return True
        known = self._persons.get(name)
        if known is None:
            known = self._persons[name] = self._named_person(name)
        return known

    def _named_person(self, name: str) -> bool:
        tokens = name.split()
        if len(tokens) == 1 and name.istitle() and name.lower() in self.language.family_names:
            return True  # "Pa came in from the porch" (not "an MA in history")
        if self.story and len(tokens) == 2 and tokens[0] == "the" and tokens[1][:1].isupper():
            # "the Colonel", a story's character known by the title alone
            return self._titled_as(tokens[1].lower()) == name
        if not tokens or not tokens[0][:1].isupper() or not tokens[-1][:1].isupper():
            return False
        if not all(t[:1].isupper() or t in _PARTICLES for t in tokens):
            return False  # (particles inside: "Pieter van der Merwe")
        if is_organisation(name):
            return False
        if len(tokens) == 1 and name.endswith("s") and name[:-1] in self._surnames:
            return False  # "The Kemps had been arguing": a family, not one person
        if len(tokens) == 1 and name.endswith("s") and name in self._plural_names:
            return False  # "The Joneses' van": a family (or a team, a band), not one person
        if tokens[0].lower() in TITLES and not (
            len(tokens) == 2 and tokens[1] in self.names.titled
        ):
            return False  # (but "Mrs. Harlow" beside "Mr. Harlow" is her name)
        if self._referents.is_body(name) or name in self._referents.things:
            return False
        if len(tokens) > 1 and tokens[-1].lower() in self.language.place_heads:
            return False  # "Westgate Hotel", "Yankee Stadium": a place, not a person
        return (
            len(tokens) > 1
            or name in self.names.full
            or self.names.is_full_name(name)
            or self._known_single(name)
            or name in self._referents.described_people
        )

    @cached_property
    def _mention_counts(self) -> Counter[str]:
        """How often the article writes each name, as written."""
        return Counter(m.name for m in self.names.mentions)

    @cached_property
    def _companion(self) -> str | None:
        """Who "my friend" or "my companion" is in a story told in the first person: the person
        the story names most often, by a clear lead (the narrator is "I", not named in the
        narration). None: no clear lead. The one the narration calls "my friend Corbett" is
        that person; else the count is of the narration's own mentions when it has a clear
        lead there (a man the client keeps talking of is not the narrator's companion)."""
        own = self.frame or self.text
        for match in _RELATION_NAME.finditer(own):
            if (
                match.group(0)[:2].lower() == "my"
                and match.group("noun") in self.language.companion_nouns
            ):
                name = self.names.resolve(match.group("name"))
                if self._is_named_person(name):
                    return name
        people = [
            (mention, name)
            for mention in self.names.mentions
            for name in [self.names.resolve(mention.name)]
            if self._is_named_person(name)
        ]
        narrated = Counter(name for mention, name in people if own[mention.start] != _BLANK)
        return _clear_lead(narrated) or _clear_lead(Counter(name for _, name in people))

    @cached_property
    def _plural_names(self) -> frozenset[str]:
        """One-word names in -s the article writes after "the" ("the Joneses", "the Kemps"): a
        family or a group, as a person's name never takes the article in English."""
        return frozenset(
            m.name
            for m in self.names.mentions
            if " " not in m.name and m.name.endswith("s") and m.titles[-1:] == ("the",)
        )

    @cached_property
    def _surnames(self) -> frozenset[str]:
        """The last words of the names of several words the article gives."""
        return frozenset(m.name.split()[-1] for m in self.names.mentions if " " in m.name)

    def _known_single(self, name: str) -> bool:
        """A one-word name the article uses for a person ("Neymar", or a surname it was given
        with a title: "Mr Weston")."""
        if self._titled is None:
            self._titled = {
                m.name
                for m in self.names.mentions
                # (not after a preposition of place: "From Eversham, sir")
                if m.titles and m.titles[-1].lower() not in _PLACE_PREPOSITIONS
            }
            # "Clara, who had been reading …": a relative "who" after a comma is said of a
            # person only ("Americans who …" restricts a class).
            self._titled.update(
                m.name
                for m in self.names.mentions
                if " " not in m.name and _WHO_AFTER.match(self.text, m.end)
            )
            if self.story:
                # "Ada said without turning round", "said Walter": in a story, who speaks by a
                # first name is a person (in news, "VW said", "Slashdot said").
                self._titled.update(
                    m.name
                    for m in self.names.mentions
                    if " " not in m.name
                    and m.name.isalpha()
                    and m.name.lower() not in stop_words("en")
                    and self._speaks_at(m.start, m.end)
                )
                # "Maggie had had enough", "Maggie gave him a look": a first name that is the
                # subject of the narration's verbs, and never follows a preposition of place as
                # a town does ("in Leeds").
                placed = {
                    m.name
                    for m in self.names.mentions
                    if (before := _LAST_WORD.search(self.text, max(0, m.start - 20), m.start))
                    and before.group(1).lower() in _PLACE_PREPOSITIONS
                }
                self._titled.update(
                    m.name
                    for m in self.names.mentions
                    if " " not in m.name
                    and m.name.isalpha()
                    and m.name not in placed
                    and m.name.lower() not in stop_words("en")
                    and self._acts_at(m.end)
                )
        return name in self._titled

    def _acts_at(self, end: int) -> bool:
        """Whether a finite verb of the narration follows the name that ends at ``end``."""
        after = _NEXT_WORD.match(self.frame or self.text, end)
        return bool(after and self._finite_verb(after.group(1)))

    def _speaks_at(self, start: int, end: int) -> bool:
        """Whether a speech verb ("said", "asked") comes right after or (inverted) right before
        the name written between ``start`` and ``end``, outside any quotation."""
        after = _NEXT_WORD.match(self.frame or self.text, end)
        before = _LAST_WORD.search(self.frame or self.text, max(0, start - 20), start)
        verbs = self.language.speech_verbs
        return bool((after and after.group(1) in verbs) or (before and before.group(1) in verbs))

    def _describes_person(self, words: list[str]) -> bool:
        if not words or len(words) > 6:
            return False
        head = words[-1].lower().strip(",.")
        if is_organisation(" ".join(words)):
            return False
        if any(_AGE.fullmatch(w.lower()) for w in words):
            return True
        return (
            head in TITLES
            or head in self._gendered
            or bool(_AGE.fullmatch(head))
            or head.endswith(("man", "woman", "er", "ist", "ian"))
        )


_WHO_AFTER = re.compile(r",\s+who\b")
_WORDS = re.compile(r"[A-Za-z]+")
_AGE_APPOSITION = re.compile(r"[^,.;:!?\n]{1,60},\s+(?:aged\s+)?\d{1,3},")
# A name spoken to: opening the quotation before a comma or "!" ("Edmund, you are …", "My dear
# Agatha, …"; a quotation that is a name alone, “Fenwick.”, answers a question), or set off by a
# comma before the end of a sentence or another comma (", Louisa,", ", Miss Ashgrove.").
_VOCATIVE_NAME = (
    r"(?P<{}>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|Miss\s+)?[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+)?)"
)
_VOCATIVE = re.compile(
    r"^(?:(?:[Mm]y\s+)?(?:dear(?:est)?\s+)|[Oo]h,?\s+)?"
    + _VOCATIVE_NAME.format("opening")
    # (not "Mrs. Eliza Oakes, of Camden Road.": where someone comes from, read off a card)
    + r"\s*(?:,(?!\s+(?:of|from)\s+[A-Z])|!|…)|,\s+(?:my\s+dear(?:est)?\s+|dear\s+)?"
    + _VOCATIVE_NAME.format("set_off")
    # (or at the end of a part of the quotation: "“…, Mr. Ashford,” said my companion, “but …”")
    + r"\s*(?=[,.!?;…]|$)"
)
# "him", and "her" as an object, not a possessive: before a stop, a preposition or an adverb
# ("looked at her with some surprise", "turned to her.", "watched her closely"), not before a noun
# ("her eyes").
_OBJECT_HIM = re.compile(r"\S\s+him\b")
_OBJECT_HER = re.compile(
    r"\S\s+her(?=\s*(?:[.,;:!?]|$)|\s+(?:with|at|in|on|to|for|and|as|from|over|into|across"
    r"|again|once|a|an|the|[a-z]+ly)\b)"
)
# Someone brought into a scene: "(and|when) a small girl … slid in", "A stranger came in".
_NEWCOMER = re.compile(
    r"(?:^|\n|(?:,\s+)?\b(?:and|when|as|then)\s+)(?P<who>[Aa]n?\s+(?:[a-z-]+\s+){0,3}?"
    r"(?P<noun>[a-z]+))\b(?=(?:\s+(?:with|in|of|from)\s+[^.!?\n,]*?)?"
    r"\s+(?:[a-z]+ed|came|slid|stood|sat|ran|went|looked|walked|crept|burst)\b)"
)
# A quotation inside a line, in the other kind of marks: "He said, 'You were in the east wing,
# Miss Merriweather.'" (an opening mark after a space, before a capital; an apostrophe inside a
# word does not close it).
_NESTED_QUOTE = re.compile(
    r"(?<=\s)(?:[‘'](?=[A-Z])(?:[^'’]|['’](?=\w))*['’]|“(?=[A-Z])[^”\"]*[”\"])"
)
# A description with its owner right before a comma: what follows it is its name in
# apposition ("my colleague, Dr. Rennie"), not someone spoken to.
_APPOSED = re.compile(r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Yy]our|[Tt]heir)\s+([a-z]+)$")


def _blank_out(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


# A name opening a sentence after the first of a quotation, set off by a comma.
# Not a name that a clause describes ("Ray Parlour, who won three championships, …").
_VOCATIVE_INSIDE = re.compile(
    r"(?<=[.!?]\s)"
    + _VOCATIVE_NAME.format("opening")
    + r",\s+(?!(?:of|from|who|whose|whom|which|the|a|an|and|or|but|aged)\b)(?=[a-z])"
)
_SIBLINGS = frozenset(("brother", "sister"))
_FAMILY_TITLE_FORMS = frozenset(FAMILY_TITLES.values())
# The titles a father or a mother may go by ("her father" is Sir Harry Lanyon, "her mother"
# Lady Lanyon).
_PARENT_TITLES = {"mr": ("mr", "sir", "lord"), "mrs": ("mrs", "lady")}
# Words that may follow a speaker that stands alone ("said the latter at last").
_AFTER_A_SPEAKER = frozenset("at in with to as and but from after before without then".split())
# "the former", "the latter": of a pair of people at most this many sentences back.
_PAIR_SENTENCES = 8
# Two people put together: "Clara and her brother", "Mr. Hale and Dr. Ross" (read in the masked
# text, where a title's dot is a one-dot leader).
_PAIR_PART = (
    r"(?:[A-Z][\w’'\-]*[.\u2024]?\s+)*[A-Z][\w’'\-]+"
    r"|\b(?:the|his|her|their|my|our)\s+[a-z]+"
)
_PAIR = re.compile(rf"({_PAIR_PART})\s+and\s+({_PAIR_PART})")
# A speaker naming themself: "My name is Fenwick", "I am Doctor Mortimer".
_SELF_NAMED = re.compile(
    r"(?:\b(?P<verb>[Mm]y\s+name\s+is|I\s+am\s+called|I\s+am|I['’]m|[Tt]hey\s+call\s+me"
    r"|^[Nn]ame['’]s)"
    r"|^(?P<verb2>It['’]s|This\s+is))\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr|Miss|Doctor|Captain|Colonel|Sir|Lady|Lord)\.?\s+)?(?P<name>"
    r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)(?=\s*(?:[,.;!?…—–]|$))"
)
# A narration sentence that ends on someone starting to speak: "… when the young man beside her
# spoke.", "Then Ada spoke up:".
_ENDS_SPEAKING = re.compile(
    r"(?:^|[,;]\s+|\b(?:when|as|and|then|until|before|till)\s+)"
    r"(?P<who>(?:the|a|an|his|her|their|my)\s+(?:[\w’'\-]+\s+){0,5}?[\w’'\-]+"
    r"|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)"
    r"\s+(?:spoke|spoke\s+up|began|called\s+out|cleared\s+(?:his|her)\s+throat)\s*[.:]\s*$"
)
_CUT_AT_PLACE = re.compile(r"\s+(?:beside|by|with|at|in|on|near|behind|opposite|across|next)\s")
# A line that is a whole name and nothing else: "Tom Ashworth."
_NAME_ALONE = re.compile(r"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})[.!]?")
# "I" as the narration writes it ("I sit up", "I'm always closer"); a story whose narration says
# it this often is told in the first person.
_NARRATION_I = re.compile(r"(?<![\w’'])I(?:['’](?:m|d|ve|ll))?(?=\s)")
_NARRATOR_I = 3
# Nouns for a person with no role: a story's epithets for its named people ("the old man").
_PLAIN_PERSONS = frozenset(
    "man woman men women boy girl gentleman lady fellow person child lad lass chap youth figure"
    " stranger visitor".split()
)
_ME = re.compile(r"(?<![\w’'])me(?![\w’'])")
# After "It's Dad.": the next sentence speaks of that person ("He fell again").
_OF_SOMEONE_ELSE = re.compile(r"[.!]?\s+(?:He|She|His|Her)\b")
# How a story refers to a titled person by the title alone: "the Colonel", "her ladyship".
_TITLE_FOR = {"ladyship": "lady", "lordship": "lord", "worship": "mayor"}
# Relations that make the one named after them someone's child ("their daughter Clara").
_OFFSPRING = frozenset("daughter son child girl boy".split())
# The body a person described works for, after the description: "A spokesperson for
# Clydelink", "a spokesman for the Home Office".
_FOR_BODY = re.compile(r"\s+(for\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,4})")
# How far into a news story its lead runs (a headline, the lead and the paragraphs of background
# that often come before the name): a role it names there ("the health secretary") may
# be given its name only after it ("Health Secretary Priya Nandra told …").
_OPENING_CHARS = 1000
# A family word set off as the one spoken to: "…, Mamma.", "Papa, …".
_FAMILY_WORD = re.compile(r"(?:^|,\s+)([A-Z][a-z]+)(?=\s*[,.!?—–-]|$)")
# A person spoken to by the title's abstract noun: "your lordship", "Your Ladyship".
_YOUR_TITLE = re.compile(r"\b[Yy]our\s+(lordship|ladyship|worship)\b", re.IGNORECASE)
_TITLE_ABBREVIATIONS = {
    "doctor": "dr",
    "professor": "prof",
    "colonel": "col",
    "captain": "capt",
    "general": "gen",
    "sergeant": "sgt",
    "inspector": "insp",
}
# "the Colonel" (a title alone, capitalised, no name after it).
_THE_TITLE = re.compile(r"\bthe ([A-Z][a-z]+)\b(?![ \t]+[A-Z])")
_NARRATION_WORD = re.compile(r"[\w’']+")
# "her Grace", "his Grace": how a duchess and a duke are spoken of.
_GRACES = {"her": "duchess", "his": "duke"}
# Titles that name nobody by themselves ("her ladyship" is the one lady).
_ABSTRACT = frozenset(("ladyship", "lordship"))
_TITLE_HEADS = frozenset(
    "colonel captain major general admiral inspector sergeant doctor professor judge "
    "bishop archdeacon rector vicar squire count countess duke duchess baron baroness "
    "ladyship lordship widow".split()
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_LAST_WORD = re.compile(r"\b([a-z]+)\s+$")
_PLACE_PREPOSITIONS = frozenset(
    "from in at to near into onto outside inside across toward towards via through".split()
)
_OWNER_OF = re.compile(r"['’]s\b")
_FIRST_PERSON = frozenset("i i'm i’m my it's it’s this".split())
_PREDICATE = re.compile(r"\s[a-z]")
_CALLED_IN_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z\-]+\s+){0,3}?(?:called|named)\s+"
    r"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?),"
)
_TITLED_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Miss|Lady|Sir|Lord)\.?\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?"
_CLAUSE_END = re.compile(r"[.!?;\n\u2063]")
# A parent named by a relation in a story's narration: "when their father came in".
_PARENT_PHRASE = re.compile(r"\b(?:his|her|their|His|Her|Their) (?:father|mother)\b")
# The endings of English demonyms: "the Italian", "the Portuguese", "the Spaniard".
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ese|ard|man|woman|ean)")
# A pronoun's object form as its subject form ("According to her": she).
_SUBJECT_FORM = {"him": "he", "her": "she", "them": "they", "me": "i", "us": "we"}
_PRONOUN_GENDER: dict[str, Gender] = {"his": "male", "her": "female"}
# How many sentences back "she" looks for a woman known to be one before a nearer speaker.
_KNOWN_GENDER_SENTENCES = 6
# "He" or "She" opening the narration after a quotation.
_PRONOUN_OPENING = re.compile(r"(He|She)\b")
# What stands between a quotation's last word and the narration after it: its closing mark and
# stop, and spaces.
_AFTER_A_QUOTATION = frozenset(" \t\u00a0.,!?…\"”’'»")
# "his niece Harriet", "Her brother, Tom Hale,", "Mr Pryce's widow, Janet,": a relation or a
# role someone has, then a name (in apposition or not).
_RELATION_NAME = re.compile(
    r"(?:(?=[HhTtMmOo])\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)|(?<=[a-z])['’]s)"
    r"\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)(?:\s+|,\s+(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,))"
    # ("my friend Mr. Ambrose Thorne": the title before the name, its dot masked or not)
    r"(?:(?:Mr|Mrs|Ms|Dr)[.․]?\s+|Miss\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
)
_PLACE_WORDS = frozenset("in at near across outside inside throughout".split())
_OWNERS = frozenset("my your his her our their".split())
# Relatives who usually share their relative's surname ("her brother" of Margaret Carrow).
_KIN = frozenset("wife husband brother sister son daughter father mother".split())
# Relatives who share it often enough for a story's one other person of that surname to be
# the one meant ("her uncle" of Margaret Fairlie where the story has a Mr. Fairlie).
_WIDER_KIN = frozenset(
    "uncle aunt niece nephew grandfather grandmother grandson granddaughter".split()
)
_PARENTS = frozenset(("father", "mother"))
# Relations a family calls a person by, before the name ("Aunt Prue", "Uncle Walter").


def _clear_lead(counts: Counter[str]) -> str | None:
    """The name counted most, at least twice and more often than any other (None: none)."""
    (name, count), *rest = counts.most_common(2) or [("", 0)]
    return name if count >= 2 and (not rest or rest[0][1] < count) else None


def _other_role(written: str, head: str) -> bool:
    """Whether the subject ``written`` gives its person a title or role other than ``head``
    ("Former President Frank Hollis" after "a spokesperson"): someone else than the one the
    description introduced."""
    roles = [w.lower().strip(",.") for w in written.split() if w.lower().strip(",.") in TITLES]
    return bool(roles) and head not in roles


def _name_head(name: str) -> str:
    """The head noun of a body's name, lower case: "council" of "World Maritime Safety Council",
    "department" of "Department for Levelling Up", "bank" of "Bank of England"."""
    words = name.lower().split()
    for i, word in enumerate(words[1:], start=1):
        if word in ("of", "for"):
            return words[i - 1]
    return words[-1] if words else ""


def _head_words(words: list[str]) -> list[str]:
    """A description's words up to its head: "a spokesman for the union" -> "a spokesman"."""
    head: list[str] = []
    for word in words:
        if word.lower() in _POSTMODIFIER and head:
            break
        head.append(word.strip(",."))
    # ("the mother-of-two said": a mother)
    of_children = _OF_CHILDREN.fullmatch(head[-1]) if head else None
    if of_children:
        head[-1] = of_children.group("head")
    return head


def only_one(names: set[str]) -> str | None:
    """The one name of ``names`` (None: none, or several)."""
    return next(iter(names)) if len(names) == 1 else None


def _definite(phrase: str) -> str:
    """ "the young woman" for "A young woman": how the article refers back to someone it
    introduced without a name."""
    words = phrase.split()
    if words and words[0].lower() in _INDEFINITE:
        return " ".join(["the", *words[1:]])
    return phrase


def _char_before(text: str, position: int) -> str:
    """The last character before ``position`` that is not white space ('' when none, or when
    ``position`` opens a paragraph: the paragraph before may be a heading with no full stop)."""
    index = position - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    if index < 0 or text.count("\n", index, position) > 1:
        return ""
    return text[index]


def _start(mention: Mention) -> int:
    return mention.start
