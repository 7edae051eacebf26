"""``briefbot chat`` and ``briefbot ask``: the real bot, in a terminal, without Telegram.

The console builds the same ``Application`` with the same handlers as production. Only
the transport differs: :class:`ConsoleRequest` is a ``telegram.request.BaseRequest`` that
answers Bot API calls in-process (``getMe``, ``sendMessage``, ``getFile``, file downloads
…) and records what the bot sent, and typed lines become ``Update`` objects fed to
``application.process_update``. The person at the terminal is an admin (they own the
database file anyway), so ``/upload PATH`` goes through the real document handler.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import mimetypes
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from telegram import Update
from telegram.ext import Application
from telegram.request import BaseRequest, RequestData

from bot import app as bot_app
from bot.config import Settings
from bot.formatting import html_to_text
from bot.services import Clock
from bot.store import Store

log = logging.getLogger(__name__)

CONSOLE_TOKEN = "1:console"
CONSOLE_BOT_ID = 1
CONSOLE_USER_ID = 777
CONSOLE_CHAT_ID = 777
CONSOLE_URL = "console://bot/"
CONSOLE_FILE_URL = "console://file/"


@dataclasses.dataclass
class Sent:
    """One message the bot sent or edited."""

    method: str
    chat_id: int
    message_id: int
    html: str
    buttons: list[tuple[str, str]] = dataclasses.field(default_factory=list)

    @property
    def text(self) -> str:
        return html_to_text(self.html)


class ConsoleRequest(BaseRequest):
    """Answers the Bot API in-process; every call is kept in ``calls`` for inspection."""

    def __init__(self, on_sent: Callable[[Sent], None] | None = None) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.sent: list[Sent] = []
        self.files: dict[str, Path] = {}
        self.on_sent = on_sent
        self._message_id = 1000

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    def next_message_id(self) -> int:
        self._message_id += 1
        return self._message_id

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        if url.startswith(CONSOLE_FILE_URL):
            file_id = url.rsplit("/", 1)[-1]
            path = self.files.get(file_id)
            if path is None:
                return 404, b'{"ok":false,"error_code":404,"description":"Not Found"}'
            return 200, await asyncio.to_thread(path.read_bytes)
        api_method = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data else {}
        self.calls.append((api_method, params))
        result = self._answer(api_method, params)
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _answer(self, api_method: str, params: dict[str, Any]) -> Any:
        now = int(datetime.now(UTC).timestamp())
        if api_method == "getMe":
            return {
                "id": CONSOLE_BOT_ID,
                "is_bot": True,
                "first_name": "Briefbot",
                "username": "briefbot_console_bot",
                "can_join_groups": True,
                "can_read_all_group_messages": False,
                "supports_inline_queries": False,
            }
        if api_method in {"sendMessage", "editMessageText"}:
            chat_id = int(params.get("chat_id", CONSOLE_CHAT_ID))
            message_id = int(params.get("message_id") or self.next_message_id())
            sent = Sent(api_method, chat_id, message_id, str(params.get("text", "")))
            markup = params.get("reply_markup") or {}
            if isinstance(markup, str):
                markup = json.loads(markup)
            for row in markup.get("inline_keyboard", []):
                sent.buttons += [(b["text"], b.get("callback_data", "")) for b in row]
            self.sent.append(sent)
            if self.on_sent is not None:
                self.on_sent(sent)
            message = {
                "message_id": message_id,
                "date": now,
                "chat": {"id": chat_id, "type": "private"},
                "from": {"id": CONSOLE_BOT_ID, "is_bot": True, "first_name": "Briefbot"},
                "text": sent.text,
            }
            if markup:
                message["reply_markup"] = markup
            return message
        if api_method == "getFile":
            file_id = str(params["file_id"])
            path = self.files.get(file_id)
            size = path.stat().st_size if path and path.exists() else 0
            return {
                "file_id": file_id,
                "file_unique_id": file_id,
                "file_size": size,
                "file_path": f"documents/{file_id}",
            }
        if api_method == "getUpdates":
            return []
        return True  # sendChatAction, setMyCommands, answerCallbackQuery, deleteWebhook, …


class Console:
    """A chat with the bot: ``await console.send("/aid Ecuador")`` returns the replies."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        clock: Clock | None = None,
        *,
        run_jobs: bool = False,
        on_sent: Callable[[Sent], None] | None = None,
        user_id: int = CONSOLE_USER_ID,
        chat_id: int = CONSOLE_CHAT_ID,
        admin: bool = True,
        request: ConsoleRequest | None = None,
    ) -> None:
        admins = settings.admins | {user_id} if admin else settings.admins - {user_id}
        self.settings = dataclasses.replace(
            settings,
            token=CONSOLE_TOKEN,
            admins=frozenset(admins),
            api_url=CONSOLE_URL,
            file_url=CONSOLE_FILE_URL,
        )
        self.request = request or ConsoleRequest(on_sent)
        self.application: Application = bot_app.build_application(
            self.settings, store, clock, request=self.request
        )
        self.run_jobs = run_jobs
        self.user_id = user_id
        self.chat_id = chat_id
        self._update_id = 0
        self._uploads = 0

    async def __aenter__(self) -> Console:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def start(self) -> None:
        if self.run_jobs:
            await bot_app.start(self.application)
        else:  # one-shot use: no background digest ticks
            await self.application.initialize()
            await self.application.post_init(self.application)

    async def stop(self) -> None:
        await bot_app.stop(self.application)

    # --- feeding updates ------------------------------------------------------------------
    def _base_message(self) -> dict[str, Any]:
        self._update_id += 1
        return {
            "message_id": self.request.next_message_id(),
            "date": int(datetime.now(UTC).timestamp()),
            "chat": {"id": self.chat_id, "type": "private", "first_name": "Console"},
            "from": {"id": self.user_id, "is_bot": False, "first_name": "Console"},
        }

    async def _process(self, payload: dict[str, Any]) -> list[Sent]:
        before = len(self.request.sent)
        payload["update_id"] = self._update_id
        update = Update.de_json(payload, self.application.bot)
        await self.application.process_update(update)
        return self.request.sent[before:]

    async def send(self, text: str) -> list[Sent]:
        """Type ``text`` into the chat; returns what the bot sent back."""
        message = self._base_message()
        message["text"] = text
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return await self._process({"message": message})

    async def upload(self, path: str | Path, file_name: str | None = None) -> list[Sent]:
        """Send a file as a Telegram document (the size is what Telegram would report)."""
        path = Path(path).expanduser()
        if not path.is_file():
            raise FileNotFoundError(f"no such file: {path}")
        self._uploads += 1
        file_id = f"upload{self._uploads}"
        self.request.files[file_id] = path
        name = file_name or path.name
        message = self._base_message()
        message["document"] = {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_name": name,
            "mime_type": mimetypes.guess_type(name)[0] or "application/octet-stream",
            "file_size": path.stat().st_size,
        }
        return await self._process({"message": message})

    async def press(self, callback_data: str, message_id: int) -> list[Sent]:
        """Press an inline button under the message ``message_id``."""
        base = self._base_message()
        return await self._process(
            {
                "callback_query": {
                    "id": str(self._update_id),
                    "from": base["from"],
                    "chat_instance": "console",
                    "data": callback_data,
                    "message": {
                        "message_id": message_id,
                        "date": base["date"],
                        "chat": base["chat"],
                        "from": {"id": CONSOLE_BOT_ID, "is_bot": True, "first_name": "Briefbot"},
                        "text": "…",
                    },
                }
            }
        )

    async def digest_tick(self) -> int:
        """Run the digest job once now (as the repeating job would)."""
        sender = self.application.bot_data["digests"]
        return await sender.tick(self.application.bot)


