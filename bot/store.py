"""The one module that owns SQL: schema, migrations, and every query Briefbot runs.

Everything goes through sqlite-utils on a real SQLite file in WAL mode so that other
tools (Datasette, the sqlite-utils CLI) can read the same database while the bot runs.
Each thread gets its own connection: sqlite3 connections must not cross threads, and
handlers run queries in ``asyncio.to_thread``.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

if TYPE_CHECKING:  # annotations only: importing summarizer pulls in nltk and scipy
    from summarizer.records import Records

RECORD_TABLES = ("aid", "designations", "agreements")
EXPORTABLE_TABLES = ("documents", *RECORD_TABLES, "subscriptions")
JSON_COLUMNS = {"designations": ("aliases",), "agreements": ("parties",)}
BUSY_TIMEOUT_MS = 10_000


@dataclass(frozen=True, slots=True)
class NewDocument:
    """A parsed document ready to be stored (ingestion builds it, the store writes it)."""

    title: str
    text: str
    sha256: str
    source: str | None = None
    published: str | None = None
    language: str | None = None
    filename: str | None = None
    added_by: str = "cli"


def utc_now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


# --- migrations -------------------------------------------------------------------------
# Each migration runs once, in order; PRAGMA user_version records how far a file has got.


def _migration_1_schema(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS documents (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            source TEXT,
            published TEXT,
            language TEXT,
            text TEXT NOT NULL,
            summary TEXT,
            sha256 TEXT NOT NULL UNIQUE,
            added_at TEXT NOT NULL,
            added_by TEXT NOT NULL,
            filename TEXT,
            word_count INTEGER
        );
        CREATE INDEX IF NOT EXISTS idx_documents_added_at ON documents(added_at);
        CREATE INDEX IF NOT EXISTS idx_documents_published ON documents(published);

        CREATE TABLE IF NOT EXISTS aid (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            donor TEXT,
            recipient TEXT,
            amount REAL,
            currency TEXT,
            kind TEXT NOT NULL DEFAULT 'unspecified',
            purpose TEXT,
            evidence TEXT NOT NULL,
            span_start INTEGER,
            span_end INTEGER
        );
        CREATE INDEX IF NOT EXISTS idx_aid_document ON aid(document_id);
        CREATE INDEX IF NOT EXISTS idx_aid_recipient ON aid(recipient COLLATE NOCASE);
        CREATE INDEX IF NOT EXISTS idx_aid_donor ON aid(donor COLLATE NOCASE);

        CREATE TABLE IF NOT EXISTS designations (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            entity TEXT NOT NULL,
            aliases TEXT NOT NULL DEFAULT '[]',
            designation TEXT,
            authority TEXT,
            action TEXT NOT NULL DEFAULT 'designated',
            evidence TEXT NOT NULL,
            span_start INTEGER,
            span_end INTEGER
        );
        CREATE INDEX IF NOT EXISTS idx_designations_document ON designations(document_id);
        CREATE INDEX IF NOT EXISTS idx_designations_entity ON designations(entity COLLATE NOCASE);

        CREATE TABLE IF NOT EXISTS agreements (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            parties TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL,
            evidence TEXT NOT NULL,
            span_start INTEGER,
            span_end INTEGER
        );
        CREATE INDEX IF NOT EXISTS idx_agreements_document ON agreements(document_id);
        CREATE INDEX IF NOT EXISTS idx_agreements_status ON agreements(status);

        CREATE TABLE IF NOT EXISTS subscriptions (
            chat_id INTEGER PRIMARY KEY,
            user_id INTEGER,
            time TEXT NOT NULL,
            timezone TEXT NOT NULL,
            created_at TEXT NOT NULL,
            last_sent_at TEXT
        );
        """
    )
    if not db["documents_fts"].exists():
        db["documents"].enable_fts(
            ["title", "text"], create_triggers=True, tokenize="porter unicode61"
        )


