"""Fetching URL sources over HTTP(S): one deadline, a size cap, a redirect limit, one clear error.

urllib3 (already installed with trafilatura) does the connections. Redirects are followed here,
not by urllib3, so that every hop is checked (scheme, loop, deadline) and the final URL is known.
Bodies are read in chunks and decompressed here so that ``max_bytes`` caps the decompressed size
and the deadline is checked between chunks.
"""

from __future__ import annotations

import time
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urljoin, urlsplit

from newscli.errors import FetchError, SourceTimeoutError, TooLargeError
from newscli.ingest.decode import decode
from newscli.ingest.sniff import looks_like_html
from newscli.model import Document, Source

if TYPE_CHECKING:
    import urllib3

MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


def user_agent() -> str:
    """``newscli/<version> (+https://github.com/newscli)``: who is asking, for site operators."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        number = version("newscli")
    except PackageNotFoundError:
        number = "0+unknown"
    return f"newscli/{number} (+https://github.com/newscli)"


@dataclass(frozen=True)
class ContentType:
    mime: str | None
    charset: str | None

    @classmethod
    def parse(cls, header: str | None) -> ContentType:
        if not header:
            return cls(None, None)
        mime, _, params = header.partition(";")
        charset = None
        for param in params.split(";"):
            key, _, value = param.partition("=")
            if key.strip().lower() == "charset":
                charset = value.strip().strip("\"'") or None
        return cls(mime.strip().lower() or None, charset)


def fetch(source: Source, *, max_bytes: int, timeout: float) -> Document:
    """Download ``source.url`` and decode it into a Document.

    ``timeout`` covers the whole download (every redirect and the body); the body is refused once
    it exceeds ``max_bytes`` after decompression. Raises ``FetchError``, ``SourceTimeoutError``,
    ``TooLargeError``, or a decoding error.
    """
    if source.url is None:
        raise FetchError("a URL source without a URL")
    deadline = Deadline(timeout)
    body, final_url, content_type = download(source.url, max_bytes=max_bytes, deadline=deadline)
    text, encoding = decode(body, declared=content_type.charset)
    is_html = content_type.mime in HTML_TYPES or looks_like_html(text)
    return Document(
        source=source,
        text=text,
        kind="html" if is_html else "text",
        encoding=encoding,
        url=final_url,
    )


class Deadline:
    """The moment the whole download must be over."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def remaining(self) -> float:
        left = self.at - time.monotonic()
        if left <= 0:
            raise self.error()
        return left

    def error(self) -> SourceTimeoutError:
        return SourceTimeoutError(f"download took longer than the {self.seconds:g} s timeout")


def download(url: str, *, max_bytes: int, deadline: Deadline) -> tuple[bytes, str, ContentType]:
    """The body, final URL and content type of ``url``, following up to ``MAX_REDIRECTS``."""
    import urllib3

    check_url(url)
    seen = {url}
    with urllib3.PoolManager(headers=_request_headers(), retries=False) as pool:
        for _ in range(MAX_REDIRECTS + 1):
            response = _request(pool, url, deadline)
            try:
                location = _redirect_target(response, url)
                if location is None:
                    _check_status(response)
                    content_type = _check_content_type(response)
                    _check_declared_length(response, max_bytes)
                    return _read_body(response, max_bytes, deadline), url, content_type
            finally:
                # Closing, not releasing: an unread redirect or error body must not be left on a
                # connection the pool would hand out again.
                response.close()
            if location in seen:
                raise FetchError(f"redirect loop: {location} redirects back to an earlier URL")
            check_url(location)
            seen.add(location)
            url = location
    raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")


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


def _request_headers() -> dict[str, str]:
    return {
        "User-Agent": user_agent(),
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "gzip, deflate",
    }


def _request(pool: urllib3.PoolManager, url: str, deadline: Deadline) -> urllib3.BaseHTTPResponse:
    import urllib3
    from urllib3.exceptions import (
        ConnectTimeoutError,
        HTTPError,
        NameResolutionError,
        NewConnectionError,
        ProtocolError,
        ReadTimeoutError,
        SSLError,
    )

    left = deadline.remaining()
    host = urlsplit(url).hostname or url
    try:
        return pool.request(
            "GET",
            url,
            redirect=False,
            preload_content=False,
            decode_content=False,
            timeout=urllib3.Timeout(connect=left, read=left),
        )
    except NameResolutionError as exc:
        raise FetchError(f"cannot resolve host name '{host}'") from exc
    except NewConnectionError as exc:  # before its base class ConnectTimeoutError
        raise FetchError(f"cannot connect to {host} ({_reason(exc)})") from exc
    except ConnectTimeoutError as exc:
        raise SourceTimeoutError(
            f"timed out connecting to {host} (timeout {deadline.seconds:g} s)"
        ) from exc
    except ReadTimeoutError as exc:
        raise deadline.error() from exc
    except SSLError as exc:
        raise FetchError(f"TLS error talking to {host} ({_reason(exc)})") from exc
    except ProtocolError as exc:
        raise FetchError(f"connection to {host} broken ({_reason(exc)})") from exc
    except HTTPError as exc:
        raise FetchError(f"request to {host} failed ({_reason(exc)})") from exc


