"""Sentence and word tokenization that needs no downloaded data.

``split_sentences`` returns character spans so that every later stage can point back into the
article text; ``SumyTokenizer`` adapts both functions to sumy's tokenizer protocol.

The sentence splitter is rule based and linear: one regex pass finds every candidate terminator
(. ! ? … and their CJK, Arabic and Devanagari forms, with closing quotes and brackets), and each
candidate is judged from the word before it and the word after it (abbreviations, initials,
numbers, ellipses, case of the next word). Lists, bullets and blank lines add boundaries of their
own. Chosen over sentencex and pysbd by ``benchmarks/sentences.py``: it scores like pysbd on the
golden rules at sentencex's speed, and it also splits lowercased, PTB-tokenized text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newscli.lang.registry import every_language, resources, union

_ENGLISH = resources("en")


# Titles, nearly always followed by a name, and Latin abbreviations that never end a sentence in
# practice ("e.g. The Times"): never a boundary. The splitter does not know the language of its
# text, so every language's words count (newscli.lang holds them).
_NEVER_FINAL = union(r.title_abbreviations for r in every_language())
# Abbreviations that precede a number: no boundary before a digit ("No. 5"), else ordinary words.
_BEFORE_NUMBERS = union(r.number_abbreviations for r in every_language())
# Abbreviations that may end a sentence: a boundary only when a typical sentence opener follows.
_ABBREVIATIONS = union(r.abbreviations | r.month_abbreviations for r in every_language())
_BEFORE_DIGITS_TOO = _ABBREVIATIONS | _BEFORE_NUMBERS
# Capitalised words that typically open a sentence; after an abbreviation or initial, one of these
# marks a boundary ("in the U.S. The president") while a name does not ("the U.S. Government").
_OPENERS = union(r.sentence_openers for r in every_language())
_MONTHS = union(frozenset(r.months) for r in every_language())
# Words after which a number with a period is an ordinal ("im 16.", "am 3.", "der 2.").
_ORDINAL_BEFORE = union(r.ordinal_before for r in every_language())

_CLOSERS = "\"'”’»)]}›"
_OPENERS_PUNCT = "\"'“‘«([{¿¡‹`„‚"
# Candidate terminators. "cjk" needs no following space; "mark" must be followed by whitespace or
# the end of the text, after any closing quotes and brackets.
# The leading lookahead lets the regex engine skip quickly to the next terminator character.
# What follows a terminator: the spaces, any opening quotes and brackets, and the next word.
_FOLLOWING = (
    r"(?P<space>\s*)(?P<open>[" + re.escape(_OPENERS_PUNCT) + r"]{0,8})(?P<next>[^\W_]{0,64})"
)
# The leading lookahead lets the regex engine skip quickly to the next terminator character;
# capturing what follows in the same match keeps the per-candidate work small.
_TERMINATOR = re.compile(
    r"(?=[。！？।॥.!?…‽؟])"
    r"(?:(?P<cjk>[。！？।॥]+[" + re.escape(_CLOSERS) + r"」』）〕】]*)"
    r"|(?P<mark>\.(?:[ \u00a0]?\.){2,}|[.!?…‽؟]+)(?P<close>[" + re.escape(_CLOSERS) + r"]*)"
    r"(?=\s|\Z)" + _FOLLOWING + ")"
)
_FOLLOWING_ALONE = re.compile(_FOLLOWING)
# PTB closing tokens standing alone after a spaced terminator: `` it 's over . '' he left .
_PTB_CLOSERS = re.compile(r"(?:[ \t]+(?:''|'|\"|”|’|»|\)|-rrb-|-rsb-|-rcb-))+(?=\s|\Z)")
# References after a sentence's period: "[17]", "[3] [4]", "[citation needed]", or a bare footnote
# number before a capitalised word.
_CITATIONS = re.compile(
    r"(?:[ \t]*\[(?:\d{1,3}|[a-z][a-z ]{2,40})\])+|[ \t]+\d{1,2}(?=[ \t]+[A-Z])"
)
_SPEECH_VERBS = "|".join(
    sorted(_ENGLISH.speech_verbs | _ENGLISH.manner_verbs, key=len, reverse=True)
)
# A name or pronoun and a speech verb after a closing quote continue the sentence.
_ATTRIBUTION = re.compile(rf"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+(?:{_SPEECH_VERBS})\b")
_SECTION_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*")
# A figure or table label opening a line is a sentence of its own: "Figure 1.3 This map shows".
_CAPTION = re.compile(r"(?:^|(?<=\n))[ \t]*(?:Figure|Table)[ \t]+\d+(?:\.\d+)*(?=[ \t]+[A-Z(“\"])")
_HARD_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_BULLETS = "•⁃▪◦‣●■□➢►"
_BULLET = re.compile(f"[{_BULLETS}]")
# A list label ("2.", "10.)", "b)") after whitespace or a bullet, found by its period or bracket.
_LIST_LABEL = re.compile(
    r"(?=[.)])(?:(?<=[\s"
    + _BULLETS
    + r"](?P<one>[0-9a-z]))|(?<=[\s"
    + _BULLETS
    + r"](?P<two>[0-9][0-9])))"
    r"(?P<style>\.\)|\)|\.)(?=\s)"
)
# What every list label has, found sooner: _LIST_LABEL has no prefix to skip ahead by and is tried
# at every position, while this pattern starts with the period or bracket and looks back from it.
_LIST_LABEL_HINT = re.compile(
    r"[.)](?:(?<=[\s" + _BULLETS + r"][0-9a-z].)|(?<=[\s" + _BULLETS + r"][0-9][0-9].))"
)
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_CONTEXT = 64  # characters looked at on either side of a candidate; keeps the pass linear


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences in ``text``, stripped of outer whitespace.

    The spans are in order, do not overlap, and together cover every non-whitespace character.
    """
    caseless = text.islower()
    list_markers = _list_markers(text)
    suppressed = {start for start, _ in list_markers}
    cuts: list[int] = []
    last_cut = 0
    for match in _TERMINATOR.finditer(text):
        if match.start() in suppressed:
            continue
        cut = _boundary(text, match, caseless, last_cut)
        if cut is not None:
            cuts.append(cut)
            last_cut = cut
    if "\n" in text:  # (a paragraph of an article has none: both passes are skipped)
        cuts.extend(match.start() for match in _HARD_BREAK.finditer(text))
        cuts.extend(_line_cuts(text))
    cuts.extend(
        match.start()
        for match in _BULLET.finditer(text)
        if match.start() > 0 and text[match.start() - 1].isspace()
    )
    cuts.extend(start for _, start in list_markers)
    if "Figure" in text or "Table" in text:  # a cheap test first: the regex has no fast prefix
        cuts.extend(match.end() for match in _CAPTION.finditer(text))
    return _spans(text, sorted(set(cuts)))


