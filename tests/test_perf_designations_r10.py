"""Speed round 10 in ``summarizer._extract_designations``: each claim, tested.

- ``_sentence_cues``: one scan gives both the type gates of ``types_of`` (the bits from
  ``_TYPE_SHIFT`` up) and the gates of ``_low_cues`` (the bits below), with no overlap: type
  bit ``i`` is set exactly when ``has_any(low, keys)`` holds for the keys of ``_TYPES[i]``.
- Its cache returns what a fresh scan returns, whichever question (types or rule gates) is
  asked first.

Each test would fail if its claim were false: the sentences of the open sets, crafted
edge cases and every key on its own.
"""

from __future__ import annotations

from summarizer import _extract_designations as ed
from summarizer._extract_common import has_any
from tests.open_sets import open_texts, rough_sentences

_CRAFTED = [
    "Ankara added two companies to its list of terrorist organisations.",
    "Specially Designated Global Terrorists and Foreign Terrorist Organizations (FTOs).",
    "STATE SPONSORS OF TERRORISM; Terrorism Suppression Act; UAPA; SDN; TCOs.",
    "The Anti-Terrorism Act and the Prevention of Terrorism Act; EU's terrorist list.",
    "Canada did the same; the asset freeze list and the Magnitsky sanctions.",
]


def _lows() -> list[str]:
    texts = [s.lower() for s in [*_CRAFTED, *rough_sentences(open_texts())]]
    texts += [k for _label, keys, _rx in ed._TYPES for k in keys]
    return [*texts, ""]


def test_type_bits_sit_above_the_rule_bits() -> None:
    rule_bits = [
        ed._C_ALIAS_NEXT,
        ed._C_STRONG,
        ed._C_SAME,
        ed._C_GATE,
        ed._C_REPORT_OWN,
        ed._C_SIMILAR,
        ed._C_VOCAB,
        ed._C_NEG,
        ed._C_REMOVAL,
        ed._C_EXAMPLE,
        ed._C_UNDO,
        ed._C_APPLICATION,
        ed._C_PROPOSAL_NOUN,
    ]
    assert sum(rule_bits) == ed._LOW_CUE_MASK
    assert max(rule_bits) < 1 << ed._TYPE_SHIFT


def test_type_bits_are_has_any_of_each_type() -> None:
    for low in _lows():
        ed._SENTENCE_CUES_CACHE.clear()
        mask = ed._sentence_cues(low) >> ed._TYPE_SHIFT
        for i, (label, keys, _rx) in enumerate(ed._TYPES):
            assert bool(mask >> i & 1) == has_any(low, keys), (low, label)
        assert mask >> len(ed._TYPES) == 0


def test_cached_cues_equal_a_fresh_scan() -> None:
    lows = _lows()
    fresh = []
    for low in lows:
        ed._SENTENCE_CUES_CACHE.clear()
        fresh.append(ed._sentence_cues(low))
    ed._SENTENCE_CUES_CACHE.clear()
    ed._TYPES_CACHE.clear()
    for low, want in zip(lows, fresh, strict=True):
        # types_of first (as summarizer.extract asks), then the rule gates from the cache
        ed.types_of(low, low)
        assert ed._low_cues(low) == want & ed._LOW_CUE_MASK
        assert ed._sentence_cues(low) == want
