"""Keywords: the article's most frequent content words and two-word phrases, as it writes them.

A keyword is never a stop word of the article's language (newscli.lang.stopwords). A two-word
phrase may hold one when both words are written as a name, mid-sentence and capitalised ("Estados
Unidos", "New York"). Without a language (undetermined), nothing English is assumed: the article's
own function words are the lower-case words spread over many of its sentences.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from itertools import chain, pairwise

from newscli.analyze.tokenize import words
from newscli.lang.registry import every_language, union
from newscli.lang.stopwords import stop_words
from newscli.model import Sentence

# Abbreviations of every language ("mld.", "tzv.", "approx."): a word the article writes with its
# dot every time is one of them, not a topic.
_ABBREVIATIONS = union(
    r.abbreviations | r.title_abbreviations | r.number_abbreviations for r in every_language()
)

# Reporting verbs are everywhere in news and say nothing about the topic.
_REPORTING = frozenset(
    "said says added told according asked stated noted announced reported explained "
    "year years percent week month".split()
)
# Abbreviations written inside a place's name: "Cleeve St Mary", "Fort Mt Hope".
_INNER_ABBREVIATIONS = frozenset(("st", "mt", "ft"))
# A phrase replaces its own words when it accounts for at least this share of their uses.
PHRASE_SHARE = 0.4


def keywords(
    sentences: Sequence[Sentence],
    *,
    language: str | None = "en",
    limit: int = 8,
    tokenized: Sequence[Sequence[str]] | None = None,
) -> tuple[str, ...]:
    """Up to ``limit`` terms that occur at least twice, most frequent first; phrases win over
    their words when they carry them ("nuclear deal" rather than "nuclear" and "deal").

    ``tokenized``: each sentence's ``tokenize.words``, when the caller has them already.
    """
    if tokenized is None:
        tokenized = [words(sentence.text) for sentence in sentences]
    stops = stop_words(language) if language else _own_function_words(tokenized)
    # Each distinct token is judged once: its lowercase form if it is a content word, with the
    # forms it is written in (curly apostrophe straightened) counted in the order they first
    # occur, as a tie between forms goes to the first.
    verdicts: dict[str, str | None] = {}
    written: dict[str, int] = {}
    # The stop-listed tokens that may be part of a name away from a sentence's start ("New"):
    # only a sentence holding one there is read pair by pair.
    name_parts: dict[str, str] = {}
    for token, n in Counter(chain.from_iterable(tokenized)).items():
        normal = token.replace("’", "'")
        if normal.endswith("'s") and len(normal) > 3:
            normal = normal[:-2]  # "company's" is "company" (and "it's" a stop word)
        if _is_content(normal, stops) and not (
            normal.lower() in _ABBREVIATIONS and _always_abbreviated(token, sentences)
        ):
            verdicts[token] = normal.lower()
            written[normal] = written.get(normal, 0) + n
        else:
            verdicts[token] = None
            if part := _name_part(token, 1):
                name_parts[token] = part
    # Every sentence's words as judged, an empty string after each: no phrase spans two.
    judged = list(map(verdicts.get, chain.from_iterable(chain(t, ("",)) for t in tokenized)))
    counts: Counter[str] = Counter(filter(None, judged))
    counts.update([f"{a} {b}" for a, b in pairwise(judged) if a and b])
    capitalised: Counter[str] = Counter()  # a name part -> how often it is written in a name
    for tokens in tokenized:
        if name_parts.keys().isdisjoint(tokens[1:]):
            continue
        for phrase, part in _name_phrases(tokens, verdicts, name_parts):
            counts[phrase] += 1
            capitalised[part] += 1  # The stop-listed name part keeps its capital.
    chosen = _choose(counts, limit)
    surfaces = _surfaces(written, capitalised, {part for term in chosen for part in term.split()})
    return tuple(" ".join(_surface(surfaces[part]) for part in term.split()) for term in chosen)


def _name_phrases(
    tokens: Sequence[str], verdicts: dict[str, str | None], name_parts: dict[str, str]
) -> Iterator[tuple[str, str]]:
    """The phrases of a content word and a stop-listed word written as part of a name beside it
    ("New York"), each with that name part."""
    content = list(map(verdicts.__getitem__, tokens))
    inside: set[int] = set()  # name parts read as the middle of a three-word name
    for at in range(1, len(tokens) - 1):
        part = name_parts.get(tokens[at]) if content[at] is None else None
        first, last = content[at - 1], content[at + 1]
        if (
            part in _INNER_ABBREVIATIONS
            and first
            and last
            and tokens[at - 1][:1].isupper()
            and tokens[at + 1][:1].isupper()
        ):
            # "Cleeve St Mary" is one name: one phrase, not "Cleeve St" and "St Mary". (Only
            # these: the tokens have lost their commas, and "Parva, Little Horton" is two.)
            inside.add(at)
            yield f"{first} {part} {last}", part
    for position, (a, b) in enumerate(pairwise(content), start=1):
        if (a is None) == (b is None) or {position - 1, position} & inside:
            continue  # two content words (counted with the others) or none
        names = []
        for word, at in ((a, position - 1), (b, position)):
            if word is None and at > 0:  # _name_part: never at a sentence's start
                word = name_parts.get(tokens[at])
            names.append(word)
        first, second = names
        if first and second:
            yield f"{first} {second}", second if a else first


def _choose(counts: Counter[str], limit: int) -> list[str]:
    """The ``limit`` best of the terms counted at least twice, phrases before their words."""
    ranked = sorted(
        (term for term, n in counts.items() if n >= 2),
        key=lambda term: (-counts[term] * (1.5 if " " in term else 1.0), term),
    )
    chosen: list[str] = []
    chosen_words: set[str] = set()  # the words of every chosen term
    for term in ranked:
        if len(chosen) == limit:
            break
        if " " in term:
            parts = term.split()
            if any(counts[term] < PHRASE_SHARE * counts[p] for p in parts):
                continue
            chosen = [c for c in chosen if c not in parts]
        elif term in chosen_words:
            continue
        if term not in chosen:
            chosen.append(term)
            chosen_words.update(term.split())
    return chosen[:limit]


def _surfaces(
    written: dict[str, int], capitalised: Counter[str], wanted: set[str]
) -> defaultdict[str, Counter[str]]:
    """The written forms of each ``wanted`` word with their counts, in the order they first
    occur: its forms as a content word, then, for a stop-listed part of a name, the capitalised
    form (only the words shown are gathered, not every word of the article)."""
    surfaces: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for form, n in written.items():
        lower = form.lower()
        if lower in wanted:
            surfaces[lower][form] += n
    for part, n in capitalised.items():
        if part in wanted:
            surfaces[part][_capitalised(part)] += n
    return surfaces


def _name_part(token: str, position: int) -> str | None:
    """A capitalised word inside a sentence, as part of a name ("New" in "in New York")."""
    if position == 0 or len(token) < 2 or not token[:1].isupper() or not token.isalpha():
        return None
    return token.lower()


def _capitalised(lower: str) -> str:
    return lower[:1].upper() + lower[1:]


# Without a language: a short word in at least this share of the sentences is a function word.
FUNCTION_WORD_SPREAD = 0.2
FUNCTION_WORD_LETTERS = 4


def _own_function_words(tokenized: Sequence[Sequence[str]]) -> frozenset[str]:
    """The function words of an article in a language newscli has no list for: short words
    spread over many of its sentences. Function words are short in every language and occur
    everywhere; a short topic word that recurs as often is a loss newscli accepts."""
    spread: Counter[str] = Counter()
    for tokens in tokenized:
        spread.update({t.lower().replace("’", "'") for t in tokens})
    least = max(2.0, FUNCTION_WORD_SPREAD * len(tokenized))
    return frozenset(
        word
        for word, n in spread.items()
        if n >= least and sum(ch.isalpha() for ch in word) <= FUNCTION_WORD_LETTERS
    )


def _is_content(token: str, stops: frozenset[str]) -> bool:
    if len(token) < 3:
        return False
    lower = token.lower()
    if (
        lower in stops
        or lower in _REPORTING
        # (most words are letters only: the test of each character is for the others)
        or not (token.isalpha() or any(ch.isalpha() for ch in token))
    ):
        return False
    # Contractions ("it's", "don't") are function words even when a stop list misses them.
    return not ("'" in lower and lower.split("'")[0] in stops)


def _surface(forms: Counter[str]) -> str:
    """The most frequent written form, preferring lowercase on a tie (sentence-initial capitals)."""
    return max(forms.items(), key=lambda item: (item[1], item[0].islower()))[0]


def _always_abbreviated(token: str, sentences: Sequence[Sentence]) -> bool:
    """Whether every time a sentence writes ``token`` a dot follows it ("230 mld. Kč")."""
    seen = False
    for sentence in sentences:
        text = sentence.text
        start = text.find(token)
        while start >= 0:
            end = start + len(token)
            whole = (start == 0 or not text[start - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            )
            if whole:
                if text[end : end + 1] != ".":
                    return False
                seen = True
            start = text.find(token, end)
    return seen
