"""ROUGE of newscli's summaries against CNN/DailyMail highlights, beside the team's baselines.

    /work/venv/bin/python benchmarks/summaries.py                   # news and lead, both sets
    /work/venv/bin/python benchmarks/summaries.py --methods all     # plus every sumy method (slow)
    /work/venv/bin/python benchmarks/summaries.py --tune            # first 1,500 tokenized only
    /work/venv/bin/python benchmarks/summaries.py --scaling         # the 200,000-word check
    /work/venv/bin/python benchmarks/summaries.py --forms paragraph,titled   # through the CLI path

Articles go through newscli's own sentence segmentation and ``rank_sentences``/``pick`` (the
``--method`` path); ROUGE-1/2/Lsum F come from ``rouge-score`` with stemming, summary and reference
sentences one per line. ms/article times ranking and picking, not segmentation or scoring.

``--language und`` ranks without English stop words and stemmer (no language resource at all):
the part of the margin over Lead-3 that does not rest on English lists, which is what the method
brings to a language without tuning data (its own stop words and Snowball stemmer come on top).

``--forms`` runs whole texts through the path ``newscli summarize`` takes for a text source
(``newscli.brief``: cleaning, title detection, segmentation, ranking) with ``--sentences 3``:

- ``paragraph``: the CNN/DM articles as plain text with no title line, their sentences grouped into
  paragraphs of one to three (at random, seeded). Tuning part: the cased articles of even index and
  the first 1,500 tokenized ones; the rest is reported beside it.
- ``titled``: the BBC articles (bbc-extractive) as title line, blank line, paragraphs; the title is
  not part of any summary. Tuning part: even-numbered records.

Beside ``news`` and ``lead`` through the CLI path stands Lead-3 of the article body as the corpus
gives it (no cleaning involved), and how often a title was found: taken from the body of the
untitled texts (should be never), equal to the BBC title (should be always).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpora import corpora_dir
from _text_forms import TextForm, paragraph_form, titled_form

from newscli.analyze.segment import segment
from newscli.analyze.summary import pick, rank_sentences
from newscli.model import Article, Sentence
from newscli.options import METHODS

CORPUS = Path("news-summaries") / "cnndm-test.jsonl.gz"
SETS = {"cased": "original_cased", "tokenized": "lowercased_ptb_tokenized"}
TUNE_RECORDS = 1500

# R1/R2/RLsum measured by the team (issue 5); sumy with Punkt (cased) or a spaced-punctuation split.
BASELINES: dict[str, dict[str, tuple[float, float, float]]] = {
    "cased": {
        "lead": (42.22, 19.65, 38.35),
        "lexrank": (37.79, 15.66, 34.38),
        "textrank": (36.76, 15.99, 33.24),
        "luhn": (37.60, 16.62, 34.15),
        "sumbasic": (38.39, 15.07, 34.29),
        "lsa": (35.04, 13.79, 31.53),
        "kl": (33.83, 13.78, 30.59),
    },
    "tokenized": {
        "lead": (36.71, 15.49, 33.14),
        "lexrank": (32.54, 11.67, 29.04),
        "textrank": (31.12, 11.51, 27.73),
        "luhn": (31.81, 11.99, 28.38),
        "sumbasic": (30.35, 9.48, 27.34),
        "lsa": (29.32, 9.87, 25.94),
        "kl": (29.14, 10.23, 25.98),
    },
}


@dataclass(frozen=True)
class Record:
    sentences: tuple[Sentence, ...]
    reference: str


@dataclass(frozen=True)
class Result:
    method: str
    rouge1: float
    rouge2: float
    rouge_lsum: float
    ms_per_article: float


def load(path: Path, text_form: str, offset: int, limit: int | None) -> list[Record]:
    records: list[Record] = []
    seen = 0
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["text_form"] != text_form:
                continue
            seen += 1
            if seen <= offset:
                continue
            if limit is not None and len(records) >= limit:
                break
            records.append(Record(as_sentences(row["article"]), row["reference"]))
    return records


def as_sentences(text: str) -> tuple[Sentence, ...]:
    paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip())
    return segment(Article(source="cnndm", kind="text", paragraphs=paragraphs))


def evaluate(method: str, records: Sequence[Record], count: int, language: str = "en") -> Result:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    totals = [0.0, 0.0, 0.0]
    elapsed = 0.0
    for record in records:
        started = time.perf_counter()
        scores = rank_sentences(record.sentences, method=method, language=language)
        chosen = pick(record.sentences, scores, count)
        elapsed += time.perf_counter() - started
        summary = "\n".join(s.text for s in chosen)
        rouge = scorer.score(record.reference, summary)
        for k, key in enumerate(("rouge1", "rouge2", "rougeLsum")):
            totals[k] += rouge[key].fmeasure
    n = len(records) or 1
    return Result(
        method,
        100 * totals[0] / n,
        100 * totals[1] / n,
        100 * totals[2] / n,
        1000 * elapsed / n,
    )


def table(name: str, size: int, results: Iterable[Result], whole: bool) -> str:
    """The results as rows; the team's figures beside them only when the whole set was run."""
    rows = [
        f"{name}: {size} articles, 3 sentences",
        f"{'method':<10} {'R1':>6} {'R2':>6} {'RLsum':>6} {'ms/art':>7}   team R1/R2/RLsum",
    ]
    for r in results:
        base = BASELINES[name].get(r.method) if whole else None
        shown = "/".join(f"{v:.2f}" for v in base) if base else "-"
        rows.append(
            f"{r.method:<10} {r.rouge1:6.2f} {r.rouge2:6.2f} {r.rouge_lsum:6.2f} "
            f"{r.ms_per_article:7.2f}   {shown}"
        )
    return "\n".join(rows)


