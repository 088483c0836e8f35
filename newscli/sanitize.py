"""Keep text data: nothing that reaches the output can drive a terminal or change what is displayed.

Three uses, one character model:

- ``strip_controls`` cleans article text and metadata, after every decoding step (input bytes,
  HTML character references, strings from a page's JSON-LD): terminal escape sequences and control
  characters go, and so do bidirectional overrides and invisible characters where they only hide or
  reorder what is shown (a zero-width joiner inside a Latin name, an RLO that flips a line).
- ``display_name`` shows a *name* (a file name, a URL, a ``--from-list`` line) on one line as
  something a person can read and retype: the same characters become visible escapes (``\\x1b``,
  ``\\n``, ``\\u202e``, and ``\\udce9`` for a byte of a file name that is not UTF-8) instead of
  vanishing, since the name must still identify the file.
- ``json_dumps`` writes JSON that is valid UTF-8 and safe on a terminal, with every string exact:
  the same characters become ``\\uXXXX`` escapes that any JSON reader turns back into them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

# Characters of no text: C0 and C1 controls (tab and newline are text), and DEL.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
# Explicit bidirectional embeddings, overrides and isolates: they reorder what follows them (an
# RLO shows "txt.exe" as "exe.txt"). The implicit marks (LRM, RLM, ALM) cannot reorder letters and
# are treated as invisible characters instead.
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
# Noncharacters are not for interchange (and lxml refuses U+FFFE/U+FFFF in text).
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    chr(plane * 0x10000 + 0xFFFE) + chr(plane * 0x10000 + 0xFFFF) for plane in range(1, 17)
)
_SURROGATES = "\ud800-\udfff"
# Invisible format characters: soft hyphen, combining grapheme joiner, Arabic letter mark,
# Mongolian vowel separator, zero-width space/non-joiner/joiner, LRM/RLM, word joiner, invisible
# operators, zero-width no-break space. Between Latin, Greek or Cyrillic letters they change
# nothing on screen but split words ("Tr\u200dump" is two tokens to every tokenizer).
_INVISIBLE = "\u00ad\u034f\u061c\u180e\u200b-\u200f\u2060-\u2064\ufeff"
# ... but in the scripts that need them they shape the text (ZWNJ in Persian, ZWJ in Indic
# conjuncts and emoji sequences), so they stay next to a character of those scripts: Hebrew to
# Tibetan and Myanmar, Khmer, Mongolian and the other Brahmic scripts, Arabic presentation forms,
# historic scripts, and the emoji and symbol blocks.
_SHAPED = (
    "\u0590-\u108f\u1780-\u18af\u1900-\u1aaf\u1b00-\u1c4f\ua800-\uabff\ufb1d-\ufdff\ufe70-\ufefe"
    "\u2190-\u2bff\ufe00-\ufe0f\U00010800-\U00011fff\U0001f000-\U0001faff"
)
# Tag characters spell invisible ASCII ("ASCII smuggling"); their one visible use is a
# subdivision flag: U+1F3F4, tag letters and digits, CANCEL TAG.
_TAGS = "\U000e0000-\U000e007f"
_FLAG_TAGS = re.compile("[\U000e0030-\U000e0039\U000e0061-\U000e007a]{2,6}\U000e007f")
_BLACK_FLAG = "\U0001f3f4"

# ANSI/ECMA-48 sequences: CSI, then OSC and the other control strings (DCS, SOS, PM, APC) up to
# their terminator (BEL or ST), then any other escape. A control string's body holds no control
# character, so a body ends at the next control: one that does not end in BEL or ST is not taken
# as a string (its ESC goes, its text stays), and no run of unterminated introducers can make the
# search quadratic. The possessive ``*+`` never gives characters back.
_ESCAPE_SEQUENCE = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*+[ -/]*+[@-~]                   # CSI
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])            # OSC, DCS, SOS, PM, APC ...
      [^\x00-\x1f\x7f-\x9f]*+(?:\x07|\x1b\\|\x9c)        # ... body, then BEL or ST
    | \x1b[@-Z\\-_]?                                     # other escapes (or a lone ESC)
    """,
    re.VERBOSE,
)
_CONTROL = re.compile(f"[{_CONTROLS}]")
# Controls that separate text keep it separated; the rest (NUL, BEL, ...) are dropped.
_SEPARATORS = {"\x0b": "\n", "\x0c": "\n", "\x1c": " ", "\x1d": " ", "\x1e": " ", "\x1f": " "}
_DROPPED = re.compile(f"[{_BIDI_CONTROLS}{_NONCHARACTERS}]+")
_SURROGATE = re.compile(f"[{_SURROGATES}]")
# A run of invisible characters, unless a neighbour is a character they shape.
_INVISIBLE_RUN = re.compile(f"(?<![{_SHAPED}{_INVISIBLE}])[{_INVISIBLE}]++(?![{_SHAPED}])")
_TAG_RUN = re.compile(f"[{_TAGS}]+")
_SUSPECT = re.compile(
    f"[{_CONTROLS}{_BIDI_CONTROLS}{_NONCHARACTERS}{_SURROGATES}{_INVISIBLE}{_TAGS}]"
)
# The same test in two cheap steps: the regular-expression engine checks a class of BMP characters
# against a bitmap, but tries astral ranges one by one, so the class above costs ten times more
# per character. Most text has no astral character at all, and then the BMP class decides.
_SUSPECT_BMP = re.compile(
    f"[{_CONTROLS}{_BIDI_CONTROLS}\ufdd0-\ufdef\ufffe\uffff{_SURROGATES}{_INVISIBLE}]"
)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_DROPPED_BMP = re.compile(f"[{_BIDI_CONTROLS}\ufdd0-\ufdef\ufffe\uffff]")
_INVISIBLE_CHAR = re.compile(f"[{_INVISIBLE}]")
_INVISIBLE_CHARS = re.compile(f"[{_INVISIBLE}]+")
_SHAPED_CHAR = re.compile(f"[{_SHAPED}]")


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences, control characters (keeping tabs and newlines),
    bidirectional overrides, noncharacters, and invisible characters where they only hide;
    a lone surrogate becomes U+FFFD. Linear in the length of ``text``.

    Each step runs only when a cheap search finds something for it: whole pages pass through
    here, and most hold at most a soft hyphen or an emoji.
    """
    if not _has_suspect(text):
        return text
    if _CONTROL.search(text):
        text = _ESCAPE_SEQUENCE.sub("", text)
        text = _CONTROL.sub(lambda m: _SEPARATORS.get(m.group(), ""), text)
    astral = not text.isascii() and _ASTRAL.search(text) is not None
    if _DROPPED_BMP.search(text) or (astral and _astral_match(text, _is_astral_noncharacter)):
        text = _DROPPED.sub("", text)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if _INVISIBLE_CHAR.search(text):
        text = _INVISIBLE_CHARS.sub(_hidden_or_kept, text)
    return _TAG_RUN.sub(_flag_or_nothing, text) if astral else text


def _hidden_or_kept(match: re.Match[str]) -> str:
    """A run of invisible characters goes unless a neighbour is a character it shapes (the same
    rule as ``_INVISIBLE_RUN``, without its per-position lookbehind)."""
    start, end, whole = match.start(), match.end(), match.string
    if start > 0 and _SHAPED_CHAR.match(whole, start - 1):
        return match.group()
    if end < len(whole) and _SHAPED_CHAR.match(whole, end):
        return match.group()
    return ""


def _has_suspect(text: str) -> bool:
    """``_SUSPECT.search(text)``, fast: see ``_SUSPECT_BMP``. The astral suspects (tag characters
    and the noncharacters of planes 1 to 16) are looked for among the text's astral characters
    only, which are few (emoji) where there are any."""
    if _SUSPECT_BMP.search(text):
        return True
    return not text.isascii() and _astral_match(text, _is_astral_suspect)


def _astral_match(text: str, test: Callable[[int], bool]) -> bool:
    return any(test(ord(match.group())) for match in _ASTRAL.finditer(text))


def _is_astral_noncharacter(point: int) -> bool:
    return (point & 0xFFFE) == 0xFFFE


def _is_astral_suspect(point: int) -> bool:
    """A tag character or a noncharacter (the astral members of ``_SUSPECT``)."""
    return 0xE0000 <= point <= 0xE007F or _is_astral_noncharacter(point)


def _flag_or_nothing(match: re.Match[str]) -> str:
    start = match.start()
    after_flag = start > 0 and match.string[start - 1] == _BLACK_FLAG
    return match.group() if after_flag and _FLAG_TAGS.fullmatch(match.group()) else ""


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; Unicode line and paragraph separators too."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return text


def sanitize_text(text: str) -> str:
    """Decoded text made safe: newlines normalised, then ``strip_controls``."""
    return strip_controls(normalize_newlines(text))


_WHITESPACE_RUN = re.compile(r"\s+")


def one_line(text: str) -> str:
    """``text`` cleaned and on one line: for metadata fields and messages."""
    return _WHITESPACE_RUN.sub(" ", sanitize_text(text)).strip()


# --- HTML character references -------------------------------------------------------------------

# A numeric character reference (the semicolon is optional in HTML); longer numbers are out of
# Unicode's range, which parsers already turn into U+FFFD.
_NUMERIC_REFERENCE = re.compile(
    r"&#(?:[xX]0*([0-9A-Fa-f]{1,6})(?![0-9A-Fa-f])|0*([0-9]{1,7})(?![0-9]));?"
)
# Code points 128-159 that a browser does not read as Windows-1252 (the others it does, and so
# does lxml: &#146; is a right single quote).
_C1_UNMAPPED = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))


def _unsafe_code_point(code: int) -> bool:
    if code < 0x20:
        return code not in (0x09, 0x0A, 0x0C, 0x0D)  # lxml keeps these; they are whitespace
    if 0x7F <= code <= 0x9F:
        return code == 0x7F or code in _C1_UNMAPPED
    char = chr(code) if code <= 0x10FFFF else ""
    return bool(char) and bool(_DROPPED.match(char))


def decode_unsafe_references(html: str) -> str:
    """``html`` with the character references that stand for controls, bidirectional overrides and
    noncharacters decoded, and then cleaned like decoded input bytes (``strip_controls``).

    ``&#27;[2J`` is an escape sequence written as markup: decoded by the HTML parser it would reach
    the page's text (and lxml refuses control characters in a tree it is asked to change). Decoded
    here, it is removed whole, as the same bytes would be. References to anything else (``&#60;``,
    ``&#8217;``) are left to the parser.
    """
    if "&#" not in html:
        return html
    decoded = False

    def replace(match: re.Match[str]) -> str:
        nonlocal decoded
        digits = match.group(1) or match.group(2)
        code = int(digits, 16 if match.group(1) else 10)
        if not _unsafe_code_point(code):
            return match.group()
        decoded = True
        return chr(code)

    html = _NUMERIC_REFERENCE.sub(replace, html)
    return strip_controls(html) if decoded else html


# --- names ---------------------------------------------------------------------------------------

_NAME_UNSAFE = re.compile(
    f"[{_CONTROLS}\t\n{_BIDI_CONTROLS}{_NONCHARACTERS}{_SURROGATES}\u2028\u2029{_TAGS}]"
    f"|{_INVISIBLE_RUN.pattern}"
)
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_char(char: str) -> str:
    """``\\n``, ``\\x1b``, ``\\u202e``, ``\\U000e0041``: how a name shows an unsafe character."""
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def display_name(name: str) -> str:
    """``name`` as shown to a person: one line, every character that could drive the terminal,
    reorder the line or hide in it shown as an escape (``cls-\\x1b[2J.txt``, ``a\\nb.txt``,
    ``m\\udce9.txt`` for a file name byte that is not UTF-8). Other text, backslashes included,
    is shown as it is."""
    if not _NAME_UNSAFE.search(name):
        return name
    return _NAME_UNSAFE.sub(lambda m: "".join(escape_char(c) for c in m.group()), name)


# --- JSON ----------------------------------------------------------------------------------------

# Inside a JSON string every character may be written as \uXXXX, and only there can these appear
# (JSON's own syntax is ASCII): escaping them keeps each string exact.
_JSON_UNSAFE = re.compile(
    f"[\x7f-\x9f{_BIDI_CONTROLS}{_NONCHARACTERS}{_SURROGATES}\u2028\u2029{_INVISIBLE}{_TAGS}]"
)


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def json_dumps(data: Any) -> str:
    """``data`` as one line of JSON: UTF-8 safe (a lone surrogate from a file name that is not
    UTF-8 is written ``\\udce9``), nothing a terminal acts on, every string exact."""
    return _JSON_UNSAFE.sub(_json_escape, json.dumps(data, ensure_ascii=False))
