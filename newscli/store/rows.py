"""A brief as the rows of the store's tables, and the rows back as a brief (the round trip)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from newscli.analyze.segment import segment
from newscli.clean.authors import split_authors
from newscli.model import (
    Article,
    Attribution,
    Brief,
    Claim,
    Quote,
    Removed,
    Stats,
    SummarySentence,
)
from newscli.options import Options, shaping_options

PARAGRAPH_SEPARATOR = "\n\n"

Row = tuple[Any, ...]


@dataclass(frozen=True)
class AttributionRow:
    """One row of ``attributions``: the fields of the brief's ``Attribution``."""

    kind: str
    text: str
    speaker: str | None
    cue: str | None
    sentence: int
    start: int
    end: int
    parts: tuple[tuple[int, int], ...]


def attributions_of(brief: Brief) -> tuple[AttributionRow, ...]:
    """Every statement the brief attributes (direct quotes and reported speech, with cues and
    offsets), as ``attributions`` rows."""
    return tuple(
        AttributionRow(a.kind, a.text, a.speaker, a.cue, a.sentence, a.start, a.end, a.parts)
        for a in brief.attributions
    )


def options_fingerprint(options: Options) -> str:
    """What made a stored brief, as a short stable string: the command, every option that shapes
    the brief (``shaping_options``, as for the recipe of an ``-o`` folder) and newscli's version.
    A brief made by another recipe is not done."""
    import newscli

    recipe = {
        "command": "summarize",
        **shaping_options(options),
        "version": str(newscli.__version__),
    }
    encoded = json.dumps(recipe, sort_keys=True, default=str).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()[:16]


def source_key(brief: Brief | None, source_name: str, source_kind: str) -> str:
    """The article's identity across runs: the source as named, except standard input, which is
    told apart by a hash of its text (two articles piped in one after the other are two)."""
    if source_kind != "stdin" or brief is None:
        return source_name
    digest = hashlib.sha256(brief.article.text.encode("utf-8", "surrogatepass")).hexdigest()
    return f"-#{digest[:16]}"


def _parts_json(parts: tuple[tuple[int, int], ...]) -> str:
    """``[[0, 12], [30, 41]]``: the JSON of offset pairs, written directly (json.dumps costs ten
    times more, once per quote)."""
    return "[" + ", ".join(f"[{int(a)}, {int(b)}]" for a, b in parts) + "]"


def _json_parts(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in json.loads(text))


@dataclass(frozen=True)
class BriefRows:
    """The rows one brief becomes; child rows without their ``article_id``, which the writer adds
    (``position`` is each row's first field)."""

    article: dict[str, Any]
    summary: list[Row]
    quotes: list[Row]
    attributions: list[Row]
    phrases: list[Row]
    claims: list[Row]
    keywords: list[Row]
    removed: list[Row]


QUOTE_COLUMNS = (
    "position", "text", "speaker", "sentence", "start", '"end"', "parts", "kind", "cue",
)  # fmt: skip
CHILD_TABLES: dict[str, tuple[str, ...]] = {
    "summary": ("position", "sentence", "text", "score", "speaker"),
    "quotes": QUOTE_COLUMNS,
    "attributions": (
        "position", "kind", "text", "speaker", "cue", "sentence", "start", '"end"', "parts",
    ),
    "phrases": QUOTE_COLUMNS,
    "claims": ("position", "text", "speaker", "sentence", "kind", "score"),
    "keywords": ("position", "keyword"),
    "removed": ("position", "text", "reason", "first_line", "last_line"),
}  # fmt: skip
"""Each child table's columns after ``article_id``, in the order of ``BriefRows``' tuples."""


def _quote_row(position: int, q: Quote) -> Row:
    parts = _parts_json(q.parts)
    return (position, q.text, q.speaker, q.sentence, q.start, q.end, parts, q.kind, q.cue)


def _located(row: dict[str, Any], *names: str) -> dict[str, Any]:
    """The fields quotes and attributions share (words, speaker, where), plus ``names``, from a
    row."""
    located = {k: row[k] for k in ("text", "speaker", "sentence", "start", "end", *names)}
    located["parts"] = _json_parts(row["parts"])
    return located


