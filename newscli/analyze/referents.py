"""What an article says about who is who, read once before its statements are attributed.

A reader of "Kelderwick Minerals, the company behind the plan, said …" knows that "the company"
further on is Kelderwick Minerals; of "Tottenham striker Harry Kane" that "the Tottenham striker"
is Kane; of "the Competition and Markets Authority (CMA)" what "the CMA" stands for; and of "Imelda
Staunton … the highlight of her career" that "she" can be Staunton. ``read_referents`` collects
these facts from the article's own words, never from lists of names:

- **ties** between a description and a name: an apposition after the name ("X, the chief
  executive of Y,", "X, 56,"), one before it ("The developer, Larchmont Residential,"), and the
  role words written before it ("the Dutch sensor maker Oostvaart Systems", "Premier Luke
  Marchetti");
- which names are **bodies** (an organisation's head noun, a tie to a body noun, "X, which …"),
  and which of them are public bodies;
- **acronyms**, spelled out in brackets ("(CMA)") or by the initials of a name in the article;
- the **authors of documents** ("X said in a report", "a report by X", "X's statement", "X
  released two reports");
- each person's **gender**, from titles, gendered nouns in the ties ("actress Sienna Miller"), the
  pronoun a speech verb of theirs introduces ("Ray Ellison said he …"), the pronoun opening the
  next sentence, and the pronouns right after the name.

Everything here is found by linear passes over the text with bounded patterns.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from newscli.analyze.attribution import sentence_subject
from newscli.analyze.names import TITLES, Gender, NameIndex, is_organisation
from newscli.lang.registry import Resources
from newscli.model import Sentence

_WORD = re.compile(r"[\w’'\-]+")
_WORD_CHARACTER = re.compile(r"[\w’'\-]")
# A description written beside a name: up to a comma, a full stop, a bracket or a dash.
_APPOSITION_AFTER = re.compile(r",\s+(?P<desc>[^,.;:()\[\]\n—–“”\"]{1,120}?)\s*(?=[,.;:()—–]|$)")
# The stretch before ", Name," back to the previous punctuation mark, and in it the first word
# that opens a description ("said the chamber's director, Helga Brandvold,").
_CLAUSE_MARKS = ',.;:!?()\n“”"'
_DESCRIPTION_START = re.compile(
    r"(?<![\w’'])(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w’'\-]*['’]s)\s"
)
# A capitalised word and a comma right before a name: "Roanoke, Virginia".
_AFTER_PLACE = re.compile(r"[A-Z][\w’'\-]*,\s*$")
_AGE = re.compile(r"(?:aged\s+)?(?P<age>\d{1,3})")
# A preposition and a capitalised name with a comma right before a name: "in Medellín,
# Colombia".
_PLACE_PAIR = re.compile(
    r"(?<![\w’'])(?P<preposition>\w+)\s+(?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*,\s*$"
)
# A possessive or "the", a noun and a copula right before a name: "Her husband is Tobias".
_NOUN_IS = re.compile(
    r"(?<![\w’'])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Tt]he)\s+(?P<noun>[a-z]+)\s+(?:is|was)\s+$"
)
_SENTENCE_END = re.compile(r"\s*[.!?]")
# A noun predicated of a name: "X is a mother of two", "X was one of the first women to …".
_PREDICATE = re.compile(
    r"\s+(?:is|was)\s+(?:a|an|the|one\s+of\s+(?:the|his|her|their|its)?)\s*"
    r"(?P<words>(?:[\w\-]+\s+){0,4}[\w\-]+)"
)
# After a name, what shows it is not a modifier of a noun: punctuation, the end, or a verb of
# saying ("the Oregonian reported").
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:!?)\]—–\"”’']|$|(?:has\s+|had\s+)?(?:said|says|reported|reports|told|wrote|writes|"
    r"added|adds|confirmed|revealed|claimed)\b)"
)
# Words joined to a name by spaces only (no punctuation between): "Tottenham striker Harry Kane".
_PLAIN_WORD = re.compile(r"[\w’'\-]+")
_AGE_PREFIX = re.compile(r"(?P<age>\d{1,3})-year-old\s+$")
# Titles written before a name, up to it ("Mr. ", "the Rev. Dr. ").
_TITLES_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Rev|Prof|Sir|Lady|Lord|Dame)\.?\s+)+$")
_RELATIVE = re.compile(r",?\s+(?P<word>who|which|whose)\b")
# What a relative "who" says the person is: "who had been a widow eleven years".
_WHO_WAS = re.compile(
    r"\s+(?:is|was|had\s+been|has\s+been)\s+(?P<desc>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)
_FINITE = frozenset(
    """
    is are was were has have had will would could can should may might must does did do said
    says told
    """.split()
)
# "the butler, a tall, grey, melancholy man named " before a name (English).
_DESCRIBED_THEN_NAMED = re.compile(
    r"\b(?P<description>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Oo]ne)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*){0,2}),"
    r"\s+(?:(?:a|an)\s+[^;.:!?]{0,80}?\b(?:named|called)|whose\s+name\s+(?:was|is)"
    # ("A resident, who gave his name only as Segun for fear of reprisal,")
    r"|who\s+(?:gave|give|gives)\s+(?:his|her|their)\s+name\s+(?:only\s+)?as"
    r"|who\s+(?:asked\s+to\s+be\s+)?identified\s+(?:\w+\s+)?only\s+as)\s+$"
)
# A sentence that opens with a description and names it: "The boy was Dick Tonkin", "Her
# husband is Tobias Reinholt".
_DESCRIPTION_IS_NAME = re.compile(
    r"(?:^|[.!?]\s+|\n)(?P<description>(?:The|His|Her|Their)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*){0,2})\s+(?:was|is)\s+$"
)
# "Mrs. Honoria Dobbs, for such was the old lady's name,": the description named after the name.
_NAME_THEN_DESCRIBED = re.compile(
    r",?\s+for\s+such\s+(?:was|is)\s+(?P<description>(?:the|his|her|their)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*){0,2})['’]s\s+name\b"
)
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady prof prof.".split())
# Irregular participles that end a description's noun phrase ("a man shot dead by police").
_PARTICIPLES = frozenset(
    """
    shot born known held made built led found given taken seen sent hit put kept left brought
    bought caught paid sold hurt struck thrown beaten chosen driven written sworn run won lost
    """.split()
)
# Titles that are adjectives ("former", "acting"): never the head of a description.
_ADJECTIVES = frozenset(
    """
    former retired acting deputy vice senior junior shadow state foreign interior home press
    defense defence treasury republican democratic democrat supreme prime first
    """.split()
)
# Words with the endings of nouns for people that are not nouns ("however", "other").
NOT_NOUNS = frozenset(
    """
    however whether other another either neither rather further together whatever whoever
    whenever wherever never ever later earlier former latter after under over per
    """.split()
)
# Heads of bodies that may stand right before a body's name as its description ("the Dutch
# sensor maker Oostvaart Systems", "mortgage giant Fannie Mae"); "the campaign Bruce" is no tie.
_DESCRIBERS = frozenset(
    """
    company firm maker manufacturer developer designer producer retailer carrier airline
    operator insurer lender bank brokerage broker shipyard supplier chain publisher broadcaster
    newspaper network station club charity watchdog regulator giant startup conglomerate group
    fund
    """.split()
)
_NOUN_STOPS = frozenset(
    """
    of at for in on with from by behind to who which that whose where when as since after
    before during under over about into through between against near and or but than
    """.split()
)
_FUNCTION = frozenset(
    """
    a an the this that these those its his her their our my your one two three some many most
    and or but of at for in on with from by to as is was are were be been has have had will
    would could can may might must not no also very more less new
    """.split()
)
_FUNCTION_OR_ITS = _FUNCTION | {"its"}
_BODY_NAME = re.compile(
    r"(?=[A-Zt])(?<![\w’'])(?:[Tt]he\s+)?(?P<name>[A-Z][\w’'\-]*(?:\s+(?:(?:of|and|for|&|de|the)\s+){0,2}"
    r"[A-Z][\w’'\-]*){0,7})"
)
_COMMA_OR_STOP = re.compile(r"\s*[,.]")
_SPELLED_OUT = re.compile(r"\s*\((?P<acronym>[A-Z][A-Z&]{1,7})\)")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
_JOINERS = frozenset("of and for & de the".split())
_CORPORATE = frozenset(
    "ltd ltd. plc inc inc. corp corp. co co. llc group holdings ag sa nv gmbh".split()
)
_POSSESSIVE = re.compile(r"['’]s?$")
# How a document is tied to its author (the document's noun is found first, then these are tried
# on a short window around it, so the cost stays linear).
_NP = (
    r"(?P<np>(?:[Tt]he\s+)?[A-Z][\w’'\-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w’'\-]*){0,6}"
    r"|[Tt]he\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)
# (Searched before a document's noun: the lookahead, the letters a noun phrase starts with, lets
# the regex engine skip to the next candidate.)
_NP_START = r"(?=[A-Zt])"
# ("the minister's account in a statement": his account, not his statement)
_DOC_OWNER = re.compile(_NP_START + _NP + r"['’]s?\s+(?:(?!in\s)[\w\-]+\s+){0,3}$")
_DOC_BY = re.compile(
    r"^\s+(?:(?:published|released|issued|written|produced|compiled|commissioned|filed|"
    r"prepared|sent|signed)\s+)?(?:by|from)\s+" + _NP
)
_DOC_SAID_IN = re.compile(
    _NP_START
    + _NP
    + r"\s+(?:(?:has|had|also)\s+)?(?:said|says|stated|states|wrote|writes|warned|added|found|"
    r"concluded|announced|confirmed|explained|noted)\s+in\s+(?:a|an|its|their|the|his|her)\s+"
    r"(?:[\w\-]+\s+){0,3}$"
)
# "The rebel movement rejected his account in a statement posted on …": whoever acts in it.
_DOC_ACTED_IN = re.compile(
    _NP_START + _NP + r"\s+(?:(?:has|had|also)\s+)?[a-z]{3,}ed\s+(?:[\w’'\-]+\s+){0,6}?in\s+"
    r"(?:a|an|its|their|his|her)\s+(?:[\w\-]+\s+){0,3}$"
)
_DOC_MADE = re.compile(
    _NP_START
    + _NP
    + r"\s+(?:(?:has|had|also|have)\s+)?(?:published|released|issued|produced|filed|sent|"
    r"unveiled|submitted|prepared|commissioned|wrote|posted)\s+(?:(?:a|an|its|their|the|his|"
    r"her|two|three|several|new)\s+)?(?:[\w\-]+\s+){0,3}$"
)
# ("In a statement, the Carver State athletic department said": the body's own nouns after its
# name; ``_read_authors`` keeps them when the last is a word for a body or a person)
_IN_DOC = re.compile(r"^[^,.;]{0,60},\s+" + _NP + r"(?P<tail>(?:\s+[a-z][\w\-]*){0,2})")
_IN_BEFORE = re.compile(r"\b[Ii]n\s+(?:a|an|its|their|the|his|her)\s+(?:[\w\-]+\s+){0,3}$")
_PRONOUN_AFTER_VERB = re.compile(
    r"\b(?:said|says|told\s+\w+|added|adds|insisted|insists|admitted|admits|explained|claimed|"
    r"claims|argued|argues|believes|thinks|recalled|recalls|revealed|wrote|writes)\s+(?:that\s+)?"
    r"(?P<pronoun>he|she|it|its)\b"
)
_PLURAL_VERB = re.compile(r"\s+(?:were|are|have)\b")
_OPENING_PRONOUN = re.compile(r"\s*(?P<pronoun>He|She|His|Her)\b")
_REFLEXIVE = re.compile(r"(?=h)\b(?P<pronoun>himself|herself)\b")
# A subject pronoun of the other gender later in a sentence that opens with "she" or "he".
_OTHER_SUBJECT = {"female": re.compile(r"\bhe\b"), "male": re.compile(r"\bshe\b")}


@dataclass(frozen=True)
class Tie:
    """A description the article gave a name: its head noun, its words and the name."""

    head: str
    """The description's head noun, lower-case ("company", "striker", "56-year-old")."""
    words: frozenset[str]
    """All its words, lower-case (to tell "the Tottenham striker" from another striker)."""
    name: str
    at: int
    introduces: bool = False
    """Written as an apposition ("X, a solicitor who …", "X, 56,"): the sentence introduces the
    person, who becomes salient; a role word before a name ("Premier X") does not."""


