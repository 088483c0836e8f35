"""Questions asked of the store: who is quoted, what a person said, which articles mention what,
and everything the digest shows. Read-only; nothing here runs the pipeline."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from newscli.errors import NewscliError
from newscli.model import Brief
from newscli.store.rows import CHILD_TABLES, rows_brief
from newscli.store.schema import StoreError, connect
from newscli.store.speakers import display_form, name_key

SPEAKER_SCHEMA = "newscli.speaker/1"
STATEMENT_SCHEMA = "newscli.statement/1"
HIT_SCHEMA = "newscli.hit/1"

_SNIPPET_UNSAFE = re.compile(r"[\x00\x01\x04-\x08\x0b-\x1f\x7f-\x9f]")
MARK_START = "\x02"
MARK_END = "\x03"
"""Snippet highlight markers: control characters never survive into stored text."""


class QueryError(NewscliError):
    """A question the store cannot answer as asked (a search query it cannot parse)."""

    type = "query_error"


def open_store(path: Path | str) -> sqlite3.Connection:
    """An existing store, for reading (migrated forward if it is older)."""
    conn = connect(path, create=False)
    conn.row_factory = sqlite3.Row
    return conn


# --- a stored brief ------------------------------------------------------------------------------


def load_brief(conn: sqlite3.Connection, article_id: int) -> Brief:
    """The stored article ``article_id`` as a ``Brief`` (without ``sentences``)."""
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise StoreError(f"no article {article_id} in the store")
    children = {
        table: [
            dict(r)
            for r in conn.execute(
                f"SELECT * FROM {table} WHERE article_id = ? ORDER BY position", (article_id,)
            )
        ]
        for table in CHILD_TABLES
    }
    return rows_brief(dict(row), children, row["source"])


# --- speakers ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpeakerRow:
    id: int
    name: str
    quotes: int
    statements: int
    articles: int
    variants: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "schema": SPEAKER_SCHEMA,
            "id": self.id,
            "name": self.name,
            "quotes": self.quotes,
            "statements": self.statements,
            "articles": self.articles,
            "variants": list(self.variants),
        }


def _speaker(row: sqlite3.Row) -> SpeakerRow:
    return SpeakerRow(
        row["id"],
        row["name"],
        row["quotes"],
        row["statements"],
        row["articles"],
        tuple(json.loads(row["variants"])),
    )


def top_speakers(conn: sqlite3.Connection, limit: int | None = None) -> list[SpeakerRow]:
    """Speakers by how often they are quoted or reported (direct quotes first), then articles."""
    sql = (
        "SELECT * FROM speakers WHERE quotes + statements > 0"
        " ORDER BY quotes + statements DESC, quotes DESC, articles DESC, name"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [_speaker(r) for r in conn.execute(sql)]


def find_speakers(conn: sqlite3.Connection, query: str) -> list[SpeakerRow]:
    """Speakers any of whose name forms contains every word of ``query`` ("Peskov" finds Dmitry
    Peskov; "Kremlin spokesman Dmitry Peskov" too: titles go first, as in the store)."""
    shown = display_form(query) or query
    wanted = set(name_key(shown))
    if not wanted:
        return []
    found: list[SpeakerRow] = []
    for row in conn.execute("SELECT * FROM speakers ORDER BY quotes + statements DESC, name"):
        speaker = _speaker(row)
        forms = (speaker.name, *speaker.variants)
        if any(wanted <= set(name_key(form)) for form in forms):
            found.append(speaker)
    return found


# --- statements --------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatementRow:
    speaker: str | None
    """The speaker across articles (None for a description such as "a spokesman")."""
    speaker_as_written: str | None
    kind: str
    text: str
    cue: str | None
    article_id: int
    title: str | None
    date: str | None
    source: str
    url: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "schema": STATEMENT_SCHEMA,
            "speaker": self.speaker,
            "speaker_as_written": self.speaker_as_written,
            "kind": self.kind,
            "text": self.text,
            "cue": self.cue,
            "article_id": self.article_id,
            "title": self.title,
            "date": self.date,
            "source": self.source,
            "url": self.url,
        }


def statements(
    conn: sqlite3.Connection,
    speaker_ids: Iterable[int] | None = None,
    *,
    kind: str | None = None,
    limit: int | None = None,
) -> list[StatementRow]:
    """Attributed statements (of the given speakers, of one kind), by date, then article order."""
    where: list[str] = []
    params: list[Any] = []
    if speaker_ids is not None:
        ids = list(speaker_ids)
        where.append(f"n.speaker_id IN ({', '.join('?' for _ in ids)})")
        params += ids
    if kind is not None:
        where.append("t.kind = ?")
        params.append(kind)
    sql = (
        "SELECT s.name AS speaker, t.speaker AS written, t.kind, t.text, t.cue, a.id,"
        " a.title, a.date, a.source, a.url"
        " FROM attributions t JOIN articles a ON a.id = t.article_id"
        " LEFT JOIN speaker_names n ON n.name = t.speaker"
        " LEFT JOIN speakers s ON s.id = n.speaker_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.date IS NULL, a.date, a.id, t.position"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [StatementRow(*tuple(r)) for r in conn.execute(sql, params)]


# --- search ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    title: str | None
    source: str
    date: str | None
    url: str | None
    snippet: str
    """The text around the matches, without markers."""
    highlights: tuple[tuple[int, int], ...]
    """Offsets of the matched words in ``snippet``."""
    score: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "schema": HIT_SCHEMA,
            "article_id": self.article_id,
            "title": self.title,
            "source": self.source,
            "date": self.date,
            "url": self.url,
            "snippet": self.snippet,
            "highlights": [list(h) for h in self.highlights],
            "score": round(self.score, 4),
        }


def _offsets(marked: str) -> tuple[tuple[int, int], ...]:
    """Offsets of the highlighted stretches of a marked snippet, in the snippet without marks."""
    spans: list[tuple[int, int]] = []
    position = 0
    opened = -1
    for char in marked:
        if char == MARK_START:
            opened = position
        elif char == MARK_END:
            if opened >= 0:
                spans.append((opened, position))
            opened = -1
        else:
            position += 1
    return tuple(spans)


def _fts_literal(query: str) -> str:
    """``query`` as plain words for FTS5: each run of letters and digits quoted, so that no
    character is an operator."""
    return " ".join(f'"{word}"' for word in re.findall(r"\w+", query))


def search(conn: sqlite3.Connection, query: str, *, limit: int | None = 20) -> list[SearchHit]:
    """Articles matching ``query`` (FTS5 syntax: words must all occur; "a phrase", OR, NOT,
    prefix*), best first, each with a snippet. A query FTS5 cannot parse is taken as plain
    words."""
    if not query.strip():
        raise QueryError("empty search query")
    sql = (
        "SELECT a.id, a.title, a.source, a.date, a.url,"
        f" snippet(articles_fts, 1, '{MARK_START}', '{MARK_END}', '…', 24) AS snip,"
        " bm25(articles_fts, 4.0, 1.0) AS score"
        " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
        " WHERE articles_fts MATCH ? ORDER BY score"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    try:
        rows = conn.execute(sql, (query,)).fetchall()
    except sqlite3.OperationalError:
        # Not FTS5 syntax (a stray quote or bracket, a column name that is not one): the words.
        literal = _fts_literal(query)
        if not literal:
            raise QueryError(f"nothing to search for in {query!r}") from None
        try:
            rows = conn.execute(sql, (literal,)).fetchall()
        except sqlite3.OperationalError as exc:
            raise QueryError(f"cannot search for {query!r}: {exc}") from None
    hits: list[SearchHit] = []
    for row in rows:
        # One line, and no control character but the markers, whoever wrote the text.
        marked = _SNIPPET_UNSAFE.sub("", row[5] or "").replace("\n", " ").replace("\t", " ")
        text = marked.replace(MARK_START, "").replace(MARK_END, "")
        hits.append(
            SearchHit(row[0], row[1], row[2], row[3], row[4], text, _offsets(marked), -row[6])
        )
    return hits


# --- the digest ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleBrief:
    """One stored article as the digest shows it."""

    id: int
    source: str
    title: str | None
    url: str | None
    site: str | None
    author: str | None
    date: str | None
    language: str | None
    words: int
    cluster: int
    duplicate_of: int | None
    summary: tuple[str, ...] = ()
    claims: tuple[tuple[str, str | None, str], ...] = ()
    """(text, speaker, kind)"""
    quotes: tuple[tuple[str, str | None], ...] = ()
    """(text, speaker)"""
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Story:
    """A same-story group: its first article leads; copies and other reports follow."""

    id: int
    articles: tuple[ArticleBrief, ...]

    @property
    def lead(self) -> ArticleBrief:
        return self.articles[0]

    @property
    def copies(self) -> int:
        return sum(1 for a in self.articles if a.duplicate_of is not None)


@dataclass(frozen=True)
class Said:
    """A statement for "who said what": where it first appears, and in how many other articles
    the same words are attributed to the same speaker (wire copies, mostly)."""

    statement: StatementRow
    elsewhere: tuple[int, ...] = ()
    """Ids of the other articles."""


@dataclass(frozen=True)
class Digest:
    articles: int
    stories: tuple[Story, ...]
    speakers: tuple[SpeakerRow, ...]
    said: tuple[tuple[SpeakerRow, tuple[Said, ...]], ...]
    """Who said what: for each of the most-quoted speakers, their statements (quotes first)."""
    timeline: tuple[tuple[str, tuple[ArticleBrief, ...]], ...]
    """(day, articles) in date order; undated articles last, under "undated"."""
    briefs: tuple[ArticleBrief, ...] = field(default=(), repr=False)
    copies: int = 0
    people: int = 0
    """How many speakers the store knows (``speakers`` holds only the most quoted)."""


UNDATED = "undated"


def _children(conn: sqlite3.Connection, table: str, columns: str) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in conn.execute(
        f"SELECT article_id, {columns} FROM {table} ORDER BY article_id, position"
    ):
        grouped[row[0]].append(tuple(row)[1:])
    return grouped


def _articles(conn: sqlite3.Connection) -> Iterator[ArticleBrief]:
    summary = _children(conn, "summary", "text")
    claims = _children(conn, "claims", "text, speaker, kind")
    quotes = _children(conn, "quotes", "text, speaker")
    keywords = _children(conn, "keywords", "keyword")
    for r in conn.execute(
        "SELECT id, source, title, url, site, author, date, language, words, cluster,"
        " duplicate_of FROM articles ORDER BY id"
    ):
        article_id = r[0]
        yield ArticleBrief(
            id=article_id,
            source=r[1],
            title=r[2],
            url=r[3],
            site=r[4],
            author=r[5],
            date=r[6],
            language=r[7],
            words=r[8],
            cluster=r[9] if r[9] is not None else article_id,
            duplicate_of=r[10],
            summary=tuple(s[0] for s in summary.get(article_id, ())),
            claims=tuple(claims.get(article_id, ())),
            quotes=tuple(quotes.get(article_id, ())),
            keywords=tuple(k[0] for k in keywords.get(article_id, ())),
        )


_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d")


def _once_each(rows: list[StatementRow]) -> list[Said]:
    """Each statement once, with the other articles that carry the same words."""
    first: dict[tuple[str, str], int] = {}
    found: list[tuple[StatementRow, list[int]]] = []
    for row in rows:
        key = (row.kind, " ".join(row.text.casefold().split()))
        if key in first:
            found[first[key]][1].append(row.article_id)
        else:
            first[key] = len(found)
            found.append((row, []))
    return [Said(row, tuple(others)) for row, others in found]


def day_of(date: str | None) -> str:
    """The day of a date as ``YYYY-MM-DD``: ISO dates and timestamps ("2025-03-01T09:00Z"), and
    the usual written forms ("March 14, 2026", "14 March 2026"); anything else as given; no date
    -> ``UNDATED``."""
    if not date or not date.strip():
        return UNDATED
    text = " ".join(date.split())
    if len(text) >= 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit():
        return text[:10]
    for layout in _DATE_FORMATS:
        try:
            return datetime.strptime(text, layout).date().isoformat()
        except ValueError:
            continue
    return text


def build_digest(
    conn: sqlite3.Connection, *, people: int = 25, said_people: int = 15, said_each: int = 5
) -> Digest:
    """Everything the digest shows, read from the store."""
    briefs = list(_articles(conn))
    by_cluster: dict[int, list[ArticleBrief]] = defaultdict(list)
    for brief in briefs:
        by_cluster[brief.cluster].append(brief)
    stories = [Story(cid, tuple(members)) for cid, members in by_cluster.items()]
    # Biggest stories first; among equals, the most recent day, undated last (stable sorts).
    stories.sort(key=lambda s: s.id)
    stories.sort(key=lambda s: day_of(s.lead.date) if s.lead.date else "", reverse=True)
    stories.sort(key=lambda s: -len(s.articles))
    speakers = top_speakers(conn, people)
    said: list[tuple[SpeakerRow, tuple[Said, ...]]] = []
    for speaker in speakers[:said_people]:
        rows = statements(conn, [speaker.id])
        rows.sort(key=lambda r: r.kind != "quote")
        said.append((speaker, tuple(_once_each(rows)[:said_each])))
    days: dict[str, list[ArticleBrief]] = defaultdict(list)
    for brief in briefs:
        days[day_of(brief.date)].append(brief)
    timeline = sorted(days.items(), key=lambda item: (item[0] == UNDATED, item[0]))
    return Digest(
        articles=len(briefs),
        stories=tuple(stories),
        speakers=tuple(speakers),
        said=tuple(said),
        timeline=tuple((day, tuple(items)) for day, items in timeline),
        briefs=tuple(briefs),
        copies=sum(1 for b in briefs if b.duplicate_of is not None),
        people=conn.execute(
            "SELECT count(*) FROM speakers WHERE quotes + statements > 0"
        ).fetchone()[0],
    )