def _reason(exc: BaseException) -> str:
    """The innermost OS reason, e.g. ``connection refused``, without urllib3's object reprs."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, OSError) and cause.strerror:
            return cause.strerror.lower()
        nested = cause.args[1] if len(cause.args) > 1 else None
        cause = nested if isinstance(nested, BaseException) else cause.__cause__
    text = str(exc)
    return text.rsplit(": ", 1)[-1].strip().lower() or type(exc).__name__


def _redirect_target(response: urllib3.BaseHTTPResponse, url: str) -> str | None:
    if response.status not in _REDIRECT_STATUSES:
        return None
    location = response.headers.get("Location")
    if not location:
        return None
    return urljoin(url, location.strip())


def _check_status(response: urllib3.BaseHTTPResponse) -> None:
    if response.status >= 400:
        reason = f" {response.reason}" if response.reason else ""
        raise FetchError(f"HTTP {response.status}{reason}")


def _check_content_type(response: urllib3.BaseHTTPResponse) -> ContentType:
    content_type = ContentType.parse(response.headers.get("Content-Type"))
    # No Content-Type: the bytes decide (decode refuses binary, sniffing tells HTML from text).
    if content_type.mime is None or content_type.mime in HTML_TYPES | TEXT_TYPES:
        return content_type
    raise FetchError(
        f"not an article: the server sent {content_type.mime} (only HTML and plain text are read)"
    )


def _check_declared_length(response: urllib3.BaseHTTPResponse, max_bytes: int) -> None:
    length = response.headers.get("Content-Length", "").strip()
    if length.isdigit() and int(length) > max_bytes:
        raise TooLargeError(_too_large(max_bytes, f" (the server announced {int(length):,} bytes)"))


class _Decompressor(Protocol):
    def decompress(self, data: bytes, max_length: int = 0) -> bytes: ...


def _read_body(response: urllib3.BaseHTTPResponse, max_bytes: int, deadline: Deadline) -> bytes:
    decompressor = _decompressor(response.headers.get("Content-Encoding", ""))
    body = bytearray()
    while True:
        _set_read_timeout(response, deadline.remaining())
        chunk = _read_chunk(response, deadline)
        if not chunk:
            break
        if decompressor is not None:
            chunk = _inflate(decompressor, chunk, max_bytes - len(body) + 1)
        body += chunk
        if len(body) > max_bytes:
            raise TooLargeError(_too_large(max_bytes))
    return bytes(body)


def _read_chunk(response: urllib3.BaseHTTPResponse, deadline: Deadline) -> bytes:
    from urllib3.exceptions import HTTPError, ProtocolError, ReadTimeoutError

    try:
        # read1 returns what has arrived instead of waiting for a full chunk, so a server that
        # trickles bytes cannot hold the download past the deadline.
        return response.read1(CHUNK_BYTES, decode_content=False)
    except ReadTimeoutError as exc:
        raise deadline.error() from exc
    except (ProtocolError, HTTPError, OSError) as exc:
        raise FetchError(f"connection broken while reading the page ({_reason(exc)})") from exc


def _set_read_timeout(response: urllib3.BaseHTTPResponse, seconds: float) -> None:
    # urllib3 sets the socket timeout once per request; shrink it to what is left of the deadline.
    connection = getattr(response, "connection", None)
    sock = getattr(connection, "sock", None)
    if sock is not None:
        sock.settimeout(seconds)


def _decompressor(encoding: str) -> _Decompressor | None:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    if encoding == "deflate":
        return _Deflate()
    raise FetchError(f"unsupported content encoding '{encoding}'")


class _Deflate:
    """HTTP "deflate" is zlib-wrapped by the standard, raw deflate by some servers; try both."""

    def __init__(self) -> None:
        self._inner: _Decompressor | None = None

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        if self._inner is None:
            wbits = zlib.MAX_WBITS if data[:1] and (data[0] & 0x0F) == 8 else -zlib.MAX_WBITS
            self._inner = zlib.decompressobj(wbits=wbits)
        return self._inner.decompress(data, max_length)


def _inflate(decompressor: _Decompressor, chunk: bytes, limit: int) -> bytes:
    """Decompress ``chunk`` into at most ``limit`` bytes, so a compression bomb stops at the cap."""
    try:
        return decompressor.decompress(chunk, limit)
    except zlib.error as exc:
        raise FetchError(f"corrupt compressed response ({exc})") from exc


def _too_large(max_bytes: int, detail: str = "") -> str:
    from newscli.ingest.read import human_size

    return f"page is larger than --max-bytes {human_size(max_bytes)}{detail}"
