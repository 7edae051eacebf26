"""What the bot's commands ask of the database, as plain synchronous calls returning views.

Handlers run these in ``asyncio.to_thread`` (SQLite connections are per thread in the
store) and hand the views to the pure formatters in ``bot.formatting``. Nothing here
touches Telegram. Every query is bounded (indexed lookups, FTS5 MATCH, LIMIT), so no
command is linear in the number of stored documents.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.config import Settings
from bot.ingest import Ingestor
from bot.limits import SlidingWindowLimiter
from bot.store import Store

# The summarizer package (nltk, numpy, scipy, sumy) is imported inside the functions that
# use it, so starting the bot and answering /start or /help never pays for it.

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

AID_SCAN_LIMIT = 2000
RECORD_SCAN_LIMIT = 500
SUMMARY_DOCUMENTS = 5
SUMMARY_SENTENCES = 5
DOCS_PER_PAGE = 8
SEARCH_LIMIT = 10


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """The store's timestamp format: UTC, whole seconds, ISO 8601 (sorts as text)."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


# --- views -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatusChange:
    status: str
    date: str | None
    document_id: int


@dataclass(frozen=True, slots=True)
class AidItem:
    donor: str | None
    recipient: str | None
    amount: float | None
    currency: str | None
    kind: str
    purpose: str | None
    evidence: str
    document_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class AidTotal:
    recipient: str
    currency: str
    amount: float
    pledges: int
    document_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class AidReport:
    term: str
    items: list[AidItem]
    totals: list[AidTotal]
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class DesignationItem:
    entity: str
    aliases: list[str]
    designation: str | None
    authority: str | None
    action: str
    history: list[StatusChange]
    document_ids: tuple[int, ...]
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class AgreementItem:
    name: str
    parties: list[str]
    status: str
    history: list[StatusChange]
    document_ids: tuple[int, ...]
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class DocumentView:
    document: dict[str, Any]
    aid: list[AidItem]
    designations: list[DesignationItem]
    agreements: list[AgreementItem]


@dataclass(frozen=True, slots=True)
class DocsPage:
    rows: list[dict[str, Any]]
    page: int
    pages: int
    total: int


@dataclass(frozen=True, slots=True)
class SummaryView:
    heading: str
    sentences: list[tuple[int, str]]
    documents: list[dict[str, Any]] = field(default_factory=list)
    empty_reason: str | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    document_id: int
    title: str
    published: str | None
    snippet: str


# --- consolidation across documents --------------------------------------------------------
# summarizer.consolidate owns the matching rules; these turn its results into views.


def _consolidate() -> Any:
    from summarizer import consolidate

    settle_heap()
    return consolidate


_modules_settled = 0


def settle_heap() -> None:
    """Freeze what is alive once startup or a lazy import has finished (cheap otherwise).

    The libraries (telegram, nltk, scipy, the gazetteer) leave ~140k long-lived objects;
    every full collection walked them all, a 60 ms pause landing on whichever reply
    happened to trigger it. Frozen objects are never scanned, so full collections only
    look at what the bot allocated since.
    """
    global _modules_settled
    if len(sys.modules) != _modules_settled:
        _modules_settled = len(sys.modules)
        gc.collect()
        gc.freeze()


def _history(entries: Iterable[tuple[Any, str, Any]]) -> list[StatusChange]:
    """``(date, status, document_id)`` tuples, oldest first, runs of one status collapsed."""
    out: list[StatusChange] = []
    for date, state, document_id in entries:
        if out and out[-1].status == state:
            continue
        out.append(StatusChange(str(state), date, int(document_id or 0)))
    return out


def _newest_first(items: list[Any]) -> list[Any]:
    return sorted(items, key=lambda item: -max(item.document_ids, default=0))


def dedupe_aid_rows(rows: list[dict[str, Any]]) -> list[AidItem]:
    items = [
        AidItem(
            donor=row.get("donor"),
            recipient=row.get("recipient"),
            amount=row.get("amount"),
            currency=row.get("currency"),
            kind=row.get("kind") or "unspecified",
            purpose=row.get("purpose"),
            evidence=row.get("evidence") or "",
            document_ids=tuple(map(int, row.get("sources") or [row["document_id"]])),
        )
        for row in _consolidate().dedupe_aid(rows)
    ]
    return _newest_first(items)


def consolidate_designation_rows(rows: list[dict[str, Any]]) -> list[DesignationItem]:
    items = [
        DesignationItem(
            entity=item.entity,
            aliases=list(item.aliases),
            designation=item.designation,
            authority=item.authority,
            action=item.action,
            history=_history(item.action_history),
            document_ids=tuple(int(i) for i in item.sources if i is not None),
        )
        for item in _consolidate().consolidate_designations(rows)
    ]
    return _newest_first(items)


