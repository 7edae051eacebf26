"""Round 15 agreement rules: conventions cited as a legal standard, offers by one named
proposer whose terms mention domestic actors, defence procurement accords between states,
EU agencies as parties, and the bare "Commission" of an EU article.

Every sentence here is written for these tests; none is copied from the data sets.
"""

import pytest

from tests.extract_rows import agreement_rows as _agr

# 1. A convention cited as the standard something breached or complied with is no news
# of that convention: only the other instrument (if any) is a record.
STANDARD = [
    (
        "A court in Athens ruled that the pushbacks violated the European Convention on "
        "Human Rights, and Greece said it would appeal.",
        [],
    ),
    (
        "Lawyers argued that sending the men to Rwanda was contrary to the Refugee "
        "Convention, and Britain later dropped the plan.",
        [],
    ),
    (
        "Malta ended its migration protocol with Libya after judges found it had breached "
        "the European Convention on Human Rights.",
        [("migration protocol", {"Malta", "Libya"}, "terminated")],
    ),
    (
        "Rights groups said the returns were not compatible with the Refugee Convention, "
        "but Italy and Albania kept the scheme.",
        [],
    ),
    (
        "The ruling said detainees kept their rights under the Convention against Torture, "
        "a spokesman for Kenya said.",
        [],
    ),
    (
        "Critics said the deportations were in breach of the Refugee Convention, "
        "according to a report on Denmark and Rwanda.",
        [],
    ),
]

STANDARD_KEEP = [
    (
        "Kenya and Uganda signed the Convention on Cross-Border Trade on Monday.",
        ("Convention on Cross-Border Trade", {"Kenya", "Uganda"}, "signed"),
    ),
    (
        "Ghana and Togo ratified a tax convention with each other in March, the finance "
        "ministry said.",
        None,
    ),
]


@pytest.mark.parametrize("text,expected", STANDARD)
def test_cited_standard_is_no_record(text, expected):
    assert _agr(text) == expected


@pytest.mark.parametrize("text,expected", STANDARD_KEEP[:1])
def test_signed_convention_kept(text, expected):
    assert expected in _agr(text)


# 2. A proposal by one named official or capital: the terms after "under which" / "that
# would" describe the content (courts, prosecutors, companies) and do not make the
# instrument domestic; the counterpart comes from the article.
PROPOSED = [
    (
        "Honduras suspended its extradition treaty with the United States on Monday. "
        "Foreign Minister Ana Reyes proposed a new judicial cooperation agreement under "
        "which Honduran courts would try suspects wanted by US prosecutors.",
        ("judicial cooperation agreement", {"Honduras", "United States"}, "proposed"),
    ),
    (
        "Guatemala and Mexico disagree over the border. Interior Minister Luis Pérez has "
        "floated a border policing accord under which prosecutors in both states would "
        "share files.",
        ("border policing accord", {"Guatemala", "Mexico"}, "proposed"),
    ),
    (
        "Peru recalled its ambassador to Chile last week. The president has also put "
        "forward a migration management agreement that would let courts fast-track "
        "asylum claims.",
        ("migration management agreement", {"Peru", "Chile"}, "proposed"),
    ),
    (
        "Talks between Poland and Lithuania resumed in Vilnius. Warsaw has proposed a "
        "joint ammunition procurement accord with Lithuania, officials said.",
        ("joint ammunition procurement accord", {"Poland", "Lithuania"}, "proposed"),
    ),
    (
        "Estonia and Finland met in Tallinn. Helsinki also proposed a wider ammunition "
        "procurement accord with Estonia that would pool orders.",
        ("ammunition procurement accord", {"Finland", "Estonia"}, "proposed"),
    ),
    (
        "Romania has offered a defence procurement agreement to Moldova, the Romanian "
        "defence ministry said on Friday.",
        ("defence procurement agreement", {"Romania", "Moldova"}, "proposed"),
    ),
]

PROPOSED_NEG = [
    "The company signed a procurement agreement with the ministry for new buses.",
    "Prosecutors reached a plea agreement with the former minister on Tuesday.",
    "The city council approved a procurement contract for school meals.",
]


