"""The corpus store at scale: wire copies found, and the time and memory of store + clustering.

    python benchmarks/corpus.py [--sizes 1000,10000,100000] [--datasketch-max 10000]
                                [--overhead] [--overhead-articles 1000]

A synthetic corpus with a known truth, built from the real articles of the corpora (BBC
``bbc-extractive``, the 3,000 lowercased CNN/DailyMail ``news-summaries`` articles, the PolNeAR
``quotes`` articles; articles that already overlap another by a fifth of their 5-word shingles are
dropped first, so the corpora's own near-duplicates do not blur the truth):

- **distinct stories**: the real articles, shuffled; past their number, "mosaics" of 12-30
  sentences drawn from random articles (distinct from each other as different stories are; they
  share a sentence now and then, as real articles share boilerplate);
- **wire copies** of about a third of the stories (1-3 each): a new headline (always), and at
  least one of: the last paragraph trimmed, the dateline changed, a paragraph added (no longer
  than one and a half of the story's average paragraph). Added paragraphs and new headlines come
  from a tenth of the articles held apart for that, never from another story of the corpus.

Two copies of one story, and a copy and its original, are a true duplicate pair. Reported for each
size: precision and recall of the duplicate pairs the store finds (``duplicate_of`` groups), the
wall time and peak memory (RSS of a fresh process that streams the corpus into a new store:
writing every brief's rows, the FTS index, the sketches, then clustering and speakers), the
clustering's share, and the same-story pass's merges across distinct stories. Beside it, the
baseline: datasketch's ``MinHash`` (update_batch) + ``MinHashLSH`` on the same shingles with the
same acceptance rule. Briefs: the article text, title and paragraphs are the synthetic ones (what
clustering sees); summary, claims, quotes and keywords are those of 400 real briefs of corpus
articles, reused in turn, so every article writes as many rows as a real brief does.

``--overhead``: ``newscli summarize DIR -o OUT`` against the same with ``--db`` on
``--overhead-articles`` BBC articles written out as text files, 2 workers, median of 3 runs each.

Targets (issue 16): precision >= 0.98 and recall >= 0.95; 100k articles stored and clustered in
<= 5 minutes and <= 2 GB; ``--db`` adds <= 10% to the batch's wall time.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from math import comb
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _corpora import corpora_dir

ROOT = Path(__file__).resolve().parents[1]
SEED = 16
ANALYSED = 400
DATELINES = (
    "LONDON (Courier) —", "NEW YORK (Wire) —", "PARIS (Dispatch) —", "BERLIN (Herald) —",
    "TOKYO (Courier) —", "NAIROBI (Wire) —", "SYDNEY (Dispatch) —", "MADRID (Herald) —",
)  # fmt: skip
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


@dataclass(frozen=True)
class Base:
    title: str
    paragraphs: tuple[str, ...]


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def load_bases(corpora: Path) -> list[Base]:
    bases: list[Base] = []
    with gzip.open(corpora / "bbc-extractive" / "bbc-news-summary.jsonl.gz", "rt") as stream:
        for line in stream:
            record = json.loads(line)
            paragraphs = tuple(p for p in record["article"].split("\n\n") if p.strip())
            bases.append(Base(record["title"], paragraphs))
    with gzip.open(corpora / "news-summaries" / "cnndm-test.jsonl.gz", "rt") as stream:
        for line in stream:
            record = json.loads(line)
            if record["text_form"] != "lowercased_ptb_tokenized":
                continue
            sentences = _sentences(record["article"])
            paragraphs = tuple(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))
            bases.append(Base(sentences[0][:80] if sentences else "", paragraphs))
    seen: set[str] = set()
    with gzip.open(corpora / "quotes" / "polnear.jsonl.gz", "rt") as stream:
        for line in stream:
            record = json.loads(line)
            if record["article"] in seen:
                continue
            seen.add(record["article"])
            paragraphs = tuple(p for p in record["text"].split("\n\n") if p.strip())
            bases.append(Base(record["title"], paragraphs[1:] or paragraphs))
    return [b for b in bases if sum(len(p.split()) for p in b.paragraphs) >= 60]


def drop_overlapping(bases: list[Base]) -> tuple[list[Base], int]:
    """Drop articles whose exact 5-word shingle overlap with an earlier one is 0.2 or more."""
    from newscli.analyze.minhash import text_shingles

    owner: dict[int, list[int]] = defaultdict(list)
    kept: list[Base] = []
    dropped = 0
    for base in bases:
        shingles = text_shingles("\n\n".join(base.paragraphs)).tolist()
        shared: Counter[int] = Counter()
        for value in shingles:
            for other in owner.get(value, ()):
                shared[other] += 1
        if shared and shared.most_common(1)[0][1] >= 0.2 * max(1, len(shingles)):
            dropped += 1
            continue
        index = len(kept)
        kept.append(base)
        for value in shingles:
            owner[value].append(index)
    return kept, dropped


def _mosaic(rng: random.Random, sentences: list[str]) -> Base:
    chosen = [rng.choice(sentences) for _ in range(rng.randint(12, 30))]
    paragraphs = tuple(" ".join(chosen[i : i + 3]) for i in range(0, len(chosen), 3))
    return Base(chosen[0][:80], paragraphs)


def _copy(rng: random.Random, base: Base, filler: list[Base]) -> Base:
    paragraphs = list(base.paragraphs)
    mean = sum(len(p) for p in paragraphs) / len(paragraphs)
    edits = {e for e in ("trim", "dateline", "add") if rng.random() < 0.5}
    if not edits:
        edits.add(rng.choice(("trim", "dateline", "add")))
    if "trim" in edits and len(paragraphs) >= 3:
        paragraphs.pop()
    if "dateline" in edits:
        words = paragraphs[0].split()
        cut = rng.randint(0, min(4, max(0, len(words) - 1)))
        paragraphs[0] = " ".join([rng.choice(DATELINES), *words[cut:]])
    if "add" in edits:
        for _ in range(50):
            added = rng.choice(rng.choice(filler).paragraphs)
            if len(added) <= 1.5 * mean:
                paragraphs.insert(rng.randint(1, len(paragraphs)), added)
                break
    title = rng.choice(filler).title
    return Base(title, tuple(paragraphs))


def build_corpus(bases: list[Base], size: int, seed: int) -> Iterator[tuple[int, Base]]:
    """``size`` articles as (family, article); a family is a story and its copies.

    A tenth of the articles is held apart as filler: the paragraphs that copies gain and their new
    headlines come from there, never from a story of the corpus (a paragraph added by a wire desk
    is new text, not another story's)."""
    rng = random.Random(seed)
    order = list(bases)
    rng.shuffle(order)
    filler, order = order[: len(order) // 10], order[len(order) // 10 :]
    sentences = [s for b in order for p in b.paragraphs for s in _sentences(p)]
    made = 0
    family = 0
    while made < size:
        story = order[family] if family < len(order) else _mosaic(rng, sentences)
        copies = rng.choice((1, 1, 2, 3)) if rng.random() < 1 / 3 else 0
        members = [story] + [_copy(rng, story, filler) for _ in range(copies)]
        for member in members[: size - made]:
            yield family, member
            made += 1
        family += 1


def write_corpus(path: Path, bases: list[Base], size: int, seed: int) -> Counter[int]:
    families: Counter[int] = Counter()
    order: list[tuple[int, Base]] = list(build_corpus(bases, size, seed))
    # Copies arrive in any order, as a day's feeds do, not right after their original.
    random.Random(seed + 1).shuffle(order)
    with path.open("w", encoding="utf-8") as stream:
        for family, base in order:
            families[family] += 1
            record = {"family": family, "title": base.title, "paragraphs": base.paragraphs}
            stream.write(json.dumps(record) + "\n")
    return families


def analysed_briefs(bases: list[Base], path: Path) -> None:
    """Real briefs of ``ANALYSED`` corpus articles, pickled for the store runs to reuse."""
    import newscli

    rng = random.Random(SEED)
    briefs = [
        newscli.brief(b.title + "\n\n" + "\n\n".join(b.paragraphs), source="x.txt")
        for b in rng.sample(bases, ANALYSED)
    ]
    path.write_bytes(pickle.dumps([replace(b, sentences=()) for b in briefs]))


# --- one store run, in a fresh process -----------------------------------------------------------


def run_store(corpus: Path, briefs_path: Path, db: Path, digest: bool = False) -> dict[str, float]:
    from newscli.model import Article, Stats
    from newscli.options import Options
    from newscli.store.writer import StoreWriter

    briefs = pickle.loads(briefs_path.read_bytes())
    started = time.perf_counter()
    writer = StoreWriter(db, Options())
    with corpus.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream):
            record = json.loads(line)
            template = briefs[number % len(briefs)]
            paragraphs = tuple(record["paragraphs"])
            article = Article(
                source=f"synthetic/{number}.txt",
                kind="text",
                paragraphs=paragraphs,
                title=record["title"],
                language="en",
            )
            words = sum(len(p.split()) for p in paragraphs)
            brief = replace(
                template, article=article, stats=Stats(words, words // 20, len(paragraphs))
            )
            writer.add(brief, key=article.source, input_hash=None)
    summary = writer.close()
    elapsed = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    figures = {
        "seconds": elapsed,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_mb": _peak_rss_mb(),
        **summary.seconds,
    }
    if digest:
        figures.update(time_digest(db))
    return figures


def time_digest(db: Path) -> dict[str, float]:
    """Seconds to read the digest out of the store and render the HTML page, and its size."""
    from newscli.render.digest_html import render_digest_html
    from newscli.store.queries import build_digest, open_store

    started = time.perf_counter()
    conn = open_store(db)
    data = build_digest(conn)
    conn.close()
    read = time.perf_counter()
    page = render_digest_html(data)
    done = time.perf_counter()
    return {
        "digest_read": read - started,
        "digest_render": done - read,
        "digest_mb": len(page.encode("utf-8")) / 1e6,
    }


def _peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited from the
    process that started this one)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- scoring -------------------------------------------------------------------------------------


def pair_scores(predicted: list[int], truth: list[int]) -> tuple[float, float, int, int]:
    """Precision and recall of the same-group pairs of ``predicted`` against ``truth``."""
    cells = Counter(zip(predicted, truth, strict=True))
    true_positive = sum(comb(n, 2) for n in cells.values())
    predicted_pairs = sum(comb(n, 2) for n in Counter(predicted).values())
    truth_pairs = sum(comb(n, 2) for n in Counter(truth).values())
    precision = true_positive / predicted_pairs if predicted_pairs else 1.0
    recall = true_positive / truth_pairs if truth_pairs else 1.0
    return precision, recall, predicted_pairs, truth_pairs


def store_groups(db: Path) -> tuple[list[int], list[int]]:
    import sqlite3

    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT id, coalesce(duplicate_of, id), cluster FROM articles ORDER BY id"
    ).fetchall()
    conn.close()
    return [r[1] for r in rows], [r[2] for r in rows]


