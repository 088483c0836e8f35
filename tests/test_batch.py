"""Batch runs over a folder of a few hundred generated articles: nothing lost, nothing doubled,
failures isolated and reported once, -o folders that resume, time limits that really apply."""

from __future__ import annotations

import gzip
import hashlib
import json
import multiprocessing
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import newscli.batch
from newscli.batch import chunk_size, process
from newscli.cli.app import cli
from newscli.model import Source
from newscli.options import Command, Options
from newscli.output_dir import INDEX_NAME, LOCK_NAME, IndexEntry, OutputDir, output_name

DESKS = ("city", "sport/local", "world/europe/east")
PER_DESK = 100
TOPICS = ("budget", "ferry", "library", "stadium", "election", "harbour", "school", "bridge")
BAD = {"photo.txt": "decode_error", "blank.txt": "empty"}
"""The files of the corpus that must fail, and how."""


def _article(number: int) -> str:
    topic = TOPICS[number % len(TOPICS)]
    return (
        f"Council Votes On {topic.title()} Plan {number}\n\n"
        f"The city council voted on Monday to approve the {topic} plan number {number}, "
        f"after a debate that lasted {number % 7 + 2} hours.\n\n"
        f"\u201cThis is a good day for residents,\u201d said councillor Ann Berg, who backed "
        f"the {topic} proposal from the start.\n\n"
        f"Opponents said the plan would cost {number * 3} thousand pounds more than expected.\n"
    )


