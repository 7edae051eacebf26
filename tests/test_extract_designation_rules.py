"""Designation rules for phrasings that earlier rounds missed on unseen text.

Every sentence here was written for this file; none is copied from the data sets.
"""

from __future__ import annotations

import pytest

from summarizer.extract import extract


def _got(text):
    return sorted((d.entity, d.action) for d in extract(text).designations)


def _full(text):
    return sorted(
        (d.entity, d.designation, d.authority, d.action) for d in extract(text).designations
    )


# ------------------------------------------------------------ group coreference
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A smuggling network called the Black Reed Syndicate has moved weapons across the "
            "Sahel for years. On Tuesday the State Department designated the network as a "
            "Foreign Terrorist Organization.",
            [("Black Reed Syndicate", "designated")],
        ),
        (
            "The Harakat al-Nur movement renounced violence in 2019. The Home Office said on "
            "Monday that the group would no longer be proscribed under the Terrorism Act 2000.",
            [("Harakat al-Nur", "revoked")],
        ),
        (
            "Police say the Crimson Banner Brigade recruited teenagers through gaming forums. "
            "Australia listed the outfit as a terrorist organisation under the Criminal Code "
            "last week.",
            [("Crimson Banner Brigade", "designated")],
        ),
        (
            "The Treasury sanctioned Lukas Brenner, a courier, as a Specially Designated Global "
            "Terrorist. Investigators say the Grey Lantern Collective paid him. New Zealand "
            "intends to designate the collective as a terrorist entity, its prime minister said.",
            [("Grey Lantern Collective", "proposed"), ("Lukas Brenner", "designated")],
        ),
    ],
)
def test_group_noun_refers_to_the_last_named_organisation(text, expected):
    assert _got(text) == expected


def test_group_noun_skips_people_named_in_between():
    text = (
        "The State Department designated the Iron Wake Front as a Specially Designated Global "
        "Terrorist. It also designated two of its recruiters: Petra Lind and Janos Vary. "
        "Canada plans to list the group as a terrorist entity under the Criminal Code."
    )
    got = _got(text)
    assert ("Iron Wake Front", "proposed") in got
    assert ("Janos Vary", "proposed") not in got


# ----------------------------------------------------- alias in the next sentence
@pytest.mark.parametrize(
    ("text", "entity", "alias"),
    [
        (
            "The Treasury Department designated the Saffron Trading Company as a Specially "
            "Designated Global Terrorist on Thursday. The firm also operates as Zafran Exchange.",
            "Saffron Trading Company",
            "Zafran Exchange",
        ),
        (
            "Britain proscribed the Northern Torch Movement under the Terrorism Act 2000. The "
            "group is also known as Fackeln Nord.",
            "Northern Torch Movement",
            "Fackeln Nord",
        ),
        (
            "The EU added the Cedar Line Foundation to its terrorist list. It has previously "
            "called itself the Cedar Relief Trust.",
            "Cedar Line Foundation",
            "Cedar Relief Trust",
        ),
    ],
)
def test_alias_given_in_the_following_sentence(text, entity, alias):
    recs = extract(text).designations
    assert [d.entity for d in recs] == [entity]
    assert recs[0].aliases == [alias]


# ------------------------------------------------------ lists over two sentences
def test_counted_object_then_plural_noun_list():
    text = (
        "The State Department on Monday designated four militias as Specially Designated "
        "Global Terrorists. The militias are Kataib al-Fath, Saraya al-Nasr, Liwa al-Haqq "
        "and Harakat al-Sumud."
    )
    assert _got(text) == [
        ("Harakat al-Sumud", "designated"),
        ("Kataib al-Fath", "designated"),
        ("Liwa al-Haqq", "designated"),
        ("Saraya al-Nasr", "designated"),
    ]


def test_counted_people_with_descriptor_before_the_names():
    text = (
        "OFAC added three men it described as couriers for the cartel, Tomas Rivas Ochoa, "
        "Julio Mena Paz and Andres Solis Vera, to the list of Specially Designated Nationals."
    )
    assert _got(text) == [
        ("Andres Solis Vera", "designated"),
        ("Julio Mena Paz", "designated"),
        ("Tomas Rivas Ochoa", "designated"),
    ]


