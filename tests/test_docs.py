"""The README stays true: every option of every command is documented there."""

from __future__ import annotations

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
