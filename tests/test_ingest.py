"""The ingestion pipeline on real files and a real SQLite database."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import EmptyDocument, IngestError, NoSentences, UnsupportedFormat
from bot.ingest import Analysis, Ingestor, analyze, load_seeds, text_sha256
from bot.store import Store
from summarizer.records import Records
from tests.docfactory import ARTICLE, PNG_BYTES, docx_bytes, html_bytes, pdf_bytes

REPO = Path(__file__).resolve().parent.parent
TABLES = ("documents", "aid", "designations", "agreements", "documents_fts")


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "brief.db")
    yield s
    s.close()


@pytest.fixture
def ingestor(store):
    return Ingestor(store, max_bytes=10 * 1024 * 1024)


def snapshot(store: Store) -> dict[str, int]:
    return {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (ARTICLE.encode(), "a.txt"),
        (html_bytes(), "a.html"),
        (pdf_bytes(), "a.pdf"),
        (docx_bytes(), "a.docx"),
    ],
)
def test_every_format_becomes_a_document_with_a_summary(ingestor, store, data, name):
    result = ingestor.ingest_bytes(data, name, added_by="42")
    assert result.created
    doc = store.get_document(result.document_id)
    assert "coast guard" in doc["text"]
    assert doc["summary"]
    assert doc["added_by"] == "42"
    assert doc["language"] == "en"
    assert doc["sha256"] == text_sha256(doc["text"])


def test_reingesting_same_content_returns_existing_id(ingestor, store):
    first = ingestor.ingest_bytes(ARTICLE.encode(), "a.txt")
    again = ingestor.ingest_bytes(
        ARTICLE.replace("\n", "\r\n").encode("cp1252", "replace"), "copy.txt"
    )
    assert again.duplicate
    assert again.document_id == first.document_id
    assert store.count_documents() == 1


@pytest.mark.parametrize(
    ("data", "name", "error"),
    [
        (b"   ", "blank.txt", EmptyDocument),
        (PNG_BYTES, "image.txt", UnsupportedFormat),
        (b"12345 ... 678 --- !!!", "numbers.txt", NoSentences),
    ],
)
def test_bad_input_is_refused_and_database_unchanged(ingestor, store, data, name, error):
    ingestor.ingest_bytes(ARTICLE.encode(), "good.txt")
    before = snapshot(store)
    with pytest.raises(error) as info:
        ingestor.ingest_bytes(data, name)
    assert name in str(info.value)
    assert snapshot(store) == before


def test_analysis_failure_leaves_database_unchanged(store):
    def exploding(parsed):
        raise ValueError("boom")

    ingestor = Ingestor(store, 1024 * 1024, analyzer=exploding)
    with pytest.raises(IngestError, match="could not analyse"):
        ingestor.ingest_bytes(ARTICLE.encode(), "a.txt")
    assert snapshot(store) == dict.fromkeys(TABLES, 0)


def test_analyze_uses_the_summarizer_and_extractor():
    from bot.formats import parse_plain_text

    analysis = analyze(parse_plain_text(ARTICLE))
    assert isinstance(analysis, Analysis)
    assert isinstance(analysis.records, Records)
    assert 1 <= len(analysis.summary) <= 3
    assert all(sentence in ARTICLE for sentence in analysis.summary)


def test_seeds_load_once_into_an_empty_database(ingestor, store):
    results = load_seeds(ingestor, REPO / "seeds")
    assert len(results) >= 9
    assert all(r.created for r in results)
    assert load_seeds(ingestor, REPO / "seeds") == []
    seed = store.get_document(results[0].document_id)
    assert seed["added_by"] == "seed"
    assert seed["published"] == "2025-09-04"
    shared_text = REPO.parent / "shared" / "seeds" / "000_39477fe5179230ce.txt"
    if shared_text.exists():
        assert seed["text"] == shared_text.read_text(encoding="utf-8").strip()
