"""Language identification: newscli beside py3langid, on paragraphs and single sentences.

    python benchmarks/languages.py [--split dev|test] [--errors]

Texts: Universal Dependencies treebanks in 52 languages (benchmarks/build_language_corpus.py; UD's
dev split tuned newscli's thresholds, test is reported untouched) and the non-English pages of the
Mozilla Readability set (their gold text's paragraphs of >= 100 characters, gold = the page's lang).
For a supported language a text is right when the code is; for an unsupported one newscli must say
nothing (None), and the figure is the share of texts given no confident wrong code: for newscli any
code, for py3langid a code other than the true one at probability >= 0.5.
Targets (issue 14): >= 99% on supported paragraphs, >= 95% on sentences, >= 95% no confident wrong
code on unsupported paragraphs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpora import corpora_dir
from decoding import corpus_path

from newscli.lang import identify as newscli_identify

MOZILLA = Path("extraction") / "mozilla-readability-test-pages" / "ground-truth.jsonl"
ALIASES = {"nb": "no", "nn": "no"}


def load(split: str) -> list[dict[str, str]]:
    path = corpus_path()
    if path is None:
        sys.exit("no language corpus: run benchmarks/build_language_corpus.py first")
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["split"] == split:
                rows.append(row)
    root = corpora_dir()
    if root is not None and (root / MOZILLA).is_file():
        for line in (root / MOZILLA).read_text("utf-8").splitlines():
            page = json.loads(line)
            lang = (page.get("lang") or "").split("-")[0].lower()
            if not lang or lang == "en" or page.get("small_fixture"):
                continue
            for text in page["expected_text"].splitlines():
                if len(text) >= 100:
                    rows.append({"lang": lang, "kind": "mozilla", "text": text, "split": split})
    return rows


def py3langid_model() -> object:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--errors", action="store_true", help="list newscli's mistakes")
    args = parser.parse_args()
    rows = load(args.split)
    supported = newscli_identify.SUPPORTED
    start = time.perf_counter()
    model = py3langid_model()
    load_seconds = time.perf_counter() - start

    # (system, group) -> [right, total]
    score: defaultdict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    methods: Counter[str] = Counter()
    errors: Counter[tuple[str, str, str | None]] = Counter()
    seconds = {"newscli": 0.0, "py3langid": 0.0}
    for row in rows:
        gold = row["lang"]
        group = ("supported " if gold in supported else "unsupported ") + row["kind"]
        start = time.perf_counter()
        result = newscli_identify.identify(row["text"])
        seconds["newscli"] += time.perf_counter() - start
        methods[f"{row['kind']}: {result.method}"] += 1
        ours_right = result.language == (gold if gold in supported else None)
        start = time.perf_counter()
        label, probability = model.classify(row["text"])  # type: ignore[attr-defined]
        seconds["py3langid"] += time.perf_counter() - start
        label = ALIASES.get(label, label)
        # Unsupported languages: right unless a confident wrong code.
        theirs_right = label == gold or (gold not in supported and probability < 0.5)
        for system, right in (("newscli", ours_right), ("py3langid", theirs_right)):
            score[(system, group)][0] += right
            score[(system, group)][1] += 1
        if not ours_right:
            errors[(row["kind"], gold, result.language)] += 1

    langs = {row["lang"] for row in rows}
    print(
        f"split {args.split}: {len(rows)} texts in {len(langs)} languages "
        f"({len(langs & set(supported))} supported by newscli)"
    )
    print(f"{'group':<28} {'newscli':>16} {'py3langid':>16}")
    for group in sorted({g for _, g in score}):
        cells = []
        for system in ("newscli", "py3langid"):
            right, total = score[(system, group)]
            cells.append(f"{right / total:7.1%} {right:>4}/{total:<4}")
        print(f"{group:<28} {cells[0]:>16} {cells[1]:>16}")
    print("(unsupported rows: share of texts given no confident wrong code)")
    for system, total_seconds in seconds.items():
        print(f"{system}: {total_seconds * 1000 / len(rows):.3f} ms a text", end="")
        print(f" (+ {load_seconds:.2f} s to load the model)" if system == "py3langid" else "")
    print("newscli decided by:", ", ".join(f"{k} {v}" for k, v in sorted(methods.items())))
    if args.errors:
        for (kind, gold, got), count in errors.most_common():
            print(f"  {kind:<10} {gold:>4} -> {got}: {count}")


if __name__ == "__main__":
    main()
