"""A fake Telegram Bot API server for end-to-end tests (stdlib only)."""

from .html import EntityParseError, parse_html
from .limits import RateLimits
from .server import (
    DEFAULT_TOKEN,
    MAX_DOWNLOAD,
    MAX_TEXT,
    Call,
    FakeTelegram,
    SentMessage,
    command_entities,
)

__all__ = [
    "DEFAULT_TOKEN",
    "MAX_DOWNLOAD",
    "MAX_TEXT",
    "Call",
    "EntityParseError",
    "FakeTelegram",
    "RateLimits",
    "SentMessage",
    "command_entities",
    "parse_html",
]
