"""Concurrency through the real ``Application`` (8 updates at a time) against the fake.

Two admins sending the same file at the same moment get one document, and both replies
name it. Twenty commands arriving while a large upload is ingested and another process
holds the database's write lock are all answered — never "database is locked".
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from fake_telegram import FakeTelegram
from fake_telegram.harness import RunningBot, query, settings_for

from bot.config import Settings
from bot.store import Store

ADMINS = (5001, 5002)
WAIT = 30.0


@pytest.fixture
def settings(fake_telegram: FakeTelegram, seeded_db: Path) -> Settings:
    return settings_for(fake_telegram, seeded_db, ADMINS)


def article(tag: str, sentences: int = 6) -> str:
    body = " ".join(
        f"Ministers of the {tag} partnership met for round {n} on Tuesday to review port "
        f"security, customs data sharing and coast guard training in the region."
        for n in range(1, sentences + 1)
    )
    return f"Partnership {tag} reviews port security\n\nLISBON, April 2, 2026 — {body}"


def documents(db: Path) -> int:
    return query(db, "SELECT count(*) FROM documents")[0][0]


async def test_two_admins_upload_the_same_file_at_once_one_document(
    fake_telegram: FakeTelegram, settings: Settings
) -> None:
    data = article("twin").encode()
    before = documents(settings.db_path)
    async with RunningBot(fake_telegram, settings, Store(settings.db_path)) as app:
        ingestor = app.bot_data["services"].ingestor
        analyze = ingestor.analyzer
        both_checked = threading.Barrier(2, timeout=WAIT)

        def analyze_together(parsed):  # both uploads are past the duplicate check
            both_checked.wait()
            return analyze(parsed)

        ingestor.analyzer = analyze_together
        for admin in ADMINS:
            fake_telegram.push_document(admin, admin, f"brief-{admin}.txt", data)
        for admin in ADMINS:
            await fake_telegram.wait_for_async(
                lambda a=admin: fake_telegram.messages(a), timeout=WAIT, message=f"reply {admin}"
            )
        await asyncio.sleep(0.3)
    replies = [" ".join(m.plain_text for m in fake_telegram.messages(a)) for a in ADMINS]
    assert documents(settings.db_path) == before + 1
    new_id = before + 1
    assert sum(f"Stored as #{new_id}" in r for r in replies) == 1, replies
    assert sum(f"duplicate of #{new_id}" in r for r in replies) == 1, replies
    assert not any("Sorry" in r for r in replies), replies


def hold_write_lock(db: Path, seconds: float, started: threading.Event) -> None:
    """Another process's long write transaction (e.g. ``briefbot ingest`` of a batch)."""
    conn = sqlite3.connect(db, isolation_level=None, timeout=10)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE subscriptions SET user_id = user_id")
        started.set()
        time.sleep(seconds)
        conn.execute("COMMIT")
    finally:
        conn.close()


async def test_twenty_commands_during_a_large_ingest_are_all_answered(
    fake_telegram: FakeTelegram, settings: Settings
) -> None:
    db = settings.db_path
    big = "\n\n".join(article(f"bulk {n}", 8) for n in range(400)).encode()  # ~0.3 MB
    commands = [
        *(f"/subscribe 0{n % 10}:{n:02d} UTC" for n in range(8)),
        "/doc 1", "/doc 3", "/search famine", "/search safe third country", "/aid Sudan",
        "/designations", "/agreements Ecuador", "/summary 2", "/status", "/docs", "/start",
        "/unsubscribe",
    ]  # fmt: skip
    assert len(commands) == 20
    users = range(9100, 9120)
    async with RunningBot(fake_telegram, settings, Store(settings.db_path)):
        fake_telegram.push_document(ADMINS[0], ADMINS[0], "bulk.txt", big)
        await fake_telegram.wait_for_async(
            lambda: (ADMINS[0], "typing") in fake_telegram.chat_actions,
            timeout=WAIT,
            message="the large ingest under way",
        )
        locked = threading.Event()
        holder = threading.Thread(target=hold_write_lock, args=(db, 2.0, locked))
        holder.start()
        try:
            assert await asyncio.to_thread(locked.wait, 10)
            for user, command in zip(users, commands, strict=True):
                fake_telegram.push_message(user, user, command)
            for user in users:
                await fake_telegram.wait_for_async(
                    lambda u=user: fake_telegram.messages(u),
                    timeout=WAIT,
                    message=f"a reply in {user}",
                )
            await fake_telegram.wait_for_async(
                lambda: fake_telegram.messages(ADMINS[0]), timeout=WAIT, message="bulk stored"
            )
        finally:
            await asyncio.to_thread(holder.join, 15)
        await asyncio.sleep(0.3)
    answers = {u: " ".join(m.plain_text for m in fake_telegram.messages(u)) for u in users}
    for user, command in zip(users, commands, strict=True):
        assert answers[user].strip(), command
        assert "Sorry" not in answers[user] and "locked" not in answers[user], (command, answers)
    assert "Stored as #10" in fake_telegram.messages(ADMINS[0])[-1].plain_text
    assert query(db, "SELECT count(*) FROM subscriptions")[0][0] == 8
    assert query(db, "PRAGMA integrity_check") == [("ok",)]


def test_two_threads_storing_the_same_document_never_fail(tmp_path: Path) -> None:
    """The store alone, 20 rounds of two threads racing to insert the same text."""
    from bot.store import NewDocument
    from summarizer.records import Records

    store = Store(tmp_path / "race.db")
    for round_number in range(20):
        start = threading.Barrier(2, timeout=10)
        results: list[object] = []

        def insert(
            number: int = round_number,
            start: threading.Barrier = start,
            results: list[object] = results,
        ) -> None:
            doc = NewDocument(title="t", text="word " * 20_000, sha256=f"{number:064d}")
            start.wait()
            try:
                results.append(store.add_document(doc, ["s"], Records()))
            except sqlite3.Error as exc:
                results.append(exc)

        threads = [threading.Thread(target=insert) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(15)
        assert sorted(results, key=str) == [(round_number + 1, False), (round_number + 1, True)]
    assert store.count_documents() == 20
