"""Summary ranking: the news-aware default, Lead-N, and sumy's algorithms.

Every method returns the chosen sentences in article order with a score in [0, 1].
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain
from typing import Any

from newscli.analyze.segment import is_heading
from newscli.analyze.similarity import Vector, cosine, tfidf_vectors, windowed_centrality
from newscli.analyze.tokenize import SumyTokenizer, words
from newscli.errors import InvalidOptionError
from newscli.lang.registry import resources
from newscli.lang.stemmers import stemmer
from newscli.lang.stopwords import stop_words
from newscli.model import Sentence, SummarySentence
from newscli.options import DEFAULT_METHOD, METHODS


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
    tokenized: Sequence[Sequence[str]] | None = None,
) -> list[float]:
    """A score for every sentence by ``method``; higher is more summary-worthy.

    ``tokenized``: each sentence's ``tokenize.words``, when the caller has them already.
    """
    if method not in METHODS:
        raise InvalidOptionError(
            f"unknown summary method {method!r} (choose from {', '.join(METHODS)})"
        )
    if not sentences:
        return []
    if method == "lead":
        return [1.0 - i / len(sentences) for i in range(len(sentences))]
    if method == "news":
        return _news_scores(sentences, language, title, tokenized=tokenized)
    return _sumy_scores(sentences, method, language, title)


def pick(
    sentences: Sequence[Sentence], scores: Sequence[float], count: int | None = None
) -> tuple[SummarySentence, ...]:
    """The ``count`` best sentences in article order.

    Without ``count``, ``default_length`` of the sentences scored above zero, so that a very short
    article's summary holds all of it except what the ranker ruled out (its byline, say);
    all of it when the ranker ruled out everything.
    """
    if count is None:
        usable = sum(1 for score in scores if score > 0.0)
        n = default_length(usable or len(sentences))
    else:
        n = max(0, min(count, len(sentences)))
    if n == 0:
        return ()
    chosen = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))[:n]
    top = max(scores[i] for i in chosen) or 1.0
    return tuple(
        SummarySentence(
            text=sentences[i].text,
            sentence=sentences[i].index,
            score=scores[i] / top,
            start=sentences[i].start,
            end=sentences[i].end,
        )
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


@dataclass(frozen=True)
class NewsWeights:
    """The news ranker's knobs, tuned on the first 1,500 tokenized CNN/DM test records."""

    lead_decay: float = 0.1
    """Lead prior 1 / (1 + lead_decay * position), position counted among usable sentences."""
    centrality: float = 0.6
    """Weight of PacSum-style directed centrality (normalised to [0, 1] in the article)."""
    backward: float = 0.0
    """How much similarity to earlier sentences counts against similarity to later ones (PacSum
    subtracts it; on news the forward sum alone did as well, since it already favours the lead)."""
    title: float = 0.3
    """Weight of the share of the title's content words a sentence repeats (untuned: the corpus
    has no titles)."""
    min_terms: int = 4
    """Sentences with fewer content words than this are fragments."""
    long_terms: int = 15
    long_penalty: float = 0.1
    """Sentences with more content words than ``long_terms`` lose this share (run-ons, lists)."""
    quote_penalty: float = 0.1
    """Sentences that open with a quotation mark (direct speech) lose this share."""
    redundancy: float = 0.2
    """MMR: the score lost per unit of cosine similarity to a sentence already chosen."""
    duplicate: float = 0.6
    """Cosine above which a sentence says the same as one already chosen and is never picked."""
    mmr_candidates: int = 40


DEFAULT_WEIGHTS = NewsWeights()
CENTRALITY_WINDOW = 30
"""Sentences further apart than this are never compared: linear cost on book-length input."""


@dataclass(frozen=True)
class _Features:
    """What the news ranker knows about each sentence of one article, before weighting."""

    vectors: list[Vector]
    terms: list[int]
    junk: list[bool]
    """Ruled out: a fragment (fewer than ``min_terms`` content words), a byline, a caption..."""
    quote: list[bool]
    """Opens with a quotation mark (only looked for in the sentences that are not junk)."""
    forward: tuple[float, ...]
    backward: tuple[float, ...]
    title_overlap: list[float]


