"""The fake Bot API server itself, driven by a plain ``telegram.Bot`` over real HTTP."""

from __future__ import annotations

import asyncio
import threading
import time
import warnings
from datetime import timedelta

import httpx
import pytest
from fake_telegram import FakeTelegram, RateLimits, command_entities, parse_html
from fake_telegram.html import EntityParseError
from telegram import Bot, BotCommand, BotCommandScopeChat, InlineKeyboardButton
from telegram import InlineKeyboardMarkup as Markup
from telegram.constants import ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, RetryAfter, TimedOut

CHAT = 1001
# PTB itself reads RetryAfter.retry_after while building the error message
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


@pytest.fixture
async def bot(fake_telegram: FakeTelegram):
    fake_telegram.add_chat(CHAT)
    async with Bot(
        fake_telegram.token, base_url=fake_telegram.base_url, base_file_url=fake_telegram.file_url
    ) as bot:
        yield bot


def seconds(err: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that the int will become a timedelta
        warnings.simplefilter("ignore")
        value = err.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


# --- the HTML parser -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<b>bold</b> <strong>s</strong> <i>i</i> <em>e</em> <u>u</u> <ins>n</ins>",
        "<s>s</s> <strike>k</strike> <del>d</del> <tg-spoiler>x</tg-spoiler>",
        '<span class="tg-spoiler">hidden</span> <a href="https://example.org/?a=1&amp;b=2">l</a>',
        '<pre><code class="language-python">x = 1 &lt; 2</code></pre> <code>c</code>',
        "<blockquote>q</blockquote> <blockquote expandable>e</blockquote>",
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji> &quot;&#39;&#x41;&gt;',
        "<b>bold <i>both</i></b> plain > still fine",
    ],
)
def test_valid_html_parses(text: str) -> None:
    parse_html(text)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("<p>para</p>", 'Unsupported start tag "p"'),
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'expected "</i>", found "</b>"'),
        ("x</b>", "Unexpected end tag"),
        ("Tom & Jerry", "Character '&' is reserved"),
        ("a < b", 'Unsupported start tag ""'),
        ("<b", "Unclosed start tag"),
        ("&nbsp;", "Character '&' is reserved"),
        ('<span class="x">y</span>', 'must have class "tg-spoiler"'),
        ("<script>alert(1)</script>", 'Unsupported start tag "script"'),
    ],
)
def test_invalid_html_is_rejected(text: str, fragment: str) -> None:
    with pytest.raises(EntityParseError) as err:
        parse_html(text)
    assert fragment in str(err.value)


def test_html_entities_and_offsets_in_utf16() -> None:
    parsed = parse_html("😀 <b>a&amp;b</b>")
    assert parsed.text == "😀 a&b"
    assert parsed.entities == [{"offset": 3, "length": 3, "type": "bold"}]


def test_command_entities_like_telegram() -> None:
    assert command_entities("/doc 12") == [{"type": "bot_command", "offset": 0, "length": 4}]
    assert command_entities("/summary@briefbot_test_bot today")[0]["length"] == 26
    assert command_entities("hello /doc") == []


# --- HTTP and the Bot API ------------------------------------------------------------------


async def test_get_me_and_send_message(bot: Bot, fake_telegram: FakeTelegram) -> None:
    me = await bot.get_me()
    assert me.username == fake_telegram.bot_username and me.is_bot
    sent = await bot.send_message(CHAT, "<b>Hello</b> &amp; welcome", parse_mode=ParseMode.HTML)
    assert sent.text == "Hello & welcome"
    assert sent.entities[0].type == "bold"
    [message] = fake_telegram.messages(CHAT)
    assert message.text == "<b>Hello</b> &amp; welcome"
    assert message.plain_text == "Hello & welcome"
    assert message.parse_mode == "HTML"


async def test_json_form_and_query_bodies_are_accepted(fake_telegram: FakeTelegram) -> None:
    fake_telegram.add_chat(CHAT)
    url = f"{fake_telegram.base_url}{fake_telegram.token}/sendMessage"
    async with httpx.AsyncClient() as client:
        as_json = await client.post(url, json={"chat_id": CHAT, "text": "json"})
        as_form = await client.post(url, data={"chat_id": str(CHAT), "text": "form"})
        as_query = await client.get(url, params={"chat_id": str(CHAT), "text": "query"})
    assert [r.json()["ok"] for r in (as_json, as_form, as_query)] == [True, True, True]
    assert [m.text for m in fake_telegram.messages(CHAT)] == ["json", "form", "query"]


