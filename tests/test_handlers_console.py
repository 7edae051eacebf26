"""Every command through the real Application and handlers, in-process (bot.console).

The console's request class answers the Bot API without a network, so these tests run
the production wiring (``build_application``) on a private copy of the seeded database.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.console import Console
from bot.store import Store
from tests.docfactory import ARTICLE, PNG_BYTES, docx_bytes

ADMIN = 777  # the console user


@pytest.fixture
def settings(seeded_db: Path) -> Settings:
    return Settings(db_path=seeded_db, seeds_dir=None, timezone="UTC")


async def run(settings: Settings, *lines: str, admin: bool = True) -> list[str]:
    async with Console(settings, Store(settings.db_path), admin=admin) as console:
        replies: list[str] = []
        for line in lines:
            replies.append("\n".join(s.text for s in await console.send(line)))
    return replies


async def test_every_command_replies(settings: Settings) -> None:
    commands = [
        "/start", "/help", "/summary", "/summary 1", "/summary today", "/summary extradition",
        "/aid", "/aid Ecuador", "/designations", "/designations Los Lobos", "/agreements",
        "/agreements signed", "/search safe third country", "/docs", "/doc 1", "/subscribe",
        "/status", "/unsubscribe", "/stats", "/cancel",
    ]  # fmt: skip
    replies = await run(settings, *commands)
    for command, reply in zip(commands, replies, strict=True):
        assert reply.strip(), f"{command} got no reply"
        assert "went wrong" not in reply, command


async def test_aid_totals_per_currency_cite_documents(settings: Settings) -> None:
    [reply] = await run(settings, "/aid Ecuador")
    assert "Totals" in reply and "Ecuador: USD" in reply
    assert "#1" in reply and "/doc" in reply


async def test_agreements_show_status_history_across_documents(settings: Settings) -> None:
    [reply] = await run(settings, "/agreements Ecuador")
    assert "Safe Third Country Agreement" in reply
    assert "negotiating" in reply and "signed" in reply and "→" in reply


async def test_doc_shows_record_sections_and_bad_ids_are_explained(settings: Settings) -> None:
    doc, huge, word, missing = await run(
        settings, "/doc 1", "/doc 99999999999999999999", "/doc abc", "/doc 4242"
    )
    assert doc.startswith("#1 ") and "Summary" in doc and "Designations" in doc
    assert "There is no document #99999999999999999999" in huge
    assert "not a document id" in word
    assert "There is no document #4242" in missing


async def test_search_survives_fts_syntax(settings: Settings) -> None:
    replies = await run(settings, '/search "', "/search AND OR (", "/search NEAR( * -", "/search")
    assert all("went wrong" not in r for r in replies)
    assert "Search for what?" in replies[-1]


async def test_docs_pages_with_buttons(settings: Settings) -> None:
    async with Console(settings, Store(settings.db_path)) as console:
        [first] = await console.send("/docs")
        assert first.buttons and first.buttons[-1][1] == "docs:2"
        [edited] = await console.press("docs:2", first.message_id)
    assert edited.method == "editMessageText" and "page 2 of" in edited.text
    assert edited.message_id == first.message_id


async def test_subscribe_validates_and_status_reports_it(settings: Settings) -> None:
    bad, good, status, gone = await run(
        settings,
        "/subscribe 25:99 Mars/Base",
        "/subscribe 07:15 Europe/Madrid",
        "/status",
        "/unsubscribe",
    )
    assert "not a time of day" in bad and "not a time zone" in bad
    assert "07:15" in good and "Europe/Madrid" in good
    assert "daily at 07:15 (Europe/Madrid)" in status and "Documents: 9" in status
    assert "Unsubscribed" in gone
    assert Store(settings.db_path).get_subscription(777) is None


async def test_unknown_command_points_to_help(settings: Settings) -> None:
    [reply] = await run(settings, "/frobnicate now")
    assert "/frobnicate" in reply and "/help" in reply


async def test_non_admins_are_refused_and_nothing_is_stored(
    settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "note.txt"
    path.write_text(ARTICLE)
    async with Console(settings, Store(settings.db_path), admin=False) as console:
        upload = await console.upload(path)
        replies = [await console.send(c) for c in ("/add " + ARTICLE, "/delete 1", "/stats")]
        help_text = (await console.send("/help"))[0].text
    for sent in [upload, *replies]:
        assert "only this bot's admins" in sent[0].text
    assert "/delete" not in help_text
    assert Store(settings.db_path).count_documents() == 9


async def test_admin_upload_stores_then_reports_duplicates(
    settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "coast-guard.docx"
    path.write_bytes(docx_bytes())
    async with Console(settings, Store(settings.db_path)) as console:
        [stored] = await console.upload(path)
        [again] = await console.upload(path, file_name="copy.docx")
    assert "Stored as #10" in stored.text and "Summary" in stored.text
    assert "duplicate of #10" in again.text
    assert Store(settings.db_path).count_documents() == 10


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"   \n", "empty"),
        ("photo.txt", PNG_BYTES, "PNG"),
        ("broken.pdf", b"%PDF-1.4 garbage", "damaged"),
        ("table.xlsx", b"PK\x03\x04 not really", "unsupported file type '.xlsx'"),
    ],
)
async def test_bad_uploads_get_the_exact_reason(
    settings: Settings, tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    async with Console(settings, Store(settings.db_path)) as console:
        [reply] = await console.upload(path)
    assert reply.text.startswith("Not stored:") and reason in reply.text
    assert Store(settings.db_path).count_documents() == 9


async def test_files_over_twenty_megabytes_are_refused_before_downloading(
    settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: instant
    async with Console(settings, Store(settings.db_path)) as console:
        [reply] = await console.upload(path)
        methods = [method for method, _ in console.request.calls]
    assert "21.0 MB" in reply.text and "limit is 20 MB" in reply.text
    assert "getFile" not in methods


async def test_add_in_one_message_or_the_next(settings: Settings) -> None:
    one, prompt, two, delete, after = await run(
        settings,
        "/add " + ARTICLE,
        "/add",
        ARTICLE.replace("Japan", "Korea").replace("Philippines", "Vietnam"),
        "/delete 10",
        "/doc 10",
    )
    assert "Stored as #10" in one
    assert "Send the text" in prompt
    assert "Stored as #11" in two
    assert "Deleted #10" in delete and "There is no document #10" in after


async def test_admin_help_and_menus(settings: Settings) -> None:
    async with Console(settings, Store(settings.db_path)) as console:
        [help_reply] = await console.send("/help")
        scopes = [p.get("scope", {}) for m, p in console.request.calls if m == "setMyCommands"]
    assert "/delete" in help_reply.text and "Send a file" in help_reply.text
    assert {"type": "chat", "chat_id": ADMIN} in scopes and {"type": "default"} in scopes


async def test_uploads_per_minute_are_limited_per_admin(settings: Settings) -> None:
    limited = Settings(db_path=settings.db_path, seeds_dir=None, uploads_per_minute=2)
    texts = [
        f"/add Briefing number {i}. The council met on Monday in the capital. It adjourned."
        for i in range(3)
    ]
    replies = await run(limited, *texts)
    assert "Stored" in replies[0] or "#" in replies[0]
    assert "at most 2 documents a minute" in replies[2]
    store = Store(limited.db_path)
    titles = [row["title"] for row in store.list_documents(limit=50)]
    store.close()
    assert not any(title.startswith("Briefing number 2") for title in titles)
    assert any(title.startswith("Briefing number 1") for title in titles)
