"""End to end: the real ``Application`` from ``bot.app``, polling the fake Bot API over HTTP.

Each test runs the bot in its own event loop exactly as ``run_polling`` would (initialize,
post_init, start_polling, start, then the reverse) on a private copy of a seeded SQLite
file, and talks to it only through the fake server: users push updates, the test reads
what the bot sent. The fake validates like Telegram (HTML entities, 4,096 characters,
inline keyboards, rate limits), and a fixture fails any test in which the bot had a
message refused.
"""

from __future__ import annotations

import asyncio
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from docfactory import docx_bytes, pdf_bytes
from fake_telegram import FakeTelegram, SentMessage
from fake_telegram.harness import FakeClock, RunningBot, query, settings_for

from bot.config import Settings
from bot.store import Store

ADMIN = 5001
USER = 6002
HANDLERS_TIMEOUT = 15.0
PUBLIC_COMMANDS = (
    "start", "help", "summary", "aid", "designations", "agreements", "search", "docs", "doc",
    "subscribe", "unsubscribe", "status",
)  # fmt: skip
ADMIN_COMMANDS = ("add", "delete", "stats")


def article(tag: str, sentences: int = 4) -> str:
    """A unique, ingestible article (distinct text → distinct SHA-256)."""
    body = " ".join(
        f"Delegates from the {tag} working group met for session number {n} on Tuesday to "
        f"review border monitoring, customs data sharing and coast guard training plans."
        for n in range(1, sentences + 1)
    )
    return f"Working group {tag} reviews border monitoring\n\nGENEVA, March 3, 2026 — {body}"


def aid_article(tag: str, count: int) -> str:
    """An article with ``count`` distinct aid pledges, for long replies."""
    donors = ["Japan", "Norway", "Germany", "Canada", "Sweden", "Denmark", "Australia", "France"]
    recipients = [
        "Chad", "Niger", "Mali", "Sudan", "Haiti", "Yemen", "Somalia", "Ethiopia", "Kenya",
        "Uganda", "Malawi", "Zambia", "Nepal", "Bolivia", "Peru", "Ecuador", "Honduras",
        "Guatemala", "Jordan", "Lebanon", "Tunisia", "Senegal", "Ghana", "Liberia", "Benin",
        "Togo", "Rwanda", "Burundi", "Mozambique", "Madagascar", "Cambodia", "Laos",
    ]  # fmt: skip
    lines = [f"Donor round {tag} announces new humanitarian pledges", ""]
    lines.append("ROME, May 5, 2026 — Donors announced new humanitarian pledges on Monday.")
    for n in range(count):
        donor, recipient = donors[n % len(donors)], recipients[n % len(recipients)]
        lines.append(
            f"{donor} pledged ${10 + n} million in humanitarian aid to {recipient} for food "
            f"security, clean water and emergency shelter in drought-affected districts."
        )
    return "\n".join(lines)


def texts(messages: list[SentMessage]) -> str:
    return "\n".join(m.plain_text or "" for m in messages)


def count_documents(db: Path) -> int:
    return query(db, "SELECT count(*) FROM documents")[0][0]


@pytest.fixture
def settings(fake_telegram: FakeTelegram, seeded_db: Path) -> Settings:
    return settings_for(fake_telegram, seeded_db, (ADMIN,))


@pytest.fixture(autouse=True)
def telegram_accepted_everything(fake_telegram: FakeTelegram):
    """After each test: the bot never had a message refused for its format or size, and
    never called a method the fake does not know (Telegram would have answered 404)."""
    yield
    refused = [
        c
        for c in fake_telegram.calls()
        if c.status in (400, 404)
        and c.method not in ("answerCallbackQuery",)
        and "not modified" not in (c.description or "")
    ]
    assert not refused, "Telegram refused: " + "; ".join(
        f"{c.method} {c.status} {c.description}" for c in refused
    )


@pytest.fixture
async def bot(fake_telegram: FakeTelegram, settings: Settings):
    store = Store(settings.db_path)
    try:
        async with RunningBot(fake_telegram, settings, store) as app:
            yield app
    finally:
        store.close()