def _line_cuts(text: str) -> list[int]:
    """Single line breaks that end a sentence: after a short unpunctuated line such as a title,
    when the next line starts with a capital, and before lines that are list items.

    Hard-wrapped prose keeps its line breaks inside sentences: its lines are all about as long as
    the longest one, and "short" here means under 70 % of that.
    """
    lines = text.split("\n")
    longest = max(len(line.strip()) for line in lines)
    cuts = []
    position = 0
    for line in lines[:-1]:
        end = position + len(line)
        before = line.rstrip()
        after = text[end + 1 : end + 1 + _CONTEXT].lstrip()
        if before and after:
            item = after[:1] in "-*•–" and after[1:2] == " "
            heading = (
                len(before.strip()) < 0.7 * longest
                and before[-1] not in ",;:-–—(&/"
                and after.lstrip(_OPENERS_PUNCT)[:1].isupper()
            )
            if item or heading:
                cuts.append(end)
        position = end + 1
    return cuts


def _boundary(text: str, match: re.Match[str], caseless: bool, last_cut: int) -> int | None:
    """Where the sentence ends if this candidate terminator ends one, else None."""
    if match.group("cjk"):
        end = match.end("cjk")
        quoted = match.group("cjk")[-1] in "」』"
        if quoted and end < len(text) and "\u3040" <= text[end] <= "\u309f":
            return None  # a quotation followed by a particle: 「本当？」と聞いた。
        return end
    mark = match.group("mark")
    start, end = match.start(), match.end("close")
    if start > 0 and text[start - 1].isspace() and "." not in mark[1:] and "…" not in mark:
        # A terminator standing alone as a token: tokenized text, where it ends a sentence unless
        # it is a title's period split off by the tokenizer ("utah gov . gary herbert").
        if mark == "." and _previous_word(text, start - 1).lower() in _NEVER_FINAL:
            return None
        return _ptb_end(text, end)
    following_match = match
    citations = _CITATIONS.match(text, end)
    if citations:
        end = citations.end()  # "born in 1947. [3] He": the reference belongs to the sentence
        following_match = _FOLLOWING_ALONE.match(text, end) or match  # always matches
    after = following_match.end("space")
    if after == len(text):
        return end
    following = following_match.group("next")
    if text[after] in "»›" and after - end <= 1:
        # French spacing: « C'est une honte. », ironise un autre. The closing mark belongs to
        # the sentence, and what follows it decides.
        return _after_spaced_closer(text, after)
    if text[after] in ",;:.!?…)]}" or (_is_lower(following) and not caseless):
        return None
    if mark.count(".") > 2 or "…" in mark:
        return _ellipsis_end(text, start, end, following)
    if match.group("close") and _ATTRIBUTION.match(text, after, after + _CONTEXT):
        return None  # '"Where is it?" Betty asked.'
    if "." not in mark:
        return end
    previous = _previous_word(text, start)
    if (
        previous[:1].isdigit()
        and _SECTION_NUMBER.fullmatch(previous)
        and _at_sentence_start(text, start - len(previous), last_cut)
    ):
        return None  # a numbered heading: "2.1. Property rights"
    # The word before a number tells an ordinal ("im 16. Jahrhundert"); no other word needs it.
    number = previous.lstrip(_OPENERS_PUNCT).isdigit()
    before = _previous_word(text, start - len(previous)) if number else ""
    return end if _period_ends_sentence(previous, following, before) else None


