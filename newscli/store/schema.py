"""The store's tables: documented here and inside the database, versioned, migrated forward.

The schema version is SQLite's ``PRAGMA user_version``. ``MIGRATIONS[n]`` takes a database from
version ``n`` to ``n + 1``; opening a database applies the missing steps in one transaction, and a
database made by a newer newscli is refused rather than damaged. The DDL carries its own comments,
so ``sqlite3 news.db .schema`` (or Datasette, sqlite-utils, pandas) explains every column without
newscli.

Conventions: offsets are character offsets into ``articles.text`` (end exclusive); ``position`` is
the order of a row within its article, from 0; list-valued columns hold JSON arrays; ``speaker``
columns hold the name as the article gives it, and ``speaker_names`` maps it to the person or body
in ``speakers`` that it names across articles.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from newscli.errors import NewscliError


class StoreError(NewscliError):
    """The database cannot be used: not a database, from a newer newscli, locked too long."""

    type = "store_error"


SCHEMA_V1 = """
-- One row per stored article (one brief). `key` identifies the source across runs: the source as
-- given (path or URL), or '-#' + a hash of the text for standard input.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,            -- the source as the user named it
    input_hash TEXT,                 -- SHA-256 of the input file's bytes (NULL for stdin and URLs)
    options TEXT NOT NULL,           -- fingerprint of the options that shaped the brief
    kind TEXT NOT NULL,              -- 'text' or 'html'
    url TEXT,
    title TEXT,
    author TEXT,
    date TEXT,                       -- as the page gives it (ISO 8601 when known)
    site TEXT,
    language TEXT,                   -- ISO 639-1
    method TEXT NOT NULL,            -- summary method
    words INTEGER NOT NULL,
    sentences INTEGER NOT NULL,
    paragraphs INTEGER NOT NULL,
    summary TEXT NOT NULL,           -- the summary sentences joined by a space (rows: `summary`)
    text TEXT NOT NULL,              -- the cleaned article, paragraphs separated by a blank line
    paragraph_ends TEXT NOT NULL,    -- JSON array: end offset of each paragraph in `text`
    cluster INTEGER,                 -- same-story group: the id of the group's first article
    duplicate_of INTEGER,            -- wire copy of this article (its copy group's first), or NULL
    stored_at TEXT NOT NULL          -- UTC time the row was written (ISO 8601)
);
CREATE INDEX articles_cluster ON articles (cluster);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);
CREATE INDEX articles_date ON articles (date);

