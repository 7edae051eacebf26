"""Spanish articles: phenomena the Spanish rules must handle (own sentences, not the sets')."""

from __future__ import annotations

from summarizer.extract import extract

LEAD = "MANAGUA, 3 de marzo de 2026 — "
FILLER = (
    " Según el comunicado, la medida forma parte de una estrategia regional para la "
    "seguridad de los países de la zona."
)


def _run(body: str):
    return extract("Titular de prueba\n\n" + LEAD + body + FILLER)


# --- aid ----------------------------------------------------------------------------------


def test_two_donors_in_one_sentence_each_keep_their_own_aid() -> None:
    rec = _run(
        "La Unión Europea aprobó una ayuda humanitaria de 4 millones de euros para los "
        "refugios de Nicaragua en la costa del Caribe, y Canadá entregó tres camiones "
        "cisterna a la Cruz Roja nicaragüense."
    )
    money = [a for a in rec.aid if a.amount is not None]
    inkind = [a for a in rec.aid if a.amount is None]
    assert [(a.donor, a.recipient, a.amount, a.currency) for a in money] == [
        ("European Union", "Nicaragua", 4_000_000, "EUR")
    ]
    assert [(a.donor, a.recipient, a.kind) for a in inkind] == [
        ("Canada", "Nicaragua", "equipment")
    ]


def test_aid_through_a_un_agency_goes_to_the_country_it_serves() -> None:
    rec = _run(
        "Alemania donará 2,5 millones de euros al Programa Mundial de Alimentos para "
        "atender a las familias afectadas por la sequía en Nicaragua."
    )
    assert [(a.donor, a.recipient, a.amount) for a in rec.aid] == [
        ("Germany", "Nicaragua", 2_500_000)
    ]


# --- designations -------------------------------------------------------------------------


def test_decree_declaring_groups_with_numbers_and_portuguese_names() -> None:
    rec = _run(
        "El Gobierno de Nicaragua firmó un decreto que declara organizaciones terroristas "
        "al Comando da Fronteira Sul y al Barrio 18."
    )
    assert sorted(d.entity for d in rec.designations) == ["Barrio 18", "Comando da Fronteira Sul"]
    assert {d.action for d in rec.designations} == {"designated"}


def test_subjunctive_designation_after_que() -> None:
    rec = _run(
        "La medida llega semanas después de que el Departamento de Estado designara como "
        "Organización Terrorista Extranjera a la Hermandad del Río Coco."
    )
    assert [(d.entity, d.designation, d.action) for d in rec.designations] == [
        ("Hermandad del Río Coco", "Foreign Terrorist Organization", "designated")
    ]


def test_bill_asking_to_declare_a_group_is_a_proposal() -> None:
    rec = _run(
        "Un grupo de diputados presentó un proyecto de ley que pide declarar organización "
        "terrorista a Los Halcones del Norte."
    )
    assert [(d.entity, d.action) for d in rec.designations] == [
        ("Los Halcones del Norte", "proposed")
    ]


def test_passive_removal_from_a_list() -> None:
    rec = _run(
        "Las Fuerzas Unidas del Sur (FUS) fueron retiradas de la lista de organizaciones "
        "terroristas de la Unión Europea en 2019."
    )
    assert [(d.entity, d.action, d.designation) for d in rec.designations] == [
        ("Fuerzas Unidas del Sur", "revoked", "EU terrorist list")
    ]


def test_the_organisation_refers_back_to_the_group_just_named() -> None:
    rec = _run(
        "La Alianza Campesina del Pacífico controla varias rutas de cocaína en la costa. "
        "En enero, el Departamento de Estado designó a la organización como Organización "
        "Terrorista Extranjera."
    )
    assert [(d.entity, d.action) for d in rec.designations] == [
        ("Alianza Campesina del Pacífico", "designated")
    ]


# --- agreements ---------------------------------------------------------------------------


def test_long_complement_names_the_memorandum() -> None:
    rec = _run(
        "Nicaragua y Japón firmaron un memorando de entendimiento para reforzar la vigilancia "
        "de las costas del Pacífico norte."
    )
    [agr] = rec.agreements
    assert agr.name.startswith("memorando de entendimiento para reforzar la vigilancia")
    assert sorted(agr.parties) == ["Japan", "Nicaragua"]
    assert agr.status == "signed"


def test_adjective_before_the_complement_and_sigue_suspendido() -> None:
    rec = _run(
        "El acuerdo binacional de cooperación en seguridad fronteriza entre Nicaragua y "
        "Honduras sigue suspendido desde febrero."
    )
    [agr] = rec.agreements
    assert agr.name.startswith("acuerdo binacional de cooperación")
    assert agr.status == "suspended"
    assert sorted(agr.parties) == ["Honduras", "Nicaragua"]


