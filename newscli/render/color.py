"""Colour and styles, decided once: ``--color``, ``--no-color``, ``NO_COLOR`` and ``FORCE_COLOR``.

Only the terminal view and the progress display on stderr have escape codes; text, Markdown and
JSON never do. What each setting means:

- ``--color never`` (or ``--no-color``): no colour and no styles, no escape codes for them at all.
- ``--color always``: colour and styles even when the output is not a terminal
  (``-f rich --color always | less -R``).
- ``--color auto`` (the default): colour and styles on a terminal. The environment then counts
  (https://no-color.org, https://force-color.org): ``FORCE_COLOR`` set to anything but "" styles
  output that is not a terminal too; ``NO_COLOR`` set to anything but "" drops the colours and
  keeps bold, italic and dim (what the NO_COLOR convention asks for). Both may be set.

``--color`` and ``--no-color`` (on the command line, as ``NEWSCLI_COLOR`` or in the settings file)
win over ``NO_COLOR`` and ``FORCE_COLOR``. The choices themselves live in
``newscli.render.COLOR_CHOICES``, so that ``--help`` does not import this module.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from newscli.render import COLOR_CHOICES

AUTO, ALWAYS, NEVER = COLOR_CHOICES


@dataclass(frozen=True)
class ColorMode:
    """How a console writes."""

    styles: bool | None = None
    """True: escape codes for colour and styles always; False: never; None: on a terminal only."""
    colours: bool = True
    """False: styles (bold, italic, dim) without colours."""

    def console_options(self, stream: object) -> dict[str, Any]:
        """Keyword arguments for a rich ``Console`` on ``stream`` that give this mode. Every one
        is explicit, so rich reads nothing more from the environment."""
        terminal = is_terminal(stream)
        if self.styles is False:
            # Still a terminal (the progress bar redraws in place), but no colour and no styles.
            return {"color_system": None, "force_terminal": terminal, "no_color": True}
        return {
            # newscli's palette is the eight standard colours, so "standard" loses nothing when
            # styles are forced onto a stream whose terminal type rich cannot tell.
            "color_system": "standard" if self.styles else "auto",
            "force_terminal": True if self.styles else terminal,
            "no_color": not self.colours,
        }


def is_terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False


ON_A_TERMINAL = ColorMode()
"""Colour and styles on a terminal, none elsewhere (``auto`` with no environment to consult)."""


def color_mode(choice: str | None = AUTO, environ: Mapping[str, str] | None = None) -> ColorMode:
    """The mode for a ``--color`` choice (None counts as ``auto``) in an environment."""
    if choice == NEVER:
        return ColorMode(styles=False, colours=False)
    if choice == ALWAYS:
        return ColorMode(styles=True, colours=True)
    env = os.environ if environ is None else environ
    return ColorMode(
        styles=True if env.get("FORCE_COLOR") else None,
        colours=not env.get("NO_COLOR"),
    )
