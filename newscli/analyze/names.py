"""Names of people and organisations in an article: the fullest form of each, and gender hints.

Speakers are reported as "the fullest name the article uses" ("Okafor" -> "Ada Okafor") without
titles ("Council Leader Ada Okafor" -> "Ada Okafor"), so every speaker found by the attribution
patterns goes through ``NameIndex.resolve``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Literal

from newscli.lang.registry import every_language, resources, union
from newscli.lang.stopwords import stop_words

Gender = Literal["male", "female"]


def wordset(words: str) -> frozenset[str]:
    """The whitespace-separated words of ``words``: long word lists stay readable in the source."""
    return frozenset(words.split())


# A capitalised token, an initial ("H."), or a particle inside a name ("Abu Bakr al Baghdadi").
NAME_ABBREVIATIONS = (
    "Mr Mrs Ms Dr Sen Sens Rep Reps Gov Lt Gen Col Capt Sgt Maj Adm St Jr Sr Prof Rev".split()
)
"""Abbreviated titles and suffixes that keep their dot inside a name ("Sen. Jane Doe Jr.");
the one list that name finding and sentence masking (``attribution.mask``) share."""
_ABBREVIATED = rf"(?:{'|'.join(NAME_ABBREVIATIONS)})\."
_TOKEN = rf"(?:{_ABBREVIATED}|[A-Z]\.|[A-Z][\w’'\-]*)"
_PARTICLE_WORDS = "de da del der van von al bin ibn la le du of".split()
_PARTICLE = rf"(?:{'|'.join(_PARTICLE_WORDS)})"
_PARTICLES = frozenset(_PARTICLE_WORDS)
"""The particles as a set: a token is one when ``_PARTICLE`` matches all of it."""
NAME_PATTERN = rf"{_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_TOKEN})*"
# (Every name starts with a capital: the lookahead lets the regex engine skip to the next one.)
_NAME = re.compile(rf"(?=[A-Z])(?<![\w’'])({NAME_PATTERN})")
_JOINERS = frozenset({"the", "for", "and"})
_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*\n\s*")
_PARTY_TAG = re.compile(r"[A-Z]{1,2}-[A-Z]")  # "(R-Calif.)", "(D-N.Y.)"
_POSSESSIVE = re.compile(r"[’']s?$")
# Endings of English adverbs that no name has: "Accordingly", "Reportedly", "Finally".
_ADVERB_ENDINGS = tuple(
    "ingly edly ately ively ously fully lessly ently antly ibly ably ually ically tially cially"
    " nally rally".split()
)
_SUFFIXES = frozenset("jr sr ii iii iv".split())

_LANGUAGES = every_language()
# Titles and honorifics, stripped from the front of a name; "the last title wins", so
# "the region's Chief Rabbi Dr Ezra Lind" and "Council Leader Ada Okafor" keep only the name.
TITLES = union(r.titles for r in _LANGUAGES)
# Capitalised words that start sentences or clauses and are not part of a following name.
# Function words only of English, where names of other languages' places and papers keep their
# articles ("Los Angeles", "Le Monde", "Die Zeit"); months and weekdays of every language.
_ENGLISH = resources("en")
_NOT_NAME = (
    _ENGLISH.sentence_openers
    | _ENGLISH.determiners
    | _ENGLISH.not_speakers
    | union(r.weekdays | frozenset(r.months) for r in _LANGUAGES)
    | wordset("mister said says according speaking asked told writing")
)
# Generic heads of the names of bodies that speak ("the Treasury Department", "Thames Valley
# Police"): a rule of the language, not a list of names.
ORG_WORDS = union(r.organisation_heads for r in _LANGUAGES)
PRONOUNS = frozenset(
    wordset("he she they it we i you him her them his hers their its who this that")
)
# Words for a person's role or relation that may stand capitalised before a name at the start
# of a sentence ("Neighbour Ottilie Brand said"): English only.
_ROLE_NOUNS = _ENGLISH.person_nouns - _ENGLISH.organisation_heads
_MALE_TITLES = union(r.male_titles for r in _LANGUAGES)
_FEMALE_TITLES = union(r.female_titles for r in _LANGUAGES)


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a name in the text. (Slots: an article makes one for every name it
    writes, and a frozen dataclass with slots is built in half the time.)"""

    name: str
    """The name with titles stripped ("Ada Okafor")."""
    start: int
    end: int
    titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class NameIndex:
    """Every name in one article, the fullest form of each and what is known of its gender."""

    mentions: tuple[Mention, ...]
    full: dict[str, str] = field(default_factory=dict)
    """Surname (or single-word name) -> fullest form used in the article."""
    ambiguous: frozenset[str] = frozenset()
    """Full names sharing their surname with another person of the article."""
    titled: frozenset[str] = frozenset()
    """Surnames that name two people told apart only by their titles ("Mr. Harlow" and "Mrs.
    Harlow", no first name given): for them the title is part of the name."""
    text: str = field(default="", compare=False, repr=False)
    """The article text, where ``genders`` are read."""
    titled_as: dict[str, str] = field(default_factory=dict)
    """Titled forms of a ``titled`` surname that name the one person written in full with it
    ("Miss Fairlie": "Margaret Fairlie", where "Mr. Fairlie" is her uncle)."""
    nicknames: dict[str, str] = field(default_factory=dict)
    """Nicknames written in quotation marks between a first name and a surname -> that full
    name ('Bernard "Bunny" Ames': "Bunny" -> "Bernard Ames")."""
    _memo: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _by_first: dict[str, set[str]] = field(default_factory=dict, compare=False, repr=False)
    """First word -> the full names that start with it (filled when first asked)."""
    _full_names: set[str] = field(default_factory=set, compare=False, repr=False)

    def resolve(self, phrase: str) -> str:
        """The fullest name for ``phrase`` (a name, titled name or role description)."""
        found = self._memo.get(phrase)
        if found is None:
            found = self._memo[phrase] = self._resolve(phrase)
        return found

    def _resolve(self, phrase: str) -> str:
        name = strip_titles(phrase)
        if name in self.titled:
            title = _family_title(phrase.split()[:-1])
            titled = f"{title} {name}" if title else name
            return self.titled_as.get(titled, titled)
        tokens = name.split()
        if not tokens or not tokens[0][:1].isupper():
            return phrase.strip()
        if name in self.nicknames:
            return self.nicknames[name]
        if len(tokens) == 2 and tokens[0].lower() in KIN_CALLS:
            # "Aunt Prudence" in a story that names Prudence Marsh: her, by her fullest name
            named = self._starting_with(tokens[1]) - {name}
            if len(named) == 1:
                return next(iter(named))
        found = self.full.get(surname(tokens))
        if found and len(tokens) == 1 and found.split()[0].lower() in KIN_CALLS:
            return self.resolve(found)  # "Prudence", whom the family calls "Aunt Prudence"
        if found and (len(tokens) == 1 or tokens[0] == found.split()[0]):
            # "Okafor" in an article about Ada and Ben Okafor stays "Okafor".
            return name if found in self.ambiguous else found
        if len(tokens) == 1:
            # A first name alone ("Melanie") names someone only if one full name starts with it.
            matches = self._starting_with(name)
            if len(matches) == 1:
                return next(iter(matches))
            if not matches and name not in self.full:
                # A short form of one full name's first name: "Dev" (Devendra Rao), "Tash"
                # (Natasha Byrne), "Jonno" (Jonathan Pike), "Lizzy" (Elizabeth Bennet).
                return self._shortened(name) or name
        return name

    def _shortened(self, word: str) -> str | None:
        """The one person's full name whose first name ``word`` is a short form of: its
        beginning ("Dev", "Ro"), or, without a pet ending ("-o", "-no", "-y", "-ie"), a part of
        three letters or more ("Tash" of Natasha, "Lizzy" of Elizabeth). None: none, or several."""
        low = word.lower()
        if not word.isalpha() or not word[:1].isupper() or len(low) < 2:
            return None
        if low in _PERSON_WORDS:
            return None  # "the Duke" is no short form of Marmaduke (nor "Sister" of Sisterson)
        inner = low not in stop_words("en")  # ("Many" is no part of "Mirman")
        stems = {low} | {
            low[: -len(ending)]
            for ending in _PET_ENDINGS
            if low.endswith(ending) and len(low) - len(ending) >= 3
        }
        if len(low) == 4 and low[-1] in "aeiou":
            stems.add(low[:3])  # "Tobe" of Tobias, "Kate" of Katherine
        if low.endswith("x") and len(low) >= 3:
            stems |= {low[:-1] + "c", low[:-1] + "k"}  # "Bex" of Rebecca, "Dex" of Decker
        found = {
            full
            for first, names in self._first_names().items()
            if first.isalpha()  # (not "Trump’s Oct")
            and len(first) > len(low)
            and any(
                first.lower().startswith(stem)
                or (inner and len(stem) >= 3 and stem in first.lower())
                for stem in stems
            )
            for full in names
            if not is_organisation(full)
        }
        return next(iter(found)) if len(found) == 1 else None

    def _starting_with(self, first: str) -> set[str]:
        """The full names of people that start with ``first``: each surname's fullest form,
        and the other people who share a surname with it ("Edmund" in an article about Edmund
        and Margaret Carrow is Edmund Carrow)."""
        return self._first_names().get(first, set())

    def _first_names(self) -> dict[str, set[str]]:
        """First word -> the full names of people that start with it (filled when first
        asked)."""
        if not self._by_first and self.full:
            for name in {m.name for m in self.mentions}:
                tokens = name.split()
                found = self.full.get(surname(tokens))
                if found is None or not 2 <= len(tokens) <= 5 or tokens[-2] == "of":
                    continue
                form = found if found.split()[0] == tokens[0] else name
                if form == found or not is_organisation(name):
                    self._by_first.setdefault(tokens[0], set()).add(form)
        return self._by_first

    def is_full_name(self, name: str) -> bool:
        """True when ``name`` is the fullest form of some name of the article."""
        if not self._full_names and self.full:
            self._full_names.update(self.full.values())
        return name in self._full_names

    def gender(self, name: str) -> Gender | None:
        return self.genders.get(name) or self._short_genders.get(name)

    @cached_property
    def _short_genders(self) -> dict[str, Gender]:
        """The genders the pronouns after a short form show, under the full name it stands
        for ("Tash rolls her eyes": Natasha Byrne)."""
        found: dict[str, Gender] = {}
        for short, gender in self.genders.items():
            if " " not in short:
                full = self.resolve(short)
                if full != short:
                    found.setdefault(full, gender)
        return found

    @cached_property
    def genders(self) -> dict[str, Gender]:
        """What the article shows of each person's gender (titles, the pronouns after a name),
        read when first asked: most articles resolve their speakers without asking anyone's."""
        return _genders(self.text, self.mentions, self.full)

    def is_person(self, name: str) -> bool:
        return not is_organisation(name) and len(name.split()) > 1


