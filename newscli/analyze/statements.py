"""Who says what in an article: direct quotes, reported speech and quoted phrases, in one result.

``find_statements`` collects the quote candidates (``quotes``) and the reported-speech candidates
(``reported``), each with its speaker phrase as written, and resolves the phrases in article
order with one ``speakers.Discourse``, so a pronoun after a reported statement ("Jane Roe said the
plan would fail. “It is a mistake,” she added.") points to the speaker of that statement. The
result holds ``Attribution`` records in article order, each with character offsets into the
article text (``Attribution.parts`` holds one pair per stretch of a quote's words).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING

from newscli.analyze.attribution import CONTINUES, SPEECH_VERBS, mask, unmask
from newscli.analyze.grammar import grammar
from newscli.analyze.names import TITLES, build_index
from newscli.analyze.quotes import (
    BLANK,
    Candidate,
    blank_quotes,
    quote_candidates,
    quote_groups,
    to_quote,
)
from newscli.analyze.reported import Reported, reported_candidates
from newscli.analyze.speakers import NARRATOR, Discourse, only_one
from newscli.lang.registry import Resources, resources
from newscli.model import Attribution, Quote, Sentence

if TYPE_CHECKING:
    from newscli.analyze.speakers_de_fr_es import DeFrEsDiscourse

# A quote that opens its sentence goes on with the last speaker when it comes this soon after.
_CONTINUATION_CHARS = 600
# A question of at most this many words is a turn of a dialogue (a long one is a speaker's
# rhetorical question, and their next quotation goes on with it).
_QUESTION_WORDS = 15

_PARAGRAPH_BREAK = re.compile(r"\n\n")
# A reply told in the narration, not quoted: "Mr. Harding said that he had.", "She answered
# that she did not know." (a name or a pronoun, then the verb and a clause).
_TOLD_REPLY = re.compile(
    r"(?P<subject>(?:(?:Mr|Mrs|Ms|Miss|Dr)[.\u2024]\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)\s+"
    r"(?:said|replied|answered|admitted|owned|confessed|agreed)\s+(?:that\s+)?[a-z]"
)
_TOLD_REPLY_WORDS = 25
# Words that speak to someone: "…, sir", "Madam, …", "My dear girl—", "my dear, …".
_ADDRESS_TERM = re.compile(
    r"(?:^|,\s+)(?:[Ss]ir|[Mm]adam|[Mm]a['’]am|[Mm]iss|[Mm]y\s+dear(?:est)?(?:\s+[a-z]+)?)"
    r"(?=\s*[,.!?;—–]|$)"
)
# A form of address set off in a quotation: "…, my dear.", "Mamma, …", "…, sir; but …", and
# before the "…" that joins the parts of a line around its attribution ("…, mamma … for he …").
_VOCATIVE = re.compile(
    r"(?:^|[,;!?]\s+)"
    r"((?:[Mm]y\s+)?(?:(?:dear|dearest|good|poor|old|young|sweet|little)\s+)?[A-Za-z'’]+)"
    r"(?=\s*(?:[,.!?;—–…]|$))"
)
# A question asking whether the one spoken to is someone: "You are Mr. Ashcombe?", "Are you
# Miss Vane?".
_IDENTIFYING_QUESTION = re.compile(
    r"(?:You\s+are|You['’]re|Are\s+you)\s+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|Miss\s+)?[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+)?)\s*\?$"
)
# What anyone calls a stranger or a master: no sign of who speaks ("my dear", "mamma" are).
_FORMAL_ADDRESS = frozenset(("sir", "madam", "ma'am", "maam", "miss"))
_BEFORE_A_LINE = frozenset(" \t\u00a0\"“‘'«„»‹›")
_WORD = re.compile(r"\w+")
# A paragraph with a quotation and at most this many other words is a line of dialogue.
_LINE_WORDS = 8
_PERSONAL_PRONOUNS = frozenset("he she they i we".split())
_DESCRIPTION_OPENERS = frozenset("the a an his her their my our".split())
_OPENING_MARKS = frozenset("\"“‘'«„")
# A story in dialogue: this many lines at least, each a paragraph of at most so many words.
_DIALOGUE_LINES = 6
_DIALOGUE_LINE_WORDS = 30


@dataclass(frozen=True)
class Statements:
    """Everything said in one article."""

    attributions: tuple[Attribution, ...]
    """Quotes and reported speech, in article order."""
    quotes: tuple[Quote, ...]
    phrases: tuple[Quote, ...]
    """Quoted words that are nobody's speech."""


