"""The verdict every block of a plain-text page starts with: furniture whatever its place (and why),
or possibly the article's. Shared by the body search (``text.py``) and the title search
(``title.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from newscli.clean.lines import Block

BYLINE = "byline"
DATE = "date"
HEADER = "page header"
DUPLICATE = "duplicate"

# jusText's bound: a block more than half link text is navigation, whatever its words.
MAX_LINK_DENSITY = 0.5


@dataclass(frozen=True)
class Labelled:
    block: Block
    reason: str | None
    """Why the block is furniture wherever it stands (lexicon, byline, date), or None."""
