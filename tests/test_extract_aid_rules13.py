"""Aid extraction, round 13: modality, vague amounts, a state's own budget, IMF
staff-level agreements and the giver of in-kind deliveries.

Our own sentences, one phenomenon per group; each case gives the exact
(donor, recipient, amount, currency, kind) records expected, negatives none.
"""

import pytest

from tests.extract_rows import aid_rows as _aid
from tests.extract_rows import rules_extract as extract

# 1. Modality: money that is only envisaged, weighed, sought or up for consideration
# is not aid; an announced or approved commitment is, whatever follows it.
UNCOMMITTED = [
    "Under the memorandum, the EU envisaged up to €500 million in grants for Morocco.",
    "The draft plan envisages $750 million in concessional loans to Sri Lanka from the "
    "Asian Development Bank.",
    "A second tranche of €200 million for Serbia would be considered by the Commission "
    "in the spring.",
    "A $120 million grant for Nepal was mooted by Indian officials at the summit.",
    "A further €75 million in budget support for Moldova could be released next year, "
    "officials said.",
    "The framework foresees as much as $600 million in concessional lending for Egypt.",
    "The Saudi fund is weighing a $250 million deposit at Pakistan's central bank.",
    "A possible $1 billion loan from the World Bank to Ghana remains under discussion.",
    "Another $35 million for Haiti has been sought from Canada, according to the mission.",
    "Funding of roughly $150 million from the Asian Development Bank is expected to be "
    "approved by its board in the autumn.",
]


@pytest.mark.parametrize("text", UNCOMMITTED)
def test_uncommitted_money_is_not_aid(text):
    assert _aid(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany will provide €30 million to Niger for border security.",
            [("Germany", "Niger", 30_000_000.0, "EUR", "security")],
        ),
        (
            "The World Bank approved a $300 million loan to Kenya that is expected to be "
            "disbursed in May.",
            [("World Bank", "Kenya", 300_000_000.0, "USD", "loan")],
        ),
        (
            "Japan pledged $12 million in humanitarian aid to Myanmar.",
            [("Japan", "Myanmar", 12_000_000.0, "USD", "humanitarian")],
        ),
        (
            "The Netherlands will give Jordan €15 million, which could be followed by "
            "further support next year.",
            [("Netherlands", "Jordan", 15_000_000.0, "EUR", "unspecified")],
        ),
        (
            "The Asian Development Bank approved a $200 million loan for Pakistan, which is "
            "expected to be disbursed by June.",
            [("Asian Development Bank", "Pakistan", 200_000_000.0, "USD", "loan")],
        ),
    ],
)
def test_commitment_survives_a_hedged_tail(text, expected):
    assert _aid(text) == expected


# 2. Vague amounts carry no figure: no record, not even one without an amount.
@pytest.mark.parametrize(
    "text",
    [
        "Western governments promised several billion euros to Ukraine within days of "
        "the invasion.",
        "Arab donors pledged hundreds of millions of dollars for Gaza's reconstruction.",
        "Washington has given Israel tens of millions of dollars in missile-defence funding.",
        "Donors pledged billions of dollars to rebuild Haiti.",
        "Brussels set aside several million pounds' worth of loans for Tunisia.",
        "Gulf states pledged several billion dollars to Egypt after the uprising.",
    ],
)
def test_vague_amounts_give_no_record(text):
    assert _aid(text) == []


# 3. A state's own budget is not aid; a foreign donor's budget line for another state is.
@pytest.mark.parametrize(
    "text",
    [
        "A sum of €12 million has been earmarked in the national budget of Montenegro for "
        "new coastguard vessels.",
        "The Ministry of Finance said €4.5 million had been allocated from state funds for "
        "the rebuilding of schools in Albania.",
        "The 2027 budget of the Republic of Serbia sets out RSD 3 billion for border "
        "infrastructure, the government said.",
        "North Macedonia's budget provides MKD 900 million for the police, of which MKD 300 "
        "million is allocated to equipment.",
        "Funds worth €9 million have been allocated in the 2026 budget of the Republic of "
        "Albania for the renovation of border crossings.",
        "The 2026 state budget foresees spending of GEL 30 billion, of which GEL 2 billion "
        "is allocated to roads in Georgia's mountain regions.",
    ],
)
def test_own_budget_is_not_aid(text):
    assert _aid(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU will provide €40 million to Kosovo from its 2026 budget for rule-of-law "
            "reform.",
            [("European Union", "Kosovo", 40_000_000.0, "EUR", "unspecified")],
        ),
        (
            "Sweden will give Moldova SEK 200 million in budget support.",
            [("Sweden", "Moldova", 200_000_000.0, "SEK", "unspecified")],
        ),
        (
            "The World Bank approved a $60 million grant to support Zambia's budget, while "
            "Norway said it would provide NOK 90 million in flood relief for Zambia.",
            [
                ("World Bank", "Zambia", 60_000_000.0, "USD", "grant"),
                ("Norway", "Zambia", 90_000_000.0, "NOK", "humanitarian"),
            ],
        ),
        (
            "The EU will channel €30 million into Kosovo's 2026 budget for border police.",
            [("European Union", "Kosovo", 30_000_000.0, "EUR", "security")],
        ),
        (
            "Kuwait pledged $30 million to Yemen on Tuesday.",
            [("Kuwait", "Yemen", 30_000_000.0, "USD", "unspecified")],
        ),
    ],
)
def test_foreign_money_stays_aid(text, expected):
    assert _aid(text) == expected


