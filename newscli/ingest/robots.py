"""robots.txt, obeyed when following feeds and sitemaps (not for a URL the user gave).

Rules as RFC 9309 gives them (parsed by Protego, Scrapy's parser: longest match, ``*`` and ``$``
patterns): a robots.txt that does not exist (4xx) allows everything; a server error (5xx) means
"disallow everything" until it can be read. Each host's robots.txt is read once per process and
kept in the HTTP cache for a day unless its headers say otherwise, so workers and reruns do not ask
again. ``Crawl-delay`` raises the delay between requests to that host (up to ``MAX_CRAWL_DELAY``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from newscli.errors import FetchError, NewscliError

ROBOTS_MAX_BYTES = 512 * 1024
"""Google reads the first 500 KiB of a robots.txt; so does newscli."""
ROBOTS_LIFETIME = 24 * 3600.0
MAX_CRAWL_DELAY = 10.0
PRODUCT_TOKEN = "newscli"


class RobotsError(FetchError):
    """robots.txt forbids the URL, or could not be read."""

    type = "robots"
    default_hint = "--ignore-robots fetches it anyway"


@dataclass(frozen=True)
class Rules:
    """One host's robots.txt: a parser, or a blanket answer."""

    parser: Any = None
    allow_all: bool = False
    reason: str | None = None
    """Why everything is disallowed (the robots.txt could not be read)."""

    def allowed(self, url: str, agent: str) -> bool:
        if self.allow_all:
            return True
        if self.parser is None:
            return False
        return bool(self.parser.can_fetch(url, agent))

    def crawl_delay(self, agent: str) -> float:
        if self.parser is None:
            return 0.0
        delay = self.parser.crawl_delay(agent)
        return min(float(delay), MAX_CRAWL_DELAY) if delay else 0.0


Fetcher = Callable[[str], tuple[int, bytes]]
"""Gets a robots.txt URL: its status and body (the caller's download, cache and policy)."""

_KNOWN_STATUSES = frozenset(s.value for s in HTTPStatus)
_RULES: dict[str, Rules] = {}
"""Each site's rules, per process (forked workers inherit what the parent read)."""


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), "/robots.txt", "", ""))


def product_token(user_agent: str | None) -> str:
    """The name robots.txt groups are matched against: ``newscli``, or the first word of
    ``--user-agent`` (``MyBot/2.0 (+https://…)`` -> ``MyBot``)."""
    if not user_agent:
        return PRODUCT_TOKEN
    first = user_agent.strip().split()[0] if user_agent.strip() else PRODUCT_TOKEN
    return first.split("/", 1)[0] or PRODUCT_TOKEN


def rules_for(url: str, fetcher: Fetcher) -> Rules:
    """The robots.txt rules of ``url``'s site (read once per process)."""
    key = robots_url(url)
    rules = _RULES.get(key)
    if rules is None:
        rules = _RULES[key] = _read(key, fetcher)
    return rules


def _read(robots: str, fetcher: Fetcher) -> Rules:
    from protego import Protego

    try:
        status, body = fetcher(robots)
    except NewscliError as exc:
        # Unreachable: not cached, so the next source tries again.
        raise RobotsError(f"cannot read {robots} ({exc.message})") from exc
    if 400 <= status < 500:
        return Rules(allow_all=True)
    if status >= 500:
        reason = HTTPStatus(status).phrase if status in _KNOWN_STATUSES else ""
        answer = f"HTTP {status} {reason}".rstrip()
        return Rules(reason=f"{robots} answered {answer}, so the site is not crawled")
    text = body.decode("utf-8", "replace")
    return Rules(parser=Protego.parse(text))


def check(url: str, agent: str, fetcher: Fetcher) -> float:
    """Raise ``RobotsError`` if robots.txt forbids ``url``; else return its crawl delay."""
    rules = rules_for(url, fetcher)
    if not rules.allowed(url, agent):
        raise RobotsError(
            rules.reason or f"disallowed by {robots_url(url)} for user agent '{agent}'"
        )
    return rules.crawl_delay(agent)


def forget() -> None:
    """Drop the rules read so far (tests; a long-lived library caller)."""
    _RULES.clear()
