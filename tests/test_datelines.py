"""Datelines, list markers and sub-headings: in the article's text, not in summary or claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscli import Options, brief
from newscli.analyze.dateline import dateline_length, marker_length
from newscli.analyze.segment import is_heading, segment
from newscli.model import Article
from newscli.render.text import render_text

FIXTURES = Path(__file__).parent / "fixtures" / "text"

REST = "Dockworkers at three northern ports voted on Friday to end their strike."


@pytest.mark.parametrize(
    "dateline",
    [
        "(CNN)",
        "(Newswire) - ",
        "Rome (CNN)",
        "WASHINGTON (Reuters) - ",
        "LONDON, Jan 5 (AFP) - ",
        "NEW YORK — ",
        "HONG KONG, March 12, 2024 (Newswire) -- ",
        "Madrid, 14 feb (EFE).- ",
        "PARIS, 12 mars (AFP) - ",
        "Berlin, 5. Januar 2024 (dpa) - ",
        "Bogotá (EFE).- ",
        "AURANGABAD: ",
        "NEW DELHI: ",
        "Praha – ",
        "Ústí nad Labem - ",
        "Brno 5. května (ČTK) - ",
        "Indianapolis – ",
    ],
)
def test_dateline_forms_are_found(dateline: str) -> None:
    assert dateline_length(dateline + REST) == len(dateline)


def test_tokenized_dateline_is_found() -> None:
    text = "london ( cnn ) -- dockworkers at three northern ports voted on friday ."
    assert text[dateline_length(text) :].startswith("dockworkers")


@pytest.mark.parametrize(
    "sentence",
    [
        "Apple (AAPL) shares rose five percent on Tuesday after the results.",
        "The council (which met on Monday) voted to keep the night bus.",
        "NASA said on Tuesday that the launch had been delayed again.",
        "US President Donald Trump said on Monday that he would visit.",
        "(CNN)",
        "Madrid, 14 de febrero de 2024, fue el día elegido para la firma del acuerdo.",
        "Mumbai: a city of islands joined by land reclaimed from the sea over centuries.",
        "Boris Reed – the former minister – said on Monday that the port would reopen.",
        "praha – Vláda v pondělí schválila návrh státního rozpočtu na příští rok.",
        "Praha – 12 lidí zemřelo při nehodě autobusu u Jihlavy v pondělí.",
    ],
)
def test_sentences_without_a_dateline_keep_their_start(sentence: str) -> None:
    assert dateline_length(sentence) == 0


def test_dateline_stays_in_the_text_but_not_in_summary_or_claims() -> None:
    text = (
        "Dockworkers vote to end strike\n\n"
        "LONDON, Jan 5 (Newswire) - " + REST + " The union said the deal was fair.\n\n"
        "Port operators said that the first ships would be unloaded on Saturday morning.\n\n"
        '"This is a fair result for both sides," a spokesman for the operators said.'
    )
    result = brief(text, options=Options(sentences=3))
    assert result.article.text.startswith("LONDON, Jan 5 (Newswire) - Dockworkers")
    assert result.summary[0].text == REST
    assert all("LONDON" not in c.text for c in result.claims)
    first = result.sentences[0]
    assert result.article.text[first.start : first.end] == REST


def test_cnn_dateline_without_a_space() -> None:
    article = Article(source="-", kind="text", paragraphs=("(CNN)" + REST + " It ended.",))
    assert segment(article)[0].text == REST


def test_dateline_is_only_looked_for_at_the_start_of_the_story() -> None:
    paragraphs = ("One.", "Two.", "Three.", "WASHINGTON — " + REST)
    sentences = segment(Article(source="-", kind="text", paragraphs=paragraphs))
    assert sentences[-1].text.startswith("WASHINGTON")


@pytest.mark.parametrize("marker", ["- ", "* ", "• ", "3. ", "12) "])
def test_list_marker_is_not_part_of_the_sentence(marker: str) -> None:
    assert marker_length(marker + REST) == len(marker)
    article = Article(source="-", kind="text", paragraphs=("Intro sentence here.", marker + REST))
    assert segment(article)[1].text == REST


def test_sub_headings_are_headings() -> None:
    paragraphs = (
        "Delhi has some of the worst air of any capital city, and it gets worse every winter.",
        "5. Why the air gets so bad",
        "Cold air traps the smoke close to the ground, and the wind is weak in the winter.",
    )
    sentences = segment(Article(source="-", kind="text", paragraphs=paragraphs))
    assert [is_heading(sentences, i) for i in range(len(sentences))] == [False, True, False]
    assert sentences[1].text == "Why the air gets so bad"


def test_bulleted_explainer_summary_has_no_markers_or_headings() -> None:
    text = (FIXTURES / "bulleted-explainer.txt").read_text(encoding="utf-8")
    result = brief(text, options=Options(sentences=5))
    texts = [item.text for item in result.summary]
    assert not any(t.startswith(("- ", "* ", "• ")) or t[:2].rstrip(".").isdigit() for t in texts)
    assert "What is being done" not in texts
    assert "The town sits on the old flood plain" not in texts
    rendered = render_text(result)
    assert "  - - " not in rendered
    assert any(
        t.startswith("Winter rain in the hills") for t in texts + [c.text for c in result.claims]
    )
