"""Brief web archives on Apache Spark: one task per WARC file, one row per page record, Parquet out.

    python -m newscli.spark [--master local[2]] MANIFEST OUT
    spark-submit --master yarn -m newscli.spark ...   (see README: "Web archives on Spark")

MANIFEST lists WARC files one a line, as Common Crawl's ``warc.paths`` do: local paths, ``file://``
or ``http(s)://`` URLs, or paths relative to ``--prefix`` (e.g. ``https://data.commoncrawl.org/``).
Each WARC is one Spark task. Inside it the records go through the same pipeline as
``newscli summarize crawl.warc.gz`` (``newscli.batch.process``), in a child process of the task: a
record that crashes that process or hangs it past ``--timeout`` becomes an error row, a fresh child
takes the rest, and the task goes on. So a task never fails because of a record, and Spark never
retries a file or aborts the job for one bad page. A WARC that cannot be read to its end gives a
row for the damage after the rows of the records before it.

Rows follow ``FIELDS``, an explicit schema mirroring the JSON brief (``newscli.brief/1``, nested
structs and arrays) plus ``warc_file``, ``warc_record_id``, ``warc_date``, ``status`` (``ok``,
``error``, ``skipped``), ``error_type``, ``elapsed_ms``, ``newscli_version``, ``text_sha1`` and a
MinHash signature of the article text with its number of distinct shingles (``minhash``,
``shingles``: the store's wire-copy sketch, ``newscli.analyze.minhash``, scheme
``SKETCH_VERSION``), so that Spark's rows and the store's articles group by the same rules.
``url`` is the page's canonical URL (the record's target URI when the page declares none) and
``source`` the target URI, as in the JSON. The schema is given to Spark, never inferred, so every
partition agrees.

Notebooks (Databricks, EMR): ``brief_dataframe(spark, paths)`` returns the DataFrame.

The executors must run a Python that has newscli installed, not the system Python: for local
masters this module points Spark at the running interpreter; for clusters, ship the environment
(README). Before the job a one-task probe checks what the executors run and stops with a clear
message when newscli is missing there (``--no-check`` skips it).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from newscli.model import ARTICLE_SCHEMA, Brief, Source
from newscli.options import Options

# --- the schema ---------------------------------------------------------------------------------

STRING, INT, LONG, DOUBLE = "string", "int", "long", "double"
Kind = Any
"""A field's type: one of the scalar names above, ``("array", kind)`` or ``("struct", fields)``."""


def _array(kind: Kind) -> Kind:
    return ("array", kind)


def _struct(*fields: tuple[str, Kind]) -> Kind:
    return ("struct", fields)


_SPAN = _struct(("start", INT), ("end", INT))

FIELDS: tuple[tuple[str, Kind], ...] = (
    ("schema", STRING),
    ("schema_version", STRING),
    ("source", STRING),
    ("url", STRING),
    ("warc_file", STRING),
    ("warc_record_id", STRING),
    ("warc_date", STRING),
    ("status", STRING),
    ("error_type", STRING),
    ("error", _struct(("type", STRING), ("message", STRING), ("hint", STRING))),
    ("kind", STRING),
    ("title", STRING),
    ("author", STRING),
    ("authors", _array(STRING)),
    ("date", STRING),
    ("site", STRING),
    ("language", STRING),
    ("method", STRING),
    (
        "stats",
        _struct(
            ("words", INT), ("sentences", INT), ("paragraphs", INT), ("reading_minutes", DOUBLE)
        ),
    ),
    (
        "summary",
        _array(
            _struct(
                ("text", STRING),
                ("sentence", INT),
                ("start", INT),
                ("end", INT),
                ("score", DOUBLE),
                ("speaker", STRING),
            )
        ),
    ),
    (
        "claims",
        _array(
            _struct(
                ("text", STRING),
                ("speaker", STRING),
                ("sentence", INT),
                ("start", INT),
                ("end", INT),
                ("kind", STRING),
                ("score", DOUBLE),
            )
        ),
    ),
    (
        "quotes",
        _array(
            _struct(
                ("text", STRING),
                ("speaker", STRING),
                ("sentence", INT),
                ("start", INT),
                ("end", INT),
                ("parts", _array(_SPAN)),
            )
        ),
    ),
    ("keywords", _array(STRING)),
    ("removed", _array(_struct(("text", STRING), ("reason", STRING)))),
    (
        "attributions",
        _array(
            _struct(
                ("kind", STRING),
                ("text", STRING),
                ("speaker", STRING),
                ("cue", STRING),
                ("sentence", INT),
                ("start", INT),
                ("end", INT),
                ("parts", _array(_SPAN)),
            )
        ),
    ),
    (
        "phrases",
        _array(_struct(("text", STRING), ("sentence", INT), ("start", INT), ("end", INT))),
    ),
    ("text", STRING),
    ("text_sha1", STRING),
    ("minhash", _array(LONG)),
    ("shingles", INT),
    ("elapsed_ms", DOUBLE),
    ("newscli_version", STRING),
)
"""The columns, in order. ``text`` (the article text) is filled only with ``with_text``."""


