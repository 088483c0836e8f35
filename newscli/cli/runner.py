"""Run a command over its sources and deliver each outcome to stdout or an output folder."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import click

from newscli.analyze.claims import DEFAULT_CLAIMS
from newscli.batch import Outcome, process
from newscli.errors import ExitCode, NewscliError, SourceNotFoundError
from newscli.model import Article, Brief, Failure, Source
from newscli.output_dir import IndexEntry, OutputDir, input_hash, output_name
from newscli.pipeline import Command, Options
from newscli.render import EXTENSIONS
from newscli.sanitize import strip_controls
from newscli.sources import resolve, stdin_is_piped


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
    workers: int | None = None
    no_color: bool = False
    quiet: bool = False
    verbose: bool = False

    @classmethod
    def from_params(cls, command: str, params: dict[str, Any]) -> RunConfig:
        assert command in ("summarize", "extract")
        options = Options(
            method=params.get("method") or "news",
            sentences=params.get("sentences"),
            claims=params.get("claims", DEFAULT_CLAIMS),
            language=params.get("language"),
            keep_boilerplate=params["keep_boilerplate"],
            max_bytes=params["max_bytes"],
            timeout=params["timeout"],
        )
        output_dir = params.get("output_dir")
        return cls(
            command=command,  # type: ignore[arg-type]
            sources=tuple(params["sources"]),
            output_format=params["output_format"],
            options=options,
            output_dir=Path(output_dir) if output_dir else None,
            force=params["force"],
            recursive=params["recursive"],
            glob=params["glob"],
            workers=params["workers"],
            no_color=params["no_color"],
            quiet=params["quiet"],
            verbose=params["verbose"],
        )


def error_line(source: str | None, message: str) -> str:
    where = f"{source}: " if source else ""
    return strip_controls(f"newscli: error: {where}{message}")


def report(line: str) -> None:
    click.echo(line, err=True)


def run(config: RunConfig) -> int:
    """Process every source; return the exit code."""
    arguments = config.sources
    if not arguments:
        if not stdin_is_piped():
            report(error_line(None, "no SOURCE given and nothing piped to stdin (try --help)"))
            return ExitCode.USAGE
        arguments = ("-",)
    try:
        sources = list(resolve(arguments, recursive=config.recursive, glob=config.glob))
    except SourceNotFoundError as exc:
        report(error_line(None, exc.message))
        return ExitCode.USAGE
    if not sources:
        report(error_line(None, "no article files found in the given folders"))
        return ExitCode.SOME_FAILED
    output_format = resolve_format(config.output_format, sys.stdout)
    if config.output_dir is not None:
        return _run_to_folder(config, sources, output_format)
    return _run_to_stdout(config, sources, output_format)


def resolve_format(requested: str, stream: TextIO) -> str:
    if requested != "auto":
        return requested
    try:
        return "rich" if stream.isatty() else "text"
    except (AttributeError, ValueError):
        return "text"


def _run_to_stdout(config: RunConfig, sources: list[Source], output_format: str) -> int:
    emit = StdoutEmitter(config, output_format, several=len(sources) > 1)
    failed = 0
    for outcome in process(sources, config.command, config.options):
        if outcome.failure is not None:
            failed += 1
            _report_failure(config, outcome)
        emit(outcome)
    return ExitCode.SOME_FAILED if failed else ExitCode.OK


def _report_failure(config: RunConfig, outcome: Outcome) -> None:
    assert outcome.failure is not None
    if config.verbose and outcome.detail:
        click.echo(outcome.detail.rstrip(), err=True)
    report(error_line(outcome.failure.source, outcome.failure.message))


class StdoutEmitter:
    """Writes each outcome to stdout as soon as it arrives."""

    def __init__(self, config: RunConfig, output_format: str, *, several: bool) -> None:
        self.config = config
        self.format = output_format
        self.several = several
        self.count = 0
        self._console: Any = None

    def __call__(self, outcome: Outcome) -> None:
        if outcome.failure is not None:
            if self.format == "json":
                self._write(render_failure(outcome.failure, self.config.command))
            return
        assert outcome.result is not None
        if self.format == "rich":
            self._print_rich(outcome.result)
        else:
            if self.several and self.format != "json":
                separator = (
                    "---\n\n" if self.format == "markdown" else f"==> {outcome.source.name} <==\n"
                )
                self._write(("\n" if self.count else "") + strip_controls(separator))
            self._write(render(outcome.result, self.format))
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


def render(result: Brief | Article, output_format: str) -> str:
    """``result`` as a string in a non-interactive format (rich is rendered as plain text)."""
    if output_format == "json":
        from newscli.render.jsonfmt import render_json

        return render_json(result)
    if output_format == "markdown":
        from newscli.render.markdown import render_markdown

        return render_markdown(result)
    from newscli.render.text import render_text

    return render_text(result)


def render_failure(failure: Failure, command: str) -> str:
    from newscli.render.jsonfmt import render_failure_json

    return render_failure_json(failure, command=command)


def _run_to_folder(config: RunConfig, sources: list[Source], output_format: str) -> int:
    assert config.output_dir is not None
    file_format = "text" if output_format == "rich" else output_format
    extension = EXTENSIONS[file_format]
    try:
        folder = OutputDir(config.output_dir)
    except OSError as exc:
        report(error_line(str(config.output_dir), (exc.strerror or str(exc)).lower()))
        return ExitCode.USAGE
    todo: list[Source] = []
    hashes: dict[Source, str | None] = {}
    skipped = 0
    for source in sources:
        digest = input_hash(source)
        hashes[source] = digest
        if not config.force and folder.is_done(source, digest):
            skipped += 1
            continue
        todo.append(source)
    failed = done = 0
    for outcome in process(todo, config.command, config.options):
        name = output_name(outcome.source, extension)
        digest = hashes.get(outcome.source)
        if outcome.failure is not None:
            failed += 1
            _report_failure(config, outcome)
            folder.record(
                IndexEntry(outcome.source.name, None, "error", outcome.failure.message, digest)
            )
            continue
        assert outcome.result is not None
        try:
            folder.write(name, render(outcome.result, file_format))
        except OSError as exc:
            failed += 1
            message = f"cannot write {name}: {(exc.strerror or str(exc)).lower()}"
            report(error_line(outcome.source.name, message))
            folder.record(IndexEntry(outcome.source.name, None, "error", message, digest))
            continue
        done += 1
        folder.record(IndexEntry(outcome.source.name, name, "ok", None, digest))
    if not config.quiet:
        where = config.output_dir
        report(f"newscli: {done} written, {skipped} already done, {failed} failed -> {where}")
    return ExitCode.SOME_FAILED if failed else ExitCode.OK


def is_no_color(no_color_flag: bool) -> bool:
    return no_color_flag or bool(os.environ.get("NO_COLOR"))


__all__ = ["NewscliError", "RunConfig", "run"]
