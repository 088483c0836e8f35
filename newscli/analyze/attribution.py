"""Who says something: the subject of a speech verb next to a quote or a reported clause.

The functions here return the speaker phrase as the article writes it ("he", "Okafor", "a council
spokesperson", "Kremlin spokesperson Dmitry Peskov"); ``names.NameIndex`` and pronoun resolution
turn it into the name that is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newscli.analyze.marks import double_apostrophes
from newscli.analyze.names import (
    NAME_ABBREVIATIONS,
    ORG_WORDS,
    PRONOUNS,
    TITLES,
    is_organisation,
    wordset,
)
from newscli.lang.registry import resources

_EN = resources("en")
PARTICIPLES = _EN.participles
SPEECH_VERBS = _EN.speech_verbs
CUE_VERBS = _EN.speech_verbs | _EN.reporting_verbs | PARTICIPLES | {"say", "according"}
_VERB_ALT = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))

# Words that may stand between a speaker and its verb ("Holt also said", "he had previously told").
_AUXILIARIES = _EN.auxiliaries
_DETERMINERS = _EN.determiners
_STOP = wordset(
    """
    and or but that which who whom whose to of in on at for with by from as than if when while
    not no is was are were be been being has have had it this there what how why because so
    """
)
_TIME_WORDS = _EN.time_words
_NOT_OPENING_NAME = wordset(
    """
    in on at after before during when while asked since for but and yet so still however
    meanwhile instead indeed also then now later earlier today yesterday
    """
)
# Particles inside a person's name: "Pieter van der Merwe", "Abu Bakr al Baghdadi".
_NAME_PARTICLES = wordset("of de van von al der den da di du la le bin ibn dos das del")
# A party and state after a name: "Sen. Harriet Lockwood, R-Idaho, said".
_PARTY_TAG = re.compile(r"[A-Z]-[A-Z][\w.\u2024]*")
# Small words inside a name: "Securities and Exchange Commission", "Department for Education".
_NAME_JOINERS = wordset("of de van von al and & for the")
_PLACE_PREPOSITIONS = wordset("in at from near across outside inside throughout")
# Words with the endings of nouns for people that are not nouns.
_NOT_NOUNS = wordset(
    """
    however whether other another either neither rather further together whatever whoever
    whenever wherever never ever later earlier former latter after under over per
    """
)
# Prepositions whose object is never the subject of the verb after it ("a letter to X said").
_OBJECT_PREPOSITIONS = wordset(
    """
    to with against about into onto over under during on through toward towards upon among
    between behind beside
    """
)
_POSSESSORS = wordset("his her their its our my your")
# Unions looked words up in, made once.
_STOP_OR_DETERMINER = _STOP | _DETERMINERS
_NOT_NAME_OPENING = _STOP | {"while", "since", "after", "before", "although"}
_NOT_OPENING_DESCRIPTION = _STOP | _DETERMINERS | {"the", "but", "and", "so", "then"}
_DETERMINER_OR_POSSESSOR = _DETERMINERS | {"the"} | _POSSESSORS
# Nouns and adjectives ending in -ly that are no adverbs.
_LY_NOUNS = wordset(
    "family ally rally assembly supply reply monopoly anomaly bully jelly belly folly elderly"
)
_DEFINITE_OR_OWNER = wordset("the his her their my our")
# Determiners that stand for a person or people already described ("One resident said …
# Another said …"): a speaker of their own when they open the sentence.
_ELLIPTICAL = wordset("another one some many several both others")
_CONJUNCTIONS = wordset("and but then so")
_SUBORDINATORS = wordset("though although because if unless when whenever while as once since")
_TIME_OPENERS = wordset("last this next earlier on early late")
_NEW_CLAUSE = wordset("while whereas and but as when although though meanwhile")
# Conjunctions opening a subordinate clause, whose verb has a subject of its own ("when" and
# "while" are left out: "Ola Berg, when asked, said").
_SUBORDINATE = wordset("after before because since until unless although though whereas")
_CLAUSE_OPENERS = wordset(
    """
    in on at after before during when while asked since for despite although though because if
    unless as with without amid following under given once whereas like unlike overall however
    meanwhile moreover furthermore nonetheless nevertheless separately instead indeed rather
    besides otherwise thus hence therefore consequently still finally earlier later now then
    today yesterday tonight recently previously subsequently afterwards afterward initially
    across outside inside behind beside beyond near along around above below beneath within
    throughout upon into through toward towards
    """
)
_WORD = re.compile(r"[\w’'.\-\u2024]+|[,;:—–()]")
_INVERTED_NP = re.compile(
    r"(?:(?:a|an|the|another|one|its|his|her|their|our|my|your)\s+(?:[\w’'\-]+\s+){0,5}[\w’'\-]+|"
    # "“To see me?” said that gentleman, in great surprise": the one just named
    r"(?:that|this)\s+(?:(?:young|old|good|worthy|elderly)\s+)?(?:gentleman|lady|man|woman|"
    r"person|individual|worthy)(?=\s*[,.;:!?—–]|\s*$)|"
    # "…,” said she; “…”: a pronoun after the verb, as fiction and older prose write it
    r"(?:he|she|they|we|I)(?=\s*[,.;:!?—–]|\s*$|\s+[a-z]+ly\b|\s+(?:at\s+(?:last|length|once)"
    r"|again|presently|then|now|too|in\s+a\s+[a-z]+\s+(?:voice|tone|whisper))\b)|"
    # "said former council adviser Mira Holt", "said state Sen. Jane Doe"
    r"(?:(?!(?:in|on|at|to|for|of|from|with|by|during|after|before|last|this|that|when|while|"
    r"as|and|but|or|about|into|through|over|under|since|until|it|he|she|they|we|its|his|her|"
    r"their|later|earlier|then|also|again)\s)[a-z][\w’'\-]*\s+){0,3}"
    r"[A-Z][\w’'\-\u2024]*(?:\s+(?:[A-Z][\w’'\-\u2024]*|[a-z]+(?=\s+[A-Z])|(?:de|van|von|al)\b))*)"
)
# The noun a possessive name owns: "Keith Lamont Scott’s [wife]", "Ola Berg’s [lawyer]".
_AFTER_NOUN = r"(?:on|in|at|to|for|after|before|during|with|from|by|yesterday|today|last)\b"
_OWNED_NOUN = re.compile(
    rf"\s+(?P<noun>[a-z][\w-]*(?:\s+(?!{_AFTER_NOUN})[a-z][\w-]*)?)"
    rf"(?=\s*(?:[,.;:!?]|$)|\s+{_AFTER_NOUN})"
)
# "a report from Kotak Institutional Equities": a document's author after it.
_AUTHORED = re.compile(
    r"\s+(?:from|by)\s+(?:the\s+)?[A-Z][\w’'\-\u2024]*(?:\s+(?:[A-Z][\w’'\-\u2024]*|of|and|for))*"
)
# ", said the chamber's director, Helga Brandvold": a role, then the name in apposition.
_APPOSED_NAME = re.compile(
    r"(?:\s+[a-z][\w’'\-]*){0,4}\s*,\s+(?P<name>[A-Z][\w’'\-\u2024]*(?:\s+(?:[A-Z][\w’'\-\u2024]*|(?:de|van|von|al)\b)){0,4})"
    r"\s*(?:[,.;:!?]|$)"
)
_AFTER = re.compile(
    rf"^[\s,]*(?:(?P<verb>{_VERB_ALT})\s+(?P<np>{_INVERTED_NP.pattern})"
    rf"|(?P<subject>[^.!?“”\"«»„\u2063]{{1,240}}?)\s+(?:(?:{'|'.join(_AUXILIARIES)}|\w+ly)\s+){{0,2}}"
    rf"(?P<verb2>{_VERB_ALT})\b)"
)
# After a quote that ends open (“…,” / “…?”), "X <verb>ed" attributes it whatever the verb is
# ("he surmised", "the nominee riffed"), and so do the present "comments" and "remarks".
_AFTER_ANY_VERB = re.compile(
    r"^\s*(?P<subject>(?:he|she|they|we|I|[A-Z][\w’'.\-\u2024]*(?:\s+[A-Z][\w’'.\-\u2024]*){0,3}|"
    r"(?:the|a|an)\s+(?:[\w’'\-]+\s+){0,4}?[\w’'\-]+))\s+(?:\w+ly\s+)?"
    r"(?P<verb>[a-z]{3,}(?:ed|ied)|began|spoke|went\s+on|broke\s+in|put\s+in|comments|remarks)\b"
)
# After a quote that ends open, any past-tense verb before its subject attributes it: English
# inverts only a verb of saying or of the manner of saying ("returned she", "cried his wife").
# "comments" and "remarks" are verbs of saying only there and in "…,” X comments": elsewhere they
# are mostly nouns ("restricted comments about", "called Mr. Obama's remarks …").
_MANNER_ALT = "|".join(sorted(_EN.manner_verbs, key=len, reverse=True))
_INVERTED_ANY_VERB = re.compile(
    rf"^\s*(?P<verb>[a-z]{{3,}}(?:ed|ied)|{_MANNER_ALT}|said|says|asked|replied|comments|remarks)"
    rf"\s+(?P<np>{_INVERTED_NP.pattern})"
)
# A full stop after a word (abbreviation dots are masked): the phrase crosses a sentence boundary.
_SENTENCE_END = re.compile(r"\w\w\.\s")
# (a comma or point between digits is part of a number: "a study of more than 35,000 adults")
# What "according to" is followed by when it means "in line with" and names no source
# ("according to how pleasant they were", "according to plan").
NOT_A_SOURCE = r"(?:how|what|whether|which|when|where|why|plan|schedule)\b"
_ACCORDING = re.compile(
    rf"\b[Aa]ccording to\s+(?!{NOT_A_SOURCE})(?P<np>(?:[^,.;:“”\"]|(?<=\d)[,.](?=\d)){{2,80}})"
)
_ACCORDING_APPOSED = re.compile(
    r",\s+(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})(?=\s*,|\s*$|\s*[“\"])"
)
_OWNER_OR_ARTICLE = wordset("his her their its the a an")
# Words are found with one simple pattern and looked up in sets: a pattern alternating over every
# verb would be tried at every character.
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
# Each word ``_LOWER_WORD`` finds is a whole run of lower-case letters: a text none of whose runs
# is a cue word has none. The runs are found faster (no lookbehind tried at every character).
_LOWER_RUN = re.compile(r"[a-z]+")
_PARTICIPLE_WORDS = frozenset(PARTICIPLES)
_REPORTING_WORDS = frozenset(
    {v for v in CUE_VERBS if v.endswith("ed")}
    | wordset("said says told tells wrote writes thinks thought believes")
)
_CUE_WORDS = frozenset(CUE_VERBS - {"according"})
_TELLING_WORDS = wordset("told informed assured reminded warned advised")
# The agent of a passive speech verb: "told by the council", "informed by Ola Berg".
_AGENT = re.compile(
    r"\s+by\s+(?P<np>(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w’'\-\u2024]+\s+){0,3}?"
    r"[\w’'\-\u2024]+)(?=\s+that\b|\s*,)"
)
# Verbs that report a view rather than speech: only people and bodies hold views.
_OPINION_VERBS = frozenset(_EN.reporting_verbs - _EN.speech_verbs)
# When, where and how something was said, right after the verb: "said on Tuesday", "said last
# week", "said in a statement to the Stock Exchange".
SPEECH_ADVERBIAL = re.compile(
    r"(?:\s+(?:(?:on|last|this|earlier|late|early)\s+(?:\w+\s+){0,1}"
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning"
    r"|afternoon|evening|weekend)\b|(?:on\s+)?(?i:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|yesterday|today)\b|in\s+(?:a|an|his|her|their|its|the|this)\s+"
    r"(?:[\w\-]+\s+){0,2}(?:statement|interview|letter|post|speech|report|release|briefing"
    r"|email|tweet|video|clip|message|podcast|programme|program|show|broadcast|column|blog|note"
    r"|filing)\b(?:\s+(?:to|with|on)\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*"
    r"(?:\s+(?:clients|investors|reporters|staff|members|shareholders))?)?),?){1,2}"
)
_REDUCED_PASSIVE = re.compile(r"\s+(?:on|in|by|at|with|from|during)\b")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being|get|got)\s+(?:\w+ly\s+)?$", re.I)
# A verb of blame or praise right before its "of", "for" or "over", with no object: a passive
# without its "are", as headlines write it ("Ministers accused of ‘quietly burying’ scheme",
# "Council slammed for ‘shambolic’ roadworks"): those blamed, not who blames them.
BLAMING_VERBS = wordset(
    "accused criticised criticized slammed blasted attacked praised mocked condemned denounced "
    "hailed"
)
HEADLINE_PASSIVE = re.compile(rf"\s+(?:{'|'.join(sorted(BLAMING_VERBS))})\s+(?:of|for|over)\b")
_PARTICIPLE_OPENS = re.compile(r"(?:[,;—–(][\"”’']?|\b(?:before|after|while|when|by))\s*$")
_COLON_NAME = re.compile(
    # (not a pronoun run into its verb: "It’s Mum: “…”" is Mum's)
    r"(?:\b(?:It|That|There|Here)[’']s\s+)?"
    r"(?P<np>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})\s*:\s*$"
)

# "… when he appeared before the council in September: “…”": a name after a preposition of
# place or time ends an adverbial, it introduces nobody ("a statement from Ines Carvel:" does).
_COLON_AFTER_PLACE_OR_TIME = re.compile(
    r"\b(?:in|on|at|during|before|after|since|until|till|near|inside|outside|across|into|to)\s+$"
)

# Speaker phrases that stand for no words of the text (the German, French and Spanish grammars
# give them; the speakers are read from the discourse).
ZERO = "∅"
"""The speaker phrase of a verb whose subject is dropped (Spanish "dijo"): the person the
article is talking about."""
ZERO_PLURAL = "∅∅"
"""The same for a verb in the plural ("dijeron"): the group or body the article is about."""
ZERO_MALE = "∅m"
ZERO_FEMALE = "∅f"
"""The same for a verb that shows its subject's gender (Czech "řekl", "řekla"): the man or the
woman the article is talking about."""
CONTINUES = ""
"""The speaker phrase of a report that goes on with the source of the one before it."""


@dataclass(frozen=True, slots=True)
class Cue:
    """A speech cue found in a sentence: the speaker phrase as written and the verb. (Slots:
    built faster, and an article makes many.)"""

    speaker: str
    verb: str
    start: int
    """Offset of the verb in the text searched."""
    said_from: int = -1
    """Where what was said may begin, when not right after the verb: after the agent of a
    passive ("was told by the council that …")."""


def speaker_after(following: str, *, quote_ends_open: bool = False) -> str | None:
    """The speaker phrase of ``cue_after`` (see there)."""
    cue = cue_after(following, quote_ends_open=quote_ends_open)
    return cue.speaker if cue else None


def cue_after(following: str, *, quote_ends_open: bool = False) -> Cue | None:
    """The speaker in the words right after a closing quote mark: `, Holt said` / `, said Holt` /
    `, he added` / `, Ola Berg, a developer, said`; with ``quote_ends_open`` (the quote ended with
    a comma, ? or !) any past-tense verb will do: `he surmised`."""
    match = _AFTER.match(following) if _has_speech_verb(following) else None
    if match is not None and match.group("verb2") and quote_ends_open:
        manner = _AFTER_ANY_VERB.match(following)
        if (
            manner
            and manner.group("verb") in _EN.manner_verbs
            and manner.end() <= match.start("verb2")
        ):
            # "“What is it?” he whispered, for something … had told him": the verb of manner
            # right after the quotation attributes it, not a later one.
            return Cue(manner.group("subject"), manner.group("verb"), manner.start("verb"))
    if match is None and quote_ends_open:
        inverted = _INVERTED_ANY_VERB.match(following)
        if inverted:
            # “…?” cried his wife · “…,” returned she · “…!” rejoined Mr. Harlow
            np = _clean_phrase(inverted.group("np"))
            if np and _is_description(np.split()):
                # "…,” comments the harbour master, Ada Okafor.
                apposed = _APPOSED_NAME.match(following, inverted.end("np"))
                if apposed and not _is_role(apposed.group("name").split()):
                    np = apposed.group("name")
            return Cue(np, inverted.group("verb"), inverted.start("verb")) if np else None
    if match is None:
        lenient = _AFTER_ANY_VERB.match(following) if quote_ends_open else None
        if lenient is None or _SENTENCE_END.search(lenient.group("subject")):
            return None  # "“…?” Ada Okafor. Kelderwick reported …": the verb is the next sentence's
        return Cue(lenient.group("subject"), lenient.group("verb"), lenient.start("verb"))
    if match.group("verb"):
        if match.group("verb") in _TELLING_WORDS:
            # ", told CNN", ", told reporters": whom the speaker told, never the speaker (English
            # does not invert "told X").
            return None
        np = _clean_phrase(match.group("np"))
        if np and np.endswith(("’s", "'s")):
            # "said Keith Lamont Scott’s wife": the name owns the speaker.
            owned = _OWNED_NOUN.match(following, match.start("np") + len(np))
            np = f"{np} {owned.group('noun')}" if owned else np
        authored = _AUTHORED.match(following, match.start("np") + len(np or ""))
        if np and np.split()[-1].lower() in _EN.document_nouns and authored:
            # "…,” said a report from Kotak Institutional Equities: the author speaks.
            np = f"{np}{authored.group(0).rstrip(' ,.')}"
        elif np and _is_description(np.split()):
            # "…,” said Brightwell's chief executive, Fenella Drummond-Yates.
            apposed = _APPOSED_NAME.match(following, match.end("np"))
            if apposed and not _is_role(apposed.group("name").split()):
                np = apposed.group("name")
        return Cue(np, match.group("verb"), match.start("verb")) if np else None
    if _PASSIVE.search(following, 0, match.start("verb2")):
        return None  # "…, the hearing was told": told by someone else
    subject = match.group("subject").strip(" ,")
    if subject and subject.split(None, 1)[0].lower() in _NEW_CLAUSE:
        return None  # "‘…’, while Andy Goode added: ‘…’": the next quote's attribution
    if "," in subject:
        # An appositive: "Ola Berg, a builder from Leeds, said"; but after an
        # adverbial ("in Wick, Caithness, Jane Doe said") the subject is the last piece.
        pieces = [p.strip() for p in subject.split(",") if p.strip()]
        if any(p.split(None, 1)[0].lower() in _SUBORDINATE for p in pieces[1:]):
            # "“…” the government’s scheme, after Treasury documents revealed …": the verb is
            # a subordinate clause's, not an attribution
            return None
        first_word = pieces[0].split()[0] if pieces else ""
        adverbial = first_word in _STOP or first_word in _CLAUSE_OPENERS
        subject = pieces[-1] if adverbial and pieces else pieces[0] if pieces else ""
        if not adverbial and len(pieces) > 1 and _is_description(pieces[0].split()):
            # "Her neighbour, Col Petrakis, said": the name in apposition to a description.
            name = _apposed_name(pieces[1].split())
            if name:
                subject = name
    if not _is_subject(subject):
        return None
    return Cue(subject, match.group("verb2"), match.start("verb2"))


def _apposed_name(tokens: list[str]) -> str | None:
    """The name of an apposition to a description: "Col Petrakis" ("Her neighbour, Col
    Petrakis, said"), also after the words that describe the person first ("One resident,
    72-year-old Doreen Platt, said", "a neighbour, retired teacher Ann Hill, said"): up to three
    lower-case words or an age before a capitalised run of at most five words (None when the
    apposition is no such thing)."""
    split = next((i for i, t in enumerate(tokens) if t[:1].isupper()), len(tokens))
    modifiers, name = tokens[:split], tokens[split:]
    if not name or len(name) > 5 or not all(t[:1].isupper() for t in name) or len(modifiers) > 3:
        return None
    if any(
        not (t.islower() or _AGE_WORD.fullmatch(t))
        or t in _STOP
        or t in CUE_VERBS
        or t in _LISTING
        or t.endswith("ing")  # "Various outlets, including Agence France-Presse, …"
        for t in modifiers
    ):
        return None
    return " ".join(name)


_AGE_WORD = re.compile(r"\d{1,3}-year-old")
# Words that open a list of examples, not a description of one person.
_LISTING = wordset("like such as especially notably namely among plus except")


def _has_speech_verb(text: str) -> bool:
    """Whether a word of ``text`` is a speech verb: every match of ``_AFTER`` holds one as a
    whole word, and finding the words runs in C, where ``_AFTER`` tries its verbs at every
    character of the subject it might have (most clauses after a comma have no speech verb)."""
    return not SPEECH_VERBS.isdisjoint(_WORD_RUN.findall(text))


_WORD_RUN = re.compile(r"\w+")


def has_cue(text: str) -> bool:
    """True when ``text`` has a speech cue even if its speaker is not found: a participle
    ("…, saying the deal was “dead”") or `according to`."""
    participle = any(w in _PARTICIPLE_WORDS for w in _LOWER_WORD.findall(text))
    return participle or (("ccording" in text) and bool(_ACCORDING.search(text)))


def reports_speech(text: str) -> bool:
    """True when ``text`` has a verb that reports what someone said or thinks, in a form that
    cannot be a noun ("said", "called", "described as", "says"; not "calls" or "claims")."""
    return any(w in _REPORTING_WORDS for w in _LOWER_WORD.findall(text))


def sentence_subject(text: str) -> str | None:
    """The noun phrase opening ``text`` ("The county elections board was clear: …")."""
    tokens = _clause_tokens(text)
    if len(tokens) > 2 and tokens[1] == ":" and tokens[0][:1].isupper():
        tokens = tokens[2:]  # "Racer: She took to Facebook …": a caption's label first
    segments = _segments(tokens)
    if tokens and tokens[-1] in ",;:" and len(segments) == 1:
        segments.append([])  # "Specifically, “…”": the comma closes an opening adverbial
    if "and" in tokens:
        segments = _lists_in_names(segments)
    return _sentence_subject_of(segments)


def _lists_in_names(segments: list[list[str]]) -> list[list[str]]:
    """``segments`` with a name whose "of" or "for" governs a list made one segment again:
    "The Department for Environment, Food and Rural Affairs said" (its commas kept on the
    words before them)."""
    merged: list[list[str]] = []
    index = 0
    while index < len(segments):
        segment = segments[index]
        following = _list_items(segments, index + 1) if _ends_with_of_name(segment) else 0
        if following:
            joined = list(segment)
            for item in segments[index + 1 : index + 1 + following]:
                joined[-1] += ","
                joined.extend(item)
            merged.append(joined)
            index += 1 + following
            continue
        merged.append(segment)
        index += 1
    return merged


def _ends_with_of_name(segment: list[str]) -> bool:
    """ "… the Department of Climate Change": capitalised words after "of"/"for", after a
    capitalised word."""
    lowered = [t.lower() for t in segment]
    at = max((i for i, t in enumerate(lowered) if t in ("of", "for")), default=-1)
    return (
        0 < at < len(segment) - 1
        and segment[at - 1][:1].isupper()
        and all(t[:1].isupper() or t.lower() in _NAME_JOINERS for t in segment[at + 1 :])
    )


def _list_items(segments: list[list[str]], start: int) -> int:
    """How many segments from ``start`` are the rest of a list in a name: capitalised items
    ("Energy", "the Environment"), the last with "and" ("Food and Rural Affairs said");
    0 when they are not."""
    for end in range(start, min(len(segments), start + 6)):
        item = segments[end]
        body = item[1:] if item and item[0].lower() == "the" else item
        run = 0
        while run < len(body) and (
            body[run][:1].isupper()
            or (body[run].lower() in _NAME_JOINERS and run > 0 and run + 1 < len(body))
        ):
            run += 1
        if run == 0 or body[run - 1].lower() in _NAME_JOINERS:
            return 0
        if "and" in (t.lower() for t in body[:run]):
            return end - start + 1
        if run < len(body):
            return 0
    return 0


def _sentence_subject_of(segments: list[list[str]]) -> str | None:
    if not segments:
        return None
    # "In a statement, the group said:", "Specifically, …", "Speaking on Monday, Smith said":
    # skip an opening adverbial clause.
    first = segments[0][0].lower()
    # An opening adverbial ends at a comma: "Family friend Kathy Willie called …" has none.
    opener = len(segments) > 1 and (
        first in _CLAUSE_OPENERS
        or (
            first.endswith(("ing", "ed"))
            and first not in _DETERMINERS
            # ("Ned picked up his cards, …": a name in -ed and its verb)
            and not (len(segments[0]) > 1 and not _opens_phrase(segments[0][1]))
        )
        or (first.endswith("ly") and len(segments[0]) <= 3)
    )
    if opener:
        rest = [s for s in segments[1:] if s]
        if not rest:
            return None
        apposed = _subject_before_apposition(segments[0], rest) or _name_after_adverbial(
            segments[0]
        )
        if apposed:
            return apposed
        segments = rest
    elif first in _SUBORDINATORS and len(segments[0]) > 1:
        main = [s for s in segments[1:] if s]
        main_subject = _noun_phrase_starting(main[0]) if main else None
        if main_subject:
            # "When I came down, my uncle was at the table": the main clause's subject.
            return main_subject
        # "Though she called the behaviour …": the clause's own subject follows the conjunction.
        segments = [segments[0][1:], *segments[1:]]
    subject = _pronoun_after_adverbial(segments[0]) or _noun_phrase_starting(
        _past_leading_adverb(segments[0])
    )
    if subject is None and first in _EN.prepositions:
        subject = _name_after_adverbial(segments[0])  # "At ten o’clock … Martha came up"
    words = subject.split() if subject else []
    described = (
        len(segments) > 2
        and len(words) > 1
        and words[0].lower() in _DEFINITE_OR_OWNER
        # ("The chief executive of the Reading Room Trust, …, Dr Funmilayo Adeyemi, warned")
        and (is_person_noun(words[-1]) or is_person_noun(_head_before_of(words)))
    )
    if subject and len(segments) > 1 and (_is_role(words) or described):
        # ("The curate, Mr. Denholm, was a thin young man": the name set off after him)
        # "Iran's Supreme Leader, Ayatollah Ali Khamenei, has …": the name in the appositive.
        # "The study's lead author, hydrogeologist Associate Professor Deepa Raman, said": role
        # words in lower case may open it.
        second = segments[1]
        if len(segments) > 3 and second and second[0] in ("a", "an"):
            # "The chief executive of the Reading Room Trust, a charity which supports
            # libraries, Dr Funmilayo Adeyemi, warned": the body's own apposition between.
            second = segments[2]
        named = len(second) > 1 and all(t[:1].isupper() for t in second[1:])
        if named and second[0][:1].islower() and is_person_noun(second[0]):
            second = second[1:]
        if second and all(t[:1].isupper() for t in second) and len(second) <= 5:
            return " ".join(second)
    return subject


_THINK_TANK = re.compile(r"\s+tanks?\b")
# Adverbs that open a story's sentence without a comma before its subject ("Then a tall man
# rode up", "Presently Mr. Penrose was shown in", "Suddenly the door opened").
_LEADING_ADVERBS = frozenset("then now presently directly soon suddenly instantly".split())


def _past_leading_adverb(segment: list[str]) -> list[str]:
    """``segment`` without an adverb that opens it before a noun phrase: "Then a tall man rode
    up" -> "a tall man rode up" (not "Early voters …", an adjective)."""
    if len(segment) < 3:
        return segment
    first, following = segment[0].lower(), segment[1]
    determined = following.lower() in _DETERMINERS
    named = following[:1].isupper() and following.lower() not in _STOP
    if first in _LEADING_ADVERBS and (determined or named):
        return segment[1:]
    # (any adverb in -ly before a determiner: "Slowly the door opened"; not before a capital,
    # "Shelly Sterling was thrilled")
    if first.endswith("ly") and len(first) > 5 and first not in _NOT_NOUNS and determined:
        return segment[1:]
    return segment


# Words that open a clause of their own inside an opening adverbial.
_CLAUSE_WORDS = frozenset("what that who whom whose which when where while as because if".split())


def _name_after_adverbial(segment: list[str]) -> str | None:
    """The name that ends an opening adverbial written without its comma and does the next
    lower-case word: "At ten o’clock the next morning Martha came up to the schoolroom"
    (Martha). Only a run of capitalised words after a lower-case one (the adverbial's own
    words), and a preposition opening the segment; None when there is none."""
    if len(segment) < 4 or segment[0].lower() not in _EN.prepositions:
        return None
    for index in range(2, len(segment) - 1):
        word = segment[index]
        low = segment[index - 1].lower()
        if low in PRONOUNS or low in _CLAUSE_WORDS:
            return None  # ("For years she kept what Van Ryn did to her": she is the subject)
        if not word[:1].isupper() or segment[index - 1][:1].isupper():
            continue
        end = index
        while end < len(segment) and segment[end][:1].isupper():
            end += 1
        after = segment[end].lower() if end < len(segment) else ""
        # (a verb after it: "Martha came", "the Senate voted"; not "a June memo")
        if after.endswith("ed") or after in _EN.irregular_past or after in _AUXILIARIES:
            return " ".join(segment[index:end])
        return None
    return None


def _subject_before_apposition(opening: list[str], rest: list[list[str]]) -> str | None:
    """The subject that ends an opening adverbial written without its comma, when the words set
    off by commas after it are its apposition: "At that moment the door opened and Mrs.
    Pritchard, the housekeeper, put in her head" (Mrs. Pritchard), "Later that evening the mayor,
    a former teacher, told reporters" (the mayor), "On Monday the minister, Jane Roe, said no"
    (Jane Roe). Not a phrase that is the object of a preposition or a verb ("In a statement, the
    group, which …", "At a hearing of the panel that funds NASA, Rep. Robert Aderholt, …")."""
    if len(rest) < 2 or not rest[1] or not rest[1][0][:1].islower():
        return None
    apposition = rest[0]
    if len(apposition) > 6 or _noun_phrase_starting(apposition) != " ".join(apposition):
        return None
    named = all(t[:1].isupper() for t in apposition)
    start = len(opening)
    while start > 2 and opening[start - 1][:1].isupper():
        start -= 1
    if start < len(opening):
        # A name ends the opening, after a conjunction or a time ("On Monday Smith, the …").
        before = opening[start - 1].lower()
        if named or (before not in _CONJUNCTIONS and before not in _EN.time_words):
            return None
    else:
        # A description ends it ("Later that evening the mayor"), after no preposition.
        start = next(
            (
                i
                for i in range(len(opening) - 1, max(1, len(opening) - 5), -1)
                if opening[i].lower() in _DETERMINER_OR_POSSESSOR
            ),
            0,
        )
        before = opening[start - 1].lower() if start >= 2 else ""
        if not before or before in _OBJECT_PREPOSITIONS or before in _CLAUSE_OPENERS:
            return None
    phrase = _noun_phrase_starting(opening[start:])
    if phrase is None or phrase != " ".join(opening[start:]):
        return None
    return " ".join(apposition) if named else phrase


def speaker_before(left: str) -> str | None:
    """The speaker phrase of ``cue_before``."""
    cue = cue_before(left)
    return cue.speaker if cue else None


def cue_before(left: str) -> Cue | None:
    """The cue of a quote that follows ``left`` (the sentence up to its opening mark): the last
    speech cue in it with its subject, a name introducing it with a colon, or `according to X`.
    """
    cue = last_cue(left)
    if cue is not None:
        return cue
    if (match := _COLON_NAME.search(left)) and not _COLON_AFTER_PLACE_OR_TIME.search(
        left, 0, match.start("np")
    ):
        return Cue(match.group("np"), ":", match.end("np"))
    return None


def last_cue(text: str) -> Cue | None:
    """The last speech cue in ``text`` that has a speaker."""
    cues = all_cues(text)
    return cues[-1] if cues else None


def all_cues(text: str) -> list[Cue]:
    """Every speech cue in ``text`` that has a speaker, in order (`according to X` first when it
    comes first)."""
    if "," in text and (listed := _LISTED_NAME.search(text)) and _capitalised_before(text, listed):
        # "A Department for Environment, Food and Rural Affairs spokesperson said …": the comma
        # is inside the body's name; read it as a letter, then give it back.
        inside = text[: listed.start()] + _NAME_COMMA + text[listed.end() :]
        before = text[: listed.start()].rsplit(None, 1)[-1]
        after = text[listed.end() :].split(None, 1)[0]
        joined, written = f"{before} {after}", f"{before}, {after}"
        return [
            replace(cue, speaker=cue.speaker.replace(_NAME_COMMA, ",").replace(joined, written))
            for cue in all_cues(inside)
        ]
    found: list[Cue] = []
    if "ccording" in text and (match := _ACCORDING.search(text)):
        np = _clean_phrase(match.group("np"))
        apposed = _ACCORDING_APPOSED.match(text, match.end("np"))
        words = np.split() if np else []
        relation = bool(words) and words[0].lower() in _OWNER_OR_ARTICLE
        if apposed and relation and is_person_noun(words[-1]):
            # "According to his aunt, Jane Starner, “…”": the name set off after the relation
            # ("According to the report, Ian Bell, 45, was …" is the report's).
            np = apposed.group("name")
        if np:
            found.append(Cue(np, "according to", match.start()))
    if _CUE_WORDS.isdisjoint(_LOWER_RUN.findall(text)):
        return found  # most sentences: no cue word at all, found in C
    for match in _LOWER_WORD.finditer(text):
        if match.group(0) not in _CUE_WORDS:
            continue
        verb = match.group(0)
        if verb in _NOUN_CUES and _noun_use(text, match.start()):
            continue  # "Following claims that …", "Addressing reports that …": nouns, no cue
        if verb in ("found", "finds") and not text.startswith(" that ", match.end()):
            continue  # "levels found in farm fields", "she found out": only "found that …" reports
        if verb == "think" and _THINK_TANK.match(text, match.end()):
            continue  # "a Toronto think tank": a noun
        if _PASSIVE.search(text, max(0, match.start() - 30), match.start()):
            agent = _AGENT.match(text, match.end()) if verb in _TELLING_WORDS else None
            if agent:
                # "Ms Brand has been told by the council that …": the agent told her.
                found.append(Cue(agent.group("np"), verb, match.start(), agent.end()))
            continue  # "the video that was posted", "was criticised by": not a speaker's cue
        if (
            verb in BLAMING_VERBS
            and HEADLINE_PASSIVE.match(text, match.start() - 1)
            and _CUE_WORDS.isdisjoint(_LOWER_RUN.findall(text, match.end()))
        ):
            # "Ministers accused of …", those accused (but in "A man accused of arson told
            # investigators …" he, the subject of both, speaks)
            continue
        if (
            _REDUCED_PASSIVE.match(text, match.end())
            and text[: match.start()].rstrip()[-1:] == ","
            and not SPEECH_ADVERBIAL.match(text, match.end())
        ):
            # "The offender, snapped on camera, …": a participle, not a cue (but "The member,
            # Rachel Dunmore, said on Tuesday …" is one)
            continue
        if verb.endswith("ing") and not _PARTICIPLE_OPENS.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue  # "is confident of adding talent": only ", adding that …" attributes
        subject = _subject_before(text, match.start(), participle=verb.endswith("ing"))
        if subject and verb in _OPINION_VERBS and not _can_hold_views(subject):
            continue  # "Stadia's current expected lineup": an adjective, not a verb
        if subject and verb in _OPINION_VERBS and subject.lower() in _ELLIPTICAL:
            continue  # "Many believe …": what people in general think, nobody's statement
        if subject:
            found.append(Cue(subject, verb, match.start()))
    found.sort(key=lambda cue: cue.start)
    return found


# A comma inside the name of a body, before the name's last "and" and a role noun: "Department
# for Environment, Food and Rural Affairs spokesperson".
_LISTED_NAME = re.compile(
    r"(?<=[a-z]),(?=(?: [A-Z][a-z]+)+ and(?: [A-Z][a-z]+)+ "
    r"(?:spokesperson|spokesman|spokeswoman|official|officials|source|sources|minister)\b)"
)
# How many words a description before its verb may have ("A Department for Environment, Food
# and Rural Affairs spokesperson").
_DESCRIPTION_TOKENS = 11
_NAME_COMMA = "\u201a"  # (a low single quote: no comma, no letter, one character)


def _capitalised_before(text: str, comma: re.Match[str]) -> bool:
    """Whether a capitalised word ends right before the comma ("Environment,")."""
    start = comma.start()
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start : start + 1].isupper()


