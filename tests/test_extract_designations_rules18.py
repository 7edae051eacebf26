"""Round 18 designation rules (recall): a name added to or removed from a sanctions regime
(not only a list), a counted object after a quantifier ("removed only one official, X"),
sanctions lifted with a modifier ("lifted its national sanctions on X"), a government
department that is never the antecedent of "it" or "the group" nor a listed entity, an
honorific ("Mr.", "Dr.") whose full stop ends no name, a title's tail that opens with a
lower-case preposition, a series of places inside an apposition, and a list named by its
content ("its list of persons subject to asset freezes").

Every sentence here is written for these tests; none is copied from the data sets. Each
case states the whole expected output, so a near miss that turned into a record fails it.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import rules_extract as extract


def _got(text: str) -> list[tuple[str, str]]:
    return [(d.entity, d.action) for d in extract(text).designations]


CASES = [
    # Put into or taken out of a sanctions regime: a listing, as with a list.
    (
        "The Treasury added Kestrel Line Shipping to its Sudan sanctions regime on Monday.",
        [("Kestrel Line Shipping", "designated")],
    ),
    (
        "Britain removed Dalia Haroun, a Khartoum trader, from its Sudan sanctions regime "
        "after a review.",
        [("Dalia Haroun", "revoked")],
    ),
    # Once a listing is under way, "the regime" alone is the sanctions regime.
    (
        "Britain added Omar Sidki to its Libya sanctions regime in March. The Foreign Office "
        "also removed businessman Karim Belhadj from the regime after he won an appeal in the "
        "High Court.",
        [("Omar Sidki", "designated"), ("Karim Belhadj", "revoked")],
    ),
    # A quantifier before the count: the names follow in the apposition.
    (
        "The Council has removed only one official, retired general Mateo Quiroga Salas, from "
        "the EU sanctions list.",
        [("Mateo Quiroga Salas", "revoked")],
    ),
    # A modifier between "lifted" and "sanctions on".
    (
        "Latvia lifted its national sanctions on Pavel Ruden, a logistics executive, after he "
        "cut ties with Moscow.",
        [("Pavel Ruden", "revoked")],
    ),
    # An honorific's full stop ends no name; a title's cut-off tail ("of National
    # Reconciliation") is no entity.
    (
        "The Council removed from the EU sanctions list the former Minister of Rural "
        "Development, Mr. Tiemoko Ag Sidi Bouri, who had been listed in 2023.",
        [("Tiemoko Ag Sidi Bouri", "revoked")],
    ),
    (
        "Britain added Dr. Yasmin Qaderi to its Afghanistan sanctions list on Friday.",
        [("Yasmin Qaderi", "designated")],
    ),
    # Places an apposition names in a series ("with branches in A, B and C") are no items.
    (
        "OFAC also designated Dahabshiil Star Exchange, a remittance firm with offices in "
        "Hargeisa, Burao and Erigavo, as a Specially Designated Global Terrorist.",
        [("Dahabshiil Star Exchange", "designated")],
    ),
    (
        "OFAC designated two remittance firms. Kaah Bridge Transfer, a hawala operator with "
        "agents in Garowe, Galkayo and Durban, was designated for being controlled by the "
        "network's treasurer.",
        [("Kaah Bridge Transfer", "designated")],
    ),
    # A list named by its content: "its list of persons subject to asset freezes".
    (
        "The Finance Ministry said Japan had added two arms brokers, Omar Haddad Rais and "
        "Tareq Mansour Wali, to its list of persons subject to asset freezes.",
        [("Omar Haddad Rais", "designated"), ("Tareq Mansour Wali", "designated")],
    ),
    # "the US State Department designated it": the department is no antecedent of "it".
    (
        "The Dune Riders Front, a militia formed last year, attacked a convoy near the border "
        "in March. The group had already drawn attention abroad: the US State Department "
        "designated it a Specially Designated Global Terrorist in November.",
        [("Dune Riders Front", "designated")],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_round18_shapes(text, want):
    assert _got(text) == want


def test_regime_of_a_state_is_no_list():
    # "added pressure to the regime": no listing, while the regime listing beside it is one.
    text = (
        "Britain added Kestrel Line Shipping to its Sudan sanctions regime on Monday. The "
        "strikes added pressure to the regime in Khartoum, said Amir Fadl, an analyst."
    )
    assert _got(text) == [("Kestrel Line Shipping", "designated")]


def test_department_and_news_agency_are_no_entities():
    from summarizer._extract_designations import _entity_ok

    assert not _entity_ok("US Treasury Department", False)
    assert not _entity_ok("Bahrain News Agency", False)
    assert _entity_ok("Golden Dune Exchange", False)
