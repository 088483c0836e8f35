"""Politeness across worker processes: the per-host limit (the site records how many requests it
serves at once), Retry-After within the deadline, slots of dead workers taken back."""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from fetch_servers import Page, SiteHandler, SiteState, article_html, site

from newscli.cli.app import cli
from newscli.errors import FetchError, SourceTimeoutError
from newscli.ingest.fetch import fetch, retry_after
from newscli.ingest.politeness import HostGate
from newscli.model import Source
from newscli.options import FetchOptions

PAGES = 12


@pytest.fixture
def slow_site() -> Iterator[tuple[SiteState, str]]:
    with site() as (state, base):
        for n in range(PAGES):
            state.pages[f"/story-{n}"] = Page(article_html(n), delay=0.25)
        yield state, base


@pytest.mark.parametrize("per_host", [1, 2])
def test_per_host_limit_holds_across_workers(
    slow_site: tuple[SiteState, str], runner: CliRunner, per_host: int
) -> None:
    state, base = slow_site
    urls = [f"{base}/story-{n}" for n in range(PAGES)]
    result = runner.invoke(
        cli, ["extract", *urls, "-f", "json", "--workers", "4", "--per-host", str(per_host)]
    )
    assert result.exit_code == 0, result.stderr
    assert len(state.seen) == PAGES
    # Never more than the limit; on a loaded machine the workers may not reach it together.
    assert 1 <= state.max_active <= per_host


def test_without_the_limit_the_site_sees_more_at_once(
    slow_site: tuple[SiteState, str], runner: CliRunner
) -> None:
    """The measurement itself works: four workers do reach the site together."""
    state, base = slow_site
    urls = [f"{base}/story-{n}" for n in range(PAGES)]
    command = ["extract", *urls, "-f", "json", "--workers", "4", "--per-host", "4"]
    result = runner.invoke(cli, command)
    assert result.exit_code == 0, result.stderr
    assert state.max_active > 2


def _busy_then(status: int, wait: str) -> object:
    calls = {"n": 0}

    def route(handler: SiteHandler) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            handler.reply(status, b"busy", headers=(("Retry-After", wait),))
        else:
            handler.reply(200, article_html(1))

    return route


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_is_honoured_within_the_deadline(
    slow_site: tuple[SiteState, str], status: int
) -> None:
    state, base = slow_site
    state.routes["/busy"] = _busy_then(status, "1")  # type: ignore[assignment]
    started = time.monotonic()
    document = fetch(Source.from_url(f"{base}/busy"), max_bytes=100_000, timeout=5.0)
    assert time.monotonic() - started >= 0.95
    assert "Report 1." in document.text
    assert state.paths() == ["/busy", "/busy"]


def test_retry_after_beyond_the_deadline_fails_at_once(slow_site: tuple[SiteState, str]) -> None:
    state, base = slow_site
    state.routes["/busy"] = _busy_then(429, "120")  # type: ignore[assignment]
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetch(Source.from_url(f"{base}/busy"), max_bytes=100_000, timeout=2.0)
    assert time.monotonic() - started < 1.9  # not the 2 s deadline, let alone 120 s
    assert caught.value.message == (
        "HTTP 429 Too Many Requests: the server asks to wait 120 s, longer than what is left of"
        " the 2 s timeout"
    )


def test_retry_after_dates_and_nonsense() -> None:
    assert retry_after("30") == 30.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after("soon") is None
    assert retry_after(None) is None


def _hold_slot(gate: HostGate, ready: object) -> None:
    with gate.turn("news.test", time.monotonic() + 60):
        ready.set()  # type: ignore[attr-defined]
        time.sleep(60)


def test_slot_of_a_killed_worker_is_taken_back() -> None:
    context = multiprocessing.get_context("fork")
    gate = HostGate(per_host=1, context=context)
    ready = context.Event()
    holder = context.Process(target=_hold_slot, args=(gate, ready), daemon=True)
    holder.start()
    assert ready.wait(10)
    with (
        pytest.raises(SourceTimeoutError, match=r"waiting for a turn at news\.test"),
        gate.turn("news.test", time.monotonic() + 0.2),
    ):
        pass
    holder.kill()
    holder.join()
    with gate.turn("news.test", time.monotonic() + 1.0):
        pass


def test_gate_keeps_hosts_apart() -> None:
    gate = HostGate(per_host=1)
    other = next(
        h for h in ("b.test", "c.test", "d.test") if gate.bucket(h) != gate.bucket("a.test")
    )
    with gate.turn("a.test", time.monotonic() + 1.0):
        started = time.monotonic()
        with gate.turn(other, time.monotonic() + 1.0):
            assert time.monotonic() - started < 0.5  # a shared host would wait 1 s


def test_per_host_option_reaches_the_fetch_options(runner: CliRunner) -> None:
    from newscli.cli.app import summarize
    from newscli.options import Options

    with summarize.make_context("summarize", ["a.txt", "--per-host", "3"]) as ctx:
        assert Options.from_params(ctx.params).fetch == FetchOptions(per_host=3)
