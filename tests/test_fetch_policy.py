"""Hostile network input (issue 12, items 13-17): the private-address policy, credentials in URLs,
name resolution within the timeout, truncated and concatenated gzip, redirects without a target,
plain-worded transport errors. Names resolve through a patched resolver; the only real address
connected to is 127.0.0.1."""

from __future__ import annotations

import gzip
import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fetch_servers import (
    PUBLIC,
    Page,
    SiteState,
    article_html,
    fake_internet,
    raw,
    redirect,
    site,
    unreachable_port,
)

from newscli.cli.app import cli
from newscli.errors import FetchError, ReadError, SourceTimeoutError
from newscli.ingest import policy
from newscli.ingest.fetch import fetch
from newscli.ingest.limits import gunzip
from newscli.ingest.policy import PolicyError, classify, parse_ip
from newscli.ingest.read import read_document
from newscli.ingest.urls import redact, split_credentials
from newscli.model import Source
from newscli.options import FetchOptions


def get(url: str, **options: Any) -> Any:
    timeout = options.pop("timeout", 5.0)
    return fetch(
        Source.from_url(url), max_bytes=1_000_000, timeout=timeout, options=FetchOptions(**options)
    )


@pytest.fixture
def local() -> Iterator[tuple[SiteState, str]]:
    with site() as (state, base):
        state.pages["/article"] = Page(article_html(1))
        yield state, base


@pytest.fixture
def internet(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    return fake_internet(monkeypatch)


# Addresses


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("2130706433", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("[::ffff:169.254.169.254]", "::ffff:a9fe:a9fe"),
        ("10.0.0.1", "10.0.0.1"),
    ],
)
def test_numeric_host_forms_are_read_as_addresses(host: str, address: str) -> None:
    assert str(parse_ip(host)) == address


@pytest.mark.parametrize(
    "host", ["example.com", "1.2.3.4.5", "08.1.1.1", "256.1.1.1.1", "1.2.3.-4"]
)
def test_host_names_are_not_addresses(host: str) -> None:
    assert parse_ip(host) is None


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("169.254.169.254", "metadata"),
        ("fd00:ec2::254", "metadata"),
        ("100.100.100.200", "metadata"),
        ("169.254.10.1", "link-local"),
        ("fe80::1", "link-local"),
        ("127.0.0.1", "loopback"),
        ("0.0.0.0", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.0.0.1", "private"),
        ("192.168.1.1", "private"),
        ("172.16.5.4", "private"),
        ("fc00::1", "private"),
        ("100.64.0.1", "private"),
        (PUBLIC, "public"),
        ("2606:4700::1111", "public"),
    ],
)
def test_addresses_are_classified(address: str, kind: str) -> None:
    parsed = parse_ip(address)
    assert parsed is not None
    assert classify(parsed) == kind


# The policy on real requests


def test_private_address_the_user_typed_is_allowed(local: tuple[SiteState, str]) -> None:
    _, base = local
    assert get(f"{base}/article").url == f"{base}/article"


def test_redirect_to_cloud_metadata_is_refused_without_connecting(
    local: tuple[SiteState, str], internet: list[tuple[str, int]]
) -> None:
    state, base = local
    state.routes["/meta"] = redirect("http://169.254.169.254/latest/meta-data/")
    with pytest.raises(PolicyError) as caught:
        get(f"{base}/meta")
    assert caught.value.message == (
        "blocked by the private-address policy: 169.254.169.254 is a cloud metadata address"
    )
    assert caught.value.hint == "--allow-private lifts the policy"
    assert all(host == "127.0.0.1" for host, _ in internet)


@pytest.mark.parametrize("url", ["http://169.254.169.254/latest/", "http://[fe80::1]/"])
def test_link_local_is_refused_even_when_typed(url: str) -> None:
    with pytest.raises(PolicyError, match="private-address policy"):
        get(url)


def test_redirect_from_public_address_into_private_space_is_refused(
    local: tuple[SiteState, str], internet: list[tuple[str, int]]
) -> None:
    state, base = local
    port = base.rsplit(":", 1)[1]
    state.routes["/to-intranet"] = redirect("http://10.0.0.1/admin")
    state.routes["/to-loopback"] = redirect(f"http://2130706433:{port}/article")
    state.routes["/to-private-name"] = redirect(f"http://private.test:{port}/article")
    for path, shown in [
        ("/to-intranet", "10.0.0.1 is a private address"),
        ("/to-loopback", "2130706433 (127.0.0.1) is a loopback address"),
        ("/to-private-name", "private.test (10.0.0.7) is a private address"),
    ]:
        with pytest.raises(PolicyError) as caught:
            get(f"http://news.test:{port}{path}")
        assert caught.value.message == (
            f"blocked by the private-address policy: {shown}, reached from a public address"
        )
    assert {host for host, _ in internet} == {PUBLIC}