def _migration_2_lookup_indexes(db: sqlite_utils.Database) -> None:
    """Indexes behind the bot's lookups: /designations by authority, agreements by name."""
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS idx_designations_authority
            ON designations(authority COLLATE NOCASE);
        CREATE INDEX IF NOT EXISTS idx_agreements_name ON agreements(name COLLATE NOCASE);
        """
    )


def _migration_3_digest_progress(db: sqlite_utils.Database) -> None:
    """A digest being delivered: its parts and how many Telegram has accepted, so an
    interrupted multi-part digest resumes where it stopped instead of starting over."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS digest_progress (
            chat_id INTEGER PRIMARY KEY
                REFERENCES subscriptions(chat_id) ON DELETE CASCADE,
            sent_at TEXT NOT NULL,
            parts TEXT NOT NULL,
            delivered INTEGER NOT NULL DEFAULT 0
        );
        """
    )


def _migration_4_newest_first_lookups(db: sqlite_utils.Database) -> None:
    """Record lookups by name that come back newest document first straight from the index.

    ``(column COLLATE NOCASE, document_id DESC)`` serves ``column = ? ORDER BY document_id
    DESC LIMIT n`` without sorting every match, so /aid Ecuador reads n rows however many
    documents mention Ecuador. They supersede the single-column indexes of migration 1/2.
    """
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS idx_aid_recipient_newest
            ON aid(recipient COLLATE NOCASE, document_id DESC);
        CREATE INDEX IF NOT EXISTS idx_aid_donor_newest
            ON aid(donor COLLATE NOCASE, document_id DESC);
        CREATE INDEX IF NOT EXISTS idx_designations_entity_newest
            ON designations(entity COLLATE NOCASE, document_id DESC);
        CREATE INDEX IF NOT EXISTS idx_designations_authority_newest
            ON designations(authority COLLATE NOCASE, document_id DESC);
        CREATE INDEX IF NOT EXISTS idx_agreements_name_newest
            ON agreements(name COLLATE NOCASE, document_id DESC);
        DROP INDEX IF EXISTS idx_aid_recipient;
        DROP INDEX IF EXISTS idx_aid_donor;
        DROP INDEX IF EXISTS idx_designations_entity;
        DROP INDEX IF EXISTS idx_designations_authority;
        DROP INDEX IF EXISTS idx_agreements_name;
        """
    )


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _migration_1_schema,
    _migration_2_lookup_indexes,
    _migration_3_digest_progress,
    _migration_4_newest_first_lookups,
)


