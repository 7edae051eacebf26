"""Ingestion: bytes + filename → a stored document with its summary and records.

Parsing, summarizing and extraction happen before the write; the write itself is one
transaction in the store, so a failure anywhere leaves the database as it was.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bot.errors import FileTooLarge, IngestError, NoSentences
from bot.formats import ParsedFile, normalize_text, parse_plain_text, read_file
from bot.store import NewDocument, Store

if TYPE_CHECKING:  # the NLP package (nltk, numpy, scipy, sumy) is imported on first use
    from summarizer.records import Records

log = logging.getLogger(__name__)

SUMMARY_SENTENCES = 3
SUMMARY_METHOD = "auto"  # summarizer.summarize's default
WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True, slots=True)
class Analysis:
    language: str
    summary: list[str]
    records: Records


def _no_records() -> Records:
    from summarizer.records import Records

    return Records()


@dataclass(frozen=True, slots=True)
class IngestResult:
    document_id: int
    title: str
    created: bool
    filename: str
    summary: list[str] = field(default_factory=list)
    records: Records = field(default_factory=_no_records)

    @property
    def duplicate(self) -> bool:
        return not self.created


@dataclass(frozen=True, slots=True)
class RecordChange:
    """Record counts per table before and after re-extracting one document."""

    document_id: int
    title: str
    before: dict[str, int]
    after: dict[str, int]


Analyzer = Callable[[ParsedFile], Analysis]


def analyze(parsed: ParsedFile) -> Analysis:
    """The narrow interface to the NLP package: language, summary sentences, records.

    The text is segmented once: the same units decide whether there is a sentence at
    all and feed the summarizer (``summarize`` would segment again; this is what it
    does, step for step, on those units).  Imports are here so that starting the bot
    does not pay for nltk, numpy, scipy and sumy.
    """
    from summarizer._extract_es import is_spanish
    from summarizer.extract import extract
    from summarizer.language import detect_language
    from summarizer.sentences import segment
    from summarizer.summarize import SUMMARIZERS, candidates, resolve_count

    text = parsed.text
    language = detect_language(text)
    units = segment(text, language) if text.strip() else []
    if not any(len(WORD.findall(unit.text)) >= 3 for unit in units):
        raise NoSentences("document")
    count = resolve_count(SUMMARY_SENTENCES, len(candidates(units)))
    if len(units) <= count:
        summary = [unit.text for unit in units]
    else:
        chosen = SUMMARIZERS[SUMMARY_METHOD](language)(units, count)
        summary = [units[i].text for i in chosen]
    # The extractor reads Spanish with Spanish rules by its own vote; share the split
    # only when both agree on the language, so its records are exactly its own.
    shared = [unit.text for unit in units] if (language == "es") == is_spanish(text) else None
    records = extract(text, published=parsed.published, sentences=shared)
    return Analysis(language=language, summary=summary, records=records)


def text_sha256(text: str) -> str:
    """Hash of the normalized text, so re-encoded or re-wrapped copies count as one."""
    canonical = " ".join(normalize_text(text).split()).casefold()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Ingestor:
    """Turns files into stored documents; the one place both CLI and bot go through."""

    def __init__(self, store: Store, max_bytes: int, analyzer: Analyzer = analyze) -> None:
        self.store = store
        self.max_bytes = max_bytes
        self.analyzer = analyzer

    def ingest_bytes(self, data: bytes, filename: str, added_by: str = "cli") -> IngestResult:
        parsed = read_file(data, filename, self.max_bytes)
        return self._store(parsed, filename, added_by)

    def ingest_text(self, text: str, added_by: str, filename: str = "pasted text") -> IngestResult:
        """Pasted text (``/add``): same rules as a .txt upload."""
        size = len(text.encode("utf-8", "replace"))
        if size > self.max_bytes:
            raise FileTooLarge(
                filename, f"the text is {size:,} bytes, over the {self.max_bytes:,} limit"
            )
        return self._store(parse_plain_text(text, filename), filename, added_by)

    def ingest_path(self, path: Path, added_by: str = "cli") -> IngestResult:
        size = path.stat().st_size
        if size > self.max_bytes:  # don't read a 2 GB file just to refuse it
            raise FileTooLarge(
                path.name, f"the file is {size:,} bytes, over the {self.max_bytes:,} limit"
            )
        return self.ingest_bytes(path.read_bytes(), path.name, added_by)

    def reextract(self, document_id: int) -> RecordChange | None:
        """Run the current extractor over a stored document and replace its records.

        After an upgrade of the extraction rules, stored documents keep the records of the
        version that ingested them; this refreshes one (its text, title and date are kept).
        Returns None when there is no such document.
        """
        doc = self.store.get_document(document_id)
        if doc is None:
            return None
        before = {table: len(rows) for table, rows in self.store.records_for(document_id).items()}
        parsed = ParsedFile(
            title=doc["title"], text=doc["text"], published=doc["published"], source=doc["source"]
        )
        records = self.analyzer(parsed).records
        if not self.store.replace_records(document_id, records):
            return None  # deleted meanwhile
        after = {
            "aid": len(records.aid),
            "designations": len(records.designations),
            "agreements": len(records.agreements),
        }
        return RecordChange(document_id, doc["title"], before, after)

    def _store(self, parsed: ParsedFile, filename: str, added_by: str) -> IngestResult:
        sha256 = text_sha256(parsed.text)
        existing = self.store.find_by_sha256(sha256)
        if existing is not None:
            doc = self.store.get_document(existing)
            title = doc["title"] if doc else parsed.title
            return IngestResult(existing, title, created=False, filename=filename)
        try:
            analysis = self.analyzer(parsed)
        except NoSentences as exc:
            raise NoSentences(filename) from exc
        except ValueError as exc:
            raise IngestError(filename, f"could not analyse the text ({exc})") from exc
        document = NewDocument(
            title=parsed.title,
            text=parsed.text,
            sha256=sha256,
            source=parsed.source,
            published=parsed.published,
            language=analysis.language,
            filename=filename,
            added_by=added_by,
        )
        document_id, created = self.store.add_document(document, analysis.summary, analysis.records)
        log.info("ingested %s as #%d (created=%s)", filename, document_id, created)
        return IngestResult(
            document_id, parsed.title, created, filename, analysis.summary, analysis.records
        )


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders walked recursively in name order, hidden files skipped."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(p.startswith(".") for p in child.parts[-1:]):
                    yield child
        else:
            yield path


def load_seeds(ingestor: Ingestor, seeds_dir: Path | None) -> list[IngestResult]:
    """On first start with an empty database, store the seed documents."""
    if seeds_dir is None or not seeds_dir.is_dir() or ingestor.store.count_documents() > 0:
        return []
    results = []
    for path in expand_paths([seeds_dir]):
        try:
            results.append(ingestor.ingest_path(path, added_by="seed"))
        except IngestError as exc:
            log.warning("seed %s skipped: %s", path.name, exc)
    return results
