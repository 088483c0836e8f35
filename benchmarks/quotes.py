"""Direct quotes and their speakers on PolNeAR, newscli versus the naive baseline of issue 6.

    /work/venv/bin/python benchmarks/quotes.py [--split dev|train|test] [--limit N] [--errors N]

Definitions (issue 6), made explicit where the issue leaves a choice:

- Unit: one PolNeAR *record* (an article as marked by one annotator). A few articles were marked
  by several annotators; each record is scored on its own against the same predictions, so those
  articles weigh once per annotator, as in the issue's baseline figures.
- Gold quotes: attributions with ``content_has_quote_marks`` and a non-empty source. The gold
  text is the quoted part of the content: the characters of the content spans that lie between
  double quote marks (marks toggle inside each paragraph; a mark left open runs to the
  paragraph's end). When none do (the marks sit just outside the span), the whole content.
- Tokens: lower-cased ``\\w+`` runs, counted as multisets. A prediction matches a gold quote
  when they share at least half of the tokens of the shorter; pairs are assigned closest first
  (``_scoring.match``), one prediction per gold quote. P = matched predictions / predictions, R =
  matched gold / gold, over all records of the split.
- Speaker accuracy: over matched quotes whose gold source has a capitalised word that is not a
  pronoun or an article (The/A/An); right when the predicted speaker shares one of those words.
- Baseline: every double-quoted span of 3+ words in a paragraph of the record's text; speaker =
  the last capitalised word in that paragraph before the quote.
- newscli: each record's text goes through ``pipeline.extract`` (the plain-text cleaner: the
  title line and any boilerplate are removed, as for a user), ``segment`` and ``find_quotes``.
- Timing: "analysis" is segmenting, quotes and reported speech per article, without cleaning.
- ``--errors N``: misses grouped by cause (gold quotes not found, predictions matching no gold,
  wrong or missing speakers, by where the gold source is written), N examples of each.
- Indirect speech: attributions without quote marks that have a source and a content; gold text
  is the content; predictions are the ``reported`` attributions of ``find_statements``; same
  matching and speaker rules.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _corpora import corpora_dir
from _scoring import Errors, Item, Score, context, match, short, tokens

from newscli.analyze.quotes import join_parts
from newscli.analyze.segment import segment
from newscli.analyze.statements import find_statements
from newscli.model import Quote
from newscli.pipeline import extract

Record = dict[str, Any]
_MARKS = '"“”„«»'
_DOUBLED = "''"
# A quote with no cue of its own this close after its speaker's previous one continues it.
_CONTINUES = 400
_PARAGRAPH = re.compile(r"\n\s*\n")
_TOKEN = re.compile(r"\w+")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'\-]*")
_PRONOUNS = "i me my he him his she her hers they them their we us our it its you your who whom"
_NOT_SPEAKER_WORDS = frozenset(f"{_PRONOUNS} which that this these those the a an".split())
ISSUE_BASELINE_DEV = "quote F1 0.814 (P 0.755, R 0.884), speaker accuracy 0.298"


def load(path: Path, split: str) -> list[Record]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [r for line in handle if (r := json.loads(line))["split"] == split]


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Stretches between double quote marks, toggling inside each paragraph (two apostrophes,
    which the NYT's feed types for a double mark, count as one)."""
    text = text.replace(_DOUBLED, '" ')
    regions: list[tuple[int, int]] = []
    position = 0
    bounds = [m.span() for m in _PARAGRAPH.finditer(text)] + [(len(text), len(text))]
    for separator_start, separator_end in bounds:
        opened: int | None = None
        for i in range(position, separator_start):
            if text[i] in _MARKS:
                if opened is None:
                    opened = i + 1
                else:
                    regions.append((opened, i))
                    opened = None
        if opened is not None:
            regions.append((opened, separator_start))
        position = separator_end
    return regions


def gold_quotes(record: Record) -> list[Item]:
    text = record["text"]
    regions = quoted_regions(text)
    items = []
    for attribution in record["attributions"]:
        source = " ".join(s["text"] for s in attribution["source"]).strip()
        if not _has_quote_marks(attribution) or not source or not attribution["content"]:
            continue
        parts = []
        for span in attribution["content"]:
            for a, b in regions:
                lo, hi = max(a, span["start"]), min(b, span["end"])
                if lo < hi and text[lo:hi].strip(" '"):
                    parts.append(text[lo:hi].strip().strip("'").strip())
        if not parts:
            parts = [" ".join(s["text"] for s in attribution["content"]).strip(_MARKS + " ")]
        items.append(
            Item(
                " ".join(parts),
                source,
                attribution["content"][0]["start"],
                attribution["source"][0]["start"],
            )
        )
    return items


