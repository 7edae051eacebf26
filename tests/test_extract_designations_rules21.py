"""Round 21 designation rules (recall, real records in many shapes): one record per entity
in lists and appositions; names with lower-case particles and hyphens kept whole ("Hizb
ut-Tahrir", "Jamaat ud-Dawa"); "the Blood and Soil Network" and "the Front for Justice and
Liberation" as one name; a company's seat ("Ltd of Dubai") and an exchange prefix
("Nasdaq-listed") left out of the name; former names and "or the X" kept as aliases; the
1267 committee as the UN list; the Foreign Office as the UK sanctions authority; "the EU
blacklisted X" and "X was blacklisted by the EU" as the bloc's listing, also after another
state's listing; "is being considered for designation" as a proposal; "It revoked the
designation" as a revocation of the listing before it; "it", "him", "the group" and "the
company" resolved to the previous sentence's subject, not to a group it merely served; a
follower's own list after "followed suit".

Every sentence is written for these tests; none is copied from the data sets. Each sentence
runs alone and after the opening of an article (no record, an FTO listing or an OFAC
listing), and each case states the whole expected output: (entity, designation, authority,
action, aliases) per record after the context's own records.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import rules_extract as extract

CONTEXTS = {
    "": ("", []),
    "none": (
        "ISLAMABAD, Jan. 9, 2026 — Pakistan's army said it killed 12 militants in North "
        "Waziristan. Japan pledged $30 million for flood relief in Sindh province. ",
        [],
    ),
    "fto": (
        "WASHINGTON, May 4, 2026 — The State Department on Monday designated the Sinaloa "
        "Cartel as a Foreign Terrorist Organization. Officials said more listings would follow. ",
        [
            (
                "Sinaloa Cartel",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    "ofac": (
        "BEIRUT, March 3, 2026 — The Treasury on Monday sanctioned Jaber Khalil, a Lebanese "
        "businessman. Lebanon's central bank said it would cooperate with the inquiry. Prices "
        "rose 4 percent in February. ",
        [("Jaber Khalil", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
}


def _rows(text: str) -> list[tuple]:
    return [
        (d.entity, d.designation, d.authority, d.action, list(d.aliases))
        for d in extract(text).designations
    ]


# Shapes that gave a missing, split or wrong record before this round.
FIXED = [
    (
        "multi-two-men-said-after-fto",
        "fto",
        "The Treasury sanctioned two men accused of financing al-Shabaab. The two men, Abdi Warsame and Hassan Nur, ran a hawala in Mogadishu, officials said.",
        [
            ("Abdi Warsame", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Hassan Nur", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-both-passive",
        "",
        "Tarek Mansour and Walid Issa were both sanctioned by the Treasury on Tuesday.",
        [
            ("Tarek Mansour", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Walid Issa", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-both-passive-after-ofac",
        "ofac",
        "Tarek Mansour and Walid Issa were both sanctioned by the Treasury on Tuesday.",
        [
            ("Tarek Mansour", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Walid Issa", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-rel-clause",
        "",
        "The EU blacklisted Wagner Group and Africa Corps, which took over its operations in Mali, on Friday.",
        [
            ("Wagner Group", "EU sanctions list", "Council of the EU", "designated", []),
            ("Africa Corps", "EU sanctions list", "Council of the EU", "designated", []),
        ],
    ),
    (
        "multi-rel-clause-after-ofac",
        "ofac",
        "The EU blacklisted Wagner Group and Africa Corps, which took over its operations in Mali, on Friday.",
        [
            ("Wagner Group", "EU sanctions list", "Council of the EU", "designated", []),
            ("Africa Corps", "EU sanctions list", "Council of the EU", "designated", []),
        ],
    ),
    (
        "particle-active",
        "",
        "Britain proscribed Hizb ut-Tahrir under the Terrorism Act 2000.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-active-after-none",
        "none",
        "Britain proscribed Hizb ut-Tahrir under the Terrorism Act 2000.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-said",
        "",
        "The Home Office proscribed Hizb ut-Tahrir on Friday, Home Secretary James Cleverly said.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-said-after-fto",
        "fto",
        "The Home Office proscribed Hizb ut-Tahrir on Friday, Home Secretary James Cleverly said.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-passive",
        "",
        "Hizb ut-Tahrir was proscribed by Britain on Friday under the Terrorism Act 2000.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-passive-after-ofac",
        "ofac",
        "Hizb ut-Tahrir was proscribed by Britain on Friday under the Terrorism Act 2000.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-australia",
        "",
        "Australia listed Hizb ut-Tahrir as a terrorist organisation under the Criminal Code.",
        [
            (
                "Hizb ut-Tahrir",
                "Listed terrorist organisation (Australian Criminal Code)",
                "Government of Australia",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-australia-after-none",
        "none",
        "Australia listed Hizb ut-Tahrir as a terrorist organisation under the Criminal Code.",
        [
            (
                "Hizb ut-Tahrir",
                "Listed terrorist organisation (Australian Criminal Code)",
                "Government of Australia",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-hut-and",
        "",
        "Britain proscribed Hizb ut-Tahrir and Ansar al-Sharia under the Terrorism Act 2000.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
            (
                "Ansar al-Sharia",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
        ],
    ),
    (
        "particle-hut-and-after-ofac",
        "ofac",
        "Britain proscribed Hizb ut-Tahrir and Ansar al-Sharia under the Terrorism Act 2000.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
            (
                "Ansar al-Sharia",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
        ],
    ),
    (
        "particle-hut-rel",
        "",
        "The government proscribed Hizb ut-Tahrir, which calls for a global caliphate, under the Terrorism Act 2000.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-hut-rel-after-none",
        "none",
        "The government proscribed Hizb ut-Tahrir, which calls for a global caliphate, under the Terrorism Act 2000.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "and-name-proscribed",
        "",
        "Britain proscribed the Blood and Soil Network under the Terrorism Act 2000.",
        [
            (
                "Blood and Soil Network",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "and-name-proscribed-after-fto",
        "fto",
        "Britain proscribed the Blood and Soil Network under the Terrorism Act 2000.",
        [
            (
                "Blood and Soil Network",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "and-name-front",
        "",
        "The State Department designated the Front for Justice and Liberation as a Foreign Terrorist Organization.",
        [
            (
                "Front for Justice and Liberation",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "and-name-front-after-fto",
        "fto",
        "The State Department designated the Front for Justice and Liberation as a Foreign Terrorist Organization.",
        [
            (
                "Front for Justice and Liberation",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "company-ltd-of",
        "",
        "The Treasury sanctioned Alpha Star Trading Ltd of Dubai for supplying drone parts to Iran.",
        [("Alpha Star Trading Ltd", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
    (
        "company-ltd-of-after-ofac",
        "ofac",
        "The Treasury sanctioned Alpha Star Trading Ltd of Dubai for supplying drone parts to Iran.",
        [("Alpha Star Trading Ltd", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
    (
        "company-llc-of",
        "",
        "The Treasury sanctioned Golden Falcon General Trading LLC of Sharjah on Thursday.",
        [
            (
                "Golden Falcon General Trading LLC",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "company-llc-of-after-none",
        "none",
        "The Treasury sanctioned Golden Falcon General Trading LLC of Sharjah on Thursday.",
        [
            (
                "Golden Falcon General Trading LLC",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "company-nasdaq",
        "",
        "The Treasury sanctioned Nasdaq-listed Tianjin Tech for supplying drone parts.",
        [("Tianjin Tech", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
    (
        "company-nasdaq-after-fto",
        "fto",
        "The Treasury sanctioned Nasdaq-listed Tianjin Tech for supplying drone parts.",
        [("Tianjin Tech", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
    (
        "company-eu-blacklisted-maker",
        "",
        "The EU blacklisted the Iranian drone maker Qods Aviation Industries.",
        [("Qods Aviation Industries", "EU sanctions list", "Council of the EU", "designated", [])],
    ),
    (
        "company-eu-blacklisted-maker-after-ofac",
        "ofac",
        "The EU blacklisted the Iranian drone maker Qods Aviation Industries.",
        [("Qods Aviation Industries", "EU sanctions list", "Council of the EU", "designated", [])],
    ),
    (
        "company-eu-blacklisted-maker2",
        "",
        "The European Union on Monday blacklisted Chinese drone maker Xiamen Limbach over engine deliveries to Russia.",
        [("Xiamen Limbach", "EU sanctions list", "Council of the EU", "designated", [])],
    ),
    (
        "company-eu-blacklisted-maker2-after-none",
        "none",
        "The European Union on Monday blacklisted Chinese drone maker Xiamen Limbach over engine deliveries to Russia.",
        [("Xiamen Limbach", "EU sanctions list", "Council of the EU", "designated", [])],
    ),
    (
        "company-shanghai-listed",
        "",
        "The Treasury sanctioned Shanghai-listed Zhejiang Marine Equipment for shipping parts to Russia.",
        [
            (
                "Zhejiang Marine Equipment",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "company-shanghai-listed-after-fto",
        "fto",
        "The Treasury sanctioned Shanghai-listed Zhejiang Marine Equipment for shipping parts to Russia.",
        [
            (
                "Zhejiang Marine Equipment",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "alias-or",
        "",
        "Britain proscribed Terrorgram, or the Terrorgram Collective, under the Terrorism Act 2000.",
        [
            (
                "Terrorgram",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                ["Terrorgram Collective"],
            )
        ],
    ),
    (
        "alias-or-after-ofac",
        "ofac",
        "Britain proscribed Terrorgram, or the Terrorgram Collective, under the Terrorism Act 2000.",
        [
            (
                "Terrorgram",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                ["Terrorgram Collective"],
            )
        ],
    ),
    (
        "alias-formerly-comma",
        "",
        "The State Department designated Hayat Tahrir al-Sham, formerly the Nusra Front, as a Foreign Terrorist Organization.",
        [
            (
                "Hayat Tahrir al-Sham",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                ["Nusra Front"],
            )
        ],
    ),
    (
        "alias-formerly-comma-after-fto",
        "fto",
        "The State Department designated Hayat Tahrir al-Sham, formerly the Nusra Front, as a Foreign Terrorist Organization.",
        [
            (
                "Hayat Tahrir al-Sham",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                ["Nusra Front"],
            )
        ],
    ),
    (
        "propose-considering-passive",
        "",
        "Officials said the Muslim Brotherhood is being considered for designation as a Foreign Terrorist Organization.",
        [
            (
                "Muslim Brotherhood",
                "Foreign Terrorist Organization",
                "US State Department",
                "proposed",
                [],
            )
        ],
    ),
    (
        "propose-considering-passive-after-none",
        "none",
        "Officials said the Muslim Brotherhood is being considered for designation as a Foreign Terrorist Organization.",
        [
            (
                "Muslim Brotherhood",
                "Foreign Terrorist Organization",
                "US State Department",
                "proposed",
                [],
            )
        ],
    ),
    (
        "propose-hold",
        "",
        "China placed a hold on a proposal to list Sajid Mir at the UN Security Council's 1267 committee.",
        [("Sajid Mir", "UN sanctions list", "UN Security Council", "proposed", [])],
    ),
    (
        "propose-hold-after-ofac",
        "ofac",
        "China placed a hold on a proposal to list Sajid Mir at the UN Security Council's 1267 committee.",
        [("Sajid Mir", "UN sanctions list", "UN Security Council", "proposed", [])],
    ),
    (
        "propose-hold-passive",
        "",
        "A proposal to list Abdul Rehman Makki under the 1267 sanctions regime was put on hold by China.",
        [("Abdul Rehman Makki", "UN sanctions list", "UN Security Council", "proposed", [])],
    ),
    (
        "propose-hold-passive-after-none",
        "none",
        "A proposal to list Abdul Rehman Makki under the 1267 sanctions regime was put on hold by China.",
        [("Abdul Rehman Makki", "UN sanctions list", "UN Security Council", "proposed", [])],
    ),
    (
        "propose-eu-considering-after-fto",
        "fto",
        "The European Union is considering adding the Revolutionary Guards to its terrorist list.",
        [("Revolutionary Guards", "EU terrorist list", "Council of the EU", "proposed", [])],
    ),
    (
        "verb-blacklisted-eu",
        "",
        "The EU blacklisted Qods Aviation Industries for supplying drones to Russia.",
        [("Qods Aviation Industries", "EU sanctions list", "Council of the EU", "designated", [])],
    ),
    (
        "verb-blacklisted-eu-after-ofac",
        "ofac",
        "The EU blacklisted Qods Aviation Industries for supplying drones to Russia.",
        [("Qods Aviation Industries", "EU sanctions list", "Council of the EU", "designated", [])],
    ),
    (
        "verb-blacklisted-iranian",
        "",
        "The European Union blacklisted the Iranian drone maker Qods Aviation Industries on Monday.",
        [("Qods Aviation Industries", "EU sanctions list", "Council of the EU", "designated", [])],
    ),
    (
        "verb-blacklisted-iranian-after-none",
        "none",
        "The European Union blacklisted the Iranian drone maker Qods Aviation Industries on Monday.",
        [("Qods Aviation Industries", "EU sanctions list", "Council of the EU", "designated", [])],
    ),
    (
        "verb-blacklisted-passive",
        "",
        "Qods Aviation Industries was blacklisted by the EU in 2023.",
        [("Qods Aviation Industries", "EU sanctions list", "Council of the EU", "designated", [])],
    ),
    (
        "verb-blacklisted-passive-after-fto",
        "fto",
        "Qods Aviation Industries was blacklisted by the EU in 2023.",
        [("Qods Aviation Industries", "EU sanctions list", "Council of the EU", "designated", [])],
    ),
    (
        "passive-listed-can-after-fto",
        "fto",
        "The Proud Boys were listed as a terrorist entity in Canada in February 2021.",
        [
            (
                "Proud Boys",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "designated",
                [],
            )
        ],
    ),
    (
        "coref-the-group",
        "",
        "Hizb ut-Tahrir has operated in Britain since the 1980s. The Home Office proscribed the group on Friday under the Terrorism Act 2000.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "coref-the-group-after-ofac",
        "ofac",
        "Hizb ut-Tahrir has operated in Britain since the 1980s. The Home Office proscribed the group on Friday under the Terrorism Act 2000.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "coref-the-company",
        "",
        "Golden Crescent Exchange, a Dubai money changer, moved millions for Hezbollah, officials said. The Treasury sanctioned the company on Thursday.",
        [
            (
                "Golden Crescent Exchange",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "coref-the-company-after-none",
        "none",
        "Golden Crescent Exchange, a Dubai money changer, moved millions for Hezbollah, officials said. The Treasury sanctioned the company on Thursday.",
        [
            (
                "Golden Crescent Exchange",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "coref-financier",
        "",
        "Samir Aoun, a financier who served Hezbollah for a decade, ran three front companies. The Treasury sanctioned him on Thursday.",
        [("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
    (
        "coref-financier-after-fto",
        "fto",
        "Samir Aoun, a financier who served Hezbollah for a decade, ran three front companies. The Treasury sanctioned him on Thursday.",
        [("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
    (
        "coref-it-passive",
        "",
        "The Base was founded in 2018 by Rinaldo Nazzaro. It was proscribed by Britain in 2020.",
        [
            (
                "Base",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "coref-it-passive-after-none",
        "none",
        "The Base was founded in 2018 by Rinaldo Nazzaro. It was proscribed by Britain in 2020.",
        [
            (
                "Base",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "coref-group-passive",
        "",
        "Jamaat-ul-Ahrar split from the Pakistani Taliban in 2014. The group was designated a Specially Designated Global Terrorist in 2016.",
        [
            (
                "Jamaat-ul-Ahrar",
                "Specially Designated Global Terrorist",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "coref-group-passive-after-fto",
        "fto",
        "Jamaat-ul-Ahrar split from the Pakistani Taliban in 2014. The group was designated a Specially Designated Global Terrorist in 2016.",
        [
            (
                "Jamaat-ul-Ahrar",
                "Specially Designated Global Terrorist",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "coref-it-revoke",
        "",
        "The State Department designated Ansarallah a Foreign Terrorist Organization in January. It revoked the designation a month later.",
        [
            (
                "Ansarallah",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            ("Ansarallah", "Foreign Terrorist Organization", "US State Department", "revoked", []),
        ],
    ),
    (
        "coref-it-revoke-after-ofac",
        "ofac",
        "The State Department designated Ansarallah a Foreign Terrorist Organization in January. It revoked the designation a month later.",
        [
            (
                "Ansarallah",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            ("Ansarallah", "Foreign Terrorist Organization", "US State Department", "revoked", []),
        ],
    ),
    (
        "restate-again-passive",
        "",
        "Britain proscribed Hizb ut-Tahrir on Friday. Hizb ut-Tahrir was proscribed under the Terrorism Act 2000, which makes membership a crime.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "restate-again-passive-after-fto",
        "fto",
        "Britain proscribed Hizb ut-Tahrir on Friday. Hizb ut-Tahrir was proscribed under the Terrorism Act 2000, which makes membership a crime.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "restate-follow-suit",
        "",
        "Britain proscribed Hizb ut-Tahrir on Friday. Australia followed suit on Monday, listing the group as a terrorist organisation under the Criminal Code.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
            (
                "Hizb ut-Tahrir",
                "Listed terrorist organisation (Australian Criminal Code)",
                "Government of Australia",
                "designated",
                [],
            ),
        ],
    ),
    (
        "restate-follow-suit-after-ofac",
        "ofac",
        "Britain proscribed Hizb ut-Tahrir on Friday. Australia followed suit on Monday, listing the group as a terrorist organisation under the Criminal Code.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
            (
                "Hizb ut-Tahrir",
                "Listed terrorist organisation (Australian Criminal Code)",
                "Government of Australia",
                "designated",
                [],
            ),
        ],
    ),
    (
        "particle-jamaat-ud-dawa",
        "",
        "The UN Security Council added Jamaat ud-Dawa to its sanctions list in 2008.",
        [("Jamaat ud-Dawa", "UN sanctions list", "UN Security Council", "designated", [])],
    ),
    (
        "particle-jamaat-ud-dawa-after-fto",
        "fto",
        "The UN Security Council added Jamaat ud-Dawa to its sanctions list in 2008.",
        [("Jamaat ud-Dawa", "UN sanctions list", "UN Security Council", "designated", [])],
    ),
    (
        "particle-hut-fronted",
        "",
        "On Friday, the Home Office proscribed Hizb ut-Tahrir under the Terrorism Act 2000.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-hut-fronted-after-ofac",
        "ofac",
        "On Friday, the Home Office proscribed Hizb ut-Tahrir under the Terrorism Act 2000.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-hut-rel",
        "",
        "Hizb ut-Tahrir, which has operated in Britain for decades, was proscribed under the Terrorism Act 2000 on Friday.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-hut-rel-after-none",
        "none",
        "Hizb ut-Tahrir, which has operated in Britain for decades, was proscribed under the Terrorism Act 2000 on Friday.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "and-name-passive",
        "",
        "The Blood and Soil Network was proscribed under the Terrorism Act 2000 on Friday.",
        [
            (
                "Blood and Soil Network",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "and-name-passive-after-ofac",
        "ofac",
        "The Blood and Soil Network was proscribed under the Terrorism Act 2000 on Friday.",
        [
            (
                "Blood and Soil Network",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "and-name-front-passive",
        "",
        "The Front for Justice and Liberation was designated a Foreign Terrorist Organization in 2019.",
        [
            (
                "Front for Justice and Liberation",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "and-name-front-passive-after-none",
        "none",
        "The Front for Justice and Liberation was designated a Foreign Terrorist Organization in 2019.",
        [
            (
                "Front for Justice and Liberation",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "and-name-two-with-and",
        "",
        "Britain proscribed the Blood and Soil Network and the Base under the Terrorism Act 2000.",
        [
            (
                "Blood and Soil Network",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
            (
                "Base",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
        ],
    ),
    (
        "and-name-two-with-and-after-fto",
        "fto",
        "Britain proscribed the Blood and Soil Network and the Base under the Terrorism Act 2000.",
        [
            (
                "Blood and Soil Network",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
            (
                "Base",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
        ],
    ),
    (
        "company-fze-of",
        "",
        "The Treasury sanctioned Blue Horizon FZE of Sharjah and Nova Marine Ltd of Hong Kong on Thursday.",
        [
            ("Blue Horizon FZE", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Nova Marine Ltd", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "company-fze-of-after-none",
        "none",
        "The Treasury sanctioned Blue Horizon FZE of Sharjah and Nova Marine Ltd of Hong Kong on Thursday.",
        [
            ("Blue Horizon FZE", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Nova Marine Ltd", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "company-nyse-listed",
        "",
        "The Treasury sanctioned NYSE-listed Meridian Components for shipping parts to Iran.",
        [("Meridian Components", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
    (
        "company-nyse-listed-after-fto",
        "fto",
        "The Treasury sanctioned NYSE-listed Meridian Components for shipping parts to Iran.",
        [("Meridian Components", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
    (
        "company-ltd-of-passive",
        "",
        "Alpha Star Trading Ltd of Dubai was sanctioned by the Treasury on Thursday.",
        [("Alpha Star Trading Ltd", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
    (
        "company-ltd-of-passive-after-ofac",
        "ofac",
        "Alpha Star Trading Ltd of Dubai was sanctioned by the Treasury on Thursday.",
        [("Alpha Star Trading Ltd", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
    (
        "alias-formerly-passive",
        "",
        "Hayat Tahrir al-Sham, formerly the Nusra Front, was designated a Foreign Terrorist Organization in 2018.",
        [
            (
                "Hayat Tahrir al-Sham",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                ["Nusra Front"],
            )
        ],
    ),
    (
        "alias-formerly-passive-after-none",
        "none",
        "Hayat Tahrir al-Sham, formerly the Nusra Front, was designated a Foreign Terrorist Organization in 2018.",
        [
            (
                "Hayat Tahrir al-Sham",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                ["Nusra Front"],
            )
        ],
    ),
    (
        "alias-or-passive",
        "",
        "Terrorgram, or the Terrorgram Collective, was proscribed under the Terrorism Act 2000 in April.",
        [
            (
                "Terrorgram",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                ["Terrorgram Collective"],
            )
        ],
    ),
    (
        "alias-or-passive-after-ofac",
        "ofac",
        "Terrorgram, or the Terrorgram Collective, was proscribed under the Terrorism Act 2000 in April.",
        [
            (
                "Terrorgram",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                ["Terrorgram Collective"],
            )
        ],
    ),
    (
        "type-uk-foreign-office2",
        "",
        "The Foreign Office sanctioned Volga Shipping and Neva Freight on Thursday over oil deliveries.",
        [
            ("Volga Shipping", "UK sanctions list", "UK Foreign Office", "designated", []),
            ("Neva Freight", "UK sanctions list", "UK Foreign Office", "designated", []),
        ],
    ),
    (
        "type-uk-foreign-office2-after-ofac",
        "ofac",
        "The Foreign Office sanctioned Volga Shipping and Neva Freight on Thursday over oil deliveries.",
        [
            ("Volga Shipping", "UK sanctions list", "UK Foreign Office", "designated", []),
            ("Neva Freight", "UK sanctions list", "UK Foreign Office", "designated", []),
        ],
    ),
    (
        "type-un-1267-hold",
        "",
        "China placed a hold on a proposal to list Sajid Mir at the UN Security Council's 1267 committee.",
        [("Sajid Mir", "UN sanctions list", "UN Security Council", "proposed", [])],
    ),
    (
        "type-un-1267-hold-after-none",
        "none",
        "China placed a hold on a proposal to list Sajid Mir at the UN Security Council's 1267 committee.",
        [("Sajid Mir", "UN sanctions list", "UN Security Council", "proposed", [])],
    ),
    (
        "type-un-1267-listed",
        "",
        "The UN Security Council's 1267 committee listed Sajid Mir on Friday.",
        [("Sajid Mir", "UN sanctions list", "UN Security Council", "designated", [])],
    ),
    (
        "type-un-1267-listed-after-fto",
        "fto",
        "The UN Security Council's 1267 committee listed Sajid Mir on Friday.",
        [("Sajid Mir", "UN sanctions list", "UN Security Council", "designated", [])],
    ),
    (
        "revoke-it-revoked",
        "",
        "The State Department designated Ansarallah a Foreign Terrorist Organization in January. The designation was revoked a month later.",
        [
            (
                "Ansarallah",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            ("Ansarallah", "Foreign Terrorist Organization", "US State Department", "revoked", []),
        ],
    ),
    (
        "revoke-it-revoked-after-ofac",
        "ofac",
        "The State Department designated Ansarallah a Foreign Terrorist Organization in January. The designation was revoked a month later.",
        [
            (
                "Ansarallah",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            ("Ansarallah", "Foreign Terrorist Organization", "US State Department", "revoked", []),
        ],
    ),
    (
        "propose-reviewed",
        "",
        "The Base was reviewed for proscription under the Terrorism Act 2000 last year.",
        [("Base", "proscribed under the UK Terrorism Act 2000", "UK Home Office", "proposed", [])],
    ),
    (
        "propose-reviewed-after-none",
        "none",
        "The Base was reviewed for proscription under the Terrorism Act 2000 last year.",
        [("Base", "proscribed under the UK Terrorism Act 2000", "UK Home Office", "proposed", [])],
    ),
    (
        "verb-both-passive",
        "",
        "Tarek Mansour and Walid Issa were both sanctioned by the Treasury on Tuesday.",
        [
            ("Tarek Mansour", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Walid Issa", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "verb-both-passive-after-none",
        "none",
        "Tarek Mansour and Walid Issa were both sanctioned by the Treasury on Tuesday.",
        [
            ("Tarek Mansour", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Walid Issa", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "verb-blacklisted-britain",
        "",
        "Britain blacklisted Qods Aviation Industries on Monday over drone deliveries to Russia.",
        [("Qods Aviation Industries", "UK sanctions list", "UK Home Office", "designated", [])],
    ),
    (
        "verb-blacklisted-britain-after-fto",
        "fto",
        "Britain blacklisted Qods Aviation Industries on Monday over drone deliveries to Russia.",
        [("Qods Aviation Industries", "UK sanctions list", "UK Home Office", "designated", [])],
    ),
    (
        "passive-considered-for",
        "",
        "Officials said the Muslim Brotherhood is being considered for designation as a Foreign Terrorist Organization.",
        [
            (
                "Muslim Brotherhood",
                "Foreign Terrorist Organization",
                "US State Department",
                "proposed",
                [],
            )
        ],
    ),
    (
        "passive-considered-for-after-fto",
        "fto",
        "Officials said the Muslim Brotherhood is being considered for designation as a Foreign Terrorist Organization.",
        [
            (
                "Muslim Brotherhood",
                "Foreign Terrorist Organization",
                "US State Department",
                "proposed",
                [],
            )
        ],
    ),
    (
        "coref-him",
        "",
        "Samir Aoun, a financier who served Hezbollah for a decade, ran three front companies. The Treasury sanctioned him on Thursday.",
        [("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
    (
        "coref-him-after-ofac",
        "ofac",
        "Samir Aoun, a financier who served Hezbollah for a decade, ran three front companies. The Treasury sanctioned him on Thursday.",
        [("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
    (
        "coref-the-group-subject",
        "",
        "Jamaat-ul-Ahrar split from the Pakistani Taliban in 2014. The group was designated a Specially Designated Global Terrorist in 2016.",
        [
            (
                "Jamaat-ul-Ahrar",
                "Specially Designated Global Terrorist",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "coref-the-group-subject-after-none",
        "none",
        "Jamaat-ul-Ahrar split from the Pakistani Taliban in 2014. The group was designated a Specially Designated Global Terrorist in 2016.",
        [
            (
                "Jamaat-ul-Ahrar",
                "Specially Designated Global Terrorist",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "coref-the-company-for",
        "",
        "Golden Crescent Exchange, a Dubai money changer, moved millions for Hezbollah, officials said. The Treasury sanctioned the company on Thursday.",
        [
            (
                "Golden Crescent Exchange",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "coref-the-company-for-after-fto",
        "fto",
        "Golden Crescent Exchange, a Dubai money changer, moved millions for Hezbollah, officials said. The Treasury sanctioned the company on Thursday.",
        [
            (
                "Golden Crescent Exchange",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "coref-it-passive2",
        "",
        "The Base was founded in 2018 by Rinaldo Nazzaro. It was proscribed by Britain in 2020.",
        [
            (
                "Base",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "coref-it-passive2-after-ofac",
        "ofac",
        "The Base was founded in 2018 by Rinaldo Nazzaro. It was proscribed by Britain in 2020.",
        [
            (
                "Base",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "coref-the-group-ctx",
        "",
        "Hizb ut-Tahrir has operated in Britain since the 1980s. The Home Office proscribed the group on Friday under the Terrorism Act 2000.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "coref-the-group-ctx-after-none",
        "none",
        "Hizb ut-Tahrir has operated in Britain since the 1980s. The Home Office proscribed the group on Friday under the Terrorism Act 2000.",
        [
            (
                "Hizb ut-Tahrir",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "restate-follow-suit-2",
        "",
        "Canada listed Tren de Aragua as a terrorist entity under the Criminal Code on Monday. Australia followed suit, listing it as a terrorist organisation under the Criminal Code.",
        [
            (
                "Tren de Aragua",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "designated",
                [],
            ),
            (
                "Tren de Aragua",
                "Listed terrorist organisation (Australian Criminal Code)",
                "Government of Australia",
                "designated",
                [],
            ),
        ],
    ),
    (
        "restate-follow-suit-2-after-ofac",
        "ofac",
        "Canada listed Tren de Aragua as a terrorist entity under the Criminal Code on Monday. Australia followed suit, listing it as a terrorist organisation under the Criminal Code.",
        [
            (
                "Tren de Aragua",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "designated",
                [],
            ),
            (
                "Tren de Aragua",
                "Listed terrorist organisation (Australian Criminal Code)",
                "Government of Australia",
                "designated",
                [],
            ),
        ],
    ),
]

# Controls: the same phenomena in shapes that were already read right.
CONTROLS = [
    (
        "multi-active-and",
        "",
        "The State Department designated Los Lobos and Los Choneros as Foreign Terrorist Organizations.",
        [
            (
                "Los Lobos",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            (
                "Los Choneros",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
        ],
    ),
    (
        "multi-active-and-after-none",
        "none",
        "The State Department designated Los Lobos and Los Choneros as Foreign Terrorist Organizations.",
        [
            (
                "Los Lobos",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            (
                "Los Choneros",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
        ],
    ),
    (
        "multi-passive-and",
        "",
        "Los Lobos and Los Choneros were designated as Foreign Terrorist Organizations by the State Department on Thursday.",
        [
            (
                "Los Lobos",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            (
                "Los Choneros",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
        ],
    ),
    (
        "multi-passive-and-after-fto",
        "fto",
        "Los Lobos and Los Choneros were designated as Foreign Terrorist Organizations by the State Department on Thursday.",
        [
            (
                "Los Lobos",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            (
                "Los Choneros",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
        ],
    ),
    (
        "multi-fronted-and",
        "",
        "On Thursday, the State Department designated Los Lobos and Los Choneros, two Ecuadorian gangs, as Foreign Terrorist Organizations.",
        [
            (
                "Los Lobos",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            (
                "Los Choneros",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
        ],
    ),
    (
        "multi-fronted-and-after-ofac",
        "ofac",
        "On Thursday, the State Department designated Los Lobos and Los Choneros, two Ecuadorian gangs, as Foreign Terrorist Organizations.",
        [
            (
                "Los Lobos",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            (
                "Los Choneros",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
        ],
    ),
    (
        "multi-said-and",
        "",
        "The State Department has designated Los Lobos and Los Choneros as Foreign Terrorist Organizations, Secretary of State Marco Rubio said.",
        [
            (
                "Los Lobos",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            (
                "Los Choneros",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
        ],
    ),
    (
        "multi-said-and-after-none",
        "none",
        "The State Department has designated Los Lobos and Los Choneros as Foreign Terrorist Organizations, Secretary of State Marco Rubio said.",
        [
            (
                "Los Lobos",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            (
                "Los Choneros",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
        ],
    ),
    (
        "multi-appos-2",
        "",
        "The Treasury sanctioned Karim Haddad, a Dubai-based trader, and Samir Aoun, a Beirut money changer, for financing Hezbollah.",
        [
            ("Karim Haddad", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-appos-2-after-fto",
        "fto",
        "The Treasury sanctioned Karim Haddad, a Dubai-based trader, and Samir Aoun, a Beirut money changer, for financing Hezbollah.",
        [
            ("Karim Haddad", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-appos-3",
        "",
        "The Treasury sanctioned Karim Haddad, a Dubai-based trader, Samir Aoun, a Beirut money changer, and Nour Exchange, a Lebanese company, on Tuesday.",
        [
            ("Karim Haddad", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Nour Exchange", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-appos-3-after-ofac",
        "ofac",
        "The Treasury sanctioned Karim Haddad, a Dubai-based trader, Samir Aoun, a Beirut money changer, and Nour Exchange, a Lebanese company, on Tuesday.",
        [
            ("Karim Haddad", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Nour Exchange", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-list-4",
        "",
        "The European Union added Hamas, Palestinian Islamic Jihad, the Popular Front for the Liberation of Palestine and the Al-Aqsa Martyrs' Brigades to its terrorist list.",
        [
            ("Hamas", "EU terrorist list", "Council of the EU", "designated", []),
            (
                "Palestinian Islamic Jihad",
                "EU terrorist list",
                "Council of the EU",
                "designated",
                [],
            ),
            (
                "Popular Front for the Liberation of Palestine",
                "EU terrorist list",
                "Council of the EU",
                "designated",
                [],
            ),
            (
                "Al-Aqsa Martyrs' Brigades",
                "EU terrorist list",
                "Council of the EU",
                "designated",
                [],
            ),
        ],
    ),
    (
        "multi-list-4-after-none",
        "none",
        "The European Union added Hamas, Palestinian Islamic Jihad, the Popular Front for the Liberation of Palestine and the Al-Aqsa Martyrs' Brigades to its terrorist list.",
        [
            ("Hamas", "EU terrorist list", "Council of the EU", "designated", []),
            (
                "Palestinian Islamic Jihad",
                "EU terrorist list",
                "Council of the EU",
                "designated",
                [],
            ),
            (
                "Popular Front for the Liberation of Palestine",
                "EU terrorist list",
                "Council of the EU",
                "designated",
                [],
            ),
            (
                "Al-Aqsa Martyrs' Brigades",
                "EU terrorist list",
                "Council of the EU",
                "designated",
                [],
            ),
        ],
    ),
    (
        "multi-list-5",
        "",
        "The Treasury sanctioned Arash Karimi, Reza Tehrani, Hossein Jafari, Parsian Logistics and Sepehr Energy on Wednesday.",
        [
            ("Arash Karimi", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Reza Tehrani", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Hossein Jafari", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Parsian Logistics", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Sepehr Energy", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-list-5-after-fto",
        "fto",
        "The Treasury sanctioned Arash Karimi, Reza Tehrani, Hossein Jafari, Parsian Logistics and Sepehr Energy on Wednesday.",
        [
            ("Arash Karimi", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Reza Tehrani", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Hossein Jafari", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Parsian Logistics", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Sepehr Energy", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-list-6-appos",
        "",
        "Washington sanctioned six people: Arash Karimi, a shipping agent, Reza Tehrani, Hossein Jafari, Ali Nazari, Mehdi Rostami and Saeed Bahrami, an accountant.",
        [
            ("Arash Karimi", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Reza Tehrani", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Hossein Jafari", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Ali Nazari", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Mehdi Rostami", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Saeed Bahrami", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-list-6-appos-after-ofac",
        "ofac",
        "Washington sanctioned six people: Arash Karimi, a shipping agent, Reza Tehrani, Hossein Jafari, Ali Nazari, Mehdi Rostami and Saeed Bahrami, an accountant.",
        [
            ("Arash Karimi", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Reza Tehrani", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Hossein Jafari", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Ali Nazari", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Mehdi Rostami", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Saeed Bahrami", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-two-men",
        "",
        "The Treasury on Tuesday sanctioned two men who ran the network. The two men, Tarek Mansour and Walid Issa, moved millions of dollars for the group.",
        [
            ("Tarek Mansour", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Walid Issa", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-two-men-after-none",
        "none",
        "The Treasury on Tuesday sanctioned two men who ran the network. The two men, Tarek Mansour and Walid Issa, moved millions of dollars for the group.",
        [
            ("Tarek Mansour", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Walid Issa", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-two-men-said",
        "",
        "The Treasury sanctioned two men accused of financing al-Shabaab. The two men, Abdi Warsame and Hassan Nur, ran a hawala in Mogadishu, officials said.",
        [
            ("Abdi Warsame", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Hassan Nur", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-proscribed-3",
        "",
        "Britain proscribed the Base, the Terrorgram Collective and Maniacs Murder Cult under the Terrorism Act 2000.",
        [
            (
                "Base",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
            (
                "Terrorgram Collective",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
            (
                "Maniacs Murder Cult",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
        ],
    ),
    (
        "multi-proscribed-3-after-none",
        "none",
        "Britain proscribed the Base, the Terrorgram Collective and Maniacs Murder Cult under the Terrorism Act 2000.",
        [
            (
                "Base",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
            (
                "Terrorgram Collective",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
            (
                "Maniacs Murder Cult",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
        ],
    ),
    (
        "multi-dateline-and",
        "",
        "OTTAWA, Feb. 20, 2026 — Canada listed the Sinaloa Cartel and La Nueva Familia Michoacana as terrorist entities under the Criminal Code.",
        [
            (
                "Sinaloa Cartel",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "designated",
                [],
            ),
            (
                "La Nueva Familia Michoacana",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "designated",
                [],
            ),
        ],
    ),
    (
        "multi-dateline-and-after-fto",
        "fto",
        "OTTAWA, Feb. 20, 2026 — Canada listed the Sinaloa Cartel and La Nueva Familia Michoacana as terrorist entities under the Criminal Code.",
        [
            (
                "Sinaloa Cartel",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "designated",
                [],
            ),
            (
                "La Nueva Familia Michoacana",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "designated",
                [],
            ),
        ],
    ),
    (
        "particle-jamaat",
        "",
        "The State Department designated Jamaat-ul-Ahrar as a Specially Designated Global Terrorist.",
        [
            (
                "Jamaat-ul-Ahrar",
                "Specially Designated Global Terrorist",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-jamaat-after-fto",
        "fto",
        "The State Department designated Jamaat-ul-Ahrar as a Specially Designated Global Terrorist.",
        [
            (
                "Jamaat-ul-Ahrar",
                "Specially Designated Global Terrorist",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-ahl-brigades",
        "",
        "The State Department designated Ahl al-Bayt Brigades as a Foreign Terrorist Organization.",
        [
            (
                "Ahl al-Bayt Brigades",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-ahl-brigades-after-ofac",
        "ofac",
        "The State Department designated Ahl al-Bayt Brigades as a Foreign Terrorist Organization.",
        [
            (
                "Ahl al-Bayt Brigades",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-ahl",
        "",
        "Washington designated the Iraqi militia Ahl al-Bayt as a Specially Designated Global Terrorist on Monday.",
        [
            (
                "Ahl al-Bayt",
                "Specially Designated Global Terrorist",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-ahl-after-none",
        "none",
        "Washington designated the Iraqi militia Ahl al-Bayt as a Specially Designated Global Terrorist on Monday.",
        [
            (
                "Ahl al-Bayt",
                "Specially Designated Global Terrorist",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-ansar-passive",
        "",
        "Ansar al-Sharia was added to the UN Security Council's 1267 sanctions list in 2014.",
        [("Ansar al-Sharia", "UN sanctions list", "UN Security Council", "designated", [])],
    ),
    (
        "particle-ansar-passive-after-fto",
        "fto",
        "Ansar al-Sharia was added to the UN Security Council's 1267 sanctions list in 2014.",
        [("Ansar al-Sharia", "UN sanctions list", "UN Security Council", "designated", [])],
    ),
    (
        "particle-tlp-uapa",
        "",
        "India banned Tehreek-e-Labbaik under the Unlawful Activities (Prevention) Act on Tuesday.",
        [
            (
                "Tehreek-e-Labbaik",
                "Unlawful association (UAPA)",
                "Government of India",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-tlp-uapa-after-ofac",
        "ofac",
        "India banned Tehreek-e-Labbaik under the Unlawful Activities (Prevention) Act on Tuesday.",
        [
            (
                "Tehreek-e-Labbaik",
                "Unlawful association (UAPA)",
                "Government of India",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-huM-fronted",
        "",
        "In 1997, the State Department designated Harakat ul-Mujahideen as a Foreign Terrorist Organization.",
        [
            (
                "Harakat ul-Mujahideen",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-huM-fronted-after-none",
        "none",
        "In 1997, the State Department designated Harakat ul-Mujahideen as a Foreign Terrorist Organization.",
        [
            (
                "Harakat ul-Mujahideen",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-let-list",
        "",
        "The UN Security Council added Lashkar-e-Taiba and Jaish-e-Mohammed to its sanctions list.",
        [
            ("Lashkar-e-Taiba", "UN sanctions list", "UN Security Council", "designated", []),
            ("Jaish-e-Mohammed", "UN sanctions list", "UN Security Council", "designated", []),
        ],
    ),
    (
        "particle-let-list-after-fto",
        "fto",
        "The UN Security Council added Lashkar-e-Taiba and Jaish-e-Mohammed to its sanctions list.",
        [
            ("Lashkar-e-Taiba", "UN sanctions list", "UN Security Council", "designated", []),
            ("Jaish-e-Mohammed", "UN sanctions list", "UN Security Council", "designated", []),
        ],
    ),
    (
        "particle-tlp-passive",
        "",
        "Tehreek-e-Labbaik Pakistan was banned by the federal government in April under the Anti-Terrorism Act.",
        [
            (
                "Tehreek-e-Labbaik Pakistan",
                "Proscribed organisation (First Schedule, Anti-Terrorism Act 1997)",
                "Government of Pakistan",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-tlp-passive-after-fto",
        "fto",
        "Tehreek-e-Labbaik Pakistan was banned by the federal government in April under the Anti-Terrorism Act.",
        [
            (
                "Tehreek-e-Labbaik Pakistan",
                "Proscribed organisation (First Schedule, Anti-Terrorism Act 1997)",
                "Government of Pakistan",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-huM-sdgt-list",
        "",
        "The Treasury designated Harakat ul-Mujahideen and Lashkar-e-Jhangvi as Specially Designated Global Terrorists.",
        [
            (
                "Harakat ul-Mujahideen",
                "Specially Designated Global Terrorist",
                "US Treasury (OFAC)",
                "designated",
                [],
            ),
            (
                "Lashkar-e-Jhangvi",
                "Specially Designated Global Terrorist",
                "US Treasury (OFAC)",
                "designated",
                [],
            ),
        ],
    ),
    (
        "particle-huM-sdgt-list-after-ofac",
        "ofac",
        "The Treasury designated Harakat ul-Mujahideen and Lashkar-e-Jhangvi as Specially Designated Global Terrorists.",
        [
            (
                "Harakat ul-Mujahideen",
                "Specially Designated Global Terrorist",
                "US Treasury (OFAC)",
                "designated",
                [],
            ),
            (
                "Lashkar-e-Jhangvi",
                "Specially Designated Global Terrorist",
                "US Treasury (OFAC)",
                "designated",
                [],
            ),
        ],
    ),
    (
        "and-name-dept-authority",
        "",
        "The Department of Business and Trade added Volga Shipping to the UK sanctions list on Monday.",
        [("Volga Shipping", "UK sanctions list", "UK Home Office", "designated", [])],
    ),
    (
        "and-name-dept-authority-after-ofac",
        "ofac",
        "The Department of Business and Trade added Volga Shipping to the UK sanctions list on Monday.",
        [("Volga Shipping", "UK sanctions list", "UK Home Office", "designated", [])],
    ),
    (
        "and-name-ministry",
        "",
        "The Ministry of Economy and Trade froze the assets of Al-Noor Exchange.",
        [("Al-Noor Exchange", "sanctions list", None, "designated", [])],
    ),
    (
        "and-name-ministry-after-none",
        "none",
        "The Ministry of Economy and Trade froze the assets of Al-Noor Exchange.",
        [("Al-Noor Exchange", "sanctions list", None, "designated", [])],
    ),
    (
        "company-based",
        "",
        "The Treasury sanctioned Dubai-based Emerald Oil Trading on Thursday.",
        [("Emerald Oil Trading", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
    (
        "company-based-after-ofac",
        "ofac",
        "The Treasury sanctioned Dubai-based Emerald Oil Trading on Thursday.",
        [("Emerald Oil Trading", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
    (
        "alias-aka",
        "",
        "The State Department designated Tren de Aragua, also known as TdA, as a Foreign Terrorist Organization.",
        [
            (
                "Tren de Aragua",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                ["TdA"],
            )
        ],
    ),
    (
        "alias-aka-after-none",
        "none",
        "The State Department designated Tren de Aragua, also known as TdA, as a Foreign Terrorist Organization.",
        [
            (
                "Tren de Aragua",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                ["TdA"],
            )
        ],
    ),
    (
        "alias-formerly-paren",
        "",
        "The Treasury sanctioned Hamza Trading (formerly Delta Oil) for moving Iranian oil.",
        [
            (
                "Hamza Trading",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                ["Delta Oil"],
            )
        ],
    ),
    (
        "alias-formerly-paren-after-fto",
        "fto",
        "The Treasury sanctioned Hamza Trading (formerly Delta Oil) for moving Iranian oil.",
        [
            (
                "Hamza Trading",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                ["Delta Oil"],
            )
        ],
    ),
    (
        "alias-bracket-acr",
        "",
        "The State Department designated Hayat Tahrir al-Sham (HTS) as a Foreign Terrorist Organization.",
        [
            (
                "Hayat Tahrir al-Sham",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                ["HTS"],
            )
        ],
    ),
    (
        "alias-bracket-acr-after-none",
        "none",
        "The State Department designated Hayat Tahrir al-Sham (HTS) as a Foreign Terrorist Organization.",
        [
            (
                "Hayat Tahrir al-Sham",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                ["HTS"],
            )
        ],
    ),
    (
        "alias-aka-passive",
        "",
        "Tren de Aragua, also known as TdA, was designated a Foreign Terrorist Organization in February.",
        [
            (
                "Tren de Aragua",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                ["TdA"],
            )
        ],
    ),
    (
        "alias-aka-passive-after-ofac",
        "ofac",
        "Tren de Aragua, also known as TdA, was designated a Foreign Terrorist Organization in February.",
        [
            (
                "Tren de Aragua",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                ["TdA"],
            )
        ],
    ),
    (
        "alias-known-as",
        "",
        "Canada listed the Islamic Revolutionary Guard Corps, known as the IRGC, as a terrorist entity under the Criminal Code.",
        [
            (
                "Islamic Revolutionary Guard Corps",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "designated",
                ["IRGC"],
            )
        ],
    ),
    (
        "alias-known-as-after-none",
        "none",
        "Canada listed the Islamic Revolutionary Guard Corps, known as the IRGC, as a terrorist entity under the Criminal Code.",
        [
            (
                "Islamic Revolutionary Guard Corps",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "designated",
                ["IRGC"],
            )
        ],
    ),
    (
        "alias-paren-aka",
        "",
        "The Treasury sanctioned Sepehr Energy (also known as Sepehr Energy Jahan) on Thursday.",
        [
            (
                "Sepehr Energy",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                ["Sepehr Energy Jahan"],
            )
        ],
    ),
    (
        "alias-paren-aka-after-fto",
        "fto",
        "The Treasury sanctioned Sepehr Energy (also known as Sepehr Energy Jahan) on Thursday.",
        [
            (
                "Sepehr Energy",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                ["Sepehr Energy Jahan"],
            )
        ],
    ),
    (
        "alias-two-with-alias",
        "",
        "The EU added Hamas and Palestinian Islamic Jihad (PIJ) to its terrorist list.",
        [
            ("Hamas", "EU terrorist list", "Council of the EU", "designated", []),
            (
                "Palestinian Islamic Jihad",
                "EU terrorist list",
                "Council of the EU",
                "designated",
                ["PIJ"],
            ),
        ],
    ),
    (
        "alias-two-with-alias-after-ofac",
        "ofac",
        "The EU added Hamas and Palestinian Islamic Jihad (PIJ) to its terrorist list.",
        [
            ("Hamas", "EU terrorist list", "Council of the EU", "designated", []),
            (
                "Palestinian Islamic Jihad",
                "EU terrorist list",
                "Council of the EU",
                "designated",
                ["PIJ"],
            ),
        ],
    ),
    (
        "alias-formerly-known",
        "",
        "The State Department designated Jabhat Fateh al-Sham, formerly known as the Nusra Front, as a Foreign Terrorist Organization.",
        [
            (
                "Jabhat Fateh al-Sham",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                ["Nusra Front"],
            )
        ],
    ),
    (
        "alias-formerly-known-after-fto",
        "fto",
        "The State Department designated Jabhat Fateh al-Sham, formerly known as the Nusra Front, as a Foreign Terrorist Organization.",
        [
            (
                "Jabhat Fateh al-Sham",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                ["Nusra Front"],
            )
        ],
    ),
    (
        "type-fto",
        "",
        "The State Department designated the Gulf Clan as a Foreign Terrorist Organization on Monday.",
        [("Gulf Clan", "Foreign Terrorist Organization", "US State Department", "designated", [])],
    ),
    (
        "type-fto-after-ofac",
        "ofac",
        "The State Department designated the Gulf Clan as a Foreign Terrorist Organization on Monday.",
        [("Gulf Clan", "Foreign Terrorist Organization", "US State Department", "designated", [])],
    ),
    (
        "type-fto-sdgt",
        "",
        "The State Department designated the Gulf Clan as a Foreign Terrorist Organization and as a Specially Designated Global Terrorist.",
        [
            (
                "Gulf Clan",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            (
                "Gulf Clan",
                "Specially Designated Global Terrorist",
                "US State Department",
                "designated",
                [],
            ),
        ],
    ),
    (
        "type-fto-sdgt-after-none",
        "none",
        "The State Department designated the Gulf Clan as a Foreign Terrorist Organization and as a Specially Designated Global Terrorist.",
        [
            (
                "Gulf Clan",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            (
                "Gulf Clan",
                "Specially Designated Global Terrorist",
                "US State Department",
                "designated",
                [],
            ),
        ],
    ),
    (
        "type-uk-2000",
        "",
        "The Home Secretary proscribed Palestine Action under the Terrorism Act 2000 in July.",
        [
            (
                "Palestine Action",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "type-uk-2000-after-fto",
        "fto",
        "The Home Secretary proscribed Palestine Action under the Terrorism Act 2000 in July.",
        [
            (
                "Palestine Action",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "type-eu-list",
        "",
        "The Council of the European Union added the Revolutionary Guards to the EU terrorist list.",
        [("Revolutionary Guards", "EU terrorist list", "Council of the EU", "designated", [])],
    ),
    (
        "type-eu-list-after-ofac",
        "ofac",
        "The Council of the European Union added the Revolutionary Guards to the EU terrorist list.",
        [("Revolutionary Guards", "EU terrorist list", "Council of the EU", "designated", [])],
    ),
    (
        "type-un-1267",
        "",
        "The UN Security Council's 1267 committee added The Resistance Front to its sanctions list.",
        [("Resistance Front", "UN sanctions list", "UN Security Council", "designated", [])],
    ),
    (
        "type-un-1267-after-none",
        "none",
        "The UN Security Council's 1267 committee added The Resistance Front to its sanctions list.",
        [("Resistance Front", "UN sanctions list", "UN Security Council", "designated", [])],
    ),
    (
        "type-australia",
        "",
        "Australia listed The Base as a terrorist organisation under the Criminal Code.",
        [
            (
                "Base",
                "Listed terrorist organisation (Australian Criminal Code)",
                "Government of Australia",
                "designated",
                [],
            )
        ],
    ),
    (
        "type-australia-after-ofac",
        "ofac",
        "Australia listed The Base as a terrorist organisation under the Criminal Code.",
        [
            (
                "Base",
                "Listed terrorist organisation (Australian Criminal Code)",
                "Government of Australia",
                "designated",
                [],
            )
        ],
    ),
    (
        "type-nz",
        "",
        "New Zealand designated the Proud Boys as a terrorist entity under the Terrorism Suppression Act.",
        [
            (
                "Proud Boys",
                "Designated terrorist entity (New Zealand Terrorism Suppression Act)",
                "Government of New Zealand",
                "designated",
                [],
            )
        ],
    ),
    (
        "type-nz-after-none",
        "none",
        "New Zealand designated the Proud Boys as a terrorist entity under the Terrorism Suppression Act.",
        [
            (
                "Proud Boys",
                "Designated terrorist entity (New Zealand Terrorism Suppression Act)",
                "Government of New Zealand",
                "designated",
                [],
            )
        ],
    ),
    (
        "type-eu-sanctions",
        "",
        "The European Union imposed sanctions on Qods Aviation Industries over drone deliveries to Russia.",
        [("Qods Aviation Industries", "EU sanctions list", "Council of the EU", "designated", [])],
    ),
    (
        "type-eu-sanctions-after-ofac",
        "ofac",
        "The European Union imposed sanctions on Qods Aviation Industries over drone deliveries to Russia.",
        [("Qods Aviation Industries", "EU sanctions list", "Council of the EU", "designated", [])],
    ),
    (
        "revoke-removed",
        "",
        "The United States removed the Revolutionary Armed Forces of Colombia from its list of Foreign Terrorist Organizations.",
        [
            (
                "Revolutionary Armed Forces of Colombia",
                "Foreign Terrorist Organization",
                "US State Department",
                "revoked",
                [],
            )
        ],
    ),
    (
        "revoke-removed-after-ofac",
        "ofac",
        "The United States removed the Revolutionary Armed Forces of Colombia from its list of Foreign Terrorist Organizations.",
        [
            (
                "Revolutionary Armed Forces of Colombia",
                "Foreign Terrorist Organization",
                "US State Department",
                "revoked",
                [],
            )
        ],
    ),
    (
        "revoke-delisted",
        "",
        "Washington delisted the FARC as a Foreign Terrorist Organization in 2021.",
        [("FARC", "Foreign Terrorist Organization", "US State Department", "revoked", [])],
    ),
    (
        "revoke-delisted-after-none",
        "none",
        "Washington delisted the FARC as a Foreign Terrorist Organization in 2021.",
        [("FARC", "Foreign Terrorist Organization", "US State Department", "revoked", [])],
    ),
    (
        "revoke-delisted-passive",
        "",
        "The FARC was delisted as a Foreign Terrorist Organization in November 2021.",
        [("FARC", "Foreign Terrorist Organization", "US State Department", "revoked", [])],
    ),
    (
        "revoke-delisted-passive-after-fto",
        "fto",
        "The FARC was delisted as a Foreign Terrorist Organization in November 2021.",
        [("FARC", "Foreign Terrorist Organization", "US State Department", "revoked", [])],
    ),
    (
        "revoke-revoked",
        "",
        "The State Department revoked the designation of Ansarallah as a Foreign Terrorist Organization.",
        [("Ansarallah", "Foreign Terrorist Organization", "US State Department", "revoked", [])],
    ),
    (
        "revoke-revoked-after-ofac",
        "ofac",
        "The State Department revoked the designation of Ansarallah as a Foreign Terrorist Organization.",
        [("Ansarallah", "Foreign Terrorist Organization", "US State Department", "revoked", [])],
    ),
    (
        "revoke-revoked-passive",
        "",
        "The designation of Ansarallah as a Foreign Terrorist Organization was revoked in February 2021.",
        [("Ansarallah", "Foreign Terrorist Organization", "US State Department", "revoked", [])],
    ),
    (
        "revoke-revoked-passive-after-none",
        "none",
        "The designation of Ansarallah as a Foreign Terrorist Organization was revoked in February 2021.",
        [("Ansarallah", "Foreign Terrorist Organization", "US State Department", "revoked", [])],
    ),
    (
        "revoke-lapse2",
        "",
        "Australia let the listing of the Kurdistan Workers' Party as a terrorist organisation lapse.",
        [
            (
                "Kurdistan Workers' Party",
                "Listed terrorist organisation (Australian Criminal Code)",
                "Government of Australia",
                "revoked",
                [],
            )
        ],
    ),
    (
        "revoke-lapse2-after-ofac",
        "ofac",
        "Australia let the listing of the Kurdistan Workers' Party as a terrorist organisation lapse.",
        [
            (
                "Kurdistan Workers' Party",
                "Listed terrorist organisation (Australian Criminal Code)",
                "Government of Australia",
                "revoked",
                [],
            )
        ],
    ),
    (
        "revoke-deproscribed",
        "",
        "Britain deproscribed Hayat Tahrir al-Sham in October.",
        [
            (
                "Hayat Tahrir al-Sham",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "revoked",
                [],
            )
        ],
    ),
    (
        "revoke-deproscribed-after-none",
        "none",
        "Britain deproscribed Hayat Tahrir al-Sham in October.",
        [
            (
                "Hayat Tahrir al-Sham",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "revoked",
                [],
            )
        ],
    ),
    (
        "revoke-deproscribed-passive",
        "",
        "Hayat Tahrir al-Sham was deproscribed by the Home Office in October.",
        [
            (
                "Hayat Tahrir al-Sham",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "revoked",
                [],
            )
        ],
    ),
    (
        "revoke-deproscribed-passive-after-fto",
        "fto",
        "Hayat Tahrir al-Sham was deproscribed by the Home Office in October.",
        [
            (
                "Hayat Tahrir al-Sham",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "revoked",
                [],
            )
        ],
    ),
    (
        "revoke-removed-passive",
        "",
        "Hayat Tahrir al-Sham was removed from the list of proscribed organisations on Friday.",
        [
            (
                "Hayat Tahrir al-Sham",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "revoked",
                [],
            )
        ],
    ),
    (
        "revoke-removed-passive-after-ofac",
        "ofac",
        "Hayat Tahrir al-Sham was removed from the list of proscribed organisations on Friday.",
        [
            (
                "Hayat Tahrir al-Sham",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "revoked",
                [],
            )
        ],
    ),
    (
        "revoke-eu-removed",
        "",
        "The EU removed Hamas from its terrorist list after a court ruling.",
        [("Hamas", "EU terrorist list", "Council of the EU", "revoked", [])],
    ),
    (
        "revoke-eu-removed-after-none",
        "none",
        "The EU removed Hamas from its terrorist list after a court ruling.",
        [("Hamas", "EU terrorist list", "Council of the EU", "revoked", [])],
    ),
    (
        "revoke-un-delisted",
        "",
        "The UN Security Council delisted Ahmed al-Sharaa from its sanctions list on Thursday.",
        [("Ahmed al-Sharaa", "UN sanctions list", "UN Security Council", "revoked", [])],
    ),
    (
        "revoke-un-delisted-after-fto",
        "fto",
        "The UN Security Council delisted Ahmed al-Sharaa from its sanctions list on Thursday.",
        [("Ahmed al-Sharaa", "UN sanctions list", "UN Security Council", "revoked", [])],
    ),
    (
        "propose-considering",
        "",
        "The State Department is considering designating the Muslim Brotherhood as a Foreign Terrorist Organization.",
        [
            (
                "Muslim Brotherhood",
                "Foreign Terrorist Organization",
                "US State Department",
                "proposed",
                [],
            )
        ],
    ),
    (
        "propose-considering-after-ofac",
        "ofac",
        "The State Department is considering designating the Muslim Brotherhood as a Foreign Terrorist Organization.",
        [
            (
                "Muslim Brotherhood",
                "Foreign Terrorist Organization",
                "US State Department",
                "proposed",
                [],
            )
        ],
    ),
    (
        "propose-submitted",
        "",
        "India submitted a proposal to list Sajid Mir under the UN 1267 sanctions regime.",
        [("Sajid Mir", "UN sanctions list", "UN Security Council", "proposed", [])],
    ),
    (
        "propose-submitted-after-fto",
        "fto",
        "India submitted a proposal to list Sajid Mir under the UN 1267 sanctions regime.",
        [("Sajid Mir", "UN sanctions list", "UN Security Council", "proposed", [])],
    ),
    (
        "propose-bill",
        "",
        "Senator Lee introduced a bill that would require the State Department to designate the Polisario Front as a Foreign Terrorist Organization.",
        [
            (
                "Polisario Front",
                "Foreign Terrorist Organization",
                "US State Department",
                "proposed",
                [],
            )
        ],
    ),
    (
        "propose-bill-after-fto",
        "fto",
        "Senator Lee introduced a bill that would require the State Department to designate the Polisario Front as a Foreign Terrorist Organization.",
        [
            (
                "Polisario Front",
                "Foreign Terrorist Organization",
                "US State Department",
                "proposed",
                [],
            )
        ],
    ),
    (
        "propose-bill-2",
        "",
        "A bill that would require the administration to designate the Muslim Brotherhood as a Foreign Terrorist Organization passed the House committee.",
        [
            (
                "Muslim Brotherhood",
                "Foreign Terrorist Organization",
                "US State Department",
                "proposed",
                [],
            )
        ],
    ),
    (
        "propose-bill-2-after-ofac",
        "ofac",
        "A bill that would require the administration to designate the Muslim Brotherhood as a Foreign Terrorist Organization passed the House committee.",
        [
            (
                "Muslim Brotherhood",
                "Foreign Terrorist Organization",
                "US State Department",
                "proposed",
                [],
            )
        ],
    ),
    (
        "propose-eu-considering",
        "",
        "The European Union is considering adding the Revolutionary Guards to its terrorist list.",
        [("Revolutionary Guards", "EU terrorist list", "Council of the EU", "proposed", [])],
    ),
    (
        "propose-uk-considering",
        "",
        "The Home Office is considering proscribing the Maniacs Murder Cult under the Terrorism Act 2000.",
        [
            (
                "Maniacs Murder Cult",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "proposed",
                [],
            )
        ],
    ),
    (
        "propose-uk-considering-after-ofac",
        "ofac",
        "The Home Office is considering proscribing the Maniacs Murder Cult under the Terrorism Act 2000.",
        [
            (
                "Maniacs Murder Cult",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "proposed",
                [],
            )
        ],
    ),
    (
        "verb-listed",
        "",
        "Canada listed the Proud Boys as a terrorist entity under the Criminal Code.",
        [
            (
                "Proud Boys",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "designated",
                [],
            )
        ],
    ),
    (
        "verb-listed-after-none",
        "none",
        "Canada listed the Proud Boys as a terrorist entity under the Criminal Code.",
        [
            (
                "Proud Boys",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "designated",
                [],
            )
        ],
    ),
    (
        "verb-banned",
        "",
        "Britain banned Palestine Action as a terrorist group under the Terrorism Act 2000.",
        [
            (
                "Palestine Action",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "verb-banned-after-fto",
        "fto",
        "Britain banned Palestine Action as a terrorist group under the Terrorism Act 2000.",
        [
            (
                "Palestine Action",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "verb-froze",
        "",
        "The Treasury froze the assets of Golden Crescent Exchange, a Dubai money changer.",
        [
            (
                "Golden Crescent Exchange",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "verb-froze-after-none",
        "none",
        "The Treasury froze the assets of Golden Crescent Exchange, a Dubai money changer.",
        [
            (
                "Golden Crescent Exchange",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "verb-sanctioned-passive",
        "",
        "Golden Crescent Exchange was sanctioned by the Treasury on Thursday for moving money for Hezbollah.",
        [
            (
                "Golden Crescent Exchange",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "verb-sanctioned-passive-after-none",
        "none",
        "Golden Crescent Exchange was sanctioned by the Treasury on Thursday for moving money for Hezbollah.",
        [
            (
                "Golden Crescent Exchange",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "passive-added-monday",
        "",
        "Golden Crescent Exchange was added to the Treasury's sanctions list on Monday.",
        [
            (
                "Golden Crescent Exchange",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "passive-added-monday-after-ofac",
        "ofac",
        "Golden Crescent Exchange was added to the Treasury's sanctions list on Monday.",
        [
            (
                "Golden Crescent Exchange",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "passive-added-eu",
        "",
        "Hamas was added to the EU terrorist list in 2003.",
        [("Hamas", "EU terrorist list", "Council of the EU", "designated", [])],
    ),
    (
        "passive-added-eu-after-none",
        "none",
        "Hamas was added to the EU terrorist list in 2003.",
        [("Hamas", "EU terrorist list", "Council of the EU", "designated", [])],
    ),
    (
        "passive-listed-can",
        "",
        "The Proud Boys were listed as a terrorist entity in Canada in February 2021.",
        [
            (
                "Proud Boys",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "designated",
                [],
            )
        ],
    ),
    (
        "passive-designated-fto",
        "",
        "Tren de Aragua was designated a Foreign Terrorist Organization by the State Department in February.",
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
    (
        "passive-designated-fto-after-ofac",
        "ofac",
        "Tren de Aragua was designated a Foreign Terrorist Organization by the State Department in February.",
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
    (
        "passive-proscribed",
        "",
        "Palestine Action was proscribed under the Terrorism Act 2000 in July.",
        [
            (
                "Palestine Action",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "passive-proscribed-after-none",
        "none",
        "Palestine Action was proscribed under the Terrorism Act 2000 in July.",
        [
            (
                "Palestine Action",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            )
        ],
    ),
    (
        "passive-placed-on",
        "",
        "The Gulf Clan was placed on the State Department's list of Foreign Terrorist Organizations on Monday.",
        [("Gulf Clan", "Foreign Terrorist Organization", "US State Department", "designated", [])],
    ),
    (
        "passive-placed-on-after-none",
        "none",
        "The Gulf Clan was placed on the State Department's list of Foreign Terrorist Organizations on Monday.",
        [("Gulf Clan", "Foreign Terrorist Organization", "US State Department", "designated", [])],
    ),
    (
        "coref-it",
        "",
        "The State Department designated the Gulf Clan as a Foreign Terrorist Organization on Monday. The Treasury also designated it as a Specially Designated Global Terrorist.",
        [
            (
                "Gulf Clan",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            (
                "Gulf Clan",
                "Specially Designated Global Terrorist",
                "US Treasury (OFAC)",
                "designated",
                [],
            ),
        ],
    ),
    (
        "coref-it-after-fto",
        "fto",
        "The State Department designated the Gulf Clan as a Foreign Terrorist Organization on Monday. The Treasury also designated it as a Specially Designated Global Terrorist.",
        [
            (
                "Gulf Clan",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            (
                "Gulf Clan",
                "Specially Designated Global Terrorist",
                "US Treasury (OFAC)",
                "designated",
                [],
            ),
        ],
    ),
    (
        "coref-financier-group",
        "",
        "Samir Aoun, a financier who served Hezbollah, was sanctioned by the Treasury on Thursday. The department said the group relied on him.",
        [("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
    (
        "coref-financier-group-after-ofac",
        "ofac",
        "Samir Aoun, a financier who served Hezbollah, was sanctioned by the Treasury on Thursday. The department said the group relied on him.",
        [("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
    ),
    (
        "restate-same-again",
        "",
        "The State Department designated the Gulf Clan as a Foreign Terrorist Organization on Monday. Officials said the designation of the Gulf Clan would make it a crime to support the group.",
        [("Gulf Clan", "Foreign Terrorist Organization", "US State Department", "designated", [])],
    ),
    (
        "restate-same-again-after-none",
        "none",
        "The State Department designated the Gulf Clan as a Foreign Terrorist Organization on Monday. Officials said the designation of the Gulf Clan would make it a crime to support the group.",
        [("Gulf Clan", "Foreign Terrorist Organization", "US State Department", "designated", [])],
    ),
    (
        "restate-canada-too",
        "",
        "The United States designated Tren de Aragua as a Foreign Terrorist Organization in February. Canada listed Tren de Aragua as a terrorist entity under the Criminal Code two weeks later.",
        [
            (
                "Tren de Aragua",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            (
                "Tren de Aragua",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "designated",
                [],
            ),
        ],
    ),
    (
        "restate-canada-too-after-fto",
        "fto",
        "The United States designated Tren de Aragua as a Foreign Terrorist Organization in February. Canada listed Tren de Aragua as a terrorist entity under the Criminal Code two weeks later.",
        [
            (
                "Tren de Aragua",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            (
                "Tren de Aragua",
                "Listed terrorist entity (Canadian Criminal Code)",
                "Government of Canada",
                "designated",
                [],
            ),
        ],
    ),
    (
        "multi-dateline-list3",
        "",
        "WASHINGTON, March 3, 2026 — The Treasury on Monday sanctioned Hamid Rahimi, an Afghan money changer, Kabul Star Exchange and Bilal Noorzai, its manager.",
        [
            ("Hamid Rahimi", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Kabul Star Exchange", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Bilal Noorzai", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-dateline-list3-after-ofac",
        "ofac",
        "WASHINGTON, March 3, 2026 — The Treasury on Monday sanctioned Hamid Rahimi, an Afghan money changer, Kabul Star Exchange and Bilal Noorzai, its manager.",
        [
            ("Hamid Rahimi", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Kabul Star Exchange", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Bilal Noorzai", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-said-list",
        "",
        "The Treasury sanctioned Omar Farouk and Yasin Kaya, Turkish nationals who ran a front company for the Islamic State, a spokesperson said.",
        [
            ("Omar Farouk", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Yasin Kaya", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-said-list-after-none",
        "none",
        "The Treasury sanctioned Omar Farouk and Yasin Kaya, Turkish nationals who ran a front company for the Islamic State, a spokesperson said.",
        [
            ("Omar Farouk", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Yasin Kaya", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-fronted-and-three",
        "",
        "In a joint action on Friday, Britain sanctioned Volga Shipping, Neva Freight and Ural Tankers over oil deliveries.",
        [
            ("Volga Shipping", "UK sanctions list", "UK Home Office", "designated", []),
            ("Neva Freight", "UK sanctions list", "UK Home Office", "designated", []),
            ("Ural Tankers", "UK sanctions list", "UK Home Office", "designated", []),
        ],
    ),
    (
        "multi-fronted-and-three-after-fto",
        "fto",
        "In a joint action on Friday, Britain sanctioned Volga Shipping, Neva Freight and Ural Tankers over oil deliveries.",
        [
            ("Volga Shipping", "UK sanctions list", "UK Home Office", "designated", []),
            ("Neva Freight", "UK sanctions list", "UK Home Office", "designated", []),
            ("Ural Tankers", "UK sanctions list", "UK Home Office", "designated", []),
        ],
    ),
    (
        "multi-three-men-names",
        "",
        "The Treasury sanctioned three men on Tuesday. The three men, Karim Haddad, Samir Aoun and Nabil Fares, ran a money-laundering network.",
        [
            ("Karim Haddad", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Nabil Fares", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-three-men-names-after-ofac",
        "ofac",
        "The Treasury sanctioned three men on Tuesday. The three men, Karim Haddad, Samir Aoun and Nabil Fares, ran a money-laundering network.",
        [
            ("Karim Haddad", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ("Nabil Fares", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "multi-passive-list",
        "",
        "Volga Shipping, Neva Freight and Ural Tankers were added to the UK sanctions list on Monday.",
        [
            ("Volga Shipping", "UK sanctions list", "UK Home Office", "designated", []),
            ("Neva Freight", "UK sanctions list", "UK Home Office", "designated", []),
            ("Ural Tankers", "UK sanctions list", "UK Home Office", "designated", []),
        ],
    ),
    (
        "multi-passive-list-after-none",
        "none",
        "Volga Shipping, Neva Freight and Ural Tankers were added to the UK sanctions list on Monday.",
        [
            ("Volga Shipping", "UK sanctions list", "UK Home Office", "designated", []),
            ("Neva Freight", "UK sanctions list", "UK Home Office", "designated", []),
            ("Ural Tankers", "UK sanctions list", "UK Home Office", "designated", []),
        ],
    ),
    (
        "multi-fto-two-dateline",
        "",
        "MEXICO CITY, Feb. 20, 2026 — The United States designated the Jalisco Cartel and the Gulf Cartel as Foreign Terrorist Organizations on Thursday.",
        [
            (
                "Jalisco Cartel",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            (
                "Gulf Cartel",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
        ],
    ),
    (
        "multi-fto-two-dateline-after-fto",
        "fto",
        "MEXICO CITY, Feb. 20, 2026 — The United States designated the Jalisco Cartel and the Gulf Cartel as Foreign Terrorist Organizations on Thursday.",
        [
            (
                "Jalisco Cartel",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
            (
                "Gulf Cartel",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            ),
        ],
    ),
    (
        "particle-said-jamaat",
        "",
        "Jamaat-ul-Ahrar was designated a Specially Designated Global Terrorist in 2016, the State Department said.",
        [
            (
                "Jamaat-ul-Ahrar",
                "Specially Designated Global Terrorist",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-said-jamaat-after-ofac",
        "ofac",
        "Jamaat-ul-Ahrar was designated a Specially Designated Global Terrorist in 2016, the State Department said.",
        [
            (
                "Jamaat-ul-Ahrar",
                "Specially Designated Global Terrorist",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-ahl-us-sunnah",
        "",
        "The State Department designated Ahl us-Sunnah wal-Jamaah as a Foreign Terrorist Organization.",
        [
            (
                "Ahl us-Sunnah wal-Jamaah",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-ahl-us-sunnah-after-none",
        "none",
        "The State Department designated Ahl us-Sunnah wal-Jamaah as a Foreign Terrorist Organization.",
        [
            (
                "Ahl us-Sunnah wal-Jamaah",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-tlp-fronted",
        "",
        "Earlier this month, India banned Tehreek-e-Labbaik under the Unlawful Activities (Prevention) Act.",
        [
            (
                "Tehreek-e-Labbaik",
                "Unlawful association (UAPA)",
                "Government of India",
                "designated",
                [],
            )
        ],
    ),
    (
        "particle-tlp-fronted-after-fto",
        "fto",
        "Earlier this month, India banned Tehreek-e-Labbaik under the Unlawful Activities (Prevention) Act.",
        [
            (
                "Tehreek-e-Labbaik",
                "Unlawful association (UAPA)",
                "Government of India",
                "designated",
                [],
            )
        ],
    ),
    (
        "and-name-dept-list",
        "",
        "The Department of Business and Trade said Volga Shipping had been added to the UK sanctions list.",
        [("Volga Shipping", "UK sanctions list", "UK Home Office", "designated", [])],
    ),
    (
        "and-name-dept-list-after-ofac",
        "ofac",
        "The Department of Business and Trade said Volga Shipping had been added to the UK sanctions list.",
        [("Volga Shipping", "UK sanctions list", "UK Home Office", "designated", [])],
    ),
    (
        "alias-aka-paren",
        "",
        "The State Department designated Tren de Aragua (also known as TdA) as a Foreign Terrorist Organization.",
        [
            (
                "Tren de Aragua",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                ["TdA"],
            )
        ],
    ),
    (
        "alias-aka-paren-after-fto",
        "fto",
        "The State Department designated Tren de Aragua (also known as TdA) as a Foreign Terrorist Organization.",
        [
            (
                "Tren de Aragua",
                "Foreign Terrorist Organization",
                "US State Department",
                "designated",
                ["TdA"],
            )
        ],
    ),
    (
        "alias-aka-list",
        "",
        "The Treasury sanctioned Sepehr Energy, also known as Sepehr Energy Jahan, and Parsian Logistics on Thursday.",
        [
            (
                "Sepehr Energy",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                ["Sepehr Energy Jahan"],
            ),
            ("Parsian Logistics", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "alias-aka-list-after-none",
        "none",
        "The Treasury sanctioned Sepehr Energy, also known as Sepehr Energy Jahan, and Parsian Logistics on Thursday.",
        [
            (
                "Sepehr Energy",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                ["Sepehr Energy Jahan"],
            ),
            ("Parsian Logistics", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
        ],
    ),
    (
        "type-eu-council",
        "",
        "The Council of the EU on Monday added the Base to the EU terrorist list.",
        [("Base", "EU terrorist list", "Council of the EU", "designated", [])],
    ),
    (
        "type-eu-council-after-fto",
        "fto",
        "The Council of the EU on Monday added the Base to the EU terrorist list.",
        [("Base", "EU terrorist list", "Council of the EU", "designated", [])],
    ),
    (
        "revoke-delisted-dateline",
        "",
        "BRUSSELS, June 2, 2026 — The European Union removed the Frente Guerrillero del Catatumbo from its terrorist list on Monday.",
        [
            (
                "Frente Guerrillero del Catatumbo",
                "EU terrorist list",
                "Council of the EU",
                "revoked",
                [],
            )
        ],
    ),
    (
        "revoke-delisted-dateline-after-none",
        "none",
        "BRUSSELS, June 2, 2026 — The European Union removed the Frente Guerrillero del Catatumbo from its terrorist list on Monday.",
        [
            (
                "Frente Guerrillero del Catatumbo",
                "EU terrorist list",
                "Council of the EU",
                "revoked",
                [],
            )
        ],
    ),
    (
        "revoke-deproscribed-said",
        "",
        "Hayat Tahrir al-Sham has been deproscribed, the Home Secretary said on Friday.",
        [
            (
                "Hayat Tahrir al-Sham",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "revoked",
                [],
            )
        ],
    ),
    (
        "revoke-deproscribed-said-after-fto",
        "fto",
        "Hayat Tahrir al-Sham has been deproscribed, the Home Secretary said on Friday.",
        [
            (
                "Hayat Tahrir al-Sham",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "revoked",
                [],
            )
        ],
    ),
    (
        "propose-considering-said",
        "",
        "The Home Office is considering proscribing the Maniacs Murder Cult, officials said.",
        [
            (
                "Maniacs Murder Cult",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "proposed",
                [],
            )
        ],
    ),
    (
        "propose-considering-said-after-ofac",
        "ofac",
        "The Home Office is considering proscribing the Maniacs Murder Cult, officials said.",
        [
            (
                "Maniacs Murder Cult",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "proposed",
                [],
            )
        ],
    ),
    (
        "propose-bill-ban",
        "",
        "Republicans introduced a bill that would require the State Department to designate Tren de Aragua as a Foreign Terrorist Organization.",
        [
            (
                "Tren de Aragua",
                "Foreign Terrorist Organization",
                "US State Department",
                "proposed",
                [],
            )
        ],
    ),
    (
        "propose-bill-ban-after-fto",
        "fto",
        "Republicans introduced a bill that would require the State Department to designate Tren de Aragua as a Foreign Terrorist Organization.",
        [
            (
                "Tren de Aragua",
                "Foreign Terrorist Organization",
                "US State Department",
                "proposed",
                [],
            )
        ],
    ),
    (
        "propose-eu-considering-ctx",
        "",
        "The EU is considering adding Qods Aviation Industries to its sanctions list, diplomats said.",
        [("Qods Aviation Industries", "EU sanctions list", "Council of the EU", "proposed", [])],
    ),
    (
        "propose-eu-considering-ctx-after-ofac",
        "ofac",
        "The EU is considering adding Qods Aviation Industries to its sanctions list, diplomats said.",
        [("Qods Aviation Industries", "EU sanctions list", "Council of the EU", "proposed", [])],
    ),
    (
        "verb-sanctioned-rel",
        "",
        "The Treasury sanctioned Golden Crescent Exchange, which moved money for Hezbollah, on Thursday.",
        [
            (
                "Golden Crescent Exchange",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "verb-sanctioned-rel-after-ofac",
        "ofac",
        "The Treasury sanctioned Golden Crescent Exchange, which moved money for Hezbollah, on Thursday.",
        [
            (
                "Golden Crescent Exchange",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "passive-added-rel",
        "",
        "Golden Crescent Exchange, which moved money for Hezbollah, was added to the sanctions list on Monday by the Treasury.",
        [
            (
                "Golden Crescent Exchange",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "passive-added-rel-after-none",
        "none",
        "Golden Crescent Exchange, which moved money for Hezbollah, was added to the sanctions list on Monday by the Treasury.",
        [
            (
                "Golden Crescent Exchange",
                "OFAC SDN sanctions",
                "US Treasury (OFAC)",
                "designated",
                [],
            )
        ],
    ),
    (
        "restate-restate-fto",
        "",
        "The State Department designated the Gulf Clan as a Foreign Terrorist Organization on Monday. The Gulf Clan was designated because of its drug trafficking, the department said.",
        [("Gulf Clan", "Foreign Terrorist Organization", "US State Department", "designated", [])],
    ),
    (
        "restate-restate-fto-after-fto",
        "fto",
        "The State Department designated the Gulf Clan as a Foreign Terrorist Organization on Monday. The Gulf Clan was designated because of its drug trafficking, the department said.",
        [("Gulf Clan", "Foreign Terrorist Organization", "US State Department", "designated", [])],
    ),
    (
        "restate-did-same",
        "",
        "Britain proscribed the Base in 2020. Australia did the same in 2021.",
        [
            (
                "Base",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
            (
                "Base",
                "proscribed under the UK Terrorism Act 2000",
                "Government of Australia",
                "designated",
                [],
            ),
        ],
    ),
    (
        "restate-did-same-after-none",
        "none",
        "Britain proscribed the Base in 2020. Australia did the same in 2021.",
        [
            (
                "Base",
                "proscribed under the UK Terrorism Act 2000",
                "UK Home Office",
                "designated",
                [],
            ),
            (
                "Base",
                "proscribed under the UK Terrorism Act 2000",
                "Government of Australia",
                "designated",
                [],
            ),
        ],
    ),
]


@pytest.mark.parametrize(("key", "context", "text", "expected"), FIXED, ids=[c[0] for c in FIXED])
def test_real_records_in_new_shapes(key: str, context: str, text: str, expected: list) -> None:
    prefix, before = CONTEXTS[context]
    assert _rows(prefix + text) == before + expected


@pytest.mark.parametrize(
    ("key", "context", "text", "expected"), CONTROLS, ids=[c[0] for c in CONTROLS]
)
def test_controls(key: str, context: str, text: str, expected: list) -> None:
    prefix, before = CONTEXTS[context]
    assert _rows(prefix + text) == before + expected