def test_public_pages_and_public_redirects_are_fetched(
    local: tuple[SiteState, str], internet: list[tuple[str, int]]
) -> None:
    state, base = local
    port = base.rsplit(":", 1)[1]
    state.routes["/moved"] = redirect(f"http://other.test:{port}/article")
    assert get(f"http://news.test:{port}/moved").url == f"http://other.test:{port}/article"


def test_allow_private_lifts_the_policy(
    local: tuple[SiteState, str], internet: list[tuple[str, int]]
) -> None:
    state, base = local
    port = base.rsplit(":", 1)[1]
    state.routes["/to-loopback"] = redirect(f"http://127.0.0.1:{port}/article")
    with pytest.raises(PolicyError):
        get(f"http://news.test:{port}/to-loopback")
    assert get(f"http://news.test:{port}/to-loopback", allow_private=True).url.endswith("/article")


def test_cli_names_the_policy_and_the_way_out(
    local: tuple[SiteState, str], internet: list[tuple[str, int]], runner: CliRunner
) -> None:
    state, base = local
    state.routes["/meta"] = redirect("http://169.254.169.254/latest/meta-data/")
    result = runner.invoke(cli, ["extract", f"{base}/meta", "-f", "json"])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"newscli: error: {base}/meta: blocked by the private-address policy: 169.254.169.254 is"
        " a cloud metadata address (--allow-private lifts the policy)"
    )
    assert json.loads(result.stdout)["error"]["type"] == "blocked"


# Name resolution within the timeout


def test_slow_name_resolution_keeps_to_the_timeout(internet: list[tuple[str, int]]) -> None:
    started = time.monotonic()
    with pytest.raises(SourceTimeoutError, match=r"timed out resolving host name 'slow\.test'"):
        get("http://slow.test/story", timeout=0.5)
    assert time.monotonic() - started < 5.0  # the lookup takes 8 s; a loaded machine is slow


def test_single_url_source_keeps_to_timeout_during_resolution(
    internet: list[tuple[str, int]], runner: CliRunner
) -> None:
    started = time.monotonic()
    result = runner.invoke(cli, ["summarize", "http://slow.test/story", "--timeout", "0.5"])
    assert time.monotonic() - started < 5.0
    assert result.exit_code == 1
    assert "timed out resolving host name 'slow.test'" in result.stderr


# Credentials in URLs


def test_credentials_are_sent_as_basic_auth_and_never_in_the_final_url(
    local: tuple[SiteState, str],
) -> None:
    state, base = local
    url = base.replace("http://", "http://alice:s%40cret@") + "/article"
    document = get(url)
    assert state.seen[-1].headers["Authorization"] == "Basic YWxpY2U6c0BjcmV0"
    assert document.url == f"{base}/article"
    assert document.source.name == base.replace("http://", "http://alice:***@") + "/article"


def test_credentials_do_not_follow_a_redirect_to_another_host(
    local: tuple[SiteState, str], internet: list[tuple[str, int]]
) -> None:
    state, base = local
    port = base.rsplit(":", 1)[1]
    state.routes["/away"] = redirect(f"http://other.test:{port}/article")
    get(f"http://alice:pw@news.test:{port}/away", headers=(("Cookie", "a=b"),))
    first, second = state.seen[-2:]
    assert "Authorization" in first.headers and first.headers["Cookie"] == "a=b"
    assert "Authorization" not in second.headers and "Cookie" not in second.headers


def test_credentials_are_redacted_everywhere_shown_or_stored(
    local: tuple[SiteState, str], runner: CliRunner, tmp_path: Path
) -> None:
    state, base = local
    state.pages["/missing-page"] = Page(b"gone", status=404)
    good = base.replace("http://", "http://alice:hunter2@") + "/article"
    bad = base.replace("http://", "http://alice:hunter2@") + "/missing-page"
    out = tmp_path / "out"
    result = runner.invoke(cli, ["summarize", good, bad, "-f", "json", "-o", str(out)])
    assert result.exit_code == 1
    stored = "".join(p.read_text() for p in out.rglob("*") if p.is_file())
    names = " ".join(str(p) for p in out.rglob("*"))
    for text in (result.stdout, result.stderr, stored, names):
        assert "hunter2" not in text
    assert "alice:***@" in result.stderr
    assert "alice:***@" in (out / "index.jsonl").read_text()
    result = runner.invoke(cli, ["summarize", good, "-f", "json"])
    assert json.loads(result.stdout)["source"] == redact(good)
    assert "hunter2" not in result.stdout


