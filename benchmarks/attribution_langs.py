"""Who said what in German, French, Spanish and Czech news: the attribution dev set of the
languages other than English.

    python benchmarks/attribution_langs.py [--lang de|fr|es|cs] [--half tune|check|all|each]
                                           [--brief] [--errors N]

Data: ``tests/fixtures/attribution-languages/dev.jsonl`` (articles written for the project in
the house styles of German, French, Spanish and Czech news, annotated like the English dev set:
``quotes`` with ``parts``/``speaker``/``marks``, ``phrases``, ``reported`` with
``content``/``source``/``cue``; see its README.md). Its *tune* half (19 articles) was written
while the rules were built; the *check* half (11 articles) afterwards, and measured as it came.
Each article's paragraphs are segmented and
analysed by ``statements.find_statements`` in the article's language; ``--brief`` runs
``pipeline.brief`` instead, so the language is the one newscli detects.

Scored as ``benchmarks/attribution.py`` scores English (quote P/R/F1 with half of the shorter's
tokens shared, strict F1 with half of the longer's, speaker accuracy, reported-speech P/R/F1
and source accuracy), with one change for inflected languages: a predicted name word matches a
gold one when they agree but for an ending ("Wetterdienstes" / "Wetterdienst", "Müllers" /
"Müller"). The naive baseline takes the spans between the language's quotation marks (3+
words) with the last capitalised word before them as the speaker, and every sentence with the
language's "said" ("sagte", "a déclaré", "dijo", "řekl") as reported speech.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _scoring import (
    CAPITALISED,
    Errors,
    Item,
    context,
    half_of_gold,
    half_of_longer,
    match,
    short,
    tally,
)
from attribution import Tally, gold_quotes, gold_reported, load

from newscli.analyze.segment import segment
from newscli.analyze.statements import find_statements
from newscli.model import Article
from newscli.pipeline import brief

Record = dict[str, Any]
DATA = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "attribution-languages"
LANGUAGES = ("de", "fr", "es", "cs")
# Words that name nobody: pronouns, determiners and titles of the four languages.
_IGNORED = frozenset(
    """
    er sie es ich wir der die das den dem des ein eine einer herr frau dr il elle on ils elles
    le la les un une des m mme él ella ellos ellas el los las una sr sra don doña on ona oni
    pan paní
    """.split()
)
_SAID = {
    "de": r"\bsagte\b",
    "fr": r"\b(?:a déclaré|a dit)\b",
    "es": r"\bdijo\b",
    "cs": r"\břekl[a]?\b",
}
_MARKS = {
    "de": r"„([^“\"„]+)[“\"]|»([^«»]+)«",
    "fr": r"«\s*([^«»]+?)\s*»|“([^“”]+)”",
    "es": r"«([^«»]+)»|“([^“”]+)”|\"([^\"]+)\"",
    "cs": r"„([^“\"„]+)[“\"]|»([^«»]+)«",
}


def _same_word(a: str, b: str) -> bool:
    """Name words that agree but for an inflection ending."""
    a, b = a.lower().strip("."), b.lower().strip(".")
    if a == b:
        return True
    shorter = min(len(a), len(b))
    common = 0
    while common < shorter and a[common] == b[common]:
        common += 1
    return common >= 4 and common >= max(len(a), len(b)) - 2


def name_words(speaker: str | None) -> list[str]:
    return [
        w
        for w in CAPITALISED.findall(speaker or "")
        if w.lower().strip(".") not in _IGNORED and len(w.strip(".")) > 1
    ]


def speaker_right(gold: Item, predicted: Item) -> bool | None:
    wanted = name_words(gold.speaker)
    if not wanted:
        return None
    said = CAPITALISED.findall(predicted.speaker or "")
    return any(_same_word(w, s) for w in wanted for s in said)


def source_right(gold: Item, predicted: Item) -> bool:
    verdict = speaker_right(gold, predicted)
    if verdict is not None:
        return verdict
    head = re.findall(r"\w+", (gold.speaker or "").lower())
    said = re.findall(r"\w+", (predicted.speaker or "").lower())
    return bool(head) and any(_same_word(head[-1], s) for s in said)


def predict(record: Record, *, whole_brief: bool) -> tuple[list[Item], list[Item], float]:
    started = time.perf_counter()
    if whole_brief:
        attributions = brief(record["text"], source=record["id"]).attributions
    else:
        paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", record["text"]) if p.strip())
        language = record["lang"]
        article = Article(source=record["id"], kind="text", paragraphs=paragraphs)
        attributions = find_statements(article.text, segment(article), language).attributions
    seconds = time.perf_counter() - started
    quotes = [Item(a.text, a.speaker) for a in attributions if a.kind == "quote"]
    reported = [Item(a.text, a.speaker) for a in attributions if a.kind == "reported"]
    return quotes, reported, seconds


def baseline(record: Record) -> tuple[list[Item], list[Item]]:
    quotes, reported = [], []
    marks = re.compile(_MARKS[record["lang"]])
    said = re.compile(_SAID[record["lang"]])
    for paragraph in re.split(r"\n\s*\n", record["text"]):
        for found in marks.finditer(paragraph):
            quoted = next(g for g in found.groups() if g is not None)
            if len(quoted.split()) < 3:
                continue
            names = CAPITALISED.findall(paragraph[: found.start()])
            quotes.append(Item(quoted, names[-1] if names else None))
        for sentence in re.findall(r"[^.!?]+[.!?]*", paragraph):
            verb = said.search(sentence)
            if verb is None or marks.search(sentence):
                continue
            names = CAPITALISED.findall(sentence[: verb.start()])
            reported.append(Item(sentence[verb.end() :], names[-1] if names else None))
    return quotes, reported


def evaluate(record: Record, *, whole_brief: bool, errors: Errors | None) -> Tally:
    counts = Tally(articles=1)
    quotes, reported, counts.seconds = predict(record, whole_brief=whole_brief)
    gold_q, gold_r = gold_quotes(record), gold_reported(record)
    quote_matches = tally(gold_q, quotes, counts.quotes, speaker_right)
    strict = match(gold_q, quotes, half_of_longer)
    counts.strict.gold += len(gold_q)
    counts.strict.predicted += len(quotes)
    counts.strict.matched += sum(m >= 0 for m in strict)
    counts.strict.matched_predictions += sum(m >= 0 for m in strict)
    reported_matches = tally(gold_r, reported, counts.reported, source_right, half_of_gold)
    base_quotes, base_reported = baseline(record)
    tally(gold_q, base_quotes, counts.baseline, speaker_right)
    tally(gold_r, base_reported, counts.baseline_reported, source_right, half_of_gold)
    if errors is not None:
        _errors(record, "quote", gold_q, quotes, quote_matches, errors, speaker_right)
        _errors(record, "reported", gold_r, reported, reported_matches, errors, source_right)
    return counts


def _errors(
    record: Record,
    kind: str,
    gold: list[Item],
    predicted: list[Item],
    matches: list[int],
    errors: Errors,
    judge: Any,
) -> None:
    text, where = record["text"], record["id"]
    for item, best in zip(gold, matches, strict=True):
        label = f"{where}: gold «{short(item.text)}» by {item.speaker!r}"
        if best < 0:
            errors.add(f"{kind} missed", f"{label} ## {context(text, item.at)}")
        elif judge(item, predicted[best]) is False:
            said = predicted[best].speaker
            cause = "none found" if said is None else "wrong"
            errors.add(f"{kind} speaker {cause}", f"{label}; ours {said!r}")
    used = set(matches)
    for j, extra in enumerate(predicted):
        if j not in used:
            errors.add(f"{kind} extra", f"{where}: ours «{short(extra.text)}» by {extra.speaker!r}")


def print_row(title: str, tally: Tally) -> None:
    q, s, r, b, br = (
        tally.quotes,
        tally.strict,
        tally.reported,
        tally.baseline,
        tally.baseline_reported,
    )
    print(
        f"{title:<15} {tally.articles:>3} {q.gold:>4}  {q.precision:5.3f} {q.recall:5.3f} "
        f"{q.f1:5.3f}  {s.f1:5.3f}  {q.speaker_accuracy:5.3f} ({q.speaker_judged:>2})  "
        f"{r.gold:>3} {r.precision:5.3f} {r.recall:5.3f} {r.f1:5.3f}  {r.speaker_accuracy:5.3f}"
        f"   {b.f1:5.3f} {b.speaker_accuracy:5.3f}  {br.precision:5.3f} {br.recall:5.3f}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", choices=LANGUAGES, help="only this language")
    parser.add_argument("--half", default="each", choices=["tune", "check", "all", "each"])
    parser.add_argument("--brief", action="store_true", help="run the whole brief (detection)")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="N examples per cause")
    args = parser.parse_args(argv)
    records = load(DATA / "dev.jsonl")
    if args.lang:
        records = [r for r in records if r["lang"] == args.lang]
    errors = Errors(args.errors) if args.errors else None
    groups = ("tune", "check", "all") if args.half == "each" else (args.half,)
    tallies = {(g, code): Tally() for g in groups for code in (*LANGUAGES, "overall")}
    for record in records:
        wanted = [g for g in groups if g in ("all", record["half"])]
        if not wanted:
            continue
        tally = evaluate(record, whole_brief=args.brief, errors=errors)
        for group in wanted:
            tallies[(group, record["lang"])].add(tally)
            tallies[(group, "overall")].add(tally)
    if errors is not None:
        errors.print()
        print()
    print(
        f"{'':<15} {'n':>3} {'gold':>4}  {'quotes P/R/F1':<17}  strict  speaker      "
        f"reported P/R/F1      source    base F1 speaker  base rep P/R"
    )
    for (group, code), tally in tallies.items():
        if tally.articles:
            print_row(f"{group}:{code}", tally)
    overall = tallies[(groups[-1], "overall")]
    what = "whole brief" if args.brief else "segmenting and statements"
    print(f"{1000 * overall.seconds / max(1, overall.articles):.1f} ms per article ({what})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
