"""Sentence splitters scored by sentence-boundary F1 on GUM and the pySBD golden rules.

Run: /work/venv/bin/python benchmarks/sentences.py [--only newscli,sentencex] [--errors N]

The metric
----------
A *boundary* is the character offset (into a record's ``text``) just after the last
non-whitespace character of a sentence; every sentence end counts, including the end of each
paragraph and of the text (the metric behind the team's figures in issue 2: it reproduces
sentencex's 0.978 / 0.926). Gold boundaries come from the corpus ``sentences`` (each appears
verbatim, in order). Each document's ``text`` is cut into paragraphs at blank lines, which is
how newscli's ``segment`` calls the splitter, and every candidate splits each paragraph on its
own. Predicted sentences are mapped to offsets by counting non-whitespace characters, so
candidates that return strings and normalise spacing are scored fairly. F1 is micro-averaged
over all boundaries of a corpus. Time is the wall time to split every paragraph of all GUM
documents once, after import and warm-up; import time is measured in a fresh interpreter.

Tune on GUM train/dev and the golden rules only; the test column is for the final report.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpora import corpora_dir

Splitter = Callable[[str], list[int]]  # paragraph -> sentence end offsets within it

# Figures the team measured with its own boundary-F1 metric (issue 2, item 4): GUM, golden, seconds.
TEAM_FIGURES = {
    "sentencex": (0.978, 0.926, 0.19),
    "pysbd": (0.967, 0.994, 4.3),
    "syntok": (0.945, 0.848, None),
    "punkt": (0.927, 0.798, None),
    "regex": (0.917, 0.816, None),
}
IMPORTS = {
    "newscli": "newscli.analyze.tokenize",
    "sentencex": "sentencex",
    "pysbd": "pysbd",
    "syntok": "syntok.segmenter",
    "punkt": "punkt",
    "regex": "re",
}


@dataclass(frozen=True)
class Record:
    id: str
    split: str
    text: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def load(path: Path) -> list[Record]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [
            Record(r["id"], r.get("split") or "none", r["text"], tuple(r["sentences"]))
            for r in map(json.loads, handle)
        ]


def paragraphs(text: str) -> list[tuple[int, str]]:
    """``(offset, paragraph)`` for each blank-line separated paragraph with some text."""
    result = []
    offset = 0
    for chunk in text.split("\n\n"):
        if chunk.strip():
            result.append((offset, chunk))
        offset += len(chunk) + 2
    return result


def gold_boundaries(record: Record) -> set[int]:
    ends = set()
    cursor = 0
    for sentence in record.sentences:
        start = record.text.index(sentence, cursor)
        cursor = start + len(sentence)
        ends.add(start + len(sentence.rstrip()))
    return ends


def predicted_boundaries(record: Record, split: Splitter) -> set[int]:
    ends = set()
    for offset, chunk in paragraphs(record.text):
        ends.update(offset + end for end in split(chunk))
    return ends


def ends_from_strings(paragraph: str, parts: Iterable[str]) -> list[int]:
    """End offsets of ``parts`` in ``paragraph``, aligned on non-whitespace characters."""
    solid = [i for i, ch in enumerate(paragraph) if not ch.isspace()]
    ends = []
    consumed = 0
    for part in parts:
        consumed += sum(1 for ch in part if not ch.isspace())
        if 0 < consumed <= len(solid):
            ends.append(solid[consumed - 1] + 1)
    return ends


def score(records: Sequence[Record], split: Splitter) -> Score:
    tp = fp = fn = 0
    for record in records:
        gold = gold_boundaries(record)
        predicted = predicted_boundaries(record, split)
        tp += len(gold & predicted)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
    return Score(tp, fp, fn)


# -- candidates ------------------------------------------------------------------------------------


def newscli_splitter() -> Splitter:
    from newscli.analyze.tokenize import split_sentences

    return lambda text: [end for _, end in split_sentences(text)]


def sentencex_splitter() -> Splitter:
    import sentencex

    return lambda text: ends_from_strings(text, sentencex.segment("en", text))


def pysbd_splitter() -> Splitter:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda text: ends_from_strings(text, segmenter.segment(text))


def syntok_splitter() -> Splitter:
    from syntok import segmenter

    def split(text: str) -> list[int]:
        return [
            sentence[-1].offset + len(sentence[-1].value)
            for paragraph in segmenter.analyze(text)
            for sentence in paragraph
            if sentence
        ]

    return split


def punkt_splitter() -> Splitter:
    import punkt

    tokenizer = punkt.tokenizer_for("english")
    return lambda text: [end for _, end in tokenizer.span_tokenize(text)]


# The plain baseline: a sentence ends at . ! ? (and closing quotes/brackets) before whitespace.
_PLAIN = re.compile(r"""[.!?]+["'”’)\]]*(?=\s)""")


