"""--color, --no-color, NO_COLOR and FORCE_COLOR: what each one does to the terminal view."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscli.cli.app import cli
from newscli.pipeline import brief
from newscli.render.color import ColorMode, color_mode
from newscli.render.rich_view import make_console, print_result
from tests.conftest import SEED

ESCAPE = re.compile(r"\x1b\[([0-9;]*)m")
COLOUR = re.compile(r"(^|;)(3[0-8]|9[0-7])(;|$)")


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _codes(text: str) -> list[str]:
    return [code for code in ESCAPE.findall(text) if code not in ("", "0")]


def _colours(text: str) -> list[str]:
    return [code for code in _codes(text) if COLOUR.search(code)]


def _rich(runner: CliRunner, *args: str, env: dict[str, str] | None = None) -> str:
    result = runner.invoke(cli, ["summarize", str(SEED), "-f", "rich", *args], env=env)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(
    ("choice", "env", "mode"),
    [
        ("auto", {}, ColorMode(styles=None, colours=True)),
        (None, {}, ColorMode(styles=None, colours=True)),
        ("auto", {"NO_COLOR": "1"}, ColorMode(styles=None, colours=False)),
        ("auto", {"NO_COLOR": ""}, ColorMode(styles=None, colours=True)),
        ("auto", {"FORCE_COLOR": "1"}, ColorMode(styles=True, colours=True)),
        ("auto", {"FORCE_COLOR": ""}, ColorMode(styles=None, colours=True)),
        ("auto", {"FORCE_COLOR": "1", "NO_COLOR": "1"}, ColorMode(styles=True, colours=False)),
        ("always", {"NO_COLOR": "1"}, ColorMode(styles=True, colours=True)),
        ("never", {"FORCE_COLOR": "1"}, ColorMode(styles=False, colours=False)),
    ],
)
def test_color_mode_from_choice_and_environment(
    choice: str | None, env: dict[str, str], mode: ColorMode
) -> None:
    assert color_mode(choice, env) == mode


def test_piped_rich_view_has_no_escape_codes_by_default(runner: CliRunner) -> None:
    assert _codes(_rich(runner)) == []


def test_color_always_styles_piped_output(runner: CliRunner) -> None:
    output = _rich(runner, "--color", "always")
    assert _colours(output)
    assert "KEY CLAIMS" in output


def test_color_always_beats_no_color_in_the_environment(runner: CliRunner) -> None:
    assert _colours(_rich(runner, "--color", "always", env={"NO_COLOR": "1"}))


def test_force_color_styles_piped_output(runner: CliRunner) -> None:
    assert _colours(_rich(runner, env={"FORCE_COLOR": "1"}))


def test_no_color_with_force_color_keeps_styles_without_colours(runner: CliRunner) -> None:
    output = _rich(runner, env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert _codes(output)  # bold, italic and dim
    assert not _colours(output)


@pytest.mark.parametrize("args", [["--color", "never"], ["--no-color"]])
def test_never_means_no_escape_codes_even_when_forced(runner: CliRunner, args: list[str]) -> None:
    assert _codes(_rich(runner, *args, env={"FORCE_COLOR": "1"})) == []


def test_no_color_wins_over_color(runner: CliRunner) -> None:
    assert _codes(_rich(runner, "--color", "always", "--no-color")) == []
    assert _codes(_rich(runner, "--no-color", "--color", "always")) == []


def test_color_is_a_setting(runner: CliRunner, tmp_path: Path) -> None:
    assert _colours(_rich(runner, env={"NEWSCLI_COLOR": "always"}))
    settings = tmp_path / "config.toml"
    settings.write_text('color = "always"\n', encoding="utf-8")
    assert _colours(_rich(runner, env={"NEWSCLI_CONFIG": str(settings)}))
    assert _codes(_rich(runner, "--color", "never", env={"NEWSCLI_CONFIG": str(settings)})) == []


def test_color_never_on_a_terminal_has_no_styles_at_all() -> None:
    stream = FakeTerminal()
    print_result(make_console(stream, color=color_mode("never"), width=80), brief(SEED.read_text()))
    assert _codes(stream.getvalue()) == []
    assert "SUMMARY" in stream.getvalue()


def test_auto_on_a_terminal_has_colour() -> None:
    stream = FakeTerminal()
    print_result(make_console(stream, color=color_mode("auto", {}), width=80), brief("A b c."))
    assert _colours(stream.getvalue())


def test_bad_color_choice_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["summarize", str(SEED), "--color", "sometimes"])
    assert result.exit_code == 2
    assert "'sometimes' is not one of 'auto', 'always', 'never'" in result.stderr
