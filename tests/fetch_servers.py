"""Local servers for the fetching tests (127.0.0.1 only): a site that records what it is asked and
answers validators with 304, a forward proxy (plain requests and CONNECT) that records what it saw,
and TLS for either, with a certificate made for the test."""

from __future__ import annotations

import base64
import contextlib
import http.client
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from http_server import ARTICLE_PARAGRAPHS, ARTICLE_TITLE


def article_html(number: int, title: str = ARTICLE_TITLE) -> bytes:
    """A small article page of its own for each number (the test corpus of the fetching tests)."""
    paragraphs = "".join(f"<p>{p} (Report {number}.)</p>" for p in ARTICLE_PARAGRAPHS)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title} {number}"
        f"</title></head><body><article><h1>{title} {number}</h1>{paragraphs}</article>"
        "</body></html>"
    ).encode()


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200
    delay: float = 0.0


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


Route = Callable[["SiteHandler"], None]


@dataclass
class SiteState:
    pages: dict[str, Page] = field(default_factory=dict)
    routes: dict[str, Route] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)
    bodies_sent: int = 0
    not_modified: int = 0
    active: int = 0
    max_active: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def paths(self) -> list[str]:
        return [s.path for s in self.seen]


class SiteHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Site

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        state = self.server.state
        with state.lock:
            state.seen.append(Seen("GET", self.path, dict(self.headers.items())))
            state.active += 1
            state.max_active = max(state.max_active, state.active)
        self._serving = True
        try:
            path = self.path.split("?")[0]
            route = state.routes.get(path)
            if route is not None:
                route(self)
                return
            page = state.pages.get(path)
            if page is None:
                self._served()
                self.reply(404, b"<html><body>not here</body></html>")
                return
            if page.delay:
                time.sleep(page.delay)
            if self._unchanged(page):
                with state.lock:
                    state.not_modified += 1
                self._served()
                self.reply(304, b"", headers=self._validators(page) + page.headers)
                return
            with state.lock:
                state.bodies_sent += 1
            self._served()
            self.reply(
                page.status,
                page.body,
                page.content_type,
                headers=self._validators(page) + page.headers,
            )
        finally:
            self._served()

    def _served(self) -> None:
        """The request no longer counts as active: from just before its answer is written (once
        the client has it, its next request may arrive before this thread would otherwise get
        to count it done)."""
        if self._serving:
            self._serving = False
            with self.server.state.lock:
                self.server.state.active -= 1

    def _unchanged(self, page: Page) -> bool:
        etag = self.headers.get("If-None-Match")
        if etag is not None and page.etag is not None:
            return etag == page.etag
        since = self.headers.get("If-Modified-Since")
        return since is not None and since == page.last_modified

    @staticmethod
    def _validators(page: Page) -> tuple[tuple[str, str], ...]:
        found = []
        if page.etag:
            found.append(("ETag", page.etag))
        if page.last_modified:
            found.append(("Last-Modified", page.last_modified))
        return tuple(found)

    def reply(
        self,
        status: int,
        body: bytes,
        content_type: str | None = "text/html; charset=utf-8",
        headers: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.send_response(status)
        if content_type and status != 304:
            self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)


class Site(ThreadingHTTPServer):
    daemon_threads = True
    state: SiteState

    def handle_error(self, request: object, client_address: object) -> None:
        """Quiet: clients hang up early on purpose."""


@contextlib.contextmanager
def site(tls_context: ssl.SSLContext | None = None) -> Iterator[tuple[SiteState, str]]:
    """A recording site on 127.0.0.1; yields its state and base URL."""
    server = Site(("127.0.0.1", 0), SiteHandler)
    server.state = SiteState()
    if tls_context is not None:
        server.socket = tls_context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    port = server.server_address[1]
    scheme = "https" if tls_context is not None else "http"
    try:
        yield server.state, f"{scheme}://127.0.0.1:{port}"
    finally:
        server.shutdown()
        server.server_close()


# --- a forward proxy ---------------------------------------------------------------------------


@dataclass
class ProxyLog:
    requests: list[str] = field(default_factory=list)
    """Request lines as the proxy received them: ``GET http://…``, ``CONNECT host:port``."""
    authorizations: list[str | None] = field(default_factory=list)
    credentials: str | None = None
    """``user:password`` the proxy demands (407 otherwise)."""


class ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: ProxyServer

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def _admitted(self) -> bool:
        log = self.server.log
        given = self.headers.get("Proxy-Authorization")
        log.requests.append(self.requestline.rsplit(" ", 1)[0])
        log.authorizations.append(given)
        if log.credentials is None:
            return True
        expected = "Basic " + base64.b64encode(log.credentials.encode()).decode()
        if given == expected:
            return True
        self.send_response(407)
        self.send_header("Proxy-Authenticate", 'Basic realm="test"')
        self.send_header("Content-Length", "0")
        self.end_headers()
        return False

    def do_GET(self) -> None:
        if not self._admitted():
            return
        from urllib.parse import urlsplit

        target = urlsplit(self.path)
        connection = http.client.HTTPConnection(
            target.hostname or "", target.port or 80, timeout=10
        )
        headers = {k: v for k, v in self.headers.items() if k.lower() != "proxy-authorization"}
        path = target.path + (f"?{target.query}" if target.query else "")
        try:
            connection.request("GET", path or "/", headers=headers)
            answer = connection.getresponse()
            body = answer.read()
        except OSError:
            self.send_response(502)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(answer.status, answer.reason)
        for name, value in answer.getheaders():
            if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(body)

    def do_CONNECT(self) -> None:
        if not self._admitted():
            return
        host, _, port = self.path.rpartition(":")
        try:
            upstream = socket.create_connection((host.strip("[]"), int(port)), timeout=10)
        except OSError:
            self.send_response(502)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200, "Connection established")
        self.end_headers()
        self.close_connection = True
        _pipe(self.connection, upstream)


def _pipe(a: socket.socket, b: socket.socket) -> None:
    with b:
        sockets = [a, b]
        while True:
            readable, _, broken = select.select(sockets, [], sockets, 10)
            if broken or not readable:
                return
            for sock in readable:
                try:
                    data = sock.recv(65536)
                except OSError:
                    return
                if not data:
                    return
                (b if sock is a else a).sendall(data)


class ProxyServer(ThreadingHTTPServer):
    daemon_threads = True
    log: ProxyLog

    def handle_error(self, request: object, client_address: object) -> None:
        """Quiet."""


@contextlib.contextmanager
def forward_proxy(credentials: str | None = None) -> Iterator[tuple[ProxyLog, str]]:
    """A forward proxy on 127.0.0.1; yields its log and ``http://127.0.0.1:PORT``."""
    server = ProxyServer(("127.0.0.1", 0), ProxyHandler)
    server.log = ProxyLog(credentials=credentials)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server.log, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def tls_files(folder: Path) -> tuple[ssl.SSLContext, Path]:
    """A server context with a certificate for 127.0.0.1 and the CA file that trusts it."""
    import trustme

    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1", "localhost")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(context)
    ca_file = folder / "test-ca.pem"
    authority.cert_pem.write_to_path(str(ca_file))
    return context, ca_file


@contextlib.contextmanager
def unreachable_port() -> Iterator[int]:
    """A port nothing answers on, for the block: bound here and never listened on, so no other
    server of the test run can be given it meanwhile (a port merely found free could be)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        yield int(probe.getsockname()[1])


def redirect(target: str, status: int = 302) -> Route:
    return lambda handler: handler.reply(status, b"", None, (("Location", target),))


def raw(data: bytes, close: bool = True) -> Route:
    """Send ``data`` as the whole response, status line and headers included."""

    def route(handler: SiteHandler) -> None:
        with contextlib.suppress(OSError):
            handler.wfile.write(data)
            handler.wfile.flush()
        handler.close_connection = close

    return route


PUBLIC = "93.184.215.14"
"""Stands for a public web server; ``fake_internet`` sends its connections to 127.0.0.1."""


def fake_internet(monkeypatch: Any) -> list[tuple[str, int]]:
    """``*.test`` names resolve to a public address (``slow.test`` takes 8 s, ``private.test`` is
    10.0.0.7); connections to the public address reach 127.0.0.1, and connecting anywhere else
    but 127.0.0.1 fails the test. Returns every address dialled."""
    import newscli.ingest.http

    real_getaddrinfo = socket.getaddrinfo
    dialled: list[tuple[str, int]] = []

    def getaddrinfo(host: str, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "slow.test":
            time.sleep(8)
        if host.endswith(".test"):
            address = "10.0.0.7" if host == "private.test" else PUBLIC
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, int(port or 80)))]
        return real_getaddrinfo(host, port, *args, **kwargs)

    real_create = newscli.ingest.http.create_connection

    def create_connection(address: tuple[str, int], *args: Any, **kwargs: Any) -> Any:
        dialled.append(address)
        host, port = address
        if host == PUBLIC:
            return real_create(("127.0.0.1", port), *args, **kwargs)
        if host != "127.0.0.1":
            raise AssertionError(f"the test tried to connect to {host}")
        return real_create(address, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(newscli.ingest.http, "create_connection", create_connection)
    return dialled