# ------------------------------------------------------- people with descriptors
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treasury sanctioned Ahmed Suleiman, a 45-year-old financier based in Dubai, "
            "and Karim Nassar, a logistics chief, for moving money to the militia.",
            [("Ahmed Suleiman", "designated"), ("Karim Nassar", "designated")],
        ),
        (
            "The Council of the European Union on Monday sanctioned Dmitri Orlov, a "
            "St Petersburg shipping executive, over arms deliveries.",
            [("Dmitri Orlov", "designated")],
        ),
    ],
)
def test_sanctioned_people_with_descriptors(text, expected):
    assert _got(text) == expected


# ------------------------------------------------------------------- proposals
@pytest.mark.parametrize(
    "text",
    [
        "A hold placed by China blocks the listing of Abdul Rauf Azhar on the UN sanctions list.",
        "A request to add Imran Qureshi, a militant commander, to the UN sanctions list remains "
        "stalled because of a technical hold.",
        "Russia vetoed a proposal to add the Steppe Wolves Battalion to the UN sanctions list.",
        "The State Department is weighing whether to designate the Red Hand Cartel as a Foreign "
        "Terrorist Organization, officials said.",
        "A bill introduced in the Senate would require the administration to designate the "
        "Polar Front as a Foreign Terrorist Organization.",
        "Britain has asked the UN Security Council's sanctions committee to add the Eastern Sun "
        "Brigades to its list.",
    ],
)
def test_proposals(text):
    got = _got(text)
    assert got and all(a == "proposed" for _e, a in got), got


# ----------------------------------------------------------------- revocations
@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "The Iron Cross Network is no longer listed as a terrorist entity in Canada after "
            "the government completed its review.",
            "Iron Cross Network",
        ),
        (
            "The Home Office de-proscribed the Liberation Tigers Council on Monday.",
            "Liberation Tigers Council",
        ),
        (
            "A delisting request by Yusuf Kamara was granted by the UN Security Council's "
            "sanctions committee on Friday.",
            "Yusuf Kamara",
        ),
        (
            "The Awami Renewal Party, whose ban under the Anti-Terrorism Act was lifted by the "
            "caretaker government in May, will contest the election.",
            "Awami Renewal Party",
        ),
        (
            "The European Union lifted sanctions on the Basra Oil Trading Company on Monday, "
            "removing it from its terrorist list.",
            "Basra Oil Trading Company",
        ),
    ],
)
def test_revocations(text, entity):
    assert _got(text) == [(entity, "revoked")]


# ------------------------------------------------- authorities and list types
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN Security Council's ISIL and al-Qaida sanctions committee added the Northern "
            "Sands Battalion to its sanctions list on Wednesday.",
            [
                (
                    "Northern Sands Battalion",
                    "UN sanctions list",
                    "UN Security Council",
                    "designated",
                )
            ],
        ),
        (
            "The Security Council committee that oversees sanctions on al-Shabaab added Hodan "
            "Cargo to its list on Friday.",
            [("Hodan Cargo", "UN sanctions list", "UN Security Council", "designated")],
        ),
        (
            "New Zealand has designated the Cold Tide Collective as a terrorist entity under the "
            "Terrorism Suppression Act, the prime minister said.",
            [
                (
                    "Cold Tide Collective",
                    "Designated terrorist entity (New Zealand Terrorism Suppression Act)",
                    "Government of New Zealand",
                    "designated",
                )
            ],
        ),
        (
            "India's Ministry of Home Affairs declared the Kashmir Liberation Guard an unlawful "
            "association under the Unlawful Activities (Prevention) Act.",
            [
                (
                    "Kashmir Liberation Guard",
                    "Unlawful association (UAPA)",
                    "Government of India",
                    "designated",
                )
            ],
        ),
        (
            "The Indian government has banned the Popular Front of Hind under the UAPA for five "
            "years.",
            [
                (
                    "Popular Front of Hind",
                    "Unlawful association (UAPA)",
                    "Government of India",
                    "designated",
                )
            ],
        ),
    ],
)
def test_authority_and_type(text, expected):
    assert _full(text) == expected


