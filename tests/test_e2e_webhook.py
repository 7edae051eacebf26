"""``briefbot run --webhook URL``: Telegram pushes updates; only requests with the secret count."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from conftest import REPO_ROOT, SEEDS_DIR
from fake_telegram import FakeTelegram

USER = 7003
SECRET = "s3cret-webhook-token_123"
PUBLIC_URL = "https://briefbot.example.test/telegram/hook"
TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def update(update_id: int, text: str) -> bytes:
    command = text.split()[0]
    return json.dumps(
        {
            "update_id": update_id,
            "message": {
                "message_id": update_id,
                "date": int(time.time()),
                "chat": {"id": USER, "type": "private", "first_name": "Ana"},
                "from": {"id": USER, "is_bot": False, "first_name": "Ana"},
                "text": text,
                "entities": [{"type": "bot_command", "offset": 0, "length": len(command)}],
            },
        }
    ).encode()


def post(port: int, body: bytes, secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/telegram/hook", data=body, headers=headers, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_webhook_mode_registers_the_url_and_answers_only_signed_updates(
    fake_telegram: FakeTelegram, seeded_db: Path, tmp_path: Path
) -> None:
    port = free_port()
    env = {
        **os.environ,
        **fake_telegram.env(),
        "BRIEFBOT_DB": str(seeded_db),
        "BRIEFBOT_SEEDS": str(SEEDS_DIR),
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "PORT": str(port),
    }
    fake_telegram.add_chat(USER)
    log = (tmp_path / "webhook.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--webhook", PUBLIC_URL],
        env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO_ROOT,
    )  # fmt: skip
    try:
        fake_telegram.wait_for(
            lambda: fake_telegram._webhook.get("url") == PUBLIC_URL, timeout=TIMEOUT
        )
        assert fake_telegram._webhook.get("secret_token") == SECRET
        deadline = time.monotonic() + TIMEOUT
        status = None
        while time.monotonic() < deadline:  # the server may still be binding its port
            try:
                status = post(port, update(1, "/start"), SECRET)
                break
            except (ConnectionError, urllib.error.URLError):
                time.sleep(0.1)
        assert status == 200
        fake_telegram.wait_for(lambda: fake_telegram.messages(USER), timeout=TIMEOUT)
        assert "briefing documents" in (fake_telegram.messages(USER)[0].plain_text or "")

        assert post(port, update(2, "/status"), "wrong-secret") == 403
        assert post(port, update(3, "/status"), None) == 403
        time.sleep(0.5)
        assert len(fake_telegram.messages(USER)) == 1, "an unsigned update was answered"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
    output = (tmp_path / "webhook.log").read_text(errors="replace")
    assert proc.returncode == 0, output
    assert fake_telegram.token not in output and SECRET not in output
