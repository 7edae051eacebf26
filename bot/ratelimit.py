"""Telegram's limits, all of them: PTB's AIORateLimiter plus a per-private-chat pace.

AIORateLimiter covers the overall limit (~30 messages/s) and groups (20/min) and retries
429 ``retry_after``; it leaves private chats unpaced, so the parts of a long reply would
go out back to back and draw 429s. Here each private chat gets about one message per
second, with a small burst as Telegram itself tolerates.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import Callable, Coroutine
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.ext import AIORateLimiter

# Methods that put a message in a chat; chat actions and callback answers are not paced.
PACED_METHODS = frozenset(
    {
        "sendMessage", "editMessageText", "sendDocument", "sendPhoto", "copyMessage",
        "forwardMessage", "editMessageReplyMarkup", "sendMediaGroup",
    }
)  # fmt: skip
CHAT_BURST = 3  # messages
CHAT_PERIOD = 3.0  # seconds: an average of one message per second per chat
MAX_TRACKED_CHATS = 10_000


class ChatPacedRateLimiter(AIORateLimiter):
    """AIORateLimiter that also paces each private chat to about one message a second."""

    def __init__(
        self, *, chat_burst: int = CHAT_BURST, chat_period: float = CHAT_PERIOD, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self._chat_burst = chat_burst
        self._chat_period = chat_period
        self._chat_limiters: OrderedDict[int, AsyncLimiter] = OrderedDict()

    def _chat_limiter(self, chat_id: int) -> AsyncLimiter:
        limiter = self._chat_limiters.get(chat_id)
        if limiter is None:
            if len(self._chat_limiters) >= MAX_TRACKED_CHATS:
                self._chat_limiters.popitem(last=False)
            limiter = AsyncLimiter(self._chat_burst, self._chat_period)
            self._chat_limiters[chat_id] = limiter
        else:
            self._chat_limiters.move_to_end(chat_id)
        return limiter

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        chat_id: Any = data.get("chat_id")
        with contextlib.suppress(TypeError, ValueError):
            chat_id = int(chat_id)
        pace = (
            self._chat_limiter(chat_id)
            if endpoint in PACED_METHODS and isinstance(chat_id, int) and chat_id > 0
            else contextlib.nullcontext()
        )
        async with pace:
            return await super().process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )
