"""Aid extraction, round 14: lenders' programmes however reported, domestic institutions
as recipients, context countries, and military commands or agencies as their state.

Our own sentences, one phenomenon per group; each case gives the exact
(donor, recipient, amount, currency, kind) records expected, negatives none.
"""

import pytest

from tests.extract_rows import aid_rows as _aid

# 1. A staff-level agreement, a board approval or an arrangement with an amount is a loan
# from the lender to the country party to it: whichever comes first in a joint subject,
# "the Fund" / "Fund staff" for the IMF, SDR amounts with a dollar gloss, "access to",
# "totalling", and never a neighbour named for context or in a contrast clause.
LENDER_PROGRAMME = [
    (
        "Authorities in Sri Lanka and IMF staff have reached a staff-level agreement on a "
        "48-month Extended Fund Facility of about $2.9 billion.",
        [("IMF", "Sri Lanka", 2.9e9, "USD", "loan")],
    ),
    (
        "IMF staff and the Kenyan authorities reached a staff-level agreement on a new "
        "programme worth roughly $3 billion, the Fund said.",
        [("IMF", "Kenya", 3e9, "USD", "loan")],
    ),
    (
        "Fund staff and Pakistan's government concluded a staff-level agreement that would "
        "unlock about $1.1 billion, subject to Board approval.",
        [("IMF", "Pakistan", 1.1e9, "USD", "loan")],
    ),
    (
        "The IMF's Executive Board approved a 40-month arrangement under the Extended Credit "
        "Facility for Zambia totalling SDR 978.2 million (about $1.3 billion).",
        [("IMF", "Zambia", 978.2e6, "XDR", "loan")],
    ),
    (
        "The executive board of the International Monetary Fund on Friday approved a "
        "$3 billion Stand-By Arrangement for Egypt.",
        [("IMF", "Egypt", 3e9, "USD", "loan")],
    ),
    (
        "Ecuador reached a staff-level agreement with the Fund on a programme totalling "
        "$4 billion, officials said, a deal larger than the one struck by neighbouring Peru.",
        [("IMF", "Ecuador", 4e9, "USD", "loan")],
    ),
    (
        "The Government of Benin and a Fund staff mission reached a staff-level agreement "
        "that will provide access to about $640 million, while Togo is still negotiating.",
        [("IMF", "Benin", 640e6, "USD", "loan")],
    ),
    (
        "QUITO, May 2, 2027 — The government and the staff of the International Monetary "
        "Fund agreed at staff level on a 36-month programme that will provide some $5 billion "
        "in financing.",
        [("IMF", "Ecuador", 5e9, "USD", "loan")],
    ),
    (
        "Jamaica and the IMF reached a staff-level agreement on a 24-month programme of "
        "around $1 billion, the Fund said, after a mission that also visited Barbados.",
        [("IMF", "Jamaica", 1e9, "USD", "loan")],
    ),
    # Passive, nominal approval, "access to" and "draw" after the approval, "agreement at
    # staff level", a contrast country in apposition.
    (
        "A $1.5 billion Extended Fund Facility for Ghana was approved by the IMF's executive "
        "board on Monday.",
        [("IMF", "Ghana", 1.5e9, "USD", "loan")],
    ),
    (
        "Mongolia secured IMF board approval for a three-year arrangement of SDR 314.5 million "
        "(about $430 million).",
        [("IMF", "Mongolia", 314.5e6, "XDR", "loan")],
    ),
    (
        "Under the arrangement approved on Friday by the Fund, Sri Lanka will have access to "
        "about $3 billion.",
        [("IMF", "Sri Lanka", 3e9, "USD", "loan")],
    ),
    (
        "Following approval by the IMF Executive Board, Moldova can draw about $173 million "
        "immediately.",
        [("IMF", "Moldova", 173e6, "USD", "loan")],
    ),
    (
        "Staff of the International Monetary Fund and the authorities of Senegal reached "
        "agreement at staff level on a programme of $1.8 billion.",
        [("IMF", "Senegal", 1.8e9, "USD", "loan")],
    ),
    (
        "The IMF said its staff had reached a staff-level agreement with Egypt, unlike "
        "Lebanon, on an $8 billion package.",
        [("IMF", "Egypt", 8e9, "USD", "loan")],
    ),
    (
        "The IMF approved a $1.2 billion Rapid Financing Instrument disbursement for Ukraine.",
        [("IMF", "Ukraine", 1.2e9, "USD", "loan")],
    ),
]

LENDER_PROGRAMME_NEGATIVE = [
    "The staff-level agreement that Tunisia reached in October 2022 for $1.9 billion was "
    "never approved by the board.",
    "Talks on a staff-level agreement worth about $2 billion collapsed last year, Lebanese "
    "officials said.",
    "Argentina's previous $44 billion arrangement with the Fund expired in 2024.",
    # A description of a programme, not the lender's act.
    "The $2 billion facility was the biggest the Fund has agreed with an Asian country.",
]


@pytest.mark.parametrize(("text", "expected"), LENDER_PROGRAMME)
def test_lender_programme(text, expected):
    assert _aid(text) == sorted(expected, key=lambda r: (r[1] or "", r[2] or 0.0, r[0] or ""))


