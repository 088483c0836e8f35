"""The shortcuts the speed work took, each checked against the plain computation it stands for.

Each shortcut skips work when a cheaper test shows that the work cannot change the answer (a
gate), or computes the same answer another way. Here hypothesis looks for a text or a ranking
where the two differ.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscli.analyze import attribution, claims, tokenize
from newscli.analyze.segment import segment
from newscli.analyze.similarity import Vector, cosine, tfidf_vectors
from newscli.analyze.summary import DEFAULT_WEIGHTS, NewsWeights, _greedy_mmr
from newscli.analyze.tokenize import words
from newscli.model import Article
from newscli.pipeline import _word_count

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _texts(pieces: list[str], alphabet: str, max_size: int = 40) -> st.SearchStrategy[str]:
    """Texts joined from ``pieces`` and runs of ``alphabet``: the shapes a pattern cares about."""
    return st.lists(
        st.one_of(st.sampled_from(pieces), st.text(alphabet=alphabet, max_size=6)),
        max_size=max_size,
    ).map("".join)


# Words, sentence ends, list labels, bullets, quotes, joiners and the spaces between them.
_ARTICLE_PIECES = [
    "The mayor said ",
    "“We will build it,” she said. ",
    "2. ",
    "3. ",
    "b) ",
    "c) ",
    "• ",
    " - ",
    "U.S. ",
    "Dr. ",
    "im 16. Jahrhundert ",
    "LONDON (Reuters) — ",
    "4.5% ",
    "don't ",
    "co-op ",
    "\n",
    "\n\n",
    " ",
    "…",
]
_ARTICLE_ALPHABET = "aZé1 .,;:!?'’-‐_()\n\t•“”«»"


@SETTINGS
@given(st.lists(_texts(_ARTICLE_PIECES, _ARTICLE_ALPHABET, 25), min_size=1, max_size=4))
def test_word_count_from_the_sentences_is_the_count_of_the_whole_text(
    paragraphs: list[str],
) -> None:
    # The brief counts the words of the sentences it tokenized and reads only the gaps between
    # them again (a list marker, a dateline skipped at a paragraph's start).
    paragraphs = [p for p in (p.strip() for p in paragraphs) if p]
    article = Article(source="-", kind="text", paragraphs=tuple(paragraphs))
    sentences = segment(article)
    tokenized = [words(sentence.text) for sentence in sentences]
    assert _word_count(article.text, sentences, tokenized) == len(words(article.text))


_FIGURE_PIECES = ["percent", "per cent", "million", "billion", "trillion", "illion", "Million"]


@SETTINGS
@given(_texts(_FIGURE_PIECES, "abcelnoprt 7-_é"))
def test_figure_test_is_the_figure_pattern(text: str) -> None:
    assert claims._has_figure(text) == (claims._FIGURE.search(text) is not None)


_LIST_PIECES = ["1.", "2.", "10.", "11.)", "a)", "b)", "B.", " ", "\n", "•", "▪", "x"]


@SETTINGS
@given(_texts(_LIST_PIECES, "0129abz.) \n\t•"))
def test_list_label_hint_finds_every_text_with_a_label(text: str) -> None:
    # ``_list_markers`` returns at once when the hint finds nothing: the hint must find something
    # wherever the label pattern does.
    padded = " " + text
    if tokenize._LIST_LABEL.search(padded) is not None:
        assert tokenize._LIST_LABEL_HINT.search(padded) is not None


@SETTINGS
@given(_texts(["said", "told", "Said", "re-said", "said_", "saidé", "3said"], "adistoé-_ 'A9"))
def test_cue_gate_sees_every_word_the_cue_loop_reads(text: str) -> None:
    # ``all_cues`` skips its loop when no run of lower-case letters is a cue word: every word the
    # loop reads must be such a run.
    runs = set(attribution._LOWER_RUN.findall(text))
    assert set(attribution._LOWER_WORD.findall(text)) <= runs


@SETTINGS
@given(
    st.sampled_from(["16", "(3", "U.S", "Dr", "B", "x", "im", "Mai", "2a", "a2"]),
    st.sampled_from(["Oktober", "Jahrhundert", "The", "the", "3", "und", "A", ""]),
    st.sampled_from(["im", "am", "der", "the", "", "Im"]),
)
def test_word_before_a_period_matters_only_after_a_number(
    previous: str, following: str, before: str
) -> None:
    # ``_boundary`` looks up the word before ``previous`` only when ``previous`` is a number.
    if not previous.lstrip(tokenize._OPENERS_PUNCT).isdigit():
        expected = tokenize._period_ends_sentence(previous, following, "")
        assert tokenize._period_ends_sentence(previous, following, before) == expected


def _plain_mmr(scores: list[float], vectors: Sequence[Vector], weights: NewsWeights) -> list[int]:
    """Greedy MMR as first written: every candidate's overlap with each chosen sentence is the
    cosine of the two, and every candidate is scanned at every step."""
    pool = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[: weights.mmr_candidates]
    pool = [i for i in pool if scores[i] > 0.0]
    chosen: list[int] = []
    duplicates: list[int] = []
    overlap = dict.fromkeys(pool, 0.0)
    while pool:
        best, best_value = pool[0], -math.inf
        for i in pool:
            if overlap[i] > weights.duplicate:
                continue
            value = scores[i] - weights.redundancy * overlap[i]
            if value > best_value:
                best, best_value = i, value
        pool.remove(best)
        if best_value == -math.inf:
            duplicates.append(best)
            continue
        chosen.append(best)
        for i in pool:
            if not vectors[best].keys().isdisjoint(vectors[i]):
                overlap[i] = max(overlap[i], cosine(vectors[i], vectors[best]))
    return chosen + duplicates


_SCORE = st.one_of(st.just(0.0), st.just(0.5), st.just(1.0), st.floats(0.0, 1.0, allow_nan=False))
_BAG = st.lists(st.sampled_from("abcdefgh"), max_size=6)


@SETTINGS
@given(
    st.lists(st.tuples(_SCORE, _BAG), max_size=30),
    st.sampled_from([DEFAULT_WEIGHTS, NewsWeights(mmr_candidates=5, duplicate=0.3)]),
)
def test_mmr_order_is_the_plain_greedy_order(
    sentences: list[tuple[float, list[str]]], weights: NewsWeights
) -> None:
    # Few terms, so sentences share one, two or more of them and some are near-duplicates.
    scores = [score for score, _ in sentences]
    vectors = tfidf_vectors([bag for _, bag in sentences])
    assert _greedy_mmr(scores, vectors, weights) == _plain_mmr(scores, vectors, weights)


def test_the_gates_open_on_what_they_are_about() -> None:
    # The properties above hold trivially if a gate never opens: each opens on its pieces.
    assert claims._has_figure("per cent") and claims._has_figure("4.5% ")
    assert tokenize._list_markers("Steps: 1. Mix. 2. Bake.") != []
    assert attribution.all_cues("The mayor said it would pass.") != []
