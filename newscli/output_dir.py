"""``--output-dir``: one file per source, written atomically, and an append-only index.jsonl.

The index is the folder's memory: one JSON line per source processed (source, output file, status,
error, SHA-256 of the input, and the recipe that made the output: command, options fingerprint,
newscli version). Lines are appended as results arrive, each whole or not at all (a write that
fails half-way is cut back), so an interrupted or starved run leaves whole lines. At the end of a
run the index is rewritten, atomically, with only the latest line for each source. A rerun skips a
source whose entry has the same recipe and, for a file, the same input hash.

The folder is guarded:

- a lock (``flock`` on ``.newscli.lock``, which holds the owner's pid) keeps a second run out; the
  operating system releases it however the run ends;
- nothing is written through a symbolic link inside the folder: every path is opened one folder at
  a time from a descriptor of the folder itself, with ``O_NOFOLLOW``, and files are replaced by
  ``rename`` (which replaces a link, never its target);
- names that belong to the folder (``index.jsonl``, the lock, temporary files) are never given to
  an output, whatever the input tree holds.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import re
import secrets
import stat
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import Any, BinaryIO

from newscli.errors import FolderInUseError, FolderWriteError, OutputDirError, OutputWriteError
from newscli.model import Source
from newscli.options import Options, shaping_options
from newscli.render import PLAIN, RenderOptions
from newscli.sanitize import display_name, json_dumps

INDEX_NAME = "index.jsonl"
LOCK_NAME = ".newscli.lock"
TEMP_PREFIX = ".newscli-"
RESERVED_NAMES = frozenset({INDEX_NAME, LOCK_NAME})
"""Top-level names of the folder's own files: no output, and no folder of outputs, gets them."""

LASTING_ERRORS = frozenset({"decode_error", "empty", "no_article"})
"""Error types that the same bytes give again on every run: a rerun does not retry them (it reports
them). Timeouts, read, fetch, write and internal errors may pass, and ``too_large`` depends on
``--max-bytes``, so those are retried."""

# Write errors after which every later write fails too: the run stops instead of failing each
# remaining source.
_FATAL_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO, errno.EFBIG})
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


@dataclass(frozen=True)
class Recipe:
    """What made an output: the command, a fingerprint of the format and of every option that
    shapes the output, and newscli's version. An output made by another recipe is recomputed."""

    command: str
    fingerprint: str
    version: str

    @classmethod
    def for_run(
        cls,
        command: str,
        output_format: str,
        options: Options,
        render: RenderOptions = PLAIN,
    ) -> Recipe:
        import newscli

        shaping = {"command": command, "format": output_format, **shaping_options(options)}
        # Rendering choices count only when not the defaults, so that folders made before they
        # existed keep their fingerprints.
        shaping.update({k: v for k, v in asdict(render).items() if v != getattr(PLAIN, k)})
        canonical = json.dumps(shaping, sort_keys=True, default=str)
        fingerprint = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
        return cls(command, fingerprint, str(newscli.__version__))


@dataclass(frozen=True)
class IndexEntry:
    """One line of ``index.jsonl``. Readers ignore keys they do not know, so the line can grow."""

    source: str
    output: str | None
    status: str
    """``ok`` or ``error``."""
    error: str | None
    """The error message, as printed on stderr."""
    sha256: str | None
    error_type: str | None = None
    """The error's ``type``, as in the JSON error objects."""
    command: str | None = None
    fingerprint: str | None = None
    version: str | None = None
    """The ``Recipe`` that made this entry (None in indexes written before recipes existed)."""
    records: dict[str, int] | None = None
    """For a web archive: how many records it held and what became of them."""

    @property
    def recipe(self) -> Recipe | None:
        if self.command is None or self.fingerprint is None or self.version is None:
            return None
        return Recipe(self.command, self.fingerprint, self.version)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "source": self.source,
            "output": self.output,
            "status": self.status,
            "error": self.error,
            "error_type": self.error_type,
            "sha256": self.sha256,
            "command": self.command,
            "fingerprint": self.fingerprint,
            "version": self.version,
        }
        if self.records is not None:
            data["records"] = self.records
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> IndexEntry | None:
        """The entry in ``data``, or None if it is not one (a foreign or damaged line)."""
        source, status = data.get("source"), data.get("status")
        if not isinstance(source, str) or status not in ("ok", "error"):
            return None
        names = ("output", "error", "sha256", "error_type", "command", "fingerprint", "version")
        values = [data.get(name) for name in names]
        if not all(v is None or isinstance(v, str) for v in values):
            return None
        output, error, sha256, error_type, command, fingerprint, version = values
        records = data.get("records")
        if not isinstance(records, dict) or not all(
            isinstance(k, str) and isinstance(v, int) for k, v in records.items()
        ):
            records = None
        return cls(
            source,
            output,
            status,
            error,
            sha256,
            error_type,
            command,
            fingerprint,
            version,
            records,
        )


