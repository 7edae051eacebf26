"""The cheap gates in ``summarizer._extract_aid`` agree with the patterns they guard."""

import random
import re

from summarizer import _extract_aid as aid

_TEXTS = [
    "Japan handed over two patrol boats and armoured vehicles to the navy.",
    "The UAE sent 12 Land Cruisers, x-ray scanners and minibuses on Monday.",
    "Germany delivered wind turbines and electrical substations to Kyiv.",
    "Norway supplied field ambulances, not buses, to the health ministry.",
    "The minister said the talks on trade would resume in May.",
    "Ten mini-buses and a patrol  vessel arrived; the rest follows.",
    "Patrol vessels",
    "buses minibuses ambulances",
]


def test_goods_filter_finds_exactly_when_goods_pattern_does() -> None:
    for text in _TEXTS:
        low = text.lower()
        assert aid._plain(text)
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 1, 3):
                full = aid._INKIND_GOODS.search(text, lo, hi) is not None
                assert (aid._INKIND_GOODS_LOW.search(low, lo, hi) is not None) == full, (
                    text,
                    lo,
                    hi,
                )


def test_passive_gate_is_necessary() -> None:
    for key in aid._INKIND_PASSIVE_KEYS:
        assert any(g in key for g in aid._INKIND_PASSIVE_GATE)


# The reference forms the fast patterns replaced (kept here to hold them to it).
_NOUN_AFTER_REF = re.compile(
    r"^\s*(?:\)|\s)*(?:[-–]?\s*)?" + aid._AID_NOUN_AFTER.pattern[len(r"^[\s)]*+(?:[-–]\s*)?") :],
    re.I,
)
_NEGATIVE_RIGHT_REF = re.compile(
    r"^\s*(?:\)\s*)?(?:-\s*)?"
    + aid._AID_NEGATIVE_RIGHT.pattern[len(r"^\s*+(?:\)\s*+)?(?:-\s*+)?") :],
    re.I,
)
_AFTER_VERB_REF = re.compile(
    r"^\s*(?:\)\s*)?,?\s*" + aid._AID_AFTER_VERB.pattern[len(r"^\s*+(?:\)\s*+)?,?\s*+") :], re.I
)
_NEGATIVE_REF = re.compile(r"\b" + aid._AID_NEGATIVE.pattern[len(r"\b(?=[a-z])") :])
_COORD_VERB_REF = re.compile(
    r"(?:,\s+)?\band" + aid._COORD_VERB.pattern[len(r"(?:,\s+and|a(?<!\w.)nd)") :]
)

_PIECES = [
    " ",
    "  ",
    ")",
    " - ",
    " – ",
    " — ",
    ", ",
    ";",
    ":",
    "\u00a0",
    "\n",
    "and",
    " and ",
    ", and ",
    "Japan",
    "aid",
    "in aid",
    "as grants",
    "worth of",
    "humanitarian",
    "fines",
    "in budget",
    "budget support",
    "trade",
    "advance",
    "is",
    " is ",
    "will be",
    "earmarked",
    "contributed",
    "made available",
    "go to",
    "while",
    "whilex",
    "but",
    "although",
    "also said",
    "and that",
    "the bank said",
    "it added",
    "if",
    "xif",
    "may",
    "in may",
    "deal",
    "pledged",
    "extended",
    "Norway",
    "x",
    "5",
    "_",
    "é",
]


def _texts(n: int = 4000) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 9))) for _ in range(n)]


def test_match_only_patterns_match_exactly_when_their_references_do() -> None:
    for text in _texts():
        for fast, ref in (
            (aid._AID_NOUN_AFTER, _NOUN_AFTER_REF),
            (aid._AID_NEGATIVE_RIGHT, _NEGATIVE_RIGHT_REF),
            (aid._AID_AFTER_VERB, _AFTER_VERB_REF),
        ):
            assert (fast.match(text) is None) == (ref.match(text) is None), (text, ref.pattern)


def test_rewritten_scans_find_the_reference_spans() -> None:
    for text in _texts():
        low = text.lower()
        for fast, ref, s in (
            (aid._CLAUSE_BREAK, aid._CLAUSE_BREAK_REF, text),
            (aid._COORD_VERB, _COORD_VERB_REF, text),
            (aid._AID_NEGATIVE, _NEGATIVE_REF, low),
        ):
            for lo in (0, 1, 3):
                got = [m.span() for m in fast.finditer(s, lo)]
                assert got == [m.span() for m in ref.finditer(s, lo)], (s, ref.pattern)


def test_spaces_are_every_whitespace_character() -> None:
    every = [chr(c) for c in range(0x110000) if re.match(r"\s", chr(c))]
    assert sorted(aid._SPACES) == every
