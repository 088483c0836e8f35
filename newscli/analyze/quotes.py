"""Direct quotes and their speakers (first version: double quotes, common attribution patterns)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newscli.model import Quote, Sentence

_QUOTE = re.compile(r"[\"“”]([^\"“”\n]+?)[\"”“]")
_SPEECH_VERBS = (
    r"said|says|added|adds|told|tells|wrote|writes|tweeted|insisted|warned|stated|argued|asked|"
    r"explained|noted|declared|claimed|continued|replied|responded|remarked|recalled|urged"
)
_NAME = r"(?:[A-Z][\w’'.-]+)(?:\s+[A-Z][\w’'.-]+)*"
_PRONOUN = r"(?:he|she|they|He|She|They)"
# “...,” Trump said. / “...,” said Trump. / “...,” he added
_AFTER = re.compile(
    rf"^\s*,?\s*(?:(?P<who>{_NAME}|{_PRONOUN})\s+(?:{_SPEECH_VERBS})\b"
    rf"|(?:{_SPEECH_VERBS})\s+(?P<who2>{_NAME}))"
)
# Trump said, “...” / Khamenei said on Saturday, “...”
_BEFORE = re.compile(
    rf"(?P<who>{_NAME}|{_PRONOUN})\s+(?:{_SPEECH_VERBS})\b[^.“”\"]{{0,60}}[,:]\s*$"
)
_PERSON = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|[A-Z]\.))+")
_MIN_QUOTE_WORDS = 3


def find_quotes(text: str, sentences: Sequence[Sentence]) -> tuple[Quote, ...]:
    """Quotes in the article body ``text`` with their speakers."""
    starts = [s.start for s in sentences]
    names = _full_names(text)
    quotes: list[Quote] = []
    last_speaker: str | None = None
    for match in _QUOTE.finditer(text):
        content = match.group(1).strip().rstrip(",")
        if len(content.split()) < _MIN_QUOTE_WORDS and not _attributed(text, match):
            continue
        speaker = _speaker(text, match, names, last_speaker)
        index = max(0, bisect.bisect_right(starts, match.start()) - 1)
        if speaker:
            last_speaker = speaker
        quotes.append(
            Quote(
                text=content,
                speaker=speaker,
                sentence=sentences[index].index if sentences else 0,
                start=match.start(1),
                end=match.end(1),
            )
        )
    return tuple(quotes)


def _attributed(text: str, match: re.Match[str]) -> bool:
    return bool(_AFTER.match(text[match.end() : match.end() + 80]))


def _speaker(
    text: str, match: re.Match[str], names: dict[str, str], last: str | None
) -> str | None:
    after = _AFTER.match(text[match.end() : match.end() + 80])
    who = None
    if after:
        who = after.group("who") or after.group("who2")
    else:
        before = _BEFORE.search(text[max(0, match.start() - 120) : match.start()])
        if before:
            who = before.group("who")
    if who is None:
        return None
    if re.fullmatch(_PRONOUN, who):
        return last or _last_person_before(text, match.start(), names)
    return names.get(who.split()[-1], who)


def _full_names(text: str) -> dict[str, str]:
    """Map each surname to the longest name the text gives for it ("Trump" -> "Donald Trump")."""
    names: dict[str, str] = {}
    for match in _PERSON.finditer(text):
        name = match.group(0)
        surname = name.split()[-1]
        if len(name) > len(names.get(surname, "")):
            names[surname] = name
    return names


def _last_person_before(text: str, position: int, names: dict[str, str]) -> str | None:
    found = None
    for match in _PERSON.finditer(text, 0, position):
        found = names.get(match.group(0).split()[-1], match.group(0))
    return found
