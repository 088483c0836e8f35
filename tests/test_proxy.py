"""Proxies from the environment (curl's rules), through a local forward proxy that records what it
saw: plain requests, CONNECT tunnels to a local TLS site, credentials, and the limits that must
hold through a proxy."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fetch_servers import (
    Page,
    ProxyLog,
    SiteState,
    article_html,
    forward_proxy,
    redirect,
    site,
    tls_files,
    unreachable_port,
)

from newscli.cli.app import cli
from newscli.errors import FetchError, SourceTimeoutError, TooLargeError
from newscli.ingest.fetch import fetch
from newscli.ingest.proxy import bypasses, configured, proxy_for
from newscli.model import Source
from newscli.options import FetchOptions


def get(url: str, *, max_bytes: int = 1_000_000, timeout: float = 5.0) -> Any:
    return fetch(Source.from_url(url), max_bytes=max_bytes, timeout=timeout, options=FetchOptions())


@pytest.fixture
def pages() -> Iterator[tuple[SiteState, str]]:
    with site() as (state, base):
        for n in range(3):
            state.pages[f"/story-{n}"] = Page(article_html(n))
        state.pages["/big"] = Page(b"<html><body>" + b"<p>words words</p>" * 20_000)
        state.routes["/moved"] = redirect("/story-1")
        yield state, base


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[ProxyLog, str]]:
    with forward_proxy() as (log, url):
        monkeypatch.setenv("http_proxy", url)
        monkeypatch.setenv("https_proxy", url)
        yield log, url


# Choosing the proxy


@pytest.mark.parametrize(
    ("environ", "url", "expected"),
    [
        ({"http_proxy": "p:3128"}, "http://news.example/", "http://p:3128"),
        ({"HTTP_PROXY": "p:3128"}, "http://news.example/", "http://p:3128"),
        ({"http_proxy": "lower:1", "HTTP_PROXY": "upper:2"}, "http://a.example/", "http://lower:1"),
        ({"http_proxy": "p:3128"}, "https://news.example/", None),
        ({"HTTPS_PROXY": "https://s:443"}, "https://news.example/", "https://s:443"),
        ({"all_proxy": "any"}, "https://news.example/", "http://any:1080"),
        ({"ALL_PROXY": "any", "https_proxy": "s:8"}, "https://news.example/", "http://s:8"),
        ({"http_proxy": "p:1", "no_proxy": "example.com"}, "http://news.example.com/", None),
        ({"http_proxy": "p:1", "no_proxy": ".example.com"}, "http://example.com/", None),
        ({"http_proxy": "p:1", "no_proxy": "example.com"}, "http://badexample.com/", "http://p:1"),
        ({"http_proxy": "p:1", "NO_PROXY": "*"}, "http://anything.example/", None),
        ({"http_proxy": "p:1", "no_proxy": "10.0.0.0/8"}, "http://10.1.2.3/", None),
        ({"http_proxy": "p:1", "no_proxy": "10.0.0.0/8"}, "http://11.1.2.3/", "http://p:1"),
        ({"http_proxy": "p:1", "no_proxy": "a.example, 127.0.0.1"}, "http://127.0.0.1/", None),
        ({"http_proxy": "p:1", "no_proxy": "[::1]"}, "http://[::1]:8080/", None),
        ({"http_proxy": "p:1", "REQUEST_METHOD": "GET"}, "http://news.example/", "http://p:1"),
        ({"HTTP_PROXY": "p:1", "REQUEST_METHOD": "GET"}, "http://news.example/", None),
    ],
)
def test_proxy_is_chosen_like_curl(environ: dict[str, str], url: str, expected: str | None) -> None:
    chosen = proxy_for(url, environ)
    assert (chosen.url if chosen else None) == expected


def test_no_proxy_entries_ignore_ports_and_case() -> None:
    assert bypasses("News.Example.com", "EXAMPLE.COM:8080")
    assert not bypasses("example.org", "example.com")


def test_socks_proxy_is_refused_by_name() -> None:
    with pytest.raises(FetchError, match="SOCKS proxies are not supported"):
        proxy_for("http://news.example/", {"all_proxy": "socks5://p:1080"})


def test_proxy_credentials_are_hidden_when_shown() -> None:
    chosen = proxy_for("http://news.example/", {"http_proxy": "http://bob:pa55@p:3128"})
    assert chosen is not None
    assert chosen.shown == "http://bob:***@p:3128"
    assert chosen.headers() == {"Proxy-Authorization": "Basic Ym9iOnBhNTU="}
    assert configured({"http_proxy": "http://bob:pa55@p:3128"}) == [
        ("http_proxy", "http://bob:***@p:3128")
    ]


# Through a real (local) proxy


def test_every_request_goes_through_the_proxy(
    pages: tuple[SiteState, str], proxy: tuple[ProxyLog, str], runner: CliRunner
) -> None:
    state, base = pages
    log, _ = proxy
    urls = [f"{base}/story-{n}" for n in range(3)] + [f"{base}/moved"]
    result = runner.invoke(cli, ["extract", *urls, "-f", "json", "--workers", "2"])
    assert result.exit_code == 0, result.stderr
    assert sorted(log.requests) == sorted([f"GET {url}" for url in urls] + [f"GET {base}/story-1"])
    assert len(state.seen) == len(log.requests)


def test_no_proxy_sends_the_host_direct(
    pages: tuple[SiteState, str], proxy: tuple[ProxyLog, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    state, base = pages
    log, _ = proxy
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    get(f"{base}/story-0")
    assert log.requests == []
    assert state.paths() == ["/story-0"]


def test_https_goes_through_a_connect_tunnel(
    proxy: tuple[ProxyLog, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log, _ = proxy
    context, ca_file = tls_files(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    with site(context) as (state, base):
        state.pages["/secure"] = Page(article_html(9))
        document = get(f"{base}/secure")
    port = base.rsplit(":", 1)[1]
    assert log.requests == [f"CONNECT 127.0.0.1:{port}"]
    assert state.paths() == ["/secure"]
    assert "Report 9." in document.text


def test_proxy_credentials_are_sent_and_redacted(
    pages: tuple[SiteState, str], monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    _, base = pages
    with forward_proxy(credentials="bob:pa55") as (log, url):
        monkeypatch.setenv("http_proxy", url.replace("http://", "http://bob:pa55@"))
        assert "Report 0." in get(f"{base}/story-0").text
        assert log.authorizations == ["Basic Ym9iOnBhNTU="]
        monkeypatch.setenv("http_proxy", url.replace("http://", "http://bob:wrong@"))
        result = runner.invoke(cli, ["extract", f"{base}/story-0"])
    assert result.exit_code == 1
    assert "wrong" not in result.stderr
    assert "HTTP 407" in result.stderr


def test_unreachable_proxy_is_named_with_password_hidden(
    pages: tuple[SiteState, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, base = pages
    with unreachable_port() as port, pytest.raises(FetchError) as caught:
        monkeypatch.setenv("http_proxy", f"http://bob:pa55@127.0.0.1:{port}")
        get(f"{base}/story-0")
    assert caught.value.message.startswith("cannot use the proxy http://bob:***@127.0.0.1:")
    assert "pa55" not in caught.value.message


def test_size_cap_holds_through_the_proxy(
    pages: tuple[SiteState, str], proxy: tuple[ProxyLog, str]
) -> None:
    _, base = pages
    with pytest.raises(TooLargeError):
        get(f"{base}/big", max_bytes=50_000)


def test_deadline_holds_through_the_proxy(
    pages: tuple[SiteState, str], proxy: tuple[ProxyLog, str]
) -> None:
    state, base = pages
    state.pages["/slow"] = Page(article_html(1), delay=2.0)
    with pytest.raises(SourceTimeoutError):
        get(f"{base}/slow", timeout=0.5)


def test_redirect_rules_hold_through_the_proxy(
    pages: tuple[SiteState, str], proxy: tuple[ProxyLog, str]
) -> None:
    state, base = pages
    log, _ = proxy
    state.routes["/meta"] = redirect("http://169.254.169.254/latest/meta-data/")
    with pytest.raises(FetchError, match="cloud metadata address"):
        get(f"{base}/meta")
    assert log.requests == [f"GET {base}/meta"]


def test_config_shows_proxies_with_passwords_hidden(
    monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    monkeypatch.setenv("https_proxy", "http://bob:pa55@proxy.example:3128")
    result = runner.invoke(cli, ["config", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["proxies"] == {
        "https_proxy": "http://bob:***@proxy.example:3128"
    }
