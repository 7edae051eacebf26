"""Round 14 agreement rules: lending programmes under their many names, status words
inside an agreement's name, things called deals or frameworks that are no agreement,
parties named only through officials, and the status an agreement has after the fact.

Every sentence here is written for these tests; none is copied from the data sets.
"""

import pytest

from tests.extract_rows import agreement_rows as _agr

# 1. A lending programme is one agreement between the borrower and the lender, whatever
# it is called: "arrangement under the <window>", "programme with the IMF".
LENDING = [
    (
        "Senegal's arrangement under the Extended Fund Facility with the IMF lapsed in "
        "March without a final review.",
        ("arrangement under the Extended Fund Facility", {"Senegal", "IMF"}, "terminated"),
    ),
    (
        "The IMF completed a review of Benin's loan on Tuesday. The arrangement under the "
        "Extended Credit Facility, approved in 2022, remains in force until a last review "
        "next year, Fund staff said.",
        ("arrangement under the Extended Credit Facility", {"Benin", "IMF"}, "in_force"),
    ),
    (
        "Pakistan's programme with the IMF ended in April and will not be extended, the "
        "finance ministry confirmed.",
        ("programme", {"Pakistan", "IMF"}, "terminated"),
    ),
    (
        "Egypt's program with the International Monetary Fund expired last month, "
        "officials in Cairo said.",
        ("program", {"Egypt", "IMF"}, "terminated"),
    ),
    (
        "Sri Lanka's arrangement under the Extended Fund Facility with the IMF, in force "
        "since 2023, runs until 2027.",
        ("arrangement under the Extended Fund Facility", {"Sri Lanka", "IMF"}, "in_force"),
    ),
    (
        "Jordan's Extended Fund Facility arrangement with the IMF, in force since 2024, is "
        "due to expire next year, and ministers have said they want to leave it without "
        "a successor.",
        ("Extended Fund Facility arrangement", {"Jordan", "IMF"}, "in_force"),
    ),
]

LENDING_NEG = [
    # The staff-level agreement on a programme is that programme's record: one record.
    (
        "The IMF reached a staff-level agreement with Ghana on a 36-month arrangement under "
        "the Extended Credit Facility, subject to board approval.",
        [("staff-level agreement", {"Ghana", "IMF"}, "signed")],
    ),
    # A programme of a ministry, or with a company, is no lending agreement.
    ("The budget sets aside money for the fertiliser subsidy programme.", []),
    ("Kenya's programme with the football federation ended in April.", []),
    # A running programme with no event of its own makes no record.
    (
        "Rwanda's economy got a lift as the country's programme with the IMF moved "
        "forward and ministers concluded talks on a trade pact with a Gulf partner.",
        [],
    ),
]

ACRONYM = [
    (
        "Sri Lanka's four-year arrangement under the EFF with the IMF expired in March.",
        ("arrangement under the Extended Fund Facility", {"Sri Lanka", "IMF"}, "terminated"),
    ),
    (
        "Ukraine's programme with the World Bank lapsed last year.",
        ("programme", {"Ukraine", "World Bank"}, "terminated"),
    ),
]


@pytest.mark.parametrize("text,expected", ACRONYM)
def test_lending_window_acronym_and_lender(text, expected):
    assert _agr(text) == [expected]


BOARD = [
    (
        "The Executive Board of the International Monetary Fund (IMF) today approved a "
        "40-month arrangement under the Extended Credit Facility for Togo.",
        ("arrangement under the Extended Credit Facility", {"Togo", "IMF"}, "in_force"),
    ),
    (
        "The board of the IMF on Friday approved Niger's arrangement under the Extended "
        "Credit Facility.",
        ("arrangement under the Extended Credit Facility", {"Niger", "IMF"}, "in_force"),
    ),
]


@pytest.mark.parametrize("text,expected", BOARD)
def test_board_approval_of_lending_programme(text, expected):
    assert _agr(text) == [expected]


@pytest.mark.parametrize("text,expected", LENDING)
def test_lending_programme_names(text, expected):
    got = _agr(text)
    assert len(got) == 1 and got[0][1:] == expected[1:], got
    assert got[0][0].endswith(expected[0]), got


