"""SIGKILL in the middle of a batch ingest loses nothing and leaves no partial document."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bot.formats import parse_plain_text
from bot.ingest import analyze

DONORS = ["Japan", "Germany", "Canada", "Norway", "Australia"]
RECIPIENTS = ["Kenya", "Ecuador", "Jordan", "Moldova", "Peru", "Ghana", "Nepal"]


def write_batch(folder: Path, count: int) -> None:
    folder.mkdir()
    for i in range(count):
        donor, recipient = DONORS[i % len(DONORS)], RECIPIENTS[i % len(RECIPIENTS)]
        (folder / f"doc{i:04d}.txt").write_text(
            f"{donor} pledges support to {recipient} (bulletin {i})\n\n"
            f"{donor} will provide ${i + 1} million to {recipient} to rebuild clinics, officials said "
            f"on Monday in bulletin number {i}. The grant was announced after talks in the capital. "
            f"Both governments said a memorandum of understanding on health cooperation was signed. "
            f"Critics said the sum was small compared with the need.",
            encoding="utf-8",
        )


def test_sigkill_mid_batch_leaves_only_whole_documents_and_rerun_completes(tmp_path):
    folder, db = tmp_path / "batch", tmp_path / "crash.db"
    write_batch(folder, 500)
    env = {**os.environ, "BRIEFBOT_SEEDS": "", "TELEGRAM_BOT_TOKEN": ""}
    command = [sys.executable, "-m", "bot", "--db", str(db), "ingest", str(folder), "--no-progress"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    seen, deadline = 0, time.monotonic() + 60
    while seen < 40 and time.monotonic() < deadline:  # let it get well into the batch
        if proc.stdout.readline().startswith("added"):
            seen += 1
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert seen >= 40, "ingest never got going"

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = conn.execute("SELECT id, text, summary FROM documents").fetchall()
    assert 40 <= len(stored) < 500, "the kill should land mid-batch"
    for doc_id, text, summary in stored:
        assert summary, f"document #{doc_id} has no summary"
        expected = analyze(parse_plain_text(text)).records
        for table, items in (("aid", expected.aid), ("agreements", expected.agreements)):
            count = conn.execute(
                f"SELECT count(*) FROM {table} WHERE document_id = ?", [doc_id]
            ).fetchone()[0]
            assert count == len(items), f"document #{doc_id} lost {table} records"
    conn.close()

    rerun = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=300, check=False
    )
    assert rerun.returncode == 0, rerun.stdout[-2000:]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone() == (
        500,
        500,
    )
    assert (
        conn.execute(
            "SELECT count(*) FROM documents WHERE summary IS NULL OR summary = ''"
        ).fetchone()[0]
        == 0
    )
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
