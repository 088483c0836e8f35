"""Options and output formats are declared once: the command line derives from them."""

from __future__ import annotations

from typing import Any

import click
import pytest
from click.testing import CliRunner

from newscli.cli.app import cli, extract, summarize
from newscli.cli.runner import RunConfig
from newscli.errors import InvalidOptionError, NewscliError
from newscli.options import DEFAULTS, METHODS, Options, format_size, parse_size
from newscli.pipeline import brief
from newscli.render import FORMATS, REGISTRY, file_format
from tests.conftest import SEED


def _params(command: click.Command, *args: str) -> dict[str, object]:
    with command.make_context(command.name or "", list(args)) as ctx:
        return dict(ctx.params)


@pytest.mark.parametrize("command", [summarize, extract])
def test_command_line_defaults_are_the_options_defaults(command: click.Command) -> None:
    assert Options.from_params(_params(command, "article.txt")) == DEFAULTS


def test_run_config_carries_every_summary_option() -> None:
    params = _params(summarize, "a.txt", "-n", "2", "-m", "lead", "--claims", "1", "--timeout", "3")
    config = RunConfig.from_params("summarize", params)
    assert config.options == Options(method="lead", sentences=2, claims=1, timeout=3.0)


def test_method_choices_are_the_summary_methods() -> None:
    method = next(p for p in summarize.params if p.name == "method")
    assert isinstance(method.type, click.Choice)
    assert tuple(method.type.choices) == METHODS


def test_format_choices_are_auto_and_the_registry() -> None:
    output_format = next(p for p in summarize.params if p.name == "output_format")
    assert isinstance(output_format.type, click.Choice)
    assert tuple(output_format.type.choices) == FORMATS == ("auto", *REGISTRY)


def test_max_bytes_default_is_shown_as_the_options_default(runner: CliRunner) -> None:
    help_text = runner.invoke(cli, ["summarize", "--help"], terminal_width=200).stdout
    assert f"[default: {format_size(DEFAULTS.max_bytes)}]" in help_text
    assert parse_size(format_size(DEFAULTS.max_bytes)) == DEFAULTS.max_bytes


@pytest.mark.parametrize(("text", "size"), [("5000", 5000), ("512KB", 512 * 1024), ("2m", 2 << 20)])
def test_sizes_parse(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["lots", "0", "-5MB"])
def test_bad_sizes_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_size(text)


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_every_registered_format_renders_a_brief(name: str) -> None:
    result = brief(SEED.read_text(encoding="utf-8"), source="seed.txt")
    spec = file_format(name)
    assert spec.extension.startswith(".")
    assert "Khamenei" in spec.render(result)


def test_the_rich_view_writes_plain_text_to_files() -> None:
    assert file_format("rich") is REGISTRY["text"]


def test_several_markdown_briefs_are_separated_by_rules_only_between(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["summarize", str(SEED), str(SEED), "-f", "markdown"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# ")
    assert result.stdout.count("\n---\n") == 1


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"method": "magic"}, "unknown summary method 'magic'"),
        ({"sentences": 0}, "sentences must be at least 1"),
        ({"claims": -1}, "claims must be at least 0"),
        ({"max_bytes": 0}, "max_bytes must be at least 1"),
        ({"timeout": 0}, "timeout must be more than 0 seconds"),
    ],
)
def test_unusable_options_raise_a_newscli_error(values: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidOptionError, match=message) as caught:
        Options(**values)
    # Still a ValueError for callers written against the bare ValueError of before.
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, NewscliError)


def test_bad_size_is_an_invalid_option_error() -> None:
    with pytest.raises(InvalidOptionError, match="is not a size"):
        parse_size("lots")


def test_extract_help_shows_extract_examples(runner: CliRunner) -> None:
    extract_help = runner.invoke(cli, ["extract", "--help"]).stdout
    summarize_help = runner.invoke(cli, ["summarize", "--help"]).stdout
    assert "newscli extract article.txt" in extract_help
    assert "newscli summarize" not in extract_help
    assert "newscli summarize article.txt" in summarize_help
    assert "newscli extract" not in summarize_help
