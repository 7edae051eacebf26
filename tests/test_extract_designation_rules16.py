"""Round 16 designation rules: asset freezes by a state named as the actor ("Japan has
frozen the assets of"), counted freezes whose names follow ("froze the assets of three
entities ... The three entities are"), and trade blacklists (the Entity List, China's
Unreliable Entity List and export control control list) as sanctions lists.

Every sentence here is written for these tests; none is copied from the data sets.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import rules_extract as extract


def _got(text: str) -> list[tuple[str, str, str | None]]:
    return [(d.entity, d.action, d.designation) for d in extract(text).designations]


FREEZES = [
    (
        "Australia has frozen the assets of Omar Haddad, a Beirut-based money changer, and "
        "Cedar Line Exchange, a remittance house he owns.",
        [
            ("Omar Haddad", "designated", "sanctions list"),
            ("Cedar Line Exchange", "designated", "sanctions list"),
        ],
    ),
    (
        "South Korea froze the assets of two North Korean trading firms on Friday. The two "
        "firms are Kumgang Star Trading and Ryongsong Ocean Shipping.",
        [
            ("Kumgang Star Trading", "designated", "sanctions list"),
            ("Ryongsong Ocean Shipping", "designated", "sanctions list"),
        ],
    ),
]
NOT_FREEZES = [
    # A court or the police freezing accounts is a criminal case, not a listing.
    "A court in France froze the assets of Karim Benali, a car dealer, pending trial.",
    "Police in Nairobi have frozen the bank accounts of two suspects in the fraud case.",
]


@pytest.mark.parametrize("text,expected", FREEZES)
def test_state_asset_freezes(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", NOT_FREEZES)
def test_judicial_freezes_are_no_designation(text):
    assert _got(text) == []


TRADE_LISTS = [
    (
        "The Commerce Department added Halden Photonics to the Entity List on Tuesday.",
        [("Halden Photonics", "designated", "sanctions list")],
    ),
    (
        "Beijing added Corvane Defense Systems to its unreliable entity list over arms "
        "sales to Taiwan.",
        [("Corvane Defense Systems", "designated", "sanctions list")],
    ),
    (
        "The ministry removed Westmark Logistics from the unreliable entity list after the "
        "company ended its contracts.",
        [("Westmark Logistics", "revoked", "sanctions list")],
    ),
    (
        "China also placed Corvane Defense Systems on its export control control list.",
        [("Corvane Defense Systems", "designated", "sanctions list")],
    ),
]
NOT_TRADE_LISTS = [
    "The agency published an entity list of approved suppliers for the new hospital.",
    "The firm shipped the parts without an export control licence, prosecutors said.",
]


@pytest.mark.parametrize("text,expected", TRADE_LISTS)
def test_trade_blacklists(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", NOT_TRADE_LISTS)
def test_other_lists_are_no_designation(text):
    assert _got(text) == []


# A listing body or an instrument with an aside as the subject of the naming verb, once a
# counted listing waits for its names; and a company name that coordinates its trades.
PENDING_NAMES = [
    (
        "Qatar added two men and a trading firm to its terrorist list on Sunday. The Cabinet "
        "named Salem Nasser Hadi, Karim Abdo Saleh and Blue Dune General Trading LLC, which "
        "officials said moved money for the group.",
        [
            ("Salem Nasser Hadi", "designated"),
            ("Karim Abdo Saleh", "designated"),
            ("Blue Dune General Trading LLC", "designated"),
        ],
    ),
    (
        "Kazakhstan has frozen the assets of two individuals and one company over links to "
        "Islamic State. The decision, issued under the law on countering the financing of "
        "terrorism, names Ruslan Abenov, Timur Sadykov and Steppe Bridge Exchange and Trade "
        "Ltd.",
        [
            ("Ruslan Abenov", "designated"),
            ("Timur Sadykov", "designated"),
            ("Steppe Bridge Exchange and Trade Ltd.", "designated"),
        ],
    ),
    (
        "Bahrain added two men to its terrorist list on Monday.\n\nWho was listed?\n\nThe "
        "two men are Yusuf Karim Abbas and Hani Salman Jaffar.",
        [("Yusuf Karim Abbas", "designated"), ("Hani Salman Jaffar", "designated")],
    ),
]


@pytest.mark.parametrize("text,expected", PENDING_NAMES)
def test_pending_names(text, expected):
    assert [(d.entity, d.action) for d in extract(text).designations] == expected


def test_a_question_subhead_names_no_one():
    # (after a counted listing, whose names the sub-head must not be taken for)
    assert _got("Bahrain added two men to its terrorist list on Monday.\n\nWho was listed?") == []
