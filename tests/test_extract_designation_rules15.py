"""Round 15 designation rules: nominal listing subjects, counted objects left unnamed
beside a named one, anaphoric counted objects ("both gangs"), joint authorities with
their own bodies, discourse adverbs and acronyms of a recorded name."""

from __future__ import annotations

import pytest

from tests.extract_rows import rules_extract as extract


def _got(text: str) -> list[tuple[str, str]]:
    return [(d.entity, d.action) for d in extract(text).designations]


def _got_auth(text: str) -> list[tuple[str, str, str | None]]:
    return [(d.entity, d.action, d.authority) for d in extract(text).designations]


# 1. A nominal listing subject ("The listings under X name", "The measures target") after an
# unnamed counted listing, or an asset freeze "against two companies and an official".
NOMINAL = [
    (
        "Canada on Thursday imposed sanctions on a Sudanese militia commander and a gold "
        "trading company. The listings under the Special Economic Measures Act name Brigadier "
        "Osman Dahab and the Nile Crest Gold Company, Global Affairs Canada said.",
        [("Osman Dahab", "designated"), ("Nile Crest Gold Company", "designated")],
    ),
    (
        "Seoul's cabinet on Friday approved asset freezes against two trading firms and an "
        "official accused of laundering crypto proceeds. The measures target Haegum Trading, "
        "Ryonbong Sea Services and Kim Chol Ung, a banker.",
        [
            ("Haegum Trading", "designated"),
            ("Ryonbong Sea Services", "designated"),
            ("Kim Chol Ung", "designated"),
        ],
    ),
    (
        "New Zealand announced travel bans and sanctions against three Russian officials on "
        "Monday. The new measures announced by Wellington cover Pavel Orlov, Dmitri Sychev "
        "and Anna Belova.",
        [
            ("Pavel Orlov", "designated"),
            ("Dmitri Sychev", "designated"),
            ("Anna Belova", "designated"),
        ],
    ),
    (
        "The Council of the EU adopted restrictive measures against two shipping companies "
        "on Tuesday. The decisions published in the Official Journal list Baltic Reach "
        "Maritime and Ostrov Tanker Management.",
        [("Baltic Reach Maritime", "designated"), ("Ostrov Tanker Management", "designated")],
    ),
    (
        "Britain imposed sanctions on a Syrian militia leader and a smuggling network. The "
        "designations apply to Abu Fares al-Hamwi and the Qalamoun Transit Network.",
        [("Abu Fares al-Hamwi", "designated"), ("Qalamoun Transit Network", "designated")],
    ),
    (
        "Australia imposed financial sanctions on two Iranian generals on Wednesday. The "
        "sanctions under the autonomous framework hit Hossein Taghavi and Reza Moradi.",
        [("Hossein Taghavi", "designated"), ("Reza Moradi", "designated")],
    ),
]

