"""Designation rules for phrasings that earlier rounds missed on unseen text.

Every sentence here was written for this file; none is copied from the data sets.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import rules_extract as extract


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
        ("Red Sea Minerals", "designated"),
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
            # Settled convention: calls by MPs are not designations.
            "MPs want ministers to proscribe the Iron Sun Network under the Terrorism Act 2000.",
            [],
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


# ------------------------------------------------------------ round 3: unseen phrasings
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Home Office has proscribed two groups since January. It outlawed the Grey "
            "Ash Brotherhood, a white-supremacist network active in Wales, in March.",
            [("Grey Ash Brotherhood", "designated")],
        ),
        (
            "Kenya's interior ministry outlawed the Coastal Liberation Front as a terrorist "
            "group on Friday.",
            [("Coastal Liberation Front", "designated")],
        ),
        (
            "The attack was claimed by the Desert Hawks, which Morocco banned as a terrorist "
            "group in 2019.",
            [("Desert Hawks", "designated")],
        ),
        (
            "Terror listings were on the agenda. Jordan banned the Tawhid Brigades, a "
            "militia, as a terrorist organisation last year.",
            [("Tawhid Brigades", "designated")],
        ),
    ],
)
def test_outlawed_and_banned_are_listing_verbs(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Parliament outlawed the practice of forced marriage in 2019, citing terrorism "
        "financing concerns.",
        "The ministry banned the import of drones from Iran, citing terrorism risks.",
    ],
)
def test_outlawed_without_a_listing_gives_nothing(text):
    assert _got(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States designated the Furat Brigades as a Foreign Terrorist "
            "Organization on Monday. Bahrain, which outlawed the Furat Brigades as a terrorist "
            "entity in 2024, welcomed the decision.",
            [
                ("Furat Brigades", "Foreign Terrorist Organization", "US State Department"),
                ("Furat Brigades", "terrorist organization", "Government of Bahrain"),
            ],
        ),
        (
            "Egypt, which designated the Sinai Lions as a terrorist organisation last year, "
            "welcomed the move.",
            [("Sinai Lions", "terrorist organization", "Government of Egypt")],
        ),
        (
            "Officials in Oman, which has proscribed the Coastal Front since 2020, declined "
            "to comment.",
            [("Coastal Front", "proscribed organisation", "Government of Oman")],
        ),
        (
            "The attack was claimed by the Desert Hawks, which Morocco listed as a terrorist "
            "group in 2019.",
            [("Desert Hawks", "terrorist organization", "Government of Morocco")],
        ),
    ],
)
def test_relative_clause_listing_takes_the_head_state(text, expected):
    got = sorted((e, d, a) for e, d, a, _act in _full(text))
    assert got == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clashes erupted between the National Liberation Army, or ELN, and dissidents. "
            "The ELN has been on the US State Department's list of Foreign Terrorist "
            "Organizations since 1997, and the European Union also keeps the group on its "
            "terrorist list.",
            [
                ("National Liberation Army", "EU terrorist list", "Council of the EU"),
                (
                    "National Liberation Army",
                    "Foreign Terrorist Organization",
                    "US State Department",
                ),
            ],
        ),
        (
            "The Shining Path remains on the US list of Foreign Terrorist Organizations, "
            "officials said.",
            [("Shining Path", "Foreign Terrorist Organization", "US State Department")],
        ),
        (
            "The Kurdistan Workers' Party is still on the European Union's terrorist list.",
            [("Kurdistan Workers' Party", "EU terrorist list", "Council of the EU")],
        ),
        (
            "Canada keeps the Sable Front on its list of terrorist entities.",
            [
                (
                    "Sable Front",
                    "Listed terrorist entity (Canadian Criminal Code)",
                    "Government of Canada",
                )
            ],
        ),
        (
            "The Coast Brigades have been on Kenya's list of specified entities since 2019.",
            [
                (
                    "Coast Brigades",
                    "Specified entity (Kenya Prevention of Terrorism Act 2012)",
                    "Government of Kenya",
                )
            ],
        ),
    ],
)
def test_being_on_a_list_is_a_designation(text, expected):
    got = sorted((e, d, a) for e, d, a, _act in _full(text))
    assert got == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Tourists have been on the beach since 1997, and the list of attractions is long.",
        "The minister was on the State Department's list of speakers at the terrorism conference.",
    ],
)
def test_on_a_list_that_is_no_designation_list(text):
    assert _got(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Australia listed the Jamaah Nusantara network as a terrorist organisation. "
            "Indonesian police placed the network on the country's national list of suspected "
            "terrorists and terrorist organisations, known as DTTOT, in 2024.",
            [
                ("Jamaah Nusantara", "Government of Australia"),
                ("Jamaah Nusantara", "Government of Indonesia"),
            ],
        ),
        (
            "The State Department designated the Harbour Syndicate as a Foreign Terrorist "
            "Organization. Malaysian authorities put the syndicate on their national terrorist "
            "list last month.",
            [
                ("Harbour Syndicate", "Government of Malaysia"),
                ("Harbour Syndicate", "US State Department"),
            ],
        ),
        (
            "Canada listed the Red Delta Cell as a terrorist entity in May. Kenya's interior "
            "ministry added the cell to its list of terrorist groups a week later.",
            [("Red Delta Cell", "Government of Canada"), ("Red Delta Cell", "Government of Kenya")],
        ),
    ],
)
def test_another_state_listing_the_same_group_is_its_own_record(text, expected):
    assert sorted((e, a) for e, _d, a, _act in _full(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada has added two Mexican drug trafficking organisations and a Haitian gang to "
            "its list of terrorist entities. The groups are the Cártel del Sur, based in "
            "Guerrero; Los Halcones de Sonora, which police say controls routes into Arizona; "
            "and Baz Gwo Lakou, a gang that has seized neighbourhoods.",
            ["Baz Gwo Lakou", "Cártel del Sur", "Los Halcones de Sonora"],
        ),
        (
            "Australia has listed three organisations under the Criminal Code. They are the "
            "Eastern Lions Front; the Red Delta Cell; and the Sable Brotherhood.",
            ["Eastern Lions Front", "Red Delta Cell", "Sable Brotherhood"],
        ),
        (
            "New Zealand designated two groups as terrorist entities on Monday. The two "
            "organisations are the Southern Cross Order and the Iron Wake Front.",
            ["Iron Wake Front", "Southern Cross Order"],
        ),
        (
            "The UAE added four people to its terrorist list. Mahmoud Darwish, a Jordanian "
            "national residing in Türkiye, was designated for managing the finances of a "
            "network. Samir Oukacha, also known as Abu Ilyas, an Algerian national, was "
            "designated for transferring funds. Nour Al-Hayat Foundation, registered in the "
            "United Kingdom, was designated as an entity used to channel donations.",
            ["Mahmoud Darwish", "Nour Al-Hayat Foundation", "Samir Oukacha"],
        ),
    ],
)
def test_names_after_a_counted_listing_sentence(text, expected):
    got = extract(text).designations
    assert sorted(d.entity for d in got) == expected
    assert all(d.action == "designated" for d in got)
    assert len({d.authority for d in got}) == 1 and got[0].authority is not None


def test_apposition_place_is_not_the_listing_state():
    text = (
        "The UAE added four people to its terrorist list. Mahmoud Darwish, a Jordanian "
        "national residing in Türkiye, was designated for managing the finances of a network."
    )
    assert _full(text) == [("Mahmoud Darwish", "UAE terrorist list", "UAE Cabinet", "designated")]


def test_designated_for_a_reason_needs_a_designation_context():
    assert _got("The site was designated for housing in the new city plan.") == []
    assert _got("Ms Ruiz was designated for managing the team's finances.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada added three groups to its list of terrorist entities on Tuesday. At the "
            "same time, Ottawa removed Jund al-Sham al-Jadid, a Syrian faction listed in 2015, "
            "after agencies concluded it no longer exists.",
            [("Jund al-Sham al-Jadid", "revoked")],
        ),
        (
            "Australia listed two groups under the Criminal Code on Friday. Canberra also "
            "dropped the Eastern Lions Front, which had been listed since 2014, from the "
            "register.",
            [("Eastern Lions Front", "revoked")],
        ),
        (
            "Australia listed two groups under the Criminal Code. The Minister has ceased the "
            "listing of Harakat al-Nur, having been satisfied that it is inactive.",
            [("Harakat al-Nur", "revoked")],
        ),
        (
            "Australia listed two groups under the Criminal Code. The government terminated the "
            "listing of the Eastern Lions Front in March.",
            [("Eastern Lions Front", "revoked")],
        ),
        (
            "Australia listed two groups under the Criminal Code. The listing of the Eastern "
            "Lions Front expired in March and was not renewed.",
            [("Eastern Lions Front", "revoked")],
        ),
    ],
)
def test_removals_written_many_ways(text, expected):
    assert _got(text) == expected


def test_removing_an_ambassador_is_not_a_delisting():
    text = (
        "Canada added three groups to its list of terrorist entities. Ottawa removed its "
        "ambassador, Claire Dubois, from Caracas last year."
    )
    assert _got(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU added two groups to its terrorist list. Brussels struck the Sulu Rahman "
            "Movement, a small Islamist faction, off the list.",
            [("Sulu Rahman Movement", "EU terrorist list", "Council of the EU", "revoked")],
        ),
        (
            "The EU added two groups to its terrorist list. It delisted the Sulu Rahman "
            "Movement, a small Islamist faction from the southern Philippines.",
            [("Sulu Rahman Movement", "EU terrorist list", "Council of the EU", "revoked")],
        ),
        (
            "The Council of the European Union put two armed groups active in the central "
            "Sahel, Katibat al-Furqan and the Liptako Brigades, on the EU terrorist list.",
            [
                ("Katibat al-Furqan", "EU terrorist list", "Council of the EU", "designated"),
                ("Liptako Brigades", "EU terrorist list", "Council of the EU", "designated"),
            ],
        ),
        (
            "Washington designated the Mountain Wolves, an Iranian-backed militia operating "
            "across the wider Gulf, as a Foreign Terrorist Organization.",
            [
                (
                    "Mountain Wolves",
                    "Foreign Terrorist Organization",
                    "US State Department",
                    "designated",
                )
            ],
        ),
    ],
)
def test_adjectives_and_regions_in_descriptors_are_not_entities(text, expected):
    assert _full(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Following a proposal by a member state, the Council decided to add two persons, "
            "Anna Berg and Tomas Lind, to the EU terrorist list.",
            [("Anna Berg", "designated"), ("Tomas Lind", "designated")],
        ),
        (
            "After a request from Paris, EU ministers agreed to list the Black Reed Syndicate "
            "as a terrorist group.",
            [("Black Reed Syndicate", "designated")],
        ),
        (
            "Upon the recommendation of the security services, the Home Office proscribed the "
            "Grey Ash Brotherhood.",
            [("Grey Ash Brotherhood", "designated")],
        ),
        (
            "The cabinet voted to designate the Harbour Cell a terrorist organisation under the "
            "Anti-Terrorism Act.",
            [("Harbour Cell", "designated")],
        ),
        (
            "The Council is considering a proposal to add the Grey Ash Brotherhood to the EU "
            "terrorist list.",
            [("Grey Ash Brotherhood", "proposed")],
        ),
        (
            "Following a review, the Home Secretary decided to consider whether to proscribe "
            "the Grey Ash Brotherhood.",
            [("Grey Ash Brotherhood", "proposed")],
        ),
    ],
)
def test_a_decision_after_a_proposal_is_a_designation(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treasury on Tuesday announced the designation of two businessmen and an "
            "exchange house. It named the men as Omar Saleh and Nasr Qasem, and the company as "
            "Bab Exchange.",
            ["Bab Exchange", "Nasr Qasem", "Omar Saleh"],
        ),
        (
            "The State Department designated three militants as Specially Designated Global "
            "Terrorists. A spokesman identified them as Ali Darwish, Omar Khalil and Yusuf "
            "Amari.",
            ["Ali Darwish", "Omar Khalil", "Yusuf Amari"],
        ),
        (
            "Canada sanctioned two Haitian gang leaders on Friday. The government identified "
            "the two men as Jimmy Cherizier and Vitel Homme.",
            ["Jimmy Cherizier", "Vitel Homme"],
        ),
        (
            "The police arrested two men on Friday. They identified the men as Omar Saleh and "
            "Nasr Qasem.",
            [],
        ),
    ],
)
def test_names_given_as_after_a_counted_listing(text, expected):
    got = extract(text).designations
    assert sorted(d.entity for d in got) == expected
    assert all(d.action == "designated" for d in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Order added the Sovereign Dawn Brigade, which also operates under the name "
            "SDB Active Clubs, to Schedule 2 to the Terrorism Act 2000.",
            [("Sovereign Dawn Brigade", ["SDB Active Clubs"])],
        ),
        (
            "The Treasury designated Red Sea Logistics, which trades as Bahr Cargo, as a "
            "Specially Designated Global Terrorist.",
            [("Red Sea Logistics", ["Bahr Cargo"])],
        ),
        (
            "Canada listed the Iron Wake Front, which is known as IWF Europe online, as a "
            "terrorist entity.",
            [("Iron Wake Front", ["IWF Europe"])],
        ),
    ],
)
def test_operates_under_the_name_is_an_alias(text, expected):
    got = [(d.entity, d.aliases) for d in extract(text).designations]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Prime Minister designated the Southern Cross Order, an online extremist "
            "network that has urged attacks on mosques and Māori community centres, as a "
            "terrorist entity under the Terrorism Suppression Act.",
            [("Southern Cross Order", "designated")],
        ),
        (
            "Washington designated the Sable Brigades, a militia blamed for raids on Kurdish "
            "villages and Yazidi shrines, as a Foreign Terrorist Organization.",
            [("Sable Brigades", "designated")],
        ),
        (
            "The Home Office reviews groups proscribed under the Terrorism Act 2000 every year. "
            "The Home Secretary decided that the Hizb Front no longer meets the test, and the "
            "Order removing it from Schedule 2 came into force on Monday.",
            [("Hizb Front", "revoked")],
        ),
        (
            "The listing takes effect upon registration of the Criminal Code Amendment "
            "(Terrorist Organisation) Regulations 2025, which list the Iron Meridian Collective "
            "as a terrorist organisation.",
            [("Iron Meridian Collective", "designated")],
        ),
    ],
)
def test_descriptors_and_instruments_are_not_entities(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN sanctions committee met on Monday. "
            "India submitted a proposal to the Security Council Committee pursuant to "
            "resolution 1267 for the listing of Mohammad Anwar, a senior commander.",
            [("Mohammad Anwar", "proposed")],
        ),
        (
            "Paris filed a request with the Council for the designation of the Harbour Cell "
            "as a terrorist group.",
            [("Harbour Cell", "proposed")],
        ),
        (
            "The Committee removed the entry of Hamid al-Tarhuni from its ISIL (Da'esh) and "
            "Al-Qaida Sanctions List.",
            [("Hamid al-Tarhuni", "revoked")],
        ),
        (
            "The Council added the names of Anna Berg and Tomas Lind to the EU terrorist list.",
            [("Anna Berg", "designated"), ("Tomas Lind", "designated")],
        ),
    ],
)
def test_proposals_for_a_listing_and_entries_of_names(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OFAC sanctioned two firms that bought parts for the Houthis (Ansarallah), which "
            "the Department of State designated as a Foreign Terrorist Organization in 2025.",
            ("Houthis", ["Ansarallah"], "US State Department"),
        ),
        (
            "The raid targeted the Desert Hawks, whom Washington listed as a Foreign Terrorist "
            "Organization in 2019.",
            ("Desert Hawks", [], "US State Department"),
        ),
        (
            "Police linked the attack to the Sable Front, which the Home Office proscribed "
            "under the Terrorism Act 2000 last year.",
            ("Sable Front", [], "UK Home Office"),
        ),
    ],
)
def test_object_relative_names_the_antecedent_and_its_subject_acts(text, expected):
    got = [(d.entity, d.aliases, d.authority) for d in extract(text).designations]
    assert expected in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treasury designated two firms on Monday. Yemeni national Faris al-Hamdani, "
            "also known as Abu Yasser, who arranged payments through exchange houses in Sanaa, "
            "was designated for acting on behalf of the Houthis.",
            ("Faris al-Hamdani", ["Abu Yasser"]),
        ),
        (
            "The UAE added four people to its terrorist list. Samir Oukacha, alias Abu Ilyas, "
            "who moved funds to armed groups in Mali, was also designated.",
            ("Samir Oukacha", ["Abu Ilyas"]),
        ),
    ],
)
def test_aliased_subject_with_a_relative_clause(text, expected):
    got = [(d.entity, d.aliases) for d in extract(text).designations]
    assert expected in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN sanctions committee added two Viv Ansanm commanders, Wilner Jean and Roland "
            "Desir, to its sanctions list on Tuesday.",
            ["Roland Desir", "Wilner Jean"],
        ),
        (
            "The Treasury sanctioned three Sinaloa Cartel financiers, Ana Ruiz, Luis Soto and "
            "Pablo Vera, on Friday.",
            ["Ana Ruiz", "Luis Soto", "Pablo Vera"],
        ),
    ],
)
def test_a_counted_modifier_name_is_not_an_entity(text, expected):
    assert sorted(d.entity for d in extract(text).designations) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The State Department on Monday branded the Crimson Wake Front a Foreign "
            "Terrorist Organization.",
            ("Crimson Wake Front", "designated"),
        ),
        (
            "The Crimson Wake Front was branded a terrorist organisation by the Kenyan "
            "government on Monday.",
            ("Crimson Wake Front", "designated"),
        ),
        (
            "The EU included the Crimson Wake Front on its terrorist list on Monday.",
            ("Crimson Wake Front", "designated"),
        ),
        (
            "Canada included the Crimson Wake Front in its list of terrorist entities.",
            ("Crimson Wake Front", "designated"),
        ),
        (
            "The EU dropped the Crimson Wake Front from its terrorist list on Monday.",
            ("Crimson Wake Front", "revoked"),
        ),
        (
            "The Crimson Wake Front was struck off the EU terrorist list on Monday.",
            ("Crimson Wake Front", "revoked"),
        ),
    ],
)
def test_brand_include_drop_strike_off(text, expected):
    assert _got(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Rivals branded Maria Ruiz a terrorist sympathiser during the campaign.",
        "Opposition leader Tom Hale branded the Crimson Wake Front a terrorist group in a speech.",
        "The budget included the Harbour Fund in its list of priorities for the terrorism "
        "prevention programme.",
    ],
)
def test_rhetorical_branding_and_other_lists_are_not_designations(text):
    assert _got(text) == []


# ------------------------------------------- assessment against the legal test
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Home Office proscribed the Grey Wolfpack under the Terrorism Act 2000 on "
            "Friday. Officials are now examining whether a splinter cell, the Ember Guard, "
            "meets the legal threshold for proscription.",
            [("Ember Guard", "proposed"), ("Grey Wolfpack", "designated")],
        ),
        (
            "Canada added the Hollow Sun Network to its list of terrorist entities under the "
            "Criminal Code. Ministers are weighing whether the Thornfield Movement, a militia "
            "active near the border, qualifies for listing.",
            [("Hollow Sun Network", "designated"), ("Thornfield Movement", "proposed")],
        ),
        (
            "Australia listed the Red Lantern Front as a terrorist organisation under the "
            "Criminal Code last year. The attorney-general is assessing whether the Iron Creek "
            "Brotherhood should also be listed.",
            [("Iron Creek Brotherhood", "proposed"), ("Red Lantern Front", "designated")],
        ),
        (
            "The State Department designated the Saffron Hand as a Foreign Terrorist "
            "Organization. Analysts said officials were reviewing whether its financing arm, "
            "the Baraka Relief Trust, passes the test for a designation.",
            [("Baraka Relief Trust", "proposed"), ("Saffron Hand", "designated")],
        ),
    ],
)
def test_whether_meets_legal_test_is_proposal(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Investigators are examining whether the Ember Guard met in Leeds last spring.",
        "The committee will consider whether the Harbour Trust meets its fundraising targets.",
        "Regulators are assessing whether Northgate Bank meets the criteria for a licence.",
    ],
)
def test_whether_without_listing_context_gives_nothing(text):
    assert _got(text) == []


# ------------------------------------------------- decisions against a listing
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Home Office proscribed the Copper Dawn network under the Terrorism Act 2000. "
            "Ministers decided against proscribing the Loyal Yeomen, a protest movement.",
            [("Copper Dawn", "designated")],
        ),
        (
            "Canada listed the Vesper Cell as a terrorist entity under the Criminal Code. It "
            "opted against listing the Amber Road Society, citing a lack of evidence.",
            [("Vesper Cell", "designated")],
        ),
        (
            "Australia listed the Night Heron Group as a terrorist organisation under the "
            "Criminal Code. The government has held off on listing the Pale River Front.",
            [("Night Heron Group", "designated")],
        ),
        (
            "The State Department designated the Salt Marsh Brigade as a Foreign Terrorist "
            "Organization. Officials ruled out designating its political wing, the Harbour "
            "Unity Party.",
            [("Salt Marsh Brigade", "designated")],
        ),
    ],
)
def test_decided_against_listing_gives_no_record(text, expected):
    assert _got(text) == expected


# ------------------------------- counted objects named over the next sentences
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Council of the European Union added a militant group and two financiers to "
            "its terrorist list on Monday. The group, Black Orchard Cells, bombed two banks "
            "last year. The two financiers are Omar Lutfi and Sami Rahal.",
            [
                ("Black Orchard Cells", "designated"),
                ("Omar Lutfi", "designated"),
                ("Sami Rahal", "designated"),
            ],
        ),
        (
            "The Treasury designated one company and two men as Specially Designated Global "
            "Terrorists. Officials said the network moved cash for the militants. The men "
            "are Yusuf Dahir and Ali Warsame.",
            [("Ali Warsame", "designated"), ("Yusuf Dahir", "designated")],
        ),
        (
            "Canada added an online network to its list of terrorist entities under the "
            "Criminal Code. The network is Grey Lantern, which recruits teenagers.",
            [("Grey Lantern", "designated")],
        ),
    ],
)
def test_counted_object_named_in_later_sentences(text, expected):
    assert _got(text) == expected


# ------------------------------------------ non-listing "designated" in context
@pytest.mark.parametrize(
    "second",
    [
        "Separately, the culture ministry designated a Ming-era bridge in Hunan as a national "
        "treasure.",
        "Officials also said nine districts had been designated Horizon priority areas for "
        "extra funding.",
        "The environment agency designated the Kestrel Marshes as a protected area on Friday.",
        "The city designated an Ottoman-era bathhouse as a cultural property last week.",
    ],
)
def test_heritage_and_programme_designations_after_a_listing(second):
    text = (
        "The Treasury designated the Red Ferry Network as a Specially Designated Global "
        "Terrorist. " + second
    )
    assert _got(text) == [("Red Ferry Network", "designated")]


# ----------------------------------- role appositions and short names of records
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qatar's interior ministry designated a shipping firm and its owner as terrorists. "
            "The firm, Al-Noor Maritime Services, operates from Doha. Its owner, Saleh Karim "
            "al-Mutairi, was described as a courier. Bahrain later added Al-Noor to its "
            "terrorist list.",
            [
                ("Al-Noor Maritime Services", "designated"),
                ("Al-Noor Maritime Services", "designated"),
                ("Saleh Karim al-Mutairi", "designated"),
            ],
        ),
        (
            "The Treasury designated a money exchange and its founder as Specially Designated "
            "Global Terrorists. The exchange house, Barakat Express Remittance, has branches "
            "in Mogadishu. Its founder, Hussein Ali Gedi, lives in Nairobi.",
            [
                ("Barakat Express Remittance", "designated"),
                ("Hussein Ali Gedi", "designated"),
            ],
        ),
    ],
)
def test_role_apposition_names_and_short_forms(text, expected):
    assert _got(text) == expected


# ------------------------------------------- "both" / "the two" listed again
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kuwait's interior ministry designated Falcon Crest Exchange and its owner, Adel "
            "Nasser Qaddoumi, as terrorists. Bahrain's cabinet later added both to its "
            "terrorist list.",
            {
                ("Adel Nasser Qaddoumi", "Government of Kuwait"),
                ("Adel Nasser Qaddoumi", "Government of Bahrain"),
                ("Falcon Crest Exchange", "Government of Kuwait"),
                ("Falcon Crest Exchange", "Government of Bahrain"),
            },
        ),
        (
            "The Council of the European Union added Omar Lutfi and Sami Rahal to the EU "
            "terrorist list. Both were listed in the same decision.",
            {
                ("Omar Lutfi", "Council of the EU"),
                ("Sami Rahal", "Council of the EU"),
            },
        ),
        (
            "OFAC designated Amal Freight LLC and Dune Star Logistics as Specially Designated "
            "Nationals. Both were designated as Specially Designated Global Terrorists for "
            "being controlled by the network.",
            {
                ("Amal Freight LLC", "US Treasury (OFAC)"),
                ("Dune Star Logistics", "US Treasury (OFAC)"),
            },
        ),
    ],
)
def test_both_listed_again_by_a_second_authority(text, expected):
    assert {(d.entity, d.authority) for d in extract(text).designations} == expected


def test_both_removed_is_not_a_new_listing():
    text = (
        "The Council of the European Union added Omar Lutfi and Sami Rahal to the EU terrorist "
        "list in 2019. A court later ordered both removed from the terrorist list."
    )
    assert ("Omar Lutfi", "designated") in _got(text)
    assert len(extract(text).designations) == 2


# --------------------------------------- "became a proscribed organisation" / "it"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LONDON, 3 May 2026 — The Crimson Oath Society became a proscribed organisation "
            "under the Terrorism Act 2000 at midnight.",
            [("Crimson Oath Society", "designated")],
        ),
        (
            "Northern Tide, a far-right network that police link to arson attacks, became a "
            "proscribed terrorist organisation in Britain on Friday.",
            [("Northern Tide", "designated")],
        ),
        (
            "OTTAWA, June 1 — Blackwater Youth, an online group that targets minors, is now a "
            "listed terrorist entity in Canada under the Criminal Code.",
            [("Blackwater Youth", "designated")],
        ),
        ("The company became a listed entity on the stock exchange in 2019.", []),
        ("Smith became a designated hitter for the Yankees last season.", []),
    ],
)
def test_became_a_listed_organisation(text, expected):
    assert _got(text) == expected


def test_it_continues_the_previous_subject_when_recorded():
    text = (
        "The Home Office proscribed the Ash Wolves under the Terrorism Act 2000. The same order "
        "removed the Harakat al-Sabil from the list. The Ash Wolves first surfaced in 2023 on "
        "encrypted forums. Australia listed it as a terrorist organisation under its Criminal "
        "Code in May."
    )
    got = _full(text)
    assert ("Ash Wolves", "designated") in [(e, a) for e, _d, au, a in got if au and "Austr" in au]
    assert not [e for e, _d, au, _a in got if au and "Austr" in au and "Sabil" in e]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN Security Council added Hamid Yusuf Farah, a cleric in Kismayo, to its "
            "sanctions list. The Treasury designated him a Specially Designated Global "
            "Terrorist in 2023.",
            {"UN sanctions list", "Specially Designated Global Terrorist"},
        ),
        (
            "The Council of the European Union added Leila Mansour Haddad to the EU terrorist "
            "list. The State Department designated her a Specially Designated Global Terrorist "
            "last year.",
            {"EU terrorist list", "Specially Designated Global Terrorist"},
        ),
        (
            "The UN Security Council added the Juba Relief Network to its sanctions list. The "
            "Treasury designated her a Specially Designated Global Terrorist in 2023.",
            {"UN sanctions list"},
        ),
    ],
)
def test_him_her_refers_to_the_person_recorded_last(text, expected):
    assert {d.designation for d in extract(text).designations} == expected


# ------------------------------- prepositions inside an apposition of a list item
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treasury designated Hassan Idris, a broker from Dubai, and Karim Saleh, an "
            "accountant, as Specially Designated Global Terrorists.",
            [("Hassan Idris", "designated"), ("Karim Saleh", "designated")],
        ),
        (
            "OFAC designated Amadou Kone, a miner under investigation since 2022, and Delta Or "
            "Trading, a gold house in Bamako, as Specially Designated Global Terrorists.",
            [("Amadou Kone", "designated"), ("Delta Or Trading", "designated")],
        ),
        (
            "The Council removed Nasser Haddad, a trader from Beirut, from its terrorist list.",
            [("Nasser Haddad", "revoked")],
        ),
        (
            "The Council of the European Union added Omar Lutfi, a preacher from Marseille, "
            "to the EU terrorist list.",
            [("Omar Lutfi", "designated")],
        ),
    ],
)
def test_preposition_inside_apposition_does_not_end_the_list(text, expected):
    assert _got(text) == expected


# ------------------------------------------- round 5: pronoun subject of a follow-up
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treasury designated Marco Vidal, a Colombian arms broker, as a Specially "
            "Designated Global Terrorist on Friday. He was also sanctioned by Canada a day later.",
            [
                ("Marco Vidal", "Canada sanctions list", "Government of Canada", "designated"),
                (
                    "Marco Vidal",
                    "Specially Designated Global Terrorist",
                    "US Treasury (OFAC)",
                    "designated",
                ),
            ],
        ),
        (
            "The EU added Leila Haddad to its terrorist list in March. She has since been "
            "sanctioned by Britain as well.",
            [
                ("Leila Haddad", "EU terrorist list", "Council of the EU", "designated"),
                ("Leila Haddad", "UK sanctions list", "UK Foreign Office", "designated"),
            ],
        ),
        (
            "The State Department designated the Crimson Tide Front a Foreign Terrorist "
            "Organization. It was also named a Specially Designated Global Terrorist.",
            [
                (
                    "Crimson Tide Front",
                    "Foreign Terrorist Organization",
                    "US State Department",
                    "designated",
                ),
                (
                    "Crimson Tide Front",
                    "Specially Designated Global Terrorist",
                    "US State Department",
                    "designated",
                ),
            ],
        ),
        (
            "Omar Saleh was put on the Specially Designated Nationals list by the US Treasury "
            "on Monday. He was also sanctioned by the United Kingdom.",
            [
                ("Omar Saleh", "OFAC SDN sanctions", "US Treasury (OFAC)", "designated"),
                ("Omar Saleh", "UK sanctions list", "UK Foreign Office", "designated"),
            ],
        ),
    ],
)
def test_pronoun_subject_of_a_follow_up_listing(text, expected):
    assert _full(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Coach Dan Reyes was fined on Monday. He was also sanctioned by the league the same day.",
        "The film was praised at Cannes. It was also named best picture by the critics.",
    ],
)
def test_pronoun_passive_without_listing_context_gives_nothing(text):
    assert _got(text) == []


# -------------------------------- round 5: subject with a head noun or relative clause
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LIMA, 3 May 2026 — The Sombra Roja gang, which runs extortion rackets in the north, "
            "has been designated a Foreign Terrorist Organization by the State Department.",
            [("Sombra Roja", "designated")],
        ),
        (
            "The Black Harbour cartel has been designated a Specially Designated Global Terrorist.",
            [("Black Harbour", "designated")],
        ),
        (
            "The Ashfall network, which recruits teenagers online, was proscribed by the Home "
            "Office under the Terrorism Act 2000.",
            [("Ashfall", "designated")],
        ),
        (
            "A far-right group called the Black Sun Legion has become a proscribed organisation "
            "under the Terrorism Act 2000.",
            [("Black Sun Legion", "designated")],
        ),
        (
            "An accelerationist cell calling itself Cold Iron became a listed terrorist entity in "
            "Canada on Friday.",
            [("Cold Iron", "designated")],
        ),
    ],
)
def test_subject_with_head_noun_relative_clause_or_descriptor(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A man known as the Butcher became a proscribed organisation member.",
        "A man from the Ashfall network was proscribed by the Home Office under the Terrorism "
        "Act 2000.",
    ],
)
def test_no_subject_entity_when_the_name_only_modifies(text):
    assert _got(text) == []


# ----------------------------------------------- round 5: singular copular listing
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Council decided to add one group to the EU terrorist list. The organisation "
            "added is the Tidewater Brotherhood, also known as the Salt Guard, which attacked "
            "ferries last year.",
            [("Tidewater Brotherhood", ("Salt Guard",), "designated")],
        ),
        (
            "Canada listed one more entity under the Criminal Code on Friday. The entity named "
            "was Baraka Holdings, a shipping firm.",
            [("Baraka Holdings", (), "designated")],
        ),
        (
            "The Council revised its terrorist list. The only individual removed is Tomas "
            "Ferreira, who died in 2024.",
            [("Tomas Ferreira", (), "revoked")],
        ),
    ],
)
def test_singular_copular_listing(text, expected):
    got = sorted((d.entity, tuple(d.aliases), d.action) for d in extract(text).designations)
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "The EU updated its terrorist list on Monday. The person added is a 34-year-old "
        "recruiter from Lyon.",
        "The EU updated its terrorist list on Monday. The person added is believed to be in Lyon.",
    ],
)
def test_singular_copula_without_a_name_gives_nothing(text):
    assert _got(text) == []


def test_relative_clause_after_a_copular_list_is_no_item():
    text = (
        "The Council decided to add two persons to the EU terrorist list. The two persons "
        "added are Yusuf Mire and Karim Haddou, who are considered by the Council to be "
        "responsible for recruitment in Europe."
    )
    assert _got(text) == [("Karim Haddou", "designated"), ("Yusuf Mire", "designated")]


# ---------------------------------------------- round 5: revocation stated as a noun
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Council added one person to the EU terrorist list. The listing of Pavel "
            "Orlov has been ended.",
            [("Pavel Orlov", "revoked")],
        ),
        (
            "The Home Office proscribed two groups under the Terrorism Act 2000. The "
            "proscription of the Free Dawn Movement, in force since 2014, was terminated on "
            "the same day.",
            [("Free Dawn Movement", "revoked")],
        ),
        (
            "The designation of the Sable Hand as a Foreign Terrorist Organization ended in "
            "March after a review.",
            [("Sable Hand", "revoked")],
        ),
    ],
)
def test_revocation_stated_as_the_predicate_of_a_noun(text, expected):
    assert _got(text) == expected


# ---------------------------------------------- round 5: proposals in other shapes
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gen. Osman Tayfour was added to the Specially Designated Nationals list by the US "
            "Treasury on Monday. The European Union is considering similar measures against "
            "Tayfour, diplomats said.",
            [("Osman Tayfour", "designated"), ("Osman Tayfour", "proposed")],
        ),
        (
            "The Treasury designated Marco Vidal as a Specially Designated Global Terrorist on "
            "Friday. Japan is weighing its own penalties against Vidal, officials said.",
            [("Marco Vidal", "designated"), ("Marco Vidal", "proposed")],
        ),
        (
            "The Treasury designated Marco Vidal as a Specially Designated Global Terrorist on "
            "Friday. Canada imposed matching sanctions on him a day later.",
            [("Marco Vidal", "designated"), ("Marco Vidal", "designated")],
        ),
        (
            "The Home Office proscribed the Red Dawn Movement under the Terrorism Act 2000. "
            "Officials said the ministry was also examining whether to ban the movement's "
            "youth wing, the Red Student Front.",
            [("Red Dawn Movement", "designated"), ("Red Student Front", "proposed")],
        ),
        (
            "Britain proscribed the Ember Circle under the Terrorism Act 2000 on Friday. "
            "Australia's Attorney-General said her department was assessing whether the "
            "network should be listed as a terrorist organisation.",
            [("Ember Circle", "designated"), ("Ember Circle", "proposed")],
        ),
        (
            "The State Department designated the Iron Crown as a Foreign Terrorist "
            "Organization. It did not designate its affiliate, the Black Lotus Brigade. A "
            "decision on listing that faction as a Foreign Terrorist Organization is still "
            "under review, officials said.",
            [("Black Lotus Brigade", "proposed"), ("Iron Crown", "designated")],
        ),
    ],
)
def test_proposals_by_similar_measures_whether_to_and_pending_decisions(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Britain proscribed the Ember Circle under the Terrorism Act 2000. Australia has not "
        "taken similar action against the Ember Circle.",
        "Canada imposed similar measures against price gouging last year.",
        "The Home Office proscribed the Red Dawn Movement under the Terrorism Act 2000. "
        "Ministers are considering whether to ban protests outside mosques.",
        "The government is weighing whether to ban TikTok on official phones.",
    ],
)
def test_no_proposal_without_a_listed_entity(text):
    assert all(d.action != "proposed" for d in extract(text).designations)


# -------------------------------------------- round 5: spurious subjects and objects
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Riyadh added the Al-Noor Exchange Company to the kingdom's terrorism list. In "
            "Bahrain, a group of deputies has filed a bill that would oblige the government to "
            "add the company to Bahrain's terrorist list.",
            [("Al-Noor Exchange Company", "designated"), ("Al-Noor Exchange Company", "proposed")],
        ),
        (
            "Omar Saleh, a commander, was added to the Specially Designated Nationals list by "
            "the US Treasury on Monday.",
            [("Omar Saleh", "designated")],
        ),
        (
            "The EU terrorist list dates from 2001. It is separate from the EU's list "
            "implementing UN sanctions against ISIL and Al-Qaida.",
            [],
        ),
        (
            "The Cabinet issued a decree adding the Sand Viper Network to the national terrorist "
            "list, and the Central Bank ordered lenders to freeze its accounts.",
            [("Sand Viper Network", "designated")],
        ),
    ],
)
def test_places_authorities_and_background_lists_are_not_entities(text, expected):
    assert _got(text) == expected


def test_the_same_company_refers_to_the_listed_company():
    text = (
        "Saudi Arabia's Presidency of State Security added the Qamar Exchange House to the "
        "kingdom's terrorism list. The Emirati Cabinet placed the same firm on the UAE local "
        "terrorist list hours later."
    )
    got = _full(text)
    assert [g[0] for g in got] == ["Qamar Exchange House", "Qamar Exchange House"]
    assert {g[2] for g in got} == {"Government of Saudi Arabia", "UAE Cabinet"}


def test_group_noun_with_relative_alias_after_a_listing_is_a_second_listing():
    text = (
        "The State Department designated Jama'at Nasr al-Sahil, an armed alliance in Niger, as "
        "a Foreign Terrorist Organization. The alliance, which is known by its initials JNS, "
        "was also named a Specially Designated Global Terrorist."
    )
    got = _full(text)
    assert [(g[0], g[1]) for g in got] == [
        ("Jama'at Nasr al-Sahil", "Foreign Terrorist Organization"),
        ("Jama'at Nasr al-Sahil", "Specially Designated Global Terrorist"),
    ]


def test_group_noun_resolves_through_the_acronym_of_a_recorded_entity():
    text = (
        "The Home Office proscribed the Grey Wolf Syndicate under the Terrorism Act 2000 on "
        "Monday, and lifted the ban on the Northern Liberation Front. Members of the Grey Wolf "
        "Syndicate mostly meet in online chats and the group has few assets. Critics said "
        "the Northern Liberation Front had long been dormant. The decision on GWS drew "
        "attention abroad. New Zealand officials said they were assessing whether the "
        "network should be listed as a terrorist entity."
    )
    got = [(d.entity, d.action) for d in extract(text).designations if d.action == "proposed"]
    assert got == [("Grey Wolf Syndicate", "proposed")]


# ------------------------- round 5: a proposal noun with an infinitive listing verb
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU added two people to its terrorist list. Diplomats said a push by several "
            "governments to add the Mountain Falcons, a Caucasus-based armed group, had again "
            "stalled.",
            [("Mountain Falcons", "proposed")],
        ),
        (
            "The EU added two people to its terrorist list. Diplomats said a move to list the "
            "Qasr Brigade was blocked by Hungary.",
            [("Qasr Brigade", "proposed")],
        ),
        (
            "The Home Office proscribed the Red Dawn Movement under the Terrorism Act 2000. A "
            "French bid to proscribe the Black Sun Legion is expected next month.",
            [("Black Sun Legion", "proposed"), ("Red Dawn Movement", "designated")],
        ),
    ],
)
def test_proposal_noun_with_infinitive_listing_verb(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The EU added two people to its terrorist list. A proposal to ban plastic bags was "
        "also discussed.",
        "Ministers unveiled a plan to ban smoking in parks.",
    ],
)
def test_proposal_noun_without_a_named_object_gives_nothing(text):
    assert _got(text) == []


def test_bans_as_a_present_tense_listing_verb():
    text = (
        "An order proscribing two groups under the Terrorism Act 2000 took effect on Friday. "
        "The order bans the Grey Tide Network, an online collective that police say recruits "
        "in Britain, Finland and the Baltic states, and Jamaat al-Qalam, a Sahel faction."
    )
    assert _got(text) == [("Grey Tide Network", "designated"), ("Jamaat al-Qalam", "designated")]


def test_two_counted_objects_named_in_their_own_appositions():
    text = (
        "The Treasury designated a Somali money exchange company and one of its managers as "
        "Specially Designated Global Terrorists. The company, Hodan Express, and its general "
        "manager, Abdi Warsame, were accused of moving funds."
    )
    assert _got(text) == [("Abdi Warsame", "designated"), ("Hodan Express", "designated")]


def test_one_counted_object_named_in_apposition_stays_one():
    text = (
        "The Treasury designated a Somali money exchange company and one of its managers as "
        "Specially Designated Global Terrorists. The company, Hodan Express, and its staff in "
        "Nairobi were accused of moving funds."
    )
    assert _got(text) == [("Hodan Express", "designated")]


# ------------------------------------------------------------------ round 6
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ottawa removed the National Liberation Army, or ELN, from its list of terrorist "
            "entities in 2019.",
            [("National Liberation Army", ("ELN",), "revoked")],
        ),
        (
            "The Home Office lifted the proscription of the Harakat Sabil al-Amal, or HSA, "
            "last year.",
            [("Harakat Sabil al-Amal", ("HSA",), "revoked")],
        ),
        (
            "The cell, known as Black Tide Legion or BTL, was added to the list of proscribed "
            "organisations under the Terrorism Act 2000.",
            [("Black Tide Legion", ("BTL",), "designated")],
        ),
        (
            "The EU added a bank and a shipper to its Russia sanctions list. The listings cover "
            "Orsk Credit Bank, a lender in Omsk, and Baltlink Freight, formerly known as BL "
            "Cargo, a forwarder based in Riga.",
            [
                ("Baltlink Freight", ("BL Cargo",), "designated"),
                ("Orsk Credit Bank", (), "designated"),
            ],
        ),
    ],
)
def test_or_acronym_and_formerly_known_as_are_aliases(text, expected):
    got = sorted((d.entity, tuple(d.aliases), d.action) for d in extract(text).designations)
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treasury designated the Viper Ring on Monday. Three others were sanctioned "
            "with it. They are Karim Basri, described by officials as the ring's accountant, "
            "Lena Vos, and Portside Metals, a Rotterdam trader it said laundered cash.",
            ["Karim Basri", "Lena Vos", "Portside Metals", "Viper Ring"],
        ),
        (
            "The Council listed the Ostrov Group under its Russia sanctions regime. Two more "
            "entities were also listed. They were Dalmor Shipping, identified by the Council as "
            "a tanker operator, and Uralkom Trade.",
            ["Dalmor Shipping", "Ostrov Group", "Uralkom Trade"],
        ),
    ],
)
def test_counted_passive_subject_then_copular_list(text, expected):
    assert sorted(d.entity for d in extract(text).designations) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Separately, a Sydney woman, Marta Jovanovic, was designated for counter-terrorism "
            "financial sanctions by the foreign minister.",
            [("Marta Jovanovic", "designated")],
        ),
        (
            "Also on Monday, a Lebanese businessman, Fadi Karam, was sanctioned by the Treasury "
            "as a Specially Designated Global Terrorist.",
            [("Fadi Karam", "designated")],
        ),
        (
            "The EU added Orbis Trade to its Russia sanctions list. Sofia Markel, Orbis Trade's "
            "finance director, was also listed under the regime.",
            [("Orbis Trade", "designated"), ("Sofia Markel", "designated")],
        ),
        (
            "The Treasury sanctioned Kolmar Bank. Anatoly Grebin, the bank's chief executive, "
            "was also sanctioned.",
            [("Anatoly Grebin", "designated"), ("Kolmar Bank", "designated")],
        ),
    ],
)
def test_appositive_subject_of_a_passive(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Opposition critic Dana Holt said a Conservative government would list the Sinaloa "
        "cartel as a terrorist entity on day one.",
        "A future Labour government would proscribe the Red Lotus Brigade, the party's "
        "spokesperson said.",
        "If elected, she would designate the Black Sun Network as a terrorist organisation.",
    ],
)
def test_a_government_that_does_not_exist_lists_nothing(text):
    assert _got(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Its shares, listed on the London Stock Exchange, fell 5% on Tuesday after the EU "
        "sanctions.",
        "The company, whose bonds are listed on Nasdaq, denied wrongdoing after the Treasury "
        "sanctions.",
        "Regulators will tighten checks on designated non-financial businesses and professions "
        "(DNFBPs) under the UAE terrorist list rules.",
        "The Home Office proscribed the Iron Dawn Collective on Monday. Conservative MPs "
        "welcomed the Iron Dawn listing but accused the Liberals of dragging their feet.",
    ],
)
def test_stock_listings_defined_terms_and_noun_listings_are_not_records(text):
    assert _got(text) in ([], [("Iron Dawn Collective", "designated")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bogotá suspended its truce with the Frente Popular del Sur on Tuesday. A State "
            "Department spokesperson said the department was considering designating the group "
            "as a Foreign Terrorist Organization.",
            [("Frente Popular del Sur", "proposed")],
        ),
        (
            "Peru broke off talks with the Movimiento Rojo de Ayacucho last month. Washington "
            "is weighing listing the group as a Foreign Terrorist Organization, officials said.",
            [("Movimiento Rojo de Ayacucho", "proposed")],
        ),
    ],
)
def test_group_noun_resolves_to_a_spanish_organisation_name(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canberra added two extremist networks to its list of terrorist organisations under "
            "the Criminal Code on Friday; the Iron Gum Network and the Southern Pike Brigade are "
            "accused of planning attacks on rail lines.",
            [("Iron Gum Network", "designated"), ("Southern Pike Brigade", "designated")],
        ),
        (
            "The UAE Cabinet removed two entities, the Al-Baraka Charitable Foundation and Sahm "
            "Media Services, from the UAE terrorist list.",
            [("Al-Baraka Charitable Foundation", "revoked"), ("Sahm Media Services", "revoked")],
        ),
        (
            "The Treasury designated a Beirut exchange house and its owner. It named the "
            "business as Cedar Money Exchange and its owner as Wassim Darwish.",
            [("Cedar Money Exchange", "designated"), ("Wassim Darwish", "designated")],
        ),
        (
            "The Treasury designated two individuals and one exchange house for financing "
            "ISIS-K, the Saudi Presidency of State Security said. Those listed are Omar Zarif and "
            "the Herat Exchange Company.",
            [("Herat Exchange Company", "designated"), ("Omar Zarif", "designated")],
        ),
    ],
)
def test_counted_objects_named_elsewhere_in_the_sentence(text, expected):
    assert _got(text) == expected


def test_the_same_business_and_its_owner_reuses_the_person():
    text = (
        "The Treasury designated Cedar Money Exchange and its owner, Wassim Darwish, as "
        "Specially Designated Global Terrorists. Saudi Arabia designated the same exchange house "
        "and its owner on Wednesday under its counter-terrorism law."
    )
    got = [(d.entity, d.authority) for d in extract(text).designations]
    assert ("Wassim Darwish", "Government of Saudi Arabia") in got
    assert ("Cedar Money Exchange", "Government of Saudi Arabia") in got


def test_elided_article_stays_in_the_name():
    text = "France removed the charity Entraide Fraternelle d'Orient from its national asset-freeze list."
    assert _got(text) == [("Entraide Fraternelle d'Orient", "revoked")]


def test_law_acronym_is_no_antecedent():
    text = (
        "The ministry declared the Kashmir Liberation Front (KLF) a terrorist organisation "
        "under the Unlawful Activities (Prevention) Act (UAPA), adding it to the First Schedule."
    )
    assert _got(text) == [("Kashmir Liberation Front", "designated")]


def test_canada_special_economic_measures_is_its_own_listing():
    text = (
        "The Treasury added Darius Sohrabi to the SDN list. Canada designated Sohrabi the same "
        "day under its Special Economic Measures (Iran) Regulations."
    )
    got = [(d.entity, d.authority) for d in extract(text).designations]
    assert ("Darius Sohrabi", "Government of Canada") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three groups were added to Canada's list of terrorist entities under the Criminal "
            "Code on Monday. The first, the Pine Ridge Legion, recruits online. The second, "
            "Hawthorn Aid Network, is said to move cash. The third, Blue Cedar Front, was "
            "founded in 2021.",
            ["Blue Cedar Front", "Hawthorn Aid Network", "Pine Ridge Legion"],
        ),
        (
            "The EU placed two companies on its Russia sanctions list. The first, Volna Trade, "
            "ships drones. The other, Kedr Metals, sells alloys.",
            ["Kedr Metals", "Volna Trade"],
        ),
    ],
)
def test_ordinals_name_the_counted_objects(text, expected):
    assert sorted(d.entity for d in extract(text).designations) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Council placed the Dawn Path Network and two men it described as the "
            "network's financiers, Omar Selimi and Karim Zaidan, on the EU terrorist list.",
            ["Dawn Path Network", "Karim Zaidan", "Omar Selimi"],
        ),
        (
            "The Treasury designated Bright Star Exchange and three people it identified as its "
            "managers, Hamid Nouri, Leila Sadr and Reza Amini, as Specially Designated Global "
            "Terrorists.",
            ["Bright Star Exchange", "Hamid Nouri", "Leila Sadr", "Reza Amini"],
        ),
    ],
)
def test_counted_objects_described_as_then_named(text, expected):
    assert sorted(d.entity for d in extract(text).designations) == expected


def test_the_other_without_a_counted_listing_names_nothing():
    text = "The first, the Lantern Club, meets on Fridays. The second, Oak Hall, hosts concerts."
    assert _got(text) == []


# ------------------------------------------------- round 7: general name boundaries
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sanctions committee on Monday approved the addition of one individual and one "
            "entity to its ISIL (Da'esh) and Al-Qaida Sanctions List. The individual is Warsame "
            "Ali Dhuux, also known as Abu Hamza, a recruiter in Galkayo. The entity is Hodan "
            "Star Remittance, formerly known as Dhuux and Sons Exchange, which moved money.",
            [("Hodan Star Remittance", "designated"), ("Warsame Ali Dhuux", "designated")],
        ),
        (
            "Qatar's interior ministry designated two men and one charity as terrorists under "
            "the Law on Combating Money Laundering and Its Financing on Sunday. The designated "
            "persons are Salem Rashid al-Kuwari, who raised funds online, and Bahraini national "
            "Jassim Adel Nouri, accused of moving cash.",
            [("Jassim Adel Nouri", "designated"), ("Salem Rashid al-Kuwari", "designated")],
        ),
    ],
)
def test_counted_objects_named_by_a_copula_later(text, expected):
    assert _got(text) == expected


def test_possessive_determiner_opens_no_name():
    text = (
        "The kingdom designated Fahd Nasser al-Otaibi under the Law on Combating Crimes of "
        "Terrorism and Its Financing."
    )
    assert _got(text) == [("Fahd Nasser al-Otaibi", "designated")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a separate order, the Home Ministry lifted its ban on the Tripura and Mizoram "
            "People's Front, which had been declared an unlawful association in 2018.",
            [("Tripura and Mizoram People's Front", "revoked")],
        ),
        (
            "The ministry added the Manipur and Nagaland Liberation Front and the Tehreek-e-Azadi "
            "to the First Schedule of the UAPA on Monday.",
            [
                ("Manipur and Nagaland Liberation Front", "designated"),
                ("Tehreek-e-Azadi", "designated"),
            ],
        ),
        (
            "The State Department designated the Taliban and Haqqani Network as Foreign Terrorist "
            "Organizations.",
            [("Haqqani Network", "designated"), ("Taliban", "designated")],
        ),
    ],
)
def test_the_x_and_long_name_is_one_organisation(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The US Treasury designated a Somali trading firm and its owner as Specially "
            "Designated Global Terrorists on Friday. The Office of Foreign Assets Control said "
            "Dalsan Import Company, which ships sugar, and its director, Ahmed Nur Hersi, had "
            "moved millions for al-Shabaab.",
            [("Ahmed Nur Hersi", "designated"), ("Dalsan Import Company", "designated")],
        ),
        (
            "Britain sanctioned a Dubai exchange house and its manager on Tuesday. Foreign Office "
            "officials said Golden Palm Exchange had wired funds to the Houthis for two years.",
            [("Golden Palm Exchange", "designated")],
        ),
    ],
)
def test_reported_clause_names_the_counted_objects(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no pending listing: a reported clause alone names nobody as designated
        "Analysts said Dalsan Import Company had moved millions for al-Shabaab.",
        "The Treasury said Golden Palm Exchange, which wires money to Yemen, was under review.",
    ],
)
def test_reported_clause_without_a_counted_listing_is_no_record(text):
    assert _got(text) == []


def test_capitalised_adjective_after_an_indefinite_article_is_no_name():
    text = (
        "The Treasury designated a Kismayo trading firm and its owner as Specially Designated "
        "Global Terrorists on Friday."
    )
    assert _got(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US Treasury on Monday sanctioned two men accused of financing al-Shabaab.", []),
        (
            "Britain sanctioned three traders it said had supplied the Houthis with drone parts.",
            [],
        ),
        (
            "The Treasury on Monday sanctioned two men it accused of bankrolling al-Shabaab. The "
            "sanctioned men are Omar Dheere, who ran a hawala in Baidoa, and Kenyan national "
            "Yusuf Warsame Ali, accused of moving cash.",
            [("Omar Dheere", "designated"), ("Yusuf Warsame Ali", "designated")],
        ),
    ],
)
def test_modifier_of_counted_objects_names_no_object(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The listing of a Lyon-based charity and two of its trustees on the EU terrorist list "
            "was adopted by the Council on Monday. The Council said the Nour al-Huda Trust had "
            "raised money for Hamas, and that its chairman, Samir Kassem, and treasurer, Lina "
            "Habib, had arranged the transfers.",
            [
                ("Lina Habib", "designated"),
                ("Nour al-Huda Trust", "designated"),
                ("Samir Kassem", "designated"),
            ],
        ),
        (
            "Japan on Friday imposed sanctions on two North Koreans accused of laundering crypto. "
            "The Foreign Ministry said Pak Chol-min and Jon Il-su had moved stolen funds through "
            "exchanges in Asia.",
            [("Jon Il-su", "designated"), ("Pak Chol-min", "designated")],
        ),
        (
            "The minister announced that three groups had been listed as terrorist organisations "
            "under the Criminal Code. The newly listed groups are Storm Wolf Network, which "
            "recruits online, Jund al-Qamar, a jihadist faction, and Red Ash Cell.",
            [
                ("Jund al-Qamar", "designated"),
                ("Red Ash Cell", "designated"),
                ("Storm Wolf Network", "designated"),
            ],
        ),
    ],
)
def test_counted_listing_then_names_in_a_later_sentence(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The order adds Jund al-Bayan, a jihadist group that also operates under the names "
            "Bayan Battalion and JAB, to Schedule 2 of the Terrorism Act 2000.",
            [("Jund al-Bayan", "designated", ["Bayan Battalion", "JAB"])],
        ),
        (
            "Canada listed Sol Negro, a cartel cell known as Los Negros and Cartel del Sol, as a "
            "terrorist entity under the Criminal Code.",
            # the second alias gives no record of its own
            [("Sol Negro", "designated", [])],
        ),
        (
            "The Treasury designated Crescent Line Shipping, known as CLS, and Ahmad Rezaei as "
            "Specially Designated Global Terrorists.",
            [("Ahmad Rezaei", "designated", []), ("Crescent Line Shipping", "designated", ["CLS"])],
        ),
    ],
)
def test_names_after_an_alias_cue_are_aliases(text, expected):
    got = sorted((d.entity, d.action, d.aliases) for d in extract(text).designations)
    assert [(e, a) for e, a, _ in got] == [(e, a) for e, a, _ in expected]
    for (_, _, aliases), (_, _, want) in zip(got, expected, strict=True):
        assert set(want) <= set(aliases)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada listed two gangs as terrorist entities on Friday. The minister said officials "
            "were assessing whether to recommend the listing of the Red Hand Syndicate, a "
            "Montreal-based network.",
            [("Red Hand Syndicate", "proposed")],
        ),
        (
            "The Home Office proscribed two groups under the Terrorism Act 2000 on Monday. "
            "Ministers are considering whether to seek a ban on the Blue Ember Front, an "
            "eco-anarchist cell.",
            [("Blue Ember Front", "proposed")],
        ),
    ],
)
def test_whether_to_recommend_a_listing_is_a_proposal(text, expected):
    assert _got(text) == expected


def test_relative_clause_inside_a_copular_list_joins_no_items():
    text = (
        "Canada added two cartels to its list of terrorist entities on Friday. The two listed "
        "entities are the Cartel del Norte, also known as CDN, which runs laboratories in Sonora "
        "and Sinaloa, and Banda Roja, also known as the Red Band, a gang that controls much of "
        "Cap-Haitien."
    )
    assert _got(text) == [("Banda Roja", "designated"), ("Cartel del Norte", "designated")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Paris court on Tuesday approved a government request to add the Black Lantern "
            "Collective to France's national list of terrorist organisations.",
            [("Black Lantern Collective", "designated")],
        ),
        (
            "The court on Monday granted a prosecutors' application to add Jamaah Fajar Nusantara, "
            "known by its initials JFN, to the national terrorist list.",
            [("Jamaah Fajar Nusantara", "designated")],
        ),
        (
            "Police filed a request to add the Black Lantern Collective to the national list of "
            "terrorist organisations.",
            [("Black Lantern Collective", "proposed")],
        ),
    ],
)
def test_a_granted_request_to_list_is_carried_out(text, expected):
    assert _got(text) == expected


# --------------------------------------- round 8: counted listing, named in a follow-up
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a bare count as subject
            "The committee on Thursday added two men accused of arming Boko Haram to its "
            "sanctions list. The two are Musa Garba Lawan, a Kano fuel dealer, and Umar Sani "
            "Bello, also known as Abu Sumayya.",
            [("Musa Garba Lawan", "designated"), ("Umar Sani Bello", "designated")],
        ),
        (
            "Australia listed three gangs as terrorist organisations under the Criminal Code on "
            "Friday. Both were described as violent. The three are the Iron Fang Crew, the "
            "Saltwater Kings and Red Delta.",
            [
                ("Iron Fang Crew", "designated"),
                ("Red Delta", "designated"),
                ("Saltwater Kings", "designated"),
            ],
        ),
        (
            # the listing's instrument as subject
            "Bahrain added one charity and one exchange house to its terrorist list on Sunday. "
            "The interior ministry's order names Al-Wafa Relief Society, which runs clinics in "
            "Aden, and Tylos Exchange Co.",
            [("Al-Wafa Relief Society", "designated"), ("Tylos Exchange Co.", "designated")],
        ),
        (
            "Qatar designated two firms and a financier as terrorist entities on Monday. The "
            "decree lists Pearl Coast Shipping, a Doha freight agent, and Mashreq Star General "
            "Trading. The last name on the list is Hamad Saleh al-Kuwari, who owns both firms.",
            [
                ("Hamad Saleh al-Kuwari", "designated"),
                ("Mashreq Star General Trading", "designated"),
                ("Pearl Coast Shipping", "designated"),
            ],
        ),
        (
            # named subjects of a passive listing verb
            "OFAC on Tuesday sanctioned two men it said had financed the group. Yusuf Adan "
            "Farah, a Bosaso trader, and Liban Omar Hersi, who runs a hawala office in Garowe, "
            "were designated for moving ransom money, Treasury said.",
            [("Liban Omar Hersi", "designated"), ("Yusuf Adan Farah", "designated")],
        ),
    ],
)
def test_counted_listing_named_by_count_instrument_ordinal_or_passive(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no counted listing before: nothing is pending
        "The two are Musa Garba Lawan and Umar Sani Bello, old friends from Kano.",
        "The court order names Pearl Coast Shipping as the defendant in the case.",
        "The last name on the list is Hamad Saleh al-Kuwari.",
        # pending, but the passive subject names no entity
        "The Treasury sanctioned two men on Monday. Officials were named in the report.",
    ],
)
def test_count_instrument_ordinal_follow_ups_need_a_counted_listing(text):
    assert _got(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India's home ministry on Monday banned the Ghazwa Front as a terrorist organisation "
            "under the Unlawful Activities (Prevention) Act. It is also weighing a proposal to "
            "ban another group, the Jammu Liberation Army, as a terrorist organisation.",
            [("Ghazwa Front", "designated"), ("Jammu Liberation Army", "proposed")],
        ),
        (
            "The UN committee added two men to its sanctions list on Monday. A proposal by "
            "Britain to list a third man, identified in diplomatic papers as Omar Farouk Diallo, "
            "is still on hold.",
            [("Omar Farouk Diallo", "proposed")],
        ),
    ],
)
def test_an_indefinite_object_named_in_its_apposition(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The council voted to ban another street market, the Old Bazaar, from the square.",
        "Ministers want to ban plastic bags as an environmental measure.",
    ],
)
def test_a_bare_ban_without_a_listing_type_is_no_designation(text):
    assert _got(text) == []


def test_instrument_names_then_a_second_authority_lists_one_by_surname():
    text = (
        "The Qatari cabinet has added two entities and one individual to the country's "
        "terrorist list, state media reported.\n\nThe resolution names the Al-Huda Relief "
        "Foundation, which is registered in Niamey, and Sahara Bridge Trading, a company "
        "officials said moved funds, as well as Nigerien national Moussa Abdou Karimou.\n\n"
        "Bahrain's interior ministry also designated Karimou as a terrorist on Monday, saying "
        "he had used front companies."
    )
    got = sorted((d.entity, d.authority) for d in extract(text).designations)
    assert got == [
        ("Al-Huda Relief Foundation", "Government of Qatar"),
        ("Moussa Abdou Karimou", "Government of Bahrain"),
        ("Moussa Abdou Karimou", "Government of Qatar"),
        ("Sahara Bridge Trading", "Government of Qatar"),
    ]


def test_both_were_listed_after_a_review_names_no_one():
    text = (
        "Canada added two neo-Nazi networks to its list of terrorist entities under the "
        "Criminal Code on Friday. Both were listed after a review by the Canadian Security "
        "Intelligence Service, according to the minister, Paul Tremblay."
    )
    assert _got(text) == []


def test_a_multiword_place_modifier_is_not_part_of_the_name():
    text = (
        "Treasury's Office of Foreign Assets Control added Aden-based Al-Bahr Trading Co. and "
        "Hong Kong-registered Silver Reef Logistics Ltd. to its list of Specially Designated "
        "Nationals on Tuesday."
    )
    assert _got(text) == [
        ("Al-Bahr Trading Co.", "designated"),
        ("Silver Reef Logistics Ltd.", "designated"),
    ]


# ------------------------------------------------- round 9: aliases are no entities
def _aliased(text):
    return sorted((d.entity, tuple(d.aliases), d.action) for d in extract(text).designations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India's Home Ministry on Friday declared Lashkar-e-Noor, known as LeN, a "
            "terrorist organisation under the Unlawful Activities (Prevention) Act.",
            [("Lashkar-e-Noor", ("LeN",), "designated")],
        ),
        (
            "The Iron Dawn Collective, a white-supremacist network also known as IDC and "
            "Dawn 14, was proscribed under the Terrorism Act 2000 on Tuesday.",
            [("Iron Dawn Collective", ("IDC", "Dawn 14"), "designated")],
        ),
        (
            "Canada listed the Blue Fang Brotherhood, also known as BFB, Fang 27, and the "
            "Order of the Fang, as a terrorist entity under the Criminal Code.",
            [("Blue Fang Brotherhood", ("BFB", "Fang 27", "Order of the Fang"), "designated")],
        ),
        (
            "Australia added Pavel Orlov, also spelt Paul Orlov, and Nord Marine Ltd, which "
            "operates as NorMar, to its sanctions list.",
            [
                ("Nord Marine Ltd", ("NorMar",), "designated"),
                ("Pavel Orlov", ("Paul Orlov",), "designated"),
            ],
        ),
        (
            "The Treasury sanctioned Omar Haddad, who used the name Abu Yasin in militant "
            "circles, as a Specially Designated Global Terrorist.",
            [("Omar Haddad", ("Abu Yasin",), "designated")],
        ),
        (
            "India designated the outfit's founder, Imran Sofi, who goes by the nom de guerre "
            "Abu Hamza, as an individual terrorist under the UAPA.",
            [("Imran Sofi", ("Abu Hamza",), "designated")],
        ),
        (
            "India's Home Ministry declared the Doda Freedom Front, formerly called the Azadi "
            "Lashkar, and the Kashmir Youth League unlawful associations under the UAPA.",
            [
                ("Doda Freedom Front", ("Azadi Lashkar",), "designated"),
                ("Kashmir Youth League", (), "designated"),
            ],
        ),
        (
            "The Treasury sanctioned Omar Haddad, previously a banker in Beirut, as a "
            "Specially Designated Global Terrorist.",
            [("Omar Haddad", (), "designated")],
        ),
    ],
)
def test_an_alias_phrase_gives_aliases_never_entities(text, expected):
    assert _aliased(text) == expected


def test_a_name_after_known_as_with_no_name_before_is_the_entity():
    text = (
        "The extortion ring known as the Dhillon Crew was listed by Canada as a terrorist "
        "entity under the Criminal Code."
    )
    assert _got(text) == [("Dhillon Crew", "designated")]


def test_a_relative_clause_without_an_alias_cue_gives_no_alias():
    text = (
        "The Treasury sanctioned Omar Haddad, who used shell companies in Dubai, as a "
        "Specially Designated Global Terrorist."
    )
    assert _aliased(text) == [("Omar Haddad", (), "designated")]


# ---------------------------------------------- round 9: quoted nicknames in names
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Canada imposed sanctions on two gang bosses, Marc-Henri "Gros Bec" Joseph and '
            "Ronel Auguste, under the Special Economic Measures Act.",
            [("Marc-Henri Joseph", ("Gros Bec",)), ("Ronel Auguste", ())],
        ),
        (
            "The Treasury sanctioned Marco 'El Flaco' Ibarra, a cartel enforcer, as a "
            "Specially Designated Global Terrorist.",
            [("Marco Ibarra", ("El Flaco",))],
        ),
        (
            "Britain added Pierre “Bébé” Lafleur and Ronel Joseph to its Haiti sanctions "
            "list on Friday.",
            [("Pierre Lafleur", ("Bébé",)), ("Ronel Joseph", ())],
        ),
    ],
)
def test_a_quoted_nickname_inside_a_name_is_an_alias(text, expected):
    got = sorted((d.entity, tuple(d.aliases)) for d in extract(text).designations)
    assert got == expected
    assert all(d.evidence == text for d in extract(text).designations)


# ---------------------------- round 9: "named X, who uses the alias Y, as an individual terrorist"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India on Saturday banned the Tehreek-e-Noor Front (TNF) as a terrorist "
            "organisation under the Unlawful Activities (Prevention) Act. The ministry also "
            "named the front's commander, Abdul Wahid Mir, who uses the alias Abu Dujana, as "
            "an individual terrorist under the same law.",
            [
                ("Abdul Wahid Mir", ("Abu Dujana",), "designated"),
                ("Tehreek-e-Noor Front", ("TNF",), "designated"),
            ],
        ),
        (
            "The home ministry named Sajad Wani, who is also called Abu Saif, as a designated "
            "terrorist on Friday.",
            [("Sajad Wani", ("Abu Saif",), "designated")],
        ),
        (
            "The government named Tariq Lone, whose alias is Abu Musa, as an individual "
            "terrorist under the UAPA.",
            [("Tariq Lone", ("Abu Musa",), "designated")],
        ),
    ],
)
def test_a_person_named_as_an_individual_terrorist_with_an_alias_clause(text, expected):
    assert _aliased(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The newspaper named Karim Shah as the attacker.",
        "Police named the driver, Tomas Reyes, as the suspect in the bombing.",
    ],
)
def test_naming_a_suspect_is_no_designation(text):
    assert _got(text) == []


# ------------------------------- round 9: "the group" / "itself" refer to the armed group
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Treasury sanctioned Marib Gold Exchange on Monday. The Houthis still rely on "
            "such firms, an official said. Washington redesignated the group, which calls "
            "itself Ansarallah, as a Foreign Terrorist Organization last year.",
            [("Houthis", "designated"), ("Marib Gold Exchange", "designated")],
        ),
        (
            "Treasury sanctioned the Blue Gulf Trading Company for moving money for the Black "
            "Crescent Movement. The movement itself has been listed as a Foreign Terrorist "
            "Organization since 1997.",
            [
                ("Black Crescent Movement", "designated"),
                ("Blue Gulf Trading Company", "designated"),
            ],
        ),
        (
            "The State Department designated two of its commanders last week. KMB itself "
            "was designated a Foreign Terrorist Organization in 2019.",
            [("KMB", "designated")],
        ),
        (
            "Police say the Crimson Lantern Brigade recruited teenagers online. The group "
            "itself was designated a Foreign Terrorist Organization in 2021.",
            [("Crimson Lantern Brigade", "designated")],
        ),
    ],
)
def test_the_group_refers_to_the_armed_group_not_the_last_company(text, expected):
    assert _got(text) == expected


def test_the_group_which_calls_itself_gives_an_alias():
    text = (
        "Treasury sanctioned Marib Gold Exchange on Monday. The Houthis still rely on such "
        "firms, an official said. Washington redesignated the group, which calls itself "
        "Ansarallah, as a Foreign Terrorist Organization last year."
    )
    assert _aliased(text) == [
        ("Houthis", ("Ansarallah",), "designated"),
        ("Marib Gold Exchange", (), "designated"),
    ]


def test_the_company_still_refers_to_the_last_company():
    text = (
        "The Treasury sanctioned Sahel Gold Exchange on Monday. The company was also added "
        "to the UN sanctions list."
    )
    assert [e for e, _a in _got(text)] == ["Sahel Gold Exchange", "Sahel Gold Exchange"]


# ------------------- round 9: an organisation inside a description is not sanctioned
@pytest.mark.parametrize(
    "text",
    [
        "The US Treasury added Anzor Beridze, the billionaire founder of the ruling Unity "
        "Path party, to its sanctions list on Friday.",
        "The EU added Lena Moroz, the head of the pro-Kremlin Youth Front movement, to its "
        "sanctions list.",
        "The Treasury on Thursday imposed sanctions on two shipping companies and a Yemeni "
        "businessman it accused of helping the Houthis sell oil.",
        "Canada has imposed sanctions on four people and a charity it says helped Hamas move "
        "money, and has pledged C$5 million to Gaza.",
        "New Zealand has imposed sanctions on three individuals and one company it says "
        "supplied drone parts, and has announced NZ$10 million for Ukraine.",
    ],
)
def test_an_organisation_in_a_description_of_the_target_is_not_listed(text):
    got = [e for e, _a in _got(text)]
    assert not any(e in ("Unity Path", "Youth Front", "Houthis", "Hamas", "NZ") for e in got)


def test_a_list_of_names_after_a_role_apposition_still_counts():
    text = (
        "The Treasury sanctioned Marta Velez, the Blue Harbor Company and the Sierra Trading Group."
    )
    assert [e for e, _a in _got(text)] == [
        "Blue Harbor Company",
        "Marta Velez",
        "Sierra Trading Group",
    ]


# ------------------ round 10: the owner in "Iran's Quds Force" is no part of the name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada has gone further, designating the IRGC's Quds Force as a terrorist entity "
            "under the Criminal Code on Friday.",
            [("Quds Force", "designated")],
        ),
        (
            "The Treasury on Tuesday designated Hezbollah's Bayt al-Mal as a Specially "
            "Designated Global Terrorist.",
            [("Bayt al-Mal", "designated")],
        ),
        (
            "Australia listed Syria's Khalid ibn Walid Brigade as a terrorist organisation "
            "under the Criminal Code last month.",
            [("Khalid ibn Walid Brigade", "designated")],
        ),
        (
            "The UK on Friday proscribed the Lord's Resistance Army under the Terrorism Act.",
            [("Lord's Resistance Army", "designated")],
        ),
        (
            "Britain proscribed the Kurdistan People's Congress under the Terrorism Act 2000.",
            [("Kurdistan People's Congress", "designated")],
        ),
    ],
)
def test_a_possessive_owner_is_stripped_from_the_listed_name(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The State Department designated the Sabereen Battalion as a Foreign Terrorist "
        "Organization, and Ecuador's President Daniel Noboa signed a decree listing it as a "
        "terrorist group.",
        "Australia and Canada on Monday listed Yemen's Houthi movement as a terrorist "
        "organisation.",
    ],
)
def test_a_possessive_before_a_title_or_a_descriptor_is_kept(text):
    got = [e for e, _a in _got(text)]
    assert "Daniel Noboa" not in got and "Houthi" not in got


@pytest.mark.parametrize(
    "text",
    [
        'The Home Office said it had "no current plans" to proscribe Iran\'s Quds Force.',
        "Ministers have no immediate plans to proscribe the Hand of Fire Brigade under the "
        "Terrorism Act, a spokesman said.",
    ],
)
def test_no_current_plans_negates_the_listing(text):
    assert _got(text) == []


# ---------- round 10: object relatives "X, which/the lender that Treasury designated"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bayt al-Mal, which the Treasury designated in 2006, has opened two new branches "
            "in the Bekaa valley.",
            [("Bayt al-Mal", "designated")],
        ),
        (
            "Bayt al-Mal, the Hezbollah-run charity that the US Treasury designated in 2006, "
            "has opened two new branches.",
            [("Bayt al-Mal", "designated")],
        ),
        (
            "The Sabereen Battalion, an Iran-backed militia that the State Department "
            "designated in 2021, claimed the drone attack.",
            [("Sabereen Battalion", "designated")],
        ),
        (
            "Canada listed the Ember Front as a terrorist entity under the Criminal Code on "
            "Tuesday. The Southern Cross Legion, which Australia listed in February, has "
            "recruited members in Perth.",
            [("Ember Front", "designated"), ("Southern Cross Legion", "designated")],
        ),
        (
            "Canada listed the Ember Front as a terrorist entity under the Criminal Code on "
            "Tuesday. The Southern Cross Legion, which Australia designated last year, has "
            "recruited members in Perth.",
            [("Ember Front", "designated"), ("Southern Cross Legion", "designated")],
        ),
    ],
)
def test_an_object_relative_with_an_authority_subject_lists(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Today, the Minister of Public Safety announced that the Government of Canada has "
        "listed the Northern Pike Collective as a terrorist entity.",
        "The firm, a trader that Reuters profiled in 2020, was sold last year.",
        "Mr Aziz, a banker who the Treasury interviewed last year, denied wrongdoing.",
    ],
)
def test_object_relative_distractors(text):
    got = [e for e, _a in _got(text)]
    assert not any(e in ("Today", "firm", "Aziz", "Mr Aziz") for e in got)


# ------------- round 10: "lifted a 2021 ban on X", "scrapped its decade-old ban on X"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan's interior ministry proscribed the Qahar Lashkar under the Anti-Terrorism "
            "Act on Monday. In the same notice, the ministry lifted a 2021 ban on the Sindh "
            "Labour Front, a religious party.",
            [("Qahar Lashkar", "designated"), ("Sindh Labour Front", "revoked")],
        ),
        (
            "Pakistan's interior ministry proscribed the Qahar Lashkar under the Anti-Terrorism "
            "Act on Monday. Separately, the government scrapped its decade-old ban on the "
            "Baloch Unity Front.",
            [("Baloch Unity Front", "revoked"), ("Qahar Lashkar", "designated")],
        ),
        (
            "Kenya's interior ministry on Monday lifted a ban on the Coast Unity Council under "
            "the Prevention of Terrorism Act.",
            [("Coast Unity Council", "revoked")],
        ),
        (
            "Pakistan's interior ministry proscribed the Qahar Lashkar under the Anti-Terrorism "
            "Act. The ministry also rescinded a 2018 ban on the Sindh Workers Union.",
            [("Qahar Lashkar", "designated"), ("Sindh Workers Union", "revoked")],
        ),
    ],
)
def test_a_modified_ban_lifted(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The government lifted a 2019 ban on TikTok last week.",
        "The city lifted a long-standing ban on Uber drivers.",
    ],
)
def test_lifted_bans_outside_terrorism_give_nothing(text):
    assert _got(text) == []


# ----------- round 10: a listing that continues ("will remain designated", "has been an FTO since")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Sabereen Battalion will remain designated as a Specially Designated Global "
            "Terrorist under Executive Order 13224.",
            [("Sabereen Battalion", "designated")],
        ),
        (
            "The Sabereen Battalion remains designated as a Foreign Terrorist Organization, the "
            "State Department said.",
            [("Sabereen Battalion", "designated")],
        ),
        (
            "Hamas remains proscribed in Britain under the Terrorism Act 2000.",
            [("Hamas", "designated")],
        ),
        (
            "The Black Reed Syndicate stayed listed as a terrorist entity under the Criminal "
            "Code after the review.",
            [("Black Reed Syndicate", "designated")],
        ),
        (
            "The Houthis have been a Foreign Terrorist Organization since March 2025, when the "
            "State Department restored a listing.",
            [("Houthis", "designated")],
        ),
        (
            "The Sabereen Battalion has been a Specially Designated Global Terrorist since 2019.",
            [("Sabereen Battalion", "designated")],
        ),
    ],
)
def test_a_continuing_listing_is_a_designation(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The old port remained designated as a heritage site.",
        "Hamas has been a terrorist organisation since 1987, the minister said.",
        "The Treasury has been a partner since 2019.",
        "The stadium will remain listed as a protected building.",
    ],
)
def test_continuing_states_that_are_no_listing(text):
    assert _got(text) == []


# ------------------------------------------------------------ round 12
# An abbreviated military rank ("Lt. Col.", "Maj. Gen.") before a listed person.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada on Friday listed Maj. Gen. Ahmed Saleh Dirar, a militia commander, as a "
            "terrorist entity under the Criminal Code.",
            [("Ahmed Saleh Dirar", "designated")],
        ),
        (
            "The Treasury on Monday designated Lt. Col. Karim Abdel Nour as a Specially "
            "Designated Global Terrorist.",
            [("Karim Abdel Nour", "designated")],
        ),
        (
            "France proposed adding Col. Idris Wali Gaber to the UN Security Council's Libya "
            "sanctions list.",
            [("Idris Wali Gaber", "proposed")],
        ),
        (
            "The State Department designated Capt. Rami Fawzi Haddad, a militia logistics "
            "chief, as a Specially Designated Global Terrorist.",
            [("Rami Fawzi Haddad", "designated")],
        ),
        (
            "Britain sanctioned Sgt. Jorge Ivan Mendez and two other officers on Tuesday under "
            "its Global Human Rights sanctions regime.",
            [("Jorge Ivan Mendez", "designated")],
        ),
        (
            "The EU added Adm. Pavel Sergeyevich Orlov to its sanctions list on Thursday.",
            [("Pavel Sergeyevich Orlov", "designated")],
        ),
    ],
)
def test_an_abbreviated_rank_is_no_entity(text, expected):
    assert _got(text) == expected


# The plural counted object named in an apposition of its own in the next sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treasury on Monday designated two Dubai-based trading companies and a "
            "financier as Specially Designated Global Terrorists. The companies, Falcon Crest "
            "Trading LLC and Blue Horizon General Trading, shipped fuel to the group.",
            [
                ("Blue Horizon General Trading", "designated"),
                ("Falcon Crest Trading LLC", "designated"),
            ],
        ),
        (
            "OFAC on Tuesday sanctioned three men accused of moving cash for the Houthis. The "
            "men, Ali Saleh Mansour, Hamid Qasim Nur and Yahya Darwish, ran exchange houses in "
            "Sanaa.",
            [
                ("Ali Saleh Mansour", "designated"),
                ("Hamid Qasim Nur", "designated"),
                ("Yahya Darwish", "designated"),
            ],
        ),
        (
            "The State Department designated two militias and their leader as Specially "
            "Designated Global Terrorists. The militias, Liwa al-Fath and Saraya al-Nasr, "
            "attacked U.S. forces in Syria.",
            [("Liwa al-Fath", "designated"), ("Saraya al-Nasr", "designated")],
        ),
        (
            "The Treasury designated two Hong Kong shipping firms and an officer as Specially "
            "Designated Global Terrorists. The firms, Jade Sea Shipping Ltd and Orient Wave "
            "Logistics, operated four tankers. The officer, Lt. Col. Hassan Bakri, ran the "
            "scheme.",
            [
                ("Hassan Bakri", "designated"),
                ("Jade Sea Shipping Ltd", "designated"),
                ("Orient Wave Logistics", "designated"),
            ],
        ),
    ],
)
def test_a_plural_apposition_names_the_counted_objects(text, expected):
    assert _got(text) == expected


# The listing's instrument, modified by a participle, as the subject of "named".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bahrain on Sunday added two men to its terrorist list. A royal decree published "
            "in the official gazette named Hassan Ali Jaafar and Mahdi Saeed Karim.",
            [("Hassan Ali Jaafar", "designated"), ("Mahdi Saeed Karim", "designated")],
        ),
        (
            "Saudi Arabia on Tuesday designated three men as terrorists. An interior ministry "
            "statement carried by the Saudi Press Agency named Fahd Nasser al-Otaibi, Majed "
            "Saad Harbi and Turki Omar Zahrani.",
            [
                ("Fahd Nasser al-Otaibi", "designated"),
                ("Majed Saad Harbi", "designated"),
                ("Turki Omar Zahrani", "designated"),
            ],
        ),
        (
            "The UAE added two men to its local terrorist list on Monday. A Cabinet resolution "
            "issued late on Sunday named Omar Said Haddad, also known as Abu Bakr, and Salim "
            "Nur Eddin.",
            [("Omar Said Haddad", "designated"), ("Salim Nur Eddin", "designated")],
        ),
    ],
)
def test_a_modified_instrument_names_the_counted_objects(text, expected):
    assert _got(text) == expected


# An obstacle placed on a listing request: the request is a proposal, not a listing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Security Council's sanctions committee on Monday added Abdi Yusuf Warsame to "
            "its list. Russia placed a technical hold on a request by France to list Omar "
            "Haddad Nur, a militia financier.",
            [("Abdi Yusuf Warsame", "designated"), ("Omar Haddad Nur", "proposed")],
        ),
        (
            "Two members imposed a block on the bid to list the Hasm Brigade on the UN "
            "sanctions list.",
            [("Hasm Brigade", "proposed")],
        ),
        (
            "China put a hold on the American proposal to add Tariq Zaman Khan to the UN "
            "Security Council's ISIL (Da'esh) and Al-Qaida Sanctions List.",
            [("Tariq Zaman Khan", "proposed")],
        ),
    ],
)
def test_a_hold_on_a_listing_request_is_a_proposal(text, expected):
    assert _got(text) == expected


# An alias inside the subject of a passive listing after a counted listing is no list item.
def test_a_formal_name_in_a_passive_subject_is_an_alias():
    text = (
        "The Treasury designated two firms and an officer as Specially Designated Global "
        "Terrorists. The firms, Red Sand Marine and Coral Bay Shipping, ran tankers. The "
        "Houthis, formally known as Ansarallah, were designated an FTO by the State "
        "Department in 2025."
    )
    got = extract(text).designations
    assert [d.entity for d in got if d.entity in ("Houthis", "Ansarallah")] == ["Houthis"]
    assert next(d for d in got if d.entity == "Houthis").aliases == ["Ansarallah"]


@pytest.mark.parametrize(
    "text",
    [
        "The committee removed Maulvi Noorzai from the UN sanctions list. Rights groups "
        "welcomed the delisting but said the Ombudsperson process should be extended.",
        "Lawyers criticised the proscription while the Home Office defended the Prevent "
        "Strategy in Parliament.",
        "Brig. Gen. Dana Whitfield, his deputy, said U.S. Navy forces seized a dhow.",
        "The firms, Red Sand Marine and Coral Bay Shipping, ran tankers through Hodeidah.",
        "A statement published by the ministry named Ahmed Karim as the new ambassador.",
    ],
)
def test_round12_distractors_give_no_new_listing(text):
    assert [e for e, a in _got(text) if e not in ("Maulvi Noorzai",)] == []


# "a group that also calls itself A and B": the self-chosen names are aliases, not entities.
@pytest.mark.parametrize(
    ("text", "entity", "aliases"),
    [
        (
            "Britain on Friday proscribed the Iron Dawn Network, a far-right group that also "
            "calls itself Eisenmorgen and IDN, under the Terrorism Act 2000.",
            "Iron Dawn Network",
            ["Eisenmorgen", "IDN"],
        ),
        (
            "MPs approved an order proscribing the Grey Wolf Cell, an online network that calls "
            "itself Graufolk and GWC, under the Terrorism Act 2000.",
            "Grey Wolf Cell",
            ["Graufolk", "GWC"],
        ),
        (
            "Canada listed the Black Pine Order, which calls itself the Order, as a terrorist "
            "entity under the Criminal Code.",
            "Black Pine Order",
            ["Order"],
        ),
    ],
)
def test_names_a_group_calls_itself_are_aliases(text, entity, aliases):
    got = extract(text).designations
    assert [(d.entity, d.aliases) for d in got] == [(entity, aliases)]
