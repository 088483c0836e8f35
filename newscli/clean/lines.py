"""Blocks of a plain-text page and the features the cleaner classifies them by.

A block is one paragraph of the input: a single line when the text has one paragraph per line (text
copied from a browser, inscriptis renderings), or a run of hard-wrapped lines joined again
(``unwrap.py``: w3m and lynx dumps, e-mail, wire copy, ``fmt`` output).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from newscli.clean.unwrap import LIST_MARKER, LYNX_REFERENCE, Paragraph, paragraphs
from newscli.lang.identify import detect_language
from newscli.lang.stopwords import stop_words

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?…。！？:;][\"'”’»)\]]*$")
# Form controls and frames as lynx and w3m draw them.
_FORM_CONTROL = re.compile(
    r"\((?:BUTTON|RADIO|CHECKBOX|submit|reset)\)|\[(?: |X|x|\*|\s{3,})\]|\((?: |\*)\)|_{4,}"
)
# Link targets and bare URLs, in the renderings that keep them (Markdown, lynx, w3m).
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)|<https?://[^>\s]*>|\bhttps?://\S+|\bwww\.\S+|\[\d+\]")
# What text browsers print for an image without alt text: its file name or address in brackets
# ("[ps4-controller.jpg?width=640]", "[https://example.com/a.png]"), wrapped lines and all.
IMAGE_PLACEHOLDER = re.compile(
    r"\[[^\[\]\n]{0,300}?\.(?:jpe?g|png|gif|svg|webp|bmp)\b[^\[\]\n]{0,300}?\]", re.IGNORECASE
)
# What text browsers print around text rather than text: lynx and w3m mark inserted and deleted
# text ("[INS: new :INS]", "[DEL: old :DEL]", an empty "[INS::INS]" for an ad slot), and a wiki's
# section headings carry the link to edit them ("History[edit]").
_BROWSER_MARKS = re.compile(r"\[(?:INS|DEL):\s?|\s?:(?:INS|DEL)\]|\[edit\](?!\()")
_MARKDOWN_LINK_TEXT = re.compile(r"\[([^\]]*)\]\(")
_LYNX_REFERENCE = re.compile(r"\[\d+\]")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_SENTENCE_MARK = re.compile(r"[.!?。！？]\s|[,;，、]")


@dataclass(frozen=True)
class Block:
    """One paragraph-sized piece of the input with the features the classifier reads."""

    index: int
    text: str
    """The paragraph as the article shows it (lynx link numbers taken out)."""
    words: int
    prose: float
    """How much the block reads like running text, from -1 (labels, names) to 1 (sentences)."""
    is_list: bool
    link_density: float
    """Share of the words that are link text (Markdown ``[text](url)``, lynx ``[12]text``)."""
    visible: str
    """The text without link targets and URLs: what a reader of the page sees."""
    ends_sentence: bool
    title_case: bool
    repeated: bool
    blank_before: bool
    first_line: int = 0
    """0-based index of the block's first input line."""
    last_line: int = 0
    reference: bool = False
    """A line of a lynx dump's reference list (``1. https://...``)."""
    menu_like: bool = False
    """Three or more short pieces between bars or bullets ("E-MAIL | PRINT | Text Size: S M L")."""
    markup: bool = False
    """Mostly literal HTML tags (a text rendering that printed a script or an ad's markup)."""
    form: bool = False
    """Held a form control as text browsers draw it ("(BUTTON)", "[ ]", "____"), or a frame
    ("IFRAME: https://...")."""
    duplicate: bool = False
    """Part of a second copy of a run of paragraphs printed earlier (an article printed twice)."""
    dialogue: bool = False
    """A line of dialogue: a quotation opening the block with its own sentence punctuation
    (“Yes.” · “Will you come?” asked Tom.): text however short."""

    @property
    def has_letters(self) -> bool:
        return self.words > 0


def language_of(pieces: list[str]) -> str:
    """The article's language, judged from the longest pieces (prose rather than menus)."""
    longest = sorted(pieces, key=len, reverse=True)[:12]
    return detect_language("\n".join(longest)[:1200]) or "en"


# Below this share of stop words in its longest pieces, a page's prose is told by punctuation.
_MIN_STOP_SHARE = 0.25


def _usable_stop_words(pieces: list[str]) -> frozenset[str]:
    """Stop words of the page's language, or none when they do not fit its prose.

    For a language sumy has no list for (Indonesian, Russian, ...) the detector guesses a near one,
    whose stop words then hardly occur; prose is better told by punctuation there.
    """
    stops = stop_words(language_of(pieces))
    longest = sorted(pieces, key=len, reverse=True)[:12]
    words = [w.lower() for piece in longest for w in _WORD.findall(piece)]
    if not words or sum(1 for w in words if w in stops) < _MIN_STOP_SHARE * len(words):
        return frozenset()
    return stops


