import statistics
import time
from pathlib import Path

import pytest

from summarizer.extract import extract

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_39477fe5179230ce.txt"


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    return text, extract(text, "2025-09-04")


def _spans_ok(text, records):
    for r in [*records.aid, *records.designations, *records.agreements]:
        assert text[r.start : r.end] == r.evidence


def test_seed_aid(seed):
    text, rec = seed
    got = sorted((a.donor, a.recipient, a.amount, a.currency) for a in rec.aid)
    assert got == [
        ("United States", "Ecuador", 6_000_000.0, "USD"),
        ("United States", "Ecuador", 13_500_000.0, "USD"),
    ]
    uav = next(a for a in rec.aid if a.amount == 6_000_000.0)
    assert uav.kind == "equipment"
    assert "Ecuadorian Navy" in uav.purpose
    assert next(a for a in rec.aid if a.amount == 13_500_000.0).kind == "security"
    _spans_ok(text, rec)


def test_seed_designations(seed):
    _, rec = seed
    got = sorted((d.entity, d.designation, d.authority, d.action) for d in rec.designations)
    assert got == [
        ("Los Choneros", "Foreign Terrorist Organization", "US State Department", "designated"),
        ("Los Lobos", "Foreign Terrorist Organization", "US State Department", "designated"),
    ]


def test_seed_agreements(seed):
    _, rec = seed
    by_name = {a.name.lower(): a for a in rec.agreements}
    stca = by_name["safe third country agreement"]
    assert set(stca.parties) == {"United States", "Ecuador"} and stca.status == "negotiating"
    treaty = by_name["extradition treaty"]
    assert set(treaty.parties) == {"United States", "Ecuador"}
    assert treaty.status == "negotiating"
    # The El Salvador-style transfer deal is ruled out if it is extracted at all.
    for a in rec.agreements:
        if "El Salvador" in a.parties or "transfer" in a.name.lower():
            assert a.status == "ruled_out"


def test_seed_body_without_front_matter(seed):
    text, rec = seed
    body = text.split("---", 2)[2]
    again = extract(body)
    assert len(again.aid) == len(rec.aid) == 2
    assert len(again.designations) == 2 and len(again.agreements) == len(rec.agreements)


def test_empty_text():
    assert len(extract("")) == 0
    assert len(extract("   \n")) == 0


# --------------------------------------------------------------------------- aid


def test_two_currencies_one_commitment():
    rec = extract("Japan will lend the Philippines 30 billion yen ($200 million) to build ports.")
    assert [(a.donor, a.recipient, a.amount, a.currency, a.kind) for a in rec.aid] == [
        ("Japan", "Philippines", 30_000_000_000.0, "JPY", "loan")
    ]


def test_in_kind_without_value():
    rec = extract("Japan handed over five patrol vessels to the Philippine Coast Guard on Monday.")
    assert [(a.donor, a.recipient, a.amount, a.currency) for a in rec.aid] == [
        ("Japan", "Philippines", None, None)
    ]
    assert rec.aid[0].kind == "equipment"


def test_receive_from_donor():
    rec = extract("Kenya has secured $1.5 billion in financing from the United Arab Emirates.")
    assert [(a.donor, a.recipient, a.amount) for a in rec.aid] == [
        ("United Arab Emirates", "Kenya", 1_500_000_000.0)
    ]


def test_total_broken_down_into_parts_is_not_double_counted():
    text = (
        "The European Union approved a €1.9 billion package for Moldova on Wednesday. "
        "Of the total, €1.5 billion will come as concessional loans, while €400 million "
        "will be provided as grants."
    )
    rec = extract(text)
    assert sorted(a.amount for a in rec.aid) == [400_000_000.0, 1_500_000_000.0]
    assert {a.kind for a in rec.aid} == {"loan", "grant"}


@pytest.mark.parametrize(
    "text",
    [
        # rewards and bounties
        "The State Department offered a reward of up to $5 million for information on "
        "the Ecuadorian gang leader.",
        "Colombia put a $1 million bounty on the head of the Ecuadorian trafficker.",
        # trade volumes
        "Trade between Ecuador and the United States reached $15 billion last year.",
        "Ecuador exported $3 billion worth of bananas to Russia.",
        # appeals that seek funds
        "The United Nations is seeking $400 million to help Haiti this year.",
        "The UN appealed for $2.7 billion for Sudan, which remains underfunded.",
        # gang revenues
        "Los Choneros earn an estimated $200 million a year from extortion in Ecuador.",
        # campaign spending
        "Noboa's campaign spent $3 million on television advertising in Ecuador.",
        # company investments
        "Chevron will invest $2 billion in Venezuela's oil fields.",
        # fines
        "A court in Ecuador fined the company $10 million for environmental damage.",
        # seized cash
        "Police in Ecuador seized $1.2 million in cash from the gang's safe house.",
        # budgets
        "Ecuador's 2025 budget allocates $4 billion to the armed forces.",
        # suspensions
        "The United States froze $50 million in aid to Ecuador last year.",
    ],
)
def test_aid_distractors(text):
    assert extract(text).aid == []


