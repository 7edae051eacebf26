"""Consolidate extracted records across documents.

Pure functions over the rows the store returns: each row is a dict with the
record's columns (see :mod:`summarizer.records`) plus ``document_id`` and the
document's ``published`` date (ISO string or None).  ``parties`` and
``aliases`` may arrive as lists or as JSON text.

* :func:`consolidate_agreements` — one item per agreement across documents,
  matched by a normalised name key (case, articles, "so-called", synonyms such
  as treaty/accord/pact/deal -> agreement, "MoU") plus overlapping parties for
  generic names; carries the canonical name, the union of parties, the latest
  status, the dated status history and the sources.
* :func:`consolidate_designations` — one item per (entity, designation type),
  entity matched through names and aliases; latest action and history.
* :func:`dedupe_aid` — the same pledge reported by several documents (same
  donor, recipient, amount and currency) is kept once, with all its sources,
  so totals are not double counted.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from summarizer.gazetteer import normalize

_SYNONYMS = {
    "treaty": "agreement",
    "treaties": "agreement",
    "accord": "agreement",
    "accords": "agreement",
    "pact": "agreement",
    "pacts": "agreement",
    "deal": "agreement",
    "deals": "agreement",
    "agreements": "agreement",
    "arrangement": "agreement",
    "mou": "mou",
    "mous": "mou",
    "programme": "program",
    "programmes": "program",
    "programs": "program",
    "acuerdo": "agreement",
    "acuerdos": "agreement",
    "tratado": "agreement",
    "pacto": "agreement",
    "convenio": "agreement",
    "memorando": "mou",
    "memorándum": "mou",
    "defence": "defense",
    "labour": "labor",
    "centre": "center",
}
_DROP = {
    "the",
    "a",
    "an",
    "so",
    "called",
    "so-called",
    "new",
    "proposed",
    "draft",
    "bilateral",
    "landmark",
    "historic",
    "final",
    "its",
    "his",
    "her",
    "their",
    "this",
    "that",
    "of",
    "on",
    "for",
    "to",
    "and",
    "with",
    "between",
    "planned",
    "potential",
    "possible",
    "existing",
    "current",
    "revised",
    "updated",
    "formal",
    "long",
    "awaited",
    "long-awaited",
    # Spanish function words in names ("acuerdo de cooperación en seguridad").
    "de",
    "del",
    "la",
    "el",
    "los",
    "las",
    "en",
    "sobre",
    "para",
    "que",
    "con",
    "y",
    "entendimiento",
}
_GENERIC_HEADS = {"agreement", "mou", "program", "facility"}


def _listish(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        v = value.strip()
        if v.startswith("["):
            try:
                return [str(x) for x in json.loads(v)]
            except ValueError:
                pass
        return [p.strip() for p in re.split(r"[;,]", v) if p.strip()]
    return [str(x) for x in value]


def agreement_key(name: str) -> str:
    """Normalised key for an agreement name (order-insensitive token set)."""
    s = name.lower().replace("’", "'")
    s = re.sub(r"memorand(?:um|a)\s+of\s+understanding", "mou", s)
    s = re.sub(r"[^\w\s-]", " ", s)
    s = s.replace("-", " ")
    tokens = []
    for t in s.split():
        t = _SYNONYMS.get(t, t)
        if t in _DROP or t in ("so", "called"):
            continue
        tokens.append(t)
    return " ".join(sorted(set(tokens)))


@lru_cache(maxsize=16384)
def _tokens(name: str) -> frozenset[str]:
    """Cached: /agreements compares every row with every group, so names repeat a lot."""
    return frozenset(agreement_key(name).split())


@lru_cache(maxsize=65536)
def names_match(a: str, b: str) -> bool:
    """Fuzzy equality of two agreement names (cached: the same pairs recur per query)."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return not ta <= _GENERIC_HEADS
    inter = len(ta & tb)
    content = (ta & tb) - _GENERIC_HEADS
    if not content:
        return False
    small = min(len(ta), len(tb))
    return inter / len(ta | tb) >= 0.6 or (inter == small and len(content) >= 1 and small >= 2)


def normalize_parties(parties: Any) -> set[str]:
    out = set()
    for p in _listish(parties):
        out.add(_normalized(p) or p.strip())
    return out


@lru_cache(maxsize=16384)
def _normalized(name: str | None) -> str | None:
    """``gazetteer.normalize``, cached: the same donors, recipients and parties recur."""
    return normalize(name)


def _date(row: dict) -> str:
    return str(row.get("published") or "")


@dataclass
class ConsolidatedAgreement:
    name: str
    parties: list[str]
    status: str
    status_history: list[tuple[str | None, str, Any]] = field(default_factory=list)
    sources: list[Any] = field(default_factory=list)


@dataclass
class ConsolidatedDesignation:
    entity: str
    designation: str | None
    authority: str | None
    action: str
    aliases: list[str] = field(default_factory=list)
    action_history: list[tuple[str | None, str, Any]] = field(default_factory=list)
    sources: list[Any] = field(default_factory=list)