def output_name(source: Source, extension: str) -> str:
    """Relative output path for ``source``: the input tree mirrored, the extension replaced; never
    a name that belongs to the folder itself (an input folder called ``index.jsonl`` becomes
    ``_index.jsonl``)."""
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
    first, _, rest = (stem + extension).partition("/")
    if first.casefold() in RESERVED_NAMES or first.startswith(TEMP_PREFIX):
        first = "_" + first
    return f"{first}/{rest}" if rest else first


def with_counter(name: str, number: int, extension: str | None = None) -> str:
    """``a/b.json`` -> ``a/b-2.json``; with ``extension`` (``.jsonl.gz``) the counter goes before
    all of it: ``a/b.jsonl.gz`` -> ``a/b-2.jsonl.gz``."""
    if extension and name.endswith(extension):
        return f"{name[: -len(extension)]}-{number}{extension}"
    path = PurePosixPath(name)
    return str(path.with_name(f"{path.stem}-{number}{path.suffix}"))


def input_hash(source: Source, max_bytes: int | None = None) -> str | None:
    """SHA-256 of a regular file's bytes (an article file or a web archive); None for stdin, URLs,
    FIFOs, devices, unreadable files and files over ``max_bytes`` (those are never skipped, and
    reading them here could hang)."""
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
    """An output folder, locked for this process until ``close()`` (or the end of a ``with``)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.shown = display_name(str(root))
        try:
            root.mkdir(parents=True, exist_ok=True)
            self._root_fd = os.open(root, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
        except OSError as exc:
            raise OutputDirError(f"{self.shown}: {_reason(exc)}") from exc
        self._lock_fd: int | None = None
        self._index_fd: int | None = None
        self._temps: dict[str, tuple[str, ...]] = {}
        """The temporary files this run may have made and not yet renamed or removed (each
        name with its folder), each noted before it is made: whenever Ctrl-C or SIGTERM lands,
        ``close`` removes what is left."""
        _OPEN_FOLDERS.add(self)
        try:
            if self._lock():
                self._remove_stale_temps()
            self._index_fd = self._open_index()
            self._latest: dict[str, IndexEntry] = {}
            """The last entry recorded for each source, in order of first appearance."""
            for entry in self._read_index():
                self._latest[entry.source] = entry
        except BaseException:
            self.close()
            raise

    # --- life ------------------------------------------------------------------------------------

    def __enter__(self) -> OutputDir:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _forget(self) -> None:
        """In a forked child: close this process's copies of the descriptors. The lock stays
        with the parent (it belongs to the open file, which the parent keeps open)."""
        for name in ("_index_fd", "_lock_fd", "_root_fd"):
            fd = getattr(self, name, None)
            setattr(self, name, None)
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)

    def close(self) -> None:
        """Remove this run's unfinished temporary files, then release the lock and the folder's
        descriptors (idempotent)."""
        self._remove_own_temps()
        for name in ("_index_fd", "_lock_fd", "_root_fd"):
            fd = getattr(self, name, None)
            if fd is not None:
                setattr(self, name, None)
                os.close(fd)  # closing the lock's descriptor releases the lock

    def _remove_own_temps(self) -> None:
        """Delete the temporary files this run made and did not finish: an interruption can land
        between a file's creation and the code that would remove it."""
        while self._temps and self._root_fd is not None:
            temp, parts = self._temps.popitem()
            with contextlib.suppress(OSError, OutputWriteError):
                folder = self._open_folder(parts, create=False)
                try:
                    os.unlink(temp, dir_fd=folder)
                except FileNotFoundError:
                    pass  # renamed, or removed already
                finally:
                    self._close_folder(folder)

    def _lock(self) -> bool:
        """Take the folder's lock; False on a file system without locks (then unguarded)."""
        fd = self._open_own(LOCK_NAME, os.O_RDWR | os.O_CREAT)
        self._lock_fd = fd
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            by = f" (pid {owner})" if owner.isdigit() else ""
            raise FolderInUseError(f"{self.shown} is in use by another newscli run{by}") from None
        except OSError:
            # A file system without locks (some network mounts): go on unguarded, as before.
            return False
        with contextlib.suppress(OSError):  # a full disk: the lock holds, the pid is missing
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        return True

    def _remove_stale_temps(self) -> None:
        """Delete the temporary files of a run that was killed mid-write (``kill -9``, a power
        cut). Safe only under the lock: no other run can be writing one now. Links are not
        followed, so nothing outside the folder is touched."""
        if self._root_fd is None:
            return
        with contextlib.suppress(OSError):
            for _, _, files, folder in os.fwalk(dir_fd=self._root_fd, follow_symlinks=False):
                for name in files:
                    if name.startswith(TEMP_PREFIX) and name.endswith(".tmp"):
                        with contextlib.suppress(OSError):
                            os.unlink(name, dir_fd=folder)

    def _open_own(self, name: str, flags: int) -> int:
        """Open one of the folder's own files, refusing a link or anything but a regular file."""
        try:
            fd = os.open(name, flags | _NOFOLLOW | _CLOEXEC, 0o666, dir_fd=self._root_fd)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise OutputDirError(
                    f"{self.shown}/{name} is a symbolic link (newscli does not write through links)"
                ) from exc
            raise OutputDirError(f"{self.shown}/{name}: {_reason(exc)}") from exc
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise OutputDirError(f"{self.shown}/{name} is not a regular file")
        return fd

    # --- the index -------------------------------------------------------------------------------

    def _open_index(self) -> int:
        """The index, opened for appending, with an unfinished last line (from a crash) cut off."""
        fd = self._open_own(INDEX_NAME, os.O_RDWR | os.O_APPEND | os.O_CREAT)
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            start = max(0, size - (1 << 20))
            while True:
                tail = os.pread(fd, size - start, start)
                cut = tail.rfind(b"\n")
                if cut >= 0 or start == 0:
                    break
                start = max(0, start - (1 << 20))
            os.ftruncate(fd, start + cut + 1 if cut >= 0 else 0)
        return fd

    def _read_index(self) -> Iterator[IndexEntry]:
        assert self._index_fd is not None
        with os.fdopen(os.dup(self._index_fd), "rb") as stream:
            stream.seek(0)
            for raw in stream:
                try:
                    data = json.loads(raw.decode("utf-8", errors="replace"))
                except json.JSONDecodeError:
                    continue  # damaged: ignore it, the source will simply be recomputed
                entry = IndexEntry.from_dict(data) if isinstance(data, dict) else None
                if entry is not None:
                    yield entry

    def entry(self, source_name: str) -> IndexEntry | None:
        return self._latest.get(source_name)

    def record(self, entry: IndexEntry) -> None:
        """Append ``entry`` to the index as one whole line. Raises ``FolderWriteError`` when it
        cannot be written, after cutting off whatever part of the line was."""
        line = (json_dumps(entry.as_dict()) + "\n").encode("utf-8")
        fd = self._index_fd
        if fd is None:
            raise FolderWriteError(f"{self.shown}: the output folder is closed")
        start = os.fstat(fd).st_size
        try:
            _write_all(fd, line)
        except OSError as exc:
            with contextlib.suppress(OSError):  # else the next open cuts the torn line
                os.ftruncate(fd, start)
            message = f"cannot write {self.shown}/{INDEX_NAME}: {_reason(exc)}"
            raise FolderWriteError(message) from exc
        self._latest[entry.source] = entry

    def compact(self, order: Sequence[str] = ()) -> None:
        """Rewrite the index with the latest line per source: the other sources first, as they
        were, then those named in ``order``, in that order. Atomic, like every output file."""
        chosen = set(order)
        entries = [e for name, e in self._latest.items() if name not in chosen]
        entries += [self._latest[name] for name in dict.fromkeys(order) if name in self._latest]
        text = "".join(json_dumps(e.as_dict()) + "\n" for e in entries)
        self._replace((INDEX_NAME,), text.encode("utf-8"))
        if self._index_fd is not None:
            os.close(self._index_fd)
            self._index_fd = None
        self._index_fd = self._open_own(INDEX_NAME, os.O_RDWR | os.O_APPEND)

    # --- outputs ---------------------------------------------------------------------------------

    def is_done(self, source: Source, sha256: str | None, recipe: Recipe) -> bool:
        """Whether ``source`` already has an output made by ``recipe`` from these bytes (a file) or
        at all (a URL), or failed in a way that these bytes always will."""
        entry = self._latest.get(source.name)
        if entry is None or entry.recipe != recipe:
            return False
        if source.kind in ("file", "warc"):
            if sha256 is None or entry.sha256 != sha256:
                return False
        elif source.kind != "url" or entry.status != "ok":
            return False  # standard input is always read; a URL that failed is fetched again
        if entry.status == "error":
            return entry.error_type in LASTING_ERRORS
        return entry.output is not None and self.has_output(entry.output)

    def has_output(self, relative: str) -> bool:
        """Whether ``relative`` is a regular file reached without following a link."""
        parts = PurePosixPath(relative).parts
        try:
            fd = self._open_folder(parts[:-1], create=False)
        except (OSError, OutputWriteError):
            return False
        try:
            info = os.stat(parts[-1], dir_fd=fd, follow_symlinks=False)
        except OSError:
            return False
        finally:
            self._close_folder(fd)
        return stat.S_ISREG(info.st_mode)

    def plan_names(self, sources: Sequence[Source], extension: str) -> list[str]:
        """An output name for each source, never one that belongs to another source.

        A name belongs to the source that the index (or an earlier source of this run) gave it, so
        ``a.txt`` and ``a.html`` in one folder become ``a.json`` and ``a-2.json``, and they keep
        those names on every rerun.
        """
        owners: dict[str, str] = {}
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
        """Write ``content`` to ``relative`` atomically: a temp file beside it, then a rename.

        Raises ``OutputWriteError`` for this output alone (a link or a file in the way, a name
        the file system refuses) and ``FolderWriteError`` when no later write can succeed either.
        """
        self._replace(PurePosixPath(relative).parts, content.encode("utf-8"))

    def open_stream(self, relative: str) -> OutputStream:
        """A binary file to fill that becomes ``relative`` when committed (atomically, like
        ``write``) and leaves nothing behind when discarded: for outputs too large to hold in
        memory (a web archive's briefs). Raises as ``write`` does."""
        parts = PurePosixPath(relative).parts
        folder, temp, fd = self._create_temp(parts)
        return OutputStream(self, folder, temp, parts[-1], "/".join(parts), os.fdopen(fd, "wb"))

    def _create_temp(self, parts: tuple[str, ...]) -> tuple[int, str, int]:
        """The folder of ``parts`` (made if need be), a new temporary file's name in it and the
        file's descriptor. The caller closes both descriptors. Raises as ``write`` does."""
        shown = "/".join(parts)
        try:
            folder = self._open_folder(parts[:-1], create=True)
        except OSError as exc:
            raise _write_error(shown, exc) from exc
        temp = f"{TEMP_PREFIX}{secrets.token_hex(8)}.tmp"
        self._temps[temp] = parts[:-1]  # before it exists: see close()
        try:
            fd = os.open(
                temp,
                os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC,
                0o666,
                dir_fd=folder,
            )
        except BaseException as exc:
            if not isinstance(exc, OSError):
                # An interruption (Ctrl-C, SIGTERM) can land after the file was made and before
                # its descriptor was kept: the file may exist.
                with contextlib.suppress(OSError):
                    os.unlink(temp, dir_fd=folder)
            self._close_folder(folder)
            self._temps.pop(temp, None)
            if isinstance(exc, OSError):
                raise _write_error(shown, exc) from exc
            raise
        return folder, temp, fd

    def _done_with(self, temp: str) -> None:
        """The temporary file ``temp`` is renamed or removed."""
        self._temps.pop(temp, None)

    def _replace(self, parts: tuple[str, ...], data: bytes) -> None:
        folder, temp, fd = self._create_temp(parts)
        try:
            try:
                _write_all(fd, data)
            finally:
                os.close(fd)
            os.rename(temp, parts[-1], src_dir_fd=folder, dst_dir_fd=folder)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                os.unlink(temp, dir_fd=folder)
            if isinstance(exc, OSError):
                raise _write_error("/".join(parts), exc) from exc
            raise
        finally:
            self._close_folder(folder)
        self._done_with(temp)

    def _open_folder(self, parts: Sequence[str], *, create: bool) -> int:
        """A descriptor of the folder ``parts`` inside the root, reached one step at a time without
        following a link (and made when ``create``). Close it with ``_close_folder``."""
        assert self._root_fd is not None
        fd = self._root_fd
        for depth, part in enumerate(parts):
            if create:
                try:
                    os.mkdir(part, 0o777, dir_fd=fd)
                except FileExistsError:
                    pass
                except OSError:
                    self._close_folder(fd)
                    raise
            try:
                inner = os.open(part, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, dir_fd=fd)
            except OSError as exc:
                self._close_folder(fd)
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                    where = display_name("/".join(parts[: depth + 1]))
                    what = "a symbolic link" if _is_link(fd, part) else "not a folder"
                    raise OutputWriteError(
                        f"cannot write into {where}: it is {what}"
                        + (" (newscli does not write through links)" if "link" in what else "")
                    ) from exc
                raise
            self._close_folder(fd)
            fd = inner
        return fd

    def _close_folder(self, fd: int) -> None:
        if fd != self._root_fd:
            os.close(fd)


