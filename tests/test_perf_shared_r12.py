"""Equivalence claims behind round 12's shared-layer speed-ups.

* ``mentions_and_money`` (one automaton walk) == ``find_mentions`` + ``find_money``;
* ``find_money_from_hits`` given the anchors' hits == ``find_money``;
* the lock-free lazy attributes of the gates' ``_Evidence`` == the functions they cache.
"""

from __future__ import annotations

import pytest

from summarizer import money
from summarizer._extract_common import mentions_and_money
from summarizer.gazetteer import find_mentions
from summarizer.money import find_money, find_money_from_hits
from summarizer.record_gates import (
    _Evidence,
    agreement_anchors,
    money_anchors,
    name_anchors,
    sentence_bag,
    sentence_name_features,
)
from tests.test_shared_layers_perf import TEXTS

TRICKY = [
    "US and EU officials met China's envoy; Japan gave $5 million (€4.6m) to Kenya.",
    "R45 million from South Africa, Sh2 billion to Uganda, Rs 300 crore for India.",
    "The grand brand material: 10 kroner, 3 rand, 50 dollars, 7 euros and ¥9bn.",
    "Ukraine, the U.S. and Kenya signed.\uffff Britain\uffff gave £12m.\uffff",
    "España y México firmaron; US$ 150 millones y 4,5 millones de dólares.",
    "İstanbul and the UK: $1.2bn, NOK 500 million, SEK 90 million grant.",
]
PREFIXES = ["", "Headline\n\n", "x.\n\n", "$", "abc", "The U.S.", "UN", "5 ", "US$"]


def _mentions(ms):
    return [(m.start, m.end, m.surface, m.canonical, m.kind) for m in ms]


def _money(ms):
    return [(m.start, m.end, m.amount, m.currency, m.text, m.equivalents) for m in ms]


@pytest.mark.parametrize("prefix", PREFIXES)
def test_mentions_and_money_equal_the_two_scans(prefix: str) -> None:
    for body in [*TRICKY, *TEXTS]:
        text = prefix + body
        off = len(prefix)
        got_mentions, got_money = mentions_and_money(text, off)
        assert _mentions(got_mentions) == _mentions(find_mentions(text, off)), text[:80]
        assert _money(got_money) == _money(find_money(text[off:])), text[:80]


def test_mentions_and_money_at_every_offset_of_short_texts() -> None:
    for text in TRICKY:
        for off in range(len(text) + 1):
            got_mentions, got_money = mentions_and_money(text, off)
            assert _mentions(got_mentions) == _mentions(find_mentions(text, off)), (text, off)
            assert _money(got_money) == _money(find_money(text[off:])), (text, off)


def test_money_from_hits_equals_find_money() -> None:
    for text in [*TRICKY, *TEXTS[:40]]:
        hits = list(money._ANCHOR_AC.iter(text))
        assert _money(find_money_from_hits(text, hits)) == _money(find_money(text))
        # The hits may come in any order.
        assert _money(find_money_from_hits(text, hits[::-1])) == _money(find_money(text))


def test_evidence_attributes_are_the_functions() -> None:
    for text in [*TRICKY, *TEXTS[:10]]:
        for sentence in text.split("\n"):
            ev = _Evidence(sentence)
            assert ev.low == ev.text.lower()
            assert ev.words == sentence_bag(ev.text)
            assert ev.money == money_anchors(ev.text)
            assert ev.names == name_anchors(ev.text)
            assert ev.name_sentence_features == sentence_name_features(ev.low)
            assert ev.nouns == [m.span() for m in agreement_anchors(ev.text)]
            # Computed once: the second read is the stored value.
            assert ev.words is ev.words and ev.names is ev.names
