"""Two more ways of turning a web page into plain text, to check the cleaner on renderings it was
not built on (the textdumps corpus was rendered with inscriptis).

- ``plain``: what copying a whole page out of a browser gives: one line per block element, no list
  markers, no blank lines, links as their text only.
- ``markdown``: what HTML-to-Markdown converters and LLM "reader" services give: ``#`` headings,
  ``- `` list items, ``[text](url)`` links, blank lines between blocks.
"""

from __future__ import annotations

import re

_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "button"}
_BLOCK = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "table",
    "section", "article", "header", "footer", "nav", "aside", "blockquote", "pre", "figure",
    "figcaption", "form", "dd", "dt", "dl", "main", "hr", "address", "details", "summary",
    "fieldset", "label", "select", "option", "center",
}  # fmt: skip
_SPACE = re.compile(r"\s+")


def render(html: str, style: str) -> str:
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:
        return ""
    lines: list[str] = []
    current: list[str] = []
    markdown = style == "markdown"

    def flush(prefix: str = "") -> None:
        text = _SPACE.sub(" ", "".join(current)).strip()
        current.clear()
        if text:
            lines.append(prefix + text)
            if markdown:
                lines.append("")

    def walk(element: object, prefix: str) -> None:
        tag = getattr(element, "tag", None)
        if not isinstance(tag, str) or tag.lower() in _SKIP:
            tail = getattr(element, "tail", None)
            if tail:
                current.append(tail)
            return
        tag = tag.lower()
        block = tag in _BLOCK
        if block:
            flush(prefix)
            if markdown and tag == "li":
                prefix = "- "
            elif markdown and re.fullmatch(r"h[1-6]", tag):
                prefix = "#" * int(tag[1]) + " "
        href = element.get("href") if markdown and tag == "a" else None  # type: ignore[attr-defined]
        if href:
            current.append("[")
        if element.text:  # type: ignore[attr-defined]
            current.append(element.text)  # type: ignore[attr-defined]
        for child in element:  # type: ignore[attr-defined]
            walk(child, prefix)
        if href:
            current.append(f"]({href})")
        if block:
            flush(prefix)
        if element.tail:  # type: ignore[attr-defined]
            current.append(element.tail)  # type: ignore[attr-defined]

    body = root.find("body")
    walk(body if body is not None else root, "")
    flush()
    return "\n".join(lines)