def versus_lead(results: Sequence[Result]) -> str:
    by = {r.method: r for r in results}
    if "news" not in by or "lead" not in by:
        return ""
    news, lead = by["news"], by["lead"]
    return (
        f"news - lead: R1 {news.rouge1 - lead.rouge1:+.2f}  R2 {news.rouge2 - lead.rouge2:+.2f}"
        f"  RLsum {news.rouge_lsum - lead.rouge_lsum:+.2f}"
    )


def parse_methods(value: str) -> list[str]:
    methods = list(METHODS) if value == "all" else [m.strip() for m in value.split(",")]
    unknown = [m for m in methods if m not in METHODS]
    if unknown:
        raise SystemExit(f"unknown method(s): {', '.join(unknown)}; choose from {METHODS}")
    return methods


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--methods", default="news,lead", help="comma list, or 'all'")
    parser.add_argument("--sets", default="cased,tokenized", help="comma list of " + str(SETS))
    parser.add_argument("--offset", type=int, default=0, help="skip this many records per set")
    parser.add_argument("--limit", type=int, default=None, help="at most this many per set")
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument(
        "--tune", action="store_true", help=f"the tuning split: first {TUNE_RECORDS} tokenized"
    )
    parser.add_argument("--scaling", action="store_true", help="run the 200,000-word check")
    parser.add_argument(
        "--forms", default="", help="comma list of paragraph,titled: whole texts via the CLI path"
    )
    parser.add_argument(
        "--language",
        default="en",
        help="the language whose stop words and stemmer the ranker uses; 'und' for none (the "
        "ranker without any language resource: what a language newscli has no lists for gets)",
    )
    args = parser.parse_args(argv)

    if args.forms:
        return run_forms(args.forms.split(","), args.limit)
    if args.scaling:
        script = Path(__file__).resolve().parent / "scaling_summary.py"
        return subprocess.call([sys.executable, str(script)])
    root = corpora_dir()
    if root is None or not (root / CORPUS).is_file():
        print("corpora not found: set NEWSCLI_CORPORA or place shared/ beside the checkout")
        return 1
    methods = parse_methods(args.methods)
    sets = ["tokenized"] if args.tune else [s.strip() for s in args.sets.split(",")]
    limit = TUNE_RECORDS if args.tune else args.limit
    for name in sets:
        records = load(root / CORPUS, SETS[name], args.offset, limit)
        results = [evaluate(m, records, args.sentences, args.language) for m in methods]
        whole = args.offset == 0 and limit is None
        print(table(name, len(records), results, whole))
        print(versus_lead(results))
        print(flush=True)
    return 0


def run_forms(forms: Sequence[str], limit: int | None) -> int:
    from _text_forms import form_table

    root = corpora_dir()
    if root is None:
        print("corpora not found: set NEWSCLI_CORPORA or place shared/ beside the checkout")
        return 1
    for form in forms:
        texts: list[TextForm]
        if form == "paragraph":
            texts = paragraph_form(root / CORPUS, limit)
        elif form == "titled":
            texts = titled_form(root / "bbc-extractive" / "bbc-news-summary.jsonl.gz", limit)
        else:
            raise SystemExit(f"unknown form {form!r}: choose paragraph or titled")
        print(form_table(form, texts), flush=True)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
