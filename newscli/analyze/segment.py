"""Locate the sentences of an article: spans into ``Article.text``, paragraph by paragraph."""

from __future__ import annotations

from newscli.analyze.tokenize import split_sentences
from newscli.model import Article, Sentence

PARAGRAPH_SEPARATOR = "\n\n"


def segment(article: Article) -> tuple[Sentence, ...]:
    """Every sentence of the article, in order, with offsets into ``article.text``."""
    result: list[Sentence] = []
    offset = 0
    for number, paragraph in enumerate(article.paragraphs):
        for start, end in split_sentences(paragraph):
            result.append(
                Sentence(
                    index=len(result),
                    text=paragraph[start:end],
                    start=offset + start,
                    end=offset + end,
                    paragraph=number,
                )
            )
        offset += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return tuple(result)