# Cue words that are nouns as often ("claims that …"), and what shows the noun before them.
_NOUN_CUES = wordset(
    "claims claim reports report comments comment notes note states charges promises vows "
    "pledges estimates fears hopes worries doubts warnings"
)
_NOUN_BEFORE = wordset(
    "following despite amid after before over about against addressing denying dismissing "
    "rejecting among regarding with without of on the a an his her their its these those "
    "such similar new earlier recent"
)


def _noun_use(text: str, position: int) -> bool:
    """Whether the cue word at ``position`` is a noun: a preposition, an article, a possessive
    or a participle right before it."""
    before = text[:position].split()
    if not before:
        return False
    low = before[-1].lower().strip(",;:")
    return low in _NOUN_BEFORE or (low.endswith("ing") and len(low) > 4)


def _is_adverb(token: str) -> bool:
    """ "also", "publicly" — not "family", "ally" or "Early"."""
    low = token.lower()
    return token[:1].islower() and low.endswith("ly") and len(low) > 4 and low not in _LY_NOUNS


def _can_hold_views(subject: str) -> bool:
    """A subject that can expect, fear or believe: a name, a pronoun, people or a body ("Edmunds
    expects", "analysts feared", "the company believes"), not "Stadia's current"."""
    last = subject.split()[-1]
    if not last[:1].islower():
        return True
    low = last.lower()
    return (
        low in PRONOUNS
        or is_person_noun(low)
        or low in _EN.body_nouns
        or low in _EN.organisation_heads
        or (low.endswith("s") and not low.endswith("ss"))
    )


