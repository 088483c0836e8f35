"""Matching and scoring shared by the quote benchmarks (quotes.py, attribution.py, quotes_de.py).

Self-contained on purpose: the rules that judge newscli do not import newscli's own word lists.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

TOKEN = re.compile(r"\w+")
CAPITALISED = re.compile(r"\b[^\W\d_a-zß-ÿ][\w’'\-]*")
_PRONOUNS = "i me my he him his she her hers they them their we us our it its you your who whom"
NOT_NAME_WORDS = frozenset(f"{_PRONOUNS} which that this these those the a an".split())


@dataclass(frozen=True)
class Item:
    """One gold or predicted statement: its words and who says them."""

    text: str
    speaker: str | None
    at: int = -1
    """Offset in the record's text, where known (for error reports)."""
    source_at: int = -1
    single: bool = False
    """Gold quotes: written in single marks ('…' or ‘…’)."""


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    matched_predictions: int = 0
    speaker_judged: int = 0
    speaker_right: int = 0
    speaker_exact: int = 0
    """Of ``speaker_right``, those whose names also agree (``speaker_agrees``)."""
    single_gold: int = 0
    single_matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched_predictions / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_judged if self.speaker_judged else 0.0

    @property
    def exact_accuracy(self) -> float:
        return self.speaker_exact / self.speaker_judged if self.speaker_judged else 0.0

    @property
    def single_recall(self) -> float:
        return self.single_matched / self.single_gold if self.single_gold else 0.0

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def tokens(text: str) -> Counter[str]:
    return Counter(t.lower() for t in TOKEN.findall(text))


def size(counter: Counter[str]) -> int:
    return sum(counter.values())


def shared(a: Counter[str], b: Counter[str]) -> int:
    return sum((a & b).values())


# A match rule: (shared tokens, gold size, predicted size) -> True when they match.
Rule = Callable[[int, int, int], bool]


def half_of_shorter(common: int, gold: int, predicted: int) -> bool:
    return common > 0 and common * 2 >= min(gold, predicted)


def half_of_longer(common: int, gold: int, predicted: int) -> bool:
    return common > 0 and common * 2 >= max(gold, predicted)


def half_of_gold(common: int, gold: int, predicted: int) -> bool:
    return common > 0 and common * 2 >= gold


def match(
    gold: Sequence[Item], predicted: Sequence[Item], rule: Rule = half_of_shorter
) -> list[int]:
    """For each gold item, the index of its matching prediction, or -1 (one prediction per gold
    item). Of all gold-prediction pairs that pass ``rule``, the closest pairs (the largest share
    of their tokens in common) are taken first, so a long prediction holding two gold items'
    words cannot take the place of the prediction that is exactly one of them."""
    predicted_tokens = [tokens(p.text) for p in predicted]
    pairs: list[tuple[float, int, int]] = []
    for i, item in enumerate(gold):
        wanted = tokens(item.text)
        for j, candidate in enumerate(predicted_tokens):
            common = shared(wanted, candidate)
            if rule(common, size(wanted), size(candidate)):
                closeness = common / (size(wanted) + size(candidate) - common)
                pairs.append((-closeness, i, j))
    pairs.sort()
    matches = [-1] * len(gold)
    used: set[int] = set()
    for _, i, j in pairs:
        if matches[i] < 0 and j not in used:
            matches[i] = j
            used.add(j)
    return matches


# A speaker rule: (gold, predicted) -> True/False, or None when the gold names nobody.
Judge = Callable[[Item, Item], "bool | None"]


def tally(
    gold: Sequence[Item],
    predicted: Sequence[Item],
    into: Score,
    judge: Judge,
    rule: Rule = half_of_shorter,
) -> list[int]:
    """Match ``gold`` and ``predicted`` and add the counts and the speaker verdicts to ``into``
    (a verdict of None is not judged); the matches as ``match`` gives them."""
    matches = match(gold, predicted, rule)
    into.gold += len(gold)
    into.predicted += len(predicted)
    into.matched_predictions += sum(m >= 0 for m in matches)
    for item, best in zip(gold, matches, strict=True):
        if best < 0:
            continue
        into.matched += 1
        verdict = judge(item, predicted[best])
        if verdict is not None:
            into.speaker_judged += 1
            into.speaker_right += verdict
    return matches


def name_words(speaker: str | None, ignore: frozenset[str] = NOT_NAME_WORDS) -> set[str]:
    """Capitalised words of a speaker that are not pronouns, determiners or (given) titles."""
    return {
        w
        for w in CAPITALISED.findall(speaker or "")
        if w.lower().strip(".") not in ignore and len(w.strip(".")) > 1
    }


def speaker_right(
    gold: Item, predicted: Item, ignore: frozenset[str] = NOT_NAME_WORDS
) -> bool | None:
    """None when the gold speaker names nobody (not judged); no predicted speaker is wrong."""
    wanted = name_words(gold.speaker, ignore)
    if not wanted:
        return None
    return bool(wanted & set(CAPITALISED.findall(predicted.speaker or "")))


# Titles that tell one member of a family from another: kept when names are compared exactly.
FAMILY_TITLES = frozenset("mr mrs ms miss master".split())


def speaker_agrees(gold: Item, predicted: Item, ignore: frozenset[str] = NOT_NAME_WORDS) -> bool:
    """Stricter than ``speaker_right``: the name words of one speaker (family titles kept, lower
    case) all belong to the other's, so "Eliza Oakes" agrees with "Mrs. Eliza Oakes" but "Mr.
    Thornbury" not with "Mrs. Thornbury", nor "Tom Gribble" with "Mrs. Gribble"."""
    kept = ignore - FAMILY_TITLES
    wanted = {w.lower().strip(".") for w in name_words(gold.speaker, kept)}
    got = {w.lower().strip(".") for w in name_words(predicted.speaker, kept)}
    return bool(wanted & got) and (wanted <= got or got <= wanted)


@dataclass
class Errors:
    """Misses grouped by cause, with a few examples of each."""

    keep: int
    examples: dict[str, list[str]] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, cause: str, example: str) -> None:
        self.counts[cause] += 1
        if len(self.examples.setdefault(cause, [])) < self.keep:
            self.examples[cause].append(example)

    def print(self) -> None:
        for cause, count in self.counts.most_common():
            print(f"\n== {cause}: {count}")
            for example in self.examples[cause]:
                print("  - " + example.replace("\n", " | "))


def short(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def context(text: str, at: int, width: int = 200) -> str:
    if at < 0:
        return "?"
    return text[max(0, at - width) : at + width // 2]
