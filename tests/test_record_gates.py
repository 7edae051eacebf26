"""The learned precision gates: shipped model, fast scoring path, trainer, and their effect."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.extract import extract
from summarizer.record_gates import (
    KINDS,
    MODEL_PATH,
    GateModelError,
    RecordGates,
    agreement_anchors,
    agreement_features,
    default_gates,
    money_anchors,
    money_features,
    name_anchors,
    name_features,
    name_key,
    noun_key,
    same_amount,
    without_dateline,
)
from summarizer.records import Agreement, Aid, Designation, Records
from tests.open_sets import open_texts

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def test_shipped_model_has_three_gates_with_thresholds():
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    for kind in KINDS:
        assert 0.0 < data[kind]["threshold"] < 1.0
        assert len(data[kind]["weights"]) > 1000
    assert "extraction" in data["trained_on"]


# --- the fast path scores exactly what the training features say ----------------


def _slow_aid(gates: RecordGates, rec: Aid) -> float | None:
    s = without_dateline(rec.evidence)
    scores = [
        gates.aid(money_features(s, start, end))
        for amounts, start, end in money_anchors(s)
        if any(c == rec.currency and same_amount(rec.amount, a) for a, c in amounts)
    ]
    return max(scores, default=None)


def _slow_designation(gates: RecordGates, rec: Designation) -> float | None:
    s = without_dateline(rec.evidence)
    scores = [
        gates.designations(name_features(s, words, k, j))
        for text, words, k, j in name_anchors(s)
        if name_key(text) == name_key(rec.entity)
    ]
    return max(scores, default=None)


def _slow_agreement(gates: RecordGates, rec: Agreement) -> float | None:
    name, s = rec.name.lower(), without_dateline(rec.evidence)
    scores = [
        gates.agreements(agreement_features(s, m))
        for m in agreement_anchors(s)
        if noun_key(m.group()) in name or noun_key(m.group())[:4] in name
    ]
    return max(scores, default=None)


def _open_texts(limit_per_set: int = 4) -> list[str]:
    sets = ("extraction", "extraction_holdout", "extraction_holdout8")
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.md"))]
    return open_texts(sets, per_set=limit_per_set) + seeds


def test_fast_scores_equal_the_training_features_scores():
    gates = default_gates()
    checked = 0
    for text in _open_texts():
        recs = extract(text, gates=False)
        for rec in recs.aid:
            fast, slow = gates.aid_score(rec), _slow_aid(gates, rec) if rec.amount else None
            assert fast == pytest.approx(slow) if slow is not None else fast is None
            checked += fast is not None
        for rec in recs.designations:
            fast, slow = gates.designation_score(rec), _slow_designation(gates, rec)
            assert fast == pytest.approx(slow) if slow is not None else fast is None
            checked += fast is not None
        for rec in recs.agreements:
            fast, slow = gates.agreement_score(rec), _slow_agreement(gates, rec)
            assert fast == pytest.approx(slow) if slow is not None else fast is None
            checked += fast is not None
    assert checked > 40


# --- what the gates believe, on sentences written for this test -------------------


@pytest.mark.parametrize(
    ("evidence", "amount", "currency"),
    [
        ("Japan will provide a $20 million grant to Sri Lanka for flood relief.", 20e6, "USD"),
        ("The World Bank approved a $150 million loan to Kenya on Tuesday.", 150e6, "USD"),
        ("Germany pledged €40 million in humanitarian aid for Sudan.", 40e6, "EUR"),
    ],
)
def test_aid_gate_passes_commitments(evidence, amount, currency):
    gates = default_gates()
    rec = Aid(donor=None, recipient=None, amount=amount, currency=currency, evidence=evidence)
    assert gates.aid_score(rec) >= gates.aid.threshold


@pytest.mark.parametrize(
    ("evidence", "amount", "currency"),
    [
        ("Trade between Japan and Sri Lanka was worth $20 million last year.", 20e6, "USD"),
        ("The State Department offered a reward of up to $5 million for his capture.", 5e6, "USD"),
        ("Police seized $3 million in cash from the gang's warehouse in Durán.", 3e6, "USD"),
    ],
)
def test_aid_gate_vetoes_distractors(evidence, amount, currency):
    gates = default_gates()
    rec = Aid(donor=None, recipient=None, amount=amount, currency=currency, evidence=evidence)
    assert gates.aid_score(rec) < gates.aid.threshold


def test_designation_gate_prefers_the_listed_group_to_the_listing_office():
    gates = default_gates()
    s = "The State Department on Friday designated Los Lobos as a Foreign Terrorist Organization."
    group = gates.designation_score(Designation("Los Lobos", None, None, evidence=s))
    office = gates.designation_score(Designation("State Department", None, None, evidence=s))
    assert group >= gates.designations.threshold > office


def test_agreement_gate_passes_a_signed_treaty():
    gates = default_gates()
    treaty = Agreement(
        "extradition treaty",
        ["Ecuador", "United States"],
        "signed",
        evidence="Ecuador and the United States signed an extradition treaty in Quito on Monday.",
    )
    assert gates.agreement_score(treaty) >= gates.agreements.threshold


def test_records_without_an_anchor_are_kept():
    gates = default_gates()
    rec = Aid(
        donor="Japan",
        recipient="Fiji",
        amount=None,
        currency=None,
        evidence="Japan handed over two boats.",
    )
    absent = Designation("Nobody Here", None, None, evidence="The government designated a group.")
    records = Records(aid=[rec], designations=[absent])
    out = gates(records)
    assert out.aid == [rec] and out.designations == [absent]


# The issue's own phrasings, one sentence each: the gated extract() keeps every record.
CANONICAL = [
    (
        "Officials said talks on the extradition treaty between Ecuador and the United States"
        " were in their final stages.",
        "agreements",
        "negotiating",
    ),
    (
        "Ecuador has no current plans to sign a transfer deal with El Salvador, the president said.",
        "agreements",
        "ruled_out",
    ),
    (
        "Ghana rejected the idea of a migrant returns agreement with Britain.",
        "agreements",
        "ruled_out",
    ),
    (
        "Kenya's parliament ratified the defence cooperation agreement with Turkey on Tuesday.",
        "agreements",
        "in_force",
    ),
    (
        "The free trade agreement between Chile and Indonesia entered into force on Monday.",
        "agreements",
        "in_force",
    ),
    (
        "The United States withdrew from the Open Skies Treaty with Russia.",
        "agreements",
        "terminated",
    ),
    ("Niger suspended its military cooperation agreement with France.", "agreements", "suspended"),
    ("Peru proposed a border security pact with Ecuador.", "agreements", "proposed"),
    (
        "The United States designated Los Lobos and Los Choneros as Foreign Terrorist Organizations.",
        "designations",
        "designated",
    ),
    (
        "The State Department removed the FARC from its list of Foreign Terrorist Organizations.",
        "designations",
        "revoked",
    ),
    (
        "Australia is considering designating the Base as a terrorist organisation.",
        "designations",
        "proposed",
    ),
    (
        "The United States will provide $13.5 million to Ecuador for security cooperation.",
        "aid",
        None,
    ),
    ("Japan approved a loan of 30 billion yen ($200 million) to the Philippines.", "aid", None),
    ("The UK pledged £20 million in humanitarian aid to Sudan.", "aid", None),
]


# Known blind spots of the shipped gates, kept visible: the agreement gate scores these
# one-sentence texts low, for no reason we have found in the training data (107 "pact"
# anchors there, 47% of them real agreements, about the rate of every noun).
# strict: a retrained gate that keeps one makes this test fail until it moves to CANONICAL.
BLIND_SPOTS = [
    "Morocco and Spain are working to update their 1992 readmission agreement, diplomats said.",
    "The foreign ministry said Uganda and Rwanda had signed a defence pact.",
    '"There will be no defence pact with Russia," Armenia\'s prime minister said.',
]

# Passive subjects and objects of revocation verbs, which the designation gate once
# vetoed at a higher threshold (see bench/train_gates.py), are kept now.
CANONICAL += [
    (
        "The Jade Scorpions were designated a Foreign Terrorist Organization by the U.S. State"
        " Department in 2024.",
        "designations",
        "designated",
    ),
    (
        "Washington rescinded the designation of the Houthi-aligned Ansar Saba as a Foreign"
        " Terrorist Organization on Tuesday.",
        "designations",
        "revoked",
    ),
]


@pytest.mark.parametrize(("text", "kind", "label"), CANONICAL)
def test_gated_extract_keeps_the_canonical_phrasings(text, kind, label):
    ruled, gated = getattr(extract(text, gates=False), kind), getattr(extract(text), kind)
    assert ruled and gated == ruled
    if kind == "agreements":
        assert {a.status for a in gated} == {label}
    elif kind == "designations":
        assert {d.action for d in gated} == {label}


@pytest.mark.xfail(strict=True, reason="learned gate vetoes this rule record (see comment)")
@pytest.mark.parametrize("text", BLIND_SPOTS)
def test_gated_extract_keeps_blind_spot_records(text):
    ruled, gated = extract(text, gates=False), extract(text)
    assert len(ruled) > 0 and len(gated) == len(ruled)


# --- extract() applies them; without them it gives the rules' records ------------------


def test_extract_with_gates_keeps_a_subset_of_the_rules_records():
    dropped = 0
    for text in _open_texts(limit_per_set=15):
        ruled, gated = extract(text, gates=False), extract(text)
        for kind in KINDS:
            rows = [r.to_row() for r in getattr(ruled, kind)]
            kept = [r.to_row() for r in getattr(gated, kind)]
            assert all(r in rows for r in kept)
            dropped += len(rows) - len(kept)
    assert dropped > 0  # the gates do act on real articles


def test_seed_article_records_survive_the_gates():
    text = (ROOT / "seeds" / "000_39477fe5179230ce.txt").read_text(encoding="utf-8")
    gated, ruled = extract(text), extract(text, gates=False)
    for kind in KINDS:
        assert getattr(gated, kind) == getattr(ruled, kind)


# --- the trainer -------------------------------------------------------------------


def test_trainer_writes_a_loadable_deterministic_model(tmp_path):
    folder = tmp_path / "extraction_small"
    folder.mkdir()
    for p in sorted((DATA / "extraction").glob("*"))[:40]:
        if p.suffix in (".txt", ".json"):
            shutil.copy(p, folder / p.name)
    outs = []
    for n in (1, 2):
        out = tmp_path / f"gates{n}.json"
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "bench" / "train_gates.py"),
                "--out",
                str(out),
                str(folder),
            ],
            check=True,
            capture_output=True,
        )
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1]
    gates = RecordGates.from_file(tmp_path / "gates1.json")
    assert gates.aid.weights and gates.designations.weights and gates.agreements.weights


def test_trainer_skips_sealed_folders(tmp_path):
    """A folder with a SEALED marker is never trained on, even when a glob names it."""
    open_set, sealed = tmp_path / "extraction_a", tmp_path / "extraction_b"
    for folder in (open_set, sealed):
        folder.mkdir()
        for p in sorted((DATA / "extraction").glob("0[1-4]_*")):
            shutil.copy(p, folder / p.name)
    (sealed / "SEALED").write_text("sealed\n", encoding="utf-8")
    train = [sys.executable, str(ROOT / "bench" / "train_gates.py"), "--out"]
    done = subprocess.run(
        [*train, str(tmp_path / "g.json"), str(open_set), str(sealed)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "skipping 1 sealed set(s): extraction_b" in done.stdout
    model = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert model["trained_on"] == ["extraction_a"]
    only_sealed = subprocess.run(
        [*train, str(tmp_path / "h.json"), str(sealed)], capture_output=True, text=True
    )
    assert only_sealed.returncode == 2 and "every folder given is sealed" in only_sealed.stderr
    assert not (tmp_path / "h.json").exists()


def test_open_folders_leave_out_the_sealed_sets():
    from tests.open_sets import open_folders

    listed = {d.name for d in open_folders()}
    sealed = {d.parent.name for d in DATA.glob("extraction*/SEALED")}
    assert "extraction" in listed and listed.isdisjoint(sealed)
    assert len(listed) + len(sealed) == len([d for d in DATA.glob("extraction*") if d.is_dir()])


def test_trainer_rejects_a_missing_folder(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "train_gates.py"),
            "--out",
            str(tmp_path / "g.json"),
            str(tmp_path / "nope"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and "not a folder" in done.stderr


# --- name_key's fast path for plain names is the regex form ---------------------------

_NAME_ALPHABET = "abcT hE\t\n'’-.,ÉéLos Lobos the group\u00a0"


def _name_key_by_regex(name: str) -> str:
    import re

    from summarizer.record_gates import _GENERIC_TAIL

    s = (name or "").lower().replace("’", "'").strip()
    s = re.sub(r"^the\s+", "", s)
    words = re.sub(r"[^\w\s]", " ", s).split()
    if len(words) > 1 and words[-1] in _GENERIC_TAIL:
        words = words[:-1]
    return " ".join(words)


@pytest.mark.parametrize(
    "name", ["The Los Lobos", "the\tgang", "THE  Bishnoi gang", "Al-Qaeda", "the", "the\nx"]
)
def test_name_key_matches_its_regex_form_on_examples(name):
    assert name_key(name) == _name_key_by_regex(name)


def test_name_key_matches_its_regex_form_on_random_names():
    import random

    rng = random.Random(7)
    for _ in range(20000):
        name = "".join(rng.choice(_NAME_ALPHABET) for _ in range(rng.randint(0, 14)))
        assert name_key(name) == _name_key_by_regex(name), name


@pytest.mark.parametrize("content", [None, "", "{not json", '{"aid": {}}', "[1, 2]"])
def test_a_missing_or_broken_model_file_says_how_to_fix_it(tmp_path, content):
    path = tmp_path / "gates.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GateModelError, match=r"train_gates\.py"):
        RecordGates.from_file(path)
