"""Web archives on one machine: every page record briefed, skipped or failed (never dropped), the
counts in the summary line, one output file per WARC that a rerun skips."""

from __future__ import annotations

import gzip
import json
import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from warcs import Record, article_page, crawl_records, write_warc

import newscli.batch
from newscli.batch import process
from newscli.cli.app import cli
from newscli.ingest.warc import WarcTally, read_warc
from newscli.model import Source
from newscli.options import Options
from newscli.output_dir import INDEX_NAME

EXPECTED = [
    ("https://news.test/pier", "ok"),
    ("https://news.test/pier-legacy", "ok"),
    ("https://news.test/logo.png", "unsupported_type"),
    ("https://news.test/empty", "empty"),
    ("https://news.test/junk", "decode_error"),
    ("https://news.test/old", "http_status"),
]
"""The page records of ``crawl_records()`` in order, and what becomes of each."""


@pytest.fixture
def crawl(tmp_path: Path) -> Path:
    return write_warc(tmp_path / "crawl.warc.gz", crawl_records())


def _summarize(*args: str) -> Result:
    return CliRunner().invoke(cli, ["summarize", *args])


def _objects(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _visible(folder: Path) -> list[str]:
    """The folder's files but its lock (and any other dot file: temporary files would show)."""
    return sorted(p.name for p in folder.iterdir() if p.name != ".newscli.lock")


def _status(item: dict[str, object]) -> str:
    error = item.get("error")
    return str(error["type"]) if isinstance(error, dict) else "ok"


def test_every_page_record_is_briefed_skipped_or_failed_in_order(crawl: Path) -> None:
    result = _summarize(str(crawl), "-f", "json", "--workers", "2")
    items = _objects(result.stdout)
    assert [(item["source"], _status(item)) for item in items] == EXPECTED
    assert result.exit_code == 1  # the empty and the binary record failed


def test_records_carry_their_warc_file_id_and_date(crawl: Path) -> None:
    items = _objects(_summarize(str(crawl), "-f", "json").stdout)
    assert {item["warc_file"] for item in items} == {str(crawl)}
    ids = [item["warc_record_id"] for item in items]
    assert all(isinstance(i, str) and i.startswith("<urn:uuid:") for i in ids)
    assert len(set(ids)) == len(ids)
    assert all(str(item["warc_date"]).endswith("Z") for item in items)


def test_article_records_are_briefed_with_their_charset(crawl: Path) -> None:
    items = {item["source"]: item for item in _objects(_summarize(str(crawl), "-f", "json").stdout)}
    declared = items["https://news.test/pier"]
    assert declared["title"] == "Council Backs Ferry Pier Rebuild"
    assert declared["site"] == "The Harbourside Courier"
    undeclared = items["https://news.test/pier-legacy"]
    assert undeclared["title"] == "Pier Repairs Approved After Long Night"
    quotes = undeclared["quotes"]
    assert isinstance(quotes, list)
    assert quotes[0]["text"] == "This pier is how half of this town gets to work"
    assert quotes[0]["speaker"] == "Maren Solé"


def test_skipped_records_are_marked_and_do_not_fail_the_run(tmp_path: Path) -> None:
    warc = write_warc(
        tmp_path / "pictures.warc",
        [
            Record("https://news.test/a", body=article_page("Ferry Pier Reopens").encode()),
            Record("https://news.test/b.png", body=b"\x89PNG\r\n\x1a\n", content_type="image/png"),
            Record("https://news.test/gone", status="404 Not Found", body=b"<p>gone</p>"),
        ],
        gzip=False,
    )
    result = _summarize(str(warc), "-f", "json")
    items = _objects(result.stdout)
    assert [_status(item) for item in items] == ["ok", "unsupported_type", "http_status"]
    assert all(item["error"]["skipped"] is True for item in items[1:])  # type: ignore[index]
    assert result.exit_code == 0
    assert result.stderr == ""


def test_summary_line_accounts_for_every_record(crawl: Path) -> None:
    result = _summarize(str(crawl), "-f", "json", "-v")
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith(
        "newscli: 2 done, 2 failed, 2 skipped (not an article type 1, HTTP status 1) in "
    )
    assert "records/s); WARC: 1 file, 9 records (response 6, " in summary
    for kind in ("warcinfo 1", "request 1", "revisit 1"):
        assert kind in summary
    assert (
        "newscli: skipped: https://news.test/logo.png: not an article: image/png" in result.stderr
    )


def test_several_warcs_plain_and_gzipped_and_from_a_list(tmp_path: Path) -> None:
    first = write_warc(tmp_path / "one.warc.gz", crawl_records("https://one.test"))
    second = write_warc(tmp_path / "two.warc", crawl_records("https://two.test"), gzip=False)
    listing = tmp_path / "warcs.txt"
    listing.write_text(f"{second}\n", encoding="utf-8")
    result = _summarize(str(first), "--from-list", str(listing), "-f", "json")
    items = _objects(result.stdout)
    assert [item["source"] for item in items] == [
        source.replace("news.test", host)
        for host in ("one.test", "two.test")
        for source, _ in EXPECTED
    ]
    assert [item["warc_file"] for item in items] == [str(first)] * 6 + [str(second)] * 6


def test_folder_sources_include_web_archives(tmp_path: Path) -> None:
    write_warc(tmp_path / "crawl.warc.gz", crawl_records())
    items = _objects(_summarize(str(tmp_path), "-f", "json").stdout)
    assert len(items) == len(EXPECTED)


def test_output_folder_gets_one_jsonl_gz_per_warc_and_an_index_line(
    tmp_path: Path, crawl: Path
) -> None:
    other = write_warc(tmp_path / "other.warc", crawl_records("https://other.test"), gzip=False)
    out = tmp_path / "out"
    result = _summarize(str(crawl), str(other), "-o", str(out), "--workers", "2")
    assert result.exit_code == 1
    assert _visible(out) == ["crawl.jsonl.gz", INDEX_NAME, "other.jsonl.gz"]
    lines = _objects(gzip.decompress((out / "crawl.jsonl.gz").read_bytes()).decode())
    assert [(item["source"], _status(item)) for item in lines] == EXPECTED
    index = _objects((out / INDEX_NAME).read_text(encoding="utf-8"))
    assert [(e["source"], e["output"], e["status"]) for e in index] == [
        (str(crawl), "crawl.jsonl.gz", "ok"),
        (str(other), "other.jsonl.gz", "ok"),
    ]
    assert index[0]["records"] == {
        "records": 9,
        "pages": 6,
        "done": 2,
        "failed": 2,
        "skipped": 2,
    }


def test_rerun_skips_finished_warcs_and_redoes_changed_ones(tmp_path: Path, crawl: Path) -> None:
    other = write_warc(tmp_path / "other.warc.gz", crawl_records("https://other.test"))
    out = tmp_path / "out"
    _summarize(str(crawl), str(other), "-o", str(out))
    before = (out / "crawl.jsonl.gz").stat().st_mtime_ns
    again = _summarize(str(crawl), str(other), "-o", str(out), "-v")
    assert again.exit_code == 0
    assert "WARC: 2 files, 2 already done" in again.stderr
    write_warc(other, crawl_records("https://changed.test"))
    third = _summarize(str(crawl), str(other), "-o", str(out), "-v")
    assert "WARC: 2 files, 1 already done, 9 records" in third.stderr
    assert (out / "crawl.jsonl.gz").stat().st_mtime_ns == before
    changed = _objects(gzip.decompress((out / "other.jsonl.gz").read_bytes()).decode())
    assert changed[0]["source"] == "https://changed.test/pier"
    forced = _summarize(str(crawl), "-o", str(out), "--force", "-v")
    assert "WARC: 1 file, 9 records" in forced.stderr


def test_interrupted_warc_leaves_no_output_and_is_redone(
    tmp_path: Path, crawl: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    real = newscli.batch.process_one

    def interrupt_on_junk(source: Source, *args: object, **kwargs: object) -> object:
        if source.name.endswith("/junk"):
            raise KeyboardInterrupt
        return real(source, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(newscli.batch, "process_one", interrupt_on_junk)
    result = _summarize(str(crawl), "-o", str(out), "--workers", "1")
    assert result.exit_code == 130
    # No partial output, no temp file, and no index line: the WARC is not done.
    assert _visible(out) == [INDEX_NAME]
    assert (out / INDEX_NAME).read_text(encoding="utf-8") == ""
    monkeypatch.setattr(newscli.batch, "process_one", real)
    assert _summarize(str(crawl), "-o", str(out)).exit_code == 1
    assert (out / "crawl.jsonl.gz").is_file()


def test_text_format_with_an_output_folder_is_a_usage_error(tmp_path: Path, crawl: Path) -> None:
    result = _summarize(str(crawl), "-o", str(tmp_path / "out"), "-f", "text")
    assert result.exit_code == 2
    assert "web archives are written to an output folder as JSON Lines" in result.stderr


def test_whole_file_gzip_warc_is_read_all_the_same(tmp_path: Path) -> None:
    plain = write_warc(tmp_path / "plain.warc", crawl_records(), gzip=False)
    packed = tmp_path / "packed.warc.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    items = _objects(_summarize(str(packed), "-f", "json").stdout)
    assert [(item["source"], _status(item)) for item in items] == EXPECTED


def test_truncated_warc_reports_the_damage_after_the_records_before_it(tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "whole.warc.gz", crawl_records()).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    result = _summarize(str(cut), "-f", "json")
    items = _objects(result.stdout)
    assert items[0]["source"] == "https://news.test/pier"
    assert items[-1]["source"] == str(cut)
    assert items[-1]["error"]["type"] == "read_error"  # type: ignore[index]
    assert "cannot read the WARC after" in items[-1]["error"]["message"]  # type: ignore[index]
    assert result.exit_code == 1


def test_missing_warc_in_a_list_is_one_error(tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{tmp_path / 'gone.warc.gz'}\n", encoding="utf-8")
    result = _summarize("--from-list", str(listing), "-f", "json")
    items = _objects(result.stdout)
    assert len(items) == 1
    assert items[0]["error"]["type"] == "read_error"  # type: ignore[index]
    assert "no such file or directory" in items[0]["error"]["message"]  # type: ignore[index]


def test_oversized_record_fails_alone(tmp_path: Path) -> None:
    big = article_page("A Very Long Page").replace(
        "</article>", "<p>word </p>" * 5000 + "</article>"
    )
    warc = write_warc(
        tmp_path / "big.warc.gz",
        [
            Record("https://news.test/big", body=big.encode()),
            Record("https://news.test/small", body=article_page("Short Page").encode()),
        ],
    )
    items = _objects(_summarize(str(warc), "-f", "json", "--max-bytes", "20KB").stdout)
    assert [_status(item) for item in items] == ["too_large", "ok"]


def test_reader_counts_every_record_by_type(crawl: Path) -> None:
    tally = WarcTally(str(crawl))
    pages = list(read_warc(Source.warc(crawl), tally=tally))
    assert len(pages) == tally.pages == 6
    assert tally.records == 9
    assert tally.by_type == {"warcinfo": 1, "request": 1, "response": 6, "revisit": 1}
    assert tally.finished and tally.read_error is None
    png = pages[2].payload
    assert png is not None and png.content_type == "image/png" and png.status == 200


def test_crashing_record_fails_alone_and_the_stream_goes_on(
    crawl: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = newscli.batch.run_source

    def crash_on_legacy(source: Source, *args: object) -> object:
        if source.name.endswith("/pier-legacy"):
            os.kill(os.getpid(), signal.SIGSEGV)
        return real(source, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(newscli.batch, "run_source", crash_on_legacy)
    records = read_warc(Source.warc(crawl))
    outcomes = list(process(records, "summarize", Options(), workers=1, isolate=True))
    assert [o.source.name for o in outcomes] == [name for name, _ in EXPECTED]
    crashed = outcomes[1].failure
    assert crashed is not None and crashed.message == "worker process died (killed by signal 11)"
    assert crashed.record is not None and crashed.record.warc_file == str(crawl)
    assert outcomes[0].result is not None
    assert outcomes[0].source.payload is not None  # the parent's source, bytes and all


@pytest.mark.parametrize("command", ["summarize", "extract"])
def test_every_record_line_follows_the_json_schema(crawl: Path, command: str) -> None:
    from jsonschema import Draft202012Validator

    import newscli.schema

    schema = newscli.schema.load("brief" if command == "summarize" else "article")
    validator = Draft202012Validator(schema)
    result = CliRunner().invoke(cli, [command, str(crawl), "-f", "json"])
    items = _objects(result.stdout)
    assert len(items) == len(EXPECTED)
    for item in items:
        errors = sorted(validator.iter_errors(item), key=str)
        assert not errors, (item["source"], [e.message for e in errors])
