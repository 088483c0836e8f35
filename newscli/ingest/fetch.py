"""Fetching URL sources over HTTP(S) with a timeout and a size cap."""

from __future__ import annotations

from newscli.errors import FetchError
from newscli.model import Document, Source


def fetch(source: Source, *, max_bytes: int, timeout: float) -> Document:
    """Download ``source.url``. Not yet supported: URL sources come with HTML support."""
    raise FetchError("URL sources are not supported yet")
