"""Markdown: a heading, then sections; article text escaped so it stays text in any wiki."""

from __future__ import annotations

import re

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

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_BACKTICKS = re.compile(r"`+")


def escape(text: str) -> str:
    """Backslash-escape Markdown's inline syntax characters."""
    return _SPECIAL.sub(r"\\\1", text)


def code_span(text: str) -> str:
    """``text`` as a Markdown code span: fenced by more backticks than it holds in a row (and
    padded when it starts or ends with one), so no character of it can end the span."""
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text[:1] in ("`", " ") or text[-1:] in ("`", " ") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def render_markdown(result: Brief | Article, options: RenderOptions | None = None) -> str:
    """``options`` is the registry's common argument; Markdown has no use for any of them."""
    if isinstance(result, Article):
        return _article_markdown(result)
    return _brief_markdown(result)


def _brief_markdown(brief: Brief) -> str:
    article = brief.article
    out = _header(article, metadata_parts(article, brief))
    if brief.summary:
        out += ["", "## Summary", ""]
        out += [
            f"- {escape(readable_sentence(brief, item.sentence, item.text))}"
            + (f" — **{escape(item.speaker)}**" if item.speaker else "")
            for item in brief.summary
        ]
    if brief.claims:
        out += ["", "## Key claims", ""]
        for claim in brief.claims:
            who = f"**{escape(claim.speaker)}**" if claim.speaker else "*the article*"
            text = readable_sentence(brief, claim.sentence, claim.text)
            out.append(f"- {who} ({claim.kind}): {escape(text)}")
    if brief.quotes:
        out += ["", "## Quotes", ""]
        for quote in brief.quotes:
            who = escape(speaker_label(quote.speaker))
            out.append(f"- “{escape(quote.text)}” — **{who}**")
    if brief.keywords:
        out += ["", "**Keywords:** " + ", ".join(escape(k) for k in brief.keywords)]
    removed = removed_summary(article.removed)
    if removed:
        out += ["", f"*{escape(removed)}*"]
    return "\n".join(out) + "\n"


def _article_markdown(article: Article) -> str:
    out = _header(article, metadata_parts(article))
    for paragraph in article.paragraphs:
        out += ["", escape(paragraph)]
    removed = removed_summary(article.removed)
    if removed:
        out += ["", f"*{escape(removed)}*"]
    return "\n".join(out) + "\n"


def _header(article: Article, parts: list[str]) -> list[str]:
    # The source on one line (display_name escapes newlines), in a code span nothing can close.
    meta = " · ".join([code_span(display_name(article.source)), *(escape(p) for p in parts)])
    return [f"# {escape(title_of(article))}", "", meta]
