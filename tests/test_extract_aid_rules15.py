"""Aid extraction, round 15: giving verbs in every tense with the recipient carried from
context, presidential drawdowns and Foreign Military Financing, airlifts told as
arrivals, eastern Congo as the DRC, and running totals or unreceived sums as no aid.

Our own sentences, one phenomenon per group; each case gives the exact
(donor, recipient, amount, currency, kind) records expected, negatives none.
"""

import pytest

from summarizer.gazetteer import find_mentions
from tests.extract_rows import aid_rows as _aid

# 1. A giving verb in the present, past or future ("lends", "is giving", "adds ...,
# channelled through") whose recipient is the country the story is about.
GIVING_VERBS = [
    (
        "MALE, June 3, 2026 — The Maldives is short of housing. Saudi Arabia's development "
        "fund lends 60 million dollars for a new island ferry terminal.",
        [("Saudi Arabia", "Maldives", 60e6, "USD", "loan")],
    ),
    (
        "Drought grips Kenya again. Germany gives 10 million euros for water trucks in the north.",
        [("Germany", "Kenya", 10e6, "EUR", "unspecified")],
    ),
    (
        "Kenya's north is parched. Ireland is giving €2 million through Concern Worldwide.",
        [("Ireland", "Kenya", 2e6, "EUR", "unspecified")],
    ),
    (
        "Floods have hit Pakistan's south. Canada adds 5 million dollars, channelled "
        "through UNICEF.",
        [("Canada", "Pakistan", 5e6, "USD", "unspecified")],
    ),
    (
        "Malawi faces a hunger season. The World Bank will lend $150 million for "
        "irrigation schemes.",
        [("World Bank", "Malawi", 150e6, "USD", "loan")],
    ),
    (
        "Haiti needs help rebuilding. Norway earmarks 20 million kroner for school repairs.",
        [("Norway", "Haiti", 20e6, "NOK", "unspecified")],
    ),
    (
        "Tokyo chips in $3 million for Nepal's earthquake recovery.",
        [("Japan", "Nepal", 3e6, "USD", "humanitarian")],
    ),
]

GIVING_NEGATIVES = [
    "Kenya faces drought. The new tax adds $2 billion to revenue.",
    "Kenya faces drought. The tariff added $300 million to import costs, the ministry said.",
    "Kenya faces drought. The stock market added $3 billion in value on Monday.",
]


# 2. Presidential drawdowns and Foreign Military Financing: the United States gives
# equipment (or security financing), whoever announces it.
DRAWDOWNS = [
    (
        "The United States authorised a presidential drawdown of $200 million in artillery "
        "shells and spare parts for Ukraine.",
        [("United States", "Ukraine", 200e6, "USD", "equipment")],
    ),
    (
        "WASHINGTON — The State Department on Friday notified Congress of a presidential "
        "drawdown of up to $345 million in defence articles for Taiwan.",
        [("United States", "Taiwan", 345e6, "USD", "equipment")],
    ),
    (
        "The Pentagon unveiled a new $400 million drawdown package for Ukraine, including "
        "artillery rounds and armoured vehicles.",
        [("United States", "Ukraine", 400e6, "USD", "equipment")],
    ),
    (
        "The administration said it had authorised a drawdown worth up to $250 million "
        "from US stocks for the Philippines.",
        [("United States", "Philippines", 250e6, "USD", "equipment")],
    ),
    (
        "Washington approved a drawdown of $125 million for Ukraine on Monday.",
        [("United States", "Ukraine", 125e6, "USD", "equipment")],
    ),
    (
        "WASHINGTON — The department also confirmed that it would provide $80 million in "
        "Foreign Military Financing to Taiwan.",
        [("United States", "Taiwan", 80e6, "USD", "security")],
    ),
]

DRAWDOWN_NEGATIVES = [
    "Congress authorised $900 billion in defence spending for next year.",
    "The White House authorised the use of $80 million from a contingency fund.",
    "The Treasury said the drawdown of reserves reached $4 billion in March.",
]


