"""Writing briefs into the store: one writer (the parent process), batched transactions, upserts.

Resume rules are those of ``--output-dir``: a file whose input hash and recipe (options, version)
match a stored article is done, and so is a stored URL; a file that failed with an error its bytes
always give (``LASTING_ERRORS``) is not retried; everything else is (re)computed, and the new rows
replace the old ones in place (the article keeps its id). Several processes may write to one
database: each batch is one ``BEGIN IMMEDIATE`` transaction, and SQLite's WAL lets one writer
commit at a time while the others wait their turn. When the run ends, wire copies, story groups
and speakers are worked out again over the whole store.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from newscli.analyze.minhash import SKETCH_VERSION, TextSketch, sketch
from newscli.lang.stopwords import stop_words
from newscli.model import Brief, Failure
from newscli.options import Options
from newscli.output_dir import LASTING_ERRORS
from newscli.store.rows import CHILD_TABLES, BriefRows, brief_rows, options_fingerprint
from newscli.store.schema import StoreError, connect

BATCH_ARTICLES = 100
"""Articles per transaction: few enough that other writers get their turn and that the parent,
which also feeds the workers, is never away for long; enough to make the commit's cost vanish per
article."""
BATCH_SECONDS = 1.0
"""A batch is also committed when it has waited this long (a slow run still saves as it goes)."""

_ARTICLE_COLUMNS = (
    "key", "source", "input_hash", "options", "kind", "url", "title", "author", "date", "site",
    "language", "method", "words", "sentences", "paragraphs", "summary", "text",
    "paragraph_ends", "stored_at",
)  # fmt: skip


_INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)})"
    f" VALUES ({', '.join('?' for _ in _ARTICLE_COLUMNS)})"
    " ON CONFLICT (key) DO NOTHING RETURNING id"
)
_UPDATE_ARTICLE = (
    f"UPDATE articles SET {', '.join(f'{c} = ?' for c in _ARTICLE_COLUMNS)} WHERE id = ?"
)


@dataclass
class _Batch:
    """The rows of a transaction's articles, inserted table by table at its end."""

    children: dict[str, list[tuple[object, ...]]] = field(
        default_factory=lambda: {table: [] for table in CHILD_TABLES}
    )
    signatures: list[tuple[object, ...]] = field(default_factory=list)

    def forget(self, article_id: int) -> None:
        for table, rows in self.children.items():
            self.children[table] = [row for row in rows if row[0] != article_id]

    def write(self, conn: sqlite3.Connection) -> None:
        for table, columns in CHILD_TABLES.items():
            rows = self.children[table]
            if rows:
                placeholders = ", ".join("?" for _ in range(len(columns) + 1))
                conn.executemany(
                    f"INSERT INTO {table} (article_id, {', '.join(columns)})"
                    f" VALUES ({placeholders})",
                    rows,
                )
        conn.executemany(
            "INSERT OR REPLACE INTO signatures"
            " (article_id, shingles, text_minhash, words, words_minhash) VALUES (?, ?, ?, ?, ?)",
            self.signatures,
        )


@dataclass
class _Pending:
    key: str
    source: str
    input_hash: str | None
    prepared: _Prepared | None = None
    failure: Failure | None = None