# Adverbs narration sets between a subject and its verb ("The old lady here observed that …").
_NARRATION_ADVERBS = frozenset("here presently thereupon afterwards".split())


def _subject_before(text: str, position: int, *, participle: bool) -> str | None:
    tokens = _clause_tokens(text[:position])
    if participle:
        return _clause_subject(tokens)
    while tokens and (
        tokens[-1].lower() in _AUXILIARIES
        or _is_adverb(tokens[-1])
        or tokens[-1].lower() in _TIME_WORDS
        or tokens[-1].lower() in _NARRATION_ADVERBS
    ):
        # "Okafor on Wednesday called", "Holt also told": skip to the subject.
        tokens.pop()
        if tokens and tokens[-1] in ("on", "last", "this", "that", "early", "late"):
            tokens.pop()
    if not tokens:
        return None
    relative = _relative_clause_start(tokens)
    if (
        relative > 0
        and tokens[-1].lower() not in PRONOUNS
        and "that" not in tokens[relative:]
        and "," not in tokens[:relative]
    ):
        # "A young woman who was abused by her boss has told a court": the noun phrase the
        # relative clause hangs on is the subject, not the clause's object; a description keeps
        # its clause ("The staff member who reported the call recalled"): it names someone new.
        found = _noun_phrase_ending(tokens[:relative])
        if found and found[:1].isupper() and found.split()[0].lower() not in _DETERMINERS:
            return found
        if found and len(tokens) - relative <= 8:
            return " ".join([found, *tokens[relative:]])
        if found:
            return found
    if tokens[-1].lower() in ("who", "which", "that"):
        # "the Securities and Exchange Commission, which said": the noun phrase before it.
        tokens.pop()
        if tokens and tokens[-1] == ",":
            tokens.pop()
        found = _noun_phrase_ending(tokens) if tokens else None
        apposed = _name_before_apposition(tokens, found)
        return apposed or found
    if tokens[-1].lower() in ("and", "but") and len(tokens) > 1:
        # "It did not reveal the site and said …": the verbs share the sentence's subject.
        return _sentence_subject_of(_segments(tokens[:-1]))
    if tokens[-1] == ",":
        return _appositive_subject(tokens)
    return _noun_phrase_ending(tokens)


