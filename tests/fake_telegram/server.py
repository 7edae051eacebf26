"""A fake Telegram Bot API server: real HTTP on 127.0.0.1, Telegram-shaped answers.

It runs ``http.server.ThreadingHTTPServer`` in a background thread, so both a bot in the
test's own event loop and a bot in a subprocess talk to it over real sockets. All state
lives behind one ``threading.Condition``; every wait (long polling, the test helpers) is a
bounded ``Condition.wait`` that wakes on each change and gives up at its deadline.

Test-side API (thread-safe): ``push_message``, ``push_document``, ``push_callback``,
``messages``, ``wait_for`` / ``wait_for_async``, ``ask`` / ``ask_async``, ``block_chat``,
``fail_next``, ``calls``. See ``tests/test_fake_telegram.py`` for examples.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import itertools
import json
import re
import secrets
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from .html import EntityParseError, ParsedText, parse_html, strip_text, utf16_len
from .limits import RateLimits, TokenBucket, retry_after_seconds

DEFAULT_TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijk"
MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
MAX_DOWNLOAD = 20 * 1024 * 1024
MAX_UPLOAD = 50 * 1024 * 1024
LONG_POLL_CAP = 50.0
CHAT_ACTIONS = {
    "typing", "upload_photo", "record_video", "upload_video", "record_voice",
    "upload_voice", "upload_document", "choose_sticker", "find_location",
    "record_video_note", "upload_video_note",
}  # fmt: skip
UPDATE_TYPES = (
    "message", "edited_message", "channel_post", "edited_channel_post", "callback_query",
    "inline_query", "chosen_inline_result", "shipping_query", "pre_checkout_query", "poll",
    "poll_answer", "my_chat_member", "chat_member", "chat_join_request",
)  # fmt: skip
DEFAULT_UPDATES = {t for t in UPDATE_TYPES if t not in {"chat_member"}}
COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
LEADING_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,64})?")
BUTTON_KINDS = (
    "callback_data", "url", "web_app", "login_url", "switch_inline_query",
    "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
    "callback_game", "pay",
)  # fmt: skip


class ApiError(Exception):
    """A Bot API error answer: ``{"ok": false, "error_code": .., "description": ..}``."""

    def __init__(self, code: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


class _DropConnection(Exception):
    """Close the socket without answering (a timed-out request)."""


def bad_request(detail: str) -> ApiError:
    return ApiError(400, f"Bad Request: {detail}")


@dataclass
class Upload:
    filename: str
    content_type: str
    data: bytes


@dataclass
class Call:
    """One request the fake answered (or dropped)."""

    method: str
    params: dict[str, Any]
    status: int
    description: str | None
    at: float
    http_method: str = "POST"


@dataclass
class SentMessage:
    """A message the bot sent and Telegram accepted (kept up to date by edits)."""

    chat_id: int
    message_id: int
    text: str | None  # exactly as sent (HTML source when parse_mode is HTML)
    plain_text: str | None  # what the user sees, after entity parsing
    parse_mode: str | None
    entities: list[dict]
    reply_markup: dict | None
    date: int
    method: str = "sendMessage"
    caption: str | None = None
    document: Upload | None = None
    reply_to_message_id: int | None = None
    edits: list[dict] = field(default_factory=list)
    deleted: bool = False

    @property
    def buttons(self) -> list[dict]:
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [button for row in rows for button in row]

    def button(self, label_part: str) -> dict:
        for button in self.buttons:
            if label_part.lower() in button.get("text", "").lower():
                return button
        raise AssertionError(f"no button containing {label_part!r} in {self.buttons!r}")


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    data: bytes
    file_size: int
    filename: str | None
    mime_type: str | None
    file_path: str | None = None


@dataclass
class Fault:
    method: str
    status: int | str
    count: int
    retry_after: int | None = None
    delay: float = 0.0
    chat_id: int | None = None
    skip: int = 0
    description: str | None = None


@dataclass
class _Chat:
    id: int
    type: str
    title: str | None = None
    username: str | None = None
    first_name: str | None = None
    next_message_id: int = 1
    user_messages: dict[int, dict] = field(default_factory=dict)

    def as_dict(self) -> dict:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.type == "private":
            data["first_name"] = self.first_name or f"User{self.id}"
            if self.username:
                data["username"] = self.username
        else:
            data["title"] = self.title or f"Group {self.id}"
        return data


class FakeTelegram:
    """An in-process fake of ``https://api.telegram.org`` for one bot token."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_username: str = "briefbot_test_bot",
        rate_limits: RateLimits | None = None,
        long_poll_cap: float = LONG_POLL_CAP,
    ) -> None:
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_username = bot_username
        self.limits = rate_limits or RateLimits()
        self.long_poll_cap = long_poll_cap
        self._cond = threading.Condition(threading.RLock())
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._sockets: set[socket.socket] = set()
        self.port: int | None = None
        self.reset()

    # --- lifecycle ---------------------------------------------------------------------
    def reset(self) -> None:
        with self._cond:
            self._updates: list[dict] = []
            self._update_ids = itertools.count(1)
            self._chats: dict[int, _Chat] = {}
            self._sent: dict[int, list[SentMessage]] = {}
            self._files: dict[str, StoredFile] = {}
            self._paths: dict[str, str] = {}
            self._callbacks: dict[str, dict] = {}
            self._blocked: set[int] = set()
            self._faults: list[Fault] = []
            self._calls: list[Call] = []
            self._commands: dict[tuple[str, str], list[dict]] = {}
            self._webhook: dict[str, Any] = {"url": ""}
            self._allowed_updates: set[str] = set(DEFAULT_UPDATES)
            self._poll_generation = 0
            self._polls_started = 0
            self._pollers_waiting = 0
            self._chat_buckets: dict[int, TokenBucket] = {}
            self._global_bucket = TokenBucket(self.limits.global_burst, self.limits.global_rate)
            self.downloads: list[str] = []
            self.chat_actions: list[tuple[int, str]] = []
            self._changes = 0
            self._cond.notify_all()

    def start(self) -> FakeTelegram:
        if self._server is not None:
            return self
        self._stopping.clear()
        handler = type("BoundHandler", (_Handler,), {"fake": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"fake-telegram-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._stopping.set()
        with self._cond:
            self._cond.notify_all()
        self._server.shutdown()
        self._server.server_close()
        with self._cond:
            sockets = list(self._sockets)
        for sock in sockets:  # wake handler threads blocked on idle keep-alive sockets
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """PTB's ``base_url``: the token is appended."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def file_url(self) -> str:
        """PTB's ``base_file_url``: the token is appended."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    def env(self) -> dict[str, str]:
        """Environment variables pointing ``briefbot run`` at this fake."""
        return {
            "TELEGRAM_BOT_TOKEN": self.token,
            "TELEGRAM_API_URL": self.base_url,
            "TELEGRAM_FILE_URL": self.file_url,
        }

    # --- test side: users talking to the bot ------------------------------------------
    def _chat(self, chat_id: int, chat_type: str = "private", username: str | None = None) -> _Chat:
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = _Chat(chat_id, chat_type, username=username)
            self._chats[chat_id] = chat
        return chat

    def add_chat(self, chat_id: int, chat_type: str = "private") -> None:
        """Make a chat known (Telegram only lets a bot write to chats that met it)."""
        with self._cond:
            self._chat(chat_id, chat_type)

    @staticmethod
    def _user(user_id: int, username: str | None) -> dict:
        user = {
            "id": user_id,
            "is_bot": False,
            "first_name": f"User{user_id}",
            "language_code": "en",
        }
        if username:
            user["username"] = username
        return user

    def _enqueue(self, update: dict) -> int:
        update_id = next(self._update_ids)
        update = {"update_id": update_id, **update}
        self._updates.append(update)
        self._changes += 1
        self._cond.notify_all()
        return update_id

    def _new_user_message(
        self, chat_id: int, user_id: int, chat_type: str, username: str | None
    ) -> tuple[_Chat, dict]:
        chat = self._chat(chat_id, chat_type, username if chat_type == "private" else None)
        message_id = chat.next_message_id
        chat.next_message_id += 1
        message = {
            "message_id": message_id,
            "from": self._user(user_id, username),
            "chat": chat.as_dict(),
            "date": int(time.time()),
        }
        chat.user_messages[message_id] = message
        return chat, message

    def push_message(
        self,
        chat_id: int,
        user_id: int,
        text: str,
        chat_type: str = "private",
        username: str | None = None,
    ) -> int:
        """A user sends ``text``; returns the update id. Leading /commands get entities."""
        with self._cond:
            _, message = self._new_user_message(chat_id, user_id, chat_type, username)
            message["text"] = text
            entities = command_entities(text)
            if entities:
                message["entities"] = entities
            return self._enqueue({"message": message})

    def push_document(
        self,
        chat_id: int,
        user_id: int,
        filename: str,
        data: bytes,
        mime_type: str | None = None,
        caption: str | None = None,
        file_size: int | None = None,
        chat_type: str = "private",
        username: str | None = None,
    ) -> str:
        """A user uploads a file; returns its ``file_id``. ``file_size`` can fake a huge one."""
        with self._cond:
            _, message = self._new_user_message(chat_id, user_id, chat_type, username)
            stored = self._store_file(data, filename, mime_type, file_size)
            message["document"] = {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "file_name": filename,
                "file_size": stored.file_size,
            }
            if mime_type:
                message["document"]["mime_type"] = mime_type
            if caption is not None:
                message["caption"] = caption
                entities = command_entities(caption)
                if entities:
                    message["caption_entities"] = entities
            self._enqueue({"message": message})
            return stored.file_id

    def push_callback(self, chat_id: int, user_id: int, data: str, message_id: int) -> str:
        """A user presses an inline button under the bot's message; returns the query id."""
        with self._cond:
            sent = self._find_sent(chat_id, message_id)
            if sent is None:
                raise AssertionError(f"the bot never sent message {message_id} in chat {chat_id}")
            query_id = str(secrets.randbits(63))
            self._callbacks[query_id] = {"answered": False, "chat_id": chat_id}
            self._enqueue(
                {
                    "callback_query": {
                        "id": query_id,
                        "from": self._user(user_id, None),
                        "message": self._message_dict(sent),
                        "chat_instance": str(abs(hash((chat_id, self.bot_id)))),
                        "data": data,
                    }
                }
            )
            return query_id

    def press(self, message: SentMessage, label_part: str, user_id: int | None = None) -> str:
        """Press the button whose label contains ``label_part`` under ``message``."""
        button = message.button(label_part)
        if "callback_data" not in button:
            raise AssertionError(f"button {button!r} has no callback_data")
        return self.push_callback(
            message.chat_id, user_id or message.chat_id, button["callback_data"], message.message_id
        )

    def block_chat(self, chat_id: int, blocked: bool = True) -> None:
        with self._cond:
            (self._blocked.add if blocked else self._blocked.discard)(chat_id)

    def fail_next(
        self,
        method: str,
        status: int | str,
        count: int = 1,
        retry_after: int | None = None,
        *,
        delay: float = 0.0,
        chat_id: int | None = None,
        skip: int = 0,
        description: str | None = None,
    ) -> None:
        """Script faults for the next ``count`` calls of ``method``.

        ``status`` 429 (with ``retry_after``, default 1), 502 (nginx's HTML page), any other
        HTTP error code, or ``"timeout"``: sleep ``delay`` seconds (set it past the client's
        read timeout) and close the connection unanswered. ``chat_id`` restricts the fault
        to one chat; ``skip`` lets that many matching calls through first; ``description``
        replaces the error text (e.g. Telegram's "Bad Request: can't parse entities: ...").
        """
        with self._cond:
            self._faults.append(
                Fault(method.lower(), status, count, retry_after, delay, chat_id, skip, description)
            )

    def clear_faults(self) -> None:
        """Drop every scripted fault not yet used up (the network heals)."""
        with self._cond:
            self._faults = []

    # --- test side: observing the bot ------------------------------------------------
    def messages(self, chat_id: int, include_deleted: bool = False) -> list[SentMessage]:
        with self._cond:
            return [
                copy.deepcopy(m)
                for m in self._sent.get(chat_id, [])
                if include_deleted or not m.deleted
            ]

    def all_messages(self) -> list[SentMessage]:
        with self._cond:
            return [copy.deepcopy(m) for ms in self._sent.values() for m in ms]

    def calls(self, method: str | None = None) -> list[Call]:
        with self._cond:
            return [c for c in self._calls if method is None or c.method.lower() == method.lower()]

    def commands(self, scope: dict | None = None, language_code: str = "") -> list[dict]:
        with self._cond:
            return copy.deepcopy(self._commands.get((_scope_key(scope), language_code), []))

    def all_command_scopes(self) -> dict[tuple[str, str], list[dict]]:
        with self._cond:
            return copy.deepcopy(self._commands)

    def pending_updates(self) -> int:
        with self._cond:
            return len(self._updates)

    def polls_started(self) -> int:
        """How many getUpdates requests have arrived (answered or still waiting)."""
        with self._cond:
            return self._polls_started

    def is_polling(self) -> bool:
        with self._cond:
            return self._pollers_waiting > 0

    def callback_answer(self, query_id: str) -> dict | None:
        with self._cond:
            entry = self._callbacks.get(query_id)
            return dict(entry) if entry else None

    def wait_for(
        self,
        predicate: Callable[[], Any] | int,
        timeout: float = 10.0,
        chat_id: int | None = None,
        message: str = "",
    ) -> Any:
        """Block until ``predicate()`` is truthy (re-checked on every change) or fail.

        An int ``predicate`` waits for that many accepted messages in ``chat_id``.
        """
        if isinstance(predicate, int):
            if chat_id is None:
                raise ValueError("wait_for(count) needs chat_id")
            count = predicate

            def predicate() -> Any:
                found = self.messages(chat_id)
                return found if len(found) >= count else None

        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                result = predicate()
                if result:
                    return result
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._stopping.is_set():
                    break
                self._cond.wait(min(remaining, 0.25))
        raise AssertionError(
            f"timed out after {timeout}s waiting for {message or predicate!r}; "
            f"recent calls: {self._recent_calls()}"
        )

    async def wait_for_async(
        self,
        predicate: Callable[[], Any] | int,
        timeout: float = 10.0,
        chat_id: int | None = None,
        message: str = "",
    ) -> Any:
        """``wait_for`` without blocking the event loop (the bot may be running in it)."""
        return await asyncio.to_thread(self.wait_for, predicate, timeout, chat_id, message)

    def wait_idle(self, chat_id: int, quiet: float = 0.4, timeout: float = 10.0) -> None:
        """Wait until the bot has sent nothing to ``chat_id`` for ``quiet`` seconds."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                last = self._last_activity(chat_id)
                now = time.monotonic()
                if now - last >= quiet:
                    return
                if now >= deadline:
                    raise AssertionError(f"chat {chat_id} never went quiet within {timeout}s")
                self._cond.wait(min(quiet - (now - last), deadline - now) + 0.01)

    def ask(
        self,
        chat_id: int,
        user_id: int,
        text: str,
        *,
        until: Callable[[list[SentMessage]], Any] | None = None,
        count: int = 1,
        timeout: float = 15.0,
        quiet: float = 0.3,
        chat_type: str = "private",
    ) -> list[SentMessage]:
        """Send ``text`` as the user and return the bot's new messages in that chat.

        Waits until ``until(new_messages)`` is truthy (default: at least ``count`` new
        messages), then until the chat is quiet for ``quiet`` seconds.
        """
        before = len(self.messages(chat_id))
        self.push_message(chat_id, user_id, text, chat_type=chat_type)
        check = until or (lambda new: len(new) >= count)

        def arrived() -> list[SentMessage] | None:
            new = self.messages(chat_id)[before:]
            return new if check(new) else None

        self.wait_for(arrived, timeout, message=f"a reply to {text!r} in chat {chat_id}")
        if quiet:
            self.wait_idle(chat_id, quiet=quiet, timeout=timeout)
        return self.messages(chat_id)[before:]

    async def ask_async(
        self, chat_id: int, user_id: int, text: str, **kwargs: Any
    ) -> list[SentMessage]:
        return await asyncio.to_thread(lambda: self.ask(chat_id, user_id, text, **kwargs))

    def _last_activity(self, chat_id: int) -> float:
        last = 0.0
        for call in reversed(self._calls):
            if str(call.params.get("chat_id")) == str(chat_id) and call.status == 200:
                last = call.at
                break
        return last

    def _recent_calls(self, n: int = 8) -> list[str]:
        with self._cond:
            return [
                f"{c.method} {c.status} {c.description or ''} {_short(c.params)}"
                for c in self._calls[-n:]
            ]

    # --- files -----------------------------------------------------------------------
    def _store_file(
        self, data: bytes, filename: str | None, mime_type: str | None, file_size: int | None
    ) -> StoredFile:
        unique = secrets.token_hex(8)
        stored = StoredFile(
            file_id=f"BQACAgIAAxkB{unique}{secrets.token_hex(12)}",
            file_unique_id=f"AgAD{unique}",
            data=data,
            file_size=len(data) if file_size is None else file_size,
            filename=filename,
            mime_type=mime_type,
        )
        self._files[stored.file_id] = stored
        return stored

    # --- request handling (server threads) --------------------------------------------
    def handle_api(
        self, token: str, method: str, params: dict[str, Any], http_method: str
    ) -> tuple[int, bytes, str]:
        """Answer one Bot API request: (status, body, content type)."""
        status, description = 200, None
        try:
            if token != self.token:
                raise ApiError(401, "Unauthorized")
            handler = API_METHODS.get(method.lower())
            if handler is None:
                raise ApiError(404, "Not Found")
            self._apply_fault(method.lower(), params)
            result = handler(self, params)
            body = {"ok": True, "result": result}
        except ApiError as err:
            status, description = err.code, err.description
            body = {"ok": False, "error_code": err.code, "description": err.description}
            if err.parameters:
                body["parameters"] = err.parameters
        except _BadGateway:
            status, description = 502, "Bad Gateway"
            self._log(method, params, status, description, http_method)
            return status, BAD_GATEWAY_PAGE, "text/html"
        except _DropConnection:
            self._log(method, params, 0, "timeout (connection dropped)", http_method)
            raise
        self._log(method, params, status, description, http_method)
        return status, json.dumps(body, ensure_ascii=False).encode(), "application/json"

    def _log(
        self, method: str, params: dict, status: int, description: str | None, http_method: str
    ) -> None:
        logged = {
            k: (f"<upload {v.filename} {len(v.data)} bytes>" if isinstance(v, Upload) else v)
            for k, v in params.items()
        }
        with self._cond:
            self._calls.append(
                Call(method, logged, status, description, time.monotonic(), http_method)
            )
            self._changes += 1
            self._cond.notify_all()

    def _apply_fault(self, method: str, params: dict[str, Any]) -> None:
        with self._cond:
            fault = None
            for candidate in self._faults:
                if candidate.method != method or candidate.count <= 0:
                    continue
                if candidate.chat_id is not None and str(params.get("chat_id")) != str(
                    candidate.chat_id
                ):
                    continue
                if candidate.skip > 0:
                    candidate.skip -= 1
                    return
                candidate.count -= 1
                fault = candidate
                break
            self._faults = [f for f in self._faults if f.count > 0]
        if fault is None:
            return
        if fault.status == "timeout":
            self._stopping.wait(fault.delay)
            raise _DropConnection
        if fault.status == 429:
            retry = fault.retry_after or 1
            raise ApiError(429, f"Too Many Requests: retry after {retry}", {"retry_after": retry})
        if fault.status == 502:
            raise _BadGateway
        status = int(fault.status)
        descriptions = {
            400: "Bad Request: injected fault",
            403: "Forbidden: injected fault",
            409: "Conflict: injected fault",
            500: "Internal Server Error",
        }
        raise ApiError(status, fault.description or descriptions.get(status, "Injected fault"))

    def handle_download(self, token: str, path: str) -> tuple[int, bytes, str]:
        with self._cond:
            if token != self.token:
                self._log("download", {"path": path}, 401, "Unauthorized", "GET")
                return (
                    401,
                    json.dumps(
                        {"ok": False, "error_code": 401, "description": "Unauthorized"}
                    ).encode(),
                    "application/json",
                )
            file_id = self._paths.get(path)
            stored = self._files.get(file_id) if file_id else None
            if stored is None:
                self._log("download", {"path": path}, 404, "Not Found", "GET")
                return (
                    404,
                    json.dumps(
                        {"ok": False, "error_code": 404, "description": "Not Found"}
                    ).encode(),
                    "application/json",
                )
            self.downloads.append(path)
            self._log("download", {"path": path, "file_id": file_id}, 200, None, "GET")
            return 200, stored.data, stored.mime_type or "application/octet-stream"

    # --- shared helpers for API methods ---------------------------------------------
    def _known_chat(self, params: dict[str, Any]) -> _Chat:
        raw = params.get("chat_id")
        if raw in (None, ""):
            raise bad_request("chat_id is empty")
        try:
            chat_id = int(raw)
        except (TypeError, ValueError):
            raise bad_request("chat not found") from None
        chat = self._chats.get(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        if chat_id in self._blocked:
            if chat.type == "private":
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            raise ApiError(403, "Forbidden: bot was kicked from the group chat")
        return chat

    def _check_rate(self, chat: _Chat) -> None:
        if not self.limits.enabled:
            return
        now = time.monotonic()
        bucket = self._chat_buckets.get(chat.id)
        if bucket is None:
            if chat.type == "private":
                bucket = TokenBucket(self.limits.per_chat_burst, self.limits.per_chat_rate)
            else:
                bucket = TokenBucket(self.limits.group_burst, self.limits.group_per_minute / 60)
            self._chat_buckets[chat.id] = bucket
        wait = max(bucket.wait_time(now), self._global_bucket.wait_time(now))
        if wait > 0:
            retry = retry_after_seconds(wait)
            raise ApiError(429, f"Too Many Requests: retry after {retry}", {"retry_after": retry})
        bucket.take(now)
        self._global_bucket.take(now)

    def _find_sent(self, chat_id: int, message_id: int) -> SentMessage | None:
        for message in self._sent.get(chat_id, []):
            if message.message_id == message_id and not message.deleted:
                return message
        return None

    def _message_dict(self, sent: SentMessage) -> dict:
        chat = self._chats[sent.chat_id]
        data: dict[str, Any] = {
            "message_id": sent.message_id,
            "from": self.me(),
            "chat": chat.as_dict(),
            "date": sent.date,
        }
        if sent.document is not None:
            data["document"] = {
                "file_id": f"BQACAgIAAxkBsent{sent.message_id}",
                "file_unique_id": f"AgADsent{sent.message_id}",
                "file_name": sent.document.filename,
                "mime_type": sent.document.content_type,
                "file_size": len(sent.document.data),
            }
            if sent.plain_text:
                data["caption"] = sent.plain_text
                if sent.entities:
                    data["caption_entities"] = sent.entities
        else:
            data["text"] = sent.plain_text
            if sent.entities:
                data["entities"] = sent.entities
        if sent.edits:
            data["edit_date"] = int(time.time())
        if sent.reply_markup and sent.reply_markup.get("inline_keyboard"):
            data["reply_markup"] = sent.reply_markup
        return data

    def _new_sent(self, chat: _Chat, **fields: Any) -> SentMessage:
        message_id = chat.next_message_id
        chat.next_message_id += 1
        sent = SentMessage(chat_id=chat.id, message_id=message_id, date=int(time.time()), **fields)
        self._sent.setdefault(chat.id, []).append(sent)
        self._changes += 1
        self._cond.notify_all()
        return sent

    def me(self) -> dict:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Briefbot Test",
            "username": self.bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }


class _BadGateway(Exception):
    pass


BAD_GATEWAY_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


# --- parameter helpers ----------------------------------------------------------------------


def _short(params: dict) -> str:
    text = json.dumps(params, ensure_ascii=False, default=str)
    return text if len(text) < 160 else text[:157] + "..."


def _json_param(params: dict[str, Any], name: str, default: Any = None) -> Any:
    """Form values arrive as strings holding JSON; JSON bodies arrive already decoded."""
    value = params.get(name, default)
    if isinstance(value, str):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            raise bad_request(f"can't parse {name} JSON object") from None
    return value


def _int_param(params: dict[str, Any], name: str, default: int | None = None) -> int | None:
    value = params.get(name)
    if value in (None, ""):
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        raise bad_request(f"invalid {name} specified") from None


def _bool_param(params: dict[str, Any], name: str) -> bool:
    value = params.get(name)
    if isinstance(value, str):
        return value.lower() in {"true", "1"}
    return bool(value)


def _str_param(params: dict[str, Any], name: str) -> str | None:
    value = params.get(name)
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _scope_key(scope: Any) -> str:
    if not scope:
        return "default"
    if isinstance(scope, str):
        scope = json.loads(scope)
    parts = [scope.get("type", "default")]
    for key in ("chat_id", "user_id"):
        if key in scope:
            parts.append(f"{key}={scope[key]}")
    return ":".join(parts)


def command_entities(text: str) -> list[dict]:
    """Telegram marks a leading ``/command`` (optionally ``@botname``) as ``bot_command``."""
    match = LEADING_COMMAND.match(text)
    if not match:
        return []
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(match.group(0))}]


def _format_text(
    text: str | None, parse_mode: str | None, entities: Any, limit: int, what: str
) -> ParsedText:
    if text is None:
        text = ""
    mode = (parse_mode or "").strip()
    if mode.lower() == "html":
        try:
            parsed = parse_html(text)
        except EntityParseError as exc:
            raise bad_request(f"can't parse entities: {exc}") from None
    elif mode.lower() in {"markdown", "markdownv2"}:
        parsed = ParsedText(text, [])  # not validated: Briefbot uses HTML
    elif mode:
        raise bad_request(f"unsupported parse_mode {mode!r}")
    else:
        parsed = ParsedText(text, entities if isinstance(entities, list) else [])
    parsed = strip_text(parsed)
    if what == "text" and not parsed.text:
        raise bad_request("message text is empty")
    if len(parsed.text) > limit:
        raise bad_request(
            "message is too long" if what == "text" else "message caption is too long"
        )
    return parsed


def _check_markup(markup: Any) -> dict | None:
    """Shape-check ``reply_markup`` the way the Bot API does for inline keyboards."""
    if markup in (None, "", {}):
        return None
    if not isinstance(markup, dict):
        raise bad_request("object expected as reply markup")
    if "inline_keyboard" not in markup:
        if any(k in markup for k in ("keyboard", "remove_keyboard", "force_reply")):
            return markup
        raise bad_request('can\'t find field "inline_keyboard"')
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list):
        raise bad_request('field "inline_keyboard" must be an Array')
    for row in rows:
        if not isinstance(row, list):
            raise bad_request('field "inline_keyboard" must be an Array of Arrays')
        for button in row:
            if not isinstance(button, dict):
                raise bad_request(
                    "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
                )
            if not isinstance(button.get("text"), str) or not button["text"].strip():
                raise bad_request("can't parse inline keyboard button: Text must be non-empty")
            kinds = [k for k in BUTTON_KINDS if k in button]
            if len(kinds) != 1:
                raise bad_request(
                    "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
                )
            if kinds[0] == "callback_data":
                data = button["callback_data"]
                if (
                    not isinstance(data, str)
                    or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA
                ):
                    raise bad_request("BUTTON_DATA_INVALID")
            if kinds[0] == "url" and not re.match(r"^(https?|tg)://", str(button["url"])):
                raise bad_request("inline keyboard button URL is invalid")
    return markup


# --- API methods ----------------------------------------------------------------------------


def _get_me(fake: FakeTelegram, params: dict) -> dict:
    return fake.me()


def _get_updates(fake: FakeTelegram, params: dict) -> list[dict]:
    offset = _int_param(params, "offset", 0) or 0
    limit = max(1, min(100, _int_param(params, "limit", 100) or 100))
    timeout = max(0.0, min(float(params.get("timeout") or 0), fake.long_poll_cap))
    allowed = _json_param(params, "allowed_updates")
    deadline = time.monotonic() + timeout
    with fake._cond:
        if fake._webhook.get("url"):
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
            )
        if isinstance(allowed, list):
            fake._allowed_updates = set(allowed) if allowed else set(DEFAULT_UPDATES)
        fake._poll_generation += 1
        fake._polls_started += 1
        generation = fake._poll_generation
        fake._cond.notify_all()  # an older long poll still waiting gets 409 below
        fake._pollers_waiting += 1
        try:
            while True:
                if offset > 0:
                    fake._updates = [u for u in fake._updates if u["update_id"] >= offset]
                elif offset < 0:
                    fake._updates = fake._updates[offset:]
                fake._updates = [
                    u for u in fake._updates if _update_type(u) in fake._allowed_updates
                ]
                if fake._updates:
                    return copy.deepcopy(fake._updates[:limit])
                remaining = deadline - time.monotonic()
                if remaining <= 0 or fake._stopping.is_set():
                    return []
                fake._cond.wait(min(remaining, 1.0))
                if fake._poll_generation != generation:
                    raise ApiError(
                        409,
                        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                    )
        finally:
            fake._pollers_waiting -= 1


def _update_type(update: dict) -> str:
    return next((k for k in update if k != "update_id"), "")


def _set_webhook(fake: FakeTelegram, params: dict) -> bool:
    url = _str_param(params, "url") or ""
    if url and not url.startswith("https://"):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    with fake._cond:
        fake._webhook = {"url": url, "secret_token": _str_param(params, "secret_token")}
        if _bool_param(params, "drop_pending_updates"):
            fake._updates.clear()
    return True


def _delete_webhook(fake: FakeTelegram, params: dict) -> bool:
    with fake._cond:
        fake._webhook = {"url": ""}
        if _bool_param(params, "drop_pending_updates"):
            fake._updates.clear()
    return True


def _get_webhook_info(fake: FakeTelegram, params: dict) -> dict:
    with fake._cond:
        return {
            "url": fake._webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(fake._updates),
        }


def _set_my_commands(fake: FakeTelegram, params: dict) -> bool:
    commands = _json_param(params, "commands")
    if not isinstance(commands, list):
        raise bad_request('parameter "commands" must be an Array')
    if len(commands) > 100:
        raise bad_request("too many commands")
    for command in commands:
        name = command.get("command", "") if isinstance(command, dict) else ""
        description = command.get("description", "") if isinstance(command, dict) else ""
        if not COMMAND_NAME.match(name):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(description) <= 256:
            raise bad_request(
                "command description is empty"
                if not description
                else "BOT_COMMAND_DESCRIPTION_INVALID"
            )
    key = (_scope_key(_json_param(params, "scope")), _str_param(params, "language_code") or "")
    with fake._cond:
        fake._commands[key] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
    return True


def _get_my_commands(fake: FakeTelegram, params: dict) -> list[dict]:
    key = (_scope_key(_json_param(params, "scope")), _str_param(params, "language_code") or "")
    with fake._cond:
        return copy.deepcopy(fake._commands.get(key, []))


def _delete_my_commands(fake: FakeTelegram, params: dict) -> bool:
    key = (_scope_key(_json_param(params, "scope")), _str_param(params, "language_code") or "")
    with fake._cond:
        fake._commands.pop(key, None)
    return True


def _reply_to(chat: _Chat, fake: FakeTelegram, params: dict) -> int | None:
    reply = _json_param(params, "reply_parameters")
    message_id = _int_param(params, "reply_to_message_id")
    allow_missing = _bool_param(params, "allow_sending_without_reply")
    if isinstance(reply, dict):
        message_id = reply.get("message_id")
        allow_missing = allow_missing or bool(reply.get("allow_sending_without_reply"))
    if message_id is None:
        return None
    exists = message_id in chat.user_messages or fake._find_sent(chat.id, int(message_id))
    if not exists and not allow_missing:
        raise bad_request("message to be replied not found")
    return int(message_id)


def _send_message(fake: FakeTelegram, params: dict) -> dict:
    with fake._cond:
        chat = fake._known_chat(params)
        parsed = _format_text(
            _str_param(params, "text"),
            _str_param(params, "parse_mode"),
            _json_param(params, "entities"),
            MAX_TEXT,
            "text",
        )
        markup = _check_markup(_json_param(params, "reply_markup"))
        reply_to = _reply_to(chat, fake, params)
        fake._check_rate(chat)
        sent = fake._new_sent(
            chat,
            text=_str_param(params, "text"),
            plain_text=parsed.text,
            parse_mode=_str_param(params, "parse_mode"),
            entities=parsed.entities,
            reply_markup=markup,
            reply_to_message_id=reply_to,
        )
        return fake._message_dict(sent)


def _send_document(fake: FakeTelegram, params: dict) -> dict:
    with fake._cond:
        chat = fake._known_chat(params)
        document = params.get("document")
        if isinstance(document, str):
            stored = fake._files.get(document)
            if stored is None:
                raise bad_request("wrong file identifier/HTTP URL specified")
            document = Upload(stored.filename or "document", stored.mime_type or "", stored.data)
        elif isinstance(document, str | type(None)) or not isinstance(document, Upload):
            raise bad_request("there is no document in the request")
        if len(document.data) > MAX_UPLOAD:
            raise ApiError(413, "Request Entity Too Large")
        caption = _str_param(params, "caption")
        parsed = _format_text(
            caption,
            _str_param(params, "parse_mode"),
            _json_param(params, "caption_entities"),
            MAX_CAPTION,
            "caption",
        )
        markup = _check_markup(_json_param(params, "reply_markup"))
        reply_to = _reply_to(chat, fake, params)
        fake._check_rate(chat)
        sent = fake._new_sent(
            chat,
            text=caption,
            plain_text=parsed.text,
            parse_mode=_str_param(params, "parse_mode"),
            entities=parsed.entities,
            reply_markup=markup,
            method="sendDocument",
            caption=caption,
            document=document,
            reply_to_message_id=reply_to,
        )
        return fake._message_dict(sent)


def _target_message(
    fake: FakeTelegram, params: dict, what: str = "edit"
) -> tuple[_Chat, SentMessage]:
    if params.get("inline_message_id"):
        raise bad_request("inline messages are not supported by the fake")
    chat = fake._known_chat(params)
    message_id = _int_param(params, "message_id")
    if message_id is None:
        raise bad_request("message identifier is not specified")
    sent = fake._find_sent(chat.id, message_id)
    if sent is None:
        if message_id in chat.user_messages:
            raise bad_request(f"message can't be {'edited' if what == 'edit' else 'deleted'}")
        raise bad_request(f"message to {what} not found")
    return chat, sent


def _edit_message_text(fake: FakeTelegram, params: dict) -> dict:
    with fake._cond:
        _, sent = _target_message(fake, params)
        if sent.document is not None:
            raise bad_request("there is no text in the message to edit")
        parsed = _format_text(
            _str_param(params, "text"),
            _str_param(params, "parse_mode"),
            _json_param(params, "entities"),
            MAX_TEXT,
            "text",
        )
        markup = _check_markup(_json_param(params, "reply_markup"))
        if (
            parsed.text == sent.plain_text
            and parsed.entities == sent.entities
            and markup == sent.reply_markup
        ):
            raise bad_request(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        sent.edits.append({"text": sent.text, "reply_markup": sent.reply_markup})
        sent.text = _str_param(params, "text")
        sent.plain_text = parsed.text
        sent.parse_mode = _str_param(params, "parse_mode")
        sent.entities = parsed.entities
        sent.reply_markup = markup
        fake._changes += 1
        fake._cond.notify_all()
        return fake._message_dict(sent)


def _edit_message_reply_markup(fake: FakeTelegram, params: dict) -> dict:
    with fake._cond:
        _, sent = _target_message(fake, params)
        markup = _check_markup(_json_param(params, "reply_markup"))
        if markup == sent.reply_markup:
            raise bad_request(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        sent.edits.append({"text": sent.text, "reply_markup": sent.reply_markup})
        sent.reply_markup = markup
        fake._changes += 1
        fake._cond.notify_all()
        return fake._message_dict(sent)


def _delete_message(fake: FakeTelegram, params: dict) -> bool:
    with fake._cond:
        _, sent = _target_message(fake, params, "delete")
        sent.deleted = True
        fake._changes += 1
        fake._cond.notify_all()
    return True


def _answer_callback_query(fake: FakeTelegram, params: dict) -> bool:
    query_id = _str_param(params, "callback_query_id") or ""
    text = _str_param(params, "text")
    if text is not None and len(text) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    with fake._cond:
        entry = fake._callbacks.get(query_id)
        if entry is None or entry["answered"]:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        entry.update(answered=True, text=text, show_alert=_bool_param(params, "show_alert"))
        fake._changes += 1
        fake._cond.notify_all()
    return True


def _send_chat_action(fake: FakeTelegram, params: dict) -> bool:
    with fake._cond:
        chat = fake._known_chat(params)
        action = _str_param(params, "action")
        if action not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        fake.chat_actions.append((chat.id, action))
    return True


def _get_file(fake: FakeTelegram, params: dict) -> dict:
    file_id = _str_param(params, "file_id") or ""
    with fake._cond:
        stored = fake._files.get(file_id)
        if stored is None:
            raise bad_request("invalid file_id")
        if stored.file_size > MAX_DOWNLOAD:
            raise bad_request("file is too big")
        if stored.file_path is None:
            suffix = ""
            if stored.filename and "." in stored.filename:
                suffix = "." + re.sub(r"[^A-Za-z0-9]", "", stored.filename.rsplit(".", 1)[1])[:8]
            stored.file_path = f"documents/file_{len(fake._paths)}{suffix}"
            fake._paths[stored.file_path] = stored.file_id
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.file_size,
            "file_path": stored.file_path,
        }


def _get_chat(fake: FakeTelegram, params: dict) -> dict:
    with fake._cond:
        chat = fake._known_chat(params)
        return {**chat.as_dict(), "accent_color_id": 0, "max_reaction_count": 11}


def _true(fake: FakeTelegram, params: dict) -> bool:
    return True


def _menu_button(fake: FakeTelegram, params: dict) -> dict:
    return {"type": "commands"}


def _description(fake: FakeTelegram, params: dict) -> dict:
    return {"description": "", "short_description": "", "name": "Briefbot Test"}


API_METHODS: dict[str, Callable[[FakeTelegram, dict], Any]] = {
    "getme": _get_me,
    "getupdates": _get_updates,
    "setwebhook": _set_webhook,
    "deletewebhook": _delete_webhook,
    "getwebhookinfo": _get_webhook_info,
    "setmycommands": _set_my_commands,
    "getmycommands": _get_my_commands,
    "deletemycommands": _delete_my_commands,
    "sendmessage": _send_message,
    "senddocument": _send_document,
    "editmessagetext": _edit_message_text,
    "editmessagereplymarkup": _edit_message_reply_markup,
    "deletemessage": _delete_message,
    "answercallbackquery": _answer_callback_query,
    "sendchataction": _send_chat_action,
    "getfile": _get_file,
    "getchat": _get_chat,
    "close": _true,
    "logout": _true,
    "setchatmenubutton": _true,
    "getchatmenubutton": _menu_button,
    "setmydescription": _true,
    "setmyshortdescription": _true,
    "setmyname": _true,
    "getmydescription": _description,
    "getmyshortdescription": _description,
    "getmyname": _description,
}


# --- HTTP ------------------------------------------------------------------------------------


def parse_body(content_type: str, body: bytes) -> dict[str, Any]:
    """Form-encoded, JSON or multipart bodies → one parameter dict (files as ``Upload``)."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if not body:
        return {}
    if kind == "application/json":
        data = json.loads(body.decode("utf-8"))
        if not isinstance(data, dict):
            raise bad_request("JSON object expected")
        return data
    if kind == "application/x-www-form-urlencoded":
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    if kind == "multipart/form-data":
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
        )
        params: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not name:
                continue
            payload = part.get_payload(decode=True) or b""
            filename = part.get_filename()
            if filename is not None:
                params[name] = Upload(filename, part.get_content_type(), payload)
            else:
                params[name] = payload.decode("utf-8")
        return params
    return {}


class _Handler(BaseHTTPRequestHandler):
    fake: FakeTelegram
    protocol_version = "HTTP/1.1"
    server_version = "nginx/1.18.0"
    sys_version = ""
    timeout = 120  # an idle keep-alive connection is closed after this many seconds

    def setup(self) -> None:
        super().setup()
        with self.fake._cond:
            self.fake._sockets.add(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            with self.fake._cond:
                self.fake._sockets.discard(self.connection)

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _dispatch(self, http_method: str) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if len(body) < length:  # the client gave up mid-request: nothing reached the API
            self.close_connection = True
            return
        path = unquote(url.path)
        try:
            if path.startswith("/file/bot"):
                token, _, file_path = path[len("/file/bot") :].partition("/")
                status, payload, ctype = self.fake.handle_download(token, file_path)
            elif path.startswith("/bot"):
                token, _, method = path[len("/bot") :].partition("/")
                try:
                    params: dict[str, Any] = dict(parse_qsl(url.query, keep_blank_values=True))
                    params.update(parse_body(self.headers.get("Content-Type", ""), body))
                except (ValueError, ApiError):
                    params = {"_unparsable": True}
                status, payload, ctype = self.fake.handle_api(token, method, params, http_method)
            else:
                status, ctype = 404, "application/json"
                payload = b'{"ok":false,"error_code":404,"description":"Not Found"}'
        except _DropConnection:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


def iter_texts(messages: Iterable[SentMessage]) -> list[str]:
    return [m.plain_text or "" for m in messages]