def test_status_cue_far_after_the_noun_in_the_same_clause() -> None:
    rec = _run(
        "Un protocolo de cooperación aduanera con Honduras, que permitiría inspecciones "
        "conjuntas en los pasos fronterizos y en los puertos del golfo de Fonseca, sigue en "
        "negociación; los ministros acordaron reunirse en mayo."
    )
    [agr] = rec.agreements
    assert agr.status == "negotiating"


def test_en_suspenso_and_name_after_con_country() -> None:
    rec = _run(
        "El Gobierno nicaragüense dejó en suspenso el memorando de entendimiento con "
        "Costa Rica sobre el intercambio de datos migratorios."
    )
    [agr] = rec.agreements
    assert agr.status == "suspended"
    assert "intercambio de datos migratorios" in agr.name


def test_no_va_a_firmar_is_ruled_out() -> None:
    rec = _run(
        'El canciller fue tajante: "Nicaragua no va a firmar un acuerdo de tercer país '
        'seguro con Estados Unidos", dijo ante la Asamblea.'
    )
    [agr] = rec.agreements
    assert agr.status == "ruled_out"


def test_a_named_agreement_is_not_an_anaphor_of_an_earlier_truce() -> None:
    rec = _run(
        "El cese al fuego bilateral que ambas partes pactaron en 2024 venció en enero y no "
        "fue prorrogado. Los negociadores de Nicaragua y Honduras dijeron que el acuerdo sobre "
        "la pesca artesanal en el golfo de Fonseca está en su fase final."
    )
    statuses = {a.name.split()[0]: a.status for a in rec.agreements}
    assert statuses["cese"] == "terminated"
    assert statuses["acuerdo"] == "negotiating"


def test_imf_financing_programme_under_negotiation() -> None:
    rec = _run(
        "El Gobierno nicaragüense y el Fondo Monetario Internacional mantienen negociaciones "
        "para un programa de financiamiento de 36 meses."
    )
    [agr] = rec.agreements
    assert sorted(agr.parties) == ["IMF", "Nicaragua"]
    assert agr.status == "negotiating"


def test_money_to_buy_equipment_for_the_police_is_aid() -> None:
    rec = _run(
        "Corea del Sur entregó 5 millones de dólares destinados a la compra de motocicletas "
        "y radios para la Policía Nacional de Nicaragua."
    )
    assert [(a.donor, a.recipient, a.amount, a.currency) for a in rec.aid] == [
        ("South Korea", "Nicaragua", 5_000_000, "USD")
    ]


def test_a_purchase_is_still_not_aid() -> None:
    rec = _run("Nicaragua pagó 5 millones de dólares por la compra de dos lanchas a Taiwán.")
    assert rec.aid == []


def test_un_fund_money_goes_to_the_country_named_before_it() -> None:
    rec = _run(
        "Suecia, principal socio de la reconstrucción en Nicaragua, aportó 40 millones de "
        "coronas suecas al Fondo de las Naciones Unidas para la Consolidación de la Paz."
    )
    assert [(a.donor, a.recipient, a.amount, a.currency) for a in rec.aid] == [
        ("Sweden", "Nicaragua", 40_000_000, "SEK")
    ]


def test_a_later_donor_and_its_demonym_are_not_the_recipient() -> None:
    rec = _run(
        "El Banco Mundial desembolsó 30 millones de dólares para los albergues del norte, y "
        "Japón donó dos ambulancias, según un comunicado de la embajada japonesa."
    )
    money = [a for a in rec.aid if a.amount is not None]
    assert [(a.recipient, a.amount) for a in money] == [("Nicaragua", 30_000_000)]


def test_second_group_after_an_alias_apposition() -> None:
    rec = _run(
        "La Asamblea aprobó una ley que declara organizaciones terroristas a la Banda del "
        "Puerto, conocida como BDP, y al Barrio 32, también llamado Mara 32."
    )
    assert sorted(d.entity for d in rec.designations) == ["Banda del Puerto", "Barrio 32"]


def test_passive_removal_with_a_spelled_out_acronym() -> None:
    rec = _run(
        "El Consejo recordó que las FRS (Fuerzas Revolucionarias del Sur) fueron retiradas de "
        "la lista de organizaciones terroristas de la Unión Europea en 2016."
    )
    assert [(d.entity, d.action) for d in rec.designations] == [("FRS", "revoked")]
    assert rec.designations[0].aliases == ["Fuerzas Revolucionarias del Sur"]


def test_group_noun_followed_by_the_name_is_not_a_back_reference() -> None:
    rec = _run(
        "La Alianza del Norte opera en la frontera. Varios diputados presentaron un proyecto "
        "de ley que pide declarar organización terrorista a la banda Los Cuervos del Valle "
        "Alto, acusada de extorsión."
    )
    assert [(d.entity, d.action) for d in rec.designations] == [
        ("Los Cuervos del Valle Alto", "proposed")
    ]


