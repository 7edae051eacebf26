"""Token buckets: Telegram tolerates short bursts, then answers 429 with ``retry_after``."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field


@dataclass
class TokenBucket:
    capacity: float
    rate: float  # tokens per second
    tokens: float = -1.0
    updated: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        if self.tokens < 0:
            self.tokens = self.capacity

    def _refill(self, now: float) -> None:
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def wait_time(self, now: float | None = None) -> float:
        """Seconds until one token is available (0 when one is available now)."""
        now = time.monotonic() if now is None else now
        self._refill(now)
        if self.tokens >= 1:
            return 0.0
        return (1 - self.tokens) / self.rate

    def take(self, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        self._refill(now)
        self.tokens -= 1


@dataclass(frozen=True)
class RateLimits:
    """Defaults follow Telegram's FAQ: ~1 msg/s per chat, 20/min per group, 30/s overall."""

    enabled: bool = True
    per_chat_rate: float = 1.0
    per_chat_burst: float = 4.0
    group_per_minute: float = 20.0
    group_burst: float = 20.0
    global_rate: float = 30.0
    global_burst: float = 30.0


def retry_after_seconds(wait: float) -> int:
    return max(1, math.ceil(wait))
