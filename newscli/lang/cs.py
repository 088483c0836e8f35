"""Czech: abbreviations whose period does not end a sentence ("sv. Jana", "tzv.", "např.")."""

from __future__ import annotations

from newscli.lang.registry import Resources, words

RESOURCES = Resources(
    code="cs",
    title_abbreviations=words("sv p pí mgr ing bc judr mudr phdr rndr doc"),
    abbreviations=words("tzv např atd tj mj resp apod popř str čj kč"),
    number_abbreviations=words("č"),
    quote_marks=(("„", "“"), ("‚", "‘")),
)
