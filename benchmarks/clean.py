"""Plain-text boilerplate removal: newscli's cleaner beside the baselines.

    /work/venv/bin/python benchmarks/clean.py [--quick] [--renderings] [--split S] [--worst N]

Scores on textdumps/zyte-pages.jsonl.gz by bag-of-words precision, recall and F1 against the gold
article text (lowercased \\w+ tokens, multiset intersection, averaged over pages), as that folder's
SOURCE.md defines. The pages have no split of their own: ``dev`` is the even-numbered pages (used
while building the cleaner), ``test`` the odd-numbered ones. Also checks that clean articles come
through whole (bbc-extractive: share of article words kept, title found), how often the title
found on a page dump is the page's own (its HTML's, read by newscli: a silver standard), and that
the seed loses only its comment footer. jusText and trafilatura run live on the lines (a few
seconds) unless ``--quick``; trafilatura on the HTML is the reference figure from SOURCE.md.
``--renderings`` adds the extraction corpora's pages rendered as a browser copy, as Markdown, by
``w3m -dump -cols 80`` and ``lynx -dump -width 72`` (when installed), the textdumps pages
hard-wrapped at 72 and 80 columns and with the article printed twice (benchmarks/_render.py).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _corpora import corpora_dir
from _render import doubled, hard_wrap, have_text_browser, render, render_with

from newscli.clean.text import clean_text

_TOKEN = re.compile(r"\w+")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")

# Measured on the 181 pages with the same metric (textdumps/SOURCE.md).
REFERENCE = {
    "no cleaning": (0.521, 1.000, 0.653),
    "jusText on the lines": (0.657, 0.788, 0.690),
    "trafilatura on the lines": (0.546, 0.995, 0.673),
    "trafilatura on the HTML": (0.933, 0.983, 0.948),
}


def read_jsonl(path: Path) -> Iterator[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def bag(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def prf(predicted: str, gold: str) -> tuple[float, float, float]:
    got, want = bag(predicted), bag(gold)
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else 0.0
    recall = common / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def newscli_body(text: str) -> str:
    return "\n\n".join(clean_text(text).paragraphs)


def justext_body(text: str) -> str:
    import html

    import justext  # type: ignore[import-untyped]

    page = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    paragraphs = justext.justext(
        f"<html><body>{page}</body></html>", justext.get_stoplist("English")
    )
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def trafilatura_body(text: str) -> str:
    import html

    import trafilatura

    page = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return trafilatura.extract(f"<html><body>{page}</body></html>") or ""


def score(
    pages: list[dict[str, str]], method: Callable[[str], str]
) -> tuple[float, float, float, float, list[tuple[float, str]]]:
    totals = [0.0, 0.0, 0.0]
    per_page: list[tuple[float, str]] = []
    elapsed = 0.0
    for page in pages:
        start = time.perf_counter()
        body = method(page["text"])
        elapsed += time.perf_counter() - start
        p, r, f = prf(body, page["gold"])
        totals = [totals[0] + p, totals[1] + r, totals[2] + f]
        per_page.append((f, f"P={p:.2f} R={r:.2f} {page['url']}"))
    n = len(pages)
    return totals[0] / n, totals[1] / n, totals[2] / n, 1000 * elapsed / n, per_page


def median_ms(pages: list[dict[str, str]]) -> float:
    """Median time per page, each page's best of three runs (other processes add noise)."""
    times = []
    for page in pages:
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            clean_text(page["text"])
            runs.append(time.perf_counter() - start)
        times.append(min(runs))
    return 1000 * statistics.median(times)


def row(name: str, p: float, r: float, f: float, ms: str = "") -> str:
    return f"| {name:<44} | {p:.3f} | {r:.3f} | {f:.3f} | {ms:>8} |"


def zyte_table(root: Path, split: str, baselines: bool, worst: int) -> None:
    pages = list(read_jsonl(root / "textdumps" / "zyte-pages.jsonl.gz"))
    if split != "all":
        pages = pages[0 if split == "dev" else 1 :: 2]
    print(f"textdumps/zyte-pages: {len(pages)} pages (split: {split})")
    print(f"| {'method':<44} | P     | R     | F1    | ms/page  |")
    print(f"|{'-' * 46}|-------|-------|-------|----------|")
    p, r, f, ms, per_page = score(pages, newscli_body)
    print(row("newscli clean_text", p, r, f, f"{ms:.2f}"))
    median = median_ms(pages)
    live: dict[str, Callable[[str], str]] = {"no cleaning": lambda text: text}
    if baselines:
        live |= {"jusText on the lines": justext_body, "trafilatura on the lines": trafilatura_body}
    for name, method in live.items():
        bp, br, bf, bms, _ = score(pages, method)
        print(row(f"{name} (live)", bp, br, bf, f"{bms:.2f}"))
    for name, (rp, rr, rf) in REFERENCE.items():
        if name not in live:
            print(row(f"{name} (reference, all 181 pages)", rp, rr, rf))
    print(f"newscli median ms/page (best of 3 runs per page): {median:.2f}")
    if worst:
        print(f"\nworst {worst} pages by F1:")
        for f1, line in sorted(per_page)[:worst]:
            print(f"  F1={f1:.2f} {line}")