def _news_scores(
    sentences: Sequence[Sentence],
    language: str | None,
    title: str | None,
    weights: NewsWeights = DEFAULT_WEIGHTS,
    *,
    tokenized: Sequence[Sequence[str]] | None = None,
) -> list[float]:
    """Lead prior, directed centrality and title overlap, junk removed, re-ranked by MMR."""
    features = _features(sentences, language, title, tokenized, min_terms=weights.min_terms)
    return _mmr_order(_relevance(features, weights), features.vectors, weights)


def _features(
    sentences: Sequence[Sentence],
    language: str | None,
    title: str | None,
    tokenized: Sequence[Sequence[str]] | None = None,
    *,
    min_terms: int = DEFAULT_WEIGHTS.min_terms,
) -> _Features:
    stops = stop_words(language or "en")
    stem = stemmer(language)
    quote_opening = _quote_opening(language)
    memo: dict[str, str | None] = {}  # an article repeats its words: each is judged once
    if tokenized is None:
        tokenized = [words(s.text) for s in sentences]
    _judge(set(chain.from_iterable(tokenized)), stops, stem, memo)
    bags = [_judged_terms(tokens, memo) for tokens in tokenized]
    vectors = tfidf_vectors(bags)
    central = windowed_centrality(vectors, CENTRALITY_WINDOW)
    title_terms = set(_terms(title or "", stops, stem))
    # Lowercased text (as in tokenized corpora) cannot show a fragment by its lower-case start.
    cased = any(s.text != s.text.lower() for s in sentences[:20])
    # A fragment is junk by its count of terms alone: the patterns below, a quarter of the
    # ranker's cost, read only the other sentences (a quarter of a news article's are fragments).
    junk = [
        len(bag) < min_terms or _is_junk(s.text, cased, stops) or is_heading(sentences, i)
        for i, (s, bag) in enumerate(zip(sentences, bags, strict=True))
    ]
    return _Features(
        vectors=vectors,
        terms=[len(bag) for bag in bags],
        junk=junk,
        # (a junk sentence scores zero, with or without the quotation's penalty)
        quote=[
            not ruled_out and bool(quote_opening.match(s.text))
            for s, ruled_out in zip(sentences, junk, strict=True)
        ],
        forward=central.forward,
        backward=central.backward,
        title_overlap=[
            len(title_terms.intersection(bag)) / len(title_terms) if title_terms else 0.0
            for bag in bags
        ],
    )


def _relevance(features: _Features, weights: NewsWeights) -> list[float]:
    directed = [
        max(0.0, f - weights.backward * b)
        for f, b in zip(features.forward, features.backward, strict=True)
    ]
    top_central = max(directed, default=0.0) or 1.0
    relevance: list[float] = []
    position = 0
    for i, terms in enumerate(features.terms):
        junk = features.junk[i]
        # The lead prior counts only usable sentences, so a byline does not push the lead down.
        lead = 1.0 / (1.0 + weights.lead_decay * position)
        score = (
            lead
            + weights.centrality * directed[i] / top_central
            + weights.title * features.title_overlap[i]
        )
        position += not junk
        if junk:
            # Bylines, captions, fragments and the like score nothing: chosen only when asked for
            # more sentences than the article has usable ones, and left out of the default length.
            score = 0.0
        elif terms > weights.long_terms:
            score *= 1.0 - weights.long_penalty
        if features.quote[i]:
            score *= 1.0 - weights.quote_penalty
        relevance.append(score)
    return relevance


