"""Bytes to text: BOMs, UTF-8, UTF-16, declared charsets, detection for legacy encodings."""

from __future__ import annotations

import codecs
import re

from newscli.errors import DecodeError, EmptyInputError
from newscli.sanitize import normalize_newlines, strip_controls

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Formats that are never articles, recognised by their first bytes.
_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"\x7fELF", "an ELF executable"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"MZ", "a Windows executable"),
    (b"RIFF", "a RIFF (audio/video) file"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ", "xz data"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"SQLite format 3", "an SQLite database"),
)

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)

UNDECODABLE = "not valid UTF-8 or any known encoding"


def decode(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to text with normalised newlines and no control characters.

    ``declared`` is a charset named outside the bytes (an HTTP header). Returns the text and the
    name of the encoding used. Raises ``EmptyInputError`` or ``DecodeError``.
    """
    if not data.strip():
        raise EmptyInputError("empty input" if not data else "input is only whitespace")
    text, encoding = _decode_bytes(data, declared)
    text = strip_controls(normalize_newlines(text))
    if not text.strip():
        raise EmptyInputError("input has no text")
    return text, encoding


def _decode_bytes(data: bytes, declared: str | None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodeError(f"{UNDECODABLE} (broken {encoding})") from exc
    kind = binary_kind(data)
    if kind:
        raise DecodeError(f"binary input ({kind}), not an article")
    utf16 = _sniff_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for name in (declared, _declared_in_markup(data)):
        known = _known_encoding(name) if name else None
        if known:
            try:
                return data.decode(known), known
            except UnicodeDecodeError:
                pass
    return _detect(data)


def binary_kind(data: bytes) -> str | None:
    """Name the binary format of ``data`` if it is one, else None."""
    for magic, name in _BINARY_MAGIC:
        if data.startswith(magic):
            return name
    head = data[:4096]
    if b"\x00" in head and not _sniff_utf16(data):
        nul_ratio = head.count(b"\x00") / len(head)
        if nul_ratio > 0.01:
            return "binary data"
    return None


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _declared_in_markup(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    raw = match.group(1) or match.group(2)
    return raw.decode("ascii", "replace")


def _known_encoding(name: str) -> str | None:
    try:
        codec = codecs.lookup(name.strip().lower())
    except LookupError:
        return None
    # Browsers read these labels as their supersets (WHATWG Encoding Standard).
    return {
        "latin-1": "cp1252",
        "iso8859-1": "cp1252",
        "ascii": "cp1252",
        "gb2312": "gb18030",
        "gbk": "gb18030",
    }.get(codec.name, codec.name)


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise DecodeError(UNDECODABLE, hint="convert the file to UTF-8 first")
    encoding: str = _known_encoding(best.encoding) or best.encoding
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        raise DecodeError(UNDECODABLE) from exc
