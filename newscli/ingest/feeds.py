"""Feeds (RSS 0.9x/2.0, RSS 1.0, Atom, JSON Feed) and sitemaps (XML, text, indexes, gzipped) into
URL sources, each entry with its date when the document gives one.

The documents are fetched like pages (cache, proxy, private-address policy, deadline), politely
(robots.txt, the per-host delay), and parsed with lxml without entity expansion, DTDs or network
access. Entries become ``Source``s marked with the feed they came from, so that robots.txt and
the delay apply to them too, and so that a public feed cannot send newscli into private space.

trafilatura has feed and sitemap modules, but they do their own downloading (outside the deadline,
the proxy and the policy) and keep no dates, which ``--since`` needs; the formats are simple enough
to read here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

from newscli.errors import FetchError, NewscliError
from newscli.ingest.limits import GZIP_MAGIC, gunzip
from newscli.model import Failure, Source
from newscli.options import FetchOptions

DocumentKind = Literal["feed", "sitemap"]

MAX_SITEMAPS = 50
"""Sitemaps read for one ``--sitemap`` (the index and the sitemaps it lists, depth first)."""
MAX_DEPTH = 3
MAX_ENTRIES = 50_000
"""A sitemap holds at most 50,000 URLs (sitemaps.org): newscli keeps at most this many a source."""

_FEED_ROOTS = frozenset({"rss", "feed", "rdf", "channel"})
_SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})
_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--.*?-->|<!DOCTYPE[^>]*>|<\?[^>]*\?>)\s*)*"
    rb"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)",
    re.DOTALL,
)
_JSON_FEED = re.compile(rb'^\s*\{.*"version"\s*:\s*"https?://jsonfeed\.org/version/', re.DOTALL)


@dataclass(frozen=True)
class Entry:
    url: str
    date: datetime | None = None


def sniff(body: bytes) -> DocumentKind | None:
    """Whether ``body`` is a feed or a sitemap, from its first element (or JSON Feed's version)."""
    head = body[:4096]
    if head[:2] == GZIP_MAGIC:
        return None
    if _JSON_FEED.match(head):
        return "feed"
    match = _ROOT.match(head)
    if match is None:
        return None
    root = match.group(1).decode("ascii", "replace").lower()
    if root in _FEED_ROOTS:
        return "feed"
    if root in _SITEMAP_ROOTS:
        return "sitemap"
    return None


# --- parsing -----------------------------------------------------------------------------------


def parse_date(text: str | None) -> datetime | None:
    """An ISO 8601 or RFC 822 date as an aware datetime (UTC when no zone is given)."""
    if not text or not text.strip():
        return None
    text = text.strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        import email.utils

        try:
            parsed = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed is None:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _xml_root(body: bytes) -> Any:
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True
    )
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        raise FetchError(f"not well-formed XML ({exc})") from exc
    if root is None:
        raise FetchError("not well-formed XML (no root element)")
    return root


def _local(element: Any) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _child_text(element: Any, *names: str) -> str | None:
    for name in names:
        for child in element:
            if _local(child) == name and child.text and child.text.strip():
                return str(child.text).strip()
    return None


def _web_url(link: str | None, base: str) -> str | None:
    if not link:
        return None
    url = urljoin(base, link.strip())
    return url if urlsplit(url).scheme.lower() in ("http", "https") else None


def parse_feed(body: bytes, base: str) -> list[Entry]:
    """The entries of an RSS, Atom or JSON feed, in the feed's order."""
    if _JSON_FEED.match(body[:4096]):
        return _json_feed(body, base)
    root = _xml_root(body)
    entries: list[Entry] = []
    for element in root.iter():
        name = _local(element)
        if name == "item":
            link = _child_text(element, "link") or _rss_guid(element)
            date = _child_text(element, "pubdate", "date", "published", "updated", "issued")
        elif name == "entry":
            link = _atom_link(element)
            date = _child_text(element, "published", "updated", "issued", "modified")
        else:
            continue
        url = _web_url(link, base)
        if url is not None:
            entries.append(Entry(url, parse_date(date)))
    return entries


