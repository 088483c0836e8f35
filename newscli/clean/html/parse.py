"""A page (or a fragment of one) to the one lxml tree that extraction, metadata and the fallbacks
share.

The tree is built as trafilatura's own loader builds it (the same lxml parser settings and
``lxml.html.fromstring``, the same repairs of a self-closing doctype or <html/>), with two
differences that only save time:

- elements get their Python class from a table lxml looks up in C, not from lxml.html's per-tag
  lookup written in Python, which runs for every element any code touches (trafilatura's
  extraction touches each several times); every element is still an ``HtmlElement``;
- the text is taken as newscli decodes it: control characters and noncharacters, which libxml2
  refuses, are gone already (``sanitize``), so trafilatura's pass to remove them is skipped.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from newscli.sanitize import decode_unsafe_references

_DOCUMENT_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype|html|head|body)\b", re.I | re.S
)
# libxml2 stops at a doctype written as a self-closing tag (lxml bug 1955915); trafilatura drops it.
_SELF_CLOSING_DOCTYPE = re.compile("^< ?! ?DOCTYPE[^>]*/[^<>]*>", re.IGNORECASE)
# <html ... /> in the first lines makes the rest of the page empty; trafilatura reopens it.
_SELF_CLOSING_HTML = re.compile(r"(<html.*?)\s*/>", re.IGNORECASE)
# lxml.html.fromstring returns the document itself when the text begins so, else what it wrapped.
_WHOLE_DOCUMENT = re.compile(r"^\s*<(?:html|!doctype)", re.IGNORECASE)


@functools.cache
def _parser() -> Any:
    from lxml import etree
    from lxml import html as lxml_html

    # trafilatura's settings (comments and processing instructions are not content).
    parser = lxml_html.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
    )
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml_html.HtmlElement,
            comment=lxml_html.HtmlComment,
            pi=lxml_html.HtmlProcessingInstruction,
            entity=lxml_html.HtmlEntity,
        )
    )
    return parser


def parse_html(text: str) -> Any:
    """The lxml tree of ``text`` (an ``lxml.html.HtmlElement``), or None when it holds none.

    ``text`` is text as newscli decodes it (``sanitize.sanitize_text`` done). A fragment (a copied
    <article>, a few paragraphs) is wrapped into a document first: trafilatura treats a lone block
    as dubious HTML. Numeric character references to control characters are decoded and stripped
    before parsing, as the raw characters were (``sanitize.decode_unsafe_references``).

    libxml2 is given the text as UTF-8 bytes: given a str, lxml hands it the string's internal
    form (UTF-16 or UCS-4 for any page with a character beyond Latin-1), which libxml2 converts
    first, a sixth of the parse. The tree is the same; what ``lxml.html.fromstring`` decides from
    the text's beginning (a whole document or a fragment) is decided on the str, as before.
    """
    text = decode_unsafe_references(text)
    if not _DOCUMENT_START.match(text[:4096]):
        text = f"<html><body><div>{text}</div></body></html>"
    text = _repaired(text)
    from lxml import etree
    from lxml import html as lxml_html

    # lxml.html.fromstring's test, made on the str (its test of bytes knows ASCII spaces only).
    parse = lxml_html.document_fromstring if _WHOLE_DOCUMENT.match(text) else lxml_html.fromstring
    try:
        tree = parse(text.encode("utf-8", "surrogatepass"), parser=_parser())
    except etree.LxmlError:
        tree = None
    if tree is not None and "html" not in text[:50].lower() and len(tree) < 2:
        return None  # not HTML after all (trafilatura's rejection test)
    return tree


def _repaired(text: str) -> str:
    beginning = text[:50].lower()
    if "doctype" in beginning:
        first, newline, rest = text.partition("\n")
        text = _SELF_CLOSING_DOCTYPE.sub("", first, count=1) + newline + rest
    for line in text[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            return _SELF_CLOSING_HTML.sub(r"\1>", text, count=1)
    return text
