"""Who says what: attributions (quotes and reported speech) on short articles in several house
styles, pattern by pattern, in German, French and Spanish, and the offsets property.

Every text here is written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.analyze.attribution import all_cues, mask, sentence_subject
from newscli.analyze.grammar import grammar
from newscli.analyze.marks import scan_spans
from newscli.analyze.names import build_index, find_mentions
from newscli.analyze.quotes import blank_quotes, quote_groups
from newscli.analyze.segment import segment
from newscli.analyze.speakers import Discourse
from newscli.analyze.statements import Statements, find_statements
from newscli.lang.registry import CODES, every_language, resources
from newscli.model import Article
from newscli.pipeline import brief

FIXTURES = Path(__file__).parent / "fixtures" / "attribution"


def statements_of(*paragraphs: str, language: str = "en") -> Statements:
    article = Article(source="-", kind="text", paragraphs=paragraphs, language=language)
    return find_statements(article.text, segment(article), language)


def said(*paragraphs: str, language: str = "en") -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker) of every attribution."""
    found = statements_of(*paragraphs, language=language).attributions
    return [(a.kind, a.text, a.speaker) for a in found]


def quotes(*paragraphs: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [(t, s) for k, t, s in said(*paragraphs, language=language) if k == "quote"]


# --- house styles: short articles with their expected attributions ------------------------------

EXPECTED = {
    "british-quotes.txt": [
        ("reported", "her young side will learn", "Oluwaseun Adeyemi"),
        ("quote", "It's a hard one to take", "Oluwaseun Adeyemi"),
        ("quote", "They're learning what it means", "Oluwaseun Adeyemi"),
        ("reported", "the supporters' frustration was understandable", "Oluwaseun Adeyemi"),
        ("reported", "the dressing room had been 'quiet'", "Tadhg Brennock"),
        ("quote", "quiet", "Tadhg Brennock"),
        ("quote", "Nobody said a word for ten minutes. We know", "Tadhg Brennock"),
        ("quote", "The gaffer's told us", "Tadhg Brennock"),
        ("reported", "the win would pay for new floodlights", "Priya Venkataraman"),
        ("quote", "This money matters", "Priya Venkataraman"),
        ("quote", 'When people ask me why we bother with the Trophy, I tell them "look', "Priya"),
    ],
    "qa-interview.txt": [
        ("quote", "How many people still swim", "Marisol Quenby"),
        ("quote", "We can, but only if", "Marisol Quenby"),
        ("quote", "They're back", "Marisol Quenby"),
    ],
    "sports-report.txt": [
        ("quote", "I just try to be in the right place", "Jarrah Pemberton"),
        ("quote", "The lads keep finding me", "Jarrah Pemberton"),
        ("quote", "It was a yard off", "Lorcan Teague"),
    ],
    "wire-dateline.txt": [
        ("reported", "inspectors would examine every crane", "The authority"),
        ("quote", "Safety comes before schedules", "Anneliese Okonkwo-Barr"),
        ("reported", "members had raised concerns", "A spokesman for the dockworkers' union"),
        ("reported", "14 vessels were waiting", "shipping data"),
    ],
    "courtroom.txt": [
        ("reported", "Farrow had ignored eleven letters", "Prosecutors"),
        ("quote", "You put your profit ahead", "Helen Mbeki"),
        ("reported", "his client had been ill", "Farrow's lawyer"),
    ],
    "business-according.txt": [
        ("reported", "Corvane, the kitchen appliance maker, will cut 300 jobs", "Corvane"),
        ("reported", "orders from retailers fell by a fifth", "Corvane"),
        ("reported", "the cuts were painful but necessary", "Ingrid Solberg-Hale"),
        ("quote", "We have to match our costs", "Ingrid Solberg-Hale"),
        ("reported", "the closure of the paint shop", "the regional development agency"),
        ("quote", "a betrayal of a loyal workforce", "The union"),
    ],
    "running-quote.txt": [
        ("quote", "The water came up faster", "Hartley Orme"),
        ("quote", "We stood on the green", "Hartley Orme"),
        ("reported", "a new bridge will open next spring", "The county council"),
    ],
    "pronoun-chains.txt": [
        ("reported", "the old boats cost more", "Nkechi Adeyinka-Moss"),
        ("quote", "We keep paying to stand still", "Nkechi Adeyinka-Moss"),
        ("reported", "the money should go on dredging first", "Bartholomew Quill"),
        ("reported", "the channel would silt up", "Bartholomew Quill"),
        ("quote", "Without dredging there is no harbour", "Bartholomew Quill"),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_house_style_article_attributions(name: str) -> None:
    path = FIXTURES.parent / name if name == "british-quotes.txt" else FIXTURES / name
    result = brief(path.read_text(encoding="utf-8"))
    found = [(a.kind, a.text, a.speaker) for a in result.attributions]
    assert len(found) == len(EXPECTED[name]), found
    for (kind, text, speaker), (want_kind, want_text, want_speaker) in zip(
        found, EXPECTED[name], strict=True
    ):
        assert (kind, speaker and speaker.startswith(want_speaker)) == (want_kind, True), found
        assert text.startswith(want_text), (text, want_text)


def test_running_quote_keeps_one_part_per_paragraph() -> None:
    result = brief((FIXTURES / "running-quote.txt").read_text(encoding="utf-8"))
    running = result.attributions[1]
    assert len(running.parts) == 3
    assert running.text.endswith("I'm just tired")


# --- single marks and apostrophes ------------------------------------------------------------


def test_single_marks_are_told_apart_from_apostrophes() -> None:
    found = quotes(
        "'It's the Gunners' fans I feel for, and the '90s lot most of all,' Ines Carvel said."
    )
    assert found == [
        ("It's the Gunners' fans I feel for, and the '90s lot most of all", "Ines Carvel")
    ]


def test_curly_single_marks_with_apostrophes_inside() -> None:
    found = quotes("‘We’ve done rock ’n’ roll, and we’re not done yet,’ said Ines Carvel.")
    assert found == [("We’ve done rock ’n’ roll, and we’re not done yet", "Ines Carvel")]


def test_possessive_plural_is_no_closing_mark() -> None:
    spans = scan_spans("Fans' groups met. 'The players' wages are too high,' one said.")
    assert len(spans) == 1
    assert spans[0][0].style == "single"


def test_apostrophes_alone_make_no_quote() -> None:
    assert said("The Gunners' fans sang through the '90s and the band's rock 'n' roll set.") == []


def test_double_quote_inside_single_marks_belongs_to_the_outer_quote() -> None:
    found = quotes("'I told them \"never again\" and I meant it,' said Ines Carvel.")
    assert found == [('I told them "never again" and I meant it', "Ines Carvel")]


def test_caption_with_a_missing_opening_mark_does_no_harm() -> None:
    found = said(
        "Ruined: the pier after the storm, which locals called a disaster' .",
        "'We will rebuild it,' said Ines Carvel.",
    )
    assert found == [("quote", "We will rebuild it", "Ines Carvel")]


# --- speakers --------------------------------------------------------------------------------


def test_colon_introduction_continues_with_the_right_person() -> None:
    found = quotes(
        "Ines Carvel met Tomas Reyne on Friday. She spoke first.",
        "Reyne continued: 'We have no money left for the pier.'",
    )
    assert found == [("We have no money left for the pier", "Tomas Reyne")]


@pytest.mark.parametrize(
    ("apposition", "speaker"),
    [
        ("72-year-old Doreen Platt", "Doreen Platt"),
        ("retired teacher Ann Hill", "Ann Hill"),
        ("Ola Berg", "Ola Berg"),
    ],
)
def test_the_name_in_apposition_to_a_description_speaks_after_its_description(
    apposition: str, speaker: str
) -> None:
    """ "One resident, 72-year-old Doreen Platt, said": the apposition names the resident, after
    words that describe her first."""
    found = quotes(f"One resident, {apposition}, said: 'I have never seen the streets this dirty.'")
    assert found == [("I have never seen the streets this dirty", speaker)]


def test_examples_in_apposition_to_a_plural_are_not_its_speaker() -> None:
    found = said("Several papers, including Daily Courier, reported that a study showed a rise.")
    assert found == [("reported", "a study showed a rise", "Several papers")]


def test_a_relative_clause_in_apposition_names_nobody() -> None:
    found = quotes("A neighbour, who knows Jim Brown, said: 'It is a disgrace.'")
    assert found == [("It is a disgrace", "A neighbour")]


def test_told_with_a_colon_introduces_direct_speech_not_a_statement() -> None:
    """ "told the court: '…'" gives the quote, not a reported clause "the court: '…'"."""
    found = said(
        "Prosecutor Helen Okoro told the court: 'The defendant's attention was elsewhere.'"
    )
    assert found == [("quote", "The defendant's attention was elsewhere", "Helen Okoro")]


def test_an_opening_participle_before_told_people_and_a_colon_is_no_statement() -> None:
    found = said(
        "Asked about the reports on Wednesday morning, Ivo Marsh told broadcasters: 'The prime "
        "minister and I are completely united.'"
    )
    assert found == [("quote", "The prime minister and I are completely united", "Ivo Marsh")]


def test_a_verb_after_a_subordinate_conjunction_attributes_nothing_to_the_words_before() -> None:
    found = quotes(
        "The shadow minister, Ada Kerrow, has accused ministers of “quietly burying” the "
        "government’s scheme for buyers, after Treasury documents revealed that its funding "
        "will be frozen."
    )
    assert found == [("quietly burying", "Ada Kerrow")]


def test_a_headline_passive_leaves_its_quote_to_the_one_the_body_gives_it() -> None:
    found = quotes(
        "Ministers accused of ‘quietly burying’ buyer scheme",
        "The shadow minister, Ada Kerrow, has accused ministers of “quietly burying” the scheme.",
    )
    assert found == [("quietly burying", "Ada Kerrow"), ("quietly burying", "Ada Kerrow")]


def test_a_headline_passive_alone_names_no_speaker() -> None:
    found = quotes("Council slammed for ‘shambolic’ roadworks on the high street")
    assert [speaker for _, speaker in found] in ([], [None])


def test_document_introduced_with_a_colon_is_the_speaker() -> None:
    found = quotes("The harbour report said: 'The pier is unsafe and must close.'")
    assert found == [("The pier is unsafe and must close", "The harbour report")]


def test_a_document_speaks_for_the_owner_the_article_gives_it() -> None:
    found = quotes("The inspectors' report said: 'The pier is unsafe and must close.'")
    assert found == [("The pier is unsafe and must close", "The inspectors")]


def test_description_resolves_to_the_name_the_article_tied_it_to() -> None:
    found = quotes(
        "Kwabena Asante-Frye scored twice on Saturday.",
        "'I just want to keep going,' the 28-year-old said.",
    )
    assert found == [("I just want to keep going", "Kwabena Asante-Frye")]


def test_outlet_told_is_the_addressee_not_the_speaker() -> None:
    found = said("Ines Carvel told the Harbour Gazette the pier would reopen in May.")
    assert found == [("reported", "the pier would reopen in May", "Ines Carvel")]


def test_relative_clause_before_the_verb_is_not_the_speaker() -> None:
    found = said(
        "Jane Roe, who chairs the pier trust, said the delay would leave hundreds of boats idle."
    )
    assert found == [("reported", "the delay would leave hundreds of boats idle", "Jane Roe")]


def test_pronouns_follow_the_article_not_a_list_of_names() -> None:
    found = quotes(
        "Tomas Reyne spoke first, and then Oyelaran Kettleby took the microphone.",
        "Kettleby, who leads the harbour board, said she had heard enough.",
        "'We vote tonight,' she said.",
    )
    assert found == [("We vote tonight", "Oyelaran Kettleby")]


def test_organisation_can_speak() -> None:
    found = said("The Harbour Trust said in a statement that the pier would stay shut.")
    assert found == [("reported", "the pier would stay shut", "Harbour Trust")]


def test_according_to_names_the_source() -> None:
    found = said("According to the harbour master, three boats sank overnight.")
    assert found == [("reported", "three boats sank overnight", "the harbour master")]


def test_noun_phrase_after_a_verb_is_no_reported_speech() -> None:
    assert said("Tomas Reyne denied any wrongdoing and rejected the report.") == []


def test_what_a_speaker_did_while_speaking_is_no_reported_speech() -> None:
    found = said("Mr. Thorne came in.", "\u201cWe shall stay,\u201d he said, looking at the sky.")
    assert found == [("quote", "We shall stay", "Thorne")]


@pytest.mark.parametrize(
    "sentence",
    ["The parrot said nothing, which was wise.", "She said little about the plan at all."],
)
def test_saying_nothing_is_no_reported_speech(sentence: str) -> None:
    assert said(sentence) == []


def test_asking_not_to_be_named_is_no_statement() -> None:
    found = said(
        "A former engineer, who asked not to be named, told Reuters that the cells had "
        "overheated in garages in three states."
    )
    assert found == [
        ("reported", "the cells had overheated in garages in three states", "A former engineer")
    ]


def test_the_people_told_are_not_what_was_said() -> None:
    found = said(
        "Marcus Ohlsson told analysts last month that sales would recover by the end of the year."
    )
    assert found == [("reported", "sales would recover by the end of the year", "Marcus Ohlsson")]


def test_an_aside_with_its_subject_first_reports_the_clause_before_it() -> None:
    found = said(
        "Output per employee rose 11 per cent in the first year, the company says, and only "
        "two people have left."
    )
    assert found == [
        ("reported", "Output per employee rose 11 per cent in the first year", "the company")
    ]


def test_what_follows_a_quotations_attribution_is_not_more_of_what_was_said() -> None:
    found = said("Gareth Pryce laughed. \u201cCome and see,\u201d he said when I called him.")
    assert found == [("quote", "Come and see", "Gareth Pryce")]


def test_asking_whether_is_no_statement() -> None:
    assert said("Lorna Blake asked her whether she had tried the four-day week herself.") == []


def test_a_dateline_is_no_part_of_what_officials_said() -> None:
    found = said(
        "AURANGABAD: Kharif sowing in Marathwada has fallen to 61 per cent of the normal area, "
        "officials said on Monday."
    )
    assert found == [
        (
            "reported",
            "Kharif sowing in Marathwada has fallen to 61 per cent of the normal area",
            "officials",
        )
    ]


def test_people_of_a_body_speak_without_an_article() -> None:
    found = said("Analysts at Nordbank said the results were weaker than the market had expected.")
    assert found == [
        ("reported", "the results were weaker than the market had expected", "Analysts at Nordbank")
    ]


@pytest.mark.parametrize("people", ["Police in Greater Manchester", "Residents in Hull"])
def test_people_of_a_place_speak_and_stay_people(people: str) -> None:
    found = said(f"{people} said a 34-year-old man had been arrested on suspicion of burglary.")
    assert found == [
        ("reported", "a 34-year-old man had been arrested on suspicion of burglary", people)
    ]


def test_calling_something_a_name_is_no_statement() -> None:
    found = said(
        "Professor Tara Spires-Jones called it \u201ca well-designed study\u201d but said more "
        "research was needed before anyone changed their habits."
    )
    assert found == [
        ("quote", "a well-designed study", "Tara Spires-Jones"),
        (
            "reported",
            "more research was needed before anyone changed their habits",
            "Tara Spires-Jones",
        ),
    ]


def test_a_number_with_a_comma_stays_in_the_source_of_according_to() -> None:
    found = said(
        "People who nap after lunch have slightly larger brains, according to a study of more "
        "than 35,000 adults."
    )
    assert [s for _, _, s in found] == ["a study of more than 35,000 adults"]


def test_a_speakers_institution_after_of_is_not_part_of_the_name() -> None:
    found = said(
        "\u201cNapping may protect the brain,\u201d said lead author Dr Valentina Paz of "
        "University College London."
    )
    assert found == [("quote", "Napping may protect the brain", "Valentina Paz")]


def test_a_participle_after_a_quoted_fragment_still_reports() -> None:
    found = said(
        "Minister Ada Okafor has rejected demands from \u201chostile groups,\u201d saying their "
        "aim is to divide the country rather than to help it."
    )
    assert (
        "reported",
        "their aim is to divide the country rather than to help it",
        "Ada Okafor",
    ) in found


def test_an_opening_however_is_no_speaker() -> None:
    found = said(
        "However, one dealer, who asked not to be named, told Reuters the seasonal sales "
        "performance was weaker than anyone had hoped."
    )
    assert [s for _, _, s in found] == ["one dealer"]


def test_telling_someone_what_happened_is_no_statement() -> None:
    assert (
        said("Ann Lee told the man in charge what the waitress had done to her that night.") == []
    )


def test_quoted_fragment_inside_reported_speech_is_kept_in_both() -> None:
    found = said("Ines Carvel said the repairs were 'going well' and would end soon.")
    assert ("quote", "going well", "Ines Carvel") in found
    assert ("reported", "the repairs were 'going well' and would end soon", "Ines Carvel") in found


def test_dateline_in_capitals_is_no_speaker() -> None:
    found = quotes("HARWICH — 'The ferries will run,' the operator said.")
    assert found == [("The ferries will run", "the operator")]


def test_a_speech_verb_with_a_comma_before_a_quote_introduces_it() -> None:
    found = said(
        "Pell Ashworth was charged in May. On the call, he said, 'the harbour will burn,' "
        "the county prosecutor said."
    )
    assert ("quote", "the harbour will burn", "Pell Ashworth") in found


def test_a_quote_before_a_captions_colon_is_the_subjects() -> None:
    found = quotes(
        "'It felt like a slap in the face': Neighbour Ottilie Brand said the fence "
        "should come down."
    )
    assert found == [("It felt like a slap in the face", "Ottilie Brand")]


def test_an_inverted_role_then_its_name() -> None:
    found = quotes(
        "'We can do more together,' said Ashgrove's chief executive, Oluwadamilare Finch."
    )
    assert found == [("We can do more together", "Oluwadamilare Finch")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "\u201cThe ferry will run again in May,\u201d comments Ingrid Salo of the port board.",
            "Ingrid Salo",
        ),
        (
            "\u201cThe ferry will run again in May,\u201d remarks the harbour master, Ingrid Salo.",
            "Ingrid Salo",
        ),
        ("\u201cThe ferry will run again in May,\u201d Ingrid Salo comments.", "Ingrid Salo"),
    ],
)
def test_comments_and_remarks_after_a_quote_are_saying(paragraph: str, speaker: str) -> None:
    assert quotes(paragraph) == [("The ferry will run again in May", speaker)]


def test_comments_and_remarks_elsewhere_are_nouns() -> None:
    found = said(
        "Mayor Ingrid Salo restricted comments about the ferry to the budget.",
        "The council called her remarks on Monday \u201ca wake-up call\u201d for the port.",
    )
    assert all(speaker != "Ingrid Salo restricted" for _, _, speaker in found)
    assert ("quote", "a wake-up call", "Ingrid Salo") not in found


def test_role_words_inside_a_subject_are_no_name() -> None:
    found = said(
        "Forensic accountant Dr Halvard Ness examined the books and believes the money was moved."
    )
    assert found == [("reported", "the money was moved", "Halvard Ness")]


def test_a_subordinate_clause_before_the_subject() -> None:
    found = said(
        "Despite a poor run of results, club president Anselm Krog says the coach is safe."
    )
    assert found == [("reported", "the coach is safe", "Anselm Krog")]


def test_the_object_of_a_preposition_is_not_the_subject() -> None:
    found = said(
        "A man accused of setting fire to his neighbour's shed told police he wanted to teach "
        "him a lesson."
    )
    assert found == [("reported", "he wanted to teach him a lesson", "A man")]


def test_a_long_attribution_after_the_quote() -> None:
    found = quotes(
        "'The ice is thinning faster than we thought,' lead author Ines Vallejo-Brandt, a "
        "glaciologist at the Northern Polar Institute in Tromsøy, Norway, and a visiting fellow "
        "at Harwell College in Oxford, said in a statement."
    )
    assert found == [("The ice is thinning faster than we thought", "Ines Vallejo-Brandt")]


def test_people_in_the_plural_can_be_the_source() -> None:
    found = said("A Leeds man admitted stealing four cars in March, prosecutors said.")
    assert found == [
        ("reported", "A Leeds man admitted stealing four cars in March", "prosecutors")
    ]


def test_told_an_outlets_website_that() -> None:
    found = said("Ines Carvel told the Harbour Gazette website that the pier would reopen.")
    assert found == [("reported", "the pier would reopen", "Ines Carvel")]


def test_told_a_court_of_something_is_no_statement() -> None:
    assert said("Ines Carvel told a court of the fear she had felt for years.") == []


def test_an_attribution_closing_a_sentence_reports_the_statement_inside_it_too() -> None:
    found = said("Afterward, Ines Carvel said she had paid the builders, Tomas Reyne testified.")
    assert ("reported", "Afterward, Ines Carvel said she had paid the builders", "Tomas Reyne") in (
        found
    )
    assert ("reported", "she had paid the builders", "Ines Carvel") in found


def test_pointed_out_that() -> None:
    found = said("Ines Carvel pointed out that the pier was older than the town hall.")
    assert found == [("reported", "the pier was older than the town hall", "Ines Carvel")]


def test_a_plea_is_no_statement() -> None:
    assert said("Tomas Reyne pleaded guilty to two counts of fraud.") == []


def test_words_quoted_inside_a_reported_statement_are_its_speakers() -> None:
    found = quotes(
        "Mayor Ines Carvel has resisted, but harbour master Tomas Reyne told reporters on Monday "
        "that the pier would stay shut 'for several more months'."
    )
    assert found == [("for several more months", "Tomas Reyne")]


def test_a_passive_agent_tells_the_statement() -> None:
    found = said(
        "Ms Brand has been told by the council that the fence would be removed 'immediately'."
    )
    assert ("reported", "the fence would be removed 'immediately'", "council") in [
        (k, t, s and s.split()[-1]) for k, t, s in found
    ]


def test_a_short_quote_after_an_attributed_one_goes_on_from_its_speaker() -> None:
    found = quotes("'I can't stand out there for an hour,' said Ines Carvel. 'Not at my age.'")
    assert found == [
        ("I can't stand out there for an hour", "Ines Carvel"),
        ("Not at my age", "Ines Carvel"),
    ]


def test_that_can_be_the_reported_clauses_subject() -> None:
    found = said("The trust's director, Ines Carvel, said that was not nearly good enough.")
    assert found == [("reported", "that was not nearly good enough", "Ines Carvel")]


def test_a_prepositional_phrase_before_that() -> None:
    found = said(
        "Tomas Reyne said after the draw with Castleton that the coach may need replacing."
    )
    assert found == [("reported", "the coach may need replacing", "Tomas Reyne")]


def test_found_that_reports_but_found_out_does_not() -> None:
    assert said("Inspectors found that the pier had been unsafe for a decade.") == [
        ("reported", "the pier had been unsafe for a decade", "Inspectors")
    ]
    assert said("When she found out the pier had been unsafe, Ines Carvel left town.") == []


# --- other languages -----------------------------------------------------------------------


def test_german_inverted_attribution_after_the_quote() -> None:
    found = quotes("„Wir bauen die Brücke neu“, sagte Bürgermeisterin Ilse Wendt.", language="de")
    assert found == [("Wir bauen die Brücke neu", "Ilse Wendt")]


def test_german_guillemets_and_verb_second_subject() -> None:
    found = quotes("Dann sagte Ilse Wendt: »Die Brücke bleibt gesperrt.«", language="de")
    assert found == [("Die Brücke bleibt gesperrt", "Ilse Wendt")]


def test_german_impersonal_heisst_es_gives_the_document() -> None:
    found = quotes("In dem Bericht heißt es: „Die Brücke ist marode.“", language="de")
    assert found == [("Die Brücke ist marode", "dem Bericht")]


def test_german_reported_clause_with_dass() -> None:
    found = said("Die Stadtwerke erklärten, dass der Strom bald zurückkehre.", language="de")
    assert found == [("reported", "der Strom bald zurückkehre", "Die Stadtwerke")]


def test_french_inversion_after_the_quote() -> None:
    found = quotes("« Le pont rouvrira en mai », a déclaré la maire Odile Ferrand.", language="fr")
    assert found == [("Le pont rouvrira en mai", "Odile Ferrand")]


def test_french_pronoun_inversion_and_spaced_guillemets() -> None:
    found = quotes(
        "Odile Ferrand est arrivée tôt.",
        "« C'est une honte. », ironise un autre.",
        language="fr",
    )
    assert found == [("C'est une honte", "un autre")]


def test_spanish_inverted_attribution_and_segun() -> None:
    found = said(
        "“El puente abrirá en mayo”, dijo la alcaldesa Rocío Ibarra.",
        "Según el ayuntamiento, las obras costarán dos millones.",
        language="es",
    )
    assert found == [
        ("quote", "El puente abrirá en mayo", "Rocío Ibarra"),
        ("reported", "las obras costarán dos millones", "el ayuntamiento"),
    ]


# --- resources -------------------------------------------------------------------------------


def test_every_registered_language_has_a_module() -> None:
    assert [r.code for r in every_language()] == list(CODES)


def test_unknown_language_falls_back_to_english() -> None:
    assert resources("xx").code == "en"
    assert resources(None).code == "en"


@pytest.mark.parametrize("code", ["en", "de", "fr", "es"])
def test_languages_with_attribution_have_verbs_pronouns_and_marks(code: str) -> None:
    language = resources(code)
    assert language.speech_verbs and language.person_pronouns and language.quote_marks
    assert len(language.months) == 12


# --- properties ------------------------------------------------------------------------------

_PIECES = [*"abc XYZ.,:;!?\n'\"“”‘’„«»—", "said ", "Jane Doe ", "he ", "that ", "\n\n", "it's "]
_TEXTISH = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXTISH, min_size=1, max_size=4), st.sampled_from(["en", "de", "fr"]))
def test_every_attribution_part_is_the_text_at_its_offsets(
    paragraphs: list[str], language: str
) -> None:
    article = Article("-", "text", tuple(p for p in paragraphs if p.strip()) or ("x",))
    text = article.text
    found = find_statements(text, segment(article), language)
    for attribution in found.attributions:
        assert attribution.parts
        assert attribution.start == attribution.parts[0][0]
        assert attribution.end == attribution.parts[-1][1]
        pieces = [text[a:b] for a, b in attribution.parts]
        assert all(pieces)
        if attribution.kind == "reported":
            assert pieces == [attribution.text]
        else:
            assert all(piece in attribution.text for piece in pieces)


