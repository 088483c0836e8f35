from __future__ import annotations

from newscli.analyze.keywords import keywords
from newscli.analyze.segment import segment
from newscli.model import Article


def _keywords(*paragraphs: str) -> tuple[str, ...]:
    return keywords(segment(Article(source="-", kind="text", paragraphs=paragraphs)))


def test_repeated_phrase_replaces_its_words() -> None:
    result = _keywords(
        "The nuclear deal collapsed in May. Officials said the nuclear deal could return.",
        "Critics of the nuclear deal were pleased.",
    )
    assert result[0] == "nuclear deal"
    assert "nuclear" not in result and "deal" not in result


def test_names_keep_their_capitals_and_contractions_are_not_keywords() -> None:
    result = _keywords(
        "Smith said it's late. Smith left. It's over, Smith added.",
    )
    assert "Smith" in result
    assert not any("'" in k or "’" in k for k in result)
    assert "added" not in result


def test_terms_seen_once_are_not_keywords() -> None:
    assert _keywords("A single sentence about harbours and turbines.") == ()


def test_a_possessive_counts_as_its_noun() -> None:
    """ "the company's profits" is about the company: one keyword, not "company" and
    "company's"."""
    found = _keywords(
        "The company was fined on Tuesday.",
        "The company's profits rose.",
        "Critics said the company’s directors knew.",
    )
    assert found == ("company",)


def test_a_place_name_with_an_abbreviation_inside_is_one_keyword() -> None:
    found = _keywords(
        "Parents in Cleeve St Mary and Ashby Parva, Little Horton and nearby villages met.",
        "The school at Cleeve St Mary may close, and Little Horton may lose its bus.",
        "Cleeve St Mary has had a school since 1870.",
    )
    assert "Cleeve St Mary" in found
    assert "Little Horton" in found
    assert not {"Cleeve St", "St Mary", "Parva Little"} & set(found)
