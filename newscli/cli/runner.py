"""Run a command over its sources and deliver each outcome to stdout or an output folder."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TextIO

import click

from newscli.batch import Outcome, process
from newscli.errors import ExitCode, SourceNotFoundError
from newscli.ingest.feeds import Listing
from newscli.ingest.warc import WarcTally, expand_archives
from newscli.model import Article, Brief, Failure, Source
from newscli.options import Command, Options
from newscli.output_dir import GzipLinesFile, IndexEntry, OutputDir, input_hash
from newscli.render import AUTO, Format, file_format, get_format
from newscli.sanitize import display_name, one_line, strip_controls
from newscli.sources import read_source_list, resolve, stdin_is_piped


@dataclass(frozen=True)
class RunConfig:
    command: Command
    sources: tuple[str, ...]
    output_format: str
    options: Options
    output_dir: Path | None = None
    force: bool = False
    recursive: bool = False
    glob: str | None = None
    listed: tuple[str, ...] | None = None
    """Sources read from ``--from-list`` (None without the option)."""
    listing: Listing = field(default_factory=Listing)
    """Feeds and sitemaps whose entries are sources too."""
    workers: int | None = None
    no_color: bool = False
    quiet: bool = False
    verbose: bool = False

    @classmethod
    def from_params(cls, command: Command, params: dict[str, Any]) -> RunConfig:
        output_dir = params.get("output_dir")
        source_list = params.get("from_list")
        return cls(
            command=command,
            sources=tuple(params["sources"]),
            output_format=params["output_format"],
            options=Options.from_params(params),
            output_dir=Path(output_dir) if output_dir else None,
            force=params["force"],
            recursive=params["recursive"],
            glob=params["glob"],
            listed=tuple(read_source_list(source_list)) if source_list is not None else None,
            listing=Listing(
                feeds=tuple(params.get("feeds") or ()),
                sitemaps=tuple(params.get("sitemaps") or ()),
                since=params.get("since"),
                limit=params.get("limit"),
            ),
            workers=params["workers"],
            no_color=params["no_color"],
            quiet=params["quiet"],
            verbose=params["verbose"],
        )


def error_line(source: str | None, message: str, hint: str | None = None) -> str:
    """``newscli: error: SOURCE: message (hint)`` on one line, the source shown as a name."""
    where = f"{display_name(source)}: " if source else ""
    advice = f" ({one_line(hint)})" if hint else ""
    return f"newscli: error: {where}{one_line(message)}{advice}"


def report(line: str) -> None:
    click.echo(line, err=True)


def run(config: RunConfig) -> int:
    """Process every source; return the exit code."""
    arguments = config.sources
    if not arguments and config.listed is None and not config.listing:
        if not stdin_is_piped():
            report(error_line(None, "no SOURCE given and nothing piped to stdin (try --help)"))
            return ExitCode.USAGE
        arguments = ("-",)
    try:
        sources = list(
            resolve(
                arguments,
                recursive=config.recursive,
                glob=config.glob,
                listed=config.listed or (),
            )
        )
    except SourceNotFoundError as exc:
        report(error_line(None, exc.message))
        return ExitCode.USAGE
    unread = _add_listed_entries(config, sources)
    if not sources and not unread:
        report(error_line(None, "no article files found in the given sources"))
        return ExitCode.SOME_FAILED
    output_format = resolve_format(config.output_format, sys.stdout)
    has_warcs = any(source.kind == "warc" for source in sources)
    reporter = Reporter(config, several=len(sources) + len(unread) > 1 or has_warcs)
    try:
        if config.output_dir is not None:
            return _run_to_folder(
                config, sources, output_format, reporter, config.output_dir, unread
            )
        return _run_to_stdout(config, sources, output_format, reporter, unread)
    except KeyboardInterrupt:
        # Workers are stopped by now (closing the batch iterator stops them); what is written stays.
        reporter.finish(interrupted=True)
        report("newscli: interrupted")
        return ExitCode.INTERRUPTED


def _add_listed_entries(config: RunConfig, sources: list[Source]) -> list[Outcome]:
    """Append the entries of ``--feed`` and ``--sitemap`` to ``sources``; return the failures of
    the feeds and sitemaps that could not be read (each in its own name)."""
    if not config.listing:
        return []
    from newscli.ingest.feeds import expand

    unread: list[Outcome] = []
    for item in expand(
        config.listing,
        options=config.options.fetch,
        max_bytes=config.options.max_bytes,
        timeout=config.options.timeout,
    ):
        if isinstance(item, Failure):
            unread.append(Outcome(Source.from_url(item.source), failure=item))
        else:
            sources.append(item)
    return unread


def worker_count(config: RunConfig) -> int:
    return config.workers or os.cpu_count() or 1


def resolve_format(requested: str, stream: TextIO) -> str:
    if requested != AUTO:
        return requested
    try:
        return "rich" if stream.isatty() else "text"
    except (AttributeError, ValueError):
        return "text"


def _run_to_stdout(
    config: RunConfig,
    sources: list[Source],
    output_format: str,
    reporter: Reporter,
    unread: Sequence[Outcome] = (),
) -> int:
    emit = StdoutEmitter(config, output_format, several=reporter.several)
    for outcome in unread:
        reporter.outcome(outcome)
        emit(outcome)
    total: int | None = len(sources)
    stream: list[Source] | Iterator[Source] = sources
    if any(source.kind == "warc" for source in sources):
        # Web archives expand into their records as the workers need them; how many there are
        # is known only at the end.
        total = None
        stream = expand_archives(
            sources, max_bytes=config.options.max_bytes, tallies=reporter.warcs
        )
    outcomes = process(
        stream,
        config.command,
        config.options,
        workers=worker_count(config),
        on_idle=reporter.tick,
    )
    # closing() stops the workers as soon as anything (Ctrl-C included) leaves the loop.
    redirect = _is_tty(sys.stdout)
    with contextlib.closing(outcomes), reporter.running(total, redirect_stdout=redirect):
        for outcome in outcomes:
            reporter.outcome(outcome)
            emit(outcome)
    reporter.finish()
    return ExitCode.SOME_FAILED if reporter.failures else ExitCode.OK


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@dataclass
class Reporter:
    """Errors, progress and the closing summary on stderr.

    Errors are always shown, one line each. The progress bar, the summary line and the table of
    failures are for a person at a terminal: shown for several sources when stderr is a terminal,
    never with ``--quiet``; ``--verbose`` adds the summary line when stderr is not a terminal.
    """

    config: RunConfig
    several: bool
    done: int = 0
    skipped: int = 0
    """Sources not processed: already done in the output folder, or not articles by their own
    declaration (archived images, redirects; see ``skip_reasons``)."""
    skip_reasons: Counter[str] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    warcs: list[WarcTally] = field(default_factory=list)
    """The web archives read in this run, with their records counted by type."""
    warcs_done: int = 0
    """Web archives skipped because the output folder has them already."""
    started: float = field(default_factory=time.monotonic)
    where: Path | None = None
    _progress: Any = None
    _console: Any = None

    @property
    def interactive(self) -> bool:
        return self.several and not self.config.quiet and _is_tty(sys.stderr)

    @contextlib.contextmanager
    def running(self, total: int | None, *, redirect_stdout: bool = False) -> Iterator[None]:
        """Show a progress bar over ``total`` sources (None: not known in advance) while the block
        runs (on a terminal)."""
        self.started = time.monotonic()
        if not self.interactive or (total is not None and total < 2):
            yield
            return
        from newscli.render.progress import BatchProgress

        label = "summarizing" if self.config.command == "summarize" else "extracting"
        progress = BatchProgress(
            total, label=label, console=self._stderr_console(), redirect_stdout=redirect_stdout
        )
        with progress:
            self._progress = progress
            try:
                yield
            finally:
                self._progress = None

    def _stderr_console(self) -> Any:
        if self._console is None:
            from newscli.render.progress import stderr_console

            self._console = stderr_console(sys.stderr, no_color=is_no_color(self.config.no_color))
        return self._console

    def outcome(self, outcome: Outcome) -> None:
        if outcome.failure is None:
            self.done += 1
        elif outcome.failure.skipped:
            self.skipped += 1
            self.skip_reasons[SKIP_LABELS.get(outcome.failure.type, outcome.failure.type)] += 1
            if self.config.verbose:
                failure = outcome.failure
                self.error(strip_controls(f"newscli: skipped: {failure.source}: {failure.message}"))
        else:
            self.failures.append(outcome.failure)
            if self.config.verbose and outcome.detail:
                self.error(strip_controls(outcome.detail.rstrip()))
            self.error(
                error_line(outcome.failure.source, outcome.failure.message, outcome.failure.hint)
            )
        if self._progress is not None:
            self._progress.advance(failed=outcome.failure is not None)

    def fail(self, failure: Failure, *, done: bool = True) -> None:
        """A failure found after the pipeline succeeded (writing the output file); ``done``: the
        failure replaces a source counted as done."""
        if done:
            self.done -= 1
        self.failures.append(failure)
        self.error(error_line(failure.source, failure.message, failure.hint))

    def error(self, line: str) -> None:
        if self._progress is not None:
            self._progress.error(line)
        else:
            report(line)

    def tick(self) -> None:
        if self._progress is not None:
            self._progress.tick()

    def finish(self, *, interrupted: bool = False) -> None:
        """The summary line and, on a terminal, the table of failures."""
        if not self.several or self.config.quiet:
            return
        if not (self.interactive or self.config.verbose):
            return
        report(self.summary_line(interrupted=interrupted))
        if self.interactive and self.failures:
            from newscli.render.progress import print_failures

            print_failures(self._stderr_console(), self.failures)

    def summary_line(self, *, interrupted: bool = False) -> str:
        elapsed = time.monotonic() - self.started
        processed = self.done + len(self.failures) + sum(self.skip_reasons.values())
        rate = processed / elapsed if elapsed > 0 else 0.0
        reasons = ", ".join(f"{label} {n:,}" for label, n in self.skip_reasons.most_common())
        line = (
            f"newscli: {self.done:,} done, {len(self.failures):,} failed,"
            f" {self.skipped:,} skipped{f' ({reasons})' if reasons else ''}"
            f" in {elapsed:.1f} s ({rate:.1f} {'records' if self.warcs else 'articles'}/s)"
        )
        if self.warcs or self.warcs_done:
            line += "; " + warc_summary(self.warcs, already_done=self.warcs_done)
        if self.where is not None:
            line += f" -> {self.where}"
        return line + (" (interrupted)" if interrupted else "")


class StdoutEmitter:
    """Writes each outcome to stdout as soon as it arrives."""

    def __init__(self, config: RunConfig, output_format: str, *, several: bool) -> None:
        self.config = config
        self.format: Format = get_format(output_format)
        self.several = several
        self.count = 0
        self._console: Any = None

    def __call__(self, outcome: Outcome) -> None:
        if outcome.failure is not None:
            rendered = self.format.render_failure(outcome.failure, self.config.command)
            if rendered is not None:
                self._write(rendered)
            return
        if outcome.result is None:
            raise RuntimeError("an outcome without a result or a failure")
        if self.format.interactive:
            self._print_rich(outcome.result)
        else:
            if self.several:
                if self.count and self.format.between:
                    sys.stdout.write(self.format.between)
                if self.format.header is not None:
                    self._write(self.format.header.format(source=display_name(outcome.source.name)))
            self._write(self.format.render(outcome.result))
        self.count += 1

    def _write(self, text: str) -> None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()

    def _print_rich(self, result: Brief | Article) -> None:
        from newscli.render.rich_view import make_console, print_result

        if self._console is None:
            self._console = make_console(sys.stdout, no_color=self.config.no_color)
        if self.count:
            self._console.print()
        print_result(self._console, result)


@dataclass(frozen=True)
class Planned:
    """A source to process in folder mode, with its output name and input hash."""

    source: Source
    output: str
    sha256: str | None


WARC_OUTPUT_EXTENSION = ".jsonl.gz"
"""A web archive's output in ``--output-dir``: one JSON object per page record, gzipped."""


