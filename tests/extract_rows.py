"""Extracted records as plain tuples, so a rule test can state exactly what it expects."""

from __future__ import annotations

from functools import partial

from summarizer.extract import extract

# The rule tests pin what the rules read, so they call extract() without the learned gates
# that veto records afterwards (those are tested in tests/test_record_gates.py).
rules_extract = partial(extract, gates=False)


def aid_rows(text: str) -> list[tuple]:
    """(donor, recipient, amount, currency, kind) per aid record, in a stable order."""
    return sorted(
        ((a.donor, a.recipient, a.amount, a.currency, a.kind) for a in rules_extract(text).aid),
        key=lambda r: (r[1] or "", r[2] or 0.0, r[0] or ""),
    )


def agreement_rows(text: str) -> list[tuple]:
    """(name, set of parties, status) per agreement record, in extraction order."""
    return [(a.name, set(a.parties), a.status) for a in rules_extract(text).agreements]
