"""More ways of turning a web page into plain text, to check the cleaner on renderings it was not
built on (the textdumps corpus was rendered with inscriptis).

- ``plain``: what copying a whole page out of a browser gives: one line per block element, no list
  markers, no blank lines, links as their text only.
- ``markdown``: what HTML-to-Markdown converters and LLM "reader" services give: ``#`` headings,
  ``- `` list items, ``[text](url)`` links, blank lines between blocks.
- ``w3m`` and ``lynx``: the text-mode browsers' dumps (``w3m -dump -cols 80``, ``lynx -dump -width
  72``), hard-wrapped, lynx with ``[12]`` link numbers and a reference list; only where the Debian
  packages are installed (``apt-get install w3m lynx``).
- ``hard_wrap``: any rendering wrapped at a fixed width with ``textwrap`` (each line on its own, as
  e-mail and terminals do), for when w3m and lynx are not there.
- ``doubled``: a page whose article is printed twice (the article's lines copied again after it).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import textwrap

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


TEXT_BROWSERS = {
    "w3m": ["w3m", "-dump", "-cols", "80", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"],
    "lynx": [
        "lynx", "-dump", "-stdin", "-force_html", "-width", "72", "-assume_charset=utf-8",
        "-display_charset=utf-8",
    ],
}  # fmt: skip


def have_text_browser(name: str) -> bool:
    return shutil.which(TEXT_BROWSERS[name][0]) is not None


def render_with(name: str, html: str) -> str:
    """The page as the text-mode browser ``name`` dumps it (its standard input, no network)."""
    command = TEXT_BROWSERS[name]
    done = subprocess.run(
        command, input=html.encode("utf-8"), capture_output=True, timeout=60, check=False
    )
    return done.stdout.decode("utf-8", errors="replace")


def hard_wrap(text: str, width: int) -> str:
    """Every line of ``text`` wrapped at ``width`` columns; blank lines kept."""
    lines = text.split("\n")
    return "\n".join(textwrap.fill(line, width) if line.strip() else "" for line in lines)


def doubled(text: str, gold: str) -> str:
    """``text`` with its article printed twice: the lines from the first to the last line of the
    article (lines of eight words or more found verbatim in the gold text) copied again right
    after the last one. Unchanged when no line is found."""
    norm_gold = " ".join(gold.split())
    lines = text.split("\n")
    inside = [
        i
        for i, line in enumerate(lines)
        if len(line.split()) >= 8 and " ".join(line.split()) in norm_gold
    ]
    if not inside:
        return text
    first, last = inside[0], inside[-1]
    return "\n".join([*lines[: last + 1], "", *lines[first : last + 1], *lines[last + 1 :]])
