"""A per-call time limit: where it works, where it cannot, and what happens then.

``time_limit(seconds)`` raises ``TimeLimitExceeded`` (a ``NewscliError`` of type ``timeout``)
inside the block once ``seconds`` have passed. It uses ``SIGALRM``, which interrupts blocking reads
and slow Python code but only exists on POSIX and only reaches the main thread. Where it cannot
work, the block runs without a limit and a ``TimeLimitUnavailable`` warning says why (once per
place, as Python warnings do):

- in a thread other than the main thread (web servers, thread pools, notebooks' executors);
- on a platform without ``setitimer`` (Windows).

A caller's own ``SIGALRM`` timer keeps working around and inside the block (see ``time_limit``).

Code that never returns to the interpreter (a C extension in a loop) cannot be interrupted by a
signal at all. Callers that must survive that run the work in a child process they can kill:
``newscli.batch`` does, and ``newscli.spark`` runs each task's records through it.

The alarm fires again every second until the block ends, in case library code swallows the first
one; the exception is a ``BaseException`` inside the block, so that ``except Exception`` in library
code does not catch it, and becomes ``TimeLimitExceeded`` when it leaves the block.
"""

from __future__ import annotations

import signal
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from newscli.errors import TimeLimitExceeded

T = TypeVar("T")

REPEAT_SECONDS = 1.0
"""How often the alarm fires again after the first time, until the block ends."""


class TimeLimitUnavailable(RuntimeWarning):
    """A time limit was asked for where ``SIGALRM`` cannot deliver it; the call ran unlimited."""


class _Overran(BaseException):
    """Raised by the alarm inside the block (not an ``Exception``: libraries must not catch it)."""


def time_limit_unavailable_reason() -> str | None:
    """Why a time limit cannot work in the calling thread, or None when it can."""
    if not hasattr(signal, "setitimer"):
        return "this platform has no SIGALRM interval timer"
    if threading.current_thread() is not threading.main_thread():
        return "SIGALRM only reaches the main thread, and this call runs in another thread"
    return None


@contextmanager
def time_limit(seconds: float | None, *, message: str | None = None) -> Iterator[None]:
    """Raise ``TimeLimitExceeded`` if the block runs longer than ``seconds`` (None or 0: no limit).

    ``message`` is the error's text (default: "timed out after N s"). Where no limit can be set,
    the block runs unlimited and a ``TimeLimitUnavailable`` warning is issued. A caller's own
    ``SIGALRM`` timer (a test runner's, an outer limit) keeps working: it still fires at its time,
    through its own handler, and is re-armed for what is left of it when the block ends.
    """
    if not seconds or seconds <= 0:
        yield
        return
    reason = time_limit_unavailable_reason()
    if reason is not None:
        warnings.warn(
            f"newscli cannot enforce the {seconds:g} s time limit: {reason}",
            TimeLimitUnavailable,
            stacklevel=3,
        )
        yield
        return
    alarm = _Alarm(seconds)
    overran = False
    alarm.arm()
    try:
        yield
    except _Overran:
        overran = True
    finally:
        # The alarm may fire between the end of the block and this point: disarm in a loop that
        # survives one more _Overran, so the timer and handler are always restored.
        while True:
            try:
                alarm.disarm()
                break
            except _Overran:
                overran = True
    if overran:
        raise TimeLimitExceeded(message or f"timed out after {seconds:g} s")


class _Alarm:
    """One-shot ``SIGALRM`` timers for our deadline, nested inside the caller's timer if any."""

    def __init__(self, seconds: float) -> None:
        now = time.monotonic()
        self.deadline = now + seconds
        remaining, self.outer_interval = signal.getitimer(signal.ITIMER_REAL)
        self.outer_deadline = now + remaining if remaining > 0 else None
        self.outer_handler: Any = None
        self.armed = False

    def arm(self) -> None:
        self.outer_handler = signal.signal(signal.SIGALRM, self._on_alarm)
        self.armed = True
        self._schedule(time.monotonic())

    def _schedule(self, now: float) -> None:
        events = [self.deadline if now < self.deadline else now + REPEAT_SECONDS]
        if self.outer_deadline is not None:
            events.append(self.outer_deadline)
        signal.setitimer(signal.ITIMER_REAL, max(min(events) - now, 1e-4))

    def _on_alarm(self, signum: int, frame: Any) -> None:
        if not self.armed:
            return
        now = time.monotonic()
        outer_due = self.outer_deadline is not None and now >= self.outer_deadline - 1e-3
        ours_due = now >= self.deadline - 1e-3
        if outer_due:
            self.outer_deadline = None
            if self.outer_interval > 0:
                self.outer_deadline = now + self.outer_interval
        self._schedule(now)
        if outer_due and callable(self.outer_handler):
            self.outer_handler(signum, frame)
        if ours_due:
            raise _Overran

    def disarm(self) -> None:
        self.armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        outer = self.outer_handler
        signal.signal(signal.SIGALRM, outer if outer is not None else signal.SIG_DFL)
        if self.outer_deadline is not None:
            left = max(self.outer_deadline - time.monotonic(), 1e-4)
            signal.setitimer(signal.ITIMER_REAL, left, self.outer_interval)


def call_with_time_limit(
    seconds: float | None, function: Callable[[], T], *, message: str | None = None
) -> T:
    """``function()`` under ``time_limit(seconds)``.

    Also turns into ``TimeLimitExceeded`` an alarm that lands in the instant between the end of the
    block and its clean-up (the context manager cannot catch that one itself).
    """
    try:
        with time_limit(seconds, message=message):
            return function()
    except _Overran:
        raise TimeLimitExceeded(message or f"timed out after {seconds:g} s") from None
