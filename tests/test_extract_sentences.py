"""Sentence spans for the extraction rules (``_extract_common.locate_sentences``):
a split after a rank or weekday abbreviation is joined again, so a designated
"Brig. Gen. X" keeps the sentence that lists him."""

from __future__ import annotations

import pytest

from summarizer import extract
from summarizer._extract_common import locate_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in locate_sentences(text, 0)]


@pytest.mark.parametrize(
    "abbrev",
    ["Brig. Gen.", "Maj. Gen.", "Adm.", "Cmdr.", "Lt. Col.", "Gen.", "Capt."],
)
def test_rank_abbreviations_do_not_end_a_sentence(abbrev: str) -> None:
    text = f"The Treasury added {abbrev} Idris Karama to the list on Monday. Nothing else changed."
    assert _sentences(text) == [
        f"The Treasury added {abbrev} Idris Karama to the list on Monday.",
        "Nothing else changed.",
    ]


@pytest.mark.parametrize("day", ["Tues.", "Wed.", "Thurs.", "Fri."])
def test_weekday_abbreviations_do_not_end_a_sentence(day: str) -> None:
    text = f"Canada on {day} listed the Red Dune Brigade as a terrorist entity. Officials agreed."
    assert len(_sentences(text)) == 2


def test_a_real_sentence_end_after_a_word_is_kept() -> None:
    text = "The ministry said talks would resume on Friday. The Brigade denied it."
    assert len(_sentences(text)) == 2


def test_ranked_person_is_designated_with_the_whole_sentence() -> None:
    text = (
        "WASHINGTON, May 4, 2026 — The Treasury Department on Wednesday added Brig. Gen. "
        "Idris Karama, a militia commander, to the Specially Designated Nationals list."
    )
    records = extract(text)
    assert [d.entity for d in records.designations] == ["Idris Karama"]
    assert (
        "The Treasury Department on Wednesday added Brig. Gen." in records.designations[0].evidence
    )
