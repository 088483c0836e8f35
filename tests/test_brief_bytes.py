"""The bytes-level library entry and its time limit: what engines (Spark, servers) call."""

from __future__ import annotations

import gzip
import signal
import threading
import time
import warnings

import pytest
from warcs import PNG_BYTES, article_page

import newscli
import newscli.pipeline
from newscli.errors import DecodeError, EmptyInputError, TimeLimitExceeded, UnsupportedTypeError
from newscli.limits import TimeLimitUnavailable, call_with_time_limit, time_limit
from newscli.options import Options

PAGE = article_page("Council Backs Ferry Pier Rebuild")


def test_brief_bytes_briefs_a_page_and_keeps_its_url() -> None:
    brief = newscli.brief_bytes(PAGE.encode(), url="https://news.test/pier")
    assert brief.article.title == "Council Backs Ferry Pier Rebuild"
    assert brief.article.kind == "html"
    assert brief.article.source == "https://news.test/pier"
    assert brief.article.url == "https://news.test/pier"
    assert brief.quotes[0].speaker == "Maren Solé"


def test_charset_of_the_header_or_the_argument_decodes_legacy_bytes() -> None:
    page = article_page("Pier Vote", charset=None).encode("cp1252")
    by_header = newscli.extract_bytes(page, content_type="text/html; charset=windows-1252")
    by_argument = newscli.extract_bytes(page, content_type="text/html", charset="cp1252")
    assert "\u201cThis pier is how" in by_header.text
    assert by_header.text == by_argument.text


def test_declared_image_is_refused_without_decoding() -> None:
    with pytest.raises(UnsupportedTypeError) as caught:
        newscli.brief_bytes(PAGE.encode(), content_type="image/png")
    assert caught.value.type == "unsupported_type"
    assert caught.value.skip is True


def test_png_served_as_html_is_binary() -> None:
    with pytest.raises(DecodeError, match="PNG image"):
        newscli.brief_bytes(PNG_BYTES, content_type="text/html")


def test_empty_bytes_are_empty_input() -> None:
    with pytest.raises(EmptyInputError):
        newscli.brief_bytes(b"", content_type="text/html")


def test_gzipped_bytes_and_a_plain_text_type_are_sniffed() -> None:
    article = newscli.extract_bytes(gzip.compress(PAGE.encode()), content_type="text/plain")
    assert article.kind == "html"
    assert article.title == "Council Backs Ferry Pier Rebuild"


def test_generic_binary_type_lets_the_bytes_decide() -> None:
    article = newscli.extract_bytes(PAGE.encode(), content_type="application/octet-stream")
    assert article.kind == "html"


def test_slow_call_times_out_in_the_main_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(*args: object, **kwargs: object) -> object:
        time.sleep(5)
        raise AssertionError("not interrupted")

    monkeypatch.setattr(newscli.pipeline, "_article", slow)
    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded, match=r"timed out after 0\.3 s"):
        newscli.brief_bytes(PAGE.encode(), options=Options(timeout=0.3))
    assert time.monotonic() - started < 4  # not the 5 s of the call


def test_call_in_another_thread_runs_unlimited_and_says_so() -> None:
    caught: list[warnings.WarningMessage] = []
    titles: list[str | None] = []

    def work() -> None:
        with warnings.catch_warnings(record=True) as found:
            warnings.simplefilter("always")
            titles.append(newscli.brief_bytes(PAGE.encode()).article.title)
        caught.extend(found)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert titles == ["Council Backs Ferry Pier Rebuild"]
    assert [w.category for w in caught] == [TimeLimitUnavailable]
    assert "SIGALRM only reaches the main thread" in str(caught[0].message)


def test_time_limit_inside_a_callers_timer_leaves_that_timer_working() -> None:
    fired: list[float] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(time.monotonic()))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.6)
        started = time.monotonic()
        with pytest.raises(TimeLimitExceeded), time_limit(0.1):
            time.sleep(2)
        remaining = signal.getitimer(signal.ITIMER_REAL)[0]
        assert 0.2 < remaining <= 0.5
        time.sleep(remaining + 0.2)
        assert len(fired) == 1 and fired[0] - started >= 0.55
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_callers_timer_due_first_still_fires_inside_the_limit() -> None:
    fired: list[float] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(time.monotonic()))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.1)
        with time_limit(2):
            time.sleep(0.3)
            time.sleep(0.1)
        assert len(fired) == 1
        assert signal.getitimer(signal.ITIMER_REAL)[0] == 0  # spent, not re-armed
        assert signal.getsignal(signal.SIGALRM) is not None
    finally:
        signal.signal(signal.SIGALRM, previous)


def test_limit_outlasts_code_that_swallows_exceptions() -> None:
    def stubborn() -> None:
        while True:
            try:
                time.sleep(5)
            except Exception:  # what careless library code does
                continue

    outer = signal.getitimer(signal.ITIMER_REAL)[0]  # pytest-timeout's, if it runs one
    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded):
        call_with_time_limit(0.2, stubborn)
    elapsed = time.monotonic() - started
    assert elapsed < 4
    after = signal.getitimer(signal.ITIMER_REAL)[0]
    assert after == 0 if outer == 0 else abs(after - (outer - elapsed)) < 0.1
