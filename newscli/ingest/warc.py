"""Web archives (WARC, ``.warc`` and ``.warc.gz``): every page record as a Source holding its bytes.

warcio does the reading: it is the reference Python WARC library (Webrecorder), pure Python, and it
undoes the HTTP transfer and content encodings (chunked, gzip, deflate) that raw captures keep.
FastWARC reads records faster (about 2.5x on the benchmark's files), but reading is ~1% of the cost
of briefing a record, and it leaves those encodings to the caller (``benchmarks/warc.py``).

``response`` records (the HTTP answers) and ``resource`` records (content captured without HTTP)
become ``record`` Sources, whatever their content type: the pipeline decides, record by record,
whether it is an article, an error or a skip (an image, a redirect). Every other record type
(``request``, ``metadata``, ``warcinfo``, ``revisit``, ``conversion``) holds no page and is only
counted, in the ``WarcTally`` the caller passes, so that every record is accounted for. A WARC that
cannot be read to its end yields one last record Source carrying the read error, so the damage is
reported in the output in its place.
"""

from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

from newscli.model import ArchiveRecord, Payload, Source
from newscli.options import DEFAULT_MAX_BYTES

WARC_SUFFIXES = (".warc", ".warc.gz")
PAGE_RECORD_TYPES = frozenset({"response", "resource"})
"""The record types that hold a page; the others are counted, not briefed."""


def is_warc_name(name: str) -> bool:
    """True for ``x.warc`` and ``x.warc.gz`` (any case)."""
    return name.lower().endswith(WARC_SUFFIXES)


@dataclass
class WarcTally:
    """What one WARC held: its records by type, and why it stopped early, if it did."""

    name: str
    by_type: Counter[str] = field(default_factory=Counter)
    read_error: str | None = None
    finished: bool = False
    """Read to the end (or to a read error)."""

    @property
    def records(self) -> int:
        return sum(self.by_type.values())

    @property
    def pages(self) -> int:
        """Records that became Sources (response and resource records)."""
        return sum(n for kind, n in self.by_type.items() if kind in PAGE_RECORD_TYPES)


def read_warc(
    source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES, tally: WarcTally | None = None
) -> Iterator[Source]:
    """The page records of the WARC file ``source`` (kind ``warc``), in file order.

    Each payload is read up to ``max_bytes + 1`` bytes (the pipeline refuses larger ones). The
    record's ``warc_file`` is ``source.name``. Never raises for a damaged or missing file: the
    problem becomes a last Source whose payload carries it as a read error.
    """
    tally = tally if tally is not None else WarcTally(source.name)
    yielded = 0
    try:
        with ExitStack() as stack:
            stream: IO[bytes] = stack.enter_context(open_warc(source))
            try:
                for page in _pages(stream, source.name, max_bytes, tally):
                    yielded += 1
                    yield page
            except _WholeFileGzip:
                # A whole-file gzip (not one member per record, as the standard asks): read it
                # again through one decompressor, past the records already given.
                tally.by_type.clear()
                raw = stack.enter_context(open_warc(source))
                stream = cast(BinaryIO, stack.enter_context(gzip.open(raw, "rb")))
                for number, page in enumerate(_pages(stream, source.name, max_bytes, tally)):
                    if number >= yielded:
                        yielded += 1
                        yield page
    except Exception as exc:  # warcio, zlib and the OS raise many kinds; all end this WARC
        tally.read_error = _read_error(exc, tally.records)
        payload = Payload(b"", read_error=tally.read_error)
        record = ArchiveRecord(source.name, f"<after record {tally.records}>")
        yield Source.archived(source.name, payload, record)
    tally.finished = True


class _WholeFileGzip(Exception):
    pass


WARC_READ_TIMEOUT = 60.0
"""Seconds a WARC download may wait for the next bytes before it counts as broken."""


def open_warc(source: Source) -> IO[bytes]:
    """The WARC's bytes as a stream: a local file, or an ``http(s)://`` (or ``file://``) URL read
    as it downloads (Common Crawl serves its WARCs over HTTPS)."""
    if source.path is not None:
        return source.path.open("rb")
    url = source.url or source.name
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme == "file":
        from urllib.parse import unquote, urlsplit

        return Path(unquote(urlsplit(url).path)).open("rb")
    if scheme in ("http", "https"):
        from urllib.request import Request, urlopen

        from newscli.ingest.fetch import user_agent

        request = Request(url, headers={"User-Agent": user_agent()})
        response: IO[bytes] = urlopen(request, timeout=WARC_READ_TIMEOUT)
        return response
    raise OSError(
        f"unsupported location '{url}' (a local path, file://, http:// or https:// URL;"
        " mount other storage or use its HTTPS address)"
    )


def _pages(stream: IO[bytes], warc_file: str, max_bytes: int, tally: WarcTally) -> Iterator[Source]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for record in ArchiveIterator(stream):
            kind = str(record.rec_type or "unknown")
            tally.by_type[kind] += 1
            if kind in PAGE_RECORD_TYPES:
                yield _page(record, kind, warc_file, max_bytes)
    except ArchiveLoadFailed as exc:
        if "non-chunked gzip" in str(exc):
            raise _WholeFileGzip from exc
        raise


def _page(record: Any, kind: str, warc_file: str, max_bytes: int) -> Source:
    headers = record.rec_headers
    uri = str(headers.get_header("WARC-Target-URI") or "")
    info = ArchiveRecord(
        warc_file=warc_file,
        record_id=str(headers.get_header("WARC-Record-ID") or ""),
        date=headers.get_header("WARC-Date"),
    )
    status: int | None = None
    content_type = headers.get_header("Content-Type")
    http = record.http_headers
    if kind == "response" and http is not None:
        content_type = http.get_header("Content-Type")
        status = _status(http.get_statuscode())
    try:
        data = record.content_stream().read(max_bytes + 1)
    except Exception as exc:  # a broken chunked or gzip body: this record only
        payload = Payload(b"", content_type, status, read_error=f"unreadable record body ({exc})")
        return Source.archived(uri, payload, info)
    return Source.archived(uri, Payload(data, content_type, status), info)


def _status(code: object) -> int | None:
    try:
        return int(str(code))
    except ValueError:
        return None


def _read_error(exc: BaseException, records: int) -> str:
    where = f" after {records} records" if records else ""
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, OSError) and exc.strerror:
        reason = exc.strerror.lower()
    elif isinstance(exc, OSError) and exc.args and isinstance(exc.args[0], str):
        reason = exc.args[0]
    return f"cannot read the WARC{where} ({reason})"


def expand_archives(
    sources: Iterable[Source], *, max_bytes: int, tallies: list[WarcTally]
) -> Iterator[Source]:
    """``sources`` with each web archive (kind ``warc``) replaced by its page records, lazily.

    A ``WarcTally`` is appended to ``tallies`` for each archive as its reading starts.
    """
    for source in sources:
        if source.kind != "warc":
            yield source
            continue
        tally = WarcTally(source.name)
        tallies.append(tally)
        yield from read_warc(source, max_bytes=max_bytes, tally=tally)
