"""The terminal view, built from rich renderables. Article text only ever enters as ``Text``
objects (never as markup strings), so ``[bold]`` in an article prints as written."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newscli.model import Article, Brief
from newscli.render.common import metadata_parts, removed_summary, title_of
from newscli.sanitize import display_name

ACCENT = "cyan"
SPEAKER = "bold magenta"
SPEAKER_WIDTH = 20


# Lines longer than this are hard to read; wide terminals get a column of this width.
MAX_WIDTH = 110


def print_result(console: Console, result: Brief | Article) -> None:
    view = brief_view(result) if isinstance(result, Brief) else article_view(result)
    console.print(view, width=min(console.width, MAX_WIDTH))


def brief_view(brief: Brief) -> RenderableType:
    article = brief.article
    parts: list[RenderableType] = [_header(article, metadata_parts(article, brief))]
    if brief.summary:
        summary = Table.grid(padding=(0, 1))
        summary.add_column(style=ACCENT, no_wrap=True)
        summary.add_column(ratio=1)
        for number, item in enumerate(brief.summary, 1):
            summary.add_row(f"{number}.", Text(item.text))
        parts += [_section("Summary"), Padding(summary, (0, 0, 0, 1))]
    if brief.claims:
        claims = Table(show_header=True, header_style="dim", box=None, padding=(0, 1), expand=True)
        # Names up to SPEAKER_WIDTH stay on one line; longer role descriptions wrap.
        widest = max(len(claim.speaker or "the article") for claim in brief.claims)
        claims.add_column("Who", style=SPEAKER, width=min(widest, SPEAKER_WIDTH))
        claims.add_column("Claim", ratio=1)
        claims.add_column("Kind", style="dim", no_wrap=True)
        for claim in brief.claims:
            who = Text(claim.speaker) if claim.speaker else Text("the article", style="dim italic")
            claims.add_row(who, Text(claim.text), claim.kind)
        parts += [_section("Key claims"), claims]
    if brief.quotes:
        quotes = Table.grid(padding=(0, 1))
        quotes.add_column(no_wrap=True)
        quotes.add_column(ratio=1)
        for quote in brief.quotes:
            line = (
                Text("“", style=ACCENT).append(quote.text, style="italic").append("”", style=ACCENT)
            )
            line.append("  — ", style="dim")
            if quote.speaker:
                line.append(quote.speaker, style=SPEAKER)
            else:
                line.append("unattributed", style="dim italic")
            quotes.add_row(Text("▌", style=ACCENT), line)
        parts += [_section("Quotes"), Padding(quotes, (0, 0, 0, 1))]
    if brief.keywords:
        keywords = Table.grid(padding=(0, 2))
        keywords.add_column(style="dim", no_wrap=True)
        keywords.add_column(ratio=1)
        keywords.add_row("Keywords", Text(" · ".join(brief.keywords)))
        parts += [Text(), keywords]
    parts += _removed(article)
    return Group(*parts)


def article_view(article: Article) -> RenderableType:
    parts: list[RenderableType] = [_header(article, metadata_parts(article))]
    for paragraph in article.paragraphs:
        parts += [Text(), Text(paragraph)]
    parts += _removed(article)
    return Group(*parts)


def _header(article: Article, meta: list[str]) -> RenderableType:
    lines: list[RenderableType] = [Text(title_of(article), style="bold")]
    lines.append(Text(display_name(article.source), style=ACCENT, overflow="fold"))
    if meta:
        lines.append(Text("  ·  ".join(meta), style="dim"))
    return Panel(Group(*lines), border_style=ACCENT, padding=(0, 1))


def _section(name: str) -> RenderableType:
    return Padding(Text(name.upper(), style=f"bold {ACCENT}"), (1, 0, 0, 0))


def _removed(article: Article) -> list[RenderableType]:
    summary = removed_summary(article.removed)
    if not summary:
        return []
    return [Text(), Text(f"✂ {summary}", style="dim")]


def make_console(
    stream: object,
    *,
    no_color: bool = False,
    width: int | None = None,
    force_terminal: bool | None = None,
) -> Console:
    """A console for article output: no markup parsing, no auto-highlighting, no emoji codes."""
    return Console(
        file=stream,  # type: ignore[arg-type]
        no_color=no_color or None,  # None lets rich honour NO_COLOR
        highlight=False,
        markup=False,
        emoji=False,
        width=width,
        force_terminal=force_terminal,
    )