def _rss_guid(item: Any) -> str | None:
    for child in item:
        if _local(child) == "guid" and (child.get("isPermaLink") or "true").lower() != "false":
            text = (child.text or "").strip()
            if text.lower().startswith(("http://", "https://")):
                return text
    return None


def _atom_link(entry: Any) -> str | None:
    best: str | None = None
    for child in entry:
        if _local(child) != "link" or not child.get("href"):
            continue
        rel = (child.get("rel") or "alternate").lower()
        if rel != "alternate":
            continue
        href = str(child.get("href"))
        if (child.get("type") or "text/html").lower() in ("text/html", "application/xhtml+xml"):
            return href
        best = best or href
    return best


def _json_feed(body: bytes, base: str) -> list[Entry]:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FetchError("not a valid JSON Feed") from exc
    items = data.get("items") if isinstance(data, dict) else None
    entries = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url")
        url = _web_url(link if isinstance(link, str) else None, base)
        if url is None:
            continue
        date = item.get("date_published") or item.get("date_modified")
        entries.append(Entry(url, parse_date(date if isinstance(date, str) else None)))
    return entries


def parse_sitemap(body: bytes, base: str) -> tuple[list[Entry], list[Entry]]:
    """(pages, sitemaps) listed in a sitemap or sitemap index; a text sitemap lists pages."""
    if sniff(body) != "sitemap":
        lines = body.decode("utf-8", "replace").split()
        if lines and all(line.lower().startswith(("http://", "https://")) for line in lines):
            return [Entry(line) for line in lines[:MAX_ENTRIES]], []
        raise FetchError("not a sitemap (no <urlset> or <sitemapindex>, nor a list of URLs)")
    root = _xml_root(body)
    pages: list[Entry] = []
    children: list[Entry] = []
    for element in root.iter():
        name = _local(element)
        if name not in ("url", "sitemap"):
            continue
        url = _web_url(_child_text(element, "loc"), base)
        if url is None:
            continue
        date = _news_date(element) or _child_text(element, "lastmod")
        (pages if name == "url" else children).append(Entry(url, parse_date(date)))
        if len(pages) >= MAX_ENTRIES:
            break
    return pages, children


def _news_date(element: Any) -> str | None:
    for child in element.iter():
        if _local(child) == "publication_date" and child.text:
            return str(child.text).strip()
    return None


# --- selection ---------------------------------------------------------------------------------


def parse_since(value: str, now: datetime | None = None) -> datetime:
    """``2024-03-01``, ``2024-03-01T12:00+01:00``, or an age: ``36h``, ``2d``, ``1w``, ``90m``.

    Raises ``ValueError`` with a message for anything else.
    """
    text = value.strip().lower()
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(m|min|h|d|w)", text)
    if match:
        amount = float(match.group(1))
        unit = {"m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks"}
        now = now or datetime.now(UTC)
        return now - timedelta(**{unit[match.group(2)]: amount})
    parsed = parse_date(value)
    if parsed is None:
        raise ValueError(
            f"{value!r} is not a date (examples: 2024-03-01, 2024-03-01T08:00Z, 36h, 2d, 1w)"
        )
    return parsed


def select(entries: list[Entry], since: datetime | None, limit: int | None) -> list[Entry]:
    """Entries dated ``since`` or later (undated ones are kept: nothing says they are old), once
    each; with ``limit``, the newest ``limit`` of them (undated ones last)."""
    seen: set[str] = set()
    kept = []
    for entry in entries:
        if entry.url in seen or (since and entry.date and entry.date < since):
            continue
        seen.add(entry.url)
        kept.append(entry)
    if limit is not None and len(kept) > limit:
        newest_first = sorted(
            range(len(kept)),
            key=lambda i: (kept[i].date is None, -(kept[i].date or _EPOCH).timestamp(), i),
        )
        chosen = set(newest_first[:limit])
        kept = [entry for i, entry in enumerate(kept) if i in chosen]
    return kept


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