def test_capitalised_title_and_an_armed_group_as_party() -> None:
    rec = _run(
        "El Gobierno de Nicaragua suspendió el Acuerdo de Tregua Regional que mantenía con el "
        "Frente Campesino del Norte tras un ataque en la frontera."
    )
    [agr] = rec.agreements
    assert agr.name == "Acuerdo de Tregua Regional"
    assert agr.parties == ["Nicaragua", "Frente Campesino del Norte"]
    assert agr.status == "suspended"


def test_a_bill_that_would_oblige_a_listing_is_a_proposal() -> None:
    rec = _run(
        "En la Asamblea avanza una iniciativa de ley que obligaría al Estado a declarar "
        "organizaciones terroristas al Barrio 32 y a la Banda del Puerto."
    )
    assert {(d.entity, d.action) for d in rec.designations} == {
        ("Barrio 32", "proposed"),
        ("Banda del Puerto", "proposed"),
    }


def test_blocked_persons_list_and_a_descriptor_before_the_name() -> None:
    rec = _run(
        "La Unidad de Inteligencia Financiera incluyó en la Lista de Personas Bloqueadas al "
        "empresario Julián Pardo Rivas por lavar dinero para una red de contrabando."
    )
    assert [(d.entity, d.designation, d.action) for d in rec.designations] == [
        ("Julián Pardo Rivas", "Lista de Personas Bloqueadas", "designated")
    ]


def test_talks_still_being_discussed_after_an_ended_framework() -> None:
    rec = _run(
        "El Entendimiento Centenario, el marco de seguridad que Nicaragua y Honduras adoptaron "
        "en 2019, fue dado por terminado el año pasado, y desde entonces los dos gobiernos "
        "siguen discutiendo un nuevo acuerdo de seguridad fronteriza."
    )
    statuses = {a.name: a.status for a in rec.agreements}
    assert statuses["Entendimiento Centenario"] == "terminated"
    assert statuses["acuerdo de seguridad fronteriza"] == "negotiating"


def test_national_aid_agency_named_in_spanish_is_its_state() -> None:
    rec = _run(
        "A esa cifra se añade un aporte de 3 millones de euros de la Agencia Española de "
        "Cooperación Internacional para el Desarrollo (AECID) destinado a los albergues."
    )
    assert [(a.donor, a.recipient, a.amount, a.currency) for a in rec.aid] == [
        ("Spain", "Nicaragua", 3_000_000, "EUR")
    ]


def test_dateline_with_the_outlet_in_brackets_still_names_the_home_country() -> None:
    # No country in the sentence: the recipient comes from the dateline city.
    text = (
        "Titular de prueba\n\nBOGOTÁ, 2 de abril de 2026 (Diario de Prueba) — La Comisión "
        "Europea aprobó una ayuda humanitaria de 1,5 millones de euros para las familias "
        "desplazadas de tres municipios del norte.\n\nOtro párrafo sin cifras ni donantes, "
        "escrito solo para completar el texto de la nota."
    )
    assert [(a.donor, a.recipient, a.amount) for a in extract(text).aid] == [
        ("European Union", "Colombia", 1_500_000)
    ]


def test_dateline_with_a_bracketed_agency_in_english() -> None:
    text = (
        "Test headline\n\nNAIROBI, April 2, 2026 (Wire Desk) — The European Union approved "
        "4 million euros in humanitarian aid for families displaced by floods in three "
        "northern counties, officials said."
    )
    assert [(a.donor, a.recipient, a.amount) for a in extract(text).aid] == [
        ("European Union", "Kenya", 4_000_000)
    ]


# --- designations: objects far from the verb, coordination, more verbs ----------------------


def test_object_after_a_long_list_phrase_on_the_eu_list() -> None:
    rec = _run(
        "Los ministros de la Unión Europea añadieron el jueves a su lista de personas, grupos y "
        "entidades terroristas a la Brigada Roja del Sahel, una milicia activa en el norte."
    )
    assert [(d.entity, d.designation, d.action) for d in rec.designations] == [
        ("Brigada Roja del Sahel", "EU terrorist list", "designated")
    ]


def test_described_persons_coordinated_after_the_list() -> None:
    rec = _run(
        "El Departamento del Tesoro sancionó este viernes, a través de la OFAC, a los "
        "hondureños Marvin Cálix Portillo y Nery Osorto Banegas por lavar dinero del cártel."
    )
    assert sorted(d.entity for d in rec.designations) == [
        "Marvin Cálix Portillo",
        "Nery Osorto Banegas",
    ]


