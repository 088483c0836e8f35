"""The furniture lexicon: every pattern, whole-line and phrase, matched by an example line, and the
phrase prefilter derived from the patterns so that it cannot hide one of them."""

from __future__ import annotations

import re
from typing import Any

import pytest

from newscli.clean import lexicon
from newscli.clean.lexicon import normalise, phrase_reason, whole_line_reason
from newscli.clean.prefilter import required_literals

# One example line per pattern, in the order of the lexicon's tables.
WHOLE_LINE_EXAMPLES: dict[str, tuple[str, ...]] = {
    lexicon.COMMENTS: (
        "12 Comments",
        "Leave a reply",
        "View the discussion thread",
        "4 thoughts on “A walk along the old canal”",
        "Join the conversation",
        "Be the first to comment",
        "Comment on this story",
        "Kommentare (7)",
        "Kommentar schreiben",
        "Commentaires",
        "Laisser un commentaire",
        "Réagissez",
        "Comentarios 3",
        "Deja tu comentario",
        "Commenti",
        "Lascia un commento",
        "Comentários",
        "Deixe seu comentário",
        "Report abuse",
    ),
    lexicon.SHARE: (
        "Share this story",
        "Share Close extra sharing options",
        "Tweets 40",
        "312 shares",
        "WhatsApp",
        "Click to share on Reddit (opens in new window)",
        "Follow us on Mastodon",
        "Artikel teilen",
        "Partager sur Facebook",
        "Compartir en Twitter",
        "Condividi su Facebook",
        "Compartilhe",
    ),
    lexicon.ADVERTISEMENT: (
        "Story continues below advertisement",
        "Werbung",
        "Contenu sponsorisé",
        "Patrocinado",
        "Pubblicità",
        "Conteúdo patrocinado",
    ),
    lexicon.NEWSLETTER: (
        "Email newsletters",
        "Sign up today",
        "Enter your email address",
        "Inscrivez-vous",
        "Forward this email to a friend",
    ),
    lexicon.COOKIES: ("Accept all cookies",),
    lexicon.RELATED: (
        "More top stories",
        "Related coverage",
        "More from Oslo",
        "Read more from our critics",
        "About the author",
        "You might also like",
        "Das könnte Sie auch interessieren",
        "Sur le même sujet",
        "Lo más leído",
        "Articoli correlati",
        "Veja também",
        "Mohlo by vás zajímat",
    ),
    lexicon.SUBSCRIPTION: ("My account", "Se connecter"),
    lexicon.NAVIGATION: (
        "Skip to main content",
        "Older posts",
        "Zurück zur Übersicht",
        "Startseite",
    ),
    lexicon.FOOTER: ("Terms of Service",),
    lexicon.TAGS: ("Filed under",),
}

PHRASE_EXAMPLES: dict[str, tuple[str, ...]] = {
    lexicon.COOKIES: (
        "This website uses cookies to improve your experience.",
        "Read about our use of cookies.",
        "By continuing to use this website you agree to our terms.",
        "Questo sito utilizza cookie tecnici e di terze parti.",
    ),
    lexicon.NEWSLETTER: (
        "Sign up for our weekly briefing on the housing market.",
        "Get our morning headlines sent to your inbox.",
        "The best stories, delivered to your inbox.",
        "Suscríbete a nuestro boletín semanal.",
        "Thank you for subscribing!",
        "Please enter a valid email.",
        "Click the activation link we sent you.",
        "Having trouble? View this email in your browser.",
        "You are receiving this email because you asked for it.",
    ),
    lexicon.COMMENTS: (
        "Required fields are marked *",
        "14. harbourwatcher says:",
    ),
    lexicon.SHARE: (
        "Share on Twitter",
        "Link opens in a new window",
        "Share this article via email",
    ),
    lexicon.SUBSCRIPTION: ("You have reached your article limit for this month.",),
    lexicon.FOOTER: (
        "(c) 2024 Example Media Group",
        "This material may not be published, broadcast or redistributed.",
        "This article is subject to copyright.",
    ),
    lexicon.CAPTION: (
        "Photo: Jane Example for the Courier",
        "The pier at dawn. Photo ... Harbour Trust",
        "Crowds outside the court on Monday. Getty Images",
        "In this March 3, 2021, file photo, crowds gather outside the court.",
    ),
    lexicon.ADVERTISEMENT: ("This content is sponsored by a travel company.",),
    lexicon.LINK: ("Lire aussi : Grève du 7 mars, les chiffres de la mobilisation",),
}


