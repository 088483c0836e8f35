"""Build the language-identification corpus from Universal Dependencies treebanks.

    python benchmarks/build_language_corpus.py MIRROR_DIR [--out DIR]

MIRROR_DIR holds bare git clones named ``UniversalDependencies+UD_<Language>-<Treebank>/repo``
(the search tool's ``fetch`` lays them out so). Writes ``DIR/ud-languages.jsonl.gz`` (default
``.cache/corpora/languages`` in the checkout; the benchmark also looks in
``../shared/corpora/languages``): per treebank and split (UD ``dev`` to tune on, ``test`` to
report), up to 40 "paragraphs" (three consecutive sentences of one document) and 40 single
sentences of 5 to 25 words, each ``{"lang", "treebank", "split", "kind", "text"}``. The text is
the treebanks' own ``# text =`` lines (CC BY-SA and CC BY-NC-SA licences, see each treebank's
LICENSE.txt); it stays outside the project.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
from pathlib import Path

# ISO 639-1 (or 639-3 where there is none) -> the treebank used for it.
TREEBANKS = {
    "en": "UD_English-EWT",
    "de": "UD_German-GSD",
    "fr": "UD_French-GSD",
    "es": "UD_Spanish-GSD",
    "it": "UD_Italian-ISDT",
    "pt": "UD_Portuguese-Bosque",
    "nl": "UD_Dutch-Alpino",
    "sv": "UD_Swedish-Talbanken",
    "da": "UD_Danish-DDT",
    "no": "UD_Norwegian-Bokmaal",
    "pl": "UD_Polish-PDB",
    "cs": "UD_Czech-CAC",
    "sk": "UD_Slovak-SNK",
    "ru": "UD_Russian-GSD",
    "uk": "UD_Ukrainian-IU",
    "bg": "UD_Bulgarian-BTB",
    "el": "UD_Greek-GDT",
    "he": "UD_Hebrew-HTB",
    "ar": "UD_Arabic-PUD",
    "fa": "UD_Persian-Seraji",
    "tr": "UD_Turkish-IMST",
    "fi": "UD_Finnish-TDT",
    "hu": "UD_Hungarian-Szeged",
    "ro": "UD_Romanian-RRT",
    "hr": "UD_Croatian-SET",
    "sl": "UD_Slovenian-SSJ",
    "et": "UD_Estonian-EWT",
    "lv": "UD_Latvian-LVTB",
    "lt": "UD_Lithuanian-ALKSNIS",
    "id": "UD_Indonesian-GSD",
    "vi": "UD_Vietnamese-VTB",
    "ja": "UD_Japanese-GSD",
    "zh": "UD_Chinese-GSDSimp",
    "zh-Hant": "UD_Chinese-GSD",  # traditional characters (for Big5); recorded as "zh"
    "ko": "UD_Korean-GSD",
    "hi": "UD_Hindi-PUD",
    "th": "UD_Thai-PUD",
    # Languages newscli has no resources for: they must come out as "und", not as a neighbour.
    "cy": "UD_Welsh-CCG",
    "mt": "UD_Maltese-MUDT",
    "ka": "UD_Georgian-GLC",
    "be": "UD_Belarusian-HSE",
    "sr": "UD_Serbian-SET",
    "ta": "UD_Tamil-TTB",
    "gd": "UD_Scottish_Gaelic-ARCOSG",
    "mk": "UD_Macedonian-MTB",
    "sq": "UD_Albanian-STAF",
    "kk": "UD_Kazakh-KTB",
    "ug": "UD_Uyghur-UDT",
    "hsb": "UD_Upper_Sorbian-UFAL",
    "fo": "UD_Faroese-FarPaHC",
    "az": "UD_Azerbaijani-TueCL",
    "is": "UD_Icelandic-Modern",
}
PER_KIND = 40


def documents(conllu: str) -> list[list[str]]:
    """The sentences' text, grouped by document (``# newdoc``) or paragraph when marked."""
    docs: list[list[str]] = [[]]
    for line in conllu.splitlines():
        if line.startswith(("# newdoc", "# newpar")) and docs[-1]:
            docs.append([])
        elif line.startswith("# text = "):
            docs[-1].append(line[len("# text = ") :].strip())
    return [doc for doc in docs if doc]


def spread(items: list[str], count: int) -> list[str]:
    """``count`` items evenly spread over ``items`` (deterministic)."""
    if len(items) <= count:
        return items
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def _sentence_sized(text: str) -> bool:
    """5 to 25 words; 10 to 60 characters in scripts written without spaces."""
    spaces = text.count(" ")
    if spaces < len(text) / 20:
        return 10 <= len(text) <= 60
    return 5 <= len(text.split()) <= 25


def records(lang: str, treebank: str, split: str, conllu: str) -> list[dict[str, str]]:
    docs = documents(conllu)
    paragraphs = [
        " ".join(doc[i : i + 3])
        for doc in docs
        for i in range(0, len(doc) - 2, 3)
        if len(" ".join(doc[i : i + 3])) >= 120
    ]
    if len(paragraphs) < PER_KIND:  # treebanks of shuffled single sentences: consecutive ones
        flat = [s for doc in docs for s in doc]
        paragraphs = [" ".join(flat[i : i + 3]) for i in range(0, len(flat) - 2, 3)]
    sentences = [s for doc in docs for s in doc if _sentence_sized(s)]
    out = []
    for kind, texts in (("paragraph", paragraphs), ("sentence", sentences)):
        for text in spread(texts, PER_KIND):
            out.append(
                {"lang": lang, "treebank": treebank, "split": split, "kind": kind, "text": text}
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirror", type=Path)
    default_out = Path(__file__).resolve().parents[1] / ".cache" / "corpora" / "languages"
    parser.add_argument("--out", type=Path, default=default_out)
    args = parser.parse_args()
    rows: list[dict[str, str]] = []
    for lang, treebank in TREEBANKS.items():
        repo = args.mirror / f"UniversalDependencies+{treebank}" / "repo"
        names = subprocess.run(
            ["git", "-C", str(repo), "ls-tree", "--name-only", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        has_dev = any(n.endswith("-ud-dev.conllu") for n in names)
        for split in ("dev", "test"):
            # Test-only treebanks (PUD and the like): the first half tunes, the second reports.
            wanted = split if has_dev else "test"
            name = next((n for n in names if n.endswith(f"-ud-{wanted}.conllu")), None)
            if name is None:
                continue
            shown = subprocess.run(
                ["git", "-C", str(repo), "show", f"HEAD:{name}"], capture_output=True, text=True
            )
            if shown.returncode != 0:  # large blobs can be missing from a snapshot
                print(f"skipped {treebank} {split}: {shown.stderr.strip()}")
                continue
            conllu = shown.stdout
            if not has_dev:
                lines = conllu.splitlines()
                half = len(lines) // 2
                while half < len(lines) and lines[half]:
                    half += 1
                conllu = "\n".join(lines[:half] if split == "dev" else lines[half:])
            rows.extend(records(lang.split("-")[0], treebank, split, conllu))
    args.out.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out / "ud-languages.jsonl.gz", "wt", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(
        f"{len(rows)} records, {len(TREEBANKS)} languages -> {args.out / 'ud-languages.jsonl.gz'}"
    )


if __name__ == "__main__":
    main()
