"""Politeness towards each host, across every worker process: at most ``per_host`` requests at a
time, a minimum delay between requests when following feeds and sitemaps, and a pause when a
server says ``Retry-After``.

The batch pool forks its workers, so the state lives in shared memory created before the fork
(``install``): hosts are hashed into a fixed number of buckets, each with ``per_host`` slots that
hold the process id of the request in flight, and the earliest time the next request may start.
Two hosts that share a bucket share a limit: that can only make newscli more polite, never less.
A slot whose process died (a worker killed for overrunning its time) is taken back.

Waiting counts against the source's deadline like the rest of the download. With no more workers
than ``per_host`` (the default: 2 of each) workers never wait on the limit, only on the delay; with
many workers and few hosts, extra workers wait (the parent does not yet schedule by host).
"""

from __future__ import annotations

import contextlib
import os
import time
import zlib
from collections.abc import Iterator
from typing import Any

from newscli.errors import SourceTimeoutError
from newscli.options import DEFAULT_PER_HOST

BUCKETS = 251
POLL_SECONDS = 0.02


class HostGate:
    def __init__(self, per_host: int = DEFAULT_PER_HOST, context: Any = None) -> None:
        import multiprocessing

        context = context or multiprocessing.get_context()
        self.per_host = max(1, per_host)
        self._lock = context.Lock()
        self._holders = context.RawArray("i", BUCKETS * self.per_host)
        self._not_before = context.RawArray("d", BUCKETS)

    @staticmethod
    def bucket(host: str) -> int:
        return zlib.crc32(host.lower().encode("utf-8", "surrogateescape")) % BUCKETS

    @contextlib.contextmanager
    def turn(self, host: str, deadline_at: float, delay: float = 0.0) -> Iterator[None]:
        """Hold one of ``host``'s slots for the block; start no sooner than the host allows.

        ``delay``: seconds the next request to this host must wait after this one starts (feeds
        and sitemaps). Raises ``SourceTimeoutError`` if the turn does not come by ``deadline_at``
        (a ``time.monotonic()`` value).
        """
        bucket = self.bucket(host)
        slot, start_at = self._take(bucket, host, deadline_at, delay)
        try:
            wait = start_at - time.monotonic()
            if wait > 0:
                if start_at > deadline_at:
                    raise _late(host, self.per_host)
                time.sleep(wait)
            yield
        finally:
            self._holders[slot] = 0

    def _take(self, bucket: int, host: str, deadline_at: float, delay: float) -> tuple[int, float]:
        me = os.getpid()
        first = bucket * self.per_host
        while True:
            with self._lock:
                for slot in range(first, first + self.per_host):
                    holder = self._holders[slot]
                    if holder == 0 or (holder != me and not _alive(holder)):
                        self._holders[slot] = me
                        start_at = max(time.monotonic(), self._not_before[bucket])
                        if delay > 0:
                            self._not_before[bucket] = start_at + delay
                        return slot, start_at
            if time.monotonic() + POLL_SECONDS > deadline_at:
                raise _late(host, self.per_host)
            time.sleep(POLL_SECONDS)

    def defer(self, host: str, until: float) -> None:
        """No request to ``host`` starts before ``until`` (monotonic): a server's Retry-After."""
        bucket = self.bucket(host)
        with self._lock:
            self._not_before[bucket] = max(self._not_before[bucket], until)

    def forget(self, pid: int) -> None:
        """Free the slots of a process that is gone (the pool calls this for a killed worker)."""
        with self._lock:
            for slot in range(len(self._holders)):
                if self._holders[slot] == pid:
                    self._holders[slot] = 0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _late(host: str, per_host: int) -> SourceTimeoutError:
    return SourceTimeoutError(
        f"timed out waiting for a turn at {host} (at most {per_host} requests at a time"
        " and a delay between them, --per-host and --host-delay)"
    )


_GATE: HostGate | None = None


def install(gate: HostGate | None) -> None:
    """Make ``gate`` the one this process (and the workers it forks from now on) uses."""
    global _GATE
    _GATE = gate


def gate(per_host: int) -> HostGate:
    """The installed gate, or one for this process alone (created on first use)."""
    global _GATE
    if _GATE is None or _GATE.per_host != max(1, per_host):
        _GATE = HostGate(per_host)
    return _GATE