def find_statements(
    text: str,
    sentences: Sequence[Sentence],
    language: str | None = None,
    *,
    author: str | None = None,
) -> Statements:
    """Quotes, reported speech and phrases of the article body ``text``. ``author``, the one
    author of the article when its byline names one, is who "I said" is when the dialogue does
    not name the narrator (a columnist writing in the first person)."""
    masked = mask(text)
    rules = grammar(language)
    groups = quote_groups(text, masked, rules)
    frame = blank_quotes(masked, groups)
    candidates = quote_candidates(masked, frame, groups, rules)
    clauses = reported_candidates(frame, sentences, rules)
    events: list[Candidate | Reported] = [*candidates, *clauses]
    if not events:
        # Reading the discourse (names, referents, each sentence's subject) is most of the cost,
        # and only resolving a statement's speaker needs it.
        return Statements((), (), ())
    events.sort(key=lambda e: e.position)
    dialogue = _is_dialogue(text)
    discourse: Discourse | DeFrEsDiscourse = (
        Discourse(
            build_index(text),
            sentences,
            resources(language),
            text,
            frame,
            language,
            story=dialogue,
        )
        if rules.english
        else _de_fr_es_discourse(text, sentences, language, frame)
    )
    quotes: list[Quote] = []
    phrases: list[Quote] = []
    attributions: list[Attribution] = []
    previous: str | None = None
    reported: Attribution | None = None
    starts = [s.start for s in sentences]
    exchange = _Exchange()
    address = _Address(discourse.language) if isinstance(discourse, Discourse) else None
    heard: set[str | None] = set()
    """The speakers of the quotations so far."""
    reply_at: int | None = None
    """Where the paragraph answering that line starts, once it is read."""
    pending: tuple[int, str] | None = None
    """Where a line starts that "said she" and no one could be, with its pronoun; or one a
    described person said ("her husband"), with the description."""
    answered: dict[int, str] = {}
    """Such lines (by where they start) that the next line spoke to by name, and that name."""
    renamed: dict[str, str] = {}
    """Speakers the article described who named themselves ("the stranger": "Fenwick")."""
    unknown: list[tuple[int, str]] = []
    """Lines "she said" or "She started. '…'" where "she" could be nobody known yet (where
    each starts, and the pronoun): the first speaker of that gender to name themself said them
    ("'You are Mr. Ashcombe?' she said. … 'My name is Edith Marlowe.'")."""
    for event in events:
        if isinstance(event, Reported):
            if event.phrase == CONTINUES and not isinstance(discourse, Discourse):
                # German Konjunktiv I: the sentence goes on with the source before it.
                speaker = discourse.continued(event.position)
            else:
                speaker = discourse.resolve(event.phrase, event.speaker_at)
            if speaker is None:
                continue
            if (
                isinstance(discourse, Discourse)
                and discourse.story
                and event.verb.lower() in discourse.language.thought_verbs
            ):
                continue  # "He thought it was probably large": a thought the narrator tells
            discourse.said(speaker, event.end)
            reported = Attribution(
                "reported",
                event.text,
                speaker,
                event.verb,
                event.sentence,
                event.start,
                event.end,
                ((event.start, event.end),),
            )
            attributions.append(reported)
            continue
        # A short question just before: in an exchange of quotations, the next one answers.
        asked = (
            bool(quotes)
            and quotes[-1].text.rstrip().endswith("?")
            and len(quotes[-1].text.split()) <= _QUESTION_WORDS
        )
        own_paragraph = _opens_paragraph(text, event)
        asked_of = (
            _asked_of(text, quotes[-1], discourse, heard, quotes[-2] if len(quotes) > 1 else None)
            if asked
            else None
        )
        speaker = _quote_speaker(
            event,
            discourse,
            previous,
            asked=asked,
            asked_of=asked_of,
            opens_paragraph=own_paragraph,
        )
        if (
            own_paragraph
            and event.how == "continues"
            and isinstance(discourse, Discourse)
            and discourse.story
        ):
            speaker = _taking_turns(text, frame, event, speaker, discourse)
        turn = exchange.turn(frame, event) if own_paragraph else None
        described_asker = (
            own_paragraph
            and event.how == "explicit"
            and speaker is not None
            and speaker == previous
            and _described(event.phrase or "")
        )
        addressed = (
            _addressed_before(text, event, quotes, discourse)
            if own_paragraph and (event.how in ("continues", "none") or described_asker)
            else None
        )
        voiced = (
            discourse.voice_before(event.position)
            if own_paragraph
            and event.how in ("continues", "none")
            and isinstance(discourse, Discourse)
            else None
        )
        if voiced:
            speaker = voiced  # "the boy’s voice came down to them. / ‘Deck, there!’"
        elif addressed:
            # "“My dear Agatha, …?” / “The railway possessed me …”": the one the line before
            # spoke to answers (also when a description that came out as the one who asked
            # attributes the answer: "“…, Jenkins?” enquired Mr. Gosling. / “Misfortune, sir,”
            # replied the man in the brown coat").
            speaker = addressed
        elif (
            turn is not None
            and event.how in ("continues", "none")
            and not asked_of
            and isinstance(discourse, Discourse)
            and (taker := _turn_taker(discourse, quotes, event.parts[-1].end))
        ):
            speaker = taker
        elif (
            turn is not None
            and event.how in ("continues", "none")
            and not asked_of
            and not (
                isinstance(discourse, Discourse)
                and discourse.acting_person_after(event.parts[-1].end)
            )
        ):
            # A dialogue: each line its own paragraph, two people taking turns, and this line
            # not attributed: the one who spoke before the last line speaks again.
            speaker = (
                exchange.next_speaker(turn)
                or (
                    _next_in_dialogue(text, event, quotes, discourse)
                    if dialogue and not asked_of
                    else None
                )
                or speaker
            )
        quoted = text[event.parts[0].start : event.parts[-1].end]
        if (
            address is not None
            and isinstance(discourse, Discourse)
            and dialogue
            and turn is not None
            and not addressed
            and event.how in ("continues", "none")
        ):
            # "“And leave me quite alone!” exclaimed Mrs. Thornbury. / “Not quite alone, my
            # dear. …”": the one who has called her "my dear" before answers her.
            speaker = address.speaker(quoted, address.addressee(quoted, discourse)) or speaker
        chosen = speaker
        if speaker and event.how in ("continues", "none") and isinstance(discourse, Discourse):
            chosen = _not_named_in_own_line(speaker, quoted, event, discourse, line=own_paragraph)
        if chosen != speaker:
            speaker = chosen
        elif (
            speaker
            and own_paragraph
            and event.how == "continues"
            and speaker == discourse.last_speaker
            and isinstance(discourse, Discourse)
            and _ADDRESS_TERM.search(quoted)
        ):
            # "“And for two hundred years, sir, people have died …”": a new paragraph that speaks
            # to someone answers the one who spoke last.
            speaker = discourse.other_party(event.position) or speaker
        if (
            address is not None
            and speaker
            and speaker.lower() in discourse.language.family_names
            and speaker not in heard
        ):
            # "Mamma, you will make us ridiculous." / "Nobody was ever …": the one the
            # daughters call "mamma" (Mrs. Harcourt), when the story has no "Mamma" of her own.
            speaker = (
                address.called(speaker.lower())
                # ("Mamma, shall you …?" of Louisa: her mother, who answers)
                or (
                    discourse.parent_called(speaker, previous)
                    if quotes and speaker in quotes[-1].text and isinstance(discourse, Discourse)
                    else None
                )
                or speaker
            )
        if speaker and isinstance(discourse, Discourse) and discourse.story:
            speaker = _not_the_one_spoken_to(speaker, quoted, event, discourse)
        acting = (
            discourse.pronoun_acting(event.position)
            if isinstance(discourse, Discourse) and event.how == "continues" and not own_paragraph
            else None
        )
        if (
            acting
            and speaker
            and isinstance(discourse, Discourse)
            and discourse.story
            and not _described(speaker)
            and not discourse.may_be(speaker, acting, spoken_to=True)
        ):
            speaker = None  # "She started. '…'" after a man's line: not his
        own = (
            discourse.self_named(quoted, alone=_own_sentence(text, event))
            if isinstance(discourse, Discourse)
            else None
        )
        if own and unknown and isinstance(discourse, Discourse):
            for at, pronoun in unknown:
                if discourse.may_be(own, pronoun, spoken_to=True):
                    answered.setdefault(at, own)
            unknown.clear()
        if own and own not in heard and isinstance(discourse, Discourse):
            # "“How could you possibly know that?” cried our visitor. … “My name is Agnes
            # Merriweather,” she said.": the newcomer who spoke unnamed is the first new voice
            # to name themself.
            newcomer = only_one(
                {
                    s
                    for s in heard
                    if s
                    and _described(s)
                    and s not in renamed
                    and s.split()[-1].lower() in discourse.language.newcomer_nouns
                }
            )
            if newcomer:
                renamed[newcomer] = own
        if own and own != speaker and _may_be_renamed(speaker, event):
            # "“My name is Fenwick,” said the stranger.": the speaker names themself.
            if speaker and _described(speaker):
                renamed[speaker] = own  # "the stranger" is Fenwick all through
            speaker = own
        inner_cue = (
            event.how == "explicit"
            and reported is not None
            and event.cue is not None
            and event.cue.lower() not in SPEECH_VERBS
            and reported.cue != "according to"  # ("X told investigators “…”, according to …")
            and reported.start <= event.speaker_at < reported.end
        )
        if (event.how != "explicit" or inner_cue) and _inside(event, reported):
            # (also "said … that the government has put “a fair offer” on the table": words
            # quoted as the object of a verb inside her statement are hers)
            # "Milley told US media that its forces are likely to remain “for several more
            # years”": words quoted inside a reported statement are its speaker's.
            assert reported is not None
            speaker = reported.speaker
        signed = _SIGNED.search(quoted) if isinstance(discourse, Discourse) else None
        if signed and len(quoted) > _SIGNED_LETTER_CHARS:
            # A letter read out, signed "Your affectionate sister, Jane Gilchrist.": its
            # writer's words, whoever reads them.
            speaker = discourse.names.resolve(signed.group("name").rstrip("."))
        quote = to_quote(text, event, speaker, sentences, starts)
        if quote is None:
            continue
        if quote.kind == "phrase":
            phrases.append(quote)
            continue
        previous = speaker
        if address is not None and isinstance(discourse, Discourse):
            address.note(quote.text, speaker, address.addressee(quote.text, discourse))
        discourse.said(speaker, event.parts[-1].end)
        if isinstance(discourse, Discourse):
            discourse.spoke_to(quote.text, event.parts[-1].end)
        if turn is not None:
            exchange.add(turn, speaker)
        paragraph = text.rfind("\n", 0, quote.parts[0][0]) + 1
        if pending is not None and reply_at is None and own_paragraph:
            reply_at = paragraph
        if pending is not None and paragraph == reply_at and isinstance(discourse, Discourse):
            # "“Mr. Vane?” said she, …" where no woman is named yet, then "“… Pray sit down,
            # Mrs. Oakes …”": the one the next line speaks to by name said it. So too a line of
            # "her husband" answered with "…, Dave." (or "“Bless my soul!” cried Mr. Tupper.
            # “Jenkins! To be sure!”"): he is Dave all through.
            at, teller = pending
            described = teller not in ("he", "she")
            called = discourse.addressee(quote.text, any_name=described)
            if (
                speaker
                and called
                and called != speaker
                and discourse.may_be(called, teller, spoken_to=described)
                and not (quotes and _echoes(called, quotes[-1].text, quote.text))
            ):
                if described:
                    renamed[teller] = called
                else:
                    answered[at] = called
                pending = None
        if pending is not None and paragraph != reply_at:
            pending = reply_at = None  # the line after it (its paragraph) spoke to nobody so
        if speaker is None and acting:
            unknown.append((quote.parts[0][0], acting))
        if speaker is None and event.how == "explicit" and own_paragraph:
            pronoun = (event.phrase or "").lower()
            if pronoun in ("he", "she"):
                pending, reply_at = (quote.parts[0][0], pronoun), None
                unknown.append((quote.parts[0][0], pronoun))
        elif dialogue and speaker and _described(speaker) and speaker not in renamed:
            pending, reply_at = (quote.parts[0][0], speaker), None
        quotes.append(quote)
        heard.add(speaker)
        attributions.append(
            Attribution(
                "quote",
                quote.text,
                speaker,
                quote.cue,
                quote.sentence,
                quote.parts[0][0],
                quote.parts[-1][1],
                quote.parts,
            )
        )
    if answered or renamed:
        # ("The stranger was silent … “My name is Cope—Nathaniel Cope.”": "the stranger" of
        # every tag, however the sentence opening it capitalised)
        renamed.update({k[:1].lower() + k[1:]: v for k, v in renamed.items() if _described(k)})

        def who(start: int, speaker: str | None) -> str | None:
            speaker = answered.get(start, speaker)
            if speaker and _described(speaker):
                speaker = renamed.get(speaker[:1].lower() + speaker[1:], speaker)
            return renamed.get(speaker, speaker) if speaker else speaker

        attributions = [replace(a, speaker=who(a.start, a.speaker)) for a in attributions]
        quotes = [replace(q, speaker=who(q.start, q.speaker)) for q in quotes]
    # (a quoted phrase is nobody's words: the narrator's "I" is not kept for it)
    phrases = [replace(p, speaker=None) if p.speaker == NARRATOR else p for p in phrases]
    if any(a.speaker == NARRATOR for a in attributions):
        reported_spans = [(a.start, a.end) for a in attributions if a.kind == "reported"]
        narrator = _narrator(quotes, discourse, reported_spans) or author
        attributions = [
            replace(a, speaker=narrator) if a.speaker == NARRATOR else a
            for a in attributions
            # ("I said that …" reports nobody's speech when nobody is named)
            if a.speaker != NARRATOR or narrator or a.kind == "quote"
        ]
        quotes = [replace(q, speaker=narrator) if q.speaker == NARRATOR else q for q in quotes]
    if not dialogue and rules.english and any(q.speaker is None for q in quotes):
        echoed = _echoed_speakers(quotes)
        if echoed:
            attributions = [
                replace(a, speaker=echoed[a.start])
                if a.kind == "quote" and a.start in echoed
                else a
                for a in attributions
            ]
            quotes = [replace(q, speaker=echoed.get(q.start, q.speaker)) for q in quotes]
    if not dialogue and rules.english and phrases and quotes:
        # A headline's 'chilling', 'far behind target': the words one speaker says in the body.
        headline = _headline_echoes(text, phrases, quotes)
        if headline:
            phrases = [p for p in phrases if p.start not in headline]
            for start, (phrase, speaker) in headline.items():
                echo = replace(phrase, kind="quote", speaker=speaker)
                at = next((i for i, q in enumerate(quotes) if q.start > start), len(quotes))
                quotes.insert(at, echo)
                parts = echo.parts or ((echo.start, echo.end),)
                attributions.append(
                    Attribution(
                        "quote", echo.text, speaker, None, echo.sentence, start, parts[-1][1], parts
                    )
                )
    if not dialogue and rules.english and quotes:
        # A crosshead's quotation ("16:05 / ‘The whole sky went black’ / A woman … told the BBC
        # … “The whole sky went black,” she said."): the speaker of the words below it.
        crossheads = _crosshead_speakers(text, quotes)
        if crossheads:
            quotes = [replace(q, speaker=crossheads.get(q.start, q.speaker)) for q in quotes]
            attributions = [
                replace(a, speaker=crossheads[a.start])
                if a.kind == "quote" and a.start in crossheads
                else a
                for a in attributions
            ]
    attributions.sort(key=lambda a: (a.start, a.end))
    return Statements(tuple(attributions), tuple(quotes), tuple(phrases))


