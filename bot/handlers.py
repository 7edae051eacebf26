"""Telegram handlers: parse arguments → call a service → format (pure) → reply.

Each command handler's docstring feeds ``/help`` and the README check: the first line is
the summary, ``Usage:`` the syntax and ``Example:`` lines the examples. Argument parsers
are pure functions and raise :class:`ArgumentError` with the reply to send.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from importlib import metadata
from pathlib import PurePath
from zoneinfo import ZoneInfo, available_timezones

from telegram import Chat, Message, Update, User
from telegram.constants import ChatAction
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

import bot
from bot import formatting as fmt
from bot.config import Settings
from bot.errors import IngestError, UnsupportedFormat
from bot.formats import READERS, SUPPORTED, safe_name
from bot.services import Services, iso

log = logging.getLogger(__name__)

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]

ANONYMOUS_ADMIN_ID = 1087968824  # GroupAnonymousBot: stands in for any anonymous group admin
MAX_DOCUMENT_ID = 2**63 - 1
ADD_WAIT = timedelta(minutes=10)
TYPING_REFRESH = 4.5
TIME = re.compile(r"^(\d{1,2}):(\d{1,2})$")
DEFAULT_DIGEST_TIME = "08:00"


class ArgumentError(ValueError):
    """Bad command arguments; ``str(err)`` is the HTML reply that explains the fix."""


# --- pure parsing ----------------------------------------------------------------------------


def parse_document_id(args: list[str], command: str = "doc") -> int:
    if not args:
        raise ArgumentError(f"Which document? Send /{command} ID, e.g. /{command} 12 (see /docs).")
    raw = args[0].strip().lstrip("#")
    if not raw.isdigit() or not raw.isascii():
        raise ArgumentError(
            f"“{fmt.esc(args[0])}” is not a document id; ids are whole numbers, e.g. /{command} 12."
        )
    value = int(raw)
    if value <= 0 or value > MAX_DOCUMENT_ID:
        raise ArgumentError(f"There is no document #{fmt.esc(raw)}. See /docs for the list.")
    return value


@lru_cache(maxsize=1)
def _timezones() -> dict[str, str]:
    names = available_timezones() | {"UTC"}
    return {name.casefold(): name for name in names}


def parse_timezone_name(raw: str) -> str:
    name = _timezones().get(raw.strip().casefold())
    if name is None:
        raise ArgumentError(
            f"“{fmt.esc(raw)}” is not a time zone I know; use an Area/City name such as "
            "Europe/Madrid or America/Guayaquil."
        )
    ZoneInfo(name)  # present in the tz database: loads
    return name


def parse_clock_time(raw: str) -> str:
    match = TIME.match(raw.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ArgumentError(
            f"“{fmt.esc(raw)}” is not a time of day; use 24-hour HH:MM, e.g. 08:00 or 18:30."
        )
    return f"{int(match.group(1)):02d}:{int(match.group(2)):02d}"


def parse_subscribe_args(args: list[str], default_timezone: str) -> tuple[str, str]:
    """``[HH:MM] [Area/City]`` in either order → ("HH:MM", "Area/City")."""
    if len(args) > 2:
        raise ArgumentError(
            "Use /subscribe [HH:MM] [Area/City], e.g. /subscribe 08:00 Europe/Madrid."
        )
    when, zone, problems = DEFAULT_DIGEST_TIME, default_timezone, []
    for arg in args:
        try:
            if arg[:1].isdigit() or (":" in arg and "/" not in arg):
                when = parse_clock_time(arg)
            else:
                zone = parse_timezone_name(arg)
        except ArgumentError as exc:
            problems.append(str(exc))
    if problems:
        raise ArgumentError("\n".join(problems))
    return when, zone


def is_admin(settings: Settings, user: User | None) -> bool:
    """By numeric id only; an anonymous group admin could be anyone, so never an admin."""
    return user is not None and user.id != ANONYMOUS_ADMIN_ID and settings.is_admin(user.id)


def text_after_command(message: Message) -> str:
    """The raw text after ``/add`` (newlines kept), or the caption after it."""
    text = message.text or message.caption or ""
    entities = message.entities or message.caption_entities or ()
    for entity in entities:
        if entity.type == "bot_command" and entity.offset == 0:
            return text[entity.length :].strip()
    return text.partition(" ")[2].strip() if text.startswith("/") else text.strip()


# --- plumbing --------------------------------------------------------------------------------


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    try:
        return context.bot_data["services"]
    except KeyError:
        raise RuntimeError("services missing: start the application through bot.app") from None


async def reply(update: Update, html_text: str, keyboard: object | None = None) -> list[Message]:
    """Send ``html_text`` in as many ≤4,096-character parts as needed; buttons go on the
    last part. A part Telegram refuses to parse is resent as plain text (and logged)."""
    message = update.effective_message
    if message is None:
        return []
    parts = fmt.split_message(html_text) or ["…"]
    sent = []
    for number, part in enumerate(parts, start=1):
        markup = keyboard if number == len(parts) else None
        try:
            sent.append(await message.reply_text(part, reply_markup=markup))
        except BadRequest as exc:
            if "parse" not in str(exc).lower() and "entit" not in str(exc).lower():
                raise
            log.warning("HTML rejected (%s); resending as plain text", exc)
            plain = fmt.html_to_text(part)
            sent.append(await message.reply_text(plain, parse_mode=None, reply_markup=markup))
    return sent


@contextlib.asynccontextmanager
async def typing(update: Update, context: ContextTypes.DEFAULT_TYPE) -> AsyncIterator[None]:
    """Show "typing…" while the block runs (Telegram clears it after ~5 s, so refresh)."""
    chat = update.effective_chat

    async def keep_typing() -> None:
        while True:
            try:
                await context.bot.send_chat_action(chat.id, ChatAction.TYPING)
            except TelegramError as exc:  # cosmetic: never fail a command over it
                log.debug("chat action failed: %s", exc)
            await asyncio.sleep(TYPING_REFRESH)

    task = asyncio.create_task(keep_typing()) if chat is not None else None
    try:
        yield
    finally:
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


def version() -> str:
    try:
        return metadata.version("briefbot")
    except metadata.PackageNotFoundError:  # running from a source tree
        return bot.__version__


def _private(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type == Chat.PRIVATE


async def _refuse(update: Update) -> None:
    await reply(update, "Sorry, only this bot's admins can do that. Everyone can read: see /help.")


# --- everyone --------------------------------------------------------------------------------


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Introduce the bot.

    Usage: /start
    Example: /start
    """
    svc = services(context)
    count = await asyncio.to_thread(svc.store.count_documents)
    user = update.effective_user
    admin = is_admin(svc.settings, user)
    await reply(update, fmt.format_start(user.first_name if user else None, admin, count))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List every command with an example.

    Usage: /help
    Example: /help
    """
    admin = is_admin(services(context).settings, update.effective_user)
    await reply(update, fmt.format_help(command_help(), admin))


async def summary(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A briefing: one document's summary, a topic, today's additions, or the latest.

    Usage: /summary [doc id | topic | today]
    Example: /summary 1
    Example: /summary today
    Example: /summary extradition
    """
    svc = services(context)
    arg = " ".join(context.args or []).strip()
    async with typing(update, context):
        if re.fullmatch(r"#?\d+", arg):
            try:
                document_id = parse_document_id([arg], "summary")
            except ArgumentError as exc:
                await reply(update, str(exc))
                return
            view = await asyncio.to_thread(svc.briefing.document, document_id)
            if view is None:
                await reply(update, f"There is no document #{document_id}. See /docs.")
                return
            await reply(update, fmt.format_single_summary(view))
            return
        result = await asyncio.to_thread(svc.briefing.summary, arg)
    await reply(update, fmt.format_summary(result))