@dataclass(frozen=True)
class Referents:
    """The article's own evidence about its people and bodies (see the module's docstring)."""

    ties: tuple[Tie, ...] = ()
    bodies: frozenset[str] = frozenset()
    """Names (as written) that are bodies rather than people."""
    public: frozenset[str] = frozenset()
    """Of the bodies, those that are public bodies (councils, ministries, courts)."""
    acronyms: dict[str, str] = field(default_factory=dict)
    genders: dict[str, Gender] = field(default_factory=dict)
    """Full name -> gender, where the article shows it."""
    weak: frozenset[str] = frozenset()
    """Names whose gender rests on a single pronoun (which may have meant someone else)."""
    mentions: Counter[str] = field(default_factory=Counter)
    """Full name -> how often the article names the person or body."""
    things: frozenset[str] = frozenset()
    """Names the article writes with "the" before them: no person's."""
    text: str = field(default="", compare=False, repr=False)
    """The article text, where ``authors`` are read."""
    language: Resources | None = field(default=None, compare=False, repr=False)

    @cached_property
    def authors(self) -> tuple[Tie, ...]:
        """Documents tied to their authors: ``head`` is the document's noun, ``name`` the author.
        Read when first asked: only a document that speaks ("the report said") needs them."""
        return _read_authors(self.text, self.language) if self.language else ()

    def tied(
        self, head: str, words: Iterable[str], position: int, required: Iterable[str] = ()
    ) -> str | None:
        """The name most recently tied (before ``position``) to a description with this head
        noun, preferring ties that share the description's other words; a tie must hold the
        ``required`` words (the description's capitalised modifiers: "the Democratic nominee" is
        not the one tied to "Republican nominee")."""
        return self._ties.tied(head, words, position, required)

    def author(self, document: str, position: int) -> str | None:
        """The author most recently tied to a document with this noun, before ``position``."""
        return self._authors.last(document, position)

    def first_tied_between(self, head: str, after: int, before: int) -> Tie | None:
        """The first tie written with the head ``head`` at an offset between ``after`` and
        ``before`` (both excluded)."""
        return self._ties.first_between(head, after, before)

    @cached_property
    def described_people(self) -> frozenset[str]:
        """Names tied to a word for a person ("Another neighbor, Tanya,", "Luis, a cousin of the
        family,"): people, even when the article writes them as one word."""
        if self.language is None:
            return frozenset()
        nouns = self.language.person_nouns - self.language.body_nouns
        return frozenset(
            t.name
            for t in self.ties
            if t.introduces
            # ("Dave, 54, a season-ticket holder": an age given is a person's)
            and (t.head in nouns or t.head.endswith("-year-old"))
            # ("the mayor of Roanoke, Virginia,": a town's state, not the mayor's name)
            and not _AFTER_PLACE.search(self.text, max(0, t.at - 40), t.at)
        )

    @cached_property
    def _ties(self) -> TieIndex:
        return TieIndex(self.ties)

    @cached_property
    def _authors(self) -> TieIndex:
        return TieIndex(self.authors)

    def is_body(self, name: str) -> bool:
        return name in self.bodies or is_organisation(name)

    def is_public(self, name: str) -> bool:
        return name in self.public


