"""Tiny web archives written for the tests with warcio: every kind of record a crawl holds."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def article_page(title: str, *, charset: str | None = "utf-8", town: str = "Harbourside") -> str:
    """A news page written for the tests (an article of four paragraphs, a menu and a footer)."""
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head>{meta}<title>{title}</title>
<meta property="og:site_name" content="The {town} Courier"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>
<p>The {town} council voted on Tuesday to rebuild the old ferry pier, after a debate that ran
well past midnight and drew more residents than the chamber could seat.</p>
<p>\u201cThis pier is how half of this town gets to work,\u201d said councillor Maren Sol\u00e9,
who has argued for the repairs since the storm of last winter closed the pier for a month.</p>
<p>The works are expected to cost four million and to take two summers, during which a
temporary landing will serve the morning boats from the island.</p>
<p>Opponents said the money would be better spent on the coast road, which floods at every
spring tide, and asked for the decision to be reviewed next year.</p>
</article><footer>Copyright The {town} Courier</footer></body></html>"""


PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(200))
BINARY_BYTES = bytes(range(256)) * 8


@dataclass(frozen=True)
class Record:
    """One record to write: ``kind`` is the WARC-Type."""

    uri: str
    kind: str = "response"
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    status: str = "200 OK"


def write_warc(path: Path, records: list[Record], *, gzip: bool = True) -> Path:
    """Write ``records`` (with a warcinfo record first) to ``path``; returns ``path``."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newscli tests"}))
        for record in records:
            writer.write_record(_record(writer, record))
    return path


def _record(writer: WARCWriter, record: Record) -> object:
    if record.kind == "request":
        headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.test")], is_http_request=True)
        return writer.create_warc_record(
            record.uri, "request", payload=io.BytesIO(b""), http_headers=headers
        )
    if record.kind == "revisit":
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        return writer.create_revisit_record(
            record.uri,
            digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            refers_to_uri=record.uri,
            refers_to_date="2024-05-01T10:00:00Z",
            http_headers=headers,
        )
    if record.kind == "resource":
        return writer.create_warc_record(
            record.uri,
            "resource",
            payload=io.BytesIO(record.body),
            warc_content_type=record.content_type or "application/octet-stream",
        )
    fields = [("Content-Length", str(len(record.body)))]
    if record.content_type is not None:
        fields.insert(0, ("Content-Type", record.content_type))
    headers = StatusAndHeaders(record.status, fields, protocol="HTTP/1.1")
    return writer.create_warc_record(
        record.uri, "response", payload=io.BytesIO(record.body), http_headers=headers
    )


def crawl_records(prefix: str = "https://news.test") -> list[Record]:
    """A small crawl: two articles (one declaring no charset, in Windows-1252), a PNG, an empty
    answer, binary junk served as HTML, a redirect, a request and a revisit record."""
    legacy = article_page("Pier Repairs Approved After Long Night", charset=None, town="Sandvik")
    return [
        Record(f"{prefix}/pier", "request"),
        Record(f"{prefix}/pier", body=article_page("Council Backs Ferry Pier Rebuild").encode()),
        Record(
            f"{prefix}/pier-legacy",
            body=legacy.encode("cp1252"),
            content_type="text/html",
        ),
        Record(f"{prefix}/logo.png", body=PNG_BYTES, content_type="image/png"),
        Record(f"{prefix}/empty", body=b"", content_type="text/html"),
        Record(f"{prefix}/junk", body=BINARY_BYTES, content_type="text/html"),
        Record(f"{prefix}/old", status="301 Moved Permanently", content_type=None),
        Record(f"{prefix}/pier", "revisit"),
    ]
