"""Bytes to text: BOMs, UTF-8, UTF-16, declared charsets, detection for legacy encodings."""

from __future__ import annotations

import codecs
import re
import unicodedata

from newscli.errors import DecodeError, EmptyInputError
from newscli.sanitize import normalize_newlines, sanitize_text

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Formats that are never articles, recognised by their first bytes. These signatures cannot open
# a text file, so they decide alone.
_BINARY_MAGIC = (
    (b"\x89PNG\r\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"\x7fELF", "an ELF executable"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS\x00", "an Ogg media file"),
    (b"\x00\x00\x01\x00", "an icon file"),
)
# Short signatures that a line of text could start with ("MZ Wallace ...", "RIFF ..."): they
# count only when the bytes after them are not text.
_WEAK_MAGIC = (
    (b"MZ", "a Windows executable"),
    (b"RIFF", "a RIFF (audio/video) file"),
    (b"ID3", "an MP3 file"),
    (b"BZh", "bzip2 data"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b")
_BINARY_CONTROLS = bytes(b for b in range(32) if b not in _TEXT_CONTROLS)
# Text in any 8-bit or multi-byte encoding has next to no C0 control bytes; compressed or random
# data has one byte in eight. A share this high is binary whatever the first bytes are.
_MAX_CONTROL_SHARE = 0.05

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)

GENERIC_BINARY = "binary data"
UNDECODABLE = "not valid UTF-8 or any known encoding"


def decode(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to text with normalised newlines and no control characters.

    ``declared`` is a charset named outside the bytes (an HTTP header). Returns the text and the
    name of the encoding used. Raises ``EmptyInputError`` or ``DecodeError``.
    """
    if not data.strip():
        raise EmptyInputError("empty input" if not data else "input is only whitespace")
    text, encoding = _decode_bytes(data, declared)
    if encoding == "utf-8" and _utf8_needs_no_cleaning(data):
        text = normalize_newlines(text)
    else:
        # Before control characters go: misread UTF-8 can hold C1 controls ("\x81") it needs back.
        text = sanitize_text(repair_mojibake(text))
    if not text.strip():
        raise EmptyInputError("input has no text")
    return text, encoding


# What the cleaning of decoded text looks for, as UTF-8 bytes: any character ``strip_controls``
# would act on (C0 controls but tab, newline and carriage return, which newline normalisation
# handles; DEL and C1 controls; soft hyphen, CGJ, ALM, MVS, zero-width and bidi characters, word
# joiners, BOM, noncharacters; and every astral character, which the full check then sorts out),
# and the start of a mojibake run (a Latin-1 lead letter U+00C2-U+00F4 before a character that a
# misread continuation byte becomes). Whole pages pass through here and almost none holds either,
# so the test is built to be cheap: single bytes through a deletion table, and each multi-byte
# sequence as its own search for a literal first byte, which the regular-expression engine scans
# for quickly (one search with every branch tries each branch at every byte, ten times slower).
# The deletion table also keeps those first bytes: a sequence whose first byte the page lacks is
# not searched for (most pages lack four of the seven).
_SUSPECT_SINGLE_BYTES = bytes(
    [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, *range(0xF0, 0xF5)]
)
_UTF8_SUSPECT_SEQUENCES = tuple(
    (int(pattern[2:4], 16), re.compile(pattern))  # (its literal first byte, the search)
    for pattern in (
        rb"\xc2[\x80-\x9f\xad]",  # C1 controls, soft hyphen
        rb"\xc3[\x82-\xb4][\xc2\xc5\xc6\xcb\xe2]",  # mojibake: a lead letter, then a misread byte
        rb"\xcd\x8f",  # combining grapheme joiner
        rb"\xd8\x9c",  # Arabic letter mark
        rb"\xe1\xa0\x8e",  # Mongolian vowel separator
        rb"\xe2(?:\x80[\x8b-\x8f\xaa-\xae]|\x81[\xa0-\xa4\xa6-\xa9])",  # zero-width, bidi, joiners
        rb"\xef(?:\xb7[\x90-\xaf]|\xbb\xbf|\xbf[\xbe\xbf])",  # noncharacters, BOM
    )
)
_FIRST_BYTES = bytes(first for first, _ in _UTF8_SUSPECT_SEQUENCES)
_NEITHER_BYTES = bytes(
    b for b in range(256) if b not in _SUSPECT_SINGLE_BYTES and b not in _FIRST_BYTES
)


def _utf8_needs_no_cleaning(data: bytes) -> bool:
    """True when ``data`` (valid UTF-8) decodes to text that ``repair_mojibake`` and
    ``strip_controls`` would leave as it is."""
    kept = data.translate(None, _NEITHER_BYTES)
    if not kept:
        return True
    if kept.translate(None, _FIRST_BYTES):
        return False  # a suspect byte on its own
    return not any(
        sequence.search(data) for first, sequence in _UTF8_SUSPECT_SEQUENCES if first in kept
    )


def _decode_bytes(data: bytes, declared: str | None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodeError(f"{UNDECODABLE} (broken {encoding})") from exc
    declared_known = _known_encoding(declared) if declared else None
    kind = binary_kind(data, declared=declared_known)
    if kind:
        what = "" if kind == GENERIC_BINARY else f" ({kind})"
        raise DecodeError(f"binary input{what}, not an article")
    # A header naming UTF-16/32 is the only way to read such text that has no BOM and little ASCII.
    if declared_known and declared_known.startswith(("utf-16", "utf-32")):
        decoded = _strict(data, declared_known)
        if decoded is not None:
            return decoded, declared_known
    utf16 = _sniff_utf16(data)
    if utf16:
        decoded = _strict(data, utf16)
        if decoded is not None:
            return decoded, utf16
    # Valid UTF-8 with any non-ASCII byte is UTF-8 whatever the page declares: legacy text almost
    # never forms valid multi-byte sequences, while pages declaring the wrong charset are common.
    decoded = _strict(data, "utf-8")
    if decoded is not None:
        return decoded, "utf-8"
    markup = _declared_in_markup(data)
    for name in (declared_known, _known_encoding(markup) if markup else None):
        if name:
            decoded = _lenient(data, name)
            if decoded is not None:
                return decoded, name
    return _detect(data)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


# A declared charset is trusted despite a few undecodable bytes (browsers show U+FFFD for them);
# more than this share means the declaration is wrong and detection should decide.
_MAX_REPLACED_SHARE = 0.001


def _lenient(data: bytes, encoding: str) -> str | None:
    strict = _strict(data, encoding)
    if strict is not None:
        return strict
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        return None
    if text.count("\ufffd") > max(1, len(text) * _MAX_REPLACED_SHARE):
        return None
    return text


def binary_kind(data: bytes, *, declared: str | None = None) -> str | None:
    """Name the binary format of ``data`` if it is one, else None. ``declared`` is the codec named
    outside the bytes: UTF-16 and UTF-32 without a BOM are full of control bytes."""
    for magic, name in _BINARY_MAGIC:
        if data.startswith(magic):
            return name
    head = data[:4096]
    if _sniff_utf16(data):
        return None
    if any(data.startswith(magic) for magic, _ in _WEAK_MAGIC) and _has_binary_bytes(head[:64]):
        return next(name for magic, name in _WEAK_MAGIC if data.startswith(magic))
    if head.count(0) > len(head) * 0.01:
        return GENERIC_BINARY
    if declared and declared.startswith(("utf-16", "utf-32")):
        return None
    controls = len(head) - len(head.translate(None, _BINARY_CONTROLS))
    if controls > len(head) * _MAX_CONTROL_SHARE:
        return GENERIC_BINARY
    return None


def _has_binary_bytes(chunk: bytes) -> bool:
    return any(byte < 0x20 and byte not in _TEXT_CONTROLS for byte in chunk)


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


# Browsers read these labels as their supersets (WHATWG Encoding Standard), and pages labelled
# with them use the extra characters (curly quotes in "ISO-8859-1" pages, for one).
_SUPERSETS = {
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
}


def known_encoding(name: str) -> str | None:
    """The Python codec that reads text labelled ``name`` as a browser would, or None."""
    return _known_encoding(name)


def _known_encoding(name: str) -> str | None:
    label = name.strip().strip("\"'").lower()
    if label in ("x-user-defined", "binary", "none", ""):
        return None
    try:
        codec = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(codec, "_is_text_encoding", True):  # rot13, base64 and friends
        return None
    return _SUPERSETS.get(codec.name, codec.name)


def _detect(data: bytes) -> tuple[str, str]:
    """Detect a legacy encoding with chardet, checked against the text each reading gives.

    chardet (measured 100% on undeclared legacy text in 20 languages, benchmarks/decoding.py,
    where charset-normalizer got 74%) ranks the encodings; of its leading candidates, the reading
    whose words keep to one writing system wins, so that text chardet finds ambiguous (a phrase
    repeated many times) is not read as a neighbour's code page with Greek letters inside Czech
    words.
    """
    import chardet

    sample = data[:_DETECT_BYTES]
    readings: list[tuple[float, str, str]] = []  # in chardet's order
    for guess in chardet.detect_all(sample)[:_DETECT_CANDIDATES]:
        name = guess.get("encoding")
        encoding = _known_encoding(name) if name else None
        if encoding is None or encoding.startswith(("utf-16", "utf-32")):
            continue
        decoded = _lenient(sample, encoding)
        if decoded is not None:
            readings.append((_plausibility(decoded), encoding, decoded))
    if not readings:
        raise DecodeError(UNDECODABLE, hint="convert the file to UTF-8 first")
    most = max(plausibility for plausibility, _, _ in readings)
    best = next(r for r in readings if r[0] >= most - _PLAUSIBILITY_TOLERANCE)
    encoding = best[1]
    decoded = best[2] if len(data) <= _DETECT_BYTES else _lenient(data, encoding)
    if decoded is None:
        raise DecodeError(UNDECODABLE, hint="convert the file to UTF-8 first")
    return decoded, encoding


_DETECT_BYTES = 200_000
_DETECT_CANDIDATES = 5
# chardet's order stands unless another reading is clearly more plausible.
_PLAUSIBILITY_TOLERANCE = 0.02
_LETTERS = re.compile(r"[^\W\d_]+")


def _plausibility(text: str) -> float:
    """Share of words written in one script, less the share of control characters: a wrong code
    page mixes alphabets inside words ("PĹ™Ă­liĹ") or yields C1 controls."""
    words = _LETTERS.findall(text[:20_000])
    if not words:
        return 0.0
    # Words with East Asian characters are left out: Japanese writes "EDも" as one run.
    mixed = sum(1 for word in words if not word.isascii() and _mixes_scripts(word))
    controls = sum(1 for ch in text[:20_000] if "\x80" <= ch <= "\x9f")
    return 1.0 - mixed / len(words) - controls / max(1, len(words))


def _mixes_scripts(word: str) -> bool:
    # Latin, Greek, Cyrillic, ... by the first word of each letter's Unicode name.
    scripts = set()
    for ch in word:
        script = unicodedata.name(ch, "?").split(" ")[0]
        if script in _EAST_ASIAN:
            return False
        scripts.add(script)
    return len(scripts) > 1


_EAST_ASIAN = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH", "FULLWIDTH", "HANGUL"})


# UTF-8 read as Windows-1252 or Latin-1 ("PeÃ±a" for "Peña", "â€™" for "’"): a lead byte (0xC2 to
# 0xF4) shown as a Latin-1 letter, then continuation bytes (0x80 to 0xBF) shown as Windows-1252's
# or Latin-1's characters for them.
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]+")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was read as Windows-1252 or Latin-1, where that is unambiguous.

    Each suspect run is turned back into the bytes it was read from and decoded as UTF-8; it is
    replaced only when that decoding is valid and gives neither a control character nor a letter
    of the rare scripts two-byte UTF-8 also reaches (Syriac, Thaana, NKo), so that real text ("Ã"
    before a letter, "ß" before "š") is left alone. One pass: repairing twice would "repair"
    what the first pass restored.
    """
    if text.isascii():
        return text
    return _MOJIBAKE.sub(_repair_run, text)


def _repair_run(match: re.Match[str]) -> str:
    run = match.group()
    raw = bytearray()
    for ch in run:
        try:
            raw += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return run
            raw.append(ord(ch))  # the five bytes Windows-1252 leaves undefined, read as Latin-1
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        return run
    if any(unicodedata.category(ch) == "Cc" or "\u0700" <= ch <= "\u07ff" for ch in fixed):
        return run
    return fixed