def test_two_authorities_give_two_records():
    text = (
        "Saudi Arabia and the United Arab Emirates designated the Jazira Charity Foundation as "
        "a terrorist entity on Sunday."
    )
    got = {(d.entity, d.authority) for d in extract(text).designations}
    assert got == {
        ("Jazira Charity Foundation", "Government of Saudi Arabia"),
        ("Jazira Charity Foundation", "Government of United Arab Emirates"),
    }


# ------------------------------------------------------------ precision traps
@pytest.mark.parametrize(
    "text",
    [
        "The UK government has declined to proscribe the Revolutionary Guards despite pressure "
        "from MPs.",
        "Opposition lawmakers called for the government to designate the Wolf Pack Brigade as a "
        "terrorist organisation.",
        "Human rights groups urged Washington to designate the Tiger Clan as a terrorist group.",
        "The city designated the old port district as a cultural zone, and the council listed "
        "three buildings as heritage sites.",
        "The European Union imposed new sanctions on Russia and Belarus on Friday over the war.",
        "Ministers said there were no plans to ban the Green Dawn Movement.",
        "The club named Marco Reyes as its designated hitter for the season opener.",
        "The Home Secretary said she would not proscribe the Black Kite Network at this stage.",
        "The opposition has repeatedly called on the government to proscribe the Revolutionary "
        "Guard, but ministers have refused.",
        "Rights groups want the EU to add the Africa Corps to its terrorist list, but no "
        "proposal has been tabled.",
        "The Treasury has not sanctioned Aurora Holdings, despite calls from lawmakers.",
        "Washington imposed sanctions on Venezuela's state oil company in 2019.",
        "The UN designated 2026 as the International Year of Volunteers.",
    ],
)
def test_no_record(text):
    assert _got(text) == []


# ------------------------------------------- referring subjects with relative clauses
def test_relative_clause_names_the_referring_subject():
    text = (
        "Fighting around the border town has intensified. The militia, which calls itself "
        "Liwa al-Sahra and is known to villagers as the Desert Brigade, was designated a "
        "Specially Designated Global Terrorist on Friday."
    )
    recs = extract(text).designations
    assert [(d.entity, d.action, d.aliases) for d in recs] == [
        ("Liwa al-Sahra", "designated", ["Desert Brigade"])
    ]


def test_relative_clause_gives_an_alias_of_the_antecedent():
    text = (
        "The report focuses on the Ashen Order, a neo-fascist network active in the Midlands. "
        "The network, which also posts as ASH88, should be proscribed under the Terrorism Act "
        "2000, the committee said."
    )
    recs = extract(text).designations
    assert [(d.entity, d.action, d.aliases) for d in recs] == [
        ("Ashen Order", "proposed", ["ASH88"])
    ]


def test_it_refers_to_the_group_named_earlier_in_the_sentence():
    text = (
        "The Home Office proscribed the Red Dawn Cell under the Terrorism Act 2000. The same "
        "order removes the Grey Harbour Collective, a protest group, from the list after the "
        "Home Secretary accepted an application to de-proscribe it."
    )
    assert _got(text) == [
        ("Grey Harbour Collective", "revoked"),
        ("Red Dawn Cell", "designated"),
    ]


# ------------------------------------------------------ lists in other shapes
def test_inverted_list_after_a_prepositional_phrase():
    text = (
        "Added to the Specially Designated Nationals list were Blue Fin Shipping LLC, a firm "
        "registered in Sharjah; Kestrel Marine Ltd.; and Orchid Trading FZE."
    )
    assert [e for e, _a in _got(text)] == [
        "Blue Fin Shipping LLC",
        "Kestrel Marine Ltd.",
        "Orchid Trading FZE",
    ]


def test_restrictive_measures_then_lists_in_following_sentences():
    text = (
        "The Council of the European Union imposed restrictive measures on two individuals and "
        "one entity over the conflict. The individuals listed are Omar Said Idris, a militia "
        "commander; and Bashir Kamal Taha. The entity is Red Sea Minerals, a mining firm."
    )
    got = _full(text)
    assert [(e, a) for e, _d, _au, a in got] == [
        ("Bashir Kamal Taha", "designated"),
        ("Omar Said Idris", "designated"),
    ]
    assert {d for _e, d, _au, _a in got} == {"EU sanctions list"}


