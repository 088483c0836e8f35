"""The plain-text cleaner: title line, article paragraphs, and boilerplate removed with reasons.

How it decides, in the spirit of jusText but over a page that has lost its markup:

1. The text is cut into blocks (``lines.py``, after ``unwrap.py`` has joined hard-wrapped lines
   back into paragraphs) and each block gets features: length, stop-word density, list marker,
   sentence punctuation, capitalisation, repetition, a second copy of earlier text.
2. Each block is weighed: running prose counts for the article in proportion to its length; menu
   entries, link lists, short labels, lexicon hits (``lexicon.py``) and the headers of readers'
   comments (``comments.py``) count against it.
3. The article body is the run of blocks with the greatest total weight (the densest run of prose),
   cut short at a comment section or a copyright notice (not at a comment widget the article goes
   on after), then grown over neighbouring short prose (a last one-line paragraph, a subheading).
4. Inside the run, lexicon hits, bylines, dates and bare markers are still removed; outside it,
   every block is removed with the reason its position and content give it. The title, byline and
   date are looked for around the start of the body (``title.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscli.clean import lexicon
from newscli.clean.bylines import byline_author, date_of, is_lone_by
from newscli.clean.comments import comment_headers, opens_with_writer, stamp
from newscli.clean.labels import BYLINE, DATE, DUPLICATE, HEADER, MAX_LINK_DENSITY, Labelled
from newscli.clean.lines import Block, make_blocks
from newscli.clean.title import dated_name, find_title, metadata, signed_with_email
from newscli.model import Removed

_COPYRIGHT_NOTICE = re.compile(
    r"(?:©|\(c\)|copyright).{0,60}\b(?:19|20)\d\d\b|rights reserved|rechte vorbehalten"
    r"|droits réservés|derechos reservados|diritti riservati|direitos reservados",
    re.IGNORECASE,
)
_CLOSING = frozenset(
    {
        lexicon.RELATED,
        lexicon.NEWSLETTER,
        lexicon.SUBSCRIPTION,
        lexicon.FOOTER,
        lexicon.TAGS,
        lexicon.COMMENTS,
    }
)
_ISOLATED_FACTOR = 0.5
_FREE_GAP = 4
_GAP_COST = 4.0
# A short label ending in an arrow ("Technology & Science »", "More ›") is a link to a section.
_LINK_ARROW = re.compile(r"(?:»|›|>>|→|⟶)\s*$")
# A bulleted item this long that ends its sentence is the article's prose, not a link.
_BULLET_WORDS = 10
_MARKUP_WEIGHT = -2.0
# A line with a form control ("Name(required) ____", "(BUTTON) Search") and this few words is
# the form's label.
_FORM_WORDS = 12
# A block needs about this many words of prose to count for the article on its own.
_PROSE_WORDS = 8


@dataclass(frozen=True)
class CleanedText:
    title: str | None
    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...]
    author: str | None = None
    date: str | None = None


def clean_text(text: str, *, keep_boilerplate: bool = False) -> CleanedText:
    """Split ``text`` into title and paragraphs, dropping boilerplate unless asked not to."""
    blocks = make_blocks(text)
    if not blocks:
        return CleanedText(title=None, paragraphs=(), removed=())
    headers = comment_headers(blocks)
    first, last = _edition_bounds(blocks)
    labelled = [Labelled(b, _first_reason(b, first, last, headers)) for b in blocks]
    for i in range(len(labelled) - 1):
        if signed_with_email(labelled, i):
            labelled[i] = Labelled(labelled[i].block, BYLINE)
            labelled[i + 1] = Labelled(labelled[i + 1].block, BYLINE)
        elif dated_name(labelled, i):
            labelled[i] = Labelled(labelled[i].block, BYLINE)  # (its date line is a DATE)
    raw = [_weight(item) for item in labelled]
    figures = _figures(labelled, raw)
    weights = _in_context(raw, labelled, figures)
    start, end = _body_span(labelled, weights)
    edition_title = _edition_field(blocks[:first], "Title")
    title_index = None if edition_title else find_title(labelled, start)
    author, date = metadata(labelled, start)
    if first:
        author = author or _edition_field(blocks[:first], "Author")
    # A Markdown heading's "#" marks are markup, not part of the title.
    title = blocks[title_index].text.lstrip("#").strip() if title_index is not None else None
    title = edition_title or title
    if keep_boilerplate:
        paragraphs = tuple(b.text for b in blocks if b.index != title_index)
        return CleanedText(title, paragraphs, (), author, date)
    kept: list[str] = []
    removed: list[Removed] = []
    for item, reason in zip(
        labelled, _verdicts(labelled, weights, start, end, figures), strict=True
    ):
        if item.block.index == title_index:
            continue
        if reason is None:
            kept.append(item.block.text)
        else:
            removed.append(_removed(item.block, reason))
    return CleanedText(title, tuple(kept), tuple(removed), author, date)


# An electronic edition's own frame (Project Gutenberg's, which most public-domain books online
# carry): its licence and front matter around the work are no part of it.
_EDITION_START = re.compile(r"\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG", re.IGNORECASE)
_EDITION_END = re.compile(r"\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG", re.IGNORECASE)


def _first_reason(block: Block, first: int, last: int, headers: set[int]) -> str | None:
    """Why ``block`` goes before its neighbours are weighed: outside an edition's frame, a
    comment header, or its own look (None: it may be the article's)."""
    if block.index < first:
        return HEADER
    if block.index >= last:
        return lexicon.FOOTER
    if block.index in headers:
        return lexicon.COMMENTS
    return _intrinsic_reason(block)


def _edition_bounds(blocks: list[Block]) -> tuple[int, int]:
    """The index of the work's first block and of the block after its last: past an edition's
    opening marker and before its closing one (the whole text when it has none)."""
    first, last = 0, len(blocks)
    for block in blocks:
        text = block.text.lstrip()[:80]
        if not text.startswith("*"):
            continue
        if _EDITION_START.match(text) and first == 0:
            first = block.index + 1
        elif _EDITION_END.match(text) and block.index >= first:
            last = block.index
            break
    return first, last


def _edition_field(front: list[Block], field: str) -> str | None:
    """A field of an edition's front matter ("Title: Holmbury Tales")."""
    prefix = f"{field}:"
    for block in front:
        if block.text.startswith(prefix):
            value = " ".join(block.text[len(prefix) :].split())
            return value or None
    return None


def _removed(block: Block, reason: str) -> Removed:
    return Removed(block.text, reason, lines=(block.first_line + 1, block.last_line + 1))


def _verdicts(
    labelled: list[Labelled], weights: list[float], start: int, end: int, figures: set[int]
) -> list[str | None]:
    """Why each block is removed, or None for the article's own blocks."""
    verdicts: list[str | None] = []
    section = HEADER
    for item in labelled:
        block = item.block
        if block.index == end:
            section = lexicon.FOOTER
        if start <= block.index < end:
            # Inside the body, a "Related" heading takes the link list under it along.
            if item.reason in lexicon.SECTION_STARTERS:
                section = item.reason
            elif _is_paragraph(item, weights[block.index]):
                section = HEADER
            elif section != HEADER and item.reason is None and _link_like(block):
                verdicts.append(section)
                continue
            if block.index in figures and item.reason is None:
                # The labels of a chart printed as text ("Net interest", "RECESSIONS").
                verdicts.append(lexicon.CAPTION)
                continue
            verdicts.append(item.reason)
            continue
        if item.reason in lexicon.SECTION_STARTERS and block.index >= end:
            section = item.reason
        verdicts.append(item.reason or _positional_reason(block, section))
    return verdicts


def _link_like(block: Block) -> bool:
    return block.words < 20 and not (block.ends_sentence and block.prose > 0.5)


def _intrinsic_reason(block: Block) -> str | None:
    """Why ``block`` is furniture whatever its neighbours, or None when it may be article text."""
    if not block.has_letters or block.reference:
        return lexicon.NAVIGATION
    if block.duplicate:
        return DUPLICATE
    text = block.visible
    reason = lexicon.whole_line_reason(text) or lexicon.phrase_reason(text, block.words)
    if reason:
        return reason
    if (
        (block.menu_like and not block.ends_sentence)
        or (block.form and (block.words <= _FORM_WORDS or block.text.startswith("IFRAME")))
        or (block.words <= 6 and _LINK_ARROW.search(text))
    ):
        return lexicon.NAVIGATION
    if byline_author(text) or is_lone_by(text):
        return BYLINE
    if date_of(text):
        return DATE
    if lexicon.is_breadcrumb(text, block.words):
        return lexicon.NAVIGATION  # "Blog > Weight Loss > Weight Loss Tips", "News > Nation"
    if block.words <= _CREDIT_WORDS and _AGENCY_CREDIT.search(text):
        return lexicon.CAPTION  # "Al Goldis, Associated Press": a photo's credit
    return None


# A photographer's credit: a name and an agency, on a short line of its own.
_AGENCY_CREDIT = re.compile(
    r"[,/|]\s*(?:the\s+)?(?:associated press|ap|reuters|afp|getty images|epa|ap photo)\)?\s*$",
    re.IGNORECASE,
)
_CREDIT_WORDS = 8


def _positional_reason(block: Block, section: str) -> str:
    """Why a block outside the body goes, from the last section heading seen and its own look."""
    if section in (lexicon.COMMENTS, lexicon.RELATED):
        return section
    linkish = block.is_list or block.link_density > MAX_LINK_DENSITY
    if section == lexicon.TAGS and (linkish or block.words < _PROSE_WORDS):
        return section
    if linkish or block.words < _PROSE_WORDS:
        return lexicon.NAVIGATION
    # A newsletter box is a few lines; what follows it is the page's footer.
    return HEADER if section == HEADER else lexicon.FOOTER


def _weight(item: Labelled) -> float:
    """How much a block counts for (positive) or against (negative) being in the article."""
    block = item.block
    if item.reason is not None:
        return -3.0 if item.reason in (BYLINE, DATE, lexicon.CAPTION, lexicon.LINK) else -6.0
    if block.markup:
        # Literal tags: an ad's code at the page's edge, or a code sample inside the article.
        return _MARKUP_WEIGHT
    prose = block.prose
    if block.ends_sentence:
        prose += 0.3
    elif block.title_case:
        # Headlines of other articles; the article's own subheadings ride on their neighbours.
        prose = -0.5
    if block.dialogue:
        # “Yes.” · “Will you come?” asked Tom. — a line of dialogue is text however short: a
        # story told in them is no menu.
        return max(1.0, block.words * max(0.3, min(1.0, prose)))
    if block.words < _PROSE_WORDS:
        # Short lines: a subheading or a one-line paragraph between paragraphs is fine, a run of
        # them is a menu.
        linked = block.is_list or block.link_density > MAX_LINK_DENSITY
        return -0.5 if block.ends_sentence and prose > 0 else -1.5 - 0.5 * linked
    weight = block.words * max(-1.0, min(1.0, prose))
    if block.is_list or block.link_density > MAX_LINK_DENSITY:
        weight = min(weight * 0.5, weight - 4.0)
    if block.repeated:
        weight = min(weight, 0.0) - 2.0
    return weight


def _in_context(weights: list[float], labelled: list[Labelled], figures: set[int]) -> list[float]:
    """Weights adjusted for the neighbours, as jusText does for its classes.

    An article is paragraphs in a row; a paragraph alone between furniture is more often a teaser
    under another article's headline, so it counts half. And a long stretch of furniture parts
    the article from what follows more than the sum of its lines says: each line past the
    fourth costs extra. A figure between paragraphs (``_figures``) costs nothing.
    """
    paragraph = [_is_paragraph(item, w) for item, w in zip(labelled, weights, strict=True)]
    adjusted = [0.0 if i in figures else w for i, w in enumerate(weights)]
    last = len(weights) - 1
    for i, is_paragraph in enumerate(paragraph):
        if (
            is_paragraph
            and not (i > 0 and paragraph[i - 1])
            and not (i < last and paragraph[i + 1])
        ):
            adjusted[i] *= _ISOLATED_FACTOR
    run = 0
    for i, is_paragraph in enumerate(paragraph):
        run = 0 if is_paragraph or i in figures else run + 1
        if run > _FREE_GAP:
            adjusted[i] -= _GAP_COST
    return adjusted


# Of the lines between two paragraphs, at least this many and this share are numbers alone for them
# to be a chart or table printed as text.
_FIGURE_NUMBERS = 3
_FIGURE_SHARE = 0.3
_NUMBER = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_FIGURE_REASONS = frozenset({None, BYLINE, DATE, lexicon.CAPTION, lexicon.NAVIGATION})


def _figures(labelled: list[Labelled], weights: list[float]) -> set[int]:
    """Blocks of charts and tables printed as text between two paragraphs of the article.

    A chart comes out of a page as a column of numbers ("600", "$915", "’17", "13.0%") among a few
    short labels and a credit line; the article goes on below it. Judged line by line it is a long
    stretch of furniture that cuts the article in two. It is told from a menu or a teaser list by
    its numbers, and by holding no links, list items, menus or lines the lexicon knows as page
    furniture (a credit counts as a byline, a number alone as navigation).
    """
    figures: set[int] = set()
    paragraph = [_is_paragraph(item, w) for item, w in zip(labelled, weights, strict=True)]
    start: int | None = None
    for i, is_paragraph in enumerate(paragraph):
        if not is_paragraph:
            if start is None and i > 0:
                start = i
            continue
        if start is not None and _is_figure(labelled[start:i]):
            figures.update(range(start, i))
        start = None
    return figures


def _is_figure(gap: list[Labelled]) -> bool:
    numbers = 0
    for item in gap:
        block = item.block
        if (
            item.reason not in _FIGURE_REASONS
            or block.is_list
            or block.link_density > 0
            or block.menu_like
            or block.form
            or block.markup
            or block.reference
        ):
            return False
        if not block.has_letters:
            if _LETTER.search(block.text):
                return False  # a bare address
            # A unit or a bar drawn alone ("%", "—") goes with the numbers.
            numbers += bool(_NUMBER.search(block.text))
        elif item.reason == lexicon.NAVIGATION:
            return False
    return numbers >= _FIGURE_NUMBERS and numbers >= _FIGURE_SHARE * len(gap)


def _body_span(labelled: list[Labelled], weights: list[float]) -> tuple[int, int]:
    """Start and end (exclusive) indices of the article body."""
    start, end = _densest_run(weights)
    if start == end:
        # No run of prose at all (a few short lines, a list): nothing tells article from page, so
        # only the lines the lexicon knows are removed.
        return 0, len(labelled)
    end = _cut_at_page_end(labelled, weights, start, end)
    end = _cut_at_closing_furniture(labelled, weights, start, end)
    start, end = _trim_to_prose(labelled, weights, start, end)
    start, end = _grow(labelled, weights, start, end)
    return _take_clean_edges(labelled, start, end)


def _densest_run(weights: list[float]) -> tuple[int, int]:
    """The contiguous run with the greatest total weight (Kadane's maximum subarray)."""
    best, best_start, best_end = float("-inf"), 0, 0
    total, run_start = 0.0, 0
    for i, weight in enumerate(weights):
        if total <= 0:
            total, run_start = 0.0, i
        total += weight
        if total > best:
            best, best_start, best_end = total, run_start, i + 1
    if best <= 0:
        return 0, 0
    return best_start, best_end


def _cut_at_page_end(labelled: list[Labelled], weights: list[float], start: int, end: int) -> int:
    """Readers' comments and teasers below the footer are prose too; the article ends where the
    comment section or the copyright footer begins.

    A "Comment" button in the share bar above the article is no such end: the cut needs a good
    part of the article's prose before it.
    """
    total = sum(w for w in weights[start:end] if w > 0)
    before = 0.0
    for item in labelled[start:end]:
        index = item.block.index
        heading = not item.block.is_list and before >= 40.0
        # A copyright notice under a document's title (a standard, a report) is followed by the
        # document itself: far more prose than came before it.
        notice_on_top = item.reason != lexicon.COMMENTS and total - before > 2 * before
        if (
            _ends_page(item)
            and (heading or before >= 0.25 * total)
            and not notice_on_top
            and not _article_resumes(labelled, weights, index, end)
        ):
            return index
        if _is_paragraph(item, weights[index]):
            before += weights[index]
    return end


# A comment widget inside an article ("Comments (14)", "Weigh In", "Corrections?") is this many
# short blocks at most.
_WIDGET_BLOCKS = 4


def _article_resumes(labelled: list[Labelled], weights: list[float], index: int, end: int) -> bool:
    """Whether the furniture at ``index`` is a comment widget inside the article rather than its
    end: it holds a comments label, the article's prose comes back within a few short blocks, two
    paragraphs in a row at least, with none of a comment thread's furniture (writers, times,
    "Reply") among them. A copyright notice always ends the article."""
    if _ends_page(labelled[index]) and labelled[index].reason != lexicon.COMMENTS:
        return False
    resume = index + 1
    widget = labelled[index].reason == lexicon.COMMENTS
    while resume < end and not _is_paragraph(labelled[resume], weights[resume]):
        long_text = labelled[resume].reason is None and labelled[resume].block.words >= 20
        if resume - index > _WIDGET_BLOCKS or long_text:
            return False
        widget = widget or labelled[resume].reason == lexicon.COMMENTS
        resume += 1
    if not widget:
        return False
    # Teasers under a "Related" heading are one-sentence paragraphs between their headlines; the
    # article goes on with paragraphs in a row.
    if resume + 1 >= end or not _is_paragraph(labelled[resume + 1], weights[resume + 1]):
        return False
    paragraphs = 0
    for position in range(resume, end):
        item = labelled[position]
        if _is_paragraph(item, weights[position]):
            if opens_with_writer(item.block.visible):
                return False
            paragraphs += 1
        elif item.reason in (BYLINE, DATE, lexicon.COMMENTS) or stamp(item.block.visible):
            return False
        elif item.reason is not None:
            break
    return paragraphs >= 2


def _cut_at_closing_furniture(
    labelled: list[Labelled], weights: list[float], start: int, end: int
) -> int:
    """End the article at a stretch of closing furniture (newsletter box, "About the author",
    "Related", "Tags") when much less prose follows it than came before: that is teasers.

    Advertisement, share and navigation lines are not closing: they also sit inside articles.
    One closing heading of its own ("Trending Now") is enough right above a list: the teasers
    under it are bulleted, though one may be a whole sentence.
    """
    paragraph = [_is_paragraph(labelled[i], weights[i]) for i in range(start, end)]
    mass = [weights[i] if paragraph[i - start] else 0.0 for i in range(start, end)]
    total = sum(mass)
    before = 0.0
    gap_start, hits, heading = None, 0, False
    for i in range(start, end):
        if paragraph[i - start]:
            if (
                gap_start is not None
                and (hits >= 2 or (heading and labelled[i].block.is_list))
                and total - before < 0.5 * before
                and not _article_resumes(labelled, weights, gap_start, end)
            ):
                return gap_start
            gap_start, hits, heading = None, 0, False
            before += mass[i - start]
            continue
        if gap_start is None:
            gap_start = i
        closing = labelled[i].reason in _CLOSING
        hits += closing
        heading = closing and not labelled[i].block.is_list
    return end


def _ends_page(item: Labelled) -> bool:
    if item.reason == lexicon.COMMENTS:
        return True
    # "© Getty Images" under a photo is a credit; "© 2024 Example Media" ends the page.
    return item.reason == lexicon.FOOTER and bool(_COPYRIGHT_NOTICE.search(item.block.text))


def _trim_to_prose(
    labelled: list[Labelled], weights: list[float], start: int, end: int
) -> tuple[int, int]:
    """Start and end the body on a paragraph of prose, not on a link list that happened to weigh
    a little more than it cost."""
    good = [i for i in range(start, end) if _is_paragraph(labelled[i], weights[i])]
    if not good:
        return start, end
    return good[0], good[-1] + 1


def _is_paragraph(item: Labelled, weight: float) -> bool:
    block = item.block
    # A bulleted full sentence is still the article's prose; short bullets are links.
    sentence_bullet = block.words >= _BULLET_WORDS and block.ends_sentence
    prose = block.words >= _PROSE_WORDS and (block.ends_sentence or block.words >= 20)
    return (
        item.reason is None
        and (not block.is_list or sentence_bullet)
        and block.link_density <= MAX_LINK_DENSITY
        and weight > 0
        and (prose or block.dialogue)
    )


def _grow(labelled: list[Labelled], weights: list[float], start: int, end: int) -> tuple[int, int]:
    """Take in neighbouring blocks that read like the article's own short paragraphs."""
    if start == end:
        return start, end
    while end < len(labelled) and _joins_body(labelled[end], weights[end]):
        end += 1
    while start > 0 and _joins_body(labelled[start - 1], weights[start - 1]):
        start -= 1
    return start, end


def _joins_body(item: Labelled, weight: float) -> bool:
    block = item.block
    return (
        item.reason is None
        and not block.is_list
        and not block.repeated
        and block.ends_sentence
        and (block.prose > 0 or weight > 0 or block.words >= _PROSE_WORDS)
    )


def _take_clean_edges(labelled: list[Labelled], start: int, end: int) -> tuple[int, int]:
    """When nothing before or after the body looks like page furniture, it is the article's own
    beginning or end (a list of names, a sign-off), as in text that was never a web page."""
    if start == end:
        return start, end
    if not any(_furniture(item) for item in labelled[end:]):
        end = len(labelled)
    if not any(_furniture(item) for item in labelled[:start]):
        start = 0
    return start, end


def _furniture(item: Labelled) -> bool:
    block = item.block
    return item.reason is not None or block.is_list or block.repeated or block.markup


__all__ = ["CleanedText", "clean_text"]
