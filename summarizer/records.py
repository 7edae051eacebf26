"""Structured records extracted from a briefing document.

The field names mirror the columns of the ``aid``, ``designations`` and
``agreements`` tables so the store can write them without translation.
``start``/``end`` are character offsets of ``evidence`` in the source text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

AidKind = Literal["grant", "loan", "equipment", "humanitarian", "security", "unspecified"]
DesignationAction = Literal["designated", "revoked", "proposed"]
AgreementStatus = Literal[
    "proposed", "negotiating", "signed", "in_force", "suspended", "terminated", "ruled_out"
]

AID_KINDS: tuple[str, ...] = (
    "grant",
    "loan",
    "equipment",
    "humanitarian",
    "security",
    "unspecified",
)
DESIGNATION_ACTIONS: tuple[str, ...] = ("designated", "revoked", "proposed")
AGREEMENT_STATUSES: tuple[str, ...] = (
    "proposed",
    "negotiating",
    "signed",
    "in_force",
    "suspended",
    "terminated",
    "ruled_out",
)


@dataclass(slots=True)
class Aid:
    donor: str | None
    recipient: str | None
    amount: float | None
    currency: str | None
    kind: str = "unspecified"
    purpose: str | None = None
    evidence: str = ""
    start: int = 0
    end: int = 0

    def to_row(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Designation:
    entity: str
    designation: str | None
    authority: str | None
    action: str = "designated"
    aliases: list[str] = field(default_factory=list)
    evidence: str = ""
    start: int = 0
    end: int = 0

    def to_row(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Agreement:
    name: str
    parties: list[str]
    status: str
    evidence: str = ""
    start: int = 0
    end: int = 0

    def to_row(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Records:
    aid: list[Aid] = field(default_factory=list)
    designations: list[Designation] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.aid) + len(self.designations) + len(self.agreements)
