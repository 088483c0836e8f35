"""The attribution grammar German, French and Spanish share, built from ``newscli.lang`` (Czech
uses it as well: see the end of this docstring).

Their news attributes speech in the same few shapes:

- inverted after the quotation, with any verb where the word order shows it: „…“, sagte der
  Minister · „…“, nickte Brandt · „…“, so der Sprecher · « … », a déclaré le ministre ·
  « … », ironise un autre · « … », a-t-il ajouté · « … », estime-t-elle · “…”, dijo el
  ministro · «…», lamentó (Spanish drops the subject: the person the article is about);
- introduced before it: Merkel sagte: „…“ · Dann sagte Merkel: „…“ (German puts the verb
  second, so after an adverb the subject follows it) · Le ministre a déclaré : « … » · and a
  colon after any clause, whose subject speaks (General Roth erließ folgenden Befehl: „…“);
- after it, in a sentence of its own: „…“ Soweit Struve. · „…“ So der Minister.
- reported: X sagte, dass … · X sagte, er sei … (Konjunktiv I) · X a déclaré que … · X dijo
  que … · …, sagte X. · laut X … · nach Angaben von X … · X zufolge … · heißt es in der
  Erklärung · selon X, … · según X, … · Pour X, … · and a sentence in Konjunktiv I goes on with
  the source of the one before ("Er sei bereit, … Die Regierung sei handlungsfähig.").

Where the subject is depends on the clause: before the verb (the French and Spanish order, and
a German clause that opens with its subject), after it (German verb-second after an adverb or a
quotation, French and Spanish inversion), or nowhere (Spanish). An addressee is never the
speaker: "erklärte X gegenüber der Zeitung", "sagte dem Sender", "a déclaré à l'AFP".

Czech attributes as Spanish does (inverted after the quotation, "X uvedl, že …", "podle X", a
verb without its subject), with no articles to show where a phrase starts or what case it is in:
its noun phrases are read by ``noun_phrases.Lexicon`` (adjectives, a noun, its genitive, a
name), a dative or an agency's initials after the verb is the addressee ("řekl ČTK starosta X"),
an object may stand between the verb and its subject ("kroutí hlavou X"), a prepositional
phrase is its words up to a person ("po jednání vlády ministr X"), "podle X" may stand inside
its clause ("Situace je podle ní vážná"), "ale" second in a clause is "however", and "prý" goes
on with the source before.
"""

from __future__ import annotations

from collections.abc import Sequence

from newscli.analyze.attribution import CONTINUES, ZERO, ZERO_FEMALE, ZERO_MALE, ZERO_PLURAL, Cue
from newscli.analyze.noun_phrases import (
    PUNCTUATION,
    QUOTE,
    Lexicon,
    Phrase,
    Token,
    inversion,
    lexicon,
)
from newscli.lang.registry import Resources

# Clause boundaries when looking back from a verb for its subject.
_BOUNDARIES = frozenset(".;:!?…—–()[]") | {QUOTE}
# How many words may stand between a verb and its inverted subject ("sagte damals X").
_SKIP_AFTER = 4
# How far after a cue its reported clause may open ("sagte am Montag in Berlin, dass …").
_OPENER_REACH = 120
# A reported clause has at least this many words; Czech, with neither articles nor subject
# pronouns, says it in two ("uvedl, že navrhne vazbu").
_REPORT_MIN_WORDS = {"cs": 2}
# A wire dateline is at most this many words and marks before its dash.
_DATELINE_TOKENS = 8
# A headline's label ("Fermeture de classe :") is at most this many words.
_LABEL_TOKENS = 4
# How far back the subject a verb after "und" shares is looked for.
_SHARED_REACH = 25
# How far back the start of a verb's clause is looked for: a subject is never further away, and
# the bound keeps one endless sentence of verbs linear.
_CLAUSE_REACH = 40
# How far after a passive speech verb its agent may come ("fue confirmado ayer por …").
_AGENT_REACH = 8
# How far the speech verb of "wie der Minister … sagte" may come after "wie".
_AS_REACH = 14
# How many words may qualify the source of "selon …" before the comma that ends it.
_SOURCE_MODIFIER_TOKENS = 10
# How many words an opening description may run to before the comma of its apposition.
_APPOSITION_REACH = 8
# How far back a speech verb governs a quoted noun phrase ("sprach dagegen von einem „…“").
_GOVERNING_REACH = 5
# How far before a colon "die Worte" may stand from it (its owner between them).
_OWNER_REACH = 7
_CONTENT_PREPOSITIONS = frozenset("von vor über als de d' d’ du del como".split())
_AND = frozenset("und et y e".split())
# Prepositions that name where an impersonal "heißt es" comes from.
_SOURCE_PREPOSITIONS = frozenset("in im aus von vom bei beim".split())
_FIRST_PERSON = frozenset("ich wir je nous yo nosotros".split())


