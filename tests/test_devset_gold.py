"""Integrity checks for the annotated extraction development set.

Every ``tests/data/extraction*/NN_slug.txt`` article (the development set
and each held-out set) has a gold file ``NN_slug.json`` next to it.  These
tests check the gold files only (not the extractor): schema and enum values
and that every evidence quote is an exact substring of its article, for every
set; and that the development set is large and varied enough to measure
precision, recall and agreement-status accuracy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pytest

DATA_ROOT = Path(__file__).parent / "data"
DATA = DATA_ROOT / "extraction"
# The held-out sets are scored by bench/extraction.py; a set still being written
# (fewer gold files than articles) is skipped rather than failed.
SETS = [DATA, *sorted(p for p in DATA_ROOT.glob("extraction_*") if p.is_dir())]

AID_KINDS = {"grant", "loan", "equipment", "humanitarian", "security", "unspecified"}
ACTIONS = {"designated", "revoked", "proposed"}
STATUSES = {"proposed", "negotiating", "signed", "in_force", "suspended", "terminated", "ruled_out"}

TOP_KEYS = {"published", "aid", "designations", "agreements"}
AID_KEYS = {"donor", "recipient", "beneficiary", "amount", "currency", "kind", "evidence"}
DESIGNATION_KEYS = {"entity", "aliases", "designation", "authority", "action", "evidence"}
AGREEMENT_KEYS = {"name", "parties", "status", "evidence"}

MIN_ARTICLES = 40
MIN_RECORDS = {"aid": 40, "designations": 35, "agreements": 40}
MIN_PER_STATUS = 3
MIN_WORDS, MAX_WORDS = 150, 500

NAME_RE = re.compile(r"^\d{2}_[a-z0-9_]+$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
# "NAIROBI, May 3, 2026 —" / "LONDON, 14 April 2026 —" / "BOGOTÁ, 17 de diciembre de 2025 —"
# / "HONIARA, September 24, 2025 (Pacific Wire) —"
DATELINE_RE = re.compile(r"^[^\n—]{3,60}\b20\d\d(?: \([^()\n]{1,40}\))? —")


def _articles() -> list[Path]:
    return sorted(DATA.glob("*.txt"))


def _all_articles() -> list[Path]:
    """Articles of every set whose gold files are all present."""
    out: list[Path] = []
    for folder in SETS:
        txts = sorted(folder.glob("*.txt"))
        if txts and all(t.with_suffix(".json").exists() for t in txts):
            out.extend(txts)
    return out


def _load(txt: Path) -> tuple[str, dict]:
    text = txt.read_text(encoding="utf-8")
    gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    return text, gold


ARTICLES = _articles()
IDS = [p.stem for p in ARTICLES]
ALL_ARTICLES = _all_articles()
ALL_IDS = [f"{p.parent.name}/{p.stem}" for p in ALL_ARTICLES]


def _all_gold() -> list[dict]:
    return [_load(p)[1] for p in ARTICLES]


def _nonempty_str(value: object) -> bool:
    return isinstance(value, str) and value.strip() == value and value != ""


def _optional_str(value: object) -> bool:
    return value is None or _nonempty_str(value)


def test_pairs_are_complete() -> None:
    txt = {p.stem for p in DATA.glob("*.txt")}
    js = {p.stem for p in DATA.glob("*.json")}
    assert txt == js, f"unpaired files: {sorted(txt ^ js)}"
    for stem in txt:
        assert NAME_RE.match(stem), f"bad file name {stem!r} (want NN_slug)"


def test_held_out_sets_are_checked() -> None:
    """The per-article checks below really cover the held-out sets too."""
    folders = {p.parent for p in ALL_ARTICLES}
    assert DATA in folders
    assert len(folders) >= 5, sorted(f.name for f in folders)


def test_enough_articles() -> None:
    assert len(ARTICLES) >= MIN_ARTICLES


@pytest.mark.parametrize("txt", ALL_ARTICLES, ids=ALL_IDS)
def test_article_shape(txt: Path) -> None:
    text = txt.read_text(encoding="utf-8")
    lines = text.split("\n")
    assert lines[0].strip(), "first line must be the headline"
    assert lines[1] == "", "headline must be followed by a blank line"
    body = "\n".join(lines[2:])
    words = len(body.split())
    assert MIN_WORDS <= words <= MAX_WORDS, f"body has {words} words"


@pytest.mark.parametrize("txt", ALL_ARTICLES, ids=ALL_IDS)
def test_gold_schema(txt: Path) -> None:
    _, gold = _load(txt)
    assert set(gold) == TOP_KEYS
    published = gold["published"]
    if published is not None:
        dt.date.fromisoformat(published)

    for rec in gold["aid"]:
        assert set(rec) == AID_KEYS, rec
        assert _optional_str(rec["donor"]) and _optional_str(rec["recipient"]), rec
        assert _optional_str(rec["beneficiary"]), rec
        amount = rec["amount"]
        assert amount is None or (
            isinstance(amount, (int, float)) and not isinstance(amount, bool) and amount > 0
        ), rec
        currency = rec["currency"]
        assert currency is None or (isinstance(currency, str) and CURRENCY_RE.match(currency)), rec
        assert (amount is None) == (currency is None), f"amount and currency go together: {rec}"
        assert rec["kind"] in AID_KINDS, rec

    for rec in gold["designations"]:
        assert set(rec) == DESIGNATION_KEYS, rec
        assert _nonempty_str(rec["entity"]), rec
        assert isinstance(rec["aliases"], list) and all(_nonempty_str(a) for a in rec["aliases"])
        assert _optional_str(rec["designation"]) and _optional_str(rec["authority"]), rec
        assert rec["action"] in ACTIONS, rec

    for rec in gold["agreements"]:
        assert set(rec) == AGREEMENT_KEYS, rec
        assert _nonempty_str(rec["name"]), rec
        parties = rec["parties"]
        assert isinstance(parties, list) and parties, rec
        assert all(_nonempty_str(p) for p in parties), rec
        assert len(set(parties)) == len(parties), f"duplicate party: {rec}"
        assert rec["status"] in STATUSES, rec


@pytest.mark.parametrize("txt", ALL_ARTICLES, ids=ALL_IDS)
def test_published_follows_dateline(txt: Path) -> None:
    text, gold = _load(txt)
    lead = text.split("\n")[2]
    has_dateline = bool(DATELINE_RE.match(lead))
    assert has_dateline == (gold["published"] is not None), lead[:80]
    if has_dateline:
        year = gold["published"][:4]
        assert year in lead.split("—")[0], f"published {gold['published']} vs {lead[:60]!r}"


@pytest.mark.parametrize("txt", ALL_ARTICLES, ids=ALL_IDS)
def test_evidence_is_exact_substring(txt: Path) -> None:
    text, gold = _load(txt)
    for kind in ("aid", "designations", "agreements"):
        for rec in gold[kind]:
            ev = rec["evidence"]
            assert _nonempty_str(ev), rec
            assert ev in text, f"{kind} evidence not in article: {ev!r}"


# A figure in an evidence quote: digits with thousands separators or a decimal point.
_FIGURE = re.compile(r"\d+(?:[,.]\d+)*")
_SCALES = (1, 1e3, 1e5, 1e6, 1e7, 1e9, 1e12)  # units, thousand, lakh, million, crore, ...
_NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|un|una|dos|tres|cuatro|"
    r"cinco|seis|siete|ocho|nueve|diez|veinte|cien|mil)\b",
    re.I,
)


def _figures(evidence: str) -> set[float]:
    values = set()
    for m in _FIGURE.finditer(evidence):
        raw = m.group()
        for candidate in (raw.replace(",", ""), raw.replace(".", "").replace(",", ".")):
            with contextlib.suppress(ValueError):  # "1.234.567" reads only one way
                values.add(float(candidate))
    return values


@pytest.mark.parametrize("txt", ALL_ARTICLES, ids=ALL_IDS)
def test_aid_amount_is_stated_in_its_evidence(txt: Path) -> None:
    """The amount is the figure the quote states, in full units (a writer once typed
    an amount and currency the article never gave)."""
    _, gold = _load(txt)
    for rec in gold["aid"]:
        amount, ev = rec["amount"], rec["evidence"]
        if amount is None or _NUMBER_WORDS.search(ev):
            continue
        stated = {x * scale for x in _figures(ev) for scale in _SCALES}
        assert any(abs(amount - v) <= 1e-6 * amount for v in stated), (
            f"amount {amount} {rec['currency']} is not a figure of {ev!r}"
        )


@pytest.mark.parametrize("txt", ALL_ARTICLES, ids=ALL_IDS)
def test_no_duplicate_records(txt: Path) -> None:
    _, gold = _load(txt)
    aid = [(r["donor"], r["recipient"], r["amount"], r["currency"], r["kind"]) for r in gold["aid"]]
    keyed = [(r["donor"], r["recipient"], r["amount"], r["currency"]) for r in gold["aid"]]
    assert len(set(aid)) == len(aid)
    # Valued commitments are unique by donor, recipient and amount.
    valued = [k for k in keyed if k[2] is not None]
    assert len(set(valued)) == len(valued)
    des = [(r["entity"], r["authority"], r["designation"]) for r in gold["designations"]]
    assert len(set(des)) == len(des)
    agr = [(r["name"].lower(), tuple(sorted(r["parties"]))) for r in gold["agreements"]]
    assert len(set(agr)) == len(agr)


def test_record_totals() -> None:
    golds = _all_gold()
    totals = {kind: sum(len(g[kind]) for g in golds) for kind in MIN_RECORDS}
    for kind, minimum in MIN_RECORDS.items():
        assert totals[kind] >= minimum, f"only {totals[kind]} {kind} records"


def test_every_status_and_action_is_covered() -> None:
    golds = _all_gold()
    statuses = Counter(r["status"] for g in golds for r in g["agreements"])
    for status in STATUSES:
        assert statuses[status] >= MIN_PER_STATUS, f"status {status}: {statuses[status]}"
    actions = Counter(r["action"] for g in golds for r in g["designations"])
    for action in ACTIONS:
        assert actions[action] >= MIN_PER_STATUS, f"action {action}: {actions[action]}"
    kinds = Counter(r["kind"] for g in golds for r in g["aid"])
    for kind in AID_KINDS - {"unspecified"}:
        assert kinds[kind] >= MIN_PER_STATUS, f"aid kind {kind}: {kinds[kind]}"


def test_some_articles_have_no_records() -> None:
    empty = [g for g in _all_gold() if not (g["aid"] or g["designations"] or g["agreements"])]
    assert len(empty) >= 3


def test_currencies_are_varied() -> None:
    currencies = {r["currency"] for g in _all_gold() for r in g["aid"] if r["currency"]}
    assert len(currencies) >= 10, sorted(currencies)
