"""Navigation pages: a page whose only text is links ("Home", "Next page") holds no article."""

from __future__ import annotations

from collections import Counter
from typing import Any

from newscli.clean.html._text import WORD, token_count

LINK_PAGE_MAX_WORDS = 400
"""Navigation pages are short; checking longer extractions against every link only costs time."""


def is_navigation(paragraphs: tuple[str, ...], tree: Any) -> bool:
    """True when ``paragraphs`` are short and every word of them is the text of a link."""
    return token_count(paragraphs) <= LINK_PAGE_MAX_WORDS and only_links(paragraphs, tree)


def only_links(paragraphs: tuple[str, ...], tree: Any) -> bool:
    """True when every word of ``paragraphs`` is the text of some link on the page."""
    link_text = " ".join(str(link.text_content()) for link in tree.iter("a") if _navigates(link))
    words = Counter(word for line in paragraphs for word in WORD.findall(line))
    link_words = WORD.findall(link_text)
    # Most articles have a word no link has: a set answers that before any counting.
    if not words.keys() <= set(link_words):
        return False
    return not words - Counter(link_words)


def _navigates(link: Any) -> bool:
    # Script "links" wrap whole articles on some sites; only real targets make navigation.
    href = str(link.get("href") or "").strip().lower()
    return bool(href) and not href.startswith("javascript:")
