"""Summary corpora as the plain texts people paste, through the path ``newscli summarize`` takes.

The CNN/DM articles as paragraphs without a title line, the BBC articles with their title line; each
scored with ROUGE against its reference, news ranker and Lead-3 through newscli's cleaning and title
detection beside Lead-3 of the body as the corpus gives it.
"""

from __future__ import annotations

import gzip
import json
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from newscli import brief
from newscli.analyze.tokenize import split_sentences
from newscli.options import Options

SETS = {"original_cased": "cased", "lowercased_ptb_tokenized": "tokenized"}
TUNE_TOKENIZED = 1500


@dataclass(frozen=True)
class TextForm:
    group: str
    """Which set and part it belongs to, e.g. "cased/tune"."""
    text: str
    reference: str
    body_sentences: tuple[str, ...]
    """The article body's sentences, for Lead-3 without newscli's cleaning."""
    title: str | None


def paragraph_form(path: Path, limit: int | None) -> list[TextForm]:
    """CNN/DM articles as paragraphs of one to three sentences, no title line."""
    result: list[TextForm] = []
    counts = dict.fromkeys(SETS.values(), 0)
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            name = SETS[row["text_form"]]
            index = counts[name]
            if limit is not None and index >= limit:
                continue
            counts[name] += 1
            text = " ".join(row["article"].split())
            sentences = tuple(text[a:b] for a, b in split_sentences(text))
            rng = random.Random(f"{name}-{index}")
            paragraphs: list[str] = []
            position = 0
            while position < len(sentences):
                take = rng.randint(1, 3)
                paragraphs.append(" ".join(sentences[position : position + take]))
                position += take
            if name == "cased":
                part = "tune" if index % 2 == 0 else "report"
            else:
                part = "tune" if index < TUNE_TOKENIZED else "report"
            result.append(
                TextForm(
                    f"{name}/{part}", "\n\n".join(paragraphs), row["reference"], sentences, None
                )
            )
    return result


def titled_form(path: Path, limit: int | None) -> list[TextForm]:
    """BBC articles: title line, blank line, paragraphs."""
    result: list[TextForm] = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            if limit is not None and index >= limit:
                break
            row = json.loads(line)
            body = row["article"]
            sentences = _sentences(body)
            part = "tune" if index % 2 == 0 else "report"
            title = row["title"].strip()
            result.append(
                TextForm(f"bbc/{part}", f"{title}\n\n{body}", row["reference"], sentences, title)
            )
    return result


def _sentences(body: str) -> tuple[str, ...]:
    found: list[str] = []
    for paragraph in body.split("\n\n"):
        found += [paragraph[a:b] for a, b in split_sentences(paragraph)]
    return tuple(found)


@dataclass
class _Totals:
    count: int = 0
    news: tuple[float, float, float] = (0.0, 0.0, 0.0)
    lead_cli: tuple[float, float, float] = (0.0, 0.0, 0.0)
    lead_body: tuple[float, float, float] = (0.0, 0.0, 0.0)
    titled: int = 0
    title_right: int = 0
    seconds: float = 0.0


def form_table(form: str, texts: Sequence[TextForm]) -> str:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)

    def rouge(reference: str, sentences: Sequence[str]) -> tuple[float, float, float]:
        scores = scorer.score(reference, "\n".join(sentences))
        return tuple(100 * scores[k].fmeasure for k in ("rouge1", "rouge2", "rougeLsum"))  # type: ignore[return-value]

    def add(
        a: tuple[float, float, float], b: tuple[float, float, float]
    ) -> tuple[float, float, float]:
        return (a[0] + b[0], a[1] + b[1], a[2] + b[2])

    totals: dict[str, _Totals] = {}
    for item in texts:
        row = totals.setdefault(item.group, _Totals())
        started = time.perf_counter()
        news = brief(item.text, options=Options(method="news", sentences=3))
        row.seconds += time.perf_counter() - started
        lead = brief(item.text, options=Options(method="lead", sentences=3))
        row.count += 1
        row.news = add(row.news, rouge(item.reference, [s.text for s in news.summary]))
        row.lead_cli = add(row.lead_cli, rouge(item.reference, [s.text for s in lead.summary]))
        row.lead_body = add(row.lead_body, rouge(item.reference, item.body_sentences[:3]))
        row.titled += news.article.title is not None
        row.title_right += item.title is not None and news.article.title == item.title
    lines = [
        f"{form} form, through the CLI path (newscli.brief, --sentences 3); R1/R2/RLsum",
        f"{'part':<16} {'n':>5} {'news':>20} {'lead (CLI)':>20} {'Lead-3 of body':>20}"
        f" {'news-L3 R1':>10} {'title':>14} {'ms/art':>7}",
    ]
    for group, row in sorted(totals.items()):
        n = row.count or 1

        def shown(v: tuple[float, float, float], n: int = n) -> str:
            return "/".join(f"{x / n:.2f}" for x in v)

        if form == "titled":
            title = f"{100 * row.title_right / n:.1f}% right"
        else:
            title = f"{100 * row.titled / n:.1f}% taken"
        lines.append(
            f"{group:<16} {row.count:>5} {shown(row.news):>20} {shown(row.lead_cli):>20}"
            f" {shown(row.lead_body):>20} {(row.news[0] - row.lead_body[0]) / n:>+10.2f}"
            f" {title:>14} {1000 * row.seconds / n:>7.1f}"
        )
    return "\n".join(lines)
