"""Options shared by ``summarize`` and ``extract``, declared once."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from newscli.options import DEFAULTS, INPUT_TYPES, METHODS, format_size, parse_size
from newscli.render import AUTO, COLOR_CHOICES, FORMATS

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

F = TypeVar("F", bound=Callable[..., Any])

ENV_PREFIX = "NEWSCLI_"
"""Every setting can be given as ``NEWSCLI_<OPTION>`` (``--max-bytes`` -> ``NEWSCLI_MAX_BYTES``)."""


def setting_name(param: click.Parameter) -> str | None:
    """The name of an option in the settings file and its variable (``max_bytes``), or None for a
    parameter that only the command line gives (what to read and where to write)."""
    if not isinstance(param, click.Option) or param.name in PER_RUN:
        return None
    long_names = [o for o in param.opts if o.startswith("--")]
    return long_names[0][2:].replace("-", "_") if long_names else param.name


PER_RUN = frozenset({"output_dir", "force", "from_list", "feeds", "sitemaps", "since", "db"})
"""Options about one run (what to read, where to write): not read from the settings file or the
environment."""


def setting(*decls: str, **attrs: Any) -> Callable[[F], F]:
    """``click.option`` that also reads ``NEWSCLI_<NAME>`` (Click's own environment handling)."""
    long_name = next(d for d in decls if d.startswith("--"))
    attrs.setdefault("envvar", ENV_PREFIX + long_name[2:].replace("-", "_").upper())
    return click.option(*decls, **attrs)


class HeaderType(click.ParamType):  # type: ignore[type-arg]
    """``Name: value`` -> ``("Name", "value")``; several in one variable go one per line."""

    name = "header"
    envvar_list_splitter = "\n"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> tuple[str, str]:
        if isinstance(value, tuple):
            return value
        name, colon, text = str(value).partition(":")
        name, text = name.strip(), text.strip()
        if not colon or not name or not _TOKEN.fullmatch(name):
            self.fail(f"{value!r} is not a header (write it as 'Name: value')", param, ctx)
        if any(c in text for c in "\r\n\0"):
            self.fail(f"the value of {name} holds a line break", param, ctx)
        return name, text


_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def _since_callback(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    if value is None:
        return None
    from newscli.ingest.feeds import parse_since

    try:
        return parse_since(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _size_callback(ctx: click.Context, param: click.Parameter, value: str | int) -> int:
    if isinstance(value, int):
        return value
    try:
        return parse_size(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _complete_paths(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """SOURCE completes as a path (the shell lists files and folders); URLs are typed."""
    from click.shell_completion import CompletionItem

    return [CompletionItem(incomplete, type="file")]


def _apply(function: F, decorators: list[Callable[[F], F]]) -> F:
    for decorator in reversed(decorators):
        function = decorator(function)
    return function


def summary_options(function: F) -> F:
    """Options of the brief itself (``summarize`` only)."""
    return _apply(
        function,
        [
            setting(
                "-n",
                "--sentences",
                type=click.IntRange(min=1),
                default=DEFAULTS.sentences,
                help="Summary length in sentences [default: from the article's length].",
            ),
            setting(
                "-m",
                "--method",
                type=click.Choice(METHODS),
                default=DEFAULTS.method,
                show_default=True,
                help="Summary ranking: the news-aware default, lead, or a sumy algorithm.",
            ),
            setting(
                "--claims",
                type=click.IntRange(min=0),
                default=DEFAULTS.claims,
                show_default=True,
                help="How many key claims to list.",
            ),
            setting(
                "--with-sentences",
                is_flag=True,
                help="JSON: add 'sentences', the article's sentences that every 'sentence' "
                "index counts (text, start, end, paragraph).",
            ),
        ],
    )


def store_options(function: F) -> F:
    """``--db``: briefs into the SQLite store (``summarize`` only)."""
    return click.option(
        "--db",
        metavar="FILE",
        type=click.Path(dir_okay=False),
        help="Store every brief in this SQLite database (created if missing; a rerun skips"
        " what is stored). Prints nothing unless -o is given too.",
    )(function)


QUERY_FORMATS = ("auto", "rich", "json")
"""``--format`` of the commands that read the store: rich tables, or JSON Lines."""
DEFAULT_LIMIT = 50


def query_options(function: F) -> F:
    """The store argument and the output options of the commands that read the store."""
    return _apply(
        function,
        [
            click.argument("db", metavar="DB", type=click.Path(dir_okay=False)),
            click.option(
                "-f",
                "--format",
                "output_format",
                type=click.Choice(QUERY_FORMATS),
                default=AUTO,
                show_default=True,
                help="Output format: auto is rich tables on a terminal, plain tables otherwise;"
                " json is JSON Lines.",
            ),
            click.option(
                "-n",
                "--limit",
                type=click.IntRange(min=0),
                default=DEFAULT_LIMIT,
                show_default=True,
                help="At most this many rows (0: all).",
            ),
            *color_options(),
        ],
    )


def color_options() -> list[Callable[[Any], Any]]:
    """``--color`` and ``--no-color``, for every command that draws on a terminal; what they mean
    is ``newscli.render.color``'s, and ``color_choice`` combines them."""
    return [
        setting(
            "--color",
            type=click.Choice(COLOR_CHOICES),
            default=AUTO,
            show_default=True,
            help="Colour and styles. auto: on a terminal (NO_COLOR=1: styles without colours; "
            "FORCE_COLOR=1: piped output too); always: even piped; never: none.",
        ),
        setting("--no-color", is_flag=True, help="Same as --color never (and wins over it)."),
    ]


def with_color_options(function: F) -> F:
    """``color_options`` as one decorator."""
    return _apply(function, color_options())


def color_choice(color: str | None, no_color: bool) -> str | None:
    """The ``--color`` choice in effect: ``never`` with ``--no-color``."""
    return COLOR_CHOICES[-1] if no_color else color


def _language_callback(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from newscli.lang.identify import UnknownLanguageError, normalize_language

    try:
        return normalize_language(value)
    except UnknownLanguageError as exc:
        raise click.BadParameter(str(exc)) from None


def common_options(function: F) -> F:
    """Input, output and run options for every command that reads sources."""
    decorators: list[Callable[[F], F]] = [
        click.argument("sources", nargs=-1, metavar="[SOURCE]...", shell_complete=_complete_paths),
        setting(
            "-f",
            "--format",
            "output_format",
            type=click.Choice(FORMATS),
            default=AUTO,
            show_default=True,
            help="Output format; auto is rich on a terminal, plain text otherwise.",
        ),
        click.option(
            "-o",
            "--output-dir",
            type=click.Path(file_okay=False, writable=True),
            help="Write one file per source here, plus index.jsonl.",
        ),
        click.option(
            "--force", is_flag=True, help="With -o, recompute outputs that already exist."
        ),
        setting(
            "-r", "--recursive", is_flag=True, help="Descend into sub-folders of folder sources."
        ),
        setting(
            "--glob",
            metavar="PATTERN",
            help="Only files in folders matching PATTERN (e.g. '*.html').",
        ),
        click.option(
            "--from-list",
            metavar="FILE",
            type=click.File("r", encoding="utf-8", errors="surrogateescape"),
            help="Also read sources from FILE, one path or URL a line (- for stdin).",
        ),
        click.option(
            "--feed",
            "feeds",
            metavar="URL",
            multiple=True,
            help="Also read the entries of this RSS, Atom or JSON feed (repeatable).",
        ),
        click.option(
            "--sitemap",
            "sitemaps",
            metavar="URL",
            multiple=True,
            help="Also read the pages of this sitemap or sitemap index (repeatable).",
        ),
        click.option(
            "--since",
            metavar="DATE",
            callback=_since_callback,
            help="Feed and sitemap entries dated DATE or later (2024-03-01, 36h, 2d);"
            " undated entries are kept.",
        ),
        setting(
            "--limit",
            type=click.IntRange(min=1),
            help="At most N entries from each feed or sitemap (the newest).",
        ),
        setting(
            "--language",
            metavar="CODE",
            callback=_language_callback,
            help="Article language (ISO 639-1 code or English name, e.g. de, German); "
            "detected when not given.",
        ),
        setting(
            "--input-type",
            type=click.Choice(INPUT_TYPES),
            default=DEFAULTS.input_type,
            show_default=True,
            help="Read inputs as plain text or HTML; auto tells them apart by their content.",
        ),
        setting(
            "--keep-boilerplate", is_flag=True, help="Do not remove boilerplate from plain text."
        ),
        setting(
            "--timeout",
            type=click.FloatRange(min=0, min_open=True),
            default=DEFAULTS.timeout,
            show_default=True,
            help="Seconds allowed per source (URL download included).",
        ),
        setting(
            "--max-bytes",
            metavar="SIZE",
            callback=_size_callback,
            default=format_size(DEFAULTS.max_bytes),
            show_default=True,
            help="Refuse inputs larger than this (e.g. 500KB, 20MB).",
        ),
        setting(
            "--workers",
            type=click.IntRange(min=1),
            default=None,
            help="Worker processes for many sources [default: number of cores].",
        ),
        *fetch_options(),
        *color_options(),
        setting("-q", "--quiet", is_flag=True, help="Only errors on stderr."),
        setting(
            "-v", "--verbose", is_flag=True, help="More detail on stderr; tracebacks on errors."
        ),
    ]
    return _apply(function, decorators)


def fetch_options() -> list[Callable[[F], F]]:
    """How URLs are fetched (proxies come from http_proxy, https_proxy, all_proxy, no_proxy)."""
    fetch = DEFAULTS.fetch
    return [
        setting(
            "--user-agent",
            metavar="TEXT",
            help="The User-Agent header [default: newscli/VERSION (+https://github.com/newscli)].",
        ),
        setting(
            "--header",
            "headers",
            metavar="'NAME: VALUE'",
            type=HeaderType(),
            multiple=True,
            help="An extra request header, e.g. 'Cookie: session=...' (repeatable).",
        ),
        setting(
            "--allow-private",
            is_flag=True,
            help="Let URLs and redirects reach private, loopback and link-local addresses.",
        ),
        setting("--no-cache", is_flag=True, help="Neither use nor fill the HTTP cache."),
        setting(
            "--cache-dir",
            metavar="DIR",
            type=click.Path(file_okay=False),
            help="Where the HTTP cache lives [default: the user's cache folder, newscli].",
        ),
        setting(
            "--cache-size",
            metavar="SIZE",
            callback=_size_callback,
            default=format_size(fetch.cache_size),
            show_default=True,
            help="The HTTP cache's bound; least recently used responses go first.",
        ),
        setting(
            "--per-host",
            type=click.IntRange(min=1),
            default=fetch.per_host,
            show_default=True,
            help="At most N requests to one host at a time.",
        ),
        setting(
            "--host-delay",
            metavar="SECONDS",
            type=click.FloatRange(min=0),
            default=fetch.host_delay,
            show_default=True,
            help="Pause between requests to one host when following feeds and sitemaps.",
        ),
        setting(
            "--ignore-robots",
            is_flag=True,
            help="Do not obey robots.txt for feeds, sitemaps and their entries.",
        ),
    ]