def test_own_development_set_quotes_its_own_text() -> None:
    """``extra.jsonl`` (scored by ``benchmarks/attribution.py --extra``): every quote part, phrase
    and reported clause is a substring of its article, as in the dev set's format."""
    lines = (FIXTURES / "extra.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    assert len(records) >= 15
    for record in records:
        text = record["text"]
        assert all(part in text for q in record["quotes"] for part in q["parts"]), record["id"]
        assert all(r["content"] in text for r in record["reported"]), record["id"]
        assert all(p["text"] in text for p in record["phrases"]), record["id"]
        assert all(q["marks"] in ("double", "single", "other") for q in record["quotes"])


# --- sources read on news nobody tuned on (CNN/DailyMail) ------------------------------------


def test_according_to_source_ends_at_a_relative_clause() -> None:
    found = said(
        "A drone flew within 30 metres of the runway, according to airport officials who called "
        "it a serious breach of the rules."
    )
    assert [(kind, speaker) for kind, _, speaker in found] == [("reported", "airport officials")]


def test_according_to_attributes_a_sentence_whose_verb_only_looks_like_speech() -> None:
    """ "would add about $7 a month" reports nothing; "according to" does."""
    found = said(
        "The bond would add about $7 a month to a typical tax bill, according to the county "
        "assessor's office."
    )
    assert found == [
        (
            "reported",
            "The bond would add about $7 a month to a typical tax bill",
            "the county assessor's office",
        )
    ]


@pytest.mark.parametrize("after", ["how unpleasant they were", "plan", "what they could afford"])
def test_according_to_in_the_sense_of_in_line_with_names_no_source(after: str) -> None:
    assert said(f"The subjects were then asked to rate the photos according to {after}.") == []


@pytest.mark.parametrize("tail", ["on the eve of a new strike", "citing a shortage of staff"])
def test_an_attribution_followed_by_a_phrase_of_time_or_reason_closes_the_statement(
    tail: str,
) -> None:
    found = said(f"Trains will be badly disrupted on Thursday, the rail operator said, {tail}.")
    assert found == [
        ("reported", "Trains will be badly disrupted on Thursday", "the rail operator")
    ]


def test_a_sentence_ending_in_a_participle_of_reason_reports_nothing() -> None:
    assert said("The company raised its prices on Monday, citing a shortage of staff.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Lawmakers added tax breaks to the bill, which the House rejected on Monday.",
        "The chef added salt and pepper before the soup boiled over.",
    ],
)
def test_added_with_an_object_reports_nothing(sentence: str) -> None:
    assert said(sentence) == []


def test_added_with_a_clause_reports_it() -> None:
    assert said("Ola Berg added the deal was done.") == [
        ("reported", "the deal was done", "Ola Berg")
    ]


def test_according_to_without_a_comma_ends_where_the_next_phrase_begins() -> None:
    found = said(
        "According to the harbour board's report the new gates will hold a storm of the century."
    )
    assert found == [
        ("reported", "the new gates will hold a storm of the century", "the harbour board")
    ]


def test_a_body_named_with_for_keeps_its_whole_name() -> None:
    found = said(
        "According to the Northern Agency for Coastal Safety, the ferry crossed in fog three times."
    )
    assert found[0][2] == "Northern Agency for Coastal Safety"


def test_told_after_the_content_names_the_addressee_not_the_speaker() -> None:
    found = said(
        "The ferry will not sail again, Ada Vik, the only councillor from the island, told the "
        "Harbour Gazette on Monday."
    )
    assert all(speaker != "Harbour Gazette" for _, _, speaker in found)


def test_an_opening_rather_than_clause_is_no_speaker() -> None:
    found = quotes(
        "Ada Vik lost her car last week.",
        "Rather than get upset, she simply took to Facebook and posted a photo of her car, "
        "writing: 'I want to thank the thieves for the new paint.'",
    )
    assert found == [("I want to thank the thieves for the new paint", "Ada Vik")]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "According to her blog Ada Vik worked in Oslo and Bergen as a pilot for years.",
            "her blog",
        ),
        (
            "According to a separate June 2019 memo, the ferry plan was dropped for good.",
            "a separate June 2019 memo",
        ),
        (
            "According to harbour spokesman Ola Berg, the gates will stay shut until May.",
            "Ola Berg",
        ),
    ],
)
def test_according_to_source_ends_at_a_name_after_a_possessive_noun(
    sentence: str, source: str
) -> None:
    found = said(sentence)
    assert len(found) == 1 and found[0][2] == source


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Human rights groups say the new code of conduct is not binding at all.",
            "Human rights groups",
        ),
        (
            "Both sides agreed to begin talks and said they would reopen the consulates.",
            "Both sides",
        ),
        (
            "Local residents told the council that the ferry was always late in winter.",
            "Local residents",
        ),
        ("Okafor told the council that the ferry was always late in winter.", "Okafor"),
    ],
)
def test_a_sentence_opening_in_capitals_is_a_phrase_not_a_name(sentence: str, speaker: str) -> None:
    found = said(sentence)
    assert [s for _, _, s in found] == [speaker]


def test_an_opening_time_adverb_is_no_speaker() -> None:
    found = said(
        "Earlier, Ada Vik dismissed questions about the ferry, and said her statement had been "
        "a fair summary of the board's advice."
    )
    assert [s for _, _, s in found] == ["Ada Vik"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Following claims that the gates had failed twice, the board met on Monday night.",
        "Addressing reports that the ferry was unsafe, the captain opened the decks to visitors.",
    ],
)
def test_a_cue_word_used_as_a_noun_is_no_cue(sentence: str) -> None:
    assert all(s not in ("Following", "Addressing") for _, _, s in said(sentence))


def test_a_cue_word_used_as_a_verb_still_is_one() -> None:
    assert [s for _, _, s in said("The minister claims that the ferry will sail again soon.")] == [
        "The minister"
    ]


def test_a_body_named_with_the_inside_keeps_it() -> None:
    from newscli.analyze.names import strip_titles

    assert strip_titles("Save the Children") == "Save the Children"
    assert strip_titles("Kremlin spokesperson Dmitry Peskov") == "Dmitry Peskov"
    found = said("A spokesman for Help the Harbour told reporters the ferry would sail again soon.")
    assert all(speaker != "Harbour" for _, _, speaker in found)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("I'd say that the ferry is the best way to reach the island in winter.",), None),
        (("Ada Vik lost the vote. She'd said that the plan was bad for the island.",), "Ada Vik"),
        (("O'Brien said that the plan was bad for the island and its ferry.",), "O'Brien"),
    ],
)
def test_a_pronoun_with_a_contracted_verb_is_the_pronoun(
    paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    assert [s for _, _, s in said(*paragraphs)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers have been told to 'get a grip' on hospital waiting lists.",
        "The striker was branded 'a disgrace to the shirt' after the match.",
        "Residents were urged to 'stay indoors and keep windows shut' by the fire service.",
    ],
)
def test_the_subject_of_a_passive_is_spoken_to_or_of_not_the_speaker(sentence: str) -> None:
    assert [speaker for _, speaker in quotes(sentence)] in ([], [None])


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The minister was quoted as saying 'the plan is dead and buried'.", "The minister"),
        ("Jane Doe is convinced 'this will work out for everyone in the end'.", "Jane Doe"),
    ],
)
def test_a_passive_that_reports_the_subject_speaking_keeps_it(sentence: str, speaker: str) -> None:
    assert [s for _, s in quotes(sentence)] == [speaker]


def test_a_possessive_role_gives_way_to_the_name_in_apposition() -> None:
    found = quotes(
        "The Royal College of Surgeons said the figures were worrying.",
        "'Patients are being left in pain for months,' said its president, Professor Neil "
        "Mortensen.",
    )
    assert found == [("Patients are being left in pain for months", "Neil Mortensen")]


