"""The ``briefbot`` CLI as a user runs it: a real subprocess on a real database file."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.docfactory import ARTICLE, PNG_BYTES

REPO = Path(__file__).resolve().parent.parent


def briefbot(*args: str, db: Path, seeds: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "BRIEFBOT_SEEDS": seeds, "TELEGRAM_BOT_TOKEN": "", **env}
    return subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), *args],
        capture_output=True, text=True, env=environ, timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture
def db(tmp_path):
    return tmp_path / "cli.db"


def test_ingest_reports_each_file_and_fails_with_status_1_but_keeps_good_ones(tmp_path, db):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "photo.txt").write_bytes(PNG_BYTES)
    (folder / "empty.md").write_text("", encoding="utf-8")
    result = briefbot("ingest", str(folder), str(tmp_path / "missing.txt"), db=db)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("added") and "good.txt" in line for line in lines)
    assert any("photo.txt" in line and "PNG image" in line for line in lines)
    assert any("empty.md" in line and "empty" in line for line in lines)
    assert any("missing.txt" in line and "no such file" in line for line in lines)
    listing = briefbot("docs", db=db)
    assert "Japan pledges coast guard loan" in listing.stdout


def test_ingest_twice_says_exists_and_exits_0(tmp_path, db):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert briefbot("ingest", str(path), db=db).returncode == 0
    again = briefbot("ingest", str(path), db=db)
    assert again.returncode == 0
    assert again.stdout.startswith("exists")


def test_docs_on_first_start_loads_the_seeds(db):
    result = briefbot("docs", db=db, seeds=str(REPO / "seeds"))
    assert result.returncode == 0, result.stderr
    assert "Los Lobos and Los Choneros" in result.stdout


def test_show_prints_summary_and_unknown_id_fails(db):
    briefbot("docs", db=db, seeds=str(REPO / "seeds"))
    shown = briefbot("show", "1", db=db)
    assert shown.returncode == 0
    assert "Summary:" in shown.stdout and "2025-09-04" in shown.stdout
    missing = briefbot("show", "9999", db=db)
    assert missing.returncode == 1
    assert "no document #9999" in missing.stderr


def test_export_json_and_csv(tmp_path, db):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    briefbot("ingest", str(path), db=db)
    as_json = json.loads(briefbot("export", "documents", "--format", "json", db=db).stdout)
    assert as_json[0]["title"] == "Japan pledges coast guard loan to the Philippines"
    as_csv = list(
        csv.DictReader(
            io.StringIO(briefbot("export", "documents", "--format", "csv", db=db).stdout)
        )
    )
    assert as_csv[0]["id"] == "1"


def test_bad_table_is_a_usage_error(db):
    result = briefbot("export", "sqlite_master", db=db)
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_bad_admin_setting_is_a_clear_error(db):
    result = briefbot("docs", db=db, BRIEFBOT_ADMINS="@alice")
    assert result.returncode == 2
    assert "numeric Telegram user ids" in result.stderr


def test_reextract_refreshes_stale_records_and_reports_counts(db):
    assert briefbot("docs", db=db, seeds=str(REPO / "seeds")).returncode == 0
    with sqlite3.connect(db) as conn:
        fresh = conn.execute("SELECT count(*) FROM aid WHERE document_id = 1").fetchone()[0]
        conn.execute("DELETE FROM aid WHERE document_id = 1")  # records of an older extractor
    assert fresh > 0
    result = briefbot("reextract", db=db)
    assert result.returncode == 0, result.stderr
    assert f"aid 0→{fresh}" in result.stdout
    assert "Re-extracted 9 of 9 document(s)" in result.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM aid WHERE document_id = 1").fetchone()[0] == fresh
    again = briefbot("reextract", "1", db=db)
    assert again.returncode == 0
    assert "(0 with different counts)" in again.stdout


def test_reextract_unknown_document_fails_with_a_clear_line(db):
    assert briefbot("docs", db=db, seeds=str(REPO / "seeds")).returncode == 0
    result = briefbot("reextract", "4242", db=db)
    assert result.returncode == 1
    assert "failed  #4242: no such document" in result.stdout
