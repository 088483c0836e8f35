"""Direct quotes and the speaker phrases written around them.

Three steps: ``marks.scan_spans`` finds every quoted span (double and single marks in every
style, quotes running over paragraphs); ``_join_interrupted`` merges a quote interrupted by its
attribution in mid-sentence (“…,” he said, “…”) into one; each quote then gets the speaker phrase
and cue of the attribution patterns in ``attribution`` (``quote_candidates``). Resolving the
phrase to a name happens in ``statements`` with ``speakers.Discourse``, in article order together
with reported speech. A short quoted phrase that nobody is said to have spoken (a scare quote, a
title, a nickname) is a *phrase*, not a quote.

Joined quotes: ``Quote.text`` joins the parts with " … " (a space for a quote running over
paragraphs), so the text reads as the speaker's words; every part on its own is a substring of the
article (``Quote.parts`` holds their offsets).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Literal

from newscli.analyze.attribution import (
    HEADLINE_PASSIVE,
    SPEECH_VERBS,
    ZERO,
    Cue,
    reports_speech,
    unmask,
)
from newscli.analyze.grammar import Grammar, grammar
from newscli.analyze.marks import MARKS, Span, scan_spans
from newscli.analyze.names import NAME_PATTERN
from newscli.analyze.turns import transcript_turns, turn_cue, turn_groups
from newscli.lang.registry import every_language, resources, union
from newscli.model import Quote, QuoteKind, Sentence

_SENTENCE_END = re.compile(r"[.!?]['’”\")\]]*\s")
_ORDINAL_BEFORE = union(r.ordinal_before for r in every_language())
# A phrase of this many words or fewer is a quote only when someone is said to have spoken it.
PHRASE_MAX_WORDS = 4
# A quotation in a noun's place with this many words or fewer can be the title of a work.
_TITLE_MAX_WORDS = 8
_JOIN_GAP = 300
# Between the parts of a quote interrupted by its attribution: marks where words were left out,
# so "…our hearings … The conditions…" does not read as one run-on sentence.
PART_SEPARATOR = " … "
_BLANK = "\u2063"
BLANK = _BLANK
"""The character ``blank_quotes`` puts in place of quoted words."""
# A turn label: one to three capitalised words alone before the quote ("Rudolph.", "Q:").
_TURN_LABEL = re.compile(
    r"\s*(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w’'\-]*)(?:\s+[A-ZÀ-ÖØ-Þ][\w’'\-]*){0,2})\s*[.:]\s*$"
)
# Characters before a quote searched for its attribution: far more than any attribution needs.
_WINDOW = 400
_LETTER = re.compile(r"[^\W\d_]")
# "a podcast called “Tidewater”": a name given to something, not words anyone spoke.
_NAMING = re.compile(
    r"\b(?:[a-z]+\s+(?:called|dubbed|named|titled|entitled|nicknamed)(?:\s+the)?"
    # ("is known, not fondly, as “the Colonel”", "referred to in many villages simply as the
    # "Nal Yojana"")
    r"|(?:known|referred\s+to)\b[^.;:!?“”\"]{0,60}?\bas(?:\s+the)?"
    # ("was called by his crew, behind his back, ‘Old Weather,’")
    r"|(?:was|is|were|are|been|be)\s+(?:called|nicknamed|dubbed)\b[^.;:!?“”\"]{0,60}?,)\s*$"
)
_BEFORE_TITLE = re.compile(
    r"(?:\b(?:on|told|in|to|of|watch|watched|read|book|film|show|song)|’s|'s)\s*$"
)
# A speech verb and a comma right before an opening mark: "he said, “…”".
_VERB_BEFORE_MARK = re.compile(r"\b(?P<verb>[a-z]+)\s*,\s*$")
_CAPTION_COLON = re.compile(r"\s*:\s+(?=[A-Z])")
# A quotation signed with a dash and a name, as collected readers' words and epigraphs are:
# "“…” ― Ada Okafor", "“…” — Ada Okafor, Leeds |".
_SIGNATURE = re.compile(
    rf"[ \t\u00a0]*[―—–][ \t\u00a0]*(?P<name>{NAME_PATTERN})\.?"
    rf"(?=[ \t\u00a0]*(?:$|\n|[|,(]|[{''.join(sorted(MARKS))}]))"
)
_NOT_SUBJECTS = frozenset(["it", "this", "that", "there", "here", "you", "i", "we"])
# A definition set off after a term: ", the gradual deterioration of …", ", a process in which".
_DEFINITION_AFTER = re.compile(r",\s+(?:the|a|an)\s+[a-z]+\s+[a-z]+")
# Nouns for a work, before its title: "the Oasis anthem", "her petition".
_EN_WORKS = resources("en").work_nouns
_TITLE_SMALL_WORDS = frozenset(["of", "the", "and", "a", "an", "in", "on", "for", "to", "with"])


How = Literal["explicit", "subject", "same_sentence", "continues", "none"]


@dataclass(frozen=True)
class Candidate:
    """A quotation found in the text, with its speaker as the article writes it (not resolved)."""

    parts: tuple[Span, ...]
    phrase: str | None
    """The speaker phrase around the quote ("he", "Mr Weston", "the Tottenham striker")."""
    cue: str | None
    how: How
    """How the speaker is known: an attribution of its own (explicit), the subject of the sentence
    the quote sits in (subject), the speaker of an earlier quote of the same sentence
    (same_sentence), the last speaker because the quote opens its sentence soon after (continues),
    or not at all (none)."""
    kind: QuoteKind
    """"quote" or "phrase"."""
    at: int = -1
    """Where the speaker phrase is written, when it follows the quotation ("“…,” the
    billionaire investor said": what the article says about him before that point counts)."""

    @property
    def position(self) -> int:
        return self.parts[0].open_mark

    @property
    def speaker_at(self) -> int:
        return self.at if self.at >= 0 else self.position


def join_parts(text: str, parts: Sequence[tuple[int, int]]) -> str:
    """The parts' words, with " … " where words between them were left out (the attribution) and
    a plain space where only quote marks and a paragraph break lay between (a quote running on)."""
    joined = text[parts[0][0] : parts[0][1]]
    for (_, previous_end), (start, end) in pairwise(parts):
        gap = text[previous_end:start]
        left_out = any(ch.isalnum() for ch in gap)
        joined += (PART_SEPARATOR if left_out else " ") + text[start:end]
    return joined


def quote_groups(text: str, masked: str, rules: Grammar | None = None) -> list[list[Span]]:
    """The quotations of the article body ``text`` (``masked`` is ``attribution.mask(text)``):
    the spans of each, a quote interrupted by its attribution in mid-sentence joined."""
    rules = rules or grammar("en")
    groups = _join_interrupted(masked, scan_spans(text), rules)
    turns = transcript_turns(text, rules)
    if not rules.english:
        turns = sorted([*turns, *turn_groups(text, masked, rules)], key=lambda t: t[0].start)
    return _with_turns(groups, turns) if turns else groups


def _with_turns(groups: list[list[Span]], turns: list[list[Span]]) -> list[list[Span]]:
    """Quotations and dialogue turns in article order; a quotation inside a turn belongs to it."""
    inside = [(t[0].start, t[-1].end) for t in turns]
    kept = [
        g for g in groups if not any(a <= g[0].open_mark and g[-1].start <= b for a, b in inside)
    ]
    return sorted([*kept, *turns], key=lambda g: g[0].open_mark)


def blank_quotes(masked: str, groups: Sequence[Sequence[Span]]) -> str:
    """``masked`` with the words inside quotations blanked out (same length), so that a cue or a
    name inside someone's quoted words is never taken for the writer's attribution. A comma, ?
    or ! ending the quoted words stays (“…,” he said)."""
    pieces: list[str] = []
    position = 0
    for group in groups:
        for span in group:
            if span.start < position:
                continue
            inside = masked[span.start : span.end]
            kept = len(inside.rstrip())
            tail = inside[kept - 1 : kept] if kept and inside[kept - 1] in ",?!." else ""
            blanked = _BLANK * (kept - len(tail)) + tail + inside[kept:]
            pieces.append(masked[position : span.start])
            pieces.append(blanked)
            position = span.end
    pieces.append(masked[position:])
    return "".join(pieces)


def quote_candidates(
    masked: str, frame: str, groups: Sequence[Sequence[Span]], rules: Grammar | None = None
) -> list[Candidate]:
    """Every quotation with its speaker phrase and whether it is a quote or a phrase (``frame``
    is ``blank_quotes(masked, groups)``: attributions are searched there)."""
    rules = rules or grammar("en")
    found: list[Candidate] = []
    for group_ in groups:
        group = list(group_)
        if group[0].style == "turn":
            found.append(_turn_candidate(masked, group, rules))
            continue
        cue = _speaker_cue(masked, frame, group, rules)
        how: How = "none"
        phrase: str | None = None
        if cue is not None:
            how, phrase = "explicit", unmask(cue.speaker)
        elif found and found[-1].how != "none" and _same_sentence(frame, found[-1], group):
            # “A,” said X, urging them to “B.”: one sentence, one speaker.
            how = "same_sentence"
        elif subject := _mixed_quote_subject(frame, group, rules):
            # "She praised the mayor as “a woman who never gave up”": the subject speaks.
            how, phrase = "subject", unmask(subject)
        elif (
            not _sentence_left(frame, group[0].open_mark)
            .replace(_BLANK, "")
            .strip(" \t\r\n\u00a0—–-")
        ):
            how = "continues"
        kind = _kind(masked, frame, group, rules, attributed=cue is not None)
        if kind == "phrase" and how == "continues" and _follows_a_quote(masked, found, group):
            kind = "quote"  # “…,” she said. “Not at my age.”: the speaker goes on
        at = -1
        opening = group[0].open_mark
        if cue is not None and frame.rfind(cue.speaker, max(0, opening - 320), opening) < 0:
            # The speaker is written after the quotation.
            close = group[-1].close_mark or group[-1].end
            at = frame.find(cue.speaker, close, close + 320)
        found.append(Candidate(tuple(group), phrase, cue.verb if cue else None, how, kind, at))
    return _headline_of_interview(masked, found)


def _follows_a_quote(text: str, found: list[Candidate], group: list[Span]) -> bool:
    """True when the quotation opens its sentence right after an attributed quote of the same
    paragraph ("“I can't stand out there,” she said. “Not at my age.”")."""
    if not found or found[-1].kind != "quote" or found[-1].how == "none":
        return False
    previous = found[-1].parts[-1].close_mark
    if previous is None:
        return False
    gap = text[previous + 1 : group[0].open_mark]
    return "\n" not in gap and len(gap) < 80


def _headline_of_interview(masked: str, found: list[Candidate]) -> list[Candidate]:
    """In an interview (answers attributed by their layout to the interviewee), a quotation
    that makes the whole first paragraph, the headline, is the interviewee's too."""
    if not found or not any(c.parts[0].style == "turn" and c.phrase == ZERO for c in found):
        return found
    first = found[0]
    paragraph_end = masked.find("\n\n")
    whole = masked[: paragraph_end if paragraph_end >= 0 else len(masked)].strip()
    span = masked[first.parts[0].open_mark : (first.parts[-1].close_mark or 0) + 1]
    if first.how in ("none", "continues") and span.strip() == whole:
        found[0] = replace(first, phrase=ZERO, how="explicit", kind="quote")
    return found


def _turn_candidate(masked: str, group: list[Span], rules: Grammar) -> Candidate:
    """A dialogue turn or an interview answer: a quote, attributed by its layout or, without
    one, going on with the last speaker."""
    cue = turn_cue(masked, group, rules)
    if cue is None:
        return Candidate(tuple(group), None, None, "continues", "quote")
    return Candidate(tuple(group), unmask(cue.speaker), cue.verb, "explicit", "quote")


def to_quote(
    text: str,
    candidate: Candidate,
    speaker: str | None,
    sentences: Sequence[Sentence],
    starts: Sequence[int] | None = None,
) -> Quote | None:
    """The ``Quote`` of a candidate: its parts trimmed of marks, commas and the closing stop
    (``starts``, the sentences' start offsets, saves finding them again for every quote)."""
    spans = candidate.parts
    parts = [_part_bounds(text, span, last=i == len(spans) - 1) for i, span in enumerate(spans)]
    parts = [(a, b) for a, b in parts if b > a]
    if not parts:
        return None
    starts = starts if starts is not None else [s.start for s in sentences]
    index = max(0, bisect.bisect_right(starts, parts[0][0]) - 1)
    return Quote(
        text=join_parts(text, parts),
        speaker=speaker,
        sentence=sentences[index].index if sentences else 0,
        start=parts[0][0],
        end=parts[0][1],
        kind=candidate.kind,
        parts=tuple(parts),
        cue=candidate.cue,
    )


def _part_bounds(text: str, span: Span, *, last: bool) -> tuple[int, int]:
    """Offsets of a part's words: outer spaces, the comma of “…,” he said and the full stop that
    ends the quoted sentence belong to the sentence around the quote, not to the quote."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if last and end > start and text[end - 1] == "." and text[start:end][-2:] != "..":
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


# --- joining ----------------------------------------------------------------------------------


def _join_interrupted(text: str, groups: list[list[Span]], rules: Grammar) -> list[list[Span]]:
    """Merge “…,” he said. “…” into one quote: the gap between them must be only an attribution."""
    joined: list[list[Span]] = []
    for group in groups:
        if joined and _is_interruption(text, joined[-1], group, rules):
            joined[-1] = joined[-1] + group
        else:
            joined.append(list(group))
    return joined


def _is_interruption(
    masked: str, previous: list[Span], current: list[Span], rules: Grammar
) -> bool:
    """“A,” X said, “b.” — one quotation interrupted by its attribution: the gap between the parts
    is only the attribution, and the sentence goes on after it (a full stop after the attribution
    starts a second quotation: “A,” X said. “B.”)."""
    last = previous[-1]
    if last.close_mark is None:
        return False
    gap = masked[last.close_mark + 1 : current[0].open_mark]
    if "\n\n" in gap or len(gap) > _JOIN_GAP:
        return False
    speaker = _after_attribution(masked, last, rules)
    if (
        speaker is None
        or not (
            re.search(r"[,—–]\s*$", gap)
            # “A,” said Anne; “and b.”: a semicolon, and the words go on in lower case
            or (
                gap.rstrip().endswith(";")
                and masked[current[0].start : current[0].end].lstrip()[:1].islower()
            )
        )
    ):
        return False
    if _SENTENCE_END.search(gap.rstrip()[:-1] + "\n"):
        return False
    if current[-1].close_mark is None:
        return True
    next_speaker = _after_attribution(masked, current[-1], rules)
    return next_speaker is None or next_speaker == speaker


def _after_attribution(masked: str, span: Span, rules: Grammar) -> str | None:
    cue = _cue_after(masked, span, rules)
    return cue.speaker if cue else None


def _cue_after(masked: str, span: Span, rules: Grammar, frame: str | None = None) -> Cue | None:
    if span.close_mark is None:
        return None
    ends_open = masked[span.start : span.end].rstrip().endswith((",", "?", "!", "’", "'"))
    following = _following(masked, span, frame)
    if not following and rules.closing_cue is not None:
        # „…“ Soweit Struve. — an attribution that is a sentence of its own.
        source = frame if frame is not None else masked
        return rules.closing_cue(source[span.close_mark + 1 : span.close_mark + 121])
    return rules.cue_after(following, ends_open)


# --- attribution ------------------------------------------------------------------------------


def _kind(
    masked: str, frame: str, group: list[Span], rules: Grammar, *, attributed: bool
) -> QuoteKind:
    """A quote, or a phrase: a short quoted span nobody is said to have spoken, or a title."""
    if not rules.english:
        return _kind_elsewhere(masked, frame, group, rules, attributed=attributed)
    left = _sentence_left(frame, group[0].open_mark)
    if _long_enough(masked, group):
        # (however long, a name given in title case: a white paper "titled “Homes for the Next
        # Generation”", a fundraiser "called “Help the Alvarez Family Rebuild”")
        named = (
            _NAMING.search(left) or _work_before(left) or _names_work_after(masked, group)
        ) and _title_cased(masked, group)
        return "phrase" if named else "quote"
    if _NAMING.search(left) or _is_title(masked, group, left) or _names_work_after(masked, group):
        return "phrase"
    if attributed or rules.has_cue(left):
        return "quote"
    if _defined_after(masked, group):
        return "phrase"
    if _stands_alone(masked, frame, group, left):
        # “Fenwick.” on a line of its own, ‘Not at all, Colonel.’ before what he does next: a
        # sentence of its own in quotation marks is a line of dialogue.
        return "quote"
    # A mixed quote: a few words quoted inside reported speech (“he called the system “rotten”).
    return "quote" if reports_speech(left) and not _title_cased(masked, group) else "phrase"


def _defined_after(masked: str, group: list[Span]) -> bool:
    """A term in lower case that the words after it define: "markers of “immunosenescence”, the
    gradual deterioration of the immune system" (a term, no one's words)."""
    close = group[-1].close_mark
    words = masked[group[0].start : group[-1].end].strip(" ,.").split()
    if close is None or not words or len(words) > 2 or not all(w.islower() for w in words):
        return False
    return _DEFINITION_AFTER.match(masked, close + 1) is not None


def _names_work_after(masked: str, group: list[Span]) -> bool:
    """A title-case quotation that modifies the noun for a work after it: "her ‘Save Marine
    Parade’ petition", "the “Stop the Rise” campaign"."""
    close = group[-1].close_mark
    if close is None or not _title_cased(masked, group):
        return False
    after = masked[close + 1 : close + 30].split()
    return bool(after) and after[0].lower() in _EN_WORKS


def _title_cased(masked: str, group: list[Span]) -> bool:
    """Every word of the quoted span capitalised but the small words of a title."""
    words = masked[group[0].start : group[-1].end].split()
    return all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)


