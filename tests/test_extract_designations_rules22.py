"""Round 22 designation rules (new writers' shapes): a company's seat or flag is no part
of its name, before it ("Panama-flagged X", "Delaware-incorporated Y") or after a trading
firm's head word ("X Tankers of Cyprus", "Y Shipping of the Seychelles"), while "Bank of
Cyprus" and "Islamic Movement of Uzbekistan" keep theirs; a judge's, magistrate's or
prosecutor's title is left out of a listed person's name; "X is now a proscribed
organisation" after a coordinated clause ("the order took effect at midnight, and X is now
..."); a question's auxiliary ("Would Britain ...?") opens no name; "the same company"
refers to the firm just listed, never to a rights group that wrote a report; colon lists
with appositions ("two names to the EU terrorist list: A, a financier ..., and the group he
funds, the B").

Every sentence is written for these tests; none is copied from the data sets. Each case
runs alone and after the opening of an article (no record, an OFAC listing or a UK
proscription) and states the whole expected output: (entity, designation, authority,
action, aliases) per record after the context's own records.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import in_contexts
from tests.extract_rows import rules_extract as extract

OFAC = ("OFAC SDN sanctions", "US Treasury (OFAC)")
EU = ("EU sanctions list", "Council of the EU")
EU_TERROR = ("EU terrorist list", "Council of the EU")
UK_FO = ("UK sanctions list", "UK Foreign Office")
UK_PROSCRIBED = ("proscribed under the UK Terrorism Act 2000", "UK Home Office")

CONTEXTS = {
    "": ("", []),
    "none": (
        "NAIROBI, May 3, 2026 — Kenya's central bank held its policy rate at 9 percent on "
        "Tuesday. Japan pledged $20 million for drought relief in Turkana county. ",
        [],
    ),
    "ofac": (
        "WASHINGTON, April 2, 2026 — The Treasury on Monday sanctioned Omar Haddad, a Syrian "
        "businessman accused of smuggling fuel. Officials said more actions would follow. ",
        [("Omar Haddad", *OFAC, "designated", [])],
    ),
    "uk": (
        "LONDON, June 5, 2026 — The Home Office proscribed the Ashen Banner Movement on "
        "Tuesday. The movement has about 200 members in England. ",
        [("Ashen Banner Movement", *UK_PROSCRIBED, "designated", [])],
    ),
}
ALL = ("", "none", "ofac", "uk")


def _rows(text: str) -> list[tuple]:
    return [
        (d.entity, d.designation, d.authority, d.action, list(d.aliases))
        for d in extract(text).designations
    ]


def _d(entity: str, listing: tuple[str, str], action: str = "designated") -> tuple:
    return (entity, *listing, action, [])


# (sentence, the records it gives, the contexts it runs in)
SEATS = [
    (
        "The Treasury sanctioned Singapore-based Orchid Reef Trading, Panama-flagged Sea "
        "Lantern Logistics and Baltic Crown Shipping of Tallinn.",
        [
            _d("Orchid Reef Trading", OFAC),
            _d("Sea Lantern Logistics", OFAC),
            _d("Baltic Crown Shipping", OFAC),
        ],
        ALL,
    ),
    (
        "OFAC designated Lagos-based Okpara Petroleum and Ivory Tide Marine of Abidjan on Tuesday.",
        [_d("Okpara Petroleum", OFAC), _d("Ivory Tide Marine", OFAC)],
        ALL,
    ),
    (
        "The Office of Foreign Assets Control lifted sanctions on Istanbul-based Marmara Star "
        "Ship Management and Nordvik Tankers of Cyprus.",
        [
            _d("Marmara Star Ship Management", OFAC, "revoked"),
            _d("Nordvik Tankers", OFAC, "revoked"),
        ],
        ALL,
    ),
    (
        "The Treasury delisted Aegean Crest Maritime of Piraeus on Friday.",
        [_d("Aegean Crest Maritime", OFAC, "revoked")],
        ALL,
    ),
    (
        "The Treasury sanctioned two firms on Monday. The firms are Coral Bay Trading LLC, "
        "incorporated in the Marshall Islands, and Pelican Harbour Shipping of Liberia.",
        [_d("Coral Bay Trading LLC", OFAC), _d("Pelican Harbour Shipping", OFAC)],
        ALL,
    ),
    (
        "The EU added Minsk-based Belkor Logistics and Nioman Freight of Grodno to its "
        "Belarus sanctions list.",
        [_d("Belkor Logistics", EU), _d("Nioman Freight", EU)],
        ("", "none", "ofac"),
    ),
    (
        "The Treasury sanctioned Liberia-flagged Dawn Heron Carriers, whose tankers loaded "
        "Iranian oil off Malaysia.",
        [_d("Dawn Heron Carriers", OFAC)],
        ALL,
    ),
    (
        "OFAC designated Delaware-incorporated Westbrook Supplies and Karachi Star Holdings "
        "of Pakistan for shipping drone parts.",
        [_d("Westbrook Supplies", OFAC), _d("Karachi Star Holdings", OFAC)],
        ALL,
    ),
    (
        "Treasury Department: sanctioned Tanzanite Navigation of the Seychelles and Crescent "
        "Ocean Lines of Dubai.",
        [_d("Tanzanite Navigation", OFAC), _d("Crescent Ocean Lines", OFAC)],
        ("", "none"),
    ),
    (
        "The Treasury on Thursday removed Halvard Chartering of Oslo from the SDN list after "
        "the company sold its tankers.",
        [_d("Halvard Chartering", OFAC, "revoked")],
        ALL,
    ),
    (
        "The Treasury sanctioned Cyprus-domiciled Akamas Petroleum, which bought crude from "
        "the Syrian government.",
        [_d("Akamas Petroleum", OFAC)],
        ALL,
    ),
    (
        "Tracker: Treasury sanctions Malta-flagged Gozo Star Tankers and Valletta Bunkering "
        "Services of Malta.",
        [_d("Gozo Star Tankers", OFAC), _d("Valletta Bunkering Services", OFAC)],
        ("", "none", "ofac"),
    ),
    (
        "SHIPPING BRIEF — OFAC designated Hong Kong-registered Jade Channel Shipping, "
        "Shanghai-based Eastern Pearl Logistics and Wanli Marine of Ningbo on Wednesday.",
        [
            _d("Jade Channel Shipping", OFAC),
            _d("Eastern Pearl Logistics", OFAC),
            _d("Wanli Marine", OFAC),
        ],
        ALL,
    ),
    (
        "The Treasury lifted sanctions on Greek-owned Kalypso Maritime of Athens after it sold "
        "its last tanker.",
        [_d("Kalypso Maritime", OFAC, "revoked")],
        ALL,
    ),
    (
        "Q: Why did you sanction Seabright Holdings of Dubai? A: The Treasury sanctioned "
        "Seabright Holdings because it hid the owners of 12 tankers.",
        [_d("Seabright Holdings", OFAC)],
        ("", "none", "ofac"),
    ),
    (
        "The Council added Tehran-based Pars Lantern Trading and Caspian Gull Shipping of "
        "Bandar Abbas to the EU sanctions list.",
        [_d("Pars Lantern Trading", EU), _d("Caspian Gull Shipping", EU)],
        ("", "none", "ofac"),
    ),
    (
        "SANCTIONS TRACKER — Treasury: designated Hong Kong-registered Silver Mast Shipping and "
        "Aurora Tankers of Dubai (Iran oil network).",
        [_d("Silver Mast Shipping", OFAC), _d("Aurora Tankers", OFAC)],
        ("", "none"),
    ),
    (
        "KATZ: We sanctioned Rotterdam-based Delta Quay Freight and Pearl Strait Carriers of "
        "Singapore this morning, and the Treasury will keep going.",
        [_d("Delta Quay Freight", OFAC), _d("Pearl Strait Carriers", OFAC)],
        ("", "none"),
    ),
    (
        "The EU on Friday lifted sanctions on Cyprus-registered Larnaca Bay Maritime and "
        "Troodos Shipping of Limassol.",
        [_d("Larnaca Bay Maritime", EU, "revoked"), _d("Troodos Shipping", EU, "revoked")],
        ("", "none", "ofac"),
    ),
    (
        "The Treasury designated two firms and a broker on Tuesday: Meridian Fuel Trading, a "
        "company registered in Fujairah, Gulf Lantern Shipping of Ajman, and Reza Karimi, who "
        "arranged the cargoes.",
        [
            _d("Reza Karimi", OFAC),
            _d("Meridian Fuel Trading", OFAC),
            _d("Gulf Lantern Shipping", OFAC),
        ],
        ("", "none"),
    ),
    # controls and near misses: a seat in a name, or no listing at all
    (
        "The Treasury sanctioned the Commercial Bank of Syria on Monday.",
        [_d("Commercial Bank of Syria", OFAC)],
        ALL,
    ),
    (
        "The State Department designated the Islamic Movement of Uzbekistan as a Foreign "
        "Terrorist Organization.",
        [
            (
                "Islamic Movement of Uzbekistan",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            )
        ],
        ("", "none", "uk"),
    ),
    (
        "Panama-flagged Sea Lantern sailed from Tallinn with 80,000 tonnes of diesel, and "
        "Baltic Crown Shipping of Tallinn said it had sold the ship.",
        [],
        ("", "none"),
    ),
    (
        "Nordvik Tankers of Cyprus said on Friday that it would appeal against the fine of "
        "180,000 euros imposed by an Estonian court.",
        [],
        ("", "none"),
    ),
    (
        "Dubai-based Caspian Meridian Shipmanagement manages 31 tankers, most of them more "
        "than 18 years old.",
        [],
        ("", "none"),
    ),
    (
        "Shares in Hong Kong-registered Tideway Ocean Services fell 4 percent after the "
        "company reported lower charter income.",
        [],
        ("", "none"),
    ),
]

TITLES = [
    (
        "On Tuesday the US Treasury Department added Judge Ernesto Lacayo Ruiz and the "
        "director of the La Modelo prison, Marlon Tercero Baca, to its Specially Designated "
        "Nationals list.",
        [_d("Ernesto Lacayo Ruiz", OFAC), _d("Marlon Tercero Baca", OFAC)],
        ALL,
    ),
    (
        "The Treasury sanctioned Judge Olga Petrenko, who sentenced the opposition leader to "
        "19 years in prison.",
        [_d("Olga Petrenko", OFAC)],
        ALL,
    ),
    (
        "OFAC designated Magistrate Tomas Villalba and two prison officials under the Global "
        "Magnitsky programme.",
        [_d("Tomas Villalba", OFAC)],
        ("", "none", "uk"),
    ),
    (
        "The Treasury sanctioned Prosecutor Ruslan Abdulov for fabricating cases against "
        "journalists.",
        [_d("Ruslan Abdulov", OFAC)],
        ALL,
    ),
    (
        "The Treasury sanctioned Judge Lidia Vorontsova and Prosecutor Anton Grebnev for their "
        "roles in the trial.",
        [_d("Lidia Vorontsova", OFAC), _d("Anton Grebnev", OFAC)],
        ALL,
    ),
    (
        "The Treasury sanctioned Colonel Rafael Mendoza Ortiz and General Hugo Salas.",
        [_d("Rafael Mendoza Ortiz", OFAC), _d("Hugo Salas", OFAC)],
        ALL,
    ),
    # near misses: a judge who rules, a prosecutor who asks
    (
        "Judge Ernesto Lacayo Ruiz sentenced seven students to eight years in prison on Monday.",
        [],
        ("", "none"),
    ),
    (
        "Prosecutor Ruslan Abdulov said the journalists would be charged with treason.",
        [],
        ("", "none"),
    ),
]

STATE = [
    (
        "Parliament approved the order on Thursday, it came into force at midnight, and Iron "
        "Dawn Collective is now a proscribed organisation under the Terrorism Act 2000.",
        [_d("Iron Dawn Collective", UK_PROSCRIBED)],
        ("", "none", "ofac", "uk"),
    ),
    (
        "The order took effect on Friday, and the Northern Ember Movement is now a proscribed "
        "organisation under the Terrorism Act 2000.",
        [_d("Northern Ember Movement", UK_PROSCRIBED)],
        ("", "none", "ofac", "uk"),
    ),
    (
        "CASTELLANO: Peers approved the order last night; the Grey Wolves Brigade is now a "
        "proscribed organisation under the Terrorism Act 2000.",
        [_d("Grey Wolves Brigade", UK_PROSCRIBED)],
        ("", "none", "ofac"),
    ),
    (
        "The regulations were published on Friday, and the Black Tide Movement is now a listed "
        "terrorist entity in Canada.",
        [
            (
                "Black Tide Movement",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "designated",
                [],
            )
        ],
        ("", "none", "ofac"),
    ),
    (
        "Iron Dawn Collective is now a proscribed organisation under the Terrorism Act 2000.",
        [_d("Iron Dawn Collective", UK_PROSCRIBED)],
        ("", "none", "ofac", "uk"),
    ),
    # near misses: "is now" without a listing
    (
        "The order took effect on Friday, and the Northern Ember Movement is now a registered "
        "charity.",
        [],
        ("", "none"),
    ),
    (
        "Talks resumed on Monday, and the Coastal Alliance is now a partner organisation of "
        "the ministry.",
        [],
        ("", "none"),
    ),
]

GOV = ("terrorist organization", None)
# State press: names in quotation marks after a group noun or a listing verb
COURTS = [
    (
        'By decision of the Supreme Court of Kyrgyzstan, the organisations "Ak Jol Jamaat" '
        'and "Tabligh Nur" have been recognised as extremist and their activities have been '
        "banned on the territory of the country.",
        [
            (
                "Ak Jol Jamaat",
                "terrorist organization",
                "Government of Kyrgyzstan",
                "designated",
                [],
            ),
            ("Tabligh Nur", "terrorist organization", "Government of Kyrgyzstan", "designated", []),
        ],
        ("", "none"),
    ),
    (
        'The Supreme Court recognised the movement "Nur al-Haq" as an extremist '
        "organisation and banned its activities.",
        [_d("Nur al-Haq", GOV)],
        ("",),
    ),
    (
        'The court recognised the group "Katibat Jund al-Sharq" as a terrorist organisation '
        "and banned its activities.",
        [_d("Katibat Jund al-Sharq", GOV)],
        ("",),
    ),
    (
        "The Interior Ministry designated the group “Saif al-Adl Brigade” as a terrorist "
        "organisation.",
        [_d("Saif al-Adl Brigade", GOV)],
        ("",),
    ),
    (
        'The court lifted the ban on the extremist organisation "Maktabi Ilm".',
        [_d("Maktabi Ilm", GOV, "revoked")],
        ("",),
    ),
    (
        "The Prosecutor General's Office has filed a claim with the city court to recognise "
        'the online movement "Haqiqat Sadosi" as a terrorist organisation.',
        [_d("Haqiqat Sadosi", GOV, "proposed")],
        ("",),
    ),
    (
        'The prosecutor asked the court to recognise the movement "Sadoi Ozodi" as a '
        "terrorist organisation.",
        [_d("Sadoi Ozodi", GOV, "proposed")],
        ("",),
    ),
    (
        'The State Department designated the group "Jund al-Vodiy" as a Foreign Terrorist '
        "Organization.",
        [
            (
                "Jund al-Vodiy",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            )
        ],
        ("", "none", "uk"),
    ),
    (
        'The Security Council committee removed "Ansar al-Furqan" from the ISIL (Da\'esh) '
        "and Al-Qaida Sanctions List on Monday.",
        [("Ansar al-Furqan", "UN sanctions list", "UN Security Council", "revoked", [])],
        ("", "none"),
    ),
    (
        'The Supreme Court of Tajikistan banned the activities of the group "Jamaat '
        'Ansarullah" and recognised it as a terrorist organisation.',
        [
            (
                "Jamaat Ansarullah",
                "terrorist organization",
                "Government of Tajikistan",
                "designated",
                [],
            )
        ],
        ("", "none"),
    ),
    # near misses: quoted names of papers, festivals, firms and partners
    ('The newspaper "Asia Plus" reported that the court had fined six people.', [], ALL),
    ('The movement "Nur al-Haq" said it would appeal against the decision.', [], ALL),
    (
        'Members of the group "Katibat Jund al-Sharq" recruited labour migrants in Russia.',
        [],
        ("", "none"),
    ),
    (
        'The court fined the company "Sharq Trade" 96,000 somoni for tax violations.',
        [],
        ("", "none"),
    ),
    (
        'The festival "Navruz Nights" was banned by the city administration because of the heat.',
        [],
        ("", "none"),
    ),
    (
        'The ministry recognised the association "Ilm va Hunar" as a partner in its '
        "literacy programme.",
        [],
        ("", "none"),
    ),
]

QUESTIONS = [
    ("REPORTER: Would Britain support sanctioning Al-Shabaab's new spokesman?", [], ALL),
    ("Could the Treasury sanction the Red Delta Cartel next?", [], ("", "none")),
    ("Should Canada list the Proud Patriots as a terrorist entity?", [], ("", "none")),
    ("Does Australia plan to proscribe the Southern Cross Front?", [], ("", "none")),
    (
        "Q: Would the Council add the Iron Hand Network to the EU terrorist list?",
        [],
        ("", "none"),
    ),
]

REPORTERS = [
    (
        "Much of the fuel, the report said, was handled by Ayeyar Aviation Supplies, a "
        "Yangon-based importer. The US Treasury Department added Ayeyar Aviation Supplies to "
        "its Specially Designated Nationals list in August 2025. Britain's Foreign Office "
        "imposed an asset freeze on the same company under its Myanmar sanctions regime in "
        "November 2025.",
        [
            _d("Ayeyar Aviation Supplies", OFAC),
            (
                "Ayeyar Aviation Supplies",
                "UK sanctions list",
                "UK Foreign Office",
                "designated",
                [],
            ),
        ],
        (),
    ),
    (
        "A report published on Thursday by Irrawaddy Monitor, a rights group, traced the "
        "fuel. Britain's Foreign Office imposed an asset freeze on the same company in "
        "November.",
        [],
        ("", "none"),
    ),
    (
        "The US Treasury sanctioned Kestrel Marine Supplies in March. Australia later imposed "
        "targeted sanctions on the same company.",
        [
            _d("Kestrel Marine Supplies", OFAC),
            (
                "Kestrel Marine Supplies",
                "sanctions list",
                "Government of Australia",
                "designated",
                [],
            ),
        ],
        ("", "none"),
    ),
    (
        "The Treasury sanctioned Tideline Aviation Fuels, a Yangon importer, in May. The EU "
        "added the same firm to its Myanmar sanctions list in June.",
        [_d("Tideline Aviation Fuels", OFAC), _d("Tideline Aviation Fuels", EU)],
        ("", "none"),
    ),
    (
        "Salween Watch urged the European Union to list two of the company's directors.",
        [],
        ("", "none"),
    ),
    (
        "Amnesty International, a rights group, said the same company had shipped fuel to "
        "the air force.",
        [],
        ("", "none"),
    ),
]

COLON = [
    (
        "Ministers today agreed to add one person and one organisation to the EU terrorist "
        "list: Mahmoud Rashid al-Khatib, a financier who moves money through Istanbul and "
        "Beirut, and the group he funds, the Lions of the Levant Brigade.",
        [
            _d("Mahmoud Rashid al-Khatib", EU_TERROR),
            _d("Lions of the Levant Brigade", EU_TERROR),
        ],
        ALL,
    ),
    (
        "The Council added three names to the EU terrorist list: Karim Boukhari, a preacher "
        "based in Brussels, Samir Haddou, his deputy, and the network they run, the Dawn "
        "Caravan Network.",
        [
            _d("Karim Boukhari", EU_TERROR),
            _d("Samir Haddou", EU_TERROR),
            _d("Dawn Caravan Network", EU_TERROR),
        ],
        ("", "none", "ofac"),
    ),
    (
        "The Treasury sanctioned two men on Friday: Ali Reza Tavakoli, an Iranian procurement "
        "agent, and Farid Nouri, who runs a front company in Dubai.",
        [_d("Ali Reza Tavakoli", OFAC), _d("Farid Nouri", OFAC)],
        ("", "none", "uk"),
    ),
    (
        "The Council added two names to the EU terrorist list: Yusuf Demirtas, a recruiter "
        "based in Gaziantep, and the network he leads, the Crescent Shield Network.",
        [_d("Yusuf Demirtas", EU_TERROR), _d("Crescent Shield Network", EU_TERROR)],
        ALL,
    ),
]

CASES = in_contexts(CONTEXTS, SEATS + TITLES + STATE + COURTS + QUESTIONS + REPORTERS + COLON)
CASES += [(text, expected) for text, expected, names in REPORTERS if not names]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round22_designations(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected
