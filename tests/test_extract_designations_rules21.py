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


def _expand(cases: list[tuple]) -> list[tuple]:
    """(id, context, sentence, records) per context a case runs in ("" is alone)."""
    return [
        (name if not context else f"{name}-after-{context}", context, text, expected)
        for name, contexts, text, expected in cases
        for context in contexts
    ]


# (name, contexts, sentence, the records it gives after the context's own records).
# Shapes that gave a missing, split or wrong record before this round:
FIXED = _expand(
    [
        (
            "multi-two-men-said",
            ("fto",),
            "The Treasury sanctioned two men accused of financing al-Shabaab. The two men, Abdi Warsame and Hassan Nur, ran a hawala in Mogadishu, officials said.",
            [
                ("Abdi Warsame", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
                ("Hassan Nur", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ],
        ),
        (
            "multi-both-passive",
            ("", "ofac"),
            "Tarek Mansour and Walid Issa were both sanctioned by the Treasury on Tuesday.",
            [
                ("Tarek Mansour", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
                ("Walid Issa", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ],
        ),
        (
            "multi-rel-clause",
            ("", "ofac"),
            "The EU blacklisted Wagner Group and Africa Corps, which took over its operations in Mali, on Friday.",
            [
                ("Wagner Group", "EU sanctions list", "Council of the EU", "designated", []),
                ("Africa Corps", "EU sanctions list", "Council of the EU", "designated", []),
            ],
        ),
        (
            "particle-active",
            ("", "none"),
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
            ("", "fto"),
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
            ("", "ofac"),
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
            ("", "none"),
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
            ("", "ofac"),
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
            ("", "none"),
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
            ("", "fto"),
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
            ("", "fto"),
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
            ("", "ofac"),
            "The Treasury sanctioned Alpha Star Trading Ltd of Dubai for supplying drone parts to Iran.",
            [
                (
                    "Alpha Star Trading Ltd",
                    "OFAC SDN sanctions",
                    "US Treasury (OFAC)",
                    "designated",
                    [],
                )
            ],
        ),
        (
            "company-llc-of",
            ("", "none"),
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
            ("", "fto"),
            "The Treasury sanctioned Nasdaq-listed Tianjin Tech for supplying drone parts.",
            [("Tianjin Tech", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
        ),
        (
            "company-eu-blacklisted-maker",
            ("", "ofac"),
            "The EU blacklisted the Iranian drone maker Qods Aviation Industries.",
            [
                (
                    "Qods Aviation Industries",
                    "EU sanctions list",
                    "Council of the EU",
                    "designated",
                    [],
                )
            ],
        ),
        (
            "company-eu-blacklisted-maker2",
            ("", "none"),
            "The European Union on Monday blacklisted Chinese drone maker Xiamen Limbach over engine deliveries to Russia.",
            [("Xiamen Limbach", "EU sanctions list", "Council of the EU", "designated", [])],
        ),
        (
            "company-shanghai-listed",
            ("", "fto"),
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
            ("", "ofac"),
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
            ("", "fto"),
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
            ("", "none"),
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
            ("", "ofac"),
            "China placed a hold on a proposal to list Sajid Mir at the UN Security Council's 1267 committee.",
            [("Sajid Mir", "UN sanctions list", "UN Security Council", "proposed", [])],
        ),
        (
            "propose-hold-passive",
            ("", "none"),
            "A proposal to list Abdul Rehman Makki under the 1267 sanctions regime was put on hold by China.",
            [("Abdul Rehman Makki", "UN sanctions list", "UN Security Council", "proposed", [])],
        ),
        (
            "propose-eu-considering",
            ("fto",),
            "The European Union is considering adding the Revolutionary Guards to its terrorist list.",
            [("Revolutionary Guards", "EU terrorist list", "Council of the EU", "proposed", [])],
        ),
        (
            "verb-blacklisted-eu",
            ("", "ofac"),
            "The EU blacklisted Qods Aviation Industries for supplying drones to Russia.",
            [
                (
                    "Qods Aviation Industries",
                    "EU sanctions list",
                    "Council of the EU",
                    "designated",
                    [],
                )
            ],
        ),
        (
            "verb-blacklisted-iranian",
            ("", "none"),
            "The European Union blacklisted the Iranian drone maker Qods Aviation Industries on Monday.",
            [
                (
                    "Qods Aviation Industries",
                    "EU sanctions list",
                    "Council of the EU",
                    "designated",
                    [],
                )
            ],
        ),
        (
            "verb-blacklisted-passive",
            ("", "fto"),
            "Qods Aviation Industries was blacklisted by the EU in 2023.",
            [
                (
                    "Qods Aviation Industries",
                    "EU sanctions list",
                    "Council of the EU",
                    "designated",
                    [],
                )
            ],
        ),
        (
            "passive-listed-can",
            ("fto",),
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
            ("", "ofac"),
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
            ("", "none"),
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
            ("", "fto"),
            "Samir Aoun, a financier who served Hezbollah for a decade, ran three front companies. The Treasury sanctioned him on Thursday.",
            [("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
        ),
        (
            "coref-it-passive",
            ("", "none"),
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
            ("", "fto"),
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
            ("", "ofac"),
            "The State Department designated Ansarallah a Foreign Terrorist Organization in January. It revoked the designation a month later.",
            [
                (
                    "Ansarallah",
                    "Foreign Terrorist Organization",
                    "US State Department",
                    "designated",
                    [],
                ),
                (
                    "Ansarallah",
                    "Foreign Terrorist Organization",
                    "US State Department",
                    "revoked",
                    [],
                ),
            ],
        ),
        (
            "restate-again-passive",
            ("", "fto"),
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
            ("", "ofac"),
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
            ("", "fto"),
            "The UN Security Council added Jamaat ud-Dawa to its sanctions list in 2008.",
            [("Jamaat ud-Dawa", "UN sanctions list", "UN Security Council", "designated", [])],
        ),
        (
            "particle-hut-fronted",
            ("", "ofac"),
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
            ("", "none"),
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
            ("", "ofac"),
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
            ("", "none"),
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
            ("", "fto"),
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
            ("", "none"),
            "The Treasury sanctioned Blue Horizon FZE of Sharjah and Nova Marine Ltd of Hong Kong on Thursday.",
            [
                ("Blue Horizon FZE", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
                ("Nova Marine Ltd", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ],
        ),
        (
            "company-nyse-listed",
            ("", "fto"),
            "The Treasury sanctioned NYSE-listed Meridian Components for shipping parts to Iran.",
            [("Meridian Components", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
        ),
        (
            "company-ltd-of-passive",
            ("", "ofac"),
            "Alpha Star Trading Ltd of Dubai was sanctioned by the Treasury on Thursday.",
            [
                (
                    "Alpha Star Trading Ltd",
                    "OFAC SDN sanctions",
                    "US Treasury (OFAC)",
                    "designated",
                    [],
                )
            ],
        ),
        (
            "alias-formerly-passive",
            ("", "none"),
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
            ("", "ofac"),
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
            ("", "ofac"),
            "The Foreign Office sanctioned Volga Shipping and Neva Freight on Thursday over oil deliveries.",
            [
                ("Volga Shipping", "UK sanctions list", "UK Foreign Office", "designated", []),
                ("Neva Freight", "UK sanctions list", "UK Foreign Office", "designated", []),
            ],
        ),
        (
            "type-un-1267-hold",
            ("", "none"),
            "China placed a hold on a proposal to list Sajid Mir at the UN Security Council's 1267 committee.",
            [("Sajid Mir", "UN sanctions list", "UN Security Council", "proposed", [])],
        ),
        (
            "type-un-1267-listed",
            ("", "fto"),
            "The UN Security Council's 1267 committee listed Sajid Mir on Friday.",
            [("Sajid Mir", "UN sanctions list", "UN Security Council", "designated", [])],
        ),
        (
            "revoke-it-revoked",
            ("", "ofac"),
            "The State Department designated Ansarallah a Foreign Terrorist Organization in January. The designation was revoked a month later.",
            [
                (
                    "Ansarallah",
                    "Foreign Terrorist Organization",
                    "US State Department",
                    "designated",
                    [],
                ),
                (
                    "Ansarallah",
                    "Foreign Terrorist Organization",
                    "US State Department",
                    "revoked",
                    [],
                ),
            ],
        ),
        (
            "propose-reviewed",
            ("", "none"),
            "The Base was reviewed for proscription under the Terrorism Act 2000 last year.",
            [
                (
                    "Base",
                    "proscribed under the UK Terrorism Act 2000",
                    "UK Home Office",
                    "proposed",
                    [],
                )
            ],
        ),
        (
            "verb-both-passive",
            ("", "none"),
            "Tarek Mansour and Walid Issa were both sanctioned by the Treasury on Tuesday.",
            [
                ("Tarek Mansour", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
                ("Walid Issa", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ],
        ),
        (
            "verb-blacklisted-britain",
            ("", "fto"),
            "Britain blacklisted Qods Aviation Industries on Monday over drone deliveries to Russia.",
            [
                (
                    "Qods Aviation Industries",
                    "UK sanctions list",
                    "UK Foreign Office",
                    "designated",
                    [],
                )
            ],
        ),
        (
            "passive-considered-for",
            ("", "fto"),
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
            ("", "ofac"),
            "Samir Aoun, a financier who served Hezbollah for a decade, ran three front companies. The Treasury sanctioned him on Thursday.",
            [("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
        ),
        (
            "coref-the-group-subject",
            ("", "none"),
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
            ("", "fto"),
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
            ("", "ofac"),
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
            ("", "none"),
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
            ("", "ofac"),
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
)

# Controls: the same phenomena in shapes that were already read right.
CONTROLS = _expand(
    [
        (
            "multi-active-and",
            ("", "none"),
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
            ("", "fto"),
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
            ("", "ofac"),
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
            ("", "none"),
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
            ("", "fto"),
            "The Treasury sanctioned Karim Haddad, a Dubai-based trader, and Samir Aoun, a Beirut money changer, for financing Hezbollah.",
            [
                ("Karim Haddad", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
                ("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ],
        ),
        (
            "multi-appos-3",
            ("", "ofac"),
            "The Treasury sanctioned Karim Haddad, a Dubai-based trader, Samir Aoun, a Beirut money changer, and Nour Exchange, a Lebanese company, on Tuesday.",
            [
                ("Karim Haddad", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
                ("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
                ("Nour Exchange", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ],
        ),
        (
            "multi-list-4",
            ("", "none"),
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
            ("", "fto"),
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
            ("", "ofac"),
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
            ("", "none"),
            "The Treasury on Tuesday sanctioned two men who ran the network. The two men, Tarek Mansour and Walid Issa, moved millions of dollars for the group.",
            [
                ("Tarek Mansour", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
                ("Walid Issa", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ],
        ),
        (
            "multi-two-men-said",
            ("",),
            "The Treasury sanctioned two men accused of financing al-Shabaab. The two men, Abdi Warsame and Hassan Nur, ran a hawala in Mogadishu, officials said.",
            [
                ("Abdi Warsame", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
                ("Hassan Nur", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ],
        ),
        (
            "multi-proscribed-3",
            ("", "none"),
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
            ("", "fto"),
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
            ("", "fto"),
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
            ("", "ofac"),
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
            ("", "none"),
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
            ("", "fto"),
            "Ansar al-Sharia was added to the UN Security Council's 1267 sanctions list in 2014.",
            [("Ansar al-Sharia", "UN sanctions list", "UN Security Council", "designated", [])],
        ),
        (
            "particle-tlp-uapa",
            ("", "ofac"),
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
            ("", "none"),
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
            ("", "fto"),
            "The UN Security Council added Lashkar-e-Taiba and Jaish-e-Mohammed to its sanctions list.",
            [
                ("Lashkar-e-Taiba", "UN sanctions list", "UN Security Council", "designated", []),
                ("Jaish-e-Mohammed", "UN sanctions list", "UN Security Council", "designated", []),
            ],
        ),
        (
            "particle-tlp-passive",
            ("", "fto"),
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
            ("", "ofac"),
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
            ("", "ofac"),
            "The Department of Business and Trade added Volga Shipping to the UK sanctions list on Monday.",
            [("Volga Shipping", "UK sanctions list", "UK Foreign Office", "designated", [])],
        ),
        (
            "and-name-ministry",
            ("", "none"),
            "The Ministry of Economy and Trade froze the assets of Al-Noor Exchange.",
            [("Al-Noor Exchange", "sanctions list", None, "designated", [])],
        ),
        (
            "company-based",
            ("", "ofac"),
            "The Treasury sanctioned Dubai-based Emerald Oil Trading on Thursday.",
            [("Emerald Oil Trading", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
        ),
        (
            "alias-aka",
            ("", "none"),
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
            ("", "fto"),
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
            ("", "none"),
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
            ("", "ofac"),
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
            ("", "none"),
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
            ("", "fto"),
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
            ("", "ofac"),
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
            ("", "fto"),
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
            ("", "ofac"),
            "The State Department designated the Gulf Clan as a Foreign Terrorist Organization on Monday.",
            [
                (
                    "Gulf Clan",
                    "Foreign Terrorist Organization",
                    "US State Department",
                    "designated",
                    [],
                )
            ],
        ),
        (
            "type-fto-sdgt",
            ("", "none"),
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
            ("", "fto"),
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
            ("", "ofac"),
            "The Council of the European Union added the Revolutionary Guards to the EU terrorist list.",
            [("Revolutionary Guards", "EU terrorist list", "Council of the EU", "designated", [])],
        ),
        (
            "type-un-1267",
            ("", "none"),
            "The UN Security Council's 1267 committee added The Resistance Front to its sanctions list.",
            [("Resistance Front", "UN sanctions list", "UN Security Council", "designated", [])],
        ),
        (
            "type-australia",
            ("", "ofac"),
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
            ("", "none"),
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
            ("", "ofac"),
            "The European Union imposed sanctions on Qods Aviation Industries over drone deliveries to Russia.",
            [
                (
                    "Qods Aviation Industries",
                    "EU sanctions list",
                    "Council of the EU",
                    "designated",
                    [],
                )
            ],
        ),
        (
            "revoke-removed",
            ("", "ofac"),
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
            ("", "none"),
            "Washington delisted the FARC as a Foreign Terrorist Organization in 2021.",
            [("FARC", "Foreign Terrorist Organization", "US State Department", "revoked", [])],
        ),
        (
            "revoke-delisted-passive",
            ("", "fto"),
            "The FARC was delisted as a Foreign Terrorist Organization in November 2021.",
            [("FARC", "Foreign Terrorist Organization", "US State Department", "revoked", [])],
        ),
        (
            "revoke-revoked",
            ("", "ofac"),
            "The State Department revoked the designation of Ansarallah as a Foreign Terrorist Organization.",
            [
                (
                    "Ansarallah",
                    "Foreign Terrorist Organization",
                    "US State Department",
                    "revoked",
                    [],
                )
            ],
        ),
        (
            "revoke-revoked-passive",
            ("", "none"),
            "The designation of Ansarallah as a Foreign Terrorist Organization was revoked in February 2021.",
            [
                (
                    "Ansarallah",
                    "Foreign Terrorist Organization",
                    "US State Department",
                    "revoked",
                    [],
                )
            ],
        ),
        (
            "revoke-lapse2",
            ("", "ofac"),
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
            ("", "none"),
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
            ("", "fto"),
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
            ("", "ofac"),
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
            ("", "none"),
            "The EU removed Hamas from its terrorist list after a court ruling.",
            [("Hamas", "EU terrorist list", "Council of the EU", "revoked", [])],
        ),
        (
            "revoke-un-delisted",
            ("", "fto"),
            "The UN Security Council delisted Ahmed al-Sharaa from its sanctions list on Thursday.",
            [("Ahmed al-Sharaa", "UN sanctions list", "UN Security Council", "revoked", [])],
        ),
        (
            "propose-considering",
            ("", "ofac"),
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
            ("", "fto"),
            "India submitted a proposal to list Sajid Mir under the UN 1267 sanctions regime.",
            [("Sajid Mir", "UN sanctions list", "UN Security Council", "proposed", [])],
        ),
        (
            "propose-bill",
            ("", "fto"),
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
            ("", "ofac"),
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
            ("",),
            "The European Union is considering adding the Revolutionary Guards to its terrorist list.",
            [("Revolutionary Guards", "EU terrorist list", "Council of the EU", "proposed", [])],
        ),
        (
            "propose-uk-considering",
            ("", "ofac"),
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
            ("", "none"),
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
            ("", "fto"),
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
            ("", "none"),
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
            ("", "none"),
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
            ("", "ofac"),
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
            ("", "none"),
            "Hamas was added to the EU terrorist list in 2003.",
            [("Hamas", "EU terrorist list", "Council of the EU", "designated", [])],
        ),
        (
            "passive-listed-can",
            ("",),
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
            ("", "ofac"),
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
            ("", "none"),
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
            ("", "none"),
            "The Gulf Clan was placed on the State Department's list of Foreign Terrorist Organizations on Monday.",
            [
                (
                    "Gulf Clan",
                    "Foreign Terrorist Organization",
                    "US State Department",
                    "designated",
                    [],
                )
            ],
        ),
        (
            "coref-it",
            ("", "fto"),
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
            ("", "ofac"),
            "Samir Aoun, a financier who served Hezbollah, was sanctioned by the Treasury on Thursday. The department said the group relied on him.",
            [("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", [])],
        ),
        (
            "restate-same-again",
            ("", "none"),
            "The State Department designated the Gulf Clan as a Foreign Terrorist Organization on Monday. Officials said the designation of the Gulf Clan would make it a crime to support the group.",
            [
                (
                    "Gulf Clan",
                    "Foreign Terrorist Organization",
                    "US State Department",
                    "designated",
                    [],
                )
            ],
        ),
        (
            "restate-canada-too",
            ("", "fto"),
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
            ("", "ofac"),
            "WASHINGTON, March 3, 2026 — The Treasury on Monday sanctioned Hamid Rahimi, an Afghan money changer, Kabul Star Exchange and Bilal Noorzai, its manager.",
            [
                ("Hamid Rahimi", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
                (
                    "Kabul Star Exchange",
                    "OFAC SDN sanctions",
                    "US Treasury (OFAC)",
                    "designated",
                    [],
                ),
                ("Bilal Noorzai", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ],
        ),
        (
            "multi-said-list",
            ("", "none"),
            "The Treasury sanctioned Omar Farouk and Yasin Kaya, Turkish nationals who ran a front company for the Islamic State, a spokesperson said.",
            [
                ("Omar Farouk", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
                ("Yasin Kaya", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ],
        ),
        (
            "multi-fronted-and-three",
            ("", "fto"),
            "In a joint action on Friday, Britain sanctioned Volga Shipping, Neva Freight and Ural Tankers over oil deliveries.",
            [
                ("Volga Shipping", "UK sanctions list", "UK Foreign Office", "designated", []),
                ("Neva Freight", "UK sanctions list", "UK Foreign Office", "designated", []),
                ("Ural Tankers", "UK sanctions list", "UK Foreign Office", "designated", []),
            ],
        ),
        (
            "multi-three-men-names",
            ("", "ofac"),
            "The Treasury sanctioned three men on Tuesday. The three men, Karim Haddad, Samir Aoun and Nabil Fares, ran a money-laundering network.",
            [
                ("Karim Haddad", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
                ("Samir Aoun", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
                ("Nabil Fares", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated", []),
            ],
        ),
        (
            "multi-passive-list",
            ("", "none"),
            "Volga Shipping, Neva Freight and Ural Tankers were added to the UK sanctions list on Monday.",
            [
                ("Volga Shipping", "UK sanctions list", "UK Foreign Office", "designated", []),
                ("Neva Freight", "UK sanctions list", "UK Foreign Office", "designated", []),
                ("Ural Tankers", "UK sanctions list", "UK Foreign Office", "designated", []),
            ],
        ),
        (
            "multi-fto-two-dateline",
            ("", "fto"),
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
            ("", "ofac"),
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
            ("", "none"),
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
            ("", "fto"),
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
            ("", "ofac"),
            "The Department of Business and Trade said Volga Shipping had been added to the UK sanctions list.",
            [("Volga Shipping", "UK sanctions list", "UK Foreign Office", "designated", [])],
        ),
        (
            "alias-aka-paren",
            ("", "fto"),
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
            ("", "none"),
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
            ("", "fto"),
            "The Council of the EU on Monday added the Base to the EU terrorist list.",
            [("Base", "EU terrorist list", "Council of the EU", "designated", [])],
        ),
        (
            "revoke-delisted-dateline",
            ("", "none"),
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
            ("", "fto"),
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
            ("", "ofac"),
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
            ("", "fto"),
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
            ("", "ofac"),
            "The EU is considering adding Qods Aviation Industries to its sanctions list, diplomats said.",
            [
                (
                    "Qods Aviation Industries",
                    "EU sanctions list",
                    "Council of the EU",
                    "proposed",
                    [],
                )
            ],
        ),
        (
            "verb-sanctioned-rel",
            ("", "ofac"),
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
            ("", "none"),
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
            ("", "fto"),
            "The State Department designated the Gulf Clan as a Foreign Terrorist Organization on Monday. The Gulf Clan was designated because of its drug trafficking, the department said.",
            [
                (
                    "Gulf Clan",
                    "Foreign Terrorist Organization",
                    "US State Department",
                    "designated",
                    [],
                )
            ],
        ),
        (
            "restate-did-same",
            ("", "none"),
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
)


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
