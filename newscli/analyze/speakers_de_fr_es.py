"""Who a speaker phrase refers to in a German, French, Spanish or Czech article.

The counterpart of ``speakers.Discourse`` (and its ``referents``) for the languages of
``grammar_de_fr_es``, with the same interface (``resolve``, ``said``, ``last_speaker``), reading
the article in order:

- a name becomes the fullest form of it the article uses, without its titles ("Bundeskanzler
  Olaf Scholz" … "Scholz" -> "Olaf Scholz");
- a description resolves to the name the article tied it to: a title or noun written with the
  name ("Bundeskanzler Olaf Scholz", "la maire Odile Ferrand") or in apposition to it ("Benoît
  Payan, le maire de la ville," / "El presidente del Gobierno, Pedro Sánchez,"), so "der
  Kanzler", "le maire", "el presidente" later mean that person. A definite description of a
  person the article tied to no name is the one it introduced with the same noun ("ein Sprecher
  des Ministeriums" … "so der Sprecher") or else the person it is talking about ("der
  52-Jährige", "l'agricultrice"); a body or an indefinite description stays as written;
- er/sie, il/elle, él/ella (and a Spanish verb without its subject) are the most recent person
  or body the article made salient (the last speaker, or the subject of a recent sentence) whose
  gender agrees, as the article shows it (titles, the determiner of a description tied to the
  name, the pronoun that takes the name up); plural pronouns are the last speaker when that is a
  body or a group. es, on, ça are never speakers;
- German capitalises every noun, so a lone capitalised word is a person only when the article
  uses it as a name elsewhere (a surname of a full name, after a title); so is a Czech one, in
  any case form ("Kulhánka" is "Zdeněk Kulhánek"). A Czech surname shows its bearer's gender
  ("Veselá"), and so does a Czech verb in the past without its subject ("řekla").
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newscli.analyze.attribution import ZERO, ZERO_FEMALE, ZERO_MALE, ZERO_PLURAL, unmask
from newscli.analyze.grammar_de_fr_es import Rules
from newscli.analyze.names import build_index
from newscli.analyze.noun_phrases import PUNCTUATION, Phrase, Token, czech_stem
from newscli.lang.registry import Resources
from newscli.model import Sentence

# How far back (characters) a speaker or a sentence subject stays salient for a pronoun.
_SALIENCE_CHARS = 1200
# A report that goes on with the last source must come this soon after it.
_CONTINUATION_CHARS = 700
_FIRST_PERSON = frozenset("ich wir je nous yo nosotros".split())
# Lower-case words a name may follow inside a sentence ("und Kleist", "als Kleist").
_NAME_BEFORE = frozenset("und oder als wie dass daß denn aber doch da wo weil wenn ob".split())


@dataclass(frozen=True)
class _Referent:
    """Someone or something a sentence is about."""

    at: int
    name: str
    person: bool
    gender: str | None


class DeFrEsDiscourse:
    """The reader's state while going through one article."""

    def __init__(
        self,
        text: str,
        sentences: Sequence[Sentence],
        language: Resources,
        frame: str | None = None,
    ) -> None:
        """``frame`` is the article with quoted words blanked out (``quotes.blank_quotes``): a
        quotation's words are nobody's subject."""
        self.language = language
        self.rules = Rules(language)
        self.lex = self.rules.lex
        self.names = build_index(text)
        self.last_speaker: str | None = None
        self.last_speaker_at = -1
        self._ties: dict[str, list[tuple[int, str]]] = {}
        self._introduced: dict[str, list[tuple[int, str]]] = {}
        self._titled: set[str] = set()
        self._bodies: list[tuple[int, Phrase]] = []
        self._bodies_by_head: dict[str, list[tuple[int, Phrase]]] | None = None
        self._fuller_bodies: dict[str, list[tuple[int, Phrase]]] = {}
        self._bodies_by_noun: dict[str, list[list[tuple[int, Phrase]]]] = {}
        """A description's noun -> the lists ``_bodies_for`` gives (asked once per noun)."""
        self._turns: list[tuple[int, str]] = []
        self._bare: Counter[str] = Counter()
        self._full: dict[str, str] = {}
        self._with_article: set[str] = set()
        self._subjects: list[_Referent] = []
        self._subject_starts: list[int] = []
        self._votes: dict[str, Counter[str]] = {}
        self._persons: dict[str, bool] = {}
        self._frame = frame if frame is not None else text
        for sentence in sentences:
            self._read(sentence)
        self._protagonist_name = next((s.name for s in self._subjects if s.person), None)
        """The first person the article made a subject of a sentence."""

    # -- reading the article --------------------------------------------------------------------

    def _count_bare(self, tokens: Sequence[Token]) -> None:
        """Count the capitalised words standing without an article inside a sentence: a German
        word seen so twice, and never after an article, is used as a name ("Kleist")."""
        for i in range(1, len(tokens)):
            token = tokens[i]
            if not self.lex.is_name_word(token.text):
                continue
            before = tokens[i - 1].low
            if before in self.lex.determiners or (
                tokens[i - 1].text[:1].islower()
                and (before not in self.language.speech_verbs and before not in _NAME_BEFORE)
            ):
                self._with_article.add(token.text)
            elif tokens[i - 1].text in PUNCTUATION or before in self.language.speech_verbs:
                self._bare[token.text] += 1

    def _read(self, sentence: Sentence) -> None:
        words = self._frame[sentence.start : sentence.end]
        tokens = self.lex.tokens(words)
        if self.lex.german:
            self._count_bare(tokens)
        i = 0
        while i < len(tokens):
            phrase = self.lex.phrase_at(tokens, i, words)
            if phrase is None:
                i += 1
                continue
            self._note(phrase, tokens, sentence)
            i = phrase.end
        if words.rstrip().endswith("?"):
            return  # a question names nobody it is about ("¿Faltan enfermeras?")
        subject = self.rules.clause_subject(tokens, words)
        if subject is None:
            return
        if subject.kind == "pronoun":
            self._vote_pronoun(subject.head, sentence.start)
            return
        if subject.kind == "name" and not self._known_name(subject):
            return  # a German noun opening the sentence ("Jedes Brot müsste 80 Cent …")
        at = sentence.start + tokens[subject.start].start
        name = self._referent(subject, at)
        person = self._is_person(subject) and (
            subject.kind != "description" or name != subject.text
        )
        gender = self._gender_of(subject)
        self._subjects.append(_Referent(sentence.start, name, person, gender))
        self._subject_starts.append(sentence.start)
        self._persons[name] = person
        if gender and person:
            self._votes.setdefault(name, Counter())[gender] += 2

    def _note(self, phrase: Phrase, tokens: Sequence[Token], sentence: Sentence) -> None:
        """Note the name a title or description is written with, and the people introduced by
        an indefinite description ("ein Sprecher des Ministeriums")."""
        at = sentence.start + tokens[phrase.start].start
        written = phrase.name if phrase.kind == "description" else phrase.text
        if written and phrase.kind != "pronoun":
            self._remember(written)
        if phrase.kind == "description" and phrase.name:
            self._add_tie(phrase.head, self.full_name(phrase.name), at, phrase)
        elif phrase.kind == "description" and self._indefinite(phrase) and self._is_person(phrase):
            self._introduced.setdefault(phrase.head, []).append((at, phrase.text))
        elif phrase.kind == "description" and self.lex.is_body(phrase.head):
            # "Die Hamburger Wirtschaftsbehörde": "die Behörde" later means it.
            self._bodies.append((at, phrase))
        elif phrase.kind == "name" and self.lex.is_title(tokens[phrase.start].text):
            name = self.full_name(phrase.text)
            self._titled.add(name.split()[-1])
            for token in tokens[phrase.start : phrase.end]:
                if self.lex.is_title(token.text):
                    self._add_tie(token.low.rstrip("."), name, at, phrase)
        if phrase.end + 1 < len(tokens) and tokens[phrase.end].text == ",":
            other = self.lex.phrase_at(
                tokens, phrase.end + 1, self._frame[sentence.start : sentence.end]
            )
            if other is None or other.kind == "pronoun" or other.kind == phrase.kind:
                return
            description, named = (
                (phrase, other) if phrase.kind == "description" else (other, phrase)
            )
            if named.kind == "name" and self.lex.can_speak(description.head):
                self._add_tie(description.head, self.full_name(named.text), at, description)

    def _add_tie(self, head: str, name: str, at: int, phrase: Phrase) -> None:
        self._ties.setdefault(self._tie_key(head), []).append((at, name))
        self._titled.add(name.split()[-1])
        gender = self._gender_of(phrase)
        if gender:
            self._votes.setdefault(name, Counter())[gender] += 2

    def _remember(self, name: str) -> None:
        """Keep the fullest form of a name the article writes ("Katrin Albers" for "Albers")."""
        words = name.split()
        while len(words) > 1 and self.lex.is_title(words[0]):
            words.pop(0)
        if not 2 <= len(words) <= 4 or not all(self.lex.is_name_word(w) for w in words):
            return
        known = self._full.get(words[-1])
        if known is None or len(known.split()) < len(words):
            self._full[words[-1]] = " ".join(words)

    def _vote_pronoun(self, pronoun: str, at: int) -> None:
        """A pronoun opening a sentence takes up the subject of the sentence before."""
        gender = self.language.person_pronouns.get(pronoun)
        if not gender or not self._subjects:
            return
        last = self._subjects[-1]
        if last.person and at - last.at < 400:
            self._votes.setdefault(last.name, Counter())[gender] += 1

    def _known_name(self, phrase: Phrase) -> bool:
        """A name, not a German noun: two words or more, or one the article uses as a name (the
        surname of a full name, after a title or in apposition to a description)."""
        words = phrase.text.split()
        if len(words) > 1 or not (self.lex.german or self.lex.code == "cs"):
            return True
        word = words[0]
        if self.lex.code == "cs":
            # Czech has no articles: a capitalised noun opening a sentence ("Začátky nebyly
            # snadné") is a name only when the article names someone so, in any case form.
            return self._inflected(word) is not None or word in self._titled
        used_as_name = self._bare[word] >= 2 and word not in self._with_article
        return word in self.names.full or word in self._titled or used_as_name

    def _inflected(self, word: str) -> str | None:
        """The full name the article writes whose surname ``word`` is, in any case form
        ("Kulhánka", "Stanjury" of "Zdeněk Kulhánek", "Zbyněk Stanjura"): the same stem with at
        most two letters of ending changed (Czech declines names)."""
        found = self._full.get(word) or self.names.full.get(word)
        if found:
            return found
        candidates = {
            full
            for key, full in (*self._full.items(), *self.names.full.items())
            if _same_stem(key, word)
        }
        return candidates.pop() if len(candidates) == 1 else None

    # -- what a phrase names --------------------------------------------------------------------

    def full_name(self, phrase: str) -> str:
        """``phrase`` without titles, in the fullest form the article uses."""
        tokens = phrase.split()
        while len(tokens) > 1 and self.lex.is_title(tokens[0]):
            tokens.pop(0)
        name = " ".join(tokens)
        if not tokens:
            return name
        if self.lex.code == "cs" and len(tokens) == 1:
            return self._inflected(tokens[0]) or name
        mine = self._full.get(tokens[-1])
        if (
            mine
            and len(mine.split()) > len(tokens)
            and (len(tokens) == 1 or mine.split()[0] == tokens[0])
        ):
            return mine
        found = self.names.full.get(tokens[-1])
        if not found or found in self.names.ambiguous:
            return name
        # The name words at the end of the fullest form ("Der Schauspieler Malte Nord").
        words = found.split()
        while words and not (self.lex.is_name_word(words[0]) and not self.lex.is_title(words[0])):
            words.pop(0)
        while len(words) > 2 and self.lex.can_speak(words[0]):
            words.pop(0)  # "Schauspieler Malte Nord": a German noun for a person, then the name
        same_start = len(tokens) == 1 or (words and words[0] == tokens[0])
        if len(words) > len(tokens) and same_start:
            return " ".join(words)
        return name

    def _referent(self, phrase: Phrase, at: int) -> str:
        if phrase.kind == "name":
            return self.full_name(phrase.text)
        if phrase.name:
            return self.full_name(phrase.name)
        return self._tied(phrase.head, at) or self.nominative(phrase)

    def _tie_key(self, head: str) -> str:
        """What ties a description to its name: the head noun, in Czech its stem, which every
        case shares ("podle starosty" is "starosta Zdeněk Kulhánek")."""
        return czech_stem(head) if self.lex.code == "cs" else head

    def _tied(self, head: str, at: int) -> str | None:
        return _latest(self._ties, self._tie_key(head), at) or (
            _latest(self._ties, self._title_in(head), at) if self.lex.german else None
        )

    def _title_in(self, head: str) -> str:
        """The title a German compound ends in ("bundeskanzler" -> "kanzler")."""
        for k in range(3, len(head) - 2):
            if head[k:] in self.lex.titles:
                return head[k:]
        return head

    def _indefinite(self, phrase: Phrase) -> bool:
        return phrase.determiner in self.language.indefinite_determiners

    def _is_person(self, phrase: Phrase) -> bool:
        if phrase.kind == "pronoun":
            return True
        if phrase.kind == "name":
            return not self.lex.is_body(phrase.head) and not phrase.head.isupper()
        head = phrase.head
        if phrase.name:
            return not self.lex.is_body(head)  # "der Radprofi Timo Berger"
        return (
            self.lex.can_speak(head)
            and not self.lex.is_body(head)
            and head not in self.language.document_heads
        )

    def _gender_of(self, phrase: Phrase) -> str | None:
        """The gender the article shows: a title before a name, a description's determiner;
        a Czech surname by its ending ("Veselá", "Procházková" are women)."""
        if phrase.kind == "name" or (phrase.kind == "description" and phrase.name):
            words = (phrase.name or phrase.text).split()
            first = words[0].lower()
            if first in self.language.male_titles:
                return "male"
            if first in self.language.female_titles:
                return "female"
            person = phrase.kind == "name" or self.lex.is_person_noun(phrase.head)
            if self.lex.code == "cs" and person and words[-1][:1].isupper():
                return "female" if words[-1].endswith("á") else "male"
            if phrase.kind == "name":
                return None
        if phrase.kind != "description":
            return None
        if phrase.determiner in self.language.masculine_determiners:
            return "male"
        if phrase.determiner in self.language.feminine_determiners:
            if self.lex.german and not self.lex.is_feminine_noun(phrase.head):
                return None  # German "die" is also the plural
            return "female"
        if not self.lex.german and self.lex.is_feminine_noun(phrase.head):
            return "female"  # "l'inspection", "su comunicación": the noun's ending shows it
        return None

    def gender(self, name: str) -> str | None:
        votes = self._votes.get(name)
        if not votes:
            return None
        ranked = votes.most_common()
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]

    def nominative(self, phrase: Phrase) -> str:
        """A German description as the subject of a sentence would write it: "des
        Rechnungshofs" -> "der Rechnungshof", "der Feuerwehr" -> "die Feuerwehr" (French and
        Spanish descriptions are returned as written)."""
        if not self.lex.german or phrase.kind != "description":
            return phrase.text
        words = phrase.text.split()
        determiner = words[0].lower()
        feminine = self.lex.is_feminine_noun(phrase.head)
        if determiner in ("der", "einer") and feminine:
            words[0] = _capitalised(words[0], "die" if determiner == "der" else "eine")
        elif determiner in ("des", "eines") and not feminine:
            head = next((i for i, w in enumerate(words) if w.lower() == phrase.head), None)
            if head is None:
                return phrase.text
            words[head] = _without_genitive(words[head])
            neuter = self.lex.is_neuter_noun(words[head])
            nominative = ("das" if neuter else "der") if determiner == "des" else "ein"
            words[0] = _capitalised(words[0], nominative)
            for i in range(1, head):
                if words[i][:1].isupper() and words[i].endswith("en"):
                    words[i] = words[i][:-1]  # "des Deutschen Wetterdienstes"
        else:
            return phrase.text
        return " ".join(words)

    # -- the interface of speakers.Discourse ----------------------------------------------------

    def resolve(self, phrase: str | None, position: int) -> str | None:
        """The speaker ``phrase`` (as written, at ``position``) refers to, with the dots of its
        abbreviations as written ("Dr. Weber", "Mr. Hobbs")."""
        found = self._resolve(phrase, position)
        return unmask(found) if found else found

    def _resolve(self, phrase: str | None, position: int) -> str | None:
        if phrase is None or not phrase.strip():
            return None
        if phrase == ZERO:
            # A verb without its subject, an interview's answer: the person the article is
            # talking about; before anyone is named (a headline), the first person it names.
            return self._salient(position, None, singular=True) or self._protagonist()
        if phrase == ZERO_PLURAL:
            return self._group(position)
        if phrase in (ZERO_MALE, ZERO_FEMALE):
            gender = "female" if phrase == ZERO_FEMALE else "male"
            return (
                self._salient(position, gender, singular=True)
                or self._salient(position, None, singular=True)
                or self._protagonist()
            )
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
        return self._description(parsed, position)

    def _description(self, phrase: Phrase, position: int) -> str:
        """A description: the name it is tied to, else (a definite description of a person) the
        one introduced with the same noun or the person the article is about."""
        tied = self._tied(phrase.head, position)
        if tied:
            return tied
        if self.lex.is_body(phrase.head) and not self._indefinite(phrase):
            return self._body(phrase, position) or self.nominative(phrase)
        if self._indefinite(phrase) or not self._is_person(phrase):
            return self.nominative(phrase)
        introduced = self._introduced_as(phrase.head, position)
        if introduced:
            return introduced
        if not self._epithet(phrase):
            return self.nominative(phrase)
        return self._salient(position, self._gender_of(phrase), people_only=True) or (
            self.nominative(phrase)
        )

    def _epithet(self, phrase: Phrase) -> bool:
        """A singular definite description of a person with nothing after its noun ("der
        52-Jährige", "l'agricultrice", "el dirigente"): it takes up someone already named.
        "La ministra de Agricultura" or "les parents" introduce someone else."""
        singular = phrase.determiner in (
            self.language.masculine_determiners | self.language.feminine_determiners
        ) or phrase.determiner in ("l'", "l’")
        if not singular or (
            self._gender_of(phrase) is None and phrase.determiner not in ("l'", "l’")
        ):
            return False
        words = self.lex.tokens(phrase.text)[1:]
        heads = [i for i, t in enumerate(words) if t.low == phrase.head]
        if not heads or phrase.name:
            return False
        # Nothing but adjectives after the noun ("el técnico vasco", "der 52-Jährige").
        after = words[heads[0] + 1 :]
        return (
            len(after) <= 2
            and all(t.text[:1].islower() for t in after)
            and not any(
                t.low in self.language.genitive_determiners or t.low in self.language.prepositions
                for t in after
            )
        )

    def _body(self, phrase: Phrase, position: int) -> str | None:
        """The body a bare definite description takes up: the last one the article named with
        more words and the same noun, or a compound ending in it ("die Behörde" -> "die
        Hamburger Wirtschaftsbehörde", "l'entreprise" -> "l'entreprise Lindholm")."""
        if len(self.lex.tokens(phrase.text)) > 2:
            return None  # "das Bundesamt für Migration" names a body of its own
        found: tuple[int, Phrase] | None = None
        written = phrase.text.lower()
        for entries in self._bodies_for(phrase.head):
            index = bisect.bisect_left(entries, position, key=_offset)
            while index > 0 and (found is None or entries[index - 1][0] > found[0]):
                index -= 1
                if entries[index][1].text.lower() != written:
                    found = entries[index]
                    break
        if found is None:
            return None
        body = found[1]
        return self.full_name(body.name) if body.name else self.nominative(body)

    def _bodies_for(self, head: str) -> list[list[tuple[int, Phrase]]]:
        """The bodies a description with this head noun may take up, in lists sorted by offset:
        those with the same head that say more than "the <noun>" (a name, or more words), and
        (German) every body whose head is a compound ending in it. Grouped once, so looking one
        up costs no pass over every body of the article. Asked only once every sentence has
        been read (by ``resolve``): the bodies are all known then."""
        if self._bodies_by_head is None:
            self._bodies_by_head = {}
            self._fuller_bodies = {}
            for at, body in self._bodies:
                key = self._tie_key(body.head)
                self._bodies_by_head.setdefault(key, []).append((at, body))
                # A determiner and its noun are no fuller name ("die Behörde"); a Czech
                # adjective and its noun are ("Krajský soud").
                if body.name or len(body.text.split()) > (1 if self.lex.code == "cs" else 2):
                    self._fuller_bodies.setdefault(key, []).append((at, body))
        found = self._bodies_by_noun.get(head)
        if found is None:
            found = [self._fuller_bodies.get(self._tie_key(head), [])]
            if self.lex.german:
                found.extend(
                    entries
                    for other, entries in self._bodies_by_head.items()
                    if other != head and other.endswith(head)
                )
            self._bodies_by_noun[head] = found
        return found

    def _introduced_as(self, head: str, position: int) -> str | None:
        """The indefinite description that introduced a person with this noun ("ein
        Polizeisprecher" for "der Sprecher")."""
        best: tuple[int, str] | None = None
        for noun, seen in self._introduced.items():
            if noun == head or (self.lex.german and noun.endswith(head)):
                found = _latest_entry(seen, position)
                if found and (best is None or found[0] > best[0]):
                    best = found
        return best[1] if best else None

    def _protagonist(self) -> str | None:
        return self._protagonist_name

    def other_party(self, position: int) -> str | None:
        """The speaker before the last one, when recent: who answers a question in an exchange
        of quotations ("— Der Redakteur: „…?“ — „Das weiß man noch nicht.“")."""
        for index in range(len(self._turns) - 2, -1, -1):
            at, name = self._turns[index]
            if name != self.last_speaker:
                return name if 0 <= position - at <= _SALIENCE_CHARS else None
        return None

    def continued(self, position: int) -> str | None:
        """The source a report in Konjunktiv I goes on with: the last speaker, if recent."""
        recent = 0 <= position - self.last_speaker_at <= _CONTINUATION_CHARS
        return self.last_speaker if recent else None

    def said(self, speaker: str | None, position: int) -> None:
        """Note that ``speaker`` said something at ``position``."""
        if speaker:
            if speaker != self.last_speaker:
                self._turns.append((position, speaker))
            self.last_speaker = speaker
            self.last_speaker_at = position

    def _pronoun(self, pronoun: str, position: int) -> str | None:
        if pronoun in _FIRST_PERSON:
            return None
        gender = self.language.person_pronouns.get(pronoun)
        if pronoun == "sie" and self.lex.german:
            # German "sie" is she or they: a woman or a feminine body first, else a group.
            return self._salient(position, "female") or self._last_body(position)
        if gender is None:
            return self._last_body(position) or self._group(position)
        return self._salient(position, gender)

    def _last_body(self, position: int) -> str | None:
        recent = 0 <= position - self.last_speaker_at <= _SALIENCE_CHARS
        if self.last_speaker and recent and not self._speaks_as_person(self.last_speaker):
            return self.last_speaker
        return None

    def _speaks_as_person(self, name: str) -> bool:
        known = self._persons.get(name)
        if known is not None:
            return known
        tokens = self.lex.tokens(name)
        parsed = self.lex.phrase_at(tokens, 0, name) if tokens else None
        return parsed is not None and self._is_person(parsed)

    def _group(self, position: int) -> str | None:
        """Who a plural verb without its subject speaks for: the last group or body the
        article made salient ("Los vecinos … se concentraron. «…», dijeron.")."""
        best = self._last_body(position)
        best_at = self.last_speaker_at if best else -1
        index = bisect.bisect_left(self._subject_starts, position)
        for subject in reversed(self._subjects[max(0, index - 6) : index]):
            if subject.at <= best_at or position - subject.at > _SALIENCE_CHARS:
                break
            if self._plural(subject.name) or not subject.person:
                return subject.name
        return best

    def _plural(self, name: str) -> bool:
        """A description of a group ("los periodistas", "les parents")."""
        words = name.split()
        if self.lex.code == "cs" and words:
            # Czech has no articles: the noun's ending shows a group of people ("Policisté",
            # "Hasiči", "Ekonomové", "Záchranáři").
            return words[0].lower().endswith(_CZECH_PLURAL_PEOPLE)
        return bool(words) and words[0].lower() in self.language.plural_determiners

    def _salient(
        self,
        position: int,
        gender: str | None,
        *,
        people_only: bool = False,
        singular: bool = False,
    ) -> str | None:
        """The most recent person or body (the last speaker, or the subject of a recent
        sentence) whose gender agrees with ``gender``: a person when the article shows no
        gender, a body only when its determiner shows the same one."""
        candidates: list[tuple[int, str, bool, str | None]] = []
        if self.last_speaker:
            person = self._speaks_as_person(self.last_speaker)
            known = self.gender(self.last_speaker)
            candidates.append((self.last_speaker_at, self.last_speaker, person, known))
        for at, name in self._turns[-4:-1]:
            # The speakers before the last one ("—¿…? —le preguntaron los periodistas.
            # —Entonces hablaremos —respondió.": the mayor who spoke before them).
            candidates.append((at, name, self._speaks_as_person(name), self.gender(name)))
        index = bisect.bisect_left(self._subject_starts, position)
        for subject in reversed(self._subjects[max(0, index - 6) : index]):
            known = self.gender(subject.name) or subject.gender
            candidates.append((subject.at, subject.name, subject.person, known))
        candidates.sort(key=lambda c: -c[0])
        for at, name, person, known in candidates:
            if position - at > _SALIENCE_CHARS and at != self.last_speaker_at:
                continue
            if singular and self._plural(name):
                continue
            if person and (gender is None or known in (gender, None)):
                return name
            if not person and not people_only and gender is not None and known == gender:
                return name
        return None


