"""Speed round 10: the one-pass anchor scan of the money parser holds to its reference."""

import random

from summarizer import money

_SYMBOLS = list(money._SYMBOL_CHARS)
# Anchors that nest ("Dh"/"Dhs", "SDR"/"SDRs", "R"/"Rs") or share letters with words.
_NEIGHBOURS = [*_SYMBOLS, "R", "Rs", "Dh", "Dhs", "SDR", "SDRs", "rand", "rands", "dollars", "US"]
_GLUE = ["", " ", "_", "5", "٣", "s", "'", "’", "-", ".", "R", "a"]


def _reference(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in money._ANCHOR.finditer(text)]


def test_every_anchor_next_to_symbols_capitals_and_lower_case_anchors() -> None:
    for word in [*money._ANCHOR_ALL, *_SYMBOLS]:
        for other in _NEIGHBOURS:
            for glue in _GLUE:
                for text in (word + glue + other, other + glue + word, glue + word + glue):
                    assert money._anchor_spans(text) == _reference(text), text


def test_random_runs_of_anchor_pieces() -> None:
    rng = random.Random(10)
    pieces = [*_NEIGHBOURS, *_GLUE, "KSh", "CFA", "FCFA", "euro", "euros", "million", "the "]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert money._anchor_spans(text) == _reference(text), text
        symbols = [(a, b) for a, b in _reference(text) if text[a] in money._SYMBOL_CHARS]
        assert sorted(money._word_anchor_spans(text) + symbols) == _reference(text), text
