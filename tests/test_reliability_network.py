"""Network faults against the real ``Application`` polling the fake Bot API over HTTP.

A reply (or digest part) Telegram refuses with 400 "can't parse entities" is resent as
plain text and logged; getUpdates answered by a dropped connection or left hanging past
the client's read timeout does not stop the bot: it polls again by itself.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from pathlib import Path

import pytest
from fake_telegram import FakeTelegram
from fake_telegram.harness import FakeClock, RunningBot, query, settings_for

from bot import formatting as fmt
from bot.config import Settings
from bot.store import Store

USER = 6201
WAIT = 15.0
PARSE_ERROR = 'Bad Request: can\'t parse entities: Unsupported start tag "x" at byte offset 3'
PTB_READ_TIMEOUT = 5.0  # ApplicationBuilder's get_updates_read_timeout, added to the long poll


@pytest.fixture
def settings(fake_telegram: FakeTelegram, seeded_db: Path) -> Settings:
    return settings_for(fake_telegram, seeded_db, (5001,))


async def test_reply_refused_as_bad_html_is_resent_as_plain_text_and_logged(
    fake_telegram: FakeTelegram, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot")
    async with RunningBot(fake_telegram, settings, Store(settings.db_path)):
        fake_telegram.fail_next("sendMessage", 400, chat_id=USER, description=PARSE_ERROR)
        [answer] = await fake_telegram.ask_async(USER, USER, "/help", timeout=WAIT, quiet=0.5)
        # the same request, answered normally, for comparison
        [html_answer] = await fake_telegram.ask_async(
            USER + 1, USER + 1, "/help", timeout=WAIT, quiet=0.5
        )
    refused = [c for c in fake_telegram.calls("sendMessage") if c.status == 400]
    assert len(refused) == 1 and "can't parse entities" in refused[0].description
    assert answer.parse_mode is None and html_answer.parse_mode == "HTML"
    assert answer.text == fmt.html_to_text(html_answer.text)  # the same words, no markup
    assert "/summary" in answer.text and "<b>" not in answer.text
    logged = [r for r in caplog.records if "resending as plain text" in r.getMessage()]
    assert logged and "parse entities" in logged[0].getMessage()


async def test_digest_part_refused_as_bad_html_is_delivered_as_plain_text_once(
    fake_telegram: FakeTelegram, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot")
    clock = FakeClock()
    scheduled = (clock.now + timedelta(minutes=2)).replace(second=0)
    async with RunningBot(fake_telegram, settings, Store(settings.db_path), clock):
        await fake_telegram.ask_async(
            USER, USER, f"/subscribe {scheduled:%H:%M} UTC", timeout=WAIT, quiet=0.3
        )
        fake_telegram.fail_next("sendMessage", 400, chat_id=USER, description=PARSE_ERROR)
        clock.set(scheduled + timedelta(seconds=1))
        await fake_telegram.wait_for_async(
            lambda: len(fake_telegram.messages(USER)) >= 2, timeout=WAIT, message="the digest"
        )
        await asyncio.sleep(1.0)
    [_, digest] = fake_telegram.messages(USER)
    assert digest.parse_mode is None and digest.text.startswith("Briefbot digest")
    assert query(settings.db_path, "SELECT count(*) FROM subscriptions WHERE last_sent_at IS NOT NULL") == [(1,)]  # fmt: skip
    assert any("digest HTML rejected" in r.getMessage() for r in caplog.records)


async def test_polling_recovers_from_dropped_connections_and_read_timeouts(
    fake_telegram: FakeTelegram, settings: Settings
) -> None:
    poll = 1  # seconds of long polling: the client gives up after poll + 5 s

    def dropped() -> int:
        return sum(1 for c in fake_telegram.calls("getUpdates") if c.status == 0)

    async with RunningBot(fake_telegram, settings, Store(settings.db_path), poll_timeout=poll):
        # two connections in a row closed without an answer (a proxy resetting them) ...
        fake_telegram.fail_next("getUpdates", "timeout", count=2, delay=0.1)
        # ... then a getUpdates that hangs past the client's read timeout
        fake_telegram.fail_next("getUpdates", "timeout", delay=poll + PTB_READ_TIMEOUT + 1.0)
        fake_telegram.push_message(USER, USER, "/start")  # ends the poll already waiting
        await fake_telegram.wait_for_async(
            lambda: fake_telegram.messages(USER), timeout=WAIT, message="a reply to /start"
        )
        fake_telegram.push_message(USER, USER, "/status")
        await fake_telegram.wait_for_async(
            lambda: len(fake_telegram.messages(USER)) >= 2,
            timeout=poll + PTB_READ_TIMEOUT + WAIT,
            message="a reply after two resets and a read timeout",
        )
        # the hung request is logged when the fake gives up on it
        await fake_telegram.wait_for_async(lambda: dropped() == 3, timeout=WAIT)
    start, status = fake_telegram.messages(USER)
    assert "Hello" in start.plain_text and "Documents" in status.plain_text
    statuses = [c.status for c in fake_telegram.calls("getUpdates")]
    assert statuses.count(0) == 3 and statuses[-1] in (200, 409), statuses
