"""TEMPORARY placeholder — replaced by the extraction issue (#4)."""

from summarizer.records import Records


def extract(text: str, published: str | None = None) -> Records:
    return Records()
