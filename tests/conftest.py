"""Shared fixtures: sample paths and a CLI runner that never sees the user's terminal or config."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "khamenei-rejects-us-negotiation.txt"


PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
TEST_RUN_VARIABLES = ("NEWSCLI_CORPORA", "NEWSCLI_UPDATE_GOLDEN")
"""NEWSCLI_* variables that steer the test run, not newscli: kept."""


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Terminal width, colour and column settings of the developer's shell must not leak in, nor
    their settings file, NEWSCLI_* variables, proxies or HTTP cache."""
    for name in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "TERM", "CLICOLOR_FORCE"):
        monkeypatch.delenv(name, raising=False)
    for name in list(os.environ):
        if name.startswith("NEWSCLI_") and name not in TEST_RUN_VARIABLES:
            monkeypatch.delenv(name)
        if name.lower() in PROXY_VARIABLES:
            monkeypatch.delenv(name)
    monkeypatch.delenv("REQUEST_METHOD", raising=False)
    monkeypatch.setenv("NEWSCLI_CONFIG", str(tmp_path / "no-such-config.toml"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    yield
    from newscli.ingest import politeness, robots

    robots.forget()
    politeness.install(None)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