def test_split_credentials_decodes_and_redact_hides_only_the_password() -> None:
    bare, credentials = split_credentials("https://al%20ice:p%3Ass@host:8080/x?q=1")
    assert bare == "https://host:8080/x?q=1"
    assert credentials is not None
    assert (credentials.user, credentials.password) == ("al ice", "p:ss")
    assert redact("https://al%20ice:p%3Ass@host:8080/x?q=a@b") == (
        "https://al%20ice:***@host:8080/x?q=a@b"
    )
    assert redact("https://host/x?mail=a@b") == "https://host/x?mail=a@b"


# gzip


def test_concatenated_gzip_members_are_all_read(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(b"First part of the story.\n") + gzip.compress(b"Second part."))
    document = read_document(Source.file(path))
    assert document.text == "First part of the story.\nSecond part."


def test_truncated_gzip_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(article_html(1))[:-30])
    with pytest.raises(ReadError, match="truncated gzip data"):
        read_document(Source.file(path))


def test_gzip_with_zero_padding_is_read() -> None:
    assert gunzip(gzip.compress(b"text") + b"\0" * 16, 100) == b"text"


def test_truncated_gzip_response_is_an_error(local: tuple[SiteState, str]) -> None:
    state, base = local
    state.pages["/cut"] = Page(
        gzip.compress(article_html(1))[:-30], headers=(("Content-Encoding", "gzip"),)
    )
    with pytest.raises(FetchError, match="truncated gzip data"):
        get(f"{base}/cut")


def test_concatenated_gzip_response_is_read_whole(local: tuple[SiteState, str]) -> None:
    state, base = local
    page = article_html(7)
    half = len(page) // 2
    state.pages["/members"] = Page(
        gzip.compress(page[:half]) + gzip.compress(page[half:]),
        headers=(("Content-Encoding", "gzip"),),
    )
    assert "(Report 7.)</p></article>" in get(f"{base}/members").text.replace("\n", "")


# Redirects without a target, plain messages


def test_redirect_without_location_is_an_error_not_an_article(
    local: tuple[SiteState, str],
) -> None:
    state, base = local
    state.routes["/nowhere"] = lambda h: h.reply(302, article_html(2))
    with pytest.raises(FetchError) as caught:
        get(f"{base}/nowhere")
    assert caught.value.message == (
        "HTTP 302 Found without a Location header (a redirect to nowhere: nothing to read)"
    )


def test_body_cut_short_is_a_plain_sentence(local: tuple[SiteState, str]) -> None:
    state, base = local
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n"
    state.routes["/short"] = raw(head + b"<html><body><p>only the start")
    with pytest.raises(FetchError) as caught:
        get(f"{base}/short")
    message = caught.value.message
    assert message.startswith("connection broken while reading the page (the connection closed")
    assert "IncompleteRead" not in message and "(" not in message.split("(", 1)[1]


def test_tls_to_a_plain_http_server_is_a_plain_sentence(local: tuple[SiteState, str]) -> None:
    _, base = local
    with pytest.raises(FetchError) as caught:
        get(base.replace("http://", "https://") + "/article")
    message = caught.value.message
    assert message.startswith("secure connection to 127.0.0.1 failed: ")
    assert "[SSL" not in message and "_ssl.c" not in message


def test_server_closing_without_answer_is_a_plain_sentence(local: tuple[SiteState, str]) -> None:
    state, base = local
    state.routes["/hangup"] = raw(b"")
    with pytest.raises(FetchError) as caught:
        get(f"{base}/hangup")
    assert caught.value.message == (
        "request to 127.0.0.1 failed: the server closed the connection without answering"
    )


def test_refused_connection_names_the_reason() -> None:
    with unreachable_port() as port, pytest.raises(FetchError) as caught:
        get(f"http://127.0.0.1:{port}/")
    assert caught.value.message.startswith("cannot connect to 127.0.0.1 (")
    assert "refused" in caught.value.message


def test_resolver_failure_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    with pytest.raises(FetchError, match=r"^cannot resolve host name 'nowhere\.test'$"):
        policy.resolve("nowhere.test", 80, 2.0)
