"""Speaker noun phrases in German, French, Spanish and Czech: what can stand where a speaker
stands.

A speaker is a pronoun, a name with its titles ("Bundeskanzler Olaf Scholz", "Herr v. Lind",
"M. Darmanin"), or a noun phrase opened by a determiner ("der Sprecher des Ministeriums",
"la maire de Lille", "el portavoz del Gobierno"). Where the grammar leaves doubt (a colon
introduction, a verb that is not a speech verb), a description must also be headed by a noun
for a person, a body or a document.

German capitalises every noun, so a capitalised word is taken for a name only when it is none
of the language's closed-class words ("Dagegen", "Als", "Es") and has no ending of an abstract
noun, an adverb or a participle ("Seinerseits", "Weinend", "Regierung"); French and Spanish
descriptions are in lower case and names are capitalised. Czech has no articles: a description
is its adjectives, its noun (for a person, a body or a document, in any case: "starosty" is
"starosta"), its genitive and a name ("předsedkyně České asociace sester Martina Šochmanová").
Every word list comes from ``newscli.lang``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Literal, NamedTuple

from newscli.lang.registry import Resources, resources

PhraseKind = Literal["pronoun", "name", "description"]

_TOKEN = re.compile(
    r"(?P<elided>(?:[ldjnscmt]|qu|lorsqu|puisqu|jusqu)['’])(?=[^\W\d_])"
    r"|(?P<word>[^\W\d_][\w’'\-=]*)(?P<dot>[.\u2024](?![.\u2024]))?"
    r"|(?P<blank>\u2063+)"
    r"|(?P<punct>[,;:.!?()—–\[\]…])"
    r"|(?P<dash>(?<=\s)-(?=\s))",
    re.IGNORECASE,
)
# A quotation blanked out of the text (``quotes.blank_quotes``): one token, never a word.
QUOTE = "\u2063"
# Remembered word-class answers per language before the memory is emptied.
_MEMORY = 50_000
_SENTENCES = 2_000
PUNCTUATION = frozenset(",;:.!?()—–[]…") | {QUOTE}
# French subject inversion written into the verb: "dit-il", "a-t-elle", "poursuit-on".
_INVERSION = re.compile(
    r"^(?P<verb>[^\W\d_][\w’']*)-(?:t-)?(?P<pronoun>il|elle|ils|elles|on)$", re.IGNORECASE
)


class Token(NamedTuple):
    text: str
    start: int
    end: int
    low: str
    """The text in lower case."""


def make_token(text: str, start: int, end: int) -> Token:
    return Token(text, start, end, text.lower())


@dataclass(frozen=True)
class Phrase:
    """A noun phrase over ``tokens[start:end]``."""

    text: str
    start: int
    end: int
    kind: PhraseKind
    head: str
    """Lower-case head noun (a description), last name word (a name) or the pronoun."""
    determiner: str = ""
    """Lower-case determiner opening a description."""
    name: str | None = None
    """The name inside a description ("der Kanzler Olaf Scholz") or in apposition to it."""


def inversion(word: str) -> tuple[str, str] | None:
    """("dit", "il") for the French inverted verb "dit-il"; None for any other word."""
    if "-" not in word:
        return None
    match = _INVERSION.match(word)
    return (match["verb"], match["pronoun"].lower()) if match else None


class Lexicon:
    """The word classes of one language that decide what is a name and what can speak."""

    def __init__(self, language: Resources) -> None:
        self.language = language
        self.code = language.code
        self.german = language.code == "de"
        self.pronouns = frozenset(language.person_pronouns)
        self.determiners = language.determiners
        self.function = (
            language.function_words
            | language.not_speakers
            | language.sentence_openers
            | language.auxiliaries
        ) - self.pronouns
        self.calendar = frozenset(language.months) | language.weekdays | language.time_words
        # "Jan." is January; "Jan" without its dot is a name.
        self.month_abbreviations = language.month_abbreviations
        self.titles = frozenset(t.rstrip(".") for t in language.titles)
        self.particles = frozenset(p.rstrip(".") for p in language.name_particles)
        # Words written with an abbreviation's dot ("Dr.", "v.", "M.", "Sra."): the dot is theirs.
        self.abbreviated = (
            frozenset(t.rstrip(".") for t in language.titles if t.endswith("."))
            | frozenset(p.rstrip(".") for p in language.name_particles if p.endswith("."))
            | language.title_abbreviations
        )
        self.verbs = language.speech_verbs | language.reporting_verbs | language.manner_verbs
        # "die Worte Goethes": the words are not part of the name.
        self.speech_nouns = language.speech_nouns
        self.heads = (
            language.person_heads
            | language.organisation_heads
            | language.document_heads
            | self.titles
        )
        self.bodies = language.organisation_heads
        self.long_titles = frozenset(t for t in self.titles if len(t) >= 4)
        self._answers: dict[tuple[str, str], bool] = {}
        self._tokenized: dict[str, tuple[Token, ...]] = {}

    # -- tokens ---------------------------------------------------------------------------------

    def tokens(self, text: str) -> Sequence[Token]:
        """Words, punctuation and blanked quotations of ``text``; an abbreviation keeps its dot
        ("Dr.", "v.", "M."), an elided article is a word of its own ("l'", "d'"). The same
        sentence is read by several rules, so the last few thousand are remembered."""
        found = self._tokenized.get(text)
        if found is None:
            if len(self._tokenized) >= _SENTENCES:
                self._tokenized.clear()
            found = self._tokenized[text] = tuple(self._tokenize(text))
        return found

    def _tokenize(self, text: str) -> list[Token]:
        found: list[Token] = []
        for match in _TOKEN.finditer(text):
            kind = match.lastgroup
            if kind != "word" and kind != "dot":
                text_ = match.group(0)
                found.append(
                    make_token("—" if kind == "dash" else text_, match.start(), match.end())
                )
                continue
            start, end = match.span()
            word = match.group("word")
            if kind == "word":
                found.append(make_token(word, start, end))
            elif len(word) == 1 or word.lower() in self.abbreviated or text[end - 1] == "\u2024":
                found.append(make_token(word + ".", start, end))
            else:
                found.append(make_token(word, start, end - 1))
                found.append(make_token(".", end - 1, end))
        return found

    # -- word classes ---------------------------------------------------------------------------

    def is_title(self, word: str) -> bool:
        return self._memo("title", word, self._is_title)

    def is_name_word(self, word: str) -> bool:
        """A capitalised word that can be (part of) a name."""
        return self._memo("name", word, self._is_name_word)

    def can_speak(self, head: str) -> bool:
        """A head noun for a person, a body or a document (or a German compound ending in one)."""
        return self._memo("speaks", head, self._can_speak)

    def is_body(self, head: str) -> bool:
        return self._memo("body", head, self._is_body)

    def is_feminine_noun(self, head: str) -> bool:
        low = head.lower()
        return any(
            low.endswith(s) and len(low) >= len(s) + 2 for s in self.language.feminine_suffixes
        )

    def is_participle(self, word: str) -> bool:
        """A lower-case word with a past participle's ending ("publié", "publicado")."""
        return word[:1].islower() and _has_suffix(word.lower(), self.language.participle_endings, 3)

    def is_neuter_noun(self, head: str) -> bool:
        low = head.lower()
        return any(
            low.endswith(s) and len(low) >= len(s) + 1 for s in self.language.neuter_suffixes
        )

    def _memo(self, kind: str, word: str, decide: Callable[[str], bool]) -> bool:
        """Word classes are asked for the same words again and again: remember the answers (a
        bounded memory: it is emptied when full)."""
        key = (kind, word)
        found = self._answers.get(key)
        if found is None:
            if len(self._answers) >= _MEMORY:
                self._answers.clear()
            found = self._answers[key] = decide(word)
        return found

    def _is_title(self, word: str) -> bool:
        low = word.lower().rstrip(".")
        if low in self.titles:
            return True
        # "Bundesinnenminister", "Regierungssprecherin": a German compound ending in a title.
        return self.german and _ends_in(low, self.long_titles)

    def _is_name_word(self, word: str) -> bool:
        if not word[:1].isupper():
            return False
        low = word.lower().rstrip(".")
        if low in self.function or low in self.calendar or low in self.verbs:
            return False
        if low in self.speech_nouns:
            return False
        if word.endswith(".") and low in self.month_abbreviations:
            return False
        if low in self.pronouns or low in self.determiners or low in self.titles:
            return False
        if len(word) > 5 and word.isupper():
            return False  # a dateline or heading in capitals
        return not _has_suffix(low, self.language.not_name_suffixes, 3)

    def _can_speak(self, head: str) -> bool:
        low = head.lower().rstrip(".")
        if self.code == "cs" and len(low) > 3:
            # Czech declines its nouns: "starosty", "ministra", "mluvčího" are "starosta",
            # "ministr", "mluvčí".
            stem = czech_stem(low)
            return (
                low in self.heads
                or stem in self._czech_head_stems
                or _has_suffix(stem, self.language.person_suffixes, 3)
                or _has_suffix(low, self.language.person_suffixes, 3)
            )
        return any(self._can_speak_singular(form) for form in _singulars(low, self.german))

    @cached_property
    def _czech_head_stems(self) -> frozenset[str]:
        return frozenset(czech_stem(h) for h in self.heads if len(h) > 3)

    def _can_speak_singular(self, low: str) -> bool:
        if low in self.heads:
            return True
        if self.german and _ends_in(low, self.heads):
            return True
        return _has_suffix(low, self.language.person_suffixes, 3)

    def _is_body(self, head: str) -> bool:
        low = head.lower()
        return low in self.bodies or (self.german and _ends_in(low, self.bodies))

    def oblique(self, phrase: Phrase, tokens: Sequence[Token]) -> bool:
        """A description that cannot be a subject: German "dem Minister", "den Leuten", "der
        Zeitung" (a feminine noun after "der"), "der neuen Ministerin" (an adjective in -en); a
        Czech addressee (``_czech_oblique``)."""
        if self.code == "cs":
            return self._czech_oblique(phrase, tokens)
        if phrase.kind != "description" or not self.german:
            return False
        if phrase.determiner in self.language.oblique_determiners:
            return True
        if phrase.determiner not in ("der", "einer"):
            return False
        # The words between the determiner and the noun only: "der Vorsitzende der Grünen" has
        # its genitive after the noun, and that says nothing of the case of "der".
        inside = tokens[phrase.start + 1 : phrase.end]
        head = next((i for i, t in enumerate(inside) if t.low == phrase.head), len(inside))
        modifiers = inside[:head]
        weak = any(t.low.endswith("en") for t in modifiers[:3])  # "der Deutschen Presse-Agentur"
        return weak or self.is_feminine_noun(phrase.head)

    def _czech_oblique(self, phrase: Phrase, tokens: Sequence[Token]) -> bool:
        """A Czech addressee after a speech verb: a dative ("Seznam Zprávám", "Novákovi",
        "Českému rozhlasu", "Právu"), or an agency's initials, with the speaker after them
        ("řekl ČTK starosta …", "sdělila Právu mluvčí …")."""
        if phrase.kind == "pronoun":
            return False
        last = tokens[phrase.end - 1].low
        if last.endswith(_CZECH_DATIVE_ENDINGS) or tokens[phrase.start].low.endswith(
            ("ému", "ímu")
        ):
            return True
        following = tokens[phrase.end] if phrase.end < len(tokens) else None
        word = tokens[phrase.start]
        return (
            phrase.end - phrase.start == 1
            and (_acronym(word.text) or (word.text[:1].isupper() and word.low.endswith("u")))
            and following is not None
            and following.text not in PUNCTUATION
        )  # ("sdělila Právu mluvčí …": a paper's name in the dative)

    # -- phrases --------------------------------------------------------------------------------

    def phrase_at(self, tokens: Sequence[Token], i: int, text: str) -> Phrase | None:
        """The noun phrase that opens at ``tokens[i]``, or None."""
        if i >= len(tokens):
            return None
        token = tokens[i]
        low = token.low
        if low in self.pronouns and token.text != QUOTE:
            return Phrase(token.text, i, i + 1, "pronoun", low)
        if self.code == "cs":
            return self._czech_phrase(tokens, i, text)
        if low in self.determiners:
            return self._description(tokens, i, text)
        if self._bare_opening(tokens, i):
            # "Fuentes de la Consejería aseguran", "Sources proches du dossier": no determiner.
            return self.bare_description(tokens, i, text)
        if self.is_title(token.text) or self.is_name_word(token.text):
            return self._name(tokens, i, text)
        return None

    def speaker_like(self, phrase: Phrase | None) -> bool:
        """A pronoun, a name, or a description headed by a person, body or document noun."""
        if phrase is None:
            return False
        return (
            phrase.kind != "description" or phrase.name is not None or self.can_speak(phrase.head)
        )

    def _name(self, tokens: Sequence[Token], i: int, text: str) -> Phrase | None:
        """Titles and a name: "Herr v. Lind", "Bundeskanzler Olaf Scholz", "Odile Ferrand"."""
        j = i
        while j < len(tokens) and self.is_title(tokens[j].text) and j - i < 4:
            j += 1
        first_name = j
        while j < len(tokens) and j - first_name < 5:
            word = tokens[j].text
            if j > first_name and _acronym(tokens[j - 1].text) and not _acronym(word):
                break  # "à l'AFP Fabien Marquet": the agency, then a name
            if self.is_name_word(word):
                j += 1
            elif (
                tokens[j].low.rstrip(".") in self.particles
                and (j > first_name or first_name > i)
                and j + 1 < len(tokens)
                and self.is_name_word(tokens[j + 1].text)
            ):
                j += 1  # "Herr v. Lind", "Sánchez de la Vega"
            else:
                break
        if j == first_name:
            return None
        head = tokens[j - 1].text
        return Phrase(_span(text, tokens, i, j), i, j, "name", head.lower(), name=None)

    def _czech_phrase(self, tokens: Sequence[Token], i: int, text: str) -> Phrase | None:
        """A Czech noun phrase, which has no article: [adjectives] noun [genitive] [Name]:
        "starosta Jeseníku Zdeněk Kulhánek", "Plzeňský kouč Miroslav Koubek", "předsedkyně
        České asociace sester Martina Šochmanová", "Český hydrometeorologický ústav"; or a
        name ("Lenka Veselá"). The complement may hold where a body sits ("soud v Brně") and
        what a role is for ("náměstek primátora pro dopravu"). The name is the run of
        capitalised words that ends it (two of them when more follow the noun: "trenér Sparty
        Lars Friis")."""
        j = i + 1 if tokens[i].low in self.determiners and i + 1 < len(tokens) else i
        while j + 1 < len(tokens) and j - i < 4 and self.czech_modifier(tokens[j]):
            j += 1
        if j >= len(tokens):
            return None
        head = tokens[j]
        if head.text in PUNCTUATION or head.low in self.function or head.low in self.verbs:
            if j == i or not self.is_name_word(tokens[i].text):
                return None
            # "Procházková dodala": a surname declined as an adjective, not one before a noun.
            j, head = i, tokens[i]
        noun = self.can_speak(head.low) or self.is_title(head.text)
        if j == i and not noun:
            if not self.is_name_word(head.text):
                return None
            named = self._name(tokens, i, text)
            if (
                named is not None
                and named.end - i >= 3
                and i > 0
                and tokens[i - 1].low in self.language.prepositions
            ):
                # "píše na Twitter Gary Lineker": the preposition's object, then a name.
                return Phrase(head.text, i, i + 1, "name", head.low)
            return named
        if not noun and not self.is_name_word(head.text):
            return None
        # Its complement: a genitive of at most two lower-case words ("České asociace sester")
        # and capitalised ones; a run of names ends it ("… Zdeněk Kulhánek uvedl").
        k = j + 1
        lower = 0
        run = 0
        place = j + 1  # where the words after a place's name begin
        while k < len(tokens) and k - j <= 9:
            token = tokens[k]
            if (
                token.low in self.language.prepositions
                and run < 2
                and k + 2 < len(tokens)
                and tokens[k + 1].text[:1].islower()
                and tokens[k + 1].low not in self.function
                and self.is_name_word(tokens[k + 2].text)
            ):
                # "náměstek primátora pro dopravu Zdeněk Hřib": what the role is for.
                k += 2
                place, run = k, 0
                continue
            if (
                token.low in self.language.prepositions
                and run < 2
                and k + 1 < len(tokens)
                and self.is_name_word(tokens[k + 1].text)
            ):
                # "soud v Brně", "mluvčí Úřadu práce v Rychnově nad Kněžnou Dana Vondrová":
                # where the body sits, before any name.
                k += 2
                place, run = k, 0
                continue
            if token.text in PUNCTUATION or token.low in self.function or token.low in self.verbs:
                break
            if token.low in self.language.auxiliaries or token.low in self.calendar:
                break
            if token.text[:1].islower():
                if _CZECH_VERB.search(token.low):
                    break  # "Podle soudu vzal …", "ministra financí dosáhnout": a verb
                if _acronym(tokens[k - 1].text):
                    break  # "agentury STEM souhlasí": the initials end the name
                lower += 1
                if lower > 2 or run >= 2:
                    break
                run = 0
            else:
                run += 1
            k += 1
            if (
                k + 1 < len(tokens)
                and tokens[k].low == "a"
                and tokens[k - 1].text[:1].islower()
                and any(t.text[:1].isupper() for t in tokens[j + 1 : k])
                and tokens[k + 1].text[:1].islower()
                and tokens[k + 1].low not in self.function
                and tokens[k + 1].low not in self.verbs
            ):
                k += 1  # "mluvčí Ředitelství silnic a dálnic Jan Rýdl": a name with "a"
        run = k
        while run > place and self.is_name_word(tokens[run - 1].text):
            run -= 1
        name = None
        if noun and k - run >= 2:
            run = max(run, k - 2) if run == j + 1 and k - run > 2 else run
            name = _span(text, tokens, run, k)
        elif noun and k - run == 1 and run == j + 1:
            name = tokens[run].text  # "starosta Kašpar"
        return Phrase(_span(text, tokens, i, k), i, k, "description", head.low, "", name)

    def is_person_noun(self, word: str) -> bool:
        """A noun or title for a person ("ministr", "ředitelka"; Czech in any case:
        "mluvčího", "starosty")."""
        low = word.lower()
        if low in self.language.person_heads or self.is_title(word):
            return True
        return self.code == "cs" and czech_stem(low) in self._czech_person_stems

    @cached_property
    def _czech_person_stems(self) -> frozenset[str]:
        people = self.language.person_heads | self.titles
        return frozenset(czech_stem(h) for h in people if len(h) > 3)

    def czech_modifier(self, token: Token) -> bool:
        """A Czech adjective before its noun ("krajské", "Českého", "Státní")."""
        low = token.low
        return (
            low not in self.function
            and low not in self.verbs
            and not self.can_speak(low)
            and low.endswith(_CZECH_ADJECTIVE_ENDINGS)
            and len(low) > 3
        )

    def _full_name_at(self, tokens: Sequence[Token], i: int) -> bool:
        """Two name words in a row at ``i`` ("Ole Brandt"), neither a title."""
        pair = tokens[i : i + 2]
        return len(pair) == 2 and all(
            self.is_name_word(t.text) and not self.can_speak(t.text) for t in pair
        )

    def _description(self, tokens: Sequence[Token], i: int, text: str) -> Phrase | None:
        if self.german:
            return self._german_description(tokens, i, text)
        return self._romance_description(tokens, i, text)

    def _german_description(
        self, tokens: Sequence[Token], i: int, text: str, *, genitive: bool = True
    ) -> Phrase | None:
        """der (lower-case modifiers) Noun [Name] [des … Noun]: "der Kanzler Olaf Scholz",
        "ein Sprecher des Ministeriums", "die englische Regierung"."""
        determiner = tokens[i].low
        j = i + 1
        while (
            j < len(tokens)
            and j - i <= 4
            and tokens[j].text[:1].islower()
            and tokens[j].low not in self.function
            and tokens[j].low not in self.verbs
            and tokens[j].text not in PUNCTUATION
        ):
            j += 1  # adjectives and participles: "der abergläubische", "die neue"
        if j >= len(tokens) or not tokens[j].text[:1].isupper():
            return None
        if tokens[j].low in self.function or tokens[j].low in self.pronouns:
            return None
        head_at = j
        j += 1
        name: str | None = None
        while (
            j < len(tokens)
            and j - head_at < 3
            and tokens[j].text[:1].isupper()
            and tokens[j].low not in self.function
            and (
                (
                    tokens[head_at].low.endswith(_ADJECTIVE_ENDINGS)
                    # "der Energieversorger Eon": a noun that speaks, not an adjective in -er
                    and not self.is_body(tokens[head_at].text)
                )
                or sum(c.isupper() for c in tokens[j].text) >= 2  # "die Autobahn GmbH"
            )
            and not self._full_name_at(tokens, j)
            and not self.is_title(tokens[head_at].text)
        ):
            # "die Deutsche Bahn", "die Berliner Umweltbehörde": a capitalised adjective, then
            # the noun (not "deren Verlauf Jonescu", nor "der Kämmerer Ole Brandt").
            head_at = j
            j += 1
        named = self._name(tokens, j, text) if j < len(tokens) else None
        if named is not None and not self.is_title(tokens[j].text):
            head = tokens[head_at].text
            known = self.is_title(head) or (
                self.can_speak(head) and not self.can_speak(tokens[j].text)
            )
            if known or named.end - named.start >= 2:
                # "der Kanzler Olaf Scholz", "die Firma Lindholm", "der Radprofi Timo Berger"
                name, j = named.text, named.end
        end = j
        if genitive and j < len(tokens) and tokens[j].low in self.language.genitive_determiners:
            complement = self._german_description(tokens, j, text, genitive=False)
            after = complement.end if complement else j
            addressee = (
                after < len(tokens)
                and tokens[after].low == "gegenüber"
                and tokens[j].low not in ("des", "eines")
            )  # "der Minister der Zeitung gegenüber": "der Zeitung" is the one spoken to
            if complement is not None and not addressee:
                end = complement.end
        head = tokens[head_at].text.lower()
        return Phrase(_span(text, tokens, i, end), i, end, "description", head, determiner, name)

    def _bare_opening(self, tokens: Sequence[Token], i: int) -> bool:
        """A capitalised French or Spanish noun for people followed by its complement."""
        if self.german or i + 1 >= len(tokens) or not tokens[i].text[:1].isupper():
            return False
        low = tokens[i].low
        following = tokens[i + 1].low
        return low in self.language.person_heads and following in self.language.genitive_determiners

    def bare_description(self, tokens: Sequence[Token], i: int, text: str) -> Phrase | None:
        """A noun phrase without a determiner whose head can speak ("fuentes del ministerio",
        "sources proches du dossier"), as "según" and "selon" take them."""
        if self.german or i >= len(tokens) or not self.can_speak(tokens[i].text):
            return None
        if tokens[i].low in self.function:
            return None
        return self._romance_description(tokens, i - 1, text, bare=True)

    def _romance_description(
        self, tokens: Sequence[Token], i: int, text: str, *, bare: bool = False
    ) -> Phrase | None:
        """le/la/el … noun [de …] [Name]: "la maire de Lille", "le ministre de l'Intérieur",
        "un porte-parole du gouvernement", "el presidente del Gobierno"."""
        determiner = "" if bare else tokens[i].low
        genitives = self.language.genitive_determiners
        j = i + 1
        head: str | None = None
        name: str | None = None
        governing = determiner  # the determiner of the noun taken for the head so far
        last_determiner = determiner
        head_is_noun = False
        named_body = False
        while j < len(tokens) and j - i <= 9:
            token = tokens[j]
            low = token.low
            if token.text in PUNCTUATION:
                break
            if low in genitives or low in self.determiners or low in self.particles:
                after_genitive = (
                    tokens[j - 1].low in genitives or tokens[j - 1].low in self.particles
                )
                if head is None or (low not in genitives and not after_genitive):
                    break  # "le de" is no phrase; "los periodistas el director": two phrases
                last_determiner = low
                j += 1
                continue
            if token.text[:1].isupper():
                named = self._name(tokens, j, text)
                if named is None:
                    break
                previous = tokens[j - 1].low
                if head is None:
                    # "l'AFP", "la Junta de Castilla", "la SNCF": a body named after "la".
                    head, named_body = tokens[j].low, True
                    j = named.end
                    if j < len(tokens) and tokens[j].text[:1].isupper():
                        break  # "à l'AFP Fabien Marquet": the agency, then someone
                    continue
                if head_is_noun and previous not in genitives and previous not in self.determiners:
                    if self.is_body(head) and self._full_name_at(tokens, j):
                        break  # "a este diario Juan Pérez": a person after a paper is no name
                    name = named.text  # "la maire Odile Ferrand", "le syndicat Alliance"
                j = named.end
                continue
            if low in self.function or low in self.verbs or low in self.language.auxiliaries:
                break
            if inversion(token.text) is not None:
                break
            if (
                head is not None
                and self.is_participle(token.text)
                and tokens[j - 1].low not in genitives
                and tokens[j - 1].low not in self.determiners
            ):
                # "el real decreto publicado hoy": the participle's clause is no name (but
                # "l'agence régionale de santé" ends in a noun).
                break
            if head is None or (not self.can_speak(head) and self.can_speak(low)):
                # "La proposition du rapporteur": the rapporteur speaks, "du" is his determiner.
                head, governing = low, last_determiner
                head_is_noun = True
            last_determiner = ""
            j += 1
        while j > i + 1 and tokens[j - 1].low in genitives | self.determiners | self.particles:
            j -= 1
        if head is None or j <= i + 1:
            return None
        first = i + 1 if bare else i
        governing = _CONTRACTED.get(governing, governing)
        if named_body and name is None:
            name = _span(text, tokens, first + (not bare), j)
        return Phrase(_span(text, tokens, first, j), first, j, "description", head, governing, name)