# "National Transportation Safety Board", "Federal Bureau of Investigation", "State Water Board":
# a board, service or bureau of the nation or the state is a public body ("National Grid" is not:
# a grid is no body).
_STATE_OPENERS = frozenset("national federal state royal".split())
_STATE_HEADS = frozenset("board service bureau institute institutes agency commission".split())


def _state_body(tokens: list[str]) -> bool:
    if not tokens or tokens[0].lower() not in _STATE_OPENERS:
        return False
    lowered = [t.lower().rstrip(",") for t in tokens]
    head = next((lowered[i - 1] for i in range(1, len(lowered)) if lowered[i] == "of"), lowered[-1])
    return head in _STATE_HEADS


def same_modifier(wanted: str, words: frozenset[str]) -> bool:
    """True when a description's modifier is among a tie's words, written in full or shortened
    ("Barca" for "Barcelona")."""
    return any(_same_word(wanted, word) for word in words)


def _same_word(wanted: str, word: str) -> bool:
    return wanted == word or (len(wanted) >= 4 and len(word) >= 4 and wanted[:4] == word[:4])


def _same_head(tied: str, head: str) -> bool:
    """ "co-founder" ties "the founder"; "reports" ties "the report"."""
    return tied == head or tied.endswith("-" + head) or tied.rstrip("s") == head.rstrip("s")