def _crosshead_speakers(text: str, quotes: Sequence[Quote]) -> dict[int, str]:
    """Speakers for the quotations of crossheads (a short paragraph past the first, with no
    full stop at its end and no attribution of its own) whose words one speaker says in the
    quotations under it, within ``_CROSSHEAD_REACH`` characters: by where each such quotation
    starts."""
    found: dict[int, str] = {}
    for index, quote in enumerate(quotes):
        if quote.cue is not None:
            continue
        start = text.rfind("\n", 0, quote.start) + 1
        if start == 0:
            continue  # (the first paragraph: a headline, read by _headline_echoes)
        end = text.find("\n", quote.start)
        paragraph = text[start : len(text) if end < 0 else end].strip()
        if len(paragraph.split()) > _CROSSHEAD_WORDS or paragraph.rstrip("’”'\"").endswith(
            (".", "!", "?", ":")
        ):
            continue
        form = _echo_form(quote.text)
        reach = quote.start + _CROSSHEAD_REACH
        below = []
        for later in quotes[index + 1 :]:
            if later.start > reach:
                break
            below.append(later)
        speaker = _sole_speaker(form, _spoken(below)) if form else None
        if speaker and speaker != quote.speaker:
            found[quote.start] = speaker
    return found


def _headline_echoes(
    text: str, phrases: Sequence[Quote], quotes: Sequence[Quote]
) -> dict[int, tuple[Quote, str]]:
    """The phrases of an article's first paragraph (its headline) whose words the body quotes
    from exactly one speaker: "Perth man who sent ex-partner ‘chilling’ texts …" when the
    sheriff called them "chilling" (by where each phrase starts)."""
    first_break = text.find("\n")
    headline_end = len(text) if first_break < 0 else first_break
    headline = text[:headline_end].rstrip()
    if headline.endswith((".", "!", "?")) or len(headline.split()) > _HEADLINE_WORDS:
        return {}  # a lede, not a headline: its quoted words stand as the article wrote them
    spoken = list(_spoken(quotes))
    found: dict[int, tuple[Quote, str]] = {}
    for phrase in phrases:
        if phrase.start >= headline_end:
            break
        form = _echo_form(phrase.text)
        if not form or not phrase.text[:1].islower():
            continue  # (a title or a name in the headline: "“Belle Rive — Path Forward”")
        speaker = _sole_speaker(form, spoken)
        if speaker:
            found[phrase.start] = (phrase, speaker)
    return found


