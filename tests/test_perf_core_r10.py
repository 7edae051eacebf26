"""Equivalence claims behind round 10's sentence-splitter speed-ups (closing marks)."""

from __future__ import annotations

import random

from nltk.tokenize.punkt import PunktLanguageVars

from summarizer import sentences
from tests.open_sets import open_folders
from tests.test_shared_layers_perf import _punkt_agrees as _presplit_agrees

# Words, abbreviations, numbers and the closing/opening marks around a period.
_TOKENS = [
    "said.",
    'said."',
    "said.'",
    'office.")',
    "phones.”",
    "phones.»",
    "deal.’",
    "U.S.",
    'U.S."',
    "Gen.",
    "in 2024.",
    '2024."',
    "x.",
    "it?",
    'it?"',
    "Go!”",
    '"As',
    "“We",
    "‘The",
    '"',
    "”",
    "'",
    ")",
    "--",
    '"--',
    "The",
    "the",
    "banks",
    "May",
    "and",
    "ex-U.S.",
    "well-known.",
    '"Hi."',
    "banks,",
    "banks.",
    "x.)",
    "e.g.",
    "a.m.",
    "p.m.",
    "Inc.",
    "Mr.",
    "J.",
    "etc.",
    "vs.",
    "Sr.",
    "U.S.-led",
    "iPhone",
    "über",
    "...",
    "and...",
    "it.x",
]
_SEPARATORS = [" ", " ", " ", "  ", "\t", "\u00a0"]


def _random_chunks(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = rng.choices(_TOKENS, k=rng.randint(1, 12))
        out.append("".join(w + rng.choice(_SEPARATORS) for w in words).strip())
    return out


def _open_chunks() -> list[str]:
    out = []
    for d in open_folders():
        for path in sorted(d.glob("*.txt")):
            text = path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
            for paragraph in sentences._BLANK_LINE.split(text.strip()):
                out += [chunk for chunk, _ in sentences._chunks(paragraph)]
    return out


def test_closing_marks_are_the_ones_punkt_realigns() -> None:
    """``_CLOSING`` is exactly the set of characters Punkt's realignment moves."""
    realign = PunktLanguageVars.re_boundary_realignment
    moved = {chr(c) for c in range(0x3000) if realign.match(chr(c))}
    assert moved == set(sentences._CLOSING)


def test_presplit_around_closing_marks_gives_what_punkt_gives() -> None:
    """Cutting after 'word."' and before '"As' changes no Punkt sentence."""
    for chunk in _random_chunks(4000, 10):
        _presplit_agrees(chunk)


def test_presplit_cuts_after_the_closing_marks() -> None:
    tokenizer = sentences.sentence_tokenizer("en")
    chunk = 'by their phones." Membership now carries. "As of today, it ends.'
    assert sentences._presplit(chunk, tokenizer) == [
        'by their phones."',
        " Membership now carries.",
        ' "As of today, it ends.',
    ]
    # A closing run ending in white space is moved by Punkt: no cut before it.
    assert len(sentences._presplit("It ended. ” Then more.", tokenizer)) == 1


def _whole_by_punkt(part: str) -> None:
    """Where the closing-mark end is the only candidate left, Punkt returns ``part`` whole."""
    if sentences._BREAK_CANDIDATE.search(sentences._without_closing_end(part)):
        return
    for language in ("en", "es"):
        tokenizer = sentences.sentence_tokenizer(language)
        got = [s.strip() for s in tokenizer.tokenize(part)]
        assert got == ([part.strip()] if part.strip() else []), part


def test_part_ending_in_closing_marks_needs_no_punkt() -> None:
    skipped = 0
    for chunk in _random_chunks(4000, 11):
        for part in sentences._presplit(chunk, sentences.sentence_tokenizer("en")):
            _whole_by_punkt(part)
            _whole_by_punkt(" " + part)
            skipped += sentences._BREAK_CANDIDATE.search(part.rstrip()) is not None
    assert skipped  # the shortcut was exercised


def test_part_ending_in_closing_marks_needs_no_punkt_on_open_chunks() -> None:
    tokenizer = sentences.sentence_tokenizer("en")
    for chunk in _open_chunks():
        for part in sentences._presplit(chunk, tokenizer):
            _whole_by_punkt(part)


def _abbreviations_only_agrees(part: str) -> bool:
    """Where ``_abbreviations_only`` holds, Punkt returns ``part`` whole."""
    fired = False
    for language in ("en", "es"):
        tokenizer = sentences.sentence_tokenizer(language)
        if sentences._abbreviations_only(part, tokenizer._params.abbrev_types):
            fired = True
            got = [s.strip() for s in tokenizer.tokenize(part)]
            assert got == ([part.strip()] if part.strip() else []), (language, part)
    return fired


def test_parts_with_abbreviations_before_lower_case_need_no_punkt() -> None:
    fired = 0
    for chunk in _random_chunks(6000, 12):
        fired += _abbreviations_only_agrees(chunk)
        fired += _abbreviations_only_agrees(" " + chunk)
    assert fired > 100


def test_parts_with_abbreviations_before_lower_case_need_no_punkt_on_open_chunks() -> None:
    tokenizer = sentences.sentence_tokenizer("en")
    for chunk in _open_chunks():
        for part in sentences._presplit(chunk, tokenizer):
            _abbreviations_only_agrees(part)


def test_abbreviations_only_examples() -> None:
    abbrev = sentences.sentence_tokenizer("en")._params.abbrev_types
    assert sentences._abbreviations_only("require U.S. banks to block Gen. staff", abbrev)
    assert not sentences._abbreviations_only("U.S. Banks", abbrev)  # upper case: Punkt decides
    assert not sentences._abbreviations_only("U.S. x.) more", abbrev)  # "x." may break
    assert not sentences._abbreviations_only("U.S.\u00a0banks", abbrev)
    assert not sentences._abbreviations_only("said. banks", abbrev)  # not an abbreviation
