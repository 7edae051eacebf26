"""Speed round 9: the rewritten money scan and the merged in-kind cues hold to their
reference forms."""

import glob
import random
import re
from pathlib import Path

from summarizer import _extract_aid as aid
from summarizer import money
from tests.test_extract_aid_perf import INKIND_CUES

_DATA = Path(__file__).parent / "data"
_OPEN_SETS = ("extraction", "extraction_holdout3", "extraction_holdout8", "extraction_holdout12")


def _articles() -> list[str]:
    texts = []
    for name in _OPEN_SETS:
        texts += [Path(f).read_text() for f in sorted(glob.glob(str(_DATA / name / "*.txt")))]
    return texts


_PIECES = [
    " ",
    "  ",
    "a",
    "5",
    "2.5",
    "1,200",
    " million",
    " billion",
    "bn",
    "m",
    " dollars",
    " euros",
    " yen",
    " USD",
    "US",
    "$",
    "US$",
    "€",
    "£",
    "¥",
    "₹",
    "₵",
    "৳",
    "Rs",
    "R",
    "Sh",
    "KSh",
    "SDRs",
    "CHF",
    "FCFA",
    " five",
    " half a",
    " several",
    " twenty-five",
    " two hundred and",
    "(",
    ")",
    ",",
    " or about ",
    "The",
    "Tk",
    "millones de dólares",
    "4,5",
    "6.800",
    "_",
    "é",
]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12))) for _ in range(n)]


# ``_MONEY`` without the per-branch first-character lookaheads (the form before them).
_MONEY_REF = re.compile(
    money._MONEY.pattern.replace(money._PRE_LOOK, "", 1)
    .replace(r"(?=\d)(?P<esnum>", "(?P<esnum>", 1)
    .replace(r"(?=[\dadefhnost])(?P<snum>", "(?P<snum>", 1),
    money._MONEY.flags,
)


def test_reference_money_pattern_has_no_branch_lookaheads() -> None:
    assert _MONEY_REF.pattern != money._MONEY.pattern
    assert money._PRE_LOOK not in _MONEY_REF.pattern
    assert r"(?=\d)(?P<esnum>" not in _MONEY_REF.pattern
    assert r"(?=[\dadefhnost])(?P<snum>" not in _MONEY_REF.pattern


def test_prefix_branch_starts_with_a_capital_or_a_symbol() -> None:
    # Every alternative of the prefix group: a ``_PREFIXES`` marker, an ISO code, "CHF".
    allowed = re.compile(money._PRE_LOOK)
    for pattern, _ in money._PREFIXES:
        for alt in pattern.split("|"):
            first = alt[1] if alt.startswith("\\") else alt[0]
            assert allowed.match(first), alt
    for code in [*money._ISO_CODES, "CHF"]:
        assert allowed.match(code), code


def test_number_branches_start_with_a_digit_or_a_number_word_letter() -> None:
    # ``_letter_led`` spreads the leading groups: every alternative of the number words
    # then starts with a plain letter (it asserts so), and those letters are the set.
    firsts = {x[0] for x in aid._letter_led(money._NUM_WORD)}
    assert firsts <= set("adefhnost"), firsts
    alternatives = aid._top_alternatives(money._NUM_DIGITS) + aid._top_alternatives(money._NUM_ES)
    for alt in alternatives:
        assert alt.startswith(r"\d"), alt


def test_money_search_is_the_lookahead_free_search() -> None:
    texts = _random_texts(4000, 9) + [t[:3000] for t in _articles()]
    for text in texts:
        n = len(text)
        for lo in range(0, n, 37 if n > 200 else 1):
            hi = min(n, lo + 90)
            a = money._MONEY.search(text, lo, hi)
            b = _MONEY_REF.search(text, lo, hi)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (
                text,
                lo,
            )


def test_anchor_scan_is_the_reference_with_symbols_next_to_capitals() -> None:
    texts = _random_texts(20000, 5) + _articles()
    for text in texts:
        assert money._anchor_spans(text) == [m.span() for m in money._ANCHOR.finditer(text)], text


def test_scan_groups_are_money_groups() -> None:
    assert set(money._SCAN_GROUPS) <= set(money._MONEY.groupindex)


def test_all_inkind_cues_extend_the_inkind_and_carrier_cues() -> None:
    groups = (aid._CARRIER_KEYS, aid._CARRIER_VERBS)
    texts = [t.lower() for t in _articles()] + _random_texts(200, 3)
    keys = [k for g in groups for k in g]
    texts += [" x ".join(g) for g in groups] + keys + [f"{a} and {b}" for a in keys for b in keys]
    for text in texts:
        got = aid._INKIND_ALL_CUES(text)
        assert got & 31 == INKIND_CUES(text), text
        assert got >> 5 == aid._CARRIER_CUES(text), text
