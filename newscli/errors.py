"""Domain errors and exit codes.

The core raises ``NewscliError`` subclasses with a message fit for one line on stderr; the CLI turns
them into ``newscli: error: SOURCE: message`` and an exit code.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes (the contract in DESIGN.md)."""

    OK = 0
    SOME_FAILED = 1
    USAGE = 2
    INTERRUPTED = 130


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: the run stops as it does for Ctrl-C (what is written stays whole)."""


class NewscliError(Exception):
    """Base of every error newscli reports as one line."""

    type = "error"
    default_hint: str | None = None
    """What the user can do about errors of this kind, unless the raiser says better."""
    skip = False
    """True for inputs that are not articles by their own declaration (an image in a web archive,
    a redirect): counted as skipped rather than failed, and they do not change the exit code."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint or self.default_hint


class SourceNotFoundError(NewscliError):
    """A path given explicitly does not exist (a usage error)."""

    type = "not_found"


class ReadError(NewscliError):
    """The source exists but could not be read (permissions, a directory, a FIFO, ...)."""

    type = "read_error"


class TooLargeError(NewscliError):
    type = "too_large"
    default_hint = "raise --max-bytes to read it"


class DecodeError(NewscliError):
    """The bytes are binary or in no encoding we can recognise."""

    type = "decode_error"


class EmptyInputError(NewscliError):
    type = "empty"


class NoArticleError(NewscliError):
    """The input decoded fine but holds no article text."""

    type = "no_article"


class FetchError(NewscliError):
    """A URL could not be fetched (DNS, connection, HTTP status, timeout, content type)."""

    type = "fetch_error"


class SourceTimeoutError(NewscliError):
    type = "timeout"


class TimeLimitExceeded(SourceTimeoutError):
    """A per-call time limit (``newscli.limits.time_limit``) ran out."""


class UnsupportedTypeError(NewscliError):
    """The input declares a content type that is not an article (an image, a PDF, a script)."""

    type = "unsupported_type"
    skip = True


class HttpStatusError(NewscliError):
    """An archived HTTP response that is not a page: a redirect, an error, an empty answer."""

    type = "http_status"
    skip = True


class InvalidOptionError(NewscliError, ValueError):
    """An option value newscli cannot use (a library caller's, or a size the CLI could not parse).

    Also a ``ValueError``, so that callers who caught the bare ``ValueError`` of before still do.
    """

    type = "invalid_option"


class OutputDirError(NewscliError):
    """The output folder cannot be used at all: not a folder, a link where newscli writes, or in use
    by another run (a usage error: nothing was processed)."""

    type = "output_dir"


class FolderInUseError(OutputDirError):
    """Another newscli run holds the output folder's lock."""

    type = "folder_in_use"


class OutputWriteError(NewscliError):
    """One output file could not be written (that source fails; the run goes on)."""

    type = "write_error"


class FolderWriteError(NewscliError):
    """Writing to the output folder failed in a way every later write would too (no space, quota,
    read-only, I/O error), or its index could not be written: the run stops, and what was written
    stays whole for a rerun to resume."""

    type = "write_error"