def test_a_possessive_role_after_the_verb_is_a_speaker() -> None:
    found = quotes("Acme was fined on Monday.", "'We will appeal,' said its chief executive.")
    assert found == [("We will appeal", "its chief executive")]


# --- dialogue, as fiction and older prose write it ------------------------------------------

DIALOGUE = (
    "Mrs. Prewitt put down her sewing and looked across the table at her husband.",
    "\u201cThe new doctor has arrived at last,\u201d said she.",
    "Mr. Prewitt said nothing at all.",
    "\u201cWill you not ask me where he is to live?\u201d cried his wife impatiently.",
    "\u201cYou mean to tell me, and I shall not stop you.\u201d",
    "\u201cIn the old mill house, by the river.\u201d",
    "\u201cAnd his name?\u201d",
    "\u201cAshby.\u201d",
    "\u201cIs he married?\u201d returned Mr. Prewitt.",
    "Nora, who had been sewing by the fire, raised her head. "
    "\u201cMamma hopes he is not,\u201d she remarked.",
    "\u201cI hope nothing of the kind,\u201d exclaimed Mrs. Prewitt.",
)


def test_a_dialogue_gives_each_line_to_its_speaker() -> None:
    found = quotes(*DIALOGUE)
    assert found == [
        ("The new doctor has arrived at last", "Mrs. Prewitt"),
        ("Will you not ask me where he is to live?", "Mrs. Prewitt"),
        ("You mean to tell me, and I shall not stop you", "Mr. Prewitt"),
        ("In the old mill house, by the river", "Mrs. Prewitt"),
        ("And his name?", "Mr. Prewitt"),
        ("Ashby", "Mrs. Prewitt"),
        ("Is he married?", "Mr. Prewitt"),
        ("Mamma hopes he is not", "Nora"),
        ("I hope nothing of the kind", "Mrs. Prewitt"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("\u201cWe are ruined,\u201d said he. ", "Tom Hale"),
        ("\u201cWe are ruined!\u201d cried Tom Hale.", "Tom Hale"),
        ("\u201cWe are ruined,\u201d whispered he, very pale.", "Tom Hale"),
    ],
)
def test_a_verb_before_its_subject_after_a_quotation_attributes_it(
    sentence: str, speaker: str
) -> None:
    found = quotes("Tom Hale came home late.", sentence)
    assert [s for _, s in found] == [speaker]


def test_a_surname_given_with_two_family_titles_names_two_people() -> None:
    found = quotes(
        "Mr. Dunmore and Mrs. Dunmore came in together.",
        "\u201cIt is late,\u201d said Mrs. Dunmore.",
        "\u201cIt is not,\u201d said Mr. Dunmore.",
    )
    assert [s for _, s in found] == ["Mrs. Dunmore", "Mr. Dunmore"]


def test_who_acts_right_before_a_quotation_in_its_paragraph_speaks_it() -> None:
    found = quotes(
        "Captain Morland stepped down into the rain.",
        "\u201cThe bridge is out,\u201d said Giles.",
        "Morland laughed in spite of himself. \u201cVery well. We are outvoted, it seems.\u201d",
    )
    assert found[-1] == ("Very well. We are outvoted, it seems", "Morland")


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("It was a cold morning. The old farmer sat at the table.", "The old farmer"),
        ("It was a cold morning. My uncle sat at the table.", "my uncle"),
    ],
)
def test_a_person_known_only_by_a_description_is_who_he_points_to(
    opening: str, speaker: str
) -> None:
    found = quotes(opening, "\u201cSit down, Tom,\u201d he said. \u201cThe letter has come.\u201d")
    assert [s for _, s in found] == [speaker, speaker]


def test_a_person_named_inside_a_quotation_is_not_who_speaks_it() -> None:
    found = quotes(
        "It was late when the post came.",
        "\u201cMy sister Clara Webb will not come,\u201d she said.",
    )
    assert found == [("My sister Clara Webb will not come", None)]


def test_a_surname_given_only_with_a_title_has_the_titles_gender() -> None:
    found = quotes(
        "Mrs. Orme was alone when the post came.",
        "\u201cMr. Hale has written,\u201d he said.",
        "\u201cAnd Clara Webb will not come,\u201d she said.",
    )
    assert found == [("Mr. Hale has written", None), ("And Clara Webb will not come", "Orme")]


@pytest.mark.parametrize(
    ("family", "speaker"),
    [
        ("Edmund Carrow came down late. His sister, Margaret Carrow, was up.", "Edmund Carrow"),
        # (two brothers: which one, nothing tells; whose brother, "her" does)
        (
            "Margaret Carrow, Edmund Carrow and Tom Carrow came in.",
            "Margaret Carrow\u2019s brother",
        ),
    ],
)
def test_her_brother_is_the_one_other_man_of_her_family(family: str, speaker: str) -> None:
    found = quotes(
        family,
        "\u2018There is a letter,\u2019 said Margaret.",
        "\u2018Then I shall be in London,\u2019 her brother replied.",
    )
    assert found == [
        ("There is a letter", "Margaret Carrow"),
        ("Then I shall be in London", speaker),
    ]


def test_a_line_opening_its_paragraph_is_spoken_by_who_acts_right_after_it() -> None:
    found = quotes(
        "Colonel Dorsey was shown in, a tall man with a grey moustache.",
        "\u2018I hope I do not intrude,\u2019 he said.",
        "\u2018Not at all, Colonel.\u2019 Edmund Carrow pushed back his chair. "
        "\u2018Will you take some coffee?\u2019",
    )
    assert found == [
        ("I hope I do not intrude", "Dorsey"),
        ("Not at all, Colonel", "Edmund Carrow"),
        ("Will you take some coffee?", "Edmund Carrow"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "\u201cWe need a wall around the city.\u201d \u2015 Steve Quinlan. "
        "\u201cI just hope it ends.\u201d \u2015 Jorge Falcon.",
        "\u201cWe need a wall around the city.\u201d \u2014 Steve Quinlan, Leeds | "
        "\u201cI just hope it ends.\u201d \u2014 Jorge Falcon",
    ],
)
def test_a_quotation_signed_with_a_dash_and_a_name_is_that_persons(paragraph: str) -> None:
    found = quotes("Readers wrote to us.", paragraph)
    assert found == [
        ("We need a wall around the city", "Steve Quinlan"),
        ("I just hope it ends", "Jorge Falcon"),
    ]


def test_a_dash_before_a_sentence_is_no_signature() -> None:
    found = quotes("\u201cWe will win\u201d \u2014 that was all Mr Smith told reporters.")
    assert found == [("We will win", "Smith")]


def test_a_line_after_a_paragraph_of_narration_is_who_that_paragraph_ends_on() -> None:
    found = quotes(
        "\u201cWe shall stay the night,\u201d said Mr. Thorne.",
        "The landlord, a stout man named Amos Gribble, came out with a lantern.",
        "\u201cTwo rooms, sir? I have only the one.\u201d",
    )
    assert [s for _, s in found] == ["Thorne", "Amos Gribble"]


def test_a_line_broken_off_with_a_dash_is_a_line_of_dialogue() -> None:
    """ "‘My dear girl—’" on its own is speech cut short, a quote; "my dear" speaks to the one
    who spoke last, so the other party says it."""
    found = quotes(
        "Mr. Pennington opened the door. \u2018Come in, Miss Marlow.\u2019",
        "\u2018You wrote that my father owed money,\u2019 said Edith Marlow.",
        "\u2018My dear girl\u2014\u2019",
    )
    assert found[-1] == ("My dear girl\u2014", "Pennington")


def test_a_line_that_speaks_of_someone_by_title_is_not_theirs() -> None:
    """ "‘Agnes, you remember Miss Marlow.’": neither Agnes (spoken to) nor Miss Marlow (spoken
    of) says it, though the paragraph before ends on Agnes and Miss Marlow spoke before that."""
    found = quotes(
        "\u2018I only came about the letter,\u2019 said Edith Marlow.",
        "\u2018The letter?\u2019 said Mr. Pennington. \u2018Ah. Yes.\u2019",
        "He led her into the study. His sister, Agnes, was sitting by the fire, and she did not "
        "look up.",
        "\u2018Agnes, you remember Miss Marlow.\u2019",
    )
    assert found[-1] == ("Agnes, you remember Miss Marlow", "Pennington")


def test_a_politician_may_name_himself_in_his_own_quote() -> None:
    found = quotes(
        "\u201cThe tax laws are unfair,\u201d Ola Berg said on Monday. \u201cI am not working "
        "for Ola Berg. I am working for you.\u201d",
    )
    assert [s for _, s in found] == ["Ola Berg", "Ola Berg"]


def test_said_i_is_the_narrator_whom_the_brief_does_not_name() -> None:
    found = quotes("Mr. Thorne came in.", "\u201cI am not sure that I will,\u201d said I.")
    assert found == [("I am not sure that I will", None)]


def test_said_he_with_an_adverbial_after_it_attributes_an_interrupted_line() -> None:
    found = quotes(
        "Mr. Harcourt laughed until he cried.",
        "\u201cWell,\u201d said he at last, wiping his eyes, "
        "\u201cI shall call on the Rector.\u201d",
    )
    assert found == [("Well … I shall call on the Rector", "Harcourt")]


def test_the_one_a_line_speaks_to_by_name_answers_it() -> None:
    found = quotes(
        "Agatha Fenwick arrived with two trunks.",
        "\u201cMy dear Agatha,\u201d cried Mrs. Harcourt, \u201cwhat possessed you?\u201d",
        "\u201cThe railway possessed me, and the railway does not consult the weather.\u201d",
    )
    assert [s for _, s in found] == ["Harcourt", "Agatha Fenwick"]


def test_a_line_that_names_whom_it_speaks_to_is_not_that_persons() -> None:
    found = quotes(
        "Ruth Okonjo found the caretaker, Mr. Bassett, in the boiler room.",
        "\u201cDid you know him?\u201d she asked.",
        "\u201cEveryone knew Mr. Crane,\u201d Bassett said.",
        "Okonjo glanced at the door. Then she turned back to the caretaker.",
        "\u201cWho did not like him, Mr. Bassett?\u201d",
    )
    assert [s for _, s in found] == ["Ruth Okonjo", "Bassett", "Ruth Okonjo"]


def test_a_pronoun_acting_before_a_line_is_the_person_of_its_gender() -> None:
    found = quotes(
        "Ruth Okonjo sat down. Her sergeant, Tom Ellery, stayed by the door.",
        "\u201cWhat time was this?\u201d Ellery asked.",
        "She looked at him. \u201cLet him answer, Tom.\u201d",
    )
    assert [s for _, s in found] == ["Tom Ellery", "Ruth Okonjo"]


def test_the_narrator_is_the_name_the_others_call_them_by() -> None:
    found = quotes(
        "Lucy Ashgrove came down to the inn.",
        "\u201cI am not sure that I will,\u201d said I.",
        "Lucy turned to me. \u201cOh, Henry, you slept in a ditch at Waterloo.\u201d",
        "\u201cThat was a long time ago,\u201d I said.",
        "\u201cNot so long, Henry,\u201d said Lucy.",
    )
    assert [s for _, s in found] == ["Henry", "Lucy Ashgrove", "Henry", "Lucy Ashgrove"]


def test_a_narrator_the_story_never_names_is_nobody() -> None:
    found = quotes("\u201cI am not sure,\u201d I said.", "\u201cNor am I,\u201d said Lucy.")
    assert [s for _, s in found] == [None, "Lucy"]


def test_a_relation_then_a_name_introduces_that_person() -> None:
    found = quotes(
        "\u201cIt means ruin,\u201d said Mr. Pendleton.",
        "His wife went on with her knitting. Her daughter Clara was less patient.",
        "\u201cPapa, nobody is throwing anything away.\u201d",
    )
    assert [s for _, s in found] == ["Pendleton", "Clara"]


def test_he_began_attributes_an_interrupted_line() -> None:
    found = quotes(
        "Mr. Pendleton laid the letter down.",
        "\u201cWhen I first came,\u201d he began, \u201cthere was no school.\u201d",
    )
    assert found == [("When I first came … there was no school", "Pendleton")]


def test_her_father_is_the_one_the_story_calls_mister() -> None:
    found = quotes(
        "Mr. Pendleton laid the letter down. Mrs. Pendleton went on with her knitting.",
        "Her daughter Clara was less patient. \u201cJack only wants to open a shop.\u201d",
        "\u201cA shop!\u201d cried her father.",
    )
    assert [s for _, s in found] == ["Clara", "Mr. Pendleton"]


def test_who_comes_in_after_a_question_answers_it_rather_than_the_other_party() -> None:
    found = quotes(
        "\u201cShall we stay?\u201d said Lucy Ashgrove.",
        "\u201cWe must,\u201d said Mr. Thorne. \u201cIs there a room?\u201d",
        "The landlord, a stout man named Amos Gribble, came out with a lantern.",
        "\u201cOnly the one, sir.\u201d",
    )
    assert [s for _, s in found] == ["Lucy Ashgrove", "Thorne", "Thorne", "Amos Gribble"]


def test_pa_and_ma_are_people_of_their_gender() -> None:
    found = quotes(
        "His sister Rose rolled her eyes. Joey laughed at her.",
        "Pa came in from the porch. He was a big, slow man.",
        "\u201cThe mill is closing on Friday,\u201d he said.",
        "\u201cWhat will we do?\u201d asked Ma.",
    )
    assert [s for _, s in found] == ["Pa", "Ma"]


def test_a_line_that_is_a_name_alone_answers_and_speaks_to_nobody() -> None:
    found = quotes(
        "Tom Fenwick had taken the mill house.",
        "\u201cWhat is the new man called?\u201d asked Mr. Harlow.",
        "\u201cFenwick,\u201d said Mrs. Harlow.",
        "\u201cA good plain name.\u201d",
    )
    assert found[-1] == ("A good plain name", "Mr. Harlow")


def test_a_source_close_to_someone_is_the_whole_description() -> None:
    found = quotes(
        "A source close to the star told MailOnline: \u2018She is ready for a change.\u2019"
    )
    assert found == [("She is ready for a change", "A source close to the star")]


def test_someone_the_story_already_named_is_not_who_a_description_introduces() -> None:
    found = quotes(
        "Soap favourite Jodie Marsh has quit the drama after 12 years.",
        "A spokesperson for the channel said: \u2018We thank Jodie for 12 wonderful years.\u2019",
        "Marsh herself posted a tearful message to her followers.",
    )
    assert [s for _, s in found] == ["A spokesperson for the channel"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Two residents said the water was brown for a week.", "Two residents"),
        ("Tom Jones sang for the crowd.", None),
    ],
)
def test_one_of_a_group_that_spoke_is_that_group(opening: str, speaker: str | None) -> None:
    found = quotes(opening, "\u201cWe could not drink it,\u201d one added.")
    assert found == [("We could not drink it", speaker)]


def test_a_relation_and_a_name_anywhere_make_a_person_of_that_gender() -> None:
    found = quotes(
        "They sat round the fire: old Mr. Ambrose, his niece Harriet, and Dr. Lowell.",
        "\u201cIt is the well,\u201d said Dr. Lowell.",
        "\u201cAlmost?\u201d Harriet put down her cup. \u201cYou said you were certain.\u201d",
        "\u201cUncle,\u201d she said gently, \u201cDr. Lowell only wants to help.\u201d",
    )
    assert [s for _, s in found] == ["Lowell", "Harriet", "Harriet", "Harriet"]


def test_a_new_line_that_says_sir_answers_the_last_speaker() -> None:
    found = quotes(
        "\u201cThe well is bad,\u201d said Dr. Lowell.",
        "Mr. Ambrose stirred in his chair. \u201cIt has served us for two hundred years.\u201d",
        "\u201cAnd for two hundred years, sir, people have died of fevers.\u201d",
    )
    assert [s for _, s in found] == ["Lowell", "Ambrose", "Lowell"]


def test_the_old_man_is_the_one_the_story_called_old() -> None:
    found = quotes(
        "They sat round the fire: old Mr. Ambrose and young Dr. Lowell.",
        "\u201cClose the well,\u201d said Dr. Lowell.",
        "\u201cI know what you want,\u201d said the old man.",
    )
    assert [s for _, s in found] == ["Lowell", "Ambrose"]


def test_replied_the_other_is_the_other_party() -> None:
    found = quotes(
        "Mr. Quill and Mr. Barrow had been partners for thirty years.",
        "\u201cThe Hartley account must go,\u201d said Mr. Quill.",
        "\u201cThe Hartley account,\u201d replied the other, \u201cpays for this office.\u201d",
    )
    assert [s for _, s in found] == ["Quill", "Barrow"]


def test_a_person_called_so_in_an_apposition_to_their_role_is_the_subject() -> None:
    found = quotes(
        "\u201cYou will not move me on this,\u201d said Mr. Barrow.",
        "Their clerk, a thin young man called Pettigrew, came in with the post.",
        "\u201cA letter from Mr. Hartley, sir,\u201d he said.",
    )
    assert [s for _, s in found] == ["Barrow", "Pettigrew"]


