"""Direct quotes and their speakers.

Three steps: ``scan_spans`` finds every quoted span (straight and curly double quotes, „…“ and
«…», quotes running over several paragraphs); ``_join_interrupted`` merges a quote interrupted
by its attribution (“…,” he said. “…”) into one; each quote then gets a speaker from the
attribution patterns in ``attribution`` and the name index in ``names``. A short quoted phrase
that nobody is said to have spoken (a scare quote, a title, a nickname) is a *phrase*, not a
quote.
Joined quotes: ``Quote.text`` joins the parts with " … " where the attribution was left out
between them (a plain space where a quote only runs on over a paragraph break), so the text reads
as the speaker's words and shows where words were cut; every part on its own is a substring of the
article (``Quote.parts`` holds their offsets).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from newscli.analyze.attribution import (
    has_cue,
    is_pronoun,
    last_cue,
    mask,
    reports_speech,
    sentence_subject,
    speaker_after,
    speaker_before,
    unmask,
)
from newscli.analyze.names import NameIndex, build_index
from newscli.model import Quote, QuoteKind, Sentence

_MARKS = '"“”„«»'
_OPENERS = "“„«"
_CLOSER_FOR = {"«": "»", "„": "“”", "“": '”“"', '"': '"”“', "”": '”"“'}
_OPEN_BEFORE = set(" \t\n([{—–-/:;")
_SENTENCE_END = re.compile(r"[.!?]['’”\")\]]*\s")
_PARAGRAPH = re.compile(r"\n\s*\n")
# A phrase of this many words or fewer is a quote only when someone is said to have spoken it.
PHRASE_MAX_WORDS = 4
_JOIN_GAP = 300
# Between the parts of a quote interrupted by its attribution: marks where words were left out,
# so "…our hearings … The conditions…" does not read as one run-on sentence.
PART_SEPARATOR = " … "
_CONTINUATION_CHARS = 600
_LETTER = re.compile(r"[^\W\d_]")
# "a show called “Brokers”": a name given to something, not words anyone spoke.
_NAMING = re.compile(r"\b[a-z]+\s+(?:called|dubbed|named|titled|entitled|nicknamed)\s*$")
_BEFORE_TITLE = re.compile(
    r"(?:\b(?:on|told|in|to|of|watch|watched|read|book|film|show|song)|’s|'s)\s*$"
)
_NOT_SUBJECTS = frozenset(["it", "this", "that", "there", "here", "you", "i", "we"])
_TITLE_SMALL_WORDS = frozenset(["of", "the", "and", "a", "an", "in", "on", "for", "to", "with"])


@dataclass(frozen=True)
class Span:
    """One stretch of quoted words in the text, without its marks."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    """Offset of the closing mark; None when the quote runs on into the next paragraph."""


@dataclass(frozen=True)
class Found:
    """A quote candidate: its parts, speaker and whether it is a quote or a phrase."""

    parts: tuple[Span, ...]
    speaker: str | None
    kind: QuoteKind
    """"quote" or "phrase"."""


def find_quotes(text: str, sentences: Sequence[Sentence]) -> tuple[Quote, ...]:
    """The direct quotes in the article body ``text``, each with its speaker."""
    return tuple(q for q in find_all(text, sentences) if q.kind == "quote")


def join_parts(text: str, parts: Sequence[tuple[int, int]]) -> str:
    """The parts' words, with " … " where words between them were left out (the attribution) and
    a plain space where only quote marks and a paragraph break lay between (a quote running on)."""
    joined = text[parts[0][0] : parts[0][1]]
    for (_, previous_end), (start, end) in pairwise(parts):
        gap = text[previous_end:start]
        left_out = any(ch.isalnum() for ch in gap)
        joined += (PART_SEPARATOR if left_out else " ") + text[start:end]
    return joined


def find_all(text: str, sentences: Sequence[Sentence]) -> tuple[Quote, ...]:
    """Quotes and quoted phrases (``kind`` tells them apart)."""
    starts = [s.start for s in sentences]
    result: list[Quote] = []
    masked = mask(text)
    for found in _attribute(text, masked, _join_interrupted(masked, scan_spans(text))):
        parts = [
            _part_bounds(text, span, last=i == len(found.parts) - 1)
            for i, span in enumerate(found.parts)
        ]
        parts = [(a, b) for a, b in parts if b > a] or [(found.parts[0].start,) * 2]
        index = max(0, bisect.bisect_right(starts, parts[0][0]) - 1)
        result.append(
            Quote(
                text=join_parts(text, parts),
                speaker=found.speaker,
                sentence=sentences[index].index if sentences else 0,
                start=parts[0][0],
                end=parts[0][1],
                kind=found.kind,
                parts=tuple(parts),
            )
        )
    return tuple(q for q in result if q.text)


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


# --- scanning -------------------------------------------------------------------------------


def scan_spans(text: str) -> list[list[Span]]:
    """Quoted spans grouped into quotes: one group per quote, several spans for a quote that runs
    over paragraphs (each paragraph reopens it with a mark and only the last one closes it)."""
    groups: list[list[Span]] = []
    carry: list[Span] = []
    for start, end in _paragraphs(text):
        spans, open_at = _scan_paragraph(text, start, end)
        if carry:
            first_mark = _first_mark(text, start, end)
            if spans and spans[0].open_mark == first_mark:
                carry.append(spans.pop(0))
                groups.append(carry)
                carry = []
            elif not spans and open_at is not None and open_at == first_mark:
                carry.append(Span(open_at + 1, end, open_at, None))
                open_at = None
                if not _starts_with_opener(text, end):
                    groups.append(carry)
                    carry = []
            else:
                groups.append(carry)
                carry = []
        groups.extend([s] for s in spans)
        if open_at is not None:
            tail = [Span(open_at + 1, end, open_at, None)]
            if _starts_with_opener(text, end):
                carry = tail
            else:
                groups.append(tail)
    if carry:
        groups.append(carry)
    return [g for g in groups if all(_LETTER.search(text[s.start : s.end]) for s in g)]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH.finditer(text):
        bounds.append((position, match.start()))
        position = match.end()
    bounds.append((position, len(text)))
    return [(a, b) for a, b in bounds if text[a:b].strip()]


def _first_mark(text: str, start: int, end: int) -> int | None:
    stripped = start + len(text[start:end]) - len(text[start:end].lstrip())
    return stripped if stripped < end and text[stripped] in _MARKS else None


def _starts_with_opener(text: str, paragraph_end: int) -> bool:
    following = _PARAGRAPH.match(text, paragraph_end)
    if following is None:
        return False
    position = following.end()
    return position < len(text) and text[position] in '"“„«”'


def _is_opening(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if text[i] in _OPENERS:
        return not after.isspace() or text[i] == "«"
    return (before in _OPEN_BEFORE or before.isspace()) and not after.isspace()


def _scan_paragraph(text: str, start: int, end: int) -> tuple[list[Span], int | None]:
    """Closed spans in one paragraph, and the offset of a mark left open at its end."""
    spans: list[Span] = []
    open_at: int | None = None
    for i in range(start, end):
        mark = text[i]
        if mark not in _MARKS:
            continue
        opening = _is_opening(text, i, start, end)
        if open_at is None:
            if mark in _OPENERS or (mark in '"”' and opening):
                open_at = i
            continue
        closers = _CLOSER_FOR.get(text[open_at], "")
        if mark in closers and not (opening and mark in _OPENERS and text[open_at] != "„"):
            spans.append(Span(open_at + 1, i, open_at, i))
            open_at = None
        elif opening:
            # A second opening mark before any close: the first was stray (an inch mark, a typo).
            open_at = i
    return spans, open_at


# --- joining ----------------------------------------------------------------------------------


def _join_interrupted(text: str, groups: list[list[Span]]) -> list[list[Span]]:
    """Merge “…,” he said. “…” into one quote: the gap between them must be only an attribution."""
    joined: list[list[Span]] = []
    for group in groups:
        if joined and _is_interruption(text, joined[-1], group):
            joined[-1] = joined[-1] + group
        else:
            joined.append(list(group))
    return joined


def _is_interruption(masked: str, previous: list[Span], current: list[Span]) -> bool:
    """“A,” X said, adding something. “B.” — B goes on A's words when the only thing between them
    is the one sentence that attributes A, and B has no attribution of its own to someone else."""
    last = previous[-1]
    if last.close_mark is None:
        return False
    gap = masked[last.close_mark + 1 : current[0].open_mark]
    if "\n\n" in gap or len(gap) > _JOIN_GAP:
        return False
    speaker = _after_attribution(masked, last)
    if speaker is None:
        return _same_cue(masked, last, current)
    # The gap must be the attributing sentence and nothing more.
    if not re.search(r"[,.:;—]\s*$", gap) or _SENTENCE_END.search(gap.rstrip()[:-1] + "\n"):
        return False
    if current[-1].close_mark is None:
        return True
    next_speaker = _after_attribution(masked, current[-1])
    return next_speaker is None or next_speaker == speaker


def _after_attribution(masked: str, span: Span) -> str | None:
    if span.close_mark is None:
        return None
    ends_open = masked[span.start : span.end].rstrip().endswith((",", "?", "!", "’", "'"))
    return speaker_after(_following(masked, span), quote_ends_open=ends_open)


def _same_cue(masked: str, first: Span, second: list[Span]) -> bool:
    """Two quoted parts of one sentence governed by the same cue: she was “appalled” that he would
    “disparage” them."""
    if _after_attribution(masked, second[-1]) is not None:
        return False
    left_first = _sentence_left(masked, first.open_mark)
    left_second = _sentence_left(masked, second[0].open_mark)
    start_first = first.open_mark - len(left_first)
    if start_first != second[0].open_mark - len(left_second):
        return False
    cue_first, cue_second = last_cue(left_first), last_cue(left_second)
    return cue_first is not None and cue_second is not None and cue_first.start == cue_second.start


# --- attribution ------------------------------------------------------------------------------


def _attribute(text: str, masked: str, groups: list[list[Span]]) -> list[Found]:
    names = build_index(text)
    quoted = [(g[0].open_mark, g[-1].close_mark or g[-1].end) for g in groups]
    found: list[Found] = []
    last_speaker: str | None = None
    last_speaker_at = -1
    for group in groups:
        phrase = _speaker_phrase(masked, group)
        speaker: str | None = None
        if phrase is not None:
            speaker = _resolve(unmask(phrase), group[0].open_mark, names, last_speaker, quoted)
        elif found and found[-1].speaker and _same_sentence(masked, found[-1], group):
            # “A,” said X, urging them to “B.”: one sentence, one speaker.
            speaker = found[-1].speaker
        elif subject := _mixed_quote_subject(masked, group):
            # "He praised Bush as “a man who didn’t go to the gutter”": the subject speaks.
            speaker = _resolve(unmask(subject), group[0].open_mark, names, last_speaker, quoted)
        elif _continues(masked, group, last_speaker_at) and last_speaker:
            # A quote with no attribution of its own right after another: the same speaker.
            speaker = last_speaker
            if found and found[-1].speaker == speaker and _whole_paragraph(masked, group):
                # A paragraph that is only a quote goes on with the previous quote's words.
                found[-1] = Found(found[-1].parts + tuple(group), speaker, "quote")
                last_speaker_at = group[-1].end
                continue
        kind = _kind(masked, group, attributed=phrase is not None)
        if kind == "quote" and speaker:
            last_speaker = speaker
            last_speaker_at = group[-1].end
        found.append(Found(tuple(group), speaker, kind))
    return found


def _kind(masked: str, group: list[Span], *, attributed: bool) -> QuoteKind:
    """A quote, or a phrase: a short quoted span nobody is said to have spoken, or a title."""
    if _long_enough(masked, group):
        return "quote"
    left = _sentence_left(masked, group[0].open_mark)
    if _NAMING.search(left) or _is_title(masked, group, left):
        return "phrase"
    if attributed or has_cue(left):
        return "quote"
    # A mixed quote: a few words quoted inside reported speech (“he called the system “rotten”).
    words = masked[group[0].start : group[-1].end].split()
    capitalised = all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)
    return "quote" if reports_speech(left) and not capitalised else "phrase"


def _is_title(masked: str, group: list[Span], left: str) -> bool:
    """“Today”, “Fox and Friends”, “The Apprentice”: every word capitalised, after `on`, `told`,
    `in` or a possessive."""
    words = masked[group[0].start : group[-1].end].strip(" ,.").split()
    capitalised = all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)
    return capitalised and bool(_BEFORE_TITLE.search(left))


def _speaker_phrase(masked: str, group: list[Span]) -> str | None:
    """The speaker phrase as written around the quote, or None when there is no attribution."""
    for span in group:
        after = _after_attribution(masked, span)
        if after:
            return after
    first = group[0]
    left = _sentence_left(masked, first.open_mark)
    before = speaker_before(left)
    if before:
        return before
    if left.rstrip().endswith(":"):
        return sentence_subject(left)
    return _colon_introduction(masked, first.open_mark) or _trailing_attribution(masked, group)


def _trailing_attribution(masked: str, group: list[Span]) -> str | None:
    """“…” if she did not win by more, said Jane Doe. — an attribution closing the sentence."""
    close = group[-1].close_mark
    if close is None:
        return None
    rest = masked[close + 1 : close + 300].split("\n\n")[0]
    end = _SENTENCE_END.search(rest + " ")
    tail = rest[: end.start() if end else len(rest)]
    if any(mark in tail for mark in _MARKS):
        return None
    # From the last comma back: ", said Jane Doe, an analyst"; "in Columbus, Ohio, Jane Doe said".
    comma = tail.rfind(",")
    while comma > 0:
        speaker = speaker_after(tail[comma:])
        if speaker:
            return speaker
        comma = tail.rfind(",", 0, comma)
    return None


def _following(text: str, span: Span) -> str:
    """The words after a closing mark that may attribute the quote: same paragraph, and not a new
    sentence (“… done.” Trump left. is no attribution; “… done?” Trump asked. is)."""
    assert span.close_mark is not None
    following = text[span.close_mark + 1 : span.close_mark + 161].split("\n\n")[0]
    inside = text[span.start : span.end].rstrip()
    if inside.endswith(".") and following[:1].isspace() and following.lstrip()[:1].isupper():
        return ""
    return following


def _sentence_left(text: str, position: int) -> str:
    """The text of the sentence before ``position`` (within its paragraph)."""
    paragraph_start = text.rfind("\n\n", 0, position) + 1
    left = text[paragraph_start:position]
    ends = list(_SENTENCE_END.finditer(left))
    return left[ends[-1].end() :] if ends else left


def _colon_introduction(masked: str, position: int) -> str | None:
    """A quote opening a paragraph after one that ends with a colon: `X said:` / `X:`."""
    before = masked[:position].rstrip()
    if not before.endswith(":"):
        return None
    sentence = _sentence_left(before, len(before))
    return speaker_before(sentence) or sentence_subject(sentence)


def _continues(text: str, group: list[Span], last_speaker_at: int) -> bool:
    """True when the quote opens its sentence (no words of the writer before it) soon after the
    previous attributed quote."""
    near = 0 <= group[0].open_mark - last_speaker_at < _CONTINUATION_CHARS
    return near and not _sentence_left(text, group[0].open_mark).strip()


def _same_sentence(masked: str, previous: Found, group: list[Span]) -> bool:
    left = _sentence_left(masked, group[0].open_mark)
    return group[0].open_mark - len(left) <= previous.parts[-1].open_mark


def _mixed_quote_subject(masked: str, group: list[Span]) -> str | None:
    """The subject of the sentence a quote sits in, when it names a person or a group."""
    left = _sentence_left(masked, group[0].open_mark)
    if not left.strip():
        return None
    subject = sentence_subject(left)
    if subject is None or subject.lower() in _NOT_SUBJECTS:
        return None
    return subject


def _whole_paragraph(masked: str, group: list[Span]) -> bool:
    """True when the quote opens its paragraph and nothing but punctuation follows it there."""
    last = group[-1]
    if last.close_mark is None:
        return False
    end = masked.find("\n\n", last.close_mark)
    tail = masked[last.close_mark + 1 : end if end >= 0 else len(masked)]
    opens = group[0].open_mark == 0 or masked[: group[0].open_mark].endswith("\n")
    return opens and not _LETTER.search(tail)


def _long_enough(text: str, group: list[Span]) -> bool:
    words = sum(len(text[s.start : s.end].split()) for s in group)
    return words > PHRASE_MAX_WORDS


def _resolve(
    phrase: str,
    position: int,
    names: NameIndex,
    last_speaker: str | None,
    quoted: list[tuple[int, int]],
) -> str | None:
    if not is_pronoun(phrase):
        return names.resolve(phrase)
    pronoun = phrase.lower()
    if pronoun not in ("he", "she"):
        return last_speaker if pronoun in ("they", "we") and last_speaker else None
    wanted = "male" if pronoun == "he" else "female"
    if (
        last_speaker
        and names.gender(last_speaker) in (wanted, None)
        and names.is_person(last_speaker)
    ):
        return last_speaker
    return _last_person(names, position, wanted, quoted)


def _last_person(
    names: NameIndex, position: int, wanted: str, quoted: list[tuple[int, int]]
) -> str | None:
    for mention in reversed(names.mentions):
        if mention.start >= position or any(a <= mention.start < b for a, b in quoted):
            continue
        name = names.resolve(mention.name)
        if names.is_person(name) and names.gender(name) in (wanted, None):
            return name
    return None
