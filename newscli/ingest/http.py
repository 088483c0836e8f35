"""One HTTP exchange over urllib3, with errors in plain words.

urllib3 (installed with trafilatura) speaks HTTP, TLS and proxies. newscli replaces how it opens a
connection: the host name is resolved within the download's deadline and checked by the
private-address policy (``policy.Dialer``), and the socket goes to the address that was checked.
Messages from ssl, http.client and urllib3 (``[SSL: UNEXPECTED_EOF_WHILE_READING] …``,
``IncompleteRead(…)``) become sentences.
"""

from __future__ import annotations

import contextvars
import socket
import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ProxyError,
    ReadTimeoutError,
    SSLError,
)
from urllib3.util.connection import create_connection

from newscli.errors import FetchError, NewscliError, SourceTimeoutError
from newscli.ingest.limits import CHUNK_BYTES, Decompressor, Gunzip, Inflate, too_large
from newscli.ingest.policy import Dialer

if TYPE_CHECKING:
    from newscli.ingest.proxy import Proxy


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


@dataclass
class _Dialing:
    dialer: Dialer
    deadline: Deadline


_CURRENT: contextvars.ContextVar[_Dialing | None] = contextvars.ContextVar(
    "newscli_dialing", default=None
)


class _Connect:
    """How connections of this download's pools are opened (mixed into urllib3's classes)."""

    _dns_host: str
    port: int
    timeout: Any
    source_address: Any
    socket_options: Any

    def _new_conn(self) -> socket.socket:
        dialing = _CURRENT.get()
        if dialing is None:  # pragma: no cover - pools are only used inside ``dialing()``
            raise RuntimeError("a newscli connection opened outside a download")
        host = self._dns_host.rstrip(".")
        address = dialing.dialer.choose(host, self.port, dialing.deadline.remaining())
        try:
            return create_connection(
                (str(address), self.port),
                dialing.deadline.remaining(),
                source_address=self.source_address,
                socket_options=self.socket_options,
            )
        except TimeoutError as exc:
            raise ConnectTimeoutError(self, f"connecting to {host} timed out") from exc
        except OSError as exc:
            raise NewConnectionError(self, f"cannot connect: {exc}") from exc  # type: ignore[arg-type]


class _HTTPConnection(_Connect, HTTPConnection):
    pass


class _HTTPSConnection(_Connect, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


class Managers:
    """The connection managers of one download: one direct, one per proxy, made when needed."""

    def __init__(self) -> None:
        self._direct: urllib3.PoolManager | None = None
        self._proxied: dict[str, urllib3.ProxyManager] = {}

    def get(self, proxy: Proxy | None) -> urllib3.PoolManager:
        if proxy is None:
            if self._direct is None:
                self._direct = urllib3.PoolManager(retries=False)
                self._direct.pool_classes_by_scheme = _POOLS
            return self._direct
        manager = self._proxied.get(proxy.url)
        if manager is None:
            manager = urllib3.ProxyManager(
                proxy.url, proxy_headers=proxy.headers() or None, retries=False
            )
            manager.pool_classes_by_scheme = _POOLS
            self._proxied[proxy.url] = manager
        return manager

    def clear(self) -> None:
        for manager in (self._direct, *self._proxied.values()):
            if manager is not None:
                manager.clear()


@contextmanager
def dialing(dialer: Dialer, deadline: Deadline) -> Iterator[None]:
    """Open every connection in the block through ``dialer``, within ``deadline``."""
    token = _CURRENT.set(_Dialing(dialer, deadline))
    try:
        yield
    finally:
        _CURRENT.reset(token)


def send(
    manager: urllib3.PoolManager,
    url: str,
    headers: dict[str, str],
    deadline: Deadline,
    proxy: Proxy | None,
) -> urllib3.BaseHTTPResponse:
    """GET ``url``; the response's body is left unread. Raises ``FetchError`` in plain words."""
    left = deadline.remaining()
    host = urlsplit(url).hostname or url
    try:
        return manager.request(
            "GET",
            url,
            headers=headers,
            redirect=False,
            preload_content=False,
            decode_content=False,
            timeout=urllib3.Timeout(connect=left, read=left),
        )
    except ProxyError as exc:
        assert proxy is not None
        raise _proxy_failure(exc, proxy, deadline) from exc
    except NameResolutionError as exc:
        raise FetchError(f"cannot resolve host name '{host}'") from exc
    except NewConnectionError as exc:  # before its base class ConnectTimeoutError
        raise FetchError(f"cannot connect to {host} ({reason(exc)})") from exc
    except ConnectTimeoutError as exc:
        raise SourceTimeoutError(
            f"timed out connecting to {host} (timeout {deadline.seconds:g} s)"
        ) from exc
    except ReadTimeoutError as exc:
        raise deadline.error() from exc
    except SSLError as exc:
        raise FetchError(f"secure connection to {host} failed: {tls_reason(exc)}") from exc
    except (ProtocolError, HTTPError, OSError) as exc:
        raise FetchError(f"request to {host} failed: {reason(exc)}") from exc


def _proxy_failure(exc: ProxyError, proxy: Proxy, deadline: Deadline) -> NewscliError:
    inner = exc.original_error
    if isinstance(inner, (FetchError, SourceTimeoutError)):
        return inner
    if isinstance(inner, ConnectTimeoutError) and not isinstance(inner, NewConnectionError):
        return SourceTimeoutError(
            f"timed out connecting to the proxy {proxy.shown} (timeout {deadline.seconds:g} s)"
        )
    text = str(exc)
    if "407" in text:
        return FetchError(f"the proxy {proxy.shown} asks for credentials (407)")
    if "Tunnel connection failed" in text:
        status = text.split("Tunnel connection failed:", 1)[1].strip().strip("'\")")
        return FetchError(f"the proxy {proxy.shown} refused the tunnel ({status})")
    return FetchError(f"cannot use the proxy {proxy.shown} ({reason(inner or exc)})")


def reason(exc: BaseException) -> str:
    """What went wrong, in words: the innermost cause that says something plain."""
    from http.client import IncompleteRead, RemoteDisconnected

    for cause in _causes(exc):
        if isinstance(cause, ssl.SSLError):
            return tls_reason(cause)
        if isinstance(cause, IncompleteRead):
            # urllib3 puts byte counts where http.client puts the bytes themselves.
            partial, expected = cause.partial, cause.expected
            got = partial if isinstance(partial, int) else len(partial)
            total = f" of {got + expected:,}" if expected is not None else ""
            return f"the connection closed after {got:,}{total} bytes"
        if isinstance(cause, RemoteDisconnected):
            return "the server closed the connection without answering"
        if isinstance(cause, ConnectionResetError):
            return "the server reset the connection"
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, OSError) and cause.strerror:
            return cause.strerror.lower()
    text = str(exc)
    if "InvalidChunkLength" in text or "invalid chunk" in text.lower():
        return "the server sent a broken chunked body"
    if "BadStatusLine" in text or "HeaderParsingError" in text:
        return "the server's answer is not valid HTTP"
    return "the connection failed"


