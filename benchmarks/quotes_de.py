"""German quotes and speakers on REDEWIEDERGABE news samples, newscli versus a naive baseline.

    python benchmarks/quotes_de.py [--half tune|check|all|each] [--errors N] [--limit N]

Data: ``../shared/corpora/quotes-de/rw-news.jsonl.gz`` (historical German newspapers and
magazines, 443 samples, 445 scored gold quotes; see its SOURCE.md). Rules, as in
``benchmarks/quotes.py``:

- Each sample's paragraphs (split at blank lines) are segmented and analysed by
  ``statements.find_statements`` with the language ``de``. The corpus marks each stretch of
  quoted words on its own („A“, sagt er, „B“ is two), so each stretch of newscli's quotes that
  its attribution interrupts is one prediction, with its quote's speaker.
- Gold quotes with at least 2 tokens are scored, and so are predicted ones (a one-word quote,
  „Ach“, sagte er, is left out on both sides; round 1 counted one-word predictions, which the
  gold can never match). Lenient match: a prediction and a gold quote share at least half the
  tokens of the shorter (lower-cased ``\\w+`` multisets); pairs are assigned closest first
  (``_scoring.match``), one prediction per gold quote. P = matched predictions / predictions,
  R = matched gold / gold.
- Speaker accuracy: over matched gold quotes that have ``speaker_names`` (the speaker tokens the
  corpus tags as proper names); right when the predicted speaker contains one of them.
- Halves: samples in file order alternate between the *tune* half (even positions, the one to
  develop on) and the *check* half (odd positions, looked at rarely); ``--half each`` prints both
  and the whole.
- ``--errors N``: misses grouped by cause (a quote missed because it was kept as a phrase, found
  with other bounds, or not found at all; a speaker missing, a pronoun or description left
  unresolved, or another name), N examples each.
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
from _scoring import Errors, Item, Score, context, match, shared, short, size, tokens

from newscli.analyze.quotes import PART_SEPARATOR, join_parts
from newscli.analyze.segment import segment
from newscli.analyze.statements import find_statements
from newscli.model import Article

Record = dict[str, Any]
ISSUE_FIGURES = "issue 14 (before): newscli F1 0.614, speaker 0.182; baseline 0.667 / 0.131"
ROUND_ONE = (
    "round 1 (measured again with these rules): tune 0.726 / 0.444, check 0.727 / 0.286, "
    "whole 0.727 / 0.359"
)
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


def predict(record: Record) -> tuple[list[Item], list[Item], float]:
    paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", record["text"]) if p.strip())
    article = Article(source=record["id"], kind="text", paragraphs=paragraphs, language="de")
    started = time.perf_counter()
    found = find_statements(article.text, segment(article), "de")
    seconds = time.perf_counter() - started
    items = [
        Item(piece, q.speaker)
        for q in found.quotes
        for piece in join_parts(article.text, q.parts).split(PART_SEPARATOR)
        if sum(tokens(piece).values()) >= 2
    ]
    return items, [Item(p.text, None) for p in found.phrases], seconds


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


def halves(records: Sequence[Record]) -> dict[str, str]:
    """Record id -> "tune" (even positions in the file) or "check" (odd positions)."""
    return {r["id"]: "tune" if i % 2 == 0 else "check" for i, r in enumerate(records)}


def miss_cause(item: Item, predicted: list[Item], phrases: list[Item]) -> str:
    """Why a gold quote was missed: kept as a phrase, found with other bounds (a prediction
    shares some of its words), or not found at all."""
    wanted = tokens(item.text)
    if any(shared(wanted, tokens(p.text)) * 2 >= size(wanted) for p in phrases):
        return "quote missed: kept as a phrase"
    if any(shared(wanted, tokens(p.text)) >= 2 for p in predicted):
        return "quote missed: found with other bounds"
    return "quote missed: not found"


def speaker_cause(said: str | None) -> str:
    """What kind of wrong speaker: none, a word that names nobody (a pronoun or a description
    left unresolved: no capitalised word, or a determiner first), or another name."""
    if said is None:
        return "speaker none found"
    first = said.split()[0]
    if not first[:1].isupper() or first.lower() in _UNRESOLVED:
        return "speaker wrong: pronoun or description left"
    return "speaker wrong: another name"


_UNRESOLVED = frozenset("er sie es ich wir man der die das den dem des ein eine einer".split())


def score(
    record: Record,
    gold_items: list[Item],
    predicted: list[Item],
    into: Score,
    errors: Errors | None = None,
    phrases: Sequence[Item] = (),
) -> None:
    matches = match(gold_items, predicted)
    into.gold += len(gold_items)
    into.predicted += len(predicted)
    into.matched_predictions += sum(m >= 0 for m in matches)
    for item, best in zip(gold_items, matches, strict=True):
        label = f"{record['id']}: gold «{short(item.text)}» by {item.speaker!r}"
        if best < 0:
            if errors is not None:
                cause = miss_cause(item, predicted, list(phrases))
                errors.add(cause, f"{label} ## {context(record['text'], item.at)}")
            continue
        into.matched += 1
        right = speaker_right(item, predicted[best])
        if right is None:
            continue
        into.speaker_judged += 1
        into.speaker_right += right
        if not right and errors is not None:
            said = predicted[best].speaker
            errors.add(
                speaker_cause(said),
                f"{label}; ours {said!r} ## {context(record['text'], item.at)}",
            )
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
    parser.add_argument("--half", default="all", choices=["tune", "check", "all", "each"])
    parser.add_argument("--limit", type=int, default=0, help="only the first N samples")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="N examples per cause")
    args = parser.parse_args(argv)
    corpora = corpora_dir()
    path = corpora / "quotes-de" / "rw-news.jsonl.gz" if corpora else None
    if path is None or not path.exists():
        print("rw-news not found: set NEWSCLI_CORPORA", file=sys.stderr)
        return 1
    records = load(path)
    half_of = halves(records)
    if args.limit:
        records = records[: args.limit]
    if args.half in ("tune", "check"):
        records = [r for r in records if half_of[r["id"]] == args.half]
    errors = Errors(args.errors) if args.errors else None
    groups = ("tune", "check", "all") if args.half == "each" else (args.half,)
    ours = {group: Score() for group in groups}
    base = {group: Score() for group in groups}
    seconds = 0.0
    for record in records:
        gold_items = gold(record)
        predicted, phrases, elapsed = predict(record)
        seconds += elapsed
        for group in groups:
            if group in ("all", half_of[record["id"]]) or group == args.half:
                report = errors if group == groups[-1] else None
                score(record, gold_items, predicted, ours[group], report, phrases)
                score(record, gold_items, baseline(record), base[group])
    if errors is not None:
        errors.print()
        print()
    print(f"rw-news: {len(records)} samples, {ours[groups[-1]].gold} gold quotes")
    print(
        f"{'half':<6} {'system':<10} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'speaker':>8} {'judged':>7}"
    )
    for group in groups:
        for name, s in (("baseline", base[group]), ("newscli", ours[group])):
            print(
                f"{group:<6} {name:<10} {s.gold:5d} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                f"{s.speaker_accuracy:8.3f} {s.speaker_judged:7d}"
            )
    print(f"analysis: {1000 * seconds / max(1, len(records)):.1f} ms per sample")
    print(ISSUE_FIGURES)
    print(ROUND_ONE)
    print(TARGETS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