class OutputStream:
    """An output file being written through a temporary file beside it (see
    ``OutputDir.open_stream``)."""

    def __init__(
        self, owner: OutputDir, folder: int, temp: str, name: str, shown: str, file: BinaryIO
    ) -> None:
        self._owner, self._folder, self._temp, self._name = owner, folder, temp, name
        self._shown = shown
        self.file = file
        self._open = True

    def error(self, exc: OSError) -> OutputWriteError | FolderWriteError:
        """The error to raise for ``exc``, met while writing to ``file``: ``FolderWriteError`` when
        no later write can succeed either (a full disk)."""
        return _write_error(self._shown, exc)

    def commit(self) -> None:
        """Close the file and give it its name. Raises as ``OutputDir.write`` does."""
        try:
            self.file.close()
            os.rename(self._temp, self._name, src_dir_fd=self._folder, dst_dir_fd=self._folder)
        except OSError as exc:
            self.discard()
            raise _write_error(self._shown, exc) from exc
        self._finish()

    def discard(self) -> None:
        """Drop what was written (nothing of it stays in the folder)."""
        with contextlib.suppress(OSError):
            self.file.close()
        with contextlib.suppress(OSError):
            os.unlink(self._temp, dir_fd=self._folder)
        self._finish()

    def _finish(self) -> None:
        if self._open:
            self._open = False
            self._owner._done_with(self._temp)
            self._owner._close_folder(self._folder)


