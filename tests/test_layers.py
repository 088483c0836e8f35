"""The pipeline's stages import only earlier ones (DESIGN.md): cleaning never depends on analysis,
nothing in the core depends on the command line, and only two renderers import rich."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "newscli"

# Stage -> packages it must not import (later stages, the CLI, the renderers).
FORBIDDEN = {
    "ingest": ("newscli.clean", "newscli.analyze", "newscli.render", "newscli.cli"),
    "clean": ("newscli.analyze", "newscli.render", "newscli.cli"),
    "lang": ("newscli.clean", "newscli.analyze", "newscli.render", "newscli.cli"),
    "analyze": ("newscli.render", "newscli.cli"),
    "render": ("newscli.cli", "newscli.analyze", "newscli.clean", "newscli.ingest"),
}
RICH_ALLOWED = {"render/rich_view.py", "render/progress.py"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("stage", sorted(FORBIDDEN))
def test_stage_imports_no_later_stage(stage: str) -> None:
    wrong = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in _modules(stage)
        for name in _imports(path)
        if name.startswith(FORBIDDEN[stage])
    }
    assert not wrong


def test_only_two_renderers_import_rich() -> None:
    importers = {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if any(name == "rich" or name.startswith("rich.") for name in _imports(path))
    }
    assert importers == RICH_ALLOWED