# Case endings of Czech nouns and adjectives, longest first: what is left is the stem that every
# case of the word shares ("starosta", "starosty", "starostovi": "starost").
_CZECH_CASE_ENDINGS = (
    "ovi", "ému", "ího", "ými", "ých", "ům", "ám", "ech", "ích", "em", "ou", "ho",
    "a", "e", "ě", "i", "í", "o", "u", "ů", "y", "ý", "á", "é",
)  # fmt: skip


def czech_stem(word: str) -> str:
    """The stem every case of a Czech noun shares ("starosty" -> "starost")."""
    for ending in _CZECH_CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


# A Czech verb in the past ("vzal", "řekla", "byli"), not a noun in "-el" ("pravidel"), or an
# infinitive ("dosáhnout", "snížit").
_CZECH_VERB = re.compile(r"(?:[^e]l|l[ai]|[aeiouyáéíóúůý]t)$")
# Endings of Czech nouns and names in the dative ("Zprávám", "občanům", "Novákovi").
_CZECH_DATIVE_ENDINGS = ("ám", "ům", "ovi", "ému", "ímu")
# Endings of Czech adjectives ("krajský", "krajská", "krajské", "krajského", "státní").
_CZECH_ADJECTIVE_ENDINGS = ("ý", "á", "é", "ého", "ému", "ým", "ých", "ými", "í", "ího", "ímu")
# Endings of German adjectives before a noun ("Deutsche", "Grünen", "Hamburger").
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# The article inside French and Spanish contractions: "du" is "de le", "del" is "de el".
_CONTRACTED = {"du": "le", "des": "les", "au": "le", "aux": "les", "del": "el", "al": "el"}