async def aid(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Aid pledges and totals per recipient and currency, each pledge counted once.

    Usage: /aid [country or donor]
    Example: /aid Ecuador
    Example: /aid Japan
    """
    svc = services(context)
    term = " ".join(context.args or []).strip()
    async with typing(update, context):
        report = await asyncio.to_thread(svc.briefing.aid, term)
    await reply(update, fmt.format_aid(report))


async def designations(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Terrorist and sanctions designations (and revocations), with their history.

    Usage: /designations [name or authority]
    Example: /designations Los Lobos
    Example: /designations United Kingdom
    """
    svc = services(context)
    term = " ".join(context.args or []).strip()
    async with typing(update, context):
        items = await asyncio.to_thread(svc.briefing.designations, term)
    await reply(update, fmt.format_designations(term, items))


async def agreements(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Agreements with their latest status and history across documents.

    Usage: /agreements [country or status]
    Example: /agreements Ecuador
    Example: /agreements signed
    """
    svc = services(context)
    term = " ".join(context.args or []).strip()
    async with typing(update, context):
        items = await asyncio.to_thread(svc.briefing.agreements, term)
    await reply(update, fmt.format_agreements(term, items))


async def search(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Full-text search over titles and texts.

    Usage: /search QUERY
    Example: /search safe third country
    """
    svc = services(context)
    query = " ".join(context.args or []).strip()
    if not query:
        await reply(update, "Search for what? e.g. /search safe third country")
        return
    async with typing(update, context):
        hits = await asyncio.to_thread(svc.briefing.search, query)
    await reply(update, fmt.format_search(query, hits))


async def docs(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The latest documents, newest first, paged with buttons.

    Usage: /docs [page]
    Example: /docs
    Example: /docs 2
    """
    svc = services(context)
    arg = (context.args or ["1"])[0]
    page_number = int(arg) if arg.isdigit() and len(arg) < 9 else 1
    page = await asyncio.to_thread(svc.briefing.docs_page, page_number)
    await reply(update, fmt.format_docs_page(page), fmt.docs_keyboard(page.page, page.pages))


async def docs_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The ◀ / ▶ buttons under /docs: edit the list in place."""
    query = update.callback_query
    svc = services(context)
    page_number = int(query.data.split(":", 1)[1])
    page = await asyncio.to_thread(svc.briefing.docs_page, page_number)
    await query.answer()
    try:
        await query.edit_message_text(
            fmt.format_docs_page(page), reply_markup=fmt.docs_keyboard(page.page, page.pages)
        )
    except BadRequest as exc:  # "message is not modified" when the same page is pressed
        if "not modified" not in str(exc).lower():
            raise


async def doc(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """One document: title, date, source, summary and its records.

    Usage: /doc ID
    Example: /doc 1
    """
    svc = services(context)
    try:
        document_id = parse_document_id(list(context.args or []))
    except ArgumentError as exc:
        await reply(update, str(exc))
        return
    view = await asyncio.to_thread(svc.briefing.document, document_id)
    if view is None:
        await reply(update, f"There is no document #{document_id}. See /docs for the list.")
        return
    await reply(update, fmt.format_document(view))


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A daily digest of what is new, at a local time (default 08:00, bot's time zone).

    Usage: /subscribe [HH:MM] [Area/City]
    Example: /subscribe 08:00 Europe/Madrid
    Example: /subscribe 18:30
    """
    svc = services(context)
    try:
        when, zone = parse_subscribe_args(list(context.args or []), svc.settings.timezone)
    except ArgumentError as exc:
        await reply(update, str(exc))
        return
    user = update.effective_user
    await asyncio.to_thread(
        svc.store.upsert_subscription,
        update.effective_chat.id,
        user.id if user else None,
        when,
        zone,
        iso(svc.clock()),
    )
    await reply(update, fmt.format_subscribed(when, zone))


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop this chat's daily digest.

    Usage: /unsubscribe
    Example: /unsubscribe
    """
    svc = services(context)
    removed = await asyncio.to_thread(svc.store.delete_subscription, update.effective_chat.id)
    text = "Unsubscribed: no more digests." if removed else "This chat had no digest subscription."
    await reply(update, text)


async def status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """This chat's subscription, the number of documents and the bot's version.

    Usage: /status
    Example: /status
    """
    svc = services(context)
    sub = await asyncio.to_thread(svc.store.get_subscription, update.effective_chat.id)
    count = await asyncio.to_thread(svc.store.count_documents)
    admin = is_admin(svc.settings, update.effective_user)
    await reply(update, fmt.format_status(sub, count, version(), admin))


# --- admin -----------------------------------------------------------------------------------


async def add(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Store pasted text as a document (in the same message, or the next one).

    Usage: /add TEXT
    Example: /add Japan pledges coast guard loan to the Philippines …
    """
    svc = services(context)
    if not is_admin(svc.settings, update.effective_user):
        await _refuse(update)
        return
    text = text_after_command(update.effective_message)
    if not text:
        deadline = svc.clock() + ADD_WAIT
        context.user_data["pending_add"] = (update.effective_chat.id, deadline)
        await reply(update, "Send the text to store as your next message (or /cancel).")
        return
    await _ingest_text(update, context, text)


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Cancel a pending /add.

    Usage: /cancel
    Example: /cancel
    """
    had = context.user_data.pop("pending_add", None) is not None
    await reply(update, "Cancelled." if had else "Nothing to cancel.")


async def pasted_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A plain message: the text after a bare /add, or a nudge towards /help."""
    svc = services(context)
    pending = context.user_data.get("pending_add")
    chat_id = update.effective_chat.id
    if pending and pending[0] == chat_id and is_admin(svc.settings, update.effective_user):
        context.user_data.pop("pending_add", None)
        if svc.clock() <= pending[1]:
            await _ingest_text(update, context, update.effective_message.text or "")
            return
    if _private(update):
        await reply(update, "Send /help to see what I can do.")


async def _over_upload_limit(update: Update, svc: Services) -> bool:
    """Per-admin uploads per minute: a runaway script must not flood the store."""
    wait = svc.uploads.retry_after(update.effective_user.id)
    if wait <= 0:
        svc.uploads.hit(update.effective_user.id)
        return False
    await reply(update, fmt.format_upload_limit(svc.settings.uploads_per_minute, wait))
    return True


async def _ingest_text(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    svc = services(context)
    if await _over_upload_limit(update, svc):
        return
    added_by = str(update.effective_user.id)
    async with typing(update, context):
        try:
            result = await asyncio.to_thread(svc.ingestor.ingest_text, text, added_by)
        except IngestError as exc:
            await reply(update, fmt.format_ingest_error(exc))
            return
    await reply(update, fmt.format_ingest_result(result))


async def upload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An admin sends a file: check the size before downloading, then ingest it."""
    svc = services(context)
    message = update.effective_message
    if not is_admin(svc.settings, update.effective_user):
        if _private(update):
            await _refuse(update)
        return  # in groups, other members' files are ordinary conversation
    document = message.document
    name = safe_name(document.file_name or f"upload-{document.file_unique_id}")
    size = document.file_size or 0
    if size > fmt.TELEGRAM_DOWNLOAD_LIMIT:
        await reply(update, fmt.format_too_big(name, size, fmt.TELEGRAM_DOWNLOAD_LIMIT))
        return
    if size > svc.settings.max_bytes:
        await reply(update, fmt.format_too_big(name, size, svc.settings.max_bytes))
        return
    suffix = PurePath(name).suffix.lower()
    if suffix not in READERS:
        error = UnsupportedFormat(
            name, f"unsupported file type {suffix or 'none'!r}; send {SUPPORTED}"
        )
        await reply(update, fmt.format_ingest_error(error))
        return
    if await _over_upload_limit(update, svc):
        return
    async with typing(update, context):
        try:
            telegram_file = await context.bot.get_file(document.file_id)
            data = bytes(await telegram_file.download_as_bytearray())
        except BadRequest as exc:
            await reply(
                update,
                f"Not stored: Telegram would not hand over {fmt.esc(name)} ({fmt.esc(exc.message)}).",
            )
            return
        try:
            result = await asyncio.to_thread(
                svc.ingestor.ingest_bytes, data, name, str(update.effective_user.id)
            )
        except IngestError as exc:
            await reply(update, fmt.format_ingest_error(exc))
            return
    await reply(update, fmt.format_ingest_result(result))


async def delete(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Delete a document and its records.

    Usage: /delete ID
    Example: /delete 12
    """
    svc = services(context)
    if not is_admin(svc.settings, update.effective_user):
        await _refuse(update)
        return
    try:
        document_id = parse_document_id(list(context.args or []), "delete")
    except ArgumentError as exc:
        await reply(update, str(exc))
        return
    document = await asyncio.to_thread(svc.store.get_document, document_id)
    if document is None:
        await reply(update, f"There is no document #{document_id}.")
        return
    await asyncio.to_thread(svc.store.delete_document, document_id)
    log.info("document #%d deleted by %s", document_id, update.effective_user.id)
    await reply(update, f"Deleted #{document_id} “{fmt.esc(document['title'])}” and its records.")


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Counts of documents, records and subscriptions.

    Usage: /stats
    Example: /stats
    """
    svc = services(context)
    if not is_admin(svc.settings, update.effective_user):
        await _refuse(update)
        return
    numbers = await asyncio.to_thread(svc.briefing.stats)
    await reply(update, fmt.format_stats(numbers))


async def unknown(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any other /command: point to /help (in groups, only when addressed to this bot)."""
    text = (update.effective_message.text or "").split()[0]
    command, _, target = text.partition("@")
    if not _private(update) and target.casefold() != (context.bot.username or "").casefold():
        return
    await reply(update, fmt.format_unknown(command))


# --- the command table -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    callback: Handler
    admin: bool = False


COMMANDS: tuple[Command, ...] = (
    Command("start", start),
    Command("help", help_command),
    Command("summary", summary),
    Command("aid", aid),
    Command("designations", designations),
    Command("agreements", agreements),
    Command("search", search),
    Command("docs", docs),
    Command("doc", doc),
    Command("subscribe", subscribe),
    Command("unsubscribe", unsubscribe),
    Command("status", status),
    Command("add", add, admin=True),
    Command("cancel", cancel, admin=True),
    Command("delete", delete, admin=True),
    Command("stats", stats, admin=True),
)


def describe(command: Command) -> fmt.CommandHelp:
    """Read summary, usage and examples from the handler's docstring."""
    doc_lines = [line.strip() for line in inspect.getdoc(command.callback).splitlines()]
    usage = next(
        (x.removeprefix("Usage:").strip() for x in doc_lines if x.startswith("Usage:")), ""
    )
    examples = tuple(
        x.removeprefix("Example:").strip() for x in doc_lines if x.startswith("Example:")
    )
    return fmt.CommandHelp(
        name=command.name,
        summary=doc_lines[0].rstrip("."),
        usage=usage or f"/{command.name}",
        examples=examples or (f"/{command.name}",),
        admin=command.admin,
    )


def command_help() -> list[fmt.CommandHelp]:
    return [describe(command) for command in COMMANDS]


def register(application: Application) -> None:
    """Attach every handler; the order matters (unknown commands and plain text last)."""
    for command in COMMANDS:
        application.add_handler(CommandHandler(command.name, command.callback))
    application.add_handler(CallbackQueryHandler(docs_button, pattern=r"^docs:\d{1,8}$"))
    application.add_handler(MessageHandler(filters.Document.ALL, upload))
    application.add_handler(MessageHandler(filters.COMMAND, unknown))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, pasted_text))
