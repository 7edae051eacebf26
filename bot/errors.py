"""Named exceptions for expected failures; the edges (CLI, Telegram) turn them into replies."""

from __future__ import annotations


class BriefbotError(Exception):
    """Base class for failures a user can understand and act on."""


class IngestError(BriefbotError):
    """A file could not become a document. ``str(err)`` names the file and the reason."""

    reason = "could not be ingested"

    def __init__(self, filename: str, detail: str | None = None) -> None:
        self.filename = filename
        self.detail = detail or self.reason
        super().__init__(f"{filename}: {self.detail}")


class FileTooLarge(IngestError):
    reason = "the file is too large"


class EmptyDocument(IngestError):
    reason = "the file is empty (no text)"


class UnsupportedFormat(IngestError):
    reason = "unsupported or unrecognised file format"


class CorruptFile(IngestError):
    reason = "the file is corrupt and cannot be read"


class NoTextLayer(IngestError):
    reason = "the PDF has no text layer (scanned images only?)"


class ZipBomb(IngestError):
    reason = "the document expands to an absurd size; refusing to open it"


class NoSentences(IngestError):
    reason = "no sentences found in the text"


class DocumentNotFound(BriefbotError):
    def __init__(self, document_id: int) -> None:
        self.document_id = document_id
        super().__init__(f"no document #{document_id}")


class ConfigError(BriefbotError):
    """Configuration from the environment is missing or malformed."""