def _kind_elsewhere(
    masked: str, frame: str, group: list[Span], rules: Grammar, *, attributed: bool
) -> QuoteKind:
    """German, French and Spanish: a quotation standing where a noun stands and opening with a
    capital is a title or a name ("die „Kreuzzeitung“", "das Singspiel „Der Vogelhändler“",
    "le film « La Haine »"); otherwise it is a quote when it is attributed (or a speech verb
    stands before it: "heißt es: „…“"), when it is a sentence of its own ("„Etwa zehn?“"), or
    when it is longer than a phrase; a short unattributed one is a phrase (a term, a scare
    quote)."""
    first = group[0]
    left = _sentence_left(frame, first.open_mark)
    quoted = masked[first.start : group[-1].end]
    title_sized = len(quoted.split()) <= _TITLE_MAX_WORDS
    if title_sized and rules.names_a_work is not None and rules.names_a_work(left, quoted):
        return "phrase"
    if title_sized and not attributed and _genre_after(frame, group, rules):
        return "phrase"
    if attributed or rules.has_cue(left) or rules.reports_speech(left):
        return "quote"
    if _speech_verb_after(frame, group, rules):
        return "quote"
    if _long_enough(masked, group):
        return "quote"
    return "quote" if _stands_alone(masked, frame, group, left) else "phrase"


