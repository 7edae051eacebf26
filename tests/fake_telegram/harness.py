"""Run the real bot against the fake: in the test's event loop, or as ``briefbot run``.

``RunningBot`` mirrors what ``Application.run_polling`` does (initialize, post_init,
start_polling, start; then the reverse, with post_stop and post_shutdown) but inside the
test's own event loop, so tests can interleave user actions and checks.
``BotProcess`` starts ``python -m bot run`` with the environment pointing at the fake.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.config import Settings

from .server import FakeTelegram

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
STARTUP_TIMEOUT = 20.0
STOP_TIMEOUT = 15.0


def settings_for(
    fake: FakeTelegram,
    db_path: Path,
    admins: tuple[int, ...] = (5001,),
    *,
    seeds_dir: Path | None = SEEDS_DIR,
    digest_interval: float = 0.25,
    **overrides: Any,
) -> Settings:
    """Settings that point the bot at ``fake``; each test overrides what it exercises."""
    return Settings(
        db_path=db_path,
        token=fake.token,
        admins=frozenset(admins),
        api_url=fake.base_url,
        file_url=fake.file_url,
        seeds_dir=seeds_dir,
        digest_interval=digest_interval,
        **overrides,
    )


@dataclass
class FakeClock:
    """A settable UTC clock for the bot's ``clock=`` parameter."""

    now: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now

    def set(self, moment: datetime) -> None:
        self.now = moment


class RunningBot:
    """``async with RunningBot(fake, settings, store, clock) as app:`` — real polling."""

    def __init__(
        self,
        fake: FakeTelegram,
        settings: Any,
        store: Any,
        clock: Callable | None = None,
        *,
        poll_timeout: int = 10,
    ) -> None:
        self.fake = fake
        self.settings = settings
        self.store = store
        self.clock = clock
        self.poll_timeout = poll_timeout  # long-poll seconds; PTB reads for this + 5 s
        self.app: Any = None

    async def __aenter__(self) -> Any:
        from bot.app import build_application

        self.app = build_application(self.settings, self.store, clock=self.clock)
        polls_before = self.fake.polls_started()
        await self.app.initialize()
        if self.app.post_init:
            await self.app.post_init(self.app)
        from telegram import Update

        # the arguments ``bot.app.run`` gives ``run_polling``
        await self.app.updater.start_polling(
            timeout=self.poll_timeout,
            allowed_updates=Update.ALL_TYPES,
            drop_pending_updates=False,
        )
        await self.app.start()
        # ready once the first long poll is waiting at the fake
        await self.fake.wait_for_async(
            lambda: self.fake.polls_started() > polls_before,
            timeout=STARTUP_TIMEOUT,
            message="the bot's first getUpdates",
        )
        return self.app

    async def __aexit__(self, *exc: object) -> None:
        app = self.app
        if app is None:
            return
        try:
            if app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
            if app.post_stop:
                await app.post_stop(app)
        finally:
            await app.shutdown()
            if app.post_shutdown:
                await app.post_shutdown(app)


class BotProcess:
    """``briefbot run`` as a subprocess (``sys.executable -m bot run``)."""

    def __init__(
        self,
        fake: FakeTelegram,
        env: dict[str, str],
        log_path: Path,
        args: tuple[str, ...] = (),
        global_args: tuple[str, ...] = (),  # before the subcommand, e.g. ("-v",)
    ) -> None:
        self.fake = fake
        self.global_args = global_args
        self.env = {**os.environ, **fake.env(), **env, "PYTHONUNBUFFERED": "1"}
        self.log_path = log_path
        self.args = args
        self.proc: subprocess.Popen | None = None
        self._log = None

    def start(self, timeout: float = STARTUP_TIMEOUT) -> BotProcess:
        polls_before = self.fake.polls_started()
        self._log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", *self.global_args, "run", *self.args],
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            cwd=str(Path(__file__).resolve().parents[2]),
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(
                    f"briefbot run exited with {self.proc.returncode}:\n{self.output()}"
                )
            if self.fake.polls_started() > polls_before:
                return self
            time.sleep(0.05)
        self.stop()
        raise AssertionError(f"briefbot run never polled within {timeout}s:\n{self.output()}")

    def stop(self, sig: int = signal.SIGINT, timeout: float = STOP_TIMEOUT) -> int:
        """Stop the bot the way a supervisor does; returns the exit status."""
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
                raise AssertionError(
                    f"briefbot run ignored signal {sig} for {timeout}s:\n{self.output()}"
                ) from None
        if self._log is not None:
            self._log.close()
            self._log = None
        return self.proc.returncode

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=5)
        if self._log is not None:
            self._log.close()
            self._log = None

    def output(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-6000:]
        except OSError:
            return ""

    def __enter__(self) -> BotProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None and self.proc.poll() is None:
            try:
                self.stop()
            finally:
                self.kill()


def query(db_path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Read the bot's SQLite file directly, as an outside tool would."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