_AFFILIATIONS = frozenset("of at from".split())


def _name_before_affiliation(tokens: list[str]) -> str | None:
    """The person's name before the body or place they are of, when ``tokens`` end with both:
    "Tobias Reinhold-Yılmaz of the Kiel Institute for the World Economy", "Professor Jane Smith
    of the University of Oxford" (the name, two words or more, with no article before it; not
    "The University of Leeds", "Secretary of State Antony Blinken")."""
    for at in range(len(tokens) - 2, 1, -1):
        token = tokens[at]
        if token in ",;:()":
            return None
        if token not in _AFFILIATIONS:
            continue
        after = tokens[at + 1 :]
        if after and after[0].lower() == "the":
            after = after[1:]
        if not after or not all(t[:1].isupper() or t in _NAME_JOINERS for t in after):
            return None
        run = 0
        while run < at and tokens[at - 1 - run][:1].isupper():
            run += 1
        name = tokens[at - run : at]
        opener = tokens[at - run - 1].lower() if at - run > 0 else ""
        if (
            len(name) >= 2
            and opener not in _DETERMINERS
            and name[0].lower() not in _DETERMINERS  # ("The Duke of Wellington")
            and name[-1].lower() not in _EN.organisation_heads
            and name[-1].lower() not in _EN.place_heads
            # ("Palm Beach County Supervisor of Elections Susan Bucher": a title before "of")
            and not is_person_noun(name[-1])
            and name[-1].lower() not in _EN.body_nouns
            and not any(t.isupper() and len(t) > 1 for t in name)
        ):
            return " ".join(name)
    return None


