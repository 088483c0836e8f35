"""The HTTP cache: validators and 304s, freshness, no-store, Vary, the size bound, worker processes,
and a cache that cannot be used never failing a source."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fetch_servers import Page, SiteState, article_html, site

from newscli.cli.app import cli
from newscli.ingest.cache import FILE_NAME, HttpCache, Stored, lifetime, storable
from newscli.ingest.fetch import Deadline, download
from newscli.options import FetchOptions

LIST_SIZE = 50


@pytest.fixture
def news() -> Iterator[tuple[SiteState, str]]:
    with site() as (state, base):
        for n in range(LIST_SIZE):
            state.pages[f"/story-{n}"] = Page(article_html(n), etag=f'"v1-{n}"')
        yield state, base


def fetched(url: str, cache_dir: Path, **options: Any) -> Any:
    return download(
        url,
        max_bytes=1_000_000,
        deadline=Deadline(5.0),
        options=FetchOptions(cache_dir=str(cache_dir), **options),
    )


def test_rerun_of_a_list_transfers_no_unchanged_body(
    news: tuple[SiteState, str], runner: CliRunner, tmp_path: Path
) -> None:
    state, base = news
    listing = tmp_path / "urls.txt"
    listing.write_text("".join(f"{base}/story-{n}\n" for n in range(LIST_SIZE)))
    command = ["extract", "--from-list", str(listing), "-f", "json", "--workers", "3"]
    command += ["--cache-dir", str(tmp_path / "cache")]
    first = runner.invoke(cli, command)
    assert first.exit_code == 0, first.stderr
    assert (state.bodies_sent, state.not_modified) == (LIST_SIZE, 0)
    second = runner.invoke(cli, command)
    assert second.exit_code == 0, second.stderr
    assert (state.bodies_sent, state.not_modified) == (LIST_SIZE, LIST_SIZE)
    assert {s.headers.get("If-None-Match") for s in state.seen[LIST_SIZE:]} == {
        f'"v1-{n}"' for n in range(LIST_SIZE)
    }
    assert first.stdout == second.stdout


def test_changed_page_is_transferred_again(news: tuple[SiteState, str], tmp_path: Path) -> None:
    state, base = news
    fetched(f"{base}/story-1", tmp_path)
    state.pages["/story-1"] = Page(article_html(101), etag='"v2-1"')
    response = fetched(f"{base}/story-1", tmp_path)
    assert b"Report 101." in response.body
    assert response.transferred
    assert state.bodies_sent == 2


def test_last_modified_is_revalidated_with_if_modified_since(
    news: tuple[SiteState, str], tmp_path: Path
) -> None:
    state, base = news
    stamp = "Tue, 12 Mar 2024 09:30:00 GMT"
    state.pages["/dated"] = Page(article_html(5), last_modified=stamp)
    fetched(f"{base}/dated", tmp_path)
    response = fetched(f"{base}/dated", tmp_path)
    assert state.seen[-1].headers["If-Modified-Since"] == stamp
    assert not response.transferred
    assert b"Report 5." in response.body


def test_fresh_response_is_used_without_asking(news: tuple[SiteState, str], tmp_path: Path) -> None:
    state, base = news
    state.pages["/fresh"] = Page(article_html(3), headers=(("Cache-Control", "max-age=600"),))
    fetched(f"{base}/fresh", tmp_path)
    response = fetched(f"{base}/fresh", tmp_path)
    assert state.paths() == ["/fresh"]
    assert not response.transferred


@pytest.mark.parametrize("directive", ["no-store", "no-store, max-age=600"])
def test_no_store_responses_are_not_kept(
    news: tuple[SiteState, str], tmp_path: Path, directive: str
) -> None:
    state, base = news
    state.pages["/private"] = Page(
        article_html(4), etag='"x"', headers=(("Cache-Control", directive),)
    )
    fetched(f"{base}/private", tmp_path)
    fetched(f"{base}/private", tmp_path)
    assert state.bodies_sent == 2
    assert "If-None-Match" not in state.seen[-1].headers


def test_no_cache_option_neither_reads_nor_writes(
    news: tuple[SiteState, str], tmp_path: Path
) -> None:
    state, base = news
    fetched(f"{base}/story-0", tmp_path, cache=False)
    fetched(f"{base}/story-0", tmp_path)
    fetched(f"{base}/story-0", tmp_path, cache=False)
    assert state.bodies_sent == 3
    assert "If-None-Match" not in state.seen[-1].headers


def test_redirects_are_cached_and_the_target_revalidated(
    news: tuple[SiteState, str], tmp_path: Path
) -> None:
    from fetch_servers import redirect

    state, base = news
    state.routes["/old-address"] = redirect("/story-2", status=301)
    fetched(f"{base}/old-address", tmp_path)
    response = fetched(f"{base}/old-address", tmp_path)
    assert response.url == f"{base}/story-2"
    assert state.paths() == ["/old-address", "/story-2", "/story-2"]


def test_different_credentials_never_share_an_entry(
    news: tuple[SiteState, str], tmp_path: Path
) -> None:
    state, base = news
    state.pages["/account"] = Page(article_html(8), headers=(("Cache-Control", "max-age=600"),))
    fetched(f"{base}/account", tmp_path, headers=(("Cookie", "user=a"),))
    fetched(f"{base}/account", tmp_path, headers=(("Cookie", "user=b"),))
    fetched(f"{base}/account", tmp_path, headers=(("Cookie", "user=a"),))
    assert [s.headers.get("Cookie") for s in state.seen] == ["user=a", "user=b"]


def test_the_cache_stays_within_its_bound(tmp_path: Path) -> None:
    cache = HttpCache(tmp_path, max_bytes=200_000)
    body = os.urandom(20_000)  # bytes that do not compress
    for n in range(40):
        cache.store(
            f"key-{n}",
            f"http://example.test/{n}",
            200,
            [("ETag", f'"{n}"')],
            body,
            request_headers={},
            request_time=0.0,
            response_time=0.0,
        )
    count, size = cache.size()
    assert size <= 200_000
    assert 0 < count < 40
    assert cache.lookup("key-39", {}) is not None  # the newest stay
    assert cache.lookup("key-0", {}) is None  # the least recently used went first


def test_vary_keeps_answers_for_other_request_headers_apart(tmp_path: Path) -> None:
    cache = HttpCache(tmp_path, max_bytes=1_000_000)
    headers = [("Vary", "Accept-Language"), ("ETag", '"a"')]
    cache.store(
        "k", "http://e.test/", 200, headers, b"hallo", request_headers={"Accept-Language": "de"},
        request_time=0.0, response_time=0.0,
    )  # fmt: skip
    assert cache.lookup("k", {"Accept-Language": "de"}) is not None
    assert cache.lookup("k", {"Accept-Language": "fr"}) is None


@pytest.mark.parametrize(
    ("headers", "status", "expected"),
    [
        ([("Cache-Control", "max-age=60")], 200, True),
        ([("ETag", '"x"')], 200, True),
        ([], 200, False),
        ([("ETag", '"x"'), ("Vary", "*")], 200, False),
        ([("ETag", '"x"')], 404, False),
        ([("Cache-Control", "max-age=60")], 302, True),
        ([("ETag", '"x"')], 302, False),
    ],
)
def test_what_is_stored(headers: list[tuple[str, str]], status: int, expected: bool) -> None:
    assert storable(status, headers, 0.0) is expected


def test_freshness_comes_from_max_age_then_expires() -> None:
    date = "Tue, 12 Mar 2024 09:30:00 GMT"
    assert lifetime([("Cache-Control", "max-age=90"), ("Expires", date)], 200) == 90
    later = "Tue, 12 Mar 2024 09:40:00 GMT"
    assert lifetime([("Date", date), ("Expires", later)], 200) == 600
    assert lifetime([("Cache-Control", "no-cache, max-age=90")], 200) == 0
    assert lifetime([("Expires", "0")], 200) == 0


def test_age_counts_from_the_response(tmp_path: Path) -> None:
    stored = Stored("k", 200, (("Cache-Control", "max-age=100"), ("Age", "90")), b"", 0.0, 0.0)
    assert stored.is_fresh(now=5.0)
    assert not stored.is_fresh(now=11.0)


def test_an_unusable_cache_folder_never_fails_a_source(
    news: tuple[SiteState, str], tmp_path: Path, runner: CliRunner
) -> None:
    _, base = news
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    result = runner.invoke(
        cli, ["extract", f"{base}/story-0", "-f", "json", "--cache-dir", str(blocker / "cache")]
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["title"].endswith(" 0")


def test_a_damaged_cache_file_never_fails_a_source(
    news: tuple[SiteState, str], tmp_path: Path
) -> None:
    _, base = news
    (tmp_path / FILE_NAME).write_bytes(b"this is not an SQLite database" * 100)
    assert b"Report 0." in fetched(f"{base}/story-0", tmp_path).body


def test_the_cache_lives_in_the_users_cache_folder(news: tuple[SiteState, str]) -> None:
    _, base = news
    download(f"{base}/story-0", max_bytes=1_000_000, deadline=Deadline(5.0), options=FetchOptions())
    assert (Path(os.environ["XDG_CACHE_HOME"]) / "newscli" / FILE_NAME).is_file()
