"""The title of a plain-text page, and the byline and date near it.

The title is the headline-like line nearest before the article body, or printed twice (a page's
window title and its headline), or a text's first line set off by a blank line. A headline is
short, does not end with a full stop, is one sentence, starts with a capital, and is neither a
menu, a time stamp nor an author's name; when unsure, the line stays in the body.
"""

from __future__ import annotations

import functools
import re

from newscli.clean import lexicon
from newscli.clean.bylines import (
    byline_author,
    date_of,
    is_email,
    is_lone_by,
    looks_like_name,
    looks_like_person,
)
from newscli.clean.comments import stamp
from newscli.clean.labels import BYLINE, DATE, MAX_LINK_DENSITY, Labelled
from newscli.clean.lines import Block
from newscli.lang.registry import CODES
from newscli.lang.stopwords import stop_words

# How far before the body the title may sit (menus and share bars come in between).
TITLE_WINDOW = 25
# The last mark of a line, closing quotes and brackets aside ("Rivals 'set to merge'" ends in "e").
_TITLE_END = re.compile(r"([.,;:?!…]*)(?:\s*+[\"'”’»)\]`]++)*+\s*$")
# A headline starts with a capital or a digit; "home to Leeds in the final" is a fragment.
_LOWER_START = re.compile(r"^\W*[a-zà-ÿ]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TITLE_STOPS = frozenset({".", ",", ";", ":"})
# A site's address standing as a line: "Smithsonian.com", "www.example.co.uk".
_DOMAIN = re.compile(r"^\s*(?:www\.)?[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,6}\s*$", re.IGNORECASE)
# A full stop inside the line followed by a new sentence: two sentences are prose, not a headline.
_INNER_SENTENCE = re.compile(r"[a-z\d][.!?][\"'”’]?\s+[\"'“‘]?[A-Z]")


def find_title(labelled: list[Labelled], start: int) -> int | None:
    """Index of the title: the headline-like block nearest before the body, if any."""
    first = max(0, start - TITLE_WINDOW)
    candidates = [
        item.block
        for index, item in enumerate(labelled[first : start + 1], start=first)
        if _title_like(item, labelled[index + 1] if index + 1 < len(labelled) else None)
    ]
    if not candidates:
        return None
    texts = [item.block.text.lower() for item in labelled]
    lead = _stems(" ".join(item.block.text for item in labelled[start : start + _LEAD_BLOCKS]))
    by_index = {block.index: block for block in candidates}

    def score(block: Block) -> float:
        # Page titles are usually printed twice (window title, headline) and sit near the body;
        # in a text that is not a page, the title is its first line, set off by a blank line. A
        # headline tells what the article's opening tells, in its words; a line of page furniture
        # that looks like one ("Sign up for Newsletters and Alerts") shares none of them.
        # (twice or three times: a line printed all over the page is its site's name)
        echoed = 2 <= sum(1 for t in texts if block.text.lower() in t) <= _ECHOES
        distance = start - block.index
        set_off = block.index == 0 and len(labelled) > 1 and labelled[1].block.blank_before
        own = _stems(block.text)
        shared = len(own & lead) / len(own) if own else 0.0
        # A headline with its standfirst under it: two title-like lines, the second longer.
        following = by_index.get(block.index + 1)
        above_standfirst = following is not None and following.words > block.words >= 4
        # A headline sits right above its byline or date.
        signed = any(
            item.reason in (BYLINE, DATE)
            for item in labelled[block.index + 1 : block.index + 1 + _SIGNED_WITHIN]
        )
        return (
            2.0 * echoed
            + (1.0 if 4 <= block.words <= 20 else 0.0)
            + 0.5 * set_off
            - 0.1 * distance
            + _SHARED_WEIGHT * shared
            + 1.0 * above_standfirst
            + 1.0 * signed
        )

    return max(candidates, key=score).index


# How many blocks under a headline its byline or date may come.
_SIGNED_WITHIN = 2
# A line printed more often than this is the site's, not the article's.
_ECHOES = 3
# The article's opening that a headline is compared with: its first blocks.
_LEAD_BLOCKS = 4
# How much a headline's share of words found in the opening counts (all of them: as much as being
# printed twice, or twenty blocks nearer the body).
_SHARED_WEIGHT = 2.0
# A word's stem, for comparing a headline with the text: its first letters ("Parise"'s, "rescue"
# and "rescued" agree), of words long enough to carry content in any language.
_STEM_LETTERS = 5
_CONTENT_LETTERS = 4
_LETTERS = re.compile(r"[^\W\d_]+")


def _stems(text: str) -> frozenset[str]:
    """The stems of the content words of ``text``: words of at least ``_CONTENT_LETTERS``
    letters that are no stop word of any language newscli knows."""
    stops = _all_stop_words()
    return frozenset(
        word[:_STEM_LETTERS]
        for word in (w.lower() for w in _LETTERS.findall(text))
        if len(word) >= _CONTENT_LETTERS and word not in stops
    )


@functools.cache
def _all_stop_words() -> frozenset[str]:
    return frozenset().union(*(stop_words(code) for code in CODES))


def _title_like(item: Labelled, following: Labelled | None) -> bool:
    """A headline: short, one line of words that does not end its sentence with a full stop, and
    not a menu. When unsure the line stays in the body: a question, an exclamation or a trailing
    ellipsis counts only with more evidence (capitalised like a headline, or a byline or date under
    it), since articles do open with a one-sentence question."""
    block = item.block
    if (
        item.reason is not None
        or block.is_list
        or block.menu_like
        or block.markup
        or block.link_density > MAX_LINK_DENSITY
        or not 1 <= block.words <= 30
        or (block.words < 2 and block.index != 0)
        or len(block.text) > 250
        # An author's name above the body ("Jane Example"), not a headline; a text's own first
        # line is read as its title all the same ("Council Approves Budget" looks like a name).
        or (block.index > 0 and block.words <= 3 and looks_like_name(block.visible))
        or _LOWER_START.match(block.visible) is not None
        or stamp(block.visible)
        or _DOMAIN.match(block.visible) is not None  # "Smithsonian.com": the site, not the story
        or _by_someone(block.visible)
    ):
        return False
    ending = _TITLE_END.search(block.visible)
    marks = ending.group(1) if ending else ""
    # A trailing ellipsis is an unfinished sentence as often as a headline's teaser.
    open_ended = marks.endswith(("?", "!", "...", "…"))
    if _INNER_SENTENCE.search(block.visible):
        return False
    if marks[-1:] in _TITLE_STOPS and not open_ended:
        # Some sources close their headlines with a full stop; headline capitals set off from the
        # text below ("Council Presses Its Case Over the Harbour.") still make a title. A sentence
        # of prose is not capitalised word by word.
        return marks == "." and _headline_capitals(block.visible) and _set_off(block, following)
    if open_ended:
        byline = following is not None and following.reason in (BYLINE, DATE)
        return block.title_case or byline
    return True


def _by_someone(text: str) -> bool:
    """A byline the byline reader could not take apart ("By Megan Rowe meganr@…(509) …"):
    "By" and two words that look like a name ("By the numbers" is a headline)."""
    words = text.split()
    return len(words) >= 3 and words[0].lower() == "by" and looks_like_name(" ".join(words[1:3]))


def _headline_capitals(text: str) -> bool:
    """Every word of more than three letters capitalised, as headlines are (a sentence full of
    names still has a verb or noun in lower case: "... had his toy gun confiscated at ...")."""
    long_words = [w for w in _WORD.findall(text) if len(w) > 3]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def _set_off(block: Block, following: Labelled | None) -> bool:
    """Whether the text below ``block`` starts a new paragraph, or is a byline or date."""
    return following is not None and (
        following.block.blank_before or following.reason in (BYLINE, DATE)
    )


def metadata(labelled: list[Labelled], start: int) -> tuple[str | None, str | None]:
    """Author and date from byline and date lines near the start of the body."""
    author: str | None = None
    date: str | None = None
    window = labelled[max(0, start - TITLE_WINDOW) : start + 5]
    for i, item in enumerate(window):
        if item.reason == lexicon.COMMENTS:
            continue
        text = item.block.visible
        if author is None:
            author = byline_author(text)
            if author is None and is_lone_by(text) and i + 1 < len(window):
                following = window[i + 1].block.visible
                author = following if looks_like_name(following) else None
            if author is None and (signed_with_email(window, i) or dated_name(window, i)):
                author = text.strip()  # "Maria Gonzalez" over "mgonzalez@courier.example"
        if date is None:
            date = date_of(text)
    return author, date


def dated_name(labelled: list[Labelled], i: int) -> bool:
    """Whether block ``i`` is a name alone with the date line right under it: a byline without
    "By", as Czech and many other papers print one ("Jana Veselá" over "15. října 2026 14:32")."""
    return (
        i + 1 < len(labelled)
        and looks_like_person(labelled[i].block.visible)
        and date_of(labelled[i + 1].block.visible) is not None
    )


def signed_with_email(labelled: list[Labelled], i: int) -> bool:
    """Whether block ``i`` is a writer's name with their e-mail address on the line after it:
    a byline without "By"."""
    return (
        i + 1 < len(labelled)
        and looks_like_name(labelled[i].block.visible)
        and is_email(labelled[i + 1].block.visible)
    )
