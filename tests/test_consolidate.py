import json

from summarizer.consolidate import (
    agreement_key,
    consolidate_agreements,
    consolidate_designations,
    dedupe_aid,
    names_match,
)


def _agr(doc, date, name, parties, status):
    return {
        "document_id": doc,
        "published": date,
        "name": name,
        "parties": parties,
        "status": status,
        "evidence": "",
        "start": 0,
        "end": 0,
    }


def test_agreement_names_match_robustly():
    assert agreement_key("the Safe Third Country Agreement") == agreement_key(
        "safe third country agreement"
    )
    assert names_match("so-called Safe Third Country Agreement", "safe third country deal")
    assert names_match("extradition treaty", "Extradition Treaty")
    assert names_match(
        "memorandum of understanding on security cooperation", "MoU on security cooperation"
    )
    assert not names_match("extradition treaty", "free trade agreement")
    assert not names_match("agreement", "treaty")  # generic heads alone never match


def test_consolidate_agreements_across_documents():
    rows = [
        _agr(
            2, "2025-10-01", "Safe Third Country Agreement", ["United States", "Ecuador"], "signed"
        ),
        _agr(
            1, "2025-09-04", "the safe third country agreement", ["U.S.", "Ecuador"], "negotiating"
        ),
        _agr(
            1,
            "2025-09-04",
            "extradition treaty",
            json.dumps(["United States", "Ecuador"]),
            "negotiating",
        ),
        _agr(3, "2025-09-10", "extradition treaty", ["Colombia", "Spain"], "in_force"),
    ]
    items = consolidate_agreements(rows)
    assert len(items) == 3
    stca = next(i for i in items if "safe" in i.name.lower())
    assert stca.name == "Safe Third Country Agreement"
    assert stca.parties == ["Ecuador", "United States"]
    assert stca.status == "signed"
    assert stca.status_history == [("2025-09-04", "negotiating", 1), ("2025-10-01", "signed", 2)]
    assert stca.sources == [1, 2]
    treaties = [i for i in items if i.name == "extradition treaty"]
    assert sorted(tuple(t.parties) for t in treaties) == [
        ("Colombia", "Spain"),
        ("Ecuador", "United States"),
    ]


def test_consolidate_designations_by_entity_and_alias():
    rows = [
        {
            "document_id": 1,
            "published": "2025-09-04",
            "entity": "Los Lobos",
            "designation": "Foreign Terrorist Organization",
            "authority": "US State Department",
            "action": "designated",
            "aliases": [],
        },
        {
            "document_id": 2,
            "published": "2025-09-05",
            "entity": "the Los Lobos",
            "designation": "Foreign Terrorist Organization",
            "authority": None,
            "action": "designated",
            "aliases": "[]",
        },
        {
            "document_id": 3,
            "published": "2025-07-01",
            "entity": "Hayat Tahrir al-Sham",
            "designation": "Foreign Terrorist Organization",
            "authority": "US State Department",
            "action": "designated",
            "aliases": ["HTS"],
        },
        {
            "document_id": 4,
            "published": "2025-08-01",
            "entity": "HTS",
            "designation": "Foreign Terrorist Organization",
            "authority": "US State Department",
            "action": "revoked",
            "aliases": [],
        },
    ]
    items = consolidate_designations(rows)
    assert len(items) == 2
    lobos = next(i for i in items if i.entity == "Los Lobos")
    assert lobos.sources == [1, 2] and lobos.authority == "US State Department"
    hts = next(i for i in items if i.entity == "Hayat Tahrir al-Sham")
    assert hts.action == "revoked"
    assert [h[1] for h in hts.action_history] == ["designated", "revoked"]


def test_dedupe_aid_same_pledge_twice():
    base = {
        "donor": "United States",
        "recipient": "Ecuador",
        "amount": 13_500_000.0,
        "currency": "USD",
        "kind": "security",
        "purpose": None,
    }
    rows = [
        {**base, "document_id": 1, "published": "2025-09-04"},
        {**base, "document_id": 2, "published": "2025-09-05", "donor": "U.S."},
        {**base, "document_id": 2, "published": "2025-09-05", "amount": 6_000_000.0},
        {**base, "document_id": 3, "published": "2025-09-06", "recipient": "Peru"},
    ]
    kept = dedupe_aid(rows)
    assert len(kept) == 3
    assert kept[0]["sources"] == [1, 2]
    assert sum(r["amount"] for r in kept) == 13_500_000.0 * 2 + 6_000_000.0


def test_dedupe_aid_in_kind_rows_need_same_purpose():
    base = {
        "donor": "Japan",
        "recipient": "Philippines",
        "amount": None,
        "currency": None,
        "kind": "equipment",
    }
    rows = [
        {**base, "document_id": 1, "published": "2025-01-01", "purpose": "five patrol vessels"},
        {**base, "document_id": 2, "published": "2025-01-02", "purpose": "Five patrol vessels"},
        {**base, "document_id": 3, "published": "2025-01-03", "purpose": "two radars"},
    ]
    assert len(dedupe_aid(rows)) == 2


def test_spanish_agreement_names_match_their_short_forms():
    from summarizer.consolidate import names_match

    assert names_match("convenio de cooperación en materia migratoria", "pacto migratorio") is False
    assert names_match("acuerdo de cooperación en defensa", "pacto de defensa")
    assert names_match("memorando de entendimiento sobre pesca", "memorando sobre pesca")