class SchemaMismatch(TypeError):
    """A value does not have the type its column declares (the JSON brief changed shape)."""


def to_row(data: dict[str, Any], fields: Sequence[tuple[str, Kind]] = FIELDS) -> tuple[Any, ...]:
    """``data`` (a brief's JSON object plus the row's own keys) as a tuple in ``fields`` order.

    Keys the schema does not name are left out (the JSON grows additively; the schema follows by
    hand); missing keys are null. Raises ``SchemaMismatch`` for a value of the wrong type.
    """
    return tuple(_value(data.get(name), kind, name) for name, kind in fields)


def _value(value: Any, kind: Kind, where: str) -> Any:
    if value is None:
        return None
    if isinstance(kind, tuple) and kind[0] == "array":
        if not isinstance(value, list | tuple):
            raise SchemaMismatch(f"{where}: expected a list, got {type(value).__name__}")
        return [_value(item, kind[1], f"{where}[]") for item in value]
    if isinstance(kind, tuple):
        if not isinstance(value, dict):
            raise SchemaMismatch(f"{where}: expected an object, got {type(value).__name__}")
        return _struct_value(value, kind[1], where)
    if kind == STRING and isinstance(value, str):
        return value
    if kind in (INT, LONG) and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind == DOUBLE and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise SchemaMismatch(f"{where}: expected {kind}, got {type(value).__name__}")


def _struct_value(
    value: dict[str, Any], fields: Sequence[tuple[str, Kind]], where: str
) -> tuple[Any, ...]:
    return tuple(_value(value.get(name), kind, f"{where}.{name}") for name, kind in fields)


def spark_schema() -> Any:
    """``FIELDS`` as a ``pyspark.sql.types.StructType`` (every column nullable)."""
    return _spark_type(("struct", FIELDS))


def _spark_type(kind: Kind) -> Any:
    from pyspark.sql import types

    if isinstance(kind, tuple) and kind[0] == "array":
        return types.ArrayType(_spark_type(kind[1]), containsNull=True)
    if isinstance(kind, tuple):
        return types.StructType(
            [types.StructField(name, _spark_type(inner), nullable=True) for name, inner in kind[1]]
        )
    scalars = {
        STRING: types.StringType(),
        INT: types.IntegerType(),
        LONG: types.LongType(),
        DOUBLE: types.DoubleType(),
    }
    return scalars[kind]


# --- rows from outcomes -------------------------------------------------------------------------


def newscli_version() -> str:
    import newscli

    return str(newscli.__version__)