def _singulars(word: str, german: bool) -> tuple[str, ...]:
    """The word and the singulars its plural ending may stand for: "periodistas" ->
    "periodista", "Ärztinnen" -> "Ärztin", "Experten" -> "Experte"."""
    if german:
        forms = [word]
        if word.endswith("innen"):
            forms.append(word[:-3])
        if word.endswith("n"):
            forms.append(word[:-1])
        if word.endswith("en"):
            forms.append(word[:-2])
        return tuple(forms)
    if word.endswith("es") and len(word) > 4:
        return (word, word[:-1], word[:-2])
    if word.endswith("s") and len(word) > 3:
        return (word, word[:-1])
    return (word,)


def _acronym(word: str) -> bool:
    """ "AFP", "SPD", "ONU": a short word in capitals."""
    return 2 <= len(word) <= 5 and word.isupper() and word.isalpha()


def _ends_in(word: str, parts: frozenset[str]) -> bool:
    """True when ``word`` is a compound whose last part (3+ letters, after 3+ letters) is one of
    ``parts``: "regierungssprecher" ends in "sprecher"."""
    return any(word[k:] in parts for k in range(3, len(word) - 2))


def _has_suffix(word: str, suffixes: tuple[str, ...], stem: int) -> bool:
    """True when ``word`` ends in one of ``suffixes`` after a stem of ``stem`` letters or more."""
    return any(word.endswith(s) and len(word) >= len(s) + stem for s in suffixes)


def _span(text: str, tokens: Sequence[Token], start: int, end: int) -> str:
    return text[tokens[start].start : tokens[end - 1].end]


@cache
def lexicon(code: str) -> Lexicon:
    return Lexicon(resources(code))