_ECHO_MIN_WORDS = 2
# A first paragraph of more words than this, or ending with a full stop, is no headline.
_HEADLINE_WORDS = 30
# A crosshead has at most this many words, and the words it quotes are said below it within
# this many characters.
_CROSSHEAD_WORDS = 15
_CROSSHEAD_REACH = 1500


def _echoed_speakers(quotes: Sequence[Quote]) -> dict[int, str]:
    """Speakers for quotations nobody is said to have spoken whose words the article quotes
    again from one speaker: a headline's "Ministers accused of ‘quietly burying’ scheme" is
    the words the body gives to the shadow minister (by where each such quotation starts)."""
    spoken = list(_spoken(quotes))
    found: dict[int, str] = {}
    for quote in quotes:
        form = _echo_form(quote.text)
        if quote.speaker or len(form.split()) < _ECHO_MIN_WORDS:
            continue
        if not quote.text[:1].islower():
            # Only words quoted inside a sentence of the article's own: not a title ("Takin’ It
            # to the Streets"), a slogan, or a line of dialogue ("Well then"), which a story's
            # other lines may repeat.
            continue
        speaker = _sole_speaker(form, spoken)
        if speaker:
            found[quote.start] = speaker
    return found


def _spoken(quotes: Iterable[Quote]) -> Iterator[tuple[str, str]]:
    """Each attributed quotation's words as compared for an echo (spaces around), with its
    speaker."""
    return ((f" {_echo_form(q.text)} ", q.speaker) for q in quotes if q.speaker)


def _sole_speaker(form: str, spoken: Iterable[tuple[str, str]]) -> str | None:
    """The one speaker of ``spoken`` (``_spoken`` pairs) whose words hold the words ``form``
    (an echo form); None when nobody's or several people's do."""
    padded = f" {form} "
    return only_one({speaker for words, speaker in spoken if padded in words})


def _echo_form(words: str) -> str:
    """``words`` as compared for an echo: lower case, letters and digits only."""
    return " ".join(_WORD.findall(words.lower()))


