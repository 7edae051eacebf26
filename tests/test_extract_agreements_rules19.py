"""Round 19 agreement rules (precision, the issue's own distractors inside real articles):
a sentence that names no state but says who signed (firms, banks, carriers, a state's own
agencies or forces, prosecutors, commentators: "The two banks signed ...", "signed by the
two carriers", "with a Texas refiner", "the agencies' memorandum", "Critics agreed the
truce was ...") does not take the pair of states named earlier in the article, nor update
the earlier agreement's status; a deal "for the takeover" is a company's; after a plea
deal or merger is read, the sentence's event is not the earlier agreement's; a state's
central bank and treasury (or navy and coast guard) are one state; federations, clubs and
companies signing under two states' names are no states.

Every sentence here is written for these tests; none is copied from the data sets. Each
case states the whole expected output, so a near miss that turned into a record fails it.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import agreement_rows

US_MOU = (
    "Ecuador and the United States signed a memorandum of understanding on security "
    "cooperation on Monday. "
)
US_MOU_ROW = (
    "memorandum of understanding on security cooperation",
    {"Ecuador", "United States"},
    "signed",
)
DATELINE = "QUITO, May 4, 2026 — " + US_MOU
EXTRADITION = "Colombia and Venezuela suspended their extradition treaty last week. "
EXTRADITION_ROW = ("extradition treaty", {"Colombia", "Venezuela"}, "suspended")
DEFENCE = "Kenya and Somalia on Tuesday signed a defence cooperation agreement in Nairobi. "
DEFENCE_ROW = ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed")
TALKS = "Talks between Sudan and South Sudan on an oil transit deal resumed in Juba. "
TALKS_ROW = ("oil transit deal", {"Sudan", "South Sudan"}, "negotiating")

CONTEXTS = {
    "us_mou": (US_MOU, US_MOU_ROW),
    "dateline": (DATELINE, US_MOU_ROW),
    "extradition": (EXTRADITION, EXTRADITION_ROW),
    "defence": (DEFENCE, DEFENCE_ROW),
    "talks": (TALKS, TALKS_ROW),
}

# (context, distractor): the distractor adds no record and leaves the context's alone.
AFTER_AN_AGREEMENT = [
    # A merger or takeover.
    ("us_mou", "A definitive agreement for the takeover is expected to be signed by June."),
    ("talks", "Shareholders of both companies approved the deal on Friday."),
    # "agreed" meaning concurring, by people who sign nothing.
    ("extradition", "Most analysts agreed the ceasefire was fragile."),
    ("talks", "Critics agreed the truce was unlikely to hold."),
    ("talks", "Critics and analysts agreed the pact was a setback for the opposition."),
    ("talks", "Observers agreed the deal was the best on offer."),
    # Supply contracts, leases and other company deals.
    ("defence", "Gazprom and the Serbian distributor concluded a gas supply deal."),
    ("talks", "Pemex signed a 10-year supply agreement with a Texas refiner."),
    ("dateline", "Glencore signed an offtake agreement with a Zambian copper miner."),
    ("us_mou", "Siemens and a local partner concluded a maintenance agreement for the trains."),
    (
        "us_mou",
        "Signed in Lagos on Friday, the $2.1 billion supply agreement between Dangote and a "
        "Swiss trader runs for five years.",
    ),
    (
        "dateline",
        "After months of talks, the insurers concluded a reinsurance agreement worth €300m.",
    ),
    ("extradition", "Several lenders signed a standstill agreement with the developer."),
    ("talks", "The deal, signed by Airbus and Embraer in Paris, covers 40 aircraft."),
    ("us_mou", "A memorandum of understanding was signed by the two carriers on Thursday."),
    (
        "talks",
        "In a statement, the carriers said their codeshare agreement would take effect on July 1.",
    ),
    ("extradition", "The airlines ended their joint venture agreement in 2023."),
    # "Partnership" between companies.
    ("extradition", "The two banks signed a partnership agreement on digital payments."),
    ("defence", "Microsoft ended its partnership with the Nigerian start-up."),
    ("dateline", "The start-ups signed a partnership agreement in Nairobi."),
    ("extradition", "The two lenders signed a cooperation agreement on green bonds."),
    # Memoranda between agencies or forces of one state.
    (
        "dateline",
        "The navy and the coast guard concluded a cooperation agreement on patrols in the Gulf.",
    ),
    ("us_mou", "The two agencies signed a memorandum of understanding on data exchange."),
    ("dateline", "The two ministries signed a memorandum on sharing tax data."),
    (
        "us_mou",
        "The national airline and the tourism board signed a memorandum of understanding on "
        "promotion.",
    ),
    (
        "defence",
        "The agencies' memorandum of understanding on cyber threats took effect on Tuesday.",
    ),
    ("talks", "The memorandum, signed by the navy and the coast guard, covers joint drills."),
    ("dateline", "The Philippine navy and coast guard signed a memorandum on maritime patrols."),
    ("defence", "Turkey's central bank and its treasury signed a protocol on reserves."),
    # A trade union's deal, a court's.
    ("talks", "The teachers' union signed the agreement with the education ministry."),
    ("defence", "Prosecutors and the defence reached an agreement on the evidence."),
    ("talks", "It also signed a plea agreement with prosecutors in Texas."),
    # Sports bodies under two states' names.
    ("us_mou", "The Kenyan and Ugandan football federations signed a partnership agreement."),
    (
        "extradition",
        "Morocco and Spain's football federations agreed a deal to co-host the World Cup.",
    ),
]

# The same phenomena alone.
ALONE = [
    "Turkey's central bank and its treasury signed a protocol on reserves.",
    "The Kenyan and Ugandan football federations signed a partnership agreement.",
    "Morocco and Spain's football federations agreed a deal to co-host the World Cup.",
]

# Controls: real agreements after the same contexts keep their records.
REAL_AFTER = [
    (
        "extradition",
        "The two countries also signed a memorandum of understanding on data exchange.",
        [("memorandum of understanding on data exchange", {"Colombia", "Venezuela"}, "signed")],
    ),
    (
        "us_mou",
        "Brazil and Bolivia signed a gas supply agreement in La Paz on Tuesday.",
        [("gas supply agreement", {"Brazil", "Bolivia"}, "signed")],
    ),
    (
        "defence",
        "India and Japan signed a partnership agreement on digital payments.",
        [("partnership agreement on digital payments", {"India", "Japan"}, "signed")],
    ),
    (
        "talks",
        "Senegal and Mauritania signed a gas supply deal on the shared field.",
        [("gas supply deal on the shared field", {"Senegal", "Mauritania"}, "signed")],
    ),
    (
        "dateline",
        "Nigeria and Niger signed a memorandum of understanding on border security.",
        [
            (
                "memorandum of understanding on border security",
                {"Nigeria", "Niger"},
                "signed",
            )
        ],
    ),
    (
        "extradition",
        "Mexico suspended its security agreement with the United States.",
        [("security agreement", {"Mexico", "United States"}, "suspended")],
    ),
    (
        "us_mou",
        "Ethiopia withdrew from the 1993 water-sharing treaty with Sudan.",
        [("water-sharing treaty", {"Ethiopia", "Sudan"}, "terminated")],
    ),
    (
        "defence",
        "Japan and the Philippines signed a reciprocal access agreement in Manila.",
        [("reciprocal access agreement", {"Japan", "Philippines"}, "signed")],
    ),
    (
        "us_mou",
        "Both governments also signed a memorandum of understanding on customs.",
        [("memorandum of understanding on customs", {"Ecuador", "United States"}, "signed")],
    ),
    (
        "defence",
        "Turkey and Iraq signed an oil transit agreement.",
        [("oil transit agreement", {"Turkey", "Iraq"}, "signed")],
    ),
]

# Controls that only update the context's record, or add nothing.
SAME_AGREEMENT = [
    ("us_mou", "The agreement also lets the navy patrol the coast, officials said.", [US_MOU_ROW]),
    (
        "defence",
        "The two governments said their agreement would take effect on July 1.",
        [DEFENCE_ROW],
    ),
    (
        "talks",
        "Sudan and South Sudan signed the deal on Friday, officials said.",
        [("oil transit deal", {"Sudan", "South Sudan"}, "signed")],
    ),
]

ALONE_REAL = [
    (
        "Ecuador's army and Peru's army signed a border protocol.",
        [("border protocol", {"Ecuador", "Peru"}, "signed")],
    ),
    (
        "The Kenyan and Somali defence ministries signed a security pact.",
        [("security pact", {"Kenya", "Somalia"}, "signed")],
    ),
    (
        "Chile and Argentina ratified an extradition treaty last year.",
        [("extradition treaty", {"Chile", "Argentina"}, "in_force")],
    ),
    (
        "Ghana and the IMF reached a staff-level agreement on a $3 billion loan.",
        [("staff-level agreement", {"Ghana", "IMF"}, "signed")],
    ),
    (
        "Talks between Ukraine and Poland on a transit deal resumed in Warsaw.",
        [("transit deal", {"Ukraine", "Poland"}, "negotiating")],
    ),
]


@pytest.mark.parametrize(("ctx", "text"), AFTER_AN_AGREEMENT)
def test_a_distractor_after_an_agreement_adds_nothing(ctx: str, text: str) -> None:
    lead, row = CONTEXTS[ctx]
    assert agreement_rows(lead + text) == [row]


@pytest.mark.parametrize("text", ALONE)
def test_a_distractor_alone_gives_nothing(text: str) -> None:
    assert agreement_rows(text) == []


@pytest.mark.parametrize(("ctx", "text", "expected"), REAL_AFTER)
def test_a_real_agreement_after_an_agreement_is_kept(ctx: str, text: str, expected: list) -> None:
    lead, row = CONTEXTS[ctx]
    assert agreement_rows(lead + text) == [row, *expected]


@pytest.mark.parametrize(("ctx", "text", "expected"), SAME_AGREEMENT)
def test_a_re_mention_updates_the_same_agreement(ctx: str, text: str, expected: list) -> None:
    lead, _row = CONTEXTS[ctx]
    assert agreement_rows(lead + text) == expected


@pytest.mark.parametrize(("text", "expected"), ALONE_REAL)
def test_a_real_agreement_alone_is_kept(text: str, expected: list) -> None:
    assert agreement_rows(text) == expected
