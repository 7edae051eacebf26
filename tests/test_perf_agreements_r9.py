"""Equivalence claims of the round-9 speed pass over summarizer/_extract_agreements.py."""

from __future__ import annotations

import glob
import itertools
import random

import pytest

from summarizer import _extract_agreements as A

_OPEN_SETS = ("extraction", "extraction_holdout3", "extraction_holdout8", "extraction_holdout12")


def _texts() -> list[str]:
    out = []
    for d in _OPEN_SETS:
        for f in sorted(glob.glob(f"tests/data/{d}/*.txt"))[:40]:
            with open(f, encoding="utf-8") as fh:
                out.append(fh.read())
    return out


def _clauses() -> list[str]:
    """Sentence-sized windows of the open sets, plus edge cases for the scans."""
    out = [
        "",
        "ratified",
        "ratified the treaty, ratified it; ratified",
        "ératified ratified",
        "x-ratified (ratified) “signed” signed—signed",
        "under the terms of the deal it entered into force and has held firm",
        "scrapped it, left the pact and walked away from the accord",
        "they signed, sealed and ratified; it came into force",
        "no plans to sign; talks stalled, negotiations resumed",
    ]
    for t in _texts():
        for i in range(0, max(1, len(t) - 200), 97):
            out.append(t[i : i + 260])
    return out


@pytest.fixture(scope="module")
def clauses() -> list[str]:
    return _clauses()


def test_rule_spans_are_finditer(clauses: list[str]) -> None:
    """_rule_spans (the scan behind a non-word character) finds the twin's matches."""
    pairs = [p for p in (*A._RULE_TWIN_PAIRS, *A._RULE_TWIN_PAIRS_NO_LEFT) if p is not None]
    assert pairs
    rng = random.Random(9)
    n = 0
    for c in clauses:
        for low in (c.lower(), c.lower().replace(" ", rng.choice(["  ", "\n", ", "]))):
            for twin, fast in pairs:
                spans = A._rule_spans(twin, fast, low)
                assert spans == [m.span() for m in twin.finditer(low)], (twin.pattern[:40], low)
                n += bool(spans)
    assert n > 100  # the claim is exercised on matches, not only on empty scans


def test_rule_twins_open_at_a_word_start() -> None:
    """The claim _rule_spans rests on, checked at import; a pattern without it is refused."""
    import re

    for twin in (*A._RULE_TWINS, *A._RULE_TWINS_NO_LEFT):
        assert twin is None or twin.pattern.startswith("(?=\\b[")
    with pytest.raises(ValueError):
        A._after_nonword(re.compile(r"\bsign"))
    with pytest.raises(ValueError):
        A._after_nonword(re.compile(r"(?=\b[s])(?:sign)?"))


def _pick_reference(found: list[tuple[int, int, str, bool]], not_in_force: bool) -> str:
    """_status_of's choice among the cues as written before the pass."""
    if any(f[3] for f in found) and not all(f[3] for f in found):
        found = [f for f in found if not f[3]]
    found3 = [f[:3] for f in found]
    if not_in_force:
        found3 = [(d, o, "signed" if g == "in_force" else g) for d, o, g in found3]
    statuses = {f[2] for f in found3}
    if "terminated" in statuses and "ruled_out" in statuses:
        return "terminated"
    first = min(found3, key=lambda f: (f[1], f[0]))
    if first[2] in ("negotiating", "proposed"):
        weak = [
            f for f in found3 if f[2] in ("negotiating", "proposed") and A._RULE_ORDER[f[2]] >= 5
        ]
        if weak:
            return min(weak)[2]
    return first[2]


def test_pick_status_is_the_reference() -> None:
    rng = random.Random(11)
    names = A._RULE_NAMES
    for size in range(1, 6):
        for _ in range(3000):
            found = []
            for _k in range(size):
                o = rng.randrange(len(names))
                found.append((rng.choice([0, 0, 3, 7, 40]), o, names[o], rng.random() < 0.3))
            n_bg = sum(f[3] for f in found)
            for nif in (False, True):
                assert A._pick_status(list(found), n_bg, nif) == _pick_reference(found, nif)


def test_first_noun_in_90_characters(clauses: list[str]) -> None:
    """``_agr_nouns(rest[:90])``'s first match is ``_AGR_NOUN.search(rest, 0, 90)``."""
    hits = 0
    for c in clauses:
        for cut in (0, 7, 31):
            rest = c[cut:]
            want = A._AGR_NOUN.search(rest, 0, 90)
            got = next(iter(A._agr_nouns(rest[:90])), None)
            assert (want and (want.span(), want.group(0))) == (got and (got.span(), got.group(0)))
            hits += want is not None
    assert hits > 50


