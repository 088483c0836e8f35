"""``-o DIR``: run the sources that the folder does not already hold, write each result to its own
file and record it in the folder's index. A web archive gets one ``.jsonl.gz`` for all its records
and one index line (with its record counts), so that a rerun skips the archives already done.

What a rerun skips it names when it failed before (those failures still count: the exit code is 1
while the folder holds failures for the given sources). A write that no later write could survive
(a full disk) stops the run with one clear line; everything written until then is whole, and a rerun
resumes from there.
"""

from __future__ import annotations

import contextlib
import gzip
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
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
from newscli.ingest.warc import WarcTally, expand_archives
from newscli.model import Failure, Source
from newscli.output_dir import IndexEntry, OutputDir, OutputStream, Recipe, input_hash
from newscli.render import AUTO, Format, RenderOptions, file_format, get_format
from newscli.sanitize import display_name

if TYPE_CHECKING:
    from newscli.store.writer import StoreWriter

# How many sources a "failed earlier" line names before it counts the rest.
EARLIER_NAMED = 5

WARC_OUTPUT_EXTENSION = ".jsonl.gz"
"""A web archive's output: one JSON object per page record (a brief or an error), gzipped."""


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
    warcs = list({s.name: s for s in sources if s.kind == "warc"}.values())
    if warcs and config.output_format not in (AUTO, "json"):
        report(
            error_line(
                None,
                "web archives are written to an output folder as JSON Lines"
                f" ({WARC_OUTPUT_EXTENSION}); drop --format {config.output_format} or use -f json",
            )
        )
        return ExitCode.USAGE
    files = [s for s in sources if s.kind != "warc"]
    written = file_format(output_format)
    recipe = Recipe.for_run(config.command, written.name, config.options, config.render)
    try:
        folder = OutputDir(output_dir)
    except OutputDirError as exc:
        report(error_line(None, exc.message))
        return ExitCode.USAGE
    with folder:
        reporter.where = output_dir
        todo, earlier = _plan(folder, files, written, recipe, config, store)
        reporter.skipped += len(files) - len(todo)
        try:
            stopped = _process(folder, todo, unread, written, recipe, config, reporter, store)
            if stopped is None and warcs:
                stopped = _process_warcs(folder, warcs, config, reporter, store)
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


# --- web archives --------------------------------------------------------------------------------


def _process_warcs(
    folder: OutputDir,
    warcs: list[Source],
    config: RunConfig,
    reporter: Reporter,
    store: StoreWriter | None = None,
) -> str | None:
    """Each web archive the folder does not hold yet to one ``.jsonl.gz`` and one index line. The
    records stream through the workers in order, so an archive is complete when the first outcome
    of a later one arrives (or the stream ends). The message that stopped the run, if one did."""
    recipe = Recipe.for_run(config.command, "json", config.options, config.render)
    todo: list[Planned] = []
    names = folder.plan_names(warcs, WARC_OUTPUT_EXTENSION)
    for source, name in zip(warcs, names, strict=True):
        digest = input_hash(source)
        if not config.force and folder.is_done(source, digest, recipe):
            reporter.warcs_done += 1
        else:
            todo.append(Planned(source, name, digest))
    if not todo:
        return None
    stream = expand_archives(
        [p.source for p in todo], max_bytes=config.options.max_bytes, tallies=reporter.warcs
    )
    outcomes = process(
        stream, config.command, config.options, workers=worker_count(config), on_idle=reporter.tick
    )
    writer = _WarcWriter(folder, todo, recipe, config.command, reporter.warcs, config.render)
    try:
        with contextlib.closing(outcomes), reporter.running(None):
            for outcome in outcomes:
                reporter.outcome(outcome)
                writer.add(outcome)
                if store is not None:
                    store_outcome(store, outcome, None)
            writer.finish()
    except FolderWriteError as exc:
        return f"{exc.message}; stopped (make room and run again to resume)"
    finally:
        writer.discard()
    for failure in writer.failures:
        reporter.outcome(
            Outcome(Source.warc(Path(failure.source), name=failure.source), failure=failure)
        )
    return None


