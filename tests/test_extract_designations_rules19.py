"""Round 19 designation rules (precision, the issue's own distractors): a role in a family,
firm or party given "as" after "designated" ("designated X as his family's successor") is
no listing, and a bare count ("designated 12 clinics") is never a name, not even through
an earlier "Rs 12 billion" that looks like its fuller form.

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


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round19_designations(text: str, expected: list[tuple[str, str]]) -> None:
    assert _got(text) == expected
