"""The fast ``_CURRENCY_OWNER`` finds exactly what its plain ``\\b`` form finds."""

import re
from pathlib import Path

import pytest

from summarizer._extract_aid import _CURRENCY_OWNER, _CURRENCY_WORD

_REFERENCE = re.compile(r"\b[A-Z][\w.]*(?=" + _CURRENCY_WORD.pattern + ")")

_CASES = [
    "Norway gave 250 million Norwegian kroner and US dollars to Kenya.",
    "U.S. dollars, U.S dollars, US\tdollars, X.Y  yen, A won, Rand rand",
    "aUS dollars _US dollars ÉUS dollars é.US dollars 9US dollars -US dollars",
    "Swiss francs\nSwiss\nfrancs (Indian rupees) 'Japanese yen' Japanese-yen",
    "",
    "A",
    "Dollars dollars US Dollars dollars",
]


@pytest.mark.parametrize("text", _CASES)
def test_currency_owner_equals_reference(text: str) -> None:
    got = [m.span() for m in _CURRENCY_OWNER.finditer(text)]
    assert got == [m.span() for m in _REFERENCE.finditer(text)]


def test_currency_owner_equals_reference_on_articles() -> None:
    files = sorted((Path(__file__).parent / "data" / "extraction").glob("*.txt"))
    assert files
    for f in files:
        text = f.read_text(encoding="utf-8")
        got = [m.span() for m in _CURRENCY_OWNER.finditer(text)]
        assert got == [m.span() for m in _REFERENCE.finditer(text)], f.name
