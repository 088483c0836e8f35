"""Bytes already in memory to a Document: the size cap, gzip, the content-type filter, decoding
(with the declared charset) and HTML sniffing, in one place for every reader.

Files and standard input, archived pages (WARC records) and library callers (``brief_bytes``) all
come through ``document_from_bytes``; URL downloads share its content-type rules.
"""

from __future__ import annotations

from newscli.errors import UnsupportedTypeError
from newscli.ingest.content_type import HTML_TYPES, TEXT_TYPES, ContentType
from newscli.ingest.decode import decode
from newscli.ingest.limits import GZIP_MAGIC, gunzip, human_size, too_large
from newscli.ingest.sniff import looks_like_html
from newscli.model import Document, Source
from newscli.options import DEFAULT_MAX_BYTES

SNIFFED_TYPES = frozenset({"application/octet-stream", "binary/octet-stream", "unknown/unknown"})
"""Content types that say nothing about the bytes (servers send them for anything): the bytes
decide, as when there is no content type at all."""


def document_from_bytes(
    data: bytes,
    *,
    source: Source,
    url: str | None = None,
    content_type: str | None = None,
    charset: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Decode ``data`` into a Document.

    ``content_type`` is a ``Content-Type`` header (``text/html; charset=...``) or a bare media
    type: HTML and XHTML are read as HTML, plain text is sniffed (pages are often served as
    text/plain), and any other declared type (an image, a PDF, JSON) raises
    ``UnsupportedTypeError`` without decoding anything. ``charset`` overrides the header's.
    Binary bytes, whatever they claim to be, raise ``DecodeError``; nothing but whitespace raises
    ``EmptyInputError``; more than ``max_bytes`` (before or after gunzipping) ``TooLargeError``.
    """
    declared = ContentType.parse(content_type)
    check_content_type(declared.mime)
    if len(data) > max_bytes:
        raise too_large(max_bytes, detail=f" ({human_size(len(data))})")
    if data[:2] == GZIP_MAGIC:
        data = gunzip(data, max_bytes)
    text, encoding = decode(data, declared=charset or declared.charset)
    is_html = declared.mime in HTML_TYPES or looks_like_html(text)
    return Document(
        source=source,
        text=text,
        kind="html" if is_html else "text",
        encoding=encoding,
        url=url,
        record=source.record,
    )


def check_content_type(mime: str | None) -> None:
    """Refuse a declared media type that is not an article (None and generic types pass)."""
    if mime is None or mime in HTML_TYPES or mime in TEXT_TYPES or mime in SNIFFED_TYPES:
        return
    raise UnsupportedTypeError(f"not an article: {mime} (only HTML and plain text are read)")