def make_blocks(text: str) -> list[Block]:
    """The blocks of ``text`` with their features."""
    pieces, lynx = paragraphs(text)
    # A lynx link number is not text: "[89]Caption" is "Caption" printed again.
    keys = [_key(LYNX_REFERENCE.sub("", piece.text) if lynx else piece.text) for piece in pieces]
    counts = Counter(keys)
    stops = _usable_stop_words([piece.text for piece in pieces])
    blocks = [
        _features(index, piece, stops, repeated=counts[key] > 1, lynx=lynx)
        for index, (piece, key) in enumerate(zip(pieces, keys, strict=True))
    ]
    if len(counts) < len(keys):
        blocks = _mark_copies(blocks, keys)
    return _mark_digests(blocks)


# A run of repeated blocks is a second copy of the article (not a teaser or menu printed twice)
# when it holds two paragraphs of prose in a row, or one this long.
_COPY_WORDS = 40


def _mark_copies(blocks: list[Block], keys: list[str]) -> list[Block]:
    """Find an article printed twice: a run of blocks repeated in the same order later on. The
    later copy is marked ``duplicate``; the first is no longer ``repeated`` and is judged as text.

    Menus and teasers printed twice are repeated too, but their runs are labels and one-line
    teasers, not paragraphs of prose in a row.
    """
    first_seen: dict[str, int] = {}
    marked = list(blocks)
    i = 0
    while i < len(blocks):
        earlier = first_seen.get(keys[i])
        if earlier is None:
            first_seen[keys[i]] = i
            i += 1
            continue
        length = _common_run(keys, earlier, i)
        # A caption printed again right after itself (an image's alt text, then its caption) is
        # a stutter of the rendering, not a second copy of the article.
        stutter = earlier == i - 1 and length == 1 and blocks[i].words < _DIGEST_WORDS
        if not stutter and _is_copy(blocks[i : i + length]):
            for offset in range(length):
                marked[earlier + offset] = replace(marked[earlier + offset], repeated=False)
                marked[i + offset] = replace(marked[i + offset], duplicate=True, repeated=False)
        # Every block of the run was printed before, so no copy starts inside it either: going
        # past it keeps the search linear on a page that repeats one pattern all the way down.
        i += length
    return marked


# A block this long that mostly repeats text printed before it is a digest of the article (a
# metadata dump, a print version in one block), not more of it.
_DIGEST_WORDS = 100
_DIGEST_SHARE = 0.8
_SHINGLE = 4


def _mark_digests(blocks: list[Block]) -> list[Block]:
    """Mark long blocks whose word sequences (4-word shingles) mostly appeared earlier."""
    if sum(1 for block in blocks if block.words >= _DIGEST_WORDS) == 0:
        return blocks
    seen: set[tuple[str, ...]] = set()
    marked = list(blocks)
    for index, block in enumerate(blocks):
        words = [w.lower() for w in _WORD.findall(block.visible)]
        shingles = {tuple(words[k : k + _SHINGLE]) for k in range(len(words) - _SHINGLE + 1)}
        if (
            block.words >= _DIGEST_WORDS
            and not block.duplicate
            and len(shingles & seen) >= _DIGEST_SHARE * len(shingles)
        ):
            marked[index] = replace(block, duplicate=True, repeated=False)
        seen |= shingles
    return marked


def _common_run(keys: list[str], earlier: int, later: int) -> int:
    """How many blocks from ``later`` on repeat those from ``earlier`` on, in order."""
    length = 0
    while (
        later + length < len(keys)
        and earlier + length < later
        and keys[earlier + length] == keys[later + length]
    ):
        length += 1
    return length


def _is_copy(run: list[Block]) -> bool:
    paragraph = [_paragraph_like(block) for block in run]
    in_a_row = any(a and b for a, b in pairwise(paragraph))
    long_one = any(p and b.words >= _COPY_WORDS for p, b in zip(paragraph, run, strict=True))
    return in_a_row or long_one


