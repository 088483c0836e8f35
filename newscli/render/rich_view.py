"""The terminal view, built from rich renderables. Article text only ever enters as ``Text``
objects (never as markup strings), so ``[bold]`` in an article prints as written."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newscli.model import Article, Brief
from newscli.render.color import ON_A_TERMINAL, ColorMode
from newscli.render.common import metadata_parts, readable_sentence, removed_summary, title_of
from newscli.sanitize import display_name, one_line

if TYPE_CHECKING:
    from newscli.store.queries import Digest, SearchHit, SpeakerRow, StatementRow

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
            line = Text(readable_sentence(brief, item.sentence, item.text))
            if item.speaker:
                # Who says it, here rather than again under Key claims.
                line.append("  — ", style="dim").append(item.speaker, style=SPEAKER)
            summary.add_row(f"{number}.", line)
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
            claims.add_row(
                who, Text(readable_sentence(brief, claim.sentence, claim.text)), claim.kind
            )
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


class _OutputConsole(Console):
    """rich's ``Console`` that lets a closed pipe be the caller's business: rich would exit with
    status 1; the runner stops quietly with the status the sources so far earned."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def make_console(
    stream: object, *, color: ColorMode = ON_A_TERMINAL, width: int | None = None
) -> Console:
    """A console for article output: no markup parsing, no auto-highlighting, no emoji codes;
    colour and styles as ``color`` says (``newscli.render.color``)."""
    return _OutputConsole(
        file=stream,  # type: ignore[arg-type]
        highlight=False,
        markup=False,
        emoji=False,
        width=width,
        **color.console_options(stream),
    )


# --- the store's questions and the digest overview -----------------------------------------------


def _clean(text: str) -> str:
    """Text read back from a store, which any SQLite tool may have written: one line, nothing
    that could drive the terminal."""
    return one_line(text)


def _plain(text: str) -> Text:
    return Text(_clean(text))


def speakers_view(speakers: Sequence[SpeakerRow]) -> RenderableType:
    """Who is quoted most: one row per speaker with counts and the other names used."""
    table = Table(show_header=True, header_style="dim", box=None, padding=(0, 1), expand=True)
    table.add_column("#", style="dim", justify="right", no_wrap=True)
    table.add_column("Speaker", style=SPEAKER, ratio=2)
    table.add_column("Quotes", justify="right", no_wrap=True)
    table.add_column("Reported", justify="right", no_wrap=True)
    table.add_column("Articles", justify="right", no_wrap=True)
    table.add_column("Also named", style="dim", ratio=3)
    for number, speaker in enumerate(speakers, 1):
        others = [v for v in speaker.variants if v != speaker.name]
        table.add_row(
            str(number),
            _plain(speaker.name),
            str(speaker.quotes),
            str(speaker.statements),
            str(speaker.articles),
            _plain(" · ".join(others)),
        )
    return table


def statements_view(rows: Sequence[StatementRow]) -> RenderableType:
    """Statements with who made them and where: quotes in quote marks, reported speech plain."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for row in rows:
        if row.kind == "quote":
            line = Text("“", style=ACCENT).append(_clean(row.text), style="italic")
            line.append("”", style=ACCENT)
        else:
            line = _plain(row.text)
        line.append("  — ", style="dim")
        who = row.speaker or row.speaker_as_written or "unattributed"
        line.append(_clean(who), style=SPEAKER)
        where = " · ".join(_clean(p) for p in (row.title or row.source, row.date) if p)
        line.append(f"\n{where}", style="dim")
        grid.add_row(Text("▌" if row.kind == "quote" else "·", style=ACCENT), line)
    return grid


def hits_view(hits: Sequence[SearchHit]) -> RenderableType:
    """Search results: title, source and date, and the snippet with the matches in bold."""
    parts: list[RenderableType] = []
    for number, hit in enumerate(hits, 1):
        head = Text(f"{number}. ", style="dim").append(
            _clean(hit.title or "(untitled)"), style="bold"
        )
        meta = " · ".join(_clean(p) for p in (hit.source, hit.date) if p)
        snippet = Text(hit.snippet)
        for start, end in hit.highlights:
            snippet.stylize(f"bold {ACCENT}", start, end)
        parts += [head, Text(meta, style="dim"), Padding(snippet, (0, 0, 1, 3))]
    return Group(*parts)


def digest_view(digest: Digest, *, stories: int = 15, people: int = 15) -> RenderableType:
    """The digest's overview for a terminal: the biggest stories, the most-quoted people, who
    said what, and how many articles each day brought."""
    parts: list[RenderableType] = [
        Panel(
            Text(
                f"{digest.articles:,} articles · {len(digest.stories):,} stories"
                f" · {digest.copies:,} wire copies · {digest.people:,} people quoted",
                style="bold",
            ),
            border_style=ACCENT,
            padding=(0, 1),
        )
    ]
    if digest.stories:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style=ACCENT, no_wrap=True)
        grid.add_column(ratio=1)
        for number, story in enumerate(digest.stories[:stories], 1):
            lead = story.lead
            body = Text(_clean(lead.title or lead.source), style="bold")
            count = len(story.articles)
            facts = [f"{count} articles" if count > 1 else "1 article"]
            if story.copies:
                facts.append(f"{story.copies} wire copies")
            if lead.date:
                facts.append(_clean(lead.date))
            body.append("\n" + " · ".join(facts), style="dim")
            if lead.summary:
                body.append("\n" + _clean(lead.summary[0]))
            grid.add_row(f"{number}.", body)
        parts += [_section("Stories"), Padding(grid, (0, 0, 0, 1))]
    if digest.speakers:
        parts += [_section("Most quoted"), speakers_view(digest.speakers[:people])]
    if digest.said:
        rows = [item.statement for _speaker, said in digest.said[:people] for item in said[:2]]
        parts += [_section("Who said what"), Padding(statements_view(rows), (0, 0, 0, 1))]
    if digest.timeline:
        timeline = Table(show_header=False, box=None, padding=(0, 1))
        timeline.add_column(style="dim", no_wrap=True)
        timeline.add_column(justify="right", no_wrap=True)
        timeline.add_column(ratio=1)
        for day, items in digest.timeline:
            first = _clean(items[0].title or items[0].source)
            more = f" (+{len(items) - 1} more)" if len(items) > 1 else ""
            timeline.add_row(_clean(day), str(len(items)), Text(first + more))
        parts += [_section("Timeline"), timeline]
    return Group(*parts)


def print_view(console: Console, view: RenderableType) -> None:
    console.print(view, width=min(console.width, MAX_WIDTH))
