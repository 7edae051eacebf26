"""An agreement record needs a status word: a common noun mentioned in passing is not news.

Every sentence here is our own. Before this rule such mentions came out as ``proposed``,
which the guidelines reserve for something offered, proposed or floated.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import rules_extract as extract

DATELINE = "CANBERRA, May 4, 2026 — "


@pytest.mark.parametrize(
    "text",
    [
        "Neither government expects a quick deal on fishing rights.",
        "Opposition senators say the security treaty with Fiji was rushed through cabinet.",
        "The unsettled status of forces agreement with Nauru matters more than the money.",
        "Analysts said Australia and Tonga had reasons to keep the maritime partnership alive.",
        "Officials in Suva hardened their position on future deals with Canberra.",
        "The drone co-production agreement with Japan matters more for 2027 than for this year.",
    ],
)
def test_a_passing_mention_gives_no_record(text: str) -> None:
    assert extract(DATELINE + text).agreements == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Australia proposed a security treaty to Fiji on Monday.", "proposed"),
        ("Japan has floated a maritime partnership with Tonga.", "proposed"),
        ("Fiji and Australia signed a security treaty on Monday.", "signed"),
        ("Talks between Nauru and Australia on a policing agreement resumed.", "negotiating"),
        ("Nauru withdrew from its policing agreement with Australia.", "terminated"),
        ("Tonga has no plans to sign a defence pact with China.", "ruled_out"),
    ],
)
def test_a_status_word_still_makes_a_record(text: str, status: str) -> None:
    records = extract(DATELINE + text).agreements
    assert [r.status for r in records] == [status]


def test_a_later_passing_mention_does_not_undo_the_record() -> None:
    text = (
        DATELINE
        + "Fiji and Australia signed a security treaty on Monday. "
        + "Opposition senators say the treaty was rushed."
    )
    assert [r.status for r in extract(text).agreements] == ["signed"]