def _run_to_folder(
    config: RunConfig,
    sources: list[Source],
    output_format: str,
    reporter: Reporter,
    output_dir: Path,
    unread: Sequence[Outcome] = (),
) -> int:
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
    try:
        folder = OutputDir(output_dir)
    except OSError as exc:
        report(error_line(str(output_dir), (exc.strerror or str(exc)).lower()))
        return ExitCode.USAGE
    reporter.where = output_dir
    written = file_format(output_format)
    try:
        for outcome in unread:
            reporter.outcome(outcome)
            _save(folder, Planned(outcome.source, "", None), outcome, written, reporter)
        files = [s for s in sources if s.kind != "warc"]
        if files:
            _files_to_folder(config, files, written, reporter, folder)
        if warcs:
            _warcs_to_folder(config, warcs, reporter, folder)
    finally:
        with contextlib.suppress(OSError):
            folder.compact(order=[source.name for source in sources])
    reporter.finish()
    return ExitCode.SOME_FAILED if reporter.failures else ExitCode.OK


def _files_to_folder(
    config: RunConfig, sources: list[Source], written: Format, reporter: Reporter, folder: OutputDir
) -> None:
    extension = written.extension
    todo: list[Planned] = []
    names = folder.plan_names(sources, extension)
    for source, name in zip(sources, names, strict=True):
        digest = input_hash(source, config.options.max_bytes)
        if not config.force and folder.is_done(source, digest, extension):
            reporter.skipped += 1
        else:
            todo.append(Planned(source, name, digest))
    # Files need no order: take each result as it finishes, so nothing done waits in memory.
    outcomes = process(
        [p.source for p in todo],
        config.command,
        config.options,
        workers=worker_count(config),
        ordered=False,
        on_idle=reporter.tick,
    )
    with contextlib.closing(outcomes), reporter.running(len(todo)):
        for outcome in outcomes:
            reporter.outcome(outcome)
            _save(folder, todo[outcome.index], outcome, written, reporter)


