"""Round 24 designation rules (new writers' shapes): a list after a copula that announces a
listing ("The designated individuals are A, B and C, who ...", "The sanctioned companies
are ...", "Among the new names on the list are X, which ..., and its director, Y", "Among
those sanctioned on Friday were ...", "Also listed were ..."), a person described by a role
before "and" and a company ("Lebanese national A and B Trading": two items), a title's
portfolio in a list ("the deputy minister of Defence, Y": no "Defence"); "imposed
sanctions on Thursday on two commanders of X, A and B"; "the Movement for a New Dawn" kept
whole; a fronted discourse adverb ("Concurrently, ...") and a headline's "Designation of"
never a name; a staff role ("designated its Director ..., Jane Roe, as the point of
contact") no listing; requests by deputies or a victim's family and a denied rumour no
proposal.

Every sentence is written for these tests; none is copied from the data sets. Each case
runs alone or after the opening of an article (no record, an OFAC listing, an FTO listing
or an EU listing), and states the whole expected output: (entity, designation, authority,
action, aliases) per record after the context's own records.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import in_contexts
from tests.extract_rows import rules_extract as extract

CONTEXTS = {
    "": ("", []),
    "none": (
        "ACCRA, April 14, 2026 — Ghana's cedi weakened 2 percent against the dollar. Norway "
        "pledged $15 million for cocoa farmers in the Ashanti region. ",
        [],
    ),
    "fto": (
        "WASHINGTON, June 2, 2026 — The State Department on Tuesday designated the Tren de "
        "Aragua as a Foreign Terrorist Organization. Officials said further steps were planned. ",
        [
            (
                "Tren de Aragua",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    "ofac": (
        "DUBAI, Oct. 7, 2026 — The Treasury on Monday sanctioned Karim Nasrallah, a Lebanese "
        "money changer accused of moving funds for Hezbollah. The UAE central bank said it "
        "would review the accounts. Oil prices fell 1 percent. ",
        [("Karim Nasrallah", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
    "eu": (
        "BRUSSELS, 24 February 2026 — The Council of the EU adopted a new package of sanctions "
        "against Russia on Monday, adding the Arctic Tanker Company to its sanctions list. "
        "Hungary had delayed the decision for a week. ",
        [("Arctic Tanker Company", "EU sanctions list", "Council of the EU", "designated", [])],
    ),
}
ALL = ("", "none", "fto", "ofac", "eu")
US = ("", "none", "ofac")  # the sentence names the Treasury itself
LISTS = ("ofac", "eu")  # the sentence names no authority: the article's listing gives it
ALONE = ("", "none")


def _rows(text: str) -> list[tuple]:
    return [
        (d.entity, d.designation, d.authority, d.action, list(d.aliases))
        for d in extract(text).designations
    ]


_LISTS = {
    "ofac": ("OFAC SDN sanctions", "US Treasury (OFAC)"),
    "eu": ("EU sanctions list", "Council of the EU"),
    "uk": ("UK sanctions list", "UK Foreign Office"),
    "canada": ("sanctions list", "Government of Canada"),
    "fto": ("Foreign Terrorist Organization", "US State Department"),
    "sdgt": ("Specially Designated Global Terrorist", "US State Department"),
    "proscribed": ("proscribed under the UK Terrorism Act 2000", "UK Home Office"),
}


def _recs(where: str, *names: str, action: str = "designated") -> list[tuple]:
    label, authority = _LISTS[where]
    return [(n, label, authority, action, []) for n in names]


def _by_context(contexts: tuple[str, ...], text: str, *names: str) -> list[tuple]:
    """One case per context, each on the list its context's listing gives."""
    return [(text, _recs(c, *names), (c,)) for c in contexts]


# (sentence, the records it gives after the context's own records, contexts it runs in).
# Shapes that gave a missing, split, spurious or wrong record before this round:
FIXED = [
    # -- a list after a copula that announces the listing
    (
        "The designated individuals are Musa Abdi Farah, Ilyas Hassan Omar and Yusuf Aden "
        "Said, who the Treasury said collected taxes for al-Shabaab in Kismayo.",
        _recs("ofac", "Musa Abdi Farah", "Ilyas Hassan Omar", "Yusuf Aden Said"),
        US,
    ),
    *_by_context(
        LISTS,
        "The sanctioned companies are Horizon Shipping Ltd and Cedar Bay Trading, both "
        "registered in Dubai.",
        "Horizon Shipping Ltd",
        "Cedar Bay Trading",
    ),
    *_by_context(
        LISTS,
        "The newly listed entities include Kama Precision Works and Ural Optics, which supply "
        "drone parts.",
        "Kama Precision Works",
        "Ural Optics",
    ),
    (
        "Among the new names on the list are the shipping company Baltic Crest LLC, which "
        "according to the Council ran four shadow-fleet tankers, and its director, Viktor "
        "Salnikov.",
        _recs("eu", "Baltic Crest LLC", "Viktor Salnikov"),
        ("eu",),
    ),
    *_by_context(
        LISTS,
        "Among those sanctioned on Friday were the Sudanese general Osman Idris and the gold "
        "trader Abbas Kheir.",
        "Osman Idris",
        "Abbas Kheir",
    ),
    *_by_context(
        LISTS,
        "Also listed were the Iranian drone maker Shahed Aviation Industries and the deputy "
        "minister of Defence, Reza Amini.",
        "Shahed Aviation Industries",
        "Reza Amini",
    ),
    *_by_context(
        LISTS,
        "Update: Also sanctioned were the Zarqa Exchange Company and its owner, Bassam Jaber.",
        "Zarqa Exchange Company",
        "Bassam Jaber",
    ),
    # -- a person described by a role, "and", a company: two items
    *_by_context(
        LISTS,
        "Under the decision, Syrian national Omar Khatib, Iraqi national Haidar Jabbar and "
        "Al-Furat Money Exchange were added to the list.",
        "Omar Khatib",
        "Haidar Jabbar",
        "Al-Furat Money Exchange",
    ),
    # -- "imposed sanctions on <day> on" a counted list or a name
    (
        "In London, the Foreign Office imposed sanctions on Thursday on two commanders of the "
        "Quds Force, Hamid Rahimi and Javad Tehrani.",
        _recs("uk", "Hamid Rahimi", "Javad Tehrani"),
        ALL,
    ),
    (
        "Canada imposed sanctions on Tuesday on three gang leaders in Haiti, Jean Baptiste "
        "Lamy, Renel Destin and Wilson Joseph.",
        _recs("canada", "Jean Baptiste Lamy", "Renel Destin", "Wilson Joseph"),
        ALL,
    ),
    (
        "The Treasury imposed sanctions on Wednesday on Sergei Volkov, a Wagner logistics chief.",
        _recs("ofac", "Sergei Volkov"),
        ALL,
    ),
    *_by_context(
        LISTS,
        "Q: What did you announce today? A: We imposed sanctions on Wednesday on two brothers "
        "in Beirut, Nabil Haddad and Samir Haddad.",
        "Nabil Haddad",
        "Samir Haddad",
    ),
    # -- "for a" inside a group's name
    (
        "The same order removes the Movement for a New Dawn, also known as Harakat al-Fajr "
        "al-Jadid, from the list of proscribed organisations.",
        [
            (
                "Movement for a New Dawn",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "revoked",
                ["Harakat al-Fajr al-Jadid"],
            )
        ],
        ALL,
    ),
    (
        "The Home Office proscribed the Front for an Independent Cabinda, a separatist militia.",
        _recs("proscribed", "Front for an Independent Cabinda"),
        ALL,
    ),
    (
        "The Treasury sanctioned the Alliance for a Free Sahel, which the department said ran "
        "arms to Mali.",
        _recs("ofac", "Alliance for a Free Sahel"),
        ALL,
    ),
    # -- a fronted discourse adverb and a headline's action noun are no names
    (
        "Concurrently, the State Department is designating the Rovuma Martyrs Brigade and its "
        "leader, Bwana Issa Mponda, as Specially Designated Global Terrorists.",
        _recs("sdgt", "Rovuma Martyrs Brigade", "Bwana Issa Mponda"),
        ALL,
    ),
    (
        "Revocation of the Foreign Terrorist Organization Designation of the Mindanao Islamic "
        "Vanguard",
        _recs("fto", "Mindanao Islamic Vanguard", action="revoked"),
        ALONE,
    ),
    # -- a staff role is no listing
    (
        "The Home Office has designated its Director of Counter-Terrorism, Sarah Pryce, as the "
        "point of contact for the order.",
        [],
        ALL,
    ),
    (
        "The Home Office has designated its head of counter-terrorism, Paul Mercer, as the "
        "contact point for embassies on proscription questions.",
        [],
        ALL,
    ),
    # -- requests by people who cannot list, and a denied rumour
    (
        "In the European Parliament, a group of deputies from the Greens asked the Council to "
        "list also the Hasm Movement.",
        [],
        ALL,
    ),
    (
        "The victim's family asked again on Tuesday that Spain push for the listing of the Red "
        "Dawn Brigade.",
        [],
        ALL,
    ),
    (
        "11:20 a.m.: A rumour that the United States would designate the Black Axe network "
        "today was denied by the State Department.",
        [],
        ALL,
    ),
    (
        "The ministry has designated Deputy Director Omar Aziz as its focal point for the "
        "sanctions committee.",
        [],
        ALL,
    ),
    (
        "Reports that Canada would list the Bishnoi gang as a terrorist entity were dismissed "
        "by officials on Monday.",
        [],
        ALL,
    ),
]