async def ask(fake: FakeTelegram, chat: int, text: str, **kwargs) -> str:
    """Send ``text`` from user ``chat`` (a private chat) and return the reply's text."""
    kwargs.setdefault("timeout", HANDLERS_TIMEOUT)
    return texts(await fake.ask_async(chat, chat, text, **kwargs))


# --- commands ---------------------------------------------------------------------------------


async def test_command_menus_are_registered(bot, fake_telegram: FakeTelegram) -> None:
    public = [c["command"] for c in fake_telegram.commands()]
    assert set(PUBLIC_COMMANDS) <= set(public)
    assert not set(ADMIN_COMMANDS) & set(public)
    scopes = fake_telegram.all_command_scopes()
    admin_menu = [c["command"] for c in scopes.get((f"chat:chat_id={ADMIN}", ""), [])]
    # Telegram answers "chat not found" until the admin has talked to the bot; a menu set
    # later (or a retry) is fine, but once the admin is known it must carry admin commands.
    if admin_menu:
        assert set(ADMIN_COMMANDS) <= set(admin_menu)


async def test_start_help_and_unknown(bot, fake_telegram: FakeTelegram) -> None:
    start = await ask(fake_telegram, USER, "/start")
    assert "Hello" in start and "/help" in start
    help_text = await ask(fake_telegram, USER, "/help")
    for command in PUBLIC_COMMANDS:
        assert f"/{command}" in help_text, command
    assert "/stats" not in help_text
    admin_help = await ask(fake_telegram, ADMIN, "/help")
    for command in ADMIN_COMMANDS:
        assert f"/{command}" in admin_help, command
    unknown = await ask(fake_telegram, USER + 1, "/frobnicate now")
    assert "/frobnicate" in unknown and "/help" in unknown


async def test_reading_commands_cite_documents(bot, fake_telegram: FakeTelegram) -> None:
    chats = iter(range(7000, 7100))
    replies = {}
    for command in (
        "/summary", "/summary today", "/summary 3", "/summary famine", "/aid", "/aid Sudan",
        "/designations", "/designations Los Lobos", "/agreements", "/agreements Ecuador",
        "/search famine", "/search", "/doc 3", "/doc 999", "/doc abc",
    ):  # fmt: skip
        replies[command] = await ask(fake_telegram, next(chats), command)
        assert replies[command].strip(), command
    cited = re.compile(r"#\d+")
    for command in ("/summary", "/summary today", "/summary famine", "/search famine"):
        assert cited.search(replies[command]), (command, replies[command])
    assert "Sudan" in replies["/summary 3"]
    assert "#3" in replies["/search famine"]
    assert "Sudan" in replies["/doc 3"] and "#3" in replies["/doc 3"]
    assert "no document #999" in replies["/doc 999"].lower()
    assert "/search" in replies["/search"]  # asks what to search for
    # records from the seed documents, each citing its source
    assert "Sudan" in replies["/aid Sudan"] and "#3" in replies["/aid Sudan"], replies["/aid Sudan"]
    assert cited.search(replies["/aid"]) and "Totals" in replies["/aid"], replies["/aid"]
    assert "Los Lobos" in replies["/designations Los Lobos"], replies["/designations Los Lobos"]
    assert "#1" in replies["/designations Los Lobos"]
    assert cited.search(replies["/designations"]), replies["/designations"]
    assert "safe third country" in replies["/agreements Ecuador"].lower(), replies[
        "/agreements Ecuador"
    ]
    assert "signed" in replies["/agreements Ecuador"].lower()
    assert cited.search(replies["/agreements"]), replies["/agreements"]


