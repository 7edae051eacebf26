"""Round 13 designation structures: proposal nouns and bills, counted and apposed
objects, places and governments as non-entities, role descriptors, headline words and
descriptor appositions with "better known as"."""

from __future__ import annotations

import pytest

from tests.extract_rows import rules_extract as extract


def _recs(text: str) -> list[tuple[str, str]]:
    return sorted((d.entity, d.action) for d in extract(text).designations)


# --- 1. Proposal nouns carrying their sponsor, and bills that "would" list -------------
PROPOSALS = [
    (
        "A proposal tabled by Poland to add the Wagner Group to the EU terrorist list is "
        "being discussed by ambassadors.",
        [("Wagner Group", "proposed")],
    ),
    (
        "In Brussels, an initiative put forward by Denmark to include the Nordic Resistance "
        "Movement on the EU terrorist list has stalled.",
        [("Nordic Resistance Movement", "proposed")],
    ),
    (
        "A motion submitted by Latvia to list the Azov Battalion on the EU terrorist list "
        "will be debated next month.",
        [("Azov Battalion", "proposed")],
    ),
    (
        "A bill introduced in the Senate on Monday would designate the Sinaloa Cartel a "
        "foreign terrorist organisation.",
        [("Sinaloa Cartel", "proposed")],
    ),
    (
        "Draft legislation before the Bundestag would proscribe the Grey Wolves as a "
        "terrorist organisation under German law.",
        [("Grey Wolves", "proposed")],
    ),
    (
        "A request lodged by France to add the whole of the Muslim Brotherhood to the EU "
        "terrorist list is under discussion.",
        [("Muslim Brotherhood", "proposed")],
    ),
]
PROPOSAL_NEGATIVES = [
    "A proposal to extend the trade agreement was tabled by Poland on Monday.",
    "The bill would ban single-use plastics from 2027, the environment minister said.",
    "Lawmakers submitted a motion calling for a debate on energy prices.",
]


@pytest.mark.parametrize(("text", "expected"), PROPOSALS)
def test_proposal_nouns(text: str, expected: list[tuple[str, str]]) -> None:
    assert _recs(text) == sorted(expected)


@pytest.mark.parametrize("text", PROPOSAL_NEGATIVES)
def test_proposal_negatives(text: str) -> None:
    assert _recs(text) == []


