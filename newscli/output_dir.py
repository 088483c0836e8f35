"""``--output-dir``: one file per source, written atomically, and an append-only index.jsonl."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newscli.model import Source

INDEX_NAME = "index.jsonl"


@dataclass(frozen=True)
class IndexEntry:
    source: str
    output: str | None
    status: str
    error: str | None
    sha256: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "output": self.output,
            "status": self.status,
            "error": self.error,
            "sha256": self.sha256,
        }


def output_name(source: Source, extension: str) -> str:
    """Relative output path for ``source``: the input tree mirrored, the extension replaced."""
    if source.kind == "stdin":
        stem = "stdin"
    elif source.kind == "url":
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", (source.url or source.name).split("://", 1)[-1])
        stem = stem.strip("_")[:150] or "url"
    else:
        stem = source.relative or Path(source.name).name
        for suffix in (".gz",):
            stem = stem.removesuffix(suffix)
        stem = str(Path(stem).with_suffix(""))
    return stem + extension


def input_hash(source: Source) -> str | None:
    """SHA-256 of a file source's bytes (None for stdin and URLs, which are never skipped)."""
    if source.kind != "file" or source.path is None:
        return None
    digest = hashlib.sha256()
    try:
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
        self._done = self._read_index()

    def _read_index(self) -> dict[tuple[str, str], str]:
        done: dict[tuple[str, str], str] = {}
        if not self.index_path.exists():
            return done
        with self.index_path.open(encoding="utf-8") as stream:
            for line in stream:
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line cut short by an interruption
                if entry.get("status") == "ok" and entry.get("sha256") and entry.get("output"):
                    done[(entry["source"], entry["sha256"])] = entry["output"]
        return done

    def is_done(self, source: Source, sha256: str | None) -> bool:
        if sha256 is None:
            return False
        output = self._done.get((source.name, sha256))
        return output is not None and (self.root / output).exists()

    def write(self, relative: str, content: str) -> None:
        target = self.root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".newscli-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as stream:
                stream.write(content)
            Path(temp).replace(target)
        except BaseException:
            with contextlib.suppress(OSError):
                Path(temp).unlink()
            raise

    def record(self, entry: IndexEntry) -> None:
        with self.index_path.open("a", encoding="utf-8") as stream:
            stream.write(json.dumps(entry.as_dict(), ensure_ascii=False) + "\n")
            stream.flush()
        if entry.status == "ok" and entry.sha256 and entry.output:
            self._done[(entry.source, entry.sha256)] = entry.output
