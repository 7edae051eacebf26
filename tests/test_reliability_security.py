"""Security: the token never reaches logs or replies; an anonymous group admin is nobody.

``briefbot run -v`` (INFO logging: httpx logs every request URL, and Bot API URLs hold
the token) runs as a subprocess against the fake; the test injects faults that make the
bot log errors and tracebacks, then greps everything it wrote and everything it sent.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from conftest import SEEDS_DIR
from fake_telegram import FakeTelegram
from fake_telegram.harness import BotProcess, RunningBot, query, settings_for

from bot.config import Settings
from bot.handlers import ANONYMOUS_ADMIN_ID
from bot.store import Store

ADMIN = 5001
USER = 6301
TIMEOUT = 20.0


def test_the_token_never_reaches_logs_or_replies(
    fake_telegram: FakeTelegram, seeded_db: Path, tmp_path: Path
) -> None:
    token = fake_telegram.token
    secret = token.split(":", 1)[1]
    log = tmp_path / "bot.log"
    env = {
        "BRIEFBOT_DB": str(seeded_db),
        "BRIEFBOT_ADMINS": str(ADMIN),
        "BRIEFBOT_SEEDS": str(SEEDS_DIR),
        "BRIEFBOT_DIGEST_INTERVAL": "0.25",
    }
    with BotProcess(fake_telegram, env, log, global_args=("-v",)):
        fake_telegram.fail_next("getUpdates", 502)
        fake_telegram.fail_next("getUpdates", "timeout", delay=0.1)
        fake_telegram.push_message(USER, USER, "/start")
        fake_telegram.wait_for(lambda: fake_telegram.messages(USER), timeout=TIMEOUT)
        # a reply that fails twice: the handler raises, the error handler logs a traceback
        fake_telegram.fail_next("sendMessage", 500, count=2, chat_id=USER)
        fake_telegram.push_message(USER, USER, "/status")
        fake_telegram.wait_for(
            lambda: len([c for c in fake_telegram.calls("sendMessage") if c.status == 500]) == 2,
            timeout=TIMEOUT,
        )
        # Telegram refusing to hand over an admin's file: the reason is shown to the admin
        fake_telegram.fail_next("getFile", 400)
        fake_telegram.push_document(ADMIN, ADMIN, "brief.txt", b"Some text. More text here.")
        fake_telegram.wait_for(lambda: fake_telegram.messages(ADMIN), timeout=TIMEOUT)
        fake_telegram.push_message(USER, USER, "/frobnicate")
        fake_telegram.wait_for(lambda: len(fake_telegram.messages(USER)) >= 2, timeout=TIMEOUT)
    output = log.read_text(errors="replace")
    assert "HTTP Request" in output and "Traceback" in output  # it did log, in detail
    assert "<redacted-token>" in output
    assert token not in output and secret not in output
    sent = [m.text or m.caption or "" for m in fake_telegram.all_messages()] + [
        str(c.params) for c in fake_telegram.calls() if c.method != "getUpdates"
    ]
    assert not [s for s in sent if secret in s]
    assert "Not stored" in fake_telegram.messages(ADMIN)[0].plain_text


@pytest.fixture
def settings(fake_telegram: FakeTelegram, seeded_db: Path) -> Settings:
    # even a misconfigured admin list naming the anonymous-admin bot grants it nothing
    return settings_for(fake_telegram, seeded_db, (ADMIN, ANONYMOUS_ADMIN_ID))


async def test_an_anonymous_group_admin_is_not_an_admin(
    fake_telegram: FakeTelegram, settings: Settings
) -> None:
    group = -100555
    text = "Anonymous admin's text\n\n" + "Officials met in Geneva on Tuesday. " * 5
    async with RunningBot(fake_telegram, settings, Store(settings.db_path)):
        for message in (f"/add {text}", "/delete 1", "/stats"):
            fake_telegram.push_message(group, ANONYMOUS_ADMIN_ID, message, chat_type="group")
        fake_telegram.push_document(
            group, ANONYMOUS_ADMIN_ID, "a.txt", text.encode(), chat_type="group"
        )
        await fake_telegram.wait_for_async(
            lambda: len(fake_telegram.messages(group)) >= 3, timeout=TIMEOUT
        )
        await asyncio.sleep(1.0)
    replies = [m.plain_text for m in fake_telegram.messages(group)]
    assert len(replies) == 3 and all("only this bot's admins" in r for r in replies), replies
    assert query(settings.db_path, "SELECT count(*) FROM documents") == [(9,)]
    assert fake_telegram.calls("getFile") == []