class TieIndex:
    """Ties grouped by head noun and by their words, so that asking which name a description
    is tied to costs a look-up per distinct description, not a pass over every tie of the article
    (a long article ties the same few descriptions thousands of times)."""

    def __init__(self, ties: Sequence[Tie]) -> None:
        # head -> words -> [(at, -order, name)] sorted: the last before a position is found by
        # bisection; among ties at one offset the first written wins.
        self._groups: dict[str, dict[frozenset[str], list[tuple[int, int, str]]]] = {}
        # head -> [(at, order, tie)] sorted by offset.
        self._exact: dict[str, list[tuple[int, int, Tie]]] = {}
        for order, tie in enumerate(ties):
            words = self._groups.setdefault(tie.head, {})
            words.setdefault(tie.words, []).append((tie.at, -order, tie.name))
            self._exact.setdefault(tie.head, []).append((tie.at, order, tie))
        for groups in self._groups.values():
            for entries in groups.values():
                entries.sort()
        for exact in self._exact.values():
            exact.sort(key=lambda entry: entry[:2])
        self._heads: dict[str, tuple[str, ...]] = {}

    def first_between(self, head: str, after: int, before: int) -> Tie | None:
        """The first written tie with exactly this head whose offset lies strictly between."""
        entries = self._exact.get(head)
        if not entries:
            return None
        start = bisect.bisect_right(entries, after, key=lambda entry: entry[0])
        end = bisect.bisect_left(entries, before, key=lambda entry: entry[0])
        inside = entries[start:end]
        return min(inside, key=lambda entry: entry[1])[2] if inside else None

    def _matching(self, head: str) -> tuple[str, ...]:
        """The heads of ties that tie ``head`` (``_same_head``), asked once per head."""
        found = self._heads.get(head)
        if found is None:
            found = self._heads[head] = tuple(h for h in self._groups if _same_head(h, head))
        return found

    def tied(
        self, head: str, words: Iterable[str], position: int, required: Iterable[str] = ()
    ) -> str | None:
        """See ``Referents.tied``."""
        wanted = {w for w in words if w != head}
        needed = set(required)
        best: tuple[int, int, int] | None = None
        found: str | None = None
        for tie_head in self._matching(head):
            for tie_words, entries in self._groups[tie_head].items():
                if not all(any(_same_word(w, t) for t in tie_words) for w in needed):
                    continue
                last = _last_before(entries, position)
                if last is None:
                    continue
                rank = (len(wanted & tie_words), last[0], last[1])
                if best is None or rank > best:
                    best, found = rank, last[2]
        return found

    def last(self, head: str, position: int) -> str | None:
        """The name of the tie written last before ``position`` whose head ties ``head``."""
        best: tuple[int, int] | None = None
        found: str | None = None
        for tie_head in self._matching(head):
            for entries in self._groups[tie_head].values():
                index = bisect.bisect_left(entries, (position, -(2**62), ""))
                if index == 0:
                    continue
                at = entries[index - 1][0]
                # The last written at that offset: the highest order there.
                first = bisect.bisect_left(entries, (at, -(2**62), ""))
                order = -entries[first][1]
                if best is None or (at, order) > best:
                    best, found = (at, order), entries[first][2]
        return found


def _last_before(entries: list[tuple[int, int, str]], position: int) -> tuple[int, int, str] | None:
    """The entry with the largest offset below ``position`` (the first written among equals)."""
    index = bisect.bisect_left(entries, (position, -(2**62), ""))
    return entries[index - 1] if index else None


def read_referents(
    text: str,
    sentences: Sequence[Sentence],
    names: NameIndex,
    language: Resources,
    subjects: Sequence[str | None] | None = None,
    frame: str = "",
) -> Referents:
    """Read the article ``text`` once for ties, bodies, acronyms and genders (the authors of its
    documents are read when first asked). ``subjects`` are the sentences' subject phrases
    (``attribution.sentence_subject``) when the caller has them; ``frame`` the text with quoted
    words blanked, where pronouns are read."""
    reader = _Reader(text, names, language)
    for mention in names.mentions:
        reader.read_mention(mention.name, mention.start, mention.end, mention.titles)
    reader.read_bodies()
    if subjects is None:
        subjects = [sentence_subject(s.text[:200]) for s in sentences]
    reader.read_pronouns(sentences, subjects, frame or text)
    return reader.result()


