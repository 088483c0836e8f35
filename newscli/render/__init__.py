"""Renderers: one module per output format, and the progress display. Only ``rich_view`` and
``progress`` import rich.

``REGISTRY`` is the one list of output formats: the command line takes its ``--format`` choices
from it, and the runner asks it how to render a result, which extension an output file gets and
what separates several results on standard output. A new format is one module and one entry here.
Renderer modules are imported on first use, so that ``newscli --help`` pays for none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newscli.model import Article, Brief, Failure

AUTO = "auto"


@dataclass(frozen=True)
class RenderOptions:
    """Choices about what a rendering includes; a format ignores those it has no use for."""

    with_sentences: bool = False
    """JSON: add ``sentences``, the article's sentences that every ``sentence`` index counts."""


PLAIN = RenderOptions()


@dataclass(frozen=True)
class Format:
    """An output format: how a result becomes text, and how it is written."""

    name: str
    extension: str
    """File extension of an output file in ``--output-dir``."""
    renderer: str
    """``module:function(result, options)`` turning a ``Brief`` or ``Article`` into a string."""
    failure_renderer: str | None = None
    """``module:function(failure, command=..., options=...)`` rendering a failure in place of its
    result (None: failures are only reported on stderr)."""
    header: str | None = None
    """With several results on standard output, the line before each (``{source}`` is replaced by
    the source's name)."""
    between: str = ""
    """With several results on standard output, what separates one from the next (JSON: nothing,
    one object a line)."""
    interactive: bool = False
    """Drawn on a terminal console (rich) rather than returned as a string; output files get the
    plain-text rendering instead."""
    file_format: str | None = None
    """The format written to output files when it differs (the rich view writes plain text)."""

    def render(self, result: Brief | Article, options: RenderOptions = PLAIN) -> str:
        function: Callable[[Brief | Article, RenderOptions], str] = _load(self.renderer)
        return function(result, options)

    def render_failure(
        self, failure: Failure, command: str, options: RenderOptions = PLAIN
    ) -> str | None:
        if self.failure_renderer is None:
            return None
        function: Callable[..., str] = _load(self.failure_renderer)
        return function(failure, command=command, options=options)


REGISTRY: dict[str, Format] = {
    spec.name: spec
    for spec in (
        Format(
            "rich",
            ".txt",
            "newscli.render.text:render_text",
            interactive=True,
            file_format="text",
        ),
        Format(
            "text",
            ".txt",
            "newscli.render.text:render_text",
            header="==> {source} <==",
            between="\n",
        ),
        Format("markdown", ".md", "newscli.render.markdown:render_markdown", between="\n---\n\n"),
        Format(
            "json",
            ".json",
            "newscli.render.jsonfmt:render_json",
            failure_renderer="newscli.render.jsonfmt:render_failure_json",
        ),
    )
}
FORMATS = (AUTO, *REGISTRY)
"""Every ``--format`` choice: ``auto`` (rich on a terminal, text otherwise), then the registry."""

COLOR_CHOICES = (AUTO, "always", "never")
"""Every ``--color`` choice; ``newscli.render.color`` says what each means (kept here, so that the
command line's start-up does not import that module)."""


def get_format(name: str) -> Format:
    """The registry entry for ``name`` (``auto`` must be resolved first)."""
    return REGISTRY[name]


def file_format(name: str) -> Format:
    """The format actually written to output files for ``--format name``."""
    spec = REGISTRY[name]
    return REGISTRY[spec.file_format] if spec.file_format else spec


def _load(reference: str) -> Callable[..., str]:
    module, _, function = reference.partition(":")
    loaded: Callable[..., str] = getattr(import_module(module), function)
    return loaded