Page = dict[str, str]


def html_sources(root: Path) -> list[tuple[str, str, str, str]]:
    """(id, html, gold, split) of the extraction corpora's real pages; the Zyte pages in textdumps'
    order, so that dev (even) and test (odd) are the same halves as there."""
    extraction = root / "extraction"
    zyte = json.loads(
        (extraction / "zyte-article-extraction-benchmark" / "ground-truth.json").read_text()
    )
    order = [r["url"] for r in read_jsonl(root / "textdumps" / "zyte-pages.jsonl.gz")]
    ids = sorted(zyte, key=lambda i: order.index(zyte[i]["url"]))
    sources: list[tuple[str, str, str, str]] = []
    for n, page_id in enumerate(ids):
        html_path = extraction / "zyte-article-extraction-benchmark" / "html" / f"{page_id}.html.gz"
        gold = zyte[page_id]["articleBody"]
        sources.append((page_id, _read_html(html_path), gold, _half(n)))
    mozilla = extraction / "mozilla-readability-test-pages"
    records = [
        r for r in read_jsonl_plain(mozilla / "ground-truth.jsonl") if not r["small_fixture"]
    ]
    for n, record in enumerate(records):
        html = _read_html(mozilla / "html" / f"{record['id']}.html.gz")
        sources.append((record["id"], html, record["expected_text"], _half(n)))
    return sources


def _half(n: int) -> str:
    return "dev" if n % 2 == 0 else "test"


def rendered_pages(root: Path) -> dict[str, list[Page]]:
    """The pages in every other rendering, each with its gold text and split."""
    sources = html_sources(root)
    tables: dict[str, list[Page]] = {}
    for style, label in (("plain", "browser copy"), ("markdown", "markdown")):
        tables[label] = [
            {"text": render(html, style), "gold": gold, "url": page_id, "split": split}
            for page_id, html, gold, split in sources
        ]
    for name, label in (("w3m", "w3m -dump -cols 80"), ("lynx", "lynx -dump -width 72")):
        if not have_text_browser(name):
            print(f"({name} not installed: apt-get install {name}; its rendering is skipped)")
            continue
        tables[label] = [
            {"text": render_with(name, html), "gold": gold, "url": page_id, "split": split}
            for page_id, html, gold, split in sources
        ]
    dumps = list(read_jsonl(root / "textdumps" / "zyte-pages.jsonl.gz"))
    for width in (72, 80):
        tables[f"inscriptis wrapped at {width}"] = [
            {**page, "text": hard_wrap(page["text"], width), "split": _half(n)}
            for n, page in enumerate(dumps)
        ]
    tables["inscriptis, article twice"] = [
        {**page, "text": doubled(page["text"], page["gold"]), "split": _half(n)}
        for n, page in enumerate(dumps)
    ]
    return tables


def _read_html(path: Path) -> str:
    with gzip.open(path, "rb") as handle:
        return handle.read().decode("utf-8", errors="replace")


