"""Command-line arguments to Sources: paths, ``-``, URLs and folders."""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from newscli.errors import SourceNotFoundError
from newscli.model import Source

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")
URL_PREFIXES = ("http://", "https://")


def is_url(argument: str) -> bool:
    return argument.lower().startswith(URL_PREFIXES)


def is_article_file(name: str) -> bool:
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return lower.endswith(ARTICLE_SUFFIXES)


def resolve(
    arguments: Iterable[str], *, recursive: bool = False, glob: str | None = None
) -> Iterator[Source]:
    """Sources for the arguments, in order; folders expand to their article files, sorted.

    Raises ``SourceNotFoundError`` for a path that does not exist (checked before anything runs).
    """
    arguments = list(arguments)
    for argument in arguments:
        if argument != "-" and not is_url(argument) and "://" not in argument:
            path = Path(argument)
            if not path.exists() and not path.is_symlink():
                raise SourceNotFoundError(f"{argument}: no such file or directory")
    for argument in arguments:
        if argument == "-":
            yield Source.stdin()
        elif is_url(argument) or "://" in argument:
            yield Source.from_url(argument)
        elif Path(argument).is_dir():
            yield from folder_sources(Path(argument), recursive=recursive, glob=glob)
        else:
            yield Source.file(Path(argument), name=argument)


def folder_sources(folder: Path, *, recursive: bool, glob: str | None) -> Iterator[Source]:
    """The article files in ``folder``: hidden ones skipped, sorted by relative path."""
    found: list[tuple[str, Path]] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if recursive else []
        for name in files:
            if name.startswith(".") or not is_article_file(name):
                continue
            path = Path(root) / name
            relative = path.relative_to(folder).as_posix()
            if glob and not (fnmatch.fnmatch(name, glob) or fnmatch.fnmatch(relative, glob)):
                continue
            found.append((relative, path))
    for relative, path in sorted(found):
        yield Source.file(path, relative=relative)


def stdin_is_piped() -> bool:
    try:
        return not sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False
