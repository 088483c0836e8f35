"""What shapes a brief: the ``Options`` every caller passes, with its defaults declared once.

The command line derives its option defaults and choices from here (``newscli.cli.options``), the
pipeline, the batch workers and the readers take an ``Options``; nothing else restates a default.
This module imports nothing heavy, so that ``newscli --help`` stays instant.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal

from newscli.errors import InvalidOptionError

Command = Literal["summarize", "extract"]
"""The commands that run the pipeline over sources."""

SUMY_METHODS = ("lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl", "edmundson")
"""The sumy algorithms offered as summary methods, in the order ``--help`` lists them."""
METHODS = ("news", "lead", *SUMY_METHODS)
"""Every summary method: the news-aware default, Lead-N, then sumy's."""

InputType = Literal["auto", "text", "html"]
INPUT_TYPES: tuple[InputType, ...] = ("auto", "text", "html")
"""What an input is: ``auto`` tells HTML from plain text by its content."""

DEFAULT_METHOD = "news"
DEFAULT_CLAIMS = 5
# The size cap and the time limit agree: an article-shaped input at the cap (a 5 MB page that is
# all article text, the costliest real shape) takes about 13 s of CPU, well within the time
# limit; 20 MB took about 50 s. Hostile markup (thousands of unclosed tags) can cost more per
# byte: the limit and the worker's memory cap end it as that source's failure. Figures:
# `python benchmarks/scaling.py --limits`.
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_CACHE_SIZE = 256 * 1024 * 1024
DEFAULT_PER_HOST = 2
DEFAULT_HOST_DELAY = 1.0


@dataclass(frozen=True)
class FetchOptions:
    """How URL sources are fetched: how pages are asked for, not what is made of them."""

    user_agent: str | None = None
    """The User-Agent header; None sends ``newscli/<version> (+https://github.com/newscli)``."""
    headers: tuple[tuple[str, str], ...] = ()
    """Extra request headers (``--header "Name: value"``), in the order given."""
    allow_private: bool = False
    """Lift the private-address policy (``newscli.ingest.policy``)."""
    cache: bool = True
    cache_dir: str | None = None
    """Where the HTTP cache lives; None is the user's cache folder (``newscli.ingest.cache``)."""
    cache_size: int = DEFAULT_CACHE_SIZE
    """The cache's size bound; least recently used responses go first."""
    per_host: int = DEFAULT_PER_HOST
    """At most this many requests to one host at a time, across every worker."""
    host_delay: float = DEFAULT_HOST_DELAY
    """Seconds between requests to one host when following feeds and sitemaps."""
    robots: bool = True
    """Obey robots.txt for feeds, sitemaps and their entries."""

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> FetchOptions:
        """The fetch options among ``params``; ``no_cache`` and ``ignore_robots`` are negated."""
        values = {f.name: params[f.name] for f in fields(cls) if f.name in params}
        if "no_cache" in params:
            values["cache"] = not params["no_cache"]
        if "ignore_robots" in params:
            values["robots"] = not params["ignore_robots"]
        if "headers" in values:
            values["headers"] = tuple(values["headers"])
        return cls(**values)


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
    input_type: InputType = "auto"
    """Read every input as plain text or as HTML, or (``auto``) as its content shows."""
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    """Seconds allowed per source, reading (and downloading) included."""
    fetch: FetchOptions = field(default_factory=FetchOptions)
    """How URL sources are fetched (proxies come from the environment, see ``ingest.proxy``)."""

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
        values = {f.name: params[f.name] for f in fields(cls) if f.name in params}
        return cls(**values, fetch=FetchOptions.from_params(params))


DEFAULTS = Options()

RUN_LIMITS = frozenset({"max_bytes", "timeout", "fetch"})
"""``Options`` fields that decide whether a source can be processed (and how a URL is fetched),
not what its output says.
Every other field shapes the output and is part of an ``-o`` folder's fingerprint: a new field is
by default, so that a changed option recomputes an output rather than keeping a stale one."""


def shaping_options(options: Options) -> dict[str, Any]:
    """The fields of ``options`` that shape an output (all but ``RUN_LIMITS``), by name."""
    return {f.name: getattr(options, f.name) for f in fields(options) if f.name not in RUN_LIMITS}


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
