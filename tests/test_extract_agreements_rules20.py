"""Round 20 agreement rules (recall: real records written in many shapes, alone and after
an earlier agreement): an indefinite truce its own two sides sign, agree, negotiate or
open talks on ("The Colombian government and the ELN signed a six-month ceasefire") is a
record, and so is one a side refuses or offers to the other ("would not sign a new
ceasefire with the ELN", "Russia offered Ukraine a ceasefire"); the two coordinated
subjects of the signing verb are the parties (leaders and organs by their demonym,
"the Arakan Army" and other armed groups by name), never a mediator, guarantor, host,
venue or a state listed earlier in the article; a deal "brokered" or "mediated" between two
sides is concluded; a later coordinated clause whose object is the agreement ("..., but
India suspended it") states its latest status; amounts in any currency form are cut from an
IMF complement; a truce keeps its span among other modifiers; a bloc's own convention has
the bloc as a party, and a convention one state leaves does not take an earlier pair; a
draft that is tabled is proposed; judgement compounds ("much-criticised") and a state's
possessive before a title are no part of a name.

Every sentence here is written for these tests; none is copied from the data sets. Each
case states the whole expected output, so a near miss that turned into a record fails it.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import agreement_rows, in_contexts

RAA = "Japan and the Philippines signed a reciprocal access agreement in July. "
# A case runs alone (""), and after an earlier agreement whose record comes first.
CONTEXTS = {
    "": ("", []),
    "raa": (RAA, [("reciprocal access agreement", {"Japan", "Philippines"}, "signed")]),
}
BOTH = tuple(CONTEXTS)

# Each fails on the commit before round 20 (no record, a wrong party or status, a
# mediator or an earlier pair among the parties, or an amount left in the name).
FIXED = in_contexts(
    CONTEXTS,
    [
        # bloc
        (
            "Timor-Leste signed the ASEAN Convention on Counter Terrorism on Monday.",
            [("ASEAN Convention on Counter Terrorism", {"ASEAN", "Timor-Leste"}, "signed")],
            BOTH,
        ),
        (
            "Poland withdrew from the Ottawa Convention in 2025.",
            [("Ottawa Convention", {"Poland"}, "terminated")],
            ("raa",),
        ),
        (
            "Turkey pulled out of the Istanbul Convention in 2021.",
            [("Istanbul Convention", {"Turkey"}, "terminated")],
            ("raa",),
        ),
        # imf
        (
            "Ghana and the IMF reached a staff-level agreement on US$1.2 billion.",
            [("staff-level agreement", {"Ghana", "IMF"}, "signed")],
            BOTH,
        ),
        (
            "IMF staff and the Sri Lankan authorities reached a staff-level agreement on a 1.2 billion dollars disbursement.",
            [("staff-level agreement", {"IMF", "Sri Lanka"}, "signed")],
            BOTH,
        ),
        # imf_ctx
        (
            "ACCRA, May 4, 2026 — Ghana's cedi gained against the dollar this week. Ghana reached a staff-level agreement with the IMF on US$1.2 billion under its Extended Credit Facility arrangement.",
            [("staff-level agreement", {"Ghana", "IMF"}, "signed")],
            ("",),
        ),
        # latest
        (
            "India and Pakistan signed the Indus Waters Treaty in 1960, but India suspended it in April.",
            [("Indus Waters Treaty", {"India", "Pakistan"}, "suspended")],
            BOTH,
        ),
        # mediator
        (
            "In talks hosted by Qatar, Rwanda and the Democratic Republic of Congo signed a framework agreement.",
            [("framework agreement", {"Democratic Republic of the Congo", "Rwanda"}, "signed")],
            BOTH,
        ),
        (
            "Turkey mediated a grain corridor deal between Russia and Ukraine.",
            [("grain corridor deal", {"Russia", "Ukraine"}, "signed")],
            BOTH,
        ),
        (
            "Armenia and Azerbaijan initialled a peace treaty at the White House on Friday.",
            [("peace treaty", {"Armenia", "Azerbaijan"}, "negotiating")],
            BOTH,
        ),
        (
            "Under a deal mediated by Egypt and Qatar, Israel and Hamas agreed to a ceasefire in Gaza.",
            [("ceasefire", {"Hamas", "Israel"}, "signed")],
            BOTH,
        ),
        (
            "Malaysia, which chairs ASEAN, brokered a ceasefire between Thailand and Cambodia.",
            [("ceasefire", {"Cambodia", "Thailand"}, "signed")],
            BOTH,
        ),
        (
            "With China as guarantor, Iran and Saudi Arabia signed a security agreement in Beijing.",
            [("security agreement", {"Iran", "Saudi Arabia"}, "signed")],
            BOTH,
        ),
        (
            "Oman brokered a ceasefire agreement between the United States and the Houthis in May.",
            [("ceasefire agreement", {"Houthis", "United States"}, "signed")],
            BOTH,
        ),
        # name
        (
            "Israel and Hamas agreed to a UN-brokered truce on Sunday.",
            [("truce", {"Hamas", "Israel"}, "signed")],
            BOTH,
        ),
        (
            "Egypt and Sudan signed a much-criticised water-sharing accord in Cairo.",
            [("water-sharing accord", {"Egypt", "Sudan"}, "signed")],
            BOTH,
        ),
        # nonstate
        (
            "The Colombian government and the ELN signed a six-month ceasefire.",
            [("six-month ceasefire", {"Colombia", "ELN"}, "signed")],
            BOTH,
        ),
        (
            "Colombia and the ELN signed a six-month ceasefire in Caracas.",
            [("six-month ceasefire", {"Colombia", "ELN"}, "signed")],
            BOTH,
        ),
        (
            "Egypt proposed a 90-day humanitarian truce between the Sudanese Armed Forces and the Rapid Support Forces.",
            [("90-day humanitarian truce", {"Rapid Support Forces", "Sudan"}, "proposed")],
            BOTH,
        ),
        (
            "Israel and Hamas are still negotiating a permanent ceasefire, mediators said.",
            [("permanent ceasefire", {"Hamas", "Israel"}, "negotiating")],
            BOTH,
        ),
        (
            "The Philippine government and the Moro Islamic Liberation Front signed a peace agreement.",
            [("peace agreement", {"Moro Islamic Liberation Front", "Philippines"}, "signed")],
            BOTH,
        ),
        (
            "Myanmar's military and the Arakan Army agreed a temporary truce in January.",
            [("temporary truce", {"Arakan Army", "Myanmar"}, "signed")],
            BOTH,
        ),
        # nonstate_ctx
        (
            "DR Congo and the M23 agreed a ceasefire in June. Fighting resumed around Uvira in August. M23 suspended its participation in the ceasefire agreed in June.",
            [("ceasefire", {"Democratic Republic of the Congo", "M23"}, "suspended")],
            ("",),
        ),
        (
            "Fighting in Sudan has displaced 12 million people. The United Nations says famine has spread to Kordofan. Egypt proposed a 90-day humanitarian truce between the Sudanese Armed Forces and the Rapid Support Forces.",
            [("90-day humanitarian truce", {"Rapid Support Forces", "Sudan"}, "proposed")],
            ("",),
        ),
        (
            "BOGOTÁ, March 1, 2026 — Violence in Catatumbo has displaced 50,000 people this year. The Colombian government and the ELN signed a six-month ceasefire on Saturday.",
            [("six-month ceasefire", {"Colombia", "ELN"}, "signed")],
            ("",),
        ),
        # party
        (
            "The Somali president and Ethiopian Prime Minister Abiy Ahmed signed a maritime access deal in Ankara.",
            [("maritime access deal", {"Ethiopia", "Somalia"}, "signed")],
            BOTH,
        ),
        (
            "Brazilian President Lula and his Argentine counterpart signed an energy agreement.",
            [("energy agreement", {"Argentina", "Brazil"}, "signed")],
            BOTH,
        ),
        (
            "Kenyan President William Ruto and Somalia's Hassan Sheikh Mohamud signed a border security agreement.",
            [("border security agreement", {"Kenya", "Somalia"}, "signed")],
            BOTH,
        ),
        # party_ctx
        (
            "NAIROBI, May 4, 2026 — Kenyan President William Ruto hosted Somali President Hassan Sheikh Mohamud in Nairobi on Monday. The two leaders discussed al-Shabaab attacks along the border. Ruto and the Somali president signed a security cooperation pact.",
            [("security cooperation pact", {"Kenya", "Somalia"}, "signed")],
            ("",),
        ),
        (
            "Ethiopian Prime Minister Abiy Ahmed met Kenyan President William Ruto in Addis Ababa. Abiy and Ruto signed a memorandum of understanding on cross-border trade.",
            [
                (
                    "memorandum of understanding on cross-border trade",
                    {"Ethiopia", "Kenya"},
                    "signed",
                )
            ],
            ("",),
        ),
        (
            "BOGOTÁ, March 1, 2026 — Colombian President Gustavo Petro said the government would not sign a new ceasefire with the ELN.",
            [("ceasefire", {"Colombia", "ELN"}, "ruled_out")],
            ("",),
        ),
        # shape
        (
            "In Havana on Saturday, Colombia and the ELN signed a six-month ceasefire.",
            [("six-month ceasefire", {"Colombia", "ELN"}, "signed")],
            BOTH,
        ),
        (
            "Colombia and the ELN have signed a six-month ceasefire, the peace commissioner said.",
            [("six-month ceasefire", {"Colombia", "ELN"}, "signed")],
            BOTH,
        ),
        (
            "The peace commissioner said Colombia and the ELN had signed a six-month ceasefire.",
            [("six-month ceasefire", {"Colombia", "ELN"}, "signed")],
            BOTH,
        ),
        (
            "Israel and Hamas, after weeks of talks in Cairo, agreed to a truce on Sunday.",
            [("truce", {"Hamas", "Israel"}, "signed")],
            BOTH,
        ),
        (
            "Thailand and Cambodia resumed talks on a ceasefire in Kuala Lumpur.",
            [("ceasefire", {"Cambodia", "Thailand"}, "negotiating")],
            BOTH,
        ),
        (
            "The Kremlin said Russia would not sign a ceasefire with Ukraine before a settlement.",
            [("ceasefire", {"Russia", "Ukraine"}, "ruled_out")],
            BOTH,
        ),
        (
            "The M23 rejected the idea of a ceasefire with Kinshasa.",
            [("ceasefire", {"Democratic Republic of the Congo", "M23"}, "ruled_out")],
            BOTH,
        ),
        (
            "Hamas said it would not sign a truce with Israel that left troops in Gaza.",
            [("truce", {"Hamas", "Israel"}, "ruled_out")],
            BOTH,
        ),
        (
            "Laos ratified the ASEAN Convention on Counter Terrorism in 2012.",
            [("ASEAN Convention on Counter Terrorism", {"ASEAN", "Laos"}, "in_force")],
            BOTH,
        ),
        (
            "Lithuania left the Convention on Cluster Munitions in March.",
            [("Convention on Cluster Munitions", {"Lithuania"}, "terminated")],
            ("raa",),
        ),
        (
            "The Sudanese Armed Forces and the Rapid Support Forces signed a 30-day humanitarian truce in Jeddah.",
            [("30-day humanitarian truce", {"Rapid Support Forces", "Sudan"}, "signed")],
            BOTH,
        ),
        (
            "Bogotá and the ELN agreed a bilateral ceasefire in June.",
            [("ceasefire", {"Colombia", "ELN"}, "signed")],
            BOTH,
        ),
        # status
        (
            "Moscow rejected the idea of a general 30-day ceasefire with Kyiv.",
            [("general 30-day ceasefire", {"Russia", "Ukraine"}, "ruled_out")],
            BOTH,
        ),
        (
            "Colombia's government said it would not sign a new ceasefire with the ELN.",
            [("ceasefire", {"Colombia", "ELN"}, "ruled_out")],
            BOTH,
        ),
        (
            "Paraguay tabled a draft trade agreement with Taiwan in March.",
            [("trade agreement", {"Paraguay", "Taiwan"}, "proposed")],
            BOTH,
        ),
        # status_ctx
        (
            "MOSCOW, May 3, 2026 — Russian and Ukrainian delegations met in Istanbul on Friday. Russia's chief negotiator rejected the idea of a general 30-day ceasefire that Kyiv has proposed.",
            [("general 30-day ceasefire", {"Russia", "Ukraine"}, "ruled_out")],
            ("",),
        ),
    ],
)

# Controls: the same phenomena in shapes the rules already read.
CONTROLS = in_contexts(
    CONTEXTS,
    [
        # bloc
        (
            "The European Union and Mercosur signed a trade agreement in Montevideo.",
            [("trade agreement", {"European Union", "Mercosur"}, "signed")],
            BOTH,
        ),
        (
            "Poland withdrew from the Ottawa Convention in 2025.",
            [("Ottawa Convention", {"Poland"}, "terminated")],
            ("",),
        ),
        (
            "Turkey pulled out of the Istanbul Convention in 2021.",
            [("Istanbul Convention", {"Turkey"}, "terminated")],
            ("",),
        ),
        # imf
        (
            "Ghana reached a staff-level agreement with the IMF on a $3 billion loan.",
            [("staff-level agreement", {"Ghana", "IMF"}, "signed")],
            BOTH,
        ),
        (
            "Ghana and the IMF reached a staff-level agreement on $360 million in financing.",
            [("staff-level agreement", {"Ghana", "IMF"}, "signed")],
            ("",),
        ),
        (
            "Pakistan and the IMF are negotiating a new Extended Fund Facility.",
            [("Extended Fund Facility", {"IMF", "Pakistan"}, "negotiating")],
            ("",),
        ),
        # imf_ctx
        (
            "ACCRA, May 4, 2026 — Ghana's inflation fell to 18 percent in April. The government and the IMF reached a staff-level agreement on $370 million in financing.",
            [("staff-level agreement", {"Ghana", "IMF"}, "signed")],
            ("",),
        ),
        # latest
        (
            "Ghana and Togo signed a border security agreement in 2021, and it entered into force last year.",
            [("border security agreement", {"Ghana", "Togo"}, "in_force")],
            BOTH,
        ),
        (
            "Serbia and Kosovo initialled an energy agreement in March. The two sides signed it in Brussels in June.",
            [("energy agreement", {"Kosovo", "Serbia"}, "signed")],
            ("",),
        ),
        (
            "Talks between Israel and Lebanon on a maritime border deal resumed in May. Israel and Lebanon signed the maritime border deal in October.",
            [("maritime border deal", {"Israel", "Lebanon"}, "signed")],
            ("",),
        ),
        # mediator
        (
            "Ethiopia and Eritrea signed a peace agreement in a ceremony hosted by Saudi Arabia.",
            [("peace agreement", {"Eritrea", "Ethiopia"}, "signed")],
            BOTH,
        ),
        (
            "The ceasefire between Thailand and Cambodia, brokered by Malaysia, took effect at midnight.",
            [("ceasefire", {"Cambodia", "Thailand"}, "in_force")],
            ("",),
        ),
        # name
        (
            "Kenya and Somalia signed a memorandum of understanding on security cooperation on Tuesday.",
            [
                (
                    "memorandum of understanding on security cooperation",
                    {"Kenya", "Somalia"},
                    "signed",
                )
            ],
            BOTH,
        ),
        (
            "On Friday, Japan and Australia signed a landmark defence pact in Tokyo.",
            [("defence pact", {"Australia", "Japan"}, "signed")],
            ("",),
        ),
        (
            "A memorandum of understanding on flood forecasting was signed by Bangladesh and India on Monday.",
            [
                (
                    "memorandum of understanding on flood forecasting",
                    {"Bangladesh", "India"},
                    "signed",
                )
            ],
            ("",),
        ),
        # nonstate
        (
            "Kinshasa and the M23 signed a ceasefire agreement in Doha on Saturday.",
            [("ceasefire agreement", {"Democratic Republic of the Congo", "M23"}, "signed")],
            BOTH,
        ),
        (
            "A ceasefire between Israel and Hezbollah took effect in November.",
            [("ceasefire", {"Hezbollah", "Israel"}, "in_force")],
            ("",),
        ),
        # party
        (
            "Washington and Kyiv signed a minerals deal on Wednesday.",
            [("minerals deal", {"Ukraine", "United States"}, "signed")],
            BOTH,
        ),
        (
            "Beijing and Manila agreed a provisional arrangement on resupply missions.",
            [("provisional arrangement on resupply missions", {"China", "Philippines"}, "signed")],
            ("",),
        ),
        (
            "Seoul and Tokyo resumed talks on an intelligence-sharing pact.",
            [("intelligence-sharing pact", {"Japan", "South Korea"}, "negotiating")],
            ("",),
        ),
        # party_ctx
        (
            "KAMPALA, June 2, 2026 — Uganda's public debt rose again last year, the finance ministry said. The country signed a debt restructuring agreement with China on Monday.",
            [("debt restructuring agreement", {"China", "Uganda"}, "signed")],
            ("",),
        ),
        # shape
        (
            "A six-month ceasefire was signed by the Colombian government and the ELN in Havana.",
            [("six-month ceasefire", {"Colombia", "ELN"}, "signed")],
            BOTH,
        ),
        (
            "Israel and Hamas reached a ceasefire agreement in Doha on Wednesday.",
            [("ceasefire agreement", {"Hamas", "Israel"}, "signed")],
            ("",),
        ),
        (
            "Kenya and Uganda, which share a long border, signed a security pact on Monday.",
            [("security pact", {"Kenya", "Uganda"}, "signed")],
            ("",),
        ),
        # status
        (
            "Norway proposed a fisheries agreement to Iceland on Monday.",
            [("fisheries agreement", {"Iceland", "Norway"}, "proposed")],
            BOTH,
        ),
        (
            "Talks on a free trade agreement between the United Kingdom and India resumed in London.",
            [("free trade agreement", {"India", "United Kingdom"}, "negotiating")],
            ("",),
        ),
        (
            "Negotiations between Mexico and the United States on a water-sharing treaty are in their final stages.",
            [("water-sharing treaty", {"Mexico", "United States"}, "negotiating")],
            ("",),
        ),
        # timeline
        (
            "Key dates:\n\nMarch 2024: Chile and Thailand open talks on a free trade agreement.\n\nJune 2025: Chile and Thailand sign the free trade agreement.\n\nJanuary 2026: The free trade agreement takes effect.",
            [("free trade agreement", {"Chile", "Thailand"}, "in_force")],
            ("",),
        ),
        (
            "Timeline:\n\n2019 – Mexico and Peru sign an extradition treaty.\n\n2021 – The extradition treaty enters into force.\n\n2025 – Peru suspends the extradition treaty.",
            [("extradition treaty", {"Mexico", "Peru"}, "suspended")],
            ("",),
        ),
    ],
)


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_real_agreement_in_a_new_shape(text: str, expected: list) -> None:
    assert agreement_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_control_keeps_its_record(text: str, expected: list) -> None:
    assert agreement_rows(text) == expected
