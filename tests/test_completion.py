"""Shell completion through Click: the scripts for bash, zsh and fish, and what they complete."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _newscli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newscli", *args],
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def _complete(words: str, shell: str = "bash") -> list[str]:
    """What Click answers the shell for the command line ``words`` (the cursor at its end)."""
    parts = shlex.split(words) + ([""] if words.endswith(" ") else [])
    # bash and zsh pass the index of the word under the cursor, fish the word itself.
    cursor = parts[-1] if shell == "fish" else str(len(parts) - 1)
    done = _newscli(
        _NEWSCLI_COMPLETE=f"{shell}_complete", COMP_WORDS=" ".join(parts), COMP_CWORD=cursor
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize(
    ("shell", "marker"),
    [
        ("bash", "complete -o nosort -F _newscli_completion newscli"),
        ("zsh", "compdef _newscli_completion newscli"),
        ("fish", "complete --no-files --command newscli"),
    ],
)
def test_completion_script_for_each_shell(shell: str, marker: str) -> None:
    done = _newscli(_NEWSCLI_COMPLETE=f"{shell}_source")
    assert done.returncode == 0, done.stderr
    assert marker in done.stdout


def test_commands_complete() -> None:
    assert _complete("newscli su") == ["plain,summarize"]


def test_options_complete() -> None:
    assert "plain,--format" in _complete("newscli summarize --fo")
    assert "plain,--with-sentences" in _complete("newscli summarize --with")


def test_choices_complete() -> None:
    assert _complete("newscli extract --format ") == [
        f"plain,{name}" for name in ("auto", "rich", "text", "markdown", "json")
    ]
    assert _complete("newscli summarize --color n") == ["plain,never"]


def test_sources_complete_as_paths() -> None:
    assert _complete("newscli summarize samp") == ["file,samp"]


def test_zsh_and_fish_get_the_same_answers() -> None:
    assert "plain\n--format" in "\n".join(_complete("newscli summarize --fo", "zsh"))
    assert any(
        line.startswith("plain,--format") for line in _complete("newscli summarize --fo", "fish")
    )


def test_bash_completes_through_the_script(tmp_path: Path) -> None:
    """The script bash sources, run as bash runs it, against a ``newscli`` on PATH."""
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("needs bash")
    command = tmp_path / "newscli"
    command.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m newscli "$@"\n')
    command.chmod(0o755)
    script = (
        'eval "$(_NEWSCLI_COMPLETE=bash_source newscli)"\n'
        "COMP_WORDS=(newscli summarize --meth); COMP_CWORD=2\n"
        "_newscli_completion newscli\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PATH": f"{tmp_path}:{os.environ['PATH']}"}
    done = subprocess.run([bash, "-c", script], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["--method"]
