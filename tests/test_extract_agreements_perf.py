"""The lower-case twins of the agreement module's case-insensitive patterns match alike."""

from __future__ import annotations

import summarizer._extract_agreements as A

_TEXTS = [
    "The Treaty was SIGNED on Monday but has NOT yet Entered Into Force.",
    "Officials said the Deal, Struck in 2019, would be Scrapped; Talks COLLAPSED.",
    "Both Countries Suspended the pact after the Greens REFUSED to back it.",
    "The Gas Supply Agreement with the Company's LNG unit was Ratified by Parliament.",
    "It Won’t Renew the MoU, Which Expired, and the Two Nations Rejected the offer.",
    "Under The Deal, the UK Will Pay; a Plea Agreement and a Legal settlement followed.",
]


def _pairs():
    pairs = [
        (rx, tw) for rx, tw in zip(A._RULE_SCANS, A._RULE_TWINS, strict=True) if tw is not None
    ]
    pairs += list(zip(A._CUE_RXS, A._CUE_TWINS, strict=True))
    pairs += [
        (A._THE_COUNTRY, A._THE_COUNTRY_LOW),
        (A._PAIR, A._PAIR_LOW),
        (A._AGR_BLACKLIST, A._AGR_BLACKLIST_LOW),
        (A._AGR_COMMERCIAL, A._AGR_COMMERCIAL_LOW),
    ]
    return pairs


def test_twins_match_alike() -> None:
    for text in _TEXTS:
        low = A.lowered(text)
        assert low is not None
        for rx, twin in _pairs():
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in twin.finditer(low)]


def test_no_twin_for_case_folding_letters() -> None:
    assert A.lowered("the ſigned treaty") is None
    assert A.lowered("İstanbul accord") is None
    # "(?-i:...)" parts are case-sensitive: such a rule keeps its own pattern.
    assert A._RULE_TWINS[1] is None
