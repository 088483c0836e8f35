"""Keep article text data: no terminal control sequences survive into the pipeline or the output."""

from __future__ import annotations

import re

# ANSI/ECMA-48 sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other ESC-x pairs, and
# their 8-bit C1 forms; then any remaining C0/C1 control except tab and newline.
_ESCAPE_SEQUENCE = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]          # CSI
    | (?:\x1b\]|\x9d).*?(?:\x07|\x1b\\|\x9c)  # OSC, terminated by BEL or ST
    | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f]).*?(?:\x1b\\|\x9c)  # DCS, SOS, PM, APC strings
    | \x1b[@-Z\\-_]?                          # other two-byte escapes (or a lone ESC)
    """,
    re.VERBOSE | re.DOTALL,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Controls that separate text keep it separated; the rest (NUL, BEL, ...) are dropped.
_SEPARATORS = {"\x0b": "\n", "\x0c": "\n", "\x1c": " ", "\x1d": " ", "\x1e": " ", "\x1f": " "}


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and control characters, keeping tabs and newlines."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: _SEPARATORS.get(m.group(), ""), _ESCAPE_SEQUENCE.sub("", text))


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; Unicode line and paragraph separators too."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return text
