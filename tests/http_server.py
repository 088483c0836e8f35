"""A local HTTP server for fetch tests: pages written for the tests, served on 127.0.0.1.

Every route is a function of the request handler; ``serve()`` starts the server on an ephemeral
port in a daemon thread and ``stop()`` shuts it down. Nothing here touches the internet.
"""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE_TITLE = "Harbour Town Votes to Rebuild Its Flooded Seawall"
ARTICLE_PARAGRAPHS = (
    "The council of Harbour Town voted on Tuesday to rebuild the seawall that failed during "
    "last winter's storms, ending months of argument over who should pay for the work.",
    "\u201cWe cannot ask the families on Quay Street to live through another flood,\u201d said "
    "Mayor Elena Varga after the vote, which passed by seven votes to two.",
    "The new wall will be two metres higher than the old one and is expected to cost about "
    "twelve million euros, most of it from a regional resilience fund.",
    "Opponents argued that the town should first study whether moving the harbour road inland "
    "would be cheaper over the coming fifty years.",
    "Construction is due to start in the spring and to finish before the autumn storm season "
    "of the following year, the council said in a statement.",
)
COMMENT_TEXT = "Totally agree with this decision, finally some common sense from the council"

ARTICLE_HTML = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{ARTICLE_TITLE} | The Coastal Courier</title>
<meta property="og:title" content="{ARTICLE_TITLE}">
<meta property="og:site_name" content="The Coastal Courier">
<meta name="author" content="Tomas Reyes">
<meta property="article:published_time" content="2024-03-12T09:30:00Z">
<link rel="canonical" href="https://courier.example/news/harbour-seawall">
<script>window.tracking = "never in the text";</script>
<style>p {{ color: black; }}</style>
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article>
<h1>{ARTICLE_TITLE}</h1>
<p class="byline">By Tomas Reyes</p>
{"".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)}
</article>
<section id="comments" class="comments">
<h2>Comments</h2>
<div class="comment"><p>{COMMENT_TEXT}</p></div>
</section>
<footer><p>Copyright The Coastal Courier</p></footer>
</body>
</html>
"""

PLAIN_ARTICLE = ARTICLE_TITLE + "\n\n" + "\n\n".join(ARTICLE_PARAGRAPHS) + "\n"

# One short article per legacy encoding, written for these tests.
LEGACY_TEXTS = {
    "windows-1252": (
        "Le café du port a rouvert lundi. \u201cC\u2019est une belle journée\u201d, a déclaré "
        "la propriétaire, Hélène Dubois, devant une foule nombreuse. Les habitués étaient ravis "
        "de retrouver leur comptoir préféré et les croissants tièdes du matin."
    ),
    "iso-8859-1": (
        "Der Bürgermeister eröffnete am Montag die neue Brücke über den Fluss. Die Bauarbeiten "
        "hatten fast drei Jahre gedauert, und viele Anwohner äußerten sich erleichtert über das "
        "Ende der Umleitungen durch die Altstadt."
    ),
    "shift_jis": (
        "東京都は月曜日、新しい公園の開園を発表しました。市民からは喜びの声が上がっています。"
        "公園には大きな池と桜の木が植えられ、週末には多くの家族連れが訪れる見込みです。"
    ),
    "gb2312": (
        "北京市政府周一宣布，新的地铁线路将于明年开通。市民对此表示欢迎，认为这将大大缓解交通压力。"
        "该线路全长三十公里，共设二十个车站。"
    ),
    "gbk": (
        "上海市政府周二宣布，新的公园将于下个月开放。市民对此表示欢迎，认为这将改善城市环境。"
        "该公园占地五十公顷，设有湖泊和步道。"
    ),
    "koi8-r": (
        "Городской совет в понедельник одобрил строительство новой библиотеки. Жители района "
        "давно просили об этом, и теперь работы начнутся весной. Проект обойдётся городу в "
        "несколько миллионов рублей."
    ),
}

OVERSIZE_BYTES = 300_000
SLOW_SECONDS = 3.0


def legacy_page(encoding: str, *, meta: bool) -> bytes:
    charset = f'<meta charset="{encoding}">' if meta else ""
    text = LEGACY_TEXTS[encoding]
    head = f"<!DOCTYPE html><html><head>{charset}<title>Local news</title></head><body><article>"
    return (
        head.encode("ascii")
        + f"<p>{text}</p><p>{text}</p>".encode(encoding)
        + b"</article></body></html>"
    )


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    content_length: bool = True


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Server

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: test output stays readable."""

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        route = ROUTES.get(path) or _prefixed(path)
        if route is None:
            self._send(Reply(404, b"<html><body>not here</body></html>"))
            return
        route(self)

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        if reply.content_type:
            self.send_header("Content-Type", reply.content_type)
        for name, value in reply.headers:
            self.send_header(name, value)
        if reply.content_length:
            self.send_header("Content-Length", str(len(reply.body)))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(reply.body)