class _Reader:
    def __init__(self, text: str, names: NameIndex, language: Resources) -> None:
        self.text = text
        self.names = names
        self.language = language
        self.ties: list[Tie] = []
        self._alone: Counter[str] | None = None
        self.bodies: set[str] = set()
        self.public: set[str] = set()
        self.acronyms: dict[str, str] = {}
        self.votes: dict[str, Counter[str]] = {}
        self.mentions: Counter[str] = Counter()
        self.things: set[str] = set()
        self.nouns = language.person_nouns | language.body_nouns | TITLES
        # (the unions the reading looks words up in, made once)
        self.gendered_nouns = language.male_nouns | language.female_nouns
        self.determiners = language.determiners | {"its"}

    # -- names and what is written beside them ---------------------------------------------

    def read_mention(self, name: str, start: int, end: int, titles: tuple[str, ...]) -> None:
        full = self.names.resolve(name)
        self.mentions[full] += 1
        if self.text[max(0, start - 4) : start].lower() == "the " and not titles:
            # "told the Harbour Gazette": a name that takes "the" is no person's; a body when
            # nothing follows it that it could be a modifier of ("the Harry Potter films").
            self.things.add(name)
            if _NO_NOUN_AFTER.match(self.text, end):
                self.bodies.add(name)
        if not (" " not in name and full != name and self._called_by_first_name(full)):
            # ("Mrs. Zhang-Demir" in a story that calls Haoyu Zhang-Demir "Haoyu": not him)
            for title in titles:
                self._vote_word(full, title, 2)
        roles = [t for t in titles if t in TITLES and t not in _HONORIFICS and t not in _ADJECTIVES]
        if roles and "of" not in titles and not is_organisation(name) and len(name.split()) > 1:
            self._tie(roles[-1], roles, name, start)  # "Premier Luke Marchetti"
        self._prefix(name, full, start)
        if not self._second_part_of_place(start):
            self._apposition_after(name, full, end)
        self._apposition_before(name, full, start, end)
        self._named_in_apposition(name, full, start, end)
        predicate = _PREDICATE.match(self.text, end)
        if predicate:
            # "Omar is one of the first two Muslim women elected to Congress."
            for word in predicate.group("words").split():
                self._vote_word(full, word, 2)
            if _head_of(predicate.group("words")) in self.language.place_heads:
                # "Windy Gables was a long grey farmhouse": a place, no person
                self.things.add(name)
        copula = (
            _NOUN_IS.search(self.text, max(0, start - 40), start)
            if self.text.endswith((" is ", " was "), 0, start)
            else None
        )
        if copula:
            self._vote_word(full, copula.group("noun"), 2)  # "Her husband is Tobias Reinholt"

    def _second_part_of_place(self, start: int) -> bool:
        """Whether the name at ``start`` is the region or country after a town and a
        preposition ("She grew up in Medellín, Colombia, the youngest daughter of …"): what
        follows it describes someone else."""
        if not self.text.endswith(",", 0, start) and not self.text.endswith(", ", 0, start):
            return False  # (no comma right before the name: no place before it)
        pair = _PLACE_PAIR.search(self.text, max(0, start - 60), start)
        return pair is not None and pair.group("preposition").lower() in self.language.prepositions

    def _called_by_first_name(self, full: str) -> bool:
        """Whether the article calls the person ``full`` by the first name alone, twice or more."""
        if self._alone is None:
            self._alone = Counter(
                m.name for m in self.names.mentions if " " not in m.name and not m.titles
            )
        return " " in full and self._alone[full.split()[0]] > 1

    def _prefix(self, name: str, full: str, start: int) -> None:
        """Role words right before a name: "the Dutch sensor maker Oostvaart Systems"."""
        before = self.text[max(0, start - 60) : start]
        age = _AGE_PREFIX.search(before) if "-year-old" in before else None
        if age and (len(name.split()) > 1 or name in self.names.full):
            self._tie(f"{age.group('age')}-year-old", [], name, start)
        words = _adjacent_words(before)
        role: list[str] = []
        modifiers: list[str] = []
        honorific = True  # ("area coroner Dr Helen Farrant": the role before the title)
        for word in reversed(words):
            low = word.lower()
            if honorific and low in _HONORIFICS and not role:
                honorific = False
                continue
            if low in _FUNCTION or low in _NOUN_STOPS:
                break
            if word[:1].isupper() and role:
                role.insert(0, low)  # a capitalised modifier: "Tottenham striker"
                modifiers.insert(0, word)
                continue
            if word[:1].isupper():
                break
            role.insert(0, low)
        if not role or not before.endswith((" ", "\u00a0")):
            return
        head = role[-1]
        person = self._is_noun(head) and head not in self.language.body_nouns
        if person and modifiers and len(name.split()) > 1:
            # "Wrexford Rovers manager Kofi Mensah-Lloyd": the name before a person's role is
            # the body they work for.
            self.bodies.add(
                " ".join(m.rstrip("'’s") if m.endswith(("'s", "’s")) else m for m in modifiers)
            )
        if person or head in _DESCRIBERS:
            for word in role:
                self._vote_word(full, word, 2)
            self._tie(head, role, name, start)

    def _apposition_after(self, name: str, full: str, end: int) -> None:
        """ "Ola Berg, a builder from Leeds,", "Jose Mourinho, 56,", "Skyreach, which …"."""
        rest = self.text[end : end + 160]
        rest = _POSSESSIVE.sub("", rest[:2]) + rest[2:] if rest[:1] in "'’" else rest
        relative = _RELATIVE.match(rest)
        if relative:
            if relative.group("word") == "which":
                self.bodies.add(name)
            predicate = _WHO_WAS.match(rest, relative.end())
            if relative.group("word") == "who" and predicate:
                # "Mrs. Mawle, who had been a widow eleven years,": the widow is she
                words = _WORD.findall(predicate.group("desc"))
                for size in range(len(words), 1, -1):
                    if self._described(name, full, words[:size], end):
                        break
            return
        match = _APPOSITION_AFTER.match(rest)
        if match is None:
            return
        desc = match.group("desc").strip()
        age = _AGE.fullmatch(desc)
        if age:
            self._tie(f"{age.group('age')}-year-old", [], name, end, introduces=True)
            return
        words = _WORD.findall(desc)
        if not words:
            return
        first = words[0]
        determined = first.lower() in self.determiners or first.endswith(("'s", "’s"))
        if first[:1].isupper() and not determined and not self._title_case_role(words):
            return  # a list of names ("Cate Blanchett, Leonardo DiCaprio and …")
        if first[:1].islower() and not determined and not self._is_noun(first):
            return  # "…, started the business in 2019": a verb phrase, not an apposition
        if len(words) == 1 and not determined and _SENTENCE_END.match(rest, match.end("desc")):
            return  # "“Nobody, uncle.”", "“Go, child.”": someone spoken to, not described
        self._described(name, full, words, end)

    def _apposition_before(self, name: str, full: str, start: int, end: int) -> None:
        """ "The developer, Larchmont Residential, plans", "Its chair, Beatrix Nwachukwu,"."""
        if not _COMMA_OR_STOP.match(self.text[end : end + 3]):
            return
        if " " not in name and self.text[end : end + 1] in ".!?":
            return  # "Fetch the captain, Ned.": a first name that ends its sentence is called
        titled = _TITLES_BEFORE.search(self.text, max(0, start - 40), start)
        if titled:
            start = titled.start()  # "The curate, Mr. Denholm,": the title is part of the name
        window = self.text[max(0, start - 100) : start].rstrip()
        if not window.endswith(","):
            return
        body = window[:-1]
        clause = body[max(body.rfind(mark) for mark in _CLAUSE_MARKS) + 1 :]
        opening_word = clause.split(None, 1)[0].lower() if clause.strip() else ""
        if opening_word in self.language.prepositions:
            # "At the Mwanzi County Hospital, Ms. Faith Nyambura said": the comma closes an
            # adverbial that opens the clause; the place is no description of her.
            return
        if opening_word in ("a", "an") and self._apposition_of_name_before(body, len(clause)):
            return
        for opening in _DESCRIPTION_START.finditer(clause):
            # The first description whose head is a word for a person or body ("a billboard
            # featuring the officer who pulled the trigger, Pablo Torres": the officer).
            if self._described(name, full, _WORD.findall(clause[opening.start() :]), start):
                return

    def _apposition_of_name_before(self, body: str, clause_length: int) -> bool:
        """Whether the indefinite description that ends ``body`` (``clause_length`` characters)
        is set off after a name of its own: "The chief executive of the Reading Room Trust, a
        charity which supports libraries, Dr Funmilayo Adeyemi": the charity is the Trust, not
        her. Not after an adverbial ("In Leeds, a spokesman, Jo Hill, said")."""
        before = body[: len(body) - clause_length].rstrip()
        if not before.endswith(","):
            return False
        kept = before[:-1]
        segment = kept[max(kept.rfind(mark) for mark in _CLAUSE_MARKS) + 1 :].split()
        return (
            len(segment) > 1
            and segment[-1][:1].isupper()
            and segment[0].lower() not in self.language.prepositions
        )

    def _named_in_apposition(self, name: str, full: str, start: int, end: int) -> None:
        """ "He had turned to the butler, a tall, grey man named Bassett, …": the description
        before the apposition that names him is his."""
        after = _NAME_THEN_DESCRIBED.match(self.text, end)
        if after:
            self._described(name, full, _WORD.findall(after.group("description")), start)
            return
        if not self.text.endswith(
            ("named ", "called ", " was ", " is ", " as "), max(0, start - 7), start
        ):
            return
        found = _DESCRIBED_THEN_NAMED.search(
            self.text, max(0, start - 140), start
        ) or _DESCRIPTION_IS_NAME.search(self.text, max(0, start - 60), start)
        if found:
            self._described(name, full, _WORD.findall(found.group("description")), start)

    def _title_case_role(self, words: list[str]) -> bool:
        """ "Managing Director", "Senior Analyst at Orvell Capital": capitalised role words up to
        a preposition, the last of them a word for a person or a role."""
        role: list[str] = []
        for word in words:
            if word.lower() in _NOUN_STOPS:
                break
            role.append(word)
        return bool(role) and all(w[:1].isupper() for w in role) and self._is_noun(role[-1])

    def _described(self, name: str, full: str, words: list[str], at: int) -> bool:
        """Tie a description to a name when its head is a word for a person, body or role."""
        run = _noun_phrase(words)
        if not run or not self._is_noun(run[-1]):
            return False
        lowered = [w.lower() for w in run]
        for word in lowered:
            self._vote_word(full, word, 2)
        self._tie(lowered[-1], lowered, name, at, introduces=True)
        return True

    def _is_noun(self, word: str) -> bool:
        low = word.lower().strip(".")
        if low in _ADJECTIVES or low in NOT_NOUNS:
            return False
        if low in self.nouns or low in self.gendered_nouns:
            return True
        if len(low) < 5 or low.endswith(("ed", "ing", "ly")):
            return False
        return low.endswith(("ist", "ian", "or", "er", "man", "woman"))

    def _tie(
        self, head: str, words: Iterable[str], name: str, at: int, *, introduces: bool = False
    ) -> None:
        head = head.strip(".").lower()
        self.ties.append(Tie(head, frozenset(words), name, at, introduces))
        if head in self.language.body_nouns and head not in self.language.person_nouns:
            self.bodies.add(name)
            if head in self.language.public_body_nouns:
                self.public.add(name)

    # -- bodies and acronyms ----------------------------------------------------------------

    def read_bodies(self) -> None:
        """Names of bodies with their full form ("Securities and Exchange Commission", which the
        name index splits at "and"), corporate suffixes, and acronyms."""
        runs: list[tuple[int, str]] = []
        public_heads = self.language.public_body_nouns
        for match in _BODY_NAME.finditer(self.text):
            name = match.group("name")
            tokens = name.split()
            if len(tokens) > 1 and (
                is_organisation(name) or tokens[-1].lower().rstrip(",") in _CORPORATE
            ):
                self.bodies.add(name)
                if (
                    tokens[-1].lower() in self.language.public_body_nouns
                    or tokens[0].lower() in self.language.public_body_nouns
                    or _state_body(tokens)
                ):
                    self.public.add(name)
            runs.append((match.start("name"), name))
            spelled = _SPELLED_OUT.match(self.text, match.end())
            if spelled:
                acronym = spelled.group("acronym")
                full = _spelled(self.text[max(0, match.end() - 120) : match.end()], acronym)
                if full:
                    self.acronyms.setdefault(acronym, full)
                    if full in self.bodies or is_organisation(full):
                        self.bodies.add(acronym)
                    if full in self.public or full.split()[-1].lower() in public_heads:
                        self.public.add(acronym)
        spelling = _Initials(runs)
        for _, name in runs:
            if _ACRONYM.fullmatch(name) and name not in self.acronyms:
                expanded = spelling.expand(name)
                if expanded:
                    self.acronyms[name] = expanded
                    if expanded in self.bodies or is_organisation(expanded):
                        self.bodies.add(name)
                        if expanded in self.public or expanded.split()[-1].lower() in public_heads:
                            self.public.add(name)

    # -- genders ----------------------------------------------------------------------------

    def read_pronouns(
        self, sentences: Sequence[Sentence], subjects: Sequence[str | None], frame: str
    ) -> None:
        """A named subject takes the gender of the pronoun its speech verb introduces ("Ray
        Ellison said he …"), of a reflexive in its sentence, and of a pronoun opening the next
        sentence ("Imelda Staunton told … Her role …")."""
        previous: str | None = None
        for sentence, subject in zip(sentences, subjects, strict=True):
            own = frame[sentence.start : sentence.start + len(sentence.text)]
            opening = _OPENING_PRONOUN.match(sentence.text)
            if previous and opening:
                gender = _pronoun_gender(opening.group("pronoun"))
                other = _OTHER_SUBJECT[gender].search(own, opening.end())
                if other is None:
                    self._vote(previous, gender, 1)
                # (else "She did not turn when he was announced": "he" takes the subject up)
            previous = None
            if not subject or not subject[:1].isupper():
                continue
            full = self.names.resolve(subject)
            if full not in self.mentions or is_organisation(full) or full in self.bodies:
                continue
            previous = full
            if _PLURAL_VERB.match(own, len(subject)) and " " in full and len(full.split()) <= 4:
                # "Rovers were beaten 2-0": a name with a plural verb is a team or a body.
                self.bodies.update((subject, full))
                previous = None
                continue
            for pattern in (_PRONOUN_AFTER_VERB, _REFLEXIVE):
                found = pattern.search(own)
                if found and found.group("pronoun") in ("it", "its"):
                    if " " not in full and full not in self.votes:
                        # "Brackwater said it would open a factory": a one-word name nothing
                        # shows to be a person's ("Clive Owen said it meant a lot" is a man's).
                        self.bodies.add(full)
                        previous = None
                elif found:
                    self._vote(full, _pronoun_gender(found.group("pronoun")), 1)

    def _vote_word(self, full: str, word: str, weight: int) -> None:
        low = word.lower().strip(".")
        if low in self.language.male_nouns or low in self.language.male_titles:
            self._vote(full, "male", weight)
        elif low in self.language.female_nouns or low in self.language.female_titles:
            self._vote(full, "female", weight)

    def _vote(self, full: str, gender: str, weight: int) -> None:
        if len(full.split()) < 2 and not self.names.is_full_name(full):
            return
        self.votes.setdefault(full, Counter())[gender] += weight

    def result(self) -> Referents:
        genders: dict[str, Gender] = {}
        weak: set[str] = set()
        for name, tally in self.votes.items():
            if tally["male"] > tally["female"]:
                genders[name] = "male"
            elif tally["female"] > tally["male"]:
                genders[name] = "female"
            if abs(tally["male"] - tally["female"]) == 1:
                weak.add(name)
        return Referents(
            tuple(self.ties),
            frozenset(self.bodies),
            frozenset(self.public),
            self.acronyms,
            genders,
            frozenset(weak),
            self.mentions,
            frozenset(self.things),
            self.text,
            self.language,
        )


