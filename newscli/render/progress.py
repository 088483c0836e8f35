"""Batch progress on a terminal's stderr: a bar (done of total, rate, ETA, failures so far), error
lines printed above it, and a table of the failures at the end.

The bar refreshes only when the caller asks (``advance`` and ``tick``), never from a thread of its
own: the batch forks worker processes, and forking while another thread holds a lock is unsafe.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from newscli.model import Failure
from newscli.render.color import ON_A_TERMINAL, ColorMode
from newscli.sanitize import display_name, one_line

REFRESH_SECONDS = 0.1
MAX_FAILURE_ROWS = 50


def stderr_console(stream: TextIO, *, color: ColorMode = ON_A_TERMINAL) -> Console:
    """A console for messages: no markup or highlighting, so file names print as they are."""
    return Console(
        file=stream, highlight=False, markup=False, emoji=False, **color.console_options(stream)
    )


class BatchProgress:
    """A progress bar over ``total`` sources (None: unknown, as for web archive records). Use as a
    context manager."""

    def __init__(
        self,
        total: int | None,
        *,
        label: str,
        console: Console,
        redirect_stdout: bool = False,
    ) -> None:
        self.console = console
        self.failed = 0
        self._started = time.monotonic()
        self._refreshed = 0.0
        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[failed]}", style="red"),
            console=console,
            auto_refresh=False,
            redirect_stdout=redirect_stdout,
            redirect_stderr=False,
        )
        self._task = self._progress.add_task(label, total=total, rate="", failed="")

    def __enter__(self) -> BatchProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._progress.stop()

    def advance(self, *, failed: bool = False) -> None:
        if failed:
            self.failed += 1
        done = self._progress.tasks[0].completed + 1
        elapsed = max(time.monotonic() - self._started, 1e-9)
        self._progress.update(
            self._task,
            advance=1,
            rate=f"{done / elapsed:.1f}/s",
            failed=f"{self.failed} failed" if self.failed else "",
        )
        self.tick()

    def tick(self) -> None:
        """Redraw, at most every ``REFRESH_SECONDS``."""
        now = time.monotonic()
        if now - self._refreshed >= REFRESH_SECONDS:
            self._refreshed = now
            self._progress.refresh()

    def error(self, line: str) -> None:
        """Print a one-line error above the bar."""
        self.console.print(Text(line), soft_wrap=True)


def print_failures(console: Console, failures: Sequence[Failure]) -> None:
    """A table of the failed sources and why, at most ``MAX_FAILURE_ROWS`` of them."""
    if not failures:
        return
    table = Table(title=f"{len(failures)} failed", title_justify="left", expand=False)
    table.add_column("source", overflow="fold")
    table.add_column("error", style="red", no_wrap=True)
    table.add_column("reason", overflow="fold")
    for failure in failures[:MAX_FAILURE_ROWS]:
        table.add_row(
            Text(display_name(failure.source)), Text(failure.type), Text(one_line(failure.message))
        )
    console.print(table)
    if len(failures) > MAX_FAILURE_ROWS:
        console.print(Text(f"... and {len(failures) - MAX_FAILURE_ROWS} more", style="dim"))
