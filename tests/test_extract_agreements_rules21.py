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

from tests.extract_rows import agreement_rows

# Each fails on the commit before round 21 (no record, a wrong status, or a status given to
# a new record for the pair named last).
FIXED = [
    (
        "Brazil and Mexico hope to conclude a trade agreement by the end of the year.",
        [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
    ),
    (
        "Fuel prices rose again this week, and the opposition staged protests in the capital. Brazil and Mexico hope to conclude a trade agreement by the end of the year.",
        [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
    ),
    (
        "NAIROBI, May 4, 2026 — Brazil and Mexico hope to conclude a trade agreement by the end of the year.",
        [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico hope to conclude a trade agreement by the end of the year.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "negotiating"),
        ],
    ),
    (
        "Brazil and Mexico renewed their trade agreement on Monday.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Fuel prices rose again this week, and the opposition staged protests in the capital. Brazil and Mexico renewed their trade agreement on Monday.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "NAIROBI, May 4, 2026 — Brazil and Mexico renewed their trade agreement on Monday.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico renewed their trade agreement on Monday.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "in_force"),
        ],
    ),
    (
        "Brazil and Mexico extended their trade agreement for five years.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Fuel prices rose again this week, and the opposition staged protests in the capital. Brazil and Mexico extended their trade agreement for five years.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "NAIROBI, May 4, 2026 — Brazil and Mexico extended their trade agreement for five years.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico extended their trade agreement for five years.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "in_force"),
        ],
    ),
    (
        "Brazil and Mexico signed a trade agreement in 2020. It collapsed in March.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "Fuel prices rose again this week, and the opposition staged protests in the capital. Brazil and Mexico signed a trade agreement in 2020. It collapsed in March.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "NAIROBI, May 4, 2026 — Brazil and Mexico signed a trade agreement in 2020. It collapsed in March.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico signed a trade agreement in 2020. It collapsed in March.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
        ],
    ),
    (
        "Brazil and Mexico signed a trade agreement in 2020. The deal was renewed in 2025.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Fuel prices rose again this week, and the opposition staged protests in the capital. Brazil and Mexico signed a trade agreement in 2020. The deal was renewed in 2025.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "NAIROBI, May 4, 2026 — Brazil and Mexico signed a trade agreement in 2020. The deal was renewed in 2025.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico signed a trade agreement in 2020. The deal was renewed in 2025.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "in_force"),
        ],
    ),
    (
        "Brazil and Mexico signed a trade agreement in 2019. Chile and Peru signed an extradition treaty in 2020. The trade agreement expired in March.",
        [
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
            ("extradition treaty", {"Chile", "Peru"}, "signed"),
        ],
    ),
    (
        "Fuel prices rose again this week, and the opposition staged protests in the capital. Brazil and Mexico signed a trade agreement in 2019. Chile and Peru signed an extradition treaty in 2020. The trade agreement expired in March.",
        [
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
            ("extradition treaty", {"Chile", "Peru"}, "signed"),
        ],
    ),
    (
        "NAIROBI, May 4, 2026 — Brazil and Mexico signed a trade agreement in 2019. Chile and Peru signed an extradition treaty in 2020. The trade agreement expired in March.",
        [
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
            ("extradition treaty", {"Chile", "Peru"}, "signed"),
        ],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico signed a trade agreement in 2019. Chile and Peru signed an extradition treaty in 2020. The trade agreement expired in March.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
            ("extradition treaty", {"Chile", "Peru"}, "signed"),
        ],
    ),
    (
        "Israel and Hamas agreed a ceasefire in January. The ceasefire collapsed in March.",
        [("ceasefire", {"Hamas", "Israel"}, "terminated")],
    ),
    (
        "Fuel prices rose again this week, and the opposition staged protests in the capital. Israel and Hamas agreed a ceasefire in January. The ceasefire collapsed in March.",
        [("ceasefire", {"Hamas", "Israel"}, "terminated")],
    ),
    (
        "NAIROBI, May 4, 2026 — Israel and Hamas agreed a ceasefire in January. The ceasefire collapsed in March.",
        [("ceasefire", {"Hamas", "Israel"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Israel and Hamas agreed a ceasefire in January. The ceasefire collapsed in March.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("ceasefire", {"Hamas", "Israel"}, "terminated"),
        ],
    ),
    (
        "A ceasefire between Israel and Hamas that took effect in January collapsed in March.",
        [("ceasefire", {"Hamas", "Israel"}, "terminated")],
    ),
    (
        "Fuel prices rose again this week, and the opposition staged protests in the capital. A ceasefire between Israel and Hamas that took effect in January collapsed in March.",
        [("ceasefire", {"Hamas", "Israel"}, "terminated")],
    ),
    (
        "NAIROBI, May 4, 2026 — A ceasefire between Israel and Hamas that took effect in January collapsed in March.",
        [("ceasefire", {"Hamas", "Israel"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. A ceasefire between Israel and Hamas that took effect in January collapsed in March.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("ceasefire", {"Hamas", "Israel"}, "terminated"),
        ],
    ),
    (
        "Israel and Hamas agreed a ceasefire in January, but it collapsed in March.",
        [("ceasefire", {"Hamas", "Israel"}, "terminated")],
    ),
    (
        "Fuel prices rose again this week, and the opposition staged protests in the capital. Israel and Hamas agreed a ceasefire in January, but it collapsed in March.",
        [("ceasefire", {"Hamas", "Israel"}, "terminated")],
    ),
    (
        "NAIROBI, May 4, 2026 — Israel and Hamas agreed a ceasefire in January, but it collapsed in March.",
        [("ceasefire", {"Hamas", "Israel"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Israel and Hamas agreed a ceasefire in January, but it collapsed in March.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("ceasefire", {"Hamas", "Israel"}, "terminated"),
        ],
    ),
    (
        "Timeline:\n\nJanuary 2025: Israel and Hamas agree a humanitarian truce.\n\nMarch 2025: The humanitarian truce expires.",
        [("humanitarian truce", {"Hamas", "Israel"}, "signed")],
    ),
    (
        "Brazil and Mexico signed a trade agreement in 2015. The agreement was not renewed when it ran for ten years.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "Fuel prices rose again this week, and the opposition staged protests in the capital. Brazil and Mexico signed a trade agreement in 2015. The agreement was not renewed when it ran for ten years.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "NAIROBI, May 4, 2026 — Brazil and Mexico signed a trade agreement in 2015. The agreement was not renewed when it ran for ten years.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico signed a trade agreement in 2015. The agreement was not renewed when it ran for ten years.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
        ],
    ),
    (
        "The truce between Israel and Hamas broke down in March.",
        [("truce", {"Hamas", "Israel"}, "terminated")],
    ),
    (
        "Fuel prices rose again this week, and the opposition staged protests in the capital. The truce between Israel and Hamas broke down in March.",
        [("truce", {"Hamas", "Israel"}, "terminated")],
    ),
    (
        "NAIROBI, May 4, 2026 — The truce between Israel and Hamas broke down in March.",
        [("truce", {"Hamas", "Israel"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. The truce between Israel and Hamas broke down in March.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("truce", {"Hamas", "Israel"}, "terminated"),
        ],
    ),
    (
        "Ukraine and Russia agreed a grain deal in 2022, and it fell apart a year later.",
        [("grain deal", {"Russia", "Ukraine"}, "terminated")],
    ),
    (
        "Fuel prices rose again this week, and the opposition staged protests in the capital. Ukraine and Russia agreed a grain deal in 2022, and it fell apart a year later.",
        [("grain deal", {"Russia", "Ukraine"}, "terminated")],
    ),
    (
        "NAIROBI, May 4, 2026 — Ukraine and Russia agreed a grain deal in 2022, and it fell apart a year later.",
        [("grain deal", {"Russia", "Ukraine"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Ukraine and Russia agreed a grain deal in 2022, and it fell apart a year later.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("grain deal", {"Russia", "Ukraine"}, "terminated"),
        ],
    ),
]

# Already right before round 21; they must stay so.
CONTROLS = [
    (
        "Brazil offered Mexico a trade agreement on Monday.",
        [("trade agreement", {"Brazil", "Mexico"}, "proposed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil offered Mexico a trade agreement on Monday.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "proposed"),
        ],
    ),
    (
        "Brazil proposed a trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "proposed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil proposed a trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "proposed"),
        ],
    ),
    (
        "A trade agreement with Mexico was floated by Brazil last week.",
        [("trade agreement", {"Brazil", "Mexico"}, "proposed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. A trade agreement with Mexico was floated by Brazil last week.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "proposed"),
        ],
    ),
    (
        "Brazil has put forward a trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "proposed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil has put forward a trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "proposed"),
        ],
    ),
    (
        "Brazil suggested a trade agreement with Mexico, officials said.",
        [("trade agreement", {"Brazil", "Mexico"}, "proposed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil suggested a trade agreement with Mexico, officials said.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "proposed"),
        ],
    ),
    (
        "Brazil pitched a trade agreement to Mexico during the summit.",
        [("trade agreement", {"Brazil", "Mexico"}, "proposed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil pitched a trade agreement to Mexico during the summit.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "proposed"),
        ],
    ),
    (
        "The Brazilian government called for a trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "proposed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. The Brazilian government called for a trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "proposed"),
        ],
    ),
    (
        "Brazil tabled a draft trade agreement with Mexico on Friday.",
        [("trade agreement", {"Brazil", "Mexico"}, "proposed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil tabled a draft trade agreement with Mexico on Friday.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "proposed"),
        ],
    ),
    (
        "Talks between Brazil and Mexico on a trade agreement are under way.",
        [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Talks between Brazil and Mexico on a trade agreement are under way.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "negotiating"),
        ],
    ),
    (
        "Brazil and Mexico resumed talks on a trade agreement in March.",
        [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico resumed talks on a trade agreement in March.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "negotiating"),
        ],
    ),
    (
        "Negotiations on a trade agreement between Brazil and Mexico have stalled.",
        [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Negotiations on a trade agreement between Brazil and Mexico have stalled.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "negotiating"),
        ],
    ),
    (
        "Brazil and Mexico are in the final stages of negotiating a trade agreement.",
        [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico are in the final stages of negotiating a trade agreement.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "negotiating"),
        ],
    ),
    (
        "The trade agreement between Brazil and Mexico is not 100 percent finished, officials said.",
        [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. The trade agreement between Brazil and Mexico is not 100 percent finished, officials said.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "negotiating"),
        ],
    ),
    (
        "Brazil and Mexico are close to a trade agreement, diplomats said.",
        [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico are close to a trade agreement, diplomats said.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "negotiating"),
        ],
    ),
    (
        "Brazil and Mexico are working to update their trade agreement.",
        [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico are working to update their trade agreement.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "negotiating"),
        ],
    ),
    (
        "Brazil and Mexico initialled a trade agreement on Thursday.",
        [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico initialled a trade agreement on Thursday.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "negotiating"),
        ],
    ),
    (
        "Brazil and Mexico are expected to sign a trade agreement next month.",
        [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico are expected to sign a trade agreement next month.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "negotiating"),
        ],
    ),
    (
        "Brazil and Mexico are negotiating a trade agreement.",
        [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico are negotiating a trade agreement.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "negotiating"),
        ],
    ),
    (
        "Brazil and Mexico signed a trade agreement on Monday.",
        [("trade agreement", {"Brazil", "Mexico"}, "signed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico signed a trade agreement on Monday.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "signed"),
        ],
    ),
    (
        "A trade agreement was signed by Brazil and Mexico in Brasília.",
        [("trade agreement", {"Brazil", "Mexico"}, "signed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. A trade agreement was signed by Brazil and Mexico in Brasília.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "signed"),
        ],
    ),
    (
        "Brazil and Mexico concluded a trade agreement after two years of talks.",
        [("trade agreement", {"Brazil", "Mexico"}, "signed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico concluded a trade agreement after two years of talks.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "signed"),
        ],
    ),
    (
        "Brazil and Mexico inked a trade agreement on Monday.",
        [("trade agreement", {"Brazil", "Mexico"}, "signed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico inked a trade agreement on Monday.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "signed"),
        ],
    ),
    (
        "Brazil and Mexico sealed a trade agreement on Monday.",
        [("trade agreement", {"Brazil", "Mexico"}, "signed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico sealed a trade agreement on Monday.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "signed"),
        ],
    ),
    (
        "Brazil and Mexico reached a trade agreement on Monday.",
        [("trade agreement", {"Brazil", "Mexico"}, "signed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico reached a trade agreement on Monday.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "signed"),
        ],
    ),
    (
        "Brazil and Mexico struck a trade agreement on Monday.",
        [("trade agreement", {"Brazil", "Mexico"}, "signed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico struck a trade agreement on Monday.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "signed"),
        ],
    ),
    (
        "On Monday, Brazil struck a trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "signed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. On Monday, Brazil struck a trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "signed"),
        ],
    ),
    (
        "Brazil and Mexico agreed a trade agreement, the foreign ministry said.",
        [("trade agreement", {"Brazil", "Mexico"}, "signed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico agreed a trade agreement, the foreign ministry said.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "signed"),
        ],
    ),
    (
        "The trade agreement, signed by Brazil and Mexico in May, has not yet entered into force.",
        [("trade agreement", {"Brazil", "Mexico"}, "signed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. The trade agreement, signed by Brazil and Mexico in May, has not yet entered into force.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "signed"),
        ],
    ),
    (
        "A trade agreement between Brazil and Mexico took effect on Monday.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. A trade agreement between Brazil and Mexico took effect on Monday.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "in_force"),
        ],
    ),
    (
        "The trade agreement between Brazil and Mexico entered into force in January.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. The trade agreement between Brazil and Mexico entered into force in January.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "in_force"),
        ],
    ),
    (
        "Brazil and Mexico ratified a trade agreement in 2019.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico ratified a trade agreement in 2019.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "in_force"),
        ],
    ),
    (
        "The trade agreement between Brazil and Mexico came into force in 2020.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. The trade agreement between Brazil and Mexico came into force in 2020.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "in_force"),
        ],
    ),
    (
        "A trade agreement between Brazil and Mexico has been in place since 2015.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. A trade agreement between Brazil and Mexico has been in place since 2015.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "in_force"),
        ],
    ),
    (
        "Brazil and Mexico began implementing a trade agreement in June.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico began implementing a trade agreement in June.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "in_force"),
        ],
    ),
    (
        "Brazil and Mexico signed a trade agreement in 2018, and it took effect in 2019.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico signed a trade agreement in 2018, and it took effect in 2019.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "in_force"),
        ],
    ),
    (
        "Brazil suspended its trade agreement with Mexico on Monday.",
        [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil suspended its trade agreement with Mexico on Monday.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "suspended"),
        ],
    ),
    (
        "Brazil froze its trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil froze its trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "suspended"),
        ],
    ),
    (
        "Brazil paused a trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil paused a trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "suspended"),
        ],
    ),
    (
        "Brazil put its trade agreement with Mexico on hold.",
        [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil put its trade agreement with Mexico on hold.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "suspended"),
        ],
    ),
    (
        "A trade agreement between Brazil and Mexico has been held in abeyance since March.",
        [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. A trade agreement between Brazil and Mexico has been held in abeyance since March.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "suspended"),
        ],
    ),
    (
        "Brazil shelved a trade agreement with Mexico last year.",
        [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil shelved a trade agreement with Mexico last year.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "suspended"),
        ],
    ),
    (
        "Brazil halted implementation of its trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil halted implementation of its trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "suspended"),
        ],
    ),
    (
        "Brazil suspended its participation in a trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil suspended its participation in a trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "suspended"),
        ],
    ),
    (
        "Brazil withdrew from its trade agreement with Mexico on Monday.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil withdrew from its trade agreement with Mexico on Monday.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
        ],
    ),
    (
        "Brazil pulled out of a trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil pulled out of a trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
        ],
    ),
    (
        "A trade agreement between Brazil and Mexico expired in March.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. A trade agreement between Brazil and Mexico expired in March.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
        ],
    ),
    (
        "A trade agreement between Brazil and Mexico lapsed last year.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. A trade agreement between Brazil and Mexico lapsed last year.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
        ],
    ),
    (
        "Brazil scrapped its trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil scrapped its trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
        ],
    ),
    (
        "Brazil ended its trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil ended its trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
        ],
    ),
    (
        "Brazil tore up its trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil tore up its trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
        ],
    ),
    (
        "Brazil declared its trade agreement with Mexico void.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil declared its trade agreement with Mexico void.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
        ],
    ),
    (
        "Brazil annulled its trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil annulled its trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
        ],
    ),
    (
        "A trade agreement between Brazil and Mexico was not renewed when it expired in March.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. A trade agreement between Brazil and Mexico was not renewed when it expired in March.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
        ],
    ),
    (
        "Brazil has no plans to sign a trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil has no plans to sign a trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "ruled_out"),
        ],
    ),
    (
        "Brazil rejected the idea of a trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil rejected the idea of a trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "ruled_out"),
        ],
    ),
    (
        "Brazil would not sign a trade agreement with Mexico, the president said.",
        [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil would not sign a trade agreement with Mexico, the president said.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "ruled_out"),
        ],
    ),
    (
        "Brazil ruled out a trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil ruled out a trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "ruled_out"),
        ],
    ),
    (
        "There will be no trade agreement with Mexico, the Brazilian president said.",
        [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
    ),
    (
        "A trade agreement between Brazil and Mexico is off the table, officials said.",
        [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. A trade agreement between Brazil and Mexico is off the table, officials said.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "ruled_out"),
        ],
    ),
    (
        "Brazil rejected a proposal for a trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil rejected a proposal for a trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "ruled_out"),
        ],
    ),
    (
        "Brazil and Mexico did not sign a trade agreement on Monday, as talks stalled over tariffs.",
        [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico did not sign a trade agreement on Monday, as talks stalled over tariffs.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "negotiating"),
        ],
    ),
    (
        "Brazil and Mexico could sign a trade agreement next month.",
        [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico could sign a trade agreement next month.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "negotiating"),
        ],
    ),
    (
        "Brazil and Mexico might sign a trade agreement before the summit.",
        [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico might sign a trade agreement before the summit.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "negotiating"),
        ],
    ),
    (
        "Brazil and Mexico are expected to sign a trade agreement in June.",
        [("trade agreement", {"Brazil", "Mexico"}, "negotiating")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico are expected to sign a trade agreement in June.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "negotiating"),
        ],
    ),
    (
        "Brazil and Mexico signed a trade agreement in 2019. The pact expired in March.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico signed a trade agreement in 2019. The pact expired in March.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
        ],
    ),
    (
        "Brazil and Mexico signed a trade agreement in January. It was ratified by the Brazilian Congress in May.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico signed a trade agreement in January. It was ratified by the Brazilian Congress in May.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "in_force"),
        ],
    ),
    (
        "Brazil and Mexico signed a trade agreement in 2020. The deal took effect a year later.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico signed a trade agreement in 2020. The deal took effect a year later.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "in_force"),
        ],
    ),
    (
        "Brazil and Mexico signed a trade agreement in 2020. Brazil suspended the accord in April.",
        [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico signed a trade agreement in 2020. Brazil suspended the accord in April.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "suspended"),
        ],
    ),
    (
        "Brazil and Mexico signed a trade agreement in 2020. Mexico withdrew from the agreement last week.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico signed a trade agreement in 2020. Mexico withdrew from the agreement last week.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "terminated"),
        ],
    ),
    (
        "Brazil and Mexico signed a trade agreement in 2020. The agreement has held since then.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico signed a trade agreement in 2020. The agreement has held since then.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "in_force"),
        ],
    ),
    (
        "Talks between Brazil and Mexico on a trade agreement began in 2024. The two countries signed the deal on Monday.",
        [("trade agreement", {"Brazil", "Mexico"}, "signed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Talks between Brazil and Mexico on a trade agreement began in 2024. The two countries signed the deal on Monday.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "signed"),
        ],
    ),
    (
        "Brazil proposed a trade agreement with Mexico in 2023. Mexico rejected the proposal in May.",
        [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil proposed a trade agreement with Mexico in 2023. Mexico rejected the proposal in May.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "ruled_out"),
        ],
    ),
    (
        "Timeline:\n\nMarch 2024: Brazil and Mexico open talks on a trade agreement.\n\nJune 2025: Brazil and Mexico sign the trade agreement.\n\nJanuary 2026: The trade agreement takes effect.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Key dates:\n\n2019 – Brazil and Mexico sign a trade agreement.\n\n2021 – The trade agreement enters into force.\n\n2025 – Brazil withdraws from the trade agreement.",
        [("trade agreement", {"Brazil", "Mexico"}, "terminated")],
    ),
    (
        "Key dates:\n\n• June 2023 — Brazil and Mexico sign a trade agreement.\n\n• June 2025 — Brazil suspends the trade agreement.",
        [("trade agreement", {"Brazil", "Mexico"}, "suspended")],
    ),
    (
        "Timeline:\n\nMarch 2024: Brazil and Mexico sign a trade agreement.\n\nMay 2024: The Mexican Senate ratifies the trade agreement.",
        [("trade agreement", {"Brazil", "Mexico"}, "in_force")],
    ),
    (
        "Brazil and Mexico signed a trade agreement in May. Chile and Peru suspended their extradition treaty in June.",
        [
            ("trade agreement", {"Brazil", "Mexico"}, "signed"),
            ("extradition treaty", {"Chile", "Peru"}, "suspended"),
        ],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico signed a trade agreement in May. Chile and Peru suspended their extradition treaty in June.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "signed"),
            ("extradition treaty", {"Chile", "Peru"}, "suspended"),
        ],
    ),
    (
        "Chile and Peru signed an extradition treaty in 2020. Brazil and Mexico suspended their trade agreement in April.",
        [
            ("extradition treaty", {"Chile", "Peru"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "suspended"),
        ],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Chile and Peru signed an extradition treaty in 2020. Brazil and Mexico suspended their trade agreement in April.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("extradition treaty", {"Chile", "Peru"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "suspended"),
        ],
    ),
    (
        "Thailand and Cambodia agreed a ceasefire in July. The ceasefire has held since then.",
        [("ceasefire", {"Cambodia", "Thailand"}, "in_force")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Thailand and Cambodia agreed a ceasefire in July. The ceasefire has held since then.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("ceasefire", {"Cambodia", "Thailand"}, "in_force"),
        ],
    ),
    (
        "Russia and Ukraine are negotiating a ceasefire, officials said.",
        [("ceasefire", {"Russia", "Ukraine"}, "negotiating")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Russia and Ukraine are negotiating a ceasefire, officials said.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("ceasefire", {"Russia", "Ukraine"}, "negotiating"),
        ],
    ),
    (
        "The European Union and Mercosur concluded a free trade agreement in December.",
        [("free trade agreement", {"European Union", "Mercosur"}, "signed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. The European Union and Mercosur concluded a free trade agreement in December.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("free trade agreement", {"European Union", "Mercosur"}, "signed"),
        ],
    ),
    (
        "Pakistan and the IMF reached a staff-level agreement on a $7 billion loan.",
        [("staff-level agreement", {"IMF", "Pakistan"}, "signed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Pakistan and the IMF reached a staff-level agreement on a $7 billion loan.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("staff-level agreement", {"IMF", "Pakistan"}, "signed"),
        ],
    ),
    (
        "The United States withdrew from the Paris Agreement in January.",
        [("Paris Agreement", {"United States"}, "terminated")],
    ),
    (
        "The Philippines and Japan signed a reciprocal access agreement in July, and it entered into force in September.",
        [("reciprocal access agreement", {"Japan", "Philippines"}, "in_force")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. The Philippines and Japan signed a reciprocal access agreement in July, and it entered into force in September.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("reciprocal access agreement", {"Japan", "Philippines"}, "in_force"),
        ],
    ),
    (
        "India and Pakistan signed the Indus Waters Treaty in 1960. India held the treaty in abeyance in April.",
        [("Indus Waters Treaty", {"India", "Pakistan"}, "suspended")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. India and Pakistan signed the Indus Waters Treaty in 1960. India held the treaty in abeyance in April.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("Indus Waters Treaty", {"India", "Pakistan"}, "suspended"),
        ],
    ),
    (
        "The grain deal between Russia and Ukraine lapsed in July after Russia refused to extend it.",
        [("grain deal", {"Russia", "Ukraine"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. The grain deal between Russia and Ukraine lapsed in July after Russia refused to extend it.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("grain deal", {"Russia", "Ukraine"}, "terminated"),
        ],
    ),
    (
        "Mali, Burkina Faso and Niger pulled out of the ECOWAS treaty in January.",
        [("ECOWAS treaty", {"Burkina Faso", "ECOWAS", "Mali", "Niger"}, "terminated")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Mali, Burkina Faso and Niger pulled out of the ECOWAS treaty in January.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("ECOWAS treaty", {"Burkina Faso", "ECOWAS", "Mali", "Niger"}, "terminated"),
        ],
    ),
    (
        "Talks between Brazil and Mexico on a trade agreement collapsed in March.",
        [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Talks between Brazil and Mexico on a trade agreement collapsed in March.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "ruled_out"),
        ],
    ),
    (
        "Brazil and Mexico signed a trade agreement in May, weeks before the Brazilian government collapsed.",
        [("trade agreement", {"Brazil", "Mexico"}, "signed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico signed a trade agreement in May, weeks before the Brazilian government collapsed.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "signed"),
        ],
    ),
    (
        "Brazil refused to extend its trade agreement with Mexico.",
        [("trade agreement", {"Brazil", "Mexico"}, "ruled_out")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil refused to extend its trade agreement with Mexico.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "ruled_out"),
        ],
    ),
    (
        "Brazil and Mexico signed an extended trade agreement on Monday.",
        [("trade agreement", {"Brazil", "Mexico"}, "signed")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. Brazil and Mexico signed an extended trade agreement on Monday.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("trade agreement", {"Brazil", "Mexico"}, "signed"),
        ],
    ),
    (
        "The ceasefire between Thailand and Cambodia was extended by 60 days on Friday.",
        [("ceasefire", {"Cambodia", "Thailand"}, "in_force")],
    ),
    (
        "Kenya and Somalia signed a defence cooperation agreement on Tuesday. The ceasefire between Thailand and Cambodia was extended by 60 days on Friday.",
        [
            ("defence cooperation agreement", {"Kenya", "Somalia"}, "signed"),
            ("ceasefire", {"Cambodia", "Thailand"}, "in_force"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_status_in_a_new_wording(text: str, expected: list) -> None:
    assert agreement_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_control_keeps_its_status(text: str, expected: list) -> None:
    assert agreement_rows(text) == expected
