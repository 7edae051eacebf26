"""Agreement rules for unseen phrasings (status cues, parties, names, precision traps).

Every sentence here is written for these tests; none is copied from the data sets.
"""

import pytest

from summarizer.extract import extract


def _agr(text):
    return [(a.name, set(a.parties), a.status) for a in extract(text).agreements]


# (text, name, parties, status): a record with exactly these fields must be extracted.
POSITIVE = [
    # Status implied by verbs of ending, walking away, voiding, abeyance, initialling.
    (
        "Zambia's Extended Fund Facility arrangement with the IMF has ended after its "
        "final review.",
        "Zambia's Extended Fund Facility",
        {"Zambia", "International Monetary Fund"},
        "terminated",
    ),
    (
        "Kenya walked away from the fisheries agreement with Somalia last year.",
        "fisheries agreement",
        {"Kenya", "Somalia"},
        "terminated",
    ),
    (
        "Laos declared the 1999 border protocol with Cambodia void.",
        "border protocol",
        {"Laos", "Cambodia"},
        "terminated",
    ),
    (
        "The water-sharing accord between Egypt and Sudan has been in abeyance since 2021.",
        "water-sharing accord",
        {"Egypt", "Sudan"},
        "suspended",
    ),
    (
        "The text of the fisheries treaty between Norway and Iceland was initialled in Oslo, "
        "but neither government has signed it.",
        "fisheries treaty",
        {"Norway", "Iceland"},
        "negotiating",
    ),
    (
        "Peru said it would not renew the tuna access agreement with Ecuador when it expires "
        "in May.",
        "tuna access agreement",
        {"Peru", "Ecuador"},
        "ruled_out",
    ),
    # Background "after a pause" does not suspend resumed talks.
    (
        "Chile and Bolivia resumed talks on a gas pipeline treaty after a three-year pause.",
        "gas pipeline treaty",
        {"Chile", "Bolivia"},
        "negotiating",
    ),
    # "Under the accord, X will ..." describes terms, not an accord in force.
    (
        "Spain and Morocco signed a migration accord on Monday. Under the accord, Morocco "
        "will take back migrants who arrive in the Canary Islands.",
        "migration accord",
        {"Spain", "Morocco"},
        "signed",
    ),
    # A later coordinated event outranks the main predicate.
    (
        "The Astana Protocols between Azerbaijan and Georgia, signed in 2005, were never "
        "ratified, and Baku formally annulled them in 2015.",
        "Astana Protocols",
        {"Azerbaijan", "Georgia"},
        "terminated",
    ),
    # Cues inside ", under which ..." describe terms ("debt would be cancelled").
    (
        "Senegal floated a debt swap arrangement with Spain, under which part of its debt "
        "would be cancelled.",
        "debt swap arrangement",
        {"Senegal", "Spain"},
        "proposed",
    ),
    # A parenthetical between the verb and its particle.
    (
        "Honduras had withdrawn, with effect from January, from its extradition treaty with "
        "the United States.",
        "extradition treaty",
        {"Honduras", "United States"},
        "terminated",
    ),
    # Parties from demonym / combining-form / hyphenated pairs.
    (
        "The 1998 Slovak-Hungarian agreement on minority rights remains in force.",
        "agreement on minority rights",
        {"Slovakia", "Hungary"},
        "in_force",
    ),
    (
        "A Sino-Japanese fisheries accord, signed in 1997, is still in force.",
        "fisheries accord",
        {"China", "Japan"},
        "in_force",
    ),
    (
        "The Ghana-Togo maritime boundary treaty was signed on Tuesday.",
        "maritime boundary treaty",
        {"Ghana", "Togo"},
        "signed",
    ),
    (
        "The Dutch and Moroccan governments signed a letter of intent on police cooperation.",
        "letter of intent on police cooperation",
        {"Netherlands", "Morocco"},
        "signed",
    ),
    (
        "Kazakh and Kyrgyz negotiators initialled a water-sharing agreement in Bishkek on Friday.",
        "water-sharing agreement",
        {"Kazakhstan", "Kyrgyzstan"},
        "negotiating",
    ),
    (
        "Japan's Ministry of Defense and the Philippine Department of National Defense "
        "signed a memorandum on logistics.",
        "memorandum on logistics",
        {"Japan", "Philippines"},
        "signed",
    ),
    # A bare noun named by a pair or a year ("the 1984 agreement that governed ...").
    (
        "The Croatia–Slovenia protocol, ratified by both parliaments in 2019, is in force.",
        "Croatia–Slovenia protocol",
        {"Croatia", "Slovenia"},
        "in_force",
    ),
    (
        "Chile formally ended the 1984 agreement that had governed Argentina's fishing "
        "rights in the Beagle Channel.",
        "1984 agreement governing Argentina's fishing rights",
        {"Chile", "Argentina"},
        "terminated",
    ),
    # IMF instruments: the Fund is a party; acronyms are spelled out.
    (
        "Tonga's previous ECF arrangement expired in March, the Fund said.",
        "Extended Credit Facility arrangement",
        {"Tonga", "International Monetary Fund"},
        "terminated",
    ),
    # Titles: a capitalised complement is part of the name and stops where it ends.
    (
        "The Agreement on Trade and Economic Cooperation with Vietnam was signed by Chile "
        "on Monday.",
        "Agreement on Trade and Economic Cooperation",
        {"Vietnam", "Chile"},
        "signed",
    ),
    (
        "The Treaty on Good Neighbourliness obliges Russia and China to consult each other.",
        "Treaty on Good Neighbourliness",
        {"Russia", "China"},
        "in_force",
    ),
    (
        "Bolivia and Peru signed a memorandum on river navigation and port access in La Paz.",
        "memorandum on river navigation and port access",
        {"Bolivia", "Peru"},
        "signed",
    ),
    (
        "The Trade and Investment Partnership Agreement between Iceland and Canada entered "
        "into force on Monday.",
        "Trade and Investment Partnership Agreement",
        {"Iceland", "Canada"},
        "in_force",
    ),
]


