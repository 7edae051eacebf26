"""Round 20 designation rules (precision, the issue's distractors inside articles): a sentence
that only an earlier real listing made a candidate, and whose listing word has another sense.

After a real listing (a US FTO, a UK proscription, a UN delisting, a Canadian listing, an
OFAC sanction, an EU terrorist-list entry), each sentence below gave a record before this
round; alone, none of them (but one) did. The senses: a "designated" role, office, venue,
grade or name; a "listed" company, record entry or ranking; a punishment by a regulator or a
sports body; a lender's or tender board's blacklist; a practice outlawed; a ban on a firm's
goods or from a stadium; a heritage, wildlife or most-wanted list; "the group" or "the firm"
resolved to a name inside a list's own name; a group "not named"; and MPs "pressing" ministers.

Every sentence here is written for these tests; none is copied from the data sets. Each
case states the whole expected output, so a near miss that turned into a record fails it.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import rules_extract as extract


def _got(text: str) -> list[tuple[str, str]]:
    return [(d.entity, d.action) for d in extract(text).designations]


# Real listings, each with the records it gives alone (some in dateline form).
LISTINGS = {
    "fto": (
        "WASHINGTON, May 4, 2026 — The State Department on Monday designated Los Lobos as a "
        "Foreign Terrorist Organization.",
        [("Los Lobos", "designated")],
    ),
    "uk": (
        "Britain's Home Office proscribed the Terrorgram Collective under the Terrorism Act "
        "2000, making membership a criminal offence.",
        [("Terrorgram Collective", "designated")],
    ),
    "un": (
        "The UN Security Council's sanctions committee removed the Afghan businessman Haji "
        "Rahim from its ISIL and Al-Qaida sanctions list on Tuesday.",
        [("Haji Rahim", "revoked")],
    ),
    "canada": (
        "OTTAWA, March 3, 2026 — Canada on Tuesday listed the Tren de Aragua gang as a "
        "terrorist entity under the Criminal Code.",
        [("Tren de Aragua", "designated")],
    ),
    "ofac": (
        "The Treasury's Office of Foreign Assets Control on Thursday sanctioned Gulf Horizon "
        "Trading, a Dubai-based firm, for moving money for the Houthis.",
        [("Gulf Horizon Trading", "designated")],
    ),
    "eu": (
        "BRUSSELS, June 2, 2026 — The Council of the European Union added the Nordic "
        "Resistance Movement to the EU terrorist list.",
        [("Nordic Resistance Movement", "designated")],
    ),
}

# (listing, later sentence): the later sentence must add nothing.
AFTER_A_LISTING = [
    # A successor, a treatment centre, a protected wetland, a baseball roster move.
    ("fto", "The ailing founder designated his eldest daughter, Maria Santos, as his successor."),
    (
        "uk",
        "Kenyatta National Hospital was designated the main treatment centre for Ebola patients.",
    ),
    ("un", "In a statement, the regional government designated Lake Naivasha a protected wetland."),
    ("canada", "The Mets designated pitcher Carlos Vega for assignment on Sunday."),
    # An office, a listed building, a variant's name, an envoy.
    ("canada", "Dr. Okafor was designated acting director of the agency on Friday."),
    ("ofac", "The board designated Ahmed Farouk the company's interim chief executive."),
    ("eu", "The Red Sox designated outfielder Tim Reyes for assignment."),
    ("fto", "The mosque was designated a Grade II listed building in 1998."),
    ("uk", "The WHO designated the variant Omicron in November 2021."),
    ("un", "The Kremlin designated Sergei Ivanov its special envoy for climate."),
    ("canada", "Under the new rules, Kenya Airways was designated the national carrier."),
    # Members of an unnamed group, a match award, a storm's category.
    ("canada", "Police said the suspects were members of a proscribed group but did not name it."),
    ("fto", "He was designated Man of the Match after scoring twice."),
    ("uk", "The hurricane was designated Category 5 by forecasters."),
    # A stock-market listing.
    ("un", "The company is listed on the Nasdaq and employs 4,000 people."),
    ("eu", "Paris-listed TotalEnergies said output rose 3 percent."),
    # A stock-market listing, an entry in a record, a ranking.
    ("canada", "Shares of Nasdaq-listed Nvidia rose 4%."),
    ("ofac", "The Johannesburg-listed gold miner Sibanye-Stillwater cut 3,000 jobs."),
    ("eu", "The documents listed Carlos Mendoza as the owner of the property."),
    ("fto", "The website listed Hotel Rwanda among the best films of the decade."),
    ("uk", "Police listed Kevin Otieno as a missing person on Monday."),
    # An enumeration or a ranking.
    (
        "fto",
        "The police listed the Mara Salvatrucha and Barrio 18 among the gangs active in the district.",
    ),
    ("uk", "Forbes listed Aliko Dangote as Africa's richest man for the 13th year."),
    # Punished by a regulator or a sports body.
    (
        "canada",
        "The bank was sanctioned by the central bank for weak anti-money-laundering controls.",
    ),
    ("uk", "The company was sanctioned by the regulator for misleading advertising."),
    ("canada", "Chelsea were sanctioned by UEFA for breaching financial fair play rules."),
    # Blacklisted by a lender, a tender board, an air-safety list.
    ("ofac", "The European Union blacklisted Air Zimbabwe over safety concerns."),
    ("eu", "The ministry blacklisted Sinohydro from public tenders for five years."),
    ("fto", "The bank blacklisted Ahmed Karimi after he missed repayments."),
    # A practice outlawed or banned.
    ("canada", "Dowry has been outlawed in India since 1961."),
    ("ofac", "Bullfighting was outlawed in Catalonia in 2010."),
    ("eu", "Slavery was outlawed in Mauritania in 1981."),
    ("uk", "Polygamy remains outlawed in Tajikistan."),
    ("un", "Begging was outlawed in Lagos in 2016."),
    ("canada", "Whaling has been banned in the country since 1986."),
    ("ofac", "Cockfighting was banned in all 50 states by 2008."),
    # A ban on a named firm's goods lifted.
    ("fto", "The EU lifted its ban on Pakistan International Airlines flights."),
    # A heritage, wildlife, most-wanted or port list.
    ("uk", "UNESCO added the Okavango Delta to its World Heritage List in 2014."),
    ("un", "The ship was added to the port state control watch-list."),
    ("eu", "The FBI placed Ruja Ignatova on its Ten Most Wanted Fugitives list."),
    ("fto", "The Danube Delta was added to the Ramsar list of wetlands."),
    # 'The group', 'the firm', 'it' in another sense of the word (the UN context names ISIL only
    # inside its list's name).
    ("ofac", "The group was banned from the stadium after the riot."),
    ("un", "The firm is listed on the Toronto Stock Exchange."),
    ("eu", "It was sanctioned by the league for fielding an ineligible player."),
    ("un", "The gang was blacklisted by local banks years ago."),
    ("un", "The bank was blacklisted by credit agencies after it defaulted."),
    ("un", "The vessel was added to the port's list of ships awaiting inspection."),
    ("ofac", "The organisation was banned from holding rallies in the capital."),
    ("un", "The firm was listed in Singapore in 2021."),
]

# Controls: near misses that are real listings, alone and after each listing above.
CONTROLS = [
    (
        "The Treasury designated Ali Musa as a Specially Designated Global Terrorist on Tuesday.",
        [("Ali Musa", "designated")],
    ),
    (
        "The State Department designated the Cartel del Noreste as a Foreign Terrorist "
        "Organization.",
        [("Cartel del Noreste", "designated")],
    ),
    ("Britain proscribed the Base under the Terrorism Act 2000.", [("Base", "designated")]),
    (
        "The Home Office proscribed Palestine Action, making support for the group a criminal "
        "offence.",
        [("Palestine Action", "designated")],
    ),
    (
        "The UN Security Council added Abu Yusuf al-Masri to its ISIL and Al-Qaida sanctions list.",
        [("Abu Yusuf al-Masri", "designated")],
    ),
    (
        "Canada listed the Sinaloa Cartel as a terrorist entity under the Criminal Code.",
        [("Sinaloa Cartel", "designated")],
    ),
    ("The EU added the Wagner Group to its terrorist list.", [("Wagner Group", "designated")]),
    (
        "OFAC sanctioned Caspian Star Shipping for transporting Iranian oil.",
        [("Caspian Star Shipping", "designated")],
    ),
    (
        "The Treasury blacklisted Hezbollah financier Adel Mansour.",
        [("Adel Mansour", "designated")],
    ),
    (
        "The UN removed Haji Karim from its sanctions list after a review.",
        [("Haji Karim", "revoked")],
    ),
    (
        "The State Department revoked the designation of Ansarallah as a Foreign Terrorist "
        "Organization.",
        [("Ansarallah", "revoked")],
    ),
    (
        "Pakistan's interior ministry banned Tehreek-e-Labbaik Pakistan under the "
        "Anti-Terrorism Act.",
        [("Tehreek-e-Labbaik Pakistan", "designated")],
    ),
    (
        "India banned the Popular Front of India under the Unlawful Activities (Prevention) Act.",
        [("Popular Front of India", "designated")],
    ),
    (
        "The Treasury also designated Wilmer Chavarría, the group's leader, as a Specially "
        "Designated Global Terrorist.",
        [("Wilmer Chavarría", "designated")],
    ),
    (
        "The State Department designated Ali Musa as a spokesman and senior leader of Hezbollah.",
        [("Ali Musa", "designated")],
    ),
    (
        "Britain sanctioned the London-based firm Meridian Trade Ltd over its links to the "
        "Houthis.",
        [("Meridian Trade Ltd", "designated")],
    ),
    (
        "Kenya declared Al-Hijra a specified entity under its Prevention of Terrorism Act.",
        [("Al-Hijra", "designated")],
    ),
    (
        "The Treasury sanctioned Al-Qard Al-Hassan, a Hezbollah-run bank, in 2007.",
        [("Al-Qard Al-Hassan", "designated")],
    ),
]

# Controls with no list words of their own: only the earlier listing makes them records.
ALSO_LISTED = [
    (
        "The Treasury also designated the company's chief executive, Ali Musa.",
        [("Ali Musa", "designated")],
    ),
    (
        "The department also listed Ali Musa, who is wanted in Lebanon.",
        [("Ali Musa", "designated")],
    ),
    (
        "The Treasury also blacklisted two key players in the smuggling network, Ali Musa and "
        "Omar Said.",
        [("Ali Musa", "designated"), ("Omar Said", "designated")],
    ),
    (
        "The department also designated Los Lobos leader Wilmer Chavarría a day later.",
        [("Wilmer Chavarría", "designated")],
    ),
    (
        "It designated the group's deputy leader, Ismael Vera, as well.",
        [("Ismael Vera", "designated")],
    ),
    (
        "The Treasury also sanctioned Banco Azul, which it said laundered money for the gang.",
        [("Banco Azul", "designated")],
    ),
    (
        "The department also listed Ali Musa, the group's chief financier.",
        [("Ali Musa", "designated")],
    ),
    ("Washington also designated the Gulf Clan.", [("Gulf Clan", "designated")]),
    (
        "The Treasury also blacklisted two front companies, Oro Verde SA and Minera Sur SA.",
        [("Oro Verde SA", "designated"), ("Minera Sur SA", "designated")],
    ),
    (
        "The State Department also designated Hezbollah envoy Ali Musa.",
        [("Ali Musa", "designated")],
    ),
    (
        "Officials also designated Jorge Vera as a leader of the group.",
        [("Jorge Vera", "designated")],
    ),
    (
        "The UN also removed Abdul Sattar from the list.",
        [("Abdul Sattar", "revoked")],
    ),
    (
        "The department also listed Juan Mena as a key financier of the gang.",
        [("Juan Mena", "designated")],
    ),
]


@pytest.mark.parametrize(("key", "text"), AFTER_A_LISTING)
def test_another_sense_adds_nothing_alone_or_after_a_listing(key: str, text: str) -> None:
    assert _got(text) == []
    listing, expected = LISTINGS[key]
    assert _got(listing + " " + text) == expected


def test_mps_pressing_ministers_is_a_call() -> None:
    # Alone too: MPs cannot list anyone, "are pressing" as much as "have urged".
    text = "Conservative MPs are pressing ministers to proscribe Hizb ut-Tahrir."
    assert _got(text) == []
    listing, expected = LISTINGS["ofac"]
    assert _got(listing + " " + text) == expected


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_controls_alone(text: str, expected: list) -> None:
    assert _got(text) == expected


@pytest.mark.parametrize("key", sorted(LISTINGS))
@pytest.mark.parametrize(("text", "expected"), CONTROLS + ALSO_LISTED)
def test_controls_after_a_listing(key: str, text: str, expected: list) -> None:
    listing, before = LISTINGS[key]
    assert _got(listing + " " + text) == before + expected
