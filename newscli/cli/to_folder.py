"""``-o DIR``: run the sources that the folder does not already hold, write each result to its own
file and record it in the folder's index.

What a rerun skips it names when it failed before (those failures still count: the exit code is 1
while the folder holds failures for the given sources). A write that no later write could survive
(a full disk) stops the run with one clear line; everything written until then is whole, and a rerun
resumes from there.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newscli.batch import Outcome, process
from newscli.cli.runner import (
    Reporter,
    RunConfig,
    error_line,
    report,
    store_outcome,
    worker_count,
)
from newscli.errors import ExitCode, FolderWriteError, NewscliError, OutputDirError
from newscli.model import Failure, Source
from newscli.output_dir import IndexEntry, OutputDir, Recipe, input_hash
from newscli.render import Format, RenderOptions, file_format
from newscli.sanitize import display_name

if TYPE_CHECKING:
    from newscli.store.writer import StoreWriter

# How many sources a "failed earlier" line names before it counts the rest.
EARLIER_NAMED = 5


@dataclass(frozen=True)
class Planned:
    """A source to process in folder mode, with its output name and input hash."""

    source: Source
    output: str
    sha256: str | None


def run_to_folder(
    config: RunConfig,
    sources: list[Source],
    output_format: str,
    reporter: Reporter,
    output_dir: Path,
    unread: Sequence[Outcome] = (),
    store: StoreWriter | None = None,
) -> int:
    """Run ``sources`` into ``output_dir``; ``unread`` are the failures of feeds and sitemaps that
    could not be read (recorded and reported like any failed source). With ``store`` (``--db``)
    every outcome goes into the store too, and a source is skipped only when both hold it."""
    written = file_format(output_format)
    recipe = Recipe.for_run(config.command, written.name, config.options, config.render)
    try:
        folder = OutputDir(output_dir)
    except OutputDirError as exc:
        report(error_line(None, exc.message))
        return ExitCode.USAGE
    with folder:
        reporter.where = output_dir
        todo, earlier = _plan(folder, sources, written, recipe, config, store)
        reporter.skipped += len(sources) - len(todo)
        try:
            stopped = _process(folder, todo, unread, written, recipe, config, reporter, store)
        finally:  # interrupted too: the index keeps one line per source, in input order
            with contextlib.suppress(NewscliError, OSError):
                folder.compact(order=[source.name for source in sources])
    if stopped is not None:
        report(error_line(None, stopped))
    if earlier:
        report(earlier_line(earlier))
    reporter.finish()
    failed = reporter.failures or earlier or stopped is not None
    return ExitCode.SOME_FAILED if failed else ExitCode.OK


def _plan(
    folder: OutputDir,
    sources: list[Source],
    written: Format,
    recipe: Recipe,
    config: RunConfig,
    store: StoreWriter | None = None,
) -> tuple[list[Planned], list[IndexEntry]]:
    """The sources to process, and the entries of those skipped because they failed before."""
    todo: list[Planned] = []
    earlier: list[IndexEntry] = []
    names = folder.plan_names(sources, written.extension)
    for source, name in zip(sources, names, strict=True):
        digest = input_hash(source, config.options.max_bytes)
        stored = store is None or store.is_done(source.name, digest, source.kind)
        if config.force or not folder.is_done(source, digest, recipe) or not stored:
            todo.append(Planned(source, name, digest))
            continue
        entry = folder.entry(source.name)
        if entry is not None and entry.status == "error":
            earlier.append(entry)
    return todo, earlier


def _process(
    folder: OutputDir,
    todo: list[Planned],
    unread: Sequence[Outcome],
    written: Format,
    recipe: Recipe,
    config: RunConfig,
    reporter: Reporter,
    store: StoreWriter | None = None,
) -> str | None:
    """Save ``unread``, run ``todo`` and save each outcome; the message that stopped the run early,
    if one did."""
    try:
        for outcome in unread:
            planned = Planned(outcome.source, "", None)
            _save(folder, planned, outcome, written, recipe, reporter, config.render)
            if store is not None:
                store_outcome(store, outcome, None)
    except FolderWriteError as exc:
        return f"{exc.message}; stopped before any source was processed (make room and run again)"
    # Files need no order: take each result as it finishes, so nothing done waits in memory.
    outcomes = process(
        [p.source for p in todo],
        config.command,
        config.options,
        workers=worker_count(config),
        ordered=False,
        on_idle=reporter.tick,
    )
    saved = 0
    with contextlib.closing(outcomes), reporter.running(len(todo)):
        for outcome in outcomes:
            try:
                _save(
                    folder, todo[outcome.index], outcome, written, recipe, reporter, config.render
                )
                if store is not None:
                    store_outcome(store, outcome, todo[outcome.index].sha256)
            except FolderWriteError as exc:
                left = len(todo) - saved
                return (
                    f"{exc.message}; stopped with {left} of {len(todo)} sources not saved "
                    "(make room and run again to resume)"
                )
            saved += 1
    return None


def _save(
    folder: OutputDir,
    planned: Planned,
    outcome: Outcome,
    written: Format,
    recipe: Recipe,
    reporter: Reporter,
    render: RenderOptions,
) -> None:
    """Write the output file (when there is one), then its index line, then count the outcome.
    Raises ``FolderWriteError`` when the folder can take nothing more."""
    name = outcome.source.name

    def entry(output: str | None, failure: Failure | None) -> IndexEntry:
        return IndexEntry(
            name,
            output,
            "ok" if failure is None else "error",
            failure.message if failure else None,
            planned.sha256,
            failure.type if failure else None,
            recipe.command,
            recipe.fingerprint,
            recipe.version,
        )

    if outcome.failure is not None:
        folder.record(entry(None, outcome.failure))
        reporter.outcome(outcome)
        return
    if outcome.result is None:
        raise RuntimeError("an outcome without a result or a failure")
    try:
        folder.write(planned.output, written.render(outcome.result, render))
    except FolderWriteError:
        raise
    except NewscliError as exc:  # this output alone: a link in the way, a name refused
        failure = Failure(name, exc.type, exc.message)
        folder.record(entry(None, failure))
        reporter.outcome(Outcome(outcome.source, failure=failure, index=outcome.index))
        return
    folder.record(entry(planned.output, None))
    reporter.outcome(outcome)


def earlier_line(entries: Sequence[IndexEntry]) -> str:
    """``newscli: 3 failed earlier, not retried: a.txt, b.txt, c.txt (--force retries them)``."""
    named = ", ".join(display_name(e.source) for e in entries[:EARLIER_NAMED])
    more = f" and {len(entries) - EARLIER_NAMED} more" if len(entries) > EARLIER_NAMED else ""
    return (
        f"newscli: {len(entries)} failed earlier, not retried: {named}{more}"
        " (see the index; --force retries them)"
    )
