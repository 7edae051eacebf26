"""The extraction scorer's matching rules (bench/extraction.py), on hand-made records."""

from __future__ import annotations

from bench.extraction import _agr_match, _pair


def _agr(name: str, parties: list[str], status: str = "signed") -> dict:
    return {"name": name, "parties": parties, "status": status, "evidence": ""}


def test_one_imf_programme_under_two_names_is_one_match() -> None:
    gold = [_agr("staff-level agreement", ["Pakistan", "IMF"])]
    pred = [_agr("Extended Fund Facility", ["Pakistan", "International Monetary Fund"])]
    pairs, misses, spurious = _pair(gold, pred, _agr_match)
    assert len(pairs) == 1 and not misses and not spurious


def test_lending_names_need_the_same_lender_and_borrower() -> None:
    gold = [_agr("staff-level agreement", ["Pakistan", "IMF"])]
    for parties in (["Egypt", "IMF"], ["Pakistan", "World Bank"], ["Pakistan", "Saudi Arabia"]):
        pairs, misses, spurious = _pair(gold, [_agr("Extended Fund Facility", parties)], _agr_match)
        assert not pairs and len(misses) == 1 and len(spurious) == 1, parties


def test_non_lending_names_get_no_second_pass() -> None:
    gold = [_agr("staff-level agreement", ["Pakistan", "IMF"])]
    pred = [_agr("memorandum on data sharing", ["Pakistan", "IMF"])]
    pairs, misses, spurious = _pair(gold, pred, _agr_match)
    assert not pairs and misses and spurious


def test_strict_name_matches_are_paired_before_the_lenient_pass() -> None:
    # An expired programme and a new one in the same article: each gold record must
    # meet its own prediction, not whichever lending name comes first.
    gold = [
        _agr("Extended Credit Facility arrangement", ["Malawi", "IMF"], "terminated"),
        _agr("staff-level agreement", ["Malawi", "IMF"], "signed"),
    ]
    pred = [
        _agr("staff-level agreement", ["Malawi", "IMF"], "signed"),
        _agr("Extended Credit Facility", ["Malawi", "IMF"], "terminated"),
    ]
    pairs, misses, spurious = _pair(gold, pred, _agr_match)
    assert not misses and not spurious
    assert all(g["status"] == p["status"] for g, p in pairs)
