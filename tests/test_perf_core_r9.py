"""Speed round 9, shared pipeline: the rewritten gates in ``summarizer.extract`` answer
exactly what the code they replace answered."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import summarizer.extract  # noqa: F401  (the module, not the re-exported function)
from summarizer._extract_common import Cues, locate_sentences, twins_apply
from tests.open_sets import DATA, PERF_SETS, open_texts

E = sys.modules["summarizer.extract"]
ES = E._es
# The reference scanners the one sentence scan replaced.
GATES = Cues(E._INKIND_KEYS, E._DESIG_KEYS, E._AGR_KEYS)
ATTRIBUTION_CUES = Cues(E._ATTRIBUTION_KEYS)


def _open_sentences() -> list[str]:
    out: list[str] = []
    for text in open_texts():
        out.extend(text[s:e] for s, e in locate_sentences(text, 0))
    return out


SENTENCES = _open_sentences()


def _inkind_reference(low: str) -> bool:
    return E.INKIND_VERB.search(low) is not None


def test_top_alternatives_split_only_at_top_level() -> None:
    parts = E._top_alternatives(r"a[|\]]b|(c|d)|\|e|[^]|]x|\bf(?:g|h)")
    assert parts == ["a[|\\]]b", "(c|d)", "\\|e", "[^]|]x", r"\bf(?:g|h)"]
    for rx in (E._INKIND_VERB_LOW, E.INKIND_VERB):
        assert "|".join(E._top_alternatives(rx.pattern)) == rx.pattern


def test_factor_boundary_shapes() -> None:
    first, other = E._factor_boundary(re.compile(r"\bab\b|\bc|d"))
    assert first.pattern == r"\b(?:ab\b|c)" and other is not None and other.pattern == "d"
    assert E._factor_boundary(re.compile(r"\bab|\bc"))[1] is None
    for text, hit in (("xab", False), ("ab", True), ("xc", False), ("xd", True), ("c", True)):
        found = bool(first.search(text)) or bool(other and other.search(text))
        assert found == hit == bool(re.search(r"\bab|\bc|d", text))


def test_inkind_gate_on_open_sentences() -> None:
    assert SENTENCES
    for sent in SENTENCES:
        low = sent.lower()
        assert E._inkind_verb_in(low) == _inkind_reference(low), sent


INKIND_PIECES = [
    "japan ",
    "handed over ",
    "hand  over",
    "the world bank ",
    "worldbank",
    "monetary  fund ",
    "nonmonetary fund",
    "imf ",
    "imfs",
    "received ",
    "delivery of ",
    "arrived in ",
    "reached ",
    "landed at ",
    "docked ",
    "touched down ",
    "unloaded at ",
    "off-loaded into ",
    "offloaded in",
    "flew ",
    "trucked ",
    "donated by ",
    "turned over",
    "re",
    "x",
    "-",
    ".",
    " ",
    "\u0130",
    "\u017f",
]
INKIND_TEXT = st.lists(st.sampled_from(INKIND_PIECES) | st.text(max_size=5), max_size=10).map(
    "".join
)


@settings(max_examples=600)
@given(INKIND_TEXT)
def test_inkind_gate_matches_the_pattern(text: str) -> None:
    low = text.lower()
    assert E._inkind_verb_in(low) == _inkind_reference(low)
    if twins_apply(low):
        first, other = E._INKIND_BOUNDED, E._INKIND_OTHER
        both = bool(first.search(low)) or bool(other and other.search(low))
        assert both == bool(E._INKIND_VERB_LOW.search(low))


def test_sentence_cues_low_bits_are_the_gates() -> None:
    for sent in SENTENCES:
        low = sent.lower()
        assert E._SENTENCE_CUES(low) & 7 == GATES(low)
        assert bool(E._SENTENCE_CUES(low) & E._ATTRIBUTION_CUE) == ATTRIBUTION_CUES.any_in(low)


ATTRIBUTION_TEXT = st.lists(
    st.sampled_from(
        [
            "The ministry signed the deal",
            ", ",
            "the ministry ",
            "said",
            "Said",
            "SAID",
            "says",
            "confirmed",
            "Confirmed",
            "told reporters",
            "Told Parliament",
            "according to ",
            "According to ",
            "citing ",
            "officials",
            " on Monday",
            ".",
            "\u0130",
            "\u03a3",
            "in a statement",
        ]
    )
    | st.text(max_size=4),
    max_size=10,
).map("".join)


@settings(max_examples=600)
@given(ATTRIBUTION_TEXT)
def test_attribution_cue_on_lower_case_is_necessary(text: str) -> None:
    """Looking the cue words up in the lower-cased sentence finds at least what the old
    case-sensitive lookup found, so no sentence the pattern matches is skipped."""
    if ATTRIBUTION_CUES.any_in(text):
        assert E._SENTENCE_CUES(text.lower()) & E._ATTRIBUTION_CUE
    if E._TRAILING_ATTRIBUTION.search(text):
        assert E._SENTENCE_CUES(text.lower()) & E._ATTRIBUTION_CUE


@pytest.mark.parametrize("name", PERF_SETS)
def test_attribution_decisions_on_open_sets(name: str) -> None:
    for path in sorted((DATA / name).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for s, e in locate_sentences(text, 0):
            sent = text[s:e]
            old = ATTRIBUTION_CUES.any_in(sent) and E._TRAILING_ATTRIBUTION.search(sent)
            new = E._SENTENCE_CUES(sent.lower()) & E._ATTRIBUTION_CUE and (
                E._TRAILING_ATTRIBUTION.search(sent)
            )
            assert bool(old) == bool(new)
            if old:
                assert old.span() == new.span()


WORD_TEXT = st.lists(
    st.sampled_from(
        [
            *("de", "del", "la", "los", "según", "segúnx", "the", "that", "said", "on", "ón"),
            *("en", "con", "para", "una", "que", "of", "and", "to", "in", "with", "was", "for"),
            *(" ", ",", "-", "x", "\n", "é", "1", "'", "De", "THE", "_"),
        ]
    )
    | st.text(max_size=3),
    max_size=25,
).map("".join)


def _written_vote(text: str) -> bool:
    """``is_spanish`` as first written, with the ``\\b(?:...)\\b`` word patterns."""
    head = text[:1500]
    es = len(ES._ES_WORDS.findall(head))
    return es >= 3 and es > 2 * len(ES._EN_WORDS.findall(head))


@settings(max_examples=800)
@given(WORD_TEXT)
def test_word_count_patterns_count_what_the_vote_counts(text: str) -> None:
    assert len(ES._ES_COUNT.findall(text)) == len(ES._ES_WORDS.findall(text))
    assert len(ES._EN_COUNT.findall(text)) == len(ES._EN_WORDS.findall(text))
    assert ES.is_spanish(text) == _written_vote(text)


def test_language_vote_on_documents() -> None:
    root = Path(__file__).parent.parent
    paths = [p for name in PERF_SETS for p in sorted((DATA / name).glob("*.txt"))]
    paths += sorted((root / "seeds").glob("*.md"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    texts.append("El gobierno de España y la ONU firmaron un acuerdo para el apoyo según el plan.")
    assert any(ES.is_spanish(t) for t in texts)
    for text in texts:
        for offset in (0, 7):
            assert ES.is_spanish(text[offset : offset + 1500]) == _written_vote(text[offset:])
    assert ES._word_count_pattern(re.compile(r"\b(?:de|la)\b", re.I)) is None
    assert ES._word_count_pattern(re.compile(r"\b(?:de|l+a)\b")) is None