def _genre_after(frame: str, group: list[Span], rules: Grammar) -> bool:
    """A title followed by its genre in apposition: "„Die Fledermaus“, Operette in drei
    Akten", "„Der Kater“, ein Lustspiel"."""
    close = group[-1].close_mark
    if close is None:
        return False
    words = re.findall(r"[\w-]+", frame[close + 1 : close + 40].split("\n")[0])
    if not frame[close + 1 : close + 3].lstrip().startswith(","):
        return False
    genres = resources(rules.code).work_nouns
    return any(word.lower() in genres and word[:1].isupper() for word in words[:2])


_INCISE_END = re.compile(rf"[.;:!?\n{_BLANK}]|{'|'.join(re.escape(m) for m in sorted(MARKS))}")


def _speech_verb_after(frame: str, group: list[Span], rules: Grammar) -> bool:
    """A speech verb in the incise right after the quotation, whoever its subject ("„…,“ so
    argumentiert man, „…“", "„…“, hieß es"): what it says was spoken, a quote."""
    close = group[-1].close_mark
    if close is None:
        return False
    after = frame[close + 1 : close + 100]
    if not after.lstrip().startswith(",") and frame[close - 1 : close] != ",":
        return False
    end = _INCISE_END.search(after)
    return rules.has_cue(after[: end.start() if end else len(after)])


