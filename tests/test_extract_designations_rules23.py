"""Round 23 designation rules (new writers' shapes): a government's proposal addressed to a
UN sanctions committee ("submitted a proposal to the Security Council's ISIL (Da'esh) and
Al-Qaida Sanctions Committee to add X", "... to the committee that oversees the list to add
Y") as a proposal, not a listing; advice to readers ("Compliance teams should add X to
screening lists", "Banks must remove Y from their watchlists") as no listing; a listing made
"on the Minister's recommendation" as made; a reported question ("asked whether the
Government would proscribe X") as no proposal; a community in an apposition ("violence
against Jewish and Muslim Australians") as no second object; a company form in brackets
("Crescent Horizon Traders (Pty) Ltd") kept in the name; a rank abbreviation ("Brig. Gen.",
"Maj. Gen.") in a counted list as a title, not a name.

Every sentence is written for these tests; none is copied from the data sets. Each case
runs alone and after the opening of an article (no record, an FTO listing or an OFAC
listing), and states the whole expected output: (entity, designation, authority, action,
aliases) per record after the context's own records.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import in_contexts
from tests.extract_rows import rules_extract as extract

CONTEXTS = {
    "": ("", []),
    "none": (
        "LIMA, Feb. 11, 2026 — Peru's central bank held its benchmark rate at 4.5 percent. "
        "Spain pledged 20 million euros for flood relief in Piura. ",
        [],
    ),
    "fto": (
        "WASHINGTON, May 4, 2026 — The State Department on Monday designated the Gulf Clan as "
        "a Foreign Terrorist Organization. Officials said more listings would follow. ",
        [
            (
                "Gulf Clan",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    "ofac": (
        "NAIROBI, March 3, 2026 — The Treasury on Tuesday sanctioned Idris Mwangi, a Kenyan "
        "businessman accused of moving money for al-Shabaab. Kenya's central bank said it would "
        "cooperate with the inquiry. Inflation eased to 4.1 percent in February. ",
        [("Idris Mwangi", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
}
ALL = ("", "none", "fto", "ofac")
ALONE = ("", "none")


def _rows(text: str) -> list[tuple]:
    return [
        (d.entity, d.designation, d.authority, d.action, list(d.aliases))
        for d in extract(text).designations
    ]


def _un(entity: str, action: str = "proposed") -> tuple:
    return (entity, "UN sanctions list", "UN Security Council", action, [])


# (sentence, the records it gives after the context's own records, contexts it runs in).
# Shapes that gave a missing, split, spurious or wrong record before this round:
FIXED = [
    # -- a proposal addressed to a UN sanctions committee: proposed, not listed
    (
        "Britain, together with Norway, submitted a proposal to the UN Security Council's "
        "ISIL (Da'esh) and Al-Qaida Sanctions Committee to add Harun Bakari, a recruiter for "
        "the Islamic State in Somalia, to the sanctions list.",
        [_un("Harun Bakari")],
        ALL,
    ),
    (
        "Ghana has also submitted a proposal to the UN Security Council committee that oversees "
        "the ISIL (Da'esh) and Al-Qaida sanctions list to add the cell's financier, Yaw "
        "Boateng-Issah, to that list, a foreign ministry official said.",
        [_un("Yaw Boateng-Issah")],
        ALL,
    ),
    (
        'In a written answer, the minister said: "We have put a proposal to the UN Security '
        "Council committee which maintains the Al-Qaida sanctions list to add Rashid Omarov, a "
        'Chechen fighter, to it."',
        [_un("Rashid Omarov")],
        ALONE,
    ),
    (
        "Officials confirmed that the joint proposal from Morocco and Spain to the Security "
        "Council's ISIL and Al-Qaida Sanctions Committee to designate Abu Yahya al-Maghribi "
        "is still pending.",
        [_un("Abu Yahya al-Maghribi")],
        ALONE,
    ),
    # -- advice to readers: their own screening lists are no listing
    (
        "Compliance teams should add Golden Falcon General Trading FZE and Tariq Mansour to "
        "screening lists immediately and document the date of the freeze.",
        [],
        ALL,
    ),
    (
        "Screening teams should remove the Eastern Shield Brigades from US lists while checking "
        "whether any other authority still lists the group, and add Mr Okafor to watchlists.",
        [],
        ALL,
    ),
    # -- a listing made on an adviser's recommendation: made, not proposed
    (
        "The Minister told the House that the Governor in Council had, on the Minister's "
        "recommendation, listed Los Lobos del Sur, a trafficking organization operating "
        "between Peru and Chile, as a terrorist entity under the Criminal Code.",
        [
            (
                "Los Lobos del Sur",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "designated",
                [],
            )
        ],
        ALL,
    ),
    # -- a reported question proposes nothing
    (
        "The Member also asked whether the Government would itself proscribe the Noor "
        "Relief Trust.",
        [],
        ALL,
    ),
    (
        "Senator Clarke asked if the department would designate the Red Hand Syndicate "
        "before the election.",
        [],
        ALL,
    ),
    (
        "Q: A reporter asked whether Ottawa would list the Sons of the North as a terrorist "
        "entity. The minister declined to comment.",
        [],
        ALONE,
    ),
    (
        "The opposition leader asked whether the government would proscribe the Aryan Watch.",
        [],
        ALL,
    ),
    (
        "The Senator asked whether the minister would consider listing the Proud Legion under "
        "the Criminal Code.",
        [],
        ALL,
    ),
    # -- a community in the apposition is no second object
    (
        "On 3 March the Governor-General made a regulation listing the Black Tide Network, a "
        "neo-Nazi group that has encouraged violence against Jewish and Muslim Australians, as "
        "a terrorist organisation under the Criminal Code.",
        [
            (
                "Black Tide Network",
                "Listed terrorist organisation (Australian Criminal Code)",
                "Government of Australia",
                "designated",
                [],
            )
        ],
        ALONE,
    ),
    (
        "The government listed the Order of the Ash, a militia that has attacked Sikh and "
        "Hindu Canadians, as a terrorist entity.",
        [("Order of the Ash", "terrorist organization", None, "designated", [])],
        ALONE,
    ),
    # -- company form in brackets: part of the name
    (
        "OFAC also added their firm, Karoo Sun Logistics (Pty) Ltd, to the same list.",
        [
            (
                "Karoo Sun Logistics (Pty) Ltd",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
        ALL,
    ),
    (
        "The Treasury sanctioned Karoo Sun Logistics (Pty) Ltd, a Durban freight company.",
        [
            (
                "Karoo Sun Logistics (Pty) Ltd",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
        ALL,
    ),
    (
        "The Treasury sanctioned Farid Chaudhry and Indus Crescent Traders (Pvt) Limited, a "
        "Lahore exporter.",
        [
            ("Farid Chaudhry", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            (
                "Indus Crescent Traders (Pvt) Limited",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            ),
        ],
        ALL,
    ),
    # -- rank abbreviations in a counted list are titles
    (
        "The Council of the European Union added two militia commanders, Brig. Gen. Adam "
        "Hamdan Tia and Col. Musa Idris Kuku, to its sanctions list for Sudan.",
        [
            ("Adam Hamdan Tia", "EU sanctions list", "Council of the EU", "designated", []),
            ("Musa Idris Kuku", "EU sanctions list", "Council of the EU", "designated", []),
        ],
        ALL,
    ),
    # -- a formal review with a view to listing: proposed
    (
        "She said that Public Safety Canada had also begun a formal review of the Prairie "
        "Wolves Network, a violent extremist movement active online, with a view to "
        "recommending its listing under the Criminal Code.",
        [
            (
                "Prairie Wolves Network",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "proposed",
                [],
            )
        ],
        ALL,
    ),
    (
        "The Home Office has begun a review of the Blood Oath Crew with a view to proscribing it.",
        [
            (
                "Blood Oath Crew",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "proposed",
                [],
            )
        ],
        ALONE,
    ),
    (
        "Officials began an assessment of the Azure Hand, a militia in Kivu, with a view to its "
        "designation as a terrorist group.",
        [("Azure Hand", "terrorist organization", None, "proposed", [])],
        ALONE,
    ),
    (
        "Journalists asked if the State Department would revoke the designation of the Eastern "
        "Shield Brigades.",
        [],
        ALONE,
    ),
    (
        "Analysts said Washington should add the Wagner Group to its terrorism list.",
        [],
        ALONE,
    ),
    (
        "Exporters need to add Pacific Rim Chemicals to their restricted-party lists.",
        [],
        ALL,
    ),
    (
        "The Governor in Council listed the Sons of the North as a terrorist entity on Tuesday.",
        [
            (
                "Sons of the North",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "designated",
                [],
            )
        ],
        ALL,
    ),
    (
        "On the recommendation of the Attorney-General, the Governor-General made a regulation "
        "listing the Southern Crown Movement as a terrorist organisation.",
        [
            (
                "Southern Crown Movement",
                "Listed terrorist organisation (Australian Criminal Code)",
                "Government of Australia",
                "designated",
                [],
            )
        ],
        ALL,
    ),
    (
        "The Treasury sanctioned Blue Savanna Mining (Pty) Ltd and its director, Thabo Nkosi.",
        [
            (
                "Blue Savanna Mining (Pty) Ltd",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            ),
            ("Thabo Nkosi", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
        ALL,
    ),
    (
        "Pakistan has submitted a proposal to the UN Security Council committee established "
        "pursuant to resolution 1267 to add Ghulam Nabi Khan to the ISIL (Da'esh) and "
        "Al-Qaida sanctions list.",
        [_un("Ghulam Nabi Khan")],
        ALL,
    ),
]

# Shapes that already gave the right output: near-miss distractors and controls.
CONTROLS = [
    (
        "- Indonesia: submitted a proposal to the Security Council's 1267 Committee to add the "
        "Jemaah Ansharut Daulah network to the sanctions list.",
        [_un("Jemaah Ansharut Daulah")],
        ALL,
    ),
    (
        "Banks must add Lucero Import-Export SA to their sanctions filters before Friday.",
        [],
        ALL,
    ),
    (
        "Clients are advised to remove Delta Marine Services from internal blocklists only "
        "after legal review.",
        [],
        ALL,
    ),
    (
        "What to do now: Payments desks should also add the Volta Cargo network to their "
        "watchlists.",
        [],
        ALL,
    ),
    (
        "Acting on a recommendation from the Attorney-General, the cabinet on Tuesday listed "
        "the Iron Harvest Movement as a terrorist organisation.",
        [("Iron Harvest Movement", "terrorist organization", None, "designated", [])],
        ALONE,
    ),
    (
        "Britain sanctioned three army officers, Maj. Gen. Kyaw Lin, Lt. Col. Zaw Htet and "
        "Capt. Min Naing, over the attacks.",
        [
            ("Kyaw Lin", "UK sanctions list", "UK Foreign Office", "designated", []),
            ("Zaw Htet", "UK sanctions list", "UK Foreign Office", "designated", []),
            ("Min Naing", "UK sanctions list", "UK Foreign Office", "designated", []),
        ],
        ALONE,
    ),
    (
        "Kenya, backed by Uganda, submitted a request to the Security Council's al-Shabaab "
        "sanctions committee to list Mohamed Farah Aden.",
        [_un("Mohamed Farah Aden")],
        ALONE,
    ),
    (
        "Members should add Omar Shaikh and Beta Freight LLC to their screening databases.",
        [],
        ALL,
    ),
    (
        "You must remove the Valle Verde cartel from your watchlist once the delisting is "
        "published.",
        [],
        ALL,
    ),
    (
        "Britain sanctioned two generals, Lt. Gen. Aung Zaw and Maj. Gen. Thein Oo.",
        [
            ("Aung Zaw", "UK sanctions list", "UK Foreign Office", "designated", []),
            ("Thein Oo", "UK sanctions list", "UK Foreign Office", "designated", []),
        ],
        ALL,
    ),
    (
        "The Treasury designated the Bright Path Trust, a charity accused of attacks on Shia "
        "and Yazidi villagers, on Monday.",
        [("Bright Path Trust", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
        ALONE,
    ),
    (
        "Japan submitted a proposal to the UN Security Council's 1267 Committee to list Karim "
        "Osmani, a financier of the Islamic State in Khorasan.",
        [_un("Karim Osmani")],
        ALL,
    ),
    (
        "India's proposal to add Abdul Hakim Rauf to the UN Security Council's ISIL (Da'esh) "
        "and Al-Qaida sanctions list was blocked by a technical hold placed by a permanent "
        "member.",
        [_un("Abdul Hakim Rauf")],
        ALL,
    ),
    (
        "The Security Council's 1267 Committee on Friday added Karim Osmani to its ISIL "
        "(Da'esh) and Al-Qaida sanctions list.",
        [_un("Karim Osmani", "designated")],
        ALL,
    ),
    (
        "Compliance teams should note that OFAC on Monday added Golden Falcon General Trading "
        "FZE to the SDN list.",
        [
            (
                "Golden Falcon General Trading FZE",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
        ALONE,
    ),
    (
        "Screening teams should check their systems for the name.",
        [],
        ALL,
    ),
    (
        "The minister is considering a recommendation to list Reza Tavakoli for targeted "
        "financial sanctions.",
        [("Reza Tavakoli", "sanctions list", None, "proposed", [])],
        ALONE,
    ),
    (
        "The Member asked about the Noor Relief Trust, which the Home Office proscribed in 2024.",
        [
            (
                "Noor Relief Trust",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
        ALONE,
    ),
    (
        "The Treasury sanctioned Karoo Sun Logistics Ltd and its owner, Pieter Mabuza.",
        [
            (
                "Karoo Sun Logistics Ltd",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            ),
            ("Pieter Mabuza", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
        ALL,
    ),
    (
        "The EU sanctioned Brig. Gen. Adam Hamdan Tia, a commander of the Rapid Support Forces.",
        [("Adam Hamdan Tia", "EU sanctions list", "Council of the EU", "designated", [])],
        ALL,
    ),
    (
        "The Treasury designated the Bright Path Trust, a charity that funds Sunni militias, "
        "and its director Omar Hadi.",
        [
            ("Bright Path Trust", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Omar Hadi", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
        ALONE,
    ),
    (
        "Colombia presented a proposal to the Security Council this week to renew the mission's "
        "mandate.",
        [],
        ALL,
    ),
    (
        "Nigeria submitted a proposal to the ECOWAS Council to add a clause on arms trafficking.",
        [],
        ALL,
    ),
    (
        "The Treasury added Golden Falcon General Trading FZE to the SDN list on Monday, and "
        "compliance teams should screen for it.",
        [
            (
                "Golden Falcon General Trading FZE",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
        ALONE,
    ),
    (
        "The Governor in Council approved new regulations on port fees.",
        [],
        ALL,
    ),
    (
        "The Home Office completed its review of the Blood Oath Crew with a view to a decision "
        "next year.",
        [],
        ALONE,
    ),
    (
        "The EU sanctioned Lt. Gen. Hamid Karrar and Maj. Gen. Idris Bello.",
        [
            ("Hamid Karrar", "EU sanctions list", "Council of the EU", "designated", []),
            ("Idris Bello", "EU sanctions list", "Council of the EU", "designated", []),
        ],
        ALL,
    ),
    (
        "France submitted a proposal to the UN Security Council's 1267 Committee last month, "
        "and the committee added Ould Salem to the list on Friday.",
        [_un("Ould Salem", "designated")],
        ALONE,
    ),
    (
        "Action item: institutions should add the Tamarind Group to internal watchlists and "
        "remove its former affiliate.",
        [],
        ALL,
    ),
    (
        "Our advice: banks ought to remove Olivetree Holdings from blocklists now that OFAC "
        "has delisted it.",
        [("Olivetree Holdings", "OFAC SDN sanctions", "US Treasury (OFAC)", "revoked", [])],
        ALONE,
    ),
    (
        "Treasury also sanctioned Brig. Gen. Hassan Ali Musa and two companies.",
        [("Hassan Ali Musa", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
        ALL,
    ),
    (
        "The Cabinet Secretariat said a recommendation to proscribe the Red Dawn Front was "
        "before ministers.",
        [
            (
                "Red Dawn Front",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "proposed",
                [],
            )
        ],
        ALONE,
    ),
]


@pytest.mark.parametrize(("text", "expected"), in_contexts(CONTEXTS, FIXED))
def test_round23_shapes(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), in_contexts(CONTEXTS, CONTROLS))
def test_round23_controls(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected
