"""The console entry point as a shell runs it: exit codes for interrupts and closed pipes."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

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


def _read_a_little_then_close(sources: list[str]) -> tuple[int, str]:
    """Run ``summarize -f json`` over ``sources``, read 10 bytes of its output and close the pipe,
    as ``head -c 10`` would; its exit code and stderr."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "newscli", "summarize", "-f", "json", "--workers", "1", *sources],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(10)
    process.stdout.close()
    stderr = process.stderr.read().decode()
    return process.wait(timeout=60), stderr


def test_closed_pipe_ends_quietly_with_status_0() -> None:
    assert _read_a_little_then_close([str(SEED)] * 40) == (0, "")


@pytest.mark.parametrize("output_format", ["json", "text", "rich"])
def test_head_under_pipefail_exits_0(output_format: str) -> None:
    """`newscli ... | head -1` with `set -o pipefail` succeeds, as with ripgrep and git."""
    bash = shutil.which("bash")
    head = shutil.which("head")
    if bash is None or head is None:
        pytest.skip("needs bash and head")
    many = " ".join([shlex.quote(str(SEED))] * 30)
    script = (
        "set -o pipefail; "
        f"{shlex.quote(sys.executable)} -m newscli summarize -f {output_format} --workers 1"
        f" {many} | head -1"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [bash, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert len(done.stdout.splitlines()) == 1


def test_closed_pipe_after_a_failure_still_exits_1(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, stderr = _read_a_little_then_close([str(empty)] + [str(SEED)] * 40)
    assert (code, stderr) == (1, f"newscli: error: {empty}: empty input\n")