def test_she_acting_in_the_quotations_own_sentence_speaks_it() -> None:
    found = quotes(
        "Maud Fairley opened the door. \u201cCome in,\u201d she said.",
        "\u201cYou\u2019ve sold them,\u201d I said.",
        "\u201cEvery one. The bank was very insistent.\u201d She laughed, but not with pleasure.",
    )
    assert [s for _, s in found][-1] == "Maud Fairley"


def test_said_my_uncle_is_an_attribution() -> None:
    found = quotes("\u201cI have,\u201d said my uncle, \u201cand he takes it well.\u201d")
    assert found == [("I have … and he takes it well", "my uncle")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "\u201cWe are heartbroken,\u201d said Keith Lamont Scott\u2019s wife.",
            "Keith Lamont Scott\u2019s wife",
        ),
        (
            "\u201cWe will appeal,\u201d said Ola Berg\u2019s lawyer on Monday.",
            "Ola Berg\u2019s lawyer",
        ),
        (
            "\u201cWe will appeal,\u201d said Ola Berg\u2019s defence lawyer.",
            "Ola Berg\u2019s defence lawyer",
        ),
        ("\u201cWe will appeal,\u201d said Pieter de Vries.", "Pieter de Vries"),
        (
            "Labour\u2019s Angela Rayner called it \u2018the act of a desperate man\u2019.",
            "Angela Rayner",
        ),
    ],
)
def test_a_possessive_name_owns_the_speaker_or_labels_the_name(sentence: str, speaker: str) -> None:
    assert [s for _, s in quotes(sentence)] == [speaker]


def test_after_a_clause_of_time_the_main_clause_subject_is_who_the_sentence_is_about() -> None:
    found = quotes(
        "It was early. When I came down, my uncle was already at the table.",
        "\u201cSit down,\u201d he said. \u201cThere is news.\u201d",
    )
    assert [s for _, s in found] == ["my uncle", "my uncle"]


def test_a_pronoun_no_one_of_its_gender_can_be_is_the_one_just_spoken_to() -> None:
    found = quotes(
        "Clara Whitcombe found her cousin on the terrace after breakfast.",
        "\u201cYou are out early, Robert,\u201d said she.",
        "\u201cI could not sleep,\u201d he replied. \u201cThe storm kept me up.\u201d",
        "Robert turned back to the sea.",
    )
    assert [s for _, s in found] == ["Clara Whitcombe", "Robert", "Robert"]


def test_her_brother_answering_a_line_spoken_to_him_is_its_addressee() -> None:
    found = quotes(
        "Clara Whitcombe put down the letter and stood up.",
        "\u201cRobert, you do not believe him?\u201d she asked.",
        "\u201cI do not know what to believe,\u201d returned her brother.",
        "Clara watched Robert walk to the window.",
    )
    assert [s for _, s in found] == ["Clara Whitcombe", "Robert"]


def test_a_stranger_is_nobody_the_story_already_knows() -> None:
    found = quotes(
        "\u201cGo and see who it is,\u201d said Robert Whitcombe.",
        "The stranger was standing by the fire. He bowed.",
        "\u201cGood evening,\u201d said the stranger.",
    )
    assert [s for _, s in found] == ["Robert Whitcombe", "the stranger"]


def test_a_speaker_who_names_themself_is_that_name_in_every_line() -> None:
    found = quotes(
        "\u201cGo and see who it is,\u201d said Robert Whitcombe.",
        "The stranger was standing by the fire.",
        "\u201cGood evening,\u201d said the stranger. \u201cMy name is Fenwick.\u201d",
        "\u201cYou are welcome, Mr. Fenwick,\u201d said Robert.",
    )
    assert [s for _, s in found] == [
        "Robert Whitcombe",
        "Fenwick",
        "Fenwick",
        "Robert Whitcombe",
    ]


def test_a_name_after_the_does_not_call_anyone() -> None:
    found = quotes(
        "Mr. Tregarthen filled his pipe.",
        "\u201cThe Morwenna, aye,\u201d he said. \u201cForty years ago.\u201d",
        "\u201cDid anyone survive?\u201d I asked.",
    )
    assert [s for _, s in found] == ["Tregarthen", "Tregarthen", None]


def test_a_narrator_called_by_name_once_by_two_people_is_that_name() -> None:
    found = quotes(
        "Mr. Tregarthen filled his pipe. His niece Jenny was sewing.",
        "\u201cDo you want to hear it or not, Mr. Hollis?\u201d said Tregarthen.",
        "\u201cVery much,\u201d said I.",
        "\u201cThen listen. She struck at two in the morning.\u201d",
        "\u201cGuns?\u201d",
        "\u201cSignal guns.\u201d",
        "\u201cMr. Hollis must be tired of the story,\u201d said Jenny.",
        "\u201cNot at all,\u201d I said.",
        "\u201cYou are too polite, Mr. Hollis,\u201d said Jenny.",
    )
    assert {s for t, s in found if t in ("Very much", "Not at all")} == {"Hollis"}


def test_a_title_alone_calls_the_one_person_with_that_title() -> None:
    found = quotes(
        "Inspector Colin Mabry met us at the station.",
        "\u201cThere is nothing to see,\u201d said Mabry.",
        "\u201cThere is always something to see, Inspector.\u201d",
    )
    assert [s for _, s in found] == ["Colin Mabry", None]


def test_a_name_set_off_in_a_question_answers_it_when_the_story_names_it_twice() -> None:
    found = quotes(
        "Anthony Vane crossed the hall.",
        "\u201cHobbs will show you,\u201d said Mrs. Darnell.",
        "\u201cTell me, Hobbs, when did you last see your master?\u201d said Vane.",
        "\u201cAt ten o'clock, sir.\u201d",
    )
    assert [s for _, s in found] == ["Darnell", "Anthony Vane", "Hobbs"]


def test_a_question_after_narration_is_answered_by_the_one_narrated() -> None:
    found = quotes(
        "Inspector Colin Mabry and Anthony Vane stood in the study with Hobbs.",
        "\u201cLocked, sir,\u201d said Hobbs.",
        "Vane nodded slowly. He crossed to the window.",
        "\u201cWell?\u201d demanded Mabry. \u201cWhat do you make of it?\u201d",
        "\u201cThat your butler is a liar, my dear Mabry.\u201d",
    )
    assert [s for _, s in found][-1] == "Anthony Vane"


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "At that moment the door opened and Mrs. Pritchard, the housekeeper, put in her head.",
            "Mrs. Pritchard",
        ),
        ("Later that evening the mayor, a former teacher, told reporters.", "the mayor"),
        ("On Monday the minister, Jane Roe, said no.", "Jane Roe"),
        ("In a statement, the group, which has 300 members, said it would appeal.", "the group"),
        (
            "At a hearing of the panel that funds NASA, Rep. Robert Aderholt, its ranking "
            "member, pushed for more.",
            "Rep. Robert Aderholt",
        ),
    ],
)
def test_an_opening_without_its_comma_runs_into_the_subject_before_an_apposition(
    sentence: str, subject: str
) -> None:
    from newscli.analyze.attribution import sentence_subject

    assert sentence_subject(sentence) == subject


def test_put_reports_no_clause_after_it() -> None:
    assert said("He folded the letter and put it into his pocket.") == []
    assert said("Ronaldo put it away in the second half, the coach said.") != []


def test_her_ladyship_and_the_colonel_are_the_people_with_those_titles() -> None:
    found = quotes(
        "Lady Ormsby read the letter twice. Colonel Fane stood by the fire with his hands "
        "behind him.",
        "\u2018It seems your cousin is to be married,\u2019 said her ladyship.",
        "\u2018I wish her joy of it,\u2019 said the Colonel.",
    )
    assert [s for _, s in found] == ["Ormsby", "Fane"]


def test_a_family_named_in_the_plural_is_no_person() -> None:
    found = quotes(
        "The Kemps had been arguing since breakfast. Walter Kemp sat at the table and Ada stood "
        "at the stove.",
        "\u201cWe can't afford it,\u201d Walter said.",
        "Ada turned round. \u201cWe had it last year,\u201d she said.",
    )
    assert "Kemps" not in [s for _, s in found]


STORY = (
    "The Kemps had been arguing about the supper since breakfast. Walter Kemp sat at the head "
    "of the table, and his wife stood at the stove.",
    "\u201cWe can't afford it this year, Ada,\u201d he said.",
    "\u201cWe couldn't afford it last year either,\u201d Ada said without turning round.",
    "\u201cAnd we were paying for it till March.\u201d",
    "\u201cThe Lindqvists will be expecting it.\u201d",
    "\u201cLet them expect.\u201d",
    "\u201cMaybe it's time I did,\u201d said Kemp.",
    "\u201cMaybe it's time you remembered who helped you.\u201d",
)


def test_in_a_story_told_in_dialogue_a_new_untagged_line_is_the_other_speakers() -> None:
    found = quotes(*STORY)
    assert [s for _, s in found] == [
        "Walter Kemp",
        "Ada",
        "Walter Kemp",
        "Ada",
        "Walter Kemp",
        "Walter Kemp",
        "Ada",
    ]


def test_a_news_story_with_a_quotation_in_its_own_paragraph_goes_on_with_its_speaker() -> None:
    found = quotes(
        "The council voted on Tuesday to close the library, ending a year of protests by "
        "residents who had collected more than 3,000 signatures against the plan.",
        "\u201cThis is a sad day for the town,\u201d said Ellen Marsh, who led the campaign.",
        "\u201cWe will keep fighting until the doors open again, whatever it takes.\u201d",
    )
    assert [s for _, s in found] == ["Ellen Marsh", "Ellen Marsh"]


DINNER = (
    "Mrs. Allingham had placed her guests with great care, and was annoyed when Mr. Purvis "
    "arrived late.",
    "\u201cI am so sorry, ma'am,\u201d he said. \u201cThe roads are shocking.\u201d",
    "\u201cThey are always shocking in March,\u201d said Mrs. Allingham.",
    "\u201cHave you come far, Mr. Purvis?\u201d asked the curate politely.",
    "\u201cFrom Eversham, sir. Twelve miles.\u201d",
    "\u201cTwelve miles!\u201d Miss Sophia could not help exclaiming. "
    "\u201cYou must be frozen.\u201d",
    "\u201cSophia,\u201d said her mother.",
    "The curate, Mr. Denholm, was a thin young man who seldom spoke, but he roused himself now. "
    "\u201cEversham is a fine parish,\u201d he said.",
)


def test_a_story_names_later_the_one_it_first_described() -> None:
    found = dict(quotes(*DINNER))
    assert found["Have you come far, Mr. Purvis?"] == "Denholm"
    assert found["Eversham is a fine parish"] == "Denholm"


def test_a_place_after_from_is_nobody_spoken_to_nor_a_speaker() -> None:
    speakers = [s for _, s in quotes(*DINNER)]
    assert "Eversham" not in speakers
    assert dict(quotes(*DINNER))["From Eversham, sir. Twelve miles"] == "Purvis"


def test_who_acts_after_a_line_in_its_paragraph_spoke_it_even_in_an_exchange() -> None:
    assert dict(quotes(*DINNER))["Twelve miles!"] == "Sophia"


def test_her_aunt_is_the_one_the_story_calls_aunt() -> None:
    found = quotes(
        "Nell Hathaway ran all the way from the station. Her aunt was there already, sitting on "
        "the bench with a basket of mending.",
        "\u2018You're late,\u2019 said Aunt Prue.",
        "\u2018I know. The train stopped for ever so long at Kettering.\u2019",
        "\u2018A likely story.\u2019",
        "\u2018But it's true!\u2019",
        "\u2018Sit down, child.\u2019",
        "\u2018Has Mr. Tolley been?\u2019 Nell asked.",
        "\u2018He came on Tuesday.\u2019",
    )
    assert [s for _, s in found] == [
        "Aunt Prue",
        "Nell Hathaway",
        "Aunt Prue",
        "Nell Hathaway",
        "Aunt Prue",
        "Nell Hathaway",
        "Aunt Prue",
    ]


def test_a_caller_who_says_its_me_is_that_person() -> None:
    found = quotes(
        "Detective Sergeant Kate Rourke had been on duty for eleven hours when the phone rang. "
        "Constable Baines was calling from the canal.",
        "\u2018Rourke.\u2019",
        "\u2018It's Baines, Sarge. We've got a body in the canal.\u2019",
        "\u2018Who found him?\u2019",
    )
    assert [s for _, s in found][1] == "Baines"
    assert "It's Baines" not in [s for _, s in found]


def test_the_subject_of_a_clause_after_and_acts_before_a_line() -> None:
    found = quotes(
        "\u201cAnything in the paper, Mr. Ferris?\u201d asked Mrs. Quill.",
        "\u201cA fire at the docks.\u201d",
        "The door opened and Miss Eliza Temple came in, pulling on her gloves. She taught "
        "music at the school.",
        "\u201cGood morning, everyone. Oh, Mrs. Quill, is there any marmalade left?\u201d",
    )
    assert [s for _, s in found][-1] == "Eliza Temple"


def test_a_place_after_and_is_no_subject() -> None:
    found = said(
        "The virus has been reported in Barry, Kalamazoo and Van Buren counties.",
        "Dr. Joneigh Khaldun of the state health department says the risk from the virus "
        "continues because there has been no freeze. He says residents in the affected areas "
        "should continue to take precautions against mosquito bites.",
    )
    assert [s for _, _, s in found][-1] == "Joneigh Khaldun"


def test_across_the_room_opens_a_sentence_before_its_subject() -> None:
    from newscli.analyze.attribution import sentence_subject

    assert sentence_subject("Across the room, Amir Shah looked up from his screen.") == "Amir Shah"


def test_a_person_reading_says_nothing() -> None:
    assert (
        said("Mr. Ferris was a small neat man who read his newspaper folded into quarters.") == []
    )
    found = said("A statement from the club read that the manager had left by mutual consent.")
    assert found == [("reported", "the manager had left by mutual consent", "the club")]


def test_an_aside_followed_by_adding_reports_both_clauses() -> None:
    found = said(
        "The talks had collapsed, Mr Okafor said, warning that strikes would follow within days."
    )
    assert found == [
        ("reported", "The talks had collapsed", "Okafor"),
        ("reported", "strikes would follow within days", "Okafor"),
    ]
    assert said(
        "Sales rose by a fifth in the quarter, analysts said, and shares jumped in early trading."
    ) == [("reported", "Sales rose by a fifth in the quarter", "analysts")]


def test_another_who_said_is_a_source_and_many_who_believe_is_not() -> None:
    found = said(
        "A cycling campaigner said the sentence sent the right message to every driver. "
        "Another, who did not want to be named, said drivers were still not being caught."
    )
    assert found[-1] == ("reported", "drivers were still not being caught", "Another")
    assert said("Many believe the figure is more likely to be under three per cent.") == []


def test_a_narrator_called_by_name_only_away_from_their_lines_is_that_name() -> None:
    found = quotes(
        "\u201cI would like a room,\u201d I said.",
        "The landlord showed me up. Later his wife came in with her brother, Tom Ashby.",
        "\u201cWe have met before,\u201d said Tom.",
        "\u201cHave we?\u201d said Mrs. Pell.",
        "\u201cHe is the painter from London,\u201d said Tom.",
        "\u201cYou are very welcome here, Mr. Hollis,\u201d said Mrs. Pell.",
        "\u201cYou are kind, Mr. Hollis,\u201d said Tom.",
    )
    assert found[0] == ("I would like a room", "Hollis")


PARLOUR = (
    "The fire had burned low by the time Mr. Ashdown put down his book.",
    "\u201cYou are very quiet tonight, my dear,\u201d said Mr. Ashdown.",
    "\u201cI am thinking about the Fairlies,\u201d answered his wife.",
    "\u201cWill they come on Sunday, mamma?\u201d asked Lucy from the window.",
    "\u201cI hope so, child. Go and fetch my shawl.\u201d",
    "\u201cYes, mamma.\u201d",
    "\u201cAnd leave us to our thoughts!\u201d cried Mrs. Ashdown.",
    "\u201cOur thoughts are very dull ones, my dear.\u201d",
)


def test_an_untagged_line_in_the_words_one_speaker_keeps_for_another_is_that_speakers() -> None:
    found = quotes(*PARLOUR)
    # Turn-taking alone would give the last line to Lucy (who spoke before Mrs. Ashdown); only
    # Mr. Ashdown has called her "my dear".
    assert found[-1] == ("Our thoughts are very dull ones, my dear", "Mr. Ashdown")
    assert dict(found)["Yes, mamma"] == "Lucy"


def test_a_form_of_address_used_by_two_speakers_decides_nothing() -> None:
    found = quotes(
        "Lucy ran in from the garden.",
        "\u201cI am back, mamma!\u201d cried Lucy.",
        "\u201cYou are wet through, my dear,\u201d said Mrs. Ashdown.",
        "\u201cIt is only rain,\u201d said Lucy.",
        "\u201cOnly rain, my dear?\u201d said Mr. Ashdown.",
        "\u201cOnly rain, papa.\u201d",
        "\u201cThen go and change, my dear.\u201d",
    )
    # Both parents have called Lucy "my dear": turn-taking stands.
    assert found[-2:] == [
        ("Only rain, papa", "Lucy"),
        ("Then go and change, my dear", "Mr. Ashdown"),
    ]


