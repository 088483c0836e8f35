"""What every renderer says the same way: the metadata line, the removed-lines summary, and a
sentence shown out of its context (``readable_sentence``)."""

from __future__ import annotations

from collections import Counter

from newscli.model import Article, Brief, Removed

_CLOSING = {"'": "'", "‘": "’", "’": "’", "“": "”", '"': '"', "„": "“", "«": "»", "»": "«"}


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


def readable_sentence(brief: Brief, index: int, text: str) -> str:
    """``text``, the article's sentence ``index``, as a reader needs it out of its context. A
    sentence that begins inside a quotation gets the quotation's opening mark and an ellipsis
    (``'… We know we let people down today,' he told the Gazette.``), one that ends inside it an
    ellipsis and the closing mark, so neither reads as the writer's own words or as a fragment.
    The JSON output keeps the exact sentence (its offsets point into the article)."""
    sentence = next((s for s in brief.sentences if s.index == index), None)
    if sentence is None or sentence.text != text:
        return text
    body = brief.article.text
    start, end = sentence.start, sentence.start + len(sentence.text.rstrip())
    opened = closed = ""
    for attribution in brief.attributions:
        if attribution.kind != "quote" or attribution.start > end:
            continue
        for a, b in attribution.parts:
            mark = body[a - 1] if a > 0 else ""
            if mark not in _CLOSING:
                continue
            if a <= start < b and not opened and body[start] not in _CLOSING:
                opened = f"{mark}… "
            if a < end < b and not closed:
                closed = f" …{_CLOSING[mark]}"
    return f"{opened}{text.rstrip()}{closed}" if opened or closed else text