@pytest.mark.parametrize("text,expected", LENDING_NEG)
def test_lending_programme_negatives(text, expected):
    assert _agr(text) == expected


# 2. A status word inside an agreement's name (a nominal modifier) is no status; a
# wish or generic mention in a later clause does not override the governing clause.
NAME_WORDS = [
    (
        "Zambia and China signed a debt-suspension agreement on Thursday that pushes "
        "repayments back by five years.",
        ("debt-suspension agreement", {"Zambia", "China"}, "signed"),
    ),
    (
        "Serbia and Hungary inked a termination agreement for their old gas contract.",
        ("termination agreement", {"Serbia", "Hungary"}, "signed"),
    ),
    (
        "Britain and the EU ratified the withdrawal agreement in January.",
        ("withdrawal agreement", {"United Kingdom", "European Union"}, "in_force"),
    ),
    (
        "Chad and Niger concluded a troop withdrawal deal in N'Djamena on Monday.",
        ("troop withdrawal deal", {"Chad", "Niger"}, "signed"),
    ),
    (
        "Ecuador and Peru signed a ceasefire agreement in Lima on Sunday.",
        ("ceasefire agreement", {"Ecuador", "Peru"}, "signed"),
    ),
    (
        "Norway and Chad signed a defence pact in 2019; Chad is now considering "
        "withdrawing from the pact.",
        ("defence pact", {"Norway", "Chad"}, "signed"),
    ),
    (
        "Colombia's peace accord with the FARC, which has held since 2016, remains the "
        "model for any future negotiation.",
        ("peace accord", {"Colombia", "FARC"}, "in_force"),
    ),
]

NAME_WORDS_NEG = [
    # A status noun before a determiner governs the agreement: "the termination of".
    (
        "Cabinet endorsed the termination of the 2014 Memorandum of Understanding on "
        "Customs Cooperation with China, the Samoan government said.",
        (
            "Memorandum of Understanding on Customs Cooperation",
            {"Samoa", "China"},
            "terminated",
        ),
    ),
    # A participle before the noun keeps its meaning.
    (
        "Sudan and Chad suspended the border agreement on Monday.",
        ("border agreement", {"Sudan", "Chad"}, "suspended"),
    ),
    (
        "Chad and Niger scrapped their troop withdrawal deal on Monday.",
        ("troop withdrawal deal", {"Chad", "Niger"}, "terminated"),
    ),
    (
        "Chad decided to withdraw from its defence pact with France.",
        ("defence pact", {"Chad", "France"}, "terminated"),
    ),
]


@pytest.mark.parametrize("text,expected", NAME_WORDS + NAME_WORDS_NEG)
def test_status_words_in_names(text, expected):
    got = _agr(text)
    assert len(got) == 1 and got[0][1:] == expected[1:], got
    assert got[0][0].endswith(expected[0]), got  # (a leading year is not judged here)


# 3. Not agreements: section labels, a company's investment called a deal, multilateral
# processes called frameworks, deals with private investors.
NOT_AGREEMENTS = [
    "Trade deals.",
    "Security pacts:",
    "A Dutch insurer announced a €90 million investment in Polish solar parks, the "
    "biggest private renewables deal in the region this year.",
    "A Saudi fund completed its acquisition of a stake in a Chilean lithium mine, the "
    "largest deal of its kind between the two countries.",
    "Ghana began restructuring its loans from China and France under the G20 Common Framework.",
    "Zambia and China are negotiating under the G20 Common Framework.",
    "Bondholders are still waiting for a deal on Ghana's eurobonds.",
    "Investors in Zambia's dollar bonds expect a restructuring deal by June.",
    "Sri Lanka's holders of its international bonds rejected the deal.",
]


@pytest.mark.parametrize("text", NOT_AGREEMENTS)
def test_not_agreements(text):
    assert _agr(text) == []


STILL_AGREEMENTS = [
    (
        "Kenya and Uganda signed a trade deal on Monday.",
        ("trade deal", {"Kenya", "Uganda"}, "signed"),
    ),
    (
        "Chad and Niger signed a security pact. Investors welcomed the news.",
        ("security pact", {"Chad", "Niger"}, "signed"),
    ),
    (
        "Zambia and its official creditor committee are still negotiating a memorandum of "
        "understanding on debt relief.",
        (
            "memorandum of understanding on debt relief",
            {"Zambia", "official creditor committee"},
            "negotiating",
        ),
    ),
]


