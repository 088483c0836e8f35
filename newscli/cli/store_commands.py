"""Commands that read the store: ``speakers``, ``quotes``, ``search`` and ``digest``.

Thin: open the store, ask ``newscli.store.queries``, hand the answer to a renderer. A store that
cannot be opened is one line on stderr and exit code 2.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import click

from newscli.cli.options import color_choice, query_options, with_color_options
from newscli.errors import ExitCode, NewscliError

if TYPE_CHECKING:
    import sqlite3

STORE_EPILOG = """\b
Exit codes:
  0    done (also when nothing matched)
  1    the digest file could not be written
  2    usage error (no such database, a bad option)

\b
Examples:
  newscli summarize articles/ -r --db news.db
  newscli speakers news.db
  newscli quotes news.db --speaker Peskov
  newscli search news.db "nuclear deal"
  newscli digest news.db -o digest.html
"""


class _Row(Protocol):
    def as_dict(self) -> dict[str, Any]: ...


@contextmanager
def _store(path: str) -> Iterator[sqlite3.Connection]:
    from newscli.cli.runner import error_line
    from newscli.store.queries import open_store

    try:
        conn = open_store(Path(path))
    except NewscliError as exc:
        click.echo(error_line(None, exc.message), err=True)
        sys.exit(ExitCode.USAGE)
    try:
        yield conn
    except NewscliError as exc:
        click.echo(error_line(None, exc.message), err=True)
        sys.exit(ExitCode.USAGE)
    finally:
        conn.close()


def _emit(
    rows: Iterable[_Row], output_format: str, color: str | None, view: Callable[[Any], Any]
) -> None:
    from newscli.cli.runner import resolve_format
    from newscli.sanitize import json_dumps

    rows = list(rows)
    if resolve_format(output_format, sys.stdout) == "json":
        for row in rows:
            click.echo(json_dumps(row.as_dict()))
        return
    from newscli.render.rich_view import print_view

    print_view(_console(color), view(rows))


def _console(color: str | None) -> Any:
    """The terminal console for ``--color`` ``color`` (``newscli.render.color``)."""
    from newscli.render.color import color_mode
    from newscli.render.rich_view import make_console

    return make_console(sys.stdout, color=color_mode(color))


def _json_or_rich(output_format: str) -> str:
    return "json" if output_format == "json" else "rich"


def register(cli: click.Group) -> None:
    """Add the store commands to the ``newscli`` group."""

    @cli.command(epilog=STORE_EPILOG)
    @query_options
    def speakers(db: str, output_format: str, limit: int, color: str, no_color: bool) -> None:
        """Who is quoted most in the store DB: quotes, reported statements, articles, and the
        other names each person goes by."""
        from newscli.render.rich_view import speakers_view
        from newscli.store.queries import top_speakers

        with _store(db) as conn:
            rows = top_speakers(conn, limit or None)
        _emit(rows, _json_or_rich(output_format), color_choice(color, no_color), speakers_view)

    @cli.command(epilog=STORE_EPILOG)
    @query_options
    @click.option(
        "-s",
        "--speaker",
        metavar="NAME",
        help="Only statements by this person or body, under any name ('Peskov').",
    )
    @click.option(
        "--kind",
        type=click.Choice(["all", "quote", "reported"]),
        default="all",
        show_default=True,
        help="Direct quotes, reported speech, or both.",
    )
    def quotes(
        db: str,
        output_format: str,
        limit: int,
        color: str,
        no_color: bool,
        speaker: str | None,
        kind: str,
    ) -> None:
        """Quotes and reported statements in the store DB, by date."""
        from newscli.render.rich_view import statements_view
        from newscli.store.queries import find_speakers, statements

        with _store(db) as conn:
            ids = None
            if speaker is not None:
                found = find_speakers(conn, speaker)
                ids = [s.id for s in found]
                if len(found) > 1 and output_format != "json":
                    names = ", ".join(s.name for s in found[:8])
                    click.echo(
                        f"newscli: {speaker!r} matches {len(found)} speakers: {names}", err=True
                    )
            rows = (
                []
                if ids == []
                else statements(
                    conn, ids, kind=None if kind == "all" else kind, limit=limit or None
                )
            )
        _emit(rows, _json_or_rich(output_format), color_choice(color, no_color), statements_view)

    @cli.command(epilog=STORE_EPILOG)
    @query_options
    @click.argument("query")
    def search(
        db: str, query: str, output_format: str, limit: int, color: str, no_color: bool
    ) -> None:
        """Articles in the store DB matching QUERY, best first, with snippets.

        All words must occur; "a phrase" in quotes, OR, NOT and prefix* work as in SQLite FTS5.
        """
        from newscli.render.rich_view import hits_view
        from newscli.store.queries import search as run_search

        with _store(db) as conn:
            hits = run_search(conn, query, limit=limit or None)
        _emit(hits, _json_or_rich(output_format), color_choice(color, no_color), hits_view)

    @cli.command(epilog=STORE_EPILOG)
    @click.argument("db", metavar="DB", type=click.Path(dir_okay=False))
    @click.option(
        "-o",
        "--output",
        metavar="FILE",
        type=click.Path(dir_okay=False, writable=True),
        help="Write the digest as one self-contained HTML page here (- for stdout).",
    )
    @click.option("--title", default="News digest", show_default=True, help="The page's title.")
    @with_color_options
    def digest(db: str, output: str | None, title: str, color: str, no_color: bool) -> None:
        """A digest of the store DB: stories by cluster, the most-quoted people, who said what,
        a timeline, and every article's brief. Without -o, an overview on the terminal."""
        from newscli.cli.runner import error_line
        from newscli.store.queries import build_digest

        with _store(db) as conn:
            data = build_digest(conn)
        if output is None:
            from newscli.render.rich_view import digest_view, print_view

            print_view(_console(color_choice(color, no_color)), digest_view(data))
            return
        from newscli.output_dir import write_atomic
        from newscli.render.digest_html import render_digest_html

        page = render_digest_html(data, title=title)
        if output == "-":
            sys.stdout.write(page)
            return
        try:
            write_atomic(Path(output), page)
        except OSError as exc:
            reason = (exc.strerror or str(exc)).lower()
            click.echo(error_line(output, f"cannot write: {reason}"), err=True)
            sys.exit(ExitCode.SOME_FAILED)
