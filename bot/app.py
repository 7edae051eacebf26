"""The one application factory: every piece of Telegram wiring happens here.

``build_application(settings, store, clock)`` returns a PTB ``Application`` with HTML
defaults, a rate limiter (about 30 messages/s overall, 20/min per group, retries on 429),
the job queue, the handlers, one error handler, and ``post_init`` / ``post_shutdown``
hooks that create the services, load the seeds, register the command menus and schedule
the single digest job. ``run_polling`` / ``run_webhook`` call the hooks; code that drives
the application by hand (the console, tests) uses :func:`start` and :func:`stop`.
"""

from __future__ import annotations

import asyncio
import html
import logging
import secrets
from typing import Any
from urllib.parse import urlsplit

from telegram import BotCommand, BotCommandScopeChat, BotCommandScopeDefault, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder, ContextTypes, Defaults
from telegram.request import BaseRequest

from bot import handlers
from bot.config import Settings
from bot.digest import DigestSender, schedule_digests
from bot.ingest import load_seeds
from bot.ratelimit import ChatPacedRateLimiter
from bot.services import Clock, Services
from bot.store import Store

log = logging.getLogger(__name__)

RATE_LIMIT_RETRIES = 3
CONCURRENT_UPDATES = 8


def build_application(
    settings: Settings,
    store: Store,
    clock: Clock | None = None,
    *,
    request: BaseRequest | None = None,
) -> Application:
    """Wire the bot. ``request`` replaces HTTP (the console answers Bot API calls itself)."""
    if not settings.token:
        raise ValueError("build_application needs settings.token (TELEGRAM_BOT_TOKEN)")

    async def post_init(application: Application) -> None:
        svc = Services.create(settings, store, clock)
        application.bot_data["services"] = svc
        application.bot_data["digests"] = DigestSender(svc)
        seeded = await asyncio.to_thread(load_seeds, svc.ingestor, settings.seeds_dir)
        if seeded:
            log.info("loaded %d seed document(s)", len(seeded))
        await register_commands(application, settings)
        schedule_digests(application, settings.digest_interval)

    async def post_shutdown(application: Application) -> None:
        application.bot_data.pop("digests", None)
        application.bot_data.pop("services", None)
        store.close()

    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.api_url)
        .base_file_url(settings.file_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .rate_limiter(ChatPacedRateLimiter(max_retries=RATE_LIMIT_RETRIES))
        .concurrent_updates(CONCURRENT_UPDATES)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    application = builder.build()
    handlers.register(application)
    application.add_error_handler(on_error)
    return application


def menu(admin: bool) -> list[BotCommand]:
    return [
        BotCommand(h.name, h.summary[:256]) for h in handlers.command_help() if admin or not h.admin
    ]


async def register_commands(application: Application, settings: Settings) -> None:
    """Everyone sees the public menu; each admin's private chat also lists admin commands."""
    bot = application.bot
    try:
        await bot.set_my_commands(menu(admin=False), scope=BotCommandScopeDefault())
    except TelegramError as exc:
        log.warning("could not set the command menu: %s", exc)
    for admin_id in sorted(settings.admins):
        try:
            await bot.set_my_commands(menu(admin=True), scope=BotCommandScopeChat(admin_id))
        except TelegramError as exc:  # "chat not found" until the admin has started the bot
            log.info("admin menu for %s not set yet: %s", admin_id, exc)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The one handler for the unexpected: log with traceback, apologise if we can."""
    log.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            await update.effective_message.reply_text(
                "Sorry, something went wrong on my side; it has been logged. "
                f"({html.escape(type(context.error).__name__)})"
            )
        except TelegramError:
            log.warning("could not tell the user about the error")


async def start(application: Application) -> None:
    """What ``run_polling`` does before polling: initialize, post_init, start the jobs."""
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    await application.start()


async def stop(application: Application) -> None:
    """The reverse of :func:`start` (tolerates a partial start)."""
    if application.running:
        await application.stop()
    await application.shutdown()
    if application.post_shutdown is not None:
        await application.post_shutdown(application)


def run(settings: Settings, store: Store, webhook_url: str | None = None) -> None:
    """Run until interrupted: long polling, or a webhook with a secret token."""
    application = build_application(settings, store)
    kwargs: dict[str, Any] = {"allowed_updates": Update.ALL_TYPES, "drop_pending_updates": False}
    if webhook_url:
        # Telegram echoes the secret in a header; requests without it are refused.
        application.run_webhook(
            listen="0.0.0.0",
            port=settings.webhook_port,
            url_path=urlsplit(webhook_url).path.lstrip("/"),
            webhook_url=webhook_url,
            secret_token=settings.webhook_secret or secrets.token_urlsafe(32),
            **kwargs,
        )
    else:
        application.run_polling(**kwargs)
