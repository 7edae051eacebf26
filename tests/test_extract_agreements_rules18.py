"""Round 18 agreement rules: a bare truce word that shortens a fuller mention keeps the fuller
name, a title with its event and one side named, a title that opens with a bloc's name, and
a company or a court met only in a reason or a comment after the agreement's clause, and the
army named as one side of a war whose truce mediators table.

Every sentence here is written for these tests; none is copied from the data sets.
"""

import pytest

from tests.extract_rows import agreement_rows as _agr

# 1. "The ceasefire agreement between X and Y ..." then "the ceasefire holds": the bare truce
# word is the same agreement under a shorter name; the record keeps the fuller name, its
# sides and its sentence.
TRUCE_SHORTENED = [
    (
        "The ceasefire agreement between Chad and Sudan, brokered by Qatar and Egypt, has "
        'been in force since May 2, 2024, and officials say it holds. "If the border stays '
        'quiet, the ceasefire holds," an analyst said.',
        [("ceasefire agreement", {"Chad", "Sudan"}, "in_force")],
    ),
    (
        "Chad's president ruled out any normalisation agreement with Sudan. \"Our demand is "
        'respect for the ceasefire," he said. The ceasefire agreement between Chad and Sudan, '
        "in force since May 2024, has largely held.",
        [
            ("normalisation agreement", {"Chad", "Sudan"}, "ruled_out"),
            ("ceasefire agreement", {"Chad", "Sudan"}, "in_force"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", TRUCE_SHORTENED)
def test_truce_word_keeps_fuller_name(text, expected):
    assert _agr(text) == expected


# 2. A capitalised title whose event (suspended, ended, in force) is reported with one side
# named in the sentence is a record of that side; a lending facility still needs its
# borrower, and "the Government of National Accord" is a government, not an agreement.
TITLE_ONE_SIDE = [
    (
        "Lima suspended the 2019 Joint Border Patrol Agreement in its entirety in March, "
        "ending the shared checkpoints along the river.",
        [("Joint Border Patrol Agreement", {"Peru"}, "suspended")],
    ),
    (
        "Farmers in Peru are returning to their land under the Cessation of Hostilities "
        "Agreement, in force since 2023.",
        [("Cessation of Hostilities Agreement", {"Peru"}, "in_force")],
    ),
]
TITLE_ONE_SIDE_NOT = [
    "Envoys from Tripoli met in Sirte and praised the Government of National Accord, which "
    "has been in force since the talks in Libya.",
    "The Extended Credit Facility, approved by the IMF in 2023, remains in force until May 2027.",
]


@pytest.mark.parametrize("text,expected", TITLE_ONE_SIDE)
def test_title_with_one_side(text, expected):
    assert _agr(text) == expected


@pytest.mark.parametrize("text", TITLE_ONE_SIDE_NOT)
def test_title_with_one_side_not(text):
    assert _agr(text) == []


# 3. A title that opens with a regional bloc's name is the bloc's instrument among its
# members; a United Nations convention is open to every state and is not the UN's.
BLOC_TITLE = [
    (
        "West African leaders on Saturday signed the ECOWAS Protocol on Cross-Border "
        "Livestock Movement at a summit.",
        [("ECOWAS Protocol on Cross-Border Livestock Movement", {"ECOWAS"}, "signed")],
    ),
    (
        "The SADC Regional Qualifications Agreement, which entered into force last year, lets "
        "nurses work across the region.",
        [
            (
                "SADC Regional Qualifications Agreement",
                {"Southern African Development Community"},
                "in_force",
            )
        ],
    ),
]
BLOC_TITLE_NOT = [
    "The United Nations Convention against Marine Litter will enter into force in 90 days, "
    "officials said.",
]


@pytest.mark.parametrize("text,expected", BLOC_TITLE)
def test_bloc_title(text, expected):
    assert _agr(text) == expected


@pytest.mark.parametrize("text", BLOC_TITLE_NOT)
def test_bloc_title_not(text):
    assert _agr(text) == []


# 4. A company or a court met only in a reason ("because it would give ... companies") or a
# comment (", which the court said ...") after the agreement's clause names no signer: the
# agreement is still the state's; one met before it or in its clause still makes it domestic.
COMMENT_AFTER = [
    (
        "Santiago offered La Paz a broader package in May. Energy Minister Ana Ruiz said "
        "Bolivia had rejected the proposed gas transit deal because it would give Chilean "
        "companies too large a role in the country's energy sector.",
        [("gas transit deal", {"Bolivia"}, "ruled_out")],
    ),
    (
        "Lima and Santiago settled a fishing dispute last year. The ruling does not cover the "
        "separate maritime cooperation agreement signed with Peru in May, which the court said "
        "was still awaiting ratification by parliament.",
        [("maritime cooperation agreement", {"Peru"}, "signed")],
    ),
    (
        "Lima and Santiago settled a fishing dispute last year. The Minister of Energy proposed "
        "a hydropower cooperation agreement with Peru, which he said could open the way for "
        "Peruvian firms to bid for new dams.",
        [("hydropower cooperation agreement", {"Peru"}, "proposed")],
    ),
]
COMMENT_AFTER_NOT = [
    "Lima and Santiago settled a fishing dispute last year. The ministry signed a maritime "
    "cooperation agreement with a fishing company, which operates in Peru.",
    "Lima and Santiago settled a fishing dispute last year. The court said the maritime "
    "cooperation agreement signed in Peru, which it reviewed, is valid.",
]


@pytest.mark.parametrize("text,expected", COMMENT_AFTER)
def test_comment_after_clause(text, expected):
    assert _agr(text) == expected


@pytest.mark.parametrize("text", COMMENT_AFTER_NOT)
def test_comment_after_clause_not(text):
    assert _agr(text) == []


# 5. "the war between the army and the Rapid Support Forces": a lower-case army (military,
# government) at war with a group is the article's state; a truce that mediators table is
# between them. A truce nobody tables is still no record.
WAR_WITH_ARMY = [
    (
        "The war between the army and the Rapid Support Forces in Sudan entered its fourth "
        "year. Egypt has proposed a three-month humanitarian truce to allow aid convoys into "
        "Darfur.",
        [("three-month humanitarian truce", {"Sudan", "Rapid Support Forces"}, "proposed")],
    ),
    (
        "Chad's government said on Monday that the fighting between the military and the "
        "Polisario Front had eased. Algeria floated a two-week humanitarian truce last week.",
        [("two-week humanitarian truce", {"Chad", "Polisario Front"}, "proposed")],
    ),
]
WAR_WITH_ARMY_NOT = [
    "The war between the army and the Rapid Support Forces in Sudan entered its fourth year. "
    "Egypt wants a lasting truce, its envoy said.",
]


@pytest.mark.parametrize("text,expected", WAR_WITH_ARMY)
def test_war_with_the_army(text, expected):
    assert _agr(text) == expected


@pytest.mark.parametrize("text", WAR_WITH_ARMY_NOT)
def test_war_with_the_army_not(text):
    assert _agr(text) == []
