"""The commands that read the store (speakers, quotes, search, digest) and the digest page."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import struct
import subprocess
import zlib
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

import newscli
import newscli.schema
from newscli.cli.app import cli
from newscli.model import Article
from newscli.options import Options
from newscli.render.digest_html import render_digest_html, safe_url
from newscli.store.queries import build_digest, day_of, open_store
from newscli.store.rows import attributions_of
from newscli.store.writer import StoreWriter
from tests.store_articles import FESTIVAL, MEDIATION, MEDIATION_COPY, SANCTIONS

HOSTILE_TITLE = "<script>alert('x')</script> & <b>Bold</b> claims"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the test articles, one of them with a hostile title and URL."""
    db = tmp_path_factory.mktemp("store") / "news.db"
    with StoreWriter(db, Options()) as writer:
        for name, text in (
            ("mediation.txt", MEDIATION),
            ("mediation-copy.txt", MEDIATION_COPY),
            ("sanctions.txt", SANCTIONS),
        ):
            writer.add(newscli.brief(text, source=name), key=name, input_hash=None)
        hostile = newscli.brief(FESTIVAL, source="festival.html")
        article: Article = replace(
            hostile.article,
            title=HOSTILE_TITLE,
            url="javascript:alert(1)",
            date="2026-03-14T09:00:00Z",
            site='Harbour <Gazette> "Online"',
        )
        writer.add(replace(hostile, article=article), key="festival.html", input_hash=None)
    return db


def _peskov_quotes() -> int:
    """Direct quotes the briefs attribute to Peskov (however the quote finder splits them)."""
    return sum(
        1
        for text in (MEDIATION, MEDIATION_COPY, SANCTIONS)
        for row in attributions_of(newscli.brief(text))
        if row.kind == "quote" and "Peskov" in (row.speaker or "")
    )


def _json_lines(output: str) -> list[dict[str, object]]:
    """Each line's object, checked against the schema it names (newscli/schema/)."""
    rows = [json.loads(line) for line in output.splitlines()]
    for row in rows:
        name = {
            "newscli.speaker/1": "speaker",
            "newscli.statement/1": "statement",
            "newscli.hit/1": "hit",
        }[str(row["schema"])]
        Draft202012Validator(newscli.schema.load(name)).validate(row)  # type: ignore[arg-type]
    return rows


# --- speakers, quotes, search -------------------------------------------------------------------


