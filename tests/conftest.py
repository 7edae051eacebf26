"""Shared fixtures: the fake Telegram server and seeded temporary databases."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
if str(TESTS_DIR) not in sys.path:  # make ``fake_telegram`` importable in every mode
    sys.path.insert(0, str(TESTS_DIR))

from fake_telegram import FakeTelegram  # noqa: E402

REPO_ROOT = TESTS_DIR.parent
SEEDS_DIR = REPO_ROOT / "seeds"


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegram]:
    """A running fake Bot API server on 127.0.0.1 (stopped after the test)."""
    with FakeTelegram() as fake:
        yield fake


@pytest.fixture(scope="session")
def seeded_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the seed documents, built once per session."""
    from bot.config import Settings
    from bot.ingest import Ingestor, load_seeds
    from bot.store import Store

    path = tmp_path_factory.mktemp("seeded") / "template.db"
    settings = Settings(db_path=path, seeds_dir=SEEDS_DIR)
    store = Store(path)
    try:
        results = load_seeds(Ingestor(store, settings.max_bytes), SEEDS_DIR)
        assert results, "the seed documents were not loaded"
    finally:
        store.close()
    with sqlite3.connect(path) as conn:  # fold the WAL into the main file so a copy is whole
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def seeded_db(seeded_db_template: Path, tmp_path: Path) -> Path:
    """A private copy of the seeded database for one test."""
    path = tmp_path / "briefbot.db"
    shutil.copyfile(seeded_db_template, path)
    path.chmod(0o600)
    return path
