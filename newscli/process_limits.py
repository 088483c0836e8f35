"""Limits a batch worker process puts on itself: it dies with its parent, writes nothing to the
parent's standard output, and stays under a memory cap.

A worker whose parent is killed (``kill -9``, an OOM killer, a closed terminal) must not live on:
it would hold the parent's stdout pipe open (``newscli … | cat`` never ends) and the output folder's
lock. On Linux the kernel kills it (``PR_SET_PDEATHSIG``); elsewhere a thread notices the new
parent and exits.

Memory: an input under ``--max-bytes`` can still need many times its size (18 MB of unclosed
``<a>`` tags reached 2.7 GB in lxml). ``RLIMIT_AS`` caps the address space, so such an input raises
``MemoryError`` in that worker, which reports it as the source's failure, instead of starving the
machine.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

PR_SET_PDEATHSIG = 1  # linux/prctl.h
PARENT_POLL_SECONDS = 0.5

MEMORY_BASE = 1024 * 1024 * 1024
"""Address space a worker may add to what it had when it started, for any input."""
MEMORY_PER_INPUT_BYTE = 64
"""... plus this much per byte of ``--max-bytes``: about the worst case measured for real and
hostile pages (benchmarks/scaling.py --memory), so that what ``--max-bytes`` admits can finish."""


def die_with_parent(parent: int) -> None:
    """Make this process exit as soon as ``parent`` (the pid it was forked from) is gone."""
    if sys.platform.startswith("linux") and _set_parent_death_signal():
        # The parent may have died between the fork and the prctl call.
        if os.getppid() != parent:
            os._exit(1)
        return
    thread = threading.Thread(target=_watch_parent, args=(parent,), daemon=True)
    thread.start()


def _set_parent_death_signal() -> bool:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_POLL_SECONDS)
        if os.getppid() != parent:
            os._exit(1)


def detach_stdout() -> None:
    """Point this process's stdout at /dev/null: a worker reports through its pipe, and must not
    keep the parent's stdout (a pipe to ``cat``, say) open after the parent is gone."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)


def memory_cap(max_bytes: int) -> int:
    """Bytes of address space a worker may add for inputs up to ``max_bytes``."""
    return MEMORY_BASE + MEMORY_PER_INPUT_BYTE * max_bytes


def cap_memory(extra: int) -> None:
    """Limit this process's address space to what it uses now plus ``extra`` bytes (never above
    a limit already set). Does nothing where ``RLIMIT_AS`` is not available."""
    limits = _rlimit_as()
    if limits is None:
        return
    resource, soft, hard = limits
    used = _address_space()
    if not used:
        return  # without knowing what is mapped already, any cap could be too low to run at all
    wanted = used + extra
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    if soft == resource.RLIM_INFINITY or wanted < soft:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


@contextlib.contextmanager
def memory_limit(extra: int) -> Iterator[None]:
    """``cap_memory(extra)`` while the block runs, then the limit as it was (for a source that runs
    in the main process)."""
    limits = _rlimit_as()
    if limits is None:
        yield
        return
    resource, soft, hard = limits
    cap_memory(extra)
    try:
        yield
    finally:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _rlimit_as() -> tuple[ModuleType, int, int] | None:
    try:
        import resource
    except ImportError:  # not POSIX
        return None
    if not hasattr(resource, "RLIMIT_AS") or sys.platform == "darwin":  # not enforced on macOS
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    return resource, soft, hard


def _address_space() -> int:
    """This process's virtual memory size in bytes (0 when it cannot be read)."""
    try:
        pages = int(Path("/proc/self/statm").read_bytes().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")
