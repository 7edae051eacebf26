"""Equivalence claims behind the shared layers' speed-ups (sentences, gazetteer, spans)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import sentences
from summarizer._extract_common import locate_sentences
from summarizer.gazetteer import find_mentions
from tests.open_sets import open_folders

DATA = Path(__file__).parent / "data"
# Explicit open folders only (never the sealed sets).
FOLDERS = ("extraction", "extraction_holdout3", "extraction_holdout8")


def _texts() -> list[str]:
    out = []
    for folder in FOLDERS:
        d = DATA / folder
        if d.is_dir():
            out += [p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt"))]
    return out


TEXTS = _texts()
TRICKY = [
    "Headline Without Punctuation\n\nU.S. officials said.\tNext one.  Then\u00a0more.",
    "A line\nwrapped, and\nmore text.\n- bullet one\n- bullet two\n\nFinal para.",
    "word.\n\n  spaced   out.   Another?  Yes!  Mr. Smith went to Washington.",
    "x" * 400 + " " + "y " * 200,
]


def test_chunks_are_stripped_and_single_line() -> None:
    """``segment`` uses chunks as they are and ``_presplit`` ends words at spaces only."""
    for text in [*TEXTS, *TRICKY]:
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
        for paragraph in sentences._BLANK_LINE.split(text):
            for chunk, _ in sentences._chunks(paragraph):
                assert chunk == chunk.strip()
                assert "\n" not in chunk


def _reference_segment(text: str) -> list[sentences.Unit]:
    """The loop ``segment`` had before its shortcuts (kept here as the definition)."""
    tokenizer = sentences.sentence_tokenizer("en")
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    units = []
    for p, paragraph in enumerate(sentences._BLANK_LINE.split(text)):
        for chunk, standalone in sentences._chunks(paragraph):
            if standalone or not sentences._BREAK_CANDIDATE.search(chunk.rstrip()):
                pieces = [chunk.strip()]
            else:
                pieces = []
                for part in sentences._presplit(chunk, tokenizer):
                    if sentences._BREAK_CANDIDATE.search(part.rstrip()):
                        pieces.extend(tokenizer.tokenize(part))
                    elif part.strip():
                        pieces.append(part)
                pieces = sentences._rejoin(pieces)
            for piece in pieces:
                for part in sentences._split_long(piece):
                    if sentences._WORD.search(part):
                        units.append(sentences.Unit(part, p, standalone))
    return units


def test_segment_matches_reference_loop() -> None:
    for text in [*TEXTS, *TRICKY]:
        got = sentences.segment(text)
        assert got == _reference_segment(text)
        assert all(type(u) is sentences.Unit for u in got)


@pytest.mark.parametrize("prefix", ["Headline\n\n", "x.\n\n", "$", "abc", "The U.S.", "UN"])
def test_find_mentions_offset_matches_slice(prefix: str) -> None:
    """``find_mentions(text, offset)`` == the slice's mentions shifted by ``offset``."""
    bodies = [
        "US and EU officials met China's envoy.",
        "Ukraine, the U.S. and Kenya signed.",
        *TEXTS[:20],
    ]
    for body in bodies:
        text = prefix + body
        off = len(prefix)
        want = [
            (m.start + off, m.end + off, m.surface, m.canonical, m.kind)
            for m in find_mentions(body)
        ]
        got = [(m.start, m.end, m.surface, m.canonical, m.kind) for m in find_mentions(text, off)]
        assert got == want


def _reference_locate(text: str, offset: int, sents: list[str]) -> list[tuple[int, int]]:
    from summarizer._extract_common import _ABBREV_END

    spans, pos = [], offset
    for sent in sents:
        i = text.find(sent, pos)
        if i < 0:
            i = text.find(sent[:24], pos)
            if i < 0:
                continue
            j = text.find(sent[-12:], i)
            end = j + len(sent[-12:]) if j >= 0 else i + len(sent)
        else:
            end = i + len(sent)
        spans.append((i, end))
        pos = end
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if (
            merged
            and text[merged[-1][1] - 1] == "."
            and _ABBREV_END.search(text, max(merged[-1][0], merged[-1][1] - 8), merged[-1][1])
        ):
            nxt = text[s : s + 1]
            if nxt and not nxt.isspace() and "\n\n" not in text[merged[-1][1] : s]:
                merged[-1] = (merged[-1][0], e)
                continue
        merged.append((s, e))
    return merged


def test_locate_sentences_matches_two_pass_reference() -> None:
    extra = ["The U.S. Gen. Smith met Mr. Jones in Washington. He left.", "A.\n\nB. C."]
    for text in [*TEXTS, *TRICKY, *extra]:
        sents = sentences.split_sentences(text)
        assert locate_sentences(text, 0, "english", sents) == _reference_locate(text, 0, sents)
        # A split that does not match the text verbatim exercises the fallback path.
        odd = [s.replace(" ", "  ", 1) for s in sents]
        assert locate_sentences(text, 0, "english", odd) == _reference_locate(text, 0, odd)