def _name_before_apposition(tokens: list[str], found: str | None) -> str | None:
    """The name an indefinite description ending ``tokens`` is set off after: "the Fiscal
    Futures Institute, a Toronto think tank, which estimated", "Smith, a professor at Leeds, who
    said" (the institute, Smith); None when the description follows no name so."""
    if not found or found.split()[0].lower() not in ("a", "an"):
        return None
    segments = _segments(tokens)
    if len(segments) < 2 or not segments[-2]:
        return None
    before = segments[-2]
    run = 0
    while run < len(before) and before[-1 - run][:1].isupper():
        run += 1
    if run == 0 or (run == len(before) and before[0].lower() in _DETERMINERS):
        return None
    name = before[len(before) - run :]
    return " ".join(name) if name[0].lower() not in _STOP else None


def _relative_clause_start(tokens: list[str]) -> int:
    """The index of "who"/"which" opening a relative clause that runs, without a comma, up to the
    verb after ``tokens``; 0 when there is none."""
    for index in range(len(tokens) - 2, max(0, len(tokens) - 16), -1):
        token = tokens[index]
        if token in ",;:()":
            return 0
        if token.lower() in ("who", "which") and tokens[index - 1] not in ",;:()":
            return index
    return 0


def _clause_tokens(text: str) -> list[str]:
    """The words and clause punctuation of ``text``, a dash read as a comma."""
    tokens = _WORD.findall(text)
    if "—" not in text and "–" not in text and "--" not in text:
        return tokens  # (no dash to read)
    return ["," if token in _DASHES else token for token in tokens]


_DASHES = frozenset(("--", "—", "–"))
_AGE_HEAD = re.compile(r"\d{1,3}-year-old")


def _segments(tokens: list[str]) -> list[list[str]]:
    segments: list[list[str]] = [[]]
    for token in tokens:
        if token in ",;:()":
            segments.append([])
        else:
            segments[-1].append(token)
    return [s for s in segments if s]


# The longest description of a person right before the relative clause that closes the subject
# ("A senior official of the Delhi government, who did not wish to be named, said"); 6 elsewhere.
_DESCRIPTION_WORDS = 8


def _head_before_of(segment: list[str]) -> str:
    """The noun a description's "of" phrase follows ("official" of "A senior official of the
    Delhi government"), else its last word."""
    words = [w.lower() for w in segment]
    return segment[words.index("of") - 1] if "of" in words[1:] else segment[-1]