@pytest.mark.parametrize("text", LENDER_PROGRAMME_NEGATIVE)
def test_lender_programme_negative(text):
    assert _aid(text) == []


# 2. A domestic institution or project named without its country ("to the Financial
# Intelligence Unit", "to the Army", "for the reconstruction of roads") belongs to the
# story's country (its dateline); a country reached through a comparison or a border
# ("the border with Bolivia", "like those in Panama", "more than ... Colombia") is never
# the recipient, nor the recipient of last resort.
DOMESTIC = [
    (
        "LIMA, June 2, 2027 — Canada will provide C$3 million to the Financial Intelligence "
        "Unit to track gold smuggling along the border with Bolivia.",
        [("Canada", "Peru", 3e6, "CAD", "security")],
    ),
    (
        "TEGUCIGALPA, May 5, 2027 — Taiwan handed over to the Army twelve pickup trucks for "
        "patrols near the frontier with Nicaragua.",
        [("Taiwan", "Honduras", None, None, "equipment")],
    ),
    (
        "QUITO, April 1, 2027 — The European Union approved €15 million in grants for the "
        "Ministry of the Interior, more than it gave Colombia.",
        [("European Union", "Ecuador", 15e6, "EUR", "grant")],
    ),
    (
        "The US embassy delivered two helicopters to the Bolivian police, which patrol the "
        "frontier with Brazil.",
        [("United States", "Bolivia", None, None, "equipment")],
    ),
    (
        "QUITO, April 1, 2027 — Spain approved a €20 million credit for the reconstruction of "
        "roads damaged by the floods, as in Peru in 2017.",
        [("Spain", "Ecuador", 20e6, "EUR", "loan")],
    ),
    (
        "ASUNCIÓN, March 3, 2027 — Washington will provide $1.5 million to SENAD, the "
        "anti-drug secretariat, for operations near the border with Argentina and Brazil.",
        [("United States", "Paraguay", 1.5e6, "USD", "security")],
    ),
    (
        "MANAGUA, May 1, 2027 — Japan donated three container scanners to the customs "
        "service, like those installed in Panama.",
        [("Japan", "Nicaragua", None, None, "equipment")],
    ),
    # A host country after "neighbouring" stays the recipient.
    (
        "The EU gave €10 million for Sudanese refugees in neighbouring Chad.",
        [("European Union", "Chad", 10e6, "EUR", "humanitarian")],
    ),
    (
        "Brazil will give $5 million to Bolivia, more than neighbouring Peru received.",
        [("Brazil", "Bolivia", 5e6, "USD", "unspecified")],
    ),
]

DOMESTIC_NEGATIVE = [
    "Ecuador's navy, like Colombia's, patrols the Pacific coast with boats bought in 2019.",
    "QUITO, April 1, 2027 — The interior ministry will spend $15 million of its own budget on "
    "patrols along the border with Colombia.",
    "The army, as in Peru, has taken over the prisons.",
]


@pytest.mark.parametrize(("text", "expected"), DOMESTIC)
def test_domestic_institution_recipient(text, expected):
    assert _aid(text) == sorted(expected, key=lambda r: (r[1] or "", r[2] or 0.0, r[0] or ""))


@pytest.mark.parametrize("text", DOMESTIC_NEGATIVE)
def test_domestic_institution_negative(text):
    assert _aid(text) == []


# 3. Military commands and enforcement agencies act for their state as donors.
COMMANDS = [
    (
        "US Southern Command donated four patrol boats to the Guatemalan navy.",
        [("United States", "Guatemala", None, None, "equipment")],
    ),
    (
        "SOUTHCOM handed over a mobile field hospital to Honduras on Tuesday.",
        [("United States", "Honduras", None, None, "equipment")],
    ),
    (
        "AFRICOM delivered twenty armoured vehicles to the Somali National Army.",
        [("United States", "Somalia", None, None, "equipment")],
    ),
    (
        "U.S. Central Command transferred night-vision goggles to the Lebanese army last week.",
        [("United States", "Lebanon", None, None, "equipment")],
    ),
    (
        "The Drug Enforcement Administration gave three cargo scanners to the Panamanian "
        "customs service.",
        [("United States", "Panama", None, None, "equipment")],
    ),
    (
        "Officers of US Africa Command will hand over two surveillance drones to Niger, the "
        "embassy said.",
        [("United States", "Niger", None, None, "equipment")],
    ),
]

COMMANDS_NEGATIVE = [
    "Israel's Southern Command said on Tuesday it had struck targets in Gaza.",
    "US Southern Command officials met Ecuador's navy chief to discuss the drug trade.",
    "AFRICOM said its drones had carried out two strikes near Jilib.",
]


@pytest.mark.parametrize(("text", "expected"), COMMANDS)
def test_command_donor(text, expected):
    assert _aid(text) == sorted(expected, key=lambda r: (r[1] or "", r[2] or 0.0, r[0] or ""))


@pytest.mark.parametrize("text", COMMANDS_NEGATIVE)
def test_command_negative(text):
    assert _aid(text) == []
