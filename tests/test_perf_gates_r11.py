"""Speed round 11: the gates' scoring shortcuts decide exactly what the plain scores decide."""

from __future__ import annotations

import copy
from itertools import chain, combinations

import pytest

from summarizer.extract import extract
from summarizer.record_gates import (
    _SENTENCE_KEYS,
    Gate,
    RecordGates,
    _Evidence,
    agreement_anchors,
    bag_features,
    default_gates,
    logit_of,
    probability,
    sentence_bag,
    sentence_name_features,
)
from summarizer.records import Designation
from tests.open_sets import open_texts, rough_sentences


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return open_texts(per_set=20)


@pytest.fixture(scope="module")
def designations(texts: list[str]) -> list[Designation]:
    return [d for text in texts for d in extract(text, gates=False).designations]


@pytest.fixture(scope="module")
def sentences(texts: list[str]) -> list[str]:
    return rough_sentences(texts)


def test_word_weights_are_the_bag_features_weights() -> None:
    for gate in (default_gates().aid, default_gates().agreements):
        bag = {f: w for f, w in gate.weights.items() if f.startswith("s=")}
        assert bag and {f"s={word}": w for word, w in gate.word_weights.items()} == bag


def test_words_logit_equals_the_bag_logit(sentences: list[str]) -> None:
    gates = default_gates()
    for s in [*sentences, "", "..."]:
        words = sentence_bag(s)
        for gate in (gates.aid, gates.agreements):
            assert gate.words_logit(words) == pytest.approx(gate.bag_logit(bag_features(words)))


def test_nouns_are_the_agreement_anchors(sentences: list[str]) -> None:
    # The last two cannot use the lower-case twin ("ſ" folds to "s", "İ" lowers to two
    # characters) and take agreement_anchors' own path.
    odd = ["İstanbul signed the Treaty; the Pact holds.", "The Accord and two pactſ, a deal."]
    for s in [*sentences, *odd]:
        ev = _Evidence(s)
        assert ev.nouns == [m.span() for m in agreement_anchors(ev.text)], s


# A logit sums a set of weights, in an order that depends on the string hash seed, so the
# same features can differ in the last bits between runs (2.7212 vs 2.7212000000000005).
# The shortcut keeps a 1e-6 margin for this; the bounds are checked up to rounding.
_ROUNDING = 1e-9


def test_name_sentence_range_bounds_every_sentence_feature_set() -> None:
    gates = default_gates()
    low, high = gates.name_sentence_range
    acts = ["revoked", "proposed", "designated"]
    acts += [f[4:] for f in gates.designations.weights if f.startswith("act=")]
    subsets = chain.from_iterable(
        combinations(_SENTENCE_KEYS, n) for n in range(len(_SENTENCE_KEYS) + 1)
    )
    for keys in subsets:
        for act in acts:
            feats = [f"act={act}", *(f"has_{key}" for key in keys)]
            assert low - _ROUNDING <= gates.designations.logit(feats) <= high + _ROUNDING


def test_sentence_features_are_the_ones_bounded(sentences: list[str]) -> None:
    gates = default_gates()
    low, high = gates.name_sentence_range
    for s in sentences:
        feats = sentence_name_features(s.lower())
        assert feats[0].startswith("act=")
        assert all(f"has_{key}" in feats[1:] for key in _SENTENCE_KEYS if key in s.lower())
        assert len(feats) == 1 + sum(key in s.lower() for key in _SENTENCE_KEYS)
        assert low - _ROUNDING <= gates.designations.logit(feats) <= high + _ROUNDING


def test_logit_of_inverts_probability() -> None:
    for p in (0.005, 0.15, 0.2, 0.5, 0.9):
        assert probability(logit_of(p)) == pytest.approx(p, rel=1e-12)


def _keeps_by_score(gates: RecordGates, d: Designation) -> bool:
    score = gates.designation_score(d)
    return score is None or score >= gates.designations.threshold


def test_keeps_designation_is_the_score_against_the_threshold(
    designations: list[Designation],
) -> None:
    gates = default_gates()
    recs = designations
    assert len(recs) > 100
    for d in recs:
        assert gates.keeps_designation(d) == _keeps_by_score(gates, d), d.entity


def test_keeps_designation_at_thresholds_on_the_scores_themselves(
    designations: list[Designation],
) -> None:
    # Thresholds placed on actual scores (and just either side) force the exact path.
    base = default_gates()
    recs = designations
    scores = sorted({s for d in recs if (s := base.designation_score(d)) is not None})
    assert len(scores) > 50
    exact = shortcut = 0
    for t in scores[:: max(1, len(scores) // 40)]:
        for threshold in (t, t * (1 + 1e-9), t * (1 - 1e-9)):
            if not 0.0 < threshold < 1.0:
                continue
            d_gate = Gate(base.designations.weights, threshold)
            gates = RecordGates(base.aid, d_gate, base.agreements)
            cut = logit_of(threshold)
            low, high = gates.name_sentence_range
            for d in recs:
                assert gates.keeps_designation(d) == _keeps_by_score(gates, d), (t, d.entity)
                z = gates._name_logit(d, None)
                if z is not None:
                    near = z + low <= cut + 1e-6 and z + high >= cut - 1e-6
                    exact += near
                    shortcut += not near
    assert exact > 50 and shortcut > 50


def test_calling_the_gates_keeps_what_the_scores_keep(texts: list[str]) -> None:
    gates = default_gates()
    for text in texts:
        rules = extract(text, gates=False)
        kept = gates(copy.copy(rules))
        for kind, score in (
            ("aid", gates.aid_score),
            ("designations", gates.designation_score),
            ("agreements", gates.agreement_score),
        ):
            threshold = getattr(gates, kind).threshold
            expected = [
                r for r in getattr(rules, kind) if (s := score(r)) is None or s >= threshold
            ]
            assert getattr(kept, kind) == expected, (kind, text[:60])
