"""Italian: months and date-line words (Italian text otherwise gets the defaults)."""

from __future__ import annotations

from newscli.lang.registry import Resources, ordered, words

RESOURCES = Resources(
    code="it",
    months=ordered(
        """
        gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre
        dicembre
        """
    ),
    date_words=words("pubblicato aggiornato il alle"),
    weekdays=words("lunedì martedì mercoledì giovedì venerdì sabato domenica"),
    abbreviations=words("pag"),
    quote_marks=(("«", "»"), ("“", "”")),
)