async def test_docs_pages_with_buttons(bot, fake_telegram: FakeTelegram) -> None:
    await fake_telegram.ask_async(USER, USER, "/docs", timeout=HANDLERS_TIMEOUT)
    [listing] = fake_telegram.messages(USER)
    assert "#9" in listing.plain_text and "#1 " not in listing.plain_text
    query_id = fake_telegram.press(listing, "Older", user_id=USER)
    await fake_telegram.wait_for_async(
        lambda: (m := fake_telegram.messages(USER)[0]).edits and "#1 " in m.plain_text,
        timeout=HANDLERS_TIMEOUT,
        message="the list edited to page 2",
    )
    page2 = fake_telegram.messages(USER)[0]
    assert "#9 " not in page2.plain_text
    assert fake_telegram.callback_answer(query_id)["answered"]
    fake_telegram.press(page2, "Newer", user_id=USER)
    await fake_telegram.wait_for_async(
        lambda: "#9" in fake_telegram.messages(USER)[0].plain_text, timeout=HANDLERS_TIMEOUT
    )
    assert len(fake_telegram.messages(USER)) == 1  # paged in place, no new messages


async def test_subscribe_status_unsubscribe(
    bot, fake_telegram: FakeTelegram, settings: Settings
) -> None:
    db = settings.db_path
    reply = await ask(fake_telegram, USER, "/subscribe 08:00 Europe/Madrid")
    assert "08:00" in reply and "Europe/Madrid" in reply
    assert query(db, "SELECT time, timezone FROM subscriptions WHERE chat_id = ?", (USER,)) == [
        ("08:00", "Europe/Madrid")
    ]
    status = await ask(fake_telegram, USER, "/status")
    assert "08:00" in status and "Documents: 9" in status
    bad = await ask(fake_telegram, USER, "/subscribe 25:99 Mars/Base")
    assert "25:99" in bad or "time" in bad.lower()
    assert query(db, "SELECT time FROM subscriptions WHERE chat_id = ?", (USER,)) == [("08:00",)]
    assert "Unsubscribed" in await ask(fake_telegram, USER, "/unsubscribe")
    assert query(db, "SELECT count(*) FROM subscriptions")[0][0] == 0
    assert "not subscribed" in await ask(fake_telegram, USER, "/status")


# --- admin commands ---------------------------------------------------------------------------


async def test_admin_add_delete_stats(bot, fake_telegram: FakeTelegram, settings: Settings) -> None:
    db = settings.db_path
    stored = await ask(fake_telegram, ADMIN, "/add " + article("alpha"))
    assert "Stored as #10" in stored, stored
    assert count_documents(db) == 10
    assert query(db, "SELECT added_by FROM documents WHERE id = 10") == [(str(ADMIN),)]
    # /add alone, then the text as the next message
    assert "next message" in await ask(fake_telegram, ADMIN, "/add")
    assert "Stored as #11" in await ask(fake_telegram, ADMIN, article("beta"))
    assert "Documents: 11" in await ask(fake_telegram, ADMIN, "/stats")
    assert "Deleted #11" in await ask(fake_telegram, ADMIN, "/delete 11")
    assert count_documents(db) == 10
    assert "no document #11" in (await ask(fake_telegram, ADMIN, "/delete 11")).lower()


async def test_non_admin_cannot_write(bot, fake_telegram: FakeTelegram, settings: Settings) -> None:
    db = settings.db_path
    for command in ("/add " + article("gamma"), "/delete 1", "/stats"):
        reply = await ask(fake_telegram, USER, command)
        assert "only this bot's admins" in reply, (command, reply)
    nudge = await ask(fake_telegram, USER, article("delta"))  # plain text is not stored
    assert "/help" in nudge
    assert count_documents(db) == 9
    assert query(db, "SELECT count(*) FROM documents WHERE id = 1")[0][0] == 1


