"""``newscli config``: the effective settings, where each comes from, and what the environment adds
(proxies, the cache)."""

from __future__ import annotations

import json
from typing import Any

import click

from newscli.cli.settings import Effective, config_path, effective, shown_headers


def show_config(ctx: click.Context, output_format: str) -> None:
    group = ctx.parent
    if group is None or not isinstance(group.command, click.Group):
        raise click.UsageError("config runs as a newscli command")
    path = config_path()
    summarize = group.command.commands["summarize"]
    rows = effective(group, summarize, path)
    from newscli.ingest.proxy import configured

    proxies = configured()
    cache = _cache_line(rows)
    if output_format == "json":
        document: dict[str, Any] = {
            "config_file": str(path),
            "config_file_exists": path.is_file(),
            "settings": {row.name: {"value": _json_value(row), "from": row.origin} for row in rows},
            "proxies": dict(proxies),
            "cache": cache,
        }
        click.echo(json.dumps(document, ensure_ascii=False))
        return
    state = "" if path.is_file() else " (not found)"
    click.echo(f"settings file: {path}{state}")
    width = max(len(row.name) for row in rows)
    value_width = min(40, max(len(row.shown()) for row in rows))
    click.echo(f"{'setting':<{width}}  {'value':<{value_width}}  from")
    for row in rows:
        click.echo(f"{row.name:<{width}}  {row.shown():<{value_width}}  {row.origin}")
    click.echo("proxies (environment):" + ("" if proxies else " none"))
    for variable, value in proxies:
        click.echo(f"  {variable}={value}")
    click.echo(f"HTTP cache: {cache['state']}")


def _json_value(row: Effective) -> Any:
    if row.name == "header":
        return shown_headers(row.value)
    return row.value


def _cache_line(rows: list[Effective]) -> dict[str, Any]:
    from newscli.ingest.cache import FILE_NAME, HttpCache, default_dir

    values = {row.name: row.value for row in rows}
    folder = default_dir() if not values.get("cache_dir") else _path(values["cache_dir"])
    path = folder / FILE_NAME
    if values.get("no_cache"):
        return {"path": str(path), "state": f"off (--no-cache); {path}"}
    if not path.is_file():
        return {"path": str(path), "state": f"{path} (empty)"}
    count, size = HttpCache(folder, int(values.get("cache_size") or 0)).size()
    from newscli.ingest.limits import human_size

    return {
        "path": str(path),
        "responses": count,
        "bytes": size,
        "state": f"{path} ({count} responses, {human_size(size)})",
    }


def _path(value: str) -> Any:
    from pathlib import Path

    return Path(value).expanduser()
