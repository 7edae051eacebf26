"""File readers: each format gives the article text; every bad file gets a named, clear error."""

from __future__ import annotations

import pytest

from bot.errors import (
    CorruptFile,
    EmptyDocument,
    FileTooLarge,
    NoTextLayer,
    UnsupportedFormat,
    ZipBomb,
)
from bot.formats import decode_text, parse_plain_text, read_file, safe_name
from tests.docfactory import (
    ARTICLE,
    PNG_BYTES,
    docx_bytes,
    html_bytes,
    image_only_pdf_bytes,
    pdf_bytes,
    zip_bomb_docx_bytes,
)

LIMIT = 10 * 1024 * 1024


def test_plain_text_takes_title_from_first_line_and_date_from_dateline():
    parsed = read_file(ARTICLE.encode(), "loan.txt", LIMIT)
    assert parsed.title == "Japan pledges coast guard loan to the Philippines"
    assert parsed.published == "2026-04-07"
    assert "60 billion yen" in parsed.text


def test_front_matter_gives_title_date_and_source_and_is_not_part_of_text():
    raw = (
        "---\ntitle: A cable\ndate: 2025-09-04\nsource: Embassy Quito\n---\nBody sentence one. Two."
    )
    parsed = read_file(raw.encode(), "cable.md", LIMIT)
    assert (parsed.title, parsed.published, parsed.source) == (
        "A cable",
        "2025-09-04",
        "Embassy Quito",
    )
    assert parsed.text == "Body sentence one. Two."


@pytest.mark.parametrize(
    "data",
    [
        "Café in Quito. Más noticias.".encode(),
        b"\xef\xbb\xbf" + "Café in Quito. Más noticias.".encode(),
        "Café in Quito. Más noticias.".encode("cp1252"),
        "Café in Quito. Más noticias.".encode("latin-1"),
        "Café in Quito. Más noticias.".encode("utf-16"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "latin1", "utf16-bom"],
)
def test_text_encodings_decode_without_crashing(data):
    assert decode_text(data, "x.txt").lstrip("\ufeff").startswith("Café in Quito.")


def test_cp1252_smart_quotes_survive():
    text = decode_text("“Quoted” — dash".encode("cp1252"), "x.txt")
    assert text == "“Quoted” — dash"


def test_html_keeps_article_text_and_drops_script_style_navigation():
    parsed = read_file(html_bytes(), "page.html", LIMIT)
    assert parsed.title.startswith("Japan pledges coast guard loan")
    assert "60 billion yen" in parsed.text
    for junk in ("SCRIPT-TEXT", "NAV-TEXT", "HEADER-TEXT", "ASIDE-TEXT", "FOOTER-TEXT", "color"):
        assert junk not in parsed.text


def test_html_with_ten_thousand_nested_tags_does_not_crash():
    page = (
        "<html><body>"
        + "<div>" * 10_000
        + "<p>Deep text survives here. Another one.</p>"
        + "</div>" * 10_000
    )
    parsed = read_file(page.encode(), "deep.htm", LIMIT)
    assert "Deep text" in parsed.text


def test_pdf_text_layer_is_read_and_broken_lines_rejoined():
    parsed = read_file(pdf_bytes(), "loan.pdf", LIMIT)
    assert "60 billion yen" in parsed.text
    assert parsed.published == "2026-04-07"
    assert "interest rate of 0.1 percent over 40 years" in parsed.text


def test_pdf_metadata_title_wins():
    assert read_file(pdf_bytes(title="Loan memo"), "x.pdf", LIMIT).title == "Loan memo"


def test_docx_paragraphs_are_read():
    parsed = read_file(docx_bytes(), "loan.docx", LIMIT)
    assert parsed.title == "Japan pledges coast guard loan to the Philippines"
    assert "five coast guard vessels" in parsed.text
    assert "\n\n" in parsed.text  # paragraphs stay paragraphs


@pytest.mark.parametrize(
    ("data", "name", "error", "words"),
    [
        (b"", "empty.txt", EmptyDocument, "empty"),
        (b"  \n\t \r\n ", "blank.txt", EmptyDocument, "empty"),
        (PNG_BYTES, "photo.txt", UnsupportedFormat, "PNG image"),
        (b"\x00\x01\x02\x03binary\x00junk" * 50, "blob.txt", UnsupportedFormat, "binary"),
        (b"hello", "tool.exe", UnsupportedFormat, "unsupported file type"),
        (b"%PDF-1.4\n1 0 obj garbage without xref", "broken.pdf", CorruptFile, "PDF"),
        (b"not a pdf at all", "fake.pdf", CorruptFile, "not a PDF"),
        (b"PK\x03\x04 truncated zip", "broken.docx", CorruptFile, "DOCX"),
        (b"plain words", "fake.docx", CorruptFile, "DOCX"),
    ],
)
def test_bad_files_raise_clear_named_errors(data, name, error, words):
    with pytest.raises(error) as info:
        read_file(data, name, LIMIT)
    message = str(info.value)
    assert message.startswith(name)
    assert words in message


def test_pdf_without_text_layer_is_refused():
    with pytest.raises(NoTextLayer, match="no text layer"):
        read_file(image_only_pdf_bytes(), "scan.pdf", LIMIT)


def test_docx_zip_bomb_is_refused_before_parsing():
    with pytest.raises(ZipBomb, match="expand"):
        read_file(zip_bomb_docx_bytes(), "bomb.docx", LIMIT)


def test_file_over_the_limit_is_refused_with_sizes():
    with pytest.raises(FileTooLarge, match="over the"):
        read_file(b"x" * 2048, "big.txt", 1024)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("a\x00b.txt", "ab.txt"),
        ("C:\\x\\y.pdf", "y.pdf"),
        ("", "document.txt"),
    ],
)
def test_file_names_never_become_paths(raw, expected):
    assert safe_name(raw) == expected


def test_long_first_line_title_is_clipped():
    parsed = parse_plain_text("word " * 100 + "end.")
    assert len(parsed.title) <= 200
    assert parsed.title.endswith("…")
