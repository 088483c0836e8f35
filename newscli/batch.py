"""Run the pipeline over many sources: in this process for one source, else in worker processes.

Every source yields exactly one ``Outcome`` (a result or a failure), in input order by default.

How a stuck source is abandoned: each source runs under a ``SIGALRM`` timer that raises inside
the pipeline (that covers blocking reads and slow Python code). Code that never returns to the
interpreter (a C extension in a loop) cannot be interrupted that way, so in pool mode the parent
also watches the time each worker has spent on its current source, kills a worker that overruns,
reports that source as timed out and hands the rest of the worker's chunk to a fresh worker.
Workers are our own ``multiprocessing`` processes rather than a ``concurrent.futures`` pool
because a running future cannot be cancelled: one hung task would hold a worker forever.
"""

from __future__ import annotations

import math
import os
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from newscli.errors import NewscliError
from newscli.ingest.limits import human_size
from newscli.limits import call_with_time_limit
from newscli.model import Article, Brief, Failure, Source
from newscli.options import Command, Options
from newscli.pipeline import run_source, warm_up
from newscli.process_limits import (
    cap_memory,
    detach_stdout,
    die_with_parent,
    memory_cap,
    memory_limit,
)
from newscli.sanitize import one_line

if TYPE_CHECKING:
    # multiprocessing costs ~20 ms to import: only runs with a pool pay for it.
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

MAX_CHUNK = 64
"""Sources handed to a worker at a time: enough to make dispatch cost nothing per item, few enough
that the last chunks still spread over all workers."""

STREAM_CHUNK = 8
STREAM_CHUNK_BYTES = 8 * 1024 * 1024
"""Chunks of a lazy source stream (web archive records, which carry their bytes): its length is
unknown, and a chunk's payload travels through a pipe, so chunks stay small."""

TICK_SECONDS = 0.25
"""How often the parent wakes up to check for overrunning workers when no result arrives."""


@dataclass(frozen=True)
class Outcome:
    """One source's result or failure (exactly one of the two is set)."""

    source: Source
    result: Brief | Article | None = None
    failure: Failure | None = None
    detail: str | None = None
    """A traceback for unexpected errors, shown with ``--verbose``."""
    index: int = 0
    """The source's position in the input."""
    seconds: float = 0.0
    """How long the source took (wall time, in the process that ran it)."""


URL_GRACE_SECONDS = 1.0


def process_one(source: Source, command: Command, options: Options, *, index: int = 0) -> Outcome:
    """Run one source through the pipeline; every error becomes a ``Failure``, none escapes.

    ``options.timeout`` bounds the whole source (reading included), except standard input, which a
    user or a slow producer may legitimately take a long time to write.
    """
    limit = None if source.kind == "stdin" else options.timeout
    if source.kind == "url":
        # The download enforces the same deadline itself and says more precisely what was slow;
        # the alarm only catches what comes after it.
        limit = options.timeout + URL_GRACE_SECONDS
    started = time.perf_counter()
    outcome = _run_one(source, command, options, limit)
    return replace(outcome, index=index, seconds=time.perf_counter() - started)


def _run_one(source: Source, command: Command, options: Options, limit: float | None) -> Outcome:
    try:
        result = call_with_time_limit(
            limit,
            lambda: run_source(source, command, options),
            message=timeout_failure(source, options.timeout).message,
        )
        return Outcome(source, result=result)
    except NewscliError as exc:
        return Outcome(source, failure=failure_of(source, exc))
    except RecursionError:
        return Outcome(source, failure=_failure(source, "too_complex", "input nested too deeply"))
    except MemoryError:
        cap = human_size(memory_cap(options.max_bytes))
        message = f"out of memory (over the {cap} a source may use with --max-bytes"
        failure = _failure(source, "too_large", f"{message} {human_size(options.max_bytes)})")
        return Outcome(source, failure=failure)
    except Exception as exc:  # a bug: report it for this source and carry on with the others
        message = f"internal error: {type(exc).__name__}: {exc}"
        return Outcome(
            source, failure=_failure(source, "internal", message), detail=traceback.format_exc()
        )


