"""One HTML page to its article and metadata: the jobs of this package, in order, on one tree."""

from __future__ import annotations

from dataclasses import dataclass

from newscli.clean.html._text import WORD
from newscli.clean.html.edges import furniture_at_edges
from newscli.clean.html.extraction import article_lines
from newscli.clean.html.links import is_navigation
from newscli.clean.html.metadata import html_language, page_metadata, title_from_markup
from newscli.clean.html.parse import parse_html
from newscli.clean.html.visible import visible_text_of
from newscli.clean.text import clean_text
from newscli.model import Removed
from newscli.sanitize import one_line, sanitize_text


@dataclass(frozen=True)
class CleanedHtml:
    title: str | None
    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...]
    author: str | None = None
    date: str | None = None
    site: str | None = None
    url: str | None = None
    language: str | None = None


def clean_html(html: str, *, url: str | None = None, sanitized: bool = False) -> CleanedHtml:
    """Extract the article and metadata from ``html`` (a page or a fragment).

    ``sanitized``: ``html`` is text as newscli decodes it (``sanitize.sanitize_text`` done, as for
    every ``Document``), so it need not be cleaned again. ``paragraphs`` is empty when neither
    trafilatura nor the plain-text cleaner finds any text.
    """
    tree = parse_html(html if sanitized else sanitize_text(html))
    if tree is None:
        return CleanedHtml(title=None, paragraphs=(), removed=())
    paragraphs = article_lines(tree)
    removed: tuple[Removed, ...] = ()
    fallback_title: str | None = None
    extracted = bool(paragraphs)
    if not extracted:
        fallback = clean_text(visible_text_of(tree))
        paragraphs, removed, fallback_title = fallback.paragraphs, fallback.removed, fallback.title
    if paragraphs and is_navigation(paragraphs, tree):
        removed = (*removed, *(Removed(line, "navigation") for line in paragraphs))
        paragraphs = ()
    metadata = page_metadata(tree, url)
    title = metadata.title or title_from_markup(tree) or fallback_title
    if title and len(paragraphs) > 1 and _same_text(paragraphs[0], title):
        # The headline is the title, not the article's first paragraph.
        removed = (Removed(paragraphs[0], "headline, kept as the title"), *removed)
        paragraphs = paragraphs[1:]
    if extracted and paragraphs:
        paragraphs, furniture = furniture_at_edges(paragraphs)
        removed = (*removed, *furniture)
    return _sanitized(
        CleanedHtml(
            title=title,
            paragraphs=paragraphs,
            removed=removed,
            author=metadata.author,
            date=metadata.date,
            site=metadata.site,
            url=metadata.url,
            language=html_language(tree),
        )
    )


def _sanitized(page: CleanedHtml) -> CleanedHtml:
    """``page`` with every string cleaned like decoded input: the parser decoded character
    references (``&zwj;``, ``&#x202e;``) and trafilatura decoded the page's JSON-LD (``\\u001b``)
    after the input bytes were cleaned. Metadata fields are kept to one line."""

    def field(value: str | None) -> str | None:
        return (one_line(value) or None) if value is not None else None

    return CleanedHtml(
        title=field(page.title),
        paragraphs=tuple(p for p in map(sanitize_text, page.paragraphs) if p.strip()),
        removed=tuple(Removed(sanitize_text(r.text), r.reason) for r in page.removed),
        author=field(page.author),
        date=field(page.date),
        site=field(page.site),
        url=field(page.url),
        language=field(page.language),
    )


def _same_text(a: str, b: str) -> bool:
    return WORD.findall(a.casefold()) == WORD.findall(b.casefold())