def _stands_alone(masked: str, frame: str, group: list[Span], left: str) -> bool:
    """A quotation that is a whole sentence: nothing of the sentence before it, its own closing
    punctuation (or the dash of speech broken off) inside the marks, and nothing but a new
    sentence after it."""
    last = group[-1]
    if last.close_mark is None or left.replace(_BLANK, "").strip(" \t\r\n\u00a0—–-"):
        return False
    inside = masked[last.start : last.end].rstrip()
    # (a dash: speech broken off, "My dear girl—", is a line of its own too)
    # (and a masked dot: "“No.” Margaret took up her work" is no "No. 5")
    if not inside.endswith((".", "\u2024", "!", "?", "…", "!?", "?!", "—", "–", "--")):
        return False
    after = frame[last.close_mark + 1 : last.close_mark + 80].split("\n\n")[0].lstrip()
    return not after or after[0] in MARKS or after[0].isupper() or after[0] in "—–-("


def _whole_paragraph(masked: str, group: list[Span]) -> bool:
    """The quotation is all its paragraph holds."""
    first, last = group[0], group[-1]
    if last.close_mark is None:
        return False
    # Out from the marks over white space only: the cost does not grow with the paragraph.
    i = first.open_mark - 1
    while i >= 0 and masked[i] in " \t\u00a0":
        i -= 1
    j = last.close_mark + 1
    while j < len(masked) and masked[j] in " \t\u00a0":
        j += 1
    return (i < 0 or masked[i] == "\n") and (j >= len(masked) or masked[j] == "\n")


