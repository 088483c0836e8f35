"""Every JSON output follows the schemas shipped in newscli/schema/: golden files, the CLI's output
for every sample (both commands, with and without --with-sentences), failures, HTML pages, and
arbitrary text."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import newscli.schema
from newscli.cli.app import cli
from newscli.errors import NewscliError
from newscli.model import ARTICLE_SCHEMA_VERSION, BRIEF_SCHEMA_VERSION, Article, Brief, Failure
from newscli.options import METHODS
from newscli.pipeline import brief, extract
from newscli.render import RenderOptions
from newscli.render.jsonfmt import failure_dict, render_json
from tests.conftest import ROOT, SAMPLES

GOLDEN = Path(__file__).parent / "golden"
VALIDATORS = {
    schema: Draft202012Validator(newscli.schema.load(name))
    for schema, name in (("newscli.brief/1", "brief"), ("newscli.article/1", "article"))
}
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
PAGE = """<!DOCTYPE html><html lang="en"><head>
<title>Ferry Timetable Changes | Coast Courier</title>
<meta property="og:title" content="Ferry Timetable Changes From Monday">
<meta name="author" content="Mara Lind; Tomas Berg">
<meta property="article:published_time" content="2026-02-03T08:00:00Z">
<link rel="canonical" href="https://courier.example/ferry-timetable">
</head><body><article><h1>Ferry Timetable Changes From Monday</h1>
<p>The island ferry will leave an hour earlier on weekdays from Monday, the operator said.</p>
<p>"Commuters asked for an earlier boat and we listened," said Ines Haug, the operator's head of
services. The last evening crossing moves from 22:00 to 21:30.</p>
<p>Passenger groups welcomed the change but said the weekend timetable still needs work.</p>
</article></body></html>"""


def check(obj: dict[str, Any]) -> None:
    """Valid against the schema its ``schema`` key names, with every error listed on failure."""
    validator = VALIDATORS[obj["schema"]]
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(obj)]
    assert not errors, errors


@pytest.mark.parametrize("name", ["brief", "article"])
def test_schema_is_valid_json_schema_2020_12(name: str) -> None:
    Draft202012Validator.check_schema(newscli.schema.load(name))


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.name)
def test_golden_json_follows_the_schema(path: Path) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        check(json.loads(line))


def test_there_are_golden_json_files() -> None:
    assert {p.name for p in GOLDEN.glob("*.json")} >= {"brief.json", "article.json"}


@pytest.mark.parametrize(
    "args",
    [["summarize"], ["summarize", "--with-sentences"], ["extract"]],
    ids=["summarize", "with-sentences", "extract"],
)
def test_cli_json_for_every_sample_follows_the_schema(runner: CliRunner, args: list[str]) -> None:
    sources = [str(path) for path in SAMPLE_FILES]
    result = runner.invoke(cli, [*args, *sources, "-f", "json", "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["source"] for o in objects] == sources
    for obj in objects:
        check(obj)
        assert ("sentences" in obj) == ("--with-sentences" in args)


@pytest.mark.parametrize(
    "args",
    [["summarize"], ["summarize", "--with-sentences"], ["extract"]],
    ids=["summarize", "with-sentences", "extract"],
)
def test_cli_json_failures_follow_the_schema(
    runner: CliRunner, tmp_path: Path, args: list[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    seed = str(SAMPLE_FILES[0])
    result = runner.invoke(cli, [*args, seed, str(empty), str(binary), "-f", "json"])
    assert result.exit_code == 1
    success, *failures = (json.loads(line) for line in result.stdout.splitlines())
    for obj in (success, *failures):
        check(obj)
    for failure in failures:
        assert list(failure) == [*success, "error"]
        kept = {k for k, v in failure.items() if v is not None}
        assert kept == {"schema", "schema_version", "source", "error"}


@pytest.mark.parametrize("with_sentences", [False, True])
def test_a_failure_has_the_keys_of_a_success_plus_error(with_sentences: bool) -> None:
    failure = Failure("x.txt", "too_large", "input is larger than --max-bytes", "raise it")
    options = RenderOptions(with_sentences=with_sentences)
    as_brief = failure_dict(failure, "summarize", options)
    assert list(as_brief) == [*Brief.json_keys(with_sentences=with_sentences), "error"]
    as_article = failure_dict(failure, "extract", options)
    assert list(as_article) == [*Article.json_keys(), "error"]
    check(as_brief)
    check(as_article)


def test_html_page_brief_and_article_follow_the_schema() -> None:
    result = brief(PAGE, source="ferry.html")
    data = json.loads(render_json(result, RenderOptions(with_sentences=True)))
    check(data)
    assert data["kind"] == "html"
    assert data["authors"] == ["Mara Lind", "Tomas Berg"]
    check(json.loads(render_json(extract(PAGE, source="ferry.html"))))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400), st.sampled_from(METHODS))
def test_briefs_of_arbitrary_text_follow_the_schema(text: str, method: str) -> None:
    from newscli.options import Options

    try:
        result = brief(text, options=Options(method=method))
    except NewscliError:
        return
    check(json.loads(render_json(result, RenderOptions(with_sentences=True))))
    check(json.loads(render_json(result.article)))


def test_methods_in_the_schema_are_the_summary_methods() -> None:
    result = newscli.schema.load("brief")["$defs"]["result"]
    assert tuple(result["properties"]["method"]["enum"]) == METHODS


@pytest.mark.parametrize("name", ["brief", "article"])
def test_schema_names_exactly_the_keys_the_output_has(name: str) -> None:
    defs = newscli.schema.load(name)["$defs"]
    keys = (
        Brief.json_keys(with_sentences=True, archived=True)
        if name == "brief"
        else Article.json_keys(archived=True)
    )
    assert list(defs["result"]["properties"]) == list(keys)
    assert defs["failure"]["required"] == [*defs["result"]["required"], "error"]


def test_shared_definitions_are_the_same_in_both_schemas() -> None:
    brief_defs = newscli.schema.load("brief")["$defs"]
    article_defs = newscli.schema.load("article")["$defs"]
    for name in ("removed", "error"):
        assert brief_defs[name] == article_defs[name]


def test_schemas_are_package_data() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["newscli"]
    assert "schema/*.json" in patterns
    for name in ("brief", "article"):
        assert Path(newscli.schema.path(name)).is_file()


def test_schemas_describe_the_current_schema_versions() -> None:
    for name, version in (("brief", BRIEF_SCHEMA_VERSION), ("article", ARTICLE_SCHEMA_VERSION)):
        defs = newscli.schema.load(name)["$defs"]  # type: ignore[arg-type]
        assert defs["result"]["properties"]["schema_version"]["const"] == version
        assert defs["failure"]["properties"]["schema_version"]["const"] == version
