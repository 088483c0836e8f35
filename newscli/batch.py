"""Run the pipeline over many sources, yielding each outcome in input order."""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from newscli.errors import NewscliError
from newscli.model import Article, Brief, Failure, Source
from newscli.pipeline import Command, Options, run_source


@dataclass(frozen=True)
class Outcome:
    """One source's result or failure (exactly one of the two is set)."""

    source: Source
    result: Brief | Article | None = None
    failure: Failure | None = None
    detail: str | None = None
    """A traceback for unexpected errors, shown with ``--verbose``."""


def process_one(source: Source, command: Command, options: Options) -> Outcome:
    """Run one source through the pipeline; every error becomes a ``Failure``, none escapes."""
    try:
        return Outcome(source, result=run_source(source, command, options))
    except NewscliError as exc:
        return Outcome(source, failure=Failure(source.name, exc.type, exc.message))
    except RecursionError:
        return Outcome(
            source, failure=Failure(source.name, "too_complex", "input nested too deeply")
        )
    except MemoryError:
        return Outcome(source, failure=Failure(source.name, "too_large", "out of memory"))
    except Exception as exc:  # a bug: report it for this source and carry on with the others
        message = f"internal error: {type(exc).__name__}: {exc}"
        return Outcome(
            source, failure=Failure(source.name, "internal", message), detail=traceback.format_exc()
        )


def process(sources: Iterable[Source], command: Command, options: Options) -> Iterator[Outcome]:
    for source in sources:
        yield process_one(source, command, options)
