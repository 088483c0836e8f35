"""German quotes and speakers on REDEWIEDERGABE news samples, newscli versus a naive baseline.

    python benchmarks/quotes_de.py [--errors N] [--limit N]

Data: ``../shared/corpora/quotes-de/rw-news.jsonl.gz`` (historical German newspapers and
magazines, 443 samples, 445 scored gold quotes; see its SOURCE.md). Rules, as in
``benchmarks/quotes.py``:

- Each sample's paragraphs (split at blank lines) are segmented and analysed by
  ``statements.find_statements`` with the language ``de``. The corpus marks each stretch of
  quoted words on its own („A“, sagt er, „B“ is two), so each stretch of newscli's quotes that
  its attribution interrupts is one prediction, with its quote's speaker.
- Gold quotes with at least 2 tokens are scored. Lenient match: a prediction and a gold quote share
  at least half the tokens of the shorter (lower-cased ``\\w+`` multisets); pairs are assigned
  closest first (``_scoring.match``), one prediction per gold quote. P = matched predictions /
  predictions, R = matched gold / gold.
- Speaker accuracy: over matched gold quotes that have ``speaker_names`` (the speaker tokens the
  corpus tags as proper names); right when the predicted speaker contains one of them.
- Baseline (issue 14's, adapted to German marks): spans of 3+ words between „ and “ or " and
  between » and « (and « and »), speaker = the last capitalised word before the quote in its
  paragraph (in German every noun is capitalised, which is why this does badly).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _corpora import corpora_dir
from _scoring import Errors, Item, Score, context, match, short, tokens

from newscli.analyze.quotes import PART_SEPARATOR, join_parts
from newscli.analyze.segment import segment
from newscli.analyze.statements import find_statements
from newscli.model import Article

Record = dict[str, Any]
ISSUE_FIGURES = "issue 14 (before): newscli F1 0.614, speaker 0.182; baseline 0.667 / 0.131"
TARGETS = "targets: quote F1 >= 0.80, speaker accuracy >= 0.60"
_BASELINE = re.compile(r"„([^“\"„]+)[“\"]|»([^«»]+)«|«([^«»]+)»")


def load(path: Path) -> list[Record]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold(record: Record) -> list[Item]:
    items = []
    for quote in record["gold"]:
        if sum(tokens(quote["text"]).values()) < 2:
            continue
        names = " ".join(quote.get("speaker_names") or [])
        items.append(Item(quote["text"], names or None, at=record["text"].find(quote["text"][:30])))
    return items


def predict(record: Record) -> tuple[list[Item], float]:
    paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", record["text"]) if p.strip())
    article = Article(source=record["id"], kind="text", paragraphs=paragraphs, language="de")
    started = time.perf_counter()
    found = find_statements(article.text, segment(article), "de")
    seconds = time.perf_counter() - started
    items = [
        Item(piece, q.speaker)
        for q in found.quotes
        for piece in join_parts(article.text, q.parts).split(PART_SEPARATOR)
    ]
    return items, seconds


def baseline(record: Record) -> list[Item]:
    items = []
    for paragraph in re.split(r"\n\s*\n", record["text"]):
        for found in _BASELINE.finditer(paragraph):
            quoted = next(g for g in found.groups() if g is not None)
            if len(quoted.split()) < 3:
                continue
            names = re.findall(r"\b[A-ZÄÖÜ][\wäöüß]+\b", paragraph[: found.start()])
            items.append(Item(quoted, names[-1] if names else None))
    return items


def speaker_right(gold_item: Item, predicted: Item) -> bool | None:
    if not gold_item.speaker:
        return None
    wanted = set(gold_item.speaker.split())
    said = set(re.findall(r"[\w’'\-]+", predicted.speaker or ""))
    return bool(wanted & said)


def score(
    record: Record,
    gold_items: list[Item],
    predicted: list[Item],
    into: Score,
    errors: Errors | None = None,
) -> None:
    matches = match(gold_items, predicted)
    into.gold += len(gold_items)
    into.predicted += len(predicted)
    into.matched_predictions += sum(m >= 0 for m in matches)
    for item, best in zip(gold_items, matches, strict=True):
        label = f"{record['id']}: gold «{short(item.text)}» by {item.speaker!r}"
        if best < 0:
            if errors is not None:
                errors.add("quote missed", f"{label} ## {context(record['text'], item.at)}")
            continue
        into.matched += 1
        right = speaker_right(item, predicted[best])
        if right is None:
            continue
        into.speaker_judged += 1
        into.speaker_right += right
        if not right and errors is not None:
            said = predicted[best].speaker
            cause = "speaker none found" if said is None else "speaker wrong"
            errors.add(cause, f"{label}; ours {said!r} ## {context(record['text'], item.at)}")
    if errors is not None:
        used = set(matches)
        for j, quote in enumerate(predicted):
            if j not in used:
                at = record["text"].find(quote.text[:30])
                errors.add(
                    "extra (no gold)",
                    f"{record['id']}: ours «{short(quote.text)}» by {quote.speaker!r} "
                    f"## {context(record['text'], at)}",
                )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N samples")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="N examples per cause")
    args = parser.parse_args(argv)
    corpora = corpora_dir()
    path = corpora / "quotes-de" / "rw-news.jsonl.gz" if corpora else None
    if path is None or not path.exists():
        print("rw-news not found: set NEWSCLI_CORPORA", file=sys.stderr)
        return 1
    records = load(path)
    if args.limit:
        records = records[: args.limit]
    errors = Errors(args.errors) if args.errors else None
    ours, base = Score(), Score()
    seconds = 0.0
    for record in records:
        gold_items = gold(record)
        predicted, elapsed = predict(record)
        seconds += elapsed
        score(record, gold_items, predicted, ours, errors)
        score(record, gold_items, baseline(record), base)
    if errors is not None:
        errors.print()
        print()
    print(f"rw-news: {len(records)} samples, {ours.gold} gold quotes")
    print(f"{'system':<10} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8} {'judged':>7}")
    for name, s in (("baseline", base), ("newscli", ours)):
        print(
            f"{name:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
            f"{s.speaker_accuracy:8.3f} {s.speaker_judged:7d}"
        )
    print(f"analysis: {1000 * seconds / max(1, len(records)):.1f} ms per sample")
    print(ISSUE_FIGURES)
    print(TARGETS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
