"""Sentence and word tokenization: behaviours, other languages, tokenized text, properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.analyze.tokenize import (
    SumyTokenizer,
    iter_words,
    sentences,
    split_sentences,
    words,
)


def test_simple_sentences_split_at_period_question_and_exclamation() -> None:
    assert sentences("The vote failed. Why? Nobody knows!") == [
        "The vote failed.",
        "Why?",
        "Nobody knows!",
    ]


def test_spans_point_into_the_text_and_are_stripped() -> None:
    text = "  First one.   Second one.  "
    assert split_sentences(text) == [(2, 12), (15, 26)]


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t ") == []


def test_text_without_terminator_is_one_sentence() -> None:
    assert sentences("a headline without a period") == ["a headline without a period"]


def test_titles_before_names_do_not_end_sentences() -> None:
    assert sentences("Mr. Lee met Dr. Ortiz and Gen. Ames. They talked.") == [
        "Mr. Lee met Dr. Ortiz and Gen. Ames.",
        "They talked.",
    ]


def test_initials_do_not_end_sentences() -> None:
    assert sentences("The memo was signed by Mary K. Ward. It was short.") == [
        "The memo was signed by Mary K. Ward.",
        "It was short.",
    ]


def test_us_before_a_name_continues_but_before_a_sentence_opener_ends() -> None:
    text = "The U.S. Senate voted. Aid went to the U.S. The rest stayed home."
    assert sentences(text) == [
        "The U.S. Senate voted.",
        "Aid went to the U.S.",
        "The rest stayed home.",
    ]


def test_abbreviation_at_sentence_end_before_pronoun_splits() -> None:
    assert sentences("They met staff from Acme Co. It went well.") == [
        "They met staff from Acme Co.",
        "It went well.",
    ]


def test_abbreviation_before_number_does_not_split() -> None:
    assert sentences("See p. 55 and No. 7 for details.") == ["See p. 55 and No. 7 for details."]


def test_number_abbreviation_without_a_number_is_an_ordinary_word() -> None:
    assert sentences("Did she agree? No. Keys first.") == ["Did she agree?", "No.", "Keys first."]


def test_latin_abbreviations_never_end_a_sentence() -> None:
    assert sentences("Use tools (e.g. The Daily Index) daily.") == [
        "Use tools (e.g. The Daily Index) daily."
    ]


def test_camel_case_name_after_period_starts_a_sentence() -> None:
    assert sentences("Sales fell. iPhone demand was weak.") == [
        "Sales fell.",
        "iPhone demand was weak.",
    ]


def test_decimal_numbers_and_money_do_not_split() -> None:
    assert sentences("Shares rose 2.5 percent to $100.00. Trading was light.") == [
        "Shares rose 2.5 percent to $100.00.",
        "Trading was light.",
    ]


def test_email_and_url_at_sentence_end_split_after_them() -> None:
    text = "Write to desk@example.org. Or see https://example.org/a.html. Thanks."
    assert sentences(text) == [
        "Write to desk@example.org.",
        "Or see https://example.org/a.html.",
        "Thanks.",
    ]


def test_lowercase_continuation_after_quote_does_not_split() -> None:
    assert sentences('"It is over." she said.') == ['"It is over." she said.']


def test_closing_quote_stays_with_its_sentence() -> None:
    assert sentences('He said, "We won." Then he left.') == ['He said, "We won."', "Then he left."]


def test_question_in_quotes_followed_by_attribution_continues() -> None:
    assert sentences('"Where is the file?" Maria asked. "Here."') == [
        '"Where is the file?" Maria asked.',
        '"Here."',
    ]


def test_brand_exclamation_before_lowercase_does_not_split() -> None:
    assert sentences("She works at Yahoo! in the sales team.") == [
        "She works at Yahoo! in the sales team."
    ]


def test_ellipsis_opening_a_quotation_is_not_a_boundary() -> None:
    assert sentences('He shouted: "... Tyler! Flynn!"') == ['He shouted: "... Tyler!', 'Flynn!"']


def test_ellipsis_before_lowercase_continues_and_four_dots_end() -> None:
    assert sentences("I wanted ... well, no. It ended.... Then rain.") == [
        "I wanted ... well, no.",
        "It ended....",
        "Then rain.",
    ]


def test_bracketed_ellipsis_is_an_omission() -> None:
    assert sentences('"The plan [...] failed [...]" (Lee 4).') == [
        '"The plan [...] failed [...]" (Lee 4).'
    ]


def test_citation_marks_stay_with_the_sentence_before() -> None:
    assert sentences("He was born in 1950. [3] [4] He died in 2014. [5]") == [
        "He was born in 1950. [3] [4]",
        "He died in 2014. [5]",
    ]


def test_numbered_list_items_are_sentences() -> None:
    assert sentences("1. Buy milk 2. Call home 3. Rest") == [
        "1. Buy milk",
        "2. Call home",
        "3. Rest",
    ]
    assert sentences("a) one thing b) another") == ["a) one thing", "b) another"]


def test_single_number_is_not_a_list() -> None:
    assert sentences("She came in 1. place. It was close.") == [
        "She came in 1. place.",
        "It was close.",
    ]


def test_bullets_start_sentences() -> None:
    assert sentences("Agenda • budget review • hiring") == ["Agenda", "• budget review", "• hiring"]


def test_blank_line_ends_a_sentence() -> None:
    assert sentences("Markets Today\n\nStocks fell.") == ["Markets Today", "Stocks fell."]


def test_title_line_is_its_own_sentence() -> None:
    text = "Storm Closes Harbor\nThe harbor closed on Monday after a storm damaged the main pier."
    assert sentences(text) == [
        "Storm Closes Harbor",
        "The harbor closed on Monday after a storm damaged the main pier.",
    ]


def test_hard_wrapped_lines_stay_in_one_sentence() -> None:
    text = "The council met on Monday and agreed that\nParis would host the next talks\nin May."
    assert sentences(text) == [text]


def test_dash_list_items_are_sentences() -> None:
    assert sentences("Bring:\n- water\n- a map") == ["Bring:", "- water", "- a map"]


def test_numbered_heading_is_not_split_from_its_title() -> None:
    assert sentences("2.1. Property rights") == ["2.1. Property rights"]


# Lowercased, PTB-tokenized news text (as in the CNN/DailyMail corpora).


def test_ptb_spaced_period_ends_a_lowercase_sentence() -> None:
    text = "( cnn ) -- the man said `` it 's over . '' he left ."
    assert sentences(text) == ["( cnn ) -- the man said `` it 's over . ''", "he left ."]


def test_ptb_question_and_exclamation_split() -> None:
    assert sentences("why now ? nobody knows ! the end .") == [
        "why now ?",
        "nobody knows !",
        "the end .",
    ]


def test_ptb_abbreviations_inside_tokens_do_not_split() -> None:
    text = "mr. smith of the u.s. army spoke . he was brief ."
    assert sentences(text) == ["mr. smith of the u.s. army spoke .", "he was brief ."]


def test_all_lowercase_untokenized_text_still_splits() -> None:
    assert sentences("the rain stopped. the roads reopened.") == [
        "the rain stopped.",
        "the roads reopened.",
    ]


# Other languages.


def test_german_abbreviations_and_ordinal_dates() -> None:
    text = "Das ist z.B. ein Satz. Er kam am 3. Oktober an. Dann ging er."
    assert sentences(text) == [
        "Das ist z.B. ein Satz.",
        "Er kam am 3. Oktober an.",
        "Dann ging er.",
    ]


def test_french_initial_before_pronoun_ends_sentence() -> None:
    assert sentences("M. Dupont est arrivé à 9 h. Il a parlé.") == [
        "M. Dupont est arrivé à 9 h.",
        "Il a parlé.",
    ]


def test_french_spaced_punctuation_and_guillemets() -> None:
    text = "Il a dit : « Bonjour ! » Puis il est parti. Pourquoi ? Personne ne sait."
    assert sentences(text) == [
        "Il a dit : « Bonjour ! »",
        "Puis il est parti.",
        "Pourquoi ?",
        "Personne ne sait.",
    ]


def test_spanish_inverted_marks() -> None:
    assert sentences("¿Dónde está? ¡Aquí! La Sra. Gómez llegó a EE. UU. el lunes.") == [
        "¿Dónde está?",
        "¡Aquí!",
        "La Sra. Gómez llegó a EE. UU. el lunes.",
    ]


def test_chinese_and_japanese_split_at_full_width_marks() -> None:
    assert sentences("今天下雨。我们不去了！你呢？") == ["今天下雨。", "我们不去了！", "你呢？"]
    assert sentences("雨が降った。「本当？」と聞いた。") == ["雨が降った。", "「本当？」と聞いた。"]


def test_arabic_question_mark_and_period() -> None:
    assert sentences("هل أنت بخير؟ نعم. شكرا") == ["هل أنت بخير؟", "نعم.", "شكرا"]


# Words.


def test_words_keep_inner_apostrophes_and_hyphens() -> None:
    assert words("Don't over-think it, O’Brien — it's 2.5%!") == [
        "Don't",
        "over-think",
        "it",
        "O’Brien",
        "it's",
        "2.5",
    ]


def test_words_skip_punctuation_and_ptb_quotes() -> None:
    assert words("`` hello '' -- ( world ) ...") == ["hello", "world"]


def test_chinese_characters_are_words_of_their_own() -> None:
    assert words("今天下雨") == ["今", "天", "下", "雨"]


def test_iter_words_gives_offsets() -> None:
    assert [(m.start(), m.group()) for m in iter_words("a bc")] == [(0, "a"), (2, "bc")]


def test_sumy_tokenizer_protocol() -> None:
    tokenizer = SumyTokenizer("english")
    assert tokenizer.to_sentences("One here. Two there.") == ("One here.", "Two there.")
    assert tokenizer.to_words("One here.") == ("One", "here")


def test_long_text_without_spaces_or_periods_is_one_sentence() -> None:
    text = "a." * 50_000
    assert split_sentences(text) == [(0, len(text))]


# Properties.

_PIECES = st.sampled_from(
    [
        "Mr.", "U.S.", "a", "The", "he", "I", ".", "?", "!", "...", ". . .", "…", '"', "''", "``",
        "(", ")", "[1]", "1.", "2.", "a)", "b)", "•", "\n", "\n\n", " ", "  ", "。", "？", "؟",
        "word", "Word", "e.g.", "3.5", "z.B.", "‘", "’", "“", "”", "-", "\t",
    ]
)  # fmt: skip
_TEXTS = st.one_of(st.text(), st.lists(_PIECES, max_size=40).map("".join))


@settings(max_examples=300)
@given(_TEXTS)
def test_spans_are_ordered_stripped_and_cover_all_text(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip() and piece
        previous_end = end
    covered = [False] * len(text)
    for start, end in spans:
        covered[start:end] = [True] * (end - start)
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(text))


@settings(max_examples=300)
@given(_TEXTS)
def test_words_are_never_empty_and_come_from_the_text(text: str) -> None:
    for match in iter_words(text):
        assert match.group()
        assert text[match.start() : match.end()] == match.group()
    assert words(text) == [m.group() for m in iter_words(text)]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "...", "?!", "。"])
def test_odd_inputs_never_crash(text: str) -> None:
    expected = [text.strip()] if text.strip() else []
    assert sentences(text) == expected


def test_tokenized_title_period_does_not_split() -> None:
    text = "utah gov . gary herbert spoke . the police called sgt . jeremy sutton ."
    assert sentences(text) == [
        "utah gov . gary herbert spoke .",
        "the police called sgt . jeremy sutton .",
    ]


# --- per-language ordinals, abbreviations and closing marks (issue 14) -------------------------


def test_german_ordinals_in_running_text_do_not_split() -> None:
    text = "Die Kirche wurde im 16. und 17. Jahrhundert umgebaut. Danach kam der Krieg."
    assert sentences(text) == [
        "Die Kirche wurde im 16. und 17. Jahrhundert umgebaut.",
        "Danach kam der Krieg.",
    ]


def test_numbered_lines_stay_a_list() -> None:
    assert sentences("Steps:\n1. open it.\n2. close it.") == [
        "Steps:",
        "1. open it.",
        "2. close it.",
    ]


def test_czech_saint_abbreviation_does_not_split() -> None:
    assert sentences("Kostel sv. Jana stojí na náměstí. Byl postaven roku 1700.") == [
        "Kostel sv. Jana stojí na náměstí.",
        "Byl postaven roku 1700.",
    ]


def test_french_spaced_closing_guillemet_stays_with_its_sentence() -> None:
    text = "« C'est une honte. », ironise un autre. Le débat continue."
    assert sentences(text) == ["« C'est une honte. », ironise un autre.", "Le débat continue."]


def test_french_quotation_ending_a_sentence_keeps_its_guillemet() -> None:
    text = "Il a dit : « Non. » Puis il est parti."
    assert sentences(text) == ["Il a dit : « Non. »", "Puis il est parti."]


def test_a_transcripts_speaker_labels_are_not_part_of_its_sentences() -> None:
    from newscli.analyze.segment import segment
    from newscli.model import Article

    article = Article(
        source="-",
        kind="text",
        paragraphs=(
            "MARY LOUISE KELLY, HOST:",
            "Claims are still open after the floods.",
            "DANA OKAFOR: Every week they ask for another form.",
            "WHITFIELD: The insurer says it is reviewing the claim.",
        ),
    )
    assert [s.text for s in segment(article)] == [
        "Claims are still open after the floods.",
        "Every week they ask for another form.",
        "The insurer says it is reviewing the claim.",
    ]


def test_czech_abbreviations_and_ordinal_dates_do_not_end_sentences() -> None:
    text = (
        "Vláda v pondělí 28. října schválila schodek 230 mld. Kč, tj. o 22 mld. méně. "
        "Prof. Jan Novák upozornil na tzv. konsolidační balíček, mj. na daně. "
        "Banky, pojišťovny atd. Podle ministra je to málo."
    )
    assert sentences(text) == [
        "Vláda v pondělí 28. října schválila schodek 230 mld. Kč, tj. o 22 mld. méně.",
        "Prof. Jan Novák upozornil na tzv. konsolidační balíček, mj. na daně.",
        "Banky, pojišťovny atd.",
        "Podle ministra je to málo.",
    ]


def test_a_czech_street_abbreviation_keeps_the_street_name_in_its_sentence() -> None:
    text = "Ministerstvo sídlí v ul. Na Františku č. 32. Úřad je na nám. Míru. Tam je i pošta."
    assert sentences(text) == [
        "Ministerstvo sídlí v ul. Na Františku č. 32.",
        "Úřad je na nám. Míru.",
        "Tam je i pošta.",
    ]
