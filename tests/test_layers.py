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


def test_an_english_brief_leaves_the_de_fr_es_grammar_unloaded() -> None:
    """The German, French and Spanish grammar costs start-up time: only their articles load it."""
    import subprocess
    import sys

    script = (
        "import sys, newscli\n"
        "newscli.brief('Ada Vik said the ferry would run. \"It is late,\" she said.')\n"
        "english = 'newscli.analyze.grammar_de_fr_es' in sys.modules\n"
        "newscli.brief('Die Stadt baut. \u201eWir bauen\u201c, sagte Ada Vik.', "
        "options=newscli.Options(language='de'))\n"
        "print(english, 'newscli.analyze.grammar_de_fr_es' in sys.modules)\n"
    )
    env_path = str(PACKAGE.parent)
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": env_path, "PATH": ""},
    )
    assert done.stdout.split() == ["False", "True"]