def _paragraph_like(block: Block) -> bool:
    # List items do not count: a news ticker of long bulleted teasers is often printed twice.
    return (
        not block.is_list
        and block.words >= 8
        and block.prose > 0
        and (block.ends_sentence or block.words >= 20)
    )


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _features(
    index: int, piece: Paragraph, stops: frozenset[str], *, repeated: bool, lynx: bool
) -> Block:
    text = piece.text
    if ":INS]" in text or ":DEL]" in text or "[edit]" in text:
        text = " ".join(_BROWSER_MARKS.sub(" ", text).split())
    controls = _FORM_CONTROL.search(text)
    form = bool(controls) or text.startswith("IFRAME:")
    if controls:
        # What a text browser draws for buttons, boxes and input fields is not text of the page.
        text = " ".join(_FORM_CONTROL.sub(" ", text).split())
    visible, link_words = _visible(text)
    words = _WORD.findall(visible)
    cjk = 0 if visible.isascii() else len(_CJK.findall(visible))
    count = len(words) + cjk // 2  # about two CJK characters to a word
    if "[" in text:
        if lynx:
            text = LYNX_REFERENCE.sub("", text)
        without = IMAGE_PLACEHOLDER.sub(" ", text)
        if without != text:  # (a line with none keeps its spaces as written: "A\xa0[")
            text = " ".join(without.split())
    return Block(
        index=index,
        text=text,
        words=count,
        prose=_prose(visible, words, count, stops),
        is_list=bool(LIST_MARKER.match(text)),
        link_density=min(1.0, link_words / count) if count else 0.0,
        visible=visible,
        ends_sentence=bool(_SENTENCE_END.search(visible.rstrip(" ]")[-8:])),
        title_case=len(words) <= 30 and _title_case(words),
        menu_like=_menu_like(visible),
        repeated=repeated,
        blank_before=piece.blank_before,
        first_line=piece.first_line,
        last_line=piece.last_line,
        reference=piece.reference,
        form=form,
        markup=_mostly_markup(text),
        dialogue=bool(_DIALOGUE_LINE.match(visible)),
    )


# A line of dialogue: an opening quotation mark (after a dash, as some stories set it), words,
# and the sentence's own punctuation before a closing mark.
_DIALOGUE_LINE = re.compile(
    r"\s*[—–-]?\s*[“\"‘'«„»‚]\s*[^\W\d_].*?[.!?,;…]\s*[”\"’'»«“]", re.DOTALL
)


def _visible(text: str) -> tuple[str, int]:
    """``text`` without link targets, and how many of its words are link text."""
    if "[" not in text and "http" not in text and "www." not in text:
        return text, 0
    link_words = sum(len(_WORD.findall(label)) for label in _MARKDOWN_LINK_TEXT.findall(text))
    # A lynx reference ("[12]Home") marks a link whose text runs on; two words is a fair guess.
    link_words += 2 * len(_LYNX_REFERENCE.findall(text))
    return _LINK_TARGET.sub(" ", IMAGE_PLACEHOLDER.sub(" ", text)).strip(), link_words


_LITERAL_TAG = re.compile(r"</?[a-zA-Z][\w:.-]*(?:\s[^<>]*)?/?>")


def _mostly_markup(text: str) -> bool:
    if "<" not in text:
        return False
    tags = sum(m.end() - m.start() for m in _LITERAL_TAG.finditer(text))
    return tags >= 0.5 * len(text)


_MENU_SEPARATOR = re.compile(r"\s+[|•·»/]\s+")


def _menu_like(text: str) -> bool:
    """A toolbar or menu on one line: three or more pieces of one to three words."""
    if len(text) > 200 or not _MENU_SEPARATOR.search(text):
        return False
    pieces = [piece for piece in _MENU_SEPARATOR.split(text) if piece.strip()]
    short = sum(1 for piece in pieces if len(piece.split()) <= 3)
    return len(pieces) >= 3 and short >= 0.6 * len(pieces)


def _title_case(words: list[str]) -> bool:
    long_words = [w for w in words if len(w) > 3]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return len(long_words) >= 2 and capitalised >= 0.7 * len(long_words)


# Stop-word density of a line that is as much prose as furniture, and how far from it a line reads
# as plainly one or the other (measured with the Stopwords ISO lists of newscli.lang).
_PROSE_DENSITY = 0.22
_PROSE_SPREAD = 0.12
_PROSE_WORDS_FOR_PUNCTUATION = 8


def _other_script(words: list[str], stops: frozenset[str]) -> bool:
    """Whether a block of ``words`` is written in another script than the page's stop words."""
    if len(words) < _PROSE_WORDS_FOR_PUNCTUATION or not _latin_list(stops):
        return False
    return sum(1 for w in words if not w.isascii()) >= 0.8 * len(words)


@lru_cache(maxsize=16)
def _latin_list(stops: frozenset[str]) -> bool:
    return sum(1 for w in stops if w.isascii()) > len(stops) / 2


def _prose(text: str, words: list[str], count: int, stops: frozenset[str]) -> float:
    """Running text is dense in stop words (jusText's idea); without a stop list, in punctuation.

    A long block with no stop word at all in another script than the page's (a verse quoted in
    Arabic on an Indonesian page) is told by its punctuation too.
    """
    if count == 0:
        return -1.0
    if stops and len(words) >= count / 2:
        density = sum(map(stops.__contains__, map(str.lower, words))) / len(words)
        if density > 0 or not _other_script(words, stops):
            return max(-1.0, min(1.0, (density - _PROSE_DENSITY) / _PROSE_SPREAD))
    marks = len(_SENTENCE_MARK.findall(text + " "))
    return max(-1.0, min(1.0, (marks / count) * 12 - 0.5))