POSITIVE += [
    # "the two Koreas" / "inter-Korean" name both Koreas.
    (
        "The inter-Korean fisheries accord of 2019 has been in abeyance since last spring.",
        "inter-Korean fisheries accord",
        {"South Korea", "North Korea"},
        "suspended",
    ),
    # Threats or calls to scrap an agreement are not its end.
    (
        "The Open Skies Agreement between the United States and Canada remains in force "
        "despite repeated calls in Congress to scrap it.",
        "Open Skies Agreement",
        {"United States", "Canada"},
        "in_force",
    ),
    # "reached" needs an agreement as its object.
    (
        "Chile and Argentina resumed talks on a glacier protection treaty, a dispute that has "
        "reached the supreme court twice.",
        "glacier protection treaty",
        {"Chile", "Argentina"},
        "negotiating",
    ),
    # A media-rights kind is private; minority rights are not.
    (
        "Romania has no plans to sign a minority-rights protocol with Hungary this year.",
        "minority-rights protocol",
        {"Romania", "Hungary"},
        "ruled_out",
    ),
    # "was/were to" in an "under the deal" clause describes terms.
    (
        "Kenya urged Ethiopia to resume implementing the Moyale border accord. Under the "
        "accord, both sides were to open two crossings.",
        "Moyale border accord",
        {"Kenya", "Ethiopia"},
        "suspended",
    ),
]


POSITIVE += [
    # Collapsed talks: the deal is off ...
    (
        "Talks between Ghana and Togo on a fisheries treaty collapsed in March.",
        "fisheries treaty",
        {"Ghana", "Togo"},
        "ruled_out",
    ),
    # ... unless a later state is stated.
    (
        "Talks on the Ghana–Togo fisheries treaty broke down in January, and the file has "
        "been put on hold since.",
        "fisheries treaty",
        {"Ghana", "Togo"},
        "suspended",
    ),
    # "will not sign any X": the refused deal is a record.
    (
        "Ashgabat has said it will not sign any water-sharing deal with Kabul while the canal "
        "is being built.",
        "water-sharing deal",
        {"Turkmenistan", "Afghanistan"},
        "ruled_out",
    ),
]


POSITIVE += [
    # "partnership" as an instrument: with a content modifier or "with <state>".
    (
        "The Dutch-Ghanaian migration partnership, which The Hague ended in May, never "
        "produced a return flight.",
        "migration partnership",
        {"Netherlands", "Ghana"},
        "terminated",
    ),
    (
        "Talks between Lima and Washington on a critical minerals partnership resumed on Monday.",
        "critical minerals partnership",
        {"Peru", "United States"},
        "negotiating",
    ),
    (
        "The EU's partnership with Egypt, signed in March, came with grants.",
        "partnership with Egypt",
        {"European Union", "Egypt"},
        "signed",
    ),
]


POSITIVE += [
    # An acronym name in apposition to a descriptive agreement noun; a coordinated
    # country + demonym pair gives the parties.
    (
        "New SALT, the only treaty limiting US and Russian bombers, lapsed in March.",
        "New SALT",
        {"United States", "Russia"},
        "terminated",
    ),
    (
        "AUKUS, the security pact between Australia, Britain and the United States, remains "
        "in force.",
        "AUKUS",
        {"Australia", "United Kingdom", "United States"},
        "in_force",
    ),
    # A title with a word from the private-deal list is still an instrument.
    (
        "Officials said negotiations on an Acquisition and Cross-Servicing Agreement between "
        "India and France are in their final stages.",
        "Acquisition and Cross-Servicing Agreement",
        {"India", "France"},
        "negotiating",
    ),
]