# ----------------------------------------------------------------- designations


def test_one_record_per_entity_with_aliases():
    text = (
        "The State Department on Thursday designated the Gulf Cartel and La Nueva Familia "
        "Michoacana as Foreign Terrorist Organizations."
    )
    rec = extract(text)
    assert sorted(d.entity for d in rec.designations) == [
        "Gulf Cartel",
        "La Nueva Familia Michoacana",
    ]
    assert {d.designation for d in rec.designations} == {"Foreign Terrorist Organization"}
    assert {d.authority for d in rec.designations} == {"US State Department"}

    rec = extract(
        "The Treasury designated Abdiweli Yusuf Mohamud, also known as Abu Bashir, as a "
        "Specially Designated Global Terrorist."
    )
    (d,) = rec.designations
    assert d.entity == "Abdiweli Yusuf Mohamud" and d.aliases == ["Abu Bashir"]


def test_designation_actions():
    rec = extract("Britain removed Hayat Tahrir al-Sham from its list of proscribed organisations.")
    assert [(d.entity, d.action) for d in rec.designations] == [("Hayat Tahrir al-Sham", "revoked")]
    assert rec.designations[0].authority == "UK Home Office"
    rec = extract(
        "The administration is considering designating the Polisario Front as a Foreign "
        "Terrorist Organization."
    )
    assert [(d.entity, d.action) for d in rec.designations] == [("Polisario Front", "proposed")]


def test_designation_refers_back():
    text = (
        "Rubio said the State Department would treat two gangs as foreign terrorist "
        "organizations. The designations of the gangs, Los Lobos and Los Choneros, allow "
        "sanctions."
    )
    rec = extract(text)
    assert sorted(d.entity for d in rec.designations) == ["Los Choneros", "Los Lobos"]


@pytest.mark.parametrize(
    "text",
    [
        "Voters in Ecuador must go to designated polling stations on Sunday.",
        "The president named his daughter as his designated successor.",
        "Ohtani was the designated hitter for the Dodgers on Tuesday.",
        "Ecuador designated the Hermandad Reserve a marine reserve in 2022.",
        "He was the designated driver that night in Quito.",
        "The old town of Quito was designated a UNESCO World Heritage Site.",
    ],
)
def test_designation_distractors(text):
    assert extract(text).designations == []


def test_negated_designation_is_dropped():
    text = "The United States has not designated the Sinaloa Cartel as a terrorist organization."
    assert extract(text).designations == []


# ------------------------------------------------------------------- agreements


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Ecuador and the United States signed an extradition treaty on Monday.", "signed"),
        (
            "Ecuador and Peru ratified the border treaty, which entered into force in May.",
            "in_force",
        ),
        ("Ecuador and Colombia are negotiating a free trade agreement.", "negotiating"),
        (
            "Ecuador and Colombia are expected to sign a free trade agreement next week.",
            "negotiating",
        ),
        ("Ecuador rejected the idea of a migration agreement with the United States.", "ruled_out"),
        ("The United States withdrew from the nuclear agreement with Iran.", "terminated"),
        ("Ecuador suspended the security agreement with Colombia after the raid.", "suspended"),
        ("Brazil proposed a security agreement to Paraguay on Monday.", "proposed"),
    ],
)
def test_agreement_status(text, status):
    (a,) = extract(text).agreements
    assert a.status == status
    assert len(a.parties) >= 2


def test_country_institution_deal_counts():
    rec = extract(
        "Senegal and the International Monetary Fund have reached a staff-level agreement on "
        "a new three-year programme."
    )
    (a,) = rec.agreements
    assert set(a.parties) == {"Senegal", "International Monetary Fund"}
    assert a.status == "signed"


def test_agreement_mentions_merge_within_article():
    text = (
        "The United States and Ecuador are negotiating a Safe Third Country Agreement. "
        "Officials said the safe third country agreement was not yet finished."
    )
    (a,) = extract(text).agreements
    assert a.name == "Safe Third Country Agreement" and a.status == "negotiating"