def test_removal_of_one_counted_person_with_a_role_word():
    text = (
        "The Council added three militia leaders to its sanctions list. It also decided to "
        "remove one person, trader Yusuf Abdi Warsame, from the list after his death."
    )
    assert ("Yusuf Abdi Warsame", "revoked") in _got(text)


def test_role_apposition_after_a_possessive():
    text = (
        "The UN sanctions committee listed the Sahel Dawn Battalion on Monday. The Committee also "
        "added "
        "the group's founder, Idrissa Ag Moussa (a.k.a. Abu Layth), a Malian national."
    )
    assert ("Idrissa Ag Moussa", "designated") in _got(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU added the Black Lake Front to its terrorist list. The same decision removed "
            "Andreas Kolb, a German activist, in view of his acquittal.",
            ("Andreas Kolb", "revoked"),
        ),
        (
            "The EU added the Black Lake Front to its terrorist list. Italy, meanwhile, has "
            "tabled a proposal to add Ruggero Neri, a militant, but other states object.",
            ("Ruggero Neri", "proposed"),
        ),
    ],
)
def test_add_or_remove_by_a_listing_instrument_or_proposal(text, expected):
    assert expected in _got(text)


# ------------------------------------------------ revocations and proposals, more
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The government allowed the listing of the Southern Jihad Front as a terrorist "
            "organisation, first made in 2015, to lapse after a review.",
            [("Southern Jihad Front", "revoked")],
        ),
        (
            "The State Department has revoked the designation of the Front pour la Libération "
            "du Nord (FLN) as a Foreign Terrorist Organization. The FLN's designation as a "
            "Specially Designated Global Terrorist was also revoked.",
            [("Front pour la Libération du Nord", "revoked")] * 2,
        ),
        (
            "MPs want ministers to proscribe the Iron Sun Network under the Terrorism Act 2000.",
            [("Iron Sun Network", "proposed")],
        ),
        (
            "Officials are assessing whether the Pale Rider Cell, a militant group with members "
            "in Norway and Finland, should be proscribed.",
            [("Pale Rider Cell", "proposed")],
        ),
    ],
)
def test_more_actions(text, expected):
    assert _got(text) == expected


def test_acronym_restated_later_keeps_its_aliases():
    text = (
        "The State Department has revoked the designation of the Front pour la Libération du "
        "Nord (FLN) as a Foreign Terrorist Organization. The FLN's designation as a Specially "
        "Designated Global Terrorist was also revoked."
    )
    recs = extract(text).designations
    assert {(d.designation, tuple(d.aliases)) for d in recs} == {
        ("Foreign Terrorist Organization", ("FLN",)),
        ("Specially Designated Global Terrorist", ("FLN",)),
    }


def test_other_state_proscription_is_not_under_uk_law():
    text = (
        "Pakistan's interior ministry proscribed the Makran Liberation Front under the "
        "Anti-Terrorism Act 1997."
    )
    (d,) = extract(text).designations
    assert (d.entity, d.designation, d.authority) == (
        "Makran Liberation Front",
        "Proscribed organisation (First Schedule, Anti-Terrorism Act 1997)",
        "Government of Pakistan",
    )


def test_negated_clause_drops_only_its_own_entity():
    text = (
        "Britain followed in May, adding the Tawfiq Exchange to its sanctions list; it has not "
        "listed Samir Haddad personally."
    )
    assert _got(text) == [("Tawfiq Exchange", "designated")]


# ------------------------------------------------------------ more precision traps
@pytest.mark.parametrize(
    "text",
    [
        "The Treasury designated the Pine Ridge Front as a Specially Designated Global "
        "Terrorist. A bank paid a fine for processing transfers linked to a previously "
        "designated Pine Ridge financier.",
        "The UN Security Council's ISIL (Da'esh) and Al-Qaida sanctions list now has 260 "
        "entries, and a proposal to add Musa Kahn to the list is on hold.",
        'The Treasury designated the Black Creek Gang. "You can sanction them a hundred '
        'times," said a researcher in Lima.',
        "The council designated a Guayaquil neighbourhood as a special security zone.",
    ],
)
def test_no_extra_record(text):
    got = _got(text)
    assert all(e not in ("Pine Ridge", "Al-Qaida", "ISIL", "Guayaquil") for e, _a in got), got
    assert len({e for e, _a in got}) == len(got)


