"""Speed round 9 in ``summarizer._extract_designations``: each claim, tested.

- ``_NICKNAME`` opening with its space (a character class first) finds what its written
  form ``_NICKNAME_WRITTEN`` finds, with the same groups.
- ``_AND_MORE_SCAN`` (a comma or space class first) finds what ``_AND_MORE`` finds.
- ``_BOTH_AGAIN_KEYS``: every ``_BOTH_AGAIN`` match holds one of them, on the lower-cased
  sentence where the twins apply.
- ``_DESIG_NOUN_KEYS``: every ``_NOMINAL`` match holds one of them, likewise.

Each test would fail if its claim were false: the sentences of the open sets, crafted
edge cases and random strings built from the patterns' own words.
"""

from __future__ import annotations

import random
import re

from summarizer import _extract_designations as ed
from summarizer._extract_common import has_any, twins_apply
from tests.open_sets import open_texts, rough_sentences

_CRAFTED = [
    "Jean-Robert \"Ti Lapli\" Desrosiers and Marco 'El Flaco' Ibarra were listed.",
    'Ana  \u201cLa Jefa\u201d Ruiz, Luis \u2018El Gordo\u2019 Soto and X "y" Z; A\t"B" C',
    ' "Quoted" Start, word\u00a0"Nbsp" Name, 12 "Num" Name, word,\n"Nl" Name',
    "X, and its treasurer Y; Z together with the firm's chief W, and Along with V",
    "A,  and B, along with C ,and D as well as the E; F alongside G, H and al-Qaida",
    "The UK placed both of them on the list. BOTH were listed. They sanctioned them all too",
    "added the same two men; listed those three firms; named all four as SDGTs; The pair were",
    "Both were designated. All three have been listed. The two men had been added.",
    # One key each: dropping any key from _BOTH_AGAIN_KEYS fails the test.
    "Canada added the same individuals to its list.",
    "Britain listed the pair as terrorists.",
    "Australia added the trio to its list.",
    "Japan named the six as terrorists.",
    "Japan named the five as terrorists.",
    "Japan named the four as terrorists.",
    "Japan named the three as terrorists.",
    "Japan named the two as terrorists.",
    "Canada listed them as well.",
    "Canada listed both on Friday.",
    # One noun each for _DESIG_NOUN_KEYS.
    "the designation of A; the proscription of B; the listing of C",
    "the removal of D; the revocation of E; the addition of F",
    "the REMOVAL of X, De-proscription of Y, the ADDITION OF Z, delistings of W",
    "the blacklisting of A, the revocation of B, the listing from the EU list of C",
]


_SENTS = [*_CRAFTED, *rough_sentences(open_texts())]


def _random(words: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(n)]


def _all_matches(rx: re.Pattern[str], s: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.lastindex) for m in rx.finditer(s)]


