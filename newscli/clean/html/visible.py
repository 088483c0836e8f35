"""A page's visible text, one line per block: the fallback when trafilatura finds no article."""

from __future__ import annotations

import copy
from typing import Any

from newscli.clean.html._text import SPACES

# Elements whose text is never article prose, dropped before taking a page's visible text.
_INVISIBLE = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "nav",
    "form",
    "button",
    "select",
    "head",
)
# Elements that start a new line in a browser.
_BLOCKS = (
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "address",
    "hr",
)


def visible_text(tree: Any) -> str:
    """The text a browser shows for ``tree``: one line per block, scripts and navigation dropped.

    Mutates ``tree``; give it a copy (``visible_text_of`` does).
    """
    for element in list(tree.iter(*_INVISIBLE)):
        _drop(element)
    for element in tree.iter(*_BLOCKS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    for element in tree.iter("br"):
        element.tail = "\n" + (element.tail or "")
    lines = (SPACES.sub(" ", line).strip() for line in str(tree.text_content()).split("\n"))
    return "\n".join(line for line in lines if line)


def visible_text_of(tree: Any) -> str:
    """``visible_text`` of a copy: ``tree`` stays as it was."""
    return visible_text(copy.deepcopy(tree))


def _drop(element: Any) -> None:
    """Remove ``element`` but keep the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
