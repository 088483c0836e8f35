"""trafilatura's internals that newscli calls (newscli/clean/html/_trafilatura.py) still have the
parameters newscli passes and still answer as newscli expects.

They are not trafilatura's public API: a release may change them, and pyproject pins the range
whose signatures were checked. When one of these tests fails after an upgrade, it names the
function: adapt ``_trafilatura.py`` (or stop using that function) before widening the pin.
"""

from __future__ import annotations

import inspect
from importlib import import_module
from importlib.metadata import version

import pytest

from newscli.clean.html import _trafilatura
from newscli.clean.html.parse import parse_html

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Ferry Pier Rebuild Approved | The Harbourside Courier</title>
<meta property="og:title" content="Ferry Pier Rebuild Approved">
<meta property="og:site_name" content="The Harbourside Courier">
<meta name="author" content="Maren Sole">
<link rel="canonical" href="https://news.test/pier-rebuild">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Ferry Pier Rebuild Approved",
 "author": {"@type": "Person", "name": "Maren Sole"},
 "datePublished": "2024-05-02T09:00:00Z",
 "publisher": {"@type": "Organization", "name": "The Harbourside Courier"}}
</script></head>
<body><article><h1>Ferry Pier Rebuild Approved</h1>
<p>The council voted on Tuesday to rebuild the old ferry pier.</p></article></body></html>"""


def _function(dotted: str) -> object:
    module, _, name = dotted.rpartition(".")
    return getattr(import_module(module), name)


@pytest.mark.parametrize("dotted", sorted(_trafilatura.INTERNALS))
def test_internal_function_still_takes_the_parameters_newscli_passes(dotted: str) -> None:
    try:
        function = _function(dotted)
    except (ImportError, AttributeError):
        pytest.fail(f"{dotted} is gone in trafilatura {version('trafilatura')}")
    parameters = list(inspect.signature(function).parameters)  # type: ignore[arg-type]
    expected = list(_trafilatura.INTERNALS[dotted])
    assert parameters[: len(expected)] == expected, (
        f"{dotted} now takes {parameters} in trafilatura {version('trafilatura')};"
        f" newscli passes {expected}"
    )


def test_meta_tags_give_title_author_and_site() -> None:
    found = _trafilatura.examine_meta(parse_html(PAGE))
    assert found.title == "Ferry Pier Rebuild Approved"
    assert found.author == "Maren Sole"
    assert found.sitename == "The Harbourside Courier"


def test_canonical_link_is_the_url() -> None:
    tree = parse_html(PAGE)
    assert _trafilatura.extract_url(tree, "https://news.test/other") == (
        "https://news.test/pier-rebuild"
    )


def test_json_ld_completes_what_meta_tags_left_out() -> None:
    tree = parse_html(PAGE.replace('<meta name="author" content="Maren Sole">', ""))
    found = _trafilatura.examine_meta(tree)
    assert found.author is None
    found = _trafilatura.extract_meta_json(tree, found)
    assert found.author == "Maren Sole"


def test_title_url_and_site_have_their_fallbacks() -> None:
    bare = parse_html(
        "<html><head><title>Pier Rebuild | TheCourier.test</title></head>"
        "<body><h1>Pier Rebuild</h1><p>Text of the article, long enough.</p></body></html>"
    )
    assert _trafilatura.extract_title(bare) == "Pier Rebuild"
    assert _trafilatura.extract_url(bare, "https://news.test/fallback") == (
        "https://news.test/fallback"
    )
    assert _trafilatura.extract_sitename(bare) == "TheCourier.test"


def test_byline_text_is_normalised_to_the_names() -> None:
    assert _trafilatura.normalize_authors(None, "By Maren Sole") == "Maren Sole"
    assert _trafilatura.normalize_authors(None, "Maren Sole and Tom Berg") == (
        "Maren Sole; Tom Berg"
    )


def test_installed_trafilatura_is_in_the_tested_range() -> None:
    major, minor = (int(part) for part in version("trafilatura").split(".")[:2])
    assert (2, 0) <= (major, minor) < (2, 4), (
        f"trafilatura {version('trafilatura')} is outside {_trafilatura.TESTED_RANGE}"
    )
