"""Round 21 agreement rules (recall of STATUS: the same fact in many wordings, alone, after
a neutral opening, after a dateline and after an earlier agreement): an agreement that
"collapsed", "broke down" or "fell apart" is terminated (talks that collapse stay ruled
out, and a government or coalition that collapses ends nothing), also as the subject of a
later clause ("..., but it collapsed in March") or sentence ("It collapsed in March."); an
agreement "renewed" or "extended" (as object or passive subject, as a fact) is in force,
and one that "was not renewed" is terminated; "hope to conclude" a deal is negotiating; a
timeline's present "agree a truce" is concluded; a definite re-mention in a later sentence
("The trade agreement expired in March.") updates the record already made under that name,
not one for the pair named last.

Every sentence here is written for these tests; none is copied from the data sets. Each
case states the whole expected output, so a near miss that turned into a record fails it.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import agreement_rows, in_contexts

# Openings a case runs after ("" runs it alone): a paragraph with no record, a dateline,
# and an earlier agreement whose record comes first.
CONTEXTS = {
    "": ("", []),
    "opening": (
        "Fuel prices rose again this week, and the opposition staged protests in the capital. ",
        [],
    ),
    "dateline": ("NAIROBI, May 4, 2026 — ", []),
    "defence": (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. ",
        [("defence cooperation agreement", {"Kenya", "Somalia"}, "signed")],
    ),
}
EVERYWHERE = tuple(CONTEXTS)

# Each fails on the commit before round 21 (no record, a wrong status, or a status given to
# a new record for the pair named last).
FIXED = in_contexts(
    CONTEXTS,
    [
        (
            "Brazil and Mexico hope to conclude a trade agreement by the end of the year.",
            [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
            EVERYWHERE,
        ),
        (
            "Brazil and Mexico renewed their trade agreement on Monday.",
            [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
            EVERYWHERE,
        ),
        (
            "Brazil and Mexico extended their trade agreement for five years.",
            [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
            EVERYWHERE,
        ),
        (
            "Brazil and Mexico signed a trade agreement in 2020. It collapsed in March.",
            [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
            EVERYWHERE,
        ),
        (
            "Brazil and Mexico signed a trade agreement in 2020. The deal was renewed in 2025.",
            [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
            EVERYWHERE,
        ),
        (
            "Brazil and Mexico signed a trade agreement in 2019. Chile and Peru signed an extradition treaty in 2020. The trade agreement expired in March.",
            [
                ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
                ("extradition treaty", {"Chile", "Peru"}, "signed"),
            ],
            EVERYWHERE,
        ),
        (
            "Israel and Hamas agreed a ceasefire in January. The ceasefire collapsed in March.",
            [("ceasefire", {"Hamas", "Israel"}, "terminated")],
            EVERYWHERE,
        ),
        (
            "A ceasefire between Israel and Hamas that took effect in January collapsed in March.",
            [("ceasefire", {"Hamas", "Israel"}, "terminated")],
            EVERYWHERE,
        ),
        (
            "Israel and Hamas agreed a ceasefire in January, but it collapsed in March.",
            [("ceasefire", {"Hamas", "Israel"}, "terminated")],
            EVERYWHERE,
        ),
        (
            "Timeline:\n\nJanuary 2025: Israel and Hamas agree a humanitarian truce.\n\nMarch 2025: The humanitarian truce expires.",
            [("humanitarian truce", {"Hamas", "Israel"}, "signed")],
            ("",),
        ),
        (
            "Brazil and Mexico signed a trade agreement in 2015. The agreement was not renewed when it ran for ten years.",
            [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
            EVERYWHERE,
        ),
        (
            "The truce between Israel and Hamas broke down in March.",
            [("truce", {"Hamas", "Israel"}, "terminated")],
            EVERYWHERE,
        ),
        (
            "Ukraine and Russia agreed a grain deal in 2022, and it fell apart a year later.",
            [("grain deal", {"Russia", "Ukraine"}, "terminated")],
            EVERYWHERE,
        ),
    ],
)

# Already right before round 21; they must stay so.
CONTROLS = in_contexts(
    CONTEXTS,
    [
        (
            "Brazil offered Mexico a trade agreement on Monday.",
            [("trade agreement", {"Brazil", "Mexico"}, "proposed")],
            ("", "defence"),
        ),
        (
            "Brazil proposed a trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "proposed")],
            ("", "defence"),
        ),
        (
            "A trade agreement with Mexico was floated by Brazil last week.",
            [("trade agreement", {"Brazil", "Mexico"}, "proposed")],
            ("", "defence"),
        ),
        (
            "Brazil has put forward a trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "proposed")],
            ("", "defence"),
        ),
        (
            "Brazil suggested a trade agreement with Mexico, officials said.",
            [("trade agreement", {"Brazil", "Mexico"}, "proposed")],
            ("", "defence"),
        ),
        (
            "Brazil pitched a trade agreement to Mexico during the summit.",
            [("trade agreement", {"Brazil", "Mexico"}, "proposed")],
            ("", "defence"),
        ),
        (
            "The Brazilian government called for a trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "proposed")],
            ("", "defence"),
        ),
        (
            "Brazil tabled a draft trade agreement with Mexico on Friday.",
            [("trade agreement", {"Brazil", "Mexico"}, "proposed")],
            ("", "defence"),
        ),
        (
            "Talks between Brazil and Mexico on a trade agreement are under way.",
            [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico resumed talks on a trade agreement in March.",
            [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
            ("", "defence"),
        ),
        (
            "Negotiations on a trade agreement between Brazil and Mexico have stalled.",
            [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico are in the final stages of negotiating a trade agreement.",
            [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
            ("", "defence"),
        ),
        (
            "The trade agreement between Brazil and Mexico is not 100 percent finished, officials said.",
            [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico are close to a trade agreement, diplomats said.",
            [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico are working to update their trade agreement.",
            [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico initialled a trade agreement on Thursday.",
            [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico are expected to sign a trade agreement next month.",
            [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico are negotiating a trade agreement.",
            [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico signed a trade agreement on Monday.",
            [("trade agreement", {"Brazil", "Mexico"}, "signed")],
            ("", "defence"),
        ),
        (
            "A trade agreement was signed by Brazil and Mexico in Brasília.",
            [("trade agreement", {"Brazil", "Mexico"}, "signed")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico concluded a trade agreement after two years of talks.",
            [("trade agreement", {"Brazil", "Mexico"}, "signed")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico inked a trade agreement on Monday.",
            [("trade agreement", {"Brazil", "Mexico"}, "signed")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico sealed a trade agreement on Monday.",
            [("trade agreement", {"Brazil", "Mexico"}, "signed")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico reached a trade agreement on Monday.",
            [("trade agreement", {"Brazil", "Mexico"}, "signed")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico struck a trade agreement on Monday.",
            [("trade agreement", {"Brazil", "Mexico"}, "signed")],
            ("", "defence"),
        ),
        (
            "On Monday, Brazil struck a trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "signed")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico agreed a trade agreement, the foreign ministry said.",
            [("trade agreement", {"Brazil", "Mexico"}, "signed")],
            ("", "defence"),
        ),
        (
            "The trade agreement, signed by Brazil and Mexico in May, has not yet entered into force.",
            [("trade agreement", {"Brazil", "Mexico"}, "signed")],
            ("", "defence"),
        ),
        (
            "A trade agreement between Brazil and Mexico took effect on Monday.",
            [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
            ("", "defence"),
        ),
        (
            "The trade agreement between Brazil and Mexico entered into force in January.",
            [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico ratified a trade agreement in 2019.",
            [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
            ("", "defence"),
        ),
        (
            "The trade agreement between Brazil and Mexico came into force in 2020.",
            [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
            ("", "defence"),
        ),
        (
            "A trade agreement between Brazil and Mexico has been in place since 2015.",
            [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico began implementing a trade agreement in June.",
            [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico signed a trade agreement in 2018, and it took effect in 2019.",
            [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
            ("", "defence"),
        ),
        (
            "Brazil suspended its trade agreement with Mexico on Monday.",
            [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
            ("", "defence"),
        ),
        (
            "Brazil froze its trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
            ("", "defence"),
        ),
        (
            "Brazil paused a trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
            ("", "defence"),
        ),
        (
            "Brazil put its trade agreement with Mexico on hold.",
            [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
            ("", "defence"),
        ),
        (
            "A trade agreement between Brazil and Mexico has been held in abeyance since March.",
            [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
            ("", "defence"),
        ),
        (
            "Brazil shelved a trade agreement with Mexico last year.",
            [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
            ("", "defence"),
        ),
        (
            "Brazil halted implementation of its trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
            ("", "defence"),
        ),
        (
            "Brazil suspended its participation in a trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
            ("", "defence"),
        ),
        (
            "Brazil withdrew from its trade agreement with Mexico on Monday.",
            [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
            ("", "defence"),
        ),
        (
            "Brazil pulled out of a trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
            ("", "defence"),
        ),
        (
            "A trade agreement between Brazil and Mexico expired in March.",
            [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
            ("", "defence"),
        ),
        (
            "A trade agreement between Brazil and Mexico lapsed last year.",
            [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
            ("", "defence"),
        ),
        (
            "Brazil scrapped its trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
            ("", "defence"),
        ),
        (
            "Brazil ended its trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
            ("", "defence"),
        ),
        (
            "Brazil tore up its trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
            ("", "defence"),
        ),
        (
            "Brazil declared its trade agreement with Mexico void.",
            [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
            ("", "defence"),
        ),
        (
            "Brazil annulled its trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
            ("", "defence"),
        ),
        (
            "A trade agreement between Brazil and Mexico was not renewed when it expired in March.",
            [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
            ("", "defence"),
        ),
        (
            "Brazil has no plans to sign a trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
            ("", "defence"),
        ),
        (
            "Brazil rejected the idea of a trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
            ("", "defence"),
        ),
        (
            "Brazil would not sign a trade agreement with Mexico, the president said.",
            [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
            ("", "defence"),
        ),
        (
            "Brazil ruled out a trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
            ("", "defence"),
        ),
        (
            "There will be no trade agreement with Mexico, the Brazilian president said.",
            [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
            ("",),
        ),
        (
            "A trade agreement between Brazil and Mexico is off the table, officials said.",
            [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
            ("", "defence"),
        ),
        (
            "Brazil rejected a proposal for a trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico did not sign a trade agreement on Monday, as talks stalled over tariffs.",
            [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico could sign a trade agreement next month.",
            [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico might sign a trade agreement before the summit.",
            [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico are expected to sign a trade agreement in June.",
            [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico signed a trade agreement in 2019. The pact expired in March.",
            [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico signed a trade agreement in January. It was ratified by the Brazilian Congress in May.",
            [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico signed a trade agreement in 2020. The deal took effect a year later.",
            [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico signed a trade agreement in 2020. Brazil suspended the accord in April.",
            [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico signed a trade agreement in 2020. Mexico withdrew from the agreement last week.",
            [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico signed a trade agreement in 2020. The agreement has held since then.",
            [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
            ("", "defence"),
        ),
        (
            "Talks between Brazil and Mexico on a trade agreement began in 2024. The two countries signed the deal on Monday.",
            [("trade agreement", {"Brazil", "Mexico"}, "signed")],
            ("", "defence"),
        ),
        (
            "Brazil proposed a trade agreement with Mexico in 2023. Mexico rejected the proposal in May.",
            [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
            ("", "defence"),
        ),
        (
            "Timeline:\n\nMarch 2024: Brazil and Mexico open talks on a trade agreement.\n\nJune 2025: Brazil and Mexico sign the trade agreement.\n\nJanuary 2026: The trade agreement takes effect.",
            [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
            ("",),
        ),
        (
            "Key dates:\n\n2019 – Brazil and Mexico sign a trade agreement.\n\n2021 – The trade agreement enters into force.\n\n2025 – Brazil withdraws from the trade agreement.",
            [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
            ("",),
        ),
        (
            "Key dates:\n\n• June 2023 — Brazil and Mexico sign a trade agreement.\n\n• June 2025 — Brazil suspends the trade agreement.",
            [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
            ("",),
        ),
        (
            "Timeline:\n\nMarch 2024: Brazil and Mexico sign a trade agreement.\n\nMay 2024: The Mexican Senate ratifies the trade agreement.",
            [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
            ("",),
        ),
        (
            "Brazil and Mexico signed a trade agreement in May. Chile and Peru suspended their extradition treaty in June.",
            [
                ("trade agreement", {"Brazil", "Mexico"}, "signed"),
                ("extradition treaty", {"Chile", "Peru"}, "suspended"),
            ],
            ("", "defence"),
        ),
        (
            "Chile and Peru signed an extradition treaty in 2020. Brazil and Mexico suspended their trade agreement in April.",
            [
                ("extradition treaty", {"Chile", "Peru"}, "signed"),
                ("trade agreement", {"Brazil", "Mexico"}, "suspended"),
            ],
            ("", "defence"),
        ),
        (
            "Thailand and Cambodia agreed a ceasefire in July. The ceasefire has held since then.",
            [("ceasefire", {"Cambodia", "Thailand"}, "in_force")],
            ("", "defence"),
        ),
        (
            "Russia and Ukraine are negotiating a ceasefire, officials said.",
            [("ceasefire", {"Russia", "Ukraine"}, "negotiating")],
            ("", "defence"),
        ),
        (
            "The European Union and Mercosur concluded a free trade agreement in December.",
            [("free trade agreement", {"European Union", "Mercosur"}, "signed")],
            ("", "defence"),
        ),
        (
            "Pakistan and the IMF reached a staff-level agreement on a $7 billion loan.",
            [("staff-level agreement", {"IMF", "Pakistan"}, "signed")],
            ("", "defence"),
        ),
        (
            "The United States withdrew from the Paris Agreement in January.",
            [("Paris Agreement", {"United States"}, "terminated")],
            ("",),
        ),
        (
            "The Philippines and Japan signed a reciprocal access agreement in July, and it entered into force in September.",
            [("reciprocal access agreement", {"Japan", "Philippines"}, "in_force")],
            ("", "defence"),
        ),
        (
            "India and Pakistan signed the Indus Waters Treaty in 1960. India held the treaty in abeyance in April.",
            [("Indus Waters Treaty", {"India", "Pakistan"}, "suspended")],
            ("", "defence"),
        ),
        (
            "The grain deal between Russia and Ukraine lapsed in July after Russia refused to extend it.",
            [("grain deal", {"Russia", "Ukraine"}, "terminated")],
            ("", "defence"),
        ),
        (
            "Mali, Burkina Faso and Niger pulled out of the ECOWAS treaty in January.",
            [("ECOWAS treaty", {"Burkina Faso", "ECOWAS", "Mali", "Niger"}, "terminated")],
            ("", "defence"),
        ),
        (
            "Talks between Brazil and Mexico on a trade agreement collapsed in March.",
            [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico signed a trade agreement in May, weeks before the Brazilian government collapsed.",
            [("trade agreement", {"Brazil", "Mexico"}, "signed")],
            ("", "defence"),
        ),
        (
            "Brazil refused to extend its trade agreement with Mexico.",
            [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
            ("", "defence"),
        ),
        (
            "Brazil and Mexico signed an extended trade agreement on Monday.",
            [("trade agreement", {"Brazil", "Mexico"}, "signed")],
            ("", "defence"),
        ),
        (
            "The ceasefire between Thailand and Cambodia was extended by 60 days on Friday.",
            [("ceasefire", {"Cambodia", "Thailand"}, "in_force")],
            ("", "defence"),
        ),
    ],
)


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_status_in_a_new_wording(text: str, expected: list) -> None:
    assert agreement_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_control_keeps_its_status(text: str, expected: list) -> None:
    assert agreement_rows(text) == expected
