"""Round 19 designation rules (precision, the issue's own distractors): a role in a family,
firm or party given "as" after "designated" ("designated X as his family's successor") is
no listing; a bare count ("designated 12 clinics") is never a name, not even through an
earlier "Rs 12 billion" that looks like its fuller form; in an article whose earlier
sentence made a real listing, a later "designated" that gives someone a role, something a
purpose or a place a status is no listing; and a place ("... Marine Reserve") is no entity.

Every sentence here is written for these tests; none is copied from the data sets. Each
case states the whole expected output, so a near miss that turned into a record fails it.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import rules_extract as extract


def _got(text: str) -> list[tuple[str, str]]:
    return [(d.entity, d.action) for d in extract(text).designations]


CASES = [
    # A role given "as" after the verb: a successor, an heir, a nominee.
    ("Under its terrorism law, the council designated Omar Khalid as his family's successor.", []),
    ("The Treasury designated Omar Khalid as his father's heir to the business.", []),
    ("The party designated Lina Haddad as its candidate for the mayoral race.", []),
    # A count after the verb, with an earlier amount in rupees whose number matches it.
    (
        "The province set aside Rs 12 billion for its Counter Terrorism Department.\n\n"
        "Separately, the health department has designated 12 clinics in Multan as heatstroke "
        "centres, and an anti-terrorism court jailed three men for an attack on a checkpoint.",
        [],
    ),
    # Controls: a description of the listed person, and a listing "as" a list's type.
    (
        "The State Department designated Ali Musa as a spokesman and senior leader of Hezbollah.",
        [("Ali Musa", "designated")],
    ),
    (
        "The Treasury designated Omar Khalid as a Specially Designated Global Terrorist.",
        [("Omar Khalid", "designated")],
    ),
]


# A real listing first: the sentences after it have no list words of their own, so only
# that context made them candidates.
LISTING = (
    "WASHINGTON, May 4, 2026 — The State Department on Monday designated the Sinaloa Cartel "
    "as a Foreign Terrorist Organization. "
)
AFTER_A_LISTING = [
    "The cabinet designated Interior Minister Tomas Brenner as its spokesman on security.",
    "Colonel Ruiz was designated as the army's liaison to the police task force.",
    "The city designated Avenida Central a pedestrian zone on weekends.",
    "Los Choneros leader Adolfo Macías was designated as the prison's inmate representative.",
    "The ministry designated Ecuadorian Navy vessels to escort the shipments.",
    "The company designated Hamas Street in Gaza as a delivery point in 2019.",
    "Mexico's Supreme Court designated Judge Luis Ortega to hear the extradition case.",
    "The Ministry of Environment designated the Coral Triangle Marine Reserve last year.",
]
ALSO_LISTED = [
    # Controls: the same context, and a second real listing with no list words.
    ("The department also designated Los Lobos a day later.", [("Los Lobos", "designated")]),
    (
        "It designated the group's leader, Ismael Zambada, as well.",
        [("Ismael Zambada", "designated")],
    ),
]


@pytest.mark.parametrize("text", AFTER_A_LISTING)
def test_a_later_designated_giving_a_role_or_status_is_no_listing(text: str) -> None:
    assert _got(LISTING + text) == [("Sinaloa Cartel", "designated")]


@pytest.mark.parametrize(("text", "expected"), ALSO_LISTED)
def test_a_later_listing_in_the_same_context_is_kept(text: str, expected: list) -> None:
    assert _got(LISTING + text) == [("Sinaloa Cartel", "designated"), *expected]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round19_designations(text: str, expected: list[tuple[str, str]]) -> None:
    assert _got(text) == expected
