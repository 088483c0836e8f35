"""HTML pages through trafilatura: main text and metadata."""

from __future__ import annotations

from dataclasses import dataclass

from newscli.model import Removed


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


def clean_html(html: str, *, url: str | None = None) -> CleanedHtml:
    """Extract the article from ``html``; paragraphs are trafilatura's text blocks."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, include_comments=False, with_metadata=True, as_dict=False
    )
    if doc is None or isinstance(doc, dict):
        return CleanedHtml(title=None, paragraphs=(), removed=())
    text = doc.text or ""
    paragraphs = tuple(p.strip() for p in text.split("\n") if p.strip())
    return CleanedHtml(
        title=doc.title or None,
        paragraphs=paragraphs,
        removed=(),
        author=doc.author or None,
        date=doc.date or None,
        site=doc.sitename or None,
        url=doc.url or url,
        language=doc.language or None,
    )
