"""A question states no record: "Did Norway just give Ukraine 10 billion kroner?" asks.

Explainers, fact checks and interview transcripts ask what later sentences answer; no
record in the annotated sets is evidenced by a question. The sentences here are written
for this test.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import rules_extract as extract

QUESTIONS = [
    "Did Norway just give Ukraine 10 billion kroner?",
    "Will Japan lend the Philippines 30 billion yen for new patrol boats?",
    "Has Britain proscribed the Iron Dawn Brigade?",
    "Did the State Department designate Los Lobos as a Foreign Terrorist Organization?",
    "Will Kenya and Ethiopia sign a defence pact this year?",
    "Has Vanuatu suspended the Nakamal Agreement with Australia?",
]


def _count(text: str) -> int:
    rec = extract(text)
    return len(rec.aid) + len(rec.designations) + len(rec.agreements)


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_question_gives_no_record(question: str) -> None:
    assert _count(question) == 0


def test_the_answer_after_a_question_is_a_record() -> None:
    text = (
        "Did Norway just give Ukraine 10 billion kroner? Yes. Norway gave Ukraine "
        "10 billion kroner in military aid on Monday, the defence ministry said."
    )
    rows = [(a.donor, a.recipient, a.amount, a.currency) for a in extract(text).aid]
    assert rows == [("Norway", "Ukraine", 10_000_000_000.0, "NOK")]
