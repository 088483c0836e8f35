"""German summaries beside Lead-3 on 20 Minuten news with human summaries and leads.

    python benchmarks/summaries_de.py --examples PATH

PATH is the ``SwissText_2023/examples`` folder of https://github.com/ZurichNLP/20Minuten (ten
articles of the Swiss daily 20 Minuten, each given with the three-point summary and the lead its
editors wrote; Kew et al., SwissText 2023). Nothing of it is copied here: clone the repository and
point this script at the folder. It is the only German news with human summaries this project has
found that can be read offline, and ten articles are few: the figures say whether newscli's
summary holds its own against Lead-3 in German, not by how much.

newscli briefs each article's text with ``--language de --sentences 3``; Lead-3 is the first three
sentences as newscli splits them. Scores are unigram and bigram F1 over lower-cased words (``\\w+``,
so umlauts count as letters, which rouge-score's default tokenizer drops), against the summary's
points joined, and against the lead.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newscli.options import Options
from newscli.pipeline import brief

_WORD = re.compile(r"\w+")


def ngram_f1(candidate: str, reference: str, n: int) -> float:
    def grams(text: str) -> Counter[tuple[str, ...]]:
        words = [w.lower() for w in _WORD.findall(text)]
        return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))

    ours, theirs = grams(candidate), grams(reference)
    overlap = sum((ours & theirs).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(ours.values()), overlap / sum(theirs.values())
    return 2 * precision * recall / (precision + recall)


def task_record(lines: list[str], task: str) -> dict[str, object]:
    """The JSON record that follows the ``SINGLE: <task>`` line of an example file."""
    return dict(json.loads(lines[lines.index(f"SINGLE: {task}") + 1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=Path, required=True, help="SwissText_2023/examples")
    args = parser.parse_args()
    files = sorted(args.examples.glob("*.txt"))
    if not files:
        print(f"no example files in {args.examples}", file=sys.stderr)
        return 1
    scores: dict[str, list[tuple[float, float, float, float]]] = {"summary": [], "lead": []}
    for path in files:
        lines = path.read_text("utf-8").split("\n")
        summary = task_record(lines, "summary_generation")
        lead = task_record(lines, "lead_generation")
        content = str(summary["content"])
        result = brief(content, options=Options(sentences=3, language="de"))
        ours = " ".join(s.text for s in result.summary)
        lead3 = " ".join(s.text for s in result.sentences[:3])
        references = {"summary": " ".join(map(str, summary["summary"])), "lead": str(lead["lead"])}
        for name, reference in references.items():
            scores[name].append(
                (
                    ngram_f1(ours, reference, 1),
                    ngram_f1(lead3, reference, 1),
                    ngram_f1(ours, reference, 2),
                    ngram_f1(lead3, reference, 2),
                )
            )
    print(f"20 Minuten examples: {len(files)} German articles; newscli --sentences 3 beside Lead-3")
    header = ("reference", "newscli R1", "Lead-3 R1", "newscli R2", "Lead-3 R2")
    print(f"{header[0]:<30}" + "".join(f"{h:>12}" for h in header[1:]))
    for name, rows in scores.items():
        means = [sum(row[k] for row in rows) / len(rows) for k in range(4)]
        better = sum(row[0] > row[1] for row in rows)
        worse = sum(row[0] < row[1] for row in rows)
        label = f"{name} ({better} better, {worse} worse)"
        print(f"{label:<30}" + "".join(f"{m:>12.3f}" for m in means))
    return 0


if __name__ == "__main__":
    sys.exit(main())