def _is_title(masked: str, group: list[Span], left: str) -> bool:
    """“Today”, “Farming Today”, “The Archers”: every word capitalised, after `on`, `told`,
    `in`, a possessive or a noun for a work ("the Oasis anthem “Don't Look Back in Anger”")."""
    words = masked[group[0].start : group[-1].end].strip(" ,.").split()
    capitalised = all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)
    if not capitalised:
        return False
    return bool(_BEFORE_TITLE.search(left)) or _work_before(left)


def _work_before(left: str) -> bool:
    """Whether the words before a quotation end with a noun for a work ("the Oasis anthem")."""
    before = left.split()[-1:]
    return bool(before) and before[0].lower().rstrip(",") in _EN_WORKS


def _speaker_cue(masked: str, frame: str, group: list[Span], rules: Grammar) -> Cue | None:
    """The attribution written around the quote, or None when there is none. A cue ending with a
    colon right before the quote wins over words after it."""
    first = group[0]
    left = _sentence_left(frame, first.open_mark)
    paragraph_start = frame.rfind("\n", max(0, first.open_mark - 80), first.open_mark) + 1
    label = _TURN_LABEL.match(frame, paragraph_start, first.open_mark)
    if label:
        # A dialogue or interview turn: "Rudolph. „…“", "Karl: “…”".
        return Cue(label.group("name"), ":", label.end("name"))
    introduced = rules.cue_before(left) if left.rstrip().endswith(":") else None
    if introduced is not None and (rules.english or introduced.verb != ":"):
        return introduced
    if not rules.english and not left.replace(_BLANK, "").strip():
        # A quote opening its paragraph after one that ends "… und erwiderte:": that speech
        # verb introduces it, before any pronoun after it ("„…“, fuhr er fort").
        announced = _colon_introduction(frame, first.open_mark, rules)
        if announced is not None and announced.verb != ":":
            return announced
    verb_before = _VERB_BEFORE_MARK.search(left) if rules.english else None
    if verb_before and verb_before.group("verb") in SPEECH_VERBS:
        # "he said, “somebody ought to …,” the prosecutor's office said": the verb right before
        # the quotation introduces it; the attribution after it reports the whole sentence.
        said = rules.cue_before(left)
        if said is not None and said.verb == verb_before.group("verb"):
            return said
    close = group[-1].close_mark
    signed = _SIGNATURE.match(frame, close + 1) if close is not None else None
    if signed and not re.search(r"\b[^\W\d_A-Z]", left.replace(_BLANK, "")):
        # (nothing before it in its sentence but the signature of the quotation before)
        return Cue(signed.group("name"), "―", signed.start("name"))
    for span in group:
        after = _cue_after(masked, span, rules, frame)
        if after:
            return after
    # A colon after a clause with no speech verb ("X erließ folgenden Befehl:"): its subject,
    # unless a speech verb after the quotation named the speaker.
    before = introduced or rules.cue_before(left)
    if before:
        return before
    if rules.english and not left.replace(_BLANK, "").strip():
        caption = _caption_speaker(frame, group, rules)
        if caption:
            return caption
    if left.rstrip().endswith(":"):
        subject = rules.sentence_subject(left)
        return Cue(subject, ":", len(left)) if subject else None
    return (
        _colon_introduction(frame, first.open_mark, rules)
        or _announcement(frame, first.open_mark, rules)
        or _trailing_attribution(frame, group, rules)
    )