Route = Callable[[Handler], None]


def _reply(reply: Reply) -> Route:
    return lambda handler: handler._send(reply)


def _redirect(target: str, status: int = 302) -> Route:
    return _reply(Reply(status, b"", None, (("Location", target),)))


def _echo_user_agent(handler: Handler) -> None:
    agent = handler.headers.get("User-Agent", "")
    handler._send(Reply(body=agent.encode(), content_type="text/plain"))


def _slow_headers(handler: Handler) -> None:
    handler.server.stopping.wait(SLOW_SECONDS)
    handler._send(Reply(body=ARTICLE_HTML.encode()))


def _trickle(handler: Handler) -> None:
    """Headers at once, then one byte at a time: never idle long enough for a socket timeout."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(len(ARTICLE_HTML)))
    handler.end_headers()
    started = time.monotonic()
    try:
        for byte in ARTICLE_HTML.encode():
            if handler.server.stopping.wait(0.05) or time.monotonic() - started > SLOW_SECONDS:
                break
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
    except (BrokenPipeError, ConnectionResetError):
        pass
    handler.close_connection = True


def _gzip_bomb() -> bytes:
    return gzip.compress(b"<p>" + b"a" * (OVERSIZE_BYTES * 4) + b"</p>")


def _legacy(handler: Handler) -> None:
    # /legacy/<encoding>/<header|meta|none>
    _, _, encoding, declared = handler.path.split("/")
    body = legacy_page(encoding, meta=declared == "meta")
    content_type = f"text/html; charset={encoding}" if declared == "header" else "text/html"
    handler._send(Reply(body=body, content_type=content_type))


def _prefixed(path: str) -> Route | None:
    if path.startswith("/legacy/"):
        return _legacy
    return None


_BIG_BODY = (
    b"<html><body>" + b"<p>filler text for an oversized page</p>" * 10_000 + b"</body></html>"
)

ROUTES: dict[str, Route] = {
    "/article": _reply(Reply(body=ARTICLE_HTML.encode())),
    "/article.txt": _reply(Reply(body=PLAIN_ARTICLE.encode(), content_type="text/plain")),
    "/xhtml": _reply(Reply(body=ARTICLE_HTML.encode(), content_type="application/xhtml+xml")),
    "/untyped": _reply(Reply(body=ARTICLE_HTML.encode(), content_type=None)),
    "/redirect": _redirect("/redirect-2", 301),
    "/redirect-2": _redirect("/article", 307),
    "/loop-a": _redirect("/loop-b"),
    "/loop-b": _redirect("/loop-a"),
    **{f"/hop-{n}": _redirect(f"/hop-{n + 1}") for n in range(10)},
    "/to-ftp": _redirect("ftp://127.0.0.1/file.txt"),
    "/missing": _reply(Reply(404, b"<html><body>gone</body></html>")),
    "/broken": _reply(Reply(500, b"<html><body>oops</body></html>")),
    "/slow-headers": _slow_headers,
    "/trickle": _trickle,
    "/big": _reply(Reply(body=_BIG_BODY)),
    "/big-unannounced": _reply(Reply(body=_BIG_BODY, content_length=False)),
    "/gzip-bomb": _reply(Reply(body=_gzip_bomb(), headers=(("Content-Encoding", "gzip"),))),
    "/pdf": _reply(Reply(body=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", content_type="application/pdf")),
    "/image": _reply(Reply(body=b"\x89PNG\r\n\x1a\n", content_type="image/png")),
    "/json": _reply(Reply(body=b'{"title": "x"}', content_type="application/json")),
    "/gzip": _reply(
        Reply(body=gzip.compress(ARTICLE_HTML.encode()), headers=(("Content-Encoding", "gzip"),))
    ),
    "/deflate": _reply(
        Reply(body=zlib.compress(ARTICLE_HTML.encode()), headers=(("Content-Encoding", "deflate"),))
    ),
    "/user-agent": _echo_user_agent,
    "/navigation-only": _reply(
        Reply(body=b"<html><body><nav><a href='/'>Home</a></nav><script>x=1</script></body></html>")
    ),
}


class Server(ThreadingHTTPServer):
    daemon_threads = True
    stopping: threading.Event

    def handle_error(self, request: object, client_address: object) -> None:
        """Quiet: clients hanging up early (timeouts, size caps) is what the tests provoke."""


def serve() -> tuple[Server, str]:
    """Start the server on 127.0.0.1 with a port the OS picks; returns it and its base URL."""
    server = Server(("127.0.0.1", 0), Handler)
    server.stopping = threading.Event()
    thread = threading.Thread(target=server.serve_forever, name="test-http-server", daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    return server, f"http://{host!s}:{port}"


def stop(server: Server) -> None:
    server.stopping.set()
    server.shutdown()
    server.server_close()