def test_status_of_unchanged_on_windows(clauses: list[str]) -> None:
    """_status_of with _rule_spans agrees with _status_of over a plain finditer scan."""

    def spans_plain(twin, _fast, low):
        return [m.span() for m in twin.finditer(low)]

    got = [A._status_of(c, r) for c, r in itertools.product(clauses[:400], (0, 60))]
    orig = A._rule_spans
    try:
        A._rule_spans = spans_plain
        want = [A._status_of(c, r) for c, r in itertools.product(clauses[:400], (0, 60))]
    finally:
        A._rule_spans = orig
    assert got == want
    assert sum(g is not None for g in got) > 20


def test_literal_first_patterns_match_alike(clauses: list[str]) -> None:
    """``word(?<=\\bword)...`` finds what ``\\bword...`` finds (spans and groups), from any
    start and to any end, and a pattern not opening with one word is refused."""
    import re

    pairs = [
        (A._WITH_ARMED, re.compile(A._WITH_ARMED.pattern.replace("with(?<=\\bwith)", "\\bwith"))),
        (A._WITH_CAP, re.compile(r"\bwith\s+(?:the\s+)?[A-Z]")),
        (A._BETWEEN_SCAN, A._BETWEEN),
        (A._NEVER_BEFORE, re.compile(r"\bnever\s+(?:been\s+)?$")),
        (A._ATTENDING_SCAN, A._ATTENDING),
        (
            A._PROJECT_INTRO,
            re.compile(A._PROJECT_INTRO.pattern.replace("the(?<=\\bthe)", "\\bthe", 1)),
        ),
    ]
    texts = [
        *clauses,
        "between the US and Iran; between Ghana and Togo",
        "betweenX between  the A.B. and the C.D. (x) and",
        "forwith with the EU with India",
        "breathe the Lobito Corridor, a rail project",
        "has never been",
        "xnever never",
    ]
    hits = 0
    for fast, plain in pairs:
        assert fast.pattern != plain.pattern
        for t in texts:
            for lo, hi in ((0, len(t)), (3, len(t)), (5, max(5, len(t) - 9))):
                want = [(m.span(), m.groups()) for m in plain.finditer(t, lo, hi)]
                got = [(m.span(), m.groups()) for m in fast.finditer(t, lo, hi)]
                assert got == want, (plain.pattern[:40], t, lo, hi)
                hits += bool(want)
                m1, m2 = plain.match(t, lo, hi), fast.match(t, lo, hi)
                assert (m1 and m1.span()) == (m2 and m2.span())
    assert hits > 30
    for bad in (r"\bwith|without", r"\bwiths?", r"with\b", r"\b(?:with|from)"):
        with pytest.raises(ValueError):
            A._literal_first(re.compile(bad))


def test_ci_search_through_the_nonword_copy(clauses: list[str]) -> None:
    """_ci_search (the twin at 0, then its copy behind a non-word character) is
    ``twin.search(low, 0, endpos)``."""
    twin = A._AGR_BLACKLIST_LOW
    assert A._AFTER_NONWORD[id(twin)][0] is twin
    texts = [*clauses, "merger deal", "a merger", "xmerger", "(merger)", "ſmerger merger"]
    hits = 0
    for t in texts:
        low = t.lower()
        for endpos in (len(low), len(low) // 2, 7, 0):
            want = twin.search(low, 0, endpos) is not None
            assert A._ci_search(A._AGR_BLACKLIST, twin, t, endpos, low) == want, (t, endpos)
            hits += want
    assert hits > 20


def test_name_stop_scan_is_name_stop(clauses: list[str]) -> None:
    """_NAME_STOP behind its first-two-characters lookahead finds the same first stop."""
    texts = [
        *clauses,
        *(c.upper() for c in clauses[:300]),
        "Treaty of Friendship WHICH was ſigned",
        "on Monday, AND The X Y Zs",
        "ſince İn “quoted” — dash – en",
        "and the; and Tuesday",
    ]
    hits = 0
    for t in texts:
        for lo in (0, 1, 9):
            a, b = A._NAME_STOP.search(t, lo), A._NAME_STOP_SCAN.search(t, lo)
            assert (a and a.span()) == (b and b.span()), (t, lo)
            hits += a is not None
    assert hits > 100