VISITOR = (
    "It was a wet night when Lorimer came in and threw his hat on the chair.",
    "\u201cYou have not been out, Kerr,\u201d said he.",
    "\u201cI have not,\u201d I answered.",
    "\u201cThen we are to have a visitor. Mrs. Ida Blane, of Wharf Lane. "
    "She wrote this morning.\u201d",
    "\u201cWhat does she want?\u201d",
    "\u201cShe will tell us herself.\u201d",
    "\u201cYou might have asked her,\u201d I said.",
    "My friend only laughed and lit his pipe.",
    "At nine the bell rang, and the maid showed in a thin woman in grey.",
    "\u201cMr. Lorimer?\u201d said she.",
    "\u201cI am Lorimer, and this is Dr. Kerr. Sit down, Mrs. Blane, and tell us everything.\u201d",
    "\u201cIt is my husband, sir.\u201d",
    "\u201cHe has gone?\u201d remarked my friend.",
)


def test_a_name_read_off_a_card_is_nobody_spoken_to() -> None:
    found = quotes(*VISITOR)
    # "Mrs. Ida Blane, of Wharf Lane." names who is coming: the question after it is the
    # narrator's (whom Lorimer called Kerr, and the narration never names), not Mrs. Blane's.
    assert found[3] == ("What does she want?", "Kerr")
    assert found[5] == ("You might have asked her", "Kerr")


def test_she_whom_nobody_named_yet_is_the_one_the_next_line_speaks_to() -> None:
    found = quotes(*VISITOR)
    assert found[6] == ("Mr. Lorimer?", "Ida Blane")
    assert found[8] == ("It is my husband, sir", "Ida Blane")


def test_my_friend_in_a_first_person_story_is_the_person_it_names_most() -> None:
    assert quotes(*VISITOR)[-1] == ("He has gone?", "Lorimer")
    # In news, "my friend" stays as written.
    assert said("\u201cIt was a shock,\u201d said my friend, who works at the mill.") == [
        ("quote", "It was a shock", "my friend")
    ]


BREAKFAST = (
    "Sir Hugh Marlow had looked at his watch twice before his niece came down.",
    "\u201cYou are late, Kitty,\u201d said the old gentleman.",
    "\u201cJem was later, uncle,\u201d returned Kitty.",
    "\u201cI was not,\u201d said Jem. \u201cI was reading the paper.\u201d",
    "\u201cIn bed?\u201d",
    "\u201cIn the library.\u201d",
    "\u201cThat is a new thing.\u201d",
    "\u201cIt is a new paper.\u201d",
    "Kitty and her brother exchanged a look.",
    "\u201cIs there any news, sir?\u201d said the latter.",
    "\u201cNone that would interest you,\u201d said the former to him.",
)


def test_the_former_and_the_latter_are_the_two_people_put_together_before() -> None:
    found = dict(quotes(*BREAKFAST))
    # "her brother" of a story whose family goes by first names: the one other first name.
    assert found["Is there any news, sir?"] == "Jem"
    assert found["None that would interest you"] == "Kitty"


def test_the_former_before_a_noun_is_part_of_a_longer_description() -> None:
    found = quotes(
        *BREAKFAST[:5],
        "\u201cHe was a fool,\u201d said the former mayor of the town, who had come to call.",
    )
    assert found[-1][1] != "Kitty"


def test_a_speech_verb_after_an_apposition_and_before_a_time_is_a_cue_not_a_participle() -> None:
    found = said(
        "But the cabinet member for education, Rachel Dunmore, said on Tuesday the authority "
        "would \u201cpause and listen\u201d before taking any decision."
    )
    assert found == [
        (
            "reported",
            "the authority would \u201cpause and listen\u201d before taking any decision",
            "Rachel Dunmore",
        ),
        ("quote", "pause and listen", "Rachel Dunmore"),
    ]
    # A participle set off by commas is no cue: nobody said anything here.
    assert said("The offender, snapped on camera in the high street, was fined on Monday.") == []


LANE = (
    "The Kemps' van was parked across the lane again, and by eight Nell had had enough.",
    "\u2018I'm going over there,\u2019 she said. \u2018Somebody's got to tell them.\u2019",
    "Her husband didn't look up from the paper. \u2018Tell them what, love?\u2019",
    "\u2018That it's our gate they're blocking, Rob.\u2019",
    "\u2018The kids can lift the bikes over.\u2019",
    "Nell gave him a look. \u2018You said that last week.\u2019",
    "\u2018I did have a word.\u2019",
    "\u2018And did they move it?\u2019",
    "\u2018They said they would.\u2019",
    "\u2018Then I'll go myself.\u2019",
    "\u2018Suit yourself, love.\u2019",
)


def test_the_family_in_s_is_no_one_she_can_be_and_a_first_name_that_acts_is_a_person() -> None:
    found = quotes(*LANE)
    # "The Kemps' van": a family's van; "Nell had had enough": Nell is someone.
    assert found[0] == ("I'm going over there", "Nell")


def test_a_description_that_acts_then_speaks_is_the_name_the_answer_calls_it() -> None:
    found = dict(quotes(*LANE))
    # "Her husband didn't look up" (a negation does not end the subject short): he speaks,
    # and the answer calls him Rob.
    assert found["Tell them what, love?"] == "Rob"
    assert found["The kids can lift the bikes over"] == "Rob"
    assert found["That it's our gate they're blocking, Rob"] == "Nell"


def test_a_question_opening_its_paragraph_is_put_to_the_one_narrated_whom_the_story_knows() -> None:
    found = quotes(
        "The card game had been going since supper.",
        "\u201cYour deal, Frank,\u201d said Uncle Ned, pushing the cards across.",
        "Frank shuffled slowly. He did everything slowly, and his wife said it was the only "
        "reason he had ever won an argument.",
        "\u201cAre you going to deal them or marry them?\u201d asked Ruth.",
        "\u201cPatience, girl.\u201d",
        "Frank dealt at last. Ned picked up his cards, looked at them, and groaned.",
        "\u201cThat bad?\u201d said Ruth.",
        "\u201cWorse.\u201d",
        "\u201cYou said that last hand.\u201d",
        "\u201cI meant it last hand.\u201d",
        "\u201cAnd you won it.\u201d",
        "\u201cPure luck.\u201d",
    )
    # Frank was called by name in the line before the question; Ned has spoken already ("Ned
    # picked up …" is a name in -ed and its verb, not an opening participle).
    assert found[2] == ("Patience, girl", "Frank")
    assert found[4] == ("Worse", "Uncle Ned")


def test_a_question_is_not_put_to_a_bystander_the_narration_shows() -> None:
    found = quotes(
        "Inspector Okonjo found the caretaker in the boiler room.",
        "\u201cYou found him, Mr. Bassett?\u201d she asked.",
        "\u201cI did,\u201d said Bassett. \u201cAt the bottom of the stairs.\u201d",
        "\u201cWas he breathing?\u201d",
        "\u201cNot that I could see.\u201d",
        "\u201cDid you touch him?\u201d",
        "\u201cOnly his wrist, for a pulse.\u201d",
        "Okonjo sat down. Her sergeant, Tom Ellery, stayed by the door with his notebook.",
        "\u201cWhat time was this?\u201d she asked.",
        "\u201cHalf six.\u201d",
    )
    assert found[-1] == ("Half six", "Bassett")


def test_how_someone_felt_is_no_statement_but_what_they_felt_was_so_is() -> None:
    assert said("Anna Berg felt a little ashamed of teasing her sister.") == []
    assert said("Anna Berg felt like a stranger in her own town.") == []
    assert said("Anna Berg felt the deal was unfair.") == [
        ("reported", "the deal was unfair", "Anna Berg")
    ]
    assert said("Anna Berg felt like she had no choice.") == [
        ("reported", "like she had no choice", "Anna Berg")
    ]


TRANSCRIPT = (
    "MARY LOUISE KELLY, HOST:",
    "Six months after the floods, claims are still open. Our reporter Sam Whitfield went to "
    "Millbrook.",
    "SAM WHITFIELD, BYLINE: Dana Okafor's bakery on Main Street still smells of river mud.",
    "DANA OKAFOR: Every week they ask for another form.",
    "WHITFIELD: State Senator Maria Velez wants a deadline.",
    "MARIA VELEZ: These are families who paid their premiums for decades.",
    "OKAFOR: I owe it to my mother to try.",
    "WHITFIELD: For NPR News, I'm Sam Whitfield in Millbrook.",
)


def test_a_broadcast_transcript_quotes_its_guests_by_their_labels_not_its_own_voices() -> None:
    assert quotes(*TRANSCRIPT) == [
        ("Every week they ask for another form", "Dana Okafor"),
        ("These are families who paid their premiums for decades", "Maria Velez"),
        ("I owe it to my mother to try", "Dana Okafor"),
    ]


def test_labels_in_capitals_that_name_nobody_speaking_make_no_transcript() -> None:
    assert (
        quotes(
            "DEAR ABBY: My husband has bought tickets to see his mother again.",
            "DEAR WORRIED: Tell him how you feel before the trip.",
            "DEAR ABBY: My sister will not speak to me.",
        )
        == []
    )
    assert (
        quotes("PROS: A bright screen.", "CONS: A slow camera.", "VERDICT: Buy it.", "PRICE: Fair.")
        == []
    )


INN = (
    "Mr. Wragge and his friend Mr. Pounce had not sat down five minutes in the parlour of the "
    "Swan when the landlord brought in a card.",
    "\u201cA gentleman to see you, sir,\u201d said the landlord, addressing Mr. Wragge.",
    "\u201cTo see me?\u201d said that gentleman, in great surprise. "
    "\u201cI know nobody here.\u201d",
    "\u201cHe says you will know him, sir.\u201d",
    "\u201cShow him in,\u201d said Mr. Pounce.",
    "The landlord withdrew, and returned with a short, stout man in a green coat.",
    "\u201cMr. Wragge, I believe?\u201d said the stranger.",
    "\u201cThe same, sir.\u201d",
    "\u201cYou do not remember me, sir. I should not expect it.\u201d",
    "\u201cBless me!\u201d cried Mr. Wragge. \u201cBuckle! To be sure!\u201d",
    "\u201cAnd what brings you here, Buckle?\u201d enquired Mr. Pounce.",
    "\u201cMisfortune, sir,\u201d replied the man in the green coat.",
)


def test_that_gentleman_is_the_one_just_named_and_the_landlord_is_himself() -> None:
    found = quotes(*INN)
    assert found[:4] == [
        ("A gentleman to see you, sir", "the landlord"),
        ("To see me?", "Wragge"),
        ("I know nobody here", "Wragge"),
        # "sir" is what anyone calls a gentleman: no sign of who speaks; turn-taking stands
        ("He says you will know him, sir", "the landlord"),
    ]


def test_the_stranger_is_the_name_the_answer_calls_him_and_answers_when_called() -> None:
    found = dict(quotes(*INN))
    assert found["Mr. Wragge, I believe?"] == "Buckle"
    assert found["You do not remember me, sir. I should not expect it"] == "Buckle"
    # "replied the man in the green coat" came out as Mr. Pounce, who had just asked Buckle
    assert found["Misfortune, sir"] == "Buckle"


CALL = (
    "My sister rings at six in the morning, which means something is wrong.",
    "\u201cAre you awake?\u201d Tess says.",
    "\u201cI am now.\u201d",
    "\u201cIt's Mum. She fell again. The neighbour found her on the steps.\u201d",
    "I sit up and feel for the lamp. \u201cIs she hurt?\u201d",
    "\u201cHer wrist, maybe. You're closer than me, Sam.\u201d",
    "When I get to the ward, Mum is sitting up in bed, arguing with a nurse about the radio.",
    "\u201cThere he is,\u201d she says when she sees me. \u201cThe cavalry.\u201d",
    "\u201cHi, Mum.\u201d",
    "\u201cTell this young woman I don't need to stay the night.\u201d",
    "The nurse doesn't look up from her clipboard. \u201cShe needs to stay the night.\u201d",
)


def test_a_first_person_story_gives_the_narrators_lines_to_the_name_they_are_called() -> None:
    found = quotes(*CALL)
    # "It's Mum. She fell again." is news of Mum, not Mum calling; "I sit up …" and a line
    # spoken to "me" are the narrator's, whom Tess calls Sam.
    assert [speaker for _, speaker in found] == [
        "Tess",
        "Sam",
        "Tess",
        "Sam",
        "Tess",
        "Mum",
        "Mum",
        "Sam",
        "Mum",
        "The nurse",
    ]


def test_the_colonel_acting_before_his_line_is_the_one_person_called_colonel() -> None:
    found = quotes(
        "Colonel Ashby put down his glass and looked round the table.",
        "\u201cI will tell you how it happened,\u201d he said, \u201csince you ask.",
        "\u201cWe had been three days on the march, and the men were tired.",
        "\u201cWhen the guide told me the ford was passable, I believed him.\u201d",
        "\u201cAnd was it not passable?\u201d asked Mrs. Crane.",
        "\u201cIt was not, madam. We lost four horses.\u201d",
        "\u201cHow dreadful,\u201d said Mrs. Crane.",
        "Her daughter Sophy, who had been listening with her chin in her hands, now sat up.",
        "\u201cWhat happened to the guide, Colonel?\u201d",
        "The Colonel smiled. \u201cHe was never seen again, Miss Sophy.\u201d",
    )
    assert found[0][1] == "Ashby"  # one speech over three paragraphs
    assert found[-1] == ("He was never seen again, Miss Sophy", "Ashby")


PLATFORM = (
    "The train was late, and Mrs. Okafor had waited twenty minutes when the young man beside "
    "her spoke.",
    "\u201cExcuse me. Is this the train for Leeds?\u201d",
    "\u201cIt is, if it ever comes.\u201d",
    "\u201cAre you visiting?\u201d said Mrs. Okafor.",
    "\u201cStarting a job.\u201d He held out a hand. \u201cTom Ashworth.\u201d",
    "\u201cGrace Okafor.\u201d She shook it. \u201cWhat will you do there?\u201d",
    "\u201cTeach chemistry, if they let me.\u201d",
    "\u201cThen you must meet my granddaughter,\u201d said Mrs. Okafor.",
)


def test_who_the_narration_ends_on_speaking_speaks_and_a_name_alone_introduces_them() -> None:
    found = quotes(*PLATFORM)
    assert found[0] == ("Excuse me. Is this the train for Leeds?", "Tom Ashworth")
    assert found[1] == ("It is, if it ever comes", "Grace Okafor")
    assert dict(found)["Teach chemistry, if they let me"] == "Tom Ashworth"


def test_a_title_inside_a_sentence_names_no_speaker() -> None:
    found = quotes(*PLATFORM[:4], "\u201cI am reading \u201cGreat Expectations\u201d again.\u201d")
    assert found[-1][1] != "Great Expectations"


def test_a_line_that_calls_both_others_by_name_is_the_third_persons() -> None:
    found = quotes(
        "Mrs. Vance and her daughter Clara sat by the fire.",
        "\u201cHe will not come in this rain,\u201d said Clara.",
        "The door opened and Mr. Dale came in, so that Mrs. Vance had no time to rise.",
        "\u201cForgive me, madam,\u201d he said, bowing to her.",
        "\u201cYou are soaked, Mr. Dale. Sit down. Clara, fetch a towel.\u201d",
    )
    assert found[-1][1] == "Vance"


def test_a_family_word_spoken_to_is_the_person_so_called() -> None:
    found = quotes(
        "Mrs. Vance and her daughter Clara sat by the fire.",
        "\u201cIt will rain all day,\u201d said Mrs. Vance.",
        "\u201cThen we shall read, mamma,\u201d said Clara.",
        "\u201cMamma, you never read.\u201d",
        "\u201cI read more than you suppose, Clara.\u201d",
    )
    assert found[-1] == ("I read more than you suppose, Clara", "Vance")


def test_her_mother_is_the_one_mrs_the_narration_names() -> None:
    found = quotes(
        "Mrs. Vance sat by the fire with her daughter Clara.",
        "\u201cMrs. Pole has been ill again,\u201d said Clara.",
        "\u201cShe is never anything else,\u201d said her mother.",
    )
    assert found[-1] == ("She is never anything else", "Vance")


def test_who_looked_at_the_last_speaker_answers_them() -> None:
    found = quotes(
        "Mrs. Vance sat by the fire with her daughter Clara.",
        "\u201cI like him,\u201d said Clara.",
        "Her mother looked at her with surprise. Clara so seldom liked anybody.",
        "\u201cAnd why, child?\u201d",
    )
    assert found[-1] == ("And why, child?", "Vance")


def test_a_question_after_narration_of_the_asker_is_put_to_the_one_beside_them() -> None:
    found = quotes(
        "Mr. Dale and Mrs. Vance talked of the weather.",
        "\u201cIt never clears,\u201d said Clara.",
        "\u201cIt will clear by evening,\u201d said Mrs. Vance, and went out.",
        "Mr. Dale sat down near Clara's table and looked at her drawing.",
        "\u201cIs this the church?\u201d",
        "\u201cThe old one, before the fire.\u201d",
    )
    assert found[-1] == ("The old one, before the fire", "Clara")


