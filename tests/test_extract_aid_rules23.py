"""Round 23 aid rules (new writers' shapes): a lend or provide verb whose purpose is "for
(general) budget needs" is budget money, not a statement of what a state needs, so the
donor's loan stands and takes the article's country when the sentence names none; and the
city of a pledging meeting ("to UNRWA at a donor meeting in Amman", "to the
World Food Programme at a conference in Brussels") is the venue, not the recipient, when
someone else is named. Missions keep their earlier rules (controls only: the older open
sets and the newest annotate "to support the African Union Support and Stabilisation Mission
in Somalia" differently, so that shape is left as it is).

Every sentence is written for these tests; none is copied from the data sets. Each case runs
alone and, where marked, after the opening of an article: a Kyiv financing tracker with its
own loan ("kyiv"), another country's loan ("wire") or no record ("none"); each states the
whole expected output after the context's own records: (donor, recipient, amount, currency,
kind) per record.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import aid_order, aid_rows, in_contexts

US, UK, EU, AU = "United States", "United Kingdom", "European Union", "African Union"
WFP = "World Food Programme"

CONTEXTS = {
    "": ("", []),
    "kyiv": (
        "KYIV, April 8, 2026 — Ukraine's finance ministry updated its tracker of external "
        "financing on Tuesday. Japan will lend 30 billion yen to Ukraine for budget support. ",
        [("Japan", "Ukraine", 30000000000.0, "JPY", "loan")],
    ),
    "wire": (
        "TOKYO, March 2, 2026 — Japan will lend Indonesia 40 billion yen for a commuter "
        "railway. Officials in Jakarta welcomed the loan. ",
        [("Japan", "Indonesia", 40000000000.0, "JPY", "loan")],
    ),
    "none": (
        "NAIROBI, June 2, 2026 — Kenya's parliament passed the finance bill on Tuesday. "
        "Inflation in Uganda slowed to 3 percent. ",
        [],
    ),
}
A = ["", "wire", "none"]  # alone and after the openings that name no recipient of their own
AK = [*A, "kyiv"]  # and after the Kyiv tracker

# A loan or grant "for budget needs": the recipient named, or the tracker's country.
BUDGET = [
    (
        "Canada will lend C$500 million for general budget needs, with disbursement expected in July.",
        [("Canada", "Ukraine", 500000000.0, "CAD", "loan")],
        ["kyiv"],
    ),
    (
        "Norway will lend 2 billion kroner to Ukraine for general budget needs, the finance ministry said.",
        [("Norway", "Ukraine", 2000000000.0, "NOK", "loan")],
        A,
    ),
    (
        "The IMF will lend Egypt $1.2 billion for budget needs.",
        [("IMF", "Egypt", 1200000000.0, "USD", "loan")],
        A,
    ),
    (
        "The Netherlands will provide €200 million for urgent budget needs, the Dutch finance ministry said on Monday.",
        [("Netherlands", "Ukraine", 200000000.0, "EUR", "unspecified")],
        ["kyiv"],
    ),
    (
        "Under the agreement, Japan will lend 50 billion yen to the Philippines for budget needs.",
        [("Japan", "Philippines", 50000000000.0, "JPY", "loan")],
        A,
    ),
    (
        "Sweden will lend SEK 3 billion for the state's budget needs in 2026.",
        [("Sweden", "Ukraine", 3000000000.0, "SEK", "loan")],
        ["kyiv"],
    ),
    (
        "Canada: will lend C$500 million for general budget needs; disbursement expected in July.",
        [("Canada", "Ukraine", 500000000.0, "CAD", "loan")],
        ["kyiv"],
    ),
    (
        "Britain will lend £100 million for general budget needs.",
        [(UK, "Ukraine", 100000000.0, "GBP", "loan")],
        ["kyiv"],
    ),
    (
        '"We will lend $300 million for budget needs," the US Treasury Secretary said.',
        [(US, "Ukraine", 300000000.0, "USD", "loan")],
        ["kyiv"],
    ),
    (
        "Poland will lend €300 million for budget needs, the ministry said.",
        [("Poland", "Ukraine", 300000000.0, "EUR", "loan")],
        ["kyiv"],
    ),
    (
        "Denmark will grant DKK 400 million for budget needs.",
        [("Denmark", "Ukraine", 400000000.0, "DKK", "grant")],
        ["kyiv"],
    ),
    (
        "The World Bank will lend Sri Lanka $250 million for general budget needs.",
        [("World Bank", "Sri Lanka", 250000000.0, "USD", "loan")],
        A,
    ),
    (
        "Finland will lend €100 million to cover budget needs, the finance ministry said in a statement.",
        [("Finland", "Ukraine", 100000000.0, "EUR", "loan")],
        ["kyiv"],
    ),
    (
        "The Board of Executive Directors of the World Bank approved a loan of $150 million to Moldova for general budget needs.",
        [("World Bank", "Moldova", 150000000.0, "USD", "loan")],
        A,
    ),
    (
        "Q: How will the money be used? A: The US Treasury will lend Ghana $200 million for budget needs.",
        [(US, "Ghana", 200000000.0, "USD", "loan")],
        A,
    ),
    (
        "The Council of the European Union decided to provide €1 billion to Ukraine for its budget needs.",
        [(EU, "Ukraine", 1000000000.0, "EUR", "unspecified")],
        AK,
    ),
    (
        "Spain will lend €50 million to Ecuador for its budget needs, the ministry said.",
        [("Spain", "Ecuador", 50000000.0, "EUR", "loan")],
        A,
    ),
    # controls: budget support already counted, a recipient's own budget needs
    (
        "The Asian Development Bank approved a $400 million loan for Pakistan's budget needs.",
        [("Asian Development Bank", "Pakistan", 400000000.0, "USD", "loan")],
        A,
    ),
    (
        "Canada will lend C$500 million to Ukraine for budget support.",
        [("Canada", "Ukraine", 500000000.0, "CAD", "loan")],
        AK,
    ),
    (
        "The World Bank approved a $300 million loan to Jordan for budget support.",
        [("World Bank", "Jordan", 300000000.0, "USD", "loan")],
        A,
    ),
]

# Controls (unchanged): a mission named after no body goes to its host, a body's own
# mission or force keeps the body, money "for" a body's mission goes to the host.
MISSION = [
    (
        "France said it would provide €20 million to support the Multinational Security Support Mission in Haiti.",
        [("France", "Haiti", 20000000.0, "EUR", "security")],
        A,
    ),
    (
        "The United States will contribute $60 million to back the Multinational Security Support Mission in Haiti.",
        [(US, "Haiti", 60000000.0, "USD", "security")],
        A,
    ),
    (
        "Japan will give $10 million to support the ECOWAS standby force.",
        [("Japan", "ECOWAS", 10000000.0, "USD", "security")],
        A,
    ),
    (
        "Germany said it would provide €15 million to support the African Union mission in Somalia.",
        [("Germany", AU, 15000000.0, "EUR", "security")],
        A,
    ),
    (
        "Britain pledged £10 million to the African Union for its mission in Somalia.",
        [(UK, AU, 10000000.0, "GBP", "security")],
        A,
    ),
    (
        "The European Union will provide €40 million for the African Union mission in Somalia.",
        [(EU, "Somalia", 40000000.0, "EUR", "security")],
        A,
    ),
]

# The city where a pledge was made is a venue, not the recipient, when someone is named.
VENUE = [
    (
        "Germany pledged €40 million in emergency aid to UNRWA at a donor meeting in Amman on Thursday.",
        [("Germany", "UNRWA", 40000000.0, "EUR", "humanitarian")],
        A,
    ),
    (
        "Norway pledged $25 million to UNRWA at a conference in Cairo.",
        [("Norway", "UNRWA", 25000000.0, "USD", "unspecified")],
        A,
    ),
    (
        "Norway pledged $25 million in humanitarian aid to the World Food Programme at a conference in Brussels.",
        [("Norway", WFP, 25000000.0, "USD", "humanitarian")],
        A,
    ),
    (
        "Ireland: pledged €8 million to UNRWA at the pledging conference in Amman.",
        [("Ireland", "UNRWA", 8000000.0, "EUR", "unspecified")],
        A,
    ),
    (
        '"We will give €8 million to UNRWA," the Irish minister told reporters at a meeting in Brussels.',
        [("Ireland", "UNRWA", 8000000.0, "EUR", "unspecified")],
        A,
    ),
    (
        "Denmark announced DKK 100 million for UNRWA at an international conference in Cairo on Monday.",
        [("Denmark", "UNRWA", 100000000.0, "DKK", "unspecified")],
        AK,
    ),
    (
        "Switzerland will contribute CHF 10 million to UNICEF at a summit in Nairobi, the foreign ministry said.",
        [("Switzerland", "UNICEF", 10000000.0, "CHF", "unspecified")],
        A,
    ),
    (
        "Australia pledged A$20 million to the World Food Programme at a meeting in Geneva.",
        [("Australia", WFP, 20000000.0, "AUD", "humanitarian")],
        A,
    ),
    (
        "The European Commission announced €25 million for UNRWA during a ministerial meeting in Brussels.",
        [(EU, "UNRWA", 25000000.0, "EUR", "unspecified")],
        A,
    ),
    (
        "Japan will provide $5 million to the International Organization for Migration at a forum in Tokyo.",
        [("Japan", "International Organization for Migration", 5000000.0, "USD", "unspecified")],
        A,
    ),
    (
        "Asked by reporters, the minister said Spain would give €6 million to UNRWA during a ministerial meeting in Cairo.",
        [("Spain", "UNRWA", 6000000.0, "EUR", "unspecified")],
        A,
    ),
    (
        "Saudi Arabia pledged $100 million to UNRWA at an Arab League summit in Manama.",
        [("Saudi Arabia", "UNRWA", 100000000.0, "USD", "unspecified")],
        A,
    ),
    (
        "Belgium pledged €10 million for UNRWA at a conference in Brussels, and €5 million for Lebanon.",
        [
            ("Belgium", "Lebanon", 5000000.0, "EUR", "unspecified"),
            ("Belgium", "UNRWA", 10000000.0, "EUR", "unspecified"),
        ],
        A,
    ),
    (
        "The Netherlands pledged €12 million to UNHCR at a pledging event in Geneva.",
        [("Netherlands", "UNHCR", 12000000.0, "EUR", "unspecified")],
        A,
    ),
    (
        "Kuwait pledged $30 million to UNRWA on the margins of the summit in Cairo.",
        [("Kuwait", "UNRWA", 30000000.0, "USD", "unspecified")],
        A,
    ),
    # controls: a fronted venue, a recipient named before the venue, a UN agency's country
    (
        "At a donor conference in Amman, Germany pledged €40 million to UNRWA.",
        [("Germany", "UNRWA", 40000000.0, "EUR", "unspecified")],
        A,
    ),
    (
        "France pledged €15 million to Lebanon at a conference in Paris.",
        [("France", "Lebanon", 15000000.0, "EUR", "unspecified")],
        A,
    ),
    (
        "Japan pledged $50 million for Sudan at a pledging conference in Paris.",
        [("Japan", "Sudan", 50000000.0, "USD", "unspecified")],
        A,
    ),
    (
        "Qatar pledged $50 million to Syria on the sidelines of the summit in Riyadh.",
        [("Qatar", "Syria", 50000000.0, "USD", "unspecified")],
        A,
    ),
    (
        "Sweden will give SEK 50 million to the WFP for Sudan at a meeting in Geneva.",
        [("Sweden", "Sudan", 50000000.0, "SEK", "unspecified")],
        A,
    ),
]

# Near misses: needs, budgets and meetings that are not aid.
NONE = [
    ("Kenya's budget needs for next year are put at 4 trillion shillings.", [], A),
    ("Ukraine's external financing needs for 2026 are estimated at $45 billion.", [], AK),
    ("The government said it needs $2 billion for general budget needs.", [], AK),
    ("The finance minister said budget needs of $3 billion remained unfunded.", [], AK),
    ("The budget allocates 40 billion hryvnias for general budget needs of the regions.", [], A),
    (
        "Ukraine's budget needs for the rest of the year total $18 billion, the minister said.",
        [],
        AK,
    ),
    ("The conference in Amman raised $1.2 billion for UNRWA, organisers said.", [], A),
    (
        "Ministers gathered at a donor meeting in Amman, where UNRWA said it needs $400 million.",
        [],
        A,
    ),
    (
        "The EU has provided more than €2.5 billion to support the African Union Support and Stabilisation Mission in Somalia since 2007.",
        [],
        A,
    ),
    (
        "Kenya will send 1,000 police officers to support the Multinational Security Support Mission in Haiti.",
        [],
        A,
    ),
    ("The summit in Cairo will discuss $2 billion in reconstruction needs for Gaza.", [], A),
    ("Donors met at a conference in Brussels to discuss Syria's reconstruction needs.", [], A),
    ("Officials met at a donor meeting in Amman on Thursday to discuss UNRWA's finances.", [], A),
    (
        "The African Union said its Support and Stabilisation Mission in Somalia would cost $190 million next year.",
        [],
        A,
    ),
    ("The mission's budget of $60 million covers salaries for 1,200 police officers.", [], A),
]


def _cases(*groups: list[tuple]) -> list[tuple]:
    return in_contexts(CONTEXTS, [case for group in groups for case in group])


@pytest.mark.parametrize(("text", "expected"), _cases(BUDGET))
def test_budget_needs(text: str, expected: list[tuple]) -> None:
    assert aid_rows(text) == aid_order(expected)


@pytest.mark.parametrize(("text", "expected"), _cases(MISSION))
def test_mission_controls(text: str, expected: list[tuple]) -> None:
    assert aid_rows(text) == aid_order(expected)


@pytest.mark.parametrize(("text", "expected"), _cases(VENUE))
def test_pledge_venue(text: str, expected: list[tuple]) -> None:
    assert aid_rows(text) == aid_order(expected)


@pytest.mark.parametrize(("text", "expected"), _cases(NONE))
def test_no_record(text: str, expected: list[tuple]) -> None:
    assert aid_rows(text) == aid_order(expected)