def _after_spaced_closer(text: str, closer: int) -> int | None:
    position = closer + 1
    while position < len(text) and text[position] in " \u00a0\u202f":
        position += 1
    if position == len(text):
        return position
    if text[position] in ",;:" or text[position].islower():
        return None
    return closer + 1


def _is_lower(word: str) -> bool:
    """Starts in lower case and is not a camel-case name such as "iPhone" or "eHow"."""
    return word[:1].islower() and (len(word) == 1 or word[1:].islower())


def _at_sentence_start(text: str, position: int, last_cut: int) -> bool:
    head = text[max(last_cut, position - 16) : position]
    return not head.strip() and (position - last_cut <= 16 or "\n" in head)


def _ellipsis_end(text: str, start: int, end: int, following: str) -> int | None:
    if start == 0 or text[start - 1] in _OPENERS_PUNCT:
        return None  # an omission opening a quotation or in brackets: "Bohr [...] used"
    dots = text[start:end].count(".")
    if dots >= 4 and " " in text[start:end] and start > 0 and not text[start - 1].isspace():
        # "compounds. . . . The": the word's own period ends it; ". . ." opens the next sentence.
        return start + 1
    if dots >= 4:
        return end
    return end if following not in ("I", "") and not following[:1].isdigit() else None


def _period_ends_sentence(previous: str, following: str, ordinal_before: str = "") -> bool:
    word = previous.lstrip(_OPENERS_PUNCT)
    key = word.lower().replace(".", "")
    opener = following.lower() in _OPENERS
    if key in _NEVER_FINAL:
        return False
    if following[:1].isdigit():
        return word.isalpha() and len(word) > 1 and key not in _BEFORE_DIGITS_TOO
    if key in _ABBREVIATIONS:
        return opener
    if len(word) == 1 and word.isalpha():
        return opener  # an initial ("Jonas E. Smith"), or "you and I. Did"
    if _INITIALISM.fullmatch(word):
        return opener  # "U.S. Government" versus "the U.S. The president"
    # Not after a German ordinal date or ordinal: "am 3. Oktober", "im 16. Jahrhundert".
    if word[-1:].isdigit() and following.lower() in _MONTHS:
        return False
    return not (word.isdigit() and ordinal_before.lower() in _ORDINAL_BEFORE)


