"""Required literals of a regular expression: strings at least one of which every match contains.

Searching a line for many phrase patterns is slow in Python's regex engine, which tries every
alternative at every position. Most lines contain none of the patterns' words, so a substring test
for the literals the patterns cannot match without comes first. The literals are derived from the
patterns' own source, so that a pattern added or changed can never be hidden by a stale filter.

The derivation understands the syntax the lexicon uses (literals and escapes, ``[...]`` classes,
``.``, anchors, groups, ``|`` and the quantifiers ``? * + {m,n}``). It is *sound*: anything it does
not understand yields no literal, which sends the pattern to the full search every time, never a
missed match.
"""

from __future__ import annotations

from dataclasses import dataclass

_CLASS_ESCAPES = frozenset("dDsSwWbBAZ")
"""Escapes that stand for a class of characters or a position, not for a literal character."""


@dataclass(frozen=True)
class _Atom:
    literal: str | None
    """The character, for a literal; None for a class, an anchor or ``.``."""
    group: tuple[tuple[_Item, ...], ...] | None = None
    """The alternatives of a group."""


@dataclass(frozen=True)
class _Item:
    atom: _Atom
    least: int
    most: int | None


class _Unsupported(ValueError):
    pass


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings such that every match of ``pattern`` contains at least one of them, or None when
    no such set is known (the pattern must then always be searched)."""
    try:
        alternatives, end = _parse_alternatives(pattern, 0)
    except (_Unsupported, IndexError):
        return None
    if end != len(pattern):
        return None
    return _alternatives_literals(alternatives)


def _alternatives_literals(alternatives: tuple[tuple[_Item, ...], ...]) -> frozenset[str] | None:
    found: set[str] = set()
    for sequence in alternatives:
        literals = _sequence_literals(sequence)
        if literals is None:
            return None
        found |= literals
    return frozenset(found)


def _sequence_literals(sequence: tuple[_Item, ...]) -> frozenset[str] | None:
    """The most selective requirement of a sequence: its longest run of literal characters that
    must occur exactly once in a row, or the literals of a group it cannot match without."""
    candidates: list[frozenset[str]] = []
    run = ""
    for item in sequence:
        atom = item.atom
        if atom.literal is not None and item.least == 1 and item.most == 1:
            run += atom.literal
            continue
        if run:
            candidates.append(frozenset({run}))
        # A literal repeated at least once still requires one of itself; the run stops there.
        run = atom.literal if atom.literal is not None and item.least >= 1 else ""
        if atom.group is not None and item.least >= 1:
            literals = _alternatives_literals(atom.group)
            if literals:
                candidates.append(literals)
    if run:
        candidates.append(frozenset({run}))
    if not candidates:
        return None
    return max(candidates, key=lambda literals: min(len(literal) for literal in literals))


def _parse_alternatives(pattern: str, position: int) -> tuple[tuple[tuple[_Item, ...], ...], int]:
    alternatives: list[tuple[_Item, ...]] = []
    sequence: list[_Item] = []
    while position < len(pattern) and pattern[position] != ")":
        if pattern[position] == "|":
            alternatives.append(tuple(sequence))
            sequence = []
            position += 1
            continue
        atom, position = _parse_atom(pattern, position)
        least, most, position = _parse_quantifier(pattern, position)
        sequence.append(_Item(atom, least, most))
    alternatives.append(tuple(sequence))
    return tuple(alternatives), position


def _parse_atom(pattern: str, position: int) -> tuple[_Atom, int]:
    char = pattern[position]
    if char == "(":
        position += 1
        if pattern.startswith("?:", position):
            position += 2
        elif pattern.startswith("?P<", position):
            position = pattern.index(">", position) + 1
        elif pattern.startswith("?", position):
            # Look-arounds, inline flags, back-references: not understood.
            raise _Unsupported(pattern[position:])
        group, position = _parse_alternatives(pattern, position)
        if pattern[position] != ")":
            raise _Unsupported("unbalanced group")
        return _Atom(None, group), position + 1
    if char == "[":
        end = position + 1
        if pattern[end] == "^":
            end += 1
        if pattern[end] == "]":
            end += 1
        while pattern[end] != "]":
            end += 2 if pattern[end] == "\\" else 1
        return _Atom(None), end + 1
    if char == "\\":
        escaped = pattern[position + 1]
        if escaped in _CLASS_ESCAPES or escaped.isdigit():
            return _Atom(None), position + 2
        if escaped.isalpha():
            # \n, \t, \x41, \N{...}: rare here; not worth getting right.
            raise _Unsupported("\\" + escaped)
        return _Atom(escaped), position + 2
    if char in ".^$":
        return _Atom(None), position + 1
    if char in "*+?{":
        raise _Unsupported("quantifier without an atom")
    return _Atom(char), position + 1


def _parse_quantifier(pattern: str, position: int) -> tuple[int, int | None, int]:
    if position >= len(pattern):
        return 1, 1, position
    char = pattern[position]
    if char == "?":
        least, most, position = 0, 1, position + 1
    elif char == "*":
        least, most, position = 0, None, position + 1
    elif char == "+":
        least, most, position = 1, None, position + 1
    elif char == "{" and "}" in pattern[position:]:
        end = pattern.index("}", position)
        low, _, high = pattern[position + 1 : end].partition(",")
        if not (low or "0").isdigit() or (high and not high.isdigit()):
            return 1, 1, position  # a literal "{"
        least = int(low or "0")
        most = least if "," not in pattern[position:end] else (int(high) if high else None)
        position = end + 1
    else:
        return 1, 1, position
    if position < len(pattern) and pattern[position] in "?+":
        position += 1  # lazy or possessive: the same count of repetitions
    return least, most, position
