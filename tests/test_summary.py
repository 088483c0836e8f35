"""Summary ranking: the news default, Lead-N and sumy's methods, on short articles written here."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.analyze.segment import segment
from newscli.analyze.similarity import cosine, tfidf_vectors, windowed_centrality
from newscli.analyze.summary import (
    METHODS,
    _quote_opening,
    default_length,
    pick,
    rank_sentences,
    summarize,
)
from newscli.errors import InvalidOptionError
from newscli.lang.stemmers import light_english_stem as stem
from newscli.model import Article, Sentence

STORY = (
    "By Jane Doe, Staff Reporter",
    "PUBLISHED: 10:31 EST, 3 March 2021",
    "The city council voted on Tuesday to close the old harbour bridge to cars after engineers "
    "found deep cracks in its steel supports.",
    "Photo: The harbour bridge at dusk, seen from the ferry terminal (Getty Images)",
    "Engineers said the cracks in the steel supports had grown quickly over the past winter.",
    "Scroll down for video",
    "Drivers will use the ring road while the bridge is repaired, which may take two years.",
    "The council said buses and bicycles could still cross the bridge until the repairs begin.",
    "What do you think about the bridge closure?",
    "Local shop owners fear the closure of the bridge will keep customers away from the harbour.",
    "The mayor promised a fund to help harbour businesses through the repairs.",
)
BYLINE, DATELINE, CAPTION, SCROLL, QUESTION = 0, 1, 3, 5, 8


def sentences_of(*texts: str) -> tuple[Sentence, ...]:
    return segment(Article(source="test", kind="text", paragraphs=texts))


def chosen_texts(texts: tuple[str, ...], **kwargs: object) -> list[str]:
    return [s.text for s in summarize(sentences_of(*texts), **kwargs)]  # type: ignore[arg-type]


def test_byline_is_never_chosen() -> None:
    for count in range(1, 6):
        assert STORY[BYLINE] not in chosen_texts(STORY, count=count)


def test_photo_caption_is_never_chosen() -> None:
    for count in range(1, 6):
        assert STORY[CAPTION] not in chosen_texts(STORY, count=count)


def test_dateline_scroll_prompt_and_reader_question_are_never_chosen() -> None:
    picked = chosen_texts(STORY, count=5)
    for junk in (DATELINE, SCROLL, QUESTION):
        assert STORY[junk] not in picked


def test_sentence_opening_with_by_is_not_taken_for_a_byline() -> None:
    lead = "By Tuesday the flood water had reached the old market square in the town centre."
    rest = (
        "Residents of the town centre moved their cars to higher ground before the flood.",
        "The council opened the school hall as a shelter for families from the market square.",
    )
    assert chosen_texts((lead, *rest), count=1) == [lead]


def test_two_sentences_saying_the_same_are_not_both_chosen() -> None:
    repeated = "The harbour bridge will close to cars for two years of repairs, the council said."
    texts = (
        repeated,
        "Engineers found deep cracks in the steel supports of the bridge during the winter.",
        repeated,
        "Drivers will use the ring road while the bridge is repaired by the engineers.",
        "Buses and bicycles can still cross the bridge until the repairs begin in June.",
        "Shop owners near the harbour fear the closure will keep their customers away.",
    )
    assert chosen_texts(texts, count=3).count(repeated) == 1


def test_lowercased_tokenized_text_skips_byline_and_caption() -> None:
    tokenized = tuple(
        text.lower().replace(",", " ,").replace(".", " .").replace(":", " :") for text in STORY
    )
    picked = chosen_texts(tokenized, count=4)
    for junk in (BYLINE, DATELINE, CAPTION, SCROLL, QUESTION):
        assert tokenized[junk] not in picked


def test_summary_is_in_article_order() -> None:
    summary = summarize(sentences_of(*STORY), count=4)
    indices = [s.sentence for s in summary]
    assert indices == sorted(indices)


def test_sentences_count_is_honoured() -> None:
    sentences = sentences_of(*STORY)
    for count in range(len(sentences) + 2):
        assert len(summarize(sentences, count=count)) == min(count, len(sentences))


def test_pick_honours_count() -> None:
    sentences = sentences_of(*STORY)
    scores = rank_sentences(sentences)
    assert len(pick(sentences, scores, 2)) == 2


def test_one_sentence_article_is_its_own_summary() -> None:
    only = "The harbour bridge will close to cars on Monday for two years of repairs."
    assert chosen_texts((only,)) == [only]


def test_very_short_article_is_summarized_whole_except_its_byline() -> None:
    texts = (
        "By Jane Doe",
        "The harbour bridge will close to cars on Monday for two years of repairs.",
        "Buses and bicycles can still cross the bridge until the repairs begin.",
    )
    assert chosen_texts(texts) == list(texts[1:])


def test_article_of_nothing_but_junk_is_still_summarized() -> None:
    assert chosen_texts(("What next for the bridge?",)) == ["What next for the bridge?"]


def test_empty_article_has_empty_summary() -> None:
    assert rank_sentences(()) == []
    assert summarize(()) == ()


@pytest.mark.parametrize("method", METHODS)
def test_every_method_returns_valid_indices(method: str) -> None:
    sentences = sentences_of(*STORY)
    scores = rank_sentences(sentences, method=method, title="Harbour bridge to close")
    assert len(scores) == len(sentences)
    summary = pick(sentences, scores, 3)
    assert len(summary) == 3
    assert all(0 <= s.sentence < len(sentences) for s in summary)
    assert all(0.0 <= s.score <= 1.0 for s in summary)


def test_unknown_method_is_refused_with_a_newscli_error() -> None:
    with pytest.raises(
        InvalidOptionError, match=r"unknown summary method 'magic' \(choose from news"
    ):
        rank_sentences(sentences_of(*STORY), method="magic")


def test_default_length_is_three_for_a_news_story() -> None:
    assert default_length(25) == 3


def test_default_length_is_everything_for_a_very_short_article() -> None:
    assert default_length(2) == 2


def test_default_length_grows_for_long_reads() -> None:
    assert default_length(150) > 3


def test_stem_conflates_inflections() -> None:
    assert stem("attacks") == stem("attacked") == stem("attacking") == stem("attack")
    assert stem("hoped") == stem("hope") == stem("hoping")


def test_cosine_of_a_sentence_with_itself_is_one() -> None:
    vector = tfidf_vectors([["bridge", "crack"], ["ferry"]])[0]
    assert cosine(vector, vector) == pytest.approx(1.0)


def test_centrality_only_looks_inside_the_window() -> None:
    vectors = tfidf_vectors([["bridge"], ["ferry"], ["bridge"]])
    assert windowed_centrality(vectors, window=1).forward[0] == 0.0
    assert windowed_centrality(vectors, window=2).forward[0] > 0.0


sentence_text = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=80
)


@settings(max_examples=60, deadline=None)
@given(st.lists(sentence_text, max_size=12), st.integers(min_value=0, max_value=6) | st.none())
def test_news_summary_never_crashes_nor_invents_text(texts: list[str], count: int | None) -> None:
    paragraphs = tuple(t for t in texts if t.strip())
    sentences = sentences_of(*paragraphs)
    summary = summarize(sentences, count=count)
    known = {s.text for s in sentences}
    assert all(s.text in known for s in summary)
    if count is not None:
        assert len(summary) == min(count, len(sentences))
    indices = [s.sentence for s in summary]
    assert indices == sorted(set(indices))


# The caption and call-to-action test looks for the patterns' words before running them: it must
# give the patterns' own verdict, case-insensitive letters included.

_JUNK_PIECES = [
    *"ab cdlkis rewohtpu:/.-()",
    *("C", "K", "I", "S", "\u0130", "\u0131", "\u017f", "\u212a"),
    *("getty images", "Getty", "image copyright", "photo credit", "AP Photo", "afp/getty"),
    *("credit :", "(photos:", "(Image :", "(picture", "Pictured:", "photo - ", "video -- x"),
    *("scroll down", "CLICK HERE", "read more", "Watch:", "sign up for our ", "subscribe now"),
    *("follow us", "share this story", "let us know", "tell us what", "post a comment"),
    *("join the conversation", "https://", "WWW.", "\u017fhare your views", "cl\u0131ck here"),
]


@given(st.lists(st.sampled_from(_JUNK_PIECES), max_size=12).map("".join))
def test_caption_or_call_test_agrees_with_the_patterns(text: str) -> None:
    from newscli.analyze import summary

    expected = bool(
        summary._CAPTION_OPENING.match(text)
        or summary._CAPTION_CREDIT.search(text)
        or summary._CALL_TO_ACTION.search(text)
    )
    assert summary._is_caption_or_call(text) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "„Wir bleiben hier“, sagte die Bürgermeisterin."),
        ("de", "»Das ist ein Skandal«, rief er."),
        ("fr", "« Nous resterons ici », a déclaré la maire."),
        ("es", "«Nos quedaremos aquí», dijo la alcaldesa."),
        ("es", "— No iré a la reunión —dijo el alcalde."),
        ("fr", "– Vous partez demain ? demande-t-il."),
        ("en", "‘We will stay,’ the mayor said."),
        ("en", "“We will stay,” the mayor said."),
    ],
)
def test_a_sentence_opening_a_quotation_is_known_by_its_languages_marks(
    language: str, sentence: str
) -> None:
    assert _quote_opening(language).match(sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "— and then the rain came."),
        ("de", "Die Bürgermeisterin sagte, sie bleibe."),
        ("fr", "La maire a déclaré « nous resterons »."),
        ("es", "Según el alcalde, nadie irá a la reunión."),
    ],
)
def test_a_sentence_that_only_holds_a_quotation_is_no_quotation_opening(
    language: str, sentence: str
) -> None:
    assert not _quote_opening(language).match(sentence)


@pytest.mark.parametrize(
    ("method", "texts"),
    [
        # LexRank over sentences with no content word divides by a zero norm.
        ("lexrank", ("It is what it is.", "And so it was.", "It is.")),
        # LSA warns when a text has fewer distinct words than sentences.
        ("lsa", ("Zebra.", "Zebra zebra.", "Zebra!")),
    ],
)
def test_degenerate_texts_rank_without_a_warning(method: str, texts: tuple[str, ...]) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        scores = rank_sentences(sentences_of(*texts), method=method)
    assert len(scores) == len(texts)