@pytest.mark.parametrize("text,expected", PROPOSED)
def test_single_proposer(text, expected):
    got = _agr(text)
    assert any(
        (g[0] == expected[0] or g[0].endswith(expected[0]))
        and g[1] == expected[1]
        and g[2] == expected[2]
        for g in got
    ), got


@pytest.mark.parametrize("text", PROPOSED_NEG)
def test_domestic_procurement_is_no_record(text):
    assert _agr(text) == []


# 3. EU agencies and the bare "Commission" of an EU article are parties for the Union.
INSTITUTIONS = [
    (
        "In a separate step, Europol and Ecuador's National Police signed a working "
        "arrangement in The Hague that lets officers exchange data.",
        ("working arrangement", {"Europol", "Ecuador"}, "signed"),
    ),
    (
        "Europol signed a working arrangement with Brazil's Federal Police on Tuesday.",
        ("working arrangement", {"Europol", "Brazil"}, "signed"),
    ),
    (
        "Frontex and Senegal signed a working arrangement on border surveillance in Dakar.",
        ("working arrangement on border surveillance", {"Frontex", "Senegal"}, "signed"),
    ),
    (
        "The European Commission released 200 million euros on Monday. North Macedonia "
        "signed its loan agreement with the Commission in September.",
        ("loan agreement", {"North Macedonia", "European Union"}, "signed"),
    ),
    (
        "The European Union has pledged 6 billion euros to the region. Talks between the "
        "Commission and Serbian officials on a facility agreement are continuing.",
        ("facility agreement", {"Serbia", "European Union"}, "negotiating"),
    ),
    (
        "The EU said reforms were on track. The Commission and Albania signed a loan "
        "agreement in Tirana on Friday.",
        ("loan agreement", {"Albania", "European Union"}, "signed"),
    ),
]

INSTITUTIONS_NEG = [
    "Kenya's Electoral Commission signed a memorandum with the national police on Monday.",
    "The Commission on Human Rights met in Geneva to discuss the report.",
    "The Commission said the budget deal between the two parties would hold.",
]


@pytest.mark.parametrize("text,expected", INSTITUTIONS)
def test_institution_parties(text, expected):
    assert expected in _agr(text), _agr(text)


@pytest.mark.parametrize("text", INSTITUTIONS_NEG)
def test_institution_negatives(text):
    assert _agr(text) == []


# 4. A truce tabled by mediators: its parties are the sides the article named as
# fighting each other ("war between X and Y"), not the mediators.
TRUCES = [
    (
        "Fighting between the Sudanese Armed Forces and the Rapid Support Forces spread to "
        "Kordofan. Mediators from Kenya floated a 60-day truce on Monday.",
        ("truce", {"Sudanese Armed Forces", "Rapid Support Forces"}, "proposed"),
    ),
    (
        "The conflict between the Congolese government and the M23 rebels has displaced "
        "millions. Qatar proposed a humanitarian truce to both sides on Friday.",
        ("humanitarian truce", {"Democratic Republic of the Congo", "M23"}, "proposed"),
    ),
    (
        "The war between the Sudanese army and the Rapid Support Forces has killed "
        "thousands. Egypt has proposed a three-month humanitarian truce to let convoys in.",
        ("three-month humanitarian truce", {"Sudanese army", "Rapid Support Forces"}, "proposed"),
    ),
    (
        "Clashes between Ethiopia and Eritrea were reported near the border. Turkey has "
        "proposed a humanitarian truce.",
        ("humanitarian truce", {"Ethiopia", "Eritrea"}, "proposed"),
    ),
]

TRUCE_NEG = [
    "Analysts said talks on a permanent ceasefire were unlikely this year.",
    "The war between the two gangs ended years ago. Residents said a truce was a distant hope.",
    "Fighting between the Sudanese army and the Rapid Support Forces continued on Monday.",
]


@pytest.mark.parametrize("text,expected", TRUCES)
def test_tabled_truce_takes_warring_sides(text, expected):
    assert expected in _agr(text), _agr(text)


@pytest.mark.parametrize("text", TRUCE_NEG)
def test_truce_negatives(text):
    assert _agr(text) == []
