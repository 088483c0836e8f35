"""Where the shared corpora live: ``../shared/corpora`` beside the checkout, or NEWSCLI_CORPORA."""

from __future__ import annotations

import os
from pathlib import Path


def corpora_dir() -> Path | None:
    """The corpora folder, or None when it is absent (benchmarks then say so and stop)."""
    override = os.environ.get("NEWSCLI_CORPORA")
    path = (
        Path(override)
        if override
        else Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora"
    )
    return path.resolve() if path.is_dir() else None