class Store:
    """All persistence for Briefbot. Cheap to share: connections are per thread."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._create_private_file()
        self.migrate()

    # --- connection management -----------------------------------------------------
    def _create_private_file(self) -> None:
        """A new database is created 0600: it may hold unpublished cables."""
        if str(self.path) == ":memory:" or self.path.exists():
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)

    @property
    def db(self) -> sqlite_utils.Database:
        db = getattr(self._local, "db", None)
        if db is None:
            # Used only by the thread that opened it; check_same_thread=False lets close()
            # run from whichever thread shuts the store down.
            conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
            db = sqlite_utils.Database(conn)
            self._local.db = db
            with self._lock:
                self._connections.append(conn)
        return db

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()

    def migrate(self) -> None:
        db = self.db
        if db.journal_mode != "wal":
            db.enable_wal()
        version = db.execute("PRAGMA user_version").fetchone()[0]
        for number, migration in enumerate(MIGRATIONS, start=1):
            if number <= version:
                continue
            with db.atomic():
                migration(db)
                db.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def write_transaction(self) -> Iterator[sqlite_utils.Database]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``: take the write lock first, waiting up to the busy
        timeout. A deferred ``BEGIN`` that reads (FTS5 triggers do) and then writes cannot
        wait: in WAL mode SQLite answers "database is locked" at once when another
        connection committed in between, so two uploads at the same moment failed."""
        db = self.db
        if db.conn.in_transaction:  # nested: a savepoint inside the caller's transaction
            with db.atomic():
                yield db
            return
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.conn.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.rollback()
            raise

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    # --- documents -------------------------------------------------------------------
    def find_by_sha256(self, sha256: str) -> int | None:
        row = self.db.execute("SELECT id FROM documents WHERE sha256 = ?", [sha256]).fetchone()
        return row[0] if row else None

    def add_document(
        self, doc: NewDocument, summary: list[str], records: Records
    ) -> tuple[int, bool]:
        """Store a document, its summary and its records in one transaction.

        Returns ``(id, created)``; a document with the same normalized text is never stored
        twice (the UNIQUE sha256 also settles two uploads racing each other).
        """
        db = self.db
        existing = self.find_by_sha256(doc.sha256)
        if existing is not None:
            return existing, False
        try:
            with self.write_transaction():
                document_id = self._insert_document(db, doc, summary)
                self._insert_records(db, document_id, records)
        except sqlite3.IntegrityError:
            existing = self.find_by_sha256(doc.sha256)
            if existing is None:
                raise
            return existing, False
        return document_id, True

    def _insert_document(
        self, db: sqlite_utils.Database, doc: NewDocument, summary: list[str]
    ) -> int:
        cursor = db.execute(
            """INSERT INTO documents
               (title, source, published, language, text, summary, sha256,
                added_at, added_by, filename, word_count)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                doc.title,
                doc.source,
                doc.published,
                doc.language,
                doc.text,
                "\n".join(summary),
                doc.sha256,
                utc_now_iso(),
                doc.added_by,
                doc.filename,
                len(doc.text.split()),
            ],
        )
        return int(cursor.lastrowid)

    @staticmethod
    def _insert_records(db: sqlite_utils.Database, document_id: int, records: Records) -> None:
        for table, items in (
            ("aid", records.aid),
            ("designations", records.designations),
            ("agreements", records.agreements),
        ):
            rows = []
            for item in items:
                row = item.to_row()
                row["span_start"] = row.pop("start")
                row["span_end"] = row.pop("end")
                for column in JSON_COLUMNS.get(table, ()):
                    row[column] = json.dumps(row[column], ensure_ascii=False)
                row["document_id"] = document_id
                rows.append(row)
            if rows:
                db[table].insert_all(rows)

    def replace_records(self, document_id: int, records: Records) -> bool:
        """Swap a document's records for freshly extracted ones in one transaction.

        Used after an extractor upgrade (``briefbot reextract``); returns False when the
        document does not exist, and a failure leaves the old records in place.
        """
        db = self.db
        with self.write_transaction():
            found = db.execute("SELECT 1 FROM documents WHERE id = ?", [document_id]).fetchone()
            if found is None:
                return False
            for table in ("aid", "designations", "agreements"):
                db.execute(f"DELETE FROM {table} WHERE document_id = ?", [document_id])
            self._insert_records(db, document_id, records)
        return True

    def document_ids(self) -> list[int]:
        return [row[0] for row in self.db.execute("SELECT id FROM documents ORDER BY id")]

    def get_document(self, document_id: int) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM documents WHERE id = ?", [document_id]))
        return rows[0] if rows else None

    def list_documents(self, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Newest first; never reads the full text."""
        return list(
            self.db.query(
                """SELECT id, title, source, published, language, added_at, added_by, word_count
                   FROM documents ORDER BY id DESC LIMIT ? OFFSET ?""",
                [limit, offset],
            )
        )

    def count_documents(self) -> int:
        return self.db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def delete_document(self, document_id: int) -> bool:
        """Delete a document and (by cascade) its records; FTS follows through triggers."""
        with self.write_transaction():
            cursor = self.db.execute("DELETE FROM documents WHERE id = ?", [document_id])
        return cursor.rowcount > 0

    def records_for(self, document_id: int) -> dict[str, list[dict[str, Any]]]:
        return {
            table: [
                _decode_json(table, row)
                for row in self.db.query(
                    f"SELECT * FROM {table} WHERE document_id = ? ORDER BY id", [document_id]
                )
            ]
            for table in RECORD_TABLES
        }

    # --- export ----------------------------------------------------------------------
    def iter_table(self, table: str) -> Iterator[dict[str, Any]]:
        if table not in EXPORTABLE_TABLES:
            raise ValueError(
                f"unknown table {table!r}; choose one of: {', '.join(EXPORTABLE_TABLES)}"
            )
        for row in self.db.query(f"SELECT * FROM {table} ORDER BY rowid"):
            yield _decode_json(table, row)

    # --- bot queries (bounded: indexed lookups, FTS5 MATCH, LIMIT) ------------------------
    def search_documents(self, query: str, limit: int = 10) -> list[dict[str, Any]]:
        """Full-text search; ``query`` is user text, made safe by :func:`fts_query`.

        All terms must match; if nothing does, any term may. The best-ranked of the newest
        ``SEARCH_WINDOW`` matches come back (bounded work however large the archive).
        Returns id, title, published and a snippet with the hits between ``\\x02`` and
        ``\\x03``.
        """
        for operator in (" ", " OR "):
            match = fts_query(query, operator)
            if match is None:
                return []
            # Rank only the newest SEARCH_WINDOW matches: bm25 over every match of a
            # common word would grow with the archive (the window's lower rowid bound
            # comes from a rowid-ordered walk that stops after SEARCH_WINDOW matches).
            floor = self.db.execute(
                """SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?
                   ORDER BY rowid DESC LIMIT 1 OFFSET ?""",
                [match, SEARCH_WINDOW - 1],
            ).fetchone()
            rows = list(
                self.db.query(
                    """SELECT d.id, d.title, d.published, d.added_at,
                              snippet(documents_fts, 1, char(2), char(3), '…', 16) AS snippet
                       FROM documents_fts
                       JOIN documents d ON d.id = documents_fts.rowid
                       WHERE documents_fts MATCH ? AND documents_fts.rowid >= ?
                       ORDER BY rank LIMIT ?""",
                    [match, floor[0] if floor else 0, limit],
                )
            )
            if rows:
                return rows
        return []

    def matching_document_ids(self, query: str, limit: int = 200) -> list[int]:
        """Ids of the newest FTS matches for ``query`` (candidates for record filters)."""
        match = fts_query(query, " ")
        if match is None:
            return []
        # Newest first, like the records they select: FTS5 walks its rowids backwards and
        # stops at the limit, where ORDER BY rank would score every matching document.
        sql = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC LIMIT ?"
        return [row[0] for row in self.db.execute(sql, [match, limit])]

    def document_texts(self, document_ids: list[int]) -> list[tuple[int, str]]:
        """``(id, text)`` pairs in the order asked (for multi-document summaries)."""
        if not document_ids:
            return []
        marks = ",".join("?" * len(document_ids))
        rows = dict(
            self.db.execute(f"SELECT id, text FROM documents WHERE id IN ({marks})", document_ids)
        )
        return [(i, rows[i]) for i in document_ids if i in rows]

    def document_titles(self, document_ids: list[int]) -> dict[int, dict[str, Any]]:
        """id → {title, published} for citing documents next to records."""
        if not document_ids:
            return {}
        ids = sorted(set(document_ids))
        marks = ",".join("?" * len(ids))
        return {
            row["id"]: row
            for row in self.db.query(
                f"SELECT id, title, published, added_at FROM documents WHERE id IN ({marks})", ids
            )
        }

    def documents_added_between(
        self, after: str, until: str, limit: int = 20
    ) -> list[dict[str, Any]]:
        """Documents with ``after < added_at <= until`` (ISO UTC), oldest first."""
        return list(
            self.db.query(
                """SELECT id, title, source, published, summary, added_at FROM documents
                   WHERE added_at > ? AND added_at <= ? ORDER BY added_at, id LIMIT ?""",
                [after, until, limit],
            )
        )

    def count_documents_added_between(self, after: str, until: str) -> int:
        sql = "SELECT count(*) FROM documents WHERE added_at > ? AND added_at <= ?"
        return self.db.execute(sql, [after, until]).fetchone()[0]

    def records_added_between(
        self, table: str, after: str, until: str, limit: int = 50
    ) -> list[dict[str, Any]]:
        """Records of documents added in ``(after, until]``, with their document's date."""
        if table not in RECORD_TABLES:
            raise ValueError(f"unknown record table {table!r}")
        rows = self.db.query(
            f"""SELECT r.*, d.published AS published, d.added_at AS added_at
                FROM documents d JOIN {table} r ON r.document_id = d.id
                WHERE d.added_at > ? AND d.added_at <= ?
                ORDER BY d.added_at, r.id LIMIT ?""",
            [after, until, limit],
        )
        return [_decode_json(table, row) for row in rows]

    def aid_rows(self, term: str | None = None, limit: int = 2000) -> list[dict[str, Any]]:
        """Aid records, newest document first; with ``term``, those whose donor or
        recipient starts with it (indexed) plus those in documents matching it (FTS)."""
        return self._record_rows("aid", ("donor", "recipient"), term, limit)

    def designation_rows(self, term: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
        return self._record_rows("designations", ("entity", "authority"), term, limit)

    def agreement_rows(self, term: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
        return self._record_rows("agreements", ("name",), term, limit)

    def agreement_rows_with_status(self, status: str, limit: int = 500) -> list[dict[str, Any]]:
        rows = self.db.query(
            """SELECT r.*, d.published AS published, d.added_at AS added_at
               FROM agreements r JOIN documents d ON d.id = r.document_id
               WHERE r.status = ? ORDER BY r.document_id DESC, r.id LIMIT ?""",
            [status, limit],
        )
        return [_decode_json("agreements", row) for row in rows]

    def agreement_rows_named(self, names: list[str], limit: int = 500) -> list[dict[str, Any]]:
        """Every stored report of the agreements called ``names`` (for status history)."""
        if not names:
            return []
        marks = ",".join("?" * len(names))
        rows = self.db.query(
            f"""SELECT r.*, d.published AS published, d.added_at AS added_at
                FROM agreements r JOIN documents d ON d.id = r.document_id
                WHERE r.name COLLATE NOCASE IN ({marks})
                ORDER BY r.document_id DESC, r.id LIMIT ?""",
            [*names, limit],
        )
        return [_decode_json("agreements", row) for row in rows]

    def _record_rows(
        self, table: str, prefix_columns: tuple[str, ...], term: str | None, limit: int
    ) -> list[dict[str, Any]]:
        select = f"""SELECT r.*, d.published AS published, d.added_at AS added_at
                     FROM {table} r JOIN documents d ON d.id = r.document_id"""
        order = "ORDER BY r.document_id DESC, r.id LIMIT ?"
        if not term or not term.strip():
            rows = self.db.query(f"{select} {order}", [limit])
            return [_decode_json(table, row) for row in rows]
        wanted: dict[int, dict[str, Any]] = {}
        for column in prefix_columns:
            # Each value starting with the term, then that value's newest rows straight
            # from the (value, document_id DESC) index: n rows read, not every match.
            for value in self._prefix_values(table, column, term.strip()):
                sql = f"{select} WHERE r.{column} = ? COLLATE NOCASE {order}"
                for row in self.db.query(sql, [value, limit]):
                    wanted[row["id"]] = row
        candidates = self.matching_document_ids(term, limit=200)
        if candidates:
            marks = ",".join("?" * len(candidates))
            sql = f"{select} WHERE r.document_id IN ({marks}) {order}"
            for row in self.db.query(sql, [*candidates, limit]):
                wanted.setdefault(row["id"], row)
        rows = sorted(wanted.values(), key=lambda r: (-r["document_id"], r["id"]))[:limit]
        return [_decode_json(table, row) for row in rows]

    def _prefix_values(self, table: str, column: str, prefix: str) -> list[str]:
        """Distinct values of ``column`` starting with ``prefix`` (case-insensitive), in
        index order, at most ``MAX_PREFIX_VALUES``: one index seek per value (a skip
        scan), however many rows share each value."""
        pattern = _like_prefix(prefix)
        first = f"""SELECT {column} FROM {table} WHERE {column} LIKE ? ESCAPE '\\'
                    ORDER BY {column} COLLATE NOCASE LIMIT 1"""
        following = f"""SELECT {column} FROM {table}
                        WHERE {column} LIKE ? ESCAPE '\\' AND {column} > ? COLLATE NOCASE
                        ORDER BY {column} COLLATE NOCASE LIMIT 1"""
        values: list[str] = []
        row = self.db.execute(first, [pattern]).fetchone()
        while row is not None and len(values) < MAX_PREFIX_VALUES:
            values.append(row[0])
            row = self.db.execute(following, [pattern, row[0]]).fetchone()
        return values

    def record_counts(self) -> dict[str, int]:
        """Row counts for /stats (aggregates only; no rows are read)."""
        counts = {
            table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", *RECORD_TABLES, "subscriptions")
        }
        row = self.db.execute("SELECT max(added_at) FROM documents").fetchone()
        counts["last_added_at"] = row[0]
        return counts

    # --- subscriptions ---------------------------------------------------------------
    def upsert_subscription(
        self, chat_id: int, user_id: int | None, time: str, timezone: str, now: str
    ) -> dict[str, Any]:
        """Create or change a chat's daily digest; an existing one keeps its history."""
        with self.write_transaction():
            self.db.execute(
                """INSERT INTO subscriptions (chat_id, user_id, time, timezone, created_at)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT(chat_id) DO UPDATE SET
                       user_id = excluded.user_id, time = excluded.time,
                       timezone = excluded.timezone""",
                [chat_id, user_id, time, timezone, now],
            )
        return self.get_subscription(chat_id)  # type: ignore[return-value]

    def get_subscription(self, chat_id: int) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM subscriptions WHERE chat_id = ?", [chat_id]))
        return rows[0] if rows else None

    def delete_subscription(self, chat_id: int) -> bool:
        with self.write_transaction():
            cursor = self.db.execute("DELETE FROM subscriptions WHERE chat_id = ?", [chat_id])
        return cursor.rowcount > 0

    def list_subscriptions(
        self, after_chat_id: int | None = None, limit: int = 1000
    ) -> list[dict[str, Any]]:
        """One page of subscriptions in chat_id order (keyset paging over the primary key)."""
        if after_chat_id is None:
            sql, params = "SELECT * FROM subscriptions ORDER BY chat_id LIMIT ?", [limit]
        else:
            sql = "SELECT * FROM subscriptions WHERE chat_id > ? ORDER BY chat_id LIMIT ?"
            params = [after_chat_id, limit]
        return list(self.db.query(sql, params))

    def mark_digest_sent(self, chat_id: int, sent_at: str) -> None:
        """Record a whole digest as delivered (and forget its progress) in one transaction."""
        with self.write_transaction():
            self.db.execute(
                "UPDATE subscriptions SET last_sent_at = ? WHERE chat_id = ?", [sent_at, chat_id]
            )
            self.db.execute("DELETE FROM digest_progress WHERE chat_id = ?", [chat_id])

    # --- digest progress (resuming an interrupted multi-part digest) ------------------
    def get_digest_progress(self, chat_id: int) -> dict[str, Any] | None:
        """``{sent_at, parts (list of HTML), delivered}`` of a digest begun but not finished."""
        row = self.db.execute(
            "SELECT sent_at, parts, delivered FROM digest_progress WHERE chat_id = ?", [chat_id]
        ).fetchone()
        if row is None:
            return None
        return {"sent_at": row[0], "parts": json.loads(row[1]), "delivered": row[2]}

    def begin_digest(self, chat_id: int, sent_at: str, parts: list[str]) -> None:
        """Remember a digest's parts before the first one goes out."""
        with self.write_transaction():
            self.db.execute(
                """INSERT OR REPLACE INTO digest_progress (chat_id, sent_at, parts, delivered)
                   SELECT chat_id, ?, ?, 0 FROM subscriptions WHERE chat_id = ?""",
                [sent_at, json.dumps(parts, ensure_ascii=False), chat_id],
            )

    def mark_digest_part_delivered(self, chat_id: int, delivered: int) -> None:
        with self.write_transaction():
            self.db.execute(
                "UPDATE digest_progress SET delivered = ? WHERE chat_id = ?", [delivered, chat_id]
            )


def _decode_json(table: str, row: dict[str, Any]) -> dict[str, Any]:
    for column in JSON_COLUMNS.get(table, ()):
        if isinstance(row.get(column), str):
            try:
                row[column] = json.loads(row[column])
            except json.JSONDecodeError:
                row[column] = []
    return row


FTS_TERM = re.compile(r"\w+", re.UNICODE)
MAX_FTS_TERMS = 12
MAX_PREFIX_VALUES = 50  # distinct names one record lookup may expand a prefix to
SEARCH_WINDOW = 1000  # /search ranks the newest this many matching documents


def fts_query(text: str, operator: str = " ") -> str | None:
    """User text → a safe FTS5 query: words only, each quoted, so ``"``, ``AND OR (``,
    ``*``, ``NEAR(`` and ``-`` are searched for as words instead of parsed as syntax."""
    terms = FTS_TERM.findall(text or "")[:MAX_FTS_TERMS]
    if not terms:
        return None
    return operator.join(f'"{term}"' for term in terms)


def _like_prefix(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"