def _warcs_to_folder(
    config: RunConfig, warcs: list[Source], reporter: Reporter, folder: OutputDir
) -> None:
    """Each web archive to one ``.jsonl.gz`` (a line per page record) and one index line, so that
    a rerun skips the archives already done. Outcomes come in record order, so an archive is
    complete when the first outcome of a later one arrives (or the stream ends)."""
    todo: list[Planned] = []
    names = folder.plan_names(warcs, WARC_OUTPUT_EXTENSION)
    for source, name in zip(warcs, names, strict=True):
        digest = input_hash(source)
        if not config.force and folder.is_done(source, digest, WARC_OUTPUT_EXTENSION):
            reporter.warcs_done += 1
        else:
            todo.append(Planned(source, name, digest))
    if not todo:
        return
    tallies: dict[str, WarcTally] = {}
    stream = expand_archives(
        [p.source for p in todo], max_bytes=config.options.max_bytes, tallies=reporter.warcs
    )
    outcomes = process(
        stream, config.command, config.options, workers=worker_count(config), on_idle=reporter.tick
    )
    writer = _WarcWriter(folder, todo, reporter, config.command)
    try:
        with contextlib.closing(outcomes), reporter.running(None):
            for outcome in outcomes:
                reporter.outcome(outcome)
                writer.add(outcome)
            for tally in reporter.warcs:
                tallies[tally.name] = tally
            writer.finish(tallies)
    finally:
        writer.discard()