def test_a_name_a_clause_describes_inside_a_quotation_is_not_spoken_to() -> None:
    found = quotes(
        "Dan Moss spoke after the match.",
        "\u2018He is a fine player,\u2019 said Moss. \u2018He will be back. Tom Reed, who won "
        "three titles here, agrees with me.\u2019",
    )
    assert [s for _, s in found] == ["Dan Moss", "Dan Moss"]


def test_the_newcomer_the_narration_brings_in_speaks_and_is_named_by_the_reply() -> None:
    found = quotes(
        "Miss Hale sorted the letters. Joel Tibbetts leaned on the counter.",
        "\u201cAin't come yet?\u201d said Joel.",
        "\u201cNo,\u201d said Miss Hale.",
        "\u201cEzra says the bridge is out.\u201d",
        "\u201cEzra says a great many things.\u201d",
        "\u201cHe says this one pretty positive.\u201d",
        "\u201cThen the stage will be late.\u201d",
        "The door opened again, and a small girl with two braids slid in sideways.",
        "\u201cPlease, Miss Hale, is there a letter for Ma?\u201d",
        "\u201cThere is not, Lucy.\u201d",
    )
    assert found[-2] == ("Please, Miss Hale, is there a letter for Ma?", "Lucy")


def test_a_question_asking_who_someone_is_is_answered_by_them() -> None:
    found = quotes(
        "Sergeant Cole and Inspector Ruth Okonjo went down to the boiler room, where the "
        "caretaker, Mr. Bassett, sat eating.",
        "\u201cCold down here,\u201d said Cole.",
        "\u201cYou're Mr. Bassett?\u201d asked Okonjo.",
        "\u201cThat's what it says on my badge.\u201d",
    )
    assert found[-1] == ("That's what it says on my badge", "Bassett")


def test_a_titled_name_spoken_to_is_the_one_who_answers() -> None:
    found = quotes(
        "Mr. Ashcombe, Dr. Pryor and Miss Marlowe sat by the fire.",
        "\u201cIt is late,\u201d said Dr. Pryor.",
        "\u201cMiss Marlowe, did you show it to anyone?\u201d said Mr. Ashcombe.",
        "\u201cOnly to the Colonel's brother.\u201d",
    )
    assert found[-1] == ("Only to the Colonel's brother", "Marlowe")


def test_she_lines_before_anyone_is_named_belong_to_the_woman_who_names_herself() -> None:
    found = quotes(
        "It was a little after ten when our visitor was shown up. Ashcombe offered her a chair. "
        "He was smiling.",
        "\u201cYou are Mr. Ashcombe?\u201d she said.",
        "\u201cI am. You have come up from Surrey this morning.\u201d",
        "She started. \u201cHow could you know that?\u201d",
        "\u201cThere is chalk on the hem of your skirt.\u201d",
        "\u201cIt is quite true. My name is Edith Marlowe.\u201d",
        "\u201cThen sit down, Miss Marlowe, and tell me everything.\u201d",
        "\u201cThank you.\u201d",
    )
    assert [s for _, s in found] == [
        "Edith Marlowe",
        "Ashcombe",
        "Edith Marlowe",
        "Ashcombe",
        "Edith Marlowe",
        "Ashcombe",
        "Edith Marlowe",
    ]


def test_reading_something_is_no_statement() -> None:
    assert said("Ashcombe read it twice, held it to the light and passed it to me.") == []


def test_a_body_named_with_commas_speaks_whole() -> None:
    found = said(
        "A Department for Environment, Food and Rural Affairs spokesperson said the department "
        "did not comment on leaked papers."
    )
    assert found == [
        (
            "reported",
            "the department did not comment on leaked papers",
            "A Department for Environment, Food and Rural Affairs spokesperson",
        )
    ]


def test_it_after_a_body_has_spoken_is_the_body() -> None:
    found = said(
        "The Environment Agency said in a statement that temporary barriers would stay. "
        "It added that it had increased the number of pumps in the valley."
    )
    assert [speaker for _, _, speaker in found] == ["Environment Agency", "Environment Agency"]


def test_an_aside_between_the_verb_and_that_is_no_part_of_the_statement() -> None:
    found = said(
        "The minister said, in a statement on Tuesday, that the plan would go ahead.",
        "Lady Russell observed, to nobody in particular, that the evenings were drawing in.",
    )
    assert [(kind, text, speaker) for kind, text, speaker in found] == [
        ("reported", "the plan would go ahead", "The minister"),
        ("reported", "the evenings were drawing in", "Russell"),
    ]


def test_a_closing_attribution_with_the_name_in_apposition() -> None:
    found = said(
        "The government has approved N45 billion for 120 health centres, the Minister of "
        "Health, Dr Amaka Obi, has said."
    )
    assert found == [
        ("reported", "The government has approved N45 billion for 120 health centres", "Amaka Obi")
    ]


def test_according_to_her_is_the_woman_just_named() -> None:
    found = said(
        "Dr Amaka Obi spoke to reporters on Tuesday.",
        "According to her, the project is part of the plan to bring healthcare to every village.",
    )
    assert found[-1][2] == "Amaka Obi"


def test_a_name_in_apposition_inside_a_relative_clause_does_not_speak() -> None:
    found = said(
        "Also speaking, the Governor of Kano State, Alhaji Musa Danladi, who was represented "
        "by his Commissioner for Health, Dr Fatima Yusuf, said the state had provided land."
    )
    assert found == [("reported", "the state had provided land", "Alhaji Musa Danladi")]


def test_a_long_description_of_an_official_who_was_not_named_speaks() -> None:
    found = said(
        "A senior official of the Delhi government, who did not wish to be named, said fogging "
        "drives had been intensified in 40 wards."
    )
    assert found == [
        (
            "reported",
            "fogging drives had been intensified in 40 wards",
            "A senior official of the Delhi government",
        )
    ]


def test_a_nationality_and_two_ages_in_a_match_report() -> None:
    # "The Italian" is the manager just named, not a person called Italian; "the 19-year-old"
    # is not the manager the report called "the 52-year-old"; a club's name is no person.
    found = said(
        "Marco Salvetti admitted his side were poor after Northbridge Rovers drew 2-2.",
        "The Italian, who has been under pressure, was frank.",
        "\u201cWe stopped playing. I cannot explain it,\u201d the 52-year-old told BBC Sport.",
        "Rovers' equaliser came late when substitute Kieran Doyle headed in from a corner. "
        "The 19-year-old, making his third appearance, said it was the best moment of his life.",
    )
    assert [speaker for _, _, speaker in found] == [
        "Marco Salvetti",
        "Marco Salvetti",
        "Kieran Doyle",
    ]


def test_one_who_goes_to_say_that_reports_it() -> None:
    # A purpose infinitive after a whole clause reports the subject's statement.
    found = said("Maria Lund took to Twitter on Monday to say that the plan was dead and buried.")
    assert found == [("reported", "the plan was dead and buried", "Maria Lund")]
    assert said(
        "Mrs. Pettigrew came in before Margaret could answer, to say that the horse had cast a "
        "shoe on the Marsh road."
    ) == [("reported", "the horse had cast a shoe on the Marsh road", "Pettigrew")]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is fair to say that the plan was a failure from the start.",
        "I am very happy to say that the team is growing fast this year.",
        "Patty Judge is expected to argue that the senator has lost touch with voters.",
        "The video prompted some Twitter users to argue that the campaign looked like a joke.",
    ],
)
def test_an_infinitive_that_completes_a_word_reports_nothing_yet(sentence: str) -> None:
    # What one is "happy to say", "expected to argue", or what others were prompted to argue,
    # is not the subject's statement.
    assert said(sentence) == []


def test_a_speech_verb_after_than_is_a_comparison_not_an_attribution() -> None:
    assert (
        said("Captain Dallow, when he came, was wetter even than Mrs. Pettigrew had promised.")
        == []
    )


def test_one_spoken_to_between_a_verb_of_speaking_and_that_is_passed() -> None:
    found = said("Lady Lanyon observed to nobody in particular that the evenings were drawing in.")
    assert found == [("reported", "the evenings were drawing in", "Lanyon")]
    assert said("The union agreed to a plan that would cut the working week to four days.") == []


def test_said_so_reports_nothing_but_said_so_many_does() -> None:
    assert said("His lordship agreed with nothing, and said so with perfect good humour.") == []
    assert said("Ms Berg said so on Twitter.") == []
    assert said("The minister said so many people had applied that the scheme would close.") == [
        ("reported", "so many people had applied that the scheme would close", "The minister")
    ]


def test_a_single_mark_after_said_colon_runs_on_into_the_next_paragraph() -> None:
    found = said(
        "Morag Lindsay, who chairs the community council, said: 'We have been told again and "
        "again that lifeline services are a priority. This is what a priority looks like.",
        "'People here are not asking for anything special. We are asking to see a doctor.'",
    )
    assert len(found) == 1
    assert found[0][0] == "quote" and found[0][2] == "Morag Lindsay"
    assert found[0][1].startswith("We have been told") and found[0][1].endswith("see a doctor")
    # (an unclosed mark after a colon that nothing continues is no quotation)
    assert said("The sign said: 'No entry after dark.", "Nobody came.") == []


def test_an_unnamed_spokesperson_keeps_the_body_she_speaks_for() -> None:
    found = said(
        "A spokesperson for Clydelink said the company understood the frustration of islanders.",
        "'Safety has to come first,' she said.",
        "The spokesperson added that no chartered vessel of the right size was available.",
    )
    assert [s for _, _, s in found] == [
        "Clydelink",
        "the spokesperson for Clydelink",
        "the spokesperson for Clydelink",
    ]


def test_it_in_a_clause_of_the_sentence_is_the_one_body_the_sentence_named() -> None:
    found = said(
        "Islanders have accused the ferry operator Clydelink of abandoning them after it "
        "confirmed that the winter timetable would drop to two sailings a day."
    )
    assert found == [
        ("reported", "the winter timetable would drop to two sailings a day", "Clydelink")
    ]


def test_telling_the_truth_or_a_story_reports_nothing() -> None:
    assert said("A White House that lies as easily as it tells the truth creates problems.") == []
    assert said("Jones tells Belichick story from the 1990s at the dinner.") == []


def test_a_spokesman_of_a_numbered_address_speaks() -> None:
    found = said(
        "Asked whether the policy would be extended, a No 10 spokesman said there were "
        '"no plans" to do so.'
    )
    assert [(k, s) for k, _, s in found] == [
        ("reported", "a No 10 spokesman"),
        ("quote", "a No 10 spokesman"),
    ]
    assert said("No 10 said there were no plans to extend it.")[0][2] == "No 10"


def test_a_second_verb_of_the_same_source_starts_a_second_statement() -> None:
    found = said(
        "NHS Providers, which represents hospital trusts, said most trusts would welcome the "
        "change, but warned that some car parks were run by private firms under long contracts."
    )
    assert found == [
        ("reported", "most trusts would welcome the change", "NHS Providers"),
        (
            "reported",
            "some car parks were run by private firms under long contracts",
            "NHS Providers",
        ),
    ]
    # ("and that …" goes on with the same statement)
    assert len(said("The minister said the plan was sound and that the money would follow.")) == 1


def test_a_role_in_the_lead_is_the_person_named_with_it_soon_after() -> None:
    found = said(
        "Nurses working night shifts will no longer have to pay to park at hospitals from April, "
        "the health secretary has announced.",
        "The change follows a campaign by unions.",
        'Health Secretary Priya Nandra told BBC Breakfast the charges had been "a tax on caring".',
    )
    assert found[0][0] == "reported" and found[0][2] == "Priya Nandra"


def test_an_age_alone_is_a_person_who_speaks() -> None:
    found = said(
        "Kayla Brennan spoke to reporters on Sunday.",
        "The 34-year-old said she had lived in the area for 11 years.",
    )
    assert found == [("reported", "she had lived in the area for 11 years", "Kayla Brennan")]


def test_a_second_verb_without_a_comma_needs_its_that() -> None:
    found = said(
        "State Rep. Tomas Greer, a Republican, says the review is overdue but warns that "
        "cutting commissions could leave a hole."
    )
    assert [t for _, t, _ in found] == [
        "the review is overdue",
        "cutting commissions could leave a hole",
    ]
    assert said("Police said the man was arrested and charged with assault.") == [
        ("reported", "the man was arrested and charged with assault", "Police")
    ]


def test_a_role_written_with_a_capital_is_the_person_the_article_gives_it() -> None:
    found = said(
        "Premier Karen Doyle announced on Tuesday that the levy would rise in July.",
        "The Premier warned that some towns could lose their water within a decade.",
    )
    assert found[1] == (
        "reported",
        "some towns could lose their water within a decade",
        "Karen Doyle",
    )
    # (a capitalised word that is someone's surname stays hers, not the role's holder's)
    found = said(
        "King Harald opened the new bridge on Monday.",
        "Tennis great Billie Jean King spoke at the service.",
        "King says Ali was the bravest man she knew.",
    )
    assert found[-1][2] in ("King", "Billie Jean King")


def test_a_role_in_a_headline_is_the_person_named_with_it_after_a_title() -> None:
    found = quotes(
        "Coroner calls for review of \u2018confusing\u2019 crossing",
        "A coroner has called for a crossing to be moved after a pensioner was killed there.",
        "Ruth Ames, 80, died in hospital the day after she was struck in Mill Lane.",
        "Concluding the inquest on Tuesday, area coroner Dr Helen Farrant said she would "
        "write to the county council.",
    )
    assert found[0] == ("confusing", "Helen Farrant")


def test_a_she_after_a_subject_in_apposition_with_role_words_is_the_named_person() -> None:
    found = quotes(
        "Premier Karen Doyle said the cuts were needed.",
        "'We cannot keep borrowing water from our grandchildren,' Ms Doyle said.",
        "The study's lead author, hydrogeologist Associate Professor Deepa Raman, said the "
        "aquifer was at its lowest level on record.",
        "'What worries me is the rate,' she told ABC Radio.",
    )
    assert found[-1] == ("What worries me is the rate", "Deepa Raman")


def test_people_of_a_place_described_with_a_possessive_speak() -> None:
    found = said(
        "Irrigators in the state's north-west say they have been ignored by the ministry.",
    )
    assert found == [
        (
            "reported",
            "they have been ignored by the ministry",
            "Irrigators in the state's north-west",
        )
    ]


def test_a_body_whose_name_holds_a_list_speaks_by_its_whole_name() -> None:
    found = said(
        "Growers were told of the cuts on Monday.",
        "A spokeswoman for the Department of Climate Change, Energy, the Environment and "
        "Water said the cuts had been modelled on 'the best available science'.",
        "She said drop-in sessions would be held in three towns.",
    )
    spokeswoman = (
        "A spokeswoman for the Department of Climate Change, Energy, the Environment and Water"
    )
    assert found[0][2] == spokeswoman
    assert found[-1][0] == "reported" and found[-1][2] is not None
    assert found[-1][2].startswith("the spokeswoman for the Department")


def test_a_name_after_a_preposition_before_a_colon_is_no_speaker() -> None:
    found = quotes(
        "Chief executive Adrian Sokol made his position plain when he appeared before the "
        "council in September: \u201cWe can build this anywhere.\u201d",
    )
    assert found == [("We can build this anywhere", "Adrian Sokol")]


def test_the_statement_of_a_body_described_after_its_name() -> None:
    found = quotes(
        "In a statement released before tipoff, the Carver State athletic department said "
        "Millbrook would miss the rest of the season.",
        '"Our only priority is getting him back to full health," the statement said.',
        '"We will be fine," Isaiah Whitfield said.',
    )
    assert found[0] == (
        "Our only priority is getting him back to full health",
        "the Carver State athletic department",
    )


def test_a_voice_is_the_person_the_narration_names_next() -> None:
    found = quotes(
        "\u2018And there was a second key?\u2019 asked Crane.",
        "\u2018Lost, my foot,\u2019 said a voice from the doorway.",
        "Geoffrey Thorne was a fair, untidy young man with his hands in his pockets.",
    )
    assert found[-1] == ("Lost, my foot", "Geoffrey Thorne")


def test_her_family_in_a_news_story_is_the_family_of_the_woman_it_is_about() -> None:
    found = quotes(
        "Margaret Hollis, 71, died in hospital after she was struck on the crossing.",
        "Mrs Hollis had lived in the town all her life, and Margaret Hollis was known to all.",
        "A council spokesman said it would consider the report.",
        "In a statement, her family said: \u2018Mum was the heart of our family.\u2019",
    )
    assert found == [("Mum was the heart of our family", "Margaret Hollis\u2019s family")]


def test_according_to_a_relation_named_in_apposition_is_the_name() -> None:
    found = said(
        "John Ford was born in Indiana in 1957.",
        "According to his aunt, Jane Starner, \u201cHe was reading at an adult level.\u201d",
    )
    assert found == [("quote", "He was reading at an adult level", "Jane Starner")]
    # (a document's name is not in apposition: what follows is the clause)
    assert said("According to the report, Ian Bell, 45, was arrested at the scene.")[0][2] == (
        "the report"
    )


