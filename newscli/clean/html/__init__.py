"""HTML pages: the article's paragraphs and the page's metadata, from one parse.

One module per job, run in this order by ``page.clean_html`` on one lxml tree:

- ``parse``: the page (or a fragment) to the tree everything below shares;
- ``extraction``: trafilatura's text, its fast pass escalated to the full cascade when the fast
  one finds little of the page;
- ``edges``: the labels, prompts and copyright lines trafilatura keeps at the text's ends;
- ``links``: a page whose only text is links is navigation, not an article;
- ``metadata`` (and ``byline``): title, author, date, site, canonical URL and language from the
  page's declarations, and its byline markup when they name no author;
- ``visible``: the page's visible text, for the plain-text cleaner when trafilatura finds nothing.

``_trafilatura`` is the one module that calls trafilatura functions outside its public API.
"""

from newscli.clean.html.metadata import PageMetadata, page_metadata, title_from_markup
from newscli.clean.html.page import CleanedHtml, clean_html
from newscli.clean.html.visible import visible_text

__all__ = [
    "CleanedHtml",
    "PageMetadata",
    "clean_html",
    "page_metadata",
    "title_from_markup",
    "visible_text",
]
