"""Vendor the Stopwords ISO lists into ``newscli/lang/data/stopwords/<code>.txt``.

    python scripts/vendor_stopwords.py [PATH/TO/stopwords-iso.json]

Without a path, reads the JSON that the ``stopwordsiso`` package ships.
One file per language, one word a line, lower-cased, sorted, so that newscli reads only the
language it needs (about a millisecond) instead of importing the whole collection (0.2 s).
The lists are MIT-licensed; ``LICENSE`` and ``SOURCE.md`` beside them record where they came from.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "newscli" / "lang" / "data" / "stopwords"


def main() -> None:
    if len(sys.argv) > 1:
        source = Path(sys.argv[1])
    else:
        from importlib.resources import files

        source = Path(str(files("stopwordsiso").joinpath("stopwords-iso.json")))
    data: dict[str, list[str]] = json.loads(source.read_text("utf-8"))
    OUT.mkdir(parents=True, exist_ok=True)
    for code, stop_words in sorted(data.items()):
        words = sorted({w.strip().lower() for w in stop_words if w.strip()})
        (OUT / f"{code}.txt").write_text("\n".join(words) + "\n", "utf-8")
    print(f"{len(data)} languages -> {OUT}")


if __name__ == "__main__":
    main()
