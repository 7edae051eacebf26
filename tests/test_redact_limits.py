"""Token redaction in logs and the per-user upload limiter."""

from __future__ import annotations

import io
import logging

from bot.limits import SlidingWindowLimiter
from bot.redact import MASK, RedactingFilter, redact

TOKEN = "123456789:AAHfakeTokenValue_abcdefghijklmnopqrstu"


def test_redact_masks_given_secret_and_token_shapes():
    assert (
        redact(f"POST https://api.telegram.org/bot{TOKEN}/getMe")
        == f"POST https://api.telegram.org/bot{MASK}/getMe"
    )
    assert redact("key=s3cret-value", ("s3cret-value",)) == f"key={MASK}"
    assert redact("nothing secret here 12:30") == "nothing secret here 12:30"


def test_filter_cleans_messages_args_and_tracebacks():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter(TOKEN))
    logger = logging.getLogger("test.redact")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("HTTP Request: %s %s", "POST", f"https://x/bot{TOKEN}/getUpdates")
        try:
            raise RuntimeError(f"failed for /bot{TOKEN}/sendMessage")
        except RuntimeError:
            logger.exception("boom")
    finally:
        logger.removeHandler(handler)
    output = stream.getvalue()
    assert TOKEN not in output
    assert output.count(MASK) == 2  # the request line and the traceback


def test_limiter_allows_limit_then_refuses_until_window_passes():
    now = [1000.0]
    limiter = SlidingWindowLimiter(limit=3, window=60, clock=lambda: now[0])
    assert [limiter.hit(7) for _ in range(4)] == [True, True, True, False]
    assert limiter.hit(8)  # other users are unaffected
    assert 59 <= limiter.retry_after(7) <= 60
    now[0] += 60.5
    assert limiter.retry_after(7) == 0
    assert limiter.hit(7)