# --------------------------------------------------- further structures and bodies
def test_recognised_as_terrorist_with_a_colon_list():
    text = (
        "By decision of the city court, the following organisations are recognised as "
        'terrorist and banned in the country: "Harakat al-Fajr" (other name: "Fajr"); '
        '"Jund ar-Rahma".'
    )
    assert _got(text) == [("Harakat al-Fajr", "designated"), ("Jund ar-Rahma", "designated")]


def test_each_clause_with_its_own_state_is_a_listing():
    text = (
        "Chile's Congress declared the Red Harbour Cartel a terrorist organisation on Monday, "
        "and Peru's government signed a decree listing it as a terrorist group a day later."
    )
    got = {(d.entity, d.authority) for d in extract(text).designations}
    assert got == {
        ("Red Harbour Cartel", "Government of Chile"),
        ("Red Harbour Cartel", "Government of Peru"),
    }


def test_object_introduced_by_known_as():
    text = (
        "The Treasury designated the Saffron Route as a Specially Designated Global Terrorist. "
        "Officials asked the committee to consider a proposal to add the online network known "
        "as the Quiet Ember Collective to the list next year."
    )
    assert ("Quiet Ember Collective", "proposed") in _got(text)


def test_coordinated_nominal_with_referred_to_alias():
    text = (
        "The committee endorses the listing of the Saltmarsh Legion, also referred to as SML, "
        "and of Jamaat al-Nur al-Sharqi as terrorist organisations under the Criminal Code."
    )
    recs = extract(text).designations
    assert sorted((d.entity, tuple(d.aliases)) for d in recs) == [
        ("Jamaat al-Nur al-Sharqi", ()),
        ("Saltmarsh Legion", ("SML",)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain's Foreign Office froze the assets of the Jade Tiger Group under its global "
            "human rights sanctions regime.",
            [("Jade Tiger Group", "designated")],
        ),
        (
            "Washington is weighing whether to add the Balkan Route Cartel to its list of "
            "Transnational Criminal Organizations.",
            [("Balkan Route Cartel", "proposed")],
        ),
        (
            "A hold placed by one member blocks the addition of the Oasis Brigade to the "
            "committee's sanctions list.",
            [("Oasis Brigade", "proposed")],
        ),
    ],
)
def test_freeze_tco_and_blocked_addition(text, expected):
    assert _got(text) == expected


def test_type_in_country_gives_the_authority():
    text = (
        "Officials confirmed that the Free Coast Movement is no longer designated as a "
        "terrorist organisation in New Zealand."
    )
    (d,) = extract(text).designations
    assert (d.entity, d.authority, d.action) == (
        "Free Coast Movement",
        "Government of New Zealand",
        "revoked",
    )


def test_list_names_are_not_entities():
    text = (
        "The Security Council Committee approved the addition of the entries below to its "
        "ISIL (Da'esh) and Al-Qaida Sanctions List on Tuesday."
    )
    assert _got(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Home Secretary has laid an order to proscribe the Grey Tide, which would make "
            "membership a criminal offence.",
            [("Grey Tide", "proposed")],
        ),
        (
            "The US lifted sanctions on the Amber Shipping Company on Thursday.",
            [("Amber Shipping Company", "revoked")],
        ),
        (
            "Britain on Monday ended the proscription of the Kashmir Unity Front.",
            [("Kashmir Unity Front", "revoked")],
        ),
        (
            "Canada has withdrawn the listing of the Baltic Brotherhood as a terrorist entity.",
            [("Baltic Brotherhood", "revoked")],
        ),
    ],
)
def test_order_laid_lifted_and_ended(text, expected):
    assert _got(text) == expected


def test_naming_them_as_list():
    text = (
        "The security agency added three people to its terrorism list, naming them as Ali "
        "Hamad, Salem Nasser and Yusuf Karim."
    )
    assert _got(text) == [
        ("Ali Hamad", "designated"),
        ("Salem Nasser", "designated"),
        ("Yusuf Karim", "designated"),
    ]