def datasketch_groups(corpus: Path) -> tuple[list[int], float]:
    """The baseline: datasketch MinHash + MinHashLSH, the same shingles and acceptance rule."""
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from newscli.analyze.minhash import text_shingles
    from newscli.store.clusters import COPY_JACCARD, COPY_OVERLAP

    started = time.perf_counter()
    lsh = MinHashLSH(threshold=0.2, num_perm=128)
    hashes: list[MinHash] = []
    sizes: list[int] = []
    with corpus.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream):
            record = json.loads(line)
            shingles = text_shingles("\n\n".join(record["paragraphs"]))
            sketch = MinHash(num_perm=128)
            if len(shingles):
                sketch.update_batch([int(v).to_bytes(8, "little") for v in shingles])
            hashes.append(sketch)
            sizes.append(len(shingles))
            lsh.insert(number, sketch)
    parent = list(range(len(hashes)))

    def find(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for i, sketch in enumerate(hashes):
        for j in lsh.query(sketch):
            if j <= i:
                continue
            jaccard = sketch.jaccard(hashes[j])
            smaller = max(1, min(sizes[i], sizes[j]))
            overlap = min(1.0, jaccard * (sizes[i] + sizes[j]) / ((1 + jaccard) * smaller))
            if overlap >= COPY_OVERLAP and jaccard >= COPY_JACCARD:
                a, b = find(i), find(j)
                parent[max(a, b)] = min(a, b)
    groups = [find(i) for i in range(len(hashes))]
    del np
    return groups, time.perf_counter() - started


def families_of(corpus: Path) -> list[int]:
    with corpus.open(encoding="utf-8") as stream:
        return [json.loads(line)["family"] for line in stream]


# --- the --db overhead ---------------------------------------------------------------------------


def overhead(bases: list[Base], count: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory(prefix="newscli-overhead-") as temp:
        folder = Path(temp) / "articles"
        folder.mkdir()
        for number, base in enumerate(bases[:count]):
            text = base.title + "\n\n" + "\n\n".join(base.paragraphs)
            (folder / f"{number:05d}.txt").write_text(text, encoding="utf-8")
        newscli = [sys.executable, "-m", "newscli", "summarize", str(folder), "--workers", "2"]
        times: dict[str, list[float]] = {"-o": [], "-o --db": []}
        cpu: dict[str, list[float]] = {"-o": [], "-o --db": []}
        for run in range(repeat):
            for label in times:
                out = Path(temp) / f"out-{label.replace(' ', '')}-{run}"
                command = [*newscli, "-f", "json", "-o", str(out)]
                if "--db" in label:
                    command += ["--db", str(Path(temp) / f"news-{run}.db")]
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                started = time.perf_counter()
                subprocess.run(command, check=True, cwd=ROOT)
                times[label].append(time.perf_counter() - started)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[label].append(
                    after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
                )
        base_wall, db_wall = statistics.median(times["-o"]), statistics.median(times["-o --db"])
        base_cpu, db_cpu = statistics.median(cpu["-o"]), statistics.median(cpu["-o --db"])
        print(f"\n--db overhead, {count} BBC articles as text files, 2 workers, median of {repeat}")
        print(f"  summarize -o OUT          wall {base_wall:6.2f} s   cpu {base_cpu:6.2f} s")
        print(f"  summarize -o OUT --db DB  wall {db_wall:6.2f} s   cpu {db_cpu:6.2f} s")
        print(
            f"  overhead: wall {100 * (db_wall / base_wall - 1):+.1f}%"
            f"   cpu {100 * (db_cpu / base_cpu - 1):+.1f}%   (target <= +10% wall)"
        )


# --- main ---------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="'' for none")
    parser.add_argument("--datasketch-max", type=int, default=10000)
    parser.add_argument("--overhead", action="store_true", help="also measure --db overhead")
    parser.add_argument("--overhead-articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--seed", type=int, default=SEED, help="corpus seed (16 tuned the thresholds; try 17)"
    )
    parser.add_argument("--digest-max", type=int, default=10000, help="time the digest up to here")
    parser.add_argument(
        "--store-run", nargs=3, metavar=("CORPUS", "BRIEFS", "DB"), help=argparse.SUPPRESS
    )
    parser.add_argument("--with-digest", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.store_run:
        corpus, briefs, db = (Path(p) for p in args.store_run)
        print(json.dumps(run_store(corpus, briefs, db, digest=args.with_digest)))
        return
    corpora = corpora_dir()
    if corpora is None:
        sys.exit("corpora not found: set NEWSCLI_CORPORA or put them in ../shared/corpora")
    bases, dropped = drop_overlapping(load_bases(corpora))
    print(f"{len(bases)} real articles ({dropped} dropped: overlapping another), seed {args.seed}")
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    if sizes:
        scale(bases, sizes, args)
    if args.overhead:
        overhead(bases, args.overhead_articles, args.repeat)


def scale(bases: list[Base], sizes: list[int], args: argparse.Namespace) -> None:
    """The table: each size stored and clustered in a fresh process, scored, beside datasketch."""
    with tempfile.TemporaryDirectory(prefix="newscli-corpus-") as temp:
        work = Path(temp)
        briefs_path = work / "briefs.pickle"
        analysed_briefs(bases, briefs_path)
        header = (
            f"{'articles':>9} {'copies':>7} {'true pairs':>10} | {'precision':>9} {'recall':>7}"
            f" {'store+cluster':>13} {'cpu':>7} {'cluster':>8} {'peak RSS':>9}"
            f" {'story merges':>12}"
            f" | {'datasketch P':>12} {'R':>6} {'time':>7}"
        )
        print(header)
        print("-" * len(header))
        digests: list[str] = []
        for size in sizes:
            corpus = work / f"corpus-{size}.jsonl"
            families = write_corpus(corpus, bases, size, args.seed)
            db = work / f"store-{size}.db"
            command = [sys.executable, __file__, "--store-run", str(corpus), str(briefs_path)]
            command += [str(db)] + (["--with-digest"] if size <= args.digest_max else [])
            result = subprocess.run(
                command,
                check=True,
                capture_output=True,
                text=True,
            )
            figures = json.loads(result.stdout.strip().splitlines()[-1])
            truth = families_of(corpus)
            groups, stories = store_groups(db)
            precision, recall, _, truth_pairs = pair_scores(groups, truth)
            # Story groups that join different synthetic stories (an upper bound on wrong
            # merges: real articles about one event are distinct "stories" here).
            story_truth = pair_scores(stories, truth)
            merges = story_truth[2] - round(story_truth[0] * story_truth[2])
            copies = size - len(families)
            line = (
                f"{size:>9,} {copies:>7,} {truth_pairs:>10,} | {precision:>9.4f} {recall:>7.4f}"
                f" {figures['seconds']:>11.1f} s {figures['cpu']:>5.1f} s"
                f" {figures.get('cluster', 0):>6.1f} s"
                f" {figures['peak_mb']:>6.0f} MB {merges:>12,}"
            )
            if size <= args.datasketch_max:
                baseline, seconds = datasketch_groups(corpus)
                p, r, _, _ = pair_scores(baseline, truth)
                line += f" | {p:>12.4f} {r:>6.4f} {seconds:>5.1f} s"
            print(line, flush=True)
            if "digest_read" in figures:
                digests.append(
                    f"{size:>9,} articles: digest read {figures['digest_read']:.1f} s"
                    f" + HTML {figures['digest_render']:.1f} s, {figures['digest_mb']:.1f} MB"
                )
            for leftover in work.glob(f"store-{size}.db*"):
                leftover.unlink()
        print(
            "\ntime: the whole store run (rows, FTS, sketches, clustering, speakers);"
            " datasketch: sketches + LSH + the same acceptance rule, in memory, no store."
        )
        if digests:
            print("\nthe digest page (a fresh process: open the store, gather, render):")
            print("\n".join(digests))


if __name__ == "__main__":
    main()
