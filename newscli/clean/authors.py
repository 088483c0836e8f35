"""An author line into the names it holds: ``"Jane Doe and John Smith"`` -> two names."""

from __future__ import annotations

import re

# trafilatura joins the names it finds with "; "; bylines join them with a comma, "&" or a word
# for "and". Not Spanish "y" nor Portuguese "e": they join the parts of one surname as well
# ("Ortega y Gasset", "Costa e Silva").
_LIST = re.compile(r"\s*;\s*")
_AND = re.compile(r"\s+(?:and|und|et)\s+|\s*&\s*", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")


def split_authors(author: str | None) -> tuple[str, ...]:
    """The names in an author line, in order, each once.

    A comma separates names only when every piece is a name of two words or more, so that
    "Doe, Jane" stays one name.
    """
    if not author:
        return ()
    names: list[str] = []
    for group in _LIST.split(author):
        for part in _AND.split(group):
            pieces = _COMMA.split(part)
            if len(pieces) > 1 and not all(len(piece.split()) >= 2 for piece in pieces):
                pieces = [part]
            names += [piece.strip() for piece in pieces]
    return tuple(dict.fromkeys(name for name in names if name))
