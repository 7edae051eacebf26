"""Texts of named open annotation sets, for the equivalence tests of speed rewrites.

The folders are named one by one so a test never reads a set that is still sealed.
"""

from __future__ import annotations

import re
from pathlib import Path

DATA = Path(__file__).parent / "data"

PERF_SETS = (
    "extraction",
    "extraction_holdout3",
    "extraction_holdout8",
    "extraction_holdout12",
    "extraction_holdout22",
    "extraction_holdout30",
)


def open_folders() -> list[Path]:
    """Every annotation folder without a ``SEALED`` marker (sealed sets are never listed)."""
    return [
        d for d in sorted(DATA.glob("extraction*")) if d.is_dir() and not (d / "SEALED").exists()
    ]


def open_texts(sets: tuple[str, ...] = PERF_SETS, per_set: int | None = None) -> list[str]:
    """Every article of the named sets (the first ``per_set`` of each, if given)."""
    out: list[str] = []
    for name in sets:
        paths = sorted((DATA / name).glob("*.txt"))[:per_set]
        out += [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    return out


def rough_sentences(texts: list[str]) -> list[str]:
    """Texts cut after every '.', '!' or '?' followed by space: many sentence-sized pieces."""
    return [p for text in texts for p in re.split(r"(?<=[.!?])\s+", text) if p.strip()]
