"""Read a Source's bytes with a size cap and turn them into a Document."""

from __future__ import annotations

import errno
import os
import stat
import sys
import zlib
from pathlib import Path
from typing import BinaryIO

from newscli.errors import ReadError, SourceNotFoundError, TooLargeError
from newscli.ingest.decode import decode
from newscli.ingest.sniff import looks_like_html
from newscli.model import Document, Source
from newscli.options import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from newscli.sources import url_hint


def read_document(
    source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT
) -> Document:
    """Read and decode ``source``. Raises a ``NewscliError`` with a one-line message on failure."""
    if source.kind == "url":
        from newscli.ingest.fetch import fetch

        return fetch(source, max_bytes=max_bytes, timeout=timeout)
    if source.kind == "stdin":
        data = read_capped(sys.stdin.buffer, max_bytes)
    elif source.path is not None:
        data = read_file_bytes(source.path, max_bytes)
    else:
        raise ReadError("a file source without a path")
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, max_bytes)
    text, encoding = decode(data)
    return Document(
        source=source,
        text=text,
        kind="html" if looks_like_html(text) else "text",
        encoding=encoding,
    )


def read_file_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of the file at ``path``, refused beyond ``max_bytes``. Raises ``NewscliError``."""
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise SourceNotFoundError("no such file or directory", hint=url_hint(str(path))) from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReadError("symbolic link loop") from exc
        raise ReadError(_os_reason(exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise ReadError("is a directory (give it as a folder source, or use --recursive)")
    if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
        raise TooLargeError(_too_large(max_bytes, info.st_size))
    if not (
        stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode)
    ):
        raise ReadError("not a regular file")
    try:
        # O_NONBLOCK so that opening a FIFO nobody writes to does not hang; reads block as usual.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb") as stream:
            return read_capped(stream, max_bytes)
    except OSError as exc:
        raise ReadError(_os_reason(exc)) from exc


def read_capped(stream: BinaryIO, max_bytes: int) -> bytes:
    """Read at most ``max_bytes``; refuse (without reading on) if there is more."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLargeError(_too_large(max_bytes))
    return data


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    decompressor = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        out = decompressor.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise ReadError(f"corrupt gzip data ({exc})") from exc
    if len(out) > max_bytes:
        raise TooLargeError(_too_large(max_bytes) + " when decompressed")
    return out


def _too_large(max_bytes: int, size: int | None = None) -> str:
    got = f" ({human_size(size)})" if size is not None else ""
    return f"input is larger than --max-bytes {human_size(max_bytes)}{got}"


def human_size(n: int) -> str:
    """``1536`` -> ``1.5 KB``."""
    if n < 1024:
        return f"{n} B"
    size = float(n)
    unit = "KB"
    for unit in ("KB", "MB", "GB"):  # noqa: B007 (the unit reached is the one printed)
        size /= 1024
        if size < 1024:
            break
    return f"{size:.1f} {unit}"


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
