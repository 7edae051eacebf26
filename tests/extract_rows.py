"""Extracted records as plain tuples, so a rule test can state exactly what it expects."""

from __future__ import annotations

from functools import partial

from summarizer.extract import extract

# The rule tests pin what the rules read, so they call extract() without the learned gates
# that veto records afterwards (those are tested in tests/test_record_gates.py).
rules_extract = partial(extract, gates=False)


# A wire story's opening with an agreement of two states and aid of a third: the context
# the agreement rule tests run their cases after ("wire"), with the record it gives.
AGREEMENT_WIRE_OPENING = (
    "NAIROBI, March 3, 2026 — Kenya and Ethiopia signed an energy agreement on Monday. "
    "Uganda said it would send medical supplies to refugee camps in the north. ",
    [("energy agreement", {"Kenya", "Ethiopia"}, "signed")],
)


def aid_order(rows) -> list[tuple]:
    """(donor, recipient, amount, ...) rows sorted by recipient, amount and donor."""
    return sorted(rows, key=lambda r: (r[1] or "", r[2] or 0.0, r[0] or ""))


def aid_rows(text: str) -> list[tuple]:
    """(donor, recipient, amount, currency, kind) per aid record, in a stable order."""
    return aid_order(
        (a.donor, a.recipient, a.amount, a.currency, a.kind) for a in rules_extract(text).aid
    )


def agreement_rows(text: str) -> list[tuple]:
    """(name, set of parties, status) per agreement record, in extraction order."""
    return [(a.name, set(a.parties), a.status) for a in rules_extract(text).agreements]


def in_contexts(contexts: dict[str, tuple[str, list]], cases: list[tuple]) -> list[tuple]:
    """(text, expected) for every case in each context it names ("" runs it alone).

    A context is an article's opening: its text goes before the case's text, and the
    records it gives itself before the case's records.
    """
    return [
        (contexts[name][0] + text, [*contexts[name][1], *expected])
        for text, expected, names in cases
        for name in names
    ]
