"""newscli: articles in any state (text, HTML, URLs, folders) into structured briefs, offline.

Library use::

    import newscli
    b = newscli.brief(open("article.txt").read())
    print(b.article.title, [s.text for s in b.summary])
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from newscli.model import Article, Brief
from newscli.pipeline import Options, analyze, brief, extract

try:
    __version__ = version("newscli")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["Article", "Brief", "Options", "__version__", "analyze", "brief", "extract"]
