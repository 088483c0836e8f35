"""What shapes a brief: the ``Options`` every caller passes, with its defaults declared once.

The command line derives its option defaults and choices from here (``newscli.cli.options``), the
pipeline, the batch workers and the readers take an ``Options``; nothing else restates a default.
This module imports nothing heavy, so that ``newscli --help`` stays instant.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Literal

from newscli.errors import InvalidOptionError

Command = Literal["summarize", "extract"]
"""The commands that run the pipeline over sources."""

SUMY_METHODS = ("lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl", "edmundson")
"""The sumy algorithms offered as summary methods, in the order ``--help`` lists them."""
METHODS = ("news", "lead", *SUMY_METHODS)
"""Every summary method: the news-aware default, Lead-N, then sumy's."""

DEFAULT_METHOD = "news"
DEFAULT_CLAIMS = 5
DEFAULT_TIMEOUT = 15.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Options:
    """Everything that shapes a brief, parsed once from the command line (or given by a caller)."""

    method: str = DEFAULT_METHOD
    sentences: int | None = None
    """Summary length; None chooses it from the article's length."""
    claims: int = DEFAULT_CLAIMS
    language: str | None = None
    """ISO 639-1 code; None detects it."""
    keep_boilerplate: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    """Seconds allowed per source, reading (and downloading) included."""

    def __post_init__(self) -> None:
        """Refuse values no stage could use, with the one error type every caller catches."""
        if self.method not in METHODS:
            raise InvalidOptionError(
                f"unknown summary method {self.method!r} (choose from {', '.join(METHODS)})"
            )
        for name, value, least in (
            ("sentences", self.sentences, 1),
            ("claims", self.claims, 0),
            ("max_bytes", self.max_bytes, 1),
        ):
            if value is not None and value < least:
                raise InvalidOptionError(f"{name} must be at least {least} (got {value})")
        if not self.timeout > 0:
            raise InvalidOptionError(f"timeout must be more than 0 seconds (got {self.timeout})")

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> Options:
        """The options among ``params`` (Click's keyword arguments); absent ones keep defaults."""
        return cls(**{f.name: params[f.name] for f in fields(cls) if f.name in params})


DEFAULTS = Options()


def format_size(size: int) -> str:
    """``20971520`` -> ``"20MB"``: a byte count the way ``--max-bytes`` accepts it."""
    for suffix, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor and size % factor == 0:
            return f"{size // factor}{suffix}"
    return str(size)


def parse_size(value: str) -> int:
    """``20MB``, ``512k``, ``1000`` -> bytes. Raises ``InvalidOptionError`` (a ``ValueError``) for
    anything else."""
    text = value.strip().lower().removesuffix("b").removesuffix("i")
    factor = 1
    for suffix, mult in (("k", 1024), ("m", 1024**2), ("g", 1024**3)):
        if text.endswith(suffix):
            text, factor = text[:-1], mult
            break
    try:
        size = int(float(text) * factor)
    except (ValueError, OverflowError):
        raise InvalidOptionError(f"{value!r} is not a size (examples: 5000, 512KB, 20MB)") from None
    if size <= 0:
        raise InvalidOptionError("must be positive")
    return size