def _caption_speaker(frame: str, group: list[Span], rules: Grammar) -> Cue | None:
    """ "'I felt like they were saying thank you': Family friend Kathy Willie called the billboard
    …" — a quotation set before a colon, as picture captions write it: the subject of the sentence
    after the colon said it."""
    close = group[-1].close_mark
    if close is None:
        return None
    rest = _CAPTION_COLON.match(frame, close + 1)
    if rest is None:
        return None
    subject = rules.sentence_subject(frame[rest.end() : rest.end() + 200])
    if subject is None or not subject[:1].isupper() or subject.lower() in _NOT_SUBJECTS:
        return None
    return Cue(subject, ":", close + 1)


def _trailing_attribution(masked: str, group: list[Span], rules: Grammar) -> Cue | None:
    """“…” if she did not win by more, said Jane Doe. — an attribution closing the sentence."""
    close = group[-1].close_mark
    if close is None:
        return None
    rest = masked[close + 1 : close + 300].split("\n\n")[0]
    end = _SENTENCE_END.search(rest + " ")
    tail = rest[: end.start() if end else len(rest)]
    if any(mark in tail for mark in MARKS):
        return None
    # From the last comma back: ", said Jane Doe, an analyst"; "in Wick, Caithness, Jane Doe said".
    comma = tail.rfind(",")
    while comma > 0:
        cue = rules.cue_after(tail[comma:], False)
        if cue:
            return cue
        comma = tail.rfind(",", 0, comma)
    return None