def surname(tokens: list[str]) -> str:
    """The last word of a name that is no generational suffix ("Carlineo" of "Patrick W.
    Carlineo Jr.")."""
    if len(tokens) > 1 and tokens[-1].lower().rstrip(".,") in _SUFFIXES:
        return tokens[-2]
    return tokens[-1]


@lru_cache(maxsize=4096)
def strip_titles(phrase: str) -> str:
    """``phrase`` without leading role words and titles: "Kremlin spokesperson Dmitry Peskov" ->
    "Dmitry Peskov"; a phrase with no capitalised name in it is returned unchanged. (Cached, like
    ``is_organisation``: an article strips the same phrases again and again.)"""
    phrase = _POSSESSIVE.sub("", phrase.strip().strip(",")).strip()
    tokens = phrase.split()
    if is_organisation(phrase):
        # "the Treasury Department", "Securities and Exchange Commission": a body keeps its
        # whole name.
        rest = tokens[1:] if tokens[0].lower() == "the" else tokens
        if rest and rest[0][:1].isupper():
            return " ".join(rest)
        if tokens[0][:1].islower():
            return phrase
    last_title = -1
    for i, token in enumerate(tokens):
        low = token.lower().rstrip(",")
        role = low in _ROLE_NOUNS and i < len(tokens) - 2  # "Neighbour Ottilie Brand"
        particle = (
            0 < i < len(tokens) - 1
            and (
                token in _PARTICLES
                # "Save the Children", "Doctors for Peace": a joiner between capitalised words
                or (
                    token in _JOINERS
                    and tokens[i - 1][:1].isupper()
                    and tokens[i + 1][:1].isupper()
                    and tokens[i - 1].lower() not in TITLES
                )
            )
        )
        if low in TITLES or role or (not token[:1].isupper() and not particle):
            last_title = i  # ("Pieter van der Merwe" keeps its particles)
    rest = [t.rstrip(",") for t in tokens[max(last_title + 1, _label_end(tokens)) :]]
    if not rest or not all(t[:1].isupper() or t in _PARTICLES for t in rest):
        return phrase
    while rest and rest[0].lower() in _NOT_NAME:
        rest.pop(0)
    return " ".join(rest) if rest else phrase