def _appositive_subject(tokens: list[str]) -> str | None:
    """The speaker of "Ola Berg, 30, of Wick, Scotland, who was asked, said": the nearest name
    before the appositives and relative clauses, or a description ("a spokesman") when none."""
    description: str | None = None
    segments = [s for s in _segments(tokens)[-6:] if not _PARTY_TAG.fullmatch(" ".join(s))]
    if len(segments) > 1 and all(t.isupper() and len(t) > 2 for t in segments[0]):
        segments = segments[1:]  # "WASHINGTON — Sen. Harriet Lockwood, R-Idaho, said": a dateline
    # ("The chancellor, a Social Democrat (SPD), said": an acronym in brackets is a party tag)
    segments = [s for s in segments if not (len(s) == 1 and s[0].isupper() and len(s[0]) > 1)]
    if (
        len(segments) == 2
        and segments[1][0] in ("a", "an")
        and _is_description(segments[0])
        and is_person_noun(_head_before_of(segments[0]))
    ):
        # "The chancellor, a Social Democrat, said": the description and what he is
        return " ".join(segments[0])
    if (
        len(segments) == 3
        and segments[1][0] in ("a", "an")
        and _is_name(segments[2])
        and _is_description(segments[0])
        and is_person_noun(_head_before_of(segments[0]))
    ):
        # "The chief executive of the Reading Room Trust, a charity which supports libraries,
        # Dr Funmilayo Adeyemi, warned": the body's own apposition between role and name.
        return " ".join(segments[2])
    if len(segments) >= 2 and _is_description(segments[0]):
        # "A spokesman for Yamamoto, Evan Rudd, said", "The union representing drivers,
        # Amalgamated Transit Union Local 1505, said", "One resident, 72-year-old Doreen Platt,
        # said": the name in apposition.
        apposed = " ".join(segments[1]) if _is_name(segments[1]) else _apposed_name(segments[1])
        if (
            apposed
            and len(segments) >= 3
            and len(segments[1]) == 1
            and segments[0][-1][:1].isupper()
            and _is_name(segments[-1])
            and len(segments[-1]) >= 2
        ):
            # "A lecturer at the Adekunle Ajasin University, Akungba-Akoko, Dr Folasade
            # Ibitoye, told": the one word after the university is its town; she comes last
            return " ".join(segments[-1])
        if apposed:
            return apposed
    opening = _opening_name(segments)
    if opening:
        return opening
    for index in range(len(segments) - 1, -1, -1):
        segment = segments[index]
        while len(segment) > 1 and segment[0].lower() in _NEW_CLAUSE:
            segment = segment[1:]  # "…, but General Mark Milley, chairman of …, told"
        first = segment[0].lower()
        if (
            first in ("who", "whom", "which", "whose", "of", "from", "in", "aged")
            or first[0].isdigit()
            or (len(segment) == 1 and first in _CLAUSE_OPENERS)  # "However, one dealer, …"
        ):
            continue
        if all(len(t.strip(".․")) <= 2 for t in segment):
            continue  # a state abbreviation ("N.C.") or party tag
        if first in ("he", "she", "they", "we", "i"):
            return segment[0]
        if (
            index > 0
            and segments[index - 1][0].lower() in ("who", "whom", "whose")
            and _is_name(segment)
        ):
            # "X, who was represented by his Commissioner for Health, Dr Fatima Yusuf, said":
            # the name in apposition inside the relative clause is not who speaks.
            continue
        if _is_name(segment):
            if index > 0 and _is_role(segment):
                # "Ian Ayre, Liverpool's Chief Executive, said": the name, not the role.
                name = _noun_phrase_ending(segments[index - 1])
                if name and name[:1].isupper() and not _is_role(name.split()):
                    return name
            return _noun_phrase_ending(segment)
        if segment[-1][:1].isupper() and len(segment) <= 6:
            # "Club captain Tadhg Brennock, who scored, said": a role before the name.
            name = _noun_phrase_starting(segment)
            if name and name.split()[-1] == segment[-1]:
                return name
        if description is None and first in _DETERMINERS:
            description = " ".join(segment)
            longest = (
                _DESCRIPTION_WORDS
                if index == len(segments) - 2 and segments[-1][0].lower() == "who"
                else 6
            )
            if len(segment) > 6 and not (
                len(segment) <= longest and is_person_noun(_head_before_of(segment))
            ):
                description = None
    return description


def _is_name(tokens: list[str]) -> bool:
    """Capitalised words (with the particles and numbers names hold: "Pieter van der Merwe",
    "Transit Union Local 1505")."""
    return (
        0 < len(tokens) <= 7
        and tokens[0][:1].isupper()
        and all(t[:1].isupper() or t in _NAME_PARTICLES or t.isdigit() for t in tokens)
    )


def _is_role(tokens: list[str]) -> bool:
    """A role rather than a name: "Liverpool's Chief Executive", "Tottenham Boss" (a possessive,
    or a title as the head); "Col Petrakis" is a titled name."""
    if not tokens:
        return False
    return any(t.endswith(("’s", "'s")) for t in tokens) or tokens[-1].lower() in TITLES


def _is_description(tokens: list[str]) -> bool:
    """A description rather than a name: it opens with a determiner or a possessive, or has a
    lower-case head ("the chamber's director", "Brightwell's chief executive", "Her neighbour")."""
    if not tokens:
        return False
    first = tokens[0].lower()
    return (
        first in _DETERMINERS
        or first in ("its", "the")
        or any(t.endswith(("’s", "'s")) for t in tokens)
        or tokens[-1][:1].islower()
    )


def _opening_name(segments: list[list[str]]) -> str | None:
    """ "Okafor, during a meeting in Wick, Caithness, said": a name opening the sentence is the
    subject whatever places and descriptions follow it, unless a new clause starts later."""
    if len(segments) < 2 or any(s[0].lower() in ("and", "but", "while") for s in segments[1:]):
        return None
    first = segments[0]
    if first[0].lower() in _NOT_OPENING_NAME or first[0].lower().endswith("ly"):
        return None
    if all(t[:1].isupper() or t in ("of", "de", "van", "von", "al") for t in first) or (
        # "The prize-winning novelist Ines Marlowe Cray, one of the signatories, told"
        first[0].lower() in _DETERMINERS and len(first) > 2 and first[-1][:1].isupper()
    ):
        return _noun_phrase_ending(first)
    return None


def _clause_subject(tokens: list[str]) -> str | None:
    """The subject of the clause a participle ("…, saying …") hangs on: the speaker of an
    inverted attribution before it ("“…,” said Ola Berg, urging …"), else the subject of the
    sentence ("Jane Roe spoke on Tuesday in Leeds, England, arguing …"), else the first noun
    phrase of the nearest clause."""
    if len(tokens) > 2 and tokens[1] == ":" and tokens[0][:1].isupper():
        tokens = tokens[2:]  # a caption's label
    segments = _segments(tokens)
    for segment in reversed(segments):
        if len(segment) > 1 and segment[0].lower() in SPEECH_VERBS and segment[1][:1].isupper():
            return _noun_phrase_starting(segment[1:])
    subject = _sentence_subject_of(segments)
    if subject:
        return subject
    for segment in reversed(segments):
        subject = _noun_phrase_starting(segment)
        if subject:
            return subject
    return None


_NOMINATIVE = wordset("he she")


def _pronoun_after_adverbial(tokens: list[str]) -> str | None:
    """ "At last she looked up", "Then he went on": "he" or "she" after a short opening
    adverbial written without a comma (a pronoun in the nominative is the subject of its
    clause; "we" and "they" are left alone, as they name no one speaker)."""
    if len(tokens) < 2 or tokens[0].lower() not in _CLAUSE_OPENERS:
        return None
    for i, token in enumerate(tokens[1:7], start=1):
        if token.lower() in _NOMINATIVE:
            return token if i + 1 < len(tokens) else None
        if not token.islower() or token.lower() in PRONOUNS:
            return None
    return None


def _noun_phrase_starting(tokens: list[str]) -> str | None:
    if not tokens:
        return None
    first = _uncontracted(tokens[0])
    if first.lower() in PRONOUNS and first.lower() not in (
        "it",
        "this",
        "that",
        "who",
        "his",
        "her",
        "their",
        "its",
    ):
        return first
    if (
        first.lower() in _DETERMINERS
        or first.lower() in _POSSESSORS
        or first.lower().endswith(("’s", "'s"))
    ):
        return _description_starting(tokens)  # "The senator", "My uncle", "Okafor’s campaign"
    if len(tokens) > 2 and first.lower() in _TIME_OPENERS and tokens[1].lower() in _TIME_WORDS:
        # "Last week State Department official David Holmes revealed …"
        return _noun_phrase_starting(tokens[2:])
    run: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token[:1].isupper() or (run and token in ("of", "de", "van", "von", "al")):
            run.append(token)
            index += 1
            continue
        role = _role_words(tokens, index) if run else 0
        if not role:
            break
        # "Club captain Tadhg Brennock", "Forensic psychiatrist Professor Paul Mullen",
        # "Liberal Democrat education spokesman Phil Willis": role words, then the name.
        run.extend(tokens[index : index + role])
        index += role
    while run and run[0].lower() in _NOT_NAME_OPENING:
        run.pop(0)
    if len(run) == 1 and run[0] is tokens[0] and len(tokens) > 1:
        # "Campaign groups say", "Both sides agreed", "Local police were": a common noun phrase
        # capitalised only because it opens the sentence, not the name "Campaign".
        common = _sentence_case_phrase(tokens)
        if common:
            return common
    participle = run and run[0] is tokens[0] and run[0].lower().endswith(("ing", "ed", "ly"))
    if participle and len(tokens) > len(run) and _opens_phrase(tokens[len(run)]):
        # "Existing adult learners could …", "Following Monday's debate …": a capitalised word
        # or a phrase of its own, not a name ("Manning said" keeps its name).
        return None if len(run) == 1 else " ".join(run[1:]) if run[1][:1].isupper() else None
    return " ".join(run) if run else None