def _failure(
    source: Source, kind: str, message: str, hint: str | None = None, *, skipped: bool = False
) -> Failure:
    """A failure of ``source``. Messages can quote the input (a server's reason phrase, an
    exception's text): they are cleaned to one inert line here, for stderr, JSON and the index
    alike."""
    return Failure(
        source.name,
        kind,
        one_line(message),
        one_line(hint) if hint else None,
        skipped=skipped,
        record=source.record,
    )


def failure_of(source: Source, exc: NewscliError) -> Failure:
    """The ``Failure`` that reports ``exc`` for ``source``."""
    return _failure(source, exc.type, exc.message, exc.hint, skipped=exc.skip)


def process_here(source: Source, command: Command, options: Options, *, index: int = 0) -> Outcome:
    """``process_one`` in this process, under the memory cap a worker would have."""
    with memory_limit(memory_cap(options.max_bytes)):
        return process_one(source, command, options, index=index)


def timeout_failure(source: Source, seconds: float) -> Failure:
    return _failure(source, "timeout", f"timed out after {seconds:g} s (--timeout)")


def process(
    sources: Iterable[Source],
    command: Command,
    options: Options,
    *,
    workers: int = 1,
    ordered: bool = True,
    on_idle: Callable[[], None] | None = None,
    isolate: bool = False,
) -> Generator[Outcome, None, None]:
    """One ``Outcome`` per source, each as soon as it is ready.

    ``sources`` may be a list or a lazy iterator (the records of a web archive): an iterator is
    read only as workers need more, so memory stays bounded. ``ordered`` keeps input order (a
    finished source waits for the ones before it); otherwise outcomes come in the order they
    finish. ``on_idle`` is called a few times a second while waiting on workers (to keep a
    progress display alive). ``isolate`` runs sources in a worker process even with one worker
    or one source, so that a source that crashes or hangs the process costs only its own result.
    Closing the iterator, or an exception such as ``KeyboardInterrupt`` while it waits, stops
    every worker.
    """
    # warm_up imports the pipeline's lazy modules once here, rather than in every forked worker
    # (trafilatura alone takes about 0.2 s), and never under a worker's alarm.
    gate = None
    if isinstance(sources, Sequence):
        if not isolate and (workers <= 1 or len(sources) <= 1):
            yield from _in_process(sources, command, options)
            return
        warm_up(options, html=any(_may_be_html(source) for source in sources))
        workers = min(workers, max(1, len(sources)))
        chunks = _chunked(sources, chunk_size(len(sources), workers))
        if any(source.kind == "url" for source in sources):
            from newscli.ingest import politeness

            # Created before the workers fork, so that they all share it.
            gate = politeness.gate(options.fetch.per_host)
    else:
        if not isolate and workers <= 1:
            yield from _in_process(sources, command, options)
            return
        warm_up(options, html=True)
        chunks = _chunked(sources, STREAM_CHUNK, max_bytes=STREAM_CHUNK_BYTES)
    pool = _Pool(command, options, workers=max(1, workers), on_idle=on_idle)
    pool.gate = gate
    yield from pool.run(chunks, ordered=ordered)


def _in_process(sources: Iterable[Source], command: Command, options: Options) -> Iterator[Outcome]:
    for index, source in enumerate(sources):
        yield process_here(source, command, options, index=index)


def _may_be_html(source: Source) -> bool:
    """A cheap guess from the name; the content decides later, this only saves an import."""
    name = source.name.lower().removesuffix(".gz")
    return source.kind in ("url", "record") or name.endswith((".html", ".htm", ".xhtml"))


def chunk_size(count: int, workers: int) -> int:
    """About eight chunks per worker, at most ``MAX_CHUNK`` sources each."""
    return max(1, min(MAX_CHUNK, math.ceil(count / (workers * 8))))


Chunk = list[tuple[int, Source]]


def _chunked(
    sources: Iterable[Source], size: int, *, max_bytes: int | None = None
) -> Iterator[Chunk]:
    """``(index, source)`` pairs in chunks of ``size`` (and of at most ``max_bytes`` of payload)."""
    chunk: Chunk = []
    held = 0
    for index, source in enumerate(sources):
        chunk.append((index, source))
        held += len(source.payload.data) if source.payload is not None else 0
        if len(chunk) >= size or (max_bytes is not None and held >= max_bytes):
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


