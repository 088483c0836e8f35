"""Benchmarks refuse to print a figure for a run that did not do the work."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT, SEED


def _batch() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location(
            "batch_bench", ROOT / "benchmarks" / "batch.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return module


ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def test_a_newscli_run_that_prints_nothing_gives_no_figure() -> None:
    batch = _batch()
    silent = [sys.executable, "-c", "pass"]
    with pytest.raises(batch.BenchmarkError, match="0 JSON objects for 5 articles"):
        batch.timed("newscli summarize --workers 1", silent, 5, ENV)


def test_a_command_that_cannot_start_gives_no_figure() -> None:
    batch = _batch()
    broken = [sys.executable, "-c", "import no_such_module_here"]
    # newscli's exit 1 means "some sources failed", so the missing output is what gives it away.
    with pytest.raises(batch.BenchmarkError, match=r"(?s)0 JSON objects .* No module named"):
        batch.timed("newscli summarize --workers 1", broken, 5, ENV)
    with pytest.raises(batch.BenchmarkError, match=r"failed \(1\)"):
        batch.timed("trafilatura --parallel 2", broken, 5, ENV)


def test_a_real_newscli_run_is_timed() -> None:
    batch = _batch()
    command = [sys.executable, "-m", "newscli", "summarize", str(SEED), str(SEED), "-f", "json"]
    timing = batch.timed("newscli summarize --workers 1", command, 2, ENV)
    assert timing.articles == 2 and timing.failed == 0 and timing.wall > 0


def test_newscli_that_cannot_start_stops_the_benchmark(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    batch = _batch()
    python = tmp_path / "python"
    python.write_text("#!/bin/sh\necho 'No module named click' >&2\nexit 1\n")
    python.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(python))
    with pytest.raises(batch.BenchmarkError, match=r"cannot run newscli .* No module named click"):
        batch.check_newscli_runs(ENV)
