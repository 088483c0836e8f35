"""JSON output: one object per source (JSON Lines when there are several); valid UTF-8 and inert
on a terminal, with every string exact (``newscli.sanitize.json_dumps``).

The objects follow the JSON Schemas shipped in ``newscli/schema/``. A failure has the same keys as
a success, each null, with ``error`` added, so a consumer sees one shape for every input.
"""

from __future__ import annotations

from newscli.model import Article, Brief, Failure
from newscli.render import PLAIN, RenderOptions
from newscli.sanitize import json_dumps


def render_json(result: Brief | Article, options: RenderOptions | None = None) -> str:
    options = options or PLAIN
    if isinstance(result, Brief):
        return json_dumps(result.as_dict(with_sentences=options.with_sentences))
    return json_dumps(result.as_dict())


def failure_dict(
    failure: Failure, command: str, options: RenderOptions | None = None
) -> dict[str, object]:
    """The JSON object standing in for a failed source's result."""
    options = options or PLAIN
    archived = failure.record is not None
    if command == "extract":
        return failure.as_dict(Article.json_header(), Article.json_keys(archived=archived))
    keys = Brief.json_keys(with_sentences=options.with_sentences, archived=archived)
    return failure.as_dict(Brief.json_header(), keys)


def render_failure_json(
    failure: Failure, *, command: str, options: RenderOptions | None = None
) -> str:
    return json_dumps(failure_dict(failure, command, options))
