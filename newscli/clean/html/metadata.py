"""What a page says about itself: title, author, date, site name, canonical URL and language,
from its declarations (meta tags, JSON-LD, canonical link, <title>/<h1>, <html lang>), and its
byline markup when they name no author.

These are the cheap stages of trafilatura's ``extract_metadata`` (through
``newscli.clean.html._trafilatura``, the one module that touches its internals), plus htmldate's
markup search for the date. Skipped: categories, tags and licence, which a brief does not show,
and trafilatura's full author and date searches, which cost more than the article extraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newscli.clean.html import _trafilatura
from newscli.clean.html._text import text_or_none
from newscli.clean.html.byline import byline

# The host of a URL without "www." (trafilatura's fallback site name).
_HOST = re.compile(r"https?://(?:www\.|w[0-9]+\.)?([^/]+)")
_LANGUAGE_SUBTAG = re.compile(r"[a-z]{2,3}")


@dataclass(frozen=True)
class PageMetadata:
    """What a page says about itself, from its markup (no article text needed)."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    site: str | None = None
    url: str | None = None


def page_metadata(tree: Any, url: str | None = None) -> PageMetadata:
    """Title, author, date, site name and canonical URL from the page's own declarations.

    <meta> tags (OpenGraph, article:, twitter:, name=), JSON-LD, the canonical link, the
    <title>/<h1>, a date from htmldate's markup search (headers, JSON, time elements; not its
    free-text page scan), and a byline from the page body only when the declarations name no
    author.
    """
    try:
        found = _trafilatura.examine_meta(tree)
        if found.author and " " not in found.author:
            # A one-word "author" in a meta tag is a handle or a site, not a byline.
            found.author = None
        found = _trafilatura.extract_meta_json(tree, found)
        author = text_or_none(found.author) or byline(tree)
        title = text_or_none(found.title) or text_or_none(_trafilatura.extract_title(tree))
        canonical = text_or_none(found.url) or _trafilatura.extract_url(tree, url)
        site = text_or_none(found.sitename) or text_or_none(_trafilatura.extract_sitename(tree))
    except (ValueError, TypeError, AttributeError):  # malformed markup trafilatura cannot read
        return PageMetadata(url=url)
    return PageMetadata(
        title=title,
        author=author,
        date=page_date(tree, canonical),
        site=site_name(site, canonical),
        url=text_or_none(canonical) or url,
    )


def page_date(tree: Any, url: str | None) -> str | None:
    """The publication date htmldate finds in the page's markup and URL (ISO 8601), or None."""
    from datetime import date

    from htmldate import find_date

    try:
        # extensive_search=False: htmldate's free-text scan of the whole page is its slow part and
        # mostly finds dates of other things (comments, "updated", related stories).
        found = find_date(
            tree,
            extensive_search=False,
            original_date=True,
            url=url,
            max_date=date.today().isoformat(),
        )
    except (ValueError, TypeError):
        return None
    return found if isinstance(found, str) else None


def site_name(site: str | None, url: str | None) -> str | None:
    """trafilatura's tidying of a site name, or the URL's host when the page names none."""
    if site:
        site = site.lstrip("@")
        if site and "." not in site and not site[0].isupper():
            site = site.title()
        return site or None
    if url and (host := _HOST.match(url)):
        return host[1]
    return None


def title_from_markup(tree: Any) -> str | None:
    """og:title, then <title>, then the first <h1>: what the page calls itself."""
    for content in tree.xpath(
        "//meta[@property='og:title' or @name='og:title' or @name='twitter:title']/@content"
    ):
        if title := text_or_none(str(content)):
            return title
    for element in tree.iter("title", "h1"):
        if title := text_or_none(str(element.text_content())):
            return title
    return None


def html_language(tree: Any) -> str | None:
    """The primary language subtag of <html lang>, e.g. ``en`` for ``en-GB``."""
    for value in tree.xpath("/html/@lang | /html/@xml:lang"):
        primary = str(value).strip().split("-")[0].split("_")[0].lower()
        if _LANGUAGE_SUBTAG.fullmatch(primary):
            return primary
    return None