# 4. A staff-level agreement that states an amount is a loan from the lender.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TBILISI, 4 May 2026 — An International Monetary Fund (IMF) staff team has "
            "reached a staff-level agreement with the Georgian authorities on a 24-month "
            "Stand-By Arrangement of about US$310 million.",
            [("IMF", "Georgia", 310_000_000.0, "USD", "loan")],
        ),
        (
            "An IMF mission has reached a staff-level agreement with the Armenian "
            "authorities on a new arrangement, under which access to approximately "
            "US$175 million is to be provided, subject to Executive Board approval.",
            [("IMF", "Armenia", 175_000_000.0, "USD", "loan")],
        ),
        (
            "The IMF and Armenian officials reached a staff-level agreement on a 36-month "
            "Stand-By Arrangement worth about $175 million.",
            [("IMF", "Armenia", 175_000_000.0, "USD", "loan")],
        ),
        (
            "IMF staff have reached a staff-level agreement with Jamaica on a new "
            "arrangement under which the country would have access to SDR 740 million "
            "(about US$1 billion).",
            [("IMF", "Jamaica", 740_000_000.0, "XDR", "loan")],
        ),
        (
            "Mongolia reached a staff-level agreement with the IMF on a $400 million "
            "Extended Fund Facility, the Fund said.",
            [("IMF", "Mongolia", 400_000_000.0, "USD", "loan")],
        ),
        (
            "The IMF and Sri Lanka reached a staff-level agreement on a US$2.9 billion "
            "Extended Fund Facility, the Fund said on Tuesday.",
            [("IMF", "Sri Lanka", 2_900_000_000.0, "USD", "loan")],
        ),
        (
            "Following the mission, the IMF team and the authorities of Benin reached a "
            "staff-level agreement on financing of about $300 million under the ECF.",
            [("IMF", "Benin", 300_000_000.0, "USD", "loan")],
        ),
    ],
)
def test_staff_level_amount_is_a_loan(text, expected):
    assert _aid(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A staff-level agreement reached with the IMF in 2021 for a $1.1 billion programme "
        "lapsed after the government fell.",
        "The previous staff-level agreement on a $3 billion facility was never approved by "
        "the Board.",
        "Ghana needs about $2 billion more than the staff-level agreement provides, analysts said.",
    ],
)
def test_dead_or_unrelated_staff_level_amounts(text):
    assert _aid(text) == []


# 5. The giver of an in-kind delivery is the delivery clause's own subject ("Its
# embassy" after a sentence about France) or the passive agent ("by the Government of
# India"), not the donor of the article's earlier money.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union gave €20 million to Lebanon in January. France has stepped "
            "up its support too. Its embassy handed over 20 ambulances to the Lebanese Red "
            "Cross on Monday.",
            [
                ("France", "Lebanon", None, None, "equipment"),
                ("European Union", "Lebanon", 20_000_000.0, "EUR", "unspecified"),
            ],
        ),
        (
            "The United States approved $80 million for Jordan's army. The Netherlands took "
            "a different route. Its defence ministry delivered three surveillance drones to "
            "the Jordanian border guard.",
            [
                ("Netherlands", "Jordan", None, None, "equipment"),
                ("United States", "Jordan", 80_000_000.0, "USD", "security"),
            ],
        ),
        (
            "The World Bank lent $100 million to Nepal in May. Meanwhile, medical supplies "
            "and generators were handed over by the Government of India to the Nepalese "
            "health ministry on Friday.",
            [
                ("India", "Nepal", None, None, "humanitarian"),
                ("World Bank", "Nepal", 100_000_000.0, "USD", "loan"),
            ],
        ),
        (
            "The EU provided €5 million to the Philippines. Ten rigid-hulled boats were "
            "delivered by the Embassy of Japan to the Philippine Coast Guard at a ceremony "
            "in Manila.",
            [
                ("Japan", "Philippines", None, None, "equipment"),
                ("European Union", "Philippines", 5_000_000.0, "EUR", "unspecified"),
            ],
        ),
        (
            "The UN gave $3 million to Fiji. Two tonnes of medicines were donated by the "
            "Government of Australia to Fiji's health ministry.",
            [
                ("Australia", "Fiji", None, None, "humanitarian"),
                ("United Nations", "Fiji", 3_000_000.0, "USD", "unspecified"),
            ],
        ),
        (
            "The European Union gave $5 million to Bosnia.",
            [("European Union", "Bosnia and Herzegovina", 5_000_000.0, "USD", "unspecified")],
        ),
    ],
)
def test_inkind_giver_is_the_clause_subject(text, expected):
    assert _aid(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The United States gave $10 million to Ukraine. Its generators are running at full "
        "capacity, Ukrainian officials said.",
        "Germany has been cautious. Its defence ministry said the radars would not be "
        "delivered to Jordan this year.",
        "France criticised the operation. Its embassy in Beirut was closed on Monday.",
        "Japan has long backed the port. Its engineers inspected the cranes handed over by "
        "China last year.",
    ],
)
def test_possessive_without_delivery_adds_nothing(text):
    assert [a for a in extract(text).aid if a.amount is None] == []


# 6. EU institutions give EU money: the Parliament, MEPs, and the EU's own
# macro-financial assistance instrument.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BRUSSELS — The European Parliament on Wednesday approved €4 billion in "
            "macro-financial assistance loans to Egypt.",
            [("European Union", "Egypt", 4_000_000_000.0, "EUR", "loan")],
        ),
        (
            "MEPs voted to release €1 billion in loans to Jordan.",
            [("European Union", "Jordan", 1_000_000_000.0, "EUR", "loan")],
        ),
        (
            "Lawmakers in Strasbourg signed off on €600 million of macro-financial "
            "assistance for Tunisia on Tuesday.",
            [("European Union", "Tunisia", 600_000_000.0, "EUR", "unspecified")],
        ),
    ],
)
def test_eu_institutions_give_eu_money(text, expected):
    assert _aid(text) == expected
