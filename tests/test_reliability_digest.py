"""Reliability of digests: an interrupted multi-part digest resumes where it stopped.

The real ``Application`` polls the fake Bot API; the fake fails the digest's second part
(HTTP 500, then a restart of the bot), and the test checks that every part reaches the
chat exactly once, in order, and that ``last_sent_at`` is recorded once, for the
scheduled minute — a restart at that minute neither skips nor doubles the digest.
"""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from pathlib import Path

import pytest
from fake_telegram import FakeTelegram
from fake_telegram.harness import FakeClock, RunningBot, query, settings_for

from bot import formatting as fmt
from bot.config import Settings
from bot.store import NewDocument, Store
from summarizer.records import Aid, Records

USER = 6101
WAIT = 15.0


@pytest.fixture
def settings(fake_telegram: FakeTelegram, tmp_path: Path) -> Settings:
    return settings_for(fake_telegram, tmp_path / "digest.db", (5001,), seeds_dir=None)


def add_long_documents(store: Store, count: int = 10) -> None:
    """Documents with long titles, summaries and many aid pledges: a digest of 3+ parts."""
    countries = ["Chad", "Niger", "Mali", "Sudan", "Haiti", "Yemen", "Somalia", "Kenya"]
    for n in range(count):
        title = f"Report {n}: " + " ".join(f"donor coordination item {k}" for k in range(12))
        text = f"{title}\n\n" + " ".join(
            f"Sentence {k} of report {n} describes pledges to {countries[k % 8]} in detail."
            for k in range(12)
        )
        aid = [
            Aid(
                f"Donor agency number {n}-{k} of the international consortium",
                f"{countries[k % 8]} regional emergency programme {n}-{k}",
                (n * 10 + k + 1) * 1e6,
                "USD",
                "humanitarian",
                None,
                "e",
            )
            for k in range(4)
        ]
        document = NewDocument(title=title, text=text, sha256=f"{n:064d}")
        store.add_document(document, [f"Summary of report {n}. " * 12], Records(aid=aid))


def digest_messages(fake: FakeTelegram) -> list[str]:
    """What the chat received after the /subscribe reply."""
    return [(m.plain_text or "").strip() for m in fake.messages(USER)][1:]


async def test_interrupted_digest_resumes_without_resending_delivered_parts(
    fake_telegram: FakeTelegram, settings: Settings
) -> None:
    clock = FakeClock()
    scheduled = (clock.now + timedelta(minutes=2)).replace(second=0)
    at = scheduled.strftime("%H:%M")
    async with RunningBot(fake_telegram, settings, Store(settings.db_path), clock) as app:
        reply = await fake_telegram.ask_async(USER, USER, f"/subscribe {at} UTC", timeout=WAIT)
        assert "Subscribed" in reply[0].plain_text
        await asyncio.to_thread(add_long_documents, app.bot_data["services"].store)
        # part 1 goes through, part 2 fails (500) for as long as this bot runs
        fake_telegram.fail_next("sendMessage", 500, count=10_000, chat_id=USER, skip=1)
        clock.set(scheduled + timedelta(seconds=3))
        await fake_telegram.wait_for_async(
            lambda: [c for c in fake_telegram.calls("sendMessage") if c.status == 500],
            timeout=WAIT,
            message="the second part refused",
        )
        await asyncio.sleep(0.6)  # a couple more ticks: still only part 1 delivered
    first_part = digest_messages(fake_telegram)
    assert len(first_part) == 1 and first_part[0].startswith("Briefbot digest")
    assert query(settings.db_path, "SELECT last_sent_at FROM subscriptions") == [(None,)]
    progress = query(settings.db_path, "SELECT parts, delivered, sent_at FROM digest_progress")

    # the network heals; the bot restarts within the scheduled minute and resumes
    fake_telegram.clear_faults()
    clock.set(scheduled + timedelta(seconds=20))
    async with RunningBot(fake_telegram, settings, Store(settings.db_path), clock):
        await fake_telegram.wait_for_async(
            lambda: "Open a document with /doc" in "".join(digest_messages(fake_telegram)),
            timeout=WAIT,
            message="the rest of the digest",
        )
        await asyncio.sleep(1.0)  # several ticks: nothing more is sent
    received = digest_messages(fake_telegram)
    assert received.count(first_part[0]) == 1, "a delivered part was sent again"
    assert len(set(received)) == len(received) >= 3, "parts repeated or too few"

    # what was stored before the restart: the parts, one of them delivered
    [(parts_json, delivered, sent_at)] = progress
    parts = json.loads(parts_json)
    assert delivered == 1 and sent_at.startswith(scheduled.strftime("%Y-%m-%dT%H:%M"))
    expected = [fmt.html_to_text(part).strip() for part in parts]
    assert received == expected  # each part exactly once, in order
    assert query(settings.db_path, "SELECT count(*) FROM digest_progress") == [(0,)]
    assert query(settings.db_path, "SELECT last_sent_at FROM subscriptions") == [(sent_at,)]

    # another restart in the same minute sends nothing again
    async with RunningBot(fake_telegram, settings, Store(settings.db_path), clock):
        await asyncio.sleep(1.0)
    assert digest_messages(fake_telegram) == expected
    failed = [c for c in fake_telegram.calls("sendMessage") if c.status == 500]
    assert failed, "the fault was injected"


def test_digest_progress_goes_with_its_subscription(tmp_path: Path) -> None:
    store = Store(tmp_path / "p.db")
    store.upsert_subscription(1, 1, "08:00", "UTC", "2026-03-01T00:00:00+00:00")
    store.begin_digest(1, "2026-03-02T08:00:00+00:00", ["<b>one</b>", "two"])
    store.begin_digest(2, "2026-03-02T08:00:00+00:00", ["no subscription, no progress"])
    store.mark_digest_part_delivered(1, 1)
    assert store.get_digest_progress(1) == {
        "sent_at": "2026-03-02T08:00:00+00:00", "parts": ["<b>one</b>", "two"], "delivered": 1,
    }  # fmt: skip
    assert store.get_digest_progress(2) is None
    store.delete_subscription(1)  # a chat that blocked the bot
    assert store.get_digest_progress(1) is None
