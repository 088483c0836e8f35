"""Portuguese: months and date-line words."""

from __future__ import annotations

from newscli.lang.registry import Resources, ordered, words

RESOURCES = Resources(
    code="pt",
    months=ordered(
        """
        janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
        """
    ),
    date_words=words("atualizado publicado às em"),
    weekdays=words("segunda terça quarta quinta sexta sábado domingo"),
    quote_marks=(("“", "”"), ("«", "»")),
)