def test_speakers_lists_the_most_quoted_with_counts(store: Path, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["speakers", str(store), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    rows = _json_lines(result.stdout)
    assert rows[0]["schema"] == "newscli.speaker/1"
    top = rows[0]
    assert top["name"] == "Dmitry Peskov"
    assert (top["quotes"], top["articles"]) == (_peskov_quotes(), 3)
    assert "Dmitry S. Peskov" in top["variants"]  # type: ignore[operator]
    names = [r["name"] for r in rows]
    assert "Ingrid Halvorsen" in names


def test_speakers_rich_table_on_a_terminal_width(store: Path, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["speakers", str(store), "--no-color"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.stderr
    assert "Speaker" in result.stdout and "Dmitry Peskov" in result.stdout
    assert "\x1b" not in result.stdout


@pytest.mark.parametrize("query", ["Peskov", "peskov", "Kremlin spokesman Dmitry Peskov"])
def test_quotes_by_speaker_match_any_name_variant(
    store: Path, runner: CliRunner, query: str
) -> None:
    args = ["quotes", str(store), "--speaker", query, "-f", "json"]
    result = runner.invoke(cli, [*args, "--kind", "quote"])
    assert result.exit_code == 0, result.stderr
    rows = _json_lines(result.stdout)
    assert len(rows) == _peskov_quotes()
    assert {r["kind"] for r in rows} == {"quote"}
    every = _json_lines(runner.invoke(cli, args).stdout)
    assert len(every) >= len(rows)
    assert {r["kind"] for r in every} <= {"quote", "reported"}
    assert {r["speaker"] for r in every} == {"Dmitry Peskov"}
    assert {r["speaker_as_written"] for r in rows} == {"Dmitry Peskov", "Dmitry S. Peskov"}
    assert all(r["schema"] == "newscli.statement/1" for r in rows)
    assert any(str(r["text"]).startswith("These measures will hurt") for r in rows)


def test_quotes_of_nobody_known_print_nothing(store: Path, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["quotes", str(store), "--speaker", "Nobody Atall", "-f", "json"])
    assert result.exit_code == 0
    assert result.stdout == ""


def test_search_finds_words_with_snippets_and_highlights(store: Path, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["search", str(store), "grain corridor", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    hits = _json_lines(result.stdout)
    assert len(hits) == 2
    for hit in hits:
        snippet = str(hit["snippet"])
        words = {snippet[a:b].lower() for a, b in hit["highlights"]}  # type: ignore[attr-defined, misc]
        assert words <= {"grain", "corridor"} and words
        assert "\x02" not in snippet and "\x03" not in snippet


def test_search_phrase_and_stemming(store: Path, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["search", str(store), '"sanctions package"', "-f", "json"])
    assert [h["title"] for h in _json_lines(result.stdout)] == [
        "Moscow Rejects New Sanctions Package As Unlawful"
    ]
    stemmed = runner.invoke(cli, ["search", str(store), "negotiation", "-f", "json"])
    assert len(_json_lines(stemmed.stdout)) == 2  # "negotiations" in the text


def test_search_query_with_stray_syntax_is_taken_as_words(store: Path, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["search", str(store), 'grain" AND (', "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert len(_json_lines(result.stdout)) == 2


def test_search_rich_view_shows_title_and_snippet(store: Path, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["search", str(store), "sanctions", "--no-color"])
    assert result.exit_code == 0
    assert "Moscow Rejects New Sanctions Package" in result.stdout


@pytest.mark.parametrize(
    ("name", "row"),
    [
        ("speaker", {"schema": "newscli.speaker/1", "id": 1, "name": "A", "quotes": 1}),
        ("statement", {"schema": "newscli.statement/1", "kind": "claim"}),
        ("hit", {"schema": "newscli.hit/1", "article_id": 1, "extra": True}),
    ],
)
def test_store_schemas_refuse_what_they_do_not_describe(name: str, row: dict[str, object]) -> None:
    validator = Draft202012Validator(newscli.schema.load(name))  # type: ignore[arg-type]
    assert not validator.is_valid(row)


def test_missing_store_is_a_usage_error(tmp_path: Path, runner: CliRunner) -> None:
    missing = tmp_path / "nope.db"
    for command in (["speakers"], ["quotes"], ["search", "x"], ["digest"]):
        args = [command[0], str(missing), *command[1:]]
        result = runner.invoke(cli, args)
        assert result.exit_code == 2, args
        assert result.stderr.strip() == f"newscli: error: {missing}: no such database"
        assert not missing.exists()


# --- the digest -----------------------------------------------------------------------------------


class _Page(HTMLParser):
    """Element ids, script elements, links and the text of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.tags: list[str] = []
        self.links: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and values.get("href"):
            self.links.append(str(values["href"]))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _page(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


@pytest.fixture(scope="module")
def digest_html(store: Path) -> str:
    conn = open_store(store)
    try:
        return render_digest_html(build_digest(conn))
    finally:
        conn.close()


def test_digest_has_every_section(digest_html: str) -> None:
    page = _page(digest_html)
    assert {"stories", "people", "said", "timeline", "briefs"} <= page.ids
    assert sum(1 for i in page.ids if i.startswith("a")) == 4  # one brief per article
    text = " ".join(page.text)
    assert "Kremlin Offers To Host Talks On Grain Corridor" in text
    assert "Who said what" in text and "Most quoted" in text and "Timeline" in text
    assert "2026-03-14" in text  # the dated article's day in the timeline


def test_digest_groups_the_wire_copy_under_its_story(digest_html: str) -> None:
    stories = digest_html.split('<section id="people">')[0]
    first = stories.split('<article class="story')[1]
    assert "2 articles" in first and "1 wire copy" in first
    assert "Russia Says It Will Host Grain Talks" in first


def test_digest_escapes_everything_from_articles(digest_html: str) -> None:
    page = _page(digest_html)
    assert "script" not in page.tags
    assert "b" not in page.tags
    assert "<script>" not in digest_html
    assert HOSTILE_TITLE in " ".join(page.text)  # shown as text
    assert 'Harbour <Gazette> "Online"' in " ".join(page.text)
    assert not any(link.lower().startswith("javascript:") for link in page.links)


def test_digest_is_self_contained(digest_html: str) -> None:
    lowered = digest_html.lower()
    assert "<link" not in lowered and "<img" not in lowered and "@import" not in lowered
    assert 'http-equiv="content-security-policy"' in lowered
    assert 'name="viewport"' in lowered and "@media print" in lowered
    links = _page(digest_html).links
    assert all(link.startswith("#") for link in links)  # no article here has an http URL


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.com/a?b=1&c=2", True),
        ("http://example.com/", True),
        ("javascript:alert(1)", False),
        ("JAVASCRIPT:alert(1)", False),
        ("data:text/html,<script>", False),
        ("https://exa mple.com/", False),
        (None, False),
    ],
)
def test_only_http_urls_become_links(url: str | None, kept: bool) -> None:
    assert (safe_url(url) is not None) is kept


def test_digest_command_writes_the_page(store: Path, tmp_path: Path, runner: CliRunner) -> None:
    target = tmp_path / "digest.html"
    result = runner.invoke(cli, ["digest", str(store), "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_digest_without_output_shows_the_overview(store: Path, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["digest", str(store), "--no-color"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for heading in ("STORIES", "MOST QUOTED", "WHO SAID WHAT", "TIMELINE"):
        assert heading in out
    assert "4 articles · 3 stories · 1 wire copies" in out
    assert HOSTILE_TITLE in out  # literal text, never markup
    assert "\x1b" not in out


# --- the page in a real browser ---------------------------------------------------------------


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _png_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the raw (filtered) scanlines of a PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, width, height, chunks = 8, 0, 0, []
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    return width, height, zlib.decompress(b"".join(chunks))


@pytest.mark.skipif(
    _chromium() is None, reason="chromium is not installed (apt-get install chromium)"
)
def test_digest_renders_in_headless_chromium(digest_html: str, tmp_path: Path) -> None:
    page = tmp_path / "digest.html"
    page.write_text(digest_html, encoding="utf-8")
    shot = tmp_path / "digest.png"
    browser = _chromium()
    assert browser is not None
    common = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    env = {**os.environ, "HOME": str(tmp_path)}
    subprocess.run(
        [*common, f"--screenshot={shot}", "--window-size=412,900", page.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
        env=env,
    )
    width, height, pixels = _png_pixels(shot.read_bytes())
    assert (width, height) == (412, 900)
    # A rendered page is not one flat colour: text and rules make many distinct byte values.
    assert len(set(pixels)) > 16
    dom = subprocess.run(
        [*common, "--dump-dom", page.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
        env=env,
        text=True,
    ).stdout
    rendered = _page(dom)
    assert {"stories", "people", "said", "timeline", "briefs"} <= rendered.ids
    assert "script" not in rendered.tags


def test_text_written_into_the_store_by_other_tools_cannot_drive_the_terminal(
    store: Path, tmp_path: Path, runner: CliRunner
) -> None:
    copy = tmp_path / "copy.db"
    source = sqlite3.connect(store)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.execute("UPDATE articles SET title = 'Grain \x1b[2J\x1b]0;pwned\x07 talks'")
    target.execute("UPDATE attributions SET text = text || ' \x1b[31mred'")
    target.commit()
    target.close()
    for args in (
        ["search", str(copy), "grain"],
        ["quotes", str(copy), "--speaker", "Peskov"],
        ["digest", str(copy)],
        ["search", str(copy), "grain", "-f", "json"],
    ):
        result = runner.invoke(cli, args, env={"COLUMNS": "100"})
        assert result.exit_code == 0, (args, result.stderr)
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout, args


@pytest.mark.parametrize(
    ("date", "day"),
    [
        ("2026-03-14T09:00:00Z", "2026-03-14"),
        ("2026-03-14", "2026-03-14"),
        ("March 14, 2026", "2026-03-14"),
        ("14 March 2026", "2026-03-14"),
        ("Mar 4, 2026", "2026-03-04"),
        ("sometime last week", "sometime last week"),
        (None, "undated"),
        ("  ", "undated"),
    ],
)
def test_timeline_days_from_written_dates(date: str | None, day: str) -> None:
    assert day_of(date) == day


def test_who_said_what_lists_a_quote_carried_by_copies_once(digest_html: str) -> None:
    said = digest_html.split('<section id="said">')[1].split("</section>")[0]
    assert said.count("We are prepared to receive both delegations") == 1
    assert "also in" in said