async def test_group_chat_commands_and_uploads(
    bot, fake_telegram: FakeTelegram, settings: Settings
) -> None:
    group = -100777
    name = fake_telegram.bot_username
    replies = await fake_telegram.ask_async(
        group, USER, f"/help@{name}", chat_type="group", timeout=HANDLERS_TIMEOUT
    )
    assert "/summary" in texts(replies)
    # another bot's command in the group is not ours to answer
    fake_telegram.push_message(group, USER, "/frobnicate@some_other_bot", chat_type="group")
    # a member's file in a group is conversation: no reply, no download, nothing stored
    fake_telegram.push_document(
        group, USER, "notes.txt", article("group").encode(), chat_type="group"
    )
    await _sleep_ticks(fake_telegram, 1.0)
    assert len(fake_telegram.messages(group)) == 1
    assert fake_telegram.calls("getFile") == [] and count_documents(settings.db_path) == 9
    # an admin's file in the same group is stored
    before = len(fake_telegram.messages(group))
    fake_telegram.push_document(
        group, ADMIN, "notes.txt", article("group").encode(), chat_type="group"
    )
    await fake_telegram.wait_for_async(
        lambda: len(fake_telegram.messages(group)) > before, timeout=HANDLERS_TIMEOUT
    )
    assert "Stored as #10" in texts(fake_telegram.messages(group)[before:])
    assert count_documents(settings.db_path) == 10


async def test_polling_recovers_from_bad_gateway(bot, fake_telegram: FakeTelegram) -> None:
    fake_telegram.fail_next("getUpdates", 502)
    fake_telegram.push_message(USER, USER, "/start")  # wakes the waiting long poll
    await fake_telegram.wait_for_async(1, chat_id=USER, timeout=HANDLERS_TIMEOUT)
    fake_telegram.fail_next("getUpdates", 502)
    assert "Hello" in await ask(fake_telegram, USER, "/start")
    assert [c.status for c in fake_telegram.calls("getUpdates")].count(502) == 2


# --- uploads ----------------------------------------------------------------------------------


async def upload(fake: FakeTelegram, user: int, filename: str, data: bytes, **kwargs) -> str:
    before = len(fake.messages(user))
    fake.push_document(user, user, filename, data, **kwargs)
    await fake.wait_for_async(
        lambda: len(fake.messages(user)) > before,
        timeout=HANDLERS_TIMEOUT,
        message=f"reply to {filename}",
    )
    await asyncio.to_thread(fake.wait_idle, user, 0.3, HANDLERS_TIMEOUT)
    return texts(fake.messages(user)[before:])


async def test_admin_uploads_pdf_docx_and_duplicate(
    bot, fake_telegram: FakeTelegram, settings: Settings
) -> None:
    db = settings.db_path
    pdf = pdf_bytes(article("pdf-one"))
    reply = await upload(fake_telegram, ADMIN, "brief.pdf", pdf, mime_type="application/pdf")
    assert "Stored as #10" in reply and "Summary" in reply, reply
    assert query(db, "SELECT filename, added_by FROM documents WHERE id = 10") == [
        ("brief.pdf", str(ADMIN))
    ]
    assert fake_telegram.downloads  # it really went through getFile and the file URL
    assert (ADMIN, "typing") in fake_telegram.chat_actions
    docx = docx_bytes(article("docx-two").split("\n\n"))
    reply = await upload(fake_telegram, ADMIN, "memo.docx", docx)
    assert "Stored as #11" in reply, reply
    # the same PDF again, under another name: the reply names the existing document
    reply = await upload(fake_telegram, ADMIN, "copy of brief.pdf", pdf)
    assert "duplicate of #10" in reply, reply
    assert count_documents(db) == 11


async def test_non_admin_upload_is_refused_and_not_downloaded(
    bot, fake_telegram: FakeTelegram, settings: Settings
) -> None:
    reply = await upload(fake_telegram, USER, "leak.txt", article("leak").encode())
    assert "only this bot's admins" in reply
    assert fake_telegram.calls("getFile") == [] and fake_telegram.downloads == []
    assert count_documents(settings.db_path) == 9


async def test_corrupt_and_unsupported_uploads(
    bot, fake_telegram: FakeTelegram, settings: Settings
) -> None:
    broken_pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a pdf\n"
    reply = await upload(fake_telegram, ADMIN, "broken.pdf", broken_pdf)
    assert "Not stored" in reply and "broken.pdf" in reply, reply
    reply = await upload(fake_telegram, ADMIN, "broken.docx", b"PK\x03\x04 truncated zip")
    assert "Not stored" in reply and "broken.docx" in reply, reply
    reply = await upload(fake_telegram, ADMIN, "photo.png", b"\x89PNG\r\n\x1a\nxxxx")
    assert "Not stored" in reply and "photo.png" in reply, reply
    reply = await upload(fake_telegram, ADMIN, "empty.txt", b"   \n")
    assert "Not stored" in reply and "empty" in reply, reply
    assert count_documents(settings.db_path) == 9


