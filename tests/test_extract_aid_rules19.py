"""Round 19 aid rules (precision, the issue's own distractors): money a country earns by
selling something, a running total after a fronted period ("Over the past decade, ..."),
what donors are asked to give, a likely announcement, money sent home from abroad and a
state firm's investment are no aid; and in an article that reported aid before, a later
gift by someone else (a businessman, supporters, a commercial bank, a parliament) or of
seized cash, prize money or a capital injection does not take that aid's donor and
recipient.

Every sentence here is written for these tests; none is copied from the data sets. Each
case states the whole expected output, so a near miss that turned into a record fails it.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import aid_rows

ALONE = [
    # Money received from a sale or from exports is earned, not given.
    ("Egypt received $35 billion from the sale of land to the UAE.", []),
    ("Russia received €12 billion from gas sales to Europe in 2025.", []),
    ("Angola received $1.2 billion from the sale of its stake in the oil block.", []),
    ("Kenya received 90 billion shillings from the sale of Safaricom shares.", []),
    ("Ukraine received $1.5 billion from grain exports in March.", []),
    # A fronted period makes a perfect of giving a running total.
    ("Over the past decade, the bank has lent $9 billion to Kenya.", []),
    ("Over the last five years, Tokyo has provided $2 billion to Manila.", []),
    ("In the past decade, the EU has given €1 billion to Sudan.", []),
    # A running total dropped for its amount gives no record in kind for its own noun.
    ("Brussels has given €2.5 billion in humanitarian aid to Sudan since 2014.", []),
    # What donors are asked to give; what is only likely.
    ("The United Nations is asking donors to provide $2.7 billion for Yemen this year.", []),
    ("Japan is likely to announce 10 billion yen for the Philippines.", []),
    # Money migrants send home.
    ("Kenyans abroad sent $4.9 billion to their families last year.", []),
    # A state-owned firm's investment.
    ("Norway's state-owned Equinor committed $2 billion to an offshore wind farm in Brazil.", []),
    # Controls: a loan received from a lender, proceeds given away, a short fronted
    # period, a request answered by a commitment, a state development bank's loan.
    ("Kenya received $2 billion from the IMF.", [("IMF", "Kenya", 2e9, "USD", "loan")]),
    (
        "Britain will give Ukraine £2.5 billion from the sale of Chelsea FC.",
        [("United Kingdom", "Ukraine", 2.5e9, "GBP", "unspecified")],
    ),
    (
        "In the past week, Japan has pledged $10 million to Sri Lanka.",
        [("Japan", "Sri Lanka", 1e7, "USD", "unspecified")],
    ),
    (
        "The Philippines asked Japan to provide more patrol boats, and Tokyo agreed to give "
        "2 billion yen.",
        [("Japan", "Philippines", 2e9, "JPY", "unspecified")],
    ),
    (
        "The European Parliament approved €4 billion in loans to Egypt.",
        [("European Union", "Egypt", 4e9, "EUR", "loan")],
    ),
    (
        "It also pledged $4 million in capital grants for Sri Lanka's ports.",
        [(None, "Sri Lanka", 4e6, "USD", "grant")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALONE)
def test_round19_aid_alone(text: str, expected: list[tuple]) -> None:
    assert aid_rows(text) == expected


# Real aid first: the sentences after it name neither donor nor recipient, so only that
# context made them candidates.
CONTEXTS = [
    (
        "Japan will provide a grant of 3 billion yen to the Philippines for coast guard vessels.",
        [("Japan", "Philippines", 3e9, "JPY", "grant")],
    ),
    (
        "NAIROBI, May 4, 2026 — The World Bank approved a $400 million loan for Kenya on "
        "Tuesday to improve water supply.",
        [("World Bank", "Kenya", 4e8, "USD", "loan")],
    ),
    (
        "The United States will give $5 million to Ecuador's police to fight drug gangs.",
        [("United States", "Ecuador", 5e6, "USD", "security")],
    ),
]
AFTER_AID = [
    # private donors, party and campaign money
    "A businessman donated $1 million to the senator's re-election campaign.",
    "The tycoon gave £5 million to the Conservative Party last year.",
    "A billionaire donated $10 million to the governor's campaign.",
    "Supporters gave $2 million to the opposition candidate in small donations.",
    "A local businessman also donated $200,000 to the relief effort.",
    # commercial banks lending to firms
    "Standard Chartered lent $500 million to the mining company.",
    "HSBC extended a $250 million credit line to the state oil firm.",
    "A local bank lent $40 million to the shipyard building the vessels.",
    "Citibank will lend $300 million to the country's largest airline.",
    # domestic money
    "The finance ministry will provide 10 billion naira to the states from federal funds.",
    "Parliament also approved an extra $1 billion for the armed forces.",
    "The government will provide $500 million in capital to the state oil company.",
    # seized cash, prize money
    "The government will give $2 million seized from the cartel to local schools.",
    "It will give $100,000 in prize money to the winning team.",
]


@pytest.mark.parametrize("context", CONTEXTS, ids=["grant", "dateline", "security"])
@pytest.mark.parametrize("text", AFTER_AID)
def test_a_later_non_aid_gift_does_not_take_the_articles_parties(
    context: tuple[str, list], text: str
) -> None:
    first, expected = context
    assert aid_rows(first + " " + text) == expected
    assert aid_rows(first + "\n\n" + text) == expected


ALSO_GIVEN = [
    # Controls: the same donor again, through a pronoun, a capital or an agency.
    (
        "It will also give $2 million to the Philippine Red Cross.",
        [("Japan", "Philippines", 2e6, "USD", "unspecified")],
    ),
    (
        "Tokyo will also give 500 million yen to the Philippine Coast Guard.",
        [("Japan", "Philippines", 5e8, "JPY", "security")],
    ),
    (
        "The agency will lend $50 million to the state-owned Philippine National Railways.",
        [("Japan", "Philippines", 5e7, "USD", "loan")],
    ),
    (
        "It will also lend $100 million to the state power company Napocor.",
        [("Japan", "Philippines", 1e8, "USD", "loan")],
    ),
    (
        "The ministry will also provide $2 million to the country's coast guard.",
        [("Japan", "Philippines", 2e6, "USD", "security")],
    ),
    # ... and a legislature that is told, not the giver.
    (
        "The State Department notified Congress that it will provide $300 million in Foreign "
        "Military Financing to Taiwan.",
        [("United States", "Taiwan", 3e8, "USD", "security")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALSO_GIVEN)
def test_a_later_gift_by_the_same_donor_is_kept(text: str, expected: list[tuple]) -> None:
    first, context = CONTEXTS[0]
    assert aid_rows(first + " " + text) == sorted(
        context + expected, key=lambda r: (r[1] or "", r[2] or 0.0, r[0] or "")
    )