def test_ends_final_matches_final_punct_regex() -> None:
    import itertools

    alphabet = [
        "a",
        " ",
        ".",
        "!",
        "?",
        "…",
        ":",
        ";",
        '"',
        "'",
        "”",
        "’",
        "»",
        ")",
        "]",
        "(",
        "“",
        "-",
    ]
    cases = ["", "Headline", "Done.", 'Said."', "Why?)]", "x ”", "…»"]
    for n in range(1, 4):
        cases += ["".join(p) for p in itertools.product(alphabet, repeat=n)]
    for text in TEXTS:
        cases += [ln.strip() for ln in text.split("\n")]
    for line in cases:
        assert sentences._ends_final(line) == bool(sentences._FINAL_PUNCT.search(line)), line


# --- speed round 8 -------------------------------------------------------------------


def _open_corpus() -> list[str]:
    """Every open extraction folder (the sealed sets are never read)."""
    return [p.read_text(encoding="utf-8") for d in open_folders() for p in sorted(d.glob("*.txt"))]


def _all_starts(automaton, text: str) -> set[int]:
    return {end - length for end, length in automaton.iter(text)}


def test_root_order_words_add_only_starts_where_no_form_begins() -> None:
    """The ``_ROOT_ORDER`` words change the root's child order, not the mentions: every
    start the plain automaton reports is still reported, and each extra start is one at
    which the anchored matcher finds nothing."""
    import ahocorasick

    from summarizer import gazetteer

    plain = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for surface in gazetteer._tables()[0]:
        plain.add_word(surface, len(surface))
    plain.make_automaton()
    fast = gazetteer._automaton()
    match = gazetteer._matcher().match
    odd = [
        "x\uffffUS and e\uffff China\uffff",
        "\uffff" * 5 + "U.S.\uffffKenya",
        " \uffffIMF, the\uffffUN. 2\uffff",
    ]
    for text in [*_open_corpus()[:400], *TRICKY, *odd]:
        want, got = _all_starts(plain, text), _all_starts(fast, text)
        assert want <= got
        for before in got - want:
            assert match(text, before + 1) is None
    for text in odd:
        assert [(m.start, m.end, m.surface) for m in find_mentions(text)] == [
            (m.start(), m.end(), m.group()) for m in gazetteer._matcher().finditer(text)
        ]


_NUMBER_TOKENS = [
    "2024.",
    "9.",
    "12.",
    "0.",
    "1,000.",
    "3.5",
    "(2024.",
    "2024.)",
    "2024.”",
    "No.",
    "U.S.",
    "E.O.",
    "The",
    "the",
    "It",
    "İstanbul",
    "Éire",
    "“We",
    '"The',
    "(The",
    ",",
    ";",
    ":",
    "?",
    "-",
    "and",
    "in",
    "May",
    "ÉTAT",
    "42",
    "J.",
    "iPhone",
    "9",
]


def _punkt_agrees(chunk: str, languages: tuple[str, ...] = ("en", "es")) -> None:
    for language in languages:
        tokenizer = sentences.sentence_tokenizer(language)
        parts = sentences._presplit(chunk, tokenizer)
        fast = [s for part in parts for s in tokenizer.tokenize(part)]
        assert sentences._rejoin(fast) == sentences._rejoin(tokenizer.tokenize(chunk)), chunk


def test_presplit_after_numbers_gives_what_punkt_gives_random() -> None:
    import random

    rng = random.Random(8)
    ascii_seps = [" ", "  ", "\t", " \t"]
    # Non-ASCII spaces follow numbers and words without a period only: after a period both
    # early cuts now need an ASCII space, and tests/test_perf_core_r10.py covers words.
    seps = [*ascii_seps, "\u00a0", "\u00a0 ", " \u2003", "\u2003"]
    for _ in range(4000):
        words = rng.choices(_NUMBER_TOKENS, k=rng.randint(1, 14))
        chunk = "".join(
            w + rng.choice(ascii_seps if w.endswith(".") and not w[:-1].isdigit() else seps)
            for w in words
        ).strip()
        # "No." is a plain word in Spanish (not an abbreviation there): English only.
        _punkt_agrees(chunk, ("en",))
        _punkt_agrees(" ".join(words))


def test_presplit_gives_what_punkt_gives_on_every_open_chunk() -> None:
    """Over every chunk of every open text, the pre-split changes no Punkt sentence."""
    tokenizer = sentences.sentence_tokenizer("en")
    for text in _open_corpus():
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
        for paragraph in sentences._BLANK_LINE.split(text):
            for chunk, standalone in sentences._chunks(paragraph):
                if standalone or not sentences._BREAK_CANDIDATE.search(chunk):
                    continue
                parts = sentences._presplit(chunk, tokenizer)
                fast = [s for part in parts for s in tokenizer.tokenize(part)]
                assert sentences._rejoin(fast) == sentences._rejoin(tokenizer.tokenize(chunk))