def _head_of(words: str) -> str:
    """The last word of a predicate's noun phrase before a preposition or a relative
    ("a long grey farmhouse set well back from the road": farmhouse, as far as it can tell)."""
    head = ""
    for word in words.split():
        low = word.lower()
        if low in _HEAD_STOPS:
            break
        head = low
    return head


_HEAD_STOPS = frozenset("of in on at with from by for to that which who where set built".split())


def _read_authors(text: str, language: Resources) -> tuple[Tie, ...]:
    """The documents of ``text`` tied to their authors (see ``Referents.authors``)."""
    authors: list[Tie] = []
    finite_verbs = _FINITE | language.speech_verbs
    time_words = language.time_words | language.weekdays | frozenset(language.months)
    nouns = language.body_nouns | language.person_nouns
    for start, end, low in _words_among(text, language.document_nouns):
        before = text[max(0, start - 120) : start]
        after = text[end : end + 120]
        author = None
        for pattern in (_DOC_OWNER, _DOC_SAID_IN, _DOC_MADE, _DOC_ACTED_IN):
            found = pattern.search(before)
            if found:
                author = found.group("np")
                break
        if author is None and (found := _DOC_BY.match(after)):
            author = found.group("np")
        if author is None and _IN_BEFORE.search(before) and (found := _IN_DOC.match(after)):
            author = found.group("np")  # "In a statement on Friday, the ministry said"
            tail = found.group("tail").split()
            while tail and tail[-1].lower() not in nouns:
                tail.pop()
            if tail and author.lower().startswith("the ") and author.split()[-1][:1].isupper():
                author = " ".join([author, *tail])
        if author and author.lower() not in time_words:
            words = author.split()
            while words and words[-1].lower() in finite_verbs:
                words.pop()  # "In a letter, the company said": not "company said"
            if len(words) > 1 or (words and words[0].lower() not in _FUNCTION):
                authors.append(Tie(low, frozenset(), " ".join(words), start))
    return tuple(authors)