@lru_cache(maxsize=4096)
def is_organisation(name: str) -> bool:
    """A body's name: its head noun is a word for a body ("Thames Valley Police", "the Treasury
    Department", "Bank of England"); "Club captain Tadhg Brennock" is a person. (Cached: an
    article asks about the same names again and again.)"""
    tokens = [t.lower().strip(".,") for t in name.split()]
    if not tokens:
        return False
    if tokens[-1] in ORG_WORDS:
        return True
    # "Bank of England", "International Organization for Migration"
    return any(
        tokens[i] in ("of", "for") and tokens[i - 1] in ORG_WORDS for i in range(1, len(tokens))
    )


def _label_end(tokens: Sequence[str]) -> int:
    """Where what is written before a name ends: a possessive ("Ukraine's Ada Okafor",
    "Wrexford Rovers' Kofi Mensah"), or a team and a position written in capitals ("Browns DL
    Sheldon Richardson", "Navy SEAL Ada Okafor": an abbreviation of two to four capitals after a
    capitalised word), when a person's first name and surname follow; 0 when nothing is."""
    for i in range(len(tokens) - 3, -1, -1):
        if tokens[i].endswith(("'", "’", "'s", "’s")) and _person_name(tokens[i + 1 :]):
            return i + 1
    for i in range(1, len(tokens) - 2):
        token = tokens[i]
        capitals = 2 <= len(token) <= 4 and token.isalpha() and token.isupper()
        if capitals and tokens[i - 1][:1].isupper() and _person_name(tokens[i + 1 :]):
            return i + 1
    return 0


