"""Keywords: the article's most frequent content words and two-word phrases, as it writes them.

A keyword is never a stop word of the article's language (newscli.lang.stopwords). A two-word
phrase may hold one when both words are written as a name, mid-sentence and capitalised ("Estados
Unidos", "New York"). Without a language (undetermined), nothing English is assumed: the article's
own function words are the lower-case words spread over many of its sentences.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import chain, pairwise

from newscli.analyze.tokenize import words
from newscli.lang.stopwords import stop_words
from newscli.model import Sentence

# Reporting verbs are everywhere in news and say nothing about the topic.
_REPORTING = frozenset(
    "said says added told according asked stated noted announced reported explained "
    "year years percent week month".split()
)
# A phrase replaces its own words when it accounts for at least this share of their uses.
PHRASE_SHARE = 0.4


def keywords(
    sentences: Sequence[Sentence], *, language: str | None = "en", limit: int = 8
) -> tuple[str, ...]:
    """Up to ``limit`` terms that occur at least twice, most frequent first; phrases win over
    their words when they carry them ("nuclear deal" rather than "nuclear" and "deal")."""
    tokenized = [words(sentence.text) for sentence in sentences]
    stops = stop_words(language) if language else _own_function_words(tokenized)
    # Each distinct token is judged once: its lowercase form if it is a content word, and the
    # form it is written in (curly apostrophe straightened).
    verdicts: dict[str, tuple[str | None, str]] = {}
    name_parts: dict[str, str | None] = {}  # a token's _name_part away from a sentence's start
    counts: Counter[str] = Counter()
    surfaces: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for tokens in tokenized:
        content: list[str | None] = []
        names: list[str | None] = []  # stop-listed words written as part of a name
        for position, token in enumerate(tokens):
            verdict = verdicts.get(token)
            if verdict is None:
                normal = token.replace("’", "'")
                verdict = verdicts[token] = (
                    normal.lower() if _is_content(normal, stops) else None,
                    normal,
                )
            lower = verdict[0]
            content.append(lower)
            if lower:
                names.append(lower)
            elif position == 0:
                names.append(None)  # _name_part: never at a sentence's start
            else:
                if token not in name_parts:
                    name_parts[token] = _name_part(token, position)
                names.append(name_parts[token])
        counts.update(t for t in content if t)
        for (a, b), (name_a, name_b) in zip(pairwise(content), pairwise(names), strict=True):
            if (a and b) or ((a or b) and name_a and name_b):
                first, second = a or name_a or "", b or name_b or ""
                counts[f"{first} {second}"] += 1
                for word, content_word in ((first, a), (second, b)):
                    if not content_word:  # a stop-listed name part: keep its capital
                        surfaces[word][_capitalised(word)] += 1
    # How each content word is written, counted in C: in the order the forms first occur, as
    # a tie between forms goes to the first.
    for token, n in Counter(chain.from_iterable(tokenized)).items():
        lower, normal = verdicts[token]
        if lower:
            surfaces[lower][normal] += n
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
    return tuple(
        " ".join(_surface(surfaces[part]) for part in term.split()) for term in chosen[:limit]
    )


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
    lower = token.lower()
    if (
        lower in stops
        or lower in _REPORTING
        or len(token) < 3
        or not any(ch.isalpha() for ch in token)
    ):
        return False
    # Contractions ("it's", "don't") are function words even when a stop list misses them.
    return not ("'" in lower and lower.split("'")[0] in stops)


def _surface(forms: Counter[str]) -> str:
    """The most frequent written form, preferring lowercase on a tie (sentence-initial capitals)."""
    return max(forms.items(), key=lambda item: (item[1], item[0].islower()))[0]
