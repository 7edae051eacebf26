"""Equivalence claims of the round-12 speed pass over summarizer/_extract_agreements.py:
each gated helper answers as the plain pattern search it stands for."""

from __future__ import annotations

import glob

from summarizer import _extract_agreements as A

_OPEN_SETS = ("extraction", "extraction_holdout3", "extraction_holdout8", "extraction_holdout12")

_EDGE = [
    "",
    ",",
    "The Kenyan and Ugandan football federations signed a deal",
    "Japanese and Korean STEELMAKERS have concluded an accord",
    "the ſtudios signed, the cluBS agreed, the Unions\tjointly struck a pact",
    "Changes since the last update: the PNG treaty moves from “negotiating” to “signed”",
    "The Solomon Islands arrangement is now marked suspended",
    'They moved\nfrom "a" to b; it is marked\tx',
    "ruled out a new transit deal, A NEW one, another big one, a Fresh  accord",
    "a follow-on deal, a successor pact, a replacement treaty, a ſuccessor deal",
    "New START, the last treaty",
    "and NATO Alliance Pact, the only",
    "but Big ABC Plan Two, its three new",
    "x. AB, the treaty; ABCD, an accord",
]


def _windows() -> list[tuple[str, int, int]]:
    texts = list(_EDGE)
    for d in _OPEN_SETS:
        for f in sorted(glob.glob(f"tests/data/{d}/*.txt"))[:40]:
            with open(f, encoding="utf-8") as fh:
                texts.append(fh.read())
    out = []
    for t in texts:
        for i in range(0, max(1, len(t) - 60), 53):
            s = t[i : i + 300]
            for lo, hi in ((0, len(s)), (0, min(len(s), 130)), (17, min(len(s), 110))):
                if lo <= hi:
                    out.append((s, lo, hi))
    return out


def test_body_subject_gate() -> None:
    for s, lo, hi in _windows():
        assert A._body_subject(s, lo, hi) == (A._BODY_SUBJECT.search(s, lo, hi) is not None)


def test_new_one_gate() -> None:
    for s, lo, hi in _windows():
        assert A._new_one(s, lo, hi) == (A._NEW_ONE.search(s, lo, hi) is not None)


def test_appos_name_gate() -> None:
    for s, lo, hi in _windows():
        if "," not in s[lo:hi]:
            continue  # (the caller's own gate)
        got, want = A._appos_name(s, lo, hi), A._APPOS_NAME.search(s, lo, hi)
        assert (got and got.span(1)) == (want and want.span(1))


def test_change_log_gate() -> None:
    """The substring pre-checks never hide a change-log match."""
    for s, _lo, _hi in _windows():
        want = ("from " in s or "marked " in s) and A._CHANGE_LOG.search(s) is not None
        if want:
            assert A._change_log(s)
        elif "Changes since" not in s:
            assert not A._change_log(s)