def _has_quote_marks(attribution: Record) -> bool:
    """PolNeAR's flag, or a content held in two-apostrophe marks (''…''), which the flag misses."""
    content = " ".join(s["text"] for s in attribution["content"])
    return bool(attribution["content_has_quote_marks"]) or content.count(_DOUBLED) >= 2


def gold_reported(record: Record) -> list[Item]:
    items = []
    for attribution in record["attributions"]:
        source = " ".join(s["text"] for s in attribution["source"]).strip()
        if _has_quote_marks(attribution) or not source or not attribution["content"]:
            continue
        items.append(Item(" ".join(s["text"] for s in attribution["content"]), source))
    return items


def baseline_quotes(record: Record) -> list[Item]:
    items = []
    for paragraph in _PARAGRAPH.split(record["text"]):
        for found in re.finditer(r"[\"“”]([^\"“”]+)[\"“”]", paragraph):
            if len(found.group(1).split()) < 3:
                continue
            names = re.findall(r"\b[A-Z][a-z]+\b", paragraph[: found.start()])
            items.append(Item(found.group(1), names[-1] if names else None))
    return items


@dataclass(frozen=True)
class Predicted:
    quotes: list[Item]
    phrases: list[Item]
    reported: list[Item]
    seconds: float
    """Time of the analysis alone (segmenting, quotes and reported speech), not the cleaning."""


def newscli_items(record: Record) -> Predicted:
    article = extract(record["text"], source=record["id"])
    started = time.perf_counter()
    sentences = segment(article)
    found = find_statements(article.text, sentences, "en")
    seconds = time.perf_counter() - started
    quotes = [Item(q.text, q.speaker) for q in as_attributions(article.text, found.quotes)]
    phrases = [Item(q.text, q.speaker) for q in found.phrases]
    reported = [Item(a.text, a.speaker) for a in found.attributions if a.kind == "reported"]
    return Predicted(quotes, phrases, reported, seconds)


def as_attributions(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """newscli's quotes grouped as PolNeAR groups content: one attribution (source, cue) holds
    every stretch of content its cue governs, so “A,” she said. “B.” is one unit there and two
    quotes in newscli (the attribution guide's convention). A quote without a cue of its own that
    continues the same speaker's previous quote is merged into it here."""
    merged: list[Quote] = []
    for quote in quotes:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and quote.cue is None
            and quote.speaker is not None
            and quote.speaker == previous.speaker
            and 0 <= quote.start - previous.parts[-1][1] <= _CONTINUES
        ):
            parts = (*previous.parts, *quote.parts)
            merged[-1] = replace(previous, text=join_parts(text, parts), parts=parts)
        else:
            merged.append(quote)
    return merged


def _speaker_words(source: str) -> set[str]:
    return {w for w in _CAPITALISED.findall(source) if w.lower() not in _NOT_SPEAKER_WORDS}


def speaker_right(gold: Item, predicted: Item) -> bool | None:
    """None when the gold source names nobody (not judged)."""
    wanted = _speaker_words(gold.speaker or "")
    if not wanted:
        return None
    return bool(wanted & set(_CAPITALISED.findall(predicted.speaker or "")))


def score(gold: Sequence[Item], predicted: Sequence[Item], into: Score) -> list[int]:
    matches = match(gold, predicted)
    into.gold += len(gold)
    into.predicted += len(predicted)
    for item, best in zip(gold, matches, strict=True):
        if best < 0:
            continue
        into.matched += 1
        into.matched_predictions += 1
        right = speaker_right(item, predicted[best])
        if right is not None:
            into.speaker_judged += 1
            into.speaker_right += right
    return matches


def _source_place(text: str, item: Item) -> str:
    """Where the gold source is written relative to its quote."""
    low, high = sorted((item.at, item.source_at))
    if "\n\n" in text[low:high].strip():
        return "source in an earlier paragraph" if item.source_at < item.at else "source after"
    return "source in the paragraph"


def _find(text: str, quote: str) -> int:
    return text.find(quote[:40]) if quote else -1


