"""Turn uploaded bytes into plain text plus metadata, one reader per file format.

Readers are strict about what they accept and raise named ``IngestError`` subclasses that
say exactly why a file was refused; they never guess at binary junk.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import PurePath

from bot.errors import (
    CorruptFile,
    EmptyDocument,
    FileTooLarge,
    NoTextLayer,
    UnsupportedFormat,
    ZipBomb,
)

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED = ".txt, .md, .html, .htm, .pdf, .docx"
MAX_DOCX_UNCOMPRESSED = 50 * 1024 * 1024
MAX_DOCX_RATIO = 200
MAX_TITLE = 200

MAGIC_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF media file"),
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office file"),
    (b"OggS", "an audio file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00", "a binary media file"),
)

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
DATELINE = re.compile(
    rf"^[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'’-]{{1,40}}(?:,\s*[A-Za-z .]{{2,30}})?,\s+"
    rf"(?P<date>(?:{MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}})\s*(?:\([^)]*\)\s*)?[—–-]",
)
DATE_FORMATS = ("%Y-%m-%d", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d")


@dataclass(frozen=True, slots=True)
class ParsedFile:
    title: str
    text: str
    published: str | None = None
    source: str | None = None


def read_file(data: bytes, filename: str, max_bytes: int) -> ParsedFile:
    """Dispatch on the file's extension; the content must agree with it."""
    name = safe_name(filename)
    if len(data) > max_bytes:
        raise FileTooLarge(name, f"the file is {_mb(len(data))}, over the {_mb(max_bytes)} limit")
    if not data.strip():
        raise EmptyDocument(name)
    suffix = PurePath(name).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise UnsupportedFormat(name, f"unsupported file type {suffix!r}; send {SUPPORTED}")
    return reader(data, name)