@pytest.mark.parametrize(
    "text",
    [
        "The two campaigns in Ecuador reached an agreement on debate rules.",
        "The defendant signed a plea agreement with prosecutors in Miami.",
        "Acme Corp signed a merger agreement with Globex Inc. in Ecuador.",
        "Noboa agreed with reporters that the situation in Ecuador was serious.",
        "The Departments of Justice and Homeland Security signed an agreement on "
        "data sharing in the United States.",
        "Ecuador's teachers' union reached a wage deal with the government.",
    ],
)
def test_agreement_distractors(text):
    assert extract(text).agreements == []


def test_speed_of_a_1000_word_article(seed):
    text, _ = seed
    body = text.split("---", 2)[2]
    words = body.split()
    article = " ".join((words * 2)[:1000])
    extract(article)
    times = []
    for _ in range(30):
        t0 = time.perf_counter()
        extract(article)
        times.append(time.perf_counter() - t0)
    # Generous bound for shared CI machines; the benchmark reports the real figure.
    assert statistics.median(times) < 0.02


# --- Phenomena added in the second pass (own example sentences) -------------


def test_spanish_aid_money_and_inkind():
    text = (
        "TEGUCIGALPA, 2 de marzo de 2026 — El Gobierno de Alemania aportará 7,5 millones de "
        "euros a Honduras para reforzar la seguridad fronteriza. Además, Alemania donó doce "
        "camiones a la Policía Nacional. El presupuesto de la policía asciende a 900 millones "
        "de lempiras."
    )
    rec = extract(text)
    money = [(a.donor, a.recipient, a.amount, a.currency, a.kind) for a in rec.aid]
    assert ("Germany", "Honduras", 7_500_000.0, "EUR", "security") in money
    assert any(a.amount is None and a.kind == "equipment" for a in rec.aid)
    assert all(a.currency != "HNL" for a in rec.aid)  # a budget is not aid


def test_spanish_recipient_is_not_the_border_neighbour():
    text = (
        "La Unión Europea anunció 12 millones de euros en ayuda humanitaria para los "
        "damnificados de Nicaragua, en la frontera con Costa Rica."
    )
    (aid,) = extract(text).aid
    assert aid.recipient == "Nicaragua" and aid.kind == "humanitarian"


def test_spanish_designation_with_alias():
    text = (
        "El Departamento de Estado designó este lunes a la Banda del Norte, también conocida "
        "como Frente Norteño (FN), como Organización Terrorista Extranjera."
    )
    (d,) = extract(text).designations
    assert d.entity == "Banda del Norte"
    assert d.designation == "Foreign Terrorist Organization" and d.action == "designated"
    assert "Frente Norteño" in d.aliases


def test_spanish_agreements_status_and_definite_reference():
    text = (
        "Los gobiernos de Chile y Perú negocian un acuerdo de cooperación en pesca artesanal. "
        "El tratado de extradición vigente entre Chile y Perú no cambiará. "
        "Ambos países esperan cerrar el pacto de pesca antes de junio."
    )
    got = {a.name: a.status for a in extract(text).agreements}
    assert got["acuerdo de cooperación en pesca artesanal"] == "negotiating"
    assert got["tratado de extradición"] == "in_force"
    assert len(got) == 2  # "el pacto de pesca" refers back, not a new deal


def test_truce_between_non_state_parties():
    text = (
        "Mediators from Qatar and Egypt brokered a 60-day truce between the Northern Front "
        "and the Valley Militia, which took effect on Sunday."
    )
    (a,) = extract(text).agreements
    assert set(a.parties) == {"Northern Front", "Valley Militia"}
    assert a.status == "in_force"


def test_indefinite_ceasefire_without_parties_is_not_a_record():
    text = "Envoys from Norway and Turkey said talks on a lasting ceasefire could start soon."
    assert extract(text).agreements == []


def test_expired_and_not_renewed_is_terminated():
    text = (
        "The fisheries agreement between Morocco and Spain expired in July and will not be "
        "renewed, officials in both countries said."
    )
    (a,) = extract(text).agreements
    assert a.status == "terminated"


def test_proposed_cue_closer_than_later_talks():
    text = (
        "Kenya and Uganda proposed a joint border pact last month, to be followed by talks "
        "on customs rules."
    )
    (a,) = extract(text).agreements
    assert a.status == "proposed"


def test_shared_surname_in_a_designation_list():
    text = (
        "The Treasury Department designated two Lebanese cousins, Karim and Nabil Haddad, as "
        "Specially Designated Global Terrorists."
    )
    names = {d.entity for d in extract(text).designations}
    assert names == {"Karim Haddad", "Nabil Haddad"}