# --- worker side -------------------------------------------------------------------------------


def _worker_main(
    conn: Connection, command: Command, options: Options, busy_since: Any, parent: int
) -> None:
    """Process chunks of ``(index, source)`` until told to stop; one message back per source.

    ``busy_since`` (shared memory) holds the monotonic time the current source started, 0 when
    idle: the parent's watchdog reads it. ``parent`` is the pid of the process that forked this
    one: when it dies, so does this worker, whatever it is doing (blocked writing a result, say).
    """
    die_with_parent(parent)
    # The parent's SIGTERM handler unwinds the parent; a worker told to stop simply stops.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    detach_stdout()
    cap_memory(memory_cap(options.max_bytes))
    while True:
        # Poll with a timeout rather than block, so a worker whose parent died does not linger.
        while not conn.poll(1.0):
            if os.getppid() != parent:
                return
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        for index, source in chunk:
            busy_since.value = time.monotonic()
            outcome = process_one(source, command, options, index=index)
            busy_since.value = 0.0
            if source.payload is not None:
                # The parent holds the source: its bytes need not travel back.
                outcome = replace(outcome, source=replace(source, payload=None))
            try:
                conn.send(outcome)
            except (EOFError, OSError):
                return
            except Exception as exc:  # an unpicklable result is a bug; report it, not hang
                failure = _failure(source, "internal", f"internal error: {exc}")
                conn.send(Outcome(source, failure=failure, index=index))


# --- parent side -------------------------------------------------------------------------------


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    busy_since: Any
    chunk: deque[tuple[int, Source]] = field(default_factory=deque)


