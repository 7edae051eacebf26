"""The store on real temporary SQLite files: schema contract, migrations, FTS sync, cascade."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from bot.store import NewDocument, Store
from summarizer.records import Agreement, Aid, Designation, Records

CONTRACT = {
    "documents": {
        "id",
        "title",
        "source",
        "published",
        "language",
        "text",
        "summary",
        "sha256",
        "added_at",
        "added_by",
    },
    "aid": {
        "id",
        "document_id",
        "donor",
        "recipient",
        "amount",
        "currency",
        "kind",
        "purpose",
        "evidence",
    },
    "designations": {
        "id",
        "document_id",
        "entity",
        "aliases",
        "designation",
        "authority",
        "action",
        "evidence",
    },
    "agreements": {"id", "document_id", "name", "parties", "status", "evidence"},
    "subscriptions": {"chat_id", "user_id", "time", "timezone", "created_at", "last_sent_at"},
}


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "brief.db")
    yield s
    s.close()


def sample_records() -> Records:
    return Records(
        aid=[
            Aid(
                "United States",
                "Ecuador",
                13_500_000.0,
                "USD",
                "security",
                "security",
                "Aid sentence.",
                0,
                13,
            )
        ],
        designations=[
            Designation(
                "Los Lobos",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                ["Lobos"],
                "Designation sentence.",
                14,
                35,
            )
        ],
        agreements=[
            Agreement(
                "Safe Third Country Agreement",
                ["United States", "Ecuador"],
                "negotiating",
                "Deal sentence.",
            )
        ],
    )


def new_doc(
    sha: str = "a" * 64, text: str = "Aid sentence. Designation sentence. Deal sentence."
) -> NewDocument:
    return NewDocument(
        title="Quito talks", text=text, sha256=sha, published="2025-09-04", language="en"
    )


def test_schema_has_every_contract_column(store):
    for table, columns in CONTRACT.items():
        assert columns <= set(store.db[table].columns_dict), table
    assert store.db["documents_fts"].exists()


def test_wal_foreign_keys_and_private_file_mode(tmp_path, store):
    assert store.db.journal_mode == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600


def test_migrations_are_idempotent(tmp_path):
    path = tmp_path / "m.db"
    first = Store(path)
    first.add_document(new_doc(), ["s"], Records())
    version = first.schema_version
    first.close()
    again = Store(path)
    assert again.schema_version == version >= 1
    assert again.count_documents() == 1


def test_add_document_writes_document_summary_and_records(store):
    doc_id, created = store.add_document(new_doc(), ["Aid sentence."], sample_records())
    assert created
    doc = store.get_document(doc_id)
    assert doc["summary"] == "Aid sentence."
    records = store.records_for(doc_id)
    assert records["aid"][0]["amount"] == 13_500_000.0
    assert records["designations"][0]["aliases"] == ["Lobos"]
    assert records["agreements"][0]["parties"] == ["United States", "Ecuador"]
    raw = store.db.execute("SELECT aliases FROM designations").fetchone()[0]
    assert raw == '["Lobos"]'  # JSON text, readable by other tools


def test_same_sha_returns_existing_id_without_new_row(store):
    first, _ = store.add_document(new_doc(), [], Records())
    second, created = store.add_document(new_doc(), [], Records())
    assert (second, created) == (first, False)
    assert store.count_documents() == 1


def test_failure_mid_write_leaves_database_unchanged(store):
    store.add_document(new_doc(), [], sample_records())
    before = {t: store.db[t].count for t in ("documents", "aid", "designations", "agreements")}
    bad = sample_records()
    bad.agreements.append(Agreement(None, [], "signed", "x"))  # type: ignore[arg-type]  # NOT NULL name
    with pytest.raises(sqlite3.IntegrityError):
        store.add_document(new_doc(sha="b" * 64), [], bad)
    after = {t: store.db[t].count for t in before}
    assert after == before
    assert store.find_by_sha256("b" * 64) is None


def test_fts_follows_insert_and_delete_and_records_cascade(store):
    doc_id, _ = store.add_document(
        new_doc(text="Los Choneros were designated."), [], sample_records()
    )
    hits = store.db.execute(
        "SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'choneros'"
    ).fetchall()
    assert hits == [(doc_id,)]
    assert store.delete_document(doc_id)
    assert (
        store.db.execute(
            "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'choneros'"
        ).fetchone()[0]
        == 0
    )
    assert (
        store.db["aid"].count == store.db["designations"].count == store.db["agreements"].count == 0
    )
    assert not store.delete_document(doc_id)


def test_list_documents_is_newest_first_and_paged(store):
    ids = [store.add_document(new_doc(sha=str(i) * 64), [], Records())[0] for i in range(5)]
    page = store.list_documents(limit=2, offset=1)
    assert [row["id"] for row in page] == [ids[3], ids[2]]
    assert "text" not in page[0]


def test_export_refuses_unknown_tables(store):
    with pytest.raises(ValueError, match="unknown table"):
        list(store.iter_table("sqlite_master"))


def test_replace_records_swaps_all_three_tables(store):
    doc_id, _ = store.add_document(new_doc(), ["s"], sample_records())
    fresh = Records(
        aid=[Aid("Japan", "Kenya", 1e6, "JPY", "grant", None, "Japan gave.", 0, 11)],
        agreements=[
            Agreement("maritime pact", ["Japan", "Kenya"], "signed", "They signed.", 12, 24)
        ],
    )
    assert store.replace_records(doc_id, fresh)
    got = store.records_for(doc_id)
    assert [(r["donor"], r["recipient"]) for r in got["aid"]] == [("Japan", "Kenya")]
    assert got["designations"] == []
    assert [r["name"] for r in got["agreements"]] == ["maritime pact"]


def test_replace_records_of_a_missing_document_changes_nothing(store):
    doc_id, _ = store.add_document(new_doc(), ["s"], sample_records())
    assert store.replace_records(doc_id + 1, Records()) is False
    assert len(store.records_for(doc_id)["aid"]) == 1


def test_replace_records_failing_midway_keeps_the_old_records(store):
    doc_id, _ = store.add_document(new_doc(), ["s"], sample_records())
    bad = Records(
        aid=[Aid("Japan", "Kenya", 1.0, "JPY", "grant", None, "ok", 0, 2)],
        designations=[
            Designation(None, [], None, None, "designated", "x", 0, 1)
        ],  # entity NOT NULL
    )
    with pytest.raises(sqlite3.IntegrityError):
        store.replace_records(doc_id, bad)
    got = store.records_for(doc_id)
    assert [r["amount"] for r in got["aid"]] == [13_500_000]
    assert [r["entity"] for r in got["designations"]] == ["Los Lobos"]
