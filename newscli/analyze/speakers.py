"""Who a speaker phrase refers to: names, pronouns and descriptions resolved from the article.

The attribution patterns give the speaker as the article writes it ("he", "Mr Weston", "the former
Schalke man", "a police spokesman"). ``Discourse`` turns that into the name the article uses for
the speaker, reading the article in order as a reader does:

- a name becomes the fullest form of it the article uses (``NameIndex.resolve``);
- "he"/"she" is the most recent person the article has made salient, whose gender agrees when the
  article shows it (titles such as Mr or Mrs, and the pronouns it uses right after the name):
  the last speaker, or the person a recent sentence is about (its subject). No list of first names
  is involved: a woman whose name no list holds is "she" because the article says so;
- a definite description of a person ("the Tottenham striker", "the 26-year-old") is the salient
  person it points back to; indefinite ones ("a police spokesman") and bodies ("the ministry")
  stay as written;
- "they"/"we" go to the last speaker when that is a body or a group.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newscli.analyze.attribution import sentence_subject
from newscli.analyze.names import TITLES, NameIndex, is_organisation
from newscli.lang.registry import Gender, Resources, resources
from newscli.model import Sentence

# How far back (characters) a speaker or a sentence subject stays salient for a pronoun.
_SALIENCE_CHARS = 1200
_PERSON_HEADS = frozenset(
    """
    man woman boy girl star player veteran youngster teenager mother father son daughter wife
    husband brother sister founder owner boss winner champion actor actress singer
    """.split()
)
_AGE = re.compile(r"\d+-year-old")
_WHO = re.compile(r",?\s+who\b")
_NAME_JOINERS = frozenset("of and for de van von al".split())


@dataclass
class Discourse:
    """The reader's state while going through one article: who spoke last, who the recent
    sentences are about."""

    names: NameIndex
    sentences: Sequence[Sentence]
    language: Resources = field(default_factory=lambda: resources("en"))
    last_speaker: str | None = None
    last_speaker_at: int = -1
    _subjects: list[tuple[int, str]] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]
        for sentence in self.sentences:
            phrase = sentence_subject(sentence.text[:200])
            if phrase is None or phrase.lower() in self.language.person_pronouns:
                continue
            name = self.names.resolve(phrase)
            lone_name = (
                name[:1].isupper()
                and " " not in name
                and name.lower() not in (self.language.determiners | self.language.sentence_openers)
            )
            if self._is_named_person(name) or (
                lone_name and _WHO.match(sentence.text, len(phrase))
            ):
                # "Dawn, who has appeared on the show, …": "who" makes a lone name a person.
                self._subjects.append((sentence.start, name))

    def resolve(self, phrase: str | None, position: int) -> str | None:
        """The speaker ``phrase`` (as written, at ``position``) refers to."""
        if phrase is None:
            return None
        low = phrase.lower()
        gender = self.language.person_pronouns.get(low, "none")
        if gender != "none":
            return self._pronoun(low, gender, position)
        if phrase in ("Q", "A"):
            # Interview turns: the question is the publication's, the answer the interviewee's,
            # the person the article is about.
            return self._salient_person(position, None) if phrase == "A" else None
        if low in ("it", "es"):
            # "It said …" after a body has spoken: the body.
            return self._last_body(position)
        if low in self.language.not_speakers:
            return None
        letters = [c for c in phrase if c.isalpha()]
        if len(letters) > 5 and all(c.isupper() for c in letters):
            return None  # a dateline or a heading in capitals ("WASHINGTON", "NEW RULES")
        words = phrase.split()
        if words and words[0].lower() in ("the", "this", "that"):
            if self._describes_person(words[1:]):
                found = self._salient_person(position, None)
                if found:
                    return found
            if not all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words[1:]):
                return phrase  # a description stays as written ("the 68-year-old Yankee")
        return self.names.resolve(phrase)

    def said(self, speaker: str | None, position: int) -> None:
        """Note that ``speaker`` said something at ``position``."""
        if speaker:
            self.last_speaker = speaker
            self.last_speaker_at = position

    def _pronoun(self, pronoun: str, gender: Gender | str | None, position: int) -> str | None:
        if pronoun in ("he", "she", "er", "il", "elle", "él", "ella"):
            return self._salient_person(position, gender if gender in ("male", "female") else None)
        if pronoun in ("i", "ich", "je", "yo"):
            return None
        # they / we: the last speaker when it is a body or a group.
        return self._last_body(position)

    def _last_body(self, position: int) -> str | None:
        last = self.last_speaker
        recent = 0 <= position - self.last_speaker_at <= _SALIENCE_CHARS
        if last and recent and (is_organisation(last) or not self._is_named_person(last)):
            return last
        return None

    def _salient_person(self, position: int, gender: str | None) -> str | None:
        """The most recent person (last speaker or subject of a recent sentence) whose gender
        does not contradict ``gender``."""
        candidates: list[tuple[int, str]] = []
        if self.last_speaker and self._is_named_person(self.last_speaker):
            candidates.append((self.last_speaker_at, self.last_speaker))
        index = bisect.bisect_left(self._subjects, (position, ""))
        for at, name in reversed(self._subjects[max(0, index - 6) : index]):
            candidates.append((at, name))
        candidates.sort(key=lambda c: -c[0])
        for at, name in candidates:
            if position - at > _SALIENCE_CHARS and at != self.last_speaker_at:
                continue
            if gender is None or self.names.gender(name) in (gender, None):
                return name
        if self.language.code != "en":
            # Capitalised words are nouns as often as names in German: no guess from mentions.
            return None
        return self._last_mention(position, gender)

    def _last_mention(self, position: int, gender: str | None) -> str | None:
        for mention in reversed(self.names.mentions):
            if mention.start >= position:
                continue
            if position - mention.start > _SALIENCE_CHARS:
                break
            name = self.names.resolve(mention.name)
            if self._is_named_person(name) and (
                gender is None or self.names.gender(name) in (gender, None)
            ):
                return name
        return None

    def _is_named_person(self, name: str) -> bool:
        tokens = name.split()
        if not tokens or not all(t[:1].isupper() for t in tokens):
            return False
        if is_organisation(name) or tokens[0].lower() in TITLES:
            return False
        if len(tokens) > 1 and tokens[-1].lower() in self.language.place_heads:
            return False  # "Westgate Hotel", "Yankee Stadium": a place, not a person
        return (
            len(tokens) > 1
            or name in self.names.full
            or name in self.names.full.values()
            or self._known_single(name)
        )

    def _known_single(self, name: str) -> bool:
        """A one-word name the article uses for a person ("Neymar", or a surname it was given
        with a title: "Mr Weston")."""
        return any(m.name == name and m.titles for m in self.names.mentions)

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
            or head in _PERSON_HEADS
            or bool(_AGE.fullmatch(head))
            or head.endswith(("man", "woman", "er", "ist", "ian"))
        )
