"""Who a speaker phrase refers to in a German, French or Spanish article.

The counterpart of ``speakers.Discourse`` for the languages of ``grammar_de_fr_es``, with the
same interface (``resolve``, ``said``, ``last_speaker``), reading the article in order:

- a name becomes the fullest form of it the article uses, without its titles ("Bundeskanzler
  Olaf Scholz" … "Scholz" -> "Olaf Scholz");
- a description resolves to the name the article tied it to: a title or noun written with the
  name ("Bundeskanzler Olaf Scholz", "la maire Odile Ferrand") or in apposition to it ("Benoît
  Payan, le maire de la ville," / "El presidente del Gobierno, Pedro Sánchez,"), so "der
  Kanzler", "le maire", "el presidente" later mean that person; "die Behörde", "l'entreprise"
  mean the body the article last named with that head; otherwise it stays as written;
- er/sie, il/elle, él/ella (and a Spanish verb without its subject) are the most recent person
  the article made salient (the last speaker, or the subject of a recent sentence) whose gender
  agrees, as the article shows it (titles, the determiner of a description tied to the name, the
  pronoun that takes the name up); plural pronouns are the last speaker when that is a body or a
  group. es, il impersonal, on, ça are never speakers.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newscli.analyze.grammar_de_fr_es import ZERO, Rules
from newscli.analyze.names import build_index
from newscli.analyze.noun_phrases import Phrase, Token
from newscli.lang.registry import Resources
from newscli.model import Sentence

# How far back (characters) a speaker or a sentence subject stays salient for a pronoun.
_SALIENCE_CHARS = 1200
# A report that goes on with the last source must come this soon after it.
_CONTINUATION_CHARS = 700
_FIRST_PERSON = frozenset("ich wir je nous yo nosotros".split())


@dataclass(frozen=True)
class _Referent:
    at: int
    name: str
    person: bool
    gender: str | None


class Referents:
    """The reader's state while going through one article."""

    def __init__(self, text: str, sentences: Sequence[Sentence], language: Resources) -> None:
        self.language = language
        self.rules = Rules(language)
        self.lex = self.rules.lex
        self.names = build_index(text)
        self.last_speaker: str | None = None
        self.last_speaker_at = -1
        self._last_person: bool = False
        self._ties: dict[str, list[tuple[int, str]]] = {}
        self._subjects: list[_Referent] = []
        self._subject_starts: list[int] = []
        self._votes: dict[str, Counter[str]] = {}
        for sentence in sentences:
            self._read(sentence)

    # -- reading the article --------------------------------------------------------------------

    def _read(self, sentence: Sentence) -> None:
        tokens = self.lex.tokens(sentence.text)
        i = 0
        while i < len(tokens):
            phrase = self.lex.phrase_at(tokens, i, sentence.text)
            if phrase is None:
                i += 1
                continue
            self._tie(phrase, tokens, sentence)
            i = phrase.end
        subject = self.rules.clause_subject(tokens, sentence.text)
        if subject is None:
            return
        if subject.kind == "pronoun":
            self._vote_pronoun(subject.head, sentence.start)
            return
        name = self._referent(subject, sentence.start + tokens[subject.start].start)
        if name is not None:
            person = self._is_person(subject)
            gender = self._gender_of(subject) if person else None
            self._subjects.append(_Referent(sentence.start, name, person, gender))
            self._subject_starts.append(sentence.start)
            if gender:
                self._votes.setdefault(name, Counter())[gender] += 2

    def _tie(self, phrase: Phrase, tokens: Sequence[Token], sentence: Sentence) -> None:
        """Note the name a title or description is written with."""
        at = sentence.start + tokens[phrase.start].start
        if phrase.kind == "description" and phrase.name:
            self._add_tie(phrase.head, self.full_name(phrase.name), at, phrase)
        elif phrase.kind == "name" and self.lex.is_title(tokens[phrase.start].text):
            name = self.full_name(phrase.text)
            for token in tokens[phrase.start : phrase.end]:
                if self.lex.is_title(token.text):
                    self._add_tie(token.low.rstrip("."), name, at, phrase)
        if phrase.end + 1 < len(tokens) and tokens[phrase.end].text == ",":
            other = self.lex.phrase_at(tokens, phrase.end + 1, sentence.text)
            if other is None or other.kind == "pronoun" or other.kind == phrase.kind:
                return
            description, named = (
                (phrase, other) if phrase.kind == "description" else (other, phrase)
            )
            if named.kind == "name" and self.lex.can_speak(description.head):
                self._add_tie(description.head, self.full_name(named.text), at, description)

    def _add_tie(self, head: str, name: str, at: int, phrase: Phrase) -> None:
        self._ties.setdefault(head, []).append((at, name))
        gender = self._gender_of(phrase)
        if gender:
            self._votes.setdefault(name, Counter())[gender] += 2

    def _vote_pronoun(self, pronoun: str, at: int) -> None:
        """A pronoun opening a sentence takes up the subject of the sentence before."""
        gender = self.language.person_pronouns.get(pronoun)
        if not gender or not self._subjects:
            return
        last = self._subjects[-1]
        if last.person and at - last.at < 400:
            self._votes.setdefault(last.name, Counter())[gender] += 1

    # -- what a phrase names --------------------------------------------------------------------

    def full_name(self, phrase: str) -> str:
        """``phrase`` without titles, in the fullest form the article uses."""
        tokens = phrase.split()
        while len(tokens) > 1 and self.lex.is_title(tokens[0]):
            tokens.pop(0)
        name = " ".join(tokens)
        found = self.names.full.get(tokens[-1]) if tokens else None
        if found and found != name and all(self.lex.is_name_word(w) for w in found.split()):
            same_start = len(tokens) == 1 or found.split()[0] == tokens[0]
            if same_start and found not in self.names.ambiguous:
                return found
        return name

    def _referent(self, phrase: Phrase, at: int) -> str | None:
        if phrase.kind == "name":
            return self.full_name(phrase.text)
        if phrase.name:
            return self.full_name(phrase.name)
        return self._tied(phrase.head, at) or phrase.text

    def _tied(self, head: str, at: int) -> str | None:
        ties = self._ties.get(head)
        if not ties:
            return None
        index = bisect.bisect_right(ties, (at, "\uffff"))
        return ties[index - 1][1] if index else None

    def _is_person(self, phrase: Phrase) -> bool:
        if phrase.kind == "pronoun":
            return True
        if phrase.kind == "name":
            return not self.lex.is_body(phrase.head) and not phrase.head.isupper()
        head = phrase.head
        return (
            self.lex.can_speak(head)
            and not self.lex.is_body(head)
            and head not in self.language.document_heads
        )

    def _gender_of(self, phrase: Phrase) -> str | None:
        if phrase.kind == "name":
            first = phrase.text.split()[0].lower()
            if first in self.language.male_titles:
                return "male"
            if first in self.language.female_titles:
                return "female"
            return None
        if phrase.kind != "description" or not self._is_person(phrase):
            return None
        if phrase.determiner in self.language.masculine_determiners:
            return "male"
        if phrase.determiner in self.language.feminine_determiners:
            if self.lex.german and not self.lex.is_feminine_noun(phrase.head):
                return None  # German "die" is also the plural
            return "female"
        return None

    def gender(self, name: str) -> str | None:
        votes = self._votes.get(name)
        if not votes:
            return None
        ranked = votes.most_common()
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]

    # -- the interface of speakers.Discourse ----------------------------------------------------

    def resolve(self, phrase: str | None, position: int) -> str | None:
        """The speaker ``phrase`` (as written, at ``position``) refers to."""
        if phrase is None or not phrase.strip():
            return None
        if phrase == ZERO:
            return self._salient(position, None)
        low = phrase.lower()
        if low in self.language.person_pronouns:
            return self._pronoun(low, position)
        if low in self.lex.function or low in self.language.not_speakers:
            return None
        tokens = self.lex.tokens(phrase)
        parsed = (
            self.lex.phrase_at(tokens, 0, phrase) or self.lex.bare_description(tokens, 0, phrase)
            if tokens
            else None
        )
        if parsed is None:
            return None
        if parsed.kind == "pronoun":
            return self._pronoun(parsed.head, position)
        if parsed.kind == "name":
            return self.full_name(parsed.text)
        if parsed.name:
            return self.full_name(parsed.name)
        return self._tied(parsed.head, position) or phrase

    def continued(self, position: int) -> str | None:
        """The source a report in Konjunktiv I goes on with: the last speaker, if recent."""
        recent = 0 <= position - self.last_speaker_at <= _CONTINUATION_CHARS
        return self.last_speaker if recent else None

    def said(self, speaker: str | None, position: int) -> None:
        """Note that ``speaker`` said something at ``position``."""
        if speaker:
            self.last_speaker = speaker
            self.last_speaker_at = position

    def _pronoun(self, pronoun: str, position: int) -> str | None:
        if pronoun in _FIRST_PERSON:
            return None
        gender = self.language.person_pronouns.get(pronoun)
        plural = gender is None
        if pronoun == "sie" and self.lex.german:
            # German "sie" is she or they: a woman of the article first, else a body.
            return self._salient(position, "female") or self._last_body(position)
        if plural:
            return self._last_body(position)
        return self._salient(position, gender)

    def _last_body(self, position: int) -> str | None:
        recent = 0 <= position - self.last_speaker_at <= _SALIENCE_CHARS
        if self.last_speaker and recent and not self._speaks_as_person(self.last_speaker):
            return self.last_speaker
        return None

    def _speaks_as_person(self, name: str) -> bool:
        tokens = self.lex.tokens(name)
        parsed = self.lex.phrase_at(tokens, 0, name) if tokens else None
        return parsed is not None and self._is_person(parsed)

    def _salient(self, position: int, gender: str | None) -> str | None:
        """The most recent person (last speaker or subject of a recent sentence) whose gender
        does not contradict ``gender``."""
        candidates: list[tuple[int, str]] = []
        if self.last_speaker and self._speaks_as_person(self.last_speaker):
            candidates.append((self.last_speaker_at, self.last_speaker))
        index = bisect.bisect_left(self._subject_starts, position)
        for subject in reversed(self._subjects[max(0, index - 6) : index]):
            if subject.person:
                candidates.append((subject.at, subject.name))
        candidates.sort(key=lambda c: -c[0])
        for at, name in candidates:
            if position - at > _SALIENCE_CHARS and at != self.last_speaker_at:
                continue
            if gender is None or self.gender(name) in (gender, None):
                return name
        return None