def _following(text: str, span: Span, frame: str | None = None) -> str:
    """The words after a closing mark that may attribute the quote: same paragraph, and not a new
    sentence (“… done.” Okafor left. is no attribution; “… done?” Okafor asked. is). Read from
    ``frame`` when given (the quoted words of later quotes blanked)."""
    assert span.close_mark is not None
    source = frame if frame is not None else text
    following = source[span.close_mark + 1 : span.close_mark + 301].split("\n\n")[0]
    inside = text[span.start : span.end].rstrip()
    if inside.endswith(".") and following[:1].isspace() and following.lstrip()[:1].isupper():
        return ""
    return following


def _sentence_left(text: str, position: int) -> str:
    """The text of the sentence before ``position`` (within its paragraph; at most a window of
    characters, so a sentence of a thousand quoted words costs no more per quote than a short
    one)."""
    window = max(0, position - _WINDOW)
    paragraph_start = max(window, text.rfind("\n\n", window, position) + 1)
    left = text[paragraph_start:position]
    ends = [end for end in _SENTENCE_END.finditer(left) if not _ordinal(left, end.start())]
    return left[ends[-1].end() :] if ends else left


def _ordinal(text: str, dot: int) -> bool:
    """A number's period after a word that governs ordinals ("des 23. Corps", "am 3. Mai"):
    no sentence end."""
    digits = dot
    while digits > 0 and text[digits - 1].isdigit():
        digits -= 1
    if digits == dot or text[dot] != ".":
        return False
    word = text[max(0, digits - 12) : digits].split()
    return bool(word) and word[-1].lower() in _ORDINAL_BEFORE


