"""Articles written for the store tests (not corpus text): a story, a wire copy of it with the
usual edits, and two other stories; the same spokesman is named differently across them."""

from __future__ import annotations

MEDIATION = """Kremlin Offers To Host Talks On Grain Corridor

MOSCOW (Newswire) — The Kremlin on Tuesday offered to host talks between the two sides of the
dispute over the Black Sea grain corridor, a week after the last shipments stopped.

Kremlin spokesman Dmitry Peskov said Russia was ready to provide a venue for the negotiations
and would guarantee the safety of every delegation that came to Moscow.

“We are prepared to receive both delegations at any moment they choose,” Peskov told reporters
during his daily briefing. “The door remains open for as long as it takes.”

Officials in the port city of Odesa said the offer came too late for this harvest, and that
more than forty ships were still waiting at anchor outside the harbour with full holds.

“Words are cheap when the ships are not moving,” said Maria Lindqvist, a shipping analyst at
Nordbank in Stockholm. She said insurers had doubled their premiums in two weeks.

The United Nations has urged both sides to return to the table, and the European Union said it
would send an observer to any meeting that took place before the end of the month.

Grain prices in Chicago rose three percent on the news before falling back in late trading, as
traders weighed the chances that the talks would happen at all.

Farmers' groups in the region warned that storage was running out and that part of the crop
could rot in the silos if the corridor stayed closed into the autumn.
"""

# A wire copy: new headline, a changed dateline, the last paragraph trimmed, a paragraph added.
MEDIATION_COPY = """Russia Says It Will Host Grain Talks

LONDON (Daily Courier) — The Kremlin on Tuesday offered to host talks between the two sides of the
dispute over the Black Sea grain corridor, a week after the last shipments stopped.

Kremlin spokesman Dmitry Peskov said Russia was ready to provide a venue for the negotiations
and would guarantee the safety of every delegation that came to Moscow.

“We are prepared to receive both delegations at any moment they choose,” Peskov told reporters
during his daily briefing. “The door remains open for as long as it takes.”

Officials in the port city of Odesa said the offer came too late for this harvest, and that
more than forty ships were still waiting at anchor outside the harbour with full holds.

British millers said on Tuesday that they had enough stock for the next two months but would
have to look for new suppliers if the corridor remained shut.

“Words are cheap when the ships are not moving,” said Maria Lindqvist, a shipping analyst at
Nordbank in Stockholm. She said insurers had doubled their premiums in two weeks.

The United Nations has urged both sides to return to the table, and the European Union said it
would send an observer to any meeting that took place before the end of the month.

Grain prices in Chicago rose three percent on the news before falling back in late trading, as
traders weighed the chances that the talks would happen at all.
"""

SANCTIONS = """Moscow Rejects New Sanctions Package As Unlawful

The Russian government on Thursday dismissed a new package of sanctions announced in Brussels,
calling the measures unlawful and promising a response within days.

“These measures will hurt those who adopted them far more than they hurt us,” Dmitry S. Peskov,
the Kremlin's press secretary, said in a statement read on state television.

The package targets the export of machine tools and freezes the assets of twelve banks. Economists
said its effect would depend on how strictly it was enforced at the borders.

“Enforcement has always been the weak point,” said Tomasz Wierzbicki, a trade lawyer in Warsaw.
“A list of banned goods means little if nobody checks the lorries.”
"""

FESTIVAL = """Harbour Festival Draws Record Crowds

More than sixty thousand people visited the harbour festival over the weekend, the organisers
said on Monday, the largest attendance since the event began twenty years ago.

“We ran out of programmes by Saturday lunchtime,” said Ingrid Halvorsen, the festival director.
“Next year we will print twice as many.”

Local cafes reported their busiest weekend of the year, and the ferry company added four extra
crossings on Sunday evening to take visitors home.
"""
