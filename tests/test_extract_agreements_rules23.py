"""Round 23 agreement rules (new writers' shapes: wire copy, agency releases, parliamentary
answers, compliance newsletters, trackers): a bloc before a lower-case noun with a topic
("a Commonwealth of Independent States agreement on customs cooperation", "an ECOWAS
protocol on free movement") is a sponsor or party, and the name is the noun with its topic,
the bloc still a party beside a state acting alone; a year after a topic that ends in a
lending word ("on combating terrorist financing in 2024") is no loan amount, so the topic
stays; a debtor's memorandum "on debt service suspension with Ukraine's official creditor
group" has the group as its counterpart after the topic; "the ninth round concluded in
Riyadh" ends a meeting, not talks, so the deal is still under negotiation; and the
arrangements "under the Extended Fund Facility and Extended Credit Facility" are one
programme, one record.

Every sentence is written for these tests; none is copied from the data sets. Each case
states the whole expected output (name, parties, status per record, after the context's
own records), so a near miss that turned into a record fails it.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import AGREEMENT_WIRE_OPENING, agreement_rows, in_contexts

# A case runs alone (""), after a wire story's opening with an agreement and aid of other
# states ("wire"), after a parliamentary answer's opening ("qa"), or after a compliance
# newsletter's first item ("brief").
CONTEXTS = {
    "": ("", []),
    "wire": AGREEMENT_WIRE_OPENING,
    "qa": (
        "Written answer, 14 May 2026. Question: To ask the Minister what recent progress "
        "has been made on regional agreements.\n\nAnswer: ",
        [],
    ),
    "brief": (
        "Compliance brief, June 2026. Screening teams should note the following changes "
        "this month.\n\n- Norway and Iceland signed a fisheries agreement on June 2.\n\n",
        [("fisheries agreement", {"Norway", "Iceland"}, "signed")],
    ),
}
ALL = tuple(CONTEXTS)
ALONE_WIRE = ("", "wire")
# (after the answer's opening about "regional agreements", a bloc's own protocol takes the
# bloc as a third party, as it did before this round; the SADC's takes it only there and
# alone, not after the wire's or the brief's opening: a difference left as it was)
NOT_QA = ("", "wire", "brief")

# Each gives a missing, misnamed, extra or wrongly attributed record on the commit before
# round 23.
FIXED = in_contexts(
    CONTEXTS,
    [
        # a bloc before the noun, a topic after it: the topic names the instrument
        (
            "Kyiv formally withdrew from a 1994 Commonwealth of Independent States agreement on "
            "visa-free travel on Thursday.",
            [
                (
                    "agreement on visa-free travel",
                    {"Ukraine", "Commonwealth of Independent States"},
                    "terminated",
                )
            ],
            ALL,
        ),
        (
            "Ghana and Togo signed an ECOWAS protocol on cross-border livestock transit.",
            [("protocol on cross-border livestock transit", {"Ghana", "Togo"}, "signed")],
            NOT_QA,
        ),
        (
            "Paraguay ratified a Mercosur agreement on consular assistance in 2021.",
            [("agreement on consular assistance", {"Paraguay", "Mercosur"}, "in_force")],
            ALL,
        ),
        (
            "The ministry said Senegal's EU accord on sustainable fishing expired at midnight.",
            [("accord on sustainable fishing", {"Senegal", "European Union"}, "terminated")],
            ALONE_WIRE,
        ),
        (
            "The two governments said Namibia and Botswana had signed a SADC protocol on "
            "wildlife conservation.",
            [
                (
                    "protocol on wildlife conservation",
                    {"Namibia", "Botswana", "Southern African Development Community"},
                    "signed",
                )
            ],
            ("", "qa"),
        ),
        (
            "Kazakhstan suspended an Eurasian Economic Union agreement on labour migration "
            "last week, officials in Astana said.",
            [
                (
                    "agreement on labour migration",
                    {"Kazakhstan", "Eurasian Economic Union"},
                    "suspended",
                )
            ],
            ALONE_WIRE,
        ),
        (
            "Customs: Armenia withdrew from a CIS agreement on customs valuation in 2024.",
            [
                (
                    "agreement on customs valuation",
                    {"Armenia", "Commonwealth of Independent States"},
                    "terminated",
                )
            ],
            ALL,
        ),
        (
            "MINISTER: We signed an African Union protocol on free movement with Kenya last "
            "year, and it is now in force.",
            [("protocol on free movement", {"African Union", "Kenya"}, "in_force")],
            ("", "brief"),
        ),
        (
            "Cambodia and Laos signed an ASEAN agreement on disaster management in 2005.",
            [("agreement on disaster management", {"Cambodia", "Laos"}, "signed")],
            NOT_QA,
        ),
        # a year after a topic that ends in a lending word is no amount
        (
            "Somalia and Djibouti signed a memorandum of understanding on combating "
            "terrorist financing in 2023, and officials met again in May.",
            [
                (
                    "memorandum of understanding on combating terrorist financing",
                    {"Somalia", "Djibouti"},
                    "signed",
                )
            ],
            ALL,
        ),
        (
            "Peru and Ecuador signed a memorandum on countering illicit financing in 2022.",
            [("memorandum on countering illicit financing", {"Peru", "Ecuador"}, "signed")],
            ALL,
        ),
        (
            "Bangladesh and Bhutan signed an agreement on trade financing in March 2024.",
            [("agreement on trade financing", {"Bangladesh", "Bhutan"}, "signed")],
            ALL,
        ),
        (
            "Egypt and Jordan signed a memorandum of understanding on gas financing worth "
            "$200 million.",
            [("memorandum of understanding on gas financing", {"Egypt", "Jordan"}, "signed")],
            ALL,
        ),
        # the counterpart after the topic: a debtor's official creditor group
        (
            "The memorandum of understanding on debt service suspension with Zambia's "
            "official creditor committee, in force since 2023, was extended to June.",
            [
                (
                    "memorandum of understanding on debt service suspension",
                    {"Zambia", "official creditor committee"},
                    "in_force",
                )
            ],
            ("", "qa"),
        ),
        (
            "Sri Lanka signed a memorandum of understanding on debt treatment with its "
            "official creditor committee on Friday.",
            [
                (
                    "memorandum of understanding on debt treatment",
                    {"Sri Lanka", "official creditor committee"},
                    "signed",
                )
            ],
            ALL,
        ),
        (
            "Ethiopia's memorandum on debt relief with the official creditor group has "
            "been in force since January.",
            [
                (
                    "memorandum on debt relief",
                    {"Ethiopia", "official creditor group"},
                    "in_force",
                )
            ],
            ALL,
        ),
        # a round of talks that concluded is no signing
        (
            "Negotiations on a free trade agreement between India and the Gulf Cooperation "
            "Council are continuing, and the fourth round concluded in Muscat last month.",
            [("free trade agreement", {"India", "Gulf Cooperation Council"}, "negotiating")],
            ALL,
        ),
        (
            "Argentina and Uruguay are negotiating a river transport agreement, and a "
            "technical meeting concluded in Montevideo on Tuesday.",
            [("river transport agreement", {"Argentina", "Uruguay"}, "negotiating")],
            ALL,
        ),
        (
            "The first round concluded on Friday, and talks between Japan and Mexico on an "
            "investment treaty will resume in July.",
            [("investment treaty", {"Japan", "Mexico"}, "negotiating")],
            ALL,
        ),
        # one programme under two windows
        (
            "The Treasury of Malawi confirmed that the arrangements under the Extended Fund "
            "Facility and Extended Credit Facility expired in April without a final review.",
            [("Extended Credit Facility", {"Malawi", "IMF"}, "terminated")],
            ("", "qa"),
        ),
        (
            "Honduras said its arrangements under the Extended Fund Facility and the "
            "Extended Credit Facility were approved by the IMF board in 2023.",
            [("Extended Credit Facility", {"Honduras", "IMF"}, "in_force")],
            ("", "qa"),
        ),
    ],
)

# Shapes the rules already read right (controls) and near misses that are no record or keep
# their name as before.
CONTROLS = in_contexts(
    CONTEXTS,
    [
        # a bloc named with no topic keeps its name; a title keeps its bloc
        (
            "Ghana and Togo signed an ECOWAS agreement on Monday.",
            [("ECOWAS agreement", {"Ghana", "Togo"}, "signed")],
            NOT_QA,
        ),
        (
            "Timor-Leste signed the ASEAN Convention on Counter Terrorism in 2023.",
            [("ASEAN Convention on Counter Terrorism", {"Timor-Leste", "ASEAN"}, "signed")],
            ALONE_WIRE,
        ),
        (
            "Morocco and Spain signed an agreement on customs cooperation in Rabat.",
            [("agreement on customs cooperation", {"Morocco", "Spain"}, "signed")],
            ALL,
        ),
        (
            "The EU said talks with Chile on a trade agreement were continuing.",
            [("trade agreement", {"European Union", "Chile"}, "negotiating")],
            ALONE_WIRE,
        ),
        # the lending a complement names is the agreement itself
        (
            "Zambia reached a staff-level agreement with the IMF on a $1.3 billion loan programme.",
            [("staff-level agreement", {"Zambia", "IMF"}, "signed")],
            ALL,
        ),
        (
            "Kenya and India signed a memorandum of understanding on a $500 million credit line.",
            [("memorandum of understanding", {"Kenya", "India"}, "signed")],
            ALL,
        ),
        (
            "Rwanda and Burundi signed a memorandum of understanding on sharing border "
            "intelligence in 2025.",
            [
                (
                    "memorandum of understanding on sharing border intelligence",
                    {"Rwanda", "Burundi"},
                    "signed",
                )
            ],
            ALL,
        ),
        (
            "Niger and Chad signed an ECOWAS-backed accord on pastoral corridors on Tuesday.",
            [("accord on pastoral corridors", {"Niger", "Chad"}, "signed")],
            ALL,
        ),
        # a blended programme's two windows are one record; a separate facility is its own
        (
            "Jordan's arrangements under the Extended Fund Facility and Resilience and "
            "Sustainability Facility remain in force.",
            [
                ("Extended Fund Facility", {"Jordan", "IMF"}, "in_force"),
                ("Resilience and Sustainability Facility", {"Jordan", "IMF"}, "in_force"),
            ],
            ("", "qa"),
        ),
        # a complement ending in a lending word before a date or after a coordination
        (
            "Mauritania and Mali signed a memorandum of understanding on fighting money "
            "laundering and terrorist financing in 2022.",
            [
                (
                    "memorandum of understanding on fighting money laundering and terrorist "
                    "financing",
                    {"Mauritania", "Mali"},
                    "signed",
                )
            ],
            ALL,
        ),
        (
            "Update: Tunisia and Libya signed an agreement on export financing on 3 March 2025.",
            [("agreement on export financing", {"Tunisia", "Libya"}, "signed")],
            ALL,
        ),
        # a session ended, the talks go on
        (
            "Talks between Chile and Peru on a fisheries agreement resumed this week; the "
            "third session concluded in Lima on Friday.",
            [("fisheries agreement", {"Chile", "Peru"}, "negotiating")],
            ALL,
        ),
        # a memorandum with the creditors right after the noun
        (
            "Ghana signed a memorandum of understanding with its official creditor "
            "committee on Friday.",
            [("memorandum of understanding", {"Ghana", "official creditor committee"}, "signed")],
            ALL,
        ),
        # a deal concluded is signed; a summit concluding with a signing too
        (
            "Chile and Peru concluded a fisheries agreement in Lima on Friday.",
            [("fisheries agreement", {"Chile", "Peru"}, "signed")],
            ALL,
        ),
        (
            "The summit concluded with Chile and Peru signing a fisheries agreement.",
            [("fisheries agreement", {"Chile", "Peru"}, "signed")],
            ALL,
        ),
        # near misses: no agreement
        (
            "The fourth round of the regional security dialogue concluded in Muscat.",
            [],
            ALL,
        ),
        (
            "Zambia's official creditor committee met in Paris on Thursday.",
            [],
            ALL,
        ),
        (
            "The ECOWAS summit on free movement ended without a communique.",
            [],
            ALL,
        ),
        (
            "Officials discussed combating terrorist financing in 2024 at a seminar in Nairobi.",
            [],
            ALL,
        ),
    ],
)


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_round23_fixed(text: str, expected: list[tuple]) -> None:
    assert agreement_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_round23_controls(text: str, expected: list[tuple]) -> None:
    assert agreement_rows(text) == expected
