"""Media types: parsing a ``Content-Type`` header, and which types hold an article.

Shared by URL downloads (``fetch``) and bytes that arrive with a declared type (WARC records,
``brief_bytes``), without importing the HTTP client.
"""

from __future__ import annotations

from dataclasses import dataclass

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})


@dataclass(frozen=True)
class ContentType:
    mime: str | None
    charset: str | None

    @classmethod
    def parse(cls, header: str | None) -> ContentType:
        if not header:
            return cls(None, None)
        mime, _, params = header.partition(";")
        charset = None
        for param in params.split(";"):
            key, _, value = param.partition("=")
            if key.strip().lower() == "charset":
                charset = value.strip().strip("\"'") or None
        return cls(mime.strip().lower() or None, charset)
