"""Document to Article: pick the cleaner for the document's kind."""

from __future__ import annotations

from newscli.clean.authors import split_authors
from newscli.clean.html import clean_html
from newscli.clean.text import clean_text
from newscli.errors import NoArticleError
from newscli.model import Article, Document


def clean(document: Document, *, keep_boilerplate: bool = False) -> Article:
    """The article in ``document``. Raises ``NoArticleError`` when there is none."""
    name = document.source.name
    if document.kind == "html":
        page = clean_html(document.text, url=document.url, sanitized=True)
        if not page.paragraphs:
            raise NoArticleError("no article text found in the HTML page")
        return Article(
            source=name,
            kind="html",
            title=page.title,
            paragraphs=page.paragraphs,
            author=page.author,
            authors=split_authors(page.author),
            date=page.date,
            site=page.site,
            url=page.url or document.url,
            language=page.language,
            removed=page.removed,
        )
    result = clean_text(document.text, keep_boilerplate=keep_boilerplate)
    paragraphs = result.paragraphs
    if not paragraphs and result.title:
        # A title alone is still something to show.
        paragraphs = (result.title,)
    if not paragraphs:
        raise NoArticleError("no article text found")
    return Article(
        source=name,
        kind="text",
        title=result.title,
        paragraphs=paragraphs,
        author=result.author,
        authors=split_authors(result.author),
        date=result.date,
        url=document.url,
        removed=result.removed,
    )
