"""The digest as one static HTML page: stories by cluster, the most-quoted people, who said what,
a timeline by date and every article's brief.

Self-contained: inline CSS, no script, no font or image to fetch (a Content-Security-Policy says
so to the browser too), so it works opened from a file, offline. Readable on a phone (fluid
layout, tables that stack on narrow screens) and in print (no navigation, briefs kept whole).
Everything that comes from articles is escaped; a link is made only of an http(s) URL.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from html import escape

from newscli.store.queries import ArticleBrief, Digest, Said, SpeakerRow, StatementRow, Story

CSS = """
:root { --fg: #1b1f24; --muted: #5c6670; --line: #d8dee4; --accent: #0b6e8a; --bg: #fff;
        --soft: #f3f6f8; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6e9ec; --muted: #9aa5af; --line: #38414a; --accent: #5cc3df; --bg: #15191d;
          --soft: #1e2429; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
       font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
header h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
.meta, .counts { color: var(--muted); font-size: .9rem; }
nav { position: sticky; top: 0; background: var(--bg); border-bottom: 1px solid var(--line);
      padding: .5rem 0; margin-bottom: 1rem; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
a { color: var(--accent); overflow-wrap: anywhere; }
h2 { border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2rem; }
h3 { margin: 1rem 0 .25rem; font-size: 1.1rem; }
.story, .brief { border-top: 1px solid var(--line); padding: .5rem 0 .75rem; }
.story.many { border-left: 4px solid var(--accent); padding-left: .75rem; }
ul.sources { margin: .25rem 0; padding-left: 1.2rem; font-size: .92rem; }
.tag { display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: .6rem;
       background: var(--soft); color: var(--muted); border: 1px solid var(--line); }
table { border-collapse: collapse; width: 100%; font-size: .93rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem;
         border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
blockquote { margin: .4rem 0; padding: .1rem .75rem; border-left: 3px solid var(--accent); }
blockquote p { margin: 0; }
.who { font-weight: 600; }
.keywords { color: var(--muted); font-size: .9rem; }
ol.timeline { list-style: none; padding: 0; }
ol.timeline > li { margin-bottom: .75rem; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  main { padding: .6rem; }
  table.stack thead { display: none; }
  table.stack tr { display: block; border-bottom: 1px solid var(--line); padding: .3rem 0; }
  table.stack td { display: block; border: 0; padding: .1rem 0; }
  table.people td { display: inline-block; padding: .05rem .7rem .05rem 0; }
  table.people td.wide { display: block; }
  table.stack td:empty { display: none; }
  table.stack td.n { text-align: left; }
  table.stack td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
}
@media print {
  nav { display: none; }
  body { font-size: 11pt; background: #fff; color: #000; }
  main { max-width: none; padding: 0; }
  a { color: #000; text-decoration: none; }
  .story, .brief, tr, blockquote { break-inside: avoid; }
  h2 { break-after: avoid; }
  h2 { border-color: #000; }
}
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def safe_url(url: str | None) -> str | None:
    """``url`` if it is a plain http(s) address (a ``javascript:`` or ``data:`` URL from an
    article never becomes a link)."""
    if not url:
        return None
    stripped = url.strip()
    if stripped.lower().startswith(("http://", "https://")) and not any(
        c.isspace() or ord(c) < 32 for c in stripped
    ):
        return stripped
    return None


def _anchor(article: ArticleBrief) -> str:
    return f"a{article.id}"


def _title(article: ArticleBrief) -> str:
    return article.title or article.source


def _source_line(article: ArticleBrief) -> str:
    parts: list[str] = []
    for value in (article.site, article.author and f"by {article.author}", article.date):
        if value:
            parts.append(_e(value))
    url = safe_url(article.url)
    if url:
        parts.append(f'<a href="{_e(url)}" rel="noreferrer">{_e(url)}</a>')
    else:
        parts.append(f"<span>{_e(article.source)}</span>")
    return " · ".join(parts)


def _stories(stories: Iterable[Story]) -> list[str]:
    out = ['<section id="stories"><h2>Stories</h2>']
    for story in stories:
        lead = story.lead
        count = len(story.articles)
        many = " many" if count > 1 else ""
        out.append(f'<article class="story{many}">')
        out.append(f'<h3><a href="#{_anchor(lead)}">{_e(_title(lead))}</a></h3>')
        facts = [f"{count} articles" if count > 1 else "1 article"]
        if story.copies:
            facts.append(f"{story.copies} wire {'copy' if story.copies == 1 else 'copies'}")
        if lead.date:
            facts.append(_e(lead.date))
        out.append(f'<p class="meta">{" · ".join(facts)}</p>')
        if lead.summary:
            out.append(f"<p>{_e(' '.join(lead.summary))}</p>")
        out.append('<ul class="sources">')
        for article in story.articles:
            tag = ' <span class="tag">wire copy</span>' if article.duplicate_of else ""
            out.append(
                f'<li><a href="#{_anchor(article)}">{_e(_title(article))}</a>{tag}'
                f'<br><span class="meta">{_source_line(article)}</span></li>'
            )
        out.append("</ul></article>")
    out.append("</section>")
    return out


def _people(speakers: Iterable[SpeakerRow]) -> list[str]:
    out = [
        '<section id="people"><h2>Most quoted</h2><table class="stack people"><thead><tr>'
        "<th>#</th><th>Speaker</th><th>Quotes</th><th>Reported</th><th>Articles</th>"
        "<th>Also named</th></tr></thead><tbody>"
    ]
    for number, speaker in enumerate(speakers, 1):
        others = " · ".join(_e(v) for v in speaker.variants if v != speaker.name)
        out.append(
            f'<tr><td class="n">{number}</td><td class="who">{_e(speaker.name)}</td>'
            f'<td class="n" data-label="Quotes">{speaker.quotes}</td>'
            f'<td class="n" data-label="Reported">{speaker.statements}</td>'
            f'<td class="n" data-label="Articles">{speaker.articles}</td>'
            f'<td class="wide" data-label="Also named">{others}</td></tr>'
        )
    out.append("</tbody></table></section>")
    return out


def _statement(row: StatementRow) -> str:
    return f"“{_e(row.text)}”" if row.kind == "quote" else _e(row.text)


def _said(said: Iterable[tuple[SpeakerRow, tuple[Said, ...]]]) -> list[str]:
    out = [
        '<section id="said"><h2>Who said what</h2><table class="stack"><thead><tr>'
        "<th>Who</th><th>What</th><th>Where</th></tr></thead><tbody>"
    ]
    for speaker, items in said:
        for item in items:
            row = item.statement
            kind = "" if row.kind == "quote" else ' <span class="tag">reported</span>'
            where = f'<a href="#a{row.article_id}">{_e(row.title or row.source)}</a>'
            if row.date:
                where += f' <span class="meta">{_e(row.date)}</span>'
            if item.elsewhere:
                links = ", ".join(f'<a href="#a{i}">{i}</a>' for i in item.elsewhere[:5])
                more = f" +{len(item.elsewhere) - 5}" if len(item.elsewhere) > 5 else ""
                where += f' <span class="meta">(also in {links}{more})</span>'
            out.append(
                f'<tr><td class="who">{_e(speaker.name)}</td>'
                f"<td>{_statement(row)}{kind}</td><td>{where}</td></tr>"
            )
    out.append("</tbody></table></section>")
    return out


def _timeline(timeline: Iterable[tuple[str, tuple[ArticleBrief, ...]]]) -> list[str]:
    out = ['<section id="timeline"><h2>Timeline</h2><ol class="timeline">']
    for day, articles in timeline:
        out.append(f"<li><h3>{_e(day)} <span class='meta'>({len(articles)})</span></h3><ul>")
        for article in articles:
            out.append(f'<li><a href="#{_anchor(article)}">{_e(_title(article))}</a></li>')
        out.append("</ul></li>")
    out.append("</ol></section>")
    return out


def _brief(article: ArticleBrief) -> list[str]:
    out = [f'<article class="brief" id="{_anchor(article)}">']
    out.append(f"<h3>{_e(_title(article))}</h3>")
    facts = [_source_line(article), f"{article.words:,} words"]
    if article.language:
        facts.append(_e(article.language))
    out.append(f'<p class="meta">{" · ".join(facts)}</p>')
    if article.duplicate_of is not None:
        out.append(
            f'<p class="meta">Wire copy of <a href="#a{article.duplicate_of}">'
            f"article {article.duplicate_of}</a></p>"
        )
    elif article.cluster != article.id:
        out.append(
            f'<p class="meta">Same story as <a href="#a{article.cluster}">'
            f"article {article.cluster}</a></p>"
        )
    if article.summary:
        out.append("<ol>" + "".join(f"<li>{_e(s)}</li>" for s in article.summary) + "</ol>")
    if article.claims:
        out.append("<h4>Key claims</h4><ul>")
        for text, speaker, kind in article.claims:
            who = f'<span class="who">{_e(speaker)}</span>: ' if speaker else ""
            out.append(f'<li>{who}{_e(text)} <span class="tag">{_e(kind)}</span></li>')
        out.append("</ul>")
    if article.quotes:
        out.append("<h4>Quotes</h4>")
        for text, speaker in article.quotes:
            who = _e(speaker) if speaker else "unattributed"
            out.append(
                f'<blockquote><p>“{_e(text)}” — <span class="who">{who}</span></p></blockquote>'
            )
    if article.keywords:
        out.append(f'<p class="keywords">Keywords: {_e(", ".join(article.keywords))}</p>')
    out.append("</article>")
    return out


def render_digest_html(digest: Digest, *, title: str = "News digest") -> str:
    """The whole page."""
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="newscli">',
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body><main>",
        f"<header><h1>{_e(title)}</h1>",
        f'<p class="counts">{digest.articles:,} articles · {len(digest.stories):,} stories'
        f" · {digest.copies:,} wire copies · {digest.people:,} people quoted"
        f" · made {generated}</p></header>",
        '<nav><a href="#stories">Stories</a><a href="#people">Most quoted</a>'
        '<a href="#said">Who said what</a><a href="#timeline">Timeline</a>'
        '<a href="#briefs">Briefs</a></nav>',
    ]
    out += _stories(digest.stories)
    out += _people(digest.speakers)
    out += _said(digest.said)
    out += _timeline(digest.timeline)
    out.append('<section id="briefs"><h2>Briefs</h2>')
    for article in digest.briefs:
        out += _brief(article)
    out.append("</section></main></body></html>")
    return "\n".join(out) + "\n"
