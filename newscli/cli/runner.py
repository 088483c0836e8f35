"""Run a command over its sources and deliver each outcome to stdout or an output folder."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from newscli.batch import Outcome, process
from newscli.cli.options import color_choice
from newscli.errors import ExitCode, SourceNotFoundError
from newscli.ingest.feeds import Listing
from newscli.ingest.warc import WarcTally, expand_archives
from newscli.model import Article, Brief, Failure, Source
from newscli.options import Command, Options
from newscli.render import AUTO, PLAIN, Format, RenderOptions, get_format
from newscli.render.color import color_mode, is_terminal
from newscli.sanitize import display_name, one_line, strip_controls
from newscli.sources import nothing_found_hint, read_source_list, resolve, stdin_is_piped

if TYPE_CHECKING:
    from newscli.store.writer import StoreWriter


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
    db: Path | None = None
    """``--db``: also store every brief in this SQLite database (``summarize`` only)."""
    color: str | None = None
    """The ``--color`` choice, ``never`` with ``--no-color`` (None: auto); ``newscli.render.color``
    says what each means."""
    render: RenderOptions = PLAIN
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
            db=Path(params["db"]) if params.get("db") else None,
            color=color_choice(params.get("color"), bool(params.get("no_color"))),
            render=RenderOptions(with_sentences=params.get("with_sentences", False)),
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
        report(error_line(None, exc.message, exc.hint))
        return ExitCode.USAGE
    unread = _add_listed_entries(config, sources)
    if not sources and not unread:
        hint = nothing_found_hint(arguments, recursive=config.recursive, glob=config.glob)
        report(error_line(None, "no article files found in the given sources", hint))
        return ExitCode.SOME_FAILED
    output_format = resolve_format(config.output_format, sys.stdout)
    has_warcs = any(source.kind == "warc" for source in sources)
    reporter = Reporter(config, several=len(sources) + len(unread) > 1 or has_warcs)
    try:
        if config.db is not None:
            return _run_with_store(config, sources, output_format, reporter, config.db, unread)
        if config.output_dir is not None:
            from newscli.cli.to_folder import run_to_folder

            return run_to_folder(
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
    return "rich" if is_terminal(stream) else "text"


def _run_to_stdout(
    config: RunConfig,
    sources: list[Source],
    output_format: str,
    reporter: Reporter,
    unread: Sequence[Outcome] = (),
) -> int:
    emit = StdoutEmitter(config, output_format, several=reporter.several)
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
    redirect = is_terminal(sys.stdout)
    try:
        for outcome in unread:
            reporter.outcome(outcome)
            emit(outcome)
        with contextlib.closing(outcomes), reporter.running(total, redirect_stdout=redirect):
            for outcome in outcomes:
                reporter.outcome(outcome)
                emit(outcome)
    except BrokenPipeError:
        # The reader has all it wanted (`newscli ... | head -1`): stop quietly, like ripgrep and
        # git do. What was read is what was asked for, so only failures met so far count.
        silence_stdout()
        return ExitCode.SOME_FAILED if reporter.failures else ExitCode.OK
    reporter.finish()
    return ExitCode.SOME_FAILED if reporter.failures else ExitCode.OK


def silence_stdout() -> None:
    """Point stdout at /dev/null, so that Python's flush at exit does not complain about the
    closed pipe a second time."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout (under a test runner)
        pass
    finally:
        os.close(devnull)


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
        return self.several and not self.config.quiet and is_terminal(sys.stderr)

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

            self._console = stderr_console(sys.stderr, color=color_mode(self.config.color))
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
            failed = outcome.failure is not None and not outcome.failure.skipped
            self._progress.advance(failed=failed)

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
            line += f" -> {display_name(str(self.where))}"
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
            rendered = self.format.render_failure(
                outcome.failure, self.config.command, self.config.render
            )
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
            self._write(self.format.render(outcome.result, self.config.render))
        self.count += 1

    def _write(self, text: str) -> None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()

    def _print_rich(self, result: Brief | Article) -> None:
        from newscli.render.rich_view import make_console, print_result

        if self._console is None:
            self._console = make_console(sys.stdout, color=color_mode(self.config.color))
        if self.count:
            self._console.print()
        print_result(self._console, result)


