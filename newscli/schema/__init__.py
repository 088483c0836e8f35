"""The JSON Schemas of newscli's JSON output, shipped with the package.

``brief.schema.json`` describes ``newscli.brief/1`` (``summarize --format json``) and
``article.schema.json`` describes ``newscli.article/1`` (``extract --format json``), failures
included. The store's commands have theirs: ``speaker`` (``newscli.speaker/1``, ``speakers``),
``statement`` (``newscli.statement/1``, ``quotes``) and ``hit`` (``newscli.hit/1``, ``search``).
Validate with any JSON Schema 2020-12 validator::

    import jsonschema, newscli.schema
    jsonschema.validate(obj, newscli.schema.load("brief"))
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any, Literal

SchemaName = Literal["brief", "article", "speaker", "statement", "hit"]


def path(name: SchemaName) -> str:
    """Where the schema file is (inside the installed package)."""
    return str(files(__name__) / f"{name}.schema.json")


def load(name: SchemaName) -> dict[str, Any]:
    """The schema as a dict."""
    text = (files(__name__) / f"{name}.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
