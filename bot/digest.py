"""Daily digests: when each is due (pure), what it holds (pure over the store), sending it.

Restart-safe by design: subscriptions and ``last_sent_at`` live in the database, and one
repeating job (unique name, scheduled once in ``post_init``) looks every
``settings.digest_interval`` seconds for subscriptions whose local time today has passed
since their last digest. Nothing is kept in memory between ticks, so a restart neither
skips nor doubles a day's digest, and there are no per-chat jobs to duplicate.
A multi-part digest is stored (``digest_progress``) before its first part goes out and
each delivered part is counted, so one interrupted after part k resumes at part k+1.

Windows of documents are ``(start - 1 s, now - 1 s]`` in whole seconds (the store's
timestamps), so consecutive digests tile time exactly even when a document is added in
the very second a digest is built.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Bot
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, ContextTypes

from bot import formatting as fmt
from bot.services import (
    AgreementItem,
    AidItem,
    DesignationItem,
    Services,
    consolidate_agreement_rows,
    consolidate_designation_rows,
    dedupe_aid_rows,
    iso,
)
from bot.store import Store

log = logging.getLogger(__name__)

JOB_NAME = "briefbot-digest"
MAX_DOCUMENTS = 10
LEAD_SENTENCES = 3
MAX_RECORDS = 40
ONE_SECOND = timedelta(seconds=1)
SUBSCRIPTION_PAGE = 500
SEND_CONCURRENCY = 32  # chats in flight at once; about a second's worth at 30 msg/s


# --- when ---------------------------------------------------------------------------------


def parse_iso(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def scheduled_instant(hhmm: str, timezone: str, day: date) -> datetime:
    """The UTC instant of ``hhmm`` local time on ``day`` in ``timezone``.

    zoneinfo settles DST: in the spring-forward gap a nonexistent 02:30 maps to the
    instant an hour later by wall-clock, and in the autumn overlap the first 01:30 counts.
    """
    hour, minute = (int(part) for part in hhmm.split(":"))
    local = datetime.combine(day, time(hour, minute), ZoneInfo(timezone))
    return local.astimezone(UTC)


def due_instant(subscription: dict[str, Any], now: datetime) -> datetime | None:
    """The scheduled instant a digest is owed for, or None if none is owed at ``now``.

    Owed when today's local time has passed and nothing was sent (or subscribed) since it:
    subscribing at 10:00 for 08:00 starts tomorrow; a bot that was down at 08:00 sends
    the digest when it comes back, once.
    """
    zone = ZoneInfo(subscription["timezone"])
    today = now.astimezone(zone).date()
    instant = scheduled_instant(subscription["time"], subscription["timezone"], today)
    if instant > now:
        return None
    reference = subscription.get("last_sent_at") or subscription["created_at"]
    if parse_iso(reference) >= instant:
        return None
    return instant


def window_start(subscription: dict[str, Any]) -> datetime:
    return parse_iso(subscription.get("last_sent_at") or subscription["created_at"]) - ONE_SECOND


# --- what ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatusStep:
    agreement: AgreementItem
    previous: str | None  # None: first reported in this window


@dataclass(frozen=True, slots=True)
class Digest:
    since: datetime
    until: datetime
    documents: list[dict[str, Any]] = field(default_factory=list)
    more_documents: int = 0
    lead: list[tuple[int, str]] = field(default_factory=list)
    aid: list[AidItem] = field(default_factory=list)
    designations: list[DesignationItem] = field(default_factory=list)
    agreement_changes: list[StatusStep] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.documents


def build_digest(store: Store, since: datetime, until: datetime) -> Digest:
    """What is new in ``(since, until]``: documents, a lead across them, and records."""
    after, upto = iso(since), iso(until)
    documents = store.documents_added_between(after, upto, limit=MAX_DOCUMENTS)
    if not documents:
        return Digest(since, until)
    total = store.count_documents_added_between(after, upto)
    texts = store.document_texts([d["id"] for d in documents])
    from summarizer import summarize_many  # imported on first use: nltk/scipy are slow to load

    lead = summarize_many(texts, LEAD_SENTENCES) if len(texts) > 1 else []
    aid_rows = store.records_added_between("aid", after, upto, limit=MAX_RECORDS)
    designation_rows = store.records_added_between("designations", after, upto, MAX_RECORDS)
    new_agreements = store.records_added_between("agreements", after, upto, MAX_RECORDS)
    return Digest(
        since=since,
        until=until,
        documents=documents,
        more_documents=max(0, total - len(documents)),
        lead=list(lead),
        aid=dedupe_aid_rows(aid_rows),
        designations=consolidate_designation_rows(designation_rows),
        agreement_changes=agreement_changes(store, new_agreements, after),
    )


def agreement_changes(store: Store, new_rows: list[dict[str, Any]], after: str) -> list[StatusStep]:
    """New agreements, and known ones whose status moved, judged on their whole history."""
    if not new_rows:
        return []
    new_documents = {row["document_id"] for row in new_rows}
    names = list({row["name"] for row in new_rows})
    steps = []
    for item in consolidate_agreement_rows(store.agreement_rows_named(names)):
        before = [h for h in item.history if h.document_id not in new_documents]
        if not any(h.document_id in new_documents for h in item.history):
            continue
        previous = before[-1].status if before else None
        if previous != item.status:
            steps.append(StatusStep(item, previous))
    return steps


def format_digest(digest: Digest, local_day: str) -> str:
    """The digest message (HTML)."""
    if digest.empty:
        return f"<b>Briefbot digest · {fmt.esc(local_day)}</b> — nothing new since the last one."
    count = len(digest.documents) + digest.more_documents
    lines = [f"<b>Briefbot digest · {fmt.esc(local_day)}</b> — {count} new document(s)", ""]
    if digest.lead:
        lines.append("<b>What's new</b>")
        lines += [f"• {fmt.esc(fmt.sentence_text(s))} — {fmt.cite(i)}" for i, s in digest.lead]
        lines.append("")
    lines.append("<b>New documents</b>")
    for document in digest.documents:
        first = next((s for s in (document.get("summary") or "").splitlines() if s.strip()), "")
        lines.append(f"{fmt.cite(document['id'])} <b>{fmt.esc(document['title'])}</b>")
        if first:
            lines.append(f"   {fmt.esc(fmt.clip(fmt.sentence_text(first), 240))}")
    if digest.more_documents:
        lines.append(f"<i>…and {digest.more_documents} more: /docs</i>")
    if digest.aid:
        lines += ["", "<b>New aid</b>"]
        lines += [
            f"• {fmt.esc(a.donor or '?')} → {fmt.esc(a.recipient or '?')}: "
            f"<b>{fmt.esc(fmt.money(a.amount, a.currency))}</b> — {fmt.cites(a.document_ids)}"
            for a in digest.aid
        ]
    if digest.designations:
        lines += ["", "<b>New designations</b>"]
        lines += [
            f"• {fmt.esc(d.entity)}: {fmt.esc(d.action)} — {fmt.esc(d.designation or '?')}"
            + (f" ({fmt.esc(d.authority)})" if d.authority else "")
            + f" — {fmt.cites(d.document_ids)}"
            for d in digest.designations
        ]
    if digest.agreement_changes:
        lines += ["", "<b>Agreements</b>"]
        for step in digest.agreement_changes:
            item = step.agreement
            now = fmt.esc(fmt.status_label(item.status))
            move = (
                f"{fmt.esc(fmt.status_label(step.previous))} → {now}"
                if step.previous
                else f"new: {now}"
            )
            lines.append(f"• {fmt.esc(item.name)}: {move} — {fmt.cites(item.document_ids)}")
    lines.append(f"\n<i>Open a document with /doc {digest.documents[0]['id']}</i>")
    return "\n".join(lines)


# --- sending ------------------------------------------------------------------------------


class DigestSender:
    """One tick: find due subscriptions, send each digest, then record it as sent."""

    def __init__(self, svc: Services) -> None:
        self.svc = svc
        # One tick's built digests by (window, local day): subscribers due together share
        # their digest, so 1,000 of them cost one build, one format and one split.
        self._parts: dict[tuple[datetime, datetime, str], asyncio.Future[list[str]]] = {}

    async def tick(self, bot: Bot) -> int:
        now = self.svc.clock()
        sent = 0
        after: int | None = None
        self._parts = {}
        # Chats are served concurrently; the bot's rate limiter paces them to Telegram's
        # limits (30/s overall, ~1/s per chat), so the sends never wait on each other.
        slots = asyncio.Semaphore(SEND_CONCURRENCY)

        async def send_one(subscription: dict[str, Any]) -> int:
            async with slots:
                return await self.send(bot, subscription, now)

        try:
            while True:
                page = await asyncio.to_thread(
                    self.svc.store.list_subscriptions, after, SUBSCRIPTION_PAGE
                )
                if not page:
                    return sent
                due = [s for s in page if due_instant(s, now) is not None]
                results = await asyncio.gather(*map(send_one, due), return_exceptions=True)
                errors = [r for r in results if isinstance(r, BaseException)]
                sent += sum(r for r in results if not isinstance(r, BaseException))
                if errors:  # every chat got its turn; now fail the tick as before
                    raise errors[0]
                after = page[-1]["chat_id"]
        finally:
            self._parts = {}

    async def _digest_parts(self, since: datetime, until: datetime, local_day: str) -> list[str]:
        """The digest for a window as message parts, built once per tick and window."""
        key = (since, until, local_day)
        future = self._parts.get(key)
        if future is None:

            def build() -> list[str]:
                digest = build_digest(self.svc.store, since, until)
                return fmt.split_message(format_digest(digest, local_day))

            future = asyncio.ensure_future(asyncio.to_thread(build))
            self._parts[key] = future
        return list(await asyncio.shield(future))

    async def send(self, bot: Bot, subscription: dict[str, Any], now: datetime) -> int:
        """Deliver the owed digest part by part, resuming an interrupted one.

        The parts are stored before the first goes out and each accepted part is counted,
        so a failure after part k (a 5xx, a timeout, a restart) resumes at part k+1 next
        tick, with the same text and the same window; ``last_sent_at`` becomes the instant
        the digest was first built only when its last part is delivered.
        """
        chat_id = subscription["chat_id"]
        store = self.svc.store
        progress = await asyncio.to_thread(store.get_digest_progress, chat_id)
        if progress is None:
            local_day = now.astimezone(ZoneInfo(subscription["timezone"])).date().isoformat()
            parts = await self._digest_parts(
                window_start(subscription), now - ONE_SECOND, local_day
            )
            progress = {"sent_at": iso(now), "parts": parts, "delivered": 0}
            await asyncio.to_thread(store.begin_digest, chat_id, progress["sent_at"], parts)
        else:
            log.info(
                "resuming the digest for chat %s at part %d of %d",
                chat_id,
                progress["delivered"] + 1,
                len(progress["parts"]),
            )
        parts, delivered = progress["parts"], progress["delivered"]
        try:
            for number in range(delivered, len(parts)):
                await self._send_part(bot, chat_id, parts[number])
                await asyncio.to_thread(store.mark_digest_part_delivered, chat_id, number + 1)
        except Forbidden as exc:
            log.info("chat %s blocked the bot (%s): unsubscribing", chat_id, exc)
            await asyncio.to_thread(store.delete_subscription, chat_id)
            return 0
        except TelegramError as exc:
            # RetryAfter beyond the rate limiter's retries, network trouble: resume next tick.
            log.warning("digest for chat %s not delivered (%s); will retry", chat_id, exc)
            return 0
        await asyncio.to_thread(store.mark_digest_sent, chat_id, progress["sent_at"])
        return 1

    @staticmethod
    async def _send_part(bot: Bot, chat_id: int, part: str) -> None:
        try:
            await bot.send_message(chat_id, part)
        except BadRequest as exc:
            if "chat not found" in str(exc).lower():
                raise Forbidden(str(exc)) from exc
            if "parse" not in str(exc).lower():
                raise
            log.warning("digest HTML rejected for chat %s (%s); plain text", chat_id, exc)
            await bot.send_message(chat_id, fmt.html_to_text(part), parse_mode=None)


async def digest_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    sender: DigestSender = context.bot_data["digests"]
    sent = await sender.tick(context.bot)
    if sent:
        log.info("sent %d digest(s)", sent)


def schedule_digests(application: Application, interval: float) -> None:
    """One repeating job, whatever happened before: remove any of ours, add one."""
    queue = application.job_queue
    if queue is None:
        raise RuntimeError("the job queue is missing: install python-telegram-bot[job-queue]")
    for job in queue.get_jobs_by_name(JOB_NAME):
        job.schedule_removal()
    queue.run_repeating(
        digest_job,
        interval=interval,
        first=min(interval, 1.0),
        name=JOB_NAME,
        job_kwargs={"max_instances": 1, "coalesce": True},
    )
