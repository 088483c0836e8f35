"""Feeds and sitemaps: parsing (RSS, RDF, Atom, JSON Feed, sitemaps, indexes, gzip, text), --since
and --limit, entries through the batch pool and -o, robots.txt, and a feed given where a page was
expected."""

from __future__ import annotations

import gzip
import itertools
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from fetch_servers import Page, SiteState, article_html, fake_internet, site

from newscli.cli.app import cli
from newscli.errors import FetchError
from newscli.ingest.feeds import Entry, parse_feed, parse_since, parse_sitemap, select, sniff
from newscli.ingest.fetch import fetch
from newscli.model import Source
from newscli.options import FetchOptions

NOW = datetime(2024, 3, 12, 12, 0, tzinfo=UTC)


def rss(base: str, items: list[tuple[int, str]]) -> bytes:
    entries = "".join(
        f"<item><title>Story {n}</title><link>{base}/story-{n}</link>"
        f"<pubDate>{date}</pubDate></item>"
        for n, date in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Courier</title>'
        f"{entries}</channel></rss>"
    ).encode()


def urlset(base: str, numbers: list[int], lastmod: str = "2024-03-10") -> bytes:
    urls = "".join(
        f"<url><loc>{base}/story-{n}</loc><lastmod>{lastmod}</lastmod></url>" for n in numbers
    )
    return (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urls}</urlset>"
    ).encode()


@pytest.fixture
def news() -> Iterator[tuple[SiteState, str]]:
    with site() as (state, base):
        for n in range(12):
            state.pages[f"/story-{n}"] = Page(article_html(n))
        state.pages["/private/story-99"] = Page(article_html(99))
        state.pages["/feed.xml"] = Page(
            rss(
                base,
                [
                    (1, "Tue, 12 Mar 2024 09:00:00 GMT"),
                    (2, "Mon, 11 Mar 2024 09:00:00 GMT"),
                    (3, "Fri, 01 Mar 2024 09:00:00 GMT"),
                ],
            ),
            content_type="application/rss+xml",
        )
        index = (
            '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{base}/sitemap-new.xml</loc><lastmod>2024-03-11</lastmod></sitemap>"
            f"<sitemap><loc>{base}/sitemap-old.xml.gz</loc><lastmod>2023-01-01</lastmod></sitemap>"
            "</sitemapindex>"
        )
        state.pages["/sitemap.xml"] = Page(index.encode(), content_type="application/xml")
        state.pages["/sitemap-new.xml"] = Page(urlset(base, [4, 5]), content_type="text/xml")
        state.pages["/sitemap-old.xml.gz"] = Page(
            gzip.compress(urlset(base, [6, 7], lastmod="2023-01-01")),
            content_type="application/gzip",
        )
        state.pages["/robots.txt"] = Page(
            b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"
        )
        yield state, base


# Parsing


def test_rss_entries_with_dates_in_feed_order() -> None:
    body = rss("http://n.test", [(1, "Tue, 12 Mar 2024 09:00:00 GMT"), (2, "not a date")])
    assert parse_feed(body, "http://n.test/feed") == [
        Entry("http://n.test/story-1", datetime(2024, 3, 12, 9, tzinfo=UTC)),
        Entry("http://n.test/story-2", None),
    ]


def test_atom_entries_take_the_alternate_html_link() -> None:
    body = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
    <entry><link rel="self" href="/api/1"/><link rel="alternate" type="text/html" href="/a/1"/>
    <updated>2024-03-12T10:00:00Z</updated></entry>
    <entry><link href="https://elsewhere.test/b"/><published>2024-03-11</published></entry>
    </feed>"""
    assert parse_feed(body, "https://n.test/atom") == [
        Entry("https://n.test/a/1", datetime(2024, 3, 12, 10, tzinfo=UTC)),
        Entry("https://elsewhere.test/b", datetime(2024, 3, 11, tzinfo=UTC)),
    ]


def test_rss_1_rdf_entries_use_dublin_core_dates() -> None:
    body = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <item rdf:about="http://n.test/1"><link>http://n.test/1</link><dc:date>2024-03-01</dc:date>
    </item></rdf:RDF>"""
    assert sniff(body) == "feed"
    assert parse_feed(body, "http://n.test/") == [
        Entry("http://n.test/1", datetime(2024, 3, 1, tzinfo=UTC))
    ]


