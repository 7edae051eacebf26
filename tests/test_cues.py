"""The one-scan cue gates (``_extract_common.Cues``) answer exactly what the
per-key substring tests they replace would answer."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

import summarizer.extract  # noqa: F401  (the module, not the re-exported function)
from summarizer._extract_common import Cues, has_any

extract_module = sys.modules["summarizer.extract"]
GROUPS = (extract_module._INKIND_KEYS, extract_module._DESIG_KEYS, extract_module._AGR_KEYS)
# The three record gates alone, as one scanner (extract() scans them with a fourth group).
GATES = Cues(*GROUPS)
ATTRIBUTION = extract_module._TRAILING_ATTRIBUTION
ATTRIBUTION_CUES = Cues(extract_module._ATTRIBUTION_KEYS)

# Text made of pieces of the keys themselves, so that hits, near misses and overlaps
# ("handover", "designated list", "mou" inside "famous") are common.
PIECES = sorted({k for g in GROUPS for k in g} | {"a", "e", " ", ",", "s", "ed", "the ", "."})
TEXT = st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=14).map("".join)


def expected_mask(text: str) -> int:
    return sum(1 << bit for bit, keys in enumerate(GROUPS) if has_any(text, keys))


@settings(max_examples=400)
@given(TEXT)
def test_gates_match_per_key_tests(text: str) -> None:
    low = text.lower()
    assert GATES(low) == expected_mask(low)
    assert GATES.any_in(low) == bool(expected_mask(low))


def test_gates_on_sentences() -> None:
    assert GATES("") == 0
    assert GATES("the weather was mild.") == 0
    assert GATES("japan donated two boats.") == 1
    assert GATES("the state department designated the group.") == 2
    assert GATES("the two sides signed a trade agreement.") == 4
    # One key can belong to two groups, and a sentence can open several gates.
    assert GATES("washington designated the group and signed a deal.") == 6


def test_a_key_in_two_groups_sets_both_bits() -> None:
    cues = Cues(("deal", "aid"), ("deal",))
    assert cues("a deal") == 3
    assert cues("first aid") == 1
    assert cues("nothing") == 0


ATTRIBUTION_TEXT = st.lists(
    st.sampled_from(
        [
            "The ministry signed the deal",
            ", ",
            "the ministry ",
            "said",
            "says",
            "confirmed",
            "told reporters",
            "according to ",
            "citing ",
            "officials",
            " on Monday",
            ".",
            "Said",
            "SAID",
            "in a statement",
        ]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=400)
@given(ATTRIBUTION_TEXT)
def test_attribution_cues_are_necessary(text: str) -> None:
    """The gate may skip a sentence only when the attribution pattern cannot match."""
    if ATTRIBUTION.search(text):
        assert ATTRIBUTION_CUES.any_in(text)


def test_lower_twin_keeps_escapes_and_refuses_what_it_cannot_copy() -> None:
    import re

    from summarizer._extract_common import lower_twin, twins_apply

    twin = lower_twin(re.compile(r"\bFund\S*\s+\\A[A-Z]", re.I))
    assert twin is not None
    assert twin.pattern == r"\bfund\S*\s+\\a[a-z]" and not twin.flags & re.I
    assert lower_twin(re.compile(r"(?-i:May)\s+list", re.I)) is None
    assert lower_twin(re.compile("Éire", re.I)) is None
    assert lower_twin(re.compile("fund")) is None  # not case-insensitive
    assert twins_apply("Plain ASCII") and twins_apply("Kabul \u212a café")
    assert not any(twins_apply(s) for s in ("ſanctions", "İstanbul", "dıd"))


INKIND_TEXT = st.lists(
    st.sampled_from(
        [
            "japan ",
            "handed over ",
            "the world bank ",
            "monetary  fund ",
            "imf ",
            "received ",
            "delivery of ",
            "arrived in ",
            "reached ",
            "landed at ",
            "docked ",
            "touched down ",
            "unloaded at ",
            "off-loaded into ",
            "flew ",
            "trucked ",
            "tents",
            ".",
        ]
    )
    | st.text(max_size=5),
    max_size=8,
).map("".join)


@settings(max_examples=400)
@given(INKIND_TEXT)
def test_inkind_keys_are_necessary_for_the_inkind_verb(text: str) -> None:
    """The in-kind gate may skip a sentence only when INKIND_VERB cannot match it."""
    low = text.lower()
    if extract_module.INKIND_VERB.search(low):
        assert GATES(low) & 1