def test_passive_added_referring_people_keep_the_list_type():
    text = (
        "The EU placed the Sahara Relief Foundation on its terrorist list. Its treasurer, Leila "
        "Mansour, and the foundation's chairman, Ahmed Tahir, were added as well."
    )
    recs = extract(text).designations
    assert sorted(d.entity for d in recs) == [
        "Ahmed Tahir",
        "Leila Mansour",
        "Sahara Relief Foundation",
    ]
    assert len({d.designation for d in recs}) == 1


def test_identified_as_list_after_a_counted_designation():
    text = (
        "OFAC on Tuesday designated two financial facilitators for the Sinai Front. They were "
        "identified as Mahmoud Rashed, 45, a money changer in Cairo, and Dr. Samir Azzam."
    )
    assert _got(text) == [("Mahmoud Rashed", "designated"), ("Samir Azzam", "designated")]


def test_second_state_did_the_same():
    text = (
        "Kazakhstan removed the Taliban from its list of banned organisations in 2023, and "
        "Kyrgyzstan did the same in 2024."
    )
    got = {(d.entity, d.authority, d.action) for d in extract(text).designations}
    assert got == {
        ("Taliban", "Government of Kazakhstan", "revoked"),
        ("Taliban", "Government of Kyrgyzstan", "revoked"),
    }


def test_did_the_same_needs_a_state():
    text = (
        "The State Department designated the Coral Serpents as a Foreign Terrorist "
        "Organization. Analysts expect the market to do the same."
    )
    assert len(extract(text).designations) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada imposed sanctions under the Special Economic Measures Act on Haitian gang "
            "leader Jean Lovely Moise, known as Ti Loup.",
            [("Jean Lovely Moise", "designated")],
        ),
        (
            "Australia's foreign ministry imposed targeted financial sanctions on the Iranian "
            "drone maker Zagros Aero Industries.",
            [("Zagros Aero Industries", "designated")],
        ),
        (
            "Bahrain's cabinet added nine entities to its terror lists, including the Gulf Dawn "
            "Relief Society.",
            [("Gulf Dawn Relief Society", "designated")],
        ),
    ],
)
def test_imposed_sanctions_on_and_counted_examples(text, expected):
    assert _got(text) == expected


def test_sanctioned_counted_people_named_in_the_next_sentences():
    text = (
        "The Treasury Department on Thursday sanctioned five people and two companies tied to "
        "the Pacific Cartel. They are Luis Ortega Vega, a money launderer; Rosa Pineda Lara; "
        "and three relatives of Ortega. The companies are Agro Norte SA and Transportes Vega."
    )
    assert [e for e, _a in _got(text)] == [
        "Agro Norte SA",
        "Luis Ortega Vega",
        "Rosa Pineda Lara",
        "Transportes Vega",
    ]


def test_listing_authority_needs_no_type_word():
    text = (
        "The Treasury designated the Lion Gate Exchange in March. The company was delisted on "
        "Friday after new owners cut ties with the militia."
    )
    # One record per entity and list, with the latest status.
    assert _got(text) == [("Lion Gate Exchange", "revoked")]


def test_referring_possessive_of_an_earlier_group_is_revoked():
    text = (
        "The Northern Crescent Front was proscribed in 2014. The group's proscription was "
        "lifted on Monday after a review found it had disbanded."
    )
    assert ("Northern Crescent Front", "revoked") in _got(text)


