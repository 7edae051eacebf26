"""Round 22 agreement rules (new writers' shapes: trackers, transcripts, agency releases,
advocacy): a closing recap ("In summary, ...", "To summarise, ...", also after a
speaker's label) and a tracker's change log ("moves from "talks" to "signed"", "is marked
suspended") restate deals reported above and make no record of their own; "the Prime
Minister and I signed" and "our two countries" take the article's pair; a debtor's
memorandum "with the official creditor committee" has the committee as its counterpart,
not the creditor states named before; a date after the name ("on June 12", "on 4 March")
is no complement; a staff-level agreement "on a 40-month arrangement" or "on a new
programme" is named "staff-level agreement"; "ceasefire understanding", "memorandum of
cooperation on ..." and a lower-case "migration compact" are names.

Every sentence is written for these tests; none is copied from the data sets. Each case
states the whole expected output (name, parties, status per record, after the context's
own records), so a near miss that turned into a record fails it.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import AGREEMENT_WIRE_OPENING, agreement_rows, in_contexts

# A case runs alone (""), after a wire story's opening with an agreement and aid of other
# states ("wire"), after a transcript's opening naming a pair of states ("qa"), or after
# a tracker's first entry ("tracker").
CONTEXTS = {
    "": ("", []),
    "wire": AGREEMENT_WIRE_OPENING,
    "qa": (
        "SUVA, May 5, 2026 — Fiji's prime minister and New Zealand's foreign minister took "
        "questions from reporters after talks in Suva. This is an edited transcript.\n\n"
        "QUESTION: What did you agree today?\n\n",
        [],
    ),
    "tracker": (
        "GENEVA, June 18, 2026 — Our tracker of security deals, updated every two weeks, "
        "lists the changes below.\n\nDeals: Chile and Peru signed a border cooperation "
        "agreement on Tuesday.\n\n",
        [("border cooperation agreement", {"Chile", "Peru"}, "signed")],
    ),
}
ALL = tuple(CONTEXTS)
ALONE_WIRE = ("", "wire")
NOT_QA = ("", "wire", "tracker")

# Each gives a missing, misnamed, extra or wrongly attributed record on the commit before
# round 22.
FIXED = in_contexts(
    CONTEXTS,
    [
        # recap: a closing summary restates what was reported above
        (
            "Japan and Vietnam signed a defence equipment transfer agreement on Tuesday. "
            "In summary, the two countries signed a defence pact and Japan pledged more patrol boats.",
            [("defence equipment transfer agreement", {"Japan", "Vietnam"}, "signed")],
            ALL,
        ),
        (
            "Morocco and Mauritania signed a fisheries agreement in Rabat. "
            "To summarise, Morocco has a fisheries pact with Mauritania and a gas deal with Nigeria.",
            [("fisheries agreement", {"Morocco", "Mauritania"}, "signed")],
            ALL,
        ),
        (
            "The gas transit agreement with Armenia remains suspended, Georgia's minister said. "
            "Summing up, the minister said the transit deal with Armenia was frozen and ruled out a new pact with Iran.",
            [("gas transit agreement", {"Armenia", "Georgia"}, "suspended")],
            ("",),
        ),
        (
            "Chad and Niger signed a border security memorandum on Friday. "
            "To sum up, Chad signed a security memorandum with Niger and a loan with the World Bank.",
            [("border security memorandum", {"Chad", "Niger"}, "signed")],
            ALL,
        ),
        (
            "MINISTER: We have suspended the water-sharing agreement with Tajikistan. "
            "MINISTER: In short, the water agreement with Tajikistan is suspended and we will not sign a pact with Afghanistan.",
            [("water-sharing agreement", {"Tajikistan", "Fiji"}, "suspended")],
            ("qa",),
        ),
        (
            "In summary, the EU suspended its migration memorandum with Libya, offered aid to Chad and listed a militia.",
            [],
            ALL,
        ),
        (
            "To recap, Peru's counternarcotics memorandum with Bolivia expired and was not renewed.",
            [],
            ALL,
        ),
        # change log: a tracker restates its own entries
        (
            'The Ghana-Togo agreement moves from "in force" to "suspended".',
            [],
            ALL,
        ),
        (
            'Changes since the last update: Zambia moves from "talks" to "staff-level agreement"; Kenya moves from "staff-level agreement" to "approved".',
            [],
            ALL,
        ),
        # first-person pair in a transcript
        (
            "RABUKA: This morning my counterpart and I signed the Duavata Security Arrangement.",
            [("Duavata Security Arrangement", {"Fiji", "New Zealand"}, "signed")],
            ("qa",),
        ),
        (
            "RABUKA: This morning the Foreign Minister and I signed the Vuvale Security Arrangement.",
            [("Vuvale Security Arrangement", {"Fiji", "New Zealand"}, "signed")],
            ("qa",),
        ),
        (
            "RABUKA: Our two countries signed a labour mobility arrangement today.",
            [("labour mobility arrangement", {"Fiji", "New Zealand"}, "signed")],
            ("qa",),
        ),
        # a debtor's memorandum with its official creditors
        (
            "LUSAKA, May 4, 2026 — China and Saudi Arabia hold most of Zambia's bilateral debt, Zambia's finance ministry said. "
            "We are still negotiating a memorandum of understanding with the official creditor committee, the minister said.",
            [
                (
                    "memorandum of understanding",
                    {"Zambia", "official creditor committee"},
                    "negotiating",
                )
            ],
            ("",),
        ),
        (
            "ADDIS ABABA, Feb. 2, 2026 — Ethiopia's talks on its debt dragged on. France and China co-chair the group of lenders. "
            "Ethiopia signed a memorandum of understanding with its official creditor committee on Friday.",
            [
                (
                    "memorandum of understanding",
                    {"Ethiopia", "official creditor committee"},
                    "signed",
                )
            ],
            ("",),
        ),
        # a date after the name is no complement
        (
            "Jordan and Iraq signed a memorandum of understanding on March 4.",
            [("memorandum of understanding", {"Jordan", "Iraq"}, "signed")],
            ALL,
        ),
        (
            "Deals: Benin and Nigeria signed a customs cooperation agreement on October 6, officials said.",
            [("customs cooperation agreement", {"Benin", "Nigeria"}, "signed")],
            NOT_QA,
        ),
        (
            "Laos suspended its rail cooperation agreement with Thailand on 9 October pending a review.",
            [("rail cooperation agreement", {"Laos", "Thailand"}, "suspended")],
            ALL,
        ),
        (
            "Deals: Ecuador and the United States signed a security cooperation agreement on September 3 in Quito.",
            [("security cooperation agreement", {"Ecuador", "United States"}, "signed")],
            NOT_QA,
        ),
        # a staff-level agreement on the lending it covers
        (
            "IMF staff reached a staff-level agreement with Malawi on June 12 on a 40-month arrangement.",
            [("staff-level agreement", {"IMF", "Malawi"}, "signed")],
            ALL,
        ),
        (
            "IMF staff and Kenya reached a staff-level agreement on a new programme.",
            [("staff-level agreement", {"IMF", "Kenya"}, "signed")],
            ALL,
        ),
        (
            "The IMF said it had reached a staff-level agreement with Sri Lanka on a 48-month programme.",
            [("staff-level agreement", {"IMF", "Sri Lanka"}, "signed")],
            ALONE_WIRE,
        ),
        # an open multilateral title takes no pair from the article's opening
        (
            "Russia withdrew from the Black Sea Grain Initiative in July 2023.",
            [("Black Sea Grain Initiative", {"Russia"}, "terminated")],
            ("wire",),
        ),
        (
            "Nicaragua withdrew from the OAS Charter in November 2023.",
            [("OAS Charter", {"Nicaragua", "Organization of American States"}, "terminated")],
            ("wire",),
        ),
        # a date after a complement
        (
            "Jordan and Iraq signed a memorandum of understanding on electricity interconnection on 4 March.",
            [
                (
                    "memorandum of understanding on electricity interconnection",
                    {"Jordan", "Iraq"},
                    "signed",
                )
            ],
            ALL,
        ),
        (
            "Zambia signed a memorandum of understanding with its official creditors in October.",
            [("memorandum of understanding", {"Zambia", "official creditors"}, "signed")],
            ALONE_WIRE,
        ),
        # names with a qualifier
        (
            "Israel and Hezbollah reached a ceasefire understanding on Tuesday.",
            [("ceasefire understanding", {"Israel", "Hezbollah"}, "signed")],
            ALL,
        ),
        (
            "A ceasefire understanding between Washington and the Houthis has been suspended since April, officials said.",
            [("ceasefire understanding", {"United States", "Houthis"}, "suspended")],
            ALONE_WIRE,
        ),
        (
            "Japan and the Philippines signed a memorandum of cooperation on cyber defence.",
            [("memorandum of cooperation on cyber defence", {"Japan", "Philippines"}, "signed")],
            ALL,
        ),
        (
            "Korea Exim said South Korea and Uzbekistan signed a memorandum of cooperation on critical minerals in Tashkent.",
            [
                (
                    "memorandum of cooperation on critical minerals",
                    {"South Korea", "Uzbekistan"},
                    "signed",
                )
            ],
            ALONE_WIRE,
        ),
        (
            "Italy and Albania signed a migration compact in November.",
            [("migration compact", {"Italy", "Albania"}, "signed")],
            ALL,
        ),
        (
            "Spain and Mauritania signed a new migration compact on Thursday.",
            [("migration compact", {"Spain", "Mauritania"}, "signed")],
            ALONE_WIRE,
        ),
        (
            "Greece and Egypt signed a labour compact, the ministry said.",
            [("labour compact", {"Greece", "Egypt"}, "signed")],
            ALONE_WIRE,
        ),
    ],
)

# Shapes that already gave the right output (controls), and near misses of the shapes
# above that must stay without a record (distractors).
KEPT = in_contexts(
    CONTEXTS,
    [
        # controls: the same deals stated plainly
        (
            "Japan and Vietnam signed a defence equipment transfer agreement on Tuesday.",
            [("defence equipment transfer agreement", {"Japan", "Vietnam"}, "signed")],
            ALL,
        ),
        (
            "Tunisia withdrew from its free trade agreement with Turkey in May.",
            [("free trade agreement", {"Tunisia", "Turkey"}, "terminated")],
            ALL,
        ),
        (
            "Deals: Ecuador suspended its trade agreement with Costa Rica after a dispute over banana tariffs.",
            [("trade agreement", {"Ecuador", "Costa Rica"}, "suspended")],
            NOT_QA,
        ),
        (
            "Deals: Vanuatu's prime minister said his government will not sign a maritime security pact with Australia.",
            [("maritime security pact", {"Vanuatu", "Australia"}, "ruled_out")],
            NOT_QA,
        ),
        (
            "Deals: A security treaty between Nauru and Australia took effect on October 1.",
            [("security treaty", {"Nauru", "Australia"}, "in_force")],
            NOT_QA,
        ),
        (
            "Fiji and Tonga opened talks on a status of forces agreement in Nuku'alofa.",
            [("status of forces agreement", {"Fiji", "Tonga"}, "negotiating")],
            ALONE_WIRE,
        ),
        (
            "Kenya and Haiti signed a policing support arrangement in March.",
            [("policing support arrangement", {"Kenya", "Haiti"}, "signed")],
            ALL,
        ),
        (
            "Papua New Guinea and Australia signed a maritime security pact on Friday.",
            [("maritime security pact", {"Papua New Guinea", "Australia"}, "signed")],
            ALL,
        ),
        (
            "Yemen's government and the Houthis signed a maritime ceasefire in Muscat.",
            [("maritime ceasefire", {"Yemen", "Houthis"}, "signed")],
            ALONE_WIRE,
        ),
        (
            "Uzbekistan and Kuwait signed an Agreement on the Avoidance of Double Taxation during the visit.",
            [("Agreement on the Avoidance of Double Taxation", {"Uzbekistan", "Kuwait"}, "signed")],
            ALL,
        ),
        (
            "During the visit, Tajikistan and Hungary signed 12 documents, including an agreement on visa-free travel.",
            [("agreement on visa-free travel", {"Tajikistan", "Hungary"}, "signed")],
            ALONE_WIRE,
        ),
        (
            "Among the documents signed were an agreement on air services and a memorandum of understanding on tourism between Kazakhstan and Oman.",
            [
                ("agreement on air services", {"Kazakhstan", "Oman"}, "signed"),
                ("memorandum of understanding on tourism", {"Kazakhstan", "Oman"}, "signed"),
            ],
            ALONE_WIRE,
        ),
        (
            "The European Union suspended its Association Agreement with Georgia on Monday.",
            [("Association Agreement", {"European Union", "Georgia"}, "suspended")],
            ALL,
        ),
        (
            "Campaigners urged the EU to suspend its Association Agreement with Israel, which has been in force since 2000.",
            [("Association Agreement", {"European Union", "Israel"}, "in_force")],
            ALONE_WIRE,
        ),
        (
            "Zambia reached a staff-level agreement with the IMF on Tuesday.",
            [("staff-level agreement", {"Zambia", "IMF"}, "signed")],
            ALL,
        ),
        (
            "IMF staff and Ghana reached a staff-level agreement on the third review of the programme.",
            [
                (
                    "staff-level agreement on the third review of the programme",
                    {"IMF", "Ghana"},
                    "signed",
                )
            ],
            ALONE_WIRE,
        ),
        (
            "Egypt reached a staff-level agreement with the IMF on a new lending programme, the Fund said.",
            [("staff-level agreement on a new lending programme", {"Egypt", "IMF"}, "signed")],
            ALONE_WIRE,
        ),
        (
            "The IMF Executive Board approved a 36-month Extended Fund Facility arrangement for Pakistan.",
            [("Extended Fund Facility arrangement", {"IMF", "Pakistan"}, "in_force")],
            ALONE_WIRE,
        ),
        (
            "PETERS: The two governments signed a maritime surveillance agreement this morning.",
            [("maritime surveillance agreement", {"Fiji", "New Zealand"}, "signed")],
            ("qa",),
        ),
        (
            "Russia withdrew from the Black Sea Grain Initiative in July 2023.",
            [("Black Sea Grain Initiative", {"Russia"}, "terminated")],
            ("",),
        ),
        (
            "Nicaragua withdrew from the OAS Charter in November 2023.",
            [("OAS Charter", {"Nicaragua", "Organization of American States"}, "terminated")],
            ("",),
        ),
        (
            "PETERS: The Prime Minister and I signed a maritime surveillance agreement this morning.",
            [("maritime surveillance agreement", {"Fiji", "New Zealand"}, "signed")],
            ("qa",),
        ),
        # distractors: no agreement in these
        (
            'Changes since the last update: the Gabon treaty moves from "negotiating" to "signed".',
            [],
            ALL,
        ),
        (
            "The Samoa arrangement is marked suspended rather than ended, since Apia has not given notice.",
            [],
            ALL,
        ),
        (
            "In summary, the minister announced $20 million for Tonga and relief supplies for Vanuatu.",
            [],
            ALL,
        ),
        (
            "To summarise, prices rose 4 percent and the central bank held rates.",
            [],
            ALL,
        ),
        (
            'Shipping rates moved from "high" to "extreme" on the Red Sea route.',
            [],
            ALL,
        ),
        (
            "The border crossing is marked closed on the ministry's map.",
            [],
            ALL,
        ),
        (
            "The President and I discussed trade and investment over dinner.",
            [],
            ALL,
        ),
        (
            "The car is compact and cheap to run.",
            [],
            ALL,
        ),
        (
            "The ministry bought compact radars for the coast guard.",
            [],
            ALL,
        ),
        (
            "The ceasefire held for a third day, residents said.",
            [],
            ("",),
        ),
        (
            "Officials said defence agreements would be discussed at the summit.",
            [],
            ALL,
        ),
        (
            "The memorandum covers counternarcotics cooperation.",
            [],
            ("",),
        ),
        (
            "Analysts said the understanding of the risks had improved.",
            [],
            ALL,
        ),
        (
            "The minister met creditors on March 4 in Paris.",
            [],
            ALL,
        ),
    ],
)


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_fixed_shapes(text: str, expected: list[tuple]) -> None:
    assert agreement_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_kept_shapes(text: str, expected: list[tuple]) -> None:
    assert agreement_rows(text) == expected
