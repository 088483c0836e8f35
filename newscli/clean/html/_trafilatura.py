"""The one place newscli imports trafilatura functions that are not its public API.

trafilatura's public API (``bare_extraction``, ``extract``, ``extract_metadata``) has no way to ask
for the cheap part of its metadata search alone: ``extract_metadata`` always runs the byline and
date searches over the whole page, which cost more than the article extraction. newscli calls the
cheap stages directly instead. They are internal to trafilatura and may change in any release, so:

- ``pyproject.toml`` pins trafilatura to the range whose signatures were checked (2.0 to 2.3: the
  same parameters and return types in 2.0.0, 2.1.0, 2.2.0 and 2.3.1);
- ``tests/test_trafilatura_contract.py`` checks each function's parameters and what it returns on
  a page written for the test, and fails, naming the function, when an upgrade changes them.

Everything else in ``newscli.clean.html`` uses trafilatura's public ``bare_extraction`` only.
"""

from __future__ import annotations

from typing import Any

TESTED_RANGE = ">=2.0,<2.4"
"""The trafilatura versions these internals are known to work with (as pinned in pyproject)."""

INTERNALS = {
    "trafilatura.metadata.examine_meta": ("tree",),
    "trafilatura.metadata.extract_meta_json": ("tree", "metadata"),
    "trafilatura.metadata.extract_title": ("tree",),
    "trafilatura.metadata.extract_url": ("tree", "default_url"),
    "trafilatura.metadata.extract_sitename": ("tree",),
    "trafilatura.json_metadata.normalize_authors": ("current_authors", "author_string"),
}
"""Each internal function newscli calls, with the parameters it passes, in order."""


def examine_meta(tree: Any) -> Any:
    """trafilatura's reading of the <meta> tags: a ``trafilatura.settings.Document`` whose
    ``title``, ``author``, ``url`` and ``sitename`` may be set."""
    from trafilatura.metadata import examine_meta as internal

    return internal(tree)


def extract_meta_json(tree: Any, metadata: Any) -> Any:
    """``metadata`` completed from the page's JSON-LD."""
    from trafilatura.metadata import extract_meta_json as internal

    return internal(tree, metadata)


def extract_title(tree: Any) -> str | None:
    from trafilatura.metadata import extract_title as internal

    title: str | None = internal(tree)
    return title


def extract_url(tree: Any, default_url: str | None) -> str | None:
    from trafilatura.metadata import extract_url as internal

    url: str | None = internal(tree, default_url)
    return url


def extract_sitename(tree: Any) -> str | None:
    from trafilatura.metadata import extract_sitename as internal

    site: str | None = internal(tree)
    return site


def normalize_authors(current: str | None, found: str) -> str | None:
    """trafilatura's clean-up of a byline ("By Jane Doe, staff" -> "Jane Doe")."""
    from trafilatura.json_metadata import normalize_authors as internal

    authors: str | None = internal(current, found)
    return authors
