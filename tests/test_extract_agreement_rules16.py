"""Round 16 agreement rules: lists of documents signed together, agreements whose event is
stated with only one side named in the sentence, and "to help deal with" as a verb.

Every sentence here is written for these tests; none is copied from the data sets.
"""

import pytest

from tests.extract_rows import agreement_rows as _agr

# 1. "signed an X, a Y and a Z": every item of the list is a record with the list's event,
# while "a follow-up deal, a maritime accord" (no "and" after it) restates one agreement.
LISTS = [
    (
        "India and Japan signed a memorandum of understanding on railway safety, a protocol "
        "on customs cooperation and an agreement on cultural exchange.",
        [
            ("memorandum of understanding on railway safety", {"India", "Japan"}, "signed"),
            ("protocol on customs cooperation", {"India", "Japan"}, "signed"),
            ("agreement on cultural exchange", {"India", "Japan"}, "signed"),
        ],
    ),
    (
        "Ghana and Togo witnessed the signing of several documents, including an agreement "
        "on border patrols, a memorandum of understanding on power trade, and a protocol on "
        "customs cooperation.",
        [
            ("agreement on border patrols", {"Ghana", "Togo"}, "signed"),
            ("memorandum of understanding on power trade", {"Ghana", "Togo"}, "signed"),
            ("protocol on customs cooperation", {"Ghana", "Togo"}, "signed"),
        ],
    ),
    (
        "Japan and Fiji signed a follow-up deal, a maritime security accord that covers "
        "joint patrols.",
        [("maritime security accord", {"Japan", "Fiji"}, "signed")],
    ),
]


@pytest.mark.parametrize("text,expected", LISTS)
def test_list_of_documents(text, expected):
    assert _agr(text) == expected


# 2. A common noun with its event and one side named here (the other side unnamed or not a
# place the gazetteer knows) is a record of that side; a place named only as a location or
# as the start of a company's name is no side.
ONE_SIDE = [
    (
        "Mali's transitional government has annulled the 2019 defence cooperation agreement "
        "under which foreign instructors trained its troops.",
        [("defence cooperation agreement", {"Mali"}, "terminated")],
    ),
    (
        "Zambia signed a memorandum of understanding on debt treatment with its Official "
        "Creditor Committee on Thursday.",
        [("memorandum of understanding on debt treatment", {"Zambia"}, "signed")],
    ),
]
ONE_SIDE_NEG = [
    "The Departments of Justice and Homeland Security signed an agreement on data sharing "
    "in the United States.",
    "Safaricom signed a deal with Kenya Power to lease fibre cables.",
    "Analysts said the agreement would take years to matter.",
]


@pytest.mark.parametrize("text,expected", ONE_SIDE)
def test_one_side_named(text, expected):
    assert _agr(text) == expected


@pytest.mark.parametrize("text", ONE_SIDE_NEG)
def test_no_side_named_is_no_record(text):
    assert _agr(text) == []


def test_help_deal_with_is_a_verb():
    text = (
        "Britain's plan for a new finance facility to help deal with debt in poorer "
        "countries has not been agreed."
    )
    assert _agr(text) == []


# 3. A lender's "lending programme" and an understanding named after a place are agreement
# nouns; "no longer valid" ends an agreement; Iran's Supreme National Security Council is
# not the UN Security Council.
NOUNS = [
    (
        "Ghana and the International Monetary Fund began talks on Monday on a new lending "
        "programme.",
        [("lending programme", {"Ghana", "IMF"}, "negotiating")],
    ),
    (
        "Iran's Supreme National Security Council said the Tehran understanding signed with "
        "the International Atomic Energy Agency was no longer valid.",
        [("Tehran understanding", {"Iran", "IAEA"}, "terminated")],
    ),
]
NOT_NOUNS = [
    "Analysts said there was no shared understanding of the risks in Kenya and Uganda.",
    "Kenya and Uganda have a good understanding of each other's needs.",
]


@pytest.mark.parametrize("text,expected", NOUNS)
def test_more_agreement_nouns(text, expected):
    assert _agr(text) == expected


@pytest.mark.parametrize("text", NOT_NOUNS)
def test_understanding_in_other_senses(text):
    assert _agr(text) == []