def test_a_name_opening_the_last_sentence_of_a_line_calls_who_answers() -> None:
    found = quotes(
        "Marian Halloway stood by the piano with Claire Deering and Bernard Ames.",
        '"Miss Deering," he said, bowing. "You went to Paris and came back. Nobody comes '
        'back. Marian, why does nobody come back?"',
        '"Because they\'ve nothing to come back to, darling."',
    )
    assert found[-1] == ("Because they've nothing to come back to, darling", "Marian Halloway")


def test_a_face_that_acts_is_its_owners_and_a_man_named_in_apposition_is_the_description() -> None:
    found = quotes(
        "Crane had turned to the butler, a tall, grey, melancholy man named Bassett, who "
        "stood by the door.",
        "\u2018You heard nothing in the night, Bassett?\u2019",
        "\u2018Nothing, sir.\u2019",
        "\u2018And yet you were up,\u2019 said Crane gently.",
        "The butler\u2019s long face did not change. \u2018I went down to see to the door, "
        "sir.\u2019",
    )
    assert found[-1] == ("I went down to see to the door, sir", "Bassett")


def test_the_widow_is_the_woman_the_story_calls_widow() -> None:
    found = quotes(
        "Well, the Widow Pruitt she took me back, and there was Brother Amos Tully the "
        "preacher a-setting across from me.",
        '"Hush, Tobe," says the widow. "You don\'t talk back to Brother Tully."',
    )
    assert [s for _, s in found] == ["Pruitt", "Pruitt"]


def test_somebody_is_no_speaker_and_a_new_subject_with_its_own_cue_speaks() -> None:
    found = said(
        "Somebody said he had been seen crossing the lawn, and the girl in yellow, who had "
        "come in from the terrace, said that she had told him not to be an idiot."
    )
    assert found == [("reported", "she had told him not to be an idiot", "the girl in yellow")]


def test_what_was_said_after_that_may_open_with_a_phrase_or_follow_an_adverb() -> None:
    found = said(
        "Claire Deering and Tom Hale sat by the fire.",
        "Tom told her now that she looked quite wonderful.",
        "Tom told her early that morning he would go to the market.",
        "Claire said that of course she wouldn't.",
        "A third said that of the senator's campaign.",
    )
    assert [(t, s) for _, t, s in found] == [
        ("she looked quite wonderful", "Tom Hale"),
        ("he would go to the market", "Tom Hale"),
        ("of course she wouldn't", "Claire Deering"),
    ]


def test_said_i_ends_its_sentence_and_the_narrator_is_called_at_the_end_of_a_part() -> None:
    found = quotes(
        "\u201cYou will find it dull, Mr. Ashford,\u201d said my companion, \u201cbut the work "
        "is plain enough.\u201d",
        "\u201cThe master\u2019s own orders,\u201d said the housekeeper.",
        "\u201cNot to God Almighty?\u201d said I. \u201cThat was a strange thing to say.\u201d",
    )
    assert found[-2:] == [
        ("Not to God Almighty?", "Ashford"),
        ("That was a strange thing to say", "Ashford"),
    ]


def test_a_newcomer_set_after_the_verb_is_the_she_who_speaks_next() -> None:
    found = quotes(
        "\u201cThere\u2019s a fire in my room, sir,\u201d said Mrs. Dunstan.",
        "\u201cThank you,\u201d said I.",
        "\u201cGood night, sir.\u201d",
        "\u201cGood night.\u201d",
        "\u201cYou will want a candle.\u201d",
        "\u201cI have one.\u201d",
        "The knocking led me along the gallery, and in the opening stood a lady in grey.",
        "She was young, and her face was very pale.",
        "\u201cYou are the clerk from London,\u201d she said.",
    )
    assert found[-1] == ("You are the clerk from London", "the lady in grey")


def test_a_nickname_between_first_name_and_surname_is_the_persons() -> None:
    found = quotes(
        'Bernard "Bunny" Ames came across from the fireplace.',
        '"I am not," said Bunny. "I\'m in love with the Sound."',
    )
    assert [s for _, s in found] == ["Bernard Ames", "Bernard Ames"]
    found = said(
        'Carver State\'s Isaiah "Ice" Whitfield scored 19 points.',
        'Whitfield called the loss "a lesson for all of us".',
    )
    assert found[-1][2] == "Isaiah Whitfield"


def test_a_look_or_a_face_tells_nothing_itself_and_silence_is_no_statement() -> None:
    found = said(
        "Inspector George Rudd came down the stairs, and one look at his face told me that "
        "the night had done nothing to improve his temper.",
        "Crane said nothing until the inspector had set us down at the gate of the inn.",
    )
    assert found == []
    found = quotes(
        "Ben Brafman could not have been more delighted.",
        "His face darted from side to side, as if to say, \u201cDid you see me pull that "
        "off?\u201d",
    )
    assert found == [("Did you see me pull that off?", "Ben Brafman")]


def test_a_denial_in_the_gerund_is_a_statement() -> None:
    found = said(
        "Geoffrey Thorne was questioned by the inspector.",
        "He flatly denied having been anywhere near the house after eleven.",
    )
    assert found == [
        ("reported", "having been anywhere near the house after eleven", "Geoffrey Thorne")
    ]
    assert said("Geoffrey Thorne denied any wrongdoing in the matter at all.") == []


def test_a_short_question_after_a_beat_naming_someone_is_put_to_them() -> None:
    found = quotes(
        "Bernard Ames came across to Claire Deering and Marian Halloway.",
        '"Marian, why does nobody come back?" said Bernard.',
        '"Because they\'ve nothing to come back to, darling," said Marian.',
        '"That\'s it exactly," said Bernard. "That\'s the whole trouble with America." He '
        'considered Claire gravely. "Do you swim?"',
        '"Not at night."',
    )
    assert found[-1] == ("Not at night", "Claire Deering")


def test_a_letter_read_aloud_is_its_signers() -> None:
    found = quotes(
        "Mrs. Prior broke the seal at the tea-table and read the letter aloud:",
        '"My dear Sister, I write in haste, for I think you ought to know at once that Mr. '
        'Lyndon is not so free as we supposed. Your affectionate sister, Jane Gilchrist."',
        '"Who is Jane Gilchrist to say so?" cried Sophy Prior.',
    )
    assert found[0][1] == "Jane Gilchrist"
    assert found[1][1] == "Sophy Prior"


def test_words_quoted_as_the_object_inside_a_statement_are_its_speakers() -> None:
    found = said(
        'Health Minister Colleen Ostrander said Tuesday that the government has put "a fair '
        'and competitive offer" on the table.'
    )
    assert ("quote", "a fair and competitive offer", "Colleen Ostrander") in found
    # (a speech verb inside the statement keeps its own speaker)
    found = said('Milley said that Jones told him "the war is over" last week.')
    assert ("quote", "the war is over", "Jones") in found


def test_a_news_outlet_told_is_no_she() -> None:
    found = quotes(
        "A registered nurse at the health centre told CBC News she had been called in three "
        "times this month.",
        '"I love this job," she said.',
    )
    assert found[0][1] != "CBC News"


def test_the_official_later_is_the_official_first_described() -> None:
    found = quotes(
        "A senior official of the Revenue Department, who did not wish to be named, said the "
        "survey had been done twice.",
        '"The buffer zone is a different issue," the official said.',
    )
    assert found == [
        ("The buffer zone is a different issue", "the senior official of the Revenue Department")
    ]


def test_a_title_in_quotation_marks_is_no_person() -> None:
    found = quotes(
        "Miss Evelyn Thorne found Mr. Fenwick on the terrace.",
        "\u201cI made you quarrel with your cousin,\u201d he said.",
        "Her cousin sat with Baedeker\u2019s \u201cNorthern Italy\u201d open upon her knee.",
    )
    assert found[0] == ("I made you quarrel with your cousin", "Fenwick")
    text = "Her cousin sat with Baedeker\u2019s \u201cNorthern Italy\u201d upon her knee."
    assert "Northern Italy" not in {m.name for m in find_mentions(text)}


def test_a_verb_of_manner_right_after_the_line_attributes_it_and_he_is_never_i() -> None:
    found = quotes(
        "Dr. Penhallow came up the companion, and Captain Rudd followed him.",
        "\u201cWhat is it?\u201d he whispered, for something in the way we stood had told him "
        "this was no time for a loud voice.",
        "The captain looked at the light, and I saw his jaw set hard.",
        "\u201cThat\u2019s no fisherman,\u201d he said.",
        "\u201cFetch the captain, Ned.\u201d",
    )
    assert found[0][1] in ("Penhallow", "Rudd")
    assert found[1] == ("That\u2019s no fisherman", "Rudd")


def test_an_adverb_of_narration_between_subject_and_verb_keeps_the_subject() -> None:
    found = said(
        "The old lady, who had been following the talk with great attention, here observed "
        "that her late husband had been exactly the same."
    )
    assert found == [("reported", "her late husband had been exactly the same", "The old lady")]


def test_told_her_aunt_that_reports_what_follows_that() -> None:
    found = said(
        "Miss Ada Pruett watched him closely, and afterwards told her aunt that the Colonel had "
        "gone quite green by six o'clock."
    )
    assert found == [("reported", "the Colonel had gone quite green by six o'clock", "Ada Pruett")]


def test_a_judgement_of_something_is_no_statement_without_that() -> None:
    found = said(
        "The rebel group rejected the minister's account in a statement posted on its channel "
        "late on Wednesday.",
        "The union praised the plan and said the workers would vote for it next week.",
    )
    assert found == [("reported", "the workers would vote for it next week", "The union")]


def test_a_statement_is_written_by_whoever_acted_in_it() -> None:
    found = quotes(
        '"We are ready to talk," Foreign Minister Rustam Beshirov told reporters.',
        "The rebel Dawn Movement rejected his account in a statement posted on its channel "
        "late on Wednesday.",
        '"The regime speaks of peace while it shells our villages," the statement said.',
    )
    assert [speaker for _, speaker in found] == ["Rustam Beshirov", "Dawn Movement"]


def test_a_narrator_who_gives_their_name_in_the_narration_is_called_so() -> None:
    found = quotes(
        "Many years have gone by since. My name is Richard Ashcombe, and at that time I was "
        "two-and-thirty.",
        "“Did you set the watch?” said the captain.",
        "“I did,” said I.",
        "“Listen!” whispered Miss Carew.",
        "“I hear it,” said I.",
    )
    speakers = [s for _, s in found]
    assert (speakers[1], speakers[3]) == ("Richard Ashcombe", "Richard Ashcombe")


def test_a_mother_of_two_is_the_mother_just_named() -> None:
    found = quotes(
        "Campaign organiser Priya Raghunathan, 44, said the group would now seek legal advice.",
        "Speaking outside the town hall, the mother-of-two said:",
        "‘This library is where my children learned to read.’",
    )
    assert found == [("This library is where my children learned to read", "Priya Raghunathan")]


def test_a_country_after_a_town_is_not_described_by_the_apposition_after_it() -> None:
    found = quotes(
        "Luz Marina Ocampo runs the tool library on the east side.",
        "She grew up in Medellín, Colombia, the youngest daughter of a diesel mechanic.",
        "“There was a room in our house that was only screws,” she says.",
    )
    assert found == [("There was a room in our house that was only screws", "Luz Marina Ocampo")]


def test_her_husband_is_a_name_makes_that_name_a_man() -> None:
    found = quotes(
        "Luz Marina Ocampo runs the tool library. Her husband is Tobias Reinholt, a retired "
        "shop teacher.",
        "“She had four table saws,” Reinholt says.",
        "Ocampo remembers it differently. “It was a good winter,” she says.",
    )
    assert found[-1] == ("It was a good winter", "Luz Marina Ocampo")


def test_a_name_after_a_bodys_own_apposition_is_the_role_before_it() -> None:
    found = said(
        "A spokesman for Saltmere Borough Council said: ‘No decision has been made.’",
        "The chief executive of the Reading Room Trust, a charity which supports libraries, "
        "Dr Funmilayo Adeyemi, warned that part-time replacement services rarely lasted more "
        "than a few years.",
        "She said: ‘We see this pattern again and again.’",
    )
    assert [(kind, speaker) for kind, _, speaker in found[1:]] == [
        ("reported", "Funmilayo Adeyemi"),
        ("quote", "Funmilayo Adeyemi"),
    ]


def test_titles_of_works_and_names_known_as_are_phrases() -> None:
    found = statements_of(
        'Supporters stayed behind, belting out the Oasis anthem "Don\'t Look Back in Anger" '
        "as the players completed a lap of honour.",
        "Priya Raghunathan, whose ‘Save Marine Parade’ petition has 6,200 signatures, said "
        "the group would fight on.",
        "Among the regulars, Ocampo is known, not entirely affectionately, as “the Colonel,” a "
        "nickname she has never objected to.",
    )
    assert [p.text for p in found.phrases] == [
        "Don't Look Back in Anger",
        "Save Marine Parade",
        "the Colonel",
    ]
    assert not [a for a in found.attributions if a.kind == "quote"]


def story_discourse(*paragraphs: str) -> Discourse:
    """The discourse of a story made of ``paragraphs``, as ``find_statements`` reads it."""
    article = Article(source="-", kind="text", paragraphs=paragraphs, language="en")
    text = article.text
    masked = mask(text)
    frame = blank_quotes(masked, quote_groups(text, masked, grammar("en")))
    return Discourse(
        build_index(text), segment(article), resources("en"), text, frame, "en", story=True
    )


def test_a_word_that_opens_a_line_is_nobody_spoken_to() -> None:
    discourse = story_discourse(
        "Mr. Penrose, the curate, was shown into the room.",
        "“Neither, I think, precisely. It is late.”",
        "“Ay, ay, sir,” said the mate.",
        "Neither of them spoke, and Ay was never a name.",
    )
    assert list(discourse.addressees("Neither, I think, precisely. It is late.")) == []
    assert list(discourse.addressees("Ay, ay, sir")) == []
    assert list(discourse.addressees("Penrose, it is late.")) == ["Penrose"]


def test_he_was_a_description_brings_in_nobody_new() -> None:
    found = said(
        "It was past four o'clock when Mrs. Ferrars rang for the lamps.",
        "“Clara, my dear, you will wear a hole in the glass,” said Mrs. Ferrars.",
        "“I was not watching for anybody, aunt.”",
        "“It has looked like rain since Michaelmas,” said the elder Miss Ashby, without raising "
        "her eyes from her netting.",
        "Presently Mr. Penrose, the curate, was shown into the room. He was a thin young man "
        "with a damp umbrella, a long neck, and a great anxiety to be of use; and he came "
        "forward with his hat in his hand. He told them, before anybody had asked him, that he "
        "had walked up from the village by the lower road.",
        "“And the carrier,” said Mr. Penrose, accepting a cup from Mrs. Ferrars, “the carrier "
        "had news of the London coach.”",
        "“Good news or bad?”",
        "“Neither, I think, precisely. It is late.”",
        "“Coaches are always late, Mr. Penrose. I should not call that news.”",
    )
    assert ("reported", "he had walked up from the village by the lower road", "Penrose") in found
    assert "the thin young man" not in {speaker for _, _, speaker in found}


def test_a_title_spoken_to_in_lower_case_calls_the_one_who_holds_it() -> None:
    discourse = story_discourse(
        "Captain Amos Rudd stood looking at the man on the hatch.",
        "‘I’m from a long way off, captain. Eleven days in that boat.’",
    )
    found = discourse.addressees("I’m from a long way off, captain. Eleven days in that boat.")
    assert list(found) == ["Amos Rudd"]


def test_a_voice_heard_in_the_narration_speaks_the_line_after_it() -> None:
    found = quotes(
        "The boy was Dick Tonkin, the cabin-boy. He went up the main rigging like a cat.",
        "‘Then why the devil didn’t you sing out?’ said the mate.",
        "‘No more I ain’t, sir,’ said Treloar, and went on with his gasket.",
        "At that moment the boy’s voice came down to them, high and cracked with excitement.",
        "‘Deck, there! Boat on the lee bow, sir!’",
    )
    assert found[-1] == ("Deck, there! Boat on the lee bow, sir!", "Dick Tonkin")


def test_what_said_takes_as_its_object_is_no_statement() -> None:
    found = said(
        "The stranger drank, and lay back; and presently, in the same thread of a whisper, he "
        "said a thing which made the men nearest him look at one another.",
        "She had said something clever about the weather, and she said it to him again at supper.",
        "The mate waited until the others had gone below, and then he said, quietly, so that "
        "the men should not hear:",
        "He said presently, without turning round, that his father was buried in the churchyard.",
    )
    assert len(found) == 1
    assert found[0][1].endswith("that his father was buried in the churchyard")


