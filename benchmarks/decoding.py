"""Legacy encodings without a declaration: newscli's decoder beside charset-normalizer and chardet.

    python benchmarks/decoding.py [--split dev|test] [--errors]

Texts in 20 languages (Universal Dependencies paragraphs, built by
benchmarks/build_language_corpus.py) are joined into ~1.5 KB documents and encoded in their legacy
code pages (Central European cp1250/ISO-8859-2, Turkish cp1254/ISO-8859-9, Cyrillic cp1251/KOI8-R/
KOI8-U, Greek, Hebrew, Arabic, Baltic, Thai, Western cp1252/ISO-8859-1/-15, Chinese GB18030/Big5,
Japanese Shift_JIS/EUC-JP, Korean EUC-KR), with no BOM and no charset declaration. Characters a code
page lacks become "?", so the expected text is what the code page can hold. A decoding is right
when it gives exactly that text. Also: mojibake repair (UTF-8 read as cp1252 or Latin-1) with
newscli beside ftfy. Target (issue 14): >= 98% right.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpora import corpora_dir

from newscli.errors import NewscliError
from newscli.ingest.decode import decode, repair_mojibake

# Language -> legacy code pages its text was commonly published in.
ENCODINGS = {
    "cs": ("cp1250", "iso8859-2"),
    "pl": ("cp1250", "iso8859-2"),
    "sk": ("cp1250", "iso8859-2"),
    "hu": ("cp1250", "iso8859-2"),
    "sl": ("cp1250", "iso8859-2"),
    "ro": ("cp1250",),
    "tr": ("cp1254", "iso8859-9"),
    "ru": ("cp1251", "koi8-r"),
    "uk": ("cp1251", "koi8-u"),
    "bg": ("cp1251",),
    "el": ("cp1253", "iso8859-7"),
    "he": ("cp1255", "iso8859-8"),
    "ar": ("cp1256",),
    "fa": ("cp1256",),
    "lt": ("cp1257",),
    "lv": ("cp1257",),
    "et": ("cp1257",),
    "th": ("cp874",),
    "de": ("cp1252", "iso8859-1"),
    "fr": ("cp1252", "iso8859-15"),
    "es": ("cp1252", "iso8859-1"),
    "pt": ("cp1252",),
    "sv": ("cp1252",),
    "zh": ("gb18030",),
    "zh-Hant": ("big5",),
    "ja": ("shift_jis", "euc_jp"),
    "ko": ("euc_kr",),
}
DOCUMENTS_PER_PAIR = 4
PARAGRAPHS_PER_DOCUMENT = 4
# Mojibake cases: how UTF-8 text gets misread.
MOJIBAKE = ("cp1252", "latin-1")
MOJIBAKE_LANGUAGES = ("de", "fr", "es", "pt", "cs", "pl", "tr", "sv")


def corpus_path() -> Path | None:
    root = corpora_dir()
    candidates = [root / "languages" / "ud-languages.jsonl.gz"] if root else []
    candidates.append(
        Path(__file__).resolve().parents[1]
        / ".cache"
        / "corpora"
        / "languages"
        / "ud-languages.jsonl.gz"
    )
    return next((p for p in candidates if p.is_file()), None)


def documents(split: str) -> dict[str, list[str]]:
    """Per language (``zh-Hant`` apart), documents of PARAGRAPHS_PER_DOCUMENT paragraphs."""
    path = corpus_path()
    if path is None:
        sys.exit("no language corpus: run benchmarks/build_language_corpus.py first")
    paragraphs: defaultdict[str, list[str]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["kind"] != "paragraph" or (split != "all" and row["split"] != split):
                continue
            lang = "zh-Hant" if row["treebank"] == "UD_Chinese-GSD" else row["lang"]
            paragraphs[lang].append(row["text"])
    docs: dict[str, list[str]] = {}
    for lang, texts in paragraphs.items():
        step = PARAGRAPHS_PER_DOCUMENT
        docs[lang] = ["\n\n".join(texts[i : i + step]) for i in range(0, len(texts), step)]
    return docs


def newscli_decode(data: bytes) -> str | None:
    try:
        return decode(data)[0]
    except NewscliError:
        return None


def charset_normalizer_decode(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


def chardet_decode(data: bytes) -> str | None:
    import chardet

    guess = chardet.detect(data)["encoding"]
    if not guess:
        return None
    try:
        return data.decode(guess)
    except (LookupError, UnicodeDecodeError):
        return None


DECODERS: dict[str, Callable[[bytes], str | None]] = {
    "newscli": newscli_decode,
    "charset-normalizer": charset_normalizer_decode,
    "chardet": chardet_decode,
}


def run_decoding(split: str, show_errors: bool) -> None:
    docs = documents(split)
    cases: list[tuple[str, str, bytes, str]] = []
    for lang, encodings in ENCODINGS.items():
        for encoding in encodings:
            for text in docs.get(lang, [])[:DOCUMENTS_PER_PAIR]:
                data = text.encode(encoding, errors="replace")
                cases.append((lang, encoding, data, data.decode(encoding)))
    print(
        f"legacy encodings: {len(cases)} documents, {len(ENCODINGS)} language sets, split {split}"
    )
    print(f"{'decoder':<20} {'right':>7} {'share':>7} {'ms/doc':>7}  wrong (language/encoding)")
    for name, decoder in DECODERS.items():
        right = 0
        wrong: defaultdict[str, int] = defaultdict(int)
        start = time.perf_counter()
        for lang, encoding, data, expected in cases:
            got = decoder(data)
            # newscli normalises newlines and strips controls; the texts have neither.
            if got is not None and got.strip() == expected.strip():
                right += 1
            else:
                wrong[f"{lang}/{encoding}"] += 1
        ms = (time.perf_counter() - start) * 1000 / len(cases)
        worst = ", ".join(f"{k} {v}" for k, v in sorted(wrong.items(), key=lambda kv: -kv[1]))
        print(f"{name:<20} {right:>7} {right / len(cases):>7.1%} {ms:>7.2f}  {worst[:200]}")
        if show_errors and name == "newscli":
            for key, count in wrong.items():
                print(f"    {key}: {count}")
    run_mojibake(docs)


def run_mojibake(docs: dict[str, list[str]]) -> None:
    cases = []
    for lang in MOJIBAKE_LANGUAGES:
        for text in docs.get(lang, [])[:DOCUMENTS_PER_PAIR]:
            for misread in MOJIBAKE:
                garbled = text.encode("utf-8").decode(misread, errors="replace")
                if garbled != text and "\ufffd" not in garbled:
                    cases.append((text, garbled))
    # Text that must come through untouched: correct text in the same languages.
    clean = [
        text for lang in MOJIBAKE_LANGUAGES for text in docs.get(lang, [])[:DOCUMENTS_PER_PAIR]
    ]
    print(f"\nmojibake: {len(cases)} misread documents, {len(clean)} correct ones")
    try:
        import ftfy
    except ImportError:
        ftfy = None
    repairers: dict[str, Callable[[str], str]] = {"newscli": repair_mojibake}
    if ftfy is not None:
        repairers["ftfy.fix_encoding"] = ftfy.fix_encoding
    print(f"{'repairer':<20} {'repaired':>9} {'untouched':>10}")
    for name, repair in repairers.items():
        repaired = sum(1 for text, garbled in cases if repair(garbled) == text)
        untouched = sum(1 for text in clean if repair(text) == text)
        print(f"{name:<20} {repaired:>5}/{len(cases):<3} {untouched:>6}/{len(clean)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), help="one split (default: both)")
    parser.add_argument("--errors", action="store_true", help="list newscli's failures")
    args = parser.parse_args()
    for split in [args.split] if args.split else ["dev", "test"]:
        run_decoding(split, args.errors)
        print()


if __name__ == "__main__":
    main()