def tls_reason(exc: BaseException) -> str:
    """A TLS failure in words (``[SSL: CERTIFICATE_VERIFY_FAILED] … (_ssl.c:1006)`` and kin)."""
    for cause in _causes(exc):
        if isinstance(cause, ssl.SSLCertVerificationError):
            detail = (cause.verify_message or "").strip()
            return f"its certificate is not trusted ({detail or 'verification failed'})"
        if isinstance(cause, (ssl.SSLEOFError, ssl.SSLZeroReturnError)):
            return "the server closed the connection during the TLS handshake"
    text = " ".join(str(c) for c in _causes(exc)).upper()
    for marker, words in _TLS_MARKERS:
        if marker in text:
            return words
    return "the TLS handshake failed"


_TLS_MARKERS = (
    ("CERTIFICATE_VERIFY_FAILED", "its certificate is not trusted"),
    ("UNEXPECTED_EOF", "the server closed the connection during the TLS handshake"),
    ("EOF OCCURRED", "the server closed the connection during the TLS handshake"),
    ("WRONG_VERSION_NUMBER", "the server does not speak TLS on this port (plain http?)"),
    ("RECORD_LAYER_FAILURE", "the server does not speak TLS on this port (plain http?)"),
    ("UNSUPPORTED_PROTOCOL", "the server offers only an outdated TLS version"),
    ("PROTOCOL_VERSION", "the server offers only an outdated TLS version"),
    ("HANDSHAKE_FAILURE", "the server and newscli share no TLS cipher"),
    ("UNRECOGNIZED_NAME", "the server does not know this host name (TLS SNI)"),
)


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and what it wraps (urllib3 keeps causes in ``args``, ``reason``, ``__cause__``)."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        cause = todo.pop(0)
        if id(cause) in seen:
            continue
        seen.add(id(cause))
        yield cause
        nested = [a for a in cause.args if isinstance(a, BaseException)]
        for attribute in ("reason", "original_error", "__cause__", "__context__"):
            value = getattr(cause, attribute, None)
            if isinstance(value, BaseException):
                nested.append(value)
        todo.extend(nested)


# --- the body ----------------------------------------------------------------------------------


def decompressor(encoding: str) -> Decompressor | None:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return Gunzip(FetchError)
    if encoding == "deflate":
        return Inflate(FetchError)
    raise FetchError(f"unsupported content encoding '{encoding}'")


def read_body(
    response: urllib3.BaseHTTPResponse, max_bytes: int, deadline: Deadline, what: str = "page"
) -> bytes:
    """The body, decompressed, capped at ``max_bytes`` and read within ``deadline``."""
    inflater = decompressor(response.headers.get("Content-Encoding", ""))
    body = bytearray()
    while True:
        _set_read_timeout(response, deadline.remaining())
        chunk = _read_chunk(response, deadline)
        if not chunk:
            break
        if inflater is not None:
            chunk = inflater.decompress(chunk, max_bytes - len(body) + 1)
        body += chunk
        if len(body) > max_bytes:
            raise too_large(max_bytes, what)
    if inflater is not None:
        inflater.finish()
    return bytes(body)


def _read_chunk(response: urllib3.BaseHTTPResponse, deadline: Deadline) -> bytes:
    try:
        # read1 returns what has arrived instead of waiting for a full chunk, so a server that
        # trickles bytes cannot hold the download past the deadline.
        return response.read1(CHUNK_BYTES, decode_content=False)
    except ReadTimeoutError as exc:
        raise deadline.error() from exc
    except (ProtocolError, HTTPError, OSError) as exc:
        raise FetchError(f"connection broken while reading the page ({reason(exc)})") from exc


def _set_read_timeout(response: urllib3.BaseHTTPResponse, seconds: float) -> None:
    # urllib3 sets the socket timeout once per request; shrink it to what is left of the deadline.
    connection = getattr(response, "connection", None)
    sock = getattr(connection, "sock", None)
    if sock is not None:
        sock.settimeout(seconds)