-- The summary sentences, in article order.
CREATE TABLE summary (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    sentence INTEGER NOT NULL,       -- index of the sentence in the article, from 0
    text TEXT NOT NULL,
    score REAL NOT NULL,
    speaker TEXT,                    -- who the sentence quotes or reports, if anyone
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

-- Direct quotes: the quoted words without the marks.
CREATE TABLE quotes (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,                    -- fullest name the article gives, or NULL
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,          -- offsets of the quoted words (first part's start)
    "end" INTEGER NOT NULL,          -- (first part's end, as in the brief)
    parts TEXT NOT NULL,             -- JSON array of [start, end] pairs, one per part
    kind TEXT NOT NULL,              -- 'quote' ('phrase' rows live in `phrases`)
    cue TEXT,                        -- the attributing words ('said', 'according to'), if known
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes (speaker);

-- Every statement the article attributes: direct quotes and reported speech.
CREATE TABLE attributions (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,              -- 'quote' or 'reported'
    text TEXT NOT NULL,              -- the quoted words, or the reported clause
    speaker TEXT,
    cue TEXT,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,          -- from the first part's start ...
    "end" INTEGER NOT NULL,          -- ... to the last part's end
    parts TEXT NOT NULL,             -- JSON array of [start, end] pairs
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX attributions_speaker ON attributions (speaker);

-- Quoted words that are nobody's speech (scare quotes, titles, slogans); columns as in `quotes`
-- (`speaker` is whoever the sentence reports, when the phrase sits inside reported speech).
CREATE TABLE phrases (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    parts TEXT NOT NULL,
    kind TEXT NOT NULL,              -- 'phrase'
    cue TEXT,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

-- The key claims of the brief.
CREATE TABLE claims (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    sentence INTEGER NOT NULL,
    kind TEXT NOT NULL,              -- 'quote', 'reported', 'figure' or 'statement'
    score REAL NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX claims_speaker ON claims (speaker);

CREATE TABLE keywords (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    keyword TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX keywords_keyword ON keywords (keyword);

-- What cleaning dropped from the input, and why.
CREATE TABLE removed (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

-- One row per person or body quoted across articles (rebuilt after every run). Counts cover
-- `attributions`: direct quotes, reported statements, and the articles they appear in.
CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,       -- the fullest form seen ('Dmitry Peskov')
    variants TEXT NOT NULL,          -- JSON array of every form seen ('Peskov', ...)
    quotes INTEGER NOT NULL,
    statements INTEGER NOT NULL,
    articles INTEGER NOT NULL
);

-- Each speaker string as articles write it -> the speaker it names.
CREATE TABLE speaker_names (
    name TEXT PRIMARY KEY,
    speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX speaker_names_speaker ON speaker_names (speaker_id);

-- MinHash sketches for clustering (see newscli.analyze.minhash): little-endian uint32 arrays.
CREATE TABLE signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    shingles INTEGER NOT NULL,       -- distinct 5-word shingles of the text
    text_minhash BLOB NOT NULL,
    words INTEGER NOT NULL,          -- distinct content words
    words_minhash BLOB NOT NULL
);

-- Sources that failed, so that a rerun retries only what may succeed (as with --output-dir).
CREATE TABLE failures (
    key TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    input_hash TEXT,
    options TEXT NOT NULL,
    type TEXT NOT NULL,
    message TEXT NOT NULL,
    hint TEXT,
    failed_at TEXT NOT NULL
);

-- Facts about the store itself: schema version, clustering parameters.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Full-text index over titles and text (external content: the text is stored once, in
-- `articles`; the triggers keep the index in step with any change, made by newscli or not).
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content='articles', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- Every attributed statement with its speaker and article, for browsing in any SQLite tool.
CREATE VIEW statements AS
SELECT s.name AS speaker, t.kind, t.text, t.speaker AS speaker_as_written, t.cue,
       a.id AS article_id, a.title, a.date, a.source, a.url
FROM attributions t
JOIN articles a ON a.id = t.article_id
LEFT JOIN speaker_names n ON n.name = t.speaker
LEFT JOIN speakers s ON s.id = n.speaker_id;
"""


def _create_v1(conn: sqlite3.Connection) -> None:
    # One statement at a time: executescript() would commit the migration's transaction.
    for statement in split_statements(SCHEMA_V1):
        conn.execute(statement)


def _removed_lines_v2(conn: sqlite3.Connection) -> None:
    # Where in the plain-text input each removed piece was (NULL for HTML and older rows).
    conn.execute("ALTER TABLE removed ADD COLUMN first_line INTEGER")
    conn.execute("ALTER TABLE removed ADD COLUMN last_line INTEGER")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_create_v1, _removed_lines_v2]
"""``MIGRATIONS[n]`` brings a database at schema version ``n`` to ``n + 1``."""
SCHEMA_VERSION = len(MIGRATIONS)

BUSY_TIMEOUT_MS = 60_000
"""How long a writer waits for another process's transaction before giving up."""


def split_statements(script: str) -> list[str]:
    """The statements of a DDL script (``sqlite3.complete_statement`` finds the ends, so the
    semicolons inside trigger bodies do not split them)."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


def connect(path: Path | str, *, create: bool = True) -> sqlite3.Connection:
    """Open (and create, and migrate) the store at ``path``.

    WAL journal: readers never block the writer and one writer at a time commits; a writer waits
    up to ``BUSY_TIMEOUT_MS`` for another. Transactions are explicit (``isolation_level=None``).
    """
    target = Path(path)
    if not create and not target.exists():
        raise StoreError(f"{target}: no such database")
    if target.is_dir():
        raise StoreError(f"{target}: is a folder, not a database file")
    try:
        conn = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{target}: {_describe(exc)}") from None
    return conn


def _describe(exc: sqlite3.Error) -> str:
    message = str(exc)
    if "file is not a database" in message:
        return "not a SQLite database"
    return message


def schema_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(conn: sqlite3.Connection) -> None:
    """Apply the missing migrations, in one transaction; refuse a newer schema."""
    version = schema_version(conn)
    if version == SCHEMA_VERSION:
        return
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"schema version {version} is newer than this newscli knows ({SCHEMA_VERSION});"
            " upgrade newscli"
        )
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Another process may have migrated while this one waited for the lock.
        version = schema_version(conn)
        for step in MIGRATIONS[version:]:
            step(conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
            (str(SCHEMA_VERSION),),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