# --- fetching ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Listing:
    """What ``--feed`` and ``--sitemap`` ask for, beside the sources they name."""

    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    since: datetime | None = None
    limit: int | None = None

    def __bool__(self) -> bool:
        return bool(self.feeds or self.sitemaps)


def expand(
    listing: Listing, *, options: FetchOptions, max_bytes: int, timeout: float
) -> Iterator[Source | Failure]:
    """The entries of every feed and sitemap as URL sources, in order; a feed or sitemap that
    cannot be read becomes a ``Failure`` named after it."""
    reader = _Reader(options, max_bytes, timeout)
    for kind, url in [("feed", u) for u in listing.feeds] + [
        ("sitemap", u) for u in listing.sitemaps
    ]:
        from newscli.ingest.urls import redact

        try:
            entries, private = reader.feed(url) if kind == "feed" else reader.sitemap(url, listing)
        except NewscliError as exc:
            yield Failure(redact(url), exc.type, exc.message, exc.hint)
            continue
        shown = redact(url)
        for entry in select(entries, listing.since, listing.limit):
            yield Source.from_url(entry.url, via=shown, private_ok=private)


class _Reader:
    def __init__(self, options: FetchOptions, max_bytes: int, timeout: float) -> None:
        self.options = options
        self.max_bytes = max_bytes
        self.timeout = timeout

    def _get(self, url: str, private_ok: bool = True) -> tuple[bytes, str, bool]:
        """The document's bytes (gunzipped), its final URL, and whether it is at a private
        address (which lets its entries be too)."""
        from newscli.ingest.fetch import Deadline, download

        deadline = Deadline(self.timeout)
        response = download(
            url,
            max_bytes=self.max_bytes,
            deadline=deadline,
            options=self.options,
            private_ok=private_ok,
            polite=True,
            what="document",
        )
        body = response.body
        if body[:2] == GZIP_MAGIC:
            body = gunzip(body, self.max_bytes)
        return body, response.url, self._private(response.url, deadline)

    def _private(self, url: str, deadline: Any) -> bool:
        from newscli.ingest import policy
        from newscli.ingest.proxy import proxy_for

        parts = urlsplit(url)
        host = parts.hostname or ""
        literal = policy.parse_ip(host)
        if literal is not None:
            return policy.classify(literal) != "public"
        if proxy_for(url) is not None:
            return False
        try:
            addresses = policy.resolve(host, parts.port or 0, deadline.remaining())
        except NewscliError:
            return False
        return policy.classify(addresses[0]) != "public"

    def feed(self, url: str) -> tuple[list[Entry], bool]:
        body, final, private = self._get(url)
        if sniff(body) != "feed":
            what = "a sitemap (give it with --sitemap)" if sniff(body) == "sitemap" else None
            raise FetchError(f"not a feed: {what or 'no RSS, Atom or JSON Feed found'}")
        return parse_feed(body, final), private

    def sitemap(self, url: str, listing: Listing) -> tuple[list[Entry], bool]:
        pages: list[Entry] = []
        todo: list[tuple[str, int, bool]] = [(url, 0, True)]
        read = 0
        top_private = True
        while todo and read < MAX_SITEMAPS and len(pages) < MAX_ENTRIES:
            current, depth, private_ok = todo.pop(0)
            try:
                body, final, private = self._get(current, private_ok)
            except NewscliError:
                if read == 0:
                    raise
                continue  # a broken child sitemap: the others still count
            if read == 0:
                top_private = private
            read += 1
            found, children = parse_sitemap(body, final)
            pages.extend(found)
            if depth < MAX_DEPTH:
                fresh = [
                    c for c in children if not (listing.since and c.date and c.date < listing.since)
                ]
                todo.extend((c.url, depth + 1, private) for c in fresh)
        return pages, top_private