def collect_errors(
    record: Record,
    gold: Sequence[Item],
    predicted: Predicted,
    matches: Sequence[int],
    errors: Errors,
    keep: int,
) -> None:
    text = record["text"]
    quotes = predicted.quotes
    gold_tokens = [tokens(g.text) for g in gold]
    matched_gold = {i for i, m in enumerate(matches) if m >= 0}
    for i, (item, best) in enumerate(zip(gold, matches, strict=True)):
        where = f"{record['id']}: gold «{short(item.text)}» by {item.speaker!r}"
        if best < 0:
            cause = _miss_cause(item, gold_tokens[i], predicted, matches)
            errors.add(cause, f"{where} ## {context(text, item.at)}")
            continue
        right = speaker_right(item, quotes[best])
        if right is False:
            said = quotes[best].speaker
            cause = "speaker: none found" if said is None else "speaker: wrong"
            cause += f" ({_source_place(text, item)})"
            errors.add(cause, f"{where}; ours {said!r} ## {context(text, item.at)}")
    used = set(matches)
    for j, quote in enumerate(quotes):
        if j in used:
            continue
        said_tokens = tokens(quote.text)
        size = sum(said_tokens.values())
        inside = [
            i for i, g in enumerate(gold_tokens) if sum((g & said_tokens).values()) * 2 >= size
        ]
        if any(i in matched_gold for i in inside):
            cause = "extra: part of a matched gold quote (split)"
        elif inside:
            cause = "extra: part of an unmatched gold quote"
        else:
            length = "short" if size <= 8 else "long"
            who = "attributed" if quote.speaker else "unattributed"
            cause = f"extra: no gold ({length}, {who})"
        at = _find(text, quote.text)
        errors.add(
            cause,
            f"{record['id']}: ours «{short(quote.text)}» by {quote.speaker!r} "
            f"## {context(text, at)}",
        )


def _miss_cause(
    item: Item, wanted: Counter[str], predicted: Predicted, matches: Sequence[int]
) -> str:
    size = sum(wanted.values())
    for phrase in predicted.phrases:
        shared = sum((wanted & tokens(phrase.text)).values())
        if shared * 2 >= min(size, sum(tokens(phrase.text).values())) and shared:
            return "missed: kept as a phrase"
    overlapping = [
        j for j, q in enumerate(predicted.quotes) if sum((wanted & tokens(q.text)).values())
    ]
    if any(j in matches for j in overlapping):
        return "missed: joined into another gold quote's prediction"
    if overlapping:
        return "missed: overlapping prediction below half"
    return f"missed: not found ({'short' if size <= 4 else 'long'})"


def indirect_errors(
    record: Record,
    gold: Sequence[Item],
    predicted: Sequence[Item],
    matches: Sequence[int],
    errors: Errors,
) -> None:
    """Indirect speech matched to a gold attribution whose source names someone else."""
    for item, best in zip(gold, matches, strict=True):
        if best >= 0 and speaker_right(item, predicted[best]) is False:
            errors.add(
                "indirect: source wrong",
                f"{record['id']}: gold «{short(item.text)}» by {item.speaker!r}; "
                f"ours {predicted[best].speaker!r}",
            )


def evaluate(
    records: Sequence[Record], errors: Errors | None = None, keep: int = 0
) -> tuple[list[tuple[str, Score]], float]:
    ours, base, reported = Score(), Score(), Score()
    seconds = 0.0
    for record in records:
        predicted = newscli_items(record)
        seconds += predicted.seconds
        gold = gold_quotes(record)
        matches = score(gold, predicted.quotes, ours)
        score(gold, baseline_quotes(record), base)
        gold_indirect = gold_reported(record)
        indirect = score(gold_indirect, predicted.reported, reported)
        if errors is not None:
            collect_errors(record, gold, predicted, matches, errors, keep)
            indirect_errors(record, gold_indirect, predicted.reported, indirect, errors)
    rows = [
        ("baseline (measured here)", base),
        ("newscli", ours),
        ("newscli indirect speech", reported),
    ]
    return rows, seconds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    parser.add_argument("--limit", type=int, default=0, help="only the first N records")
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="print misses by cause, N examples each"
    )
    args = parser.parse_args(argv)
    corpora = corpora_dir()
    path = corpora / "quotes" / "polnear.jsonl.gz" if corpora else None
    if path is None or not path.exists():
        print(
            "PolNeAR not found: set NEWSCLI_CORPORA to the shared corpora folder", file=sys.stderr
        )
        return 1
    records = load(path, args.split)
    if args.limit:
        records = records[: args.limit]
    errors = Errors(args.errors) if args.errors else None
    started = time.perf_counter()
    rows, analysis = evaluate(records, errors, args.errors)
    elapsed = time.perf_counter() - started
    if errors is not None:
        errors.print()
        print()
    print(
        f"PolNeAR {args.split}: {len(records)} records, {rows[0][1].gold} gold quotes, "
        f"{rows[2][1].gold} gold indirect attributions ({elapsed:.1f} s)"
    )
    print(f"{'system':<26} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8} {'judged':>7}")
    if args.split == "dev":
        print(f"{'baseline (issue 6)':<26}  {ISSUE_BASELINE_DEV}")
    for name, s in rows:
        print(
            f"{name:<26} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
            f"{s.speaker_accuracy:8.3f} {s.speaker_judged:7d}"
        )
    print(
        f"analysis (segment, quotes, reported speech): {1000 * analysis / len(records):.1f} ms"
        " per article"
    )
    print("targets (test): quote F1 >= 0.92, speaker accuracy >= 0.85")
    return 0


if __name__ == "__main__":
    sys.exit(main())
