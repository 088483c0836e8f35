"""Command-line arguments to Sources: paths, ``-``, URLs and folders."""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from newscli.errors import SourceNotFoundError
from newscli.ingest.warc import is_warc_name
from newscli.model import Source
from newscli.sanitize import display_name

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")
URL_PREFIXES = ("http://", "https://")
# "www.example.com/story.html", "example.org", "news.example.co.uk:8080/a": a host name (labels
# of letters, digits and hyphens, ending in a top-level domain of letters), maybe a port, then a
# path or nothing.
_HOST_LIKE = re.compile(
    r"^(?P<host>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?::\d{1,5})?(?:[/?#]|$)",
    re.IGNORECASE,
)


def is_url(argument: str) -> bool:
    return argument.lower().startswith(URL_PREFIXES)


def is_article_file(name: str) -> bool:
    """An article file (``.txt``, ``.html``, ... gzipped too) or a web archive (``.warc(.gz)``)."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return lower.endswith(ARTICLE_SUFFIXES) or is_warc_name(name)


def resolve(
    arguments: Iterable[str],
    *,
    recursive: bool = False,
    glob: str | None = None,
    listed: Iterable[str] = (),
) -> Iterator[Source]:
    """Sources for the arguments, then for the ``listed`` entries, in order; folders expand to
    their article files, sorted.

    Raises ``SourceNotFoundError`` for an argument path that does not exist (checked before
    anything runs). A listed path that does not exist is not a usage error: lists are long and
    often older than the files, so it becomes that source's failure and the others still run.
    """
    arguments = list(arguments)
    for argument in arguments:
        if argument != "-" and not is_url(argument) and "://" not in argument:
            path = Path(argument)
            if not path.exists() and not path.is_symlink():
                raise SourceNotFoundError(
                    f"{display_name(argument)}: no such file or directory", hint=url_hint(argument)
                )
    for argument in [*arguments, *listed]:
        if argument == "-":
            yield Source.stdin()
        elif is_url(argument) or "://" in argument:
            yield Source.from_url(argument)
        elif Path(argument).is_dir():
            yield from folder_sources(Path(argument), recursive=recursive, glob=glob)
        elif is_warc_name(argument):
            yield Source.warc(Path(argument), name=argument)
        else:
            yield Source.file(Path(argument), name=argument)


def url_hint(argument: str) -> str | None:
    """``did you mean https://www.example.com/story.html?`` for a missing path that reads as a
    web address without its scheme; None for anything else ("notes.txt" is a file name)."""
    match = _HOST_LIKE.match(argument)
    if match is None or is_article_file(match.group("host")):
        return None
    return f"did you mean https://{display_name(argument)}?"


def nothing_found_hint(
    arguments: Iterable[str], *, recursive: bool, glob: str | None
) -> str | None:
    """Why the folders among ``arguments`` gave no article files, when there is something to do
    about it: article files further down without ``--recursive``, none matching ``--glob``, or
    files that are not article files."""
    folders = [Path(a) for a in arguments if a != "-" and not is_url(a) and Path(a).is_dir()]
    if not folders:
        return None
    if not recursive and any(
        next(folder_sources(folder, recursive=True, glob=glob), None) for folder in folders
    ):
        return "use -r to search sub-folders"
    if glob and any(
        next(folder_sources(folder, recursive=recursive, glob=None), None) for folder in folders
    ):
        return f"no file matches --glob {glob}"
    if any(not entry.name.startswith(".") for folder in folders for entry in folder.iterdir()):
        return f"article files end in {' '.join(ARTICLE_SUFFIXES)}, or the same with .gz"
    return None


def read_source_list(stream: TextIO) -> list[str]:
    """The entries of a ``--from-list`` file: one path or URL a line; blank lines and lines
    starting with ``#`` are skipped; surrounding whitespace and a Windows line end are dropped."""
    entries: list[str] = []
    for line in stream:
        entry = line.strip()
        if entry and not entry.startswith("#"):
            entries.append(entry)
    return entries


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
        if is_warc_name(relative):
            yield Source.warc(path, relative=relative)
        else:
            yield Source.file(path, relative=relative)


def stdin_is_piped() -> bool:
    try:
        return not sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False
