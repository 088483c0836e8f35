"""``--output-dir``: one file per source, written atomically, and an append-only index.jsonl.

The index is the folder's memory: one JSON line per source processed (source, output file, status,
error, SHA-256 of the input). Lines are appended as results arrive, each with a single ``write``,
so an interrupted run leaves whole lines (a line cut short by a crash is dropped when the folder is
opened again). At the end of a run the index is rewritten, atomically, with only the latest line
for each source. A rerun skips a source whose input hash already has an output.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from newscli.model import Source

INDEX_NAME = "index.jsonl"
TEMP_PREFIX = ".newscli-"

LASTING_ERRORS = frozenset({"decode_error", "empty", "no_article"})
"""Error types that the same bytes give again on every run: a rerun does not retry them (nor
report them again). Timeouts, read, fetch, write and internal errors may pass, and ``too_large``
depends on ``--max-bytes``, so those are retried."""


@dataclass(frozen=True)
class IndexEntry:
    source: str
    output: str | None
    status: str
    """``ok`` or ``error``."""
    error: str | None
    """The error message, as printed on stderr."""
    sha256: str | None
    error_type: str | None = None
    """The error's ``type``, as in the JSON error objects."""
    records: dict[str, int] | None = None
    """For a web archive: how many records it held and what became of them."""

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "source": self.source,
            "output": self.output,
            "status": self.status,
            "error": self.error,
            "error_type": self.error_type,
            "sha256": self.sha256,
        }
        if self.records is not None:
            data["records"] = self.records
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> IndexEntry | None:
        """The entry in ``data``, or None if it is not one (a foreign or damaged line)."""
        source, output, status = data.get("source"), data.get("output"), data.get("status")
        error, sha256, error_type = data.get("error"), data.get("sha256"), data.get("error_type")
        if not isinstance(source, str) or status not in ("ok", "error"):
            return None
        if not all(v is None or isinstance(v, str) for v in (output, error, sha256, error_type)):
            return None
        records = data.get("records")
        if not isinstance(records, dict) or not all(
            isinstance(k, str) and isinstance(v, int) for k, v in records.items()
        ):
            records = None
        return cls(source, output, status, error, sha256, error_type, records)


def output_name(source: Source, extension: str) -> str:
    """Relative output path for ``source``: the input tree mirrored, the extension replaced."""
    if source.kind == "stdin":
        stem = "stdin"
    elif source.kind == "url":
        # The name, not the URL: the name has any password in the URL hidden.
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", source.name.split("://", 1)[-1])
        stem = stem.strip("_.")[:150] or "url"
    else:
        relative = PurePosixPath(source.relative or Path(source.name).name)
        # A relative path from a folder walk never climbs out, but be sure: drop '..' and roots.
        parts = [p for p in relative.parts if p not in ("..", ".", "/")] or ["article"]
        stem = str(PurePosixPath(*parts)).removesuffix(".gz").removesuffix(".GZ")
        stem = str(PurePosixPath(stem).with_suffix("")) if PurePosixPath(stem).suffix else stem
    return stem + extension


def with_counter(name: str, number: int, extension: str | None = None) -> str:
    """``a/b.json`` -> ``a/b-2.json``; with ``extension`` (``.jsonl.gz``) the counter goes before
    all of it: ``a/b.jsonl.gz`` -> ``a/b-2.jsonl.gz``."""
    if extension and name.endswith(extension):
        return f"{name[: -len(extension)]}-{number}{extension}"
    path = PurePosixPath(name)
    return str(path.with_name(f"{path.stem}-{number}{path.suffix}"))


def input_hash(source: Source, max_bytes: int | None = None) -> str | None:
    """SHA-256 of a regular file's bytes; None for stdin, URLs, FIFOs, devices, unreadable files and
    files over ``max_bytes`` (those are never skipped, and reading them here could hang)."""
    if source.kind not in ("file", "warc") or source.path is None:
        return None
    try:
        info = source.path.stat()
        if not stat.S_ISREG(info.st_mode) or (max_bytes is not None and info.st_size > max_bytes):
            return None
        digest = hashlib.sha256()
        with source.path.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