def _restored_quote(row: dict[str, Any]) -> Quote:
    return Quote(**_located(row, "kind", "cue"))


def brief_rows(brief: Brief) -> BriefRows:
    """The brief as rows (the article's row without the bookkeeping columns)."""
    a = brief.article
    ends = list(
        accumulate(
            (len(p) for p in a.paragraphs),
            lambda total, length: total + len(PARAGRAPH_SEPARATOR) + length,
        )
    )
    article = {
        "kind": a.kind,
        "url": a.url,
        "title": a.title,
        "author": a.author,
        "date": a.date,
        "site": a.site,
        "language": a.language,
        "method": brief.method,
        "words": brief.stats.words,
        "sentences": brief.stats.sentences,
        "paragraphs": brief.stats.paragraphs,
        "summary": " ".join(s.text for s in brief.summary),
        "text": a.text,
        "paragraph_ends": "[" + ", ".join(str(end) for end in ends) + "]",
    }
    quotes = [_quote_row(i, q) for i, q in enumerate(brief.quotes)]
    phrases = [_quote_row(i, p) for i, p in enumerate(brief.phrases)]
    return BriefRows(
        article=article,
        summary=[(i, s.sentence, s.text, s.score, s.speaker) for i, s in enumerate(brief.summary)],
        quotes=quotes,
        attributions=[
            (i, t.kind, t.text, t.speaker, t.cue, t.sentence, t.start, t.end, _parts_json(t.parts))
            for i, t in enumerate(brief.attributions)
        ],
        phrases=phrases,
        claims=[
            (i, c.text, c.speaker, c.sentence, c.kind, c.score) for i, c in enumerate(brief.claims)
        ],
        keywords=list(enumerate(brief.keywords)),
        removed=[
            (i, r.text, r.reason, *(r.lines or (None, None))) for i, r in enumerate(a.removed)
        ],
    )


def _lines(first: int | None, last: int | None) -> tuple[int, int] | None:
    return None if first is None or last is None else (first, last)


def paragraphs_from(text: str, ends_json: str) -> tuple[str, ...]:
    paragraphs: list[str] = []
    start = 0
    for end in json.loads(ends_json):
        paragraphs.append(text[start:end])
        start = end + len(PARAGRAPH_SEPARATOR)
    return tuple(paragraphs)


def rows_brief(
    article: dict[str, Any], children: dict[str, list[dict[str, Any]]], source: str
) -> Brief:
    """The brief back from its rows (``children`` maps a table to its rows in position order).

    Sentences are not stored (they follow from the text), so ``Brief.sentences`` is empty; the
    offsets of summary sentences and claims come from segmenting the text again, and ``authors``
    from splitting ``author`` again, as the pipeline did."""
    author = article["author"]
    restored = Article(
        source=source,
        kind=article["kind"],
        paragraphs=paragraphs_from(article["text"], article["paragraph_ends"]),
        title=article["title"],
        author=author,
        authors=split_authors(author),
        date=article["date"],
        site=article["site"],
        url=article["url"],
        language=article["language"],
        removed=tuple(
            Removed(r["text"], r["reason"], _lines(r["first_line"], r["last_line"]))
            for r in children["removed"]
        ),
    )
    spans = {s.index: (s.start, s.end) for s in segment(restored)}
    return Brief(
        article=restored,
        stats=Stats(article["words"], article["sentences"], article["paragraphs"]),
        method=article["method"],
        summary=tuple(
            SummarySentence(
                s["text"],
                s["sentence"],
                s["score"],
                *spans.get(s["sentence"], (0, 0)),
                speaker=s["speaker"],
            )
            for s in children["summary"]
        ),
        claims=tuple(
            Claim(
                c["text"],
                c["speaker"],
                c["sentence"],
                c["kind"],
                c["score"],
                *spans.get(c["sentence"], (0, 0)),
            )
            for c in children["claims"]
        ),
        quotes=tuple(_restored_quote(q) for q in children["quotes"]),
        keywords=tuple(k["keyword"] for k in children["keywords"]),
        attributions=tuple(
            Attribution(**_located(r, "kind", "cue")) for r in children["attributions"]
        ),
        phrases=tuple(_restored_quote(p) for p in children["phrases"]),
    )