def outcome_row(outcome: Any, *, version: str, with_text: bool = False) -> tuple[Any, ...]:
    """The row of one record's ``newscli.batch.Outcome``."""
    from newscli.analyze.minhash import TEXT_PERM, signature, text_shingles

    source: Source = outcome.source
    record = source.record
    row: dict[str, Any] = {
        "source": source.name,
        "url": source.url,
        "elapsed_ms": round(outcome.seconds * 1000, 3),
        "newscli_version": version,
    }
    if record is not None:
        row.update(record.as_dict())
    if outcome.failure is not None:
        failure = outcome.failure
        row.update(failure.as_dict(Brief.json_header()))
        row["status"] = "skipped" if failure.skipped else "error"
        row["error_type"] = failure.type
        return to_row(row)
    result = outcome.result
    text = result.article.text if isinstance(result, Brief) else result.text
    data = result.as_dict()
    if data.get("schema") == ARTICLE_SCHEMA:
        data.pop("text", None)
    row.update({key: value for key, value in data.items() if value is not None or key not in row})
    row["status"] = "ok"
    row["text_sha1"] = hashlib.sha1(text.encode("utf-8")).hexdigest()
    shingles = text_shingles(text)
    row["minhash"] = [int(value) for value in signature(shingles, TEXT_PERM)]
    row["shingles"] = len(shingles)
    if with_text:
        row["text"] = text
    return to_row(row)


def failure_row(warc: str, error_type: str, message: str, *, version: str) -> tuple[Any, ...]:
    """A row for a whole WARC that could not be processed (not one of its records)."""
    return to_row(
        {
            **Brief.json_header(),
            "source": warc,
            "warc_file": warc,
            "status": "error",
            "error_type": error_type,
            "error": {"type": error_type, "message": message},
            "newscli_version": version,
        }
    )


# --- the task -----------------------------------------------------------------------------------


def warc_location(entry: str, prefix: str | None = None) -> str:
    """A manifest entry as a path or URL: ``prefix`` + entry when the entry is relative."""
    entry = entry.strip()
    if "://" in entry or entry.startswith("/") or not prefix:
        return entry
    return prefix.rstrip("/") + "/" + entry.lstrip("/")


def read_manifest(path: Path, *, prefix: str | None = None) -> list[str]:
    """The WARC locations listed in ``path`` (blank lines and ``#`` comments skipped). Relative
    entries are taken against ``prefix``, or else against the manifest's own folder."""
    base = prefix or str(path.resolve().parent)
    with path.open(encoding="utf-8") as lines:
        entries = [line.strip() for line in lines]
    return [warc_location(e, base) for e in entries if e and not e.startswith("#")]


def warc_source(location: str) -> Source:
    if "://" in location:
        return Source(name=location, kind="warc", url=location)
    return Source.warc(Path(location), name=location)


def brief_warcs(
    locations: Iterable[str],
    *,
    options: Options | None = None,
    with_text: bool = False,
    record_types: Counter[str] | None = None,
) -> Iterator[tuple[Any, ...]]:
    """The rows of every page record of the WARCs at ``locations``: what a Spark task runs.

    Records run in one child process (``isolate``), replaced when a record crashes or hangs it.
    ``record_types`` counts every record of the WARCs by WARC-Type (page records or not).
    """
    from newscli.batch import process
    from newscli.ingest.warc import WarcTally, read_warc

    options = options or Options()
    version = newscli_version()
    for location in locations:
        tally = WarcTally(location)
        records = read_warc(warc_source(location), max_bytes=options.max_bytes, tally=tally)
        outcomes = process(records, "summarize", options, workers=1, isolate=True)
        try:
            with contextlib.closing(outcomes):
                for outcome in outcomes:
                    try:
                        yield outcome_row(outcome, version=version, with_text=with_text)
                    except SchemaMismatch as exc:
                        yield outcome_row(_as_internal_error(outcome, exc), version=version)
        except Exception as exc:  # a bug in newscli: one row for the file, and the task goes on
            message = f"internal error: {type(exc).__name__}: {exc}"
            yield failure_row(location, "internal", message, version=version)
        if record_types is not None:
            record_types.update(tally.by_type)