def _sorted_rows(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (_date(r), str(r.get("document_id", ""))))


def consolidate_agreements(rows: list[dict]) -> list[ConsolidatedAgreement]:
    """Group agreement rows that describe the same agreement across documents.

    A row joins the first group (in creation order) with a matching name and compatible
    parties. Two names can only match when they share a non-generic token, so only the
    groups holding such a token are tried (an index from token to groups), in order.
    """
    groups: list[tuple[ConsolidatedAgreement, list[str], set[str]]] = []
    by_token: dict[str, set[int]] = {}
    for row in _sorted_rows(rows):
        name = str(row.get("name") or "").strip()
        if not name:
            continue
        parties = normalize_parties(row.get("parties"))
        content = _tokens(name) - _GENERIC_HEADS
        candidates: set[int] = set()
        for token in content:
            candidates |= by_token.get(token, set())
        target = None
        index = -1
        for index in sorted(candidates):
            item, names, gparties = groups[index]
            if any(names_match(name, n) for n in names) and (
                not parties or not gparties or parties & gparties
            ):
                target = groups[index]
                break
        else:
            index = -1
        date = row.get("published")
        status = str(row.get("status") or "")
        doc = row.get("document_id")
        if target is None:
            item = ConsolidatedAgreement(name, sorted(parties), status)
            groups.append((item, [name], set(parties)))
            target = groups[-1]
            index = len(groups) - 1
            for token in content:
                by_token.setdefault(token, set()).add(index)
        item, names, gparties = target
        if name not in names:
            names.append(name)
            for token in content:
                by_token.setdefault(token, set()).add(index)
            # Prefer a capitalised proper name over a lower-case description.
            if name[:1].isupper() and not item.name[:1].isupper():
                item.name = name
        gparties |= parties
        item.parties = sorted(gparties)
        if status:
            item.status_history.append((date, status, doc))
            item.status = status  # rows are in date order: the latest statement wins
        if doc not in item.sources:
            item.sources.append(doc)
    return [g[0] for g in groups]


@lru_cache(maxsize=16384)
def _entity_key(name: str) -> str:
    s = name.lower().replace("’", "'")
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def consolidate_designations(rows: list[dict]) -> list[ConsolidatedDesignation]:
    """Group designation rows by entity (names and aliases) and designation type.

    A row joins the first item (in creation order) sharing a key with it and of a
    compatible type; an index from key to items finds the ones sharing a key.
    """
    items: list[tuple[ConsolidatedDesignation, set[str]]] = []
    by_key: dict[str, set[int]] = {}
    for row in _sorted_rows(rows):
        entity = str(row.get("entity") or "").strip()
        if not entity:
            continue
        aliases = _listish(row.get("aliases"))
        keys = {_entity_key(entity)} | {_entity_key(a) for a in aliases}
        dtype = row.get("designation")
        candidates: set[int] = set()
        for key in keys:
            candidates |= by_key.get(key, set())
        target = None
        index = -1
        for position in sorted(candidates):
            item, ikeys = items[position]
            if not dtype or not item.designation or dtype == item.designation:
                target, index = items[position], position
                break
        action = str(row.get("action") or "designated")
        if target is None:
            item = ConsolidatedDesignation(entity, dtype, row.get("authority"), action)
            items.append((item, set(keys)))
            target, index = items[-1], len(items) - 1
        item, ikeys = target
        ikeys |= keys
        for key in keys:
            by_key.setdefault(key, set()).add(index)
        item.designation = item.designation or dtype
        item.authority = item.authority or row.get("authority")
        item_key = _entity_key(item.entity)
        for a in [entity, *aliases]:
            if _entity_key(a) != item_key and a not in item.aliases:
                item.aliases.append(a)
        item.action_history.append((row.get("published"), action, row.get("document_id")))
        item.action = action
        doc = row.get("document_id")
        if doc not in item.sources:
            item.sources.append(doc)
    return [i for i, _ in items]


def dedupe_aid(rows: list[dict]) -> list[dict]:
    """Drop repeat reports of one pledge; the kept row gains a ``sources`` list.

    Two rows are the same pledge when donor, recipient, amount and currency
    agree (names normalised through the gazetteer).  Rows without an amount
    are only merged when their purpose text is also the same.
    """
    out: list[dict] = []
    index: dict[tuple, dict] = {}
    for row in _sorted_rows(rows):
        donor = _normalized(row.get("donor")) or (row.get("donor") or "")
        recipient = _normalized(row.get("recipient")) or (row.get("recipient") or "")
        amount = row.get("amount")
        currency = row.get("currency")
        if amount is None:
            key = (donor, recipient, None, None, (row.get("purpose") or "").lower().strip())
        else:
            key = (donor, recipient, round(float(amount), 2), currency)
        doc = row.get("document_id")
        if key in index:
            kept = index[key]
            if doc not in kept["sources"]:
                kept["sources"].append(doc)
            continue
        new = dict(row)
        new["sources"] = [doc]
        index[key] = new
        out.append(new)
    return out
