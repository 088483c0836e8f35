"""Locate the sentences of an article: spans into ``Article.text``, paragraph by paragraph.

A paragraph's list marker ("- ", "• ", "3. "), the dateline that opens wire copy ("(CNN)",
"WASHINGTON (Reuters) -") and a transcript's speaker label ("DANA OKAFOR: ") stay in the text but
not in the sentence: summaries and claims quote
sentences, and "1. - The council voted" or "(CNN)Donald Trump said" is not how to quote them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newscli.analyze.dateline import (
    dateline_length,
    is_transcript,
    marker_length,
    speaker_label_length,
)
from newscli.analyze.tokenize import split_sentences
from newscli.model import Article, Sentence

PARAGRAPH_SEPARATOR = "\n\n"
# Datelines open the story: they are looked for in its first few paragraphs only.
_DATELINE_PARAGRAPHS = 3
# A sentence's closing mark, then closing quotes and brackets (spaced out in tokenized text).
_CLOSED = re.compile(r"[.!?…:;](?:\s*[\"'”’»)\]`])*\s*$")
_HEADING_WORDS = 20


def segment(article: Article) -> tuple[Sentence, ...]:
    """Every sentence of the article, in order, with offsets into ``article.text``."""
    result: list[Sentence] = []
    offset = 0
    transcript = is_transcript(article.paragraphs)
    for number, paragraph in enumerate(article.paragraphs):
        for position, (start, end) in enumerate(split_sentences(paragraph)):
            if position == 0:
                start = _skip_opening(paragraph, start, end, number)
                if transcript:
                    start += speaker_label_length(paragraph[start:end])
            if start >= end:
                continue  # a transcript's label alone in its paragraph: no sentence
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


def _skip_opening(paragraph: str, start: int, end: int, number: int) -> int:
    """Where the first sentence of a paragraph starts once its marker and dateline are skipped."""
    start += marker_length(paragraph[start:end])
    if number < _DATELINE_PARAGRAPHS:
        start += dateline_length(paragraph[start:end])
    return start


def is_heading(sentences: Sequence[Sentence], index: int) -> bool:
    """A sub-heading: a short paragraph of its own that does not end like a sentence ("5. Why the
    air gets so bad", "What happens next")."""
    sentence = sentences[index]
    alone = (index == 0 or sentences[index - 1].paragraph != sentence.paragraph) and (
        index + 1 == len(sentences) or sentences[index + 1].paragraph != sentence.paragraph
    )
    return (
        alone and len(sentence.text.split()) <= _HEADING_WORDS and not _CLOSED.search(sentence.text)
    )