def _build_corpus(root: Path) -> list[str]:
    """The corpus; returns the relative paths newscli must process, in its order."""
    number = 0
    for desk in DESKS:
        folder = root / desk
        folder.mkdir(parents=True)
        for _ in range(PER_DESK):
            (folder / f"story-{number:03}.txt").write_text(_article(number), encoding="utf-8")
            number += 1
    (root / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "blank.txt").write_bytes(b"")
    cafe = (
        "Caf\u00e9 Owners Welcome New Rules\n\nThe caf\u00e9 owners of the old town said on "
        "Friday that the new rules on terraces were fair and would help them through winter.\n"
    )
    (root / "cafe.txt").write_bytes(cafe.encode("latin-1"))
    (root / "packed.txt.gz").write_bytes(gzip.compress(_article(999).encode("utf-8")))
    (root / ".draft.txt").write_text(_article(1000), encoding="utf-8")
    (root / ".cache").mkdir()
    (root / ".cache" / "old.txt").write_text(_article(1001), encoding="utf-8")
    (root / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    expected = [p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()]
    return sorted(r for r in expected if not r.startswith(".") and not r.endswith(".csv"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("corpus")
    return root, _build_corpus(root)


def _summarize(*args: str) -> Result:
    return CliRunner().invoke(cli, ["summarize", *args])


def _json_lines(result: Result) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def _index(folder: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (folder / INDEX_NAME).read_text().splitlines()]


def _summary_line(result: Result) -> str:
    return [line for line in result.stderr.splitlines() if line.startswith("newscli: ")][-1]


def _error_lines(root: Path) -> list[str]:
    messages = {
        "photo.txt": "binary input (a PNG image), not an article",
        "blank.txt": "empty input",
    }
    return [f"newscli: error: {root / name}: {messages[name]}" for name in sorted(BAD)]


# --- stdout ------------------------------------------------------------------------------------


@pytest.mark.parametrize("workers", ["1", "2"])
def test_every_input_appears_exactly_once_in_order(
    corpus: tuple[Path, list[str]], workers: str
) -> None:
    root, expected = corpus
    result = _summarize(str(root), "-r", "-f", "json", "--workers", workers)
    assert result.exit_code == 1
    objects = _json_lines(result)
    assert [o["source"] for o in objects] == [str(root / r) for r in expected]
    failures = {Path(str(o["source"])).name: o["error"] for o in objects if "error" in o}
    assert {name: error["type"] for name, error in failures.items()} == BAD  # type: ignore[index]
    assert result.stderr.splitlines() == _error_lines(root)


def test_one_and_two_workers_print_the_same(corpus: tuple[Path, list[str]]) -> None:
    root, _ = corpus
    one = _summarize(str(root), "-r", "-f", "json", "--workers", "1")
    two = _summarize(str(root), "-r", "-f", "json", "--workers", "2")
    assert one.stdout == two.stdout


def test_latin1_and_gzipped_files_are_read(corpus: tuple[Path, list[str]]) -> None:
    root, _ = corpus
    result = _summarize(str(root / "cafe.txt"), str(root / "packed.txt.gz"), "-f", "json")
    assert result.exit_code == 0, result.stderr
    cafe, packed = _json_lines(result)
    assert cafe["title"] == "Caf\u00e9 Owners Welcome New Rules"
    assert packed["title"] == "Council Votes On Bridge Plan 999"


def test_text_output_has_a_header_per_source(corpus: tuple[Path, list[str]]) -> None:
    root, _ = corpus
    result = _summarize(str(root / "city"), "-f", "text", "--workers", "2")
    assert result.exit_code == 0
    headers = [line for line in result.stdout.splitlines() if line.startswith("==> ")]
    assert headers == [f"==> {root / 'city' / f'story-{n:03}.txt'} <==" for n in range(100)]


def test_quiet_run_prints_only_errors(corpus: tuple[Path, list[str]]) -> None:
    root, _ = corpus
    result = _summarize(str(root), "-f", "json", "-q", "-v")
    assert result.stderr.splitlines() == _error_lines(root)


def test_terminal_gets_a_summary_and_a_table_of_failures(
    corpus: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _ = corpus
    monkeypatch.setattr("newscli.cli.runner.is_terminal", lambda stream: True)
    result = _summarize(str(root), "-f", "json", "--workers", "2", "--no-color")
    assert result.exit_code == 1
    assert "newscli: 2 done, 2 failed, 0 skipped in " in result.stderr
    assert "articles/s" in result.stderr
    assert "2 failed" in result.stderr.split("articles/s")[1]  # the table's title
    assert "decode_error" in result.stderr and "│ empty" in result.stderr


def test_one_source_never_starts_a_pool(
    corpus: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _ = corpus

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started for one source")

    monkeypatch.setattr(newscli.batch, "_Pool", no_pool)
    result = _summarize(str(root / "cafe.txt"), "-f", "json", "--workers", "4")
    assert result.exit_code == 0, result.stderr


# --- time limits and isolation -----------------------------------------------------------------


@pytest.fixture
def stuck_folder(tmp_path: Path) -> Iterator[Path]:
    """Three articles and, between them, a FIFO that is held open but never written: a read
    from it blocks forever, like a hung network mount."""
    for name in ("a.txt", "c.txt", "d.txt"):
        (tmp_path / name).write_text(_article(len(name)), encoding="utf-8")
    fifo = tmp_path / "b.txt"
    os.mkfifo(fifo)
    held = os.open(fifo, os.O_RDWR)
    yield tmp_path
    os.close(held)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_stuck_source_times_out_and_the_others_are_done(stuck_folder: Path, workers: str) -> None:
    result = _summarize(str(stuck_folder), "-f", "json", "--timeout", "0.5", "--workers", workers)
    assert result.exit_code == 1
    objects = _json_lines(result)
    assert [Path(str(o["source"])).name for o in objects] == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert objects[1]["error"] == {
        "type": "timeout",
        "message": "timed out after 0.5 s (--timeout)",
    }
    assert all("error" not in o for o in objects[::2] + objects[3:])
    assert result.stderr == (
        f"newscli: error: {stuck_folder / 'b.txt'}: timed out after 0.5 s (--timeout)\n"
    )


def _hang_on(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``name`` hang where no alarm can reach it (like a C extension in a loop)."""
    real = newscli.batch.run_source

    def run_source(source: Source, command: Command, options: Options) -> object:
        if source.name.endswith(name):
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(600)
        return real(source, command, options)

    monkeypatch.setattr(newscli.batch, "run_source", run_source)


def test_hung_worker_is_killed_and_the_rest_of_its_chunk_is_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(40):
        (tmp_path / f"s{number:02}.txt").write_text(_article(number), encoding="utf-8")
    _hang_on("s03.txt", monkeypatch)
    result = _summarize(str(tmp_path), "-f", "json", "--timeout", "0.3", "--workers", "2")
    assert result.exit_code == 1
    objects = _json_lines(result)
    assert [Path(str(o["source"])).name for o in objects] == [f"s{n:02}.txt" for n in range(40)]
    assert [o["source"] for o in objects if "error" in o] == [str(tmp_path / "s03.txt")]
    assert objects[3]["error"]["type"] == "timeout"  # type: ignore[index]
    assert multiprocessing.active_children() == []


def test_crashed_worker_is_reported_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(20):
        (tmp_path / f"s{number:02}.txt").write_text(_article(number), encoding="utf-8")
    real = newscli.batch.run_source

    def run_source(source: Source, command: Command, options: Options) -> object:
        if source.name.endswith("s05.txt"):
            os._exit(3)
        return real(source, command, options)

    monkeypatch.setattr(newscli.batch, "run_source", run_source)
    result = _summarize(str(tmp_path), "-f", "json", "--workers", "2")
    assert result.exit_code == 1
    objects = _json_lines(result)
    assert len(objects) == 20
    assert [o["error"] for o in objects if "error" in o] == [
        {"type": "internal", "message": "worker process died (exit 3)"}
    ]


def test_oversized_source_fails_alone(tmp_path: Path) -> None:
    (tmp_path / "small.txt").write_text(_article(1), encoding="utf-8")
    (tmp_path / "big.txt").write_text(_article(2) * 40, encoding="utf-8")
    result = _summarize(str(tmp_path), "-f", "json", "--max-bytes", "2KB", "--workers", "2")
    assert result.exit_code == 1
    big, small = _json_lines(result)
    assert big["error"]["type"] == "too_large"  # type: ignore[index]
    assert "error" not in small


def test_outcomes_keep_input_order_when_an_early_source_is_slow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = []
    for number in range(12):
        path = tmp_path / f"s{number:02}.txt"
        path.write_text(_article(number), encoding="utf-8")
        sources.append(Source.file(path))
    real = newscli.batch.run_source

    def run_source(source: Source, command: Command, options: Options) -> object:
        if source.name.endswith("s00.txt"):
            time.sleep(0.3)
        return real(source, command, options)

    monkeypatch.setattr(newscli.batch, "run_source", run_source)
    ordered = [o.index for o in process(sources, "extract", Options(), workers=2)]
    assert ordered == list(range(12))
    unordered = [o.index for o in process(sources, "extract", Options(), workers=2, ordered=False)]
    assert sorted(unordered) == list(range(12))


def test_chunks_are_small_for_few_sources_and_capped_for_many() -> None:
    assert chunk_size(3, 2) == 1
    assert chunk_size(181, 2) == 12
    assert chunk_size(100_000, 2) == 64


def test_interrupt_stops_the_workers_and_exits_130(
    corpus: tuple[Path, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _ = corpus
    seen = 0
    real_outcome = newscli.cli.runner.Reporter.outcome

    def outcome(self: newscli.cli.runner.Reporter, result: newscli.batch.Outcome) -> None:
        nonlocal seen
        seen += 1
        if seen == 50:
            raise KeyboardInterrupt
        real_outcome(self, result)

    monkeypatch.setattr(newscli.cli.runner.Reporter, "outcome", outcome)
    out = tmp_path / "out"
    result = _summarize(str(root), "-r", "-f", "json", "-o", str(out), "--workers", "2")
    assert result.exit_code == 130
    assert result.stderr.endswith("newscli: interrupted\n")
    assert multiprocessing.active_children() == []
    assert len(_index(out)) == 50  # each outcome is saved before it is reported


# --- output folder -----------------------------------------------------------------------------


def _written(folder: Path) -> list[str]:
    """The folder's files, without its lock."""
    files = (p for p in folder.rglob("*") if p.is_file() and p.name != LOCK_NAME)
    return sorted(p.relative_to(folder).as_posix() for p in files)


def test_output_folder_mirrors_the_tree_with_an_index_line_per_source(
    corpus: tuple[Path, list[str]], tmp_path: Path
) -> None:
    root, expected = corpus
    out = tmp_path / "out"
    result = _summarize(str(root), "-r", "-f", "json", "-o", str(out), "--workers", "2")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == _error_lines(root)
    ok = [r for r in expected if Path(r).name not in BAD]
    mirrored = sorted(r.removesuffix(".gz").rsplit(".", 1)[0] + ".json" for r in ok)
    assert _written(out) == sorted([*mirrored, INDEX_NAME])
    index = _index(out)
    assert [e["source"] for e in index] == [str(root / r) for r in expected]
    for entry in index:
        source = Path(str(entry["source"]))
        assert entry["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
        if source.name in BAD:
            assert entry["status"] == "error" and entry["output"] is None
            assert entry["error_type"] == BAD[source.name]
        else:
            assert entry["status"] == "ok" and entry["error"] is None
            brief = json.loads((out / str(entry["output"])).read_text(encoding="utf-8"))
            assert brief["source"] == str(source)


def test_rerun_computes_nothing_new_and_force_recomputes(
    corpus: tuple[Path, list[str]], tmp_path: Path
) -> None:
    root, expected = corpus
    out = tmp_path / "out"
    first = _summarize(str(root), "-r", "-o", str(out), "-f", "markdown", "-v")
    done = len(expected) - len(BAD)
    assert _summary_line(first).startswith(f"newscli: {done} done, 2 failed, 0 skipped in ")
    index = (out / INDEX_NAME).read_text()
    again = _summarize(str(root), "-r", "-o", str(out), "-f", "markdown", "-v")
    assert again.exit_code == 1  # the folder still holds two failures for these sources
    earlier, summary = again.stderr.splitlines()
    assert summary.startswith(f"newscli: 0 done, 0 failed, {len(expected)} skipped")
    assert earlier == (
        f"newscli: 2 failed earlier, not retried: {root / 'blank.txt'}, {root / 'photo.txt'}"
        " (see the index; --force retries them)"
    )
    assert (out / INDEX_NAME).read_text() == index
    forced = _summarize(str(root), "-r", "-o", str(out), "-f", "markdown", "-v", "--force")
    assert _summary_line(forced).startswith(f"newscli: {done} done, 2 failed, 0 skipped in ")
    assert len(_index(out)) == len(expected)


def test_changed_input_or_format_is_recomputed(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for number in range(3):
        (source / f"s{number}.txt").write_text(_article(number), encoding="utf-8")
    out = tmp_path / "out"
    _summarize(str(source), "-o", str(out), "-f", "json")
    (source / "s1.txt").write_text(_article(7), encoding="utf-8")
    changed = _summarize(str(source), "-o", str(out), "-f", "json", "-v")
    assert _summary_line(changed).startswith("newscli: 1 done, 0 failed, 2 skipped")
    other_format = _summarize(str(source), "-o", str(out), "-f", "text", "-v")
    assert _summary_line(other_format).startswith("newscli: 3 done, 0 failed, 0 skipped")
    assert _written(out) == [
        INDEX_NAME,
        "s0.json",
        "s0.txt",
        "s1.json",
        "s1.txt",
        "s2.json",
        "s2.txt",
    ]


def test_interrupted_run_leaves_whole_files_and_a_rerun_finishes_the_rest(
    corpus: tuple[Path, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, expected = corpus
    calls = 0
    real = newscli.batch.run_source

    def run_source(source: Source, command: Command, options: Options) -> object:
        nonlocal calls
        calls += 1
        if calls == 120:
            raise KeyboardInterrupt
        return real(source, command, options)

    monkeypatch.setattr(newscli.batch, "run_source", run_source)
    out = tmp_path / "out"
    stopped = _summarize(str(root), "-r", "-o", str(out), "-f", "json", "--workers", "1")
    assert stopped.exit_code == 130
    assert len(_index(out)) == 119
    assert not [p for p in out.rglob("*") if p.name.startswith(".newscli-")]
    assert len(_written(out)) == 119 + 1 - sum(1 for r in expected[:119] if r in BAD)
    monkeypatch.setattr(newscli.batch, "run_source", real)
    rest = _summarize(str(root), "-r", "-o", str(out), "-f", "json", "-v")
    failed_before = sum(1 for r in expected[:119] if r in BAD)
    assert failed_before == 2  # failures that these bytes always give are not retried
    left = len(expected) - 119
    assert _summary_line(rest).startswith(f"newscli: {left} done, 0 failed, 119 skipped")
    assert [e["source"] for e in _index(out)] == [str(root / r) for r in expected]


def test_truncated_index_line_is_dropped_and_that_source_recomputed(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for number in range(4):
        (source / f"s{number}.txt").write_text(_article(number), encoding="utf-8")
    out = tmp_path / "out"
    _summarize(str(source), "-o", str(out), "-f", "json")
    lines = (out / INDEX_NAME).read_text().splitlines(keepends=True)
    (out / INDEX_NAME).write_text("".join(lines[:3]) + lines[3][:40])  # a crash mid-line
    rerun = _summarize(str(source), "-o", str(out), "-f", "json", "-v")
    assert _summary_line(rerun).startswith("newscli: 1 done, 0 failed, 3 skipped")
    assert [Path(str(e["source"])).name for e in _index(out)] == [f"s{n}.txt" for n in range(4)]


def test_appending_after_a_cut_line_starts_on_a_new_line(tmp_path: Path) -> None:
    (tmp_path / INDEX_NAME).write_text('{"source": "a", "output": "a.json", "status": "ok"}\n{"sou')
    folder = OutputDir(tmp_path)
    folder.record(IndexEntry("b", "b.json", "ok", None, "0" * 64))
    assert [e["source"] for e in _index(tmp_path)] == ["a", "b"]


def test_two_inputs_with_the_same_output_name_do_not_overwrite(tmp_path: Path) -> None:
    first, second = tmp_path / "x", tmp_path / "y"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text(_article(1), encoding="utf-8")
    (first / "a.html").write_text(f"<html><body><p>{_article(2)}</p></body></html>")
    (second / "a.txt").write_text(_article(3), encoding="utf-8")
    out = tmp_path / "out"
    arguments = [str(first / "a.txt"), str(first / "a.html"), str(second / "a.txt")]
    result = _summarize(*arguments, "-o", str(out), "-f", "json")
    assert result.exit_code == 0, result.stderr
    owners = {e["output"]: e["source"] for e in _index(out)}
    assert owners == {"a.json": arguments[0], "a-2.json": arguments[1], "a-3.json": arguments[2]}
    for name, source in owners.items():
        assert json.loads((out / str(name)).read_text())["source"] == source
    # A later run in another order keeps every source's name.
    _summarize(*reversed(arguments), "-o", str(out), "-f", "json", "--force")
    assert {e["output"]: e["source"] for e in _index(out)} == owners


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (Source.file(Path("x/story.txt"), relative="desk/story.txt"), "desk/story.json"),
        (Source.file(Path("/abs/page.html.gz")), "page.json"),
        (Source.file(Path("noext")), "noext.json"),
        (Source.file(Path("x"), relative="../../etc/passwd.txt"), "etc/passwd.json"),
        (Source.stdin(), "stdin.json"),
        (Source.from_url("https://example.com/news/a?id=3"), "example.com_news_a_id_3.json"),
    ],
)
def test_output_name(source: Source, expected: str) -> None:
    assert output_name(source, ".json") == expected
