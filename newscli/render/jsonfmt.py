"""JSON output: one object per source (JSON Lines when there are several); valid UTF-8 and inert
on a terminal, with every string exact (``newscli.sanitize.json_dumps``)."""

from __future__ import annotations

from newscli.model import ARTICLE_SCHEMA, BRIEF_SCHEMA, Article, Brief, Failure
from newscli.sanitize import json_dumps


def render_json(result: Brief | Article) -> str:
    return json_dumps(result.as_dict())


def render_failure_json(failure: Failure, *, command: str) -> str:
    schema = ARTICLE_SCHEMA if command == "extract" else BRIEF_SCHEMA
    return json_dumps(failure.as_dict(schema))
