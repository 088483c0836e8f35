"""The plain-text cleaner: article kept whole, page furniture removed with a reason."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.clean.text import clean_text

PARAGRAPHS = (
    "The city council voted on Tuesday to approve a new budget for the coming year, after a long "
    "debate about the cost of repairing the old bridge over the river.",
    "Supporters of the plan said that the repairs could not wait any longer, because the bridge "
    "had been closed to heavy traffic for most of the summer and the detour was costing shops.",
    "Opponents argued that the money would be better spent on schools, and they promised to bring "
    "the question back to the voters at the next election in the spring.",
    "The mayor said she was pleased with the result and thanked the members of the council for "
    "their patience during what she called a difficult but necessary discussion.",
)
TITLE = "Council Approves Budget After Bridge Debate"


def page(*, before: tuple[str, ...] = (), after: tuple[str, ...] = ()) -> str:
    return "\n".join((*before, TITLE, *PARAGRAPHS, *after))


def reasons(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in clean_text(text).removed}


def test_clean_article_keeps_every_paragraph_and_finds_the_title() -> None:
    result = clean_text(page())
    assert result.title == TITLE
    assert result.paragraphs == PARAGRAPHS
    assert result.removed == ()


def test_seed_footer_comments_and_post_a_comment_are_removed() -> None:
    result = clean_text(page(after=("Comments", "Post a Comment")))
    assert result.paragraphs == PARAGRAPHS
    assert reasons(page(after=("Comments", "Post a Comment"))) == {
        "Comments": "comment section",
        "Post a Comment": "comment section",
    }


def test_readers_comments_after_the_comment_heading_are_removed() -> None:
    comments = (
        "Leave a Reply",
        "John says: I think this is a very good decision and the council should be proud of it.",
        "Mary says: The bridge has been a problem for years and it is about time they fixed it.",
    )
    result = clean_text(page(after=comments))
    assert result.paragraphs == PARAGRAPHS
    assert set(reasons(page(after=comments)).values()) == {"comment section"}


def test_navigation_menu_before_the_title_is_removed() -> None:
    menu = ("Home", "* News", "* Sport", "* Business", "* Culture", "Search", "Sign In")
    result = clean_text(page(before=menu))
    assert result.title == TITLE
    assert result.paragraphs == PARAGRAPHS
    assert reasons(page(before=menu))["* News"] == "navigation"


def test_share_buttons_are_removed() -> None:
    share = ("Share this article", "* Facebook", "* Twitter", "* Email")
    result = clean_text(page(before=share))
    assert result.paragraphs == PARAGRAPHS
    assert reasons(page(before=share))["Share this article"] == "share buttons"


def test_advertisement_marker_inside_the_article_is_removed() -> None:
    text = "\n".join((TITLE, *PARAGRAPHS[:2], "Advertisement", *PARAGRAPHS[2:]))
    result = clean_text(text)
    assert result.paragraphs == PARAGRAPHS
    assert reasons(text) == {"Advertisement": "advertisement"}


def test_newsletter_pitch_is_removed() -> None:
    pitch = ("Sign up for our daily newsletter to get the best stories delivered to your inbox.",)
    result = clean_text(page(after=pitch))
    assert result.paragraphs == PARAGRAPHS
    assert reasons(page(after=pitch))[pitch[0]] == "newsletter"


def test_cookie_notice_is_removed() -> None:
    notice = ("We use cookies to improve your experience. By using this site you agree.", "Accept")
    result = clean_text(page(before=notice))
    assert result.paragraphs == PARAGRAPHS
    assert reasons(page(before=notice))[notice[0]] == "cookie notice"


def test_related_links_after_the_article_are_removed() -> None:
    related = (
        "Related Stories",
        "* Mayor Faces Questions Over Park Funding",
        "* School Board Election Draws Record Turnout",
    )
    result = clean_text(page(after=related))
    assert result.paragraphs == PARAGRAPHS
    assert reasons(page(after=related))["Related Stories"] == "related links"


def test_copyright_footer_is_removed() -> None:
    footer = ("Privacy Policy", "Terms of Use", "© 2024 The Daily Example. All rights reserved.")
    result = clean_text(page(after=footer))
    assert result.paragraphs == PARAGRAPHS
    assert set(reasons(page(after=footer)).values()) == {"footer"}


def test_byline_and_date_fill_author_and_date() -> None:
    text = "\n".join((TITLE, "By Jane Example", "March 3, 2024", *PARAGRAPHS))
    result = clean_text(text)
    assert result.author == "Jane Example"
    assert result.date == "March 3, 2024"
    assert result.paragraphs == PARAGRAPHS
    assert reasons(text) == {"By Jane Example": "byline", "March 3, 2024": "date"}


def test_a_name_over_an_email_address_is_a_byline() -> None:
    text = "\n".join(
        (TITLE, "Jane Example", "jexample@courier.example", "March 3, 2024", *PARAGRAPHS)
    )
    result = clean_text(text)
    assert result.author == "Jane Example"
    assert result.paragraphs == PARAGRAPHS
    assert reasons(text) == {
        "Jane Example": "byline",
        "jexample@courier.example": "byline",
        "March 3, 2024": "date",
    }


def test_a_name_alone_over_a_date_line_is_a_byline() -> None:
    # How Czech papers (and many others) print the writer: no "By", the date right under.
    text = "\n".join((TITLE, "Jana Veselá", "15. října 2026 14:32", *PARAGRAPHS))
    result = clean_text(text)
    assert result.author == "Jana Veselá"
    assert result.paragraphs == PARAGRAPHS
    assert reasons(text) == {"Jana Veselá": "byline", "15. října 2026 14:32": "date"}


def test_a_newsroom_over_a_date_line_is_no_author() -> None:
    text = "\n".join((TITLE, "Press Office", "March 3, 2024", *PARAGRAPHS))
    assert clean_text(text).author is None


def test_a_czech_read_also_line_is_a_link_to_another_article() -> None:
    line = "Přečtěte si také: Inflace v září zpomalila na 2,4 procenta"
    text = "\n".join((TITLE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]))
    assert clean_text(text).paragraphs == PARAGRAPHS
    assert reasons(text) == {line: "link to another article"}


def test_sentences_about_comments_and_sharing_stay_in_the_article() -> None:
    body = (
        "The company said it would share the results of the study with regulators next week.",
        "Comments from residents at the meeting were mostly critical of the plan and its cost.",
    )
    text = "\n".join((TITLE, PARAGRAPHS[0], *body, *PARAGRAPHS[1:], "Comments"))
    result = clean_text(text)
    assert result.paragraphs == (PARAGRAPHS[0], *body, *PARAGRAPHS[1:])


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "Council Approves Budget\n\n"
        "The city council voted on Tuesday to approve a new budget for the\n"
        "coming year, after a long debate about the cost of repairing the old\n"
        "bridge over the river.\n\n"
        "Supporters of the plan said that the repairs could not wait any\n"
        "longer, because the bridge had been closed to heavy traffic.\n"
    )
    result = clean_text(text)
    assert result.title == "Council Approves Budget"
    assert result.paragraphs == (
        "The city council voted on Tuesday to approve a new budget for the coming year, after a "
        "long debate about the cost of repairing the old bridge over the river.",
        "Supporters of the plan said that the repairs could not wait any longer, because the "
        "bridge had been closed to heavy traffic.",
    )


def test_short_last_paragraph_of_the_article_is_kept() -> None:
    text = page(after=("That is all for now.",))
    assert clean_text(text).paragraphs[-1] == "That is all for now."


def test_german_boilerplate_is_removed() -> None:
    body = (
        "Der Stadtrat hat am Dienstag nach einer langen Debatte über die Kosten der Brücke einen "
        "neuen Haushalt für das kommende Jahr beschlossen.",
        "Die Befürworter sagten, dass die Reparaturen nicht länger warten könnten, weil die Brücke "
        "seit dem Sommer für den Schwerverkehr gesperrt ist.",
    )
    text = "\n".join(("Startseite", "Stadtrat beschließt Haushalt", *body, "Kommentare", "Teilen"))
    result = clean_text(text)
    assert result.paragraphs == body
    assert reasons(text)["Kommentare"] == "comment section"


def test_keep_boilerplate_removes_nothing_but_still_finds_the_title() -> None:
    text = page(before=("Home", "Advertisement"), after=("Comments",))
    result = clean_text(text, keep_boilerplate=True)
    assert result.title == TITLE
    assert result.removed == ()
    assert result.paragraphs == ("Home", "Advertisement", *PARAGRAPHS, "Comments")


def test_empty_text_gives_nothing() -> None:
    assert clean_text("").paragraphs == ()
    assert clean_text("\n \n").title is None


_LINE = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=80
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_LINE, st.sampled_from(("", "Comments", "* Home", *PARAGRAPHS)))))
def test_output_is_made_of_input_lines_in_order(lines: list[str]) -> None:
    text = "\n".join(lines)
    result = clean_text(text)
    pieces = [line.strip() for line in lines if line.strip()]
    # Every paragraph is one or more consecutive input lines joined by spaces, in input order.
    position = 0
    for paragraph in result.paragraphs:
        found = False
        for start in range(position, len(pieces)):
            for stop in range(start + 1, len(pieces) + 1):
                if " ".join(pieces[start:stop]) == paragraph:
                    position, found = stop, True
                    break
            if found:
                break
        assert found, paragraph
    if result.title is not None:
        # A wrapped headline may run over several lines; a Markdown heading loses its marks.
        runs = {
            " ".join(pieces[a:b]) for a in range(len(pieces)) for b in range(a + 1, len(pieces) + 1)
        }
        assert any(result.title in run for run in runs), result.title


def test_short_text_without_prose_is_kept() -> None:
    text = "Shopping list\nEggs and milk.\nBread.\nComments"
    result = clean_text(text)
    assert result.title == "Shopping list"
    assert result.paragraphs == ("Eggs and milk.", "Bread.")
    assert reasons(text) == {"Comments": "comment section"}


def test_byline_split_over_two_lines_gives_the_author() -> None:
    text = "\n".join((TITLE, "By", "Jane Example", *PARAGRAPHS))
    result = clean_text(text)
    assert result.author == "Jane Example"
    assert result.paragraphs == PARAGRAPHS


def test_teasers_below_a_closing_newsletter_box_are_removed() -> None:
    teasers = []
    for n in range(3):
        teasers += [
            f"* Other Story Number {n} Makes Headlines",
            "November 20, 2019",
            "A short summary of another story that readers may also want to open and read today.",
        ]
    closing = ("Sign up for our newsletter", "About the author", "More from The Daily Example")
    text = page(after=(*closing, *teasers))
    result = clean_text(text)
    assert result.paragraphs == PARAGRAPHS


def test_long_sentence_about_cookies_stays() -> None:
    sentence = (
        "The bakery said it would use cookies from the old recipe, and the owner told the council "
        "that the website uses cookies only for orders, which several members found reassuring "
        "after a long discussion about privacy, data and the rules that apply to small shops."
    )
    text = "\n".join((TITLE, PARAGRAPHS[0], sentence, *PARAGRAPHS[1:]))
    assert sentence in clean_text(text).paragraphs


def test_lexicon_knows_furniture_in_six_languages() -> None:
    from newscli.clean.lexicon import phrase_reason, whole_line_reason

    whole = {
        "Kommentare (3)": "comment section",
        "Laisser un commentaire": "comment section",
        "Comentarios": "comment section",
        "Lascia un commento": "comment section",
        "Deixe um comentário": "comment section",
        "Artikel teilen": "share buttons",
        "Partager": "share buttons",
        "Compartir en Facebook": "share buttons",
        "Condividi su Facebook": "share buttons",
        "Compartilhar": "share buttons",
        "Anzeige": "advertisement",
        "Publicité": "advertisement",
        "Publicidad": "advertisement",
        "Pubblicità": "advertisement",
        "Publicidade": "advertisement",
        "Mehr zum Thema": "related links",
        "À lire aussi": "related links",
        "Noticias relacionadas": "related links",
        "Leggi anche": "related links",
        "Leia também": "related links",
        "Privacy Policy | Terms of Use": "footer",
        "Datenschutz": "footer",
    }
    for line, reason in whole.items():
        assert whole_line_reason(line) == reason, line
    phrases = {
        "We use cookies to give you the best experience.": "cookie notice",
        "Cette page utilise des cookies pour mesurer l'audience.": "cookie notice",
        "Utilizamos cookies propias y de terceros.": "cookie notice",
        "Questo sito utilizza cookie tecnici.": "cookie notice",
        "Sign up for our weekly newsletter": "newsletter",
        "Abonnez-vous à notre newsletter": "newsletter",
        "Suscríbete a nuestro boletín": "newsletter",
        "Iscriviti alla nostra newsletter": "newsletter",
        "Assine a nossa newsletter": "newsletter",
        "Newsletter abonnieren und nichts verpassen": "newsletter",
        "© 2024 Example Media. All rights reserved.": "footer",
        "Alle Rechte vorbehalten.": "footer",
        "Tous droits réservés.": "footer",
        "Your email address will not be published.": "comment section",
        "jsmith says:": "comment section",
    }
    for line, reason in phrases.items():
        assert phrase_reason(line, len(line.split())) == reason, line


def test_markdown_rendering_menus_are_removed_and_heading_marks_leave_the_title() -> None:
    menu = "\n\n".join(
        f"- [{name}](https://example.com/{name.lower()})" for name in ("News", "Sport", "Weather")
    )
    body = "\n\n".join(PARAGRAPHS)
    text = f"{menu}\n\n# {TITLE}\n\n{body}\n\n[Privacy Policy](https://example.com/privacy)"
    result = clean_text(text)
    assert result.title == TITLE
    assert result.paragraphs == PARAGRAPHS


def test_browser_copy_without_list_markers_is_cleaned() -> None:
    menu = ("Home", "News", "Sport", "Weather", "Opinion", "Sign In")
    footer = ("About Us", "Contact Us", "Privacy Policy", "Copyright 2024 Example Media")
    result = clean_text(page(before=menu, after=footer))
    assert result.title == TITLE
    assert result.paragraphs == PARAGRAPHS


def test_a_labelled_link_between_paragraphs_goes_and_the_article_stays_whole() -> None:
    for link in (
        "Read more: Mayor faces questions over park funding",
        "Lire aussi : Le maire face aux questions sur le parc",
        "Lea también: El alcalde, ante las preguntas sobre el parque",
        "LESEN SIE AUCH: Bürgermeisterin unter Druck",
    ):
        text = "\n".join((TITLE, *PARAGRAPHS[:2], link, *PARAGRAPHS[2:]))
        result = clean_text(text)
        assert result.paragraphs == PARAGRAPHS, link
        assert reasons(text) == {link: "link to another article"}


def test_a_sentence_that_asks_to_read_more_is_article_text() -> None:
    line = "Read more about the council's plans in the minutes, which the clerk published today."
    text = "\n".join((TITLE, *PARAGRAPHS[:2], line, *PARAGRAPHS[2:]))
    assert line in clean_text(text).paragraphs


def test_a_story_told_in_short_lines_of_dialogue_keeps_every_line() -> None:
    story = "\n\n".join(
        [
            "Chapter One",
            '"Will you come?" asked Tom Hale.',
            '"Yes."',
            "Tom went out into the yard and looked at the sky for a long time before he spoke "
            "again.",
            '"Will you stay?" asked Tom Hale.',
            '"Yes."',
        ]
    )
    cleaned = clean_text(story)
    assert cleaned.removed == ()
    assert cleaned.paragraphs == tuple(story.split("\n\n")[1:])


def test_an_electronic_editions_licence_and_front_matter_are_removed() -> None:
    story = "\n\n".join(
        [
            "The Project Gutenberg eBook of Holmbury Tales",
            "This ebook is for the use of anyone anywhere in the United States and most other "
            "parts of the world at no cost and with almost no restrictions whatsoever.",
            "Title: Holmbury Tales",
            "Author: A. N. Writer",
            "*** START OF THE PROJECT GUTENBERG EBOOK HOLMBURY TALES ***",
            "It was on a wet afternoon in November that Agatha Fenwick arrived at Holmbury "
            "with two trunks and a parrot, and nobody in the house was ready for her.",
            '"My dear Agatha," cried Mrs. Harcourt, "you must be perished."',
            "*** END OF THE PROJECT GUTENBERG EBOOK HOLMBURY TALES ***",
            "Creating the works from print editions not protected by U.S. copyright law means "
            "that no one owns a United States copyright in these works.",
        ]
    )
    cleaned = clean_text(story)
    assert cleaned.title == "Holmbury Tales"
    assert cleaned.author == "A. N. Writer"
    assert cleaned.paragraphs == tuple(story.split("\n\n")[5:7])
    assert [r.reason for r in cleaned.removed] == ["page header"] * 5 + ["footer"] * 2


def _page_dump(*top: str) -> str:
    """A whole page copied as text: its top matter, one block a line with blank lines between,
    then the article."""
    return "\n\n".join((*top, *PARAGRAPHS, "Copyright 2026 The Courier. All rights reserved."))


def test_the_headline_above_its_standfirst_and_byline_is_the_title() -> None:
    text = _page_dump(
        "Menu",
        "Local",
        "Council approves budget after bridge debate",
        "Repairs to the old bridge win the day, but opponents promise to take the fight to voters",
        "By Jane Example",
        "March 3, 2026",
    )
    assert clean_text(text).title == "Council approves budget after bridge debate"


def test_page_furniture_that_looks_like_a_headline_is_not_the_title() -> None:
    text = _page_dump(
        "Council approves budget after bridge debate",
        "By Jane Example",
        "Share Close extra sharing options",
        "Share this with WhatsApp",
        "Copy this link",
        "Courier.com",
        "Courier.com",
        "Courier.com",
        "News > Local",
        "Pat Doe, Associated Press",
        "By Sam Writer sam@courier.example(555) 010-0100",
    )
    result = clean_text(text)
    assert result.title == "Council approves budget after bridge debate"
    removed = {r.text: r.reason for r in result.removed}
    assert removed["Share Close extra sharing options"] == "share buttons"
    assert removed["Copy this link"] == "share buttons"
    assert removed["News > Local"] == "navigation"
    assert removed["Pat Doe, Associated Press"] == "caption"


def test_a_headline_is_chosen_for_the_words_it_shares_with_the_article() -> None:
    text = _page_dump(
        "Menu",
        "Council approves budget after bridge debate",
        "Photos",
        "Five things to do in the city this weekend",
    )
    assert clean_text(text).title == "Council approves budget after bridge debate"