def _cases(table: dict[str, tuple[str, ...]], examples: dict[str, tuple[str, ...]]) -> list[Any]:
    """(reason, pattern, example) for every pattern of ``table``, named "reason-index"."""
    cases = []
    for reason, patterns in table.items():
        lines = examples.get(reason, ())
        assert len(lines) == len(patterns), f"{reason}: one example per pattern, in order"
        for index, (pattern, line) in enumerate(zip(patterns, lines, strict=True)):
            cases.append(pytest.param(reason, pattern, line, id=f"{reason}-{index}"))
    return cases


@pytest.mark.parametrize(
    ("reason", "pattern", "line"), _cases(lexicon._WHOLE_LINE, WHOLE_LINE_EXAMPLES)
)
def test_every_whole_line_pattern_matches_its_example(reason: str, pattern: str, line: str) -> None:
    assert re.fullmatch(pattern, normalise(line)), line
    assert whole_line_reason(line) == reason


@pytest.mark.parametrize(("reason", "pattern", "line"), _cases(lexicon._PHRASES, PHRASE_EXAMPLES))
def test_every_phrase_pattern_matches_its_example(reason: str, pattern: str, line: str) -> None:
    assert re.search(pattern, line.lower()), line
    assert phrase_reason(line, len(line.split())) == reason


def test_every_phrase_pattern_has_required_literals() -> None:
    # Without them the prefilter is off and every line goes through the full search.
    for patterns in lexicon._PHRASES.values():
        for pattern in patterns:
            assert required_literals(pattern), pattern
    assert lexicon.phrase_literals()


def test_phrases_the_old_hand_kept_prefilter_hid_now_match() -> None:
    for line, reason in {
        "You have reached your article limit": lexicon.SUBSCRIPTION,
        "Required fields are marked *": lexicon.COMMENTS,
        "By continuing to use this website you accept cookies": lexicon.COOKIES,
    }.items():
        assert phrase_reason(line, len(line.split())) == reason


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\bdelivered (straight |directly )?to your inbox\b", {"to your inbox"}),
        (r"\b(get|receive) (our|the) news", {" news"}),
        (r"©|\(c\) \d{4}", {"©", "(c) "}),
        (r"^(\d+\. )?\S+ (says|said):$", {"says", "said"}),
        (r"colou?r", {"colo"}),
        (r"ab+c", {"bc"}),
        (r"x{2,3}y", {"xy"}),
    ],
)
def test_required_literals_are_ones_every_match_contains(pattern: str, literals: set[str]) -> None:
    assert required_literals(pattern) == literals


@pytest.mark.parametrize("pattern", [r"\d+", r"(a|\w+)", r"(?=look)ahead?", r"[abc]x?", r"a*"])
def test_required_literals_are_none_when_a_match_may_do_without(pattern: str) -> None:
    found = required_literals(pattern)
    assert found is None or all(
        literal in match
        for match in ("look", "x", "aaa", "12")
        if re.fullmatch(pattern, match)
        for literal in found
    )


@pytest.mark.timeout(10)
def test_line_of_bracketed_numbers_is_normalised_quickly() -> None:
    # With plain quantifiers the trailing-count pattern backtracked for minutes on this line.
    line = " ".join(f"[{n}]Section" for n in range(20)) + " [21] [22] [23] x"
    assert normalise(line).endswith("19 section 21 22 23 x")
    assert normalise("Comments [12] (3)") == "comments"
