"""Fetching URL sources over HTTP(S): one deadline, a size cap, a redirect limit, one clear error.

A download follows redirects itself so that every hop is checked (scheme, loop, the private-address
policy, the deadline) and the final URL is known. Around each request sit the HTTP cache
(``cache``), the per-host limits (``politeness``), robots.txt for feed and sitemap entries
(``robots``) and the proxy the environment names (``proxy``); ``http`` does the exchange itself.
Bodies are read in chunks and decompressed here so that ``max_bytes`` caps the decompressed size
and the deadline is checked between chunks.

Credentials in a URL (``http://alice:secret@host/``) are sent as HTTP basic authentication, only to
that URL's origin (a redirect elsewhere drops them, with any ``Authorization`` or ``Cookie`` header
given with ``--header``), and never appear in the final URL.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from newscli.errors import FetchError
from newscli.ingest import cache as http_cache
from newscli.ingest import politeness, robots
from newscli.ingest.content_type import HTML_TYPES, TEXT_TYPES, ContentType
from newscli.ingest.decode import decode
from newscli.ingest.http import Deadline, Managers, dialing, read_body, send
from newscli.ingest.limits import too_large
from newscli.ingest.policy import Dialer
from newscli.ingest.proxy import proxy_for
from newscli.ingest.sniff import looks_like_html
from newscli.ingest.urls import Credentials, origin, redact, split_credentials
from newscli.model import Document, Source
from newscli.options import FetchOptions

if TYPE_CHECKING:
    import urllib3

__all__ = ["Deadline", "Response", "download", "fetch", "user_agent"]

MAX_REDIRECTS = 5
MAX_RETRIES = 2
"""Retries after a 429 or 503 with a Retry-After that fits in the deadline."""
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/feed+json",
        "application/xml",
        "text/xml",
        "application/json",
        "application/x-gzip",
        "application/gzip",
    }
)
"""Types a feed or sitemap comes as: read (within the cap) so that the error can say which."""
ACCEPT_ARTICLE = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_RETRY_STATUSES = frozenset({429, 503})
_ORIGIN_BOUND_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization"})


def user_agent() -> str:
    """``newscli/<version> (+https://github.com/newscli)``: who is asking, for site operators."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        number = version("newscli")
    except PackageNotFoundError:
        number = "0+unknown"
    return f"newscli/{number} (+https://github.com/newscli)"


@dataclass(frozen=True)
class Response:
    """A downloaded body and what came with it."""

    url: str
    """The final URL, after redirects, without credentials."""
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    content_type: ContentType
    transferred: bool
    """False when the body came from the cache (fresh, or confirmed by a 304)."""


Accept = Callable[[ContentType], None]
"""Raises when the final response's type is not wanted (before its body is read)."""


def fetch(
    source: Source, *, max_bytes: int, timeout: float, options: FetchOptions | None = None
) -> Document:
    """Download ``source.url`` and decode it into a Document.

    ``timeout`` covers the whole download (name resolution, every redirect and the body); the body
    is refused once it exceeds ``max_bytes`` after decompression. Raises ``FetchError``,
    ``SourceTimeoutError``, ``TooLargeError``, or a decoding error.
    """
    if source.url is None:
        raise FetchError("not a URL source")
    response = download(
        source.url,
        max_bytes=max_bytes,
        deadline=Deadline(timeout),
        options=options or FetchOptions(),
        private_ok=source.private_ok,
        polite=source.via is not None,
        accept=_accept_article,
    )
    _refuse_feed(response)
    text, encoding = decode(response.body, declared=response.content_type.charset)
    is_html = response.content_type.mime in HTML_TYPES or looks_like_html(text)
    return Document(
        source=source,
        text=text,
        kind="html" if is_html else "text",
        encoding=encoding,
        url=response.url,
    )


def _accept_article(content_type: ContentType) -> None:
    # No Content-Type: the bytes decide (decode refuses binary, sniffing tells HTML from text).
    mime = content_type.mime
    if mime is None or mime in HTML_TYPES | TEXT_TYPES | FEED_TYPES:
        return
    raise FetchError(f"not an article: the server sent {mime} (only HTML and plain text are read)")


def _refuse_feed(response: Response) -> None:
    from newscli.ingest.feeds import sniff

    kind = sniff(response.body)
    if kind is not None:
        option = "--feed" if kind == "feed" else "--sitemap"
        raise FetchError(
            f"this is a {'news feed' if kind == 'feed' else 'sitemap'}, not an article page",
            hint=f"give it with {option} {redact(response.url)}",
        )
    mime = response.content_type.mime
    if mime in FEED_TYPES:
        raise FetchError(
            f"not an article: the server sent {mime} (only HTML and plain text are read)"
        )


def check_url(url: str) -> None:
    """Refuse anything but an http(s) URL with a host, before any connection is made."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError as exc:
        raise FetchError(f"not a valid URL ({exc})") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"unsupported URL scheme '{scheme}:' (only http and https are fetched)")
    if not parts.hostname:
        raise FetchError("not a valid URL (no host name)")


def download(
    url: str,
    *,
    max_bytes: int,
    deadline: Deadline,
    options: FetchOptions,
    private_ok: bool = True,
    polite: bool = False,
    accept: Accept | None = None,
    what: str = "page",
) -> Response:
    """The body of ``url`` after up to ``MAX_REDIRECTS`` redirects (see the module's notes).

    ``private_ok``: the URL may point at a private address (the user gave it). ``polite``: the
    URL comes from a feed or sitemap, so robots.txt and the per-host delay apply.
    """
    return _Download(options, deadline, private_ok=private_ok, polite=polite).run(
        url, max_bytes=max_bytes, accept=accept, what=what
    )


class _Download:
    def __init__(
        self,
        options: FetchOptions,
        deadline: Deadline,
        *,
        private_ok: bool,
        polite: bool,
        default_lifetime: float = 0.0,
        raise_for_status: bool = True,
    ) -> None:
        self.options = options
        self.deadline = deadline
        self.polite = polite
        self.default_lifetime = default_lifetime
        self.raise_for_status = raise_for_status
        self.dialer = Dialer(allow_private=options.allow_private, private_ok=private_ok)
        self.managers = Managers()
        self.cache = (
            http_cache.open_cache(options.cache_dir, options.cache_size) if options.cache else None
        )
        self.gate = politeness.gate(options.per_host)
        self.agent = options.user_agent or user_agent()

    def run(self, url: str, *, max_bytes: int, accept: Accept | None, what: str) -> Response:
        url, credentials = split_credentials(url)
        check_url(url)
        start = origin(url)
        seen = {url}
        with dialing(self.dialer, self.deadline):
            try:
                for _ in range(MAX_REDIRECTS + 1):
                    same_origin = origin(url) == start
                    hop = self._hop(url, credentials, same_origin, max_bytes, accept, what)
                    if isinstance(hop, Response):
                        return hop
                    parts = urlsplit(url)
                    port = origin(url)[2] or 0
                    self.dialer.private_ok = self.dialer.redirect_from_private(
                        parts.hostname or "", port
                    )
                    location, given = split_credentials(hop)
                    if given is not None:
                        credentials, start = given, origin(location)
                    elif origin(location) != origin(url):
                        credentials = None
                    if location in seen:
                        raise FetchError(
                            f"redirect loop: {redact(location)} redirects back to an earlier URL"
                        )
                    check_url(location)
                    seen.add(location)
                    url = location
            finally:
                self.managers.clear()
        raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")

    # --- one hop ----------------------------------------------------------------------------

    def _headers(self, credentials: Credentials | None, same_origin: bool) -> dict[str, str]:
        headers = {
            "User-Agent": self.agent,
            "Accept": ACCEPT_ARTICLE,
            "Accept-Encoding": "gzip, deflate",
        }
        for name, value in self.options.headers:
            if not same_origin and name.lower() in _ORIGIN_BOUND_HEADERS:
                continue
            for existing in [k for k in headers if k.lower() == name.lower()]:
                del headers[existing]
            headers[name] = value
        if credentials is not None and not any(k.lower() == "authorization" for k in headers):
            headers["Authorization"] = credentials.basic_auth()
        return headers

    def _cache_key(self, url: str, headers: dict[str, str]) -> str:
        personal = [f"{k.lower()}: {v}" for k, v in headers.items() if k != "User-Agent"]
        return http_cache.cache_key(url, sorted(personal))

    def _hop(
        self,
        url: str,
        credentials: Credentials | None,
        same_origin: bool,
        max_bytes: int,
        accept: Accept | None,
        what: str,
    ) -> Response | str:
        """The response of ``url``, or the URL it redirects to."""
        host = (urlsplit(url).hostname or "").lower()
        self.dialer.check_literal(host)
        delay = self._robots(url) if self.polite else 0.0
        headers = self._headers(credentials, same_origin)
        key = self._cache_key(url, headers)
        stored = self.cache.lookup(key, headers) if self.cache is not None else None
        if stored is not None and stored.is_fresh(default_lifetime=self.default_lifetime):
            assert self.cache is not None
            self.cache.touch(stored)
            return self._from_cache(url, stored, accept, max_bytes, what)
        if stored is not None:
            headers.update(stored.validators())
        for attempt in range(MAX_RETRIES + 1):
            proxy = proxy_for(url)
            self.dialer.proxies = frozenset({(proxy.host, proxy.port)}) if proxy else frozenset()
            if proxy is not None:
                # The proxy resolves the name: only an address written in the URL can be checked.
                self.dialer.check_literal(host)
            requested = time.time()
            with self.gate.turn(host, self.deadline.at, delay):
                response = send(self.managers.get(proxy), url, headers, self.deadline, proxy)
                try:
                    wait = self._retry_wait(response, host, attempt)
                    if wait is None:
                        return self._answer(
                            url, key, headers, stored, response, requested, accept, max_bytes, what
                        )
                finally:
                    # Closing, not releasing: an unread redirect or error body must not be left
                    # on a connection the pool would hand out again.
                    response.close()
            self.gate.defer(host, time.monotonic() + wait)
        raise AssertionError("unreachable: the last attempt never waits")

    def _answer(
        self,
        url: str,
        key: str,
        headers: dict[str, str],
        stored: http_cache.Stored | None,
        response: urllib3.BaseHTTPResponse,
        requested: float,
        accept: Accept | None,
        max_bytes: int,
        what: str,
    ) -> Response | str:
        received = time.time()
        status = response.status
        items = tuple(response.headers.items())
        if status == 304 and stored is not None and self.cache is not None:
            stored = self.cache.refresh(
                stored, items, request_time=requested, response_time=received
            )
            return self._from_cache(url, stored, accept, max_bytes, what)
        if status in _REDIRECT_STATUSES:
            location = response.headers.get("Location", "").strip()
            if not location:
                raise FetchError(
                    f"HTTP {status}{_reason(response)} without a Location header"
                    " (a redirect to nowhere: nothing to read)"
                )
            self._store(key, url, status, items, b"", headers, requested, received)
            return urljoin(url, location)
        if not 200 <= status < 300:
            if self.raise_for_status:
                raise FetchError(f"HTTP {status}{_reason(response)}")
            return Response(url, status, items, b"", ContentType(None, None), True)
        content_type = ContentType.parse(response.headers.get("Content-Type"))
        if accept is not None:
            accept(content_type)
        length = response.headers.get("Content-Length", "").strip()
        if length.isdigit() and int(length) > max_bytes:
            detail = f" (the server announced {int(length):,} bytes)"
            raise too_large(max_bytes, what, detail)
        body = read_body(response, max_bytes, self.deadline, what)
        self._store(key, url, status, items, body, headers, requested, received)
        return Response(url, status, items, body, content_type, True)

    def _from_cache(
        self,
        url: str,
        stored: http_cache.Stored,
        accept: Accept | None,
        max_bytes: int,
        what: str,
    ) -> Response | str:
        if stored.status in _REDIRECT_STATUSES:
            return urljoin(url, stored.header("Location") or url)
        content_type = ContentType.parse(stored.header("Content-Type"))
        if accept is not None:
            accept(content_type)
        if len(stored.body) > max_bytes:
            raise too_large(max_bytes, what)
        return Response(url, stored.status, stored.headers, stored.body, content_type, False)

    def _store(
        self,
        key: str,
        url: str,
        status: int,
        items: tuple[tuple[str, str], ...],
        body: bytes,
        headers: dict[str, str],
        requested: float,
        received: float,
    ) -> None:
        if self.cache is None or not http_cache.storable(status, items, self.default_lifetime):
            return
        self.cache.store(
            key,
            redact(url),
            status,
            items,
            body,
            request_headers=headers,
            request_time=requested,
            response_time=received,
        )

    def _retry_wait(
        self, response: urllib3.BaseHTTPResponse, host: str, attempt: int
    ) -> float | None:
        """Seconds to wait before asking again after a 429 or 503 (None: do not ask again)."""
        if response.status not in _RETRY_STATUSES:
            return None
        wait = retry_after(response.headers.get("Retry-After"))
        if wait is None or attempt >= MAX_RETRIES:
            return None
        if time.monotonic() + wait >= self.deadline.at:
            raise FetchError(
                f"HTTP {response.status}{_reason(response)}: the server asks to wait {wait:g} s,"
                f" longer than what is left of the {self.deadline.seconds:g} s timeout"
            )
        return wait

    # --- robots.txt --------------------------------------------------------------------------

    def _robots(self, url: str) -> float:
        """The delay before asking ``url``'s host; raises if robots.txt forbids ``url``."""
        if not self.options.robots:
            return self.options.host_delay
        agent = robots.product_token(self.options.user_agent)
        crawl_delay = robots.check(url, agent, self._fetch_robots)
        return max(self.options.host_delay, crawl_delay)

    def _fetch_robots(self, robots_url: str) -> tuple[int, bytes]:
        reader = _Download(
            self.options,
            self.deadline,
            private_ok=self.dialer.private_ok,
            polite=False,
            default_lifetime=robots.ROBOTS_LIFETIME,
            raise_for_status=False,
        )
        response = reader.run(
            robots_url, max_bytes=robots.ROBOTS_MAX_BYTES, accept=None, what="robots.txt"
        )
        return response.status, response.body


def _reason(response: urllib3.BaseHTTPResponse) -> str:
    return f" {response.reason}" if response.reason else ""


def retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (a number of seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())
