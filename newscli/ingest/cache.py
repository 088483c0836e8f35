"""An HTTP cache in one SQLite file, shared by every worker process.

What a private HTTP cache does (RFC 9111), no more:

- responses are stored with their headers and the times they were asked for and received; a stored
  response is used without asking while it is fresh (``Cache-Control: max-age``, else ``Expires``;
  ``no-cache`` means never fresh; newscli does not guess a freshness from ``Last-Modified``, so a
  page without explicit freshness is always revalidated; a permanent redirect, 301 or 308, without
  one is used for a day);
- a stale response with a validator is revalidated with ``If-None-Match`` (its ``ETag``) and
  ``If-Modified-Since`` (its ``Last-Modified``); a ``304 Not Modified`` refreshes its headers and
  its body is used, so an unchanged page is never transferred twice;
- ``no-store`` responses and responses with neither freshness nor a validator are not stored;
  ``Vary`` is honoured (``Vary: *`` is not stored);
- the file is bounded (``--cache-size``): past the bound the least recently used responses go.

Responses are keyed by URL and by what the user adds to the request that can change the answer
(credentials, ``--header`` values), so two accounts never see each other's pages. Passwords are not
stored; the URL column holds the URL with its password hidden.

Concurrency: SQLite in WAL mode lets readers work while one writer writes; each write is a short
``BEGIN IMMEDIATE`` transaction, so there is one writer at a time, and a worker that cannot get the
lock within a moment goes on without caching rather than wait. Each process opens its own
connection (a connection must not cross ``fork``). The cache never fails a source: any error from
it (a full disk, a read-only folder, a damaged file) turns caching off for the process.
"""

from __future__ import annotations

import contextlib
import email.utils
import hashlib
import json
import os
import sqlite3
import sys
import time
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