def consolidate_agreement_rows(rows: list[dict[str, Any]]) -> list[AgreementItem]:
    items = [
        AgreementItem(
            name=item.name,
            parties=list(item.parties),
            status=item.status,
            history=_history(item.status_history),
            document_ids=tuple(int(i) for i in item.sources if i is not None),
        )
        for item in _consolidate().consolidate_agreements(rows)
    ]
    return _newest_first(items)


def _norm(value: Any) -> str:
    return " ".join(str(value or "").casefold().split())


def aid_totals(items: Iterable[AidItem]) -> list[AidTotal]:
    """Sum deduplicated pledges per recipient and currency (no currency conversion)."""
    sums: dict[tuple[str, str], list[Any]] = {}
    for item in items:
        if item.amount is None or not item.currency:
            continue
        key = (item.recipient or "unspecified recipient", item.currency)
        entry = sums.setdefault(key, [0.0, 0, []])
        entry[0] += item.amount
        entry[1] += 1
        entry[2].extend(i for i in item.document_ids if i not in entry[2])
    totals = [
        AidTotal(recipient, currency, amount, count, tuple(ids))
        for (recipient, currency), (amount, count, ids) in sums.items()
    ]
    totals.sort(key=lambda t: (t.recipient.casefold(), t.currency))
    return totals


def agreement_status_term(term: str) -> str | None:
    """ "in force", "in-force" and "IN_FORCE" all mean the status ``in_force``."""
    from summarizer.records import AGREEMENT_STATUSES

    key = "_".join(term.casefold().replace("-", " ").split())
    return key if key in AGREEMENT_STATUSES else None


# --- the service -----------------------------------------------------------------------------