def test_second_object_with_descriptor_and_apposition() -> None:
    rec = _run(
        "El Consejo de la UE incluyó en su lista de organizaciones terroristas a Jund al-Wadi, "
        "un grupo armado del sur de Libia, así como a su supuesto tesorero, el tunecino "
        "Hamdi Ben Salah."
    )
    assert sorted(d.entity for d in rec.designations) == ["Hamdi Ben Salah", "Jund al-Wadi"]


def test_passive_with_adverb_and_two_coordinated_groups() -> None:
    rec = _run(
        "Las pandillas Los Cuervos y Los Tigres del Golfo también fueron incluidas en la "
        "lista de organizaciones terroristas del Gobierno hondureño."
    )
    assert sorted((d.entity, d.action) for d in rec.designations) == [
        ("Los Cuervos", "designated"),
        ("Los Tigres del Golfo", "designated"),
    ]


def test_plural_removal_verb_takes_the_list_from_the_previous_sentence() -> None:
    rec = _run(
        "La Oficina de Control de Activos Extranjeros actualizó su lista de sancionados. "
        "Además, los funcionarios retiraron de la lista al Frente Cívico del Sur, que se "
        "desmovilizó en 2024."
    )
    assert [(d.entity, d.action) for d in rec.designations] == [
        ("Frente Cívico del Sur", "revoked")
    ]


def test_proscription_and_the_criminal_code_list() -> None:
    uk = _run(
        "El Reino Unido proscribió en marzo a la Hermandad de Hierro, cuya pertenencia ya "
        "es delito."
    )
    assert [(d.entity, d.designation) for d in uk.designations] == [
        ("Hermandad de Hierro", "Proscribed organisation (UK Terrorism Act 2000)")
    ]
    ca = _run(
        "Ottawa incorporó a la Banda del Puerto Viejo a la lista de entidades terroristas "
        "del Código Penal de Canadá."
    )
    assert [(d.entity, d.designation) for d in ca.designations] == [
        ("Banda del Puerto Viejo", "Listed terrorist entity (Criminal Code)")
    ]


def test_an_appointment_after_a_listing_is_not_a_listing() -> None:
    rec = _run(
        "El Consejo de la UE incluyó a la Brigada Roja del Sahel en su lista terrorista. "
        "Por otra parte, el Consejo designó al diplomático belga Pieter Claes como nuevo "
        "enviado especial contra el terrorismo."
    )
    assert [d.entity for d in rec.designations] == ["Brigada Roja del Sahel"]


# --- aid donor and agreement names --------------------------------------------------------


def test_a_visitor_in_an_opening_adverbial_is_not_the_donor() -> None:
    rec = _run(
        "Tras la reunión con el canciller hondureño, el Gobierno canadiense anunció que "
        "aportará 5 millones de dólares a Nicaragua para reconstruir escuelas."
    )
    assert [(a.donor, a.recipient, a.amount) for a in rec.aid] == [
        ("Canada", "Nicaragua", 5_000_000)
    ]


def test_noun_and_relational_adjective_name_an_agreement() -> None:
    rec = _run(
        "Panamá descartó suscribir un tratado aduanero con Costa Rica mientras no se "
        "resuelva la disputa fronteriza."
    )
    assert [(a.name, a.status) for a in rec.agreements] == [("tratado aduanero", "ruled_out")]


def test_expired_sectoral_deal_between_two_parties() -> None:
    rec = _run(
        "Los pescadores recordaron que el convenio pesquero entre Chile y Perú venció en "
        "2024 y no ha sido renovado."
    )
    assert [(a.name, sorted(a.parties), a.status) for a in rec.agreements] == [
        ("convenio pesquero", ["Chile", "Peru"], "terminated")
    ]


def test_imf_staff_level_agreement_in_spanish() -> None:
    rec = _run(
        "El Gobierno de Honduras y el FMI alcanzaron un acuerdo a nivel técnico sobre la "
        "segunda revisión del programa."
    )
    assert [(a.name, sorted(a.parties), a.status) for a in rec.agreements] == [
        ("acuerdo a nivel técnico", ["Honduras", "IMF"], "signed")
    ]


def test_deals_in_general_inside_a_quote_are_not_a_record() -> None:
    rec = _run(
        "«Los tratados de libre comercio son útiles, pero no resuelven todo», dijo el "
        "ministro de Economía."
    )
    assert rec.agreements == []


def test_an_indefinite_deal_inside_a_quote_is_not_a_record() -> None:
    rec = _run(
        "«No podemos mantener un cese al fuego con quienes secuestran a civiles», afirmó el "
        "ministro del Interior de Honduras tras reunirse con el embajador de Guatemala."
    )
    assert rec.agreements == []