@pytest.mark.parametrize("text,expected", STILL_AGREEMENTS)
def test_still_agreements(text, expected):
    assert _agr(text) == [expected]


# 4. Parties named only through officials: the officials refer back to where they were
# introduced.
OFFICIALS = [
    (
        "The Government of Japan will give $5 million to the Philippine Coast Guard, the "
        "Philippine defence secretary said at a ceremony attended by the ambassador of "
        "that country. The secretary and the ambassador also signed a memorandum of "
        "understanding on maritime safety.",
        ("memorandum of understanding on maritime safety", {"Japan", "Philippines"}, "signed"),
    ),
    (
        "Germany's ambassador joined Ghana's defence minister at the ceremony in Accra. "
        "The Minister and the Ambassador then signed a memorandum of understanding on "
        "cyber defence.",
        ("memorandum of understanding on cyber defence", {"Germany", "Ghana"}, "signed"),
    ),
    (
        "The US envoy met Kenya's interior minister on Monday. The minister and the envoy "
        "later signed a memorandum of understanding on border security.",
        ("memorandum of understanding on border security", {"United States", "Kenya"}, "signed"),
    ),
]

OFFICIALS_NEG = [
    # Two officials of one state, with no foreign envoy.
    "The minister and the governor signed a memorandum of understanding on water supply.",
    "The Minister of Health and the mayor signed a memorandum on school meals.",
    "The minister and the ambassador discussed the weather.",
]


@pytest.mark.parametrize("text,expected", OFFICIALS)
def test_parties_from_officials(text, expected):
    got = _agr(text)
    assert len(got) == 1 and (got[0][0], got[0][1], got[0][2]) == expected, got


@pytest.mark.parametrize("text", OFFICIALS_NEG)
def test_parties_from_officials_negatives(text):
    assert _agr(text) == []


# 5. The status after the fact: a correction retracts a status; a pending ratification
# keeps a signed agreement signed; an agreement that has held is in force.
AFTER = [
    (
        "Mozambique and Rwanda signed a status of forces agreement on Monday. A report "
        "wrongly said the agreement had entered into force.",
        ("status of forces agreement", {"Mozambique", "Rwanda"}, "signed"),
    ),
    (
        "Mozambique and Rwanda signed a status of forces agreement on Monday. The "
        "agreement will enter into force once ratified by both parliaments.",
        ("status of forces agreement", {"Mozambique", "Rwanda"}, "signed"),
    ),
    (
        "Tanzania and Kenya signed a border agreement in May. An earlier version of this "
        "story said the agreement was in force.",
        ("border agreement", {"Tanzania", "Kenya"}, "signed"),
    ),
    (
        "The truce between Israel and Hamas has largely held.",
        ("truce", {"Israel", "Hamas"}, "in_force"),
    ),
    (
        "The ceasefire between Armenia and Azerbaijan has held since November, monitors say.",
        ("ceasefire", {"Armenia", "Azerbaijan"}, "in_force"),
    ),
    (
        "The peace deal between Ethiopia and Eritrea remains intact, diplomats said.",
        ("peace deal", {"Ethiopia", "Eritrea"}, "in_force"),
    ),
]

AFTER_NEG = [
    (
        "Colombia and the ELN have held talks on a ceasefire agreement.",
        ("ceasefire agreement", {"Colombia", "ELN"}, "negotiating"),
    ),
    (
        "Chad and Sudan have held several rounds of talks on a border pact.",
        ("border pact", {"Chad", "Sudan"}, "negotiating"),
    ),
    (
        "Peru and Chile signed a fisheries agreement; the agreement entered into force in June.",
        ("fisheries agreement", {"Peru", "Chile"}, "in_force"),
    ),
]


@pytest.mark.parametrize("text,expected", AFTER + AFTER_NEG)
def test_status_after_the_fact(text, expected):
    assert _agr(text) == [expected]