# ------------------------------------------------------------ round 2: regional press, bulletins
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treasury on Monday sanctioned a smuggling ring as Specially Designated Global "
            "Terrorists. Sanctioned individuals: Omar Faruq Daud (also known as Abu Layth), a "
            "Sudanese national born 4 May 1979; Idris Kamal Osei, a Ghanaian national born in "
            "1985; and Piet Vermaak, a South African national.",
            [
                ("Idris Kamal Osei", "designated"),
                ("Omar Faruq Daud", "designated"),
                ("Piet Vermaak", "designated"),
            ],
        ),
        (
            "Britain proscribed two networks under the Terrorism Act 2000 on Friday. Proscribed "
            "groups: the Tidewater Legion, founded in 2019; and Red Ember Cells.",
            [("Red Ember Cells", "designated"), ("Tidewater Legion", "designated")],
        ),
    ],
)
def test_label_colon_list_with_a_plural_noun(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Salt Road Brotherhood was redesignated as a Foreign Terrorist Organization by the "
        "State Department last year.",
        "The State Department re-designated the Salt Road Brotherhood as a Foreign Terrorist "
        "Organization on Tuesday.",
    ],
)
def test_redesignation_is_a_designation(text):
    assert _got(text) == [("Salt Road Brotherhood", "designated")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya's interior ministry declared the Ruvu Brothers Network a specified entity "
            "under the Prevention of Terrorism Act.",
            ("Ruvu Brothers Network", "Kenya", "designated"),
        ),
        (
            "Pakistan's interior ministry proscribed the Tehreek-e-Nijat Balochistan on Monday, "
            "adding it to the First Schedule of the Anti-Terrorism Act, 1997.",
            ("Tehreek-e-Nijat Balochistan", "Pakistan", "designated"),
        ),
        (
            "A federal high court in Abuja proscribed the Kogi Forest Raiders as a terrorist "
            "organisation after an application by Nigeria's attorney general.",
            ("Kogi Forest Raiders", "Nigeria", "designated"),
        ),
    ],
)
def test_type_follows_the_acting_state(text, expected):
    (rec,) = extract(text).designations
    assert (rec.entity, rec.action) == (expected[0], expected[2])
    assert "UK" not in (rec.designation or "")
    assert expected[1] in (rec.designation or "") or expected[1] in (rec.authority or "")


@pytest.mark.parametrize(
    "text",
    [
        "LAGOS, March 3, 2026 — NAN The Federal High Court proscribed the Zamfara Hill Riders "
        "under the Terrorism (Prevention and Prohibition) Act.",
        "The government added the Shamal Relief Trust to its terrorist list, the official news "
        "agency WAM reported. Banks must report frozen assets to the Executive Office for "
        "Control and Non-Proliferation.",
        "According to a notice from the Ministry of Interior, the Tehreek-e-Azadi Front was "
        "proscribed and placed in the First Schedule.",
    ],
)
def test_bodies_laws_and_schedules_are_not_entities(text):
    names = {d.entity for d in extract(text).designations}
    assert names
    assert not names & {
        "NAN",
        "Prohibition",
        "WAM",
        "Non-Proliferation",
        "Ministry of Interior",
        "First Schedule",
        "Executive Office",
    }


def test_short_later_reference_resolves_to_the_full_name():
    text = (
        "The UN Security Council sanctions committee listed Farah Nuur Jama, a Somali "
        "financier, and Dahabshil Horizon Remittance Services. The United States designated "
        "Dahabshil Horizon as a Specially Designated Global Terrorist. Britain said it had "
        "added Jama and Dahabshil Horizon to its own sanctions list."
    )
    got = _got(text)
    assert ("Dahabshil Horizon", "designated") not in got
    assert ("Jama", "designated") not in got
    assert got.count(("Dahabshil Horizon Remittance Services", "designated")) == 3
    assert got.count(("Farah Nuur Jama", "designated")) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya's interior ministry listed the Tana Delta Fellowship as a specified entity in "
            "2024. On Monday the High Court in Garissa quashed the order that had declared the "
            "Tana Delta Fellowship a specified entity.",
            # One record per entity and list, with the latest status.
            [("Tana Delta Fellowship", "revoked")],
        ),
        (
            "India banned the Kangleipak Youth Front under the UAPA. In a second notification "
            "the home ministry omitted the name of Ranjit Meitei, who died in 2022, from the "
            "Fourth Schedule of the Act.",
            [("Kangleipak Youth Front", "designated"), ("Ranjit Meitei", "revoked")],
        ),
        (
            "Pakistan proscribed the Jhal Magsi Defence Front under the Anti-Terrorism Act. "
            "Another notification placed its leader, Sardar Nazeer Magsi, on the Fourth Schedule "
            "of the Act.",
            [("Jhal Magsi Defence Front", "designated"), ("Sardar Nazeer Magsi", "designated")],
        ),
        (
            "Nigeria's attorney general obtained an order proscribing the Sokoto Ridge Bandits "
            "as a terrorist group. He said his office was preparing a similar application "
            "against the Kebbi Valley Guards.",
            [("Kebbi Valley Guards", "proposed"), ("Sokoto Ridge Bandits", "designated")],
        ),
        (
            "Pakistan banned the Lashkar-e-Sindh under the Anti-Terrorism Act on Monday. The "
            "Sindh home department sent a summary to Islamabad recommending that the Jiye Sindh "
            "Tigers be proscribed as well.",
            [("Jiye Sindh Tigers", "proposed"), ("Lashkar-e-Sindh", "designated")],
        ),
    ],
)
def test_regional_actions(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether ministers would proscribe the Janjaweed Reserve Corps, the Security "
        "Minister said the government does not comment on whether a group is being considered "
        "for proscription.",
        "Pressed on whether Britain would ban the Desert Shield Militia under the Terrorism "
        "Act, the minister replied that it would not speculate.",
    ],
)
def test_question_answered_with_a_refusal_is_not_a_record(text):
    assert _got(text) == []


