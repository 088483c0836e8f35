"""Options shared by ``summarize`` and ``extract``, declared once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from newscli.options import DEFAULTS, METHODS, format_size, parse_size
from newscli.render import AUTO, FORMATS
from newscli.render.color import AUTO as COLOR_AUTO
from newscli.render.color import COLOR_CHOICES, NEVER

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

F = TypeVar("F", bound=Callable[..., Any])


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
            click.option(
                "-n",
                "--sentences",
                type=click.IntRange(min=1),
                default=DEFAULTS.sentences,
                help="Summary length in sentences [default: from the article's length].",
            ),
            click.option(
                "-m",
                "--method",
                type=click.Choice(METHODS),
                default=DEFAULTS.method,
                show_default=True,
                help="Summary ranking: the news-aware default, lead, or a sumy algorithm.",
            ),
            click.option(
                "--claims",
                type=click.IntRange(min=0),
                default=DEFAULTS.claims,
                show_default=True,
                help="How many key claims to list.",
            ),
            click.option(
                "--with-sentences",
                is_flag=True,
                help="JSON: add 'sentences', the article's sentences that every 'sentence' "
                "index counts (text, start, end, paragraph).",
            ),
        ],
    )


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
        click.option(
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
        click.option(
            "-r", "--recursive", is_flag=True, help="Descend into sub-folders of folder sources."
        ),
        click.option(
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
            "--language",
            metavar="CODE",
            callback=_language_callback,
            help="Article language (ISO 639-1 code or English name, e.g. de, German); "
            "detected when not given.",
        ),
        click.option(
            "--keep-boilerplate", is_flag=True, help="Do not remove boilerplate from plain text."
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=0, min_open=True),
            default=DEFAULTS.timeout,
            show_default=True,
            help="Seconds allowed per source (URL download included).",
        ),
        click.option(
            "--max-bytes",
            metavar="SIZE",
            callback=_size_callback,
            default=format_size(DEFAULTS.max_bytes),
            show_default=True,
            help="Refuse inputs larger than this (e.g. 500KB, 20MB).",
        ),
        click.option(
            "--workers",
            type=click.IntRange(min=1),
            default=None,
            help="Worker processes for many sources [default: number of cores].",
        ),
        # --color and --no-color set the same value; the last one given wins.
        click.option(
            "--color",
            "color",
            type=click.Choice(COLOR_CHOICES),
            default=COLOR_AUTO,
            show_default=True,
            help="Colour and styles. auto: on a terminal (NO_COLOR=1: styles without colours; "
            "FORCE_COLOR=1: piped output too); always: even piped; never: none.",
        ),
        click.option("--no-color", "color", flag_value=NEVER, help="Same as --color never."),
        click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr."),
        click.option(
            "-v", "--verbose", is_flag=True, help="More detail on stderr; tracebacks on errors."
        ),
    ]
    return _apply(function, decorators)