def test_json_feed_entries() -> None:
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "items": [
                {"id": "1", "url": "/one", "date_published": "2024-03-12T08:00:00+01:00"},
                {"id": "2", "external_url": "https://other.test/two"},
                {"id": "3"},
            ],
        }
    ).encode()
    assert sniff(body) == "feed"
    assert [e.url for e in parse_feed(body, "https://n.test/feed.json")] == [
        "https://n.test/one",
        "https://other.test/two",
    ]


def test_feed_entries_that_are_not_web_links_are_dropped() -> None:
    body = b"<rss><channel><item><link>javascript:alert(1)</link></item>" + (
        b"<item><link>mailto:a@b.test</link></item></channel></rss>"
    )
    assert parse_feed(body, "http://n.test/") == []


def test_entities_are_not_expanded() -> None:
    body = b"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">
    <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]>
    <rss><channel><item><link>http://n.test/&b;&x;</link></item></channel></rss>"""
    urls = [e.url for e in parse_feed(body, "http://n.test/")]
    assert all("aaaa" not in url and "root" not in url for url in urls)


def test_sitemap_pages_and_child_sitemaps() -> None:
    pages, children = parse_sitemap(urlset("http://n.test", [1, 2]), "http://n.test/s.xml")
    assert [p.url for p in pages] == ["http://n.test/story-1", "http://n.test/story-2"]
    assert children == []