class Rules:
    """The grammar of one of these languages, over the text around quotes and in sentences."""

    def __init__(self, language: Resources) -> None:
        self.language = language
        self.lex: Lexicon = lexicon(language.code)
        self.speech = language.speech_verbs | language.participles
        self.reporting = self.speech | language.reporting_verbs
        self.openers = _CLAUSE_OPENERS.get(language.code, ())
        self.according = tuple(
            sorted(
                (tuple(t.low for t in self.lex.tokens(a)) for a in language.according_to),
                key=len,
                reverse=True,
            )
        )
        self.according_first = frozenset(a[0] for a in self.according)

    # -- subjects -------------------------------------------------------------------------------

    def _phrase(self, tokens: Sequence[Token], i: int, text: str) -> Phrase | None:
        return self.lex.phrase_at(tokens, i, text)

    def _skip_pp(self, tokens: Sequence[Token], i: int, text: str) -> int:
        """The index after a prepositional phrase opening at ``i`` ("am Montag", "devant la
        presse", "gegenüber der Zeitung")."""
        j = i + 1
        if self.lex.code == "cs":
            return self._czech_pp_end(tokens, i)
        following = self._phrase(tokens, i + 1, text) or self.lex.bare_description(
            tokens, i + 1, text
        )  # "au journal", "al diario": the determiner is in the preposition
        if following is not None:
            return following.end
        while j < len(tokens) and j - i <= 3 and self._modifier(tokens[j]):
            j += 1  # "in gewissem Sinn", "mit großer Mehrheit": a noun without its article
        if self.lex.german and j > i + 1 and j < len(tokens) and tokens[j].text[:1].isupper():
            return j + 1
        return i + 1

    def _czech_pp_end(self, tokens: Sequence[Token], i: int) -> int:
        """The index after a Czech prepositional phrase at ``i``: its adjectives and its noun
        ("v tiskové zprávě", "po jednání", "na Twitter"), and a lower-case genitive after them
        ("po jednání vlády") up to a word for a person ("… ministr", "… personální ředitelka")."""
        j = i + 1
        while j + 1 < len(tokens) and j - i <= 3 and self._czech_adjective_before_noun(tokens, j):
            j += 1
        j = min(j + 1, len(tokens))  # the noun
        if (
            j + 1 < len(tokens)
            and self._modifier(tokens[j])
            and not self._person_word(tokens[j])
            and not self._person_word(tokens[j + 1])
            and not self.lex.czech_modifier(tokens[j])
        ):
            j += 1  # "po jednání vlády ministr"
        return j

    def _czech_adjective_before_noun(self, tokens: Sequence[Token], j: int) -> bool:
        following = tokens[j + 1]
        return (
            self.lex.czech_modifier(tokens[j])
            and tokens[j].text[:1].islower()
            and self._modifier(following)
            and not self._person_word(following)
        )

    def _person_word(self, token: Token) -> bool:
        """A noun or title for a person ("ministr", "ředitelka", "mluvčího")."""
        return self.lex.is_person_noun(token.text)

    def _modifier(self, token: Token) -> bool:
        """A lower-case word that can stand before a noun (an adjective or a participle)."""
        low = token.low
        return (
            token.text[:1].islower()
            and low not in self.lex.function
            and low not in self.reporting
            and token.text not in PUNCTUATION
        )

    def subject_after(
        self,
        tokens: Sequence[Token],
        i: int,
        text: str,
        *,
        strict: bool = True,
        apposition: bool = True,
    ) -> Phrase | None:
        """The subject after a verb at ``i - 1``: past adverbs, reflexives, objects and
        addressees ("sagte damals X", "sagte dem Sender ein Sprecher", "erklärte gegenüber der
        Zeitung X"); with ``strict``, only one that can speak ("a annoncé un renfort" has
        none). With ``apposition``, a name in apposition to it stands for it ("le maire,
        Philippe Laurent"); without, the phrase is the one after the verb."""
        language = self.language
        skipped = 0
        while i < len(tokens) and skipped <= _SKIP_AFTER:
            token = tokens[i]
            low = token.low
            if token.text in PUNCTUATION or low in language.clause_openers:
                return None
            if low in language.prepositions and low not in self.lex.determiners:
                i = self._skip_pp(tokens, i, text)
                skipped += 1
                continue
            phrase = self._phrase(tokens, i, text)
            if phrase is not None:
                if self.lex.oblique(phrase, tokens) or _genitive_name(phrase):
                    i = phrase.end  # "dem Korrespondenten": the one spoken to
                    skipped += 1
                    continue
                if strict and not self.lex.speaker_like(phrase):
                    return None
                if (
                    strict
                    and phrase.determiner in language.indefinite_determiners
                    and phrase.head in language.document_heads
                ):
                    return None  # "…, a dénoncé une décision injuste": a document, the object
                return self._apposition(tokens, phrase, text) if apposition else phrase
            if (
                low in language.reflexives
                or low in self.lex.function
                or low in language.time_words
                or low in language.auxiliaries
            ):
                i += 1
                skipped += 1
                continue
            if self.lex.code == "cs" and self._modifier(token):
                # Czech may put the object first: "hodnotí českého středopolaře večerník X",
                # "kroutí hlavou Lineker".
                i += 1
                skipped += 1
                continue
            return None
        return None

    def _apposition(self, tokens: Sequence[Token], phrase: Phrase, text: str) -> Phrase:
        """The name in apposition to a description: "die Sprecherin der Grünen, Anna Roth"."""
        k = phrase.end
        if phrase.kind != "description" or k + 1 >= len(tokens) or tokens[k].text != ",":
            return phrase
        name = self._phrase(tokens, k + 1, text)
        if name is None or name.kind != "name":
            return phrase
        if name.end < len(tokens) and tokens[name.end].text not in ",.;:!?—–()":
            return phrase
        return name

    def _clause_start(self, tokens: Sequence[Token], verb: int) -> int:
        i = verb
        while i > 0 and verb - i < _CLAUSE_REACH:
            previous = tokens[i - 1]
            if previous.text in _BOUNDARIES or (
                previous.low in self.language.clause_openers
                and not self._postpositive(tokens, i - 1)
            ):
                break
            if previous.text == "," and self._relative_start(tokens, i):
                break  # ", in deren Verlauf Jonescu sagte", ", der … sagte": a relative clause
            i -= 1
        return i

    def _postpositive(self, tokens: Sequence[Token], i: int) -> bool:
        """Czech "ale" second in its clause, after one word, means "however", not "but": it
        opens no clause ("Asociace ale upozorňuje, …")."""
        return (
            self.lex.code == "cs"
            and tokens[i].low == "ale"
            and i >= 1
            and (i == 1 or tokens[i - 2].text in _BOUNDARIES)
        )

    def _relative_start(self, tokens: Sequence[Token], i: int) -> bool:
        """A relative pronoun, after a preposition or not, opens the clause at ``i`` (", der im
        Stau stand", ", in deren Verlauf", ", qui a requis"). German "der"/"die"/"das" are also
        articles: they are relative only before a word that is no noun (", der er …")."""
        language = self.language
        if i < len(tokens) and tokens[i].low in language.prepositions:
            i += 1
        if i >= len(tokens):
            return False
        if tokens[i].low in language.relative_pronouns:
            return True
        if tokens[i].low not in language.article_relatives:
            return False
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        return following is not None and (
            following.low in self.lex.pronouns or self._modifier(following)
        )

    def _skip_adverbials(self, tokens: Sequence[Token], i: int, end: int, text: str) -> int:
        """Past adverbs, prepositional phrases and commas that open a clause before its
        subject ("Am Montag, …", "Après la réunion,", "Dann")."""
        while i < end:
            token = tokens[i]
            low = token.low
            if token.text == ",":
                i += 1
            elif low in self.language.prepositions and low not in self.lex.determiners:
                i = self._skip_pp(tokens, i, text)
            elif (
                low in self.lex.function and low not in self.lex.determiners
            ) or low in self.language.time_words:
                i += 1
            else:
                break
        return i

    def subject_before(self, tokens: Sequence[Token], verb: int, text: str) -> Phrase | None:
        """The subject opening the clause of the verb at ``verb``: "Le maire, Benoît Payan,
        estime", "Die Stadtwerke erklärten", "wenn Fürst Bismarck dem Korrespondenten sagte"."""
        start = self._clause_start(tokens, verb)
        subordinate = start > 0 and (
            tokens[start - 1].low in self.language.clause_openers
            or self._relative_start(tokens, start)
        )
        i = self._skip_adverbials(tokens, start, verb, text)
        if self.lex.german and i > start and not subordinate:
            return None  # an adverb first: the German verb second, its subject after it
        phrase = self._phrase(tokens, i, text)
        if phrase is None or phrase.end > verb or self.lex.oblique(phrase, tokens):
            return None
        k = phrase.end
        if k < verb and tokens[k].text == ",":
            apposition = self._phrase(tokens, k + 1, text)
            closes = apposition is not None and (
                apposition.end == verb or tokens[apposition.end].text in ",—–"
            )
            if closes and apposition is not None:
                if phrase.kind == "description" and apposition.kind == "name":
                    return apposition  # "Le maire de la ville, Benoît Payan, estime"
                return phrase  # "Benoît Payan, le maire de la ville, estime"
            return phrase if tokens[verb - 1].text == "," else None  # ", der …, sagte"
        while k < verb:
            if tokens[k].low in self.language.prepositions:
                k = self._skip_pp(tokens, k, text)  # "Eine Mutter aus Halle sagte"
            elif self._may_stand_between(tokens[k]) or self._postpositive(tokens, k):
                k += 1
            else:
                break
        if k >= verb:
            return phrase
        # A German verb-final clause ("wenn Fürst Bismarck dem Korrespondenten sagte").
        return phrase if subordinate and self.lex.german else None

    def _may_stand_between(self, token: Token) -> bool:
        low = token.low
        return (
            low in self.language.auxiliaries
            or low in self.language.time_words
            or low in self.language.reflexives
            or (low in self.lex.function and low not in self.language.clause_openers)
        )

    def verb_subject(self, tokens: Sequence[Token], verb: int, text: str) -> Phrase | None:
        """The subject of the verb at ``verb``, wherever the clause puts it (after it, only one
        that can speak: "a annoncé un renfort" has none)."""
        before = self.subject_before(tokens, verb, text)
        if before is not None:
            return before
        return self.subject_after(tokens, verb + 1, text)

    def clause_subject(self, tokens: Sequence[Token], text: str) -> Phrase | None:
        """The subject of the first main clause of ``tokens`` that names someone who can speak
        ("Dagegen wehrt sich nun Schleiden, …", "General Roth hat … erlassen")."""
        i = max(_after_dateline(tokens), self._after_label(tokens))
        while i < len(tokens) and (
            tokens[i].text in PUNCTUATION or tokens[i].low in self.language.clause_openers
        ):
            i += 1
        start = i
        i = self._skip_adverbials(tokens, i, len(tokens), text)
        phrase = self._phrase(tokens, i, text) if i == start or not self.lex.german else None
        if phrase is not None and self._opens_verb_first(tokens, phrase):
            phrase = None  # "Erschien ein Besucher, …": a verb first, no name
        if phrase is not None and not self.lex.oblique(phrase, tokens):
            named = self._opening_apposition(tokens, phrase, text)
            if named is not None:
                return named
            if not self.lex.speaker_like(phrase):
                return None
            return phrase
        if not self.lex.german:
            return None
        # German verb second: after an adverb or an object, the subject follows the verb.
        verb = i if phrase is None else phrase.end
        while verb < len(tokens) and not self._finite_verb(tokens[verb]):
            if tokens[verb].text in PUNCTUATION:
                return None
            verb += 1
        return self.subject_after(tokens, verb + 1, text, strict=True)

    def _after_label(self, tokens: Sequence[Token]) -> int:
        """The index after a label opening the sentence ("Frage:", "P.", "Budget :"), or 0."""
        for i, token in enumerate(tokens[:_LABEL_TOKENS]):
            if token.text == ":" and i > 0 and i + 1 < len(tokens):
                # "Budget :", "Fermeture de classe :": a headline's label, not a clause.
                before = tokens[:i]
                if not any(t.low in self.reporting or t.text in PUNCTUATION for t in before):
                    return i + 1
        if tokens and tokens[0].low.rstrip(".") in self.language.turn_labels:
            return 2 if len(tokens) > 1 and tokens[1].text == "." else 1
        return 0

    def _opens_verb_first(self, tokens: Sequence[Token], phrase: Phrase) -> bool:
        """A one-word "name" opening a German sentence and followed by a determiner or a
        pronoun is a verb ("Erschien ein Besucher", "Sagte er das?")."""
        if not self.lex.german or phrase.kind != "name" or phrase.end - phrase.start != 1:
            return False
        if phrase.end >= len(tokens):
            return False
        following = tokens[phrase.end].low
        return following in self.lex.determiners or following in self.lex.pronouns

    def _opening_apposition(
        self, tokens: Sequence[Token], phrase: Phrase, text: str
    ) -> Phrase | None:
        """The name after a description or a lone noun that opens the sentence: "Le maire de la
        ville, Benoît Payan, estime" · "Éleveuse de chèvres dans le Gers, Mathilde Roussel a
        perdu" · "Ihre Sprecherin, Deniz Aydın, sagte"."""
        if phrase.kind == "name" and (phrase.end - phrase.start > 1 or self.lex.german):
            return None
        k = phrase.end
        while k < len(tokens) and k - phrase.end < _APPOSITION_REACH:
            token = tokens[k]
            if token.text == ",":
                break
            if token.text in PUNCTUATION or (
                self._finite_verb(token)
                and (token.low in self.reporting or token.low in self.language.auxiliaries)
            ):
                return None
            k += 1
        if k >= len(tokens) or tokens[k].text != ",":
            return None
        named = self._phrase(tokens, k + 1, text)
        if named is None or named.kind != "name":
            return None
        return named

    def _finite_verb(self, token: Token) -> bool:
        """A word that can be the finite verb: lower case and no closed-class word (German)."""
        low = token.low
        if low in self.language.auxiliaries and low not in self.lex.function:
            return True
        return (
            token.text[:1].islower()
            and low not in self.lex.function
            and token.text not in PUNCTUATION
        )

    # -- cues around a quotation ----------------------------------------------------------------

    def _cue(self, phrase: Phrase, verb: str, start: int) -> Cue:
        return Cue(phrase.text, verb, start)

    def cue_after(self, following: str, ends_open: bool) -> Cue | None:
        """„…“, sagte der Minister · „…“, nickte Brandt · „…“, so der Sprecher · « … »,
        a-t-il ajouté · « … », sourit la ministre · «…», dijo · —dijo el ministro—."""
        return self._cue_after(following, ends_open, after_quote=True)

    def _cue_after(self, following: str, ends_open: bool, *, after_quote: bool) -> Cue | None:
        """See ``cue_after``; right after a quotation (``after_quote``) the noun phrase after a
        speech verb is its subject (the quotation is the object), elsewhere only one that can
        speak is ("…, a annoncé mardi un renfort" is no attribution)."""
        tokens = self.lex.tokens(following[:200])
        i = 0
        comma = False
        while i < len(tokens) and tokens[i].text in ",—–":
            comma = True
            i += 1
        if i >= len(tokens):
            return None
        first = tokens[i]
        if first.low in self.language.so_words and first.text[:1].islower():
            return self._so_cue(tokens, i, following)
        if first.low in self.language.as_words and first.text[:1].islower():
            return self._as_cue(tokens, i, following)
        if first.text[:1].isupper() or first.text in PUNCTUATION:
            return None
        french = inversion(first.text)
        if french is not None:
            return self._inverted_cue(tokens, i, french, following)
        if first.low in self.language.reflexives or first.low in ("s'", "s’"):
            i += 1  # "s'est félicité", "se quejó"
        elif (
            first.low in self.language.clitics
            and i + 1 < len(tokens)
            and (self._finite_verb(tokens[i + 1]))
        ):
            i += 1  # "—le preguntaron los periodistas", "lui a répondu X"
        if i < len(tokens) and tokens[i].low in self.language.auxiliaries:
            aux = tokens[i]
            french = inversion(tokens[i + 1].text) if i + 1 < len(tokens) else None
            if french is not None or inversion(aux.text) is not None:
                return self._inverted_cue(tokens, i, inversion(aux.text) or ("", ""), following)
            i += 1
        if i >= len(tokens):
            return None
        verb = tokens[i]
        if verb.text[:1].isupper() or verb.low in self.lex.function or verb.text in PUNCTUATION:
            return None
        french = inversion(verb.text)
        if french is not None:
            return self._inverted_cue(tokens, i, french, following)
        if verb.low in self.language.impersonal_cues:
            # „…“, heißt es in der Erklärung · „…“, hieß es aus der Behörde
            source = self._impersonal_source(tokens, i, following)
            return Cue(source, verb.text, verb.start) if source else None
        speech = verb.low in self.speech or verb.low in self.language.manner_verbs
        if not speech and not after_quote:
            return None  # any verb inverts only right after a quotation
        subject = self.subject_after(
            tokens, i + 1, following, strict=not (speech and after_quote), apposition=False
        )
        if subject is not None:
            if not speech and not (comma or ends_open):
                return None  # „Das Boot“ läuft heute: a title as the subject, no attribution
            if not speech and subject.start > i + 2:
                return None  # any verb inverts only with its subject right after it
            # "…", a réagi le président de l'AMF, Philippe Laurent: the name stands for him.
            return self._cue(self._apposition(tokens, subject, following), verb.text, verb.start)
        if speech and self.language.drops_subject and (after_quote or self._ends(tokens, i + 1)):
            # «…», lamentó · "…, dijo." (not "…, criticó la falta de medios": an object)
            return Cue(self._zero(verb.low), verb.text, verb.start)
        return None

    def _zero(self, verb: str) -> str:
        """The dropped subject of ``verb``: plural when its ending is ("dijeron", "aseguran")."""
        plural = verb.endswith(self.language.plural_verb_endings) if verb else False
        if plural and self.language.plural_verb_endings:
            return ZERO_PLURAL
        if verb and self.language.gendered_past:
            # Czech writes the gender on its past tense: "řekl" is a man, "řekla" a woman.
            if verb.endswith("la"):
                return ZERO_FEMALE
            if verb.endswith("l"):
                return ZERO_MALE
        return ZERO

    def _ends(self, tokens: Sequence[Token], i: int) -> bool:
        """Nothing but adverbs and prepositional phrases from ``i`` to the end of the clause."""
        while i < len(tokens):
            token = tokens[i]
            if token.text in PUNCTUATION:
                return True
            if token.low in _AND and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper():
                i += 2  # "la Junta de Castilla y León": a name that goes on
            elif token.low in self.language.prepositions:
                i = self._skip_pp(tokens, i, "")
            elif token.low in self.lex.function or token.low in self.language.time_words:
                i += 1
            elif self.lex.is_participle(token.text):
                i += 1  # "selon le rapport publié mardi par l'Insee": the noun's participle
            else:
                return False
        return True

    def _inverted_cue(
        self, tokens: Sequence[Token], i: int, french: tuple[str, str], text: str
    ) -> Cue | None:
        """« … », dit-il · « … », a-t-elle ajouté · « … », poursuit-on (nobody in particular)."""
        verb, pronoun = french
        if not pronoun:
            return None
        if pronoun == "on":
            return None
        participle = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if verb.lower() in self.language.auxiliaries and participle[:1].islower():
            verb = participle
        return Cue(pronoun, verb, tokens[i].start)

    def _so_cue(self, tokens: Sequence[Token], i: int, text: str) -> Cue | None:
        """„…“, so der Minister · so Merkel · so fuhr Frau Wolter fort · so berichtet X."""
        word = tokens[i]
        j = i + 1
        if j < len(tokens) and self._finite_verb(tokens[j]):
            # "so führt der genannte Gelehrte aus": whoever follows the verb is its subject.
            subject = self.subject_after(tokens, j + 1, text, strict=False)
            return self._cue(subject, tokens[j].text, tokens[j].start) if subject else None
        subject = self._phrase(tokens, j, text)
        if subject is None or not self.lex.speaker_like(subject):
            return None
        return self._cue(subject, word.text, word.start)

    def _as_cue(self, tokens: Sequence[Token], i: int, text: str) -> Cue | None:
        """„…“, wie der Minister betonte · « … », comme l'a rappelé le ministre · “…”, como
        dijo Sánchez: the speech verb of the clause the word opens, and its subject."""
        for j in range(i + 1, min(len(tokens), i + _AS_REACH)):
            token = tokens[j]
            if token.text in PUNCTUATION and token.text != ",":
                return None
            french = inversion(token.text)
            verb = french[0].lower() if french else token.low
            if verb in self.speech and token.text[:1].islower():
                if french is not None:
                    return Cue(french[1], french[0], token.start) if french[1] != "on" else None
                subject = self.verb_subject(tokens, j, text)
                return self._cue(subject, token.text, token.start) if subject else None
        return None

    def closing_cue(self, following: str) -> Cue | None:
        """An attribution that is a sentence of its own right after a quotation: "Soweit
        Struve." · "So der Minister." (German)."""
        sentence = following.lstrip()
        tokens = self.lex.tokens(sentence[:120])
        if not tokens or tokens[0].low not in self.language.so_words:
            return None
        if not tokens[0].text[:1].isupper():
            return None
        subject = self._phrase(tokens, 1, sentence)
        if subject is None or subject.end >= len(tokens) or tokens[subject.end].text != ".":
            return None
        if not self.lex.speaker_like(subject):
            return None
        offset = len(following) - len(sentence)
        return Cue(subject.text, tokens[0].text, offset + tokens[0].start)

    def cue_before(self, left: str) -> Cue | None:
        """The attribution in the sentence before a quotation: its last speech cue, else (when
        it ends with a colon or announces the quotation: "folgendes") its subject."""
        cues = self.all_cues(left)
        if cues:
            return cues[-1]
        tokens = self.lex.tokens(left)
        colon = bool(tokens) and tokens[-1].text == ":"
        announces = any(t.low in self.language.cataphora for t in tokens)
        if not (colon or announces):
            return None
        owned = self._owner_of_words(tokens, left) if colon else None
        if owned is not None:
            # Named as the owner of the words: as sure as a speech verb (the noun is the cue).
            noun, owner = owned
            return Cue(owner.text, noun.text, tokens[owner.start].start)
        subject = self.clause_subject(tokens, left)
        if subject is None:
            return None
        return Cue(subject.text, ":", tokens[subject.start].start)

    def _owner_of_words(self, tokens: Sequence[Token], text: str) -> tuple[Token, Phrase] | None:
        """Whose words a colon introduces: "(im Vertrauen auf) die Worte Goethes:", "die Worte
        des Ministers:", "les paroles du ministre :" -> the owner after the noun, which ends
        the clause at the colon."""
        end = len(tokens) - 1
        for j in range(end - 1, max(-1, end - _OWNER_REACH), -1):
            if tokens[j].low not in self.language.speech_nouns:
                continue
            for k in (j + 1, j + 2):
                owner = self._phrase(tokens, k, text)
                if owner is not None and owner.end == end and self._may_own(owner):
                    return tokens[j], owner
            return None
        return None

    def _may_own(self, phrase: Phrase) -> bool:
        """A speaker, also in the genitive ("des alten Bürgermeisters")."""
        if phrase.kind == "pronoun":
            return False
        if self.lex.speaker_like(phrase):
            return True
        head = phrase.head
        return phrase.determiner in self.language.genitive_determiners and (
            self.lex.can_speak(head.removesuffix("s")) or self.lex.can_speak(head[:-2])
        )

    def sentence_subject(self, text: str) -> str | None:
        """The subject of the sentence ``text`` opens, when it names someone who can speak."""
        subject = self.clause_subject(self.lex.tokens(text[:300]), text)
        return subject.text if subject is not None else None

    def all_cues(self, text: str) -> list[Cue]:
        """Every speech cue of ``text`` with its speaker: speech verbs with their subjects,
        "laut X", "X zufolge", "selon X", "heißt es in der Erklärung"."""
        tokens = self.lex.tokens(text)
        found = [cue for cue, _ in self._according(tokens, text)]
        for index, token in enumerate(tokens):
            low = token.low
            french = inversion(token.text)
            if (
                french is not None
                and french[0].lower() in self.reporting | self.language.auxiliaries
            ):
                if french[1] != "on":
                    found.append(Cue(french[1], french[0], token.start))
                continue
            if low in self.language.impersonal_cues and token.text[:1].islower():
                source = self._impersonal_source(tokens, index, text)
                if source is not None:
                    found.append(Cue(source, token.text, token.start))
                continue
            if low not in self.reporting or not token.text[:1].islower():
                continue
            subject = self._agent(tokens, index, text) or self.verb_subject(tokens, index, text)
            if subject is None and index > 0 and tokens[index - 1].low in _AND:
                # "Kleist blickte sich um … und erwiderte": the verbs share the subject.
                subject = self._shared_subject(tokens, index - 1, text)
            if subject is not None:
                found.append(self._cue(subject, token.text, token.start))
            elif self.language.drops_subject and low in self.speech:
                found.append(Cue(self._zero(low), token.text, token.start))
        found.sort(key=lambda cue: cue.start)
        return found

    def _agent(self, tokens: Sequence[Token], verb: int, text: str) -> Phrase | None:
        """The speaker of a speech verb in the passive: its agent ("wurde von einem Sprecher
        bestätigt", "a été annoncé par le ministère", "fue confirmado por la policía")."""
        language = self.language
        if not language.passive_auxiliaries:
            return None
        start = self._clause_start(tokens, verb)
        clause = range(start, min(len(tokens), verb + _AGENT_REACH))
        if not any(tokens[k].low in language.passive_auxiliaries for k in clause):
            return None
        for k in clause:
            if tokens[k].text in _BOUNDARIES or (k > verb and tokens[k].text == ","):
                break
            if tokens[k].low in language.agent_prepositions:
                agent = self._phrase(tokens, k + 1, text)
                if agent is not None and self.lex.speaker_like(agent):
                    return agent
        return None

    def _shared_subject(
        self, tokens: Sequence[Token], conjunction: int, text: str
    ) -> Phrase | None:
        """The subject of the clause before "und"/"et"/"y": a personal pronoun in it ("so
        streckte er den Kopf hervor … und fragte"), else the sentence's subject ("Kleist blickte
        sich um … und erwiderte")."""
        for j in range(conjunction - 1, max(-1, conjunction - _SHARED_REACH), -1):
            token = tokens[j]
            if token.text in _BOUNDARIES:
                break
            if token.low in self.lex.pronouns and token.low not in _FIRST_PERSON:
                return self._phrase(tokens, j, text)
        return self.clause_subject(tokens[:conjunction], text)

    def _impersonal_source(self, tokens: Sequence[Token], index: int, text: str) -> str | None:
        """ "heißt es in der Erklärung des Ministeriums": the document (or its author)."""
        following = tokens[index + 1 : index + 3]
        if not following or following[0].low != "es":
            return None
        after = index + 2
        while (
            after < len(tokens)
            and tokens[after].low in self.lex.function
            and (tokens[after].low not in _SOURCE_PREPOSITIONS)
        ):
            after += 1  # "hieß es dazu aus der Behörde"
        if after < len(tokens) and tokens[after].low in _SOURCE_PREPOSITIONS:
            # "heißt es in der Erklärung des Ministeriums", "hieß es aus der Behörde"
            return self._document_source(tokens, after + 1, text)
        start = self._clause_start(tokens, index)
        if start < index and tokens[start].low in ("in", "im"):
            # "In der Stellungnahme des Rechnungshofs heißt es"
            return self._document_source(tokens, start + 1, text)
        return None

    def _document_source(self, tokens: Sequence[Token], i: int, text: str) -> str | None:
        """The author of a document ("der Stellungnahme des Rechnungshofs" -> "des
        Rechnungshofs"), or the document when it names none."""
        document = self._phrase(tokens, i, text)
        if document is None or document.kind != "description":
            return None
        for j in range(document.start + 1, document.end):
            if tokens[j].low in self.language.genitive_determiners:
                author = self._phrase(tokens, j, text)
                if author is not None:
                    return author.text
        return document.text

    def _according(self, tokens: Sequence[Token], text: str) -> list[tuple[Cue, int]]:
        """ "laut X", "nach Angaben von X", "selon X", "según X" (the source after the words)
        and "X zufolge" (before): each cue with the token index where its source ends."""
        found: list[tuple[Cue, int]] = []
        lows = [t.low for t in tokens]
        index = 0
        while index < len(tokens):
            if lows[index] not in self.according_first and lows[index] != "nach":
                index += 1
                continue
            at = self._according_words(lows, index)
            if at is None:
                index += 1
                continue
            source = self._phrase(tokens, at, text) or self.lex.bare_description(tokens, at, text)
            cue, end = self._according_source(tokens, index, at, source, text)
            if cue is not None:
                found.append((cue, end))
            index = max(end, index + 1)
        for index, low in enumerate(lows):
            if low in self.language.according_after:
                start = self._clause_start(tokens, index)
                start = self._skip_adverbials(tokens, start, index, text)
                source = self._phrase(tokens, start, text)
                if source is not None and source.end == index:
                    found.append(
                        (Cue(source.text, tokens[index].text, tokens[start].start), index + 1)
                    )
        return found

    def _past_modifiers(self, tokens: Sequence[Token], source: Phrase) -> int:
        """Where the source of "selon …" / "según …" ends: past the words that qualify it up to
        the comma before what it says ("D'après un sondage publié mardi, 54 % des Français …").
        German puts the verb right after "laut X" and no comma: the phrase's end."""
        end = source.end
        if self.lex.german or self.lex.code == "cs":
            return end
        for k in range(end, min(len(tokens), end + _SOURCE_MODIFIER_TOKENS)):
            text = tokens[k].text
            if text == ",":
                return k + 1 if k > end else end
            if text in PUNCTUATION or tokens[k].low in self.reporting:
                break
        return end

    def _according_words(self, lows: Sequence[str], index: int) -> int | None:
        """The index after "laut", "selon", "según", "de acuerdo con" or "nach (ersten)
        Erkenntnissen/Angaben (der|von)" at ``index``; None when none opens there."""
        low = lows[index]
        if low in self.according_first:
            for words in self.according:
                if tuple(lows[index : index + len(words)]) == words:
                    return index + len(words)
        if low != "nach" or not self.language.according_nouns:
            return None
        for noun in range(index + 1, min(len(lows), index + 3)):
            if lows[noun] in self.language.according_nouns:
                return noun + 2 if noun + 1 < len(lows) and lows[noun + 1] == "von" else noun + 1
        return None

    def _according_source(
        self, tokens: Sequence[Token], index: int, at: int, source: Phrase | None, text: str
    ) -> tuple[Cue | None, int]:
        """The cue of "laut X" / "selon X" opening at ``index`` (its words end at ``at``) and
        where its source ends: the noun phrase after the words, the pronoun a possessive stands
        for ("nach seiner Einschätzung"), or the subject of a verb after them ("según informó
        la Junta", "Según explicó, …" with the subject dropped)."""
        word = tokens[index]
        if source is not None:
            return Cue(source.text, word.text, word.start), self._past_modifiers(tokens, source)
        for owner in tokens[index + 1 : at]:
            pronoun = self.language.possessives.get(owner.low)
            if pronoun:
                return Cue(pronoun, word.text, word.start), at
        if at < len(tokens) and tokens[at].low in self.speech:
            subject = self.subject_after(tokens, at + 1, text)
            if subject is not None:
                return Cue(subject.text, word.text, word.start), subject.end
            if self.language.drops_subject:
                return Cue(self._zero(tokens[at].low), word.text, word.start), at + 1
        return None, at

    # -- reported speech ------------------------------------------------------------------------

    def _report(
        self, sentence: str, speaker: str, verb: str, start: int, end: int
    ) -> tuple[str, str, int, int] | None:
        """A report when its clause has enough words, trimmed of spaces and closing
        punctuation."""
        while start < end and (sentence[start].isspace() or sentence[start] in ",:"):
            start += 1
        while end > start and (sentence[end - 1].isspace() or sentence[end - 1] in ".,;:!?"):
            end -= 1
        if len(sentence[start:end].split()) < _REPORT_MIN_WORDS.get(self.language.code, 3):
            return None
        return speaker, verb, start, end

    def reported(self, sentence: str) -> list[tuple[str, str, int, int]]:
        """The reported statements of one sentence (quotations blanked out): (speaker phrase,
        cue, start, end) of each clause. The speaker phrase is ``CONTINUES`` for a sentence in
        Konjunktiv I without a cue of its own."""
        tokens = self.lex.tokens(sentence)
        if not tokens:
            return []
        trailing = self._trailing_report(tokens, sentence)
        if trailing is not None:
            return [trailing]
        opening_as = self._as_report(tokens, sentence)
        if opening_as is not None:
            return [opening_as]
        for cue, source_end in self._according(tokens, sentence):
            report = self._according_report(tokens, sentence, cue, source_end)
            if report is not None:
                return [report]
        opinion = self._opinion_report(tokens, sentence)
        if opinion is not None:
            return [opinion]
        for cue in self.all_cues(sentence):
            verb = cue.verb.lower()
            if (
                verb not in self.reporting
                and verb not in self.language.impersonal_cues
                and (inversion(cue.verb) is None)
            ):
                continue
            report = self._clause_after(tokens, sentence, cue)
            if report is not None:
                return [report]
        if self._in_reported_mood(self._main_clause(tokens)):
            # "Er sei bereit, …": the pronoun is the source; any other subject ("Die Lage sei
            # ernst") is what the source of the sentence before says.
            pronoun = tokens[0].low in self.lex.pronouns
            source = tokens[0].text if pronoun else CONTINUES
            report = self._report(sentence, source, "", tokens[0].start, len(sentence))
            return [report] if report is not None else []
        return []

    def _trailing_report(
        self, tokens: Sequence[Token], sentence: str
    ) -> tuple[str, str, int, int] | None:
        """ "…, sagte X." · "…, so der Minister." · "…, a déclaré X." · "…, dijo X.": the clause
        before the sentence's last comma, attributed by the words after it."""
        commas = [i for i, t in enumerate(tokens) if t.text == ","]
        if (
            len(commas) > 1
            and commas[-1] + 1 < len(tokens)
            and tokens[commas[-1] + 1].low in self.language.relative_pronouns
        ):
            # "…, a annoncé mardi la SNCF, qui prévoit un TGV sur deux.": the relative clause
            # after the attribution tells more of its source.
            tokens = tokens[: commas[-1]]
            commas = commas[:-1]
        if not commas:
            return None
        last = commas[-1]
        if any(t.low in self.openers for t in tokens[last:]):
            return None  # ", sagte er, dass …": the clause follows the cue
        cue = None
        if len(tokens) - last <= 14:
            cue = self._cue_after(sentence[tokens[last].start :], True, after_quote=False)
        if (
            cue is None
            and len(commas) > 1
            and last + 1 < len(tokens)
            and tokens[last + 1].low in self.language.prepositions
            and len(tokens) - last <= 30
            and last - commas[-2] <= 14
        ):
            # "…, a annoncé mardi la SNCF, à la veille d'une grève.": the attribution before a
            # phrase that tells when, where or why, its subject closing it (not "…, Laurent
            # Castagné, a annoncé mardi l'envoi de policiers à Marseille, après …": an object).
            end = tokens[last].start
            last = commas[-2]
            incise = sentence[tokens[last].start : end].rstrip()
            cue = self._cue_after(incise, True, after_quote=False)
            if cue is not None and not incise.endswith(cue.speaker):
                cue = None
        if cue is None:
            return None
        content_end = tokens[last].start
        if any(t.text == QUOTE for t in tokens if t.start < content_end):
            return None  # the quotation itself is the statement
        return self._report(sentence, cue.speaker, cue.verb, tokens[0].start, content_end)

    def _according_report(
        self, tokens: Sequence[Token], sentence: str, cue: Cue, source_end: int
    ) -> tuple[str, str, int, int] | None:
        """ "Laut Polizei wurden drei Menschen verletzt." · "Selon la préfecture, …" · "…, selon
        la police." · "Dem Bericht zufolge …"."""
        at = next(i for i, t in enumerate(tokens) if t.start >= cue.start)
        if at <= 1:
            start = source_end
            while start < len(tokens) and tokens[start].text == ",":
                start += 1
            if start >= len(tokens):
                return None
            begin = tokens[start].start
            if tokens[start - 1].text == ",":
                # From right after the comma: numbers are no tokens ("…, 54 % des Français").
                begin = tokens[start - 1].start + 1
                while begin < len(sentence) and sentence[begin].isspace():
                    begin += 1
            return self._report(sentence, cue.speaker, cue.verb, begin, len(sentence))
        previous = tokens[at - 1]
        if any(
            tokens[k].low in self.reporting
            and (
                tokens[k + 1].low in self.openers or (self.lex.german and tokens[k + 1].text == ",")
            )
            for k in range(at - 2)
        ):
            # "El presidente aseguró que no dimitirá, según informó Efe": the clause reports
            # its own speaker; the agency only passed it on.
            return None
        if previous.text == "," and self._ends(tokens, source_end):
            return self._report(sentence, cue.speaker, cue.verb, tokens[0].start, previous.start)
        if self.lex.code == "cs" and previous.text not in PUNCTUATION and source_end < len(tokens):
            # "Situace je podle ní nejhorší na interně.", "Trest je podle ní přiměřený.": the
            # sentence around its source is what is said.
            return self._report(sentence, cue.speaker, cue.verb, tokens[0].start, len(sentence))
        return None

    def _as_report(
        self, tokens: Sequence[Token], sentence: str
    ) -> tuple[str, str, int, int] | None:
        """ "Jak uvedla mluvčí X, úřad nabízí …" · "Wie der Minister sagte, …" · "Comme l'a
        rappelé le ministre, …" · "Como dijo Sánchez, …": the clause after the comma."""
        if not tokens or tokens[0].low not in self.language.as_words:
            return None
        cue = self._as_cue(tokens, 0, sentence)
        if cue is None:
            return None
        comma = next(
            (k for k, t in enumerate(tokens) if t.start > cue.start and t.text == ","), None
        )
        if comma is None or comma > _AS_REACH + 8 or comma + 1 >= len(tokens):
            return None
        return self._report(sentence, cue.speaker, cue.verb, tokens[comma + 1].start, len(sentence))

    def _opinion_report(
        self, tokens: Sequence[Token], sentence: str
    ) -> tuple[str, str, int, int] | None:
        """ "Pour le maire, ces annonces sont insuffisantes." · "Para la ministra, …": an opinion
        attributed by a preposition opening the sentence, when a speaker follows it."""
        if not tokens or tokens[0].low not in _OPINION.get(self.language.code, ()):
            return None
        source = self._phrase(tokens, 1, sentence)
        if source is None or not self.lex.speaker_like(source) or source.kind == "pronoun":
            return None
        if source.end >= len(tokens) or tokens[source.end].text != ",":
            return None
        start = tokens[source.end].end
        apposed = self._apposition_after(tokens, source.end + 1, sentence)
        if apposed is not None:
            # "Pour Sophie Marchand, présidente de l'association des usagers, ce mouvement …":
            # the opinion begins after the description set off after the name.
            start = tokens[apposed].end
        return self._report(sentence, source.text, tokens[0].text, start, len(sentence))

    def _apposition_after(self, tokens: Sequence[Token], i: int, sentence: str) -> int | None:
        """The index of the comma that closes a description set off at ``i`` after a name (a
        noun for a person, then its complements: "présidente de l'association des usagers du
        rail,"), else None."""
        if i >= len(tokens) or not self._person_word(tokens[i]):
            return None
        for k in range(i + 1, min(len(tokens), i + 12)):
            if tokens[k].text == ",":
                return k
            if tokens[k].text in PUNCTUATION or tokens[k].low in self.language.clause_openers:
                return None
        return None

    def _clause_after(
        self, tokens: Sequence[Token], sentence: str, cue: Cue
    ) -> tuple[str, str, int, int] | None:
        """The clause a speech verb introduces: "dass …", "que …", or (German) ", er sei …"."""
        verb = next(i for i, t in enumerate(tokens) if t.start >= cue.start)
        for i in range(verb + 1, len(tokens)):
            token = tokens[i]
            if token.start - cue.start > _OPENER_REACH or token.text in (":", QUOTE):
                return None
            if token.low in self.openers:
                if i + 1 >= len(tokens):
                    return None
                if not self.lex.german and self._relative(tokens, verb, i, sentence):
                    return None  # "lamentó Montse Puig, que cultiva …": a relative clause
                end = self._before_trailing_source(tokens, i + 1, len(sentence))
                return self._report(sentence, cue.speaker, cue.verb, tokens[i + 1].start, end)
            if token.text == "," and self.lex.german:
                rest = tokens[i + 1 :]
                if not rest or rest[0].low in self.language.clause_openers:
                    continue  # "sagte, dass …" (the opener is next) or "sagte, als …"
                if self._in_reported_mood(rest[:8]) or i == verb + 1:
                    # "Er sagte, er sei bereit" · "Sie erklärte am Montag, die Lage sei ernst" ·
                    # "Viele Händler sagen, die Parkplätze fehlen".
                    end = self._before_trailing_source(tokens, i + 1, len(sentence))
                    return self._report(sentence, cue.speaker, cue.verb, rest[0].start, end)
        return None

    def _before_trailing_source(self, tokens: Sequence[Token], start: int, end: int) -> int:
        """Where a clause from ``start`` ends when a source closes the sentence after a comma
        ("…, según informó Efe", "…, laut Polizei"): at that comma; else at ``end``."""
        lows = [t.low for t in tokens]
        for i in range(len(tokens) - 2, start, -1):
            if tokens[i].text == "," and self._according_words(lows, i + 1) is not None:
                return tokens[i].start
        return end

    def _main_clause(self, tokens: Sequence[Token]) -> Sequence[Token]:
        """The words of a sentence up to its first comma or clause opener: the Konjunktiv of
        "…, was das Zeichen bedeuten solle" is the subordinate clause's, not the sentence's."""
        for i, token in enumerate(tokens):
            if i and (token.text in ",;:" or token.low in self.language.clause_openers):
                return tokens[:i]
        return tokens

    def _relative(self, tokens: Sequence[Token], verb: int, opener: int, text: str) -> bool:
        """French and Spanish "que" after a comma and a noun phrase opens a relative clause
        ("lamentó Montse Puig, que cultiva …"); after an inserted adverbial it opens what was
        said ("reconoció, sin embargo, que …")."""
        if tokens[opener - 1].text != ",":
            return False
        i = verb + 1
        while i < opener - 1:
            phrase = self._phrase(tokens, i, text)
            if phrase is not None and phrase.kind != "pronoun":
                return True
            i = phrase.end if phrase is not None else i + 1
        return False

    def _in_reported_mood(self, tokens: Sequence[Token]) -> bool:
        """A German clause in Konjunktiv I ("sei", "habe", "werde" as its verb); not the idioms
        "es sei denn" and "wie dem auch sei"."""
        mood = self.language.reported_mood
        if not mood:
            return False
        for i, token in enumerate(tokens):
            if token.text == QUOTE:
                return False
            if token.low in mood and token.text[:1].islower():
                before = tokens[i - 1].low if i else ""
                after = tokens[i + 1].low if i + 1 < len(tokens) else ""
                return after not in ("denn", "dank") and before not in ("auch", "ich")
        return False

    # -- titles -------------------------------------------------------------------------------

    def names_a_work(self, left: str, quoted: str) -> bool:
        """„…“ in a noun's place, opening with a capital: right after a determiner, a
        preposition or a noun with nothing between ("die „Kreuzzeitung“", "im „Hirschen“", "das
        Singspiel „Der Vogelhändler“", "le journal « Le Monde »", "el diario «El País»"); not
        after a verb or punctuation ("sagte: „…“")."""
        words = quoted.strip(" \u00a0")
        if not words[:1].isupper() or not left[-1:].isspace():
            return False
        tokens = self.lex.tokens(left[-80:])
        if (
            len(tokens) >= 2
            and tokens[-1].text == ":"
            and self._work_noun(tokens[-2])
            and not any(t.low in self.reporting for t in tokens[:-2])
        ):
            # "sein Singspiel: „…“", "unter der Adresse: „…“" (but "schrieb in seinem Buch:
            # „…“" quotes the book)
            return True
        if not tokens or tokens[-1].text in PUNCTUATION:
            return False
        last = tokens[-1]
        low = last.low
        if self._work_noun(last):
            return True  # "betitelt „…“"
        if self._governed_by_speech(tokens):
            return False  # "sprach von einem „Weckruf“": what was said
        if low in self.lex.determiners or low in self.language.prepositions:
            return True
        if low in self.reporting or low in self.language.auxiliaries or low in self.lex.function:
            return False
        if self.lex.german:
            return last.text[:1].isupper()  # a noun: "Zeitschrift „Europa“"
        return last.text[:1].islower() and inversion(last.text) is None

    def _work_noun(self, token: Token) -> bool:
        """A word naming a work or an address by its title; in German also a compound ending
        in one ("Spectakelstück", "Lieblingsbuch")."""
        low = token.low
        if low in self.language.work_nouns:
            return True
        return self.lex.german and any(
            low.endswith(noun) and len(low) > len(noun) + 2 and token.text[:1].isupper()
            for noun in self.language.work_nouns
            if len(noun) >= 4
        )

    def _governed_by_speech(self, tokens: Sequence[Token]) -> bool:
        """A speech or reporting verb a few words back, with only a determiner, adverbs and a
        preposition of content between ("sprach dagegen von einem", "a parlé d'une",
        "calificó el anuncio de")."""
        window = tokens[-_GOVERNING_REACH:]
        for index in range(len(window) - 1, -1, -1):
            token = window[index]
            low = token.low
            if low in self.reporting:
                return True
            if token.text in PUNCTUATION:
                return False
            if low in self.language.prepositions and low not in _CONTENT_PREPOSITIONS:
                return False  # "schrieb in seiner „…“": where, not what
            object_noun = index > 0 and window[index - 1].low in self.lex.determiners
            if not (
                low in self.lex.determiners
                or low in _CONTENT_PREPOSITIONS
                or token.text[:1].islower()
                or object_noun  # "nannte den Plan „Unsinn“": the object, then what it was called
            ):
                return False
        return False

    # -- cue words ------------------------------------------------------------------------------

    def has_cue(self, text: str) -> bool:
        """A speech verb or an "according to" phrase in ``text``."""
        tokens = self.lex.tokens(text)
        for index, token in enumerate(tokens):
            french = inversion(token.text)
            verb = french[0].lower() if french else token.low
            if verb in self.speech and token.text[:1].islower():
                return True
            impersonal = verb in self.language.impersonal_cues and index + 1 < len(tokens)
            if impersonal and tokens[index + 1].low == "es":
                return True  # "heißt es: „…“"
        return bool(self._according(tokens, text))

    def reports_speech(self, text: str) -> bool:
        return any(t.low in self.reporting for t in self.lex.tokens(text))


_CLAUSE_OPENERS = {
    "de": ("dass", "daß"),
    "fr": ("que", "qu'", "qu’"),
    "es": ("que",),
    "cs": ("že",),
}
_OPINION = {"fr": ("pour",), "es": ("para",)}


def _genitive_name(phrase: Phrase) -> bool:
    """ "Dr. Kopp’s", "Merkel's": a name in the genitive, no subject."""
    return phrase.kind == "name" and phrase.text.endswith(("’s", "'s"))


def _after_dateline(tokens: Sequence[Token]) -> int:
    """The index after a wire dateline ("Berlin (dpa) -", "PARIS (AFP) –", "MADRID (EFE).-",
    "ÁVILA, 12 Jul. (EUROPA PRESS) -"; the agency may have been blanked out with other short
    parentheses), or 0 when the sentence opens with none: a dash after capitalised words."""
    for i, token in enumerate(tokens[:_DATELINE_TOKENS]):
        if token.text in "—–" and i > 0:
            return i + 1
        if token.text not in ",./()" and not token.text[:1].isupper():
            return 0
    return 0
