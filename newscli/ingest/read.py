"""Read a Source's bytes with a size cap and turn them into a Document."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from newscli.errors import HttpStatusError, ReadError, SourceNotFoundError
from newscli.ingest.limits import human_size, too_large
from newscli.ingest.payload import document_from_bytes
from newscli.model import Document, Source
from newscli.options import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, FetchOptions
from newscli.sources import url_hint


def read_document(
    source: Source,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    fetch_options: FetchOptions | None = None,
) -> Document:
    """Read and decode ``source``. Raises a ``NewscliError`` with a one-line message on failure."""
    if source.kind == "url":
        from newscli.ingest.fetch import fetch

        return fetch(source, max_bytes=max_bytes, timeout=timeout, options=fetch_options)
    if source.kind == "record":
        return archived_document(source, max_bytes=max_bytes)
    if source.kind == "stdin":
        data = read_capped(sys.stdin.buffer, max_bytes)
    elif source.path is not None:
        data = read_file_bytes(source.path, max_bytes)
    else:
        raise ReadError("a file source without a path")
    return document_from_bytes(data, source=source, max_bytes=max_bytes)


def archived_document(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """The Document of a page read from a web archive (its HTTP status and type checked first)."""
    payload = source.payload
    if payload is None:
        raise ReadError("archived record without its bytes")
    if payload.read_error:
        raise ReadError(payload.read_error)
    status = payload.status
    if status is not None and not 200 <= status < 300:
        what = "a redirect" if 300 <= status < 400 else "not a page"
        raise HttpStatusError(f"HTTP status {status} ({what})")
    return document_from_bytes(
        payload.data,
        source=source,
        url=source.url,
        content_type=payload.content_type,
        max_bytes=max_bytes,
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
        raise too_large(max_bytes, detail=f" ({human_size(info.st_size)})")
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
        raise too_large(max_bytes)
    return data


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