def _mmr_order(
    relevance: list[float], vectors: Sequence[Vector], weights: NewsWeights
) -> list[float]:
    """Scores in [0, 1] whose descending order is the greedy MMR order of the best candidates.

    Only the ``mmr_candidates`` most relevant sentences are re-ranked, which keeps the cost
    bounded; near-duplicates of a chosen sentence go after every other candidate, the sentences
    that were not candidates keep their relevance, scaled below all of them, and a zero (junk)
    stays zero.
    """
    top = max(relevance, default=0.0) or 1.0
    scores = [r / top for r in relevance]
    order = _greedy_mmr(scores, vectors, weights)
    ranked = list(scores)
    previous = 1.0
    for i in order:
        # Strictly decreasing, so that ``pick`` (best score first) follows the MMR order.
        previous = ranked[i] = min(scores[i], previous * 0.999)
    reranked = set(order)
    others = [i for i in range(len(scores)) if i not in reranked]
    others_top = max((scores[i] for i in others), default=0.0)
    if others_top >= previous > 0.0:
        for i in others:
            ranked[i] = scores[i] * previous / others_top * 0.999
    return ranked


def _greedy_mmr(scores: list[float], vectors: Sequence[Vector], weights: NewsWeights) -> list[int]:
    """The ``mmr_candidates`` best-scored sentences (``scores`` in [0, 1], a zero left out) in
    greedy MMR order: each next the one whose score less its redundancy with those chosen is the
    highest, near-duplicates of a chosen sentence after all the others, in the order they were
    found to be."""
    pool = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[: weights.mmr_candidates]
    pool = [i for i in pool if scores[i] > 0.0]
    chosen: list[int] = []
    duplicates: list[int] = []
    overlap = dict.fromkeys(pool, 0.0)
    duplicate, redundancy = weights.duplicate, weights.redundancy
    # The candidates left that use each term: a chosen sentence's similarity to them is summed
    # from its own terms' users, and pairs that share no term (their cosine is 0) are never met.
    users: dict[str, list[int]] = {}
    for i in pool:
        for term in vectors[i]:
            users.setdefault(term, []).append(i)
    while pool:
        best, best_value = pool[0], -math.inf
        for i in pool:
            if scores[i] <= best_value:
                # The pool is sorted by score and a value is never above its score: no candidate
                # from here on can beat the best one, so the scan stops (the same choice, sooner).
                break
            if overlap[i] > duplicate:
                continue
            value = scores[i] - redundancy * overlap[i]
            if value > best_value:
                best, best_value = i, value
        pool.remove(best)
        for term in vectors[best]:
            users[term].remove(best)
        if best_value == -math.inf:
            duplicates.append(best)
            continue
        chosen.append(best)
        products: dict[int, list[float]] = {}
        for term, weight in vectors[best].items():
            for i in users[term]:
                products.setdefault(i, []).append(vectors[i][term] * weight)
        for i, shared in products.items():
            overlap[i] = max(overlap[i], _similarity(shared, vectors[i], vectors[best]))
    return chosen + duplicates


def _similarity(products: list[float], a: Vector, b: Vector) -> float:
    """``cosine(a, b)``, given the products of the weights of the terms they share.

    One or two products add up to the same float in either order; more are left to ``cosine``,
    whose order of addition can differ in the last bit (most pairs of sentences share one or two
    terms).
    """
    return sum(products) if len(products) <= 2 else cosine(a, b)


def _terms(
    text: str,
    stops: frozenset[str],
    stem: Callable[[str], str],
    memo: dict[str, str | None] | None = None,
) -> list[str]:
    """Stemmed content words: no stop words, numbers, clitics ("'s", "n't") or punctuation.

    ``memo`` remembers each word's term (None: not a content word) across calls.
    """
    return _content_terms(words(text), stops, stem, memo)


def _content_terms(
    found: Sequence[str],
    stops: frozenset[str],
    stem: Callable[[str], str],
    memo: dict[str, str | None] | None = None,
) -> list[str]:
    """``_terms`` of a text's ``tokenize.words``."""
    memo = {} if memo is None else memo
    _judge(set(found).difference(memo), stops, stem, memo)
    return _judged_terms(found, memo)


def _judged_terms(found: Sequence[str], memo: dict[str, str | None]) -> list[str]:
    """The terms of the words ``found``, every one of them judged in ``memo`` already."""
    return [term for term in map(memo.__getitem__, found) if term is not None]