def _offset(entry: tuple[int, Phrase]) -> int:
    return entry[0]


def _latest(table: dict[str, list[tuple[int, str]]], key: str, at: int) -> str | None:
    found = _latest_entry(table.get(key, ()), at)
    return found[1] if found else None


def _latest_entry(entries: Sequence[tuple[int, str]], at: int) -> tuple[int, str] | None:
    index = bisect.bisect_right(entries, (at, "\uffff"))
    return entries[index - 1] if index else None


def _capitalised(model: str, word: str) -> str:
    return word.capitalize() if model[:1].isupper() else word


def _without_genitive(noun: str) -> str:
    """ "Rechnungshofs" -> "Rechnungshof", "Wetterdienstes" -> "Wetterdienst"."""
    if noun.endswith("es") and len(noun) > 4 and noun[-3] not in "aeiouäöü":
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun[:-1]
    return noun


# Endings of Czech nouns for groups of people (masculine animate plurals).
_CZECH_PLURAL_PEOPLE = ("ové", "isté", "ané", "telé", "ci", "či", "ři", "ši", "ži")


def _same_stem(a: str, b: str) -> bool:
    """Two forms of one inflected name: a shared stem of four letters or more, at most two
    letters of ending apart ("Kulhánek", "Kulhánka"; "Šochmanová", "Šochmanové")."""
    if a == b:
        return True
    if not a[:1].isupper() or not b[:1].isupper():
        return False
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= max(len(a), len(b)) - 2
