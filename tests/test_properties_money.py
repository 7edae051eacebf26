"""Property tests for the money parser (summarizer.money): written amounts parse back,
and arbitrary text never crashes it or yields spans outside the text."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.money import find_money, parse_money

SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
WORDS = {"dollars": "USD", "euros": "EUR", "pounds": "GBP"}
SCALES = {"million": 1e6, "billion": 1e9}
CONTEXT = st.sampled_from(
    [
        "{m}",
        "Japan pledged {m} to the Philippines.",
        "The fund received {m} on Tuesday, officials said.",
        "In total, {m} was committed for food aid.",
    ]
)


@given(
    amount=st.integers(min_value=1, max_value=999_999_999),
    symbol=st.sampled_from(sorted(SYMBOLS)),
    context=CONTEXT,
)
def test_symbol_and_grouped_digits_parse_back(amount: int, symbol: str, context: str) -> None:
    assert parse_money(context.format(m=f"{symbol}{amount:,}")) == (float(amount), SYMBOLS[symbol])


@given(
    whole=st.integers(min_value=1, max_value=999),
    tenths=st.integers(min_value=0, max_value=9),
    scale=st.sampled_from(sorted(SCALES)),
    symbol=st.sampled_from(sorted(SYMBOLS)),
    context=CONTEXT,
)
def test_scaled_amounts_with_a_symbol(
    whole: int, tenths: int, scale: str, symbol: str, context: str
) -> None:
    text = context.format(m=f"{symbol}{whole}.{tenths} {scale}")
    amount, currency = parse_money(text)
    assert currency == SYMBOLS[symbol]
    assert math.isclose(amount, (whole + tenths / 10) * SCALES[scale], rel_tol=1e-9)


@given(
    whole=st.integers(min_value=1, max_value=999),
    scale=st.sampled_from(sorted(SCALES)),
    word=st.sampled_from(sorted(WORDS)),
    context=CONTEXT,
)
def test_scaled_amounts_with_a_currency_word(
    whole: int, scale: str, word: str, context: str
) -> None:
    result = parse_money(context.format(m=f"{whole} {scale} {word}"))
    assert result == (whole * SCALES[scale], WORDS[word])


@settings(max_examples=400)
@given(
    text=st.lists(
        st.one_of(
            st.sampled_from(list("0123456789$€£¥.,- ()kmbnKMB")),
            st.sampled_from(["million", "billion", "euros", "USD", "crore", " or ", "half a"]),
            st.characters(blacklist_categories=("Cs",)),
        ),
        max_size=40,
    ).map("".join)
)
def test_arbitrary_text_never_crashes_and_spans_stay_inside(text: str) -> None:
    found = find_money(text)
    end = 0
    for money in found:
        assert end <= money.start < money.end <= len(text)
        assert money.text == text[money.start : money.end]
        assert money.amount is None or (math.isfinite(money.amount) and money.amount >= 0)
        end = money.end
    first = parse_money(text)
    assert (first is None) == (not found)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "$",
                "€5",
                "Sh640",
                "Dh",
                "dollars",
                "rand",
                " ",
                "x",
                "R45",
                "KSh",
                "-",
                "million",
                "CFA",
                "é",
                "special",
                "1",
                ".",
                "(",
                "Rs",
                "crore",
                "yen",
            ]
        ),
        max_size=25,
    ).map("".join)
)
def test_fast_anchor_scan_finds_exactly_the_reference_anchors(text: str) -> None:
    """``_anchor_spans`` (two cheap scans merged) equals the one-regex reference ``_ANCHOR``."""
    from summarizer.money import _ANCHOR, _anchor_spans

    assert _anchor_spans(text) == [m.span() for m in _ANCHOR.finditer(text)]
