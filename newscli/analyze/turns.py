"""Direct speech without quotation marks: dialogue turns and interview answers.

Two layouts of German, French and Spanish news quote people without marks:

- dialogue led by a dash, one turn a paragraph (French and Spanish): "— Très mal, répond
  l'agricultrice. J'ai dû acheter du foin." · "—No vamos a permitirlo —dijo el ministro—. Pero
  …". An attribution inside the turn (between dashes in Spanish, after a comma in French) splits
  the turn into parts and names the speaker;
- interviews whose paragraphs open with a label: "Frage:"/"Antwort:", "P."/"R.",
  "Question :"/"Réponse :", or the speakers' names. Answers are the interviewee's; questions are
  the publication's and no quote.

``turn_groups`` finds them as groups of ``marks.Span`` of style "turn", so they join the
quotations found by their marks; ``turn_cue`` gives the speaker a turn's layout names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from newscli.analyze.attribution import ZERO, Cue
from newscli.analyze.grammar import Grammar
from newscli.analyze.marks import Span, paragraphs

_DASH = "—–-"
# A paragraph opening with a dash: a dialogue turn.
_TURN = re.compile(r"\s*[—–-]\s*(?=\S)")
# A Spanish inciso: a dash after a space, then a lower-case word ("—dijo el ministro—").
_INCISO = re.compile(r"\s[—–](?=[^\W\d_A-ZÀ-Ý])")
_INCISO_END = re.compile(r"[—–]|$", re.MULTILINE)
# A French incise: ", répond l'agricultrice." inside a turn.
_INCISE = re.compile(r",\s+(?=[^\W\d_A-ZÀ-Ý])")
_SENTENCE_STOP = re.compile(r"[.;!?](?:\s|$)")
# A label opening a paragraph: one to three capitalised words and a colon ("Frage:", "Anna
# Roth:"), or a question or answer label and a full stop ("P.", "R.").
_LABEL = re.compile(
    r"\s*(?P<label>[^\W\d_][\w’'\-]*(?:\s+[^\W\d_][\w’'\-]*){0,2})\s*(?P<end>[:.\u2024])\s+"
)

# A broadcast transcript's speaker label opening a paragraph: a name in capitals, with a role
# after a comma ("SAM WHITFIELD, BYLINE:", "DANA OKAFOR:", "WHITFIELD:").
_CAPS_LABEL = re.compile(
    r"\s*(?P<name>[A-Z][A-Z’'.\-]*(?:\s+[A-Z][A-Z’'.\-]*){0,3})"
    r"(?:,\s*(?P<role>[A-Z][A-Z’'.\-]*(?:\s+[A-Z][A-Z’'.\-]*){0,4}))?:\s+"
)
_CAPS_LABEL_LINE = re.compile(r"(?:^|\n)" + _CAPS_LABEL.pattern.removeprefix(r"\s*"))
# First words of labels in capitals that name nobody speaking.
_NO_SPEAKER = frozenset(
    "dear editor's editors note update correction breaking warning the a an".split()
)
# A transcript: at least this many paragraphs open with such labels, by at least two names.
_TRANSCRIPT_TURNS = 3

Turn = list[Span]


def turn_groups(text: str, masked: str, rules: Grammar) -> list[Turn]:
    """The dialogue turns and interview answers of ``text`` (see the module's docstring)."""
    bounds = paragraphs(text)
    found = _interview(text, bounds, rules)
    if rules.dialogue_dash:
        found.extend(_dialogue(text, masked, bounds, rules))
    found.sort(key=lambda turn: turn[0].start)
    return found


def transcript_turns(text: str, rules: Grammar) -> list[Turn]:
    """The turns of a broadcast transcript whose speakers are not the programme's own voices
    (its host, its reporter: ``rules.own_voices``, the roles after their names): each labelled
    paragraph a quote of the one its label names, the label itself left out. Empty when the
    text is no transcript."""
    labelled: list[tuple[int, int, int, str, str | None]] = []
    for start, end in paragraphs(text):
        match = _CAPS_LABEL.match(text, start, end)
        if (
            match is None
            or match.group("name") in ("Q", "A")
            or match.group("name").split()[0].lower() in _NO_SPEAKER
        ):
            continue  # ("DEAR ABBY:" opens a letter, "EDITOR'S NOTE:" a note)
        labelled.append((start, match.end(), end, match.group("name"), match.group("role")))
    if len(labelled) < _TRANSCRIPT_TURNS or len({name for *_, name, _ in labelled}) < 2:
        return []
    roles: dict[str, str | None] = {}  # a name, and its surname alone, -> the role given
    for *_, name, role in labelled:
        for key in (name, name.split()[-1]):
            if role or key not in roles:
                roles[key] = role
    full_names = {name for *_, name, _ in labelled if " " in name}
    turns: list[Turn] = []
    for start, words, end, name, role in labelled:
        if " " not in name and not role and not any(n.split()[-1] == name for n in full_names):
            continue  # "PROS:", "VERDICT:": a label of a review, nobody's name
        role = role or roles.get(name)
        if role and any(w.lower() in rules.own_voices for w in re.split(r"[\s,]+", role)):
            continue  # the host's, the reporter's: the programme speaking, no one's quote
        turns.append([Span(words, _trim(text, words, end), start, None, "turn")])
    return turns


@functools.lru_cache(maxsize=4)
def _transcript_names(text: str) -> dict[str, str]:
    """Each speaker label in capitals of the transcript ``text`` -> the name it stands for, as
    the text writes it elsewhere ("DANA OKAFOR" -> "Dana Okafor"; "OKAFOR" -> the label that
    gave her whole name). Read once per text: a hearing's transcript has thousands of turns."""
    labels = list(dict.fromkeys(m.group("name") for m in _CAPS_LABEL_LINE.finditer(text)))
    names: dict[str, str] = {}
    for label in labels:
        full = next((other for other in labels if other.split()[-1] == label != other), label)
        pattern = rf"(?<![\w’']){re.escape(full)}(?![\w’'])"
        written = (m.group(0) for m in re.finditer(pattern, text, re.IGNORECASE))
        names[label] = next((w for w in written if not w.isupper()), full.title())
    return names


def turn_cue(masked: str, group: Sequence[Span], rules: Grammar) -> Cue | None:
    """The speaker a turn's layout gives: the attribution inside it, the name labelling it, or
    (for an answer label) the interviewee, the person the article is about."""
    first = group[0]
    if first.close_mark is not None:
        return rules.cue_after(masked[first.close_mark + 1 : first.close_mark + 200], True)
    caps = _CAPS_LABEL.match(masked, first.open_mark, first.start)
    if caps is not None and caps.end() == first.start and caps.group("name") not in ("Q", "A"):
        name = _transcript_names(masked).get(caps.group("name"), caps.group("name").title())
        return Cue(name, ":", first.open_mark)
    match = _LABEL.match(masked, first.open_mark, first.start)
    if match is None:
        return None
    label = match.group("label")
    if rules.turn_labels.get(label.lower()) == "answer":
        return Cue(ZERO, ":", first.open_mark)
    return Cue(label, ":", first.open_mark)


def _interview(text: str, bounds: Sequence[tuple[int, int]], rules: Grammar) -> list[Turn]:
    """Answers of an interview laid out with labels: at least two labelled paragraphs, one of
    them a question."""
    labelled: list[tuple[int, int, int, str | None]] = []
    for start, end in bounds:
        match = _LABEL.match(text, start, end)
        if match is None:
            continue
        label = match.group("label")
        role = rules.turn_labels.get(label.lower())
        named = match.group("end") == ":" and all(w[:1].isupper() for w in label.split())
        if role or named:
            labelled.append((start, match.end(), end, role or _asks(text, label, start, end)))
    roles = [role for *_, role in labelled]
    if len(labelled) < 2 or "question" not in roles:
        return []
    return [
        [Span(words, _trim(text, words, end), start, None, "turn")]
        for start, words, end, role in labelled
        if role != "question"
    ]


def _asks(text: str, label: str, start: int, end: int) -> str | None:
    """ "question" for a paragraph whose label is the publication's ("SPIEGEL:", "ZEIT
    ONLINE:"): a label in capitals before a question."""
    if label.isupper() and len(label) > 2 and text[start:end].rstrip().endswith("?"):
        return "question"
    return None


def _dialogue(
    text: str, masked: str, bounds: Sequence[tuple[int, int]], rules: Grammar
) -> list[Turn]:
    found: list[Turn] = []
    for start, end in _lines(text, bounds):
        match = _TURN.match(text, start, end)
        if match is None or text[start:end].lstrip()[:1] not in _DASH:
            continue
        turn = _turn(text, masked, match.start(), match.end(), end, rules)
        if turn[0].close_mark is None and text[turn[0].start : turn[-1].end].endswith("?"):
            continue  # an unattributed question: the interviewer's, no one's quote
        found.append(turn)
    return found


def _lines(text: str, bounds: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of the paragraphs: a turn of dialogue may be a line of its own."""
    lines: list[tuple[int, int]] = []
    for start, end in bounds:
        position = start
        while position < end:
            stop = text.find("\n", position, end)
            stop = end if stop < 0 else stop
            if text[position:stop].strip():
                lines.append((position, stop))
            position = stop + 1
    return lines


def _turn(text: str, masked: str, dash: int, start: int, end: int, rules: Grammar) -> Turn:
    """One dash-led turn, split where an attribution interrupts it (the first part's
    ``close_mark`` then points just before the attribution)."""
    inciso = _INCISO.search(masked, start, end)
    if inciso is not None and rules.cue_after(masked[inciso.end() : end], True) is not None:
        # "—No vamos a permitirlo —dijo el ministro—. Pero …"
        close = _INCISO_END.search(masked, inciso.end() + 1, end)
        resume = close.end() if close is not None else end
        return _parts(text, masked, dash, start, inciso.start(), inciso.start() + 1, resume, end)
    for incise in _INCISE.finditer(masked, start, end):
        # "— Très mal, répond l'agricultrice. J'ai dû …"
        if rules.cue_after(masked[incise.start() : end], True) is None:
            continue
        stop = _SENTENCE_STOP.search(masked, incise.end(), end)
        resume = stop.end() if stop is not None else end
        return _parts(text, masked, dash, start, incise.start(), incise.start(), resume, end)
    return [Span(start, _trim(text, start, end), dash, None, "turn")]


def _parts(
    text: str, masked: str, dash: int, start: int, cut: int, close: int, resume: int, end: int
) -> Turn:
    while resume < end and masked[resume] in ".,;: " + _DASH:
        resume += 1
    parts = [Span(start, _trim(text, start, cut), dash, close, "turn")]
    if resume < end:
        parts.append(Span(resume, _trim(text, resume, end), dash, None, "turn"))
    return parts


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