def _judge(
    found: Iterable[str],
    stops: frozenset[str],
    stem: Callable[[str], str],
    memo: dict[str, str | None],
) -> None:
    """Put each of the distinct words ``found`` in ``memo``: its term, or None when it is no
    content word."""
    for word in found:
        # "obama's" and tokenized "obama 's" both count as "obama".
        base = word.lower().replace("’", "'").split("'")[0]
        content = (
            len(base) >= 2
            and base not in stops
            # (a word of letters only has one, found sooner than by the pattern)
            and (base.isalpha() or _HAS_LETTER.search(base))
        )
        memo[word] = stem(base) if content else None


_HAS_LETTER = re.compile(r"[^\W\d_]")


@cache
def _quote_opening(language: str | None) -> re.Pattern[str]:
    """A sentence that opens a quotation, by the marks of ``language``'s press („…“ in German,
    « … » in French) as well as English ones, and by a dialogue dash where the language leads
    dialogue with one ("— No iré", dijo)."""
    found = resources(language)
    openers = sorted({"``", '"', "“", "'", *(opening for opening, _ in found.quote_marks)})
    alternatives = "|".join(re.escape(o) for o in sorted(openers, key=len, reverse=True))
    dash = r"|[—–―]\s" if found.dialogue_dash else ""
    return re.compile(rf"^\s*(?:{alternatives}{dash})")


_BYLINE = re.compile(r"^\W*(?:by|written by|reporting by|words by)\s*[.:]?\s+(.*)$", re.I | re.S)
# Words a byline may hold besides names: "By Jane Doe and John Roe for the Daily Mail".
_BYLINE_CONNECTORS = frozenset({"and", "for", "in", "of", "the", "at", "with"})
_TIMESTAMP_START = re.compile(
    r"^\W*(?:published|updated|last updated|posted|first published)\s*:", re.I
)
_CLOCK = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:est|edt|gmt|bst|et|pt|utc)\b", re.I
)
_DATE_ONLY = re.compile(
    r"^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\W+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"\W+\d{4}\W*$",
    re.I,
)
# A caption opens on a picture word and a colon or dash, or carries a photo credit.
_CAPTION_OPENING = re.compile(
    r"^\W*(?:pictured|photo|photograph|picture|image|video|above|below|left|right|top|inset|"
    r"file photo|caption)(?:\s*:|\s+-+\s)",
    re.I,
)
_CAPTION_CREDIT = re.compile(
    r"\b(?:getty images|image copyright|photo credit|ap photo|afp/getty|credit\s*:)"
    r"|\((?:photo|image|picture)s?\s*:",
    re.I,
)
_CALL_TO_ACTION = re.compile(
    r"scroll down|click here|read more\b|read the full|watch the video|^\W*watch\s*:|"
    r"sign up (?:for|to) (?:our|the) |subscribe (?:to our|now|today|here)|follow us\b|"
    r"share (?:this|your) (?:story|article|thoughts|views|photos)|let us know|"
    r"tell us (?:what|how|your|about)|(?:leave|post) a comment|join the conversation|"
    r"https?://|www\.",
    re.I,
)
# Every match of _CALL_TO_ACTION holds one of these, and every match of _CAPTION_CREDIT one of the
# next ones, in the text lowered: substring tests run in C, and most sentences hold none, so the
# patterns' many case-insensitive branches (tried at every position, a third of the summary's
# cost) run only where one is found. Lowering folds letters as the patterns compare them, except
# for the three letters in _FOLDED_OTHERWISE: a text holding one goes to the patterns directly.
_CALL_TO_ACTION_NEEDLES = (
    "scroll down",
    "click here",
    "read ",
    "watch",
    "sign up ",
    "subscribe ",
    "follow us",
    "share ",
    "let us know",
    "tell us ",
    " a comment",
    "join the conversation",
    "http",
    "www.",
)
_CAPTION_CREDIT_NEEDLES = (
    "credit",
    "getty",
    "image copyright",
    "ap photo",
    "(photo",
    "(image",
    "(picture",
)
_QUESTION_END = re.compile(r"""\?\s*(?:''|["”’')\]])*\s*$""")
_FIRST_WORD = re.compile(r"\w+")
_FOLDED_OTHERWISE = ("\u0130", "\u0131", "\u017f")
"""İ lowers to two characters, and a case-insensitive pattern takes ı for i and ſ for s."""