FILE_NAME = "http-cache.sqlite3"
SCHEMA_VERSION = 1
LOCK_WAIT_SECONDS = 2.0
"""How long a write waits for another process's write before giving up on caching it."""
EVICT_TO = 0.9
"""Eviction frees space down to this share of the bound, so it does not run on every write."""
STORED_STATUSES = frozenset({200, 203, 301, 308})
PERMANENT_REDIRECT_LIFETIME = 24 * 3600.0
"""Permanent redirects without a lifetime of their own are used for a day before asking again."""
"""Statuses stored without explicit freshness (permanent redirects and successful pages);
302 and 307 only when the server gives them a lifetime."""
_NOT_STORED_HEADERS = frozenset(
    {"content-encoding", "content-length", "transfer-encoding", "connection", "set-cookie"}
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    status INTEGER NOT NULL,
    headers TEXT NOT NULL,
    vary TEXT NOT NULL,
    request_time REAL NOT NULL,
    response_time REAL NOT NULL,
    used REAL NOT NULL,
    size INTEGER NOT NULL,
    body BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS responses_used ON responses (used);
"""


def default_dir() -> Path:
    """The user's cache folder for newscli: ``$XDG_CACHE_HOME/newscli`` (``~/.cache/newscli``),
    ``~/Library/Caches/newscli`` on macOS, ``%LOCALAPPDATA%\\newscli\\Cache`` on Windows."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "newscli" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "newscli"
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    base_dir = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base_dir / "newscli"


@dataclass(frozen=True)
class Stored:
    """A response from the cache."""

    key: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    request_time: float
    response_time: float

    def header(self, name: str) -> str | None:
        return header_value(self.headers, name)

    def is_fresh(self, now: float | None = None, default_lifetime: float = 0.0) -> bool:
        return age(self, now) < lifetime(self.headers, self.status, default_lifetime)

    def validators(self) -> dict[str, str]:
        """The conditional request headers that revalidate this response."""
        found = {}
        etag = self.header("ETag")
        if etag:
            found["If-None-Match"] = etag
        modified = self.header("Last-Modified")
        if modified:
            found["If-Modified-Since"] = modified
        return found


def header_value(headers: Iterable[tuple[str, str]], name: str) -> str | None:
    lower = name.lower()
    values = [value for key, value in headers if key.lower() == lower]
    return ", ".join(values) if values else None


def cache_control(headers: Iterable[tuple[str, str]]) -> dict[str, str | None]:
    """``max-age=60, no-cache`` -> ``{"max-age": "60", "no-cache": None}``."""
    directives: dict[str, str | None] = {}
    for part in (header_value(headers, "Cache-Control") or "").split(","):
        name, eq, value = part.strip().partition("=")
        if name:
            directives[name.lower()] = value.strip().strip('"') if eq else None
    return directives


def _http_date(value: str | None) -> float | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.timestamp() if parsed is not None else None


def _seconds(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return max(0.0, float(int(value.strip())))
    except ValueError:
        return None


def lifetime(
    headers: Iterable[tuple[str, str]], status: int, default_lifetime: float = 0.0
) -> float:
    """How long a response stays fresh from when it was generated (0: revalidate every time)."""
    headers = tuple(headers)
    directives = cache_control(headers)
    if "no-cache" in directives or "no-store" in directives:
        return 0.0
    max_age = _seconds(directives.get("max-age"))
    if max_age is not None:
        return max_age
    expires = header_value(headers, "Expires")
    if expires is not None:
        expires_at, date = _http_date(expires), _http_date(header_value(headers, "Date"))
        if expires_at is None or date is None:
            return 0.0  # an invalid Expires means "already expired"
        return max(0.0, expires_at - date)
    if status in (301, 308):
        return max(default_lifetime, PERMANENT_REDIRECT_LIFETIME)
    return default_lifetime


def age(stored: Stored, now: float | None = None) -> float:
    """The response's current age (RFC 9111, 4.2.3)."""
    now = time.time() if now is None else now
    date = _http_date(stored.header("Date"))
    apparent = max(0.0, stored.response_time - date) if date is not None else 0.0
    age_header = _seconds(stored.header("Age")) or 0.0
    corrected = age_header + (stored.response_time - stored.request_time)
    return max(apparent, corrected) + (now - stored.response_time)


def storable(status: int, headers: Iterable[tuple[str, str]], default_lifetime: float) -> bool:
    """Whether a response may be stored and would ever be of use."""
    headers = tuple(headers)
    directives = cache_control(headers)
    if "no-store" in directives or (header_value(headers, "Vary") or "").strip() == "*":
        return False
    fresh = lifetime(headers, status, default_lifetime) > 0
    if status not in STORED_STATUSES and not (status in (302, 307) and fresh):
        return False
    has_validator = bool(header_value(headers, "ETag") or header_value(headers, "Last-Modified"))
    return fresh or has_validator


def cache_key(url: str, discriminators: Iterable[str] = ()) -> str:
    """The key of ``url`` asked for with these credentials and extra headers."""
    digest = hashlib.sha256(url.encode("utf-8", "surrogateescape"))
    for item in discriminators:
        digest.update(b"\0" + item.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _vary_values(
    response_headers: Iterable[tuple[str, str]], request_headers: Mapping[str, str]
) -> dict[str, str]:
    names = [n.strip().lower() for n in (header_value(response_headers, "Vary") or "").split(",")]
    lowered = {k.lower(): v for k, v in request_headers.items()}
    return {name: lowered.get(name, "") for name in names if name}


class HttpCache:
    """One process's connection to the cache file. Every method swallows the cache's own errors
    (turning the cache off): a cache problem never fails a download."""

    def __init__(self, folder: Path, max_bytes: int) -> None:
        self.folder = folder
        self.path = folder / FILE_NAME
        self.max_bytes = max_bytes
        self.broken: str | None = None
        self._db: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection | None:
        if self.broken is not None:
            return None
        if self._db is None:
            try:
                self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
                os.close(fd)
                db = sqlite3.connect(self.path, timeout=LOCK_WAIT_SECONDS, isolation_level=None)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                    with _transaction(db):
                        # Checked again under the write lock: another worker may have just done it.
                        if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                            db.execute("DROP TABLE IF EXISTS responses")
                            for statement in _SCHEMA.split(";"):
                                if statement.strip():
                                    db.execute(statement)
                            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                self._db = db
            except (sqlite3.Error, OSError) as exc:
                self.broken = str(exc)
                return None
        return self._db

    @contextlib.contextmanager
    def _guard(self) -> Iterator[sqlite3.Connection | None]:
        db = self._connect()
        try:
            yield db
        except (sqlite3.Error, OSError, ValueError, zlib.error) as exc:
            self.broken = str(exc)
            self.close()

    def lookup(self, key: str, request_headers: Mapping[str, str]) -> Stored | None:
        with self._guard() as db:
            if db is None:
                return None
            row = db.execute(
                "SELECT status, headers, vary, request_time, response_time, body"
                " FROM responses WHERE key = ?",
                (key,),
            ).fetchone()
            if row is None:
                return None
            status, headers_json, vary_json, request_time, response_time, body = row
            headers = tuple((str(k), str(v)) for k, v in json.loads(headers_json))
            if json.loads(vary_json) != _vary_values(headers, request_headers):
                return None
            return Stored(key, status, headers, zlib.decompress(body), request_time, response_time)
        return None

    def store(
        self,
        key: str,
        url: str,
        status: int,
        headers: Iterable[tuple[str, str]],
        body: bytes,
        *,
        request_headers: Mapping[str, str],
        request_time: float,
        response_time: float,
    ) -> None:
        kept = [(k, v) for k, v in headers if k.lower() not in _NOT_STORED_HEADERS]
        if len(body) > self.max_bytes // 8:
            return  # one page must not push out a whole cache of others
        packed = zlib.compress(body, 1)
        with self._guard() as db:
            if db is None:
                return
            vary = _vary_values(kept, request_headers)
            with _transaction(db):
                db.execute(
                    "INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        key,
                        url,
                        status,
                        json.dumps(kept),
                        json.dumps(vary),
                        request_time,
                        response_time,
                        time.time(),
                        len(packed) + len(url) + 200,
                        packed,
                    ),
                )
                self._evict(db)

    def refresh(
        self,
        stored: Stored,
        headers: Iterable[tuple[str, str]],
        *,
        request_time: float,
        response_time: float,
    ) -> Stored:
        """Merge a 304's headers into ``stored`` (RFC 9111, 4.3.4) and save the result."""
        fresh = {k.lower(): (k, v) for k, v in headers if k.lower() not in _NOT_STORED_HEADERS}
        merged = tuple((k, v) for k, v in stored.headers if k.lower() not in fresh)
        merged += tuple(fresh.values())
        updated = Stored(
            stored.key, stored.status, merged, stored.body, request_time, response_time
        )
        with self._guard() as db:
            if db is not None:
                with _transaction(db):
                    db.execute(
                        "UPDATE responses SET headers = ?, request_time = ?, response_time = ?,"
                        " used = ? WHERE key = ?",
                        (json.dumps(merged), request_time, response_time, time.time(), stored.key),
                    )
        return updated

    def touch(self, stored: Stored) -> None:
        """Mark ``stored`` as used now (it goes last in the eviction order)."""
        with self._guard() as db:
            if db is not None:
                db.execute("UPDATE responses SET used = ? WHERE key = ?", (time.time(), stored.key))

    def _evict(self, db: sqlite3.Connection) -> None:
        total = db.execute("SELECT COALESCE(SUM(size), 0) FROM responses").fetchone()[0]
        if total <= self.max_bytes:
            return
        target = total - int(self.max_bytes * EVICT_TO)
        doomed: list[str] = []
        for key, size in db.execute("SELECT key, size FROM responses ORDER BY used"):
            doomed.append(key)
            target -= size
            if target <= 0:
                break
        db.executemany("DELETE FROM responses WHERE key = ?", ((k,) for k in doomed))

    def size(self) -> tuple[int, int]:
        """(responses stored, bytes they take)."""
        with self._guard() as db:
            if db is not None:
                count, total = db.execute(
                    "SELECT COUNT(*), COALESCE(SUM(size), 0) FROM responses"
                ).fetchone()
                return int(count), int(total)
        return 0, 0

    def close(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


_OPEN: dict[tuple[str, int, int], HttpCache] = {}


def open_cache(folder: str | None, max_bytes: int) -> HttpCache:
    """This process's cache in ``folder`` (None: ``default_dir()``), opened once per process."""
    path = Path(folder).expanduser() if folder else default_dir()
    key = (str(path), max_bytes, os.getpid())
    cache = _OPEN.get(key)
    if cache is None:
        cache = _OPEN[key] = HttpCache(path, max_bytes)
    return cache