async def test_unknown_token_and_method(fake_telegram: FakeTelegram) -> None:
    async with httpx.AsyncClient() as client:
        bad_token = await client.post(f"{fake_telegram.base_url}1:nope/getMe")
        unknown = await client.post(f"{fake_telegram.base_url}{fake_telegram.token}/sendPigeon")
    assert bad_token.status_code == 401
    assert bad_token.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    assert unknown.status_code == 404
    assert unknown.json()["description"] == "Not Found"


async def test_html_errors_come_back_as_bad_request(bot: Bot, fake_telegram: FakeTelegram) -> None:
    for text in ("<p>x</p>", "<b>x", "AT&T", "1 < 2"):
        with pytest.raises(BadRequest, match="Can't parse entities"):
            await bot.send_message(CHAT, text, parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(CHAT, "<b> </b>", parse_mode=ParseMode.HTML)
    assert fake_telegram.messages(CHAT) == []
    # the same text without parse_mode is fine
    await bot.send_message(CHAT, "AT&T 1 < 2 <p>")
    assert fake_telegram.messages(CHAT)[0].plain_text == "AT&T 1 < 2 <p>"


async def test_4096_limit_counts_text_after_entity_parsing(
    bot: Bot, fake_telegram: FakeTelegram
) -> None:
    await bot.send_message(CHAT, "a" * 4096)
    await bot.send_message(CHAT, "<b>" + "a" * 4096 + "</b>", parse_mode=ParseMode.HTML)
    await bot.send_message(CHAT, "&amp;" * 4096, parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(CHAT, "a" * 4097)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(CHAT, "<i>" + "b" * 4097 + "</i>", parse_mode=ParseMode.HTML)
    assert len(fake_telegram.messages(CHAT)) == 3


async def test_per_chat_rate_limit_gives_429_with_retry_after(fake_telegram: FakeTelegram) -> None:
    fake = FakeTelegram(rate_limits=RateLimits(per_chat_burst=3, per_chat_rate=1.0)).start()
    try:
        fake.add_chat(CHAT)
        fake.add_chat(CHAT + 1)
        async with Bot(fake.token, base_url=fake.base_url) as bot:
            for n in range(3):  # a short burst is allowed
                await bot.send_message(CHAT, f"burst {n}")
            with pytest.raises(RetryAfter) as err:
                await bot.send_message(CHAT, "one too many")
            assert 1 <= seconds(err.value) <= 2
            await bot.send_message(CHAT + 1, "another chat is not limited")
            await asyncio.sleep(seconds(err.value))
            await bot.send_message(CHAT, "after waiting")
        assert [m.text for m in fake.messages(CHAT)][-1] == "after waiting"
        assert fake.calls("sendMessage")[3].status == 429
    finally:
        fake.stop()


async def test_global_rate_limit(fake_telegram: FakeTelegram) -> None:
    fake = FakeTelegram(rate_limits=RateLimits(global_burst=5, global_rate=0.5)).start()
    try:
        for n in range(10):
            fake.add_chat(n + 1)
        async with Bot(fake.token, base_url=fake.base_url) as bot:
            for n in range(5):
                await bot.send_message(n + 1, "x")
            with pytest.raises(RetryAfter):
                await bot.send_message(9, "x")
    finally:
        fake.stop()


async def test_scripted_faults(bot: Bot, fake_telegram: FakeTelegram) -> None:
    fake_telegram.fail_next("sendMessage", 429, retry_after=7)
    with pytest.raises(RetryAfter) as err:
        await bot.send_message(CHAT, "x")
    assert seconds(err.value) == 7
    fake_telegram.fail_next("sendMessage", 502, count=2)
    for _ in range(2):
        with pytest.raises(NetworkError, match="Bad Gateway"):
            await bot.send_message(CHAT, "x")
    fake_telegram.fail_next("getMe", "timeout", delay=1.5)
    started = time.monotonic()
    with pytest.raises(TimedOut):
        await bot.get_me(read_timeout=0.5)
    assert time.monotonic() - started < 1.4
    fake_telegram.fail_next("sendMessage", 429, chat_id=CHAT + 5, skip=1)
    fake_telegram.add_chat(CHAT + 5)
    await bot.send_message(CHAT, "other chat: no fault")
    await bot.send_message(CHAT + 5, "skipped: no fault")
    with pytest.raises(RetryAfter):
        await bot.send_message(CHAT + 5, "faulted")
    await bot.send_message(CHAT + 5, "fault used up")
    assert [m.text for m in fake_telegram.messages(CHAT)] == ["other chat: no fault"]
    assert [m.text for m in fake_telegram.messages(CHAT + 5)] == [
        "skipped: no fault",
        "fault used up",
    ]


async def test_blocked_chat_and_unknown_chat(bot: Bot, fake_telegram: FakeTelegram) -> None:
    fake_telegram.block_chat(CHAT)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(CHAT, "hello?")
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(424242, "who?")
    fake_telegram.block_chat(CHAT, blocked=False)
    await bot.send_message(CHAT, "unblocked")


async def test_long_polling_blocks_until_an_update_arrives(
    bot: Bot, fake_telegram: FakeTelegram
) -> None:
    timer = threading.Timer(0.4, fake_telegram.push_message, (CHAT, 7, "/start"))
    started = time.monotonic()
    timer.start()
    try:
        updates = await bot.get_updates(timeout=5)
    finally:
        timer.cancel()
    elapsed = time.monotonic() - started
    assert 0.3 < elapsed < 3
    [update] = updates
    assert update.message.text == "/start"
    assert update.message.entities[0].type == "bot_command"
    assert update.effective_user.id == 7
    # without confirming, the update comes again; with offset it is dropped
    assert (await bot.get_updates(timeout=0))[0].update_id == update.update_id
    started = time.monotonic()
    assert await bot.get_updates(offset=update.update_id + 1, timeout=1) == ()
    assert 0.9 < time.monotonic() - started < 3
    assert fake_telegram.pending_updates() == 0


async def test_allowed_updates_filter(bot: Bot, fake_telegram: FakeTelegram) -> None:
    sent = await bot.send_message(
        CHAT, "pick", reply_markup=Markup([[InlineKeyboardButton("go", callback_data="go")]])
    )
    fake_telegram.push_message(CHAT, 7, "hello")
    fake_telegram.push_callback(CHAT, 7, "go", sent.message_id)
    updates = await bot.get_updates(timeout=0, allowed_updates=["callback_query"])
    assert [u.callback_query.data for u in updates] == ["go"]


async def test_second_poller_terminates_the_first(fake_telegram: FakeTelegram) -> None:
    async with (
        Bot(fake_telegram.token, base_url=fake_telegram.base_url) as first,
        Bot(fake_telegram.token, base_url=fake_telegram.base_url) as second,
    ):
        waiting = asyncio.create_task(first.get_updates(timeout=5))
        await fake_telegram.wait_for_async(fake_telegram.is_polling, timeout=3)
        await second.get_updates(timeout=0)
        with pytest.raises(Conflict, match="terminated by other getUpdates"):
            await waiting


async def test_webhook_blocks_polling(bot: Bot, fake_telegram: FakeTelegram) -> None:
    assert await bot.set_webhook("https://example.org/hook", secret_token="s3cret")
    assert (await bot.get_webhook_info()).url == "https://example.org/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates(timeout=0)
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates(timeout=0) == ()


async def test_inline_keyboard_callback_and_edit(bot: Bot, fake_telegram: FakeTelegram) -> None:
    markup = Markup([[InlineKeyboardButton("Next ›", callback_data="docs:2")]])
    sent = await bot.send_message(CHAT, "page 1", reply_markup=markup)
    query_id = fake_telegram.press(fake_telegram.messages(CHAT)[0], "next", user_id=7)
    [update] = await bot.get_updates(timeout=1)
    assert update.callback_query.id == query_id
    assert update.callback_query.data == "docs:2"
    assert update.callback_query.message.text == "page 1"
    assert await bot.answer_callback_query(query_id)
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query(query_id)
    await bot.edit_message_text("page 2", CHAT, sent.message_id, reply_markup=markup)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("page 2", CHAT, sent.message_id, reply_markup=markup)
    await bot.edit_message_reply_markup(CHAT, sent.message_id, reply_markup=None)
    [message] = fake_telegram.messages(CHAT)
    assert message.plain_text == "page 2"
    assert message.reply_markup is None
    assert len(message.edits) == 2
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("nope", CHAT, 999)


async def test_inline_keyboard_shape_is_checked(bot: Bot) -> None:
    too_long = Markup([[InlineKeyboardButton("x", callback_data="x" * 65)]])
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(CHAT, "x", reply_markup=too_long)
    await bot.send_message(
        CHAT, "x", reply_markup=Markup([[InlineKeyboardButton("x", callback_data="é" * 32)]])
    )
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(
            CHAT, "x", reply_markup=Markup([[InlineKeyboardButton("x", callback_data="é" * 33)]])
        )
    with pytest.raises(BadRequest, match="text buttons are unallowed"):
        await bot.send_message(CHAT, "x", reply_markup={"inline_keyboard": [[{"text": "plain"}]]})


async def test_commands_per_scope(bot: Bot, fake_telegram: FakeTelegram) -> None:
    await bot.set_my_commands([BotCommand("help", "How to use the bot")])
    await bot.set_my_commands(
        [BotCommand("help", "How"), BotCommand("stats", "Counts")], scope=BotCommandScopeChat(42)
    )
    assert [c.command for c in await bot.get_my_commands()] == ["help"]
    assert [c.command for c in await bot.get_my_commands(scope=BotCommandScopeChat(42))] == [
        "help",
        "stats",
    ]
    assert fake_telegram.commands({"type": "chat", "chat_id": 42})[1]["command"] == "stats"
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Bad-Name", "x")])
    await bot.delete_my_commands(scope=BotCommandScopeChat(42))
    assert await bot.get_my_commands(scope=BotCommandScopeChat(42)) == ()


async def test_get_file_and_download(bot: Bot, fake_telegram: FakeTelegram) -> None:
    data = b"%PDF-1.4 pretend\n" + bytes(range(256)) * 10
    file_id = fake_telegram.push_document(CHAT, 7, "report.pdf", data, mime_type="application/pdf")
    [update] = await bot.get_updates(timeout=1)
    assert update.message.document.file_name == "report.pdf"
    assert update.message.document.file_size == len(data)
    tg_file = await bot.get_file(file_id)
    assert tg_file.file_path.startswith(fake_telegram.file_url)
    assert bytes(await tg_file.download_as_bytearray()) == data
    assert len(fake_telegram.downloads) == 1


async def test_too_big_file_cannot_be_fetched(bot: Bot, fake_telegram: FakeTelegram) -> None:
    file_id = fake_telegram.push_document(
        CHAT, 7, "huge.pdf", b"%PDF-1.4 tiny", file_size=25 * 1024 * 1024
    )
    with pytest.raises(BadRequest, match="File is too big"):
        await bot.get_file(file_id)
    with pytest.raises(BadRequest, match="Invalid file_id"):
        await bot.get_file("nonsense")
    assert fake_telegram.downloads == []
    async with httpx.AsyncClient() as client:  # a path never handed out by getFile
        missing = await client.get(f"{fake_telegram.file_url}{fake_telegram.token}/documents/x.pdf")
    assert missing.status_code == 404


async def test_send_document_multipart(bot: Bot, fake_telegram: FakeTelegram) -> None:
    await bot.send_document(
        CHAT, b"col1,col2\n1,2\n", filename="export.csv", caption="<b>Export</b>", parse_mode="HTML"
    )
    [message] = fake_telegram.messages(CHAT)
    assert message.document.filename == "export.csv"
    assert message.document.data == b"col1,col2\n1,2\n"
    assert message.plain_text == "Export"
    with pytest.raises(BadRequest, match="Message caption is too long"):
        await bot.send_document(CHAT, b"x", filename="x.txt", caption="c" * 1025)


async def test_chat_action_and_wait_helpers(bot: Bot, fake_telegram: FakeTelegram) -> None:
    await bot.send_chat_action(CHAT, "typing")
    assert fake_telegram.chat_actions == [(CHAT, "typing")]
    with pytest.raises(BadRequest, match="Wrong parameter action"):
        await bot.send_chat_action(CHAT, "dancing")
    later = asyncio.get_running_loop().call_later(
        0.2, lambda: asyncio.ensure_future(bot.send_message(CHAT, "late"))
    )
    try:
        found = await fake_telegram.wait_for_async(1, chat_id=CHAT, timeout=3)
    finally:
        later.cancel()
    assert found[0].text == "late"
    with pytest.raises(AssertionError, match="timed out"):
        await fake_telegram.wait_for_async(lambda: False, timeout=0.2)
