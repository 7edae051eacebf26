"""Round 14 designation rules: places are never entities, heavy-NP shift, verb morphology
(de-/un- prefixes, asset freezes, annexes, surnames) and nominal proposals."""

from __future__ import annotations

import pytest

from tests.extract_rows import rules_extract as extract

_FTO_LEAD = (
    "The State Department designated on Tuesday the gang Los Tiburones as a Foreign "
    "Terrorist Organization.\n\n"
)


def _got(text: str) -> list[tuple[str, str]]:
    return [(d.entity, d.action) for d in extract(text).designations]


# 1. A designated entity is never a place or a modifier.
PLACES = [
    (
        "The EU added the gang Los Halcones to its terrorist list for attacks on the ports of "
        "Manta and Puerto Cayo, through which cocaine bound for Hamburg and Valencia leaves.",
        [("Los Halcones", "designated")],
    ),
    (
        "In Japan, the Fisheries Agency designated two new protected spawning areas off "
        "Hokkaido, unrelated to sanctions.",
        [],
    ),
    (
        "Canberra listed Jund al-Sahil, the al-Qaeda-linked cell, as a terrorist organisation "
        "on Thursday.",
        [("Jund al-Sahil", "designated")],
    ),
    (
        "Australia on Friday listed Ansar Kaskazini, the Islamic State-aligned insurgent group, "
        "as a terrorist organisation.",
        [("Ansar Kaskazini", "designated")],
    ),
    (
        "Britain proscribed the Black Coast Brigade, which operates in Balochistan and Sindh, "
        "as a terrorist organisation.",
        [("Black Coast Brigade", "designated")],
    ),
    (
        "OFAC sanctioned Al-Safwa Mining, a firm with offices in Nyala, and Red Dune Metals, "
        "a trading house registered in Dubai, adding both to its SDN list.",
        [("Al-Safwa Mining", "designated"), ("Red Dune Metals", "designated")],
    ),
    (
        "OFAC designated two men based in Lebanon, Ali Hassan and Omar Saleh, as Specially "
        "Designated Global Terrorists.",
        [("Ali Hassan", "designated"), ("Omar Saleh", "designated")],
    ),
    (
        "The Treasury on Tuesday added two companies based in the United Arab Emirates, Sea "
        "Star Shipping and Gulf Crest Logistics, to its list of Specially Designated Nationals.",
        [("Sea Star Shipping", "designated"), ("Gulf Crest Logistics", "designated")],
    ),
    (
        "Switzerland said it had added Yusuf Warsame to the annex of its Al-Qaida and ISIL "
        "sanctions ordinance.",
        [("Yusuf Warsame", "designated")],
    ),
]


@pytest.mark.parametrize(("text", "want"), PLACES)
def test_places_and_modifiers_are_not_entities(text: str, want: list) -> None:
    assert _got(text) == want


