"""The indexes that keep attribution linear in the article's length (issue 11, issue 12 item 12)
give the answers of the plain passes over every tie, name and mention they replace.

Each test states the plain pass as a reference and compares it with the index on generated
articles' worth of ties, capitalised runs and name timelines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.analyze.referents import _JOINERS, Tie, TieIndex, _Initials, _same_head, _same_word
from newscli.analyze.speakers import _name_head, _Timeline

_HEADS = ["striker", "strikers", "co-striker", "manager", "report", "reports", "company"]
_WORDS = ["tottenham", "former", "veteran", "club", "annual", "striker", "manager"]
_NAMES = ["Ana Ruiz", "Ben Okafor", "the club", "Kofi Mensah", "Odile Marchetti"]

ties = st.lists(
    st.builds(
        Tie,
        head=st.sampled_from(_HEADS),
        words=st.frozensets(st.sampled_from(_WORDS), max_size=3),
        name=st.sampled_from(_NAMES),
        at=st.integers(0, 60),
    ),
    max_size=40,
)


def _tied_by_pass(
    ties: Sequence[Tie], head: str, words: set[str], position: int, required: set[str]
) -> str | None:
    wanted = {w for w in words if w != head}
    best: tuple[int, int] | None = None
    found: str | None = None
    for tie in ties:
        if tie.at >= position or not _same_head(tie.head, head):
            continue
        if not all(any(_same_word(w, t) for t in tie.words) for w in required):
            continue
        rank = (len(wanted & tie.words), tie.at)
        if best is None or rank > best:
            best, found = rank, tie.name
    return found


@settings(max_examples=120, deadline=None)
@given(
    ties,
    st.sampled_from(_HEADS),
    st.sets(st.sampled_from(_WORDS), max_size=3),
    st.integers(0, 70),
    st.sets(st.sampled_from(_WORDS), max_size=1),
)
def test_tie_index_names_the_tie_a_pass_over_every_tie_names(
    ties: list[Tie], head: str, words: set[str], position: int, required: set[str]
) -> None:
    index = TieIndex(ties)
    assert index.tied(head, words, position, required) == _tied_by_pass(
        ties, head, words, position, required
    )


@settings(max_examples=120, deadline=None)
@given(ties, st.sampled_from(_HEADS), st.integers(0, 70))
def test_tie_index_gives_the_last_author_written_before_a_position(
    ties: list[Tie], head: str, position: int
) -> None:
    authors = sorted(ties, key=lambda tie: tie.at)  # read_authors finds them in text order
    expected = None
    for tie in authors:
        if tie.at < position and _same_head(tie.head, head):
            expected = tie.name
    assert TieIndex(authors).last(head, position) == expected


@settings(max_examples=120, deadline=None)
@given(ties, st.sampled_from(_HEADS), st.integers(-1, 70), st.integers(0, 70))
def test_tie_index_gives_the_first_tie_written_between_two_offsets(
    ties: list[Tie], head: str, after: int, before: int
) -> None:
    expected = next((t for t in ties if after < t.at < before and t.head == head), None)
    assert TieIndex(ties).first_between(head, after, before) == expected


def _expand_by_pass(acronym: str, runs: Sequence[str]) -> str | None:
    letters = acronym.replace("&", "")
    for name in runs:
        words = [w for w in name.split() if w.lower() not in _JOINERS]
        if len(words) < 2 or name == acronym:
            continue
        initials = "".join(w[0] for w in words)
        if initials == letters:
            return name
        at = initials.find(letters) if len(letters) >= 3 else -1
        if at >= 0:
            return " ".join(words[at : at + len(letters)])
    return None


_CAPITALISED = ["National", "Audit", "Office", "Rural", "Fire", "Service", "Agency", "Nordic"]
runs = st.lists(
    st.lists(st.sampled_from([*_CAPITALISED, "of", "and"]), min_size=1, max_size=8).map(" ".join),
    max_size=25,
)


@settings(max_examples=120, deadline=None)
@given(runs, st.text("NAORFSG&", min_size=2, max_size=6))
def test_initials_expand_an_acronym_to_the_first_name_that_spells_it(
    names: list[str], acronym: str
) -> None:
    spelling = _Initials([(i, name) for i, name in enumerate(names)])
    assert spelling.expand(acronym) == _expand_by_pass(acronym, names)


def test_initials_give_a_whole_name_with_its_joiners_or_the_words_inside_a_name() -> None:
    spelling = _Initials([(0, "Office of National Audit"), (40, "National Audit Office")])
    assert spelling.expand("ONA") == "Office of National Audit"
    assert spelling.expand("NAO") == "National Audit Office"
    assert _Initials([(0, "NSW Rural Fire Service Commissioner")]).expand("RFS") == (
        "Rural Fire Service"
    )


timeline_entries = st.lists(
    st.tuples(
        st.integers(0, 80), st.sampled_from(["Harbour Council", "Port Authority", "Lindholm"])
    ),
    max_size=30,
)


@settings(max_examples=120, deadline=None)
@given(timeline_entries, timeline_entries, st.integers(0, 90), st.sampled_from(["council", "port"]))
def test_timeline_reads_back_what_a_sorted_list_of_names_holds(
    read: list[tuple[int, str]], added: list[tuple[int, str]], position: int, word: str
) -> None:
    timeline = _Timeline(read)
    everything = sorted(read)
    for at, name in added:
        timeline.add(at, name)
        everything.append((at, name))
        everything.sort()
    before = [entry for entry in everything if entry[0] < position]
    assert list(timeline.before(position)) == before[::-1]
    holding = [name for at, name in before if word in name.lower().split()]
    last = max(((at, n) for at, n in before if n in holding), default=None)
    headed = max(((at, n) for at, n in before if _name_head(n) == word), default=None)
    assert timeline.last_with_words(set(), position, word) == (headed[1] if headed else None)
    found = timeline.last_with_words({word}, position, _name_head(last[1]) if last else word)
    assert found == (last[1] if last else None)


_CAST = ["Ada Brand", "Tom Vale", "Mrs. O'Neill", "Edith", "Zhang-Demir"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_CAST), st.sampled_from(_CAST), st.booleans()),
        min_size=1,
        max_size=8,
    ),
    st.lists(st.sampled_from(_CAST), min_size=1, max_size=12),
)
def test_named_in_narration_answers_as_a_search_of_the_narration(
    lines: list[tuple[str, str, bool]], asked: list[str]
) -> None:
    """The answer kept per name (one search of the text per name, not per question: a novel
    asks it thousands of times) is the search's, whatever the order of the questions."""
    from newscli.analyze.attribution import mask
    from newscli.analyze.grammar import grammar
    from newscli.analyze.names import build_index
    from newscli.analyze.quotes import blank_quotes, quote_groups
    from newscli.analyze.segment import segment
    from newscli.analyze.speakers import Discourse
    from newscli.lang.registry import resources
    from newscli.model import Article

    paragraphs = []
    for speaker, named, narrated in lines:
        line = f"\u201cWhere is {named}?\u201d asked {speaker}."
        paragraphs.append(f"{line} {named} came in." if narrated else line)
    article = Article(source="-", kind="text", paragraphs=tuple(paragraphs), language="en")
    text = article.text
    masked = mask(text)
    frame = blank_quotes(masked, quote_groups(text, masked, grammar("en")))
    discourse = Discourse(
        build_index(text), segment(article), resources("en"), text, frame, "en", story=True
    )
    for name in asked + asked[::-1]:
        last = name.split()[-1]
        expected = re.search(rf"(?<![\w\u2019']){re.escape(last)}(?![\w\u2019'])", frame)
        assert discourse.named_in_narration(name) is (expected is not None)