def _narrator(
    quotes: Sequence[Quote],
    discourse: Discourse | DeFrEsDiscourse,
    reported: Sequence[tuple[int, int]] = (),
) -> str | None:
    """The name of the one who says "I" in a story's dialogue: the name the others' lines next
    to the narrator's (two on either side) call them by ("“Oh, Henry, you slept in a ditch”"
    between two of the narrator's lines) and the narration never uses, when it is called so
    most (a line right next to the narrator's counting twice), or once and no other name so;
    None when the story never tells."""
    if not isinstance(discourse, Discourse):
        return None
    introduced = _NARRATOR_NAMED.search(discourse.frame or discourse.text)
    if introduced:
        # "My name is Richard Ashcombe, and at that time I was two-and-thirty": the narration
        # names its teller
        return discourse.names.resolve(introduced.group("name"))
    votes: Counter[str] = Counter()
    for index, quote in enumerate(quotes):
        if quote.speaker != NARRATOR:
            continue
        for near in (index - 2, index - 1, index + 1, index + 2):
            other = quotes[near] if 0 <= near < len(quotes) else None
            if other is None or other.speaker in (NARRATOR, None):
                continue
            named = discourse.addressee(other.text, any_name=True)
            if (
                named
                and named != other.speaker
                and not _narrated_outside(discourse, named, reported)
            ):
                # (the narration calls the narrator "I", not by name; the line right before or
                # after the narrator's speaks to them more surely than the one beyond)
                votes[named] += 2 if abs(near - index) == 1 else 1
    votes = _merged_short_forms(votes)
    found = _most_called(votes) or (next(iter(votes)) if len(votes) == 1 else None)
    if found:
        return found
    # Called so once beside the narrator's lines: the name the others call, all through the
    # story, someone who never speaks but as "I" ("Do you want to hear it, Mr. Hollis?" …
    # “Mr. Hollis, I think?”).
    speakers = {quote.speaker for quote in quotes}
    votes = Counter(
        named
        for quote in quotes
        if quote.speaker not in (NARRATOR, None)
        for named in [discourse.addressee(quote.text, any_name=True)]
        if named and named not in speakers
    )
    return _most_called(votes)


def _narrated_outside(discourse: Discourse, name: str, reported: Sequence[tuple[int, int]]) -> bool:
    """Whether the narration names ``name`` (by its last word) outside the reported speech
    ``reported`` (spans): "Martha … said that the master would see Miss Ashby in the library"
    is Martha's word for the narrator, not the narration's."""
    if not discourse.named_in_narration(name):
        return False
    last = re.escape(name.split()[-1])
    return any(
        not any(start <= found.start() < end for start, end in reported)
        for found in re.finditer(rf"(?<![\w’']){last}(?![\w’'])", discourse.frame)
    )


# The teller of a story naming themself in its narration: "My name is Richard Ashcombe".
_NARRATOR_NAMED = re.compile(
    r"\b[Mm]y\s+name\s+(?:is|was)\s+(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})"
)


def _merged_short_forms(votes: Counter[str]) -> Counter[str]:
    """Votes for one-word names that begin alike ("Mags", "Maggie") counted for the longest:
    the others call the narrator by a short form and a longer one."""
    merged: Counter[str] = Counter()
    names = sorted(votes, key=len, reverse=True)
    for name in names:
        longer = next(
            (
                other
                for other in names
                if len(other) > len(name)
                and " " not in name + other
                and other[:3].lower() == name[:3].lower()
            ),
            name,
        )
        merged[longer] += votes[name]
    return merged


def _most_called(votes: Counter[str]) -> str | None:
    """The name called at least twice, and more often than any other (None: no such name)."""
    if not votes:
        return None
    (name, count), *rest = votes.most_common(2)
    return name if count >= 2 and (not rest or rest[0][1] < count) else None


def find_all(text: str, sentences: Sequence[Sentence]) -> tuple[Quote, ...]:
    """Quotes and quoted phrases (``kind`` tells them apart), in article order."""
    found = find_statements(text, sentences)
    return tuple(sorted((*found.quotes, *found.phrases), key=lambda q: q.start))


def find_quotes(text: str, sentences: Sequence[Sentence]) -> tuple[Quote, ...]:
    """The direct quotes of the article body ``text``, each with its speaker."""
    return find_statements(text, sentences).quotes


@dataclass
class _Exchange:
    """The lines of a dialogue: paragraphs that hold one quotation and at most a short
    attribution ("“But it is,” returned she."), as (paragraph number, speaker)."""

    lines: list[tuple[int, str | None]] = field(default_factory=list)
    _breaks: list[int] | None = None
    """Where the text's paragraph breaks are (found when first needed)."""

    def turn(self, frame: str, candidate: Candidate) -> int | None:
        """The paragraph number of ``candidate`` when its paragraph is a line of dialogue
        (``frame``: the text with every quotation blanked)."""
        opening = candidate.parts[0].start
        start = frame.rfind("\n", 0, opening) + 1
        end = frame.find("\n", candidate.parts[-1].end)
        end = len(frame) if end < 0 else end
        outside = frame[start:end].replace(BLANK, " ")
        if len(_WORD.findall(outside)) > _LINE_WORDS:
            return None
        text = frame
        if self._breaks is None:
            self._breaks = [match.start() for match in _PARAGRAPH_BREAK.finditer(text)]
        return bisect.bisect_left(self._breaks, opening)

    def next_speaker(self, paragraph: int) -> str | None:
        """Who speaks an unattributed line after two lines of two people in the paragraphs
        just before it: the one before the last."""
        if len(self.lines) < 2:
            return None
        (second_at, second), (last_at, last) = self.lines[-2], self.lines[-1]
        if last_at != paragraph - 1 or second_at != paragraph - 2:
            return None
        return second if second and last and second != last else None

    def add(self, paragraph: int, speaker: str | None) -> None:
        if not self.lines or self.lines[-1][0] != paragraph:
            self.lines.append((paragraph, speaker))