class _Pool:
    """Worker processes fed chunks of sources, watched for overruns, replaced when they die."""

    def __init__(
        self,
        command: Command,
        options: Options,
        *,
        workers: int,
        on_idle: Callable[[], None] | None,
    ) -> None:
        self.command = command
        self.options = options
        self.size = workers
        self.on_idle = on_idle
        import multiprocessing

        # fork starts a worker in milliseconds with the pipeline already imported; the parent
        # runs no threads (the progress display refreshes from this loop), so forking is safe.
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if "fork" in methods else None)
        # Past the in-worker alarm, how long a worker may stay silent before it is killed.
        # (URL sources have a second's grace on their alarm; the watchdog never undercuts it.)
        self.hard_limit = (
            options.timeout + URL_GRACE_SECONDS + min(5.0, max(0.5, options.timeout / 2))
        )
        self.workers: list[_Worker] = []
        self.queue: deque[Chunk] = deque()
        """Chunks left unfinished by workers that died, handed out again first."""
        self.chunks: Iterator[Chunk] | None = None
        self.local: list[Outcome] = []
        """Outcomes of sources run in this process (standard input)."""
        self.gate: Any = None
        """The per-host gate of URL sources (``ingest.politeness``), if any."""

    def run(self, chunks: Iterator[Chunk], *, ordered: bool) -> Iterator[Outcome]:
        """Feed ``chunks`` to the workers as they free up; yield every source's outcome once."""
        self.chunks = chunks
        waiting: dict[int, Outcome] = {}
        next_index = 0
        try:
            for _ in range(self.size):
                chunk = self._next_chunk()
                if chunk is None:
                    break
                self._send(self._spawn(), chunk)
            while True:
                for outcome in self.local:
                    waiting[outcome.index] = outcome
                self.local.clear()
                if not ordered:
                    yield from waiting.values()
                    waiting.clear()
                while next_index in waiting:
                    yield waiting.pop(next_index)
                    next_index += 1
                if not any(worker.chunk for worker in self.workers):
                    break
                for outcome in self._collect():
                    waiting[outcome.index] = outcome
            for outcome in self.local:
                waiting[outcome.index] = outcome
            for index in sorted(waiting):
                yield waiting[index]
        finally:
            self._stop()

    def _next_chunk(self) -> Chunk | None:
        """The next chunk to hand out: one a dead worker left unfinished, else a new one.

        Standard input sources run here (workers have no stdin: multiprocessing points it at
        /dev/null); their outcomes join the stream through ``self.local``.
        """
        if self.queue:
            return self.queue.popleft()
        if self.chunks is None:
            return None
        for chunk in self.chunks:
            remote: Chunk = []
            for index, source in chunk:
                if source.kind == "stdin":
                    self.local.append(process_here(source, self.command, self.options, index=index))
                else:
                    remote.append((index, source))
            if remote:
                return remote
        self.chunks = None
        return None

    def _spawn(self) -> _Worker:
        parent_end, child_end = self.context.Pipe()
        busy_since = self.context.RawValue("d", 0.0)
        process = self.context.Process(
            target=_worker_main,
            args=(child_end, self.command, self.options, busy_since, os.getpid()),
            daemon=True,
        )
        # Workers ignore Ctrl-C: the parent decides how to stop them. Setting it around start()
        # means a forked worker never runs a moment without it.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            process.start()
        finally:
            signal.signal(signal.SIGINT, previous)
        child_end.close()
        worker = _Worker(process, parent_end, busy_since)
        self.workers.append(worker)
        return worker

    def _feed(self, worker: _Worker) -> None:
        """Give ``worker`` its next chunk, if there is one left."""
        chunk = self._next_chunk()
        if chunk is not None:
            self._send(worker, chunk)

    @staticmethod
    def _send(worker: _Worker, chunk: Chunk) -> None:
        worker.chunk.extend(chunk)
        worker.conn.send(chunk)

    def _collect(self) -> Iterator[Outcome]:
        """Outcomes that arrive within one tick, plus those of workers that died or overran."""
        from multiprocessing.connection import wait

        busy = [w for w in self.workers if w.chunk]
        handles: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        if not wait(handles, timeout=TICK_SECONDS) and self.on_idle is not None:
            self.on_idle()
        for worker in busy:
            yield from self._drain(worker)
            if not worker.chunk:
                self._feed(worker)
                continue
            overran = self._overran(worker)
            if worker.process.is_alive() and not overran:
                continue
            if overran:
                worker.process.kill()
            worker.process.join()
            yield from self._drain(worker)  # results sent just before the end
            if worker.chunk:
                index, source = worker.chunk.popleft()
                failure = (
                    timeout_failure(source, self.options.timeout)
                    if overran
                    else self._death_failure(worker, source)
                )
                started = float(worker.busy_since.value)
                seconds = time.monotonic() - started if started > 0 else 0.0
                yield Outcome(source, failure=failure, index=index, seconds=seconds)
            self._replace(worker)

    def _drain(self, worker: _Worker) -> Iterator[Outcome]:
        try:
            while worker.chunk and worker.conn.poll():
                outcome: Outcome = worker.conn.recv()
                _, source = worker.chunk.popleft()
                # Workers send archived records back without their bytes; restore the source.
                yield replace(outcome, source=source) if source.payload is not None else outcome
        except (EOFError, OSError):
            return  # the worker died mid-message; _collect replaces it

    def _overran(self, worker: _Worker) -> bool:
        started = float(worker.busy_since.value)
        return started > 0 and time.monotonic() - started > self.hard_limit

    @staticmethod
    def _death_failure(worker: _Worker, source: Source) -> Failure:
        code = worker.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit {code}"
        return _failure(source, "internal", f"worker process died ({how})")

    def _replace(self, worker: _Worker) -> None:
        """Give a dead worker's unstarted sources to a new worker."""
        if worker.chunk:
            self.queue.appendleft(list(worker.chunk))
            worker.chunk.clear()
        self._retire(worker)
        chunk = self._next_chunk()
        if chunk is not None:
            self._send(self._spawn(), chunk)

    def _retire(self, worker: _Worker) -> None:
        worker.conn.close()
        worker.process.join(timeout=1.0)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        if self.gate is not None and worker.process.pid is not None:
            self.gate.forget(worker.process.pid)  # a killed worker may have held a host's slot
        self.workers.remove(worker)

    def _stop(self) -> None:
        """Stop every worker: idle ones are asked to exit, busy ones are terminated."""
        for worker in self.workers:
            if worker.chunk:
                worker.process.terminate()
            else:
                try:
                    worker.conn.send(None)
                except OSError:
                    worker.process.terminate()
        deadline = time.monotonic() + 2.0
        for worker in self.workers:
            worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self.workers.clear()