@dataclass
class WriteSummary:
    stored: int = 0
    failed: int = 0
    changed: bool = False
    seconds: dict[str, float] = field(default_factory=dict)
    totals: tuple[int, int, int] | None = None
    """The whole store after the run: articles, wire copies, stories."""

    def line(self, path: Path) -> str | None:
        if self.totals is None:
            return None
        articles, copies, stories = self.totals
        return (
            f"newscli: {path}: {articles:,} articles, {copies:,} wire copies, {stories:,} stories"
        )


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class StoreWriter:
    """Collects briefs and failures and writes them in batches; ``close`` finishes the run."""

    def __init__(
        self,
        path: Path | str,
        options: Options,
        *,
        batch_articles: int = BATCH_ARTICLES,
        batch_seconds: float = BATCH_SECONDS,
        regroup: bool = True,
    ) -> None:
        self.path = Path(path)
        self.conn = connect(path)
        self._closed = False
        self.summary = WriteSummary()
        if refresh_sketches(self.conn):
            self.summary.changed = True
        self.fingerprint = options_fingerprint(options)
        self.batch_articles = batch_articles
        self.batch_seconds = batch_seconds
        self.regroup = regroup
        self.pending: list[_Pending] = []
        self.pending_since = time.monotonic()
        self._done: dict[str, tuple[str | None, str]] = {
            key: (digest, options)
            for key, digest, options in self.conn.execute(
                "SELECT key, input_hash, options FROM articles"
            )
        }
        self._failed: dict[str, tuple[str | None, str, str]] = {
            key: (digest, options, kind)
            for key, digest, options, kind in self.conn.execute(
                "SELECT key, input_hash, options, type FROM failures"
            )
        }

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close(finish=kind is None)

    def is_done(self, key: str, input_hash: str | None, kind: str = "file") -> bool:
        """Whether this source is stored already by the same recipe (options and version): a file
        with these bytes, a URL at all (it is not fetched again); or a file failed in a way these
        bytes always will. Standard input is always read."""
        stored = self._done.get(key)
        failed = self._failed.get(key)
        if kind == "url":
            return stored is not None and stored[1] == self.fingerprint
        if kind != "file" or input_hash is None:
            return False
        if stored is not None and stored == (input_hash, self.fingerprint):
            return True
        return (
            failed is not None
            and failed[:2] == (input_hash, self.fingerprint)
            and failed[2] in LASTING_ERRORS
        )

    def add(self, brief: Brief, *, key: str, input_hash: str | None) -> None:
        # Rows and sketches are made now, one brief at a time, so that the work is spread evenly
        # between the outcomes (the loop that calls this also feeds the workers).
        self.pending.append(_Pending(key, brief.article.source, input_hash, _prepare(brief)))
        self._maybe_flush()

    def fail(self, failure: Failure, *, key: str, input_hash: str | None) -> None:
        self.pending.append(_Pending(key, failure.source, input_hash, failure=failure))
        self._maybe_flush()

    def _maybe_flush(self) -> None:
        if (
            len(self.pending) >= self.batch_articles
            or time.monotonic() - self.pending_since >= self.batch_seconds
        ):
            self.flush()

    def flush(self) -> None:
        """Write what is pending in one transaction."""
        if not self.pending:
            self.pending_since = time.monotonic()
            return
        started = time.perf_counter()
        prepared = [(p, p.prepared) for p in self.pending]
        stamp = now()
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                batch = _Batch()
                for item, rows in prepared:
                    if item.failure is not None:
                        self._write_failure(item, item.failure, stamp)
                    elif rows is not None:
                        self._write_article(item, rows, stamp, batch)
                batch.write(conn)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot write to the database: {exc}") from None
        for item, _rows in prepared:
            if item.failure is not None:
                self._failed[item.key] = (item.input_hash, self.fingerprint, item.failure.type)
                self.summary.failed += 1
            else:
                self._done[item.key] = (item.input_hash, self.fingerprint)
                self._failed.pop(item.key, None)
                self.summary.stored += 1
                self.summary.changed = True
        self.pending.clear()
        self.pending_since = time.monotonic()
        spent = time.perf_counter() - started
        self.summary.seconds["write"] = self.summary.seconds.get("write", 0.0) + spent

    def _write_article(self, item: _Pending, rows: _Prepared, stamp: str, batch: _Batch) -> None:
        """The article's own row now (its id is needed); its other rows into ``batch``."""
        conn = self.conn
        values = dict(rows.rows.article)
        values.update(
            key=item.key,
            source=item.source,
            input_hash=item.input_hash,
            options=self.fingerprint,
            stored_at=stamp,
        )
        ordered = [values[c] for c in _ARTICLE_COLUMNS]
        # A new key (the usual case) is one statement; a known one is updated in place.
        inserted = conn.execute(_INSERT_ARTICLE, ordered).fetchone()
        if inserted is not None:
            article_id = int(inserted[0])
        else:
            article_id = conn.execute(
                "SELECT id FROM articles WHERE key = ?", (item.key,)
            ).fetchone()[0]
            conn.execute(_UPDATE_ARTICLE, [*ordered, article_id])
            for table in CHILD_TABLES:
                conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            batch.forget(article_id)  # the same source twice in one batch: the last one wins
        for table in CHILD_TABLES:
            batch.children[table].extend((article_id, *row) for row in getattr(rows.rows, table))
        batch.signatures.append(_sketch_row(article_id, rows.sketch))
        if item.key in self._failed:
            conn.execute("DELETE FROM failures WHERE key = ?", (item.key,))

    def _write_failure(self, item: _Pending, failure: Failure, stamp: str) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO failures"
            " (key, source, input_hash, options, type, message, hint, failed_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                item.key,
                failure.source,
                item.input_hash,
                self.fingerprint,
                failure.type,
                failure.message,
                failure.hint,
                stamp,
            ),
        )

    def close(self, *, finish: bool = True) -> WriteSummary:
        """Write what is pending; then, if anything changed, regroup the whole store."""
        if self._closed:
            return self.summary
        self._closed = True
        try:
            self.flush()
            if finish and self.regroup and self.summary.changed:
                self.summary.seconds.update(refresh(self.conn))
            if finish:
                row = self.conn.execute(
                    "SELECT count(*), count(duplicate_of), count(DISTINCT cluster) FROM articles"
                ).fetchone()
                self.summary.totals = (int(row[0]), int(row[1]), int(row[2]))
        finally:
            self.conn.close()
        return self.summary


def _sketch_row(article_id: int, s: TextSketch) -> tuple[object, ...]:
    return (
        article_id,
        s.shingles,
        s.text_signature.astype("<u4").tobytes(),
        s.words,
        s.words_signature.astype("<u4").tobytes(),
    )


def refresh_sketches(conn: sqlite3.Connection) -> bool:
    """Make every stored sketch with this newscli's ``SKETCH_VERSION`` (sketches made another
    way cannot be compared with new ones). Returns whether any were remade."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'sketch'").fetchone()
    if row is not None and row[0] == SKETCH_VERSION:
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        remade = 0
        if row is not None:
            articles = conn.execute("SELECT id, text, language FROM articles").fetchall()
            conn.executemany(
                "INSERT OR REPLACE INTO signatures"
                " (article_id, shingles, text_minhash, words, words_minhash)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    _sketch_row(i, sketch(text, stop_words(language or "en")))
                    for i, text, language in articles
                ],
            )
            remade = len(articles)
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('sketch', ?)", (SKETCH_VERSION,)
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return remade > 0


def refresh(conn: sqlite3.Connection) -> dict[str, float]:
    """Work out wire copies, story groups and speakers again over the whole store."""
    from newscli.store.clusters import recluster
    from newscli.store.speakers import rebuild_speakers

    started = time.perf_counter()
    recluster(conn)
    clustered = time.perf_counter()
    rebuild_speakers(conn)
    return {"cluster": clustered - started, "speakers": time.perf_counter() - clustered}


@dataclass(frozen=True)
class _Prepared:
    rows: BriefRows
    sketch: TextSketch


def _prepare(brief: Brief) -> _Prepared:
    stops = stop_words(brief.article.language or "en")
    return _Prepared(brief_rows(brief), sketch(brief.article.text, stops))
