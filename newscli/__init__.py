"""newscli: articles in any state (text, HTML, URLs, folders) into structured briefs, offline.

Library use::

    import newscli
    b = newscli.brief(open("article.txt").read())
    print(b.article.title, [s.text for s in b.summary])

    # bytes as an engine holds them (a WARC record's payload, an HTTP body):
    b = newscli.brief_bytes(payload, url=uri, content_type="text/html; charset=utf-8")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newscli.model import Article, Brief
    from newscli.options import Options
    from newscli.pipeline import brief, brief_bytes, extract, extract_bytes

# `analyze` stays in newscli.pipeline: here it would shadow the newscli.analyze package.
__all__ = [
    "Article",
    "Brief",
    "Options",
    "__version__",
    "brief",
    "brief_bytes",
    "extract",
    "extract_bytes",
]

_LAZY = {
    "Article": "newscli.model",
    "Brief": "newscli.model",
    "Options": "newscli.options",
    "brief": "newscli.pipeline",
    "brief_bytes": "newscli.pipeline",
    "extract": "newscli.pipeline",
    "extract_bytes": "newscli.pipeline",
}


def __getattr__(name: str) -> Any:
    # Imported on first use, so that `newscli --help` does not pay for the whole pipeline.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("newscli")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0+unknown"
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'newscli' has no attribute {name!r}")
