"""Datelines and list markers at the start of a paragraph: part of the text, not of its sentence.

Wire copy opens its first paragraph with where (and when) the story was filed and by whom:
"(CNN)", "WASHINGTON (Reuters) -", "LONDON, Jan 5 (AFP) -", "ROME —", "Madrid, 14 feb (EFE).-".
A bulleted paragraph opens with its marker ("- ", "• ", "3. "), a broadcast transcript's with its
speaker's label ("SAM WHITFIELD, BYLINE: "). None belongs in a summary or a claim; all stay in
the article's text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The agency or outlet in brackets: one to four words ("CNN", "Reuters", "AP", "CNN Business").
_AGENCY = r"\(\s*[^\W\d_][\w.&'’]*(?:\s+[\w.&'’]+){0,3}\s*\)"
# A place: words in capitals ("NEW YORK", "WASHINGTON") or capitalised ones ("Rome", "Hong Kong").
_PLACE = r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"
# "Jan 5", "March 12, 2024"; and day first, as European agencies write it: "14 feb", "12 mars",
# "5. Januar 2024".
_DATE = (
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"|\d{1,2}\.?\s+[^\W\d_]{3,9}\.?(?:\s+\d{4})?))"
)
# A dash or a colon; EFE closes its dateline with a full stop and a hyphen: "(EFE).-".
_DASH = r"(?:\.?(?:--|[-—–])|:)"

_DATELINE = re.compile(
    # "(CNN)Donald ...", "(Reuters) - ...": the agency alone, before a capital or a dash.
    rf"^{_AGENCY}(?:\s*{_DASH}\s*|(?=[A-Z\"“‘]))"
    # "Rome (CNN)Italy ...", "WASHINGTON (Reuters) - ...", "LONDON, Jan 5 (AFP) - ...".
    rf"|^{_PLACE}{_DATE}?\s*{_AGENCY}(?:\s*{_DASH}\s*|(?=[A-Z\"“‘]))"
    # "NEW YORK — ...", "LONDON, Jan 5 - ...": a place in capitals and a dash; "AURANGABAD: ...",
    # as Indian papers write it, a colon.
    rf"|^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{0,3}}{_DATE}?\s*(?:--|[—–-]|(?<=[A-Z]):)\s+"
    # "Praha – Vláda …", "Brno 5. května (ČTK) - …": a capitalised place, as Czech and Slovak
    # papers write it, then a spaced dash and a capital (a name's apposition goes on in lower
    # case: "Boris Johnson – the former …").
    rf"|(?P<titled>^[^\W\d_][^\W\d_'’-]*(?:\s+[^\W\d_][^\W\d_'’-]*){{0,2}}"
    rf"(?:\s+\d{{1,2}}\.\s+[^\W\d_]{{3,9}})?(?:\s*{_AGENCY})?\s+[—–-]\s+)"
    # Lowercased, tokenized text: "washington ( cnn ) -- ...", "( cnn ) the ...".
    r"|^(?:[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*){0,3}\s*,?\s*)?\(\s+[a-z][a-z.&']*(?:\s+[a-z.&']+)?"
    r"\s+\)\s*(?:--\s*)?"
)
# A broadcast transcript's speaker label: "SAM WHITFIELD, BYLINE: ", "DANA OKAFOR: ".
_SPEAKER_LABEL = re.compile(
    r"^[A-Z][A-Z’'.\-]*(?:\s+[A-Z][A-Z’'.\-]*){0,3}"
    r"(?:,\s*[A-Z][A-Z’'.\-]*(?:\s+[A-Z][A-Z’'.\-]*){0,4})?:(?:\s+(?=\S)|\s*$)"
)
# A text is a transcript when at least this many of its paragraphs open with a speaker label.
_TRANSCRIPT_LABELS = 3
_LIST_MARKER = re.compile(r"^(?:[-*+•·▪►‣◦□■○●]|\d{1,2}[.)])\s+(?=\S)")
# At most this much of a sentence is a dateline; the rest must still be a sentence.
_MAX_DATELINE = 60
_MIN_REST = 20


def dateline_length(text: str) -> int:
    """How many characters at the start of ``text`` are a dateline (0 when there is none)."""
    match = _DATELINE.match(text)
    if match is None or match.end() > _MAX_DATELINE or len(text) - match.end() < _MIN_REST:
        return 0
    if match.group("titled") and not (text[0].isupper() and text[match.end()].isupper()):
        return 0
    return match.end()


def marker_length(text: str) -> int:
    """How many characters at the start of ``text`` are a list marker and its space."""
    match = _LIST_MARKER.match(text)
    return match.end() if match else 0


def is_transcript(paragraphs: Sequence[str]) -> bool:
    """Whether the paragraphs are a broadcast transcript's: speaker labels open several."""
    labelled = sum(1 for paragraph in paragraphs if _SPEAKER_LABEL.match(paragraph))
    return labelled >= _TRANSCRIPT_LABELS


def speaker_label_length(text: str) -> int:
    """How many characters at the start of ``text`` are a transcript's speaker label (all of
    them when the label stands alone: "MARY LOUISE KELLY, HOST:")."""
    match = _SPEAKER_LABEL.match(text)
    return match.end() if match else 0
