"""Where the CPU of an HTML brief goes: ``newscli.brief_bytes`` on the 181 Zyte pages (or
Mozilla's 94 real test pages, which the speed work was not tuned on), split by stage, beside
trafilatura's ``extract()`` alone (issue 15 item 4: the whole brief <= 1.0x).

    python benchmarks/brief_stages.py [--rounds 3] [--pages zyte|mozilla]

Each stage is a function the pipeline calls through a module attribute; the script replaces that
attribute with a wrapper that reads the CPU clock around the call and changes nothing else.
Every page is briefed ``--rounds`` times (trafilatura's run of the page between, in alternating
order, as ``warc.py`` times them), and each stage keeps the page's fastest round: the load of a
shared machine drifts, the fastest run is the cost. Stages nest (an indented stage is part of the
one above it); "rest" is what the top-level stages leave of the whole brief.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import math
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpora import corpora_dir
from warc import corpus_pages

PAGES = {"zyte": "Zyte pages", "mozilla": "Mozilla real test pages"}

# (module whose attribute the caller looks up, attribute, label, depth)
STAGES = (
    ("newscli.pipeline", "document_from_bytes", "decode (bytes to text, sanitize)", 0),
    ("newscli.pipeline", "clean", "HTML cleaning", 0),
    ("newscli.clean.html.page", "parse_html", "parse (lxml, once)", 1),
    ("newscli.clean.html.page", "article_lines", "trafilatura extraction (fast pass)", 1),
    ("newscli.clean.html.page", "is_navigation", "navigation check", 1),
    ("newscli.clean.html.page", "page_metadata", "metadata (meta, JSON-LD, byline, date)", 1),
    ("newscli.clean.html.metadata", "byline", "byline markup", 2),
    ("newscli.clean.html.metadata", "page_date", "date (htmldate)", 2),
    ("newscli.clean.html.page", "_sanitized", "sanitize fields", 1),
    ("newscli.pipeline", "detect_language", "language identification", 0),
    ("newscli.pipeline", "analyze", "analysis", 0),
    ("newscli.pipeline", "segment", "sentence segmentation", 1),
    ("newscli.pipeline", "rank_sentences", "summary ranking", 1),
    ("newscli.pipeline", "find_statements", "attribution (quotes, reported, speakers)", 1),
    ("newscli.analyze.statements", "Discourse", "discourse (names, referents)", 2),
    ("newscli.analyze.statements", "reported_candidates", "reported speech", 2),
    ("newscli.analyze.statements", "quote_candidates", "quote marks", 2),
    ("newscli.pipeline", "find_claims", "claims", 1),
    ("newscli.pipeline", "keywords", "keywords", 1),
    ("newscli.pipeline", "words", "word count", 1),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs of each page")
    parser.add_argument(
        "--pages", choices=("zyte", "mozilla"), default="zyte", help="the pages to brief"
    )
    args = parser.parse_args()
    root = corpora_dir()
    if root is None:
        print("corpora not found (set NEWSCLI_CORPORA)", file=sys.stderr)
        return 2
    import trafilatura

    import newscli
    from newscli.errors import NewscliError
    from newscli.lang.identify import detect_language

    pages = [data for name, data in corpus_pages(root) if name.startswith(f"{args.pages}/")]
    spent: defaultdict[str, float] = defaultdict(float)
    for module_name, attribute, label, _ in STAGES:
        module = importlib.import_module(module_name)
        setattr(module, attribute, _timed(getattr(module, attribute), label, spent))
    # First calls load models and lists: not per page.
    trafilatura.extract(pages[0])
    newscli.brief_bytes(pages[0])
    detect_language("Ceci est un texte écrit en français, pour charger le modèle de langues.")

    def ours(data: bytes) -> None:
        with contextlib.suppress(NewscliError):
            newscli.brief_bytes(data, content_type="text/html")

    def theirs(data: bytes) -> None:
        trafilatura.extract(data)

    best: defaultdict[str, float] = defaultdict(float)
    for number, data in enumerate(pages):
        fastest: defaultdict[str, float] = defaultdict(lambda: math.inf)
        for run in range(args.rounds):
            order: list[tuple[str, Callable[[bytes], None]]] = [
                ("trafilatura", theirs),
                ("newscli", ours),
            ]
            for name, function in order if (number + run) % 2 else order[::-1]:
                spent.clear()
                started = time.process_time()
                function(data)
                fastest[name] = min(fastest[name], time.process_time() - started)
                if name == "newscli":
                    for label, seconds in spent.items():
                        fastest[label] = min(fastest[label], seconds)
        for label, seconds in fastest.items():
            best[label] += seconds
    _report(best, f"{len(pages)} {PAGES[args.pages]}", args.rounds)
    return 0


def _timed(function: Any, label: str, spent: defaultdict[str, float]) -> Any:
    if isinstance(function, type):
        # A class stays a class (the pipeline asks isinstance of it): its construction is timed.
        cls: Any = function

        class Timed(cls):  # type: ignore[misc, valid-type]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                started = time.process_time()
                try:
                    super().__init__(*args, **kwargs)
                finally:
                    spent[label] += time.process_time() - started

        Timed.__name__ = Timed.__qualname__ = cls.__name__
        return Timed

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - started

    return wrapper


def _report(best: dict[str, float], pages: str, rounds: int) -> None:
    whole, theirs = best["newscli"], best["trafilatura"]
    print(f"HTML brief CPU by stage, {pages} (CPU s; each page's fastest of {rounds})\n")
    print(f"  {'trafilatura extract() (defaults)':<48}{theirs:>7.2f} s")
    print(f"  {'newscli brief_bytes (the whole brief)':<48}{whole:>7.2f} s  {whole / theirs:.2f}x")
    top = 0.0
    for _, _, label, depth in STAGES:
        seconds = best.get(label, 0.0)
        top += seconds if depth == 0 else 0.0
        name = "  " * depth + label
        print(f"    {name:<46}{seconds:>7.2f} s {seconds / whole:>6.1%}")
    print(f"    {'rest':<46}{whole - top:>7.2f} s {(whole - top) / whole:>6.1%}")


if __name__ == "__main__":
    raise SystemExit(main())