def _person_name(tokens: Sequence[str]) -> bool:
    """Two or three capitalised words, none in capitals, that name no body."""
    return (
        2 <= len(tokens) <= 3
        and all(t[:1].isupper() and not t.isupper() for t in tokens)
        and not is_organisation(" ".join(tokens))
    )


# British police ranks, written in capitals before a name ("DI Marsh", "DCI Webb", "PC Lowe").
_POLICE_RANKS = frozenset("DI DCI DS DC PC DSI DCS DSU PS".split())


def _titles_before(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split a capitalised run into its leading titles/filler words and the name proper."""
    cut = _label_end(tokens)
    for i, token in enumerate(tokens):
        low = token.lower().rstrip(",")
        joins = token in _PARTICLES and 0 < i < len(tokens) - 1 and i > cut
        rank = token in _POLICE_RANKS and i + 1 < len(tokens)  # ("DI Marsh", not "Di Maria")
        if (low in TITLES or low in _NOT_NAME or _contracted_pronoun(low) or rank) and not joins:
            cut = max(cut, i + 1)
    if cut == 0 and len(tokens) > 1 and _is_adverb(tokens[0]):
        cut = 1  # "Accordingly Turkey said", "Unfortunately Smith …": a sentence's adverb
    return tokens[:cut], tokens[cut:]


def _is_adverb(word: str) -> bool:
    """A capitalised English adverb in -ly by its ending ("Accordingly", "Reportedly",
    "Finally"): long, no capital inside, an ending no first name or surname has ("Sally",
    "Kelly", "McNally" are not)."""
    return len(word) >= 7 and word[1:].islower() and word.lower().endswith(_ADVERB_ENDINGS)


def _contracted_pronoun(word: str) -> bool:
    """A pronoun with a verb written onto it ("it's", "I'm", "there's"): no part of a name."""
    head, apostrophe, _ = word.replace("’", "'").partition("'")
    return bool(apostrophe) and (head in PRONOUNS or head in ("there", "what", "here"))


def find_mentions(text: str) -> list[Mention]:
    """Capitalised runs that look like names, with the titles stripped off their fronts."""
    mentions: list[Mention] = []
    headings = _capital_lines(text)
    for match in _NAME.finditer(text):
        offset = match.start(1)
        # A name never runs on past its paragraph: "ARGENTINA CRUISES" is a heading, and
        # "Argentina" opens the paragraph under it.
        for piece in _PARAGRAPH_BREAK.split(match.group(1)):
            start = text.index(piece, offset)
            offset = start + len(piece)
            if headings[0] and _inside(headings, start):
                continue  # "THE CAPTAIN CALLS.": a heading in capitals names no "Calls"
            mention = _mention(piece, start) or _month_named_person(text, piece, start)
            if mention is not None and not _titled_work(text, mention):
                mentions.append(mention)
    return mentions


def _titled_work(text: str, mention: Mention) -> bool:
    """A name of several words that its quotation marks hold alone: a title (Baedeker's
    “Northern Italy”, the song "Sweet Little Nobody"), no person."""
    before = text[mention.start - 1 : mention.start]
    after = text[mention.end : mention.end + 1]
    return " " in mention.name and before in _OPENING and after in _CLOSING


_OPENING = frozenset("\"“‘'«„")
_CLOSING = frozenset("\"”’'»“")


# A line in capitals of two words or more: a heading ("CHAPTER VII.", "THE CAPTAIN CALLS."),
# not a speaker's label ("STEVE INSKEEP, HOST:"), which ends with a colon.
_LINE = re.compile(r"[^\n]+")
_LOWER = re.compile(r"[a-z]")


def _capital_lines(text: str) -> tuple[list[int], list[int]]:
    """Where the lines in capitals start, and where they end (in order)."""
    starts: list[int] = []
    ends: list[int] = []
    for line in _LINE.finditer(text):
        written = line.group().strip()
        if _LOWER.search(written) or written.endswith(":") or not written:
            continue
        if sum(1 for word in written.split() if any(c.isupper() for c in word)) >= 2:
            starts.append(line.start())
            ends.append(line.end())
    return starts, ends


def _inside(lines: tuple[list[int], list[int]], position: int) -> bool:
    starts, ends = lines
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < ends[index]


# Months that are also women's names (English): a person when a speech or a gesture is hers.
_MONTHS_AS_NAMES = frozenset(("May", "June", "April"))
_SPEECH_BEFORE = re.compile(r"\b(?:said|asked|cried|replied|answered|whispered|called)\s*$")
_ACT_AFTER = re.compile(
    r"\s+(?:said|says|laughed|smiled|sighed|nodded|asked|answered|replied|cried|whispered"
    r"|looked|turned|shook|put|took|held|stood|sat|came|went)\b"
)


def _month_named_person(text: str, piece: str, start: int) -> Mention | None:
    """ "said May", "May laughed": a month's name that is a woman's, used as hers (not "in
    May", "May 5", "May sales")."""
    word = piece.strip()
    if word not in _MONTHS_AS_NAMES:
        return None
    end = start + len(word)
    if _SPEECH_BEFORE.search(text, max(0, start - 12), start) or _ACT_AFTER.match(text, end):
        return Mention(word, start, end, ())
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before and before.group(1) not in _DATE_WORDS and not _DIGIT_NEAR.match(text, end):
        return Mention(word, start, end, ())  # "Newland found May in the conservatory"
    return None


_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_DIGIT_NEAR = re.compile(r"\s*,?\s*\d")
# Words before a month that make it the month ("in May", "last June", "by April").
_DATE_WORDS = frozenset(
    """
    in on of by since until till from through during before after last next early late mid
    this every each to for at around about between into throughout beginning end
    """.split()
)


def _mention(run: str, at: int) -> Mention | None:
    """The name in the capitalised ``run`` found at offset ``at``, its titles apart."""
    raw = _POSSESSIVE.sub("", run).rstrip(".")
    tokens = raw.split()
    while tokens and _CONTRACTION.fullmatch(tokens[0]):
        tokens.pop(0)  # "It’s Mum: “…”", "That’s Dev": the name after the contraction
    titles, name = _titles_before(tokens)
    while name and name[-1] in _PARTICLES:
        name.pop()
    if not name or all(len(t.rstrip(".")) <= 1 for t in name) or _PARTY_TAG.match(name[0]):
        return None
    joined = " ".join(name)
    start = at + raw.find(name[0])
    return Mention(joined, start, start + len(joined), tuple(t.lower() for t in titles))


def build_index(text: str) -> NameIndex:
    """Index the names of ``text``: surname -> fullest (most frequent, then longest) form.

    Built once per article, by the discourse that resolves its speakers.
    """
    mentions = find_mentions(text)
    apart = _titled_apart(text, mentions)
    titled = _titled_surnames(mentions) | frozenset(apart)
    if titled:
        mentions = [_with_title(text, m) if m.name in titled else m for m in mentions]
    counts = Counter(m.name for m in mentions)
    # A capitalised line of three words or more standing alone is a heading ("Trump Impeachment
    # Inquiry", "Microsoft Teams Outage"): it may name no one, so it gives no full name unless
    # the running text writes it too.
    in_text = {m.name for m in mentions if not _heading(text, m)}
    full: dict[str, str] = {}
    for name, _count in sorted(counts.items(), key=lambda item: (-item[1], -len(item[0]))):
        if name not in in_text and len(name.split()) >= 3:
            continue
        tokens = name.split()
        if len(tokens) < 2 or is_organisation(name) or len(tokens) > 5:
            continue
        if tokens[-2] == "of":
            # "the Islamic Republic of Iran", "the Duke of Sussex": a title or a state's formal
            # name, not the full name of someone whose surname is "Iran" or "Sussex".
            continue
        key = surname(tokens)
        current = full.get(key)
        # A longer form wins unless it is rare next to the current one ("Ada N. Okafor" once).
        longer = current is not None and len(tokens) > len(current.split())
        if current is None or (longer and counts[name] * 3 >= counts[current]):
            full[key] = name
    same = {f"{t} {n}": person for n, titles in apart.items() for t, person in titles.items()}
    nicknames: dict[str, str] = {}
    for match in _NICKNAMED.finditer(text) if _NICKNAME_MARKS.search(text) else ():
        # 'Bernard "Bunny" Ames', 'Earvin “Magic” Johnson': the nickname is the person's.
        key = match.group("last")
        whole = full.setdefault(key, f"{match.group('first')} {key}")
        nicknames.setdefault(match.group("nick"), whole)
    for match in _CALLED_NICKNAME.finditer(text) if "called" in text or "known" in text else ():
        # "Jacob Lush, a long pale labourer …, who was called ‘Chalky’ from the colour of his
        # complexion": the nickname is his.
        whole = match.group("name")
        if whole.split()[-1] in full and match.group("nick") not in full:
            nicknames.setdefault(match.group("nick"), full[whole.split()[-1]])
    return NameIndex(
        tuple(mentions),
        full,
        _ambiguous(counts, full),
        titled,
        text,
        {titled: person for titled, person in same.items() if person},
        nicknames,
    )


# A first name, a nickname in quotation marks, a surname.
_NICKNAMED = re.compile(
    r"\b(?P<first>[A-Z][a-z]+)\s+[\"“‘'](?P<nick>[A-Z][\w’'\-]+)[\"”’']\s+"
    r"(?P<last>[A-Z][\w’'\-]+)\b"
)
# A full name, a description set off after it, and the nickname it goes by: "Jacob Lush, a long
# pale labourer …, who was called ‘Chalky’", "Edward Holt, known as “Long Ned”".
_CALLED_NICKNAME = re.compile(
    r"(?P<name>[A-Z][a-z]+\s+[A-Z][a-z]+)(?:,[^.;:!?“”‘’\"]{0,150}?,)?\s+"
    r"(?:who\s+(?:was|is)\s+)?(?:called|known\s+as|nicknamed)\s+[‘“\"']"
    r"(?P<nick>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)[’”\"']"
)
_NICKNAME_MARKS = re.compile(r"[a-z]\s+[\"“‘'][A-Z][\w’'\-]+[\"”’']\s+[A-Z]")


# The titles that tell members of one family apart ("Mr. and Mrs. Harlow", "Miss Harlow").
# What a family calls its relations before their first names: "Aunt Prudence", "Brother Tom".
_PERSON_WORDS = (
    resources("en").person_nouns | resources("en").male_nouns | resources("en").female_nouns
)
KIN_CALLS = frozenset("aunt auntie uncle cousin granny grandma grandpa brother sister".split())
FAMILY_TITLES = {
    "mr": "Mr.",
    "mrs": "Mrs.",
    "miss": "Miss",
    "ms": "Ms.",
    "master": "Master",
    "lady": "Lady",  # ("Lady Lanyon", Sir Harry's wife, beside "Miss Lanyon", their daughter)
}
# Pet endings of English short names: "Jonno", "Lizzy", "Katie", "Bobby".
_PET_ENDINGS = ("nno", "no", "zy", "ie", "y", "o")
YOUNG_TITLES = frozenset(("Miss", "Master"))
"""The titles of a family's young: a first-named daughter is "Miss Lanyon" beside "Lady
Lanyon", and may call her "Mamma"."""


def _family_title(words: Sequence[str]) -> str | None:
    """The family title among ``words`` as newscli writes it ("Mrs." for "mrs", "Mrs", "MRS.")."""
    for word in reversed(words):
        found = FAMILY_TITLES.get(word.lower().rstrip("."))
        if found:
            return found
    return None


def _titled_surnames(mentions: Sequence[Mention]) -> frozenset[str]:
    """Surnames written alone after two different family titles and never with a first name: two
    people of one family whom only the title tells apart."""
    titles: dict[str, set[str]] = {}
    with_first_name: set[str] = set()
    for mention in mentions:
        tokens = mention.name.split()
        if len(tokens) == 1:
            title = _family_title(mention.titles)
            if title:
                titles.setdefault(tokens[0], set()).add(title)
        elif 2 <= len(tokens) <= 4:
            with_first_name.add(surname(tokens))
    return frozenset(
        name for name, found in titles.items() if len(found) > 1 and name not in with_first_name
    )


def _titled_apart(text: str, mentions: Sequence[Mention]) -> dict[str, dict[str, str | None]]:
    """Surnames a family title of one gender writes alone while a person the article names in
    full with that surname is of the other ("Mr. Fairlie" and his niece "Margaret Fairlie", who
    is "she"), or that titles of both genders write alone ("Mr. Bennet", "Mrs. Bennet" beside
    "Elizabeth Bennet"): the title tells the people apart as it does a couple's. Each such
    surname -> its titles -> the one person named in full of the title's gender ("Miss
    Fairlie": "Margaret Fairlie"), or None (none, or several)."""
    titled: dict[str, set[str]] = {}
    for mention in mentions:
        title = _family_title(mention.titles) if " " not in mention.name else None
        if title:
            titled.setdefault(mention.name, set()).add(title)
    if not titled:
        return {}
    people: dict[str, set[str]] = {}
    for mention in mentions:
        tokens = mention.name.split()
        key = surname(tokens)
        if 2 <= len(tokens) <= 4 and key in titled and not is_organisation(mention.name):
            people.setdefault(key, set()).add(mention.name)
    if not people:
        return {}
    # A person's gender as the pronouns after the first name alone show it ("Margaret took up
    # her work"): a story's way with its people, and her own mentions, not the titled ones.
    own = [m for m in mentions if " " not in m.name and not m.titles]
    genders = _genders(text, own, {})
    # Which of them a title stands for: the pronouns after their full names count too ("Ben
    # Okafor, 52, spoke first. He …"), the surname after a title does not.
    untitled = [m for m in mentions if not (m.name in titled and _family_title(m.titles))]
    loosely = _genders(text, untitled, {})
    found: dict[str, dict[str, str | None]] = {}
    for name, titles in titled.items():
        persons = people.get(name)
        if not persons:
            continue
        of = {p: genders.get(p.split()[0]) for p in persons}
        wanted = {_title_gender(t) for t in titles} - {None}
        several = len(wanted) < len(titles)  # ("Lady Lanyon" and "Miss Lanyon": two women)
        if len(wanted) < 2 and not several and not wanted - set(of.values()):
            continue  # "Mr. Okafor" and Ben Okafor, "he": the same man
        if len(wanted) < 2 and not several and None in of.values():
            continue  # a person of unknown gender might be the one titled so
        found[name] = {}
        for title in titles:
            gender = _title_gender(title)
            same = [p for p in persons if (of[p] or loosely.get(p)) == gender]
            senior = title not in YOUNG_TITLES and any(
                t != title and _title_gender(t) == gender for t in titles
            )
            # (beside "Miss Lanyon", "Lady Lanyon" is the one named by her title only)
            found[name][title] = same[0] if len(same) == 1 and not senior else None
    return found


def _title_gender(title: str) -> Gender | None:
    low = title.lower()
    return "male" if low in _MALE_TITLES else "female" if low in _FEMALE_TITLES else None


def _with_title(text: str, mention: Mention) -> Mention:
    """``mention`` of a titled surname named with its title ("Mrs. Harlow"); one without a
    family title stays the bare surname, which names neither of them."""
    title = _family_title(mention.titles)
    if title is None:
        return mention
    return Mention(f"{title} {mention.name}", mention.start, mention.end, mention.titles)


def _heading(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is its line's only content (a heading or a label line).

    Only the blanks next to the mention are read, so a text of one long line stays linear."""
    start = mention.start
    while start > 0 and text[start - 1] != "\n" and text[start - 1].isspace():
        start -= 1
    if start > 0 and text[start - 1] != "\n":
        return False
    end = mention.end
    while end < len(text) and text[end] in " \t.:!?":
        end += 1
    return end == len(text) or text[end] == "\n"


def _ambiguous(counts: Counter[str], full: dict[str, str]) -> frozenset[str]:
    firsts: dict[str, set[str]] = {}
    for name in counts:
        tokens = name.split()
        if 2 <= len(tokens) <= 4 and not is_organisation(name):
            firsts.setdefault(surname(tokens), set()).add(tokens[0])
    return frozenset(full[s] for s, f in firsts.items() if len(f) > 1 and s in full)


_STORY_NAME = re.compile(r"[A-Z][a-z]+")
# A pronoun after a name, before any other name ("Okonjo sat down. Her sergeant …").
# A quotation closing (a mark, then a space) or opening (a space, then a mark): a pronoun past it
# is in the quotation or its attribution, not more narration about the name before it.
_QUOTATION_EDGE = re.compile(r"[”\"’']\s|\s[“\"‘']")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# A pronoun run into its verb, capitalised at a sentence's start: "It’s", "That's", "I'm".
_CONTRACTION = re.compile(
    r"(?:(?:It|That|There|Here|He|She|What|Who|Where)[’']s|(?:I|We|You|They)[’'](?:m|re|ve|ll|d))"
)
# A new clause before a subject pronoun: ", and she", "; he", ", but she".
_NEW_CLAUSE = re.compile(r"(?:,\s*(?:and|but)|;)\s+$")
# A name right after a verb or a preposition (lower case), as its object.
_AFTER_A_VERB = re.compile(r"\b[a-z]{2,}\s+$")
_OPENS_QUOTATION = re.compile(r"[“\"‘']\s*$")
# Words that follow "her" as an object ("told her that", "found her in"), not as a possessive.
_AFTER_AN_OBJECT = frozenset(
    "a an the that to and or but in on at with for as from about into by of up down out off "
    "back again so if when while because he she they it we i".split()
)
_PRONOUN_OR_NAME = re.compile(
    r"(?=[hstHSA-Z])(?:\b(he|his|him|himself|she|her|herself|He|His|Him|She|Her)\b|[A-Z][a-z]+\s+[A-Z]"
    r"|\bthe\s+[A-Z][a-z]+)"  # (a character called by a title: "found the Countess. She …")
)


def _is_object(text: str, pronoun: re.Match[str]) -> bool:
    """Whether the "him" or "her" ``pronoun`` found in ``text`` is an object (someone else than
    the subject named before it), not a possessive ("her office") nor a subject."""
    word = pronoun.group(1).lower()
    if word == "him":
        return True
    if word != "her":
        return False
    following = _NEXT_WORD.match(text, pronoun.end())
    return following is None or following.group(1).lower() in _AFTER_AN_OBJECT


def _genders(text: str, mentions: Sequence[Mention], full: dict[str, str]) -> dict[str, Gender]:
    votes: dict[str, Counter[str]] = {}
    alone = Counter(m.name for m in mentions if " " not in m.name and not m.titles)
    starts = [m.start for m in mentions]
    for number, mention in enumerate(mentions):
        tokens = mention.name.split()
        titled = len(tokens) == 2 and tokens[0] in FAMILY_TITLES.values()
        gendered = len(tokens) == 1 and any(
            t in _MALE_TITLES or t in _FEMALE_TITLES for t in mention.titles
        )
        # ("Old Mr. Marsh" where Prudence Marsh and Silas Marsh are named: his own, not hers)
        name = mention.name if titled or gendered else full.get(surname(tokens), mention.name)
        if len(tokens) == 1 and name != mention.name and alone[name.split()[0]] > 1:
            family = [t for t in mention.titles if t.rstrip(".") in FAMILY_TITLES]
            if family:
                # "Mrs. Zhang-Demir" in a story that calls Haoyu Zhang-Demir "Haoyu": his mother
                # perhaps, not him; her title tells nothing of his gender.
                continue
        lone = len(name.split()) < 2 and not (mention.titles and name[:1].isupper())
        if lone and (name in full or not _STORY_NAME.fullmatch(name)):
            # A lone word tells nothing, unless it is a name the article never writes in full
            # ("Joey", "Rose", as stories name people): then the pronouns after it do. A
            # surname given with a title ("Mrs. Pell") has the title's gender.
            continue
        tally = votes.setdefault(name, Counter())
        for title in mention.titles:
            if title in _MALE_TITLES:
                tally["male"] += 2
            if title in _FEMALE_TITLES:
                tally["female"] += 2
        if text[mention.end : mention.end + 1] == "," and _OPENS_QUOTATION.search(
            text, max(0, mention.start - 3), mention.start
        ):
            continue  # "“Lucy, give me the corkscrew before he breaks it”": she is spoken to
        # A pronoun soon after a name, before any other name, usually refers to it.
        following = text[mention.end : mention.end + 80]
        pronoun = _PRONOUN_OR_NAME.search(following)
        if pronoun and _QUOTATION_EDGE.search(following, 0, pronoun.start()):
            # "“You are out early, Robert,” said she", "Clara stood up. “Do you believe him?”":
            # the one speaking, or someone spoken of, not the person named.
            continue
        if pronoun and pronoun.group(1) and _is_object(following, pronoun):
            continue  # "Elise Matthesen found him": the one she found, not Elise
        if (
            pronoun
            and number + 1 < len(starts)
            and starts[number + 1] < mention.end + pronoun.start()
        ):
            continue  # "Newland found May in …, her mother's": another name comes first
        if (
            pronoun
            and pronoun.group(1)
            and pronoun.group(1).lower() in ("he", "she")
            and _NEW_CLAUSE.search(following, 0, pronoun.start())
            and _AFTER_A_VERB.search(text, max(0, mention.start - 20), mention.start)
        ):
            # "Natasha Byrne has known Devendra Rao since they were eleven, and she has been
            # rolling her eyes …": the clause after "and" goes on with the sentence's subject,
            # not with the name its verb took as object.
            continue
        if pronoun and pronoun.group(1):
            male = pronoun.group(1).lower() in ("he", "his", "him", "himself")
            tally["male" if male else "female"] += 1
    genders: dict[str, Gender] = {}
    for name, tally in votes.items():
        if tally["male"] > tally["female"]:
            genders[name] = "male"
        elif tally["female"] > tally["male"]:
            genders[name] = "female"
    return genders