class _WarcWriter:
    """Writes the outcomes of the archives in ``todo``, in order, one output file each."""

    def __init__(
        self,
        folder: OutputDir,
        todo: list[Planned],
        recipe: Recipe,
        command: str,
        tallies: list[WarcTally],
        render: RenderOptions,
    ) -> None:
        self.folder = folder
        self.render = render
        self.tallies = tallies
        """The archives' record counts, filled in as the reader goes (the run's tallies)."""
        self.todo = todo
        self.recipe = recipe
        self.command = command
        self.json = get_format("json")
        self.position = 0
        self.stream: OutputStream | None = None
        self.gzip: gzip.GzipFile | None = None
        self.counts: Counter[str] = Counter()
        self.error: NewscliError | None = None
        """Why the current archive's output cannot be written (this output alone)."""
        self.failures: list[Failure] = []
        """Archives whose output could not be written."""

    def add(self, outcome: Outcome) -> None:
        record = outcome.source.record
        warc = record.warc_file if record is not None else outcome.source.name
        while self.todo[self.position].source.name != warc:
            self._close()
            self.position += 1
        if outcome.failure is not None:
            self.counts["skipped" if outcome.failure.skipped else "failed"] += 1
            line = self.json.render_failure(outcome.failure, self.command, self.render)
        elif outcome.result is not None:
            self.counts["done"] += 1
            line = self.json.render(outcome.result, self.render)
        else:
            raise RuntimeError("an outcome without a result or a failure")
        if line is not None and self.error is None:
            self._write(line)

    def _write(self, line: str | None) -> None:
        """Write ``line`` to the current archive's output (None: only open it). Raises
        ``FolderWriteError`` when the folder can take nothing more."""
        try:
            if self.gzip is None:
                self.stream = self.folder.open_stream(self.todo[self.position].output)
                # mtime=0: the same records give the same bytes on every run.
                self.gzip = gzip.GzipFile(fileobj=self.stream.file, mode="wb", mtime=0)
            if line is not None:
                self.gzip.write(line.encode("utf-8") + b"\n")
        except OSError as exc:  # from the file under the gzip layer
            error = self.stream.error(exc) if self.stream is not None else NewscliError(str(exc))
            if isinstance(error, FolderWriteError):
                self.discard()
                raise error from exc
            self._lose(error)
        except FolderWriteError:
            self.discard()
            raise
        except NewscliError as exc:
            self._lose(exc)

    def finish(self) -> None:
        """Close every archive not closed yet (all of them have been read to their end)."""
        while self.position < len(self.todo):
            self._close()
            self.position += 1

    def _close(self) -> None:
        planned = self.todo[self.position]
        name = planned.source.name
        tally = next((t for t in self.tallies if t.name == name), None)
        counts = dict(self.counts)
        self.counts = Counter()
        if tally is not None:
            counts = {"records": tally.records, "pages": tally.pages, **counts}
        if self.error is None and self.gzip is None:
            self._write(None)  # no page record: an empty output, still a finished archive
        if self.error is None and self.gzip is not None and self.stream is not None:
            try:
                self.gzip.close()
                self.stream.commit()
            except OSError as exc:
                error = self.stream.error(exc)
                if isinstance(error, FolderWriteError):
                    raise error from exc
                self._lose(error)
            except FolderWriteError:
                raise
            except NewscliError as exc:
                self._lose(exc)
        self.gzip, self.stream = None, None
        if self.error is not None:
            failure = Failure(planned.source.name, self.error.type, self.error.message)
            self.failures.append(failure)
            entry = self._entry(planned, None, failure.message, failure.type)
            self.error = None
        elif tally is not None and tally.read_error:
            entry = self._entry(planned, planned.output, tally.read_error, "read_error")
        else:
            entry = self._entry(planned, planned.output, None, None)
        self.folder.record(replace(entry, records=counts))

    def _entry(
        self, planned: Planned, output: str | None, error: str | None, error_type: str | None
    ) -> IndexEntry:
        return IndexEntry(
            planned.source.name,
            output,
            "ok" if error is None else "error",
            error,
            planned.sha256,
            error_type,
            self.recipe.command,
            self.recipe.fingerprint,
            self.recipe.version,
        )

    def _lose(self, exc: NewscliError) -> None:
        self.error = exc
        self.discard()

    def discard(self) -> None:
        """Drop the archive being written (an interrupted run leaves no partial output)."""
        if self.stream is not None:
            self.stream.discard()
        self.gzip, self.stream = None, None
