"""People and bodies quoted across articles: one speaker for every way articles name them.

Each article already names a speaker by the fullest form it uses; across articles the same person
appears as "Dmitry Peskov", "Peskov", "Kremlin spokesman Dmitry Peskov" or "Dmitry S. Peskov".
These rules about names (no list of people) bring the forms together:

1. Titles and role words before a name go ("Kremlin spokesman Dmitry Peskov" -> "Dmitry Peskov",
   the same rule the brief applies inside one article); a possessive goes ("Peskov's").
2. Forms that differ only in case, accents, full stops or middle initials are one name.
3. A surname alone ("Peskov") is the person whose full name ends with it, when that person has
   at least two thirds of the mentions of everyone with that surname; otherwise ("Trump" in a
   store quoting Donald, Melania and Eric Trump about as often) it stays a speaker of its own.
4. An acronym ("EU") is the organisation whose capitalised words it abbreviates ("European
   Union"), when exactly one does (a name of two words counts only with an organisation word).
5. A description names nobody across articles: two articles' "a spokesman" are not one person.
   A description is a form with a word in lower case ("a police spokesman", "Other analysts"),
   a pronoun ("He"), or a role without a name ("Argentina's President"). Such statements stay in
   the store but have no speaker row.

The speaker's name is its most-used full form.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from newscli.analyze.names import PRONOUNS, TITLES, is_organisation, strip_titles

_CONNECTORS = frozenset(
    "of the and for on de du des la le del di da von van der den al bin ibn y e".split()
)
_PARENTHESIS = re.compile(r"\([^()]*\)")
DOMINANT_SHARE = 2 / 3


@dataclass(frozen=True)
class Speaker:
    name: str
    variants: tuple[str, ...]
    """Every form seen (including ``name``), most used first."""


def display_form(raw: str) -> str | None:
    """The name in a speaker string without titles and role words, or None for a description."""
    text = " ".join(_PARENTHESIS.sub(" ", raw).split())  # "... Statistics (ONS)"
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    proper = all(
        (w[:1].isupper() and w.lower().rstrip(".,") not in TITLES) or w.lower() in _CONNECTORS
        for w in words
    )
    # A name that is all proper words ("Bank of England") is kept whole; otherwise the roles and
    # titles in front go ("Kremlin spokesman Dmitry Peskov", "US President Donald Trump").
    name = " ".join(words) if words and proper else strip_titles(text)
    name = name.strip(" ,;:-–—\"'“”‘’")
    if name.lower().startswith("the "):
        name = name[4:]
    tokens = name.split()
    if not tokens or (not tokens[0][:1].isupper() and not tokens[0][:1].isdigit()):
        return None
    if any(len(t) > 5 and t.endswith(".") and t[:-1].isalpha() for t in tokens[:-1]):
        # "Peter Gregg. Qantas": a sentence boundary inside, not one name (abbreviations such
        # as "U.S." or "Corp." are shorter or hold other full stops).
        return None
    if any(t.lower().strip(".,") in PRONOUNS for t in tokens):
        # "He", "Manuel. He": a pronoun (or a sentence boundary) is no name.
        return None
    if any(t[:1].islower() and t.lower() not in _CONNECTORS for t in tokens):
        # "Other analysts", "Legal experts": words of a description, capitalised at the start.
        return None
    if tokens[-1].lower().rstrip(",") in TITLES:
        # A role without a name ("President", "Argentina's President"): whose, depends.
        return None
    return name


def name_key(name: str) -> tuple[str, ...]:
    """``"Dmitry S. Peskov"`` -> ``("dmitry", "peskov")``: case, accents, full stops and middle
    initials do not tell names apart."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("’", "'").replace(".", " ").replace("‐", "-")
    tokens = [t for t in plain.casefold().split() if t]
    if len(tokens) > 2:
        tokens = [tokens[0]] + [t for t in tokens[1:-1] if len(t) > 1] + [tokens[-1]]
    return tuple(tokens)


def _initials(name: str) -> str:
    return "".join(t[0] for t in name.split() if t[:1].isupper() and t.lower() not in _CONNECTORS)


def _is_acronym(name: str) -> bool:
    plain = name.replace(".", "")
    return " " not in name and 2 <= len(plain) <= 6 and plain.isalpha() and plain.isupper()


def group_names(counts: Counter[str]) -> dict[str, Speaker]:
    """Map each speaker string (with its number of mentions) to the speaker it names; strings
    that name nobody (descriptions) are left out."""
    forms: dict[str, str] = {}
    for raw in counts:
        shown = display_form(raw)
        if shown is not None:
            forms[raw] = shown
    by_key: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for raw, shown in forms.items():
        by_key[name_key(shown)][shown] += counts[raw]
    key_total = {key: sum(c.values()) for key, c in by_key.items()}
    target: dict[tuple[str, ...], tuple[str, ...]] = {key: key for key in by_key}
    _attach_surnames(by_key, key_total, target)
    _attach_acronyms(by_key, key_total, target)
    members: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for key, shown_counts in by_key.items():
        members[target[key]].update(shown_counts)
    speakers: dict[tuple[str, ...], Speaker] = {}
    for key, shown_counts in members.items():
        variants = tuple(v for v, _ in sorted(shown_counts.items(), key=lambda x: (-x[1], x[0])))
        full = [v for v in variants if name_key(v) == key]
        speakers[key] = Speaker(name=full[0] if full else variants[0], variants=variants)
    return {raw: speakers[target[name_key(shown)]] for raw, shown in forms.items()}