def regex_splitter() -> Splitter:
    return lambda text: [m.end() for m in _PLAIN.finditer(text)] + [len(text.rstrip())]


CANDIDATES: dict[str, Callable[[], Splitter]] = {
    "newscli": newscli_splitter,
    "sentencex": sentencex_splitter,
    "pysbd": pysbd_splitter,
    "syntok": syntok_splitter,
    "punkt": punkt_splitter,
    "regex": regex_splitter,
}


def import_seconds(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    if module == IMPORTS["newscli"]:
        # The module alone: importing the package would also time newscli's pipeline modules.
        path = Path(__file__).resolve().parents[1] / "newscli" / "analyze" / "tokenize.py"
        code = (
            "import time, importlib.util as u; t = time.perf_counter(); "
            f"s = u.spec_from_file_location('tokenize_alone', {str(path)!r}); "
            "s.loader.exec_module(u.module_from_spec(s)); print(time.perf_counter() - t)"
        )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    return float(out.stdout)


def wall_seconds(records: Sequence[Record], split: Splitter) -> float:
    chunks = [chunk for record in records for _, chunk in paragraphs(record.text)]
    split(chunks[0])
    start = time.perf_counter()
    for chunk in chunks:
        split(chunk)
    return time.perf_counter() - start


def show_errors(records: Sequence[Record], split: Splitter, limit: int) -> None:
    """Print newscli's misses (FN) and false splits (FP) in context, tuning documents only."""
    shown = 0
    for record in records:
        gold = gold_boundaries(record)
        predicted = predicted_boundaries(record, split)
        for kind, offsets in (("FN", gold - predicted), ("FP", predicted - gold)):
            for at in sorted(offsets):
                context = record.text[max(0, at - 60) : at] + " ‖ " + record.text[at : at + 40]
                print(f"{kind} {record.id}: {context!r}")
                shown += 1
                if shown >= limit:
                    return


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated candidates", default=",".join(CANDIDATES))
    parser.add_argument("--errors", type=int, default=0, help="show N newscli errors (tuning set)")
    args = parser.parse_args()
    corpora = corpora_dir()
    if corpora is None:
        print("corpora not found: set NEWSCLI_CORPORA or place shared/ beside the checkout")
        return 1
    gum = load(corpora / "sentences" / "gum-documents.jsonl.gz")
    golden = load(corpora / "sentences" / "pysbd-golden-rules-en.jsonl")
    tuning = [r for r in gum if r.split in ("train", "dev")]
    test = [r for r in gum if r.split == "test"]
    if args.errors:
        show_errors(golden + tuning, newscli_splitter(), args.errors)
        return 0

    header = (
        f"{'candidate':<10} {'GUM all':>8} {'trn+dev':>8} {'test':>8} {'golden':>8} "
        f"{'GUM s':>7} {'import s':>9}   team: GUM / golden / s"
    )
    print(f"GUM: {len(gum)} documents ({len(tuning)} train+dev, {len(test)} test); ", end="")
    print(f"golden rules: {len(golden)} records. Sentence-end F1 (see docstring).")
    print(header)
    print("-" * len(header))
    for name in args.only.split(","):
        split = CANDIDATES[name]()
        team = TEAM_FIGURES.get(name)
        team_text = " / ".join("-" if v is None else f"{v:g}" for v in team) if team else "-"
        print(
            f"{name:<10} {score(gum, split).f1:>8.3f} {score(tuning, split).f1:>8.3f} "
            f"{score(test, split).f1:>8.3f} {score(golden, split).f1:>8.3f} "
            f"{wall_seconds(gum, split):>7.2f} {import_seconds(IMPORTS[name]):>9.3f}   {team_text}",
            flush=True,
        )
    if "newscli" in args.only.split(","):
        print_long_text_time(gum)
    return 0


def print_long_text_time(records: Sequence[Record]) -> None:
    """newscli on one text of a million words (GUM documents repeated): linear time check."""
    from newscli.analyze.tokenize import split_sentences

    corpus = "\n\n".join(record.text for record in records)
    repeats = 1_000_000 // len(corpus.split()) + 1
    text = "\n\n".join([corpus] * repeats)
    start = time.perf_counter()
    count = len(split_sentences(text))
    seconds = time.perf_counter() - start
    print(f"newscli on one {len(text.split()):,}-word text: {count:,} sentences in {seconds:.2f} s")


if __name__ == "__main__":
    raise SystemExit(main())