def _words_among(text: str, wanted: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, lower case) of each word of ``text`` (as ``_WORD`` reads it) whose lower
    case is one of ``wanted``, in text order.

    Each wanted word is looked for in the lowered text, in C, instead of lowering every word of
    the text in turn. That finds the same words when the wanted words are ASCII and lowering
    keeps every offset: each character found then lowers to one ASCII letter of its own, as it
    does in the word alone; else the text is read word by word."""
    lowered = text.lower()
    if len(lowered) != len(text) or not all(w.isascii() and _WORD.fullmatch(w) for w in wanted):
        found = ((m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text))
        return [hit for hit in found if hit[2] in wanted]
    hits = []
    for word in wanted:
        start = lowered.find(word)
        while start >= 0:
            end = start + len(word)
            # A whole word: no word character right before or after it.
            if not (start and _WORD_CHARACTER.match(text, start - 1)) and not (
                _WORD_CHARACTER.match(text, end)
            ):
                hits.append((start, end, word))
            start = lowered.find(word, start + 1)
    hits.sort()
    return hits


def _adjacent_words(before: str) -> list[str]:
    """The words (up to five) joined to what follows ``before`` by spaces only, no punctuation
    between them: "Tottenham striker" in "… Tottenham striker Harry Kane"."""
    if not before.endswith((" ", "\u00a0")):
        return []
    words: list[str] = []
    for token in reversed(before.split()[-5:]):
        if not _PLAIN_WORD.fullmatch(token):
            break
        words.insert(0, token)
    return words


def _noun_phrase(words: list[str]) -> list[str]:
    """The words of the noun phrase ``words`` open with, without its determiner, up to its head:
    it ends before a preposition, a relative word, a participle or a finite verb ("a man shot
    dead by police": man), or a name right after a noun ("his neighbour Terrence Freebody …" is
    another construction); empty when ``words`` hold a clause."""
    run: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        if low in _FINITE:
            return []
        participle = low.endswith(("ed", "ing")) and "-" not in low  # not "London-based"
        if participle and low.endswith("ing") and i == len(words) - 2 and words[-1].islower():
            # "the Danish container shipping company": a noun before the head, not a verb.
            participle = False
        if low in _NOUN_STOPS or low in _PARTICIPLES or (run and participle):
            break
        if run and word[:1].isupper() and run[-1][:1].islower() and run[-1] not in _FUNCTION:
            break
        run.append(word)
    while run and run[0].lower() in _FUNCTION_OR_ITS:
        run.pop(0)
    while run and run[-1].lower() in _FUNCTION:
        run.pop()
    return run


def _pronoun_gender(pronoun: str) -> str:
    return "male" if pronoun.lower() in ("he", "his", "him", "himself") else "female"


def _spelled(before: str, acronym: str) -> str | None:
    """The words right before "(ACRONYM)" that it stands for: the shortest run ending there whose
    capitalised words' initials spell it ("Alliance to Reclaim Our Schools (AROS)")."""
    letters = acronym.replace("&", "")
    words = before.split()[-2 * len(letters) - 2 :]
    for start in range(len(words) - 1, -1, -1):
        run = words[start:]
        capitals = [w for w in run if w[:1].isupper()]
        initials = "".join(w[0] for w in capitals)
        # ("UK Health Security Agency (UKHSA)": an acronym inside the name counts whole)
        whole = "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in capitals)
        if run[0][:1].isupper() and letters in (initials, whole):
            while run and run[0].lower() == "the":
                run = run[1:]
            return " ".join(run) if len(run) > 1 else None
    return None


