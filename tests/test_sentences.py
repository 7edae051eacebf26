"""The offline sentence splitter: abbreviations, quotes, layout, scale, Spanish."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer import split_sentences
from summarizer.sentences import MAX_UNIT_WORDS, segment


def test_keeps_us_state_department_and_dollar_amounts_intact() -> None:
    text = (
        "Officials at the U.S. State Department said the grant was worth US$13.5 million. "
        "The money arrives next year."
    )
    assert split_sentences(text) == [
        "Officials at the U.S. State Department said the grant was worth US$13.5 million.",
        "The money arrives next year.",
    ]


def test_titles_and_clock_times_do_not_end_sentences() -> None:
    text = "Ms. Ortiz arrived at 4 p.m. Thursday. Dr. Lee and Gen. Ruiz met on Jan. 5 at Acme Corp."
    assert split_sentences(text) == [
        "Ms. Ortiz arrived at 4 p.m. Thursday.",
        "Dr. Lee and Gen. Ruiz met on Jan. 5 at Acme Corp.",
    ]


def test_abbreviation_then_a_real_sentence_start_splits() -> None:
    # "The" is known to be lower case mid-sentence, so after "U.S." it starts a sentence.
    assert split_sentences("The aid went to the U.S. The next day it arrived.") == [
        "The aid went to the U.S.",
        "The next day it arrived.",
    ]


@pytest.mark.parametrize("close", ['"', "”"])
def test_closing_quote_stays_with_its_sentence(close: str) -> None:
    open_ = "“" if close == "”" else '"'
    text = f"He said: {open_}We will not sign.{close} Then he left the room."
    assert split_sentences(text) == [
        f"He said: {open_}We will not sign.{close}",
        "Then he left the room.",
    ]


def test_headline_and_dateline_lines_are_their_own_units() -> None:
    text = (
        "US and Ecuador near safe third country deal\n"
        "QUITO, Ecuador\n"
        "The two governments are in the final stages of an agreement. Talks continue."
    )
    units = segment(text)
    assert [u.text for u in units] == [
        "US and Ecuador near safe third country deal",
        "QUITO, Ecuador",
        "The two governments are in the final stages of an agreement.",
        "Talks continue.",
    ]
    assert [u.heading for u in units] == [True, True, False, False]


def test_blank_lines_are_boundaries_and_number_paragraphs() -> None:
    text = "A first paragraph without a full stop\n\nA second paragraph. It has two sentences."
    units = segment(text)
    assert [u.text for u in units] == [
        "A first paragraph without a full stop",
        "A second paragraph.",
        "It has two sentences.",
    ]
    assert [u.paragraph for u in units] == [0, 1, 1]


def test_wrapped_prose_lines_are_joined() -> None:
    text = "The minister said the agreement was\nready and that it would be signed\nsoon. Nobody objected."
    assert split_sentences(text) == [
        "The minister said the agreement was ready and that it would be signed soon.",
        "Nobody objected.",
    ]


def test_text_without_any_punctuation_still_yields_units() -> None:
    assert split_sentences("ceasefire talks resume in doha") == ["ceasefire talks resume in doha"]
    long_text = " ".join(f"word{i}" for i in range(1000))
    units = split_sentences(long_text)
    assert len(units) > 1
    assert all(len(u.split()) <= MAX_UNIT_WORDS for u in units)
    assert " ".join(units).split() == long_text.split()


def test_empty_and_punctuation_only_text_gives_no_units() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n\n  ") == []
    assert split_sentences("***") == []


def test_five_thousand_sentences() -> None:
    text = " ".join(f"Sentence number {i} reports a new fact." for i in range(5000))
    units = split_sentences(text)
    assert len(units) == 5000
    assert units[4999] == "Sentence number 4999 reports a new fact."


def test_spanish_abbreviations() -> None:
    text = (
        "El Sr. García visitó EE.UU. el lunes. La Sra. Pérez citó la pág. 5 del informe. "
        "¿Qué pasó después? La Dra. Ruiz no respondió."
    )
    expected = [
        "El Sr. García visitó EE.UU. el lunes.",
        "La Sra. Pérez citó la pág. 5 del informe.",
        "¿Qué pasó después?",
        "La Dra. Ruiz no respondió.",
    ]
    assert split_sentences(text, "es") == expected
    assert split_sentences(text, "spanish") == expected


def test_language_codes_and_names_are_equivalent() -> None:
    text = "Mr. Smith went to Washington. He stayed."
    assert split_sentences(text, "en") == split_sentences(text, "english")
    with pytest.raises(ValueError, match="unsupported language"):
        split_sentences(text, "klingon")


_TEXT = st.lists(
    st.one_of(
        st.sampled_from(
            ["U.S.", "Mr.", "p.m.", "No.", "$13.5", "said.", "“Yes.”", "end?", "\n", "\n\n"]
        ),
        st.from_regex(r"[A-Za-z]{1,8}[.,]?", fullmatch=True),
    ),
    max_size=60,
).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_no_word_characters_are_lost_or_reordered(text: str) -> None:
    units = split_sentences(text)
    assert re.findall(r"\w", " ".join(units)) == re.findall(r"\w", text)
    assert all(u == u.strip() and u for u in units)


def test_a_multi_megabyte_unpunctuated_line_is_cut_into_bounded_units_losing_nothing():
    from summarizer.sentences import MAX_UNIT_WORDS

    words = [f"w{i}" for i in range(300_000)]
    units = split_sentences(" ".join(words))
    assert all(len(unit.split()) <= MAX_UNIT_WORDS for unit in units)
    assert " ".join(units).split() == words


@pytest.mark.parametrize(
    "chunk",
    [
        "Officials met in Geneva on Tuesday",
        "The ministry said the talks would resume in May.",
        "Prices rose 3.5% in March and 4,1% in April",
    ],
)
def test_chunks_without_a_boundary_candidate_are_one_sentence_for_punkt_too(chunk: str) -> None:
    """The fast path (no candidate, so Punkt is not asked) gives what Punkt would."""
    from summarizer._punkt import sentence_tokenizer
    from summarizer.sentences import _BREAK_CANDIDATE

    assert not _BREAK_CANDIDATE.search(chunk.rstrip())
    assert [s.strip() for s in sentence_tokenizer("en").tokenize(chunk)] == [chunk.strip()]
    assert [u.text for u in segment(chunk)] == [chunk.strip()]


@pytest.mark.parametrize(
    "chunk",
    [
        "He said: “We will not sign.” Then he left the room.",
        "The U.S.-backed talks resumed",
        "Is it over? Nobody knows",
        "She quoted the memo: 'no further payments.' The bank declined.",
        "The deal (signed in 2024.) was shelved",
    ],
)
def test_chunks_with_a_possible_boundary_go_to_punkt(chunk: str) -> None:
    from summarizer.sentences import _BREAK_CANDIDATE

    assert _BREAK_CANDIDATE.search(chunk.rstrip())


_TOKENS = [
    "said.",
    "Ecuador.",
    "talks",
    "the",
    "U.S.",
    "Gen.",
    "Mr.",
    "St.",
    "No.",
    "a.m.",
    "3.5",
    "2026.",
    "J.",
    "long-term.",
    "e.g.",
    "“We",
    "sign.”",
    "(AP)",
    'said."',
    "again!",
    "why?",
    "Inc.",
    "Co.",
    "ltd.",
    "S.A.",
    "a.k.a.",
    "in",
    "May.",
    "and",
    "Kenya's.",
    "ok.",
    "x.",
    "Washington",
    "It",
    '"The',
    "'s.",
    "…",
    "etc.",
    "i.e.",
    "Jan.",
    "The",
    "she",
    "(and.",
]


@given(st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=40))
@settings(max_examples=400, deadline=None)
def test_cutting_at_plain_periods_first_gives_what_punkt_gives(words: list[str]) -> None:
    """The pre-split is an optimisation only: Punkt alone must agree on every text."""
    from summarizer._punkt import sentence_tokenizer
    from summarizer.sentences import _presplit, _rejoin

    chunk = " ".join(words)
    for language in ("en", "es"):
        tokenizer = sentence_tokenizer(language)
        fast = [s for part in _presplit(chunk, tokenizer) for s in tokenizer.tokenize(part)]
        assert _rejoin(fast) == _rejoin(tokenizer.tokenize(chunk))