def _colon_introduction(masked: str, position: int, rules: Grammar) -> Cue | None:
    """A quote opening a paragraph after one that ends with a colon: `X said:` / `X:`."""
    before = masked[max(0, position - _WINDOW) : position].rstrip()
    if not before.endswith(":"):
        return None
    sentence = _sentence_left(before, len(before))
    cue = rules.cue_before(sentence)
    if cue:
        return cue
    subject = rules.sentence_subject(sentence)
    return Cue(subject, ":", len(sentence)) if subject else None


def _announcement(masked: str, position: int, rules: Grammar) -> Cue | None:
    """A quote opening a sentence after one that announces it with a full stop: "X hat
    folgendes festgestellt. „…“" (German, French, Spanish cataphora)."""
    before = masked[max(0, position - _WINDOW) : position].rstrip()
    if rules.english or not before.endswith("."):
        return None
    sentence = _sentence_left(before, len(before) - 1)
    cataphora = resources(rules.code).cataphora
    if not any(word.lower() in cataphora for word in re.findall(r"\w+", sentence)):
        return None
    return rules.cue_before(sentence)


def _same_sentence(masked: str, previous: Candidate, group: list[Span]) -> bool:
    left = _sentence_left(masked, group[0].open_mark)
    return group[0].open_mark - len(left) <= previous.parts[-1].open_mark


def _mixed_quote_subject(masked: str, group: list[Span], rules: Grammar) -> str | None:
    """The subject of the sentence a quote sits in, when it names a person or a group."""
    left = _sentence_left(masked, group[0].open_mark)
    if not left.strip():
        return None
    subject = rules.sentence_subject(left)
    if subject is None or subject.lower() in _NOT_SUBJECTS:
        return None
    at = left.rfind(subject)
    rest = left[at + len(subject) :] if at >= 0 else ""
    passive = _PASSIVE_AFTER_SUBJECT.match(rest)
    if (
        passive
        and passive.group("participle").lower() not in _STATES
        and not _SPEAKING_PARTICIPLE.search(rest)
    ):
        # "Ministers have been told to “get a grip”", "He was branded “a disgrace”": the
        # subject is spoken to or of (but "was quoted as saying “…”" is the subject's).
        return None
    blamed = HEADLINE_PASSIVE.match(rest)
    if blamed and not reports_speech(rest[blamed.end() :]):
        # "Ministers accused of ‘quietly burying’ scheme": those accused (but "A man accused
        # of arson told investigators he wanted to “…”" speaks)
        return None
    return subject


# The verb of a subject in the passive: a form of "be" and a past participle.
_PASSIVE_AFTER_SUBJECT = re.compile(
    r"\s+(?:\w+ly\s+|also\s+|now\s+)?(?:(?:has|have|had|will|would|could|may|might)\s+)?"
    r"(?:been|be|was|were|is|are|being|got|get)\s+(?:\w+ly\s+)?"
    r"(?P<participle>[a-z]+ed|told|said|called|dubbed|branded|labelled|labeled|given|shown"
    r"|seen|known|thought|sent|taught|bidden|held|written|described)\b"
)
# Participles that say what state the subject is in ("She is convinced “…”"): the subject's
# own view, so the subject still speaks.
_STATES = frozenset(
    "convinced determined concerned worried delighted pleased satisfied disappointed "
    "interested excited surprised shocked amazed thrilled frustrated annoyed relieved "
    "prepared committed opposed used".split()
)
_SPEAKING_PARTICIPLE = re.compile(
    r"\b(?:saying|shouting|telling|screaming|chanting|yelling|writing|declaring|insisting)\b"
)


def _long_enough(text: str, group: list[Span]) -> bool:
    words = sum(len(text[s.start : s.end].split()) for s in group)
    return words > PHRASE_MAX_WORDS
