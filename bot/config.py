"""Settings read once from the environment and passed explicitly everywhere else."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = Path("data") / "briefbot.db"
DEFAULT_API_URL = "https://api.telegram.org/bot"
DEFAULT_FILE_URL = "https://api.telegram.org/file/bot"
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_UPLOADS_PER_MINUTE = 10
DEFAULT_DIGEST_INTERVAL = 30.0
DEFAULT_WEBHOOK_PORT = 8443


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: Path = DEFAULT_DB
    token: str | None = None
    admins: frozenset[int] = field(default_factory=frozenset)
    timezone: str = "UTC"
    api_url: str = DEFAULT_API_URL
    file_url: str = DEFAULT_FILE_URL
    max_bytes: int = DEFAULT_MAX_BYTES
    seeds_dir: Path | None = PROJECT_ROOT / "seeds"
    digest_interval: float = DEFAULT_DIGEST_INTERVAL
    webhook_secret: str | None = None
    webhook_port: int = DEFAULT_WEBHOOK_PORT
    uploads_per_minute: int = DEFAULT_UPLOADS_PER_MINUTE

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Build settings from ``env`` (default ``os.environ``); explicit overrides win."""
        env = os.environ if env is None else env
        values: dict[str, object] = {
            "db_path": Path(env.get("BRIEFBOT_DB") or DEFAULT_DB),
            "token": (env.get("TELEGRAM_BOT_TOKEN") or "").strip() or None,
            "admins": parse_admins(env.get("BRIEFBOT_ADMINS", "")),
            "timezone": parse_timezone(env.get("BRIEFBOT_TZ") or "UTC"),
            "api_url": env.get("TELEGRAM_API_URL") or DEFAULT_API_URL,
            "file_url": env.get("TELEGRAM_FILE_URL") or DEFAULT_FILE_URL,
            "max_bytes": parse_size(env.get("BRIEFBOT_MAX_BYTES") or str(DEFAULT_MAX_BYTES)),
            "digest_interval": parse_seconds(
                env.get("BRIEFBOT_DIGEST_INTERVAL") or str(DEFAULT_DIGEST_INTERVAL)
            ),
            "webhook_secret": (env.get("TELEGRAM_WEBHOOK_SECRET") or "").strip() or None,
            "webhook_port": parse_port(env.get("PORT") or str(DEFAULT_WEBHOOK_PORT)),
            "uploads_per_minute": parse_positive_int(
                "BRIEFBOT_UPLOADS_PER_MINUTE",
                env.get("BRIEFBOT_UPLOADS_PER_MINUTE") or str(DEFAULT_UPLOADS_PER_MINUTE),
            ),
        }
        if "BRIEFBOT_SEEDS" in env:
            values["seeds_dir"] = Path(env["BRIEFBOT_SEEDS"]) if env["BRIEFBOT_SEEDS"] else None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.admins


def parse_admins(raw: str) -> frozenset[int]:
    """Admins are numeric Telegram user ids: usernames can be changed, ids cannot."""
    ids: set[int] = set()
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit():
            raise ConfigError(f"BRIEFBOT_ADMINS must list numeric Telegram user ids, got {part!r}")
        ids.add(int(part))
    return frozenset(ids)


def parse_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"BRIEFBOT_TZ: unknown timezone {name!r}") from exc
    return name


def parse_positive_int(name: str, raw: str) -> int:
    try:
        value = int(raw.strip())
    except ValueError as exc:
        raise ConfigError(f"{name}: not a whole number: {raw!r}") from exc
    if value <= 0:
        raise ConfigError(f"{name} must be positive")
    return value


def parse_size(raw: str) -> int:
    """Accept plain bytes or a K/M suffix ("10M")."""
    text = raw.strip().upper().removesuffix("B")
    factor = 1
    if text[-1:] in {"K", "M"}:
        factor = 1024 if text[-1] == "K" else 1024 * 1024
        text = text[:-1]
    try:
        value = int(float(text) * factor)
    except ValueError as exc:
        raise ConfigError(f"BRIEFBOT_MAX_BYTES: not a size: {raw!r}") from exc
    if value <= 0:
        raise ConfigError("BRIEFBOT_MAX_BYTES must be positive")
    return value


def parse_seconds(raw: str) -> float:
    """The digest tick interval: how late, at most, a digest may be sent."""
    try:
        value = float(raw)
    except ValueError as exc:
        raise ConfigError(f"BRIEFBOT_DIGEST_INTERVAL: not a number of seconds: {raw!r}") from exc
    if not 0.05 <= value <= 3600:
        raise ConfigError("BRIEFBOT_DIGEST_INTERVAL must be between 0.05 and 3600 seconds")
    return value


def parse_port(raw: str) -> int:
    if not raw.strip().isdigit() or not 0 < int(raw) < 65536:
        raise ConfigError(f"PORT: not a TCP port: {raw!r}")
    return int(raw)