@dataclass
class _Address:
    """The forms of address each speaker has used, and to whom: "my dear" from Mr. Thornbury to
    his wife, "mamma" from the daughters to her. People keep them, so an unattributed line that
    speaks to someone in the words one speaker alone has used to that person is that speaker's
    (English stories; the words are the language's ``address_words`` and ``family_names``)."""

    language: Resources
    _used: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    """(form of address, addressee) -> who has used it so."""
    _unanswered: tuple[set[str], str] | None = None
    """The forms of address of the last line, and its speaker, when it spoke to nobody known."""

    @cached_property
    def _heads(self) -> frozenset[str]:
        return self.language.address_words | self.language.family_names

    def forms(self, quoted: str) -> set[str]:
        """The forms of address in ``quoted``, lower case ("my dear", "mamma", "sir")."""
        forms = set()
        heads = self._heads
        for match in _VOCATIVE.finditer(quoted.strip(" \"“”‘’'")):
            form = " ".join(match.group(1).lower().replace("’", "'").split())
            if form.rsplit(" ", 1)[-1] in heads and form not in _FORMAL_ADDRESS:
                forms.add(form)
        return forms

    def addressee(self, quoted: str, discourse: Discourse) -> str | None:
        """Who ``quoted`` speaks to: the person it calls by name, else the last speaker (read
        before the quotation is noted as said). A family word the story uses as a name is the
        one person others have called so ("Mamma, you will …": Mrs. Harcourt)."""
        called = discourse.addressee(quoted)
        if called and called.lower() in self.language.family_names:
            called = self.called(called.lower()) or called
        return called or discourse.last_speaker

    def note(self, quoted: str, speaker: str | None, addressee: str | None) -> None:
        """``speaker`` said ``quoted`` to ``addressee`` (None: to whoever answers next)."""
        unanswered, self._unanswered = self._unanswered, None
        if speaker is None:
            return
        if unanswered and unanswered[1] != speaker:
            # "“You are very quiet, my dear,” said Mr. Ashdown. / “I am thinking,” answered
            # his wife.": the one who answers was spoken to.
            self._use(unanswered[0], speaker, unanswered[1])
        forms = self.forms(quoted)
        if addressee and addressee != speaker:
            self._use(forms, addressee, speaker)
        elif forms:
            self._unanswered = (forms, speaker)

    def _use(self, forms: set[str], addressee: str, speaker: str) -> None:
        if NARRATOR not in (addressee, speaker):
            for form in forms:
                self._used.setdefault((form, addressee), set()).add(speaker)

    def called(self, form: str) -> str | None:
        """The one person others have spoken to as ``form`` ("mamma": Mrs. Harcourt, whom her
        daughters call so), or None."""
        return only_one(
            {
                addressee
                for (used, addressee) in self._used
                if used == form and addressee.lower() != form  # ("Mamma" is no answer)
            }
        )

    def speaker(self, quoted: str, addressee: str | None) -> str | None:
        """The one speaker who has spoken to ``addressee`` in a form of address ``quoted``
        uses (None: no form, nobody or several)."""
        if not addressee:
            return None
        users: set[str] = set()
        for form in self.forms(quoted):
            users |= self._used.get((form, addressee), set())
        return only_one(users)


def _addressed_before(
    text: str, candidate: Candidate, quotes: list[Quote], discourse: Discourse | DeFrEsDiscourse
) -> str | None:
    """The person the quotation of the paragraph just before spoke to by name, when it was not
    its own speaker (None: none, or not English)."""
    if not quotes or not isinstance(discourse, Discourse):
        return None
    last = quotes[-1]
    gap = text[last.parts[-1][1] : candidate.position]
    if len(_PARAGRAPH_BREAK.findall(gap)) != 1 or len(gap) > _CONTINUATION_CHARS:
        return None
    # ("I've heard about you. … Marian, why does nobody come back?": a name opening its
    # last sentence calls who answers, as one opening the whole line does)
    # Several called ("Ellen, child, why is the fire so low? … Good evening, Newland."): the
    # last one called answers.
    called = list(discourse.addressees(last.text))
    named = called[-1] if called else discourse.addressee(_last_sentence(last.text))
    if named is None and discourse.story:
        # "“…,” said Mr. Penrose, accepting a cup from Mrs. Ferrars, “…” / “Good news or bad?”"
        start = text.rfind("\n", 0, last.parts[0][0]) + 1
        end = text.find("\n", last.parts[-1][1])
        named = discourse.turned_to(start, len(text) if end < 0 else end, last.speaker)
    if named and len(quotes) > 1 and _echoes(named, quotes[-2].text, last.text):
        return None  # "Mr. Pembury! The gentleman with the drains?" heard the name just said
    return named if named and named != last.speaker else None


# The close of a letter: "Yours faithfully, Ada Okafor.", "Your affectionate sister, Jane
# Gilchrist." at the end of a quotation (English).
_SIGNED = re.compile(
    r"(?:\.|!)\s+(?:Yours|Your\s+(?:[a-z]+\s+){0,2}[a-z]+)(?:\s+[a-z]+){0,2},\s+"
    r"(?P<name>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})[.!]?\s*$"
)
_SIGNED_LETTER_CHARS = 80


def _last_sentence(quoted: str) -> str:
    """The last sentence of a quotation's words (all of them when it has one)."""
    last = 0
    for end in _SENTENCE_END.finditer(quoted.rstrip()):
        word = _WORD_BEFORE.search(quoted, 0, end.start())
        written = word.group(0) if word else ""
        if end.group(0)[0] == "." and (len(written) <= 2 or written.lower() in TITLES):
            continue  # "To a Mr. Julius Crale, …": a title's dot, or an initial's
        last = end.end()
    return quoted[last:]


_SENTENCE_END = re.compile(r"[.!?][’”'\"]?\s+(?=[A-Z])")
_WORD_BEFORE = re.compile(r"\w+$")


def _taking_turns(
    text: str, frame: str, candidate: Candidate, speaker: str | None, discourse: Discourse
) -> str | None:
    """The speaker of a story's unattributed line that opens its paragraph, as the exchange of
    the two people talking has it, where what is written around the line does not say:

    - "“Your deal, I think,” said her sister. / “Mine? …” He dealt slowly.": "he" is the man of
      the exchange, not one the narration mentioned last (Sir Walter, who spoke long before
      and sits by the fire);
    - "“You have seen the paper?” said Dr. Fenwick. / Mr. Harding said that he had. / “And you
      mean to do nothing?”": the reply told in the narration was his turn; the other speaks.

    ``speaker`` (as read so far) stays otherwise."""
    pronoun = discourse.pronoun_after(candidate.parts[-1].end)
    other = discourse.other_party(candidate.position) if pronoun else None
    if (
        pronoun
        and other
        and speaker not in (other, discourse.last_speaker)
        and discourse.known_to_be(other, pronoun)
    ):
        speaker = other
    replier = _reply_told(text, frame, candidate)
    answered_by = discourse.resolve(replier, candidate.position) if replier else None
    if answered_by:
        parties = (discourse.last_speaker, discourse.other_party(candidate.position))
        speaker = next((p for p in parties if p and p != answered_by), speaker)
    return speaker


