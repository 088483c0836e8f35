"""The console entry point as a shell runs it: exit codes for interrupts and closed pipes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from newscli.cli import app
from tests.conftest import ROOT, SEED


def test_interrupt_exits_130_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(command: str, params: dict[str, object]) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(app, "_run", interrupted)
    monkeypatch.setattr(sys, "argv", ["newscli", "summarize", str(SEED)])
    with pytest.raises(SystemExit) as exit_info:
        app.main()
    assert exit_info.value.code == 130
    # click first ends the line the terminal echoed ^C on
    assert capsys.readouterr().err.lstrip("\n") == "newscli: interrupted\n"


def test_usage_error_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["newscli", "summarize", "--sentences", "zero"])
    with pytest.raises(SystemExit) as exit_info:
        app.main()
    assert exit_info.value.code == 2
    assert "Invalid value for '-n' / '--sentences'" in capsys.readouterr().err


def test_closed_pipe_is_not_a_traceback() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    many = [str(SEED)] * 40
    process = subprocess.Popen(
        [sys.executable, "-m", "newscli", "summarize", "-f", "json", "--workers", "1", *many],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(10)
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=60)
    assert "Traceback" not in stderr
    assert process.returncode == 1
