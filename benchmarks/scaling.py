"""Time and peak memory of `newscli summarize` as the input grows: 1k, 10k, 100k and 1M words.

    python benchmarks/scaling.py [--sizes 1000,10000,100000,1000000] [--method news]

Each size runs in a fresh process (the installed pipeline, as the CLI runs it); peak memory is that
process's maximum resident set size. Inputs are CNN/DailyMail articles from the corpora folder
laid end to end (or generated sentences when the corpora are absent), as one long article.
Target (issue 8): from 20,000 to 400,000 words time grows at most 30x and peak memory stays under
1.5 GB.

    python benchmarks/scaling.py --patterns [--repeat 3]

times the whole brief (``pipeline.brief``, in this process, best of ``--repeat`` runs) on the
adversarial inputs of issue 12 item 11 at n and 10 n repetitions: a list of 2,000 quoted words
(`The board banned: "w0", "w1", …`) and `"Anna Berg Carl Dahl said "` repeated. Target: ten times
the input costs at most twelve times the time.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from _corpora import corpora_dir  # noqa: E402

CHILD = r"""
import json, resource, sys, time
start = time.perf_counter()
from newscli.pipeline import run_source
from newscli.options import Options
from newscli.model import Source
from pathlib import Path
brief = run_source(Source.file(Path(sys.argv[1])), "summarize", Options(method=sys.argv[2]))
json.dumps(brief.as_dict())
seconds = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024, "words": brief.stats.words,
                  "sentences": brief.stats.sentences}))
"""


def source_paragraphs() -> list[str]:
    corpora = corpora_dir()
    path = corpora / "news-summaries" / "cnndm-test.jsonl.gz" if corpora else None
    if path and path.exists():
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            records = [json.loads(line) for line in stream]
        return [r["article"] for r in records if r["text_form"] == "original_cased"]
    rng = random.Random(7)
    vocabulary = [
        "council",
        "budget",
        "minister",
        "river",
        "school",
        "police",
        "market",
        "energy",
        "court",
        "city",
    ]
    return [
        " ".join(
            f"The {rng.choice(vocabulary)} report said {rng.randint(2, 90)} people "
            f"met the {rng.choice(vocabulary)} officials on Monday."
            for _ in range(12)
        )
        for _ in range(200)
    ]


def write_input(words: int, paragraphs: list[str], folder: Path) -> Path:
    out: list[str] = ["Scaling Test Article"]
    count = 0
    i = 0
    while count < words:
        paragraph = paragraphs[i % len(paragraphs)]
        out.append(paragraph)
        count += len(paragraph.split())
        i += 1
    path = folder / f"scaling-{words}.txt"
    path.write_text("\n\n".join(out), encoding="utf-8")
    return path


# Adversarial inputs (issue 12, item 11): name -> (builder of n repetitions, n).
PATTERNS = {
    "quoted word list": (
        lambda n: "The board banned: " + ", ".join(f'"w{i}"' for i in range(n)) + ".",
        2000,
    ),
    "names before said": (lambda n: '"Anna Berg Carl Dahl said "' * n, 300),
}


def time_patterns(repeat: int) -> None:
    """Time ``pipeline.brief`` on each adversarial pattern at n and 10 n."""
    import time

    from newscli.pipeline import brief

    print(f"{'pattern':<20} {'n':>6} {'KB':>6} {'seconds':>8} {'10n s':>8} {'x time':>7}")
    for name, (build, n) in PATTERNS.items():
        timings = []
        for size in (n, 10 * n):
            text = build(size)
            best = float("inf")
            for _ in range(repeat):
                started = time.perf_counter()
                brief(text)
                best = min(best, time.perf_counter() - started)
            timings.append((len(text), best))
        (small_bytes, small), (_, large) = timings
        print(
            f"{name:<20} {n:>6} {small_bytes / 1000:>6.1f} {small:>8.3f} {large:>8.3f} "
            f"{large / small:>7.1f}"
        )
    print("target: x time <= 12 for 10x the input")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,20000,100000,400000,1000000")
    parser.add_argument("--method", default="news")
    parser.add_argument("--patterns", action="store_true", help="time the adversarial inputs")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if args.patterns:
        sys.path.insert(0, str(ROOT))
        time_patterns(args.repeat)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    paragraphs = source_paragraphs()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = write_input(size, paragraphs, Path(tmp))
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(path), args.method],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0:
                print(f"{size}: failed: {done.stderr.strip().splitlines()[-1:]}")
                continue
            rows.append((size, path.stat().st_size, json.loads(done.stdout)))
    print(f"method={args.method}; one process per size; time includes imports")
    print(f"{'words':>9} {'MB':>6} {'sentences':>9} {'seconds':>8} {'x time':>7} {'peak MB':>8}")
    base = rows[0][2]["seconds"] if rows else 1.0
    for _size, nbytes, r in rows:
        print(
            f"{r['words']:>9,} {nbytes / 1e6:>6.1f} {r['sentences']:>9,} {r['seconds']:>8.2f} "
            f"{r['seconds'] / base:>7.1f} {r['peak_mb']:>8.0f}"
        )
    by_size = {size: r for size, _, r in rows}
    if 20000 in by_size and 400000 in by_size:
        growth = by_size[400000]["seconds"] / by_size[20000]["seconds"]
        print(
            f"20k -> 400k words: time x{growth:.1f} (target <= 30), "
            f"peak {by_size[400000]['peak_mb']:.0f} MB (target < 1536)"
        )


if __name__ == "__main__":
    main()