async def test_over_20mb_upload_is_rejected_without_download(
    bot, fake_telegram: FakeTelegram, settings: Settings
) -> None:
    reply = await upload(
        fake_telegram, ADMIN, "huge.pdf", b"%PDF-1.4 small stand-in", file_size=25 * 1024 * 1024
    )
    assert "Not stored" in reply and "20 MB" in reply, reply
    assert fake_telegram.calls("getFile") == [] and fake_telegram.downloads == []
    assert count_documents(settings.db_path) == 9


async def test_long_reply_is_split_into_valid_parts(bot, fake_telegram: FakeTelegram) -> None:
    stored = await ask(fake_telegram, ADMIN, "/add " + aid_article("long", 60))
    assert "Stored as #10" in stored, stored
    messages = await fake_telegram.ask_async(
        ADMIN,
        ADMIN,
        "/doc 10",
        until=lambda new: len(new) >= 2,
        timeout=HANDLERS_TIMEOUT,
        quiet=1.5,
    )
    assert len(messages) >= 2, [len(m.plain_text or "") for m in messages]
    for message in messages:
        assert message.parse_mode == "HTML"
        assert len(message.plain_text) <= 4096
    whole = texts(messages)
    for recipient in ("Chad", "Madagascar", "Laos"):
        assert recipient in whole
    # the fake refused nothing (checked by the autouse fixture), so every part was valid HTML


async def test_multi_part_reply_is_paced_per_chat(bot, fake_telegram: FakeTelegram) -> None:
    """Issue 5: sends respect "1/s per chat". The fake tolerates a burst of 4 messages in
    a chat, then answers 429 like Telegram; a bot that paces its parts never sees one."""
    assert "Stored as #10" in await ask(fake_telegram, ADMIN, "/add " + aid_article("paced", 200))
    messages = await fake_telegram.ask_async(
        ADMIN, ADMIN, "/doc 10", until=lambda new: len(new) >= 6, timeout=30, quiet=1.5
    )
    assert len(messages) >= 6
    throttled = [c for c in fake_telegram.calls("sendMessage") if c.status == 429]
    assert throttled == [], f"{len(throttled)} message(s) answered 429 in one private chat"


# --- digests ----------------------------------------------------------------------------------


def hhmm(moment: datetime) -> str:
    return moment.strftime("%H:%M")


async def wait_digests(
    fake: FakeTelegram, chat: int, count: int, timeout: float = 10.0
) -> list[SentMessage]:
    def found() -> list[SentMessage] | None:
        digests = [
            m for m in fake.messages(chat) if (m.plain_text or "").startswith("Briefbot digest")
        ]
        return digests if len(digests) >= count else None

    return await fake.wait_for_async(found, timeout=timeout, message=f"{count} digest(s) in {chat}")


def digests_in(fake: FakeTelegram, chat: int) -> list[SentMessage]:
    return [m for m in fake.messages(chat) if (m.plain_text or "").startswith("Briefbot digest")]