def _is_caption_or_call(text: str) -> bool:
    """A caption or a call to action (the patterns' own verdict, found sooner)."""
    if _CAPTION_OPENING.match(text):
        return True
    # (any(map(...)) tests the needles without a Python frame per needle)
    if any(map(text.__contains__, _FOLDED_OTHERWISE)):
        return bool(_CAPTION_CREDIT.search(text) or _CALL_TO_ACTION.search(text))
    lowered = text.lower()
    if any(map(lowered.__contains__, _CAPTION_CREDIT_NEEDLES)) and _CAPTION_CREDIT.search(text):
        return True
    if not any(map(lowered.__contains__, _CALL_TO_ACTION_NEEDLES)):
        return False
    return _CALL_TO_ACTION.search(text) is not None


def _is_junk(text: str, cased: bool, stops: frozenset[str]) -> bool:
    """Bylines, datelines, captions, questions, calls to action and fragments."""
    return (
        _is_byline(text, stops)
        or _is_fragment_start(text, cased)
        or _is_dateline(text)
        or _is_caption_or_call(text)
        or bool(_QUESTION_END.search(text))
    )


def _is_byline(text: str, stops: frozenset[str]) -> bool:
    """ "By Jane Doe, Staff Reporter", but not "By Tuesday the storm had passed"."""
    match = _BYLINE.match(text)
    if not match:
        return False
    rest = [w.lower() for w in words(match.group(1))]
    return len(rest) <= 10 and not any(w in stops and w not in _BYLINE_CONNECTORS for w in rest)


def _is_fragment_start(text: str, cased: bool) -> bool:
    """In cased text a sentence whose first word is all lower case is a split remnant."""
    first = _FIRST_WORD.search(text)
    return cased and first is not None and first.group().islower()


def _is_dateline(text: str) -> bool:
    if _TIMESTAMP_START.match(text) or _DATE_ONLY.match(text):
        return True
    # A clock time with a zone is a timestamp line only when little else is there (the split
    # goes no further than a 13th word, which tells).
    return len(text.split(None, 12)) <= 12 and bool(_CLOCK.search(text))


def _sumy_scores(
    sentences: Sequence[Sentence], method: str, language: str | None, title: str | None
) -> list[float]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = SumyTokenizer(language or "en")
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
    summarizer = _sumy_summarizer(method, stemmer(language), stop_words(language or "en"), title)

    ratings: dict[int, float] = {}
    position = {id(s): i for i, s in enumerate(sumy_sentences)}

    def capture(infos: list[Any]) -> list[Any]:
        # sumy calls this with every sentence sorted best first; keep the ranks as scores.
        total = len(infos)
        for rank, info in enumerate(infos):
            ratings[position[id(info.sentence)]] = 1.0 - rank / total
        return infos

    import warnings

    import numpy  # (sumy's own dependency)

    with numpy.errstate(invalid="ignore", divide="ignore"), warnings.catch_warnings():
        # LexRank over sentences with no content word divides by a zero norm, and LSA warns when
        # a text has fewer words than sentences: the ranks are arbitrary then, which is all such
        # sentences deserve, and no warning reaches the terminal.
        warnings.filterwarnings("ignore", category=UserWarning, module=r"sumy\.")
        summarizer(document, capture)
    return [ratings.get(i, 0.0) for i in range(len(sentences))]


def _sumy_summarizer(
    method: str, stem: Callable[[str], str], stops: frozenset[str], title: str | None
) -> Any:
    """sumy's summarizer for ``method`` with newscli's stemmer and stop words for the language."""
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

        summarizer = EdmundsonSummarizer(stem)
        summarizer.null_words = stops
        summarizer.bonus_words = frozenset(w.lower() for w in words(title or "")) - stops or {
            "said"
        }
        summarizer.stigma_words = {"advertisement", "subscribe", "click", "photo", "comments"}
        return summarizer
    summarizer = cls(stem)
    summarizer.stop_words = stops
    return summarizer
