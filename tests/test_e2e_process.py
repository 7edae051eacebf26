"""End to end as deployed: ``briefbot run`` in a subprocess (``python -m bot run``), its
environment pointing at the fake Bot API server, a real SQLite file shared across restarts.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import REPO_ROOT, SEEDS_DIR
from fake_telegram import FakeTelegram, SentMessage
from fake_telegram.harness import BotProcess, query

ADMIN = 5001
USER = 6002
TIMEOUT = 20.0


@pytest.fixture
def env(seeded_db: Path) -> dict[str, str]:
    return {
        "BRIEFBOT_DB": str(seeded_db),
        "BRIEFBOT_ADMINS": str(ADMIN),
        "BRIEFBOT_SEEDS": str(SEEDS_DIR),
        "BRIEFBOT_TZ": "UTC",
        "BRIEFBOT_DIGEST_INTERVAL": "0.25",
    }


@pytest.fixture(autouse=True)
def telegram_accepted_everything(fake_telegram: FakeTelegram):
    yield
    refused = [
        c
        for c in fake_telegram.calls()
        if c.status in (400, 404) and "not modified" not in (c.description or "")
    ]
    assert not refused, "Telegram refused: " + "; ".join(
        f"{c.method} {c.status} {c.description}" for c in refused
    )


def text_of(messages: list[SentMessage]) -> str:
    return "\n".join(m.plain_text or "" for m in messages)


def ask(fake: FakeTelegram, chat: int, text: str) -> str:
    return text_of(fake.ask(chat, chat, text, timeout=TIMEOUT))


def upload(fake: FakeTelegram, user: int, filename: str, data: bytes) -> str:
    before = len(fake.messages(user))
    fake.push_document(user, user, filename, data)
    fake.wait_for(lambda: len(fake.messages(user)) > before, timeout=TIMEOUT)
    fake.wait_idle(user, quiet=0.3, timeout=TIMEOUT)
    return text_of(fake.messages(user)[before:])


def documents(db: Path) -> int:
    return query(db, "SELECT count(*) FROM documents")[0][0]


def digests(fake: FakeTelegram, chat: int) -> list[SentMessage]:
    return [m for m in fake.messages(chat) if (m.plain_text or "").startswith("Briefbot digest")]


def digest_text(fake: FakeTelegram, chat: int) -> str:
    """Every part of the chat's digest(s): a long digest arrives as several messages."""
    sent = fake.messages(chat)
    start = next((i for i, m in enumerate(sent) if m in digests(fake, chat)), len(sent))
    return "\n".join(m.plain_text or "" for m in sent[start:])


def test_run_without_token_exits_2(tmp_path: Path) -> None:
    environ = {**os.environ, "TELEGRAM_BOT_TOKEN": "", "BRIEFBOT_DB": str(tmp_path / "x.db")}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        env=environ, capture_output=True, text=True, timeout=30, cwd=REPO_ROOT,
    )  # fmt: skip
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in result.stderr


def test_briefbot_run_serves_commands_and_uploads(
    fake_telegram: FakeTelegram, env: dict[str, str], tmp_path: Path
) -> None:
    db = Path(env["BRIEFBOT_DB"])
    with BotProcess(fake_telegram, env, tmp_path / "bot.log") as bot:
        assert "Hello" in ask(fake_telegram, USER, "/start")
        assert "/subscribe" in ask(fake_telegram, USER, "/help")
        assert "Sudan" in ask(fake_telegram, USER + 1, "/doc 3")
        article = (
            "Coast guards agree on joint drills\n\nMANILA, April 9, 2026 — The coast guards of "
            "the two countries agreed on Wednesday to hold joint search and rescue drills twice "
            "a year. Officials said the first exercise would take place in the Sulu Sea. The "
            "plan also covers information sharing on illegal fishing and smuggling routes."
        ).encode()
        refused = upload(fake_telegram, USER, "drills.txt", article)
        assert "only this bot's admins" in refused
        assert documents(db) == 9 and fake_telegram.downloads == []
        stored = upload(fake_telegram, ADMIN, "drills.txt", article)
        assert "Stored as #10" in stored, stored
        assert query(db, "SELECT filename, added_by FROM documents WHERE id = 10") == [
            ("drills.txt", str(ADMIN))
        ]
        assert "duplicate of #10" in upload(fake_telegram, ADMIN, "again.txt", article)
        assert "/help" in ask(fake_telegram, USER, "/nonsense")
        status = bot.stop(signal.SIGINT)
    assert status == 0, bot.output()
    assert fake_telegram.token not in bot.output()
    assert fake_telegram.token.split(":", 1)[1] not in bot.output()


def test_subscribe_restart_digest_delivered_once(
    fake_telegram: FakeTelegram, env: dict[str, str], tmp_path: Path
) -> None:
    db = Path(env["BRIEFBOT_DB"])
    now = datetime.now(UTC)
    if now.strftime("%H:%M") == "23:59":  # stay on one calendar day
        time.sleep(61 - now.second)
        now = datetime.now(UTC)
    minute = now.strftime("%H:%M")
    log = tmp_path / "bot.log"
    with BotProcess(fake_telegram, env, log) as first:
        assert minute in ask(fake_telegram, USER, f"/subscribe {minute} UTC")
        assert "Stored as #10" in ask(fake_telegram, ADMIN, "/add " + ARTICLE)
        assert first.stop() == 0, first.output()
    # Subscribing at HH:MM for HH:MM starts tomorrow (by design), so pretend the
    # subscription was made yesterday: today's digest is then owed right now.
    yesterday = (now - timedelta(days=1)).replace(microsecond=0).isoformat()
    with_conn = __import__("sqlite3").connect(db)
    with with_conn:
        with_conn.execute(
            "UPDATE subscriptions SET created_at = ? WHERE chat_id = ?", (yesterday, USER)
        )
    with_conn.close()

    with BotProcess(fake_telegram, env, log) as second:
        fake_telegram.wait_for(lambda: "#10" in digest_text(fake_telegram, USER), timeout=TIMEOUT)
        assert len(digests(fake_telegram, USER)) == 1
        assert "Joint patrol" in digest_text(fake_telegram, USER)
        time.sleep(1.0)  # several ticks: no second digest
        assert second.stop() == 0, second.output()
    assert len(digests(fake_telegram, USER)) == 1
    assert query(db, "SELECT last_sent_at IS NOT NULL FROM subscriptions") == [(1,)]

    with BotProcess(fake_telegram, env, log) as third:  # a restart the same day sends nothing
        time.sleep(1.0)
        assert third.stop() == 0, third.output()
    assert len(digests(fake_telegram, USER)) == 1


ARTICLE = (
    "Joint patrol agreement for the Gulf of Fonseca\n\n"
    "SAN SALVADOR, May 2, 2026 — Naval officers from three neighbouring countries met on "
    "Friday to plan joint patrols in the Gulf of Fonseca. The officers discussed radio "
    "procedures, fuel logistics and shared maps of fishing grounds. A follow-up meeting is "
    "planned in Tegucigalpa next month to settle the rotation of patrol boats."
)
