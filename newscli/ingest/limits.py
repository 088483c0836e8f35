"""What files and downloads share: the size cap and its messages, and capped decompression.

``read`` (files, stdin) and ``fetch`` (URLs) both import from here and never from each other, so
the two readers say the same thing about the same problem.
"""

from __future__ import annotations

import zlib
from typing import Protocol

from newscli.errors import NewscliError, ReadError, TooLargeError

CHUNK_BYTES = 64 * 1024
"""How much is read (and decompressed) at a time."""

GZIP_MAGIC = b"\x1f\x8b"


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


def too_large(max_bytes: int, what: str = "input", detail: str = "") -> TooLargeError:
    """``input is larger than --max-bytes 20.0 MB (25.0 MB)``: one message for every reader."""
    return TooLargeError(f"{what} is larger than --max-bytes {human_size(max_bytes)}{detail}")


class Decompressor(Protocol):
    """Streaming decompression into a capped output (gzip members, zlib or raw deflate)."""

    def decompress(self, data: bytes, max_length: int) -> bytes: ...

    def finish(self) -> None:
        """Raise if the compressed stream stopped before its end (a truncated download or file)."""


class Gunzip:
    """gzip as ``gzip -d`` reads it: every member of a concatenated file, the truncation noticed.

    ``error`` is the exception class raised for corrupt or truncated data (``ReadError`` for files,
    ``FetchError`` for downloads). Bytes after the last member that do not start another member
    (zero padding some writers add) are ignored, as gzip does.
    """

    def __init__(self, error: type[NewscliError] = ReadError) -> None:
        self._inner = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
        self._error = error
        self._trailing = False
        self._pending = b""
        """The start of what follows a member, kept until it is long enough to tell."""

    def decompress(self, data: bytes, max_length: int) -> bytes:
        out = bytearray()
        data = self._pending + data
        self._pending = b""
        while data and not self._trailing and len(out) < max_length:
            if self._inner.eof:
                if len(data) < 2:
                    self._pending = data
                    break
                if not data.startswith(GZIP_MAGIC):
                    self._trailing = True
                    break
                self._inner = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
            try:
                out += self._inner.decompress(data, max_length - len(out))
            except zlib.error as exc:
                raise self._error(f"corrupt gzip data ({_zlib_reason(exc)})") from exc
            # Past max_length the rest waits in unconsumed_tail; the caller stops at its cap.
            data = self._inner.unused_data if self._inner.eof else self._inner.unconsumed_tail
            if not self._inner.eof and not self._inner.unconsumed_tail:
                break
        return bytes(out)

    def finish(self) -> None:
        if not self._inner.eof:
            raise self._error("truncated gzip data (the compressed stream ends early)")


class Inflate:
    """HTTP "deflate": zlib-wrapped by the standard, raw deflate from some servers; try both."""

    def __init__(self, error: type[NewscliError] = ReadError) -> None:
        self._inner: zlib._Decompress | None = None
        self._error = error

    def decompress(self, data: bytes, max_length: int) -> bytes:
        if self._inner is None:
            wbits = zlib.MAX_WBITS if data[:1] and (data[0] & 0x0F) == 8 else -zlib.MAX_WBITS
            self._inner = zlib.decompressobj(wbits=wbits)
        try:
            return self._inner.decompress(data, max_length)
        except zlib.error as exc:
            raise self._error(f"corrupt deflate data ({_zlib_reason(exc)})") from exc

    def finish(self) -> None:
        if self._inner is not None and not self._inner.eof:
            raise self._error("truncated deflate data (the compressed stream ends early)")


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """All members of the gzip ``data``; ``TooLargeError`` past ``max_bytes`` decompressed,
    ``ReadError`` for corrupt or truncated data."""
    decompressor = Gunzip()
    out = decompressor.decompress(data, max_bytes + 1)
    if len(out) > max_bytes:
        raise too_large(max_bytes, detail=" when decompressed")
    decompressor.finish()
    return out


def _zlib_reason(exc: zlib.error) -> str:
    """``Error -3 while decompressing data: invalid block type`` -> ``invalid block type``."""
    return str(exc).rsplit(": ", 1)[-1]