def read_jsonl_plain(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def without_link_targets(text: str) -> str:
    """Markdown link targets are not words of the page (the gold has none): not scored."""
    return _LINK_TARGET.sub("]", text)


def other_renderings_table(root: Path, split: str, worst: int) -> None:
    print(
        "\nOther renderings (browser copy, markdown, w3m, lynx: zyte + mozilla readability real "
        "pages; wrapped and doubled: the textdumps pages).\nP, R and F1 over the split asked "
        "for; F1 of the dev and test halves beside them:"
    )
    print(f"| {'rendering / method':<44} | P     | R     | F1    | dev F1 | test F1 | ms/page  |")
    print(f"|{'-' * 46}|-------|-------|-------|--------|---------|----------|")
    methods: dict[str, Callable[[str], str]] = {
        "newscli": lambda text: without_link_targets(newscli_body(text)),
        "no cleaning": without_link_targets,
    }
    for label, pages in rendered_pages(root).items():
        for method_name, method in methods.items():
            results: list[tuple[Any, ...]] = []
            for page in pages:
                started = time.perf_counter()
                body = method(page["text"])
                elapsed = time.perf_counter() - started
                results.append((page["split"], *prf(body, page["gold"]), elapsed, page["url"]))

            def mean(column: int, half: str, results: list[tuple[Any, ...]] = results) -> float:
                rows = [r for r in results if half in ("all", r[0])]
                return sum(float(r[column]) for r in rows) / max(1, len(rows))

            n = sum(1 for r in results if split in ("all", r[0]))
            name = f"{label} ({n}): {method_name}"
            timing = f"{1000 * mean(4, split):.2f}" if method_name == "newscli" else ""
            print(
                f"| {name:<44} | {mean(1, split):.3f} | {mean(2, split):.3f} | "
                f"{mean(3, split):.3f} | {mean(3, 'dev'):.3f}  | {mean(3, 'test'):.3f}   | "
                f"{timing:>8} |"
            )
            if worst and method_name == "newscli":
                chosen = sorted(r for r in results if split in ("all", r[0]))
                for row in sorted(chosen, key=lambda r: r[3])[:worst]:
                    print(f"|   F1={row[3]:.2f} P={row[1]:.2f} R={row[2]:.2f} {row[5]}")


def bbc_check(root: Path) -> None:
    kept = total = titles = 0
    records = list(read_jsonl(root / "bbc-extractive" / "bbc-news-summary.jsonl.gz"))
    start = time.perf_counter()
    for record in records:
        result = clean_text(record["title"] + "\n\n" + record["article"])
        got, want = bag("\n".join(result.paragraphs)), bag(record["article"])
        kept += sum((got & want).values())
        total += sum(want.values())
        titles += result.title == record["title"].strip()
    ms = 1000 * (time.perf_counter() - start) / len(records)
    print(
        f"\nbbc-extractive: {len(records)} clean articles: "
        f"{100 * kept / total:.2f}% of article words kept "
        f"(target >= 99.5%), title found in {titles}/{len(records)}, {ms:.2f} ms/article"
    )


def title_check(root: Path) -> None:
    """The title the cleaner finds on each whole-page text dump beside the page's own title, as
    newscli reads it from the HTML (trafilatura's metadata: <title>, og:title, the h1): a silver
    standard, not a gold one. They agree when equal once lowercased and reduced to words, or when
    one holds the other and the shorter has over 15 characters ("Headline | Site" holds
    "Headline"); a headline printed differently on the page from its <title> counts as a miss."""
    import newscli

    extraction = root / "extraction" / "zyte-article-extraction-benchmark" / "html"
    agree = {"dev": 0, "test": 0}
    judged = {"dev": 0, "test": 0}
    for n, page in enumerate(read_jsonl(root / "textdumps" / "zyte-pages.jsonl.gz")):
        data = gzip.decompress((extraction / f"{page['id']}.html.gz").read_bytes())
        wanted = newscli.brief_bytes(data, content_type="text/html").article.title
        if not wanted:
            continue
        half = _half(n)
        judged[half] += 1
        agree[half] += _same_title(clean_text(page["text"]).title or "", wanted)
    print(
        f"titles of the textdumps pages beside the HTML page's title (silver): "
        f"dev {agree['dev']}/{judged['dev']}, test {agree['test']}/{judged['test']}, "
        f"all {sum(agree.values())}/{sum(judged.values())}"
    )


def _same_title(found: str, wanted: str) -> bool:
    a, b = (" ".join(_TOKEN.findall(t.lower())) for t in (found, wanted))
    shorter = min(a, b, key=len)
    return bool(a) and (a == b or (len(shorter) > 15 and (a in b or b in a)))


def seed_check(root: Path) -> None:
    for path in sorted((root.parent / "seed").glob("*.txt")):
        result = clean_text(path.read_text(encoding="utf-8"))
        removed = [f"{r.text!r} ({r.reason})" for r in result.removed]
        print(
            f"seed {path.name}: title {result.title!r}; removed {', '.join(removed) or 'nothing'}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="print jusText and trafilatura's reference figures"
    )
    parser.add_argument("--split", choices=("all", "dev", "test"), default="all")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    parser.add_argument(
        "--renderings", action="store_true", help="also score pages rendered to text in other ways"
    )
    args = parser.parse_args()
    root = corpora_dir()
    if root is None:
        print("corpora not found: set NEWSCLI_CORPORA or place shared/corpora beside the checkout")
        return
    zyte_table(root, args.split, not args.quick, args.worst)
    if args.renderings:
        other_renderings_table(root, args.split, args.worst)
    bbc_check(root)
    title_check(root)
    seed_check(root)


if __name__ == "__main__":
    main()
