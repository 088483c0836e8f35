"""Renderers: one module per output format, and the progress display. Only ``rich_view`` and
``progress`` import rich."""

from __future__ import annotations

FORMATS = ("auto", "rich", "text", "markdown", "json")
EXTENSIONS = {"rich": ".txt", "text": ".txt", "markdown": ".md", "json": ".json"}
