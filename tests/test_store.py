"""The SQLite store: schema, round trip, upserts and resume, concurrent writers, clustering."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newscli
from newscli.cli.app import cli
from newscli.model import Brief, Failure
from newscli.options import Options
from newscli.store import schema
from newscli.store.queries import load_brief, open_store
from newscli.store.rows import attributions_of, brief_rows
from newscli.store.speakers import display_form, group_names, name_key
from newscli.store.writer import StoreWriter
from tests.conftest import ROOT, SEED
from tests.store_articles import FESTIVAL, MEDIATION, MEDIATION_COPY, SANCTIONS

ARTICLES = {
    "mediation.txt": MEDIATION,
    "mediation-copy.txt": MEDIATION_COPY,
    "sanctions.txt": SANCTIONS,
    "festival.txt": FESTIVAL,
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _store(runner: CliRunner, sources: list[str], db: Path, *extra: str) -> str:
    result = runner.invoke(cli, ["summarize", *sources, "--db", str(db), "-v", *extra])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    return result.stderr


def _rows(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return [tuple(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


# --- schema ----------------------------------------------------------------------------------


def test_new_store_has_every_table_and_the_schema_version(tmp_path: Path) -> None:
    conn = schema.connect(tmp_path / "news.db")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {
        "articles", "quotes", "attributions", "claims", "keywords", "speakers",
        "speaker_names", "removed", "summary", "phrases", "signatures", "failures",
        "articles_fts", "statements",
    } <= names  # fmt: skip
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_schema_is_documented_inside_the_database(tmp_path: Path) -> None:
    conn = schema.connect(tmp_path / "news.db")
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
    assert "-- same-story group" in sql
    conn.close()


def test_store_from_a_newer_newscli_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(schema.StoreError, match="newer"):
        schema.connect(path)


def test_older_store_is_migrated_forward(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "news.db"
    schema.connect(path).close()

    def add_column(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE articles ADD COLUMN rating REAL")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_column])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    conn = schema.connect(path)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
    assert "rating" in columns
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    conn.close()


def test_sketches_made_another_way_are_remade(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with StoreWriter(db, Options()) as writer:
        writer.add(newscli.brief(SANCTIONS, source="a.txt"), key="a.txt", input_hash=None)
    before = _rows(db, "SELECT text_minhash FROM signatures")
    conn = sqlite3.connect(db)
    conn.execute("UPDATE signatures SET text_minhash = zeroblob(512)")
    conn.execute("UPDATE meta SET value = 'an older scheme' WHERE key = 'sketch'")
    conn.commit()
    conn.close()
    StoreWriter(db, Options()).close()
    assert _rows(db, "SELECT text_minhash FROM signatures") == before
    assert _rows(db, "SELECT value FROM meta WHERE key = 'sketch'") != [("an older scheme",)]


def test_not_a_database_is_one_clear_error(tmp_path: Path, runner: CliRunner) -> None:
    path = tmp_path / "news.db"
    path.write_text("this is not a database, just some text " * 50)
    result = runner.invoke(cli, ["summarize", str(SEED), "--db", str(path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"newscli: error: {path}: not a SQLite database"
    assert "Traceback" not in result.stderr


# --- round trip --------------------------------------------------------------------------------


def _round_trip(brief: Brief, tmp_path: Path, name: str = "a.txt") -> Brief:
    db = tmp_path / "round.db"
    with StoreWriter(db, Options()) as writer:
        writer.add(brief, key=name, input_hash=None)
    conn = open_store(db)
    try:
        article_id = conn.execute("SELECT id FROM articles WHERE key = ?", (name,)).fetchone()[0]
        return load_brief(conn, article_id)
    finally:
        conn.close()


@pytest.mark.parametrize("text", [MEDIATION, SANCTIONS, SEED.read_text(encoding="utf-8")])
def test_brief_to_rows_to_the_same_brief(text: str, tmp_path: Path) -> None:
    brief = newscli.brief(text, source="a.txt")
    restored = _round_trip(brief, tmp_path)
    assert restored == replace(brief, sentences=())
    assert restored.as_dict() == brief.as_dict()


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1),
        min_size=1,
        max_size=6,
    )
)
def test_round_trip_keeps_any_paragraphs(tmp_path: Path, paragraphs: list[str]) -> None:
    text = "\n\n".join(p.replace("\n", " ") + " Words follow here." for p in paragraphs)
    try:
        brief = newscli.brief(text, source="p.txt")
    except newscli.errors.NewscliError:  # type: ignore[attr-defined]
        return
    for leftover in tmp_path.glob("round.db*"):
        leftover.unlink()
    assert _round_trip(brief, tmp_path, "p.txt") == replace(brief, sentences=())


def test_attributions_table_holds_every_statement_of_the_brief(tmp_path: Path) -> None:
    brief = newscli.brief(MEDIATION, source="a.txt")
    assert {a.kind for a in brief.attributions} == {"quote", "reported"}
    db = tmp_path / "news.db"
    with StoreWriter(db, Options()) as writer:
        writer.add(brief, key="a.txt", input_hash=None)
    rows = _rows(
        db, 'SELECT kind, text, speaker, cue, start, "end" FROM attributions ORDER BY position'
    )
    assert rows == [(a.kind, a.text, a.speaker, a.cue, a.start, a.end) for a in brief.attributions]
    assert [(r.kind, r.text, r.speaker) for r in attributions_of(brief)] == [r[:3] for r in rows]
    for _kind, text, _speaker, _cue, start, end in rows:
        if _kind == "reported":  # reported speech is one stretch of the article's own words
            assert brief.article.text[int(str(start)) : int(str(end))] == text


def test_summary_column_reads_as_one_text() -> None:
    brief = newscli.brief(MEDIATION)
    rows = brief_rows(brief)
    assert rows.article["summary"] == " ".join(s.text for s in brief.summary)


# --- runs, reruns, upserts ------------------------------------------------------------------------


def test_summarize_db_stores_every_source_and_prints_nothing(
    corpus: Path, tmp_path: Path, runner: CliRunner
) -> None:
    db = tmp_path / "news.db"
    stderr = _store(runner, [str(corpus)], db)
    assert "4 done, 0 failed, 0 skipped" in stderr
    assert f"newscli: {db}: 4 articles, 1 wire copies," in stderr
    titles = {r[0] for r in _rows(db, "SELECT title FROM articles")}
    assert "Harbour Festival Draws Record Crowds" in titles
    assert _rows(db, "SELECT count(*) FROM quotes")[0][0] >= 6


def test_rerun_skips_what_is_stored(corpus: Path, tmp_path: Path, runner: CliRunner) -> None:
    db = tmp_path / "news.db"
    _store(runner, [str(corpus)], db)
    stderr = _store(runner, [str(corpus)], db)
    assert "0 done, 0 failed, 4 skipped" in stderr
    assert _rows(db, "SELECT count(*) FROM articles")[0][0] == 4


def test_force_recomputes_stored_sources(corpus: Path, tmp_path: Path, runner: CliRunner) -> None:
    db = tmp_path / "news.db"
    _store(runner, [str(corpus)], db)
    stderr = _store(runner, [str(corpus)], db, "--force")
    assert "4 done, 0 failed, 0 skipped" in stderr
    assert _rows(db, "SELECT count(*) FROM articles")[0][0] == 4


def test_changed_options_recompute(corpus: Path, tmp_path: Path, runner: CliRunner) -> None:
    db = tmp_path / "news.db"
    _store(runner, [str(corpus)], db)
    stderr = _store(runner, [str(corpus)], db, "--method", "lead")
    assert "4 done" in stderr
    assert {r[0] for r in _rows(db, "SELECT method FROM articles")} == {"lead"}


def test_changed_file_replaces_its_rows_in_place(
    corpus: Path, tmp_path: Path, runner: CliRunner
) -> None:
    db = tmp_path / "news.db"
    _store(runner, [str(corpus)], db)
    path = corpus / "festival.txt"
    before = _rows(db, "SELECT id FROM articles WHERE source = ?", str(path))[0][0]
    path.write_text(FESTIVAL.replace("Harbour Festival", "Lantern Parade"), encoding="utf-8")
    stderr = _store(runner, [str(corpus)], db)
    assert "1 done, 0 failed, 3 skipped" in stderr
    rows = _rows(db, "SELECT id, title FROM articles WHERE source = ?", str(path))
    assert rows == [(before, "Lantern Parade Draws Record Crowds")]
    assert _rows(db, "SELECT count(*) FROM articles")[0][0] == 4
    found = _rows(db, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'lantern'")
    assert found == [(before,)]
    old_title = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'title:harbour'"
    assert _rows(db, old_title) == []
    quotes = _rows(db, "SELECT count(*) FROM quotes WHERE article_id = ?", before)[0][0]
    assert quotes == len(newscli.brief(path.read_text(encoding="utf-8")).quotes)


def test_lasting_failure_is_recorded_and_not_retried(tmp_path: Path, runner: CliRunner) -> None:
    db = tmp_path / "news.db"
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n\n  ")
    result = runner.invoke(cli, ["summarize", str(empty), str(SEED), "--db", str(db), "-v"])
    assert result.exit_code == 1
    assert _rows(db, "SELECT source, type FROM failures") == [(str(empty), "empty")]
    again = runner.invoke(cli, ["summarize", str(empty), str(SEED), "--db", str(db), "-v"])
    assert again.exit_code == 0, again.stderr
    assert "0 done, 0 failed, 2 skipped" in again.stderr


def test_same_source_twice_in_one_run_is_stored_once(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with StoreWriter(db, Options()) as writer:
        writer.add(newscli.brief(SANCTIONS, source="a.txt"), key="a.txt", input_hash=None)
        writer.add(newscli.brief(FESTIVAL, source="a.txt"), key="a.txt", input_hash=None)
    assert _rows(db, "SELECT title FROM articles") == [("Harbour Festival Draws Record Crowds",)]
    assert _rows(db, "SELECT count(*) FROM quotes") == [(len(newscli.brief(FESTIVAL).quotes),)]


def test_stored_url_is_not_fetched_again(tmp_path: Path, runner: CliRunner) -> None:
    from http_server import ARTICLE_TITLE, serve, stop

    server, base = serve()
    try:
        db = tmp_path / "news.db"
        url = f"{base}/article"
        stderr = _store(runner, [url, str(SEED)], db)
        assert "2 done, 0 failed, 0 skipped" in stderr
        assert _rows(db, "SELECT title FROM articles WHERE source = ?", url) == [(ARTICLE_TITLE,)]
        stderr = _store(runner, [url, str(SEED)], db)
        assert "0 done, 0 failed, 2 skipped" in stderr
    finally:
        stop(server)


def test_piped_articles_are_stored_apart(tmp_path: Path, runner: CliRunner) -> None:
    db = tmp_path / "news.db"
    for text in (SANCTIONS, FESTIVAL, SANCTIONS):
        result = runner.invoke(cli, ["summarize", "--db", str(db)], input=text)
        assert result.exit_code == 0, result.stderr
    rows = _rows(db, "SELECT source, key FROM articles ORDER BY id")
    assert [r[0] for r in rows] == ["-", "-"]
    assert all(str(r[1]).startswith("-#") for r in rows)


def test_db_with_output_dir_writes_both(corpus: Path, tmp_path: Path, runner: CliRunner) -> None:
    db, out = tmp_path / "news.db", tmp_path / "out"
    result = runner.invoke(
        cli, ["summarize", str(corpus), "--db", str(db), "-o", str(out), "-f", "json"]
    )
    assert result.exit_code == 0, result.stderr
    assert len(list(out.glob("*.json"))) == 4
    assert _rows(db, "SELECT count(*) FROM articles")[0][0] == 4


def test_writer_records_failures_and_replaces_them_on_success(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with StoreWriter(db, Options()) as writer:
        writer.fail(Failure("a.txt", "timeout", "timed out"), key="a.txt", input_hash="x")
    assert _rows(db, "SELECT type FROM failures") == [("timeout",)]
    with StoreWriter(db, Options()) as writer:
        assert not writer.is_done("a.txt", "x")  # a timeout may pass: retried
        writer.add(newscli.brief(FESTIVAL, source="a.txt"), key="a.txt", input_hash="x")
        assert writer.is_done("a.txt", "x") is False  # not flushed yet: still pending
    assert _rows(db, "SELECT count(*) FROM failures") == [(0,)]
    with StoreWriter(db, Options()) as writer:
        assert writer.is_done("a.txt", "x")


# --- concurrent writers ----------------------------------------------------------------------


def test_concurrent_writers_in_separate_processes(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    folders = []
    for number in range(3):
        folder = tmp_path / f"batch{number}"
        folder.mkdir()
        for name, text in ARTICLES.items():
            body = text.replace("\n\n", f"\n\nBatch {number} adds its own line here.\n\n", 1)
            (folder / f"{number}-{name}").write_text(body, encoding="utf-8")
        folders.append(folder)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "newscli",
                "summarize",
                str(f),
                "--db",
                str(db),
                "--workers",
                "1",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        for f in folders
    ]
    for process in processes:
        _out, err = process.communicate(timeout=240)
        assert process.returncode == 0, err
        assert err == ""
    assert _rows(db, "SELECT count(*) FROM articles")[0][0] == 12
    assert _rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(db, "SELECT count(*) FROM articles WHERE cluster IS NULL")[0][0] == 0


# --- wire copies, stories, speakers ---------------------------------------------------------------


def test_wire_copy_points_to_its_original_and_shares_its_story(
    corpus: Path, tmp_path: Path, runner: CliRunner
) -> None:
    db = tmp_path / "news.db"
    sources = [str(corpus / n) for n in ARTICLES]
    _store(runner, sources, db)
    rows = {
        Path(str(r[0])).name: (r[1], r[2], r[3])
        for r in _rows(db, "SELECT source, id, cluster, duplicate_of FROM articles")
    }
    original, copy = rows["mediation.txt"], rows["mediation-copy.txt"]
    assert original[2] is None
    assert copy[2] == original[0]
    assert copy[1] == original[1] == original[0]
    assert rows["festival.txt"][1] == rows["festival.txt"][0]
    assert rows["festival.txt"][2] is None
    assert rows["sanctions.txt"][2] is None


def test_speaker_variants_are_one_person_by_rules_about_names() -> None:
    counts = Counter(
        {
            "Dmitry Peskov": 5,
            "Peskov": 2,
            "Kremlin spokesman Dmitry Peskov": 1,
            "Dmitry S. Peskov": 1,
            "a police spokesman": 3,
            "Donald Trump": 4,
            "Melania Trump": 3,
            "Trump": 6,
            "European Union": 2,
            "EU": 3,
            "Ulrich Schulte-Strathaus": 2,
            "US": 2,
            "GM Europe": 3,
            "Europe": 2,
            "Office for National Statistics (ONS)": 1,
            "ONS": 2,
        }
    )
    mapping = group_names(counts)
    peskov = {mapping[n] for n in ("Dmitry Peskov", "Peskov", "Dmitry S. Peskov")}
    assert len(peskov) == 1
    assert mapping["Kremlin spokesman Dmitry Peskov"] in peskov
    assert peskov.pop().name == "Dmitry Peskov"
    assert "a police spokesman" not in mapping
    assert mapping["Trump"].name == "Trump"  # two Trumps quoted about as often: not resolved
    assert mapping["Donald Trump"] != mapping["Melania Trump"]
    assert mapping["EU"] == mapping["European Union"]
    assert mapping["US"] != mapping["Ulrich Schulte-Strathaus"]
    assert mapping["Europe"] != mapping["GM Europe"]  # a body with an acronym has no surname
    assert mapping["ONS"] == mapping["Office for National Statistics (ONS)"]
    assert mapping["ONS"].name == "Office for National Statistics"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
        ("Bank of England", "Bank of England"),
        ("U.S. Army", "U.S. Army"),
        ("Acme Corp.", "Acme Corp."),
        ("the European Commission", "European Commission"),
    ],
)
def test_display_form_keeps_names_whole(phrase: str, name: str) -> None:
    assert display_form(phrase) == name


def test_name_key_ignores_case_accents_full_stops_and_middle_initials() -> None:
    assert name_key("Dmitry S. Peskov") == name_key("DMITRY PESKOV") == ("dmitry", "peskov")
    assert name_key("José Núñez") == name_key("Jose Nunez")


@pytest.mark.parametrize(
    "phrase",
    [
        "a police spokesman",
        "President",
        "Argentina's President",
        "He",
        "Manuel. He",
        "Other analysts",
    ],
)
def test_descriptions_name_nobody(phrase: str) -> None:
    assert display_form(phrase) is None


def test_store_speakers_hold_every_variant(corpus: Path, tmp_path: Path, runner: CliRunner) -> None:
    db = tmp_path / "news.db"
    _store(runner, [str(corpus)], db)
    rows = _rows(
        db, "SELECT name, variants, quotes, articles FROM speakers WHERE name LIKE '%Peskov'"
    )
    assert len(rows) == 1
    name, variants, quotes, articles = rows[0]
    assert name == "Dmitry Peskov"
    assert set(json.loads(str(variants))) == {"Dmitry Peskov", "Dmitry S. Peskov"}
    expected = sum(
        1
        for text in (MEDIATION, MEDIATION_COPY, SANCTIONS)
        for row in attributions_of(newscli.brief(text))
        if row.kind == "quote" and "Peskov" in (row.speaker or "")
    )
    assert quotes == expected and articles == 3


def test_groups_keep_their_ids_as_the_store_grows(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with StoreWriter(db, Options()) as writer:
        writer.add(newscli.brief(MEDIATION, source="a.txt"), key="a.txt", input_hash=None)
        writer.add(newscli.brief(FESTIVAL, source="b.txt"), key="b.txt", input_hash=None)
    before = _rows(db, "SELECT id, cluster, duplicate_of FROM articles ORDER BY id")
    with StoreWriter(db, Options()) as writer:
        writer.add(newscli.brief(MEDIATION_COPY, source="c.txt"), key="c.txt", input_hash=None)
    after = _rows(db, "SELECT id, cluster, duplicate_of FROM articles ORDER BY id")
    assert after[:2] == before
    original = before[0][0]
    assert after[2][1:] == (original, original)


def test_candidate_pairs_are_ordered_and_unique() -> None:
    import numpy as np

    from newscli.store.clusters import candidate_pairs

    rng = np.random.default_rng(7)
    matrix = rng.integers(0, 2**32, size=(40, 8), dtype=np.uint64).astype(np.uint32)
    matrix[5] = matrix[30]  # identical signatures: a pair in every band
    matrix[12, :4] = matrix[3, :4]  # two bands in common
    matrix[20, :2] = matrix[35, :2]
    matrix[35, :2] = matrix[2, :2]  # a bucket of three: 2, 20 and 35
    matrix[20, :2] = matrix[2, :2]
    pairs = candidate_pairs(matrix, 2, np.ones(40, dtype=bool))
    found = {tuple(p) for p in pairs.tolist()}
    assert {(5, 30), (3, 12), (2, 20), (2, 35), (20, 35)} <= found
    assert all(i < j for i, j in found)
    assert len(found) == len(pairs)