def _same_everywhere(fast: re.Pattern[str], written: re.Pattern[str], texts: list[str]) -> None:
    rng = random.Random(9)
    for s in texts:
        assert _all_matches(fast, s) == _all_matches(written, s), s
        for _ in range(3):
            pos = rng.randrange(len(s) + 1)
            end = rng.randrange(pos, len(s) + 1)
            a, b = fast.search(s, pos), written.search(s, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (s, pos)
            a, b = fast.match(s, pos), written.match(s, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (s, pos)
            a = [m.span() for m in fast.finditer(s, pos, end)]
            b = [m.span() for m in written.finditer(s, pos, end)]
            assert a == b, (s, pos, end)


def test_nickname_opening_with_its_space_finds_what_the_written_form_finds() -> None:
    written = re.compile(ed._NICKNAME_WRITTEN)
    assert ed._NICKNAME.pattern != written.pattern
    words = [" ", "  ", "\t", "\n", "\u00a0", "a", "Jo", "9", "_", '"', "\u201c", "\u201d"]
    words += ["\u2018", "\u2019", "'", "El", "Ti Lapli", ",", ".", "X", "-"]
    _same_everywhere(ed._NICKNAME, written, [*_SENTS, *_random(words, 6000, 1)])


def test_and_more_scan_finds_what_and_more_finds() -> None:
    assert ed._AND_MORE_SCAN.pattern != ed._AND_MORE.pattern
    words = [",", ", ", " ", "  ", "\n", "\u00a0", "and ", "And ", "a", "t", "X", "al-Q"]
    words += ["together with ", "along with ", "alongside ", "as well as ", "its ", "the "]
    words += ["its two leaders, ", "chief ", "brothers ", "Dubai-based ", "of "]
    _same_everywhere(ed._AND_MORE_SCAN, ed._AND_MORE, [*_SENTS, *_random(words, 6000, 2)])


def _keys_needed(rx: re.Pattern[str], keys: tuple[str, ...], texts: list[str]) -> int:
    hits = 0
    for s in texts:
        if not twins_apply(s) or not rx.search(s):
            continue
        hits += 1
        assert has_any(s.lower(), keys), s
    return hits


def test_both_again_needs_one_of_its_keys() -> None:
    words = [" ", "  ", "placed ", "Added ", "NAMED ", "listed ", "sanctioned ", "also "]
    words += ["both", "them", "all ", "of them", "two ", "Three ", "six ", "pair", "trio"]
    words += ["the ", "those ", "these ", "same ", "men ", "firms ", "too ", "on ", "as ", "X"]
    words += ["Both ", "All ", "The ", "were ", "have been ", "designated", "listed", "\u017f"]
    texts = [*_SENTS, *_random(words, 20000, 3)]
    assert _keys_needed(ed._BOTH_AGAIN, ed._BOTH_AGAIN_KEYS, texts) > 100
    # Where the twins do not apply the gate is not used: "ſix" is "six" under re.I.
    assert ed._BOTH_AGAIN.search("They placed the ſix men on the list")
    assert not twins_apply("They placed the ſix men on the list")


def test_nominal_needs_one_of_the_noun_keys() -> None:
    words = [" ", "the ", "designation", "designations", "proscription", "listing", "listings"]
    words += ["delisting", "blacklisting", "removal", "revocation", "addition", "de-"]
    words += ["deproscription", "Removal", "ADDITION", " of ", " OF ", "from the EU list "]
    words += ["re", "x", "\u017f"]
    texts = [*_SENTS, *_random(words, 20000, 4)]
    assert _keys_needed(ed._NOMINAL, ed._DESIG_NOUN_KEYS, texts) > 100
    for s in texts:
        if twins_apply(s):
            low = s.lower()
            assert bool(ed._NOMINAL_LOW.search(low)) == bool(ed._NOMINAL.search(s)), s


def test_recommend_that_needs_one_of_its_stems() -> None:
    words = [" ", "  ", "\t", "recommended", "Recommend", "proposes", "suggested", "requests"]
    words += ["advised", "asks", "task", " that ", "that ", "the ", "X", "Y Z", "\u00a0"]
    texts = [*_SENTS, *_random(words, 20000, 5)]
    texts += [
        "The panel recommended that X be proscribed.",
        "France proposed that A and B should be listed.",
        "They suggested that the Y Front be banned.",
        "It requested that Z be added.",
        "He advised that W be listed.",
        "She asked that V be designated.",
    ]
    hits = 0
    for s in texts:
        if ed._RECOMMEND_THAT.search(s):
            hits += 1
            assert has_any(s, ed._RECOMMEND_KEYS), s
    assert hits > 100
    for key in ed._RECOMMEND_KEYS:  # each stem is needed by some match
        assert any(
            ed._RECOMMEND_THAT.search(s) and not has_any(s, tuple(set(ed._RECOMMEND_KEYS) - {key}))
            for s in texts
        ), key


def test_subject_who_which_needs_who_or_which() -> None:
    words = [" ", ", ", ",  ", ",\t", "who ", "which ", "Who", "WHICH", "The ", "X", "Y Z"]
    words += ["that ", ";", ": ", " — ", "was listed", ", ", "\u00a0"]
    texts = [*_SENTS, *_random(words, 20000, 6)]
    hits = 0
    for s in texts:
        if ed._SUBJ_WHO_WHICH.search(s):
            hits += 1
            assert "who" in s or "which" in s, s
    assert hits > 20
