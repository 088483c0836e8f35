"""Web archives: the WARC path beside the same pages as files, Spark local[2], the readers, and the
CPU cost of an HTML brief beside trafilatura's extraction alone.

    python benchmarks/warc.py [--warcs 12] [--copies 3] [--repeat 3] [--skip-spark]

1. Builds ``--warcs`` WARC.gz files with warcio from the corpus HTML pages (the 181 Zyte benchmark
   pages and Mozilla's real test pages, ``--copies`` times under different URIs; each a request
   and a response record, as crawlers write them) plus, in each file, a PNG, an empty and a
   non-HTML (JSON) response, and writes the same pages as ``.html`` files to a folder.
2. Readers: every record of the WARCs through warcio and through FastWARC (payloads read).
3. HTML brief cost on the 181 Zyte pages, in one process: CPU seconds of ``newscli.brief_bytes``
   (decode, extract, metadata, summary, quotes, claims, keywords) beside trafilatura's
   ``extract()`` with its defaults on the same bytes. Target: <= 1.0x. Beside it, for context,
   ``extract(with_metadata=True)``: what trafilatura costs for the metadata a brief also has. The
   same on Mozilla's real test pages, which the speed work did not look at.
4. ``newscli summarize WARCs -f json --workers 2`` against ``newscli summarize FOLDER`` over the
   same pages, ``--repeat`` runs each (medians): wall and CPU seconds (the processes' user +
   system time, which other work on the machine does not change), HTML pages per CPU second.
   Every record is accounted for from the output. Target: WARC >= 0.95x the files path in pages
   per CPU second.
5. ``newscli.spark`` on ``local[2]`` in a child process: JVM start-up and job time, pages/s, CPU
   of the whole process tree (JVM, Python workers, their children) and its peak memory. Target:
   job >= 0.6x the files path in pages per second (start-up excluded).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpora import corpora_dir

ROOT = Path(__file__).resolve().parents[1]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(64))


def corpus_pages(root: Path) -> list[tuple[str, bytes]]:
    """(name, HTML bytes) of the Zyte pages and Mozilla's real (not tiny) test pages."""
    zyte = root / "extraction" / "zyte-article-extraction-benchmark" / "html"
    pages = [
        (f"zyte/{p.name[:-8]}", gzip.decompress(p.read_bytes())) for p in sorted(zyte.iterdir())
    ]
    mozilla = root / "extraction" / "mozilla-readability-test-pages"
    with (mozilla / "ground-truth.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if not record["small_fixture"]:
                path = mozilla / "html" / f"{record['id']}.html.gz"
                pages.append((f"mozilla/{record['id']}", gzip.decompress(path.read_bytes())))
    return pages


def write_warcs(pages: list[tuple[str, bytes]], folder: Path, count: int) -> list[Path]:
    """``count`` WARC.gz files sharing the pages, each with a PNG, an empty and a JSON response."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    paths = []
    for number in range(count):
        path = folder / f"crawl-{number:02}.warc.gz"
        share = pages[number::count]
        extras = [
            (f"extra/{number}/logo.png", PNG, "image/png"),
            (f"extra/{number}/empty", b"", "text/html"),
            (f"extra/{number}/data.json", b'{"items": [1, 2, 3]}', "application/json"),
        ]
        with path.open("wb") as stream:
            writer = WARCWriter(stream, gzip=True)
            writer.write_record(writer.create_warcinfo_record(path.name, {"software": "bench"}))
            items = [(name, data, "text/html; charset=utf-8") for name, data in share]
            for name, data, content_type in items + extras:
                uri = f"https://bench.test/{name}"
                request = StatusAndHeaders(
                    "GET / HTTP/1.1", [("Host", "bench.test")], is_http_request=True
                )
                writer.write_record(
                    writer.create_warc_record(
                        uri, "request", payload=io.BytesIO(b""), http_headers=request
                    )
                )
                headers = StatusAndHeaders(
                    "200 OK",
                    [("Content-Type", content_type), ("Content-Length", str(len(data)))],
                    protocol="HTTP/1.1",
                )
                writer.write_record(
                    writer.create_warc_record(
                        uri, "response", payload=io.BytesIO(data), http_headers=headers
                    )
                )
        paths.append(path)
    return paths


# --- readers ------------------------------------------------------------------------------------


def read_warcio(paths: list[Path]) -> int:
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    for path in paths:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                record.content_stream().read()
                count += 1
    return count


def read_fastwarc(paths: list[Path]) -> int:
    from fastwarc.warc import ArchiveIterator

    count = 0
    for path in paths:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                record.reader.read()
                count += 1
    return count


def readers(paths: list[Path]) -> None:
    print("\nreaders: every record of the WARCs, payloads read (CPU seconds, best of 3)")
    for label, reader in (("warcio", read_warcio), ("fastwarc", read_fastwarc)):
        try:
            best, count = min(_cpu(reader, paths) for _ in range(3))
        except ImportError:
            print(f"  {label:<10} not installed (pip install '.[bench]')")
            continue
        print(f"  {label:<10} {count:>6} records {best:>7.3f} s {count / best:>9,.0f} records/s")


def _cpu(function: object, *args: object) -> tuple[float, int]:
    started = time.process_time()
    result = function(*args)  # type: ignore[operator]
    return time.process_time() - started, int(result)


# --- HTML brief cost ----------------------------------------------------------------------------


def brief_cost(root: Path, rounds: int) -> None:
    """CPU seconds of the whole brief against trafilatura's extraction, page by page: on the 181
    Zyte pages (the target's set, where the brief's speed was worked on) and, beside them, on
    Mozilla's real test pages, which that work did not look at.

    Each page is run by each, one after the other (in alternating order), ``rounds`` times, and
    each keeps its fastest run of the page: the load of a shared machine drifts, and timing them
    side by side page by page cancels the drift out of the ratios.
    """
    import trafilatura

    import newscli
    from newscli.lang.identify import detect_language

    pages = corpus_pages(root)
    # First calls load models and lists (py3langid's model alone takes a second): not per page.
    trafilatura.extract(pages[0][1])
    newscli.brief_bytes(pages[0][1])
    detect_language("Ceci est un texte écrit en français, pour charger le modèle de langues.")
    print(
        f"\nHTML brief cost in one process (CPU s; each page's best of {rounds}, the three run side"
        " by side)"
    )
    for label, prefix in (
        ("Zyte pages", "zyte/"),
        ("Mozilla real pages (not tuned on)", "mozilla/"),
    ):
        chosen = [data for name, data in pages if name.startswith(prefix)]
        spent = _cost_of(chosen, rounds)
        ours, theirs = spent["newscli"], spent["trafilatura"]
        print(f"  {len(chosen)} {label}")
        for who, seconds in (
            ("trafilatura extract() (defaults)", theirs),
            ("trafilatura extract(with_metadata=True)", spent["trafilatura+metadata"]),
            ("newscli brief_bytes (the whole brief)", ours),
        ):
            print(f"    {who:<41}{seconds:>7.2f} s {seconds / len(chosen) * 1000:>7.1f} ms/page")
        print(f"    ratio newscli / trafilatura: {ours / theirs:.2f}x  (target <= 1.00x)")
        print(
            "    ratio newscli / trafilatura with its metadata (title, author, date, site, as the"
            f" brief has): {ours / spent['trafilatura+metadata']:.2f}x"
        )


def _cost_of(pages: list[bytes], rounds: int) -> dict[str, float]:
    """CPU seconds of newscli's brief, of trafilatura's extraction and of trafilatura's
    extraction with its metadata over ``pages``."""
    import trafilatura

    import newscli
    from newscli.errors import NewscliError

    def ours(data: bytes) -> None:
        with contextlib.suppress(NewscliError):
            newscli.brief_bytes(data, content_type="text/html")

    def theirs(data: bytes) -> None:
        trafilatura.extract(data)

    def theirs_with_metadata(data: bytes) -> None:
        trafilatura.extract(data, with_metadata=True)

    runs = (
        ("trafilatura", theirs),
        ("newscli", ours),
        ("trafilatura+metadata", theirs_with_metadata),
    )
    totals = dict.fromkeys((label for label, _ in runs), 0.0)
    for number, data in enumerate(pages):
        best = dict.fromkeys(totals, math.inf)
        for run in range(rounds):
            for label, function in runs if (number + run) % 2 else runs[::-1]:
                started = time.process_time()
                function(data)
                best[label] = min(best[label], time.process_time() - started)
        for label in totals:
            totals[label] += best[label]
    return totals


# --- newscli summarize: WARCs against files -----------------------------------------------------


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    statuses: Counter[str]
    summary: str


def run_newscli(arguments: list[str], env: dict[str, str]) -> Run:
    command = [sys.executable, "-m", "newscli", "summarize", *arguments, "-f", "json", "-v"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"newscli failed ({done.returncode}): {done.stderr.decode()[-800:]}")
    statuses: Counter[str] = Counter()
    for line in done.stdout.splitlines():
        item = json.loads(line)
        error = item.get("error")
        statuses["ok" if error is None else ("skipped" if error.get("skipped") else "error")] += 1
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = done.stderr.decode().strip().splitlines()[-1]
    return Run(wall, cpu, statuses, summary)


def median_run(arguments: list[str], env: dict[str, str], repeat: int) -> Run:
    runs = [run_newscli(arguments, env) for _ in range(repeat)]
    return Run(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        runs[0].statuses,
        runs[0].summary,
    )


# --- Spark --------------------------------------------------------------------------------------


SPARK_CHILD = "--spark-child"


def spark_child(manifest: str, out: str) -> None:
    """Run in a child process: the Spark job, timed, with the CPU and memory of its process tree
    (JVM, Python workers, their children) read from /proc. Prints one JSON line."""
    from newscli.spark import brief_dataframe, build_session, read_manifest, record_counter

    started = time.monotonic()
    spark = build_session("local[2]", app_name="newscli-bench")
    ready = time.monotonic()
    jvm = spark.sparkContext._gateway.proc.pid
    peak = [0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.2):
            peak[0] = max(peak[0], sum(_rss(pid) for pid in _tree(jvm)))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    cpu_ready = _tree_cpu(jvm) + time.process_time()
    counter = record_counter(spark.sparkContext)
    paths = read_manifest(Path(manifest))
    brief_dataframe(spark, paths, record_types=counter).write.parquet(out)
    finished = time.monotonic()
    cpu_done = _tree_cpu(jvm) + time.process_time()
    stop.set()
    statuses = dict(
        spark.read.parquet(out).groupBy("status").count().select("status", "count").collect()
    )
    spark.stop()
    report = {
        "startup": ready - started,
        "job": finished - ready,
        "cpu_startup": cpu_ready,
        "cpu_job": cpu_done - cpu_ready,
        "peak_rss": peak[0],
        "statuses": statuses,
        "record_types": dict(counter.value),
    }
    print(json.dumps(report))


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _tree_cpu(root: int) -> float:
    """User + system seconds of every live process under ``root``, and of their reaped children."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in _tree(root):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(value) for value in fields[11:15])
    return total / ticks


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def spark_run(paths: list[Path], work: Path, env: dict[str, str]) -> dict[str, object] | str:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "not measured: pyspark is not installed (pip install '.[spark]')"
    if subprocess.run(["java", "-version"], capture_output=True, check=False).returncode:
        return "not measured: Java is not installed"
    manifest = work / "warc.paths"
    manifest.write_text("".join(f"{p}\n" for p in paths), encoding="utf-8")
    command = [sys.executable, __file__, SPARK_CHILD, str(manifest), str(work / "parquet")]
    done = subprocess.run(command, env=env, capture_output=True, check=False)
    if done.returncode:
        return f"failed: {done.stderr.decode()[-800:]}"
    result: dict[str, object] = json.loads(done.stdout.decode().strip().splitlines()[-1])
    return result


# --- main ---------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warcs", type=int, default=12, help="WARC files to spread pages over")
    parser.add_argument("--copies", type=int, default=3, help="times each page is archived")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each newscli command")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the brief-cost timing")
    parser.add_argument("--skip-spark", action="store_true")
    parser.add_argument("--only", choices=("readers", "cost", "cli", "spark"), action="append")
    args = parser.parse_args()
    root = corpora_dir()
    if root is None:
        print("corpora not found: set NEWSCLI_CORPORA or place shared/corpora beside the checkout")
        return 1
    wanted = set(args.only or ("readers", "cost", "cli", "spark"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} before the run")
    with tempfile.TemporaryDirectory(prefix="newscli-warc-") as temp:
        work = Path(temp)
        originals = corpus_pages(root)
        pages = [
            (f"{copy}/{name}", data) for copy in range(args.copies) for name, data in originals
        ]
        warcs = write_warcs(pages, work, args.warcs)
        folder = work / "pages"
        folder.mkdir()
        for number, (_, data) in enumerate(pages):
            (folder / f"{number:04}.html").write_bytes(data)
        extras = 3 * args.warcs
        print(
            f"{len(pages)} HTML pages ({len(originals)} Zyte + Mozilla real pages x {args.copies})"
            f" in {args.warcs} WARC.gz files"
            f" ({sum(p.stat().st_size for p in warcs) / 1e6:.1f} MB) with {extras} extra responses"
            " (PNG, empty, JSON) and a request record per response; the same pages as files"
        )
        if "readers" in wanted:
            readers(warcs)
        if "cost" in wanted:
            brief_cost(root, args.rounds)
        if "cli" in wanted:
            cli_runs(warcs, folder, pages, extras, env, args.repeat)
        if "spark" in wanted and not args.skip_spark:
            spark_report(warcs, work, env, len(pages), extras)
    return 0


def cli_runs(
    warcs: list[Path],
    folder: Path,
    pages: list[tuple[str, bytes]],
    extras: int,
    env: dict[str, str],
    repeat: int,
) -> None:
    subprocess.run([sys.executable, "-m", "newscli", "--help"], env=env, capture_output=True)
    files = median_run([str(folder), "--workers", "2"], env, repeat)
    archive = median_run([*map(str, warcs), "--workers", "2"], env, repeat)
    n = len(pages)
    print(f"\nnewscli summarize --workers 2, medians of {repeat} runs ({n} HTML pages)")
    print(f"  {'input':<10}{'wall s':>8}{'cpu s':>8}{'pages/s':>9}{'pages/cpu-s':>13}  outcomes")
    for label, run in (("files", files), ("WARCs", archive)):
        print(
            f"  {label:<10}{run.wall:>8.2f}{run.cpu:>8.2f}{n / run.wall:>9.1f}{n / run.cpu:>13.1f}"
            f"  {dict(run.statuses)}"
        )
    print(f"  WARC summary line: {archive.summary}")
    accounted = sum(archive.statuses.values()) == n + extras
    print(
        f"  every record accounted for: {accounted} ({sum(archive.statuses.values())} outputs for"
        f" {n} pages + {extras} extra responses; request and warcinfo records counted in the"
        " summary line)"
    )
    ratio = (n / archive.cpu) / (n / files.cpu)
    records = sum(archive.statuses.values())
    by_record = (records / archive.cpu) / (n / files.cpu)
    print(
        f"  WARC / files, records (pages + extras) per CPU second: {by_record:.2f}x"
        f" (target >= 0.95x); HTML pages alone per CPU second: {ratio:.2f}x"
    )
    print(f"  WARC / files, pages per wall second: {files.wall / archive.wall:.2f}x")
    global FILES_RATE
    FILES_RATE = n / files.wall


FILES_RATE: float | None = None


def spark_report(
    warcs: list[Path], work: Path, env: dict[str, str], pages: int, extras: int
) -> None:
    result = spark_run(warcs, work, env)
    print(f"\nnewscli.spark on local[2], one task per WARC ({len(warcs)} tasks)")
    if isinstance(result, str):
        print(f"  {result}")
        return
    statuses = result["statuses"]
    assert isinstance(statuses, dict)
    rows = sum(statuses.values())
    job = float(result["job"])  # type: ignore[arg-type]
    cpu_job = float(result["cpu_job"])  # type: ignore[arg-type]
    print(
        f"  start-up (JVM, session) {float(result['startup']):.1f} s"  # type: ignore[arg-type]
        f" ({float(result['cpu_startup']):.1f} CPU s); job {job:.1f} s ({cpu_job:.1f} CPU s)"  # type: ignore[arg-type]
    )
    print(
        f"  {rows} rows {statuses}; {pages / job:.1f} pages/s, {pages / cpu_job:.1f} pages/CPU-s;"
        f" peak memory of the process tree {int(result['peak_rss']) / 2**30:.2f} GB"  # type: ignore[call-overload]
    )
    print(f"  records by type: {result['record_types']}")
    print(f"  every record accounted for: {rows == pages + extras}")
    if FILES_RATE:
        print(
            f"  Spark job / files path, pages per second: {pages / job / FILES_RATE:.2f}x"
            "  (target >= 0.6x, start-up excluded)"
        )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == SPARK_CHILD:
        spark_child(sys.argv[2], sys.argv[3])
        sys.exit(0)
    sys.exit(main())
