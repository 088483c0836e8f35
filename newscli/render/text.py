"""Plain text: clean enough to paste into an email, wrapped at a fixed width, no escape codes."""

from __future__ import annotations

import textwrap

from newscli.model import Article, Brief
from newscli.render import RenderOptions
from newscli.render.common import (
    metadata_parts,
    readable_sentence,
    removed_summary,
    speaker_label,
    title_of,
)
from newscli.sanitize import display_name

WIDTH = 80


def render_text(
    result: Brief | Article, options: RenderOptions | None = None, *, width: int = WIDTH
) -> str:
    """``options`` is the registry's common argument; plain text has no use for any of them."""
    if isinstance(result, Article):
        return _article_text(result, width)
    return _brief_text(result, width)


def _brief_text(brief: Brief, width: int) -> str:
    article = brief.article
    lines = _header(article, metadata_parts(article, brief), width)
    if brief.summary:
        lines += ["", "SUMMARY"]
        for item in brief.summary:
            said = f" [{item.speaker}]" if item.speaker else ""
            lines += _bullet(readable_sentence(brief, item.sentence, item.text) + said, width)
    if brief.claims:
        lines += ["", "KEY CLAIMS"]
        for claim in brief.claims:
            who = claim.speaker or "the article"
            text = readable_sentence(brief, claim.sentence, claim.text)
            lines += _bullet(f"{text} [{who}; {claim.kind}]", width)
    if brief.quotes:
        lines += ["", "QUOTES"]
        for quote in brief.quotes:
            lines += _bullet(f"“{quote.text}” — {speaker_label(quote.speaker)}", width)
    if brief.keywords:
        lines += ["", *textwrap.wrap("Keywords: " + ", ".join(brief.keywords), width)]
    removed = removed_summary(article.removed)
    if removed:
        lines += textwrap.wrap(removed, width)
    return "\n".join(lines) + "\n"


def _article_text(article: Article, width: int) -> str:
    lines = _header(article, metadata_parts(article), width)
    for paragraph in article.paragraphs:
        lines += ["", *(textwrap.wrap(paragraph, width) or [""])]
    removed = removed_summary(article.removed)
    if removed:
        lines += ["", *textwrap.wrap(removed, width)]
    return "\n".join(lines) + "\n"


def _header(article: Article, parts: list[str], width: int) -> list[str]:
    title = textwrap.wrap(title_of(article), width) or [""]
    rule = "=" * min(width, max(len(line) for line in title))
    lines = [*title, rule]
    meta = " · ".join([display_name(article.source), *parts])
    lines += textwrap.wrap(meta, width)
    return lines


def _bullet(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, initial_indent="  - ", subsequent_indent="    ") or ["  -"]