def _turn_taker(discourse: Discourse, quotes: Sequence[Quote], end: int) -> str | None:
    """The one whose turn it is when the "he" or "she" acting right after a line ending at
    ``end`` may be either of the two people of that gender who spoke the two lines before
    (" “Nothing, I suppose.” She bent her head …" between a daughter and her mother): the turn
    says who, not the pronoun (None: no such pronoun, or it tells them apart)."""
    pronoun = discourse.pronoun_after(end)
    if not pronoun or len(quotes) < 2:
        return None
    turn_of, last = quotes[-2].speaker, quotes[-1].speaker
    if (
        turn_of
        and last
        and turn_of != last
        and discourse.known_to_be(turn_of, pronoun)
        and discourse.known_to_be(last, pronoun)
    ):
        return turn_of
    return None


def _reply_told(text: str, frame: str, candidate: Candidate) -> str | None:
    """The subject of a short paragraph of narration right before the one ``candidate`` opens
    that tells what someone answered ("Mr. Harding said that he had."), else None."""
    start = text.rfind("\n\n", 0, candidate.position)
    if start < 0:
        return None
    before = text.rfind("\n\n", 0, start)
    paragraph = frame[before + 2 if before >= 0 else 0 : start]
    if BLANK in paragraph or len(paragraph.split()) > _TOLD_REPLY_WORDS:
        return None
    told = _TOLD_REPLY.match(paragraph.strip())
    return unmask(told.group("subject")) if told else None


def _echoes(name: str, heard: str, line: str) -> bool:
    """Whether ``line`` opens by exclaiming a name (its last word) that the line before it,
    ``heard``, gave in the third person: "“… Mr. Pembury is to take the Grange.” / “Mr.
    Pembury! The gentleman with the drains?”" repeats the name it heard; it does not call the
    one who spoke by it (as "“Hobbs will show you.” / “Tell me, Hobbs, …?”" does)."""
    last = re.escape(name.split()[-1])
    if not re.match(rf"\W*(?:[A-Z][a-z]*\.?\s+)?{last}\s*[!?]", line):
        return False
    # (named in the third person there: not set off as one spoken to, "Jenkins! To be sure!")
    return re.search(rf"\b{last}\b(?!\s*[!?,])", heard) is not None


def _not_named_in_own_line(
    speaker: str, quoted: str, candidate: Candidate, discourse: Discourse, *, line: bool
) -> str | None:
    """The speaker of an unattributed quotation, when ``speaker`` (as read from the story so
    far) is the one it speaks to, or (for a line of dialogue opening its paragraph, ``line``)
    the one it speaks of with a title.

    “Who didn't like him, Mr. Bassett?” is not Mr. Bassett's line: the other party spoke it.
    “Agnes, you remember Miss Marlow.” is neither Agnes's line nor Miss Marlow's: the one who
    spoke last or the other party, whichever the line does not name. (A politician may speak of
    himself by name, "I'm not working for Trump", but not as "Mr. Trump" to someone in the
    room.) ``speaker`` stays when the line does not name them so, or names everyone who could
    have spoken it.
    """
    addressee = discourse.addressee(quoted)
    named: set[str] = set(discourse.addressees(quoted, inside=True))
    if line:
        for part in candidate.parts:
            named |= discourse.titled_between(part.start, part.end)
    if speaker not in named:
        return speaker
    other = discourse.other_party(candidate.position)
    last = discourse.last_speaker
    if addressee == speaker and not (other in named and last in named):
        return last if other in named and last and last not in named else other
    unnamed = next((o for o in (last, other) if o and o not in named), None)
    # Both of them spoken to ("You are very wet, Mr. Blake. … Louisa, ring for more coals."):
    # the one the narration named last besides them.
    return unnamed or discourse.last_narrated(candidate.position, frozenset(named)) or speaker


def _is_dialogue(text: str) -> bool:
    """Whether ``text`` is a story told in dialogue: at least ``_DIALOGUE_LINES`` paragraphs, and
    a third of them, are short lines that open with a quotation mark. There a new paragraph is
    a new speaker; in news a quotation in a paragraph of its own goes on with the last speaker."""
    paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split(text) if p.strip()]
    lines = sum(
        1 for p in paragraphs if p[0] in _OPENING_MARKS and len(p.split()) <= _DIALOGUE_LINE_WORDS
    )
    return lines >= _DIALOGUE_LINES and lines * 3 >= len(paragraphs)


def _next_in_dialogue(
    text: str, candidate: Candidate, quotes: list[Quote], discourse: Discourse | DeFrEsDiscourse
) -> str | None:
    """Who speaks an unattributed line of a story's dialogue that opens its paragraph right
    after another's line: the one who spoke before the last speaker (“‘I heard that,’ said
    Walter. / ‘You were meant to.’”), unless someone acts right after it. None: not so."""
    if not quotes or not isinstance(discourse, Discourse):
        return None
    gap = text[quotes[-1].parts[-1][1] : candidate.position]
    if len(_PARAGRAPH_BREAK.findall(gap)) != 1 or len(gap) > _CONTINUATION_CHARS:
        return None
    if discourse.acting_person_after(candidate.parts[-1].end):
        return None
    return discourse.other_party(candidate.position)


def _not_the_one_spoken_to(
    speaker: str, quoted: str, candidate: Candidate, discourse: Discourse
) -> str:
    """A story's speaker as read so far, set right when the line itself says otherwise:

    - an unattributed line that calls a parent ("“I have no taste at all, Mamma.”" after Lady
      Lanyon's line) is that parent's child's, not the Colonel's whose turn it was;
    - "“Good day, Mr. Ferris,” said the landlady": a description is never the one its line
      speaks to (it stays as written);
    - "“Go away, Pettit,” said she": not Pettit, whom she sends away; the other woman.
    """
    phrase = (candidate.phrase or "").lower()
    if candidate.how in ("continues", "none"):
        return discourse.child_calling(quoted, speaker, candidate.position) or speaker
    if candidate.how != "explicit" or discourse.addressee(quoted) != speaker:
        return speaker
    if phrase.startswith("the "):
        return phrase[:1] + (candidate.phrase or "")[1:]
    if phrase in ("he", "she"):
        return discourse.pronoun_besides(phrase, candidate.position, speaker) or speaker
    return speaker


def _own_sentence(text: str, candidate: Candidate) -> bool:
    """Whether the quotation is a sentence of its own ("He held out a hand. “Tom Ashworth.”"),
    not words inside one ("a demo of “Rez Infinite” on the headset")."""
    opening = candidate.parts[0].open_mark
    closing = candidate.parts[-1].close_mark
    if closing is None:
        return False
    before = text[max(0, opening - 3) : opening].rstrip(" \t")
    after = text[closing + 1 : closing + 3].lstrip(" \t")
    return (not before or before[-1] in ".!?\n") and (
        not after or after[0] == "\n" or after[0].isupper()
    )


