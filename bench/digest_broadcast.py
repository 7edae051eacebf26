"""Digest broadcast: N subscribers due the same minute, the real bot against the fake API.

    python bench/digest_broadcast.py [--subscribers 1000]

The real ``Application`` (``bot.app.build_application``, real long polling, the real
rate limiter and job queue) talks HTTP to the project's fake Bot API
(``tests/fake_telegram``), which enforces Telegram's limits: 30 messages/s overall and
1/s per chat, answering 429 with ``retry_after`` beyond them.  The seed documents are
new since every subscription, so each digest has real content (summaries, records).

Reports wall time (first tick → last digest accepted), messages/s overall and sustained
(after the first second's burst allowance), 429s, lost (subscribers without a digest)
and duplicates (a digest part delivered twice to one chat).  Writes
bench/results/digest_broadcast.md.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import logging
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bot.config import Settings  # noqa: E402
from bot.ingest import Ingestor, load_seeds  # noqa: E402
from bot.store import Store  # noqa: E402
from tests.fake_telegram import FakeTelegram, RateLimits  # noqa: E402
from tests.fake_telegram.harness import FakeClock, RunningBot  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
FIRST_CHAT = 100_000


async def broadcast(subscribers: int, timeout: float) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp, FakeTelegram(rate_limits=RateLimits()) as fake:
        store = Store(Path(tmp) / "digest.db")
        load_seeds(Ingestor(store, 10 * 1024 * 1024), REPO / "seeds")
        # The bot's clock: a minute after the seeds were stored, at hh:mm:30 UTC.
        moment = (datetime.now(UTC) + timedelta(minutes=1)).replace(second=30, microsecond=0)
        clock = FakeClock(moment)
        created = (moment - timedelta(days=1)).isoformat()
        hhmm = moment.strftime("%H:%M")
        for k in range(subscribers):
            chat_id = FIRST_CHAT + k
            fake.add_chat(chat_id)
            store.upsert_subscription(chat_id, chat_id, hhmm, "UTC", created)
        settings = Settings(
            db_path=store.path, token=fake.token, api_url=fake.base_url,
            file_url=fake.file_url, seeds_dir=None, digest_interval=0.5,
        )  # fmt: skip
        chats = {FIRST_CHAT + k for k in range(subscribers)}
        start = time.monotonic()
        async with RunningBot(fake, settings, store, clock, poll_timeout=1):
            deadline = start + timeout
            while time.monotonic() < deadline:
                pending = sum(
                    1
                    for row in store.list_subscriptions(limit=subscribers + 10)
                    if not row["last_sent_at"]
                )
                if pending == 0:
                    break
                await asyncio.sleep(0.25)
            await asyncio.sleep(1.0)  # anything late or doubled shows up now
        calls = [c for c in fake.calls("sendMessage") if int(c.params["chat_id"]) in chats]
        ok = [c for c in calls if c.status == 200]
        throttled = sum(1 for c in calls if c.status == 429)
        per_chat: dict[int, list[str]] = collections.defaultdict(list)
        for message in fake.all_messages():
            if message.chat_id in chats:
                per_chat[message.chat_id].append(message.text or "")
        lost = len(chats - set(per_chat))
        duplicates = sum(len(texts) - len(set(texts)) for texts in per_chat.values())
        parts = max((len(texts) for texts in per_chat.values()), default=0)
        first, last = min(c.at for c in ok), max(c.at for c in ok)
        after_burst = [c for c in ok if c.at >= first + 1.0]
        sustained = (
            len(after_burst) / (last - (first + 1.0)) if last > first + 1.0 else float("nan")
        )
        store.close()
        return {
            "subscribers": subscribers,
            "messages": len(ok),
            "parts": parts,
            "wall": last - start,
            "send_span": last - first,
            "rate": len(ok) / (last - first) if last > first else float("nan"),
            "sustained": sustained,
            "throttled": throttled,
            "lost": lost,
            "duplicates": duplicates,
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=1000)
    parser.add_argument("--timeout", type=float, default=180.0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.ERROR)  # "skipped: already running"
    r = asyncio.run(broadcast(args.subscribers, args.timeout))
    rows = [
        ("subscribers due the same minute", f"{r['subscribers']}"),
        ("digest messages accepted", f"{r['messages']} ({r['parts']} part(s) per digest)"),
        ("wall time (bot start → last digest)", f"{r['wall']:.1f} s"),
        ("first → last message", f"{r['send_span']:.1f} s"),
        ("messages/s overall", f"{r['rate']:.1f}"),
        ("messages/s sustained (after the 1st s)", f"{r['sustained']:.1f} (target ≥ 25)"),
        ("429 answers from the fake", f"{r['throttled']}"),
        ("lost (no digest)", f"{r['lost']} (target 0)"),
        ("duplicates", f"{r['duplicates']} (target 0)"),
    ]
    table = "\n".join(["| measure | value |", "|---|---|", *(f"| {a} | {b} |" for a, b in rows)])
    print(table)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "digest_broadcast.md").write_text(
        "# Digest broadcast\n\n"
        f"`python bench/digest_broadcast.py --subscribers {args.subscribers}`\n\n"
        "Real Application with real polling against the fake Bot API (30 msg/s overall, "
        "1 msg/s per chat, 429 + retry_after beyond), 9 seed documents new since every "
        f"subscription.\n\n{table}\n",
        encoding="utf-8",
    )
    return 0 if r["lost"] == 0 and r["duplicates"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