# --- terminal front ends ------------------------------------------------------------------

CONSOLE_HELP = """Console commands (besides every bot command, see /help):
  /upload PATH   send a file as an admin upload
  /press N       press button N under the last message with buttons
  /digest        run the daily-digest job now
  /quit          leave (or Ctrl-D)"""


def render(sent: Sent) -> str:
    text = sent.text
    if sent.method == "editMessageText":
        text = "(edited)\n" + text
    if sent.buttons:
        labels = "  ".join(f"[{n}] {label}" for n, (label, _) in enumerate(sent.buttons, 1))
        text += f"\n{labels}   (/press N)"
    return text


async def chat(settings: Settings, store: Store, stdin: TextIO, stdout: TextIO) -> int:
    """The interactive REPL. Lines are read off the event loop so digests still fire."""

    def show(sent: Sent) -> None:
        print(render(sent) + "\n", file=stdout, flush=True)

    console = Console(settings, store, run_jobs=True, on_sent=show)
    interactive = stdin.isatty()
    async with console:
        print(
            "Briefbot console — the real bot, no Telegram. /help for commands, "
            "/upload PATH to add a file, /quit to leave.\n",
            file=stdout,
            flush=True,
        )
        while True:
            if interactive:
                print("> ", end="", file=stdout, flush=True)
            line = await asyncio.to_thread(stdin.readline)
            if not line:
                break
            line = line.strip()
            if not line:
                continue
            if not interactive:
                print(f"> {line}", file=stdout, flush=True)
            if line in {"/quit", "/exit"}:
                break
            try:
                await _console_line(console, line, stdout)
            except (OSError, ValueError) as exc:
                print(f"console: {exc}\n", file=stdout, flush=True)
    return 0


async def _console_line(console: Console, line: str, stdout: TextIO) -> None:
    command, _, rest = line.partition(" ")
    if command == "/upload":
        if not rest.strip():
            raise ValueError("usage: /upload PATH")
        await console.upload(rest.strip())
    elif command == "/press":
        with_buttons = [s for s in console.request.sent if s.buttons]
        if not with_buttons:
            raise ValueError("no buttons to press")
        last = with_buttons[-1]
        number = int(rest or "0")
        if not 1 <= number <= len(last.buttons):
            raise ValueError(f"choose a button from 1 to {len(last.buttons)}")
        await console.press(last.buttons[number - 1][1], last.message_id)
    elif command == "/digest":
        sent = await console.digest_tick()
        if not sent:
            print("(no digest due)\n", file=stdout, flush=True)
    elif command == "/console":
        print(CONSOLE_HELP + "\n", file=stdout, flush=True)
    else:
        await console.send(line)


async def ask(settings: Settings, store: Store, text: str, stdout: TextIO = sys.stdout) -> int:
    """One command in, the plain-text reply out."""
    async with Console(settings, store) as console:
        if text.startswith("/upload "):
            sent = await console.upload(text.partition(" ")[2].strip())
        else:
            sent = await console.send(text)
    replies = [render(s) for s in sent]
    print("\n\n".join(replies) if replies else "(no reply)", file=stdout)
    return 0