_OPEN_FOLDERS: weakref.WeakSet[OutputDir] = weakref.WeakSet()
"""Folders open in this process. A forked child (a batch worker) closes its copies of their
descriptors, so that a worker outliving its parent for a moment cannot keep the folder locked."""


def _forget_folders_in_child() -> None:
    for folder in list(_OPEN_FOLDERS):
        folder._forget()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_folders_in_child)


def _is_link(folder: int, name: str) -> bool:
    try:
        return stat.S_ISLNK(os.stat(name, dir_fd=folder, follow_symlinks=False).st_mode)
    except OSError:
        return False


def _write_all(fd: int, data: bytes) -> None:
    """``os.write`` until every byte is written (a full disk can make it write only part)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def write_atomic(target: Path, content: str) -> None:
    """Write ``content`` to the file ``target`` (the digest page) through a temp file beside it
    and a rename, so that a reader sees the old file or the new one, never half of one. Raises
    ``OSError``."""
    temp = target.with_name(f"{TEMP_PREFIX}{secrets.token_hex(8)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, 0o666)
    try:
        try:
            _write_all(fd, content.encode("utf-8"))
        finally:
            os.close(fd)
        temp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _write_error(shown: str, exc: OSError) -> OutputWriteError | FolderWriteError:
    message = f"cannot write {display_name(shown)}: {_reason(exc)}"
    fatal = exc.errno in _FATAL_WRITE_ERRORS
    return FolderWriteError(message) if fatal else OutputWriteError(message)


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
