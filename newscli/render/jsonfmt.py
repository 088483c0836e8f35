"""JSON output: one object per source (JSON Lines when there are several)."""

from __future__ import annotations

import json

from newscli.model import ARTICLE_SCHEMA, BRIEF_SCHEMA, Article, Brief, Failure


def render_json(result: Brief | Article) -> str:
    return json.dumps(result.as_dict(), ensure_ascii=False)


def render_failure_json(failure: Failure, *, command: str) -> str:
    schema = ARTICLE_SCHEMA if command == "extract" else BRIEF_SCHEMA
    return json.dumps(failure.as_dict(schema), ensure_ascii=False)