def safe_name(filename: str) -> str:
    """A display name only: file names never become paths."""
    name = (filename or "document.txt").replace("\x00", "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    return name.strip()[:120] or "document.txt"


# --- text ---------------------------------------------------------------------------


def decode_text(data: bytes, filename: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252, else latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise CorruptFile(filename, "invalid UTF-16 text") from exc
    for signature, kind in MAGIC_SIGNATURES:
        if data.startswith(signature):
            raise UnsupportedFormat(filename, f"this looks like {kind}, not text")
    if b"\x00" in data[:8192]:
        raise UnsupportedFormat(filename, "this looks like a binary file, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("latin-1")
    sample = text[:8192]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if sample and controls / len(sample) > 0.05:
        raise UnsupportedFormat(filename, "this looks like a binary file, not text")
    return text


def read_text(data: bytes, filename: str) -> ParsedFile:
    return parse_plain_text(decode_text(data, filename), filename)


def parse_plain_text(text: str, filename: str = "document.txt") -> ParsedFile:
    """Front matter first; else the first line is the title and a dateline gives the date."""
    text = normalize_text(text)
    meta, body = split_front_matter(text)
    body = body.strip()
    if not body:
        raise EmptyDocument(filename)
    title = meta.get("title") or first_line_title(body)
    published = parse_date(meta.get("date") or meta.get("published") or "") or find_dateline(body)
    return ParsedFile(
        title=clip_title(title), text=body, published=published, source=meta.get("source")
    )


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end < 0:
        return {}, text
    meta: dict[str, str] = {}
    for line in text[4:end].splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip().strip("\"'")
    rest = text[end + 4 :]
    return meta, rest.split("\n", 1)[1] if "\n" in rest else ""


def first_line_title(body: str) -> str:
    line = body.split("\n", 1)[0].strip().lstrip("#").strip()
    return line


def clip_title(title: str) -> str:
    title = " ".join(title.split())
    if len(title) <= MAX_TITLE:
        return title or "Untitled document"
    return title[: MAX_TITLE - 1].rsplit(" ", 1)[0] + "…"


def parse_date(raw: str) -> str | None:
    raw = raw.strip().replace(",", "").replace(".", "")
    if not raw:
        return None
    try:
        return date.fromisoformat(raw[:10]).isoformat()
    except ValueError:
        pass
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(raw, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def find_dateline(body: str) -> str | None:
    for line in body.split("\n", 6)[:6]:
        match = DATELINE.match(line.strip())
        if match:
            return parse_date(match.group("date"))
    return None


def normalize_text(text: str) -> str:
    """NFC, unified newlines, no trailing spaces, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\ufeff", "")
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# --- HTML ---------------------------------------------------------------------------

DROP_TAGS = (
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
    "svg", "template", "button", "select", "object", "embed", "canvas", "figure",
)  # fmt: skip
BLOCK_TAGS = ("h1", "h2", "h3", "h4", "p", "li", "blockquote", "pre", "td")


def read_html(data: bytes, filename: str) -> ParsedFile:
    from bs4 import BeautifulSoup

    markup = decode_text(data, filename)
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup.find_all(DROP_TAGS):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    title = ""
    meta_title = soup.find("meta", attrs={"property": "og:title"})
    if meta_title and meta_title.get("content"):
        title = str(meta_title["content"])
    heading = root.find("h1")
    if not title and heading:
        title = heading.get_text(" ", strip=True)
    if not title and soup.title and soup.title.string:
        title = soup.title.string
    published = None
    for attrs in ({"property": "article:published_time"}, {"name": "date"}):
        tag = soup.find("meta", attrs=attrs)
        if tag and tag.get("content"):
            published = parse_date(str(tag["content"]))
            break
    if published is None and (time_tag := root.find("time")) and time_tag.get("datetime"):
        published = parse_date(str(time_tag["datetime"]))
    blocks = [
        block.get_text(" ", strip=True)
        for block in root.find_all(BLOCK_TAGS)
        if not block.find_parent(BLOCK_TAGS)
    ]
    text = "\n\n".join(b for b in blocks if b) or root.get_text("\n", strip=True)
    text = normalize_text(text)
    if not text:
        raise EmptyDocument(filename, "the page has no article text")
    parsed = parse_plain_text(text, filename)
    return ParsedFile(
        title=clip_title(title) if title.strip() else parsed.title,
        text=parsed.text,
        published=published or parsed.published,
        source=parsed.source,
    )


# --- PDF ----------------------------------------------------------------------------


def read_pdf(data: bytes, filename: str) -> ParsedFile:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.lstrip().startswith(b"%PDF-"):
        raise CorruptFile(filename, "not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise CorruptFile(filename, "the PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
    except CorruptFile:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise CorruptFile(filename, f"the PDF is damaged ({type(exc).__name__})") from exc
    text = normalize_text("\n\n".join(unwrap_lines(page) for page in pages))
    if not text:
        raise NoTextLayer(filename)
    meta_title = ""
    try:
        meta_title = (reader.metadata.title or "") if reader.metadata else ""
    except (PyPdfError, ValueError, KeyError, TypeError):
        meta_title = ""
    parsed = parse_plain_text(text, filename)
    title = clip_title(meta_title) if meta_title.strip() else parsed.title
    return ParsedFile(
        title=title, text=parsed.text, published=parsed.published, source=parsed.source
    )


# --- DOCX ---------------------------------------------------------------------------


def read_docx(data: bytes, filename: str) -> ParsedFile:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CorruptFile(filename, "not a valid DOCX (ZIP) file") from exc
    total = sum(info.file_size for info in infos)
    packed = max(1, sum(info.compress_size for info in infos))
    if total > MAX_DOCX_UNCOMPRESSED or total / packed > MAX_DOCX_RATIO:
        raise ZipBomb(filename, f"it would expand to {_mb(total)}; refusing to open it")
    if "word/document.xml" not in {info.filename for info in infos}:
        raise CorruptFile(filename, "the ZIP file is not a Word document")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise CorruptFile(filename, "the DOCX file is damaged") from exc
    except Exception as exc:  # lxml raises its own XMLSyntaxError family
        raise CorruptFile(filename, f"the DOCX file is damaged ({type(exc).__name__})") from exc
    paragraphs = [p.text.strip() for p in document.paragraphs]
    text = normalize_text("\n\n".join(p for p in paragraphs if p))
    if not text:
        raise EmptyDocument(filename, "the Word document has no text")
    core_title = (document.core_properties.title or "").strip()
    parsed = parse_plain_text(text, filename)
    title = clip_title(core_title) if core_title else parsed.title
    return ParsedFile(
        title=title, text=parsed.text, published=parsed.published, source=parsed.source
    )


def unwrap_lines(text: str) -> str:
    """PDF text layers break lines mid-sentence; rejoin a line that continues in lowercase."""
    return re.sub(r"(?<=[^\s.!?:;\"”])[ \t]*\n[ \t]*(?=[a-z(])", " ", text)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


READERS: dict[str, Callable[[bytes, str], ParsedFile]] = {
    **dict.fromkeys(TEXT_SUFFIXES, read_text),
    **dict.fromkeys(HTML_SUFFIXES, read_html),
    ".pdf": read_pdf,
    ".docx": read_docx,
}
