"""``briefbot chat`` / ``briefbot ask`` / ``briefbot run`` as a user types them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.docfactory import ARTICLE


def briefbot(db: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:  # fmt: skip
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "BRIEFBOT_"))
    }
    environment.update({"BRIEFBOT_SEEDS": "", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def test_ask_prints_the_reply_as_plain_text(seeded_db: Path) -> None:
    result = briefbot(seeded_db, "ask", "/aid Ecuador")
    assert result.returncode == 0, result.stderr
    assert "Aid — Ecuador" in result.stdout and "<b>" not in result.stdout
    assert "#1" in result.stdout


def test_chat_session_with_an_upload(seeded_db: Path, tmp_path: Path) -> None:
    note = tmp_path / "note.md"
    note.write_text(ARTICLE)
    session = (
        f"/docs\n/press 2\n/upload {note}\n/doc 10\n/upload {tmp_path / 'missing.txt'}\n/quit\n"
    )
    result = briefbot(seeded_db, "chat", stdin=session)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Documents (9) — page 1 of 2" in out and "(edited)" in out and "page 2 of 2" in out
    assert "Stored as #10" in out and "#10 Japan pledges coast guard loan" in out
    assert "console: no such file" in out


def test_bare_briefbot_without_a_token_opens_the_console(seeded_db: Path) -> None:
    result = briefbot(seeded_db, stdin="/status\n")
    assert result.returncode == 0, result.stderr
    assert "Briefbot console" in result.stdout and "Documents: 9" in result.stdout


def test_run_without_a_token_explains_and_exits_2(tmp_path: Path) -> None:
    result = briefbot(tmp_path / "none.db", "run")
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN is not set" in result.stderr
    assert not (tmp_path / "none.db").exists()