def _sentence_case_phrase(tokens: list[str]) -> str | None:
    """``tokens`` open with a capitalised word and go on with lower-case nouns and adjectives
    ("Human rights groups", "Each participant"): that phrase, up to the first word that cannot
    belong to it; None when the second word already cannot (a name and its verb: "Manning
    said", "Reuters reported", "Obama also")."""
    phrase = [tokens[0]]
    for token in tokens[1:5]:
        low = token.lower()
        if (
            not token.isalpha()
            or not token[:1].islower()
            or low in _STOP
            or low in _AUXILIARIES
            or low in CUE_VERBS
            or low in _DETERMINERS
            or low in _NOT_OPENING_NAME
            or low.endswith(("ed", "ly", "ing"))
        ):
            break
        phrase.append(token)
    if len(phrase) < 2:
        return None
    # Only a phrase whose head can speak: people, a body, a document ("Clinton talks", "Pence
    # himself", "Moore took" are a name and what follows it).
    head = phrase[-1].lower()
    speaks = (
        is_person_noun(head)
        or head in _EN.body_nouns
        or head in _EN.organisation_heads
        or head in _EN.document_nouns
        or head.rstrip("s") in _EN.body_nouns
        or head.rstrip("s") in _EN.document_nouns
        or is_person_noun(head.rstrip("s"))
    )
    return " ".join(phrase) if speaks else None


def _opens_phrase(token: str) -> bool:
    """A lower-case word that is no verb of the clause: "adult" after "Existing" (but "picked"
    after "Ned" is his verb: a name in -ed)."""
    low = token.lower()
    return (
        token[:1].islower()
        and low not in _AUXILIARIES
        and low not in CUE_VERBS
        and not (low.endswith("ed") or low in _EN.irregular_past)
    )


def is_person_noun(word: str) -> bool:
    """A noun naming a person by role or relation: "psychiatrist", "neighbour", "coach"."""
    low = word.lower()
    if low in _EN.person_nouns or low in TITLES:
        return True
    if low in _STOP or low in _AUXILIARIES or low.endswith(("ed", "ing", "ly")) or len(low) < 5:
        return False
    return low.endswith(("ist", "ian", "or", "er", "man", "woman")) and low not in _NOT_NOUNS


def _role_words(tokens: list[str], index: int) -> int:
    """How many lower-case words from ``index`` are a role standing between capitalised words
    ("psychiatrist" in "Forensic psychiatrist Paul Mullen"): up to three, the last a person noun,
    none a function word or verb, a capitalised word right after; 0 when they are not."""
    for length in range(1, 4):
        end = index + length
        if end >= len(tokens):
            return 0
        word = tokens[end - 1]
        low = word.lower()
        if not word[:1].islower() or low in _STOP_OR_DETERMINER or low in _AUXILIARIES:
            return 0
        if low in CUE_VERBS:
            return 0
        if low.endswith(("ed", "ing")) and not is_person_noun(word):
            return 0
        role = is_person_noun(word) or (len(low) > 5 and low.endswith(("ant", "ent")))
        if role and tokens[end][:1].isupper():
            return length  # "accountant", "correspondent" between capitalised words
    return 0


def _description_starting(tokens: list[str]) -> str | None:
    """`The senator`, `A group of 67 local artists`, `Okafor’s campaign`: from the
    determiner up to the first word that cannot be part of a noun phrase (a verb, mostly)."""
    phrase = [tokens[0]]
    for i, token in enumerate(tokens[1:8], start=1):
        low = token.lower().rstrip(".!?")  # ("The Colonel smiled.": its last word keeps the stop)
        # "A Department for Levelling Up spokesman": a joiner inside a capitalised name.
        inside_name = (
            low in ("for", "and")
            and phrase[-1][:1].isupper()
            and tokens[i + 1 : i + 2] != []
            and tokens[i + 1][:1].isupper()
        )
        if inside_name:
            phrase.append(token)
            continue
        if low in _AUXILIARIES or low in CUE_VERBS or (low in _STOP and low != "of"):
            break
        if low.endswith(("n't", "n’t")):
            break  # "Her husband didn't look up": an auxiliary with its negation
        if (low.endswith("ed") or low in _EN.irregular_past) and not token[:1].isupper():
            break  # "The senator voted", "The old farmer sat"
        phrase.append(token)
    while phrase and phrase[-1].lower() in _STOP_OR_DETERMINER:
        phrase.pop()
    return " ".join(phrase) if len(phrase) > 1 else None


def _noun_phrase_ending(tokens: list[str]) -> str | None:
    """The noun phrase that ends ``tokens``: a pronoun, a name run, or `a/the … noun`."""
    if not tokens:
        return None
    last = _uncontracted(tokens[-1])
    if last.lower() in PRONOUNS:
        return last if last.lower() in ("he", "she", "it", "they", "we", "i", "who") else None
    if len(tokens) == 1 and last.istitle() and last.lower() in _ELLIPTICAL:
        return last  # "Another said …", "One, who did not want to be named, said …"

    if last[:1].isupper():
        affiliated = _name_before_affiliation(tokens)
        if affiliated:
            return affiliated  # "Tobias Reinhold-Yılmaz of the Kiel Institute … warned"
        run = [last]
        for i in range(len(tokens) - 2, -1, -1):
            token = tokens[i]
            joins = token in _NAME_JOINERS and i > 0 and tokens[i - 1][:1].isupper()
            if token[:1].isupper() or joins:
                run.insert(0, token)
            else:
                break
        before = tokens[len(tokens) - len(run) - 1].lower() if len(run) < len(tokens) else ""
        start = len(tokens) - len(run) - (1 if before == "the" else 0)
        listed = _listed_name_start(tokens, start) if "and" in run else None
        if listed is not None:
            # "the Department of Climate Change, Energy, the Environment and Water": a name
            # whose "of" governs a list.
            start = listed
            run = tokens[start + (1 if tokens[start].lower() == "the" else 0) :]
            before = tokens[start - 1].lower() if start > 0 else ""
        if start > 1 and tokens[start - 1].lower() in ("for", "of", "at", "from", "by"):
            # "A spokesman for the European Anti-Fraud Office said": the spokesman speaks.
            name = _joined(tokens[start:])
            described = _with_head_before(tokens[:start], name)
            head = described.split()[0].lower()
            plural_people = head.endswith("s") and is_person_noun(head[:-1])
            if described != name and (head in _DETERMINERS or plural_people):
                # (and "Analysts at Nordbank said": people of a body, no article needed)
                return described
        if before in _OBJECT_PREPOSITIONS:
            # "A letter to Ines Carvel said": the object of a preposition is never the subject.
            return _subject_opening(tokens[: len(tokens) - len(run) - 1])
        if before in _PLACE_PREPOSITIONS:
            # "Police in Manchester said", "Officials in Kyiv said": people or a body of the
            # place speak; "… at a town hall in New Hampshire said": a place, not the subject.
            where = len(tokens) - len(run) - 1
            people = _noun_phrase_ending(tokens[:where]) if where > 0 else None
            if people and _people_speak(people):
                return f"{people} {tokens[where]} {' '.join(run)}"
            return None
        while run and run[0].lower() in _NOT_OPENING_DESCRIPTION:
            run.pop(0)
        return _joined(run) if run else None
    if last.isdigit() and len(tokens) > 1 and tokens[-2] == "No":
        return f"No {last}"  # "No 10 said": Downing Street, by its number
    age = _AGE_HEAD.fullmatch(last) is not None  # "The 34-year-old said …": a person
    if last.lower() in _STOP or not (last[:1].isalpha() or age) or last.lower() in _DETERMINERS:
        return None
    # A description: back to its determiner ("a White House spokesperson", "the ad’s narrator"),
    # or a bare plural ("sources", "Administration officials").
    phrase = [last]
    start = len(tokens) - 1
    for index in range(len(tokens) - 2, max(-1, len(tokens) - _DESCRIPTION_TOKENS), -1):
        token = tokens[index]
        low = token.lower()
        # "A Ministry of Defence spokeswoman": a joiner inside a capitalised name.
        joins = (
            low in ("of", "for", "and")
            and index > 0
            and tokens[index - 1][:1].isupper()
            and tokens[index + 1][:1].isupper()
        )
        numbered = token == "No" and tokens[index + 1][:1].isdigit()  # ("a No 10 spokesman")
        if (low in _STOP and not joins and not numbered) or token in ",;:—–()":
            break
        phrase.insert(0, token)
        start = index
        if low in _DETERMINERS or low.endswith(("’s", "'s")):
            opening = start
            while low not in _DETERMINERS and opening > 0:
                # "his former employer's warehouse": the possessor's own determiner.
                low = tokens[opening - 1].lower()
                if low in _STOP or not tokens[opening - 1][:1].islower():
                    break
                opening -= 1
            if opening > 0 and tokens[opening - 1].lower() in _OBJECT_PREPOSITIONS:
                # "A man accused of setting fire to his former employer's warehouse told":
                # the object of a preposition is never the subject.
                subject = _subject_opening(tokens[: opening - 1])
                close_to = (
                    opening >= 2
                    and tokens[opening - 1].lower() == "to"
                    and tokens[opening - 2].lower() == "close"
                )
                if subject and close_to:
                    # "A source close to the star told": the whole description speaks.
                    return f"{subject} to {' '.join(tokens[opening:])}"
                return subject
            if opening > 1 and tokens[opening - 1].lower() in _PLACE_PREPOSITIONS:
                # "Irrigators in the state's north-west say": people of the place speak, as
                # in "Police in Manchester said".
                people = _noun_phrase_ending(tokens[: opening - 1])
                if people and _people_speak(people):
                    return f"{people} {tokens[opening - 1]} {' '.join(tokens[opening:])}"
            return _with_head_before(tokens[:start], " ".join(phrase))
    if last.endswith("s") and not last.endswith("ss") and len(phrase) <= 3:
        # "Administration officials", "former Trump aides" -> "Trump aides": the words before
        # the first capitalised one go; those after it stay ("Human rights groups").
        first = next((i for i, p in enumerate(phrase) if p[:1].isupper()), len(phrase) - 1)
        return " ".join(phrase[first:])
    return None


