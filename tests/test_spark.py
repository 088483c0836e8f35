"""newscli on Spark (local[2]): one task per WARC, the explicit schema, errors and crashes as rows.

Needs the ``spark`` extra and Java 17 or newer (CI installs both); skipped, saying which is
missing, elsewhere. One Spark session serves the whole module (starting one takes seconds).

The record that crashes and the one that hangs are made so by a ``sitecustomize`` module on the
Python workers' path (set up by this test only): it wraps ``newscli.batch.run_source`` in every
Spark Python worker, so production code holds no test hook.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from warcs import Record, article_page, crawl_records, write_warc

from newscli.options import Options

pytest.importorskip("pyspark", reason="the spark extra is not installed (pip install '.[spark]')")


def _java_missing() -> str | None:
    java = shutil.which("java")
    if java is None:
        return "Java is not installed (Spark needs Java 17 or newer)"
    probe = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)
    return None if probe.returncode == 0 else f"java -version failed: {probe.stderr.strip()}"


pytestmark = pytest.mark.skipif(_java_missing() is not None, reason=str(_java_missing()))

from newscli.spark import (  # noqa: E402 (after the skips: importing is fine, running needs Java)
    FIELDS,
    brief_dataframe,
    build_session,
    main,
    spark_schema,
)

SABOTAGE = textwrap.dedent(
    """
    import os, signal, time
    import newscli.batch

    _real = newscli.batch.run_source

    def _run_source(source, command, options):
        if "crash.test" in source.name:
            os.kill(os.getpid(), signal.SIGSEGV)
        if "hang.test" in source.name:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(120)
        return _real(source, command, options)

    newscli.batch.run_source = _run_source
    """
)


@pytest.fixture(scope="module")
def warcs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("warcs")
    first = write_warc(folder / "crawl.warc.gz", crawl_records("https://one.test"))
    sabotaged = [
        Record("https://two.test/a", body=article_page("Ferry Pier Reopens").encode()),
        Record("https://crash.test/b", body=article_page("Never Briefed").encode()),
        Record("https://two.test/c", body=article_page("Library Opens Late").encode()),
        Record("https://hang.test/d", body=article_page("Never Finished").encode()),
        Record("https://two.test/e", body=article_page("Bridge Works Begin").encode()),
    ]
    second = write_warc(folder / "sabotaged.warc", sabotaged, gzip=False)
    return [str(first), str(second)]


@pytest.fixture(scope="module")
def spark(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    hooks = tmp_path_factory.mktemp("hooks")
    (hooks / "sitecustomize.py").write_text(SABOTAGE, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        paths = [str(hooks), os.environ.get("PYTHONPATH", "")]
        patch.setenv("PYTHONPATH", os.pathsep.join(p for p in paths if p))
        patch.delenv("PYSPARK_PYTHON", raising=False)
        session = build_session("local[2]", app_name="newscli-tests")
        yield session
        session.stop()


@pytest.fixture(scope="module")
def rows(spark: Any, warcs: list[str], tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    """The briefs of both WARCs, written to Parquet and read back."""
    out = tmp_path_factory.mktemp("parquet") / "briefs"
    brief_dataframe(spark, warcs, options=Options(timeout=3.0)).write.parquet(str(out))
    return list(spark.read.parquet(str(out)).collect())


def test_parquet_has_the_explicit_schema(spark: Any, rows: list[Any], warcs: list[str]) -> None:
    frame = brief_dataframe(spark, warcs)
    assert frame.schema == spark_schema()
    assert list(rows[0].asDict()) == [name for name, _ in FIELDS]


def test_every_page_record_is_one_row(rows: list[Any], warcs: list[str]) -> None:
    assert len(rows) == 6 + 5
    by_source = {row.source: row for row in rows}
    pier = by_source["https://one.test/pier"]
    assert (pier.status, pier.title, pier.warc_file) == (
        "ok",
        "Council Backs Ferry Pier Rebuild",
        warcs[0],
    )
    assert pier.stats.words > 50 and pier.quotes[0].speaker == "Maren Solé"
    assert len(pier.text_sha1) == 40 and len(pier.minhash) == 128
    assert pier.newscli_version and pier.elapsed_ms > 0
    assert by_source["https://one.test/logo.png"].status == "skipped"
    assert by_source["https://one.test/junk"].error_type == "decode_error"


def test_crashing_and_hanging_records_become_rows_and_the_task_goes_on(rows: list[Any]) -> None:
    by_source = {row.source: row for row in rows}
    crashed = by_source["https://crash.test/b"]
    assert (crashed.status, crashed.error_type) == ("error", "internal")
    assert crashed.error.message == "worker process died (killed by signal 11)"
    hung = by_source["https://hang.test/d"]
    assert (hung.status, hung.error_type) == ("error", "timeout")
    for after in ("a", "c", "e"):
        assert by_source[f"https://two.test/{after}"].status == "ok"


def test_command_line_writes_parquet_and_reports_counts(
    spark: Any, warcs: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Runs last: main() stops the module's session when it is done.
    manifest = tmp_path / "warc.paths"
    manifest.write_text(f"# two files\n{warcs[0]}\n\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["--master", "local[2]", str(manifest), str(out)]) == 0
    assert any(out.glob("part-*.parquet"))
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert summary.startswith("newscli.spark: 1 WARC files, 6 rows (error 2, ok 2, skipped 2);")
    assert "records by type: response 6, " in summary