def _ptb_end(text: str, end: int) -> int:
    closers = _PTB_CLOSERS.match(text, end)
    return closers.end() if closers else end


def _previous_word(text: str, start: int) -> str:
    window = text[max(0, start - _CONTEXT) : start].rsplit(None, 1)
    return window[-1] if window else ""


def _list_markers(text: str) -> list[tuple[int, int]]:
    """``(position of the marker's period or bracket, start of the marker)`` of numbered lists.

    A marker such as ``2.`` or ``b)`` counts only when the same style with the previous or next
    number or letter also occurs, so "in 1. place" or "plan B." never becomes a list.
    """
    found: dict[tuple[str, str], list[tuple[int, int]]] = {}
    # The leading space lets a label open the text; offsets below are shifted back by one.
    padded = " " + text
    if _LIST_LABEL_HINT.search(padded) is None:
        return []  # (most paragraphs)
    for match in _LIST_LABEL.finditer(padded):
        label = match.group("one") or match.group("two")
        end = match.start() - 1
        if label.isdigit() and _is_ordinal(text, end - len(label), end):
            continue  # "im 16. und 17. Jahrhundert": ordinals in running text, not a list
        start = _bullet_start(text, end - len(label))
        found.setdefault((label, match.group("style")), []).append((end, start))
    result = []
    for (label, style), positions in found.items():
        neighbours = (_shift(label, -1), _shift(label, 1))
        if any((n, style) in found for n in neighbours if n):
            result.extend(positions)
    return result


def _is_ordinal(text: str, number_start: int, period: int) -> bool:
    """A number with a period that is an ordinal of running text: after a word that governs one
    ("im", "am", "der") or before a lower-case word ("16. und")."""
    line_start = text.rfind("\n", max(0, number_start - _CONTEXT), number_start)
    if not text[line_start + 1 : number_start].strip(" \t" + _BULLETS):
        return False  # a label opening its line is a list item
    previous = _previous_word(text, number_start).lower()
    following = text[period + 1 : period + 1 + _CONTEXT].split(None, 1)
    return previous in _ORDINAL_BEFORE or bool(following and _is_lower(following[0]))


def _bullet_start(text: str, start: int) -> int:
    """The bullet before a list label ("• 9."), which starts the item, else the label itself."""
    position = start
    while position > max(0, start - 4) and text[position - 1] in " \t":
        position -= 1
    return position - 1 if position > 0 and text[position - 1] in _BULLETS else start


def _shift(label: str, step: int) -> str | None:
    if label.isdigit():
        value = int(label) + step
        return str(value) if value >= 0 else None
    value = ord(label) + step
    return chr(value) if ord("a") <= value <= ord("z") else None


def _spans(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*cuts, len(text)]:
        if cut <= start:
            continue
        chunk = text[start:cut]
        stripped = chunk.strip()
        if stripped:
            offset = start + len(chunk) - len(chunk.lstrip())
            spans.append((offset, offset + len(stripped)))
        start = cut
    return spans


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings."""
    return [text[a:b] for a, b in split_sentences(text)]


# Han characters are words of their own (Chinese has no spaces and we ship no dictionary); kana and
# every other script form words of letters and digits joined by inner apostrophes and hyphens, and
# by inner periods (numbers such as 2.5, initialisms such as U.S, web addresses).
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(
    rf"[{_CJK}]|[^\W_{_CJK}]+(?:['’.\-‐][^\W_{_CJK}]+)*",
)


def iter_words(text: str) -> Iterator[re.Match[str]]:
    """Matches of the word tokens of ``text``, with their offsets."""
    return _WORD.finditer(text)


def words(text: str) -> list[str]:
    """Word tokens of ``text``: never empty, never punctuation alone."""
    return _WORD.findall(text)


class SumyTokenizer:
    """The object sumy's parsers and models expect, without NLTK's punkt data."""

    def __init__(self, language: str = "english") -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))
