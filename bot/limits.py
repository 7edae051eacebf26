"""Per-user rate limits (uploads per minute), with an injected clock so tests control time."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class SlidingWindowLimiter:
    """Allow at most ``limit`` events per ``window`` seconds for each key."""

    def __init__(
        self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._events: dict[int, deque[float]] = {}

    def retry_after(self, key: int) -> float:
        """Seconds until ``key`` may act again (0 if it may act now); does not record."""
        events = self._prune(key)
        if len(events) < self.limit:
            return 0.0
        return max(0.0, events[0] + self.window - self.clock())

    def hit(self, key: int) -> bool:
        """Record an event if allowed; False means the caller is over the limit."""
        if self.retry_after(key) > 0:
            return False
        self._events.setdefault(key, deque()).append(self.clock())
        return True

    def _prune(self, key: int) -> deque[float]:
        events = self._events.get(key)
        if events is None:
            return deque()
        cutoff = self.clock() - self.window
        while events and events[0] <= cutoff:
            events.popleft()
        if not events:
            del self._events[key]
        return events