NOMINAL_NEG = [
    # no listing before: a policy sentence
    ("The measures target the supply chain of drones rather than Iran as a whole.", []),
    # an asset freeze by a court is no listing, and nothing is counted
    ("The new regulations cover Acme Holdings and its subsidiaries, the ministry said.", []),
    (
        "Analysts said the tariffs announced on Monday hit Volvo Cars and Polestar hardest.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), NOMINAL + NOMINAL_NEG)
def test_nominal_listing_subject(text: str, want: list[tuple[str, str]]) -> None:
    assert _got(text) == want


# 2. A named object plus an unnamed counted one ("a company, X, and two of its directors"):
# the later sentence names the counted ones by their role noun.
COUNTED_AFTER_NAMED = [
    (
        "The Treasury on Monday sanctioned a Dubai exchange house, Al-Noor Remit, and two of "
        "its managers. The managers are Tariq Hamdi and Samir Qadri.",
        [
            ("Al-Noor Remit", "designated"),
            ("Tariq Hamdi", "designated"),
            ("Samir Qadri", "designated"),
        ],
    ),
    (
        "The EU added a Chinese electronics supplier, Shenzhou Tianlu Components, and two "
        "executives to its sanctions list. The executives are Li Wenbo, the firm's sales "
        "chief, and Zhou Min, a broker based in Hong Kong.",
        [
            ("Shenzhou Tianlu Components", "designated"),
            ("Li Wenbo", "designated"),
            ("Zhou Min", "designated"),
        ],
    ),
    (
        "Britain added a tanker operator, Gulfline Shipping, and a businessman to its Russia "
        "sanctions list on Thursday. The businessman, Oleg Varin, was described as the "
        "firm's owner.",
        [("Gulfline Shipping", "designated"), ("Oleg Varin", "designated")],
    ),
    (
        "The Treasury designated a Lebanese charity, the Bayt al-Khayr Foundation, and three "
        "of its officials as global terrorists. The officials are Hassan Mroue, Ali Sabra and Nabil Fawaz.",
        [
            ("Bayt al-Khayr Foundation", "designated"),
            ("Hassan Mroue", "designated"),
            ("Ali Sabra", "designated"),
            ("Nabil Fawaz", "designated"),
        ],
    ),
    (
        "Canada has listed a militia, the Sons of Dawn, and two commanders under the "
        "Criminal Code. The commanders are Yusuf Barre and Omar Jama.",
        [
            ("Sons of Dawn", "designated"),
            ("Yusuf Barre", "designated"),
            ("Omar Jama", "designated"),
        ],
    ),
    (
        "The UK sanctioned a Burmese jet fuel importer, Yadanar Aviation, and two directors. "
        "The directors named are Min Thu and Khin Lay.",
        [
            ("Yadanar Aviation", "designated"),
            ("Min Thu", "designated"),
            ("Khin Lay", "designated"),
        ],
    ),
]

COUNTED_AFTER_NAMED_NEG = [
    # the counted object is named in the same sentence
    (
        "The Treasury sanctioned a Dubai exchange house, Al-Noor Remit, and its manager, "
        "Tariq Hamdi. The managers said they would appeal.",
        [("Al-Noor Remit", "designated"), ("Tariq Hamdi", "designated")],
    ),
    # the next sentence is no list of names
    (
        "The EU added a supplier, Shenzhou Tianlu Components, and two executives to its "
        "sanctions list. The executives are expected to appeal.",
        [("Shenzhou Tianlu Components", "designated")],
    ),
    (
        "Britain added a tanker operator, Gulfline Shipping, to its sanctions list. The "
        "directors are worried about insurance.",
        [("Gulfline Shipping", "designated")],
    ),
]


@pytest.mark.parametrize(("text", "want"), COUNTED_AFTER_NAMED + COUNTED_AFTER_NAMED_NEG)
def test_counted_after_named(text: str, want: list[tuple[str, str]]) -> None:
    assert _got(text) == want


# 3. Anaphoric counted objects: the previous listing's entities with this sentence's
# designation, authority and action.
_TWO = (
    "The State Department on Monday designated the gangs Los Halcones and Los Cuervos as "
    "Foreign Terrorist Organizations.\n\n"
)
ANAPHORA = [
    (
        _TWO + "The department also named both gangs Specially Designated Global Terrorists.",
        [
            ("Los Halcones", "designated", "US State Department"),
            ("Los Cuervos", "designated", "US State Department"),
            ("Los Halcones", "designated", "US State Department"),
            ("Los Cuervos", "designated", "US State Department"),
        ],
    ),
    (
        _TWO + "Canada added the two groups to its list of terrorist entities a day later.",
        [
            ("Los Halcones", "designated", "US State Department"),
            ("Los Cuervos", "designated", "US State Department"),
            ("Los Halcones", "designated", "Government of Canada"),
            ("Los Cuervos", "designated", "Government of Canada"),
        ],
    ),
    (
        _TWO + "Britain has proposed adding both gangs to the UN sanctions list.",
        [
            ("Los Halcones", "designated", "US State Department"),
            ("Los Cuervos", "designated", "US State Department"),
            ("Los Halcones", "proposed", "UN Security Council"),
            ("Los Cuervos", "proposed", "UN Security Council"),
        ],
    ),
    (
        _TWO + "The European Union placed the same two cartels on its terrorist list.",
        [
            ("Los Halcones", "designated", "US State Department"),
            ("Los Cuervos", "designated", "US State Department"),
            ("Los Halcones", "designated", "Council of the EU"),
            ("Los Cuervos", "designated", "Council of the EU"),
        ],
    ),
    (
        _TWO + "Australia listed both of them as terrorist organisations on Friday.",
        [
            ("Los Halcones", "designated", "US State Department"),
            ("Los Cuervos", "designated", "US State Department"),
            ("Los Halcones", "designated", "Government of Australia"),
            ("Los Cuervos", "designated", "Government of Australia"),
        ],
    ),
    (
        _TWO + "New Zealand designated the pair as terrorist entities under the Terrorism "
        "Suppression Act.",
        [
            ("Los Halcones", "designated", "US State Department"),
            ("Los Cuervos", "designated", "US State Department"),
            ("Los Halcones", "designated", "Government of New Zealand"),
            ("Los Cuervos", "designated", "Government of New Zealand"),
        ],
    ),
]

ANAPHORA_NEG = [
    # a restatement by the same authority and list
    (_TWO + "Both gangs were designated as FTOs for attacks on ports.", 2),
    # no listing verb
    (_TWO + "Both gangs control cocaine routes through Guayaquil.", 2),
    # an outsider's call, not an action
    (_TWO + "Analysts said the two gangs had split in 2024.", 2),
]


@pytest.mark.parametrize(("text", "want"), ANAPHORA)
def test_anaphoric_counted_object(text: str, want: list[tuple[str, str, str | None]]) -> None:
    got = _got_auth(text)
    assert [g[:2] for g in got] == [w[:2] for w in want]
    assert {g[2] for g in got[2:]} == {w[2] for w in want[2:]} or want[2][2] is None


@pytest.mark.parametrize(("text", "n"), ANAPHORA_NEG)
def test_anaphoric_negatives(text: str, n: int) -> None:
    assert len(_got(text)) == n


# 4. Joint authorities as a coordinated subject, each with its own body.
JOINT = [
    (
        "Saudi Arabia's Presidency of State Security and the United Arab Emirates' cabinet on "
        "Sunday designated Marwan Idris, a Yemeni trader, as a terrorist financier.",
        {"Government of Saudi Arabia", "UAE Cabinet"},
    ),
    (
        "Bahrain's interior ministry and the UAE cabinet designated Hadi Ghanem as a terrorist "
        "on Monday.",
        {"Government of Bahrain", "UAE Cabinet"},
    ),
    (
        "Saudi Arabia and the United Arab Emirates on Tuesday designated Karim Zaid as a "
        "terrorist.",
        {"Government of Saudi Arabia", "Government of United Arab Emirates"},
    ),
]


@pytest.mark.parametrize(("text", "auths"), JOINT)
def test_joint_authorities(text: str, auths: set[str]) -> None:
    got = extract(text).designations
    assert {d.authority for d in got} == auths
    assert len({d.entity for d in got}) == 1


# 5. Discourse adverbs are no entities; an acronym of a recorded name is an alias.
PRECISION = [
    (
        "Elsewhere, the Ash Front, a small online group, was proscribed on Monday under the "
        "Terrorism Act 2000.",
        [("Ash Front", "designated")],
    ),
    (
        "Additionally, the Black Sun Collective was added to the EU terrorist list.",
        [("Black Sun Collective", "designated")],
    ),
    (
        "The State Department revoked the designation of the Frente Rural del Sur as a Foreign "
        "Terrorist Organization on Monday. "
        "The Council of the EU removed the group, known by its initials FRS, from the EU "
        "terrorist list on the same day.",
        [("Frente Rural del Sur", "revoked"), ("Frente Rural del Sur", "revoked")],
    ),
]


PRECISION += [
    # a place given a status, then another clause with a capitalised word
    (
        "Pakistan's interior ministry proscribed the Indus Front under the Anti-Terrorism Act "
        "on Monday. Separately, the ministry designated "
        "Lahore's walled city as a heritage zone, and the Federal budget raised police pay.",
        [("Indus Front", "designated")],
    ),
    (
        "The council designated Mombasa's Old Town as a protected heritage site on Friday.",
        [],
    ),
    # a ranking of a known listing restates it
    (
        "The State Department designated the Red Crows as a Foreign Terrorist Organization. "
        "The Red Crows are the fourth gang to be designated by Washington this year.",
        [("Red Crows", "designated")],
    ),
    (
        "The EU added the Ash Front to its terrorist list. The Ash Front became the first "
        "online network to be listed by the bloc.",
        [("Ash Front", "designated")],
    ),
]


@pytest.mark.parametrize(("text", "want"), PRECISION)
def test_precision(text: str, want: list[tuple[str, str]]) -> None:
    assert _got(text) == want