# Controls and near misses that already gave the right output:
CONTROLS = [
    (
        "The State Department has revoked the Foreign Terrorist Organization (FTO) designation "
        "of the Kivu Liberation Army.",
        _recs("fto", "Kivu Liberation Army", action="revoked"),
        ALL,
    ),
    (
        "MEPs from three groups asked the Commission to propose the listing of the Wagner Group.",
        [],
        ALL,
    ),
    (
        "The Council is considering the listing of the Hasm Movement, diplomats said.",
        _recs("eu", "Hasm Movement", action="proposed"),
        ("eu",),
    ),
    (
        "The designated polling stations are Kibera Primary School and Mathare North Hall.",
        [],
        ALL,
    ),
    (
        "Among the guests were Omar Haddad and Sami Farouk, two businessmen from Tripoli.",
        [],
        ALL,
    ),
    (
        "Also present were the deputy minister of Finance, Olga Petrova, and the central bank "
        "governor.",
        [],
        ALL,
    ),
    (
        "The Treasury on Tuesday sanctioned Yemeni national Ali Qasim, Omani businessman Salim "
        "Harthy and the Bahr Trading Company.",
        _recs("ofac", "Ali Qasim", "Salim Harthy", "Bahr Trading Company"),
        ALL,
    ),
    (
        "The Treasury imposed sanctions on Ivan Sorokin, a Wagner financier, on Friday.",
        _recs("ofac", "Ivan Sorokin"),
        ALL,
    ),
    (
        "The Home Office proscribed the Movement for Justice and Renewal.",
        _recs("proscribed", "Movement for Justice and Renewal"),
        ALL,
    ),
    (
        "Also designated were Ali Karaki and Fadi Saab, two financiers who the Treasury said "
        "moved money for Hezbollah.",
        _recs("ofac", "Ali Karaki", "Fadi Saab"),
        US,
    ),
    (
        "Kenyan businessman Peter Mwangi and Lakeview General Trading were designated by the "
        "Treasury on Thursday.",
        _recs("ofac", "Peter Mwangi", "Lakeview General Trading"),
        US,
    ),
    (
        "Simultaneously, the Treasury sanctioned Ahmed Laraki, a Moroccan financier.",
        _recs("ofac", "Ahmed Laraki"),
        ALL,
    ),
]


@pytest.mark.parametrize(("text", "expected"), in_contexts(CONTEXTS, FIXED))
def test_round24_shapes(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), in_contexts(CONTEXTS, CONTROLS))
def test_round24_controls(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected
