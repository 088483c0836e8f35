"""Fetching throughput: 200 local pages through the batch pool, without and with the HTTP cache.

    python benchmarks/fetch.py [--pages 200] [--workers 2] [--latency 0.05] [--repeat 3]

A site on 127.0.0.1 serves ``--pages`` article pages (about 25 KB of HTML each, written here) with
an ETag, answering ``If-None-Match`` with 304, and waiting ``--latency`` seconds before each
answer (a stand-in for the network). Each row is one run of
``newscli extract --from-list URLS -f json --workers N`` in a subprocess (start-up included):

- ``--no-cache``: every page transferred (the baseline: newscli before the cache);
- cache, first run: every page transferred and stored;
- cache, rerun: conditional requests only (the site counts the bodies it sends: must be 0);
- cache, rerun of pages with ``max-age``: fresh responses used without asking the site.

Medians of ``--repeat`` runs; the site's counts are from the last run of each row.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PARAGRAPH = (
    "The harbour board met on {day} to discuss report number {n}, which set out the cost of "
    "repairing the northern quay and the timetable for the work over the coming winter months."
)


def page(n: int) -> bytes:
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    body = "".join(
        f"<p>{PARAGRAPH.format(day=days[(n + i) % 5], n=n * 100 + i)}</p>" for i in range(100)
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Report {n}</title>"
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>Harbour report {n}</h1>"
        f"{body}</article><footer>Copyright</footer></body></html>"
    ).encode()


class Counts:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests = 0
        self.bodies = 0
        self.not_modified = 0

    def reset(self) -> None:
        with self.lock:
            self.requests = self.bodies = self.not_modified = 0


def make_handler(pages: list[bytes], counts: Counts, latency: float) -> type:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        max_age = False

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            time.sleep(latency)
            path = self.path.split("?")[0]
            fresh = path.startswith("/fresh/")
            number = int(path.rsplit("-", 1)[-1]) if "-" in path else -1
            with counts.lock:
                counts.requests += 1
            if not 0 <= number < len(pages):
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            etag = f'"r{number}"'
            if self.headers.get("If-None-Match") == etag:
                with counts.lock:
                    counts.not_modified += 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            with counts.lock:
                counts.bodies += 1
            body = pages[number]
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("ETag", etag)
            if fresh:
                self.send_header("Cache-Control", "max-age=3600")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


def run(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, check=False)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    pages = [page(n) for n in range(args.pages)]
    counts = Counts()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(pages, counts, args.latency))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        lists = {}
        for kind in ("etag", "fresh"):
            lists[kind] = folder / f"{kind}.txt"
            lists[kind].write_text(
                "".join(f"{base}/{kind}/story-{n}\n" for n in range(args.pages)), encoding="utf-8"
            )
        env = {**os.environ, "PYTHONPATH": str(ROOT), "NEWSCLI_CONFIG": str(folder / "none")}
        for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
            env.pop(name, None)
        newscli = [sys.executable, "-m", "newscli", "extract", "-f", "json"]
        newscli += ["--workers", str(args.workers)]

        def cached(kind: str, cache: Path) -> list[str]:
            return [*newscli, "--from-list", str(lists[kind]), "--cache-dir", str(cache)]

        rows: list[tuple[str, list[float], tuple[int, int, int]]] = []

        def measure(label: str, prepare: object, command_for: object) -> None:
            times = []
            for repeat in range(args.repeat):
                cache = folder / f"cache-{label.replace(' ', '-')}-{repeat}"
                prepare(cache)  # type: ignore[operator]
                counts.reset()
                times.append(run(command_for(cache), env))  # type: ignore[operator]
            rows.append((label, times, (counts.requests, counts.bodies, counts.not_modified)))

        def nothing(cache: Path) -> None:
            pass

        def fill(kind: str) -> object:
            return lambda cache: run(cached(kind, cache), env)

        plain = [*newscli, "--from-list", str(lists["etag"]), "--no-cache"]
        measure("no cache", nothing, lambda cache: plain)
        measure("cache, first run", nothing, lambda cache: cached("etag", cache))
        measure("cache, rerun (304s)", fill("etag"), lambda cache: cached("etag", cache))
        measure("cache, rerun (max-age)", fill("fresh"), lambda cache: cached("fresh", cache))
    server.shutdown()

    print(
        f"{args.pages} pages of {len(pages[0]) // 1024} KB, {args.workers} workers,"
        f" {args.latency * 1000:.0f} ms latency per answer; median of {args.repeat} runs"
    )
    print(f"{'run':<26} {'wall s':>7} {'pages/s':>8} {'requests':>9} {'bodies':>7} {'304s':>5}")
    for label, times, (requests, bodies, not_modified) in rows:
        wall = statistics.median(times)
        print(
            f"{label:<26} {wall:>7.2f} {args.pages / wall:>8.1f} {requests:>9} {bodies:>7}"
            f" {not_modified:>5}"
        )


if __name__ == "__main__":
    main()