@pytest.mark.parametrize(("text", "name", "parties", "status"), POSITIVE)
def test_agreement_record(text, name, parties, status):
    got = _agr(text)
    assert (name, parties, status) in got, got


# Sentences that must yield no agreement record at all.
NEGATIVE = [
    # Two agencies of one state.
    "The Danish Energy Agency and the Danish Maritime Authority signed a memorandum of "
    "understanding on offshore wind.",
    "The National Bank of Rwanda and the Ministry of Finance signed a memorandum on debt "
    "management.",
    # Hypothetical: "without a ...".
    "Exporters in Nepal are operating without a transit treaty with India.",
    # Private kinds in the modifiers or complement.
    "Turkey and Iraq signed a gas supply deal.",
    "Aguas Argentinas and the government signed an agreement to renegotiate its water "
    "contract with Argentina.",
    # "agreed with reporters" is not an agreement.
    "Seoul's foreign ministry agreed with reporters that the summit had gone well.",
    # A capitalised quantifier at the start of a sentence is not a name.
    "Few agreements between Japan and Korea have been praised as often.",
    # A verb before the noun is not a modifier; a bare plural is a class.
    "The committee also revisited migration deals with Rwanda and Albania.",
    # "TV rights deal" is private.
    "Spain and Portugal signed a TV rights deal for the World Cup.",
    # "any future agreement" without a refusal stays hypothetical.
    "Tunisia says any future agreement with Italy must respect its sovereignty.",
    # "strategic partnership" is a relationship label; companies and "in partnership
    # with" are not instruments.
    "Japan and Vietnam upgraded ties to a comprehensive strategic partnership.",
    "Safaricom announced a partnership with Ethiopia's Telebirr in Addis Ababa and Nairobi.",
    "Siemens works in partnership with Kenya and Uganda.",
    # Rumoured interest is not an agreement.
    "Asked about reports of Russian interest in a naval partnership, Sudan's foreign "
    "minister declined to comment on talks with Moscow.",
    # A company acronym in apposition is not an agreement name.
    "Standard Chartered said it was buying all of KFB, an agreement that would end the "
    "dual ownership in London and Hong Kong.",
    # A private title.
    "Kenya and Uganda signed a Plea Agreement.",
    # An internal memorandum.
    "The minister wrote an internal memorandum to staff in France and Germany.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_agreement(text):
    assert _agr(text) == []


def test_part_of_named_agreement_is_not_a_record():
    got = _agr(
        "Ukraine and the EU rely on the Association Agreement, whose trade protocol was "
        "updated in 2022."
    )
    assert [g[0] for g in got] == ["Association Agreement"]


def test_lending_window_is_not_a_second_record():
    got = _agr(
        "Egypt and IMF staff reached a staff-level agreement on a 46-month arrangement "
        "under the Extended Fund Facility."
    )
    assert len(got) == 1 and got[0][2] == "signed"


def test_title_does_not_spill_or_split():
    got = _agr(
        "The Treaty on Strategic Partnership obliges Kazakhstan and Uzbekistan to consult "
        "each other."
    )
    assert [g[0] for g in got] == ["Treaty on Strategic Partnership"]


def test_pair_named_protocol_is_new_agreement_unless_same_parties():
    got = _agr(
        "Croatia and Slovenia signed an arbitration agreement in 2009. "
        "The Croatia–Slovenia agreement has since been abandoned by Zagreb."
    )
    assert got == [("arbitration agreement", {"Croatia", "Slovenia"}, "terminated")]


def test_scrapping_under_would_is_hypothetical():
    got = _agr(
        "The Barents fisheries accord between Norway and Russia remains in force. Officials "
        "said that scrapping the accord would leave nobody in charge of the stock."
    )
    assert got == [("Barents fisheries accord", {"Norway", "Russia"}, "in_force")]


def test_duration_anaphor_refers_back():
    got = _agr(
        "Jordan and the IMF agreed on a review of its Extended Fund Facility. "
        "The 48-month arrangement itself remains in force."
    )
    assert ("Extended Fund Facility", {"Jordan", "International Monetary Fund"}, "in_force") in got


def test_definite_generic_folds_into_named_agreement():
    got = _agr(
        "The Comprehensive Border Agreement between Ecuador and Peru has been suspended. "
        "Restoring the border agreement would cost Peru nothing."
    )
    assert [g[0] for g in got] == ["Comprehensive Border Agreement"]


def test_generic_mention_does_not_absorb_named_one_with_other_parties():
    got = _agr(
        "Negotiations between Manila and Paris on a visiting forces agreement have yet to "
        "produce a text. The Visiting Forces Agreement with the United States, signed by the "
        "Philippines in 1998, has been in force since 1999."
    )
    assert ("Visiting Forces Agreement", {"Philippines", "United States"}, "in_force") in got
    assert any(g[1] == {"Philippines", "France"} and g[2] == "negotiating" for g in got)
