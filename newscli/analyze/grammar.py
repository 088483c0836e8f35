"""The attribution grammar of a language: how a speaker and a speech verb are written around a
quotation or a reported clause.

English has its own, richer rules in ``attribution``. German, French and Spanish share one
grammar built from their ``newscli.lang`` resources, because their news attributes speech in the
same few shapes:

- inverted after the quotation: „…“, sagte der Minister · « … », a déclaré le ministre ·
  « … », ironise un autre · « … », a-t-il dit / dit-elle · “…”, dijo el ministro · „…“, so Merkel;
- introduced before it: Merkel sagte: „…“ · Dann sagte Merkel: „…“ (the verb second, the subject
  after it) · Le ministre a déclaré : « … » · El ministro dijo: “…”;
- reported: X sagte, dass … · X a déclaré que … · X dijo que … · selon X, … · laut X … ·
  según X, … · dem Bericht zufolge.

German capitalises every noun, so a capitalised word is only taken for a name where the grammar
puts a subject (right after the verb, or before it), never because it is capitalised.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from newscli.analyze import attribution
from newscli.analyze.attribution import Cue
from newscli.lang.registry import Resources, resources


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
        )
    rules = _Inverting(language)
    return Grammar(
        code=language.code,
        cue_after=rules.cue_after,
        cue_before=rules.cue_before,
        all_cues=rules.all_cues,
        sentence_subject=rules.sentence_subject,
        has_cue=rules.has_cue,
        reports_speech=rules.reports_speech,
        clause_openers=_CLAUSE_OPENERS.get(language.code, ()),
    )


_CLAUSE_OPENERS = {"de": ("dass", "daß"), "fr": ("que", "qu'", "qu’"), "es": ("que",)}
# Prepositions that end a speaker noun phrase: "sagte Merkel am Montag" is Merkel.
_PHRASE_END = {
    "de": "in im am an auf bei vor nach mit zu zum zur gegenüber über während laut",
    "fr": "à au aux en dans sur pour devant lors après avant pendant selon hier",
    "es": "a al en ante con para durante tras ayer",
}
# Verb-subject inversion in French: dit-il, a-t-elle déclaré.
_FRENCH_INVERSION = re.compile(r"[-‑]t?[-‑]?(?P<pronoun>il|elle|ils|elles|on)\b", re.IGNORECASE)
_AND = frozenset("und et y e".split())
_WORD = re.compile(r"[^\W\d_][\w’'\-]*|[,;:.!?()]")


class _Inverting:
    """The shared grammar of German, French and Spanish (see the module's docstring)."""

    def __init__(self, language: Resources) -> None:
        self.language = language
        self.verbs = language.speech_verbs | language.participles
        self.reporting = self.verbs | language.reporting_verbs
        self.pronouns = frozenset(language.person_pronouns)
        self.determiners = language.determiners
        self.stops = frozenset(_PHRASE_END.get(language.code, "").split())
        self.openers = language.sentence_openers | language.not_speakers
        self.titles = language.titles
        self.auxiliaries = language.auxiliaries
        according = "|".join(re.escape(a) for a in language.according_to)
        self._according = (
            re.compile(rf"\b(?:{according})\s+(?P<np>[^,.;:!?«»„“”\"]{{2,80}})", re.IGNORECASE)
            if according
            else None
        )

    # -- the pieces of a sentence --------------------------------------------------------------

    def _tokens(self, text: str) -> list[re.Match[str]]:
        return list(_WORD.finditer(text))

    def _is_verb(self, token: str) -> bool:
        return token.lower() in self.verbs

    def _subject_at(self, tokens: list[str]) -> str | None:
        """The noun phrase that ``tokens`` open with (a pronoun, a determiner and its noun, or a
        name with its titles), or None."""
        if not tokens:
            return None
        first = tokens[0].lower()
        if first in self.pronouns:
            return tokens[0]
        phrase: list[str] = []
        if first in self.determiners:
            for token in tokens:
                low = token.lower()
                if token in ",;:.!?()" or (phrase and (low in self.stops or self._is_verb(low))):
                    break
                phrase.append(token)
                if len(phrase) >= 8:
                    break
            return " ".join(phrase) if len(phrase) > 1 else None
        for token in tokens:
            low = token.lower()
            if token in ",;:.!?()" or low in self.stops or self._is_verb(low):
                break
            if not (token[:1].isupper() or low in self.titles or low in ("von", "de", "del")):
                break
            phrase.append(token)
            if len(phrase) >= 5:
                break
        while phrase and phrase[0].lower() in self.openers:
            phrase.pop(0)
        return " ".join(phrase) if phrase else None

    def _subject_before(self, tokens: list[str]) -> str | None:
        """The subject ending right before a verb: a pronoun, a name (with titles) or a
        determiner phrase, in the same clause."""
        while tokens and tokens[-1].lower() in self.auxiliaries:
            tokens = tokens[:-1]
        if not tokens or tokens[-1] in ",;:.!?()":
            return None
        last = tokens[-1]
        if last.lower() in self.pronouns:
            return last
        titled = self._titled_name(tokens)
        if titled:
            return titled
        start = len(tokens)
        for index in range(len(tokens) - 1, max(-1, len(tokens) - 9), -1):
            token = tokens[index]
            low = token.lower()
            if token in ",;:.!?()" or self._is_verb(low):
                break
            start = index
            if low in self.determiners:
                break
        phrase = tokens[start:]
        if phrase and phrase[0].lower() in self.determiners:
            return " ".join(phrase) if len(phrase) > 1 else None
        # A name: capitalised words (or titles) only, and not a word that opens sentences.
        names: list[str] = []
        for token in reversed(phrase):
            if token[:1].isupper() or token.lower() in self.titles:
                names.insert(0, token)
            else:
                break
        while names and names[0].lower() in self.openers:
            names.pop(0)
        return " ".join(names) or None

    def _titled_name(self, tokens: list[str]) -> str | None:
        """A name after a title in the clause before a verb ("wenn Fürst Bismarck dem
        Korrespondenten sagte"): in a verb-final clause the subject comes first."""
        for index in range(len(tokens) - 2, max(-1, len(tokens) - 12), -1):
            token = tokens[index]
            if token in ",;:.!?()":
                return None
            if token.lower().rstrip(".") in self.titles and tokens[index + 1][:1].isupper():
                name = [tokens[index + 1]]
                for following in tokens[index + 2 : index + 4]:
                    if following[:1].isupper() and following.lower() not in self.determiners:
                        name.append(following)
                    else:
                        break
                return " ".join([token, *name])
        return None

    # -- the grammar's functions ---------------------------------------------------------------

    def cue_after(self, following: str, ends_open: bool) -> Cue | None:
        """„…“, sagte Merkel · « … », a déclaré le ministre · « … », dit-il · “…”, dijo él."""
        del ends_open
        matches = self._tokens(following[:200])
        tokens = [m.group(0) for m in matches]
        index = 0
        while index < len(tokens) and tokens[index] == ",":
            index += 1
        if index < len(tokens) and tokens[index].lower() in self.auxiliaries:
            index += 1  # a déclaré / ha dicho
        if index >= len(tokens):
            return None
        verb = tokens[index]
        is_so = self.language.code == "de" and verb == "so"
        if not (self._is_verb(verb) or is_so):
            return None
        start = matches[index].start()
        if is_so and index + 1 < len(tokens) and tokens[index + 1][:1].islower():
            index += 1  # „…“, so fuhr Frau Wolter fort: the verb after "so"
        if self.language.code == "fr":
            inversion = _FRENCH_INVERSION.match(following, matches[index].end())
            if inversion:
                return Cue(inversion.group("pronoun"), verb, start)
        rest = tokens[index + 1 :]
        if rest and rest[0].lower() in self.auxiliaries:
            rest = rest[1:]
        subject = self._subject_at(rest)
        return Cue(subject, verb, start) if subject else None

    def cue_before(self, left: str) -> Cue | None:
        cues = self.all_cues(left)
        return cues[-1] if cues else None

    def all_cues(self, text: str) -> list[Cue]:
        """Every speech verb with a subject: after it (verb second, inverted) or before it."""
        matches = self._tokens(text)
        tokens = [m.group(0) for m in matches]
        found: list[Cue] = []
        if self._according is not None:
            for according in self._according.finditer(text):
                subject = self._subject_at([m.group(0) for m in self._tokens(according["np"])])
                if subject:
                    found.append(Cue(subject, according.group(0).split()[0], according.start()))
        if self.language.according_after:
            found.extend(self._according_after(tokens, matches))
        for index, token in enumerate(tokens):
            if token.lower() not in self.reporting:
                continue
            rest = tokens[index + 1 :]
            if rest and rest[0].lower() in self.language.not_speakers:
                continue  # "heißt es", "dit-on": nobody in particular
            after = self._subject_after_verb(rest)
            subject = after or self._subject_before(tokens[:index])
            if subject is None and index > 0 and tokens[index - 1].lower() in _AND:
                # "Kleist blickte sich um … und erwiderte:": the verbs share the subject.
                subject = self._clause_subject(tokens[:index])
            if subject:
                found.append(Cue(subject, token, matches[index].start()))
        found.sort(key=lambda cue: cue.start)
        return found

    def _according_after(self, tokens: list[str], matches: list[re.Match[str]]) -> list[Cue]:
        """German "dem Bericht zufolge": the source before the postposition."""
        found = []
        for index, token in enumerate(tokens):
            if token.lower() in self.language.according_after:
                subject = self._subject_before(tokens[:index])
                if subject:
                    found.append(Cue(subject, token, matches[index].start()))
        return found

    def _clause_subject(self, tokens: list[str]) -> str | None:
        """The subject opening the sentence, for a verb joined to it by "und"/"et"/"y"."""
        if not tokens:
            return None
        if tokens[0].lower() in self.pronouns:
            return tokens[0]
        return self._subject_at(tokens) if tokens[0].lower() not in self.openers else None

    def _subject_after_verb(self, rest: list[str]) -> str | None:
        """The subject right after the verb, as the verb-second order of German and the
        inversions of French and Spanish put it ("Dann sagte Merkel:", "dijo el ministro")."""
        if rest and rest[0].lower() in self.auxiliaries:
            rest = rest[1:]
        if not rest or rest[0] in ",;:.!?()":
            return None
        first = rest[0].lower()
        if first in self.pronouns or first in self.determiners:
            return self._subject_at(rest)
        if rest[0][:1].isupper() and first not in self.openers:
            return self._subject_at(rest)
        return None

    def sentence_subject(self, text: str) -> str | None:
        """A pronoun opening the sentence ("Er nannte es „…“"): capitalised words are too often
        nouns in these languages to be taken for names without a verb."""
        tokens = [m.group(0) for m in self._tokens(text[:80])]
        if tokens and tokens[0].lower() in self.pronouns:
            return tokens[0]
        return None

    def has_cue(self, text: str) -> bool:
        low = text.lower()
        return any(word in self.verbs for word in re.findall(r"[^\W\d_]+", low)) or bool(
            self._according and self._according.search(text)
        )

    def reports_speech(self, text: str) -> bool:
        return any(word in self.reporting for word in re.findall(r"[^\W\d_]+", text.lower()))
