"""Shared by memory.py and cold_start.py: ``briefbot run`` as a subprocess vs the fake API."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.fake_telegram import FakeTelegram, RateLimits  # noqa: E402
from tests.fake_telegram.harness import BotProcess  # noqa: E402

ADMIN = 4242
CHAT = 4242


def bot_env(db: Path) -> dict[str, str]:
    return {
        "BRIEFBOT_DB": str(db),
        "BRIEFBOT_ADMINS": str(ADMIN),
        "BRIEFBOT_DIGEST_INTERVAL": "60",
    }


def status_kb(pid: int, field: str) -> int:
    """``VmHWM`` (peak resident set) or ``VmRSS`` of a process, in kB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def fake_server() -> FakeTelegram:
    # Replies here are single messages to one chat: Telegram's limits do not bind.
    return FakeTelegram(rate_limits=RateLimits(enabled=False))


__all__ = ["ADMIN", "CHAT", "BotProcess", "bot_env", "fake_server", "status_kb"]