def test_correction_sentences_are_not_records():
    text = (
        "India declared the Naga Hills Liberation Army an unlawful association under the "
        "UAPA on Friday. An earlier version of this report said the group was listed under "
        "the Second Schedule. It was listed under the First Schedule."
    )
    assert _got(text) == [("Naga Hills Liberation Army", "designated")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Home Office laid an order removing the Kivu Patriots Union from the list of "
            "proscribed organisations. The group had been proscribed since 2009.",
            [("Kivu Patriots Union", "revoked")],
        ),
        (
            "Canada listed the Amber Road Cartel as a terrorist entity in 2021. On Friday Public "
            "Safety Canada removed the cartel from its list.",
            [("Amber Road Cartel", "revoked")],
        ),
        (
            "The EU took the Northern Dawn Front off its terrorist list in 2019. The Council "
            "relisted the Northern Dawn Front on Monday after new attacks.",
            [("Northern Dawn Front", "designated")],
        ),
    ],
)
def test_one_record_per_entity_and_list_with_the_latest_status(text, expected):
    assert _got(text) == expected


def test_a_second_list_keeps_its_own_record():
    text = (
        "The State Department designated the Marble Coast Cartel as a Foreign Terrorist "
        "Organization in 2023. On Monday the European Union removed the Marble Coast Cartel "
        "from its terrorist list."
    )
    assert _got(text) == [("Marble Coast Cartel", "designated"), ("Marble Coast Cartel", "revoked")]


def test_bracketed_short_name_and_styled_alias():
    text = (
        "Britain proscribed Harakat Jund al-Wadi (Jund al-Wadi, also styled the Valley "
        "Guardians) under the Terrorism Act 2000."
    )
    recs = extract(text).designations
    assert [d.entity for d in recs] == ["Harakat Jund al-Wadi"]
    assert recs[0].aliases == ["Jund al-Wadi", "Valley Guardians"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU updated its terrorist list on Monday. The Free People's Brigades, a "
            "Marxist group listed since 2004, were taken off the list after it disbanded.",
            [("Free People's Brigades", "revoked")],
        ),
        (
            "India banned two outfits under the UAPA. A proposal to add the Assam-based Tribal "
            "People's Defence Army to the First Schedule is being examined.",
            [("Tribal People's Defence Army", "proposed")],
        ),
        (
            "The EU added two men to its terrorist list. Belgium has proposed adding the "
            "Antwerp-based Harbour Cell, which police link to arson attacks.",
            [("Harbour Cell", "proposed")],
        ),
    ],
)
def test_peoples_names_and_proposed_adding(text, expected):
    assert _got(text) == expected


def test_list_name_subject_is_not_an_entity():
    text = (
        "The EU listed the Dune Riders as terrorists. At the UN, a proposal to add the Dune "
        "Riders to the ISIL (Da'esh) and Al-Qaida sanctions list was blocked by Russia."
    )
    assert _got(text) == [("Dune Riders", "designated"), ("Dune Riders", "proposed")]


def test_group_refers_to_a_one_word_movement_name():
    text = (
        "The insurgency in the north is led by ISIS-Sahel (also called Jamaat al-Fath). "
        "Washington designated the group as a Foreign Terrorist Organization in 2022."
    )
    assert _got(text) == [("ISIS-Sahel", "designated")]