def _as_internal_error(outcome: Any, exc: Exception) -> Any:
    from newscli.model import Failure

    source = outcome.source
    failure = Failure(source.name, "internal", f"internal error: {exc}", record=source.record)
    return replace(outcome, result=None, failure=failure)


def _task(
    locations: Iterable[str], options: Options, with_text: bool, counter: Any
) -> Iterator[tuple[Any, ...]]:
    """One Spark partition (one WARC): its rows, and its record types added to ``counter``."""
    seen: Counter[str] = Counter()
    yield from brief_warcs(locations, options=options, with_text=with_text, record_types=seen)
    if counter is not None:
        counter.add(seen)


# --- the driver ---------------------------------------------------------------------------------

LOCAL_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
"""JVM options for local masters (``--conf spark.driver.extraJavaOptions=...`` replaces them)."""


def brief_dataframe(
    spark: Any,
    paths: Sequence[str],
    *,
    options: Options | None = None,
    with_text: bool = False,
    record_types: Any = None,
) -> Any:
    """A DataFrame (schema ``spark_schema()``) of the briefs of every page record in the WARC
    files ``paths`` (paths or URLs), one Spark task per file. Lazy, like any DataFrame.

    ``record_types``: a Spark accumulator of ``Counter`` (``record_counter(sc)``) that counts
    every record by WARC-Type as the tasks run.
    """
    import functools

    paths = list(paths)
    options = options or Options()
    task = functools.partial(_task, options=options, with_text=with_text, counter=record_types)
    rows = spark.sparkContext.parallelize(paths, max(1, len(paths))).mapPartitions(task)
    return spark.createDataFrame(rows, spark_schema())


def record_counter(spark_context: Any) -> Any:
    """A Spark accumulator adding up ``Counter``s (records by WARC-Type)."""
    from pyspark.accumulators import AccumulatorParam

    class CounterParam(AccumulatorParam):  # type: ignore[type-arg, misc, unused-ignore]
        def zero(self, value: Counter[str]) -> Counter[str]:
            return Counter()

        def addInPlace(self, first: Counter[str], second: Counter[str]) -> Counter[str]:
            first.update(second)
            return first

    return spark_context.accumulator(Counter(), CounterParam())


def _executor_probe(_: object) -> list[tuple[str, str, str | None]]:
    """Which Python an executor runs, and which newscli it has (None: none)."""
    import sys
    from importlib.metadata import PackageNotFoundError, version

    try:
        found: str | None = version("newscli")
    except PackageNotFoundError:
        found = None
    return [(sys.executable, sys.version.split()[0], found)]


# cloudpickle sends functions of importable modules by name; the probe must run where newscli may
# be missing, so it travels by value, as functions of a script's __main__ do.
_executor_probe.__module__ = "__main__"


def check_executors(spark: Any) -> None:
    """Run the probe on the executors; raise ``SystemExit`` with what to do when one lacks newscli
    (the job would fail with an import error in every task)."""
    context = spark.sparkContext
    slots = max(1, int(context.defaultParallelism))
    found = set(context.parallelize(range(slots), slots).mapPartitions(_executor_probe).collect())
    missing = sorted({(python, version) for python, version, ours in found if ours is None})
    if missing:
        where = ", ".join(f"{python} (Python {version})" for python, version in missing)
        raise SystemExit(
            f"newscli.spark: the executors run {where} without newscli installed; ship an"
            " environment with newscli to them (README: 'Web archives on Spark') or set"
            " spark.pyspark.python to a Python that has it"
        )
    ours = newscli_version()
    others = sorted({v for _, _, v in found if v is not None and v != ours})
    if others:
        print(
            f"newscli.spark: warning: executors have newscli {', '.join(others)},"
            f" the driver {ours}",
            file=sys.stderr,
        )