def _run_with_store(
    config: RunConfig,
    sources: list[Source],
    output_format: str,
    reporter: Reporter,
    db: Path,
    unread: Sequence[Outcome] = (),
) -> int:
    """``--db``: every brief into the store (and, with ``-o``, into the folder too); nothing on
    standard output. The store's rows are written here, in the parent: one writer."""
    from newscli.store.schema import StoreError
    from newscli.store.writer import StoreWriter

    try:
        store = StoreWriter(db, config.options)
    except StoreError as exc:
        report(error_line(None, exc.message))
        return ExitCode.USAGE
    try:
        with store:  # leaving it writes what is pending and, after a whole run, regroups
            if config.output_dir is not None:
                from newscli.cli.to_folder import run_to_folder

                code = run_to_folder(
                    config, sources, output_format, reporter, config.output_dir, unread, store
                )
            else:
                code = _run_to_db(config, sources, reporter, store, unread)
    except StoreError as exc:
        report(error_line(str(db), exc.message))
        return ExitCode.SOME_FAILED
    line = store.summary.line(store.path)
    if line and not config.quiet and (reporter.interactive or config.verbose):
        report(line)
    return code


def _run_to_db(
    config: RunConfig,
    sources: list[Source],
    reporter: Reporter,
    store: StoreWriter,
    unread: Sequence[Outcome] = (),
) -> int:
    from newscli.output_dir import input_hash

    reporter.where = store.path
    for outcome in unread:  # feeds and sitemaps that could not be read
        reporter.outcome(outcome)
        store_outcome(store, outcome, None)
    todo: list[tuple[Source, str | None]] = []
    warcs = [source for source in sources if source.kind == "warc"]
    for source in (source for source in sources if source.kind != "warc"):
        digest = input_hash(source, config.options.max_bytes)
        if not config.force and store.is_done(source.name, digest, source.kind):
            reporter.skipped += 1
        else:
            todo.append((source, digest))
    # Input order: article ids follow the order of the sources, run after run.
    outcomes = process(
        [source for source, _digest in todo],
        config.command,
        config.options,
        workers=worker_count(config),
        on_idle=reporter.tick,
    )
    with contextlib.closing(outcomes), reporter.running(len(todo)):
        for outcome in outcomes:
            reporter.outcome(outcome)
            store_outcome(store, outcome, todo[outcome.index][1])
    if warcs:
        # Every page record of the archives, as the records stream by (none is skipped: a record
        # has no input hash of its own).
        records = expand_archives(warcs, max_bytes=config.options.max_bytes, tallies=reporter.warcs)
        outcomes = process(
            records,
            config.command,
            config.options,
            workers=worker_count(config),
            on_idle=reporter.tick,
        )
        with contextlib.closing(outcomes), reporter.running(None):
            for outcome in outcomes:
                reporter.outcome(outcome)
                store_outcome(store, outcome, None)
    reporter.finish()
    return ExitCode.SOME_FAILED if reporter.failures else ExitCode.OK


def store_outcome(store: StoreWriter, outcome: Outcome, sha256: str | None) -> None:
    """Hand one outcome to the store: a brief as rows, a failure as a ``failures`` row."""
    from newscli.store.rows import source_key

    source = outcome.source
    if outcome.failure is not None:
        key = source_key(None, source.name, source.kind)
        store.fail(outcome.failure, key=key, input_hash=sha256)
    elif isinstance(outcome.result, Brief):
        key = source_key(outcome.result, source.name, source.kind)
        store.add(outcome.result, key=key, input_hash=sha256)


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
