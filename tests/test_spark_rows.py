"""The rows newscli.spark writes, made without Spark: every page record one row in the schema's
order, failures as rows, values of the declared types (so Spark never infers a schema)."""

from __future__ import annotations

from pathlib import Path

import pytest
from warcs import crawl_records, write_warc

from newscli.spark import FIELDS, SchemaMismatch, brief_warcs, read_manifest, to_row

NAMES = [name for name, _ in FIELDS]


def test_every_page_record_is_one_row_in_the_schema_order(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "crawl.warc.gz", crawl_records())
    rows = [dict(zip(NAMES, row, strict=True)) for row in brief_warcs([str(warc)])]
    assert [(r["source"], r["status"], r["error_type"]) for r in rows] == [
        ("https://news.test/pier", "ok", None),
        ("https://news.test/pier-legacy", "ok", None),
        ("https://news.test/logo.png", "skipped", "unsupported_type"),
        ("https://news.test/empty", "error", "empty"),
        ("https://news.test/junk", "error", "decode_error"),
        ("https://news.test/old", "skipped", "http_status"),
    ]
    pier = rows[0]
    assert pier["warc_file"] == str(warc) and pier["warc_record_id"].startswith("<urn:uuid:")
    assert pier["title"] == "Council Backs Ferry Pier Rebuild" and pier["stats"][0] > 50
    assert len(pier["minhash"]) == 128 and pier["shingles"] > 50 and len(pier["text_sha1"]) == 40
    assert pier["text"] is None  # only with with_text
    assert rows[3]["error"] == ("empty", "empty input", None)


def test_text_is_stored_when_asked(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "crawl.warc", crawl_records(), gzip=False)
    first = dict(zip(NAMES, next(iter(brief_warcs([str(warc)], with_text=True))), strict=True))
    assert "This pier is how half of this town gets to work" in first["text"]


def test_unreadable_warc_is_a_row(tmp_path: Path) -> None:
    rows = [dict(zip(NAMES, row, strict=True)) for row in brief_warcs([str(tmp_path / "no.warc")])]
    assert len(rows) == 1 and rows[0]["status"] == "error" and rows[0]["error_type"] == "read_error"


def test_value_of_the_wrong_type_is_refused_by_name() -> None:
    with pytest.raises(SchemaMismatch, match=r"stats\.words: expected int"):
        to_row({"stats": {"words": "many"}})
    with pytest.raises(SchemaMismatch, match="author: expected string, got list"):
        to_row({"author": ["Maren Sole"]})


def test_manifest_entries_are_paths_urls_or_relative_to_a_prefix(tmp_path: Path) -> None:
    manifest = tmp_path / "warc.paths"
    manifest.write_text(
        "# Common Crawl lists paths relative to its bucket\n"
        "crawl-data/CC-NEWS/2024/01/a.warc.gz\n\n/data/b.warc.gz\nhttps://host.test/c.warc.gz\n",
        encoding="utf-8",
    )
    assert read_manifest(manifest, prefix="https://data.commoncrawl.org/") == [
        "https://data.commoncrawl.org/crawl-data/CC-NEWS/2024/01/a.warc.gz",
        "/data/b.warc.gz",
        "https://host.test/c.warc.gz",
    ]
    assert read_manifest(manifest)[0] == f"{tmp_path}/crawl-data/CC-NEWS/2024/01/a.warc.gz"