class Briefing:
    """Read side of the bot: documents, records, searches and summaries."""

    def __init__(self, store: Store, settings: Settings, clock: Clock = utc_now) -> None:
        self.store = store
        self.settings = settings
        self.clock = clock

    # documents
    def document(self, document_id: int) -> DocumentView | None:
        doc = self.store.get_document(document_id)
        if doc is None:
            return None
        records = self.store.records_for(document_id)
        for table in records.values():
            for row in table:
                row.setdefault("published", doc.get("published"))
                row.setdefault("added_at", doc.get("added_at"))
        return DocumentView(
            document=doc,
            aid=dedupe_aid_rows(records["aid"]),
            designations=consolidate_designation_rows(records["designations"]),
            agreements=consolidate_agreement_rows(records["agreements"]),
        )

    def docs_page(self, page: int, per_page: int = DOCS_PER_PAGE) -> DocsPage:
        total = self.store.count_documents()
        pages = max(1, -(-total // per_page))
        page = min(max(1, page), pages)
        rows = self.store.list_documents(limit=per_page, offset=(page - 1) * per_page)
        return DocsPage(rows=rows, page=page, pages=pages, total=total)

    def search(self, query: str, limit: int = SEARCH_LIMIT) -> list[SearchHit]:
        return [
            SearchHit(row["id"], row["title"], row["published"], row["snippet"] or "")
            for row in self.store.search_documents(query, limit=limit)
        ]

    # records
    def aid(self, term: str = "") -> AidReport:
        rows = _fetch_for_term(self.store.aid_rows, term, AID_SCAN_LIMIT)
        if term:
            mentions = _mention_test(term, ("donor", "recipient", "purpose"))
            rows = [r for r in rows if mentions(r)]
        items = dedupe_aid_rows(rows)
        return AidReport(term, items, aid_totals(items), truncated=len(rows) >= AID_SCAN_LIMIT)

    def designations(self, term: str = "") -> list[DesignationItem]:
        rows = _fetch_for_term(self.store.designation_rows, term, RECORD_SCAN_LIMIT)
        if term:
            mentions = _mention_test(term, ("entity", "authority", "designation", "aliases"))
            rows = [r for r in rows if mentions(r)]
        return consolidate_designation_rows(rows)

    def agreements(self, term: str = "") -> list[AgreementItem]:
        status = agreement_status_term(term) if term else None
        if status:
            names = list({r["name"] for r in self.store.agreement_rows_with_status(status)})
            items = consolidate_agreement_rows(self.store.agreement_rows_named(names))
            return [item for item in items if item.status == status]
        rows = _fetch_for_term(self.store.agreement_rows, term, RECORD_SCAN_LIMIT)
        if term:
            mentions = _mention_test(term, ("name", "parties"))
            rows = [r for r in rows if mentions(r)]
            names = list({r["name"] for r in rows})
            rows = self.store.agreement_rows_named(names)  # the whole history of each
        return consolidate_agreement_rows(rows)

    # summaries
    def summary(self, arg: str) -> SummaryView:
        """``/summary`` with a document id, ``today``, a topic, or nothing (the latest)."""
        arg = arg.strip()
        if arg.casefold() == "today":
            zone = ZoneInfo(self.settings.timezone)
            now = self.clock()
            midnight = datetime.combine(now.astimezone(zone).date(), time(0), zone)
            rows = self.store.documents_added_between(
                iso(midnight - timedelta(seconds=1)), iso(now), limit=SUMMARY_DOCUMENTS * 4
            )
            heading = f"Today ({now.astimezone(zone).date().isoformat()}, {zone.key})"
            return self._many(heading, rows[-SUMMARY_DOCUMENTS:], "No documents were added today.")
        if arg:
            hits = self.store.search_documents(arg, limit=SUMMARY_DOCUMENTS)
            return self._many(f"Topic: {arg}", hits, f"No documents mention “{arg}”.")
        rows = self.store.list_documents(limit=SUMMARY_DOCUMENTS)
        return self._many("Latest documents", rows, "No documents yet.")

    def _many(self, heading: str, rows: list[dict[str, Any]], empty: str) -> SummaryView:
        if not rows:
            return SummaryView(heading, [], [], empty_reason=empty)
        texts = self.store.document_texts([row["id"] for row in rows])
        from summarizer import summarize_many

        settle_heap()
        sentences = summarize_many(texts, SUMMARY_SENTENCES)
        return SummaryView(heading, list(sentences), rows)

    # admin
    def stats(self) -> dict[str, Any]:
        counts = self.store.record_counts()
        try:
            counts["db_bytes"] = self.store.path.stat().st_size
        except OSError:
            counts["db_bytes"] = None
        return counts


def _canonical(term: str) -> str | None:
    """ "US" → "United States", "Ecuadorian" → "Ecuador" (the extractor's names)."""
    try:
        from summarizer.gazetteer import normalize
    except ImportError:  # pragma: no cover - the gazetteer ships with the summarizer
        return None
    return normalize(term.strip()) or None


def _fetch_for_term(
    fetch: Callable[..., list[dict[str, Any]]], term: str, limit: int
) -> list[dict[str, Any]]:
    """Rows for ``term`` and for its canonical name, newest document first, deduplicated."""
    if not term:
        return fetch(None, limit=limit)
    rows = {row["id"]: row for row in fetch(term, limit=limit)}
    canonical = _canonical(term)
    if canonical and _norm(canonical) != _norm(term):
        for row in fetch(canonical, limit=limit):
            rows.setdefault(row["id"], row)
    return sorted(rows.values(), key=lambda r: (-r["document_id"], r["id"]))[:limit]


def _mentions(term: str, row: dict[str, Any], fields: tuple[str, ...]) -> bool:
    """Does any field of ``row`` mention ``term`` (case-insensitive; country aliases too)?"""
    return _mention_test(term, fields)(row)


def _mention_test(term: str, fields: tuple[str, ...]) -> Callable[[dict[str, Any]], bool]:
    """:func:`_mentions` for many rows: the term's needles are worked out once, and each
    distinct field value is normalised and tested once."""
    needles = {_norm(term)}
    canonical = _canonical(term)
    if canonical:
        needles.add(_norm(canonical))
    seen: dict[Any, bool] = {}

    def value_mentions(item: Any) -> bool:
        try:
            return seen[item]
        except KeyError:
            text = _norm(item)
            hit = bool(text) and any(_has_words(text, needle) for needle in needles)
            seen[item] = hit
            return hit
        except TypeError:  # unhashable: test it directly
            text = _norm(item)
            return bool(text) and any(_has_words(text, needle) for needle in needles)

    def mentions(row: dict[str, Any]) -> bool:
        for name in fields:
            value = row.get(name)
            values = value if isinstance(value, list) else [value]
            for item in values:
                if value_mentions(item):
                    return True
        return False

    return mentions


def _has_words(text: str, needle: str) -> bool:
    """Whole-word containment: "us" is in "us aid" but not in "belarus"."""
    start = text.find(needle)
    while start != -1:
        end = start + len(needle)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        start = text.find(needle, start + 1)
    return False


@dataclass
class Services:
    """Everything a handler needs, created once in ``post_init`` and kept in bot_data."""

    settings: Settings
    store: Store
    ingestor: Ingestor
    briefing: Briefing
    uploads: SlidingWindowLimiter
    clock: Clock = utc_now

    @classmethod
    def create(cls, settings: Settings, store: Store, clock: Clock | None = None) -> Services:
        clock = clock or utc_now
        settle_heap()  # startup is over: keep its objects out of every full collection
        return cls(
            settings=settings,
            store=store,
            ingestor=Ingestor(store, settings.max_bytes),
            briefing=Briefing(store, settings, clock),
            uploads=SlidingWindowLimiter(
                settings.uploads_per_minute, 60.0, clock=lambda: clock().timestamp()
            ),
            clock=clock,
        )
