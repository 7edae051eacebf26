"""Daily digests: DST-correct schedule, restart safety, blocked chats, failed sends."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.console import Console, ConsoleRequest
from bot.digest import JOB_NAME, due_instant, schedule_digests, scheduled_instant
from bot.store import Store
from tests.docfactory import ARTICLE

CHAT = 777


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def sub(time: str, tz: str, created: str, last: str | None = None) -> dict[str, Any]:
    return {"chat_id": 1, "time": time, "timezone": tz, "created_at": created, "last_sent_at": last}


def test_schedule_follows_daylight_saving_time() -> None:
    # Madrid: CET (UTC+1) on 28 March 2026, CEST (UTC+2) from 29 March.
    assert scheduled_instant("08:00", "Europe/Madrid", date(2026, 3, 28)).hour == 7
    assert scheduled_instant("08:00", "Europe/Madrid", date(2026, 3, 29)).hour == 6
    # 02:30 does not exist on the spring-forward night; it is sent at 03:30 local.
    gap = scheduled_instant("02:30", "Europe/Madrid", date(2026, 3, 29))
    assert gap == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def test_due_after_the_local_time_once_per_day() -> None:
    s = sub("08:00", "America/Guayaquil", "2026-03-01T10:00:00+00:00")  # UTC-5: 13:00 UTC
    assert due_instant(s, datetime(2026, 3, 2, 12, 59, tzinfo=UTC)) is None
    assert due_instant(s, datetime(2026, 3, 2, 13, 0, tzinfo=UTC)) is not None
    s["last_sent_at"] = "2026-03-02T13:00:05+00:00"
    assert due_instant(s, datetime(2026, 3, 2, 23, 0, tzinfo=UTC)) is None
    assert due_instant(s, datetime(2026, 3, 3, 13, 0, 1, tzinfo=UTC)) is not None


def test_subscribing_after_todays_time_starts_tomorrow() -> None:
    s = sub("08:00", "UTC", "2026-03-02T09:00:00+00:00")
    assert due_instant(s, datetime(2026, 3, 2, 9, 1, tzinfo=UTC)) is None
    assert due_instant(s, datetime(2026, 3, 3, 8, 0, tzinfo=UTC)) is not None


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db_path=tmp_path / "digest.db", seeds_dir=None, timezone="UTC")


def scheduled_soon(now: datetime) -> datetime:
    return (now + timedelta(hours=1)).replace(second=0, microsecond=0)


async def test_digest_holds_new_documents_once_and_survives_a_restart(settings: Settings) -> None:
    clock = Clock(datetime.now(UTC))
    at = scheduled_soon(clock.now)
    async with Console(settings, Store(settings.db_path), clock) as console:
        await console.send(f"/subscribe {at:%H:%M} UTC")
        await console.send("/add " + ARTICLE)
        assert await console.digest_tick() == 0  # not yet
        clock.now = at + timedelta(seconds=5)
        assert await console.digest_tick() == 1
        digest = console.request.sent[-1].text
    assert digest.startswith("Briefbot digest") and "1 new document" in digest
    assert "#1 Japan pledges coast guard loan" in digest and "/doc 1" in digest

    # a new Application on the same file: nothing is owed, nothing is resent
    async with Console(settings, Store(settings.db_path), clock) as console:
        clock.now = at + timedelta(seconds=40)
        assert await console.digest_tick() == 0
        # the next day, with nothing added, one "nothing new" line
        clock.now = at + timedelta(days=1, seconds=1)
        assert await console.digest_tick() == 1
        assert "nothing new" in console.request.sent[-1].text
        assert await console.digest_tick() == 0


class Refusing(ConsoleRequest):
    """Answers sendMessage with an HTTP error (403: blocked, 500: a transient failure)."""

    def __init__(self, status: int) -> None:
        super().__init__()
        self.status = status

    async def do_request(self, url: str, method: str, request_data: Any = None, **kwargs: Any) -> tuple[int, bytes]:  # fmt: skip
        if url.endswith("/sendMessage"):
            body = {"ok": False, "error_code": self.status, "description": "Forbidden: bot was blocked by the user" if self.status == 403 else "Internal Server Error"}  # fmt: skip
            return self.status, json.dumps(body).encode()
        return await super().do_request(url, method, request_data, **kwargs)


async def _subscribe_then_tick(
    settings: Settings, make_request: Callable[[], ConsoleRequest]
) -> Store:
    clock = Clock(datetime.now(UTC))
    at = scheduled_soon(clock.now)
    async with Console(settings, Store(settings.db_path), clock) as console:
        await console.send(f"/subscribe {at:%H:%M}")
    async with Console(settings, Store(settings.db_path), clock, request=make_request()) as console:
        clock.now = at + timedelta(seconds=1)
        assert await console.digest_tick() == 0
    return Store(settings.db_path)


async def test_a_chat_that_blocked_the_bot_is_unsubscribed(settings: Settings) -> None:
    store = await _subscribe_then_tick(settings, lambda: Refusing(403))
    assert store.get_subscription(CHAT) is None


async def test_a_failed_send_is_retried_next_tick(settings: Settings) -> None:
    store = await _subscribe_then_tick(settings, lambda: Refusing(500))
    subscription = store.get_subscription(CHAT)
    assert subscription is not None and subscription["last_sent_at"] is None


async def test_one_digest_job_however_often_it_is_scheduled(settings: Settings) -> None:
    async with Console(settings, Store(settings.db_path), run_jobs=True) as console:
        app = console.application
        schedule_digests(app, 30)
        schedule_digests(app, 30)
        await console.send("/status")  # let removals settle
        jobs = [j for j in app.job_queue.jobs() if j.name == JOB_NAME and not j.removed]
    assert len(jobs) == 1


def test_digest_reports_agreement_status_changes_and_new_records(tmp_path: Path) -> None:
    from bot.digest import build_digest, format_digest
    from bot.store import NewDocument
    from summarizer.records import Agreement, Aid, Records

    store = Store(tmp_path / "changes.db")

    def add(n: int, status: str, aid: list[Aid]) -> None:
        doc = NewDocument(title=f"Report {n}", text=f"text {n}", sha256=f"{n:064d}", published=f"2026-0{n}-01")  # fmt: skip
        agreement = Agreement("Safe Third Country Agreement", ["Ecuador", "United States"], status, "e")  # fmt: skip
        store.add_document(doc, [f"Summary {n}."], Records(aid=aid, agreements=[agreement]))

    add(1, "negotiating", [])
    since = datetime.now(UTC) - timedelta(seconds=1)
    store.db.execute("UPDATE documents SET added_at = '2000-01-01T00:00:00+00:00'")
    add(2, "signed", [Aid("United States", "Ecuador", 6e6, "USD", "equipment", None, "e")])
    digest = build_digest(store, since, datetime.now(UTC) + timedelta(seconds=1))
    text = format_digest(digest, "2026-02-01")
    assert [d["id"] for d in digest.documents] == [2]
    assert "Safe Third Country Agreement: negotiating → signed — #1, #2" in text
    assert "United States → Ecuador: <b>USD 6 million</b> — #2" in text