async def test_subscribe_restart_digest_at_the_scheduled_minute(
    fake_telegram: FakeTelegram, settings: Settings
) -> None:
    clock = FakeClock()
    scheduled = (clock.now + timedelta(minutes=2)).replace(second=0)
    async with RunningBot(fake_telegram, settings, Store(settings.db_path), clock):
        assert "Subscribed" in await ask(fake_telegram, USER, f"/subscribe {hhmm(scheduled)} UTC")
        assert "Stored as #10" in await ask(fake_telegram, ADMIN, "/add " + article("digest"))
    assert query(settings.db_path, "SELECT time, timezone FROM subscriptions") == [
        (hhmm(scheduled), "UTC")
    ]

    # a new Application on the same database: the subscription comes back from SQLite
    async with RunningBot(fake_telegram, settings, Store(settings.db_path), clock):
        clock.set(scheduled - timedelta(seconds=20))
        await _sleep_ticks(fake_telegram, 1.0)
        assert digests_in(fake_telegram, USER) == [], "digest sent before its minute"
        clock.set(scheduled + timedelta(seconds=3))
        [digest] = await wait_digests(fake_telegram, USER, 1)
        assert "#10" in digest.plain_text and "Working group digest" in digest.plain_text
        await _sleep_ticks(fake_telegram, 1.0)
    sent_at = query(
        settings.db_path, "SELECT last_sent_at FROM subscriptions WHERE chat_id = ?", (USER,)
    )
    assert sent_at[0][0] is not None and sent_at[0][0].startswith(
        scheduled.strftime("%Y-%m-%dT%H:%M")
    )

    # and a second restart in the same minute neither repeats it
    async with RunningBot(fake_telegram, settings, Store(settings.db_path), clock):
        await _sleep_ticks(fake_telegram, 1.0)
    assert len(digests_in(fake_telegram, USER)) == 1
    # the next day brings the "nothing new" line once
    clock.set(scheduled + timedelta(days=1, seconds=3))
    async with RunningBot(fake_telegram, settings, Store(settings.db_path), clock):
        digests = await wait_digests(fake_telegram, USER, 2)
        assert "nothing new" in digests[-1].plain_text
        await _sleep_ticks(fake_telegram, 1.0)
    assert len(digests_in(fake_telegram, USER)) == 2


async def _sleep_ticks(fake: FakeTelegram, seconds: float) -> None:
    """Let several digest ticks pass (the interval is 0.25 s)."""
    await asyncio.sleep(seconds)


async def test_digest_survives_429_midway(fake_telegram: FakeTelegram, settings: Settings) -> None:
    clock = FakeClock()
    scheduled = (clock.now + timedelta(minutes=2)).replace(second=0)
    chats = [8001, 8002, 8003]
    async with RunningBot(fake_telegram, settings, Store(settings.db_path), clock):
        for chat in chats:
            await ask(fake_telegram, chat, f"/subscribe {hhmm(scheduled)} UTC")
        assert "Stored as #10" in await ask(fake_telegram, ADMIN, "/add " + article("ratelimit"))
        fake_telegram.fail_next("sendMessage", 429, retry_after=1, skip=1)  # the 2nd digest
        clock.set(scheduled + timedelta(seconds=1))
        for chat in chats:
            [digest] = await wait_digests(fake_telegram, chat, 1, timeout=15)
            assert "#10" in digest.plain_text
        await _sleep_ticks(fake_telegram, 1.0)
    assert [c.status for c in fake_telegram.calls("sendMessage")].count(429) == 1
    for chat in chats:
        assert len(digests_in(fake_telegram, chat)) == 1, chat
    rows = query(
        settings.db_path, "SELECT count(*) FROM subscriptions WHERE last_sent_at IS NOT NULL"
    )
    assert rows[0][0] == 3


async def test_blocked_chat_is_unsubscribed(
    fake_telegram: FakeTelegram, settings: Settings
) -> None:
    clock = FakeClock()
    scheduled = (clock.now + timedelta(minutes=2)).replace(second=0)
    blocked, fine = 8101, 8102
    async with RunningBot(fake_telegram, settings, Store(settings.db_path), clock):
        for chat in (blocked, fine):
            await ask(fake_telegram, chat, f"/subscribe {hhmm(scheduled)} UTC")
        fake_telegram.block_chat(blocked)
        clock.set(scheduled + timedelta(seconds=1))
        await wait_digests(fake_telegram, fine, 1)
        await fake_telegram.wait_for_async(
            lambda: query(settings.db_path, "SELECT chat_id FROM subscriptions") == [(fine,)],
            timeout=10,
            message="the blocked chat unsubscribed",
        )
    assert any(c.status == 403 for c in fake_telegram.calls("sendMessage"))
