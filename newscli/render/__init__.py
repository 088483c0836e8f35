"""Renderers: one module per output format. Only ``rich_view`` imports rich."""

from __future__ import annotations

FORMATS = ("auto", "rich", "text", "markdown", "json")
EXTENSIONS = {"rich": ".txt", "text": ".txt", "markdown": ".md", "json": ".json"}
