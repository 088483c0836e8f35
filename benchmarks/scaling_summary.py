"""The 200,000-word check: one book-length input summarized in < 10 s and < 500 MB.

    /work/venv/bin/python benchmarks/scaling_summary.py

The input is CNN/DailyMail articles joined end to end (lowercased tokenized, then cased) until
200,000 words, then a worst case for the similarity window: 50,000 four-word sentences drawn from a
300-word vocabulary. Each runs in a fresh process so that its peak resident memory is its own.
"""

from __future__ import annotations

import gzip
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpora import corpora_dir

WORDS = 200_000
FORMS = {"tokenized": "lowercased_ptb_tokenized", "cased": "original_cased", "short": ""}
LIMITS = "limits: < 10 s and < 500 MB"


def book(path: Path, text_form: str, words: int) -> list[str]:
    """Articles of one form, cycled until ``words`` words, as paragraphs."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        articles = [
            row["article"] for row in map(json.loads, lines) if row["text_form"] == text_form
        ]
    paragraphs: list[str] = []
    total = 0
    while total < words:
        for article in articles:
            paragraphs.append(article)
            total += len(article.split())
            if total >= words:
                break
    return paragraphs


def short_sentences(words: int) -> list[str]:
    """Many short sentences over a small vocabulary: every window is full of overlapping pairs."""
    generator = random.Random(5)
    vocabulary = [f"term{i}" for i in range(300)]
    sentences = (" ".join(generator.choices(vocabulary, k=4)) + "." for _ in range(words // 4))
    return [" ".join(sentences)]


def measure(form: str) -> None:
    """Runs in a child process: segment and summarize one book, print one result line."""
    from newscli.analyze.segment import segment
    from newscli.analyze.summary import summarize
    from newscli.model import Article

    root = corpora_dir()
    assert root is not None
    corpus = root / "news-summaries" / "cnndm-test.jsonl.gz"
    paragraphs = tuple(book(corpus, FORMS[form], WORDS) if FORMS[form] else short_sentences(WORDS))
    article = Article(source="book", kind="text", paragraphs=paragraphs)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    sentences = segment(article)
    segmented = time.perf_counter()
    summary = summarize(sentences)
    finished = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words = sum(len(p.split()) for p in paragraphs)
    print(
        f"{form:<10} {words:>8} words {len(sentences):>6} sentences  "
        f"segment {segmented - started:5.2f} s  summarize {finished - segmented:5.2f} s  "
        f"peak RSS {peak_mb:6.1f} MB (before {before / 1024:.1f} MB)  "
        f"{len(summary)} sentences chosen",
        flush=True,
    )


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        measure(sys.argv[2])
        return 0
    if corpora_dir() is None:
        print("corpora not found: set NEWSCLI_CORPORA or place shared/ beside the checkout")
        return 1
    print(f"200,000-word input, default method and length ({LIMITS})")
    for form in FORMS:
        code = subprocess.call([sys.executable, __file__, "--child", form])
        if code:
            return code
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
