"""URL sources against a local HTTP server: limits, redirects, errors, encodings, the CLI."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner
from http_server import (
    ARTICLE_PARAGRAPHS,
    ARTICLE_TITLE,
    COMMENT_TEXT,
    LEGACY_TEXTS,
    Server,
    serve,
    stop,
)

from newscli.cli.app import cli
from newscli.errors import FetchError, ReadError, SourceTimeoutError, TooLargeError
from newscli.ingest.fetch import fetch, user_agent
from newscli.ingest.read import read_document
from newscli.model import Document, Source
from newscli.options import Options
from newscli.pipeline import run_source

# Short enough that timeout tests stay quick; the server's slow routes last far longer.
SHORT_TIMEOUT = 0.4
MAX_BYTES = 100_000


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    server: Server
    server, url = serve()
    yield url
    stop(server)


def get(url: str, *, max_bytes: int = MAX_BYTES, timeout: float = 5.0) -> Document:
    return fetch(Source.from_url(url), max_bytes=max_bytes, timeout=timeout)


def error_of(url: str, expected: type[Exception], **kwargs: Any) -> str:
    with pytest.raises(expected) as caught:
        get(url, **kwargs)
    message = str(caught.value)
    assert "\n" not in message
    return message


# Successful fetches


def test_article_page_is_fetched_as_html(base_url: str) -> None:
    document = get(f"{base_url}/article")
    assert document.kind == "html"
    assert document.encoding == "utf-8"
    assert document.url == f"{base_url}/article"
    assert ARTICLE_TITLE in document.text


def test_article_page_gives_text_and_metadata(base_url: str) -> None:
    article = run_source(Source.from_url(f"{base_url}/article"), "extract", Options())
    assert article.title == ARTICLE_TITLE
    assert article.site == "The Coastal Courier"
    assert article.author == "Tomas Reyes"
    assert article.date == "2024-03-12"
    assert article.url == "https://courier.example/news/harbour-seawall"
    assert article.language == "en"
    assert ARTICLE_PARAGRAPHS[0] in article.paragraphs


def test_comments_are_excluded_from_fetched_page(base_url: str) -> None:
    article = run_source(Source.from_url(f"{base_url}/article"), "extract", Options())
    assert COMMENT_TEXT not in article.text


def test_plain_text_response_is_text(base_url: str) -> None:
    document = get(f"{base_url}/article.txt")
    assert document.kind == "text"
    assert ARTICLE_PARAGRAPHS[1] in document.text


def test_xhtml_content_type_is_accepted(base_url: str) -> None:
    assert get(f"{base_url}/xhtml").kind == "html"


def test_missing_content_type_is_sniffed(base_url: str) -> None:
    assert get(f"{base_url}/untyped").kind == "html"


def test_redirects_are_followed_and_final_url_kept(base_url: str) -> None:
    document = get(f"{base_url}/redirect")
    assert document.url == f"{base_url}/article"
    assert ARTICLE_TITLE in document.text


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_compressed_response_is_decompressed(base_url: str, encoding: str) -> None:
    document = get(f"{base_url}/{encoding}")
    assert ARTICLE_PARAGRAPHS[2] in document.text


def test_user_agent_names_newscli_and_version(base_url: str) -> None:
    document = get(f"{base_url}/user-agent")
    assert document.text.strip() == user_agent()
    assert document.text.startswith("newscli/")
    assert "(+https://github.com/newscli)" in document.text


@pytest.mark.parametrize("encoding", sorted(LEGACY_TEXTS))
@pytest.mark.parametrize("declared", ["header", "meta", "none"])
def test_legacy_encoding_is_decoded(base_url: str, encoding: str, declared: str) -> None:
    document = get(f"{base_url}/legacy/{encoding}/{declared}")
    assert LEGACY_TEXTS[encoding] in document.text


def test_read_document_dispatches_urls_to_fetch(base_url: str) -> None:
    document = read_document(Source.from_url(f"{base_url}/article"), max_bytes=MAX_BYTES)
    assert document.url == f"{base_url}/article"


# Failures: each one line, the right error type


def test_http_404_names_status_and_reason(base_url: str) -> None:
    assert error_of(f"{base_url}/missing", FetchError) == "HTTP 404 Not Found"


def test_http_500_names_status_and_reason(base_url: str) -> None:
    assert error_of(f"{base_url}/broken", FetchError) == "HTTP 500 Internal Server Error"


def test_redirect_loop_is_refused(base_url: str) -> None:
    assert "redirect loop" in error_of(f"{base_url}/loop-a", FetchError)


def test_too_many_redirects_are_refused(base_url: str) -> None:
    assert "too many redirects" in error_of(f"{base_url}/hop-0", FetchError)


def test_redirect_to_other_scheme_is_refused(base_url: str) -> None:
    assert "unsupported URL scheme 'ftp:'" in error_of(f"{base_url}/to-ftp", FetchError)


def test_slow_headers_time_out(base_url: str) -> None:
    message = error_of(f"{base_url}/slow-headers", SourceTimeoutError, timeout=SHORT_TIMEOUT)
    assert "timeout" in message


def test_trickling_body_times_out_on_the_whole_download(base_url: str) -> None:
    message = error_of(f"{base_url}/trickle", SourceTimeoutError, timeout=SHORT_TIMEOUT)
    assert "longer than the 0.4 s timeout" in message


def test_oversized_body_with_content_length_is_refused_before_reading(base_url: str) -> None:
    message = error_of(f"{base_url}/big", TooLargeError)
    assert "larger than --max-bytes" in message
    assert "announced" in message


def test_oversized_body_without_content_length_is_refused(base_url: str) -> None:
    message = error_of(f"{base_url}/big-unannounced", TooLargeError)
    assert "larger than --max-bytes" in message


def test_compression_bomb_is_capped_on_decompressed_size(base_url: str) -> None:
    assert "larger than --max-bytes" in error_of(f"{base_url}/gzip-bomb", TooLargeError)


@pytest.mark.parametrize(
    ("path", "content_type"),
    [("pdf", "application/pdf"), ("image", "image/png"), ("json", "application/json")],
)
def test_non_article_content_type_is_refused_by_name(
    base_url: str, path: str, content_type: str
) -> None:
    message = error_of(f"{base_url}/{path}", FetchError)
    assert content_type in message


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/article.txt"])
def test_non_http_scheme_is_refused(url: str) -> None:
    assert "unsupported URL scheme" in error_of(url, FetchError)


def test_refused_connection_is_one_clear_line() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port now that the probe is closed.
    message = error_of(f"http://127.0.0.1:{port}/", FetchError)
    assert message.startswith("cannot connect to 127.0.0.1")
    assert "refused" in message


def test_dns_failure_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> list[Any]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    message = error_of("http://no-such-host.invalid/story", FetchError)
    assert message == "cannot resolve host name 'no-such-host.invalid'"


# The command line


def run_cli(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


def test_cli_summarize_url_prints_json_brief(base_url: str) -> None:
    result = run_cli("summarize", f"{base_url}/article", "--format", "json")
    assert result.exit_code == 0, result.stderr
    brief = json.loads(result.stdout)
    assert brief["kind"] == "html"
    assert brief["title"] == ARTICLE_TITLE
    assert brief["url"] == "https://courier.example/news/harbour-seawall"
    assert brief["summary"]


def test_cli_extract_url_prints_article_json(base_url: str) -> None:
    result = run_cli("extract", f"{base_url}/redirect", "--format", "json")
    assert result.exit_code == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["schema"] == "newscli.article/1"
    assert article["site"] == "The Coastal Courier"
    assert ARTICLE_PARAGRAPHS[0] in article["text"]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("missing", "HTTP 404 Not Found"),
        ("broken", "HTTP 500 Internal Server Error"),
        ("pdf", "not an article: the server sent application/pdf"),
        ("loop-a", "redirect loop"),
        ("big", "larger than --max-bytes"),
        ("navigation-only", "no article text found"),
    ],
)
def test_cli_failure_is_exit_1_and_one_error_line(base_url: str, path: str, message: str) -> None:
    url = f"{base_url}/{path}"
    result = run_cli("summarize", url, "--format", "json", "--max-bytes", str(MAX_BYTES))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"newscli: error: {url}: ")
    assert message in lines[0]
    assert json.loads(result.stdout)["error"]["message"] in lines[0]


def test_cli_timeout_option_bounds_the_download(base_url: str) -> None:
    url = f"{base_url}/trickle"
    result = run_cli("extract", url, "--timeout", str(SHORT_TIMEOUT))
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"newscli: error: {url}: download took longer than the {SHORT_TIMEOUT:g} s timeout"
    )


def test_cli_unsupported_scheme_is_exit_1() -> None:
    result = run_cli("extract", "file:///etc/hostname")
    assert result.exit_code == 1
    assert "unsupported URL scheme 'file:'" in result.stderr


def test_a_url_source_without_a_url_is_a_fetch_error() -> None:
    with pytest.raises(FetchError, match="not a URL source"):
        fetch(Source(name="x", kind="url"), max_bytes=1000, timeout=1.0)


def test_a_file_source_without_a_path_is_a_read_error() -> None:
    with pytest.raises(ReadError, match="without a path"):
        read_document(Source(name="x", kind="file"))