# --- 2. Counted heads, demonyms, dash lists and "and its treasurer X" -------------------
COORDINATED = [
    (
        "Japan's foreign ministry placed two North Koreans, Pak Song Il and Choe Myong Jin, "
        "and a Pyongyang-based shipping firm, Sonbong Maritime Company, on its sanctions list.",
        ["Choe Myong Jin", "Pak Song Il", "Sonbong Maritime Company"],
    ),
    (
        "The Treasury designated three men — Ahmed Salim, Yusuf Kamal and Omar Hadi — as "
        "Specially Designated Global Terrorists.",
        ["Ahmed Salim", "Omar Hadi", "Yusuf Kamal"],
    ),
    (
        "OFAC on Tuesday sanctioned two Iranian nationals, Reza Amini and Ali Karimi, and a "
        "Dubai-based exchange house, Golden Crescent Exchange.",
        ["Ali Karimi", "Golden Crescent Exchange", "Reza Amini"],
    ),
    (
        "The Cabinet added the Noor Welfare Foundation, a Karachi charity, and its founder "
        "Hamid Latif to the national terrorist list.",
        ["Hamid Latif", "Noor Welfare Foundation"],
    ),
    (
        "Canberra listed the Sahel Relief Trust, a Mali-registered charity, and its treasurer "
        "Moussa Keita as terrorist entities.",
        ["Moussa Keita", "Sahel Relief Trust"],
    ),
    (
        "The Treasury designated three Syrians: Bashar Haddad, Fadi Nasser and Karim Jaber.",
        ["Bashar Haddad", "Fadi Nasser", "Karim Jaber"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_coordinated_objects(text: str, expected: list[str]) -> None:
    assert sorted(e for e, _a in _recs(text)) == expected


# --- 3. Places, governments and nominal subjects are never listed entities ---------------
PLACE_NEGATIVES = [
    "The delisting follows a peace accord signed in Imphal by the central government, the "
    "Manipur state government and the Kuki National Front.",
    "The ban comes after talks between the Punjab authorities and the federal cabinet.",
    "This listing marks the first time the Assam government has been consulted.",
]


@pytest.mark.parametrize("text", PLACE_NEGATIVES)
def test_places_and_nominal_subjects(text: str) -> None:
    assert _recs(text) == []


def test_state_government_not_entity_in_context() -> None:
    text = (
        "India's home ministry on Monday removed the Kuki National Front from the First "
        "Schedule of the Unlawful Activities (Prevention) Act.\n\n"
        "The delisting follows a peace accord signed last month by the central government, "
        "the Manipur state government and the Kuki National Front."
    )
    assert _recs(text) == [("Kuki National Front", "revoked")]


# --- 4. A group's office-holder: the person, not the group --------------------------------
ROLES = [
    (
        "The 1988 committee removed Taliban deputy minister Abdul Karim Saqib from its "
        "sanctions list.",
        [("Abdul Karim Saqib", "revoked")],
    ),
    (
        "The Treasury designated Hamas spokesman Abu Obeida as a Specially Designated Global "
        "Terrorist.",
        [("Abu Obeida", "designated")],
    ),
    (
        "The EU added Wagner Group recruiter Ivan Petrov to its sanctions list.",
        [("Ivan Petrov", "designated")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_role_descriptor(text: str, expected: list[tuple[str, str]]) -> None:
    assert _recs(text) == expected


# --- 5. Headline words and reported speech -----------------------------------------------
def test_headline_gerund_not_part_of_name() -> None:
    text = (
        "Tracking Hezbollah's money: allies split\n\n"
        "Canada's foreign minister said in March that the government had listed Hezbollah "
        "in its entirety as a terrorist entity under the Criminal Code.\n\n"
        "In Brussels, a proposal submitted by the Netherlands to add the whole of Hezbollah "
        "to the EU terrorist list is under discussion."
    )
    assert _recs(text) == [("Hezbollah", "designated"), ("Hezbollah", "proposed")]


# --- 6. A descriptor apposition before "better known as" ---------------------------------
def test_descriptor_then_known_as_is_one_entity() -> None:
    recs = extract(
        "The State Department designated Ansar al-Din, the Malian movement better known as "
        "the Defenders, as a Foreign Terrorist Organization."
    ).designations
    assert [(d.entity, d.aliases) for d in recs] == [("Ansar al-Din", ["Defenders"])]


# --- 7. A named body with the terrorist label right after it is the entity ----------------
BODIES = [
    (
        "A bill tabled in the Duma would designate the International Committee of the Red "
        "Cross a terrorist organisation.",
        [("International Committee of the Red Cross", "proposed")],
    ),
    (
        "The junta designated UNICEF as a terrorist entity on Friday.",
        [("UNICEF", "designated")],
    ),
]
BODY_NEGATIVES = [
    "The EU designated the funds as humanitarian assistance.",
    "UNICEF said the listing of the group as a terrorist organisation would hamper aid.",
    "The World Bank designated the project a priority investment.",
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_body_with_label(text: str, expected: list[tuple[str, str]]) -> None:
    assert _recs(text) == expected


@pytest.mark.parametrize("text", BODY_NEGATIVES)
def test_body_negatives(text: str) -> None:
    assert _recs(text) == []


# --- 8. A legislature's motion "calling on" the government is a call, not a listing ------
MOTION_NEGATIVES = [
    "The Canadian Parliament passed a motion calling on the government to list the IRGC as "
    "a terrorist entity.",
    "The Senate adopted a resolution calling for the Muslim Brotherhood to be designated a "
    "terrorist organisation.",
    "Lawmakers approved a non-binding motion calling on ministers to proscribe the Wagner Group.",
]


@pytest.mark.parametrize("text", MOTION_NEGATIVES)
def test_motion_calls(text: str) -> None:
    assert _recs(text) == []
