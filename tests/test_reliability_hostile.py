"""A hostile-input corpus, generated here, sent through the real bot over HTTP.

Admins upload hostile files (scripts and iframes, 10,000 nested tags, a 5 MB line,
control and right-to-left override characters, HTML in titles, non-UTF-8 names, captions
and contents, path-like and NUL-bearing names); users send FTS5 syntax traps and absurd
arguments. Every input gets a reply, nothing crashes (no "Sorry, something went wrong"),
Telegram refuses nothing the bot sends (the fake validates its HTML, so an unescaped
``<b>`` or ``&`` in a title would fail), and the database holds exactly what should be
stored: no script text, no path-like file names, no subscription from a bad /subscribe.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from fake_telegram import FakeTelegram
from fake_telegram.harness import RunningBot, query, settings_for

from bot.config import Settings
from bot.store import Store

ADMINS = tuple(range(5001, 5040))
WAIT = 20.0
STORED = re.compile(r"Stored as #(\d+)")
LIMIT = 10 * 1024 * 1024  # the default upload limit: both 5 MB lines are under it


def article(tag: str) -> str:
    return " ".join(
        f"Delegates of the {tag} commission met on Tuesday in Geneva to review border "
        f"monitoring, customs data sharing and coast guard training, session {n}."
        for n in range(1, 5)
    )


@dataclass
class Upload:
    name: str
    data: bytes
    expect: str  # "stored", "refused" or "either"
    caption: str | None = None


TITLE = "<b>Budget</b> & </code> review <i>"
NON_UTF8_NAME = b"r\xe9sum\xe9\xff\x80.txt".decode("utf-8", "replace")
NON_UTF8_CAPTION = b"\xff\xfe caption \x80\xc3(".decode("utf-8", "replace")


def hostile_uploads() -> list[Upload]:
    scripts = (
        "<html><head><title>Border review</title><script>alert('pwned')</script>"
        '<style>body{display:none}</style></head><body onload="steal()">'
        '<iframe src="https://evil.example/x"></iframe><noscript>noscript text</noscript>'
        f"<p>{article('hostile html')}</p><script>document.cookie</script>"
        '<img src=x onerror=alert(2)><a href="javascript:alert(3)">link</a></body></html>'
    )
    nested = "<div>" * 10_000 + f"<p>{article('nested')}</p>" + "</div>" * 10_000
    controls = "Control \x07\x1b[31m characters \u202eevil\u202c title\u200f\n\n" + article(
        "control \x07 \x1b[0m \u202e"
    )
    return [
        Upload("hostile.html", scripts.encode(), "stored"),
        Upload("nested.html", nested.encode(), "either"),
        Upload("line.txt", b"x" * (5 * 1024 * 1024), "refused"),  # one 5 MB word: no sentences
        Upload("words.txt", FIVE_MB_OF_WORDS, "stored"),  # one 5 MB line of words
        Upload("controls.txt", controls.encode(), "either"),
        Upload("title.txt", f"{TITLE}\n\n{article('title')}".encode(), "stored"),
        Upload("../../etc/passwd", article("passwd").encode(), "stored"),  # as "passwd"
        Upload("..\\..\\windows\\evil.txt", article("backslash").encode(), "stored"),
        Upload("nul\x00byte.txt", article("nul").encode(), "stored"),
        Upload(NON_UTF8_NAME, article("non utf8 name").encode(), "stored", NON_UTF8_CAPTION),
        Upload("invoice\u202etxt.exe", article("rtl").encode(), "refused"),
        Upload(
            "cp1252.txt", ("Caf\xe9 \u2018quotes\u2019 " + article("cp")).encode("cp1252"), "stored"
        ),
        Upload("binary.txt", bytes(range(256)) * 64, "refused"),
        Upload("bad-utf16.txt", b"\xff\xfe" + b"\x00\xd8" * 50, "refused"),
        Upload("empty.md", b"\n\n   \n", "refused"),
        Upload("caption.txt", article("caption").encode(), "stored", "/add <b>&</code>"),
    ]


FIVE_MB_OF_WORDS = " ".join(f"report{i % 977} alpha" for i in range(340_000)).encode()
LONG = "x" * 5000
COMMANDS = [
    # FTS5 syntax traps
    '/search "', "/search AND OR (", "/search *", "/search NEAR(", "/search -",
    '/search x" OR "y', "/search ^col:1", "/search a - b", "/search NEAR(a b, 2)",
    "/search title:famine", "/search )))(((", "/search \u202egnirts",
    # absurd and hostile arguments
    "/doc 99999999999999999999", "/doc -1", "/doc 0", "/doc abc", "/doc #", "/doc １２",
    "/doc 1; DROP TABLE documents", "/doc 1 2 3", "/summary 99999999999999999999",
    "/subscribe 25:99 Mars/Base", "/subscribe 99:99", "/subscribe 8:00 ../../etc/passwd",
    "/subscribe a b c", "/subscribe -1:-1", "/subscribe 08:00 Europe/Nowhere",
    "/delete -1", "/delete 99999999999999999999", "/docs 99999999999999999999", "/docs -5",
    f"/summary {LONG}", f"/aid {LONG}", f"/search {LONG}", f"/designations {LONG}",
    f"/agreements {LONG}", "/aid <script>alert(1)</script>", "/designations &amp; &#0; &",
    "/agreements </code></b><b>", "/search \x07\x1b[31m", "/" + "a" * 200,
    "/start@some_other_bot", "/help extra args \u0000",
]  # fmt: skip


@pytest.fixture
def settings(fake_telegram: FakeTelegram, seeded_db: Path) -> Settings:
    return settings_for(fake_telegram, seeded_db, ADMINS, digest_interval=30, max_bytes=LIMIT)


def replies(fake: FakeTelegram, chat: int) -> str:
    return "\n".join(m.plain_text or "" for m in fake.messages(chat))


async def test_hostile_corpus_gets_clear_replies_and_stores_nothing_by_mistake(
    fake_telegram: FakeTelegram, settings: Settings
) -> None:
    db = settings.db_path
    before = query(db, "SELECT count(*) FROM documents")[0][0]
    uploads = hostile_uploads()
    users = list(range(9500, 9500 + len(COMMANDS)))
    async with RunningBot(fake_telegram, settings, Store(settings.db_path)):
        # uploads run concurrently; the hostile title goes last so that it heads /docs
        ordered = sorted(zip(ADMINS, uploads, strict=False), key=lambda p: p[1].name == "title.txt")
        for admin, upload in ordered:
            if upload.name == "title.txt":
                for other in ADMINS[: len(uploads)]:
                    if other != admin:
                        await fake_telegram.wait_for_async(
                            lambda c=other: fake_telegram.messages(c), timeout=WAIT
                        )
            fake_telegram.push_document(admin, admin, upload.name, upload.data, caption=upload.caption)  # fmt: skip
        for user, command in zip(users, COMMANDS, strict=True):
            # the admin's /delete arguments come from an admin, everything else from users
            sender = ADMINS[-1] if command.startswith("/delete") else user
            fake_telegram.push_message(user, sender, command)
        for chat in [*ADMINS[: len(uploads)], *users]:
            await fake_telegram.wait_for_async(
                lambda c=chat: fake_telegram.messages(c), timeout=WAIT, message=f"a reply in {chat}"
            )
        await asyncio.sleep(0.5)
        outcome = {u.name: replies(fake_telegram, a) for a, u in zip(ADMINS, uploads, strict=False)}
        title_id = int(STORED.search(outcome["title.txt"]).group(1))
        doc_view = await fake_telegram.ask_async(9400, 9400, f"/doc {title_id}", timeout=WAIT)
        docs_view = await fake_telegram.ask_async(9401, 9401, "/docs", timeout=WAIT)
        search_view = await fake_telegram.ask_async(9402, 9402, "/search Budget review", timeout=WAIT)  # fmt: skip

    # every input answered, nothing crashed, Telegram refused nothing the bot sent
    everything = [*outcome.values(), *(replies(fake_telegram, u) for u in users)]
    assert all(text.strip() for text in everything)
    assert not [t for t in everything if "Sorry, something went wrong" in t], everything
    refused = [c for c in fake_telegram.calls() if c.status >= 400 and c.method != "getUpdates"]
    assert not refused, [(c.method, c.status, c.description) for c in refused]

    # uploads: stored or refused as expected, with a reason
    for upload in uploads:
        reply = outcome[upload.name]
        if upload.expect == "stored":
            assert STORED.search(reply), (upload.name, reply)
        elif upload.expect == "refused":
            assert reply.startswith("Not stored"), (upload.name, reply)
    assert "no sentences" in outcome["line.txt"]
    assert (
        "report976 alpha"
        in str(query(db, "SELECT text FROM documents WHERE filename = 'words.txt'")[0][0])[:20000]
    )

    # the title renders literally (escaped) in /doc, /docs and /search
    for view in (doc_view, docs_view, search_view):
        assert "<b>Budget</b> & </code> review" in view[0].plain_text, view[0].plain_text

    # the database holds exactly the stored documents, safely named, without scripts
    stored = sum(bool(STORED.search(text)) for text in outcome.values())
    assert query(db, "SELECT count(*) FROM documents")[0][0] == before + stored
    names = [row[0] for row in query(db, "SELECT filename FROM documents WHERE id > ?", (before,))]
    assert names and all(
        "/" not in n and "\\" not in n and "\x00" not in n and "\u202e" not in n for n in names
    ), names
    assert "passwd" in names and "evil.txt" in names and "nulbyte.txt" in names, names
    texts = " ".join(row[0] for row in query(db, "SELECT text FROM documents WHERE id > ?", (before,)))  # fmt: skip
    for leaked in ("alert(", "document.cookie", "evil.example", "steal()", "display:none"):
        assert leaked not in texts, leaked
    assert query(db, "SELECT count(*) FROM subscriptions") == [(0,)]
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    print(f"hostile inputs tried: {len(uploads)} uploads + {len(COMMANDS)} commands")