class OutputDir:
    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.index_path = root / INDEX_NAME
        self._repair_index()
        self._latest: dict[str, IndexEntry] = {}
        """The last entry recorded for each source, in order of first appearance."""
        for entry in self._read_index():
            self._latest[entry.source] = entry

    def _repair_index(self) -> None:
        """Cut a last line left unfinished by an interrupted run, so that appends start clean."""
        try:
            with self.index_path.open("rb+") as stream:
                size = stream.seek(0, os.SEEK_END)
                if size == 0:
                    return
                stream.seek(size - 1)
                if stream.read(1) == b"\n":
                    return
                stream.seek(0)
                data = stream.read()
                stream.truncate(data.rfind(b"\n") + 1)
        except FileNotFoundError:
            return

    def _read_index(self) -> Iterable[IndexEntry]:
        if not self.index_path.exists():
            return
        with self.index_path.open(encoding="utf-8", errors="replace") as stream:
            for line in stream:
                try:
                    data = json.loads(line)
                except json.JSONDecodeError:
                    continue  # damaged: ignore it, the source will simply be recomputed
                entry = IndexEntry.from_dict(data) if isinstance(data, dict) else None
                if entry is not None:
                    yield entry

    def entry(self, source_name: str) -> IndexEntry | None:
        return self._latest.get(source_name)

    def is_done(self, source: Source, sha256: str | None, extension: str) -> bool:
        """Whether ``source`` with this content already has an output in this format, or failed
        in a way that these bytes always will."""
        entry = self._latest.get(source.name)
        if sha256 is None or entry is None or entry.sha256 != sha256:
            return False
        if entry.status == "error":
            return entry.error_type in LASTING_ERRORS
        return (
            entry.output is not None
            and entry.output.endswith(extension)
            and (self.root / entry.output).is_file()
        )

    def plan_names(self, sources: Sequence[Source], extension: str) -> list[str]:
        """An output name for each source, never one that belongs to another source.

        A name belongs to the source that the index (or an earlier source of this run) gave it, so
        ``a.txt`` and ``a.html`` in one folder become ``a.json`` and ``a-2.json``, and they keep
        those names on every rerun.
        """
        owners: dict[str, str] = {INDEX_NAME: ""}
        for entry in self._latest.values():
            if entry.output is not None:
                owners.setdefault(entry.output, entry.source)
        names: list[str] = []
        for source in sources:
            base = output_name(source, extension)
            name, number = base, 1
            while owners.setdefault(name, source.name) != source.name:
                number += 1
                name = with_counter(base, number, extension)
            names.append(name)
        return names

    def write(self, relative: str, content: str) -> None:
        """Write ``content`` to ``relative`` atomically: a temp file beside it, then a rename."""
        target = self.root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=TEMP_PREFIX, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as stream:
                stream.write(content)
            Path(temp).replace(target)
        except BaseException:
            with contextlib.suppress(OSError):
                Path(temp).unlink()
            raise

    def record(self, entry: IndexEntry) -> None:
        """Append ``entry`` to the index in one ``write`` call, so the line is whole or absent."""
        line = (json.dumps(entry.as_dict(), ensure_ascii=False) + "\n").encode("utf-8")
        fd = os.open(self.index_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)
        self._latest[entry.source] = entry

    def compact(self, order: Sequence[str] = ()) -> None:
        """Rewrite the index with the latest line per source: the other sources first, as they
        were, then those named in ``order``, in that order. Atomic, like every output file."""
        chosen = set(order)
        entries = [e for name, e in self._latest.items() if name not in chosen]
        entries += [self._latest[name] for name in dict.fromkeys(order) if name in self._latest]
        text = "".join(json.dumps(e.as_dict(), ensure_ascii=False) + "\n" for e in entries)
        self.write(INDEX_NAME, text)


class GzipLinesFile:
    """An output file of gzipped lines (one JSON object a line), written to a temp file beside its
    target and renamed into place by ``commit``: a reader never sees half a file, and an
    interrupted run leaves none."""

    def __init__(self, root: Path, relative: str) -> None:
        import gzip

        self.target = root / relative
        self.target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=self.target.parent, prefix=TEMP_PREFIX, suffix=".tmp")
        self.temp = Path(temp)
        self._raw = os.fdopen(fd, "wb")
        # mtime=0: the same records give the same bytes on every run.
        self._stream = gzip.GzipFile(fileobj=self._raw, mode="wb", compresslevel=6, mtime=0)

    def add(self, line: str) -> None:
        self._stream.write(line.encode("utf-8") + b"\n")

    def commit(self) -> None:
        self._stream.close()
        self._raw.close()
        self.temp.replace(self.target)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self._stream.close()
        with contextlib.suppress(OSError):
            self._raw.close()
        with contextlib.suppress(OSError):
            self.temp.unlink()