def _attach_surnames(
    by_key: dict[tuple[str, ...], Counter[str]],
    totals: dict[tuple[str, ...], int],
    target: dict[tuple[str, ...], tuple[str, ...]],
) -> None:
    people_by_surname: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key, shown in by_key.items():
        example = shown.most_common(1)[0][0]
        # People's names: two to four words, no organisation word, no acronym ("GM Europe").
        acronym = any(len(t) > 1 and t.isupper() for t in example.replace(".", "").split())
        if 2 <= len(key) <= 4 and not is_organisation(example) and not acronym:
            people_by_surname[key[-1]].append(key)
    for key in by_key:
        if len(key) != 1 or key[0] not in people_by_surname:
            continue
        candidates = people_by_surname[key[0]]
        best = max(candidates, key=lambda k: (totals[k], k))
        if totals[best] >= DOMINANT_SHARE * sum(totals[k] for k in candidates):
            target[key] = best


def _attach_acronyms(
    by_key: dict[tuple[str, ...], Counter[str]],
    totals: dict[tuple[str, ...], int],
    target: dict[tuple[str, ...], tuple[str, ...]],
) -> None:
    expansions: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for key, shown in by_key.items():
        example = shown.most_common(1)[0][0]
        # Only bodies have acronyms: a name with an organisation word, or three words or more
        # ("US" is not "Ulrich Schulte-Strathaus").
        possessive = "'s" in example.replace("’", "'")
        if not possessive and (len(key) >= 3 or (len(key) == 2 and is_organisation(example))):
            initials = _initials(example)
            if len(initials) >= 2:
                expansions[initials].add(key)
    for key, shown in by_key.items():
        example = shown.most_common(1)[0][0]
        if len(key) != 1 or not _is_acronym(example):
            continue
        found = expansions.get(example.replace(".", ""), set())
        if len(found) == 1:
            target[key] = found.pop()


def rebuild_speakers(conn: sqlite3.Connection) -> int:
    """Recompute ``speakers`` and ``speaker_names`` from every stored statement; keep the ids of
    speakers whose name is unchanged. Returns the number of speakers."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        counts: Counter[str] = Counter()
        for table in ("attributions", "claims", "quotes"):
            counts.update(
                dict(
                    conn.execute(
                        f"SELECT speaker, count(*) FROM {table}"
                        " WHERE speaker IS NOT NULL GROUP BY speaker"
                    ).fetchall()
                )
            )
        mapping = group_names(counts)
        ids = _write_speakers(conn, mapping.values())
        conn.execute("DELETE FROM speaker_names")
        conn.executemany(
            "INSERT INTO speaker_names (name, speaker_id) VALUES (?, ?)",
            [(raw, ids[speaker.name]) for raw, speaker in mapping.items()],
        )
        conn.execute(
            """
            UPDATE speakers SET
                quotes = coalesce(tally.quotes, 0),
                statements = coalesce(tally.statements, 0),
                articles = coalesce(tally.articles, 0)
            FROM (
                SELECT n.speaker_id AS id,
                       sum(t.kind = 'quote') AS quotes,
                       sum(t.kind = 'reported') AS statements,
                       count(DISTINCT t.article_id) AS articles
                FROM attributions t JOIN speaker_names n ON n.name = t.speaker
                GROUP BY n.speaker_id
            ) AS tally
            WHERE speakers.id = tally.id
            """
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(ids)


def _write_speakers(conn: sqlite3.Connection, speakers: Iterable[Speaker]) -> dict[str, int]:
    wanted = {s.name: s for s in speakers}
    existing = dict(conn.execute("SELECT name, id FROM speakers").fetchall())
    gone = [(i,) for name, i in existing.items() if name not in wanted]
    conn.executemany("DELETE FROM speakers WHERE id = ?", gone)
    ids: dict[str, int] = {}
    for name, speaker in wanted.items():
        variants = json.dumps(list(speaker.variants), ensure_ascii=False)
        if name in existing:
            conn.execute(
                "UPDATE speakers SET variants = ?, quotes = 0, statements = 0, articles = 0"
                " WHERE id = ?",
                (variants, existing[name]),
            )
            ids[name] = existing[name]
        else:
            cursor = conn.execute(
                "INSERT INTO speakers (name, variants, quotes, statements, articles)"
                " VALUES (?, ?, 0, 0, 0)",
                (name, variants),
            )
            ids[name] = int(cursor.lastrowid or 0)
    return ids