def _listed_name_start(tokens: list[str], end: int) -> int | None:
    """Where a name ends with a list that ``tokens[end:]`` closes begins ("the Department of
    Climate Change , Energy , the Environment and Water": at "the" before "Department"): the
    list's items are capitalised runs set off by commas, its first run has "of" or "for" in it;
    None when ``tokens[end - 1]`` is no such list's comma."""
    comma = end - 1
    for _ in range(6):
        if comma < 1 or tokens[comma] != ",":
            return None
        begin = comma
        while begin > 0 and (
            tokens[begin - 1][:1].isupper()
            or (
                tokens[begin - 1].lower() in _NAME_JOINERS
                and begin > 1
                and tokens[begin - 2][:1].isupper()
            )
        ):
            begin -= 1
        if begin == comma:
            return None
        item = [t.lower() for t in tokens[begin:comma]]
        if begin > 0 and tokens[begin - 1].lower() == "the":
            begin -= 1
        if "of" in item or "for" in item:
            return begin
        comma = begin - 1
    return None


def _joined(tokens: list[str]) -> str:
    """Words and the commas between them as written."""
    return " ".join(tokens).replace(" , ", ", ")


def _people_speak(phrase: str) -> bool:
    """Whether ``phrase`` (three words at most) is people who can speak for a place: "Police",
    "Officials", "Irrigators"."""
    words = phrase.split()
    last = words[-1].lower()
    return len(words) <= 3 and (
        last == "police" or (last.endswith("s") and is_person_noun(last[:-1]))
    )


def _uncontracted(token: str) -> str:
    """A pronoun with its verb contracted onto it ("I'd", "We’ve", "She'll") as the pronoun."""
    if "'" not in token and "’" not in token:
        return token  # (most words: nothing contracted)
    base = re.split(r"['’]", token, maxsplit=1)[0]
    return base if base != token and base.lower() in PRONOUNS else token


def _subject_opening(tokens: list[str]) -> str | None:
    """The subject, when the noun phrase before a verb turned out to be the object of a
    preposition that ends ``tokens``' clause: the noun phrase the preposition hangs on ("United's
    statement to the stock exchange said"), else the subject the clause opens with ("A man
    accused of setting fire to his employer's warehouse told")."""
    head = _noun_phrase_ending(tokens) if tokens and tokens[-1] not in ",;:()" else None
    if head and head.split()[0].lower() in _DETERMINER_OR_POSSESSOR:
        return head
    if head and any(t.endswith(("'s", "’s")) for t in head.split()):
        return head
    return _sentence_subject_of(_segments(tokens))


def _with_head_before(tokens: list[str], phrase: str) -> str:
    """ "A spokesman for the police department": a description governed by "for"/"of"/"at" is the
    complement of the noun phrase before it, which is the speaker."""
    if len(tokens) < 2 or tokens[-1].lower() not in ("for", "of", "at", "from", "by"):
        return phrase
    head = _noun_phrase_ending(tokens[:-1])
    long = len(head.split()) + len(phrase.split()) > 9 if head else False
    if head is None or head.lower() in PRONOUNS or (long and not is_organisation(phrase)):
        return phrase  # (a body's long name is still one name)
    return f"{head} {tokens[-1]} {phrase}"


def _clean_phrase(np: str) -> str | None:
    np = re.split(
        r",|\s+(?:in|on|at|during|who|which|that|for|after|before|when|while|from|with|as"
        r"|he|she|they|it|we|i|is|was|were|are|had|has|have|will|would|could)\s"
        # ("a source close to the star" keeps its "to")
        r"|(?<!\bclose)\s+to\s|[\u2063\"“”]",
        np,
    )[0]
    np = np.strip(" ,.")
    affiliated = _AFFILIATION.match(np)
    institution = ORG_WORDS | _EN.place_heads  # (a university, a college, a hospital)
    if affiliated and any(w.lower() in institution for w in affiliated.group("body").split()):
        # "lead author Dr Valentina Paz of University College London": the person, not the
        # person and her institution ("the Bank of England" keeps its "of": no name before it).
        np = affiliated.group("person")
    words = np.split()
    while len(words) > 1 and words[-1].endswith("ly") and words[-1].lower() not in _LY_NOUNS:
        words.pop()  # "said his wife impatiently": the manner, not the speaker
    return " ".join(words) or None


_AFFILIATION = re.compile(
    r"(?P<person>.*\b[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+)\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)$"
)


def _is_subject(subject: str) -> bool:
    words = subject.split()
    if not words or len(words) > 10:
        return False
    first = words[0]
    if first.lower() in _TIME_WORDS:
        return False
    last = words[-1].lower()
    return (
        first.lower() in ("he", "she", "they", "we", "i")
        or first[:1].isupper()
        or first.lower() in _DETERMINERS
        # "state Sen. Jane Doe", "former mayor Ola Berg"
        or (len(words) <= 6 and words[-1][:1].isupper())
        # "prosecutors", "federal officials", "police": people or bodies in the plural
        or (
            len(words) <= 3
            and all(w[:1].islower() for w in words)
            and ((last.endswith("s") and not last.endswith("ss")) or last in _EN.body_nouns)
            and not any(w in _STOP for w in words)
        )
    )


def is_pronoun(phrase: str) -> bool:
    return phrase.lower() in PRONOUNS


# US states as newspapers abbreviate them ("(D-Calif.)"), company forms and a few more.
_OTHER_ABBREVIATIONS = (
    "Calif Ariz Fla Ill Mass Tenn Tex Va Wash Ky Pa Ore Ind Mich Wis Minn Conn Md Ga Ala La Miss "
    "Mo Nev Okla Colo Kan Neb Del Vt Inc Corp Co No vs etc"
).split()
_ABBREVIATED_WORDS = (*NAME_ABBREVIATIONS, *_OTHER_ABBREVIATIONS)
# (The leading lookahead, the letters a match starts with, lets the regex engine skip to the
# next candidate quickly instead of trying every alternative at every character.)
_ABBREVIATION = re.compile(
    rf"(?=[A-Z{''.join(sorted({w[0] for w in _ABBREVIATED_WORDS if not w[0].isupper()}))}])"
    r"(?:\b(?:[A-Z]\.){1,4}|\b(?:" + "|".join(_ABBREVIATED_WORDS) + r")\.)"
)
_PARENTHETICAL = re.compile(r"\([^()“”\"\n]{0,40}\)")
ABBREVIATION_DOT = "\u2024"
_SAID_I = re.compile(r"(?<=[a-z] )I\u2024(?=\s*(?:[\"“‘']|$))", re.MULTILINE)


def mask(text: str) -> str:
    """``text`` with the same length, where abbreviation dots cannot end a sentence ("Sen.",
    "N.C.") and short parentheticals ("(D-Calif.)") are blanked, so attribution patterns can span
    them. Phrases taken from the masked text go through ``unmask``."""
    text = _PARENTHETICAL.sub(lambda m: " " * len(m.group(0)), double_apostrophes(text))
    masked = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", ABBREVIATION_DOT), text)
    if "I" + ABBREVIATION_DOT not in masked:
        return masked
    # "“Not to God Almighty?” said I. “That was …”": the pronoun ends its sentence.
    return _SAID_I.sub("I.", masked)


def unmask(phrase: str) -> str:
    return " ".join(phrase.replace(ABBREVIATION_DOT, ".").split())