def test_news_sitemap_publication_date_wins() -> None:
    body = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://n.test/1</loc>
    <lastmod>2024-01-01</lastmod><news:news><news:publication_date>2024-03-05T10:00:00Z
    </news:publication_date></news:news></url></urlset>"""
    pages, _ = parse_sitemap(body, "http://n.test/")
    assert pages == [Entry("http://n.test/1", datetime(2024, 3, 5, 10, tzinfo=UTC))]


def test_text_sitemap_is_a_list_of_urls() -> None:
    pages, _ = parse_sitemap(b"http://n.test/1\nhttp://n.test/2\n", "http://n.test/")
    assert [p.url for p in pages] == ["http://n.test/1", "http://n.test/2"]


def test_since_keeps_newer_and_undated_entries_and_limit_keeps_the_newest() -> None:
    entries = [
        Entry("http://n.test/old", datetime(2024, 1, 1, tzinfo=UTC)),
        Entry("http://n.test/undated"),
        Entry("http://n.test/new", datetime(2024, 3, 11, tzinfo=UTC)),
        Entry("http://n.test/newest", datetime(2024, 3, 12, tzinfo=UTC)),
        Entry("http://n.test/new", datetime(2024, 3, 11, tzinfo=UTC)),
    ]
    since = datetime(2024, 3, 1, tzinfo=UTC)
    assert [e.url.rsplit("/", 1)[1] for e in select(entries, since, None)] == [
        "undated",
        "new",
        "newest",
    ]
    assert [e.url.rsplit("/", 1)[1] for e in select(entries, None, 2)] == ["new", "newest"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-01", datetime(2024, 3, 1, tzinfo=UTC)),
        ("2024-03-01T08:00:00+02:00", datetime(2024, 3, 1, 6, tzinfo=UTC)),
        ("36h", datetime(2024, 3, 11, tzinfo=UTC)),
        ("2d", datetime(2024, 3, 10, 12, tzinfo=UTC)),
        ("1w", datetime(2024, 3, 5, 12, tzinfo=UTC)),
    ],
)
def test_since_dates_and_ages(text: str, expected: datetime) -> None:
    assert parse_since(text, now=NOW) == expected


def test_bad_since_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", "--feed", "http://n.test/", "--since", "soon"])
    assert result.exit_code == 2
    assert "'soon' is not a date" in result.stderr


# Through the command line


def test_feed_entries_go_through_the_pool_in_order(
    news: tuple[SiteState, str], runner: CliRunner
) -> None:
    _, base = news
    result = runner.invoke(
        cli,
        [
            "summarize",
            "--feed",
            f"{base}/feed.xml",
            "-f",
            "json",
            "--workers",
            "2",
            "--host-delay",
            "0",
        ],
    )
    assert result.exit_code == 0, result.stderr
    briefs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [b["source"] for b in briefs] == [f"{base}/story-{n}" for n in (1, 2, 3)]
    assert all(b["summary"] for b in briefs)


def test_since_and_limit_select_feed_entries(
    news: tuple[SiteState, str], runner: CliRunner
) -> None:
    _, base = news
    feed = ["extract", "--feed", f"{base}/feed.xml", "-f", "json", "--host-delay", "0"]
    result = runner.invoke(cli, [*feed, "--since", "2024-03-05"])
    assert [json.loads(x)["source"][-7:] for x in result.stdout.splitlines()] == [
        "story-1",
        "story-2",
    ]
    result = runner.invoke(cli, [*feed, "--limit", "1"])
    assert [json.loads(x)["source"][-7:] for x in result.stdout.splitlines()] == ["story-1"]


def test_sitemap_index_is_followed_and_since_skips_old_sitemaps(
    news: tuple[SiteState, str], runner: CliRunner
) -> None:
    state, base = news
    command = ["extract", "--sitemap", f"{base}/sitemap.xml", "-f", "json", "--host-delay", "0"]
    result = runner.invoke(cli, command)
    assert result.exit_code == 0, result.stderr
    sources = [json.loads(x)["source"] for x in result.stdout.splitlines()]
    assert sources == [f"{base}/story-{n}" for n in (4, 5, 6, 7)]
    state.seen.clear()
    result = runner.invoke(cli, [*command, "--since", "2024-03-01"])
    assert [json.loads(x)["source"][-7:] for x in result.stdout.splitlines()] == [
        "story-4",
        "story-5",
    ]
    assert "/sitemap-old.xml.gz" not in state.paths()


def test_feed_entries_resume_in_an_output_folder(
    news: tuple[SiteState, str], runner: CliRunner, tmp_path: Path
) -> None:
    _state, base = news
    command = ["summarize", "--feed", f"{base}/feed.xml", "-o", str(tmp_path / "out")]
    command += ["-f", "json", "--host-delay", "0"]
    assert runner.invoke(cli, command).exit_code == 0
    index = [json.loads(x) for x in (tmp_path / "out" / "index.jsonl").read_text().splitlines()]
    assert [e["source"] for e in index] == [f"{base}/story-{n}" for n in (1, 2, 3)]
    assert all(e["status"] == "ok" for e in index)
    assert runner.invoke(cli, command).exit_code == 0
    assert len(list((tmp_path / "out").glob("*.json"))) == 3


def test_robots_txt_disallowing_a_path_is_a_per_source_error(
    news: tuple[SiteState, str], runner: CliRunner
) -> None:
    state, base = news
    state.pages["/mixed.xml"] = Page(
        urlset(base, [8]).replace(b"</urlset>", b"")
        + f"<url><loc>{base}/private/story-99</loc></url></urlset>".encode(),
        content_type="application/xml",
    )
    command = ["extract", "--sitemap", f"{base}/mixed.xml", "-f", "json", "--host-delay", "0"]
    result = runner.invoke(cli, [*command, "--workers", "2"])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"newscli: error: {base}/private/story-99: disallowed by {base}/robots.txt for user agent"
        " 'newscli' (--ignore-robots fetches it anyway)"
    )
    assert state.paths().count("/robots.txt") == 1
    assert "/private/story-99" not in state.paths()
    result = runner.invoke(cli, [*command, "--ignore-robots"])
    assert result.exit_code == 0, result.stderr


def test_robots_txt_server_error_disallows_the_site(news: tuple[SiteState, str]) -> None:
    state, base = news
    state.pages["/robots.txt"] = Page(b"down", status=503)
    with pytest.raises(FetchError) as caught:
        fetch(
            Source.from_url(f"{base}/story-1", via=f"{base}/feed.xml"),
            max_bytes=100_000,
            timeout=5.0,
            options=FetchOptions(host_delay=0),
        )
    assert caught.value.message == (
        f"{base}/robots.txt answered HTTP 503 Service Unavailable, so the site is not crawled"
    )


def test_robots_txt_is_not_consulted_for_urls_the_user_gives(
    news: tuple[SiteState, str],
) -> None:
    state, base = news
    fetch(Source.from_url(f"{base}/private/story-99"), max_bytes=100_000, timeout=5.0)
    assert state.paths() == ["/private/story-99"]


def test_unreadable_feed_is_its_own_failure(news: tuple[SiteState, str], runner: CliRunner) -> None:
    _, base = news
    result = runner.invoke(
        cli, ["extract", f"{base}/story-0", "--feed", f"{base}/no-feed.xml", "-f", "json"]
    )
    assert result.exit_code == 1
    assert result.stderr.strip() == f"newscli: error: {base}/no-feed.xml: HTTP 404 Not Found"
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["source"] for o in objects] == [f"{base}/no-feed.xml", f"{base}/story-0"]


def test_a_page_given_as_feed_says_so(news: tuple[SiteState, str], runner: CliRunner) -> None:
    _, base = news
    result = runner.invoke(cli, ["extract", "--feed", f"{base}/story-0"])
    assert result.exit_code == 1
    assert "not a feed: no RSS, Atom or JSON Feed found" in result.stderr


@pytest.mark.parametrize(("path", "option"), [("feed.xml", "--feed"), ("sitemap.xml", "--sitemap")])
def test_a_feed_given_where_a_page_was_expected_says_so(
    news: tuple[SiteState, str], runner: CliRunner, path: str, option: str
) -> None:
    _, base = news
    result = runner.invoke(cli, ["extract", f"{base}/{path}"])
    assert result.exit_code == 1
    what = "news feed" if option == "--feed" else "sitemap"
    assert result.stderr.strip() == (
        f"newscli: error: {base}/{path}: this is a {what}, not an article page"
        f" (give it with {option} {base}/{path})"
    )


def test_host_delay_spaces_requests_to_one_host(
    news: tuple[SiteState, str], runner: CliRunner
) -> None:
    state, base = news
    command = ["extract", "--feed", f"{base}/feed.xml", "-f", "json", "--workers", "3"]
    result = runner.invoke(cli, [*command, "--host-delay", "0.3"])
    assert result.exit_code == 0, result.stderr
    pages = sorted(s.at for s in state.seen if s.path.startswith("/story-"))
    assert len(pages) == 3
    gaps = [b - a for a, b in itertools.pairwise(pages)]
    assert min(gaps) >= 0.25


def test_public_feed_cannot_send_newscli_into_private_space(
    news: tuple[SiteState, str], runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    state, base = news
    dialled = fake_internet(monkeypatch)
    port = base.rsplit(":", 1)[1]
    public = f"http://news.test:{port}"
    state.pages["/mixed-feed.xml"] = Page(
        rss(public, [(1, "Tue, 12 Mar 2024 09:00:00 GMT")]).replace(
            b"</channel>", b"<item><link>http://10.0.0.1/admin</link></item></channel>"
        ),
        content_type="application/rss+xml",
    )
    command = ["extract", "--feed", f"{public}/mixed-feed.xml", "-f", "json", "--host-delay", "0"]
    result = runner.invoke(cli, command)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "newscli: error: http://10.0.0.1/admin: blocked by the private-address policy: 10.0.0.1 is"
        " a private address, reached from a public address (--allow-private lifts the policy)"
    )
    assert {host for host, _ in dialled} == {"93.184.215.14"}