def test_names_given_to_people_and_ships_are_phrases() -> None:
    found = statements_of(
        "Captain Amos Rudd, who was called by his crew, behind his back, ‘Old Weather,’ came on "
        "deck.",
        "The boy said that the stranger had talked all night of a ship called the ‘Margaret "
        "Ellen’ and of a man called Ferris.",
        "She carried him off to look for a volume of sermons, “Plain Words for Plain Hearers,” "
        "which she had promised to lend him.",
    )
    assert [p.text for p in found.phrases] == [
        "Old Weather",
        "Margaret Ellen",
        "Plain Words for Plain Hearers",
    ]
    assert not [a for a in found.attributions if a.kind == "quote"]


def test_brother_and_sister_before_a_first_name_are_family_calls() -> None:
    index = build_index(
        "Tom Berrow sat by the fire, and Martha Berrow, his wife, at the table. "
        "\u201cDear Brother Tom and Sister Martha, this comes hoping it finds you well.\u201d"
    )
    assert index.resolve("Brother Tom") == "Tom Berrow"
    assert index.resolve("Sister Martha") == "Martha Berrow"


def test_a_childs_father_is_the_man_of_the_couple_not_a_lodger() -> None:
    found = quotes(
        "I came in at dusk and found the three of them in the kitchen: Tom Berrow at one side of "
        "the hearth, in his shirt-sleeves; Martha Berrow, his wife, at the table; and little "
        "Kitty, who was seven, upon the settle, with the cat in her lap and her eyes very round.",
        '"Here\'s the master," said Kitty. "Mother, here\'s the master."',
        '"So I see," said Martha. "Sit you down by the fire, Mr. Alder."',
        '"Bad news?" I said.',
        '"That depends," he said slowly, "on how you take it."',
        '"He\'s made his fortune," said Kitty from the settle.',
        '"Jem Hollis says a deal too much," said her father.',
    )
    assert found[-1] == ("Jem Hollis says a deal too much", "Tom Berrow")


def test_the_one_a_speaker_turns_to_answers_the_line() -> None:
    found = quotes(
        "It was past four o'clock when Mrs. Ferrars rang for the lamps.",
        "“Clara, my dear, you will wear a hole in the glass,” said Mrs. Ferrars.",
        "“I was not watching for anybody, aunt.”",
        "“It has looked like rain since Michaelmas,” said the elder Miss Ashby, without raising "
        "her eyes from her netting.",
        "Presently Mr. Penrose, the curate, was shown into the room.",
        "“And the carrier,” said Mr. Penrose, accepting a cup from Mrs. Ferrars, “the carrier "
        "had news of the London coach.”",
        "“Good news or bad?”",
        "“Neither, I think, precisely. It is late.”",
    )
    assert [speaker for _, speaker in found][-3:] == ["Penrose", "Ferrars", "Penrose"]


def test_a_stranger_who_names_himself_is_named_in_every_line_before() -> None:
    found = quotes(
        "They laid the man from the boat on the hatch, and Captain Amos Rudd stood looking at him.",
        "‘Who are you, and where are you from?’ said the captain.",
        "‘A long way,’ said the stranger at last. ‘I’m from a long way off, captain.’",
        "‘What was your ship?’",
        "‘Burned. Burned to the water’s edge.’",
        "The stranger was silent for a moment. Then he laughed, a short dry laugh.",
        "‘You’re a hard man, captain,’ he said. ‘My name is Cope—Nathaniel Cope. I was second "
        "mate of the Margaret Ellen.’",
    )
    speakers = [speaker for _, speaker in found]
    assert speakers[1] == "Nathaniel Cope"
    assert speakers[-1] == "Nathaniel Cope"


def test_a_sentence_ending_with_a_colon_puts_its_subject_forward() -> None:
    found = quotes(
        "John Hale, the mate, was at the break of the poop, and Dick Tonkin, the cabin-boy, was "
        "aloft.",
        "‘Get him below,’ said Captain Rudd. ‘Dick, you’ll sit with him.’",
        "‘Ay, ay, sir,’ said the boy.",
        "They carried him aft. The mate, who had been standing beside the captain all this while "
        "without a word, waited until the little procession had disappeared down the companion, "
        "and then he said, quietly, so that the men should not hear:",
        "‘Burned off St. Paul’s Rocks, sir. There’s been nothing burned there that I ever heard "
        "of.’",
    )
    assert found[-1][1] == "John Hale"


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("At ten o’clock the next morning Martha came up to the schoolroom.", "Martha"),
        ("Then a tall man rode up into the edge of the firelight.", "a tall man"),
        ("Presently Mr. Penrose was shown into the room.", "Mr. Penrose"),
        ("Suddenly the door opened.", "the door"),
        (
            "Directly a tall man rode up on a big grulla horse, and set there a minute.",
            "a tall man",
        ),
        ("Early voters turned out in numbers.", "Early voters"),
        ("In a June memo the director laid out the staff’s objections.", None),
        ("Shelly Sterling was thrilled with the court decision.", "Shelly Sterling"),
        ("For years she kept what Van Ryn did to her a secret.", "she"),
    ],
)
def test_an_opening_adverbial_without_its_comma_is_not_the_subject(
    sentence: str, subject: str | None
) -> None:
    assert sentence_subject(sentence) == subject


def test_a_narrator_named_only_in_others_reported_words_is_still_named_so() -> None:
    found = quotes(
        "I had been three weeks at Greyloe before I heard my master’s name spoken. Mrs. Pellow, "
        "the housekeeper, was kind to me.",
        "“The master is coming home to-night, Miss Ashby,” said she.",
        "“To-night?” said I; “I understood that he was not expected before the spring.”",
        "“Nobody ever expects him, miss.”",
        "At ten o’clock the next morning Martha came up to the schoolroom and said that the "
        "master would see Miss Ashby in the library.",
        "“I was in the passage, sir,” I said.",
    )
    assert found[1] == ("To-night?", "Ashby")
    assert found[-1][1] == "Ashby"


def test_according_to_opening_a_sentence_wins_over_a_verb_in_its_clause() -> None:
    found = said(
        "NEW DELHI: According to sources in the ministry, at least three state governments have "
        "written to the Centre seeking an extension of the deadline.",
    )
    assert found == [
        (
            "reported",
            "at least three state governments have written to the Centre seeking an extension "
            "of the deadline",
            "sources in the ministry",
        )
    ]


def test_the_name_before_an_apposition_says_what_its_relative_clause_says() -> None:
    found = said(
        "Her rival's campaign pointed to an analysis by the Fiscal Futures Institute, a Toronto "
        "think tank, which estimated that the housing plan would cost far more than promised.",
    )
    assert ("Fiscal Futures Institute", "the housing plan would cost far more than promised") in [
        (speaker, text) for kind, text, speaker in found if kind == "reported"
    ]
    assert "Toronto" not in {speaker for _, _, speaker in found}


def test_a_headline_word_the_body_quotes_from_one_speaker_is_theirs() -> None:
    found = statements_of(
        "Perth man who sent ex-partner ‘chilling’ texts spared jail",
        "Darius Kowalczyk, 34, admitted threatening behaviour at Perth Sheriff Court.",
        "Sheriff Anjali Bhandari told him: ‘These were chilling messages, and you should be "
        "ashamed of them.’",
    )
    assert (found.quotes[0].text, found.quotes[0].speaker) == ("chilling", "Anjali Bhandari")
    assert not found.phrases


def test_her_campaign_is_the_campaign_of_the_woman_just_named() -> None:
    found = said(
        "The third candidate, Quebec MP Marie-Ève Tremblay-Lacasse, has largely stayed out of "
        "the exchange. Her campaign said in a statement that the race should be about the "
        "whole country.",
    )
    assert found[-1][2] == "Marie-Ève Tremblay-Lacasse's campaign"


def test_terms_referred_to_or_defined_are_phrases() -> None:
    found = statements_of(
        'The Gram Jal Samriddhi Yojana, referred to in many villages simply as the "Nal '
        'Yojana", was launched in 2021.',
        "The team measured markers of “immunosenescence”, the gradual deterioration of the "
        "immune system with age, in blood samples.",
        "The minister told MPs last month that the scheme was “on track”, a phrase opposition "
        "members have since repeated.",
    )
    assert [p.text for p in found.phrases] == ["Nal Yojana", "immunosenescence"]
    assert [q.text for q in found.quotes] == ["on track"]


def test_a_named_owner_opening_a_sentence_is_who_she_is() -> None:
    found = quotes(
        "Priya Raghunathan, who led the study, says the results surprised her.",
        "“Independent replication matters,” says Dr Nkechi Obi, who was not involved in the "
        "study. “This is a careful piece of work.”",
        "For now, Raghunathan’s advice is less exotic. “People ask me what the takeaway is,” "
        "she says.",
    )
    assert found[-1] == ("People ask me what the takeaway is", "Priya Raghunathan")


def test_a_title_is_no_short_form_of_a_first_name() -> None:
    index = build_index(
        "Sir Marmaduke Tewley sat by the Duke of Lachford. The Duke himself ate little."
    )
    assert index.resolve("Duke") == "Duke"


def test_her_grace_is_the_duchess() -> None:
    found = quotes(
        "The Duchess of Lachford sat at the head of the table; the Duchess liked a quiet dinner.",
        "“You were at Newmarket last week, Lord Silverbridge,” said the Duchess. “Pray tell "
        "us about the horses.”",
        "“Three of them, ma’am,” said Lord Silverbridge.",
        "“And the grey mare?” asked the Duchess.",
        "“Lame, ma’am. I am afraid she is done for.”",
        "“Then you must buy another.”",
        "“With what, ma’am?”",
        "The Duchess laughed, and the old Marquis leaned forward over his plate.",
        "“Did I ever tell you, Duchess, what the Duke of Wellington said to me about dinners?”",
        "“Many times, my lord,” said her Grace; “but you shall tell us again.”",
    )
    assert found[-1][1] in ("the Duchess", "Duchess")  # (not "Grace")


def test_he_with_no_man_near_is_the_one_man_the_story_has_named() -> None:
    found = quotes(
        "My pupil, Cecily, was a child of eight. I was told that Mr. Tresham would wish to see "
        "me when he came home.",
        "“The master is coming home to-night, Miss Ashby,” said Mrs. Pellow.",
        "“To-night?” said I.",
        "“Nobody ever expects him, miss.”",
        "“Is he very terrible, Mrs. Pellow?” said I.",
        "“Terrible? No, miss. Only quick.”",
        "“Quick to anger?”",
        "“Quick to everything. Drink your tea.”",
        "I drank it, and she folded her letter away.",
        "I went down to the library at ten. The fire was lit, and the curtains were drawn back "
        "from the tall windows. The room smelt of leather and old smoke. There were books on "
        "every wall, from the floor to the ceiling, and a ladder on brass rails to reach the "
        "highest of them. A map of the county hung over the chimney-piece, yellow with age, and "
        "beside it a barometer that had stood at Change for as long as anyone could remember. "
        "The carpet was worn to the threads between the door and the hearth, as though one "
        "person had walked that way and no other for thirty years.",
        "I stood by the door and waited. Outside, the rain had begun again, and it ran down the "
        "long windows in sheets. A clock somewhere in the house struck the quarter, and then the "
        "half. Nobody came. I counted the books on the nearest shelf, and then the panes in the "
        "nearest window, and then the books again. The fire settled, and a log broke and fell "
        "into the ashes with a soft sound. At last the other door opened.",
        "He was standing by the fire when I went in. He did not bid me good morning.",
        "“Sit down, Miss Ashby,” he said.",
    )
    assert found[-1] == ("Sit down, Miss Ashby", "Tresham")


def test_the_stranger_is_the_newcomer_the_story_brought_in_not_a_named_man() -> None:
    found = quotes(
        "Shorty Bascom was cook that night, and Doc Pruett sat across the fire from him.",
        '"Somebody comin\'," says Shorty.',
        '"One man," says Doc, "an\' he ain\'t in no hurry."',
        "Directly a tall man rode up into the edge of the firelight on a big grulla horse, and "
        "set there a minute with both his hands on the horn.",
        '"Evenin\'," says he, "mind if I light?"',
        '"Light an\' welcome," says Shorty, "if you ain\'t particular about the coffee."',
        "\"I ain't been particular about nothin' for a week,\" the stranger says, and swings down.",
        '"Where you ridin\' from, mister?" says Doc.',
        '"South," says the tall man.',
        '"Name\'s Tolliver," the tall man says, "Ben Tolliver."',
    )
    speakers = [speaker or "" for _, speaker in found]
    assert speakers[4] == speakers[6] == speakers[7]
    assert speakers[7].endswith("Tolliver")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("John Smith of the University of Leeds said the plan would fail.", "John Smith"),
        (
            "Tobias Reinhold-Yılmaz of the Kiel Institute for the World Economy warned that a "
            "blanket subsidy risked locking in the wrong technology.",
            "Tobias Reinhold-Yılmaz",
        ),
        ("The University of Leeds said the plan would fail.", "University of Leeds"),
        ("Secretary of State Antony Blinken said the plan would fail.", None),
        (
            "The chancellor, a Social Democrat (SPD), said the subsidy was no gift.",
            "The chancellor",
        ),
        (
            "A lecturer in criminology at the Adekunle Ajasin University, Akungba-Akoko, Dr "
            "Folasade Ibitoye, told The PUNCH that kidnapping had become a business.",
            "Dr Folasade Ibitoye",
        ),
    ],
)
def test_who_speaks_beside_their_body_town_or_party(sentence: str, speaker: str | None) -> None:
    cues = all_cues(sentence)
    assert cues
    if speaker is not None:
        assert cues[-1].speaker == speaker
    else:
        assert cues[-1].speaker.endswith("Antony Blinken")


def test_a_resident_who_gave_his_name_only_as_segun_is_segun() -> None:
    found = said(
        "A resident, who gave his name only as Segun for fear of reprisal, told our "
        "correspondent that the community had been living in fear since January.",
        '"These people come out of the forest," he said.',
    )
    assert [speaker for _, _, speaker in found] == ["Segun", "Segun"]


def test_the_force_is_the_police_body_named_before() -> None:
    found = said(
        "Cleveland Police have declared a major incident at the Billingham plant.",
        "In a statement, the force said the declaration allowed agencies to co-ordinate their "
        "response more effectively.",
    )
    assert found[-1][2] == "Cleveland Police"


def test_a_crosshead_quoting_the_entry_below_is_that_speakers() -> None:
    found = quotes(
        "Chemical plant fire: live updates",
        "16:18",
        "UKHSA: ‘Keep windows and doors closed’",
        "The UK Health Security Agency has told residents to stay indoors.",
        "16:05",
        "‘The whole sky went black’",
        "A woman who lives half a mile from the plant, Shabnam Qureshi, has told the BBC what "
        "she saw.",
        "“I was hanging the washing out and there was this almighty bang. The whole sky went "
        "black within a minute,” she said.",
    )
    assert ("The whole sky went black", "Shabnam Qureshi") in found


def test_an_acronym_inside_a_name_spells_its_own_letters() -> None:
    found = quotes(
        "UKHSA: ‘Keep windows and doors closed’",
        "The UK Health Security Agency (UKHSA) has posted an update on X.",
        "Post on X by UKHSA: “Smoke from the fire may irritate the eyes.”",
    )
    assert {speaker for _, speaker in found} == {"UK Health Security Agency"}


def test_my_friend_mr_thorne_is_my_companion() -> None:
    discourse = story_discourse(
        "It was upon a raw evening in November that my friend Mr. Ambrose Thorne and I were "
        "sitting on either side of the fire. I had my book, and I read it.",
        '"There\'s a young gentleman to see you, Mr. Thorne," said Mrs. Cradock.',
        '"Then by all means show him up, Mrs. Cradock," said my companion.',
    )
    position = discourse.text.index("said my companion")
    assert discourse.resolve("my companion", position) == "Ambrose Thorne"


def test_her_father_is_the_one_man_of_her_surname_named_with_and_without_his_first_name() -> None:
    discourse = story_discourse(
        "Mr. Josiah Ashworth had built three of the mills in Hollinsford. Mrs. Ashworth sat by "
        "the fire, and Mr. Ashworth looked out at the yard, and his daughter Lucy Ashworth "
        "stood at the window.",
        "“You are watching for Mr. Pryce,” she said.",
        "“I am watching for the waggons from Rochdale,” said her father.",
    )
    position = discourse.text.index("said her father")
    assert discourse.resolve("her father", position) == "Josiah Ashworth"


def test_a_nickname_given_after_a_name_and_its_description_is_that_persons() -> None:
    index = build_index(
        "Next to him sat Jacob Lush, a long pale labourer with a face like a turnip-lantern, who "
        "was called ‘Chalky’ from the colour of his complexion. ‘’Tis a good beef,’ says Chalky."
    )
    assert index.resolve("Chalky") == "Jacob Lush"


def test_my_friend_as_a_subject_is_the_companion() -> None:
    discourse = story_discourse(
        "It was upon a raw evening in November that my friend Mr. Ambrose Thorne and I were "
        "sitting on either side of the fire. I had my book, and I read it.",
        '"Our visitor has walked from Camberwell," said Thorne.',
        "My friend listened to the whole narrative with his eyes closed. Then he sprang up.",
        '"The railway cutting at the bottom of the garden," said he.',
    )
    position = discourse.text.index("said he")
    assert discourse.resolve("he", position) == "Ambrose Thorne"
