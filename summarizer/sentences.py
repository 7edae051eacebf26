"""TEMPORARY placeholder — replaced by the summarizer issue (#3)."""

import re


def split_sentences(text: str, language: str = "english") -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n\s*\n", text)
    return [p.strip() for p in parts if p.strip()]
