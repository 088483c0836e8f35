"""Plain text as people have it: hard-wrapped dumps and e-mails, articles printed twice, first lines
that are not titles, comment widgets and threads. Fixtures in tests/fixtures/text/ are written for
these tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.clean.lines import make_blocks
from newscli.clean.text import clean_text
from newscli.clean.unwrap import paragraphs

FIXTURES = Path(__file__).parent / "fixtures" / "text"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def reasons(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in clean_text(text).removed}


PROSE = (
    "The river authority opened the new flood gates on Tuesday, two years after the storm that "
    "left hundreds of homes in the lower town under water for almost a week.",
    "Engineers said the gates could hold back a flood half a metre higher than the one in the "
    "storm, and that they would be tested every spring before the rains begin in earnest.",
    "Residents who lost their homes in the flood said they were relieved, but several of them "
    "told the meeting that insurance was still too expensive for families on the lower streets.",
)


# Hard-wrapped text


def test_hard_wrapped_newsletter_joins_paragraphs_and_keeps_list_items_apart() -> None:
    result = clean_text(fixture("newsletter-email.txt"))
    assert (
        "The report says the main channel has lost almost a metre of depth since the last survey, "
        "which means that the larger container ships now have to wait for high tide before they "
        "can come in." in result.paragraphs[1]
    )
    bullets = [p for p in result.paragraphs if p.startswith("* ")]
    assert bullets == [
        "* Dredge the main channel back to its charted depth within eighteen months, at an "
        "estimated cost of forty million.",
        "* Build a silt trap at the mouth of the river so that the channel does not fill again "
        "as quickly.",
        "* Review the fees that ships pay, which have not changed since 2009.",
    ]
    assert "What the report recommends" in result.paragraphs


def test_newsletter_email_furniture_is_removed() -> None:
    result = clean_text(fixture("newsletter-email.txt"))
    text = "\n".join(result.paragraphs)
    for furniture in ("View this email", "Unsubscribe", "You are receiving", "preferences"):
        assert furniture not in text
    assert "newsletter" in set(reasons(fixture("newsletter-email.txt")).values())


def test_lynx_dump_loses_link_numbers_and_reference_list() -> None:
    text = fixture("lynx-dump.txt")
    result = clean_text(text)
    assert result.title == "Library reopens after two years of repairs"
    assert result.author == "Helen Okafor"
    assert len(result.paragraphs) == 5
    assert "[" not in "".join(result.paragraphs)
    assert "the old timber beams had rotted" in result.paragraphs[1]
    removed = {r.text: r for r in result.removed}
    assert removed["References"].reason == "navigation"
    assert removed["19. https://courier.example.com/privacy"].lines == (67, 67)


def test_wire_copy_keeps_its_dateline_in_the_text() -> None:
    result = clean_text(fixture("wire-copy.txt"))
    assert result.title == "Dockworkers vote to end week-long strike at northern ports"
    assert result.paragraphs[0].startswith("LONDON, Jan 5 (Newswire) - Dockworkers at three")
    assert result.paragraphs[0].endswith("their union said.")
    assert len(result.paragraphs) == 6


def test_removed_lines_point_back_to_the_input_lines() -> None:
    menu = "Home\nNews\nSport\n\n"
    footer = (
        "\n\nThis page and everything on it is copyright of the Valley Courier, all rights reserved"
        "\nand may not be copied.\n"
    )
    body = "\n\n".join(textwrap.fill(p, 72) for p in PROSE)
    text = menu + "Flood gates open at last\n\n" + body + footer
    lines = text.split("\n")
    result = clean_text(text)
    assert result.paragraphs == PROSE
    for item in result.removed:
        assert item.lines is not None
        first, last = item.lines
        assert " ".join(line.strip() for line in lines[first - 1 : last]) == item.text


def test_wrapped_text_at_any_width_gives_the_same_paragraphs() -> None:
    for width in (60, 72, 80, 100):
        body = "\n\n".join(textwrap.fill(p, width) for p in PROSE)
        assert clean_text("Flood gates open at last\n\n" + body).paragraphs == PROSE, width


def test_wrapped_paragraphs_without_blank_lines_part_at_their_short_last_line() -> None:
    body = "\n".join(textwrap.fill(p, 72) for p in PROSE)
    assert clean_text(body).paragraphs == PROSE


def test_ragged_wrap_continues_on_a_lower_case_line() -> None:
    text = (
        "The river authority opened the new flood gates on Tuesday, two\n"
        "years after the storm that left hundreds of homes in the lower town\n"
        "under water for almost a week, and engineers said they would hold.\n"
        "\n" + "\n\n".join(textwrap.fill(p, 70) for p in PROSE[1:])
    )
    found, _ = paragraphs(text)
    assert found[0].text.startswith("The river authority opened the new flood gates on Tuesday,")
    assert (found[0].first_line, found[0].last_line) == (0, 2)


def test_one_paragraph_per_line_is_never_joined() -> None:
    lines = ["Flood gates open at last", *PROSE, "Share", "Comments"]
    found, _ = paragraphs("\n".join(lines))
    assert [p.text for p in found] == lines


def test_list_item_continuation_lines_join_their_item() -> None:
    text = (
        "What the authority promised:\n\n"
        "  • Gates tested every spring, before the rains begin, with the results\n"
        "    published on the authority's website for anyone to read.\n"
        "  • A new pumping station below the old mill, to be finished by the end\n"
        "    of next year if the money is approved.\n"
        "  • Sandbags for every house on the lower streets.\n\n"
        + "\n\n".join(textwrap.fill(p, 74) for p in PROSE)
    )
    found = [p.text for p in paragraphs(text)[0]]
    assert found[1] == (
        "• Gates tested every spring, before the rains begin, with the results published on the "
        "authority's website for anyone to read."
    )
    assert found[3] == "• Sandbags for every house on the lower streets."


# Articles printed twice


def test_doubled_article_keeps_one_copy() -> None:
    text = fixture("doubled-article.txt")
    result = clean_text(text)
    assert result.title == "Ferry timetable changes from Monday"
    assert len(result.paragraphs) == 4
    assert len(set(result.paragraphs)) == 4
    assert list(reasons(text).values()).count("duplicate") == 4


def test_teasers_printed_twice_stay_out() -> None:
    teaser = "* A short teaser for another story that readers may also want to open and read."
    text = "\n".join((teaser, "Flood gates open at last", *PROSE, "Related", teaser))
    result = clean_text(text)
    assert result.paragraphs == PROSE


@pytest.mark.parametrize("width", [72, 80])
def test_doubled_wrapped_article_keeps_one_copy(width: int) -> None:
    body = "\n\n".join(textwrap.fill(p, width) for p in PROSE)
    text = f"Home\nNews\n\nFlood gates open at last\n\n{body}\n\nPrint\n\n{body}\n\nContact us\n"
    assert clean_text(text).paragraphs == PROSE


# The first line: a title only when it looks like one


def test_untitled_text_whose_first_paragraph_is_one_sentence_has_no_title() -> None:
    text = "\n\n".join(PROSE)
    result = clean_text(text)
    assert result.title is None
    assert result.paragraphs == PROSE


def test_first_line_ending_with_a_full_stop_is_not_a_title() -> None:
    text = "\n\n".join(("The gates are open.", *PROSE))
    assert clean_text(text).title is None


def test_headline_in_title_case_closed_by_a_full_stop_is_the_title() -> None:
    """Some sources end their headlines with a full stop; word-by-word capitals still make one."""
    title = "Harbour Board Presses Its Case Over the New Flood Gates."
    result = clean_text("\n\n".join((title, *PROSE)))
    assert result.title == title
    assert result.paragraphs == PROSE


def test_title_case_line_with_a_full_stop_running_into_the_text_is_not_a_title() -> None:
    text = "\n".join(("Harbour Board Presses Its Case Over the New Flood Gates.", *PROSE))
    assert clean_text(text).title is None


def test_first_line_of_two_sentences_is_not_a_title() -> None:
    text = "\n\n".join(("The gates are open. The town is dry", *PROSE))
    assert clean_text(text).title is None


@pytest.mark.parametrize(
    "title",
    [
        "Flood gates open at last",
        "River authority 'ready for the next storm'",
        "Town spends 40% of budget on defences",
        "Lower Town v Upper Town (Sat)",
    ],
)
def test_headline_without_a_full_stop_is_the_title(title: str) -> None:
    result = clean_text("\n\n".join((title, *PROSE)))
    assert result.title == title
    assert result.paragraphs == PROSE


def test_opening_question_stays_in_the_body() -> None:
    text = "\n\n".join(("Worried about the next flood?", *PROSE))
    result = clean_text(text)
    assert result.title is None
    assert result.paragraphs[0] == "Worried about the next flood?"


def test_question_headline_with_a_byline_under_it_is_the_title() -> None:
    text = "\n".join(("Will the new gates hold?", "By Jane Example", *PROSE))
    result = clean_text(text)
    assert result.title == "Will the new gates hold?"
    assert result.author == "Jane Example"


def test_question_headline_in_title_case_is_the_title() -> None:
    text = "\n\n".join(("Will The New Flood Gates Hold?", *PROSE))
    assert clean_text(text).title == "Will The New Flood Gates Hold?"


def test_first_line_in_lower_case_is_not_a_title() -> None:
    text = "\n\n".join(("the gates and the town", *PROSE))
    assert clean_text(text).title is None


def test_author_name_above_the_body_is_not_the_title() -> None:
    text = "\n".join(("Home", "News", "Flood gates open at last", "Jane Example", *PROSE))
    assert clean_text(text).title == "Flood gates open at last"


def test_share_bar_is_not_the_title() -> None:
    text = "\n".join(
        (
            "Flood gates open at last",
            "Story Tools: E-MAIL | PRINT | Text Size: S M L XL",
            *PROSE,
        )
    )
    result = clean_text(text)
    assert result.title == "Flood gates open at last"
    assert result.paragraphs == PROSE


# Comment widgets, comment threads, teasers


def test_comment_widget_between_paragraphs_does_not_cut_the_article() -> None:
    text = fixture("comment-widget.txt")
    result = clean_text(text)
    assert len(result.paragraphs) == 6
    assert result.paragraphs[-1].startswith("The association expects to publish")
    removed = reasons(text)
    assert removed["Comments (14)"] == "comment section"
    assert removed["Corrections?"] == "footer"


def test_comment_section_after_the_article_still_ends_it() -> None:
    comments = (
        "Comments (2)",
        "Jane Example",
        "3 hours ago",
        "I drove past the orchards on Sunday and it was heartbreaking to see the bare trees.",
        "Reply",
        "Tom Roe",
        "2 hours ago",
        "The growers have been warning about frost protection for years and nobody listened.",
        "Reply",
    )
    result = clean_text("\n".join(("Flood gates open at last", *PROSE, *comments)))
    assert result.paragraphs == PROSE


def test_comment_thread_without_a_heading_is_removed_by_its_headers() -> None:
    text = fixture("comment-thread.txt")
    result = clean_text(text)
    assert result.title == "Council votes to keep the night bus"
    assert len(result.paragraphs) == 3
    assert result.date is None  # a commenter's time stamp is not the article's date
    removed = reasons(text)
    assert removed["BY TAROCHAN AT 01/08/08 05:30 PM"] == "comment section"
    assert removed["BY JK1975 AT 01/08/08 07:45 PM"] == "comment section"
    assert not any(p.startswith("Finally some common sense") for p in result.paragraphs)


def test_live_blog_times_by_one_writer_are_not_a_comment_thread() -> None:
    updates = (
        "The first boats have been moved out of the lower harbour as the water keeps rising "
        "against the new gates this morning.",
        "Engineers on the gates say the level is still half a metre below the top, and that the "
        "pumps behind the wall are keeping up with the rain.",
        "The council has opened the school hall on the hill for anyone who wants to leave the "
        "lower streets tonight, and buses will run there every hour.",
    )
    entries: list[str] = []
    for clock, update in zip(("10:05 AM", "10:40 AM", "11:15 AM"), updates, strict=True):
        entries += [f"Posted by Jane Example at {clock}", update]
    result = clean_text("\n".join(("Flood gates tested: live", *PROSE, *entries)))
    assert all(text in result.paragraphs for text in (*PROSE, *updates))


def test_section_teasers_after_the_article_are_removed() -> None:
    text = fixture("section-teasers.txt")
    result = clean_text(text)
    assert result.title == "Museum returns carved doors to the village they came from"
    assert len(result.paragraphs) == 4
    assert all("»" not in p for p in result.paragraphs)
    assert reasons(text)["Story Tools: E-MAIL | PRINT | Text Size: S M L XL"] == "navigation"


_WRAPPED_LINE = st.one_of(
    st.just(""),
    st.sampled_from(
        [
            "The river authority opened the new flood gates on Tuesday, two years",
            "after the storm that left hundreds of homes under water for a week.",
            "  • Gates tested every spring, before the rains begin, with results",
            "    published for anyone to read.",
            "Home",
            "References",
            "   1. https://example.com/a",
            "[3]Share [4]Print",
        ]
    ),
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
        max_size=90,
    ),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WRAPPED_LINE, max_size=30))
def test_unwrapped_paragraphs_are_the_input_lines_in_order(lines: list[str]) -> None:
    found, _ = paragraphs("\n".join(lines))
    covered: list[int] = []
    for paragraph in found:
        assert paragraph.first_line <= paragraph.last_line
        span = [line.strip() for line in lines[paragraph.first_line : paragraph.last_line + 1]]
        assert all(span), "a paragraph never runs over a blank line"
        assert paragraph.text == " ".join(span)
        covered += range(paragraph.first_line, paragraph.last_line + 1)
    assert covered == [i for i, line in enumerate(lines) if line.strip()]


def test_text_browser_image_placeholders_and_form_controls_are_not_text() -> None:
    text = "\n".join(
        (
            "Flood gates open at last",
            "[gates-at-dawn.jpg?width=640&quality=50] " + PROSE[0],
            *PROSE[1:],
            "Name(required) ____________________",
            "(BUTTON) Submit",
            "IFRAME: https://video.example.com/embed/?v=1.77d1ff0c",
        )
    )
    result = clean_text(text)
    assert result.paragraphs == PROSE
    assert set(reasons(text).values()) == {"navigation"}


def test_text_browser_insert_delete_and_edit_marks_are_not_text() -> None:
    text = "\n".join(
        (
            "[INS: :INS]",
            "Flood gates open at last",
            PROSE[0].replace("two years", "[INS: two :INS] years"),
            "Testing[edit]",
            PROSE[1].replace("every spring", "every [DEL: autumn :DEL] spring"),
            PROSE[2],
        )
    )
    result = clean_text(text)
    assert result.title == "Flood gates open at last"
    assert result.paragraphs[0] == PROSE[0]
    assert "Testing" in result.paragraphs
    assert result.paragraphs[-2] == PROSE[1].replace("every spring", "every autumn spring")
    assert not any("INS" in p or "DEL" in p or "[edit]" in p for p in result.paragraphs)


def test_markdown_link_named_edit_is_still_a_link() -> None:
    (block,) = make_blocks("## History [edit](https://wiki.example.org/edit/1)")
    assert block.text == "## History [edit](https://wiki.example.org/edit/1)"
    assert block.link_density == 0.5


MORE_PROSE = (
    "The authority said the cost of the gates had risen by a third since the plans were first "
    "drawn up, mostly because steel and concrete had become far more expensive in the meantime.",
    "A spokesman said the extra money would come from the national flood fund, and that no part "
    "of it would be added to the local property tax that residents of the town already pay.",
    "Work on a second set of gates further up the river is due to start next summer, once the "
    "ground has been surveyed and the farmers whose fields it crosses have been consulted.",
)
CHART = (
    "Spending on flood defences",
    "$40",
    "million",
    "30",
    "20",
    "10",
    "0",
    *(f"’{year}" for year in range(15, 26)),
    "By the River Authority | Source: Treasury accounts",
)


def test_chart_printed_as_numbers_between_paragraphs_does_not_cut_the_article() -> None:
    text = "\n".join(
        ("Home | News | Weather | Sport", "Flood gates open at last", *PROSE, *CHART, *MORE_PROSE)
    )
    result = clean_text(text)
    assert result.title == "Flood gates open at last"
    assert result.paragraphs == PROSE + MORE_PROSE
    assert reasons(text)["Spending on flood defences"] == "caption"


def test_numbered_link_list_between_teaser_and_article_still_parts_them() -> None:
    teaser = (
        "Another story entirely: the city council voted on Monday night to close two of the "
        "libraries in the north of the town, saying that it could no longer pay for them."
    )
    menu = ("* Top stories", "1", "2", "3", "4", "5", "* Most read", "* Weather")
    text = "\n".join((teaser, *menu, "Flood gates open at last", *PROSE, *MORE_PROSE))
    result = clean_text(text)
    assert teaser not in result.paragraphs
    assert result.paragraphs[-6:] == PROSE + MORE_PROSE


def test_bulleted_teasers_under_one_closing_heading_end_the_article() -> None:
    teasers = (
        "* A baker in the old town has been making the same rye loaf every morning for forty "
        "years, and says he has no plans to stop.",
        "Baker keeps his ovens warm",
        "* Ferry",
        "Ferry timetable changes again",
        "* Market",
        "Market stalls move to the square",
    )
    text = "\n".join(("Flood gates open at last", *PROSE, *MORE_PROSE, "Trending Now", *teasers))
    result = clean_text(text)
    assert result.paragraphs == PROSE + MORE_PROSE
    assert reasons(text)[teasers[0]] == "related links"


def test_lynx_link_number_does_not_hide_a_caption_printed_twice() -> None:
    caption = "The mayor opens the gates on a cold morning in the lower town, watched by residents."
    text = "\n\n".join(
        (
            "[1]Home [2]News",
            f"[3]{caption}",
            caption,
            *PROSE,
            "References",
            "   1. https://example.org/\n   2. https://example.org/news\n"
            "   3. https://example.org/photo",
        )
    )
    blocks = {block.index: block for block in make_blocks(text)}
    assert blocks[1].text == blocks[2].text == caption
    assert blocks[1].repeated and blocks[2].repeated
    assert not blocks[3].repeated


def test_copyright_notice_under_a_documents_title_does_not_end_it() -> None:
    abstract = (
        "This memo describes how the river authority tests its flood gates each spring, and what "
        "it publishes about the results of those tests."
    )
    text = "\n\n".join(
        (
            "Flood Gate Testing Procedure",
            "Abstract",
            abstract,
            "Status of this Memo",
            "This memo is a working document of the authority's engineers. It may be updated, "
            "replaced or withdrawn by other documents at any time, and should be cited as work "
            "in progress.",
            "Comments on this memo are welcome and should be sent to the engineering office of "
            "the authority before the end of the year, when a revised version will appear.",
            "Copyright Notice",
            "Copyright (c) 2024 The River Authority. All rights reserved.",
            *PROSE,
            *MORE_PROSE,
        )
    )
    result = clean_text(text)
    assert result.paragraphs[-6:] == PROSE + MORE_PROSE


def test_copyright_footer_after_the_article_still_ends_it() -> None:
    footer = (
        "The authority's newsletter goes out every week to residents who have signed up for it, "
        "with the tide tables and news of the works on the river."
    )
    text = "\n\n".join(
        (
            "Flood gates open at last",
            *PROSE,
            *MORE_PROSE,
            "Copyright (c) 2024 The River Authority. All rights reserved.",
            footer,
        )
    )
    result = clean_text(text)
    assert result.paragraphs == PROSE + MORE_PROSE


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("'", "'"), ("\u201c", "\u201d")])
def test_a_short_wrapped_quotation_is_joined_though_no_width_shows(
    opening: str, closing: str
) -> None:
    """Three lines show no wrap width; a line that stops inside a quotation it opened, with
    the next one going on in lower case, was wrapped all the same."""
    text = (
        f"The coach, Dan Ireland, said: {opening}We were\n"
        "not good enough today and I take\n"
        f"responsibility for that.{closing}\n"
        "His captain agreed.\n"
    )
    found, _ = paragraphs(text)
    assert [p.text for p in found] == [
        f"The coach, Dan Ireland, said: {opening}We were not good enough today and I take "
        f"responsibility for that.{closing}",
        "His captain agreed.",
    ]


def test_lines_one_paragraph_each_stay_apart_without_an_open_quotation() -> None:
    found, _ = paragraphs("Results\niPhone sales rose\nby ten percent\n")
    assert [p.text for p in found] == ["Results", "iPhone sales rose", "by ten percent"]
