"""The article's text blocks, by trafilatura (its public ``bare_extraction`` and ``Extractor``).

Its fast pass (no readability or jusText comparison, recall-leaning rules, comments excluded)
gives the text, unless that holds a small share of the words on the page: then the page's layout
fooled the main extractor (it found a caption or a teaser, not the article) and trafilatura's full
cascade runs instead, leaning to precision because the page's text is mostly not the article.
The fast pass runs with the page's menus, footers and sidebars set aside (``chrome_set_aside``),
which it would delete first anyway; the full pass sees the page whole.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from typing import Any

from newscli.clean.html._text import SPACES, token_count

FAST_PASS_KEEPS_AT_LEAST = 0.1
"""The fast pass is kept unless it holds under this share of the words of the page's body. Lower
than trafilatura's own escalation share (0.2): between the two, the full pass changed nothing on
the Zyte pages and cost ~2 ms a page on average."""


def article_lines(tree: Any) -> tuple[str, ...]:
    """The fast pass's lines, or the full pass's when the fast one found little of the page."""
    with chrome_set_aside(tree):
        fast = lines_of(trafilatura_text(tree, fast=True))
    if holds_enough(token_count(fast), tree):
        return fast
    return lines_of(trafilatura_text(tree, fast=False))


def holds_enough(tokens: int, tree: Any) -> bool:
    """True when ``tokens`` words are at least ``FAST_PASS_KEEPS_AT_LEAST`` of the words the
    page's <body> shows (scripts and styles left out), counting no more than it must.

    The count is cheap rather than exact (text_content runs adjacent elements' words together),
    which suits its one use: noticing when an extraction holds a small share of the page. Each
    word takes a character and a space, and scripts only take words away: when ``tokens`` is
    enough against those upper bounds, the exact count is not needed.
    """
    body = tree.find("body")
    if body is None:
        return True
    text = str(body.text_content())
    if tokens >= FAST_PASS_KEEPS_AT_LEAST * ((len(text) + 1) // 2):
        return True
    words = len(text.split())
    if tokens >= FAST_PASS_KEEPS_AT_LEAST * words:
        return True
    return tokens >= FAST_PASS_KEEPS_AT_LEAST * _visible_tokens(body, words)


def trafilatura_text(tree: Any, *, fast: bool) -> str:
    """trafilatura's article text: the fast recall pass, or the full precision cascade.

    ``bare_extraction`` works on a copy of the tree it is given, so the one parsed page serves
    every pass and the metadata.
    """
    import trafilatura

    document = trafilatura.bare_extraction(tree, options=_options(fast=fast))
    if document is None or isinstance(document, dict):
        return ""
    return str(document.text or "")


@functools.cache
def _options(*, fast: bool) -> Any:
    """The settings of each pass, built once: trafilatura reads its configuration file's values and
    today's date into every ``Extractor`` it builds (a millisecond a page), and its extraction
    never changes one it is given (it copies one it must change).

    No URL: trafilatura reads a page's URL only to resolve its links and images, which newscli does
    not keep, and to name the page in its log messages.
    """
    from trafilatura.settings import Extractor

    return Extractor(
        output_format="python",
        comments=False,
        recall=fast,
        precision=not fast,
        fast=fast,
        with_metadata=False,
    )


CHROME = ("nav", "footer", "aside", "svg")
"""Page chrome: menus, footers, sidebars and drawings, which trafilatura deletes whole before it
looks for the article (they are on its ``MANUALLY_CLEANED`` list), but only after copying the page
twice and running its pruning queries over every element of them. On news pages they are a large
share of the elements (menus of hundreds of links)."""


@contextlib.contextmanager
def chrome_set_aside(tree: Any) -> Iterator[None]:
    """``tree`` with its ``CHROME`` elements replaced by empty ones of the same tag (each keeps
    its tail) for the time of the block, then put back: the page is as it was after it.

    The fast pass deletes those elements first anyway, so it finds the same article in less time,
    with two exceptions that are left alone: a page whose paragraphs all lie in elements
    trafilatura deletes (its recall setting then keeps them all), and chrome holding the page's
    JSON-LD (which trafilatura reads to tell a forum thread). Seen from the text, two differences
    are left: trafilatura's last resort for pages where it finds under 250 characters then reads
    the page without its menus, and chrome that trafilatura's deletion loop skips (it deletes
    while it iterates) no longer reaches the text.
    """
    from trafilatura.settings import MANUALLY_CLEANED

    deleted = frozenset(MANUALLY_CLEANED)
    if not deleted.issuperset(CHROME) or not any(
        next(p.iterancestors(*deleted), None) is None for p in tree.iter("p")
    ):
        yield
        return
    outermost = [e for e in tree.iter(*CHROME) if next(e.iterancestors(*CHROME), None) is None]
    swapped = []
    try:
        for element in outermost:
            parent = element.getparent()
            if parent is None or any(
                script.get("type") == "application/ld+json" for script in element.iter("script")
            ):
                continue
            placeholder = parent.makeelement(element.tag, {})
            placeholder.tail = element.tail
            parent.replace(element, placeholder)  # the element takes its tail along
            swapped.append((parent, placeholder, element))
        yield
    finally:
        for parent, placeholder, element in reversed(swapped):
            parent.replace(placeholder, element)


def _visible_tokens(body: Any, tokens: int) -> int:
    """``tokens`` (the words of ``body``'s text) less those of its scripts and styles."""
    for element in body.iter("script", "style", "noscript", "template"):
        tokens -= len(str(element.text_content()).split())
    return max(tokens, 0)


def lines_of(text: str) -> tuple[str, ...]:
    """trafilatura's text blocks (paragraphs, headings, list items), whitespace tidied."""
    # SPACES holds no newline: one substitution over the text tidies every line.
    lines = (line.strip() for line in SPACES.sub(" ", text).split("\n"))
    return tuple(line for line in lines if line)