def build_session(
    master: str | None, app_name: str = "newscli", config: dict[str, str] | None = None
) -> Any:
    """A SparkSession. For a local master (or none given outside spark-submit) the Python workers
    run this interpreter, so they see the same newscli as the driver. ``config``: more settings."""
    from pyspark.sql import SparkSession

    settings = dict(config or {})
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    local = (master or "local").startswith("local") and "SPARK_ENV_LOADED" not in os.environ
    if local and not os.environ.get("PYSPARK_PYTHON"):
        # PySpark takes the workers' interpreter from this variable when the context starts
        # (spark.pyspark.python is read by spark-submit only); unset, it runs "python3".
        os.environ["PYSPARK_PYTHON"] = sys.executable
    if local:
        settings.setdefault("spark.ui.enabled", "false")
        # On one machine the JVM only carries rows between the Python workers and Parquet: a JVM
        # that compiles less and collects garbage on one thread leaves the cores to Python (half
        # the JVM's CPU time in benchmarks/warc.py). Clusters keep their own settings.
        settings.setdefault("spark.driver.extraJavaOptions", LOCAL_JAVA_OPTIONS)
    for key, value in settings.items():
        builder = builder.config(key, value)
    # Rows and errors are reported at the end; the console progress bar only garbles stderr.
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("WARN")
    return session


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newscli.spark",
        description="Brief every page record of the WARC files in MANIFEST into Parquet at OUT.",
    )
    parser.add_argument("manifest", type=Path, help="WARC paths or URLs, one a line (warc.paths)")
    parser.add_argument("out", help="Parquet output folder (any path Spark writes to)")
    parser.add_argument("--master", help="Spark master, e.g. local[2] (spark-submit sets it)")
    parser.add_argument("--prefix", help="base for relative manifest entries (default: its folder)")
    parser.add_argument(
        "--mode",
        choices=("errorifexists", "overwrite", "append"),
        default="errorifexists",
        help="when OUT exists (default: stop)",
    )
    parser.add_argument("--timeout", type=float, default=Options().timeout, help="seconds a record")
    parser.add_argument("--with-text", action="store_true", help="also store the article text")
    parser.add_argument("--no-check", action="store_true", help="skip the executor probe")
    parser.add_argument(
        "--conf",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a Spark setting (repeatable), e.g. spark.executor.memory=4g",
    )
    args = parser.parse_args(argv)
    settings = dict(item.partition("=")[::2] for item in args.conf)
    try:
        paths = read_manifest(args.manifest, prefix=args.prefix)
    except OSError as exc:
        print(f"newscli.spark: error: {args.manifest}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if not paths:
        print(f"newscli.spark: error: {args.manifest}: no WARC listed", file=sys.stderr)
        return 2
    started = time.monotonic()
    spark = build_session(args.master, config=settings)
    try:
        ready = time.monotonic()
        if not args.no_check:
            check_executors(spark)
        counter = record_counter(spark.sparkContext)
        frame = brief_dataframe(
            spark,
            paths,
            options=Options(timeout=args.timeout),
            with_text=args.with_text,
            record_types=counter,
        )
        frame.write.mode(args.mode).parquet(args.out)
        finished = time.monotonic()
        statuses = dict(
            spark.read.parquet(args.out)
            .groupBy("status")
            .count()
            .select("status", "count")
            .collect()
        )
    finally:
        spark.stop()
    kinds = ", ".join(f"{kind} {n:,}" for kind, n in Counter(counter.value).most_common())
    rows = sum(statuses.values())
    print(
        f"newscli.spark: {len(paths)} WARC files, {rows:,} rows"
        f" ({', '.join(f'{k} {v:,}' for k, v in sorted(statuses.items()))});"
        f" records by type: {kinds or 'none'};"
        f" start-up {ready - started:.1f} s, job {finished - ready:.1f} s -> {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    # Run through the imported module, so that Spark sends this module's functions to the
    # executors by name (as newscli.spark) rather than by value (as __main__).
    from newscli.spark import main as _main

    sys.exit(_main())
