"""The README stays true: every option of every command is documented there."""

from __future__ import annotations

import importlib.util
import re

import pytest
from click.testing import CliRunner

from newscli.cli.app import cli
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _options(command: str) -> set[str]:
    help_text = CliRunner().invoke(cli, [command, "--help"], terminal_width=100).stdout
    return set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", help_text))


@pytest.mark.parametrize(
    "command", ["summarize", "extract", "speakers", "quotes", "search", "digest"]
)
def test_every_option_is_in_the_readme(command: str) -> None:
    missing = sorted(option for option in _options(command) if option not in README)
    assert not missing


def test_readme_set_up_commands_are_the_ones_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = (
        "python3 -m venv .venv && .venv/bin/pip install '.[test]' && .venv/bin/python -m pytest"
    )
    assert test_command in README
    assert test_command in ci
    assert "pip install . && .venv/bin/newscli summarize samples/" in README


def _update_readme():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "update_readme", ROOT / "scripts" / "update_readme.py"
    )
    assert spec is not None and spec.loader is not None
    update_readme = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update_readme)
    return update_readme


def test_readme_option_list_is_the_current_help() -> None:
    """The pasted `summarize --help` is what the command prints now, as
    scripts/update_readme.py pastes it (run that script after changing an option)."""
    assert _update_readme().options_section() in README


def test_readme_pasted_briefs_are_what_the_seed_gives_now() -> None:
    """The pasted briefs of the sample (terminal, text, markdown, JSON) are what newscli prints
    for it now: a change to the analysis that moves them shows here (run
    scripts/update_readme.py when the change is meant)."""
    assert _update_readme().output_section() in README


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_shell_completion_is_documented_in_readme_and_help(shell: str) -> None:
    line = f"_NEWSCLI_COMPLETE={shell}_source newscli"
    assert line in README
    assert line in CliRunner().invoke(cli, ["--help"], prog_name="newscli").stdout


def test_readme_names_every_json_key() -> None:
    from newscli.model import Article, Brief

    section = README[README.index("## JSON output") : README.index("## Quality and speed")]
    keys = {*Brief.json_keys(with_sentences=True), *Article.json_keys(), "error"}
    missing = sorted(key for key in keys if f"`{key}`" not in section)
    assert not missing