class _WarcWriter:
    """Writes the outcomes of the archives in ``todo``, in order, one output file each."""

    def __init__(
        self, folder: OutputDir, todo: list[Planned], reporter: Reporter, command: Command
    ) -> None:
        self.folder = folder
        self.todo = todo
        self.reporter = reporter
        self.json = get_format("json")
        self.command = command
        self.position = 0
        self.file: GzipLinesFile | None = None
        self.counts: Counter[str] = Counter()
        self.write_error: str | None = None

    def add(self, outcome: Outcome) -> None:
        record = outcome.source.record
        warc = record.warc_file if record is not None else outcome.source.name
        while self.todo[self.position].source.name != warc:
            self._close(None)
            self.position += 1
        if outcome.failure is not None:
            self.counts["skipped" if outcome.failure.skipped else "failed"] += 1
            line = self.json.render_failure(outcome.failure, self.command)
        elif outcome.result is not None:
            self.counts["done"] += 1
            line = self.json.render(outcome.result)
        else:
            raise RuntimeError("an outcome without a result or a failure")
        if line is None or self.write_error is not None:
            return
        try:
            if self.file is None:
                self.file = GzipLinesFile(self.folder.root, self.todo[self.position].output)
            self.file.add(line)
        except OSError as exc:
            self._lose(exc)

    def finish(self, tallies: dict[str, WarcTally]) -> None:
        """Close every archive not closed yet (all of them have been read to their end)."""
        while self.position < len(self.todo):
            self._close(tallies.get(self.todo[self.position].source.name))
            self.position += 1

    def _close(self, tally: WarcTally | None) -> None:
        planned = self.todo[self.position]
        name = planned.source.name
        if tally is None:
            tally = next((t for t in self.reporter.warcs if t.name == name), None)
        counts = dict(self.counts)
        self.counts = Counter()
        if tally is not None:
            counts = {"records": tally.records, "pages": tally.pages, **counts}
        try:
            if self.write_error is None:
                if self.file is None:
                    self.file = GzipLinesFile(self.folder.root, planned.output)
                self.file.commit()
        except OSError as exc:
            self._lose(exc)
        self.file = None
        if self.write_error is not None:
            entry = IndexEntry(name, None, "error", self.write_error, planned.sha256, "write_error")
            self.write_error = None
        elif tally is not None and tally.read_error:
            entry = IndexEntry(
                name, planned.output, "error", tally.read_error, planned.sha256, "read_error"
            )
        else:
            entry = IndexEntry(name, planned.output, "ok", None, planned.sha256)
        self.folder.record(replace(entry, records=counts))

    def _lose(self, exc: OSError) -> None:
        planned = self.todo[self.position]
        self.write_error = f"cannot write {planned.output}: {(exc.strerror or str(exc)).lower()}"
        self.reporter.fail(
            Failure(planned.source.name, "write_error", self.write_error), done=False
        )
        self.discard()

    def discard(self) -> None:
        """Drop the archive being written (an interrupted run leaves no partial output)."""
        if self.file is not None:
            self.file.discard()
            self.file = None