# 3. Airlifts told as arrivals: the flag (or charterer) of the plane or ship gives, the
# place where it lands receives (the dateline's country for a town nobody knows).
AIRLIFTS = [
    (
        "FARCHANA, Chad, May 2, 2026 — A Spanish air force plane touched down in Farchana "
        "on Monday carrying 20 tonnes of blankets and tents for refugees from Darfur.",
        [("Spain", "Chad", None, None, "humanitarian")],
    ),
    (
        "A Dutch-chartered cargo flight delivered 18 tonnes of cholera kits to Goma on Friday.",
        [("Netherlands", "Democratic Republic of the Congo", None, None, "humanitarian")],
    ),
    (
        "An Indian Air Force C-17 touched down in Colombo with 30 tonnes of relief supplies.",
        [("India", "Sri Lanka", None, None, "humanitarian")],
    ),
    (
        "Two Turkish navy ships docked in Tripoli on Sunday, bringing tents, blankets and "
        "food for flood victims.",
        [("Turkey", "Libya", None, None, "humanitarian")],
    ),
    (
        "A Qatari plane arrived at Kabul airport carrying 15 tonnes of medicine and food.",
        [("Qatar", "Afghanistan", None, None, "humanitarian")],
    ),
    (
        "A Belgian-registered aircraft landed in Bunia with medical supplies on Sunday.",
        [("Belgium", "Democratic Republic of the Congo", None, None, "humanitarian")],
    ),
]

AIRLIFT_NEGATIVES = [
    "A Turkish Airlines flight landed in Istanbul carrying 200 passengers.",
    "A Russian cargo plane landed in Caracas on Friday.",
    "A UN-chartered plane landed in Goma on Tuesday.",
]


# 4. Eastern Congo and its towns are the Democratic Republic of the Congo.
CONGO = [
    (
        "The European Union announced €45 million in humanitarian funding for eastern "
        "Congo on Thursday.",
        [("European Union", "Democratic Republic of the Congo", 45e6, "EUR", "humanitarian")],
    ),
    (
        "Britain pledged £12 million in emergency aid for displaced families in North Kivu.",
        [
            (
                "United Kingdom",
                "Democratic Republic of the Congo",
                12e6,
                "GBP",
                "humanitarian",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [
        ("eastern Congo", "Democratic Republic of the Congo"),
        ("Ituri", "Democratic Republic of the Congo"),
        ("Bunia", "Democratic Republic of the Congo"),
        ("Goma", "Democratic Republic of the Congo"),
        ("Kinshasa", "Democratic Republic of the Congo"),
        ("South Kivu", "Democratic Republic of the Congo"),
        ("Republic of the Congo", "Republic of the Congo"),
        ("Congo-Brazzaville", "Republic of the Congo"),
        ("Brazzaville", "Republic of the Congo"),
        ("Congo Republic", "Republic of the Congo"),
    ],
)
def test_congo_places(surface, canonical):
    got = find_mentions(f"Aid reached {surface} today.")
    assert [m.canonical for m in got] == [canonical]


# 5. Not aid: running totals with an open quantifier in a perfect participle or over a
# period, money not yet received, and loans still to go before a board.
NOT_AID = [
    "Japan is Vietnam's largest donor, having extended more than 2.5 trillion yen in loans.",
    "Having lent Kenya more than $9 billion since 2010, China is now its largest creditor.",
    "Germany, which has given over 2 billion euros to Jordan over the past decade, is "
    "reviewing its aid.",
    "Donors say they have disbursed more than $800 million for Yemen this year.",
    "Serbia has yet to receive any money from the 1.6 billion euro facility.",
    "Montenegro has not received a cent of the 380 million euros set aside for it.",
    "A $300 million loan from the World Bank to Nepal is expected to go before the board in June.",
    "The $500 million credit for Ghana will go before the World Bank board next month.",
]

STILL_AID = [
    (
        "Japan has pledged more than $500 million for Ukraine's reconstruction, the prime "
        "minister said.",
        [("Japan", "Ukraine", 500e6, "USD", "unspecified")],
    ),
    (
        "Norway gave Kenya $3 million, which is expected to go to drought relief.",
        [("Norway", "Kenya", 3e6, "USD", "unspecified")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), GIVING_VERBS + DRAWDOWNS + AIRLIFTS + CONGO + STILL_AID
)
def test_records(text, expected):
    assert _aid(text) == sorted(expected, key=lambda r: (r[1] or "", r[2] or 0.0, r[0] or ""))


@pytest.mark.parametrize(
    "text", GIVING_NEGATIVES + DRAWDOWN_NEGATIVES + AIRLIFT_NEGATIVES + NOT_AID
)
def test_no_record(text):
    assert _aid(text) == []