# 2. Adverbials and the list phrase shifted between the verb and its object.
SHIFTED = [
    (
        "In the same notice, the Treasury removed from that list the company Transportes "
        "Quiché, of Quetzaltenango, which had been sanctioned in 2022.",
        [("Transportes Quiché", "revoked")],
    ),
    (
        "The EU struck from its terrorist list last week the Basque group Herriko Alkartasuna.",
        [("Herriko Alkartasuna", "revoked")],
    ),
    (
        "The Home Office added to the list of proscribed organisations on Friday the neo-Nazi "
        "network Iron Legion.",
        [("Iron Legion", "designated")],
    ),
    (
        "Washington took off the SDN list on Friday the shipping firm Oceanic Star Lines.",
        [("Oceanic Star Lines", "revoked")],
    ),
    (
        "The Security Council sanctions committee added to its list on Friday the gang leader "
        "Jimmy Cherizier.",
        [("Jimmy Cherizier", "designated")],
    ),
    (
        "The Treasury designated on Tuesday the leader of the Rasta City gang, Marlon Doyle, "
        "as a Specially Designated Global Terrorist.",
        [("Marlon Doyle", "designated")],
    ),
    (
        "OFAC designated the clan Los Zapateros, based in Huehuetenango, as well as its two "
        "alleged leaders, the brothers Eliseo Zapata and Rigoberto Zapata, adding them to the "
        "SDN list.",
        [
            ("Los Zapateros", "designated"),
            ("Eliseo Zapata", "designated"),
            ("Rigoberto Zapata", "designated"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), SHIFTED)
def test_shifted_objects(text: str, want: list) -> None:
    assert _got(text) == want


def test_group_noun_before_a_name_is_no_reference() -> None:
    text = (
        "OFAC designated on Tuesday the clan Los Zapateros as Specially Designated Nationals."
        "\n\nThe Treasury removed from that list the company Transportes Xelajú."
    )
    assert _got(text) == [("Los Zapateros", "designated"), ("Transportes Xelajú", "revoked")]


# 3. Verb breadth and morphology.
VERBS = [
    (
        "Britain deproscribed the Niger Delta Vanguard Command, a militant group that agreed "
        "to disarm in 2019, after Parliament approved the order.",
        [("Niger Delta Vanguard Command", "revoked")],
    ),
    (
        "Ministers have deproscribed the Ulster Freedom Brigade.",
        [("Ulster Freedom Brigade", "revoked")],
    ),
    (
        "The State Department de-designated the Kurdish Workers Front as a Foreign Terrorist "
        "Organization.",
        [("Kurdish Workers Front", "revoked")],
    ),
    (
        "Washington undesignated the Kurdish Workers Front as a Foreign Terrorist Organization "
        "on Friday.",
        [("Kurdish Workers Front", "revoked")],
    ),
    (
        "The EU unlisted the Kurdish Workers Front from its terrorist list.",
        [("Kurdish Workers Front", "revoked")],
    ),
    (
        "The Japanese government froze the assets of three people it says raised money for "
        "Islamic State Khorasan Province: Rahmat Sulaiman, Ahmad Fikri Zainal and Nur Hidayah "
        "Basri.",
        [
            ("Rahmat Sulaiman", "designated"),
            ("Ahmad Fikri Zainal", "designated"),
            ("Nur Hidayah Basri", "designated"),
        ],
    ),
    (
        "South Korea's finance ministry froze the assets of two North Koreans, Kim Chol and "
        "Ri Song, accused of laundering money for the missile programme.",
        [("Kim Chol", "designated"), ("Ri Song", "designated")],
    ),
    (
        "Tokyo froze the assets of the Al-Noor Charitable Foundation on Friday.",
        [("Al-Noor Charitable Foundation", "designated")],
    ),
    (
        "The government froze the assets of 14 people it accuses of funding the insurgency, "
        "including the preacher Abu Salim and the trader Musa Kabir.",
        [("Abu Salim", "designated"), ("Musa Kabir", "designated")],
    ),
    (
        "The State Secretariat for Economic Affairs removed Caspian Meridian SA, a "
        "Geneva-registered trader, from the annex of its Ukraine-related sanctions ordinance.",
        [("Caspian Meridian SA", "revoked")],
    ),
]


@pytest.mark.parametrize(("text", "want"), VERBS)
def test_verb_breadth(text: str, want: list) -> None:
    assert _got(text) == want


def test_surname_resolves_to_full_name() -> None:
    text = (
        "The Treasury designated the businessman Mahmoud Kassem Fares as a Specially "
        "Designated Global Terrorist.\n\nCanada listed Fares under the Special Economic "
        "Measures Regulations on Friday."
    )
    got = _got(text)
    assert got and all(e == "Mahmoud Kassem Fares" for e, _a in got)


def test_name_inside_prepositional_relative_is_not_subject() -> None:
    text = (
        "The Treasury designated the financier Omar Bakri Salem as a Specially Designated "
        "Global Terrorist.\n\nThe firm through which Salem allegedly moved the funds, Delta "
        "Cambios, was also designated as a Specially Designated Global Terrorist."
    )
    assert _got(text) == [("Omar Bakri Salem", "designated"), ("Delta Cambios", "designated")]


# 4. Nominal and application proposals.
PROPOSALS = [
    (
        _FTO_LEAD + "The spokesperson said the department is evaluating a similar "
        "designation for a second structure, Los Alacranes, whose members work as hitmen.",
        ("Los Alacranes", "proposed"),
    ),
    (
        _FTO_LEAD + "The department is weighing the same designation for the Choneros.",
        ("Choneros", "proposed"),
    ),
    (
        _FTO_LEAD + "Officials are weighing a possible designation for Los Lobos, a senior "
        "official said.",
        ("Los Lobos", "proposed"),
    ),
    (
        "The State Department is weighing a Foreign Terrorist Organization designation for "
        "the Cartel del Golfo.",
        ("Cartel del Golfo", "proposed"),
    ),
    (
        "The Attorney General filed on Monday an application before the High Court to declare "
        "the gang known as the Sixth Street Soldiers a listed entity under the Anti-Terrorism "
        "Act.",
        ("Sixth Street Soldiers", "proposed"),
    ),
    (
        "The government filed a motion in the High Court to declare the Unruly Isis gang a "
        "terrorist organisation.",
        ("Unruly Isis", "proposed"),
    ),
    (
        "The government asked the UN sanctions committee to add the commander Abdel Rahim "
        "Dagalo to its list.",
        ("Abdel Rahim Dagalo", "proposed"),
    ),
]


@pytest.mark.parametrize(("text", "want"), PROPOSALS)
def test_nominal_proposals(text: str, want: tuple) -> None:
    assert want in _got(text)


NEGATIVES = [
    "A Paris court froze the assets of businessman Jean Dupont pending trial.",
    "The company remains unlisted on the stock exchange.",
    "The EU imposed sanctions aimed at the port of Rotterdam's rivals, officials said.",
    "The ministry designated three protected marine areas off Okinawa and near Kyushu.",
    "Police froze the bank accounts of two suspects, Ali Kaya and Murat Demir.",
    "The fund is studying a listing for its shares on the London exchange.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text: str) -> None:
    assert _got(text) == []


def test_designated_later_stays_designated() -> None:
    text = (
        _FTO_LEAD
        + "The Treasury designated Los Lobos on Friday, making it possible to freeze its assets."
    )
    assert ("Los Lobos", "designated") in _got(text)
