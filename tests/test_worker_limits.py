"""Batch workers live within limits: they die with their parent (even while busy, with stdout
piped), and a source that needs more memory than its cap fails alone, as that source's error."""

from __future__ import annotations

import os
import resource
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import newscli.batch
from newscli.cli.app import cli
from newscli.model import Source
from newscli.options import Options
from newscli.process_limits import memory_cap

ROOT = Path(__file__).resolve().parents[1]

# The main process, with every source stuck: each worker leaves a marker file named for its pid
# and sleeps, as a worker blocked on a slow source (or on a full pipe) would.
STUCK_MAIN = r"""
import os, sys, time
import newscli.batch

MARKERS = sys.argv[1]

def stuck(source, command, options):
    open(os.path.join(MARKERS, f"worker-{os.getpid()}"), "w").close()
    time.sleep(600)

newscli.batch.run_source = stuck
from newscli.cli.app import main
sys.argv = ["newscli", *sys.argv[2:]]
main()
"""


def _article(number: int) -> str:
    return (
        f"Library Opens Late {number}\n\nThe town library will open until nine on weekdays, "
        f"the council said on Friday, after {number + 40} residents asked for longer hours.\n"
    )


def _alive(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie is dead: it only waits to be reaped)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")


def _eof_within(stream: int, seconds: float) -> bool:
    """Whether the pipe ``stream`` reaches end of file (every writer gone) within ``seconds``."""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([stream], [], [], left)
        if ready and not os.read(stream, 65536):
            return True
    return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to see processes")
@pytest.mark.parametrize("signal_number", [signal.SIGKILL, signal.SIGTERM])
def test_workers_exit_when_the_main_process_is_killed_with_stdout_piped(
    tmp_path: Path, signal_number: int
) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for number in range(8):
        (source / f"s{number}.txt").write_text(_article(number), encoding="utf-8")
    markers = tmp_path / "markers"
    markers.mkdir()
    out = tmp_path / "out"
    arguments = ["summarize", str(source), "-o", str(out), "--workers", "2", "--timeout", "900"]
    main = subprocess.Popen(
        [sys.executable, "-c", STUCK_MAIN, str(markers), *arguments],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,  # newscli ... | cat
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 2 and time.monotonic() < deadline:
            workers = [int(p.name.split("-")[1]) for p in markers.iterdir()]
            time.sleep(0.05)
        assert len(workers) == 2, "the workers never started"
        main.send_signal(signal_number)
        main.wait(timeout=30)
        assert main.stdout is not None
        assert _eof_within(main.stdout.fileno(), 20), "a worker still holds the piped stdout"
        deadline = time.monotonic() + 20
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [pid for pid in workers if _alive(pid)], "a worker outlived its parent"
    finally:
        if main.poll() is None:
            main.kill()
            main.wait()
        for pid in workers:  # only the test's own processes, should the test have failed
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        if main.stdout is not None:
            main.stdout.close()


# --- 12. memory ----------------------------------------------------------------------------------

HUNGRY = "hungry.txt"
TOO_MUCH = 6 * 1024**3
"""More than any cap the tests give (--max-bytes 1KB: about 1 GB over the process's size), less
than a machine lets a process reserve without one."""


def _hungry_run_source(real: object) -> object:
    def run_source(source: Source, command: str, options: Options) -> object:
        if source.name.endswith(HUNGRY):
            return bytearray(TOO_MUCH)  # what an input that explodes in a parser would take
        return real(source, command, options)  # type: ignore[operator]

    return run_source


@pytest.mark.parametrize("workers", ["1", "2"])
def test_source_over_the_memory_cap_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: str
) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for name in (HUNGRY, "a.txt", "b.txt"):
        (source / name).write_text(_article(len(name)), encoding="utf-8")
    monkeypatch.setattr(newscli.batch, "run_source", _hungry_run_source(newscli.batch.run_source))
    before = resource.getrlimit(resource.RLIMIT_AS)
    result = CliRunner().invoke(
        cli, ["summarize", str(source), "-f", "json", "--workers", workers, "--max-bytes", "1KB"]
    )
    assert resource.getrlimit(resource.RLIMIT_AS) == before  # the main process's limit restored
    assert result.exit_code == 1
    cap = newscli.batch.human_size(memory_cap(1024))
    assert result.stderr == (
        f"newscli: error: {source / HUNGRY}: out of memory (over the {cap} a source may use "
        "with --max-bytes 1.0 KB)\n"
    )
    assert result.stdout.count('"schema"') == 3 and result.stdout.count('"error"') == 1


def test_memory_cap_grows_with_max_bytes() -> None:
    assert memory_cap(20 * 1024**2) > memory_cap(1024**2) > 1024**3
