"""Click commands. No text processing lives here: options become a ``RunConfig``, the runner does
the work, and errors become one line on stderr plus an exit code."""

from __future__ import annotations

import signal
import sys
from typing import Any

import click

from newscli.cli.options import common_options, store_options, summary_options
from newscli.errors import ExitCode, Terminated
from newscli.options import Command

EXIT_CODES = """\b
Exit codes:
  0    every source done
  1    some sources failed (the others were processed and printed)
  2    usage error (bad option, missing file given explicitly)
  130  interrupted
"""

SUMMARIZE_EXAMPLES = """\b
Examples:
  newscli summarize article.txt
  cat article.txt | newscli summarize --format json
  newscli summarize https://example.com/story.html
  newscli summarize articles/ -r -o briefs/
"""

EXTRACT_EXAMPLES = """\b
Examples:
  newscli extract article.txt
  newscli extract page.html --format json
  newscli extract https://example.com/story.html -f markdown
  newscli extract saved-pages/ -r -o texts/
"""

COMPLETION = """\b
Shell completion (add the line to your shell's start-up file):
  bash  eval "$(_NEWSCLI_COMPLETE=bash_source newscli)"    # ~/.bashrc
  zsh   eval "$(_NEWSCLI_COMPLETE=zsh_source newscli)"     # ~/.zshrc
  fish  _NEWSCLI_COMPLETE=fish_source newscli | source     # ~/.config/fish/config.fish
"""


@click.group(
    epilog=f"{EXIT_CODES}\n{COMPLETION}", context_settings={"help_option_names": ["-h", "--help"]}
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _param, value: _print_version(ctx) if value else None,
    help="Show the version and exit.",
)
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Turn news articles into structured briefs: summary, key claims, quotes and speakers.

    A SOURCE is a file, a folder, an http(s) URL, a web archive (.warc, .warc.gz: every page in
    it), or - for standard input. With no SOURCE, a piped standard input is read.

    Many articles: summarize --db DB stores their briefs in SQLite; speakers, quotes, search and
    digest ask that store questions.

    Option defaults can be set in ~/.config/newscli/config.toml (or the file NEWSCLI_CONFIG names)
    and as NEWSCLI_<OPTION> variables; see `newscli config`.
    """
    from newscli.cli.settings import config_path, default_map

    if ctx.default_map is None and isinstance(ctx.command, click.Group):
        ctx.default_map = default_map(ctx.command, config_path())


@cli.command(epilog=f"{EXIT_CODES}\n{SUMMARIZE_EXAMPLES}")
@summary_options
@common_options
@store_options
def summarize(**params: Any) -> None:
    """Print a brief of each SOURCE: summary, key claims, quotes with speakers."""
    _run("summarize", params)


@cli.command(epilog=f"{EXIT_CODES}\n{EXTRACT_EXAMPLES}")
@common_options
def extract(**params: Any) -> None:
    """Print the cleaned article text of each SOURCE (with metadata in --format json)."""
    _run("extract", params)


@cli.command(name="config")
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.pass_context
def config_command(ctx: click.Context, output_format: str) -> None:
    """Show the effective settings and where each comes from.

    \b
    Precedence: command line > NEWSCLI_<OPTION> variables > settings file > built-in.
    """
    from newscli.cli.config import show_config

    show_config(ctx, output_format)


def _register_store_commands() -> None:
    from newscli.cli.store_commands import register

    register(cli)


_register_store_commands()


def _run(command: Command, params: dict[str, Any]) -> None:
    from newscli.cli.runner import RunConfig, run

    config = RunConfig.from_params(command, params)
    sys.exit(run(config))


def _print_version(ctx: click.Context) -> None:
    import newscli

    click.echo(f"newscli {newscli.__version__}")
    ctx.exit()


def _stop_on_sigterm() -> None:
    """Make SIGTERM stop a run the way Ctrl-C does: the unwinding removes a half-written output's
    temporary file and the batch stops its workers. Only when nobody set a handler before us."""
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        return

    def terminate(signum: int, frame: object) -> None:
        raise Terminated

    signal.signal(signal.SIGTERM, terminate)


def main() -> None:
    """Console-script entry point: DESIGN.md exit codes, no tracebacks for the usual accidents."""
    _stop_on_sigterm()
    try:
        code = cli.main(prog_name="newscli", standalone_mode=False)
    except (KeyboardInterrupt, click.exceptions.Abort):
        click.echo("newscli: interrupted", err=True)
        code = ExitCode.INTERRUPTED
    except click.ClickException as exc:
        exc.show()
        code = exc.exit_code
    except BrokenPipeError:
        # The reader went away outside the runner's loop (the runner handles it there): stop
        # quietly, as for a closed pipe anywhere else.
        from newscli.cli.runner import silence_stdout

        silence_stdout()
        code = ExitCode.OK
    sys.exit(code if isinstance(code, int) else ExitCode.OK)