class _Initials:
    """What the capitalised names of an article spell: ``expand`` gives the name whose
    capitalised words' initials spell an acronym ("NAO": National Audit Office), or contain it
    ("RFS": NSW Rural Fire Service), the first such name in the article. The names are read once
    (each distinct name, a bounded number of initials in each), so asking for every acronym of a
    long article costs no more than reading it."""

    def __init__(self, runs: list[tuple[int, str]]) -> None:
        # initials -> (order, name) of the first name spelled so; a run of three initials or
        # more inside a name's initials -> (order, the words that spell it).
        self._whole: dict[str, tuple[int, str]] = {}
        self._inside: dict[str, tuple[int, str]] = {}
        seen: set[str] = set()
        for order, (_, name) in enumerate(runs):
            if name in seen:
                continue
            seen.add(name)
            words = [w for w in name.split() if w.lower() not in _JOINERS]
            if len(words) < 2:
                continue
            initials = "".join(w[0] for w in words)
            self._whole.setdefault(initials, (order, name))
            for start in range(len(initials) - 2):
                for end in range(start + 3, len(initials) + 1):
                    letters = initials[start:end]
                    if initials.find(letters) == start:
                        self._inside.setdefault(letters, (order, " ".join(words[start:end])))

    def expand(self, acronym: str) -> str | None:
        letters = acronym.replace("&", "")
        found = [self._whole.get(letters)]
        if len(letters) >= 3:
            found.append(self._inside.get(letters))
        hits = [hit for hit in found if hit is not None]
        if not hits:
            return None
        order = min(hit[0] for hit in hits)
        whole = self._whole.get(letters)
        # The first name that spells it: whole, when that same name spells it whole.
        if whole is not None and whole[0] == order:
            return whole[1]
        return next(hit[1] for hit in hits if hit[0] == order)
