"""Summary ranking: the news-aware default, Lead-N, and sumy's algorithms.

Every method returns the chosen sentences in article order with a score in [0, 1].
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from newscli.analyze.language import stop_words, sumy_language
from newscli.analyze.tokenize import SumyTokenizer, words
from newscli.model import Sentence, SummarySentence

SUMY_METHODS = ("lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl", "edmundson")
METHODS = ("news", "lead", *SUMY_METHODS)
DEFAULT_METHOD = "news"


def default_length(sentence_count: int) -> int:
    """Summary length from the article's length: all of a very short one, 3 for a news story."""
    if sentence_count <= 4:
        return sentence_count
    if sentence_count <= 40:
        return 3
    if sentence_count <= 100:
        return 4
    return 5


def rank_sentences(
    sentences: Sequence[Sentence],
    *,
    method: str = DEFAULT_METHOD,
    language: str | None = "en",
    title: str | None = None,
) -> list[float]:
    """A score for every sentence by ``method``; higher is more summary-worthy."""
    if method not in METHODS:
        raise ValueError(f"unknown summary method {method!r}")
    if not sentences:
        return []
    if method == "lead":
        return [1.0 - i / len(sentences) for i in range(len(sentences))]
    if method == "news":
        return _news_scores(sentences, language, title)
    return _sumy_scores(sentences, method, language, title)


def pick(
    sentences: Sequence[Sentence], scores: Sequence[float], count: int | None = None
) -> tuple[SummarySentence, ...]:
    """The ``count`` best sentences (default: ``default_length``) in article order."""
    n = default_length(len(sentences)) if count is None else max(0, min(count, len(sentences)))
    if n == 0:
        return ()
    chosen = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))[:n]
    top = max(scores[i] for i in chosen) or 1.0
    return tuple(
        SummarySentence(text=sentences[i].text, sentence=sentences[i].index, score=scores[i] / top)
        for i in sorted(chosen)
    )


def summarize(
    sentences: Sequence[Sentence],
    *,
    method: str = DEFAULT_METHOD,
    count: int | None = None,
    language: str | None = "en",
    title: str | None = None,
) -> tuple[SummarySentence, ...]:
    """Pick ``count`` sentences (default: ``default_length``) by ``method``, in article order."""
    scores = rank_sentences(sentences, method=method, language=language, title=title)
    return pick(sentences, scores, count)


def _content_words(text: str, stops: frozenset[str]) -> list[str]:
    return [w.lower() for w in words(text) if w.lower() not in stops and not w.isdigit()]


_NOT_SUMMARY = re.compile(r"^(?:by |photo|image|scroll down|click here|read more|watch:)|\?$", re.I)


def _news_scores(
    sentences: Sequence[Sentence], language: str | None, title: str | None
) -> list[float]:
    """Centrality by TF-IDF cosine, weighted by a lead prior and title overlap."""
    stops = stop_words(language or "en")
    bags = [Counter(_content_words(s.text, stops)) for s in sentences]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(sentences)
    idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
    vectors = [{w: c * idf[w] for w, c in bag.items()} for bag in bags]
    norms = [math.sqrt(sum(v * v for v in vec.values())) or 1.0 for vec in vectors]
    title_words = set(_content_words(title or "", stops))
    scores: list[float] = []
    for i, vec in enumerate(vectors):
        centrality = 0.0
        for j in range(max(0, i - 50), min(n, i + 50)):
            if i != j:
                dot = sum(v * vectors[j].get(w, 0.0) for w, v in vec.items())
                centrality += dot / (norms[i] * norms[j])
        lead = 1.0 / (1.0 + 0.35 * i)
        title_bonus = len(title_words & set(bags[i])) / (len(title_words) or 1)
        length = len(bags[i])
        penalty = 0.2 if length < 5 or _NOT_SUMMARY.search(sentences[i].text) else 1.0
        scores.append((lead + 0.15 * centrality + 0.3 * title_bonus) * penalty)
    return scores


def _sumy_scores(
    sentences: Sequence[Sentence], method: str, language: str | None, title: str | None
) -> list[float]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer

    lang = sumy_language(language)
    tokenizer = SumyTokenizer(lang)
    sumy_sentences = [SumySentence(s.text, tokenizer) for s in sentences]
    paragraphs: list[list[Any]] = []
    last_paragraph = None
    for ours, theirs in zip(sentences, sumy_sentences, strict=True):
        if ours.paragraph != last_paragraph:
            paragraphs.append([])
            last_paragraph = ours.paragraph
        paragraphs[-1].append(theirs)
    heading = [SumySentence(title, tokenizer, is_heading=True)] if title else []
    if heading:
        paragraphs.insert(0, heading)
    document = ObjectDocumentModel([Paragraph(p) for p in paragraphs])
    summarizer = _sumy_summarizer(method, Stemmer(lang), lang, title)

    ratings: dict[int, float] = {}
    position = {id(s): i for i, s in enumerate(sumy_sentences)}

    def capture(infos: list[Any]) -> list[Any]:
        # sumy calls this with every sentence sorted best first; keep the ranks as scores.
        total = len(infos)
        for rank, info in enumerate(infos):
            ratings[position[id(info.sentence)]] = 1.0 - rank / total
        return infos

    summarizer(document, capture)
    return [ratings.get(i, 0.0) for i in range(len(sentences))]


def _sumy_summarizer(
    method: str, stemmer: Callable[[str], str], lang: str, title: str | None
) -> Any:
    from sumy.utils import get_stop_words

    stops = frozenset(get_stop_words(lang))
    if method == "lexrank":
        from sumy.summarizers.lex_rank import LexRankSummarizer as cls
    elif method == "textrank":
        from sumy.summarizers.text_rank import TextRankSummarizer as cls
    elif method == "lsa":
        from sumy.summarizers.lsa import LsaSummarizer as cls
    elif method == "luhn":
        from sumy.summarizers.luhn import LuhnSummarizer as cls
    elif method == "sumbasic":
        from sumy.summarizers.sum_basic import SumBasicSummarizer as cls
    elif method == "kl":
        from sumy.summarizers.kl import KLSummarizer as cls
    else:
        from sumy.summarizers.edmundson import EdmundsonSummarizer

        summarizer = EdmundsonSummarizer(stemmer)
        summarizer.null_words = stops
        summarizer.bonus_words = frozenset(w.lower() for w in words(title or "")) - stops or {
            "said"
        }
        summarizer.stigma_words = {"advertisement", "subscribe", "click", "photo", "comments"}
        return summarizer
    summarizer = cls(stemmer)
    summarizer.stop_words = stops
    return summarizer
