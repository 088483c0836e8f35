"""Direct quotes: quote styles, joining, phrases, and speaker attribution patterns."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.analyze.quotes import join_parts
from newscli.analyze.segment import segment
from newscli.analyze.statements import find_all, find_quotes
from newscli.model import Article, Quote
from newscli.pipeline import brief

SEED = Path(__file__).resolve().parents[1] / "samples" / "khamenei-rejects-us-negotiation.txt"


def quotes_of(*paragraphs: str) -> tuple[Quote, ...]:
    article = Article(source="-", kind="text", paragraphs=paragraphs)
    return find_quotes(article.text, segment(article))


def only(*paragraphs: str) -> Quote:
    found = quotes_of(*paragraphs)
    assert len(found) == 1, found
    return found[0]


# --- quote marks -------------------------------------------------------------------------------


def test_straight_double_quotes_are_found() -> None:
    assert only('"We will win this race," Jane Doe said.').text == "We will win this race"


def test_curly_double_quotes_are_found() -> None:
    assert only("“We will win this race,” Jane Doe said.").text == "We will win this race"


def test_german_low_high_quotes_are_found() -> None:
    quote = only("Angela Merkel sagte: „Wir schaffen das, ganz sicher.“")
    assert quote.text == "Wir schaffen das, ganz sicher"


def test_guillemets_are_found() -> None:
    quote = only("Emmanuel Macron a déclaré : « Nous ne céderons rien du tout. »")
    assert quote.text == "Nous ne céderons rien du tout"


def test_nested_single_quotes_stay_inside_the_quote() -> None:
    quote = only("“I told him, ‘I hope you will negotiate,’ and he listened,” John Smith said.")
    assert quote.text == "I told him, ‘I hope you will negotiate,’ and he listened"
    assert quote.speaker == "John Smith"


def test_quote_text_has_no_marks_and_no_trailing_comma() -> None:
    quote = only("“It is over now,” Mary Jones said.")
    assert quote.text == "It is over now"


# --- joining -----------------------------------------------------------------------------------


def test_quote_after_a_full_stop_attribution_is_a_second_quote_of_the_same_speaker() -> None:
    found = quotes_of("“We tried hard,” Jane Doe said. “But the votes were not there.”")
    assert [(q.text, q.speaker) for q in found] == [
        ("We tried hard", "Jane Doe"),
        ("But the votes were not there", "Jane Doe"),
    ]


def test_quote_interrupted_mid_sentence_is_joined() -> None:
    quote = only("“If we lose,” Jane Doe said, “we will try again next year.”")
    assert quote.text == "If we lose … we will try again next year"
    assert len(quote.parts) == 2


def test_quotes_with_different_speakers_are_not_joined() -> None:
    found = quotes_of(
        "“We will win the vote,” Jane Doe said. “No, you will not,” Tom Reed replied."
    )
    assert [q.speaker for q in found] == ["Jane Doe", "Tom Reed"]


def test_multi_paragraph_quote_is_one_quote() -> None:
    quote = only(
        "Jane Doe said: “The first part of my answer is long.",
        "“And the second part goes on in a new paragraph.”",
    )
    assert quote.text == (
        "The first part of my answer is long. And the second part goes on in a new paragraph"
    )
    assert quote.speaker == "Jane Doe"


# --- phrases -----------------------------------------------------------------------------------


def test_scare_quote_nobody_spoke_is_a_phrase() -> None:
    assert quotes_of("The senator revived his “maximum pressure” campaign on Monday.") == ()


def test_phrase_is_kept_with_kind_phrase_in_find_all() -> None:
    article = Article("-", "text", ("The senator revived his “maximum pressure” campaign.",))
    found = find_all(article.text, segment(article))
    assert [(q.text, q.kind) for q in found] == [("maximum pressure", "phrase")]


def test_short_quote_someone_said_is_a_quote() -> None:
    quote = only("Jane Doe said the plan was “not smart.”")
    assert (quote.text, quote.speaker) == ("not smart", "Jane Doe")


def test_short_quote_inside_reported_speech_is_a_quote() -> None:
    quote = only("Jane Doe took the stage and called the whole system “rotten to the core.”")
    assert (quote.text, quote.speaker) == ("rotten to the core", "Jane Doe")


def test_capitalised_short_quote_inside_reported_speech_stays_a_phrase() -> None:
    assert quotes_of("Jane Doe said she watched “Good Morning America” daily.") == ()


def test_title_after_a_possessive_is_a_phrase() -> None:
    assert quotes_of("Jane Doe told NBC’s “Today” that she would run.") == ()


def test_a_long_name_given_in_title_case_is_a_phrase() -> None:
    assert (
        quotes_of(
            "The ministry will publish a white paper, provisionally titled “Homes for the Next "
            "Generation”, before the recess.",
            'A fundraiser called "Help the Okafor Family Rebuild After the Fire" raised $9,000.',
        )
        == ()
    )


def test_a_long_quote_after_a_naming_verb_in_sentence_case_is_still_a_quote() -> None:
    quote = only(
        "Jane Doe said the plan was what critics called “a betrayal of every promise made to "
        "the voters of this town.”"
    )
    assert quote.text.startswith("a betrayal")


# --- speakers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "“The budget is balanced now,” Jane Doe said.",
        "“The budget is balanced now,” said Jane Doe.",
        "Jane Doe said, “The budget is balanced now.”",
        "Jane Doe said on Tuesday: “The budget is balanced now.”",
        "According to Jane Doe, “The budget is balanced now.”",
        "Jane Doe told reporters that “the budget is balanced now.”",
        "“The budget is balanced now,” Jane Doe wrote.",
        "“The budget is balanced now,” Jane Doe tweeted.",
        "“The budget is balanced now,” Jane Doe added.",
        "“The budget is balanced now,” Jane Doe insisted.",
        "“The budget is balanced now,” Jane Doe warned.",
        "“The budget is balanced now,” Jane Doe stated.",
        "“The budget is balanced now,” Jane Doe argued.",
        "“The budget is balanced now,” Jane Doe, a senator from Ohio, said.",
    ],
)
def test_attribution_patterns_name_the_speaker(sentence: str) -> None:
    assert only(sentence).speaker == "Jane Doe"


def test_colon_introduction_in_the_previous_paragraph() -> None:
    quote = only("The mayor, Jane Doe, wrote:", "“The budget is balanced now and will stay so.”")
    assert quote.speaker == "Jane Doe"


def test_pronoun_resolves_to_the_person_talked_about() -> None:
    found = quotes_of(
        "Jane Doe spoke to voters in Ohio on Monday.",
        "“We will balance the budget this year,” she said.",
    )
    assert found[0].speaker == "Jane Doe"


def test_pronoun_agrees_in_gender() -> None:
    found = quotes_of(
        "Mr. John Smith met Mrs. Jane Doe in Ohio.",
        "“We will balance the budget this year,” she said.",
    )
    assert found[0].speaker == "Jane Doe"


def test_surname_becomes_the_fullest_name() -> None:
    found = quotes_of(
        "Ada Okafor spoke in Leeds.",
        "“We will balance the budget this year,” Okafor said.",
    )
    assert found[0].speaker == "Ada Okafor"


def test_titles_are_stripped_from_the_speaker() -> None:
    quote = only("“We will balance the budget this year,” Council Leader Ada Okafor said.")
    assert quote.speaker == "Ada Okafor"


def test_role_description_is_kept_when_there_is_no_name() -> None:
    quote = only("“We will balance the budget this year,” a White House spokesperson said.")
    assert quote.speaker == "a White House spokesperson"


def test_organisation_can_be_a_speaker() -> None:
    quote = only("“The budget will be balanced this year,” the Treasury Department said.")
    assert quote.speaker == "Treasury Department"


def test_paragraph_of_only_a_quote_is_a_new_quote_of_the_previous_speaker() -> None:
    found = quotes_of(
        "“The budget is balanced now,” Jane Doe said on Monday.",
        "“And it will stay balanced for years to come.”",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("The budget is balanced now", "Jane Doe"),
        ("And it will stay balanced for years to come", "Jane Doe"),
    ]


def test_unattributed_quote_after_a_quote_keeps_its_speaker() -> None:
    found = quotes_of(
        "“The budget is balanced now,” Jane Doe said on Monday.",
        "“And it will stay balanced for years to come.” The vote is next week.",
    )
    assert [q.speaker for q in found] == ["Jane Doe", "Jane Doe"]


def test_mixed_quote_belongs_to_the_subject_of_its_sentence() -> None:
    found = quotes_of(
        "Jane Doe spoke in Ohio.",
        "Doe praised the mayor as “a leader who never gave up on this city.”",
    )
    assert [q.speaker for q in found] == ["Jane Doe"]


def test_mixed_quote_has_no_speaker_when_the_subject_is_it() -> None:
    found = quotes_of("It was described as “a leader who never gave up on this city.”")
    assert [q.speaker for q in found] == [None]


def test_mixed_quote_subject_can_be_a_description() -> None:
    quote = only("The senator was praising the mayor as “a leader who never gave up.”")
    assert quote.speaker == "The senator"


def test_opening_adverb_is_not_a_speaker() -> None:
    quote = only("Specifically, “the answer is a question that nobody asked.”")
    assert quote.speaker is None


def test_second_quote_of_a_sentence_shares_the_first_quote_speaker() -> None:
    found = quotes_of(
        "“Oh, let him make that decision,” said Jane Doe, urging critics to “give him time.”"
    )
    assert [q.speaker for q in found] == ["Jane Doe", "Jane Doe"]


def test_inverted_attribution_with_a_lowercase_role() -> None:
    quote = only("“October gave her a lift,” said former council adviser Mira Holt.")
    assert quote.speaker == "Mira Holt"


def test_name_opening_the_sentence_wins_over_places_in_appositives() -> None:
    quote = only("Jane Doe, at a meeting in Wick, Caithness, said she was “going to win this.”")
    assert quote.speaker == "Jane Doe"


def test_attribution_closing_the_sentence_after_other_words() -> None:
    quote = only("“It would be an embarrassment” if she lost, said Tom Reed, an analyst.")
    assert quote.speaker == "Tom Reed"


def test_adverbial_before_an_after_quote_subject_is_skipped() -> None:
    quote = only("“It would be an embarrassment” in Wick, Caithness, Jane Doe said.")
    assert quote.speaker == "Jane Doe"


# --- the seed article --------------------------------------------------------------------------


def test_seed_article_quotes_and_speakers() -> None:
    result = brief(SEED.read_text(encoding="utf-8"))
    found = [(q.text[:30], q.speaker) for q in result.quotes]
    assert found == [
        ("I would prefer to make a deal ", "Donald Trump"),
        ("I told him, ‘I hope you’re goi", "Donald Trump"),
        ("But if they don’t, we have to ", "Donald Trump"),
        ("The insistence on negotiations", "Ali Khamenei"),
        ("The Islamic Republic of Iran w", "Ali Khamenei"),
        ("not smart", "Ali Khamenei"),
    ]
    assert not any(q.text in ("bully states", "maximum pressure") for q in result.quotes)


def test_seed_article_phrases() -> None:
    result = brief(SEED.read_text(encoding="utf-8"))
    phrases = [
        q.text for q in find_all(result.article.text, result.sentences) if q.kind == "phrase"
    ]
    assert phrases == ["bully states", "maximum pressure"]


# --- properties --------------------------------------------------------------------------------

_PIECES = [*"abc XYZ.,:;!?\n'\"“”‘’„«»—", "said ", "Jane Doe ", "he ", "\n\n"]
_TEXTISH = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXTISH, min_size=1, max_size=4))
def test_every_quote_part_is_a_substring_of_the_article(paragraphs: list[str]) -> None:
    article = Article("-", "text", tuple(p for p in paragraphs if p.strip()) or ("x",))
    text = article.text
    for quote in find_all(text, segment(article)):
        assert quote.parts
        pieces = [text[a:b] for a, b in quote.parts]
        assert all(piece and piece in text for piece in pieces)
        assert quote.text == join_parts(article.text, quote.parts)
        assert text[quote.start : quote.end] == pieces[0]


def test_a_quotation_going_on_after_a_semicolon_in_lower_case_is_one_quote() -> None:
    quote = only("\u201cHe has heard worse,\u201d said Anne; \u201cand he never repeats it.\u201d")
    assert quote.text == "He has heard worse … and he never repeats it"
    assert quote.speaker == "Anne"
    assert len(quotes_of("\u201cIt is late,\u201d said Anne; \u201cWe must go.\u201d")) == 2


def test_a_single_mark_after_a_tag_reopens_a_quotation_that_runs_into_the_next_paragraph() -> None:
    found = quotes_of(
        "‘It began three weeks ago,’ said our visitor. ‘I had answered an advertisement, and I "
        "was let in by the housekeeper, a tall woman named Mrs. Venn.",
        "‘The lady herself was very old and quite blind.’",
    )
    assert [q.text for q in found] == [
        "It began three weeks ago",
        "I had answered an advertisement, and I was let in by the housekeeper, a tall woman "
        "named Mrs. Venn. The lady herself was very old and quite blind",
    ]
