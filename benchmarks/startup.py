"""Start-up cost: median wall time of `newscli --help` and of summarizing the seed article.

    python benchmarks/startup.py [--runs 15]

Printed beside `python -c pass` (the interpreter's own start-up) on the same machine. Uses the
installed `newscli` entry point when it is on PATH, else `python -m newscli` from this checkout.
Targets (issue 2): --help <= 0.15 s, summarizing the seed <= 0.6 s. The median CPU seconds
(user + system) of each command are printed too: on a shared machine they move far less than the
wall time, so compare those between two checkouts. Bytecode is cached as a pip install would
(``PYTHONDONTWRITEBYTECODE`` is ignored here).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "samples" / "khamenei-rejects-us-negotiation.txt"


def median_seconds(command: list[str], runs: int) -> tuple[float, float]:
    """Median wall and median CPU seconds of ``command`` over ``runs`` runs."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # As installed by pip, Python modules come with their bytecode: a process environment that
    # forbids writing it (PYTHONDONTWRITEBYTECODE, set on some build machines) would time the
    # compilation of every module on every run (about 0.2 s of newscli's start-up) instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(command, env=env, capture_output=True, check=True)  # warm the caches
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    installed = shutil.which("newscli")
    newscli = [installed] if installed else [sys.executable, "-m", "newscli"]
    rows = [
        ("python -c pass", [sys.executable, "-c", "pass"], None),
        ("newscli --help", [*newscli, "--help"], 0.15),
        ("newscli summarize seed (text)", [*newscli, "summarize", str(SEED), "-f", "text"], 0.6),
        ("newscli summarize seed (json)", [*newscli, "summarize", str(SEED), "-f", "json"], 0.6),
        ("newscli extract seed", [*newscli, "extract", str(SEED)], None),
    ]
    print(f"entry point: {' '.join(newscli)}; median of {args.runs} runs")
    print(f"{'command':<32} {'median s':>9} {'cpu s':>7} {'target s':>9}")
    for label, command, target in rows:
        seconds, cpu = median_seconds(command, args.runs)
        verdict = "" if target is None else ("  ok" if seconds <= target else "  OVER")
        target_text = "" if target is None else f"{target:.2f}"
        print(f"{label:<32} {seconds:>9.3f} {cpu:>7.3f} {target_text:>9}{verdict}")


if __name__ == "__main__":
    main()