def _save(
    folder: OutputDir, planned: Planned, outcome: Outcome, written: Format, reporter: Reporter
) -> None:
    """Write the output file (when there is one), then its index line."""
    name = outcome.source.name
    if outcome.failure is not None:
        failure = outcome.failure
        entry = IndexEntry(name, None, "error", failure.message, planned.sha256, failure.type)
        folder.record(entry)
        return
    if outcome.result is None:
        raise RuntimeError("an outcome without a result or a failure")
    try:
        folder.write(planned.output, written.render(outcome.result))
    except OSError as exc:
        message = f"cannot write {planned.output}: {(exc.strerror or str(exc)).lower()}"
        reporter.fail(Failure(name, "write_error", message))
        folder.record(IndexEntry(name, None, "error", message, planned.sha256, "write_error"))
        return
    folder.record(IndexEntry(name, planned.output, "ok", None, planned.sha256))


SKIP_LABELS = {"unsupported_type": "not an article type", "http_status": "HTTP status"}
"""How the summary line names the error types of skipped records."""


def warc_summary(tallies: list[WarcTally], *, already_done: int = 0) -> str:
    """``WARC: 2 files, 1,907 records (response 951, request 950, ...)``."""
    by_type: Counter[str] = Counter()
    for tally in tallies:
        by_type.update(tally.by_type)
    files = len(tallies) + already_done
    done = f", {already_done} already done" if already_done else ""
    broken = sum(1 for tally in tallies if tally.read_error)
    damaged = f", {broken} unreadable to the end" if broken else ""
    kinds = ", ".join(f"{kind} {n:,}" for kind, n in by_type.most_common())
    records = f", {sum(by_type.values()):,} records ({kinds})" if tallies else ""
    return f"WARC: {files} file{'s' if files != 1 else ''}{done}{damaged}{records}"


def is_no_color(no_color_flag: bool) -> bool:
    return no_color_flag or bool(os.environ.get("NO_COLOR"))
