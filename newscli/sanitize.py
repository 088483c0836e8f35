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
from typing import Any

# Characters of no text: C0 and C1 controls (tab and newline are text), and DEL.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
# Explicit bidirectional embeddings, overrides and isolates: they reorder what follows them (an
# RLO shows "txt.exe" as "exe.txt"). The implicit marks (LRM, RLM, ALM) cannot reorder letters and
# are treated as invisible characters instead.
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
# Noncharacters are not for interchange (and lxml refuses U+FFFE/U+FFFF in text): U+FDD0-U+FDEF
# and the last two code points of every plane.
_BMP_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff"
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
_SHAPED = re.compile(
    "[\u0590-\u108f\u1780-\u18af\u1900-\u1aaf\u1b00-\u1c4f\ua800-\uabff\ufb1d-\ufdff"
    "\ufe70-\ufefe\u2190-\u2bff\ufe00-\ufe0f\U00010800-\U00011fff\U0001f000-\U0001faff]"
)
# Astral characters are looked at one run at a time (a character class mixing them with the
# ranges above is several times slower to scan): tag characters spell invisible ASCII ("ASCII
# smuggling"), and their one visible use is a subdivision flag (U+1F3F4, tag letters and digits,
# CANCEL TAG); the astral noncharacters go too.
_ASTRAL = "\U00010000-\U0010ffff"
_TAG_RUN = re.compile("[\U000e0000-\U000e007f]+")
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
_ESCAPE_START = re.compile("[\x1b\x90\x98\x9b\x9d\x9e\x9f]")
_CONTROL = re.compile(f"[{_CONTROLS}]+")
# Controls that separate text keep it separated; the rest (NUL, BEL, ...) are dropped.
_SEPARATORS = {"\x0b": "\n", "\x0c": "\n", "\x1c": " ", "\x1d": " ", "\x1e": " ", "\x1f": " "}
_DROPPED = re.compile(f"[{_BIDI_CONTROLS}{_BMP_NONCHARACTERS}]+")
_SURROGATE = re.compile(f"[{_SURROGATES}]")
_INVISIBLE_RUN = re.compile(f"[{_INVISIBLE}]+")
_ASTRAL_RUN = re.compile(f"[{_ASTRAL}]+")
# Anything strip_controls may change: most text has none, and is returned after this one scan.
_SUSPECT = re.compile(
    f"[{_CONTROLS}{_BIDI_CONTROLS}{_BMP_NONCHARACTERS}{_SURROGATES}{_INVISIBLE}{_ASTRAL}]"
)


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences, control characters (keeping tabs and newlines),
    bidirectional overrides, noncharacters, and invisible characters where they only hide;
    a lone surrogate becomes U+FFFD. Linear in the length of ``text``."""
    # Each step below scans the whole text: one scan collects the suspect characters it holds
    # (most text has none), and a step none of them concerns is skipped (no step adds one).
    found = _SUSPECT.findall(text)
    if not found:
        return text
    suspects = "".join(set(found))
    if _ESCAPE_START.search(suspects):
        text = _ESCAPE_SEQUENCE.sub("", text)
    if _CONTROL.search(suspects):
        text = _CONTROL.sub(_separators, text)
    if _DROPPED.search(suspects):
        text = _DROPPED.sub("", text)
    if _SURROGATE.search(suspects):
        text = _SURROGATE.sub("\ufffd", text)
    if _INVISIBLE_RUN.search(suspects):
        text = _INVISIBLE_RUN.sub(_shaping_or_nothing, text)
    if _ASTRAL_RUN.search(suspects):
        text = _ASTRAL_RUN.sub(_astral_kept, text)
    return text


def _separators(match: re.Match[str]) -> str:
    return "".join(_SEPARATORS.get(char, "") for char in match.group())


def _shapes(match: re.Match[str]) -> bool:
    """Whether the invisible characters of ``match`` stand next to a character they shape."""
    text, start, end = match.string, match.start(), match.end()
    return bool(
        (start > 0 and _SHAPED.match(text, start - 1))
        or (end < len(text) and _SHAPED.match(text, end))
    )


def _shaping_or_nothing(match: re.Match[str]) -> str:
    return match.group() if _shapes(match) else ""


def _hidden_astral(char: str) -> bool:
    """A tag character or an astral noncharacter (flags are judged by ``_astral_kept``)."""
    code = ord(char)
    return 0xE0000 <= code <= 0xE007F or code & 0xFFFE == 0xFFFE


def _astral_kept(match: re.Match[str]) -> str:
    """A run of astral characters without its noncharacters and tag characters, except the tags
    of a subdivision flag."""
    run = match.group()
    if not any(_hidden_astral(char) for char in run):
        return run
    run = "".join(char for char in run if ord(char) & 0xFFFE != 0xFFFE)
    return _TAG_RUN.sub(_flag_or_nothing, run)


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

_NAME_SUSPECT = re.compile(
    f"[{_CONTROLS}\t\n{_BIDI_CONTROLS}{_BMP_NONCHARACTERS}{_SURROGATES}\u2028\u2029]"
    f"|[{_INVISIBLE}]+|[{_ASTRAL}]+"
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
    if not _NAME_SUSPECT.search(name):
        return name
    return _NAME_SUSPECT.sub(_escaped_if_hidden, name)


def _escaped_if_hidden(match: re.Match[str]) -> str:
    """The characters of ``match`` as ``display_name`` shows them."""
    text = match.group()
    if _INVISIBLE_RUN.fullmatch(text):
        return text if _shapes(match) else "".join(map(escape_char, text))
    if _ASTRAL_RUN.fullmatch(text):
        kept = _astral_kept(match)  # the visible characters, a flag's tags among them
        if kept == text:
            return text
        hidden = set(text) - set(kept)
        return "".join(escape_char(c) if c in hidden else c for c in text)
    return "".join(map(escape_char, text))


# --- JSON ----------------------------------------------------------------------------------------

# Inside a JSON string every character may be written as \uXXXX, and only there can these appear
# (JSON's own syntax is ASCII): escaping them keeps each string exact.
_JSON_SUSPECT = re.compile(
    f"[\x7f-\x9f{_BIDI_CONTROLS}{_BMP_NONCHARACTERS}{_SURROGATES}\u2028\u2029{_INVISIBLE}{_ASTRAL}]"
)


def _json_escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x10000:
        return f"\\u{code:04x}"
    if not _hidden_astral(char):
        return char  # emoji and other astral text stay as they are
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def json_dumps(data: Any) -> str:
    """``data`` as one line of JSON: UTF-8 safe (a lone surrogate from a file name that is not
    UTF-8 is written ``\\udce9``), nothing a terminal acts on, every string exact."""
    return _JSON_SUSPECT.sub(_json_escape, json.dumps(data, ensure_ascii=False))
