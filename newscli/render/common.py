"""What every renderer says the same way: the metadata line, the removed-lines summary."""

from __future__ import annotations

from collections import Counter

from newscli.model import Article, Brief, Removed


def metadata_parts(article: Article, brief: Brief | None = None) -> list[str]:
    """Short labelled facts about the article, in display order."""
    parts: list[str] = []
    if article.site:
        parts.append(article.site)
    if article.author:
        parts.append(f"by {article.author}")
    if article.date:
        parts.append(article.date)
    if brief is not None:
        s = brief.stats
        parts.append(f"{s.words:,} words")
        parts.append(f"{s.reading_minutes:g} min read")
    if article.language:
        parts.append(article.language)
    return parts


def removed_summary(removed: tuple[Removed, ...]) -> str | None:
    """``"Removed 2 lines: comment section (2)"``, or None when nothing was removed."""
    if not removed:
        return None
    reasons = Counter(r.reason for r in removed)
    listed = ", ".join(
        f"{reason} ({n})" if n > 1 else reason for reason, n in reasons.most_common()
    )
    noun = "line" if len(removed) == 1 else "lines"
    return f"Removed {len(removed)} {noun}: {listed}"


def speaker_label(speaker: str | None) -> str:
    return speaker or "unattributed"


def title_of(article: Article) -> str:
    return article.title or "(untitled)"