def _described(speaker: str) -> bool:
    """Whether a speaker is a description ("the stranger", "her brother"), not a name."""
    return speaker[:1].islower() or speaker.split()[0].lower() in _DESCRIPTION_OPENERS


def _may_be_renamed(speaker: str | None, candidate: Candidate) -> bool:
    """Whether a quotation whose words name its speaker ("My name is Fenwick") overrides the
    ``speaker`` read from its attribution: unless a name attributes it ("said Edward")."""
    if speaker is None or speaker == NARRATOR or _described(speaker):
        return True
    phrase = candidate.phrase or ""
    return (
        candidate.how not in ("explicit", "subject")
        or not phrase[:1].isupper()
        or (phrase.lower() in _PERSONAL_PRONOUNS)
    )


def _opens_paragraph(text: str, candidate: Candidate) -> bool:
    """True when the quotation is the first thing in its paragraph: in an exchange of
    quotations, a new paragraph is a new turn."""
    return _opens_paragraph_at(text, candidate.parts[0].start)


def _opens_paragraph_at(text: str, start: int) -> bool:
    """True when the quoted words starting at ``start`` are the first thing in a paragraph."""
    # Back over spaces and opening marks only: the cost does not grow with the paragraph.
    i = start - 1
    while i >= 0 and text[i] in _BEFORE_A_LINE:
        i -= 1
    return i < 0 or text[i] == "\n"


def _inside(candidate: Candidate, reported: Attribution | None) -> bool:
    return reported is not None and (
        reported.start <= candidate.parts[0].start and candidate.parts[-1].end <= reported.end + 1
    )


def _asked_of(
    text: str,
    question: Quote,
    discourse: Discourse | DeFrEsDiscourse,
    heard: set[str | None] | None = None,
    before: Quote | None = None,
) -> str | None:
    """Whom a question that opens its paragraph is put to: the person the paragraph before it
    narrates, when that is not the one asking ("Vane crossed to the window. / “Well?” demanded
    Mabry. “What do you make of it?”")."""
    if not isinstance(discourse, Discourse):
        return None
    identified = _IDENTIFYING_QUESTION.match(question.text.strip())
    if identified:
        # "You are Mr. Ashcombe?" / "I am. …": the one the question names answers it.
        name = discourse.names.resolve(identified.group("name"))
        if name != question.speaker and discourse.named_in_narration(name):
            return name
    # (the question's paragraph: “Well?” demanded Mabry. “What do you make of it?”)
    start = text.rfind("\n", 0, question.parts[0][0]) + 1
    opening = start
    while opening < len(text) and text[opening] in _BEFORE_A_LINE:
        opening += 1
    if opening < question.parts[0][0] and opening != start:
        # “That's it exactly.” He considered Claire gravely. “Do you swim?”: put to the one
        # the narration before it in its paragraph names.
        beat = discourse.named_in_beat(question.parts[0][0] - 1, question.speaker)
        if beat:
            return beat
    if opening > question.parts[0][0] or opening == start:
        return None  # the paragraph opens with narration, not with a line of dialogue
    person = discourse.narrated_before(start)
    if person and person == question.speaker and opening == question.parts[0][0]:
        # The asker was shown doing something by someone ("Mr. Blake took a chair near Fanny's
        # work-table and examined the purse. / “… For whom is it intended?”"): put to them.
        return discourse.beside_in_narration(start, person)
    if not person or person == question.speaker:
        return None
    if opening == question.parts[0][0]:
        # The question itself opens its paragraph ("Frank shuffled slowly. / “Are you going to
        # deal them or marry them?” asked Ruth."): put to the one narrated when the story has
        # heard them already, or the line before called them by name; not to a bystander the
        # narration shows ("Her sergeant stayed by the door. / “What time was this?” she asked.").
        # (``heard``: the speakers of the quotations so far; ``before``: the one before it)
        called = discourse.addressee(before.text) if before else None
        return person if person in (heard or ()) or person == called else None
    return person


def _quote_speaker(
    candidate: Candidate,
    discourse: Discourse | DeFrEsDiscourse,
    previous: str | None,
    *,
    asked: bool = False,
    asked_of: str | None = None,
    opens_paragraph: bool = False,
) -> str | None:
    if candidate.how in ("explicit", "subject"):
        if not isinstance(discourse, Discourse):
            # Its pronouns take up what the article said before the quotation.
            return discourse.resolve(candidate.phrase, candidate.position)
        return discourse.resolve(candidate.phrase, candidate.speaker_at)
    if candidate.how == "same_sentence":
        return previous
    if candidate.how == "continues":
        if isinstance(discourse, Discourse) and opens_paragraph:
            # "‘Not at all, Colonel.’ Edmund pushed back his chair.": who acts right after a
            # line of dialogue that opens a paragraph spoke it; else who the paragraph before
            # ends on, when it tells what someone did.
            actor = (
                discourse.acting_person_after(candidate.parts[-1].end)
                or discourse.narrated_before(candidate.position)
                or discourse.newcomer_before(candidate.position)
            )
            if actor:
                return actor
        if isinstance(discourse, Discourse) and not opens_paragraph:
            actor = discourse.acting_person(candidate.position)
            if actor:
                return actor  # "Morland laughed. “Very well.”": who acts speaks
        if asked and (
            not isinstance(discourse, Discourse)
            or opens_paragraph
            or discourse.new_paragraph(candidate.position)
        ):
            # An answer to the quoted question before it: the other party of the exchange (in
            # English once a new paragraph has begun: "He looked up. “That's what it says.”").
            answerer = asked_of or discourse.other_party(candidate.position)
            if answerer:
                return answerer
        near = 0 <= candidate.position - discourse.last_speaker_at < _CONTINUATION_CHARS
        return discourse.last_speaker if near else None
    return None


def _de_fr_es_discourse(
    text: str, sentences: Sequence[Sentence], language: str | None, frame: str
) -> DeFrEsDiscourse:
    """The German, French or Spanish reading of the discourse, loaded only for such an article
    (its grammar costs start-up time that English briefs need not pay)."""
    from newscli.analyze.speakers_de_fr_es import DeFrEsDiscourse

    return DeFrEsDiscourse(text, sentences, resources(language), frame)
