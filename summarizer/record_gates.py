"""Learned precision gates: a second, independent opinion on every extracted record.

Why: the hand-written rules reach about 1.0 on the articles they were written from and
about 0.91-0.93 precision on articles by new writers, whose sentence shapes no rule has
seen. A small statistical model generalises differently: it has no idea *why* a
sentence is aid, only which words around an amount, a name or an agreement noun tend to
go with a real record. Used as a veto it removes many of the rules' false positives on
new text while costing little recall (see ``bench/train_gates.py`` for the figures).

Each gate is a logistic regression over sparse string features of one *anchor* in the
record's evidence sentence:

* **aid** - the money mention whose amount is the record's amount;
* **designations** - the capitalised name run that is the record's entity;
* **agreements** - the agreement noun ("treaty", "memorandum", "deal") in its name.

The gates are trained independently of the rules: every money mention, name run and
agreement noun in the annotated sentences is a candidate, labelled by whether the gold
names it, so the rules' own output (near-perfect on the sets they were tuned on) never
teaches the model to trust them. At run time a record whose anchor scores below its
gate's threshold is dropped; a record whose anchor cannot be found is kept.

The weights live in ``models/record_gates.json`` next to this module, written by
``python bench/train_gates.py``; nothing is downloaded. Feature functions here are the
single source for both training and inference, so they cannot drift apart.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat
from pathlib import Path

from summarizer._extract_common import DATELINE, required_twin, twins_apply
from summarizer.gazetteer import is_body, is_country, normalize
from summarizer.money import find_money
from summarizer.records import Agreement, Aid, Designation, Records

MODEL_PATH = Path(__file__).with_name("models") / "record_gates.json"
KINDS = ("aid", "designations", "agreements")

# A candidate's features: binary ones, and a bag of words that counts 1/sqrt(size) each,
# so a long sentence does not score higher merely for having more words.
Features = tuple[list[str], list[str]]

# --------------------------------------------------------------------------- #
# Features
# --------------------------------------------------------------------------- #

_LOWER_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*|[$€£¥%()]|\d")


def _local_context(sentence: str, start: int, end: int) -> list[str]:
    """The words before an anchor (three by distance, three more as a group) and after it."""
    left = _LOWER_WORD.findall(sentence[max(0, start - 120) : start].lower())[-6:]
    right = _LOWER_WORD.findall(sentence[end : end + 80].lower())[:4]
    feats = ["bias"]
    for i, w in enumerate(reversed(left)):
        feats.append(f"l{i if i < 3 else 'f'}={w}")
    for i, w in enumerate(right):
        feats.append(f"r{i if i < 2 else 'f'}={w}")
    return feats


def bag_features(bag: frozenset[str]) -> list[str]:
    return [f"s={w}" for w in bag]


def without_dateline(sentence: str) -> str:
    """The sentence without a leading dateline: "NAIROBI, May 3, 2026 —" is not grammar."""
    m = DATELINE.match(sentence)
    return sentence[m.end() :].lstrip() if m else sentence


def sentence_bag(sentence: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(sentence.lower()))


def money_anchors(sentence: str) -> list[tuple[list[tuple[float | None, str]], int, int]]:
    """Every money mention of a sentence: its amounts with currencies, and its span."""
    return [
        ([(m.amount, m.currency), *m.equivalents], m.start, m.end) for m in find_money(sentence)
    ]


def money_features(sentence: str, start: int, end: int) -> Features:
    """Words around the amount, by distance; the sentence's bag of words."""
    return _local_context(sentence, start, end), bag_features(sentence_bag(sentence))


AGREEMENT_NOUN = re.compile(
    r"\b(agreements?|treat(?:y|ies)|accords?|pacts?|deals?|memorand(?:um|a)|mou|programmes?"
    r"|programs?|facilit(?:y|ies)|arrangements?|partnerships?|conventions?|protocols?"
    r"|compacts?|truce|ceasefire|charter|framework|initiative|union)\b",
    re.I,
)


def noun_key(noun: str) -> str:
    """Five letters name an agreement noun's family ("treat" covers treaty and treaties)."""
    return noun.lower()[:5]


def agreement_anchors(sentence: str) -> list[re.Match[str]]:
    """Every agreement noun of a sentence."""
    return list(AGREEMENT_NOUN.finditer(sentence))


# The scoring path finds the nouns in the lower-cased sentence (re.I is three times slower).
_AGREEMENT_NOUN_LOW = required_twin(AGREEMENT_NOUN)


def agreement_features(sentence: str, noun: re.Match[str]) -> Features:
    """Words around the noun, by distance, and the noun itself; the sentence's bag of words."""
    local = [*_local_context(sentence, noun.start(), noun.end()), *_noun(noun.group())]
    return local, bag_features(sentence_bag(sentence))


def _noun(noun: str) -> list[str]:
    feats = ["noun=" + noun.lower()]
    if noun[:1].isupper():
        feats.append("capitalised")
    return feats


_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Za-zÀ-ÖØ-öø-ÿ'’\-&0-9]+(?:\.(?=[A-Za-z]))?[A-Za-zÀ-ÖØ-öø-ÿ'’\-&0-9]*"
    r"|[,;:()\"“”.]"
)
_CONNECTORS = frozenset(
    {"of", "the", "al", "al-", "bin", "ibn", "bint", "de", "del", "la", "los", "las", "du"}
    | {"des", "el", "y", "for"}
)
_LEADING = frozenset({"The", "A", "An", "In", "On", "By"})
_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "commandant", "colonel", "general", "major", "mullah", "sheikh"}
    | {"captain", "lieutenant", "minister", "president", "former"}
)
_LISTING_VERB = re.compile(
    r"(?:designat|list|proscri|sanction|add|froze|freez|blacklist|ban|remov|delist|name"
    r"|target|includ|placed|imposed)\w*",
    re.I,
)
# Both read the lower-cased sentence, so they need no re.I (three times slower).
_REVOKE = re.compile(
    r"\b(?:remov|delist|de-list|revok|lift|deproscri|unban|rescind|struck|taken off"
    r"|de-designat|unfr|no longer)"
)
_PROPOSE = re.compile(
    r"\b(?:consider|propos|plan|seek|sought|call(?:ed|s|ing)? for|review|examin|weigh|could"
    r"|would|may|might|intend|urg|recommend|mull|evaluat|possib|bill|asked|press|push"
    r"|whether|expected to|will)"
)
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "be", "being"})
_SENTENCE_KEYS = ("terror", "sanction", "designat", "proscri", "freez", "froze", "list")


def name_runs(tokens: list[str]) -> list[tuple[int, int]]:
    """Capitalised runs (lower-case connectors inside) and their title-stripped tails."""
    out: list[tuple[int, int]] = []
    # Which tokens are capitalised, computed once (the loop below reads most of them twice).
    cap = [w[:1].isupper() or (w[:3] in ("al-", "el-") and w[3:4].isupper()) for w in tokens]
    i, n = 0, len(tokens)
    while i < n:
        if not cap[i]:
            i += 1
            continue
        j = i + 1
        while j < n:
            if cap[j] and tokens[j] != "The":
                j += 1
                continue
            m = j
            while m < n and tokens[m] in _CONNECTORS:
                m += 1
            if j < m < n and cap[m]:
                j = m + 1
                continue
            break
        first = i + 1 if tokens[i] in _LEADING and j > i + 1 else i
        for k in range(first, min(first + 3, j)):
            if tokens[k] in _CONNECTORS:
                break
            out.append((k, j))
            if j - k > 2:
                out.append((k, j - 1))
        i = j
    return out


def _listing_verb(word: str) -> bool:
    # Every listing verb starts with one of these letters: skip the regex for the rest.
    return word[:1] in "abdfilnprstABDFILNPRST" and _LISTING_VERB.fullmatch(word) is not None


def _sentence_action(low: str) -> str:
    if _REVOKE.search(low):
        return "revoked"
    if _PROPOSE.search(low):
        return "proposed"
    return "designated"


def _name_features(words: list[str], k: int, j: int, low: str) -> list[str]:
    return [*_local_name_features(words, k, j), *sentence_name_features(low)]


def _local_name_features(
    words: list[str], k: int, j: int, lw: list[str] | None = None
) -> list[str]:
    if lw is None:
        lw = [w.lower() for w in words]
    n = len(words)
    span = " ".join(words[k:j])
    feats = ["bias"]
    for d in (1, 2, 3):
        feats.append(f"p{d}={lw[k - d] if k - d >= 0 else '<s>'}")
    for d in (0, 1):
        feats.append(f"n{d}={lw[j + d] if j + d < n else '</s>'}")
    feats.append(f"p12={lw[k - 2] if k >= 2 else '<s>'}_{lw[k - 1] if k >= 1 else '<s>'}")
    feats.append(f"first={lw[k]}")
    feats.append(f"last={lw[j - 1]}")
    feats.append(f"len={min(j - k, 6)}")
    feats.append(f"allcaps={span.replace(' ', '').isupper()}")
    feats.append(f"pos={'start' if k == 0 else 'early' if k < 4 else 'mid'}")
    canonical = normalize(span)
    if canonical and is_country(canonical):
        feats.append("gaz=country")
    elif canonical and is_body(canonical):
        feats.append("gaz=body")
    elif canonical:
        feats.append("gaz=other")
    else:
        feats.append("gaz=none")
    if k and lw[k - 1] in _TITLES:
        feats.append("title_before")
    if lw[k] in _TITLES:
        feats.append("title_first")
    before = [i for i in range(max(0, k - 8), k) if _listing_verb(words[i])]
    after = [i for i in range(j, min(n, j + 6)) if _listing_verb(words[i])]
    if before:
        feats.append(f"cueb={lw[before[-1]][:6]}")
        feats.append(f"cuebd={min(k - before[-1], 5)}")
    else:
        feats.append("nocueb")
    if after:
        feats.append(f"cuea={lw[after[0]][:6]}")
        feats.append(f"cuead={min(after[0] - j, 5)}")
    feats.append(f"n01={lw[j] if j < n else '</s>'}_{lw[j + 1] if j + 1 < n else '</s>'}")
    # "X was designated", "X, which Britain proscribed": the name as the listed subject.
    if after and any(lw[i] in _PASSIVE_AUX for i in range(j, after[0])):
        feats.append("passive_listed")
    if k and lw[k - 1] in (",", "and"):
        feats.append("listy_before")
    if j < n and lw[j] in (",", "and"):
        feats.append("listy_after")
    if j < n and lw[j] == "(":
        feats.append("paren_after")
    if k and lw[k - 1] == "(":
        feats.append("in_paren")
    return feats


def sentence_name_features(low: str) -> list[str]:
    """The features of a name that belong to its whole sentence (computed once per sentence)."""
    feats = [f"act={_sentence_action(low)}"]
    feats.extend(f"has_{key}" for key in _SENTENCE_KEYS if key in low)
    return feats


def name_anchors(sentence: str) -> list[tuple[str, list[str], int, int]]:
    """Every candidate name of a sentence: its text as written, the words, its word span."""
    tokens = list(_TOKEN.finditer(sentence))
    words = [m.group() for m in tokens]
    return [
        (sentence[tokens[k].start() : tokens[j - 1].end()], words, k, j)
        for k, j in name_runs(words)
    ]


def name_features(sentence: str, words: list[str], k: int, j: int) -> Features:
    """Words around the name, its shape and gazetteer class, and sentence cues; no bag."""
    return _name_features(words, k, j, sentence.lower()), []


_GENERIC_TAIL = frozenset(
    {"gang", "cartel", "group", "network", "organization", "organisation", "movement"}
    | {"militia", "front"}
)


_PLAIN_NAME = re.compile(r"[a-z ]+")
_NOT_WORD = re.compile(r"[^\w\s]")


def name_key(name: str | None) -> str:
    """A name as compared: lower case, no leading "the", no punctuation or generic tail.

    The scorer (``bench/extraction.py``) pairs designations by this key too, so the gates
    are trained on the same notion of "the same entity" that they are judged by.
    """
    s = (name or "").lower().replace("’", "'").strip()
    if s.startswith("the") and s[3:4].isspace():
        s = s[4:].lstrip()
    words = (s if _PLAIN_NAME.fullmatch(s) else _NOT_WORD.sub(" ", s)).split()
    if len(words) > 1 and words[-1] in _GENERIC_TAIL:
        words = words[:-1]
    return " ".join(words)


def same_amount(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 0.005 * max(abs(a), 1.0)


# --------------------------------------------------------------------------- #
# Gates
# --------------------------------------------------------------------------- #


class GateModelError(RuntimeError):
    """The shipped gate weights are missing or unreadable (a broken install, not bad input)."""


@dataclass(frozen=True, slots=True)
class Gate:
    """One logistic regression: feature weights and the probability a record must reach."""

    weights: dict[str, float]
    threshold: float
    # The bag-of-words weights by bare word ("s=aid" under "aid"), derived from ``weights``
    # so scoring sums a sentence's words without spelling out each "s=" feature.
    word_weights: dict[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words = {f[2:]: w for f, w in self.weights.items() if f.startswith("s=")}
        object.__setattr__(self, "word_weights", words)

    def logit(self, features: Iterable[str]) -> float:
        """The summed weights of binary features."""
        return sum(map(self.weights.get, set(features), repeat(0.0)))

    def bag_logit(self, bag: list[str]) -> float:
        """A bag of words' part of the logit: its weights scaled by 1/sqrt(its size)."""
        return self.logit(bag) / math.sqrt(len(bag)) if bag else 0.0

    def words_logit(self, words: frozenset[str]) -> float:
        """``bag_logit(bag_features(words))``, read from the bare-word table."""
        if not words:
            return 0.0
        return sum(map(self.word_weights.get, words, repeat(0.0))) / math.sqrt(len(words))

    def __call__(self, features: Features) -> float:
        local, bag = features
        return probability(self.logit(local) + self.bag_logit(bag))


def probability(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


def logit_of(p: float) -> float:
    """The logit whose probability is ``p`` (the inverse of :func:`probability`)."""
    return math.log(p / (1.0 - p))


# A logit this far from a threshold's is on its side whatever the rounding of sums.
_MARGIN = 1e-6


class _lazy:
    """``functools.cached_property`` without its lock (Python 3.11 takes an RLock on every
    first access): the value is computed once and stored in the instance's ``__dict__``,
    which later lookups read without calling the descriptor."""

    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class _Evidence:
    """One evidence sentence, analysed once however many records quote it."""

    def __init__(self, text: str) -> None:
        self.text = without_dateline(text)
        self._bag_logits: dict[int, float] = {}

    @_lazy
    def low(self) -> str:
        return self.text.lower()

    @_lazy
    def words(self) -> frozenset[str]:
        # sentence_bag(self.text), from the lower case already made
        return frozenset(_LOWER_WORD.findall(self.low))

    def bag_logit(self, gate: Gate) -> float:
        """The sentence's bag-of-words part of a gate's logit, summed once per gate."""
        key = id(gate)
        if (z := self._bag_logits.get(key)) is None:
            z = self._bag_logits[key] = gate.words_logit(self.words)
        return z

    @_lazy
    def money(self) -> list[tuple[list[tuple[float | None, str]], int, int]]:
        return money_anchors(self.text)

    @_lazy
    def names(self) -> list[tuple[str, list[str], int, int]]:
        return name_anchors(self.text)

    @_lazy
    def lower_words(self) -> list[str]:
        # Every name anchor carries the sentence's one word list; lower-case it once.
        return [w.lower() for w in self.names[0][1]] if self.names else []

    @_lazy
    def name_sentence_features(self) -> list[str]:
        return sentence_name_features(self.low)

    @_lazy
    def nouns(self) -> list[tuple[int, int]]:
        """The spans of :func:`agreement_anchors`, found by the lower-case twin if it applies."""
        found = (
            _AGREEMENT_NOUN_LOW.finditer(self.low)
            if twins_apply(self.text)
            else agreement_anchors(self.text)
        )
        return [m.span() for m in found]


@dataclass(frozen=True, slots=True)
class RecordGates:
    """The three gates, applied to a document's records by calling the object."""

    aid: Gate
    designations: Gate
    agreements: Gate
    # The least and most that a sentence's name features ("act=...", "has_...") add to a
    # name's logit: exactly one action, any of the sentence keys.
    name_sentence_range: tuple[float, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        weights = self.designations.weights
        acts = [0.0, *(w for f, w in weights.items() if f.startswith("act="))]
        keys = [weights.get(f"has_{key}", 0.0) for key in _SENTENCE_KEYS]
        low = min(acts) + sum(min(0.0, w) for w in keys)
        high = max(acts) + sum(max(0.0, w) for w in keys)
        object.__setattr__(self, "name_sentence_range", (low, high))

    @classmethod
    def from_file(cls, path: Path = MODEL_PATH) -> RecordGates:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(**{k: Gate(data[k]["weights"], data[k]["threshold"]) for k in KINDS})
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise GateModelError(
                f"cannot read the record gates from {path} ({e}); reinstall Briefbot or "
                "retrain them with: python bench/train_gates.py tests/data/extraction*"
            ) from e

    def aid_score(self, rec: Aid, ev: _Evidence | None = None) -> float | None:
        """Best score of the money mention carrying the record's amount, None if absent."""
        if rec.amount is None:
            return None
        ev = ev or _Evidence(rec.evidence)
        z = [
            self.aid.logit(_local_context(ev.text, start, end))
            for amounts, start, end in ev.money
            if any(cur == rec.currency and same_amount(rec.amount, a) for a, cur in amounts)
        ]
        return probability(max(z) + ev.bag_logit(self.aid)) if z else None

    def _name_logit(self, rec: Designation, ev: _Evidence | None) -> float | None:
        """The best local logit of a name run spelling the record's entity, None if absent."""
        key = name_key(rec.entity)
        if not key:
            return None
        ev = ev or _Evidence(rec.evidence)
        # The last word of the name is in every candidate that can match: test it first.
        last = key.rsplit(" ", 1)[-1]
        z = [
            self.designations.logit(_local_name_features(words, k, j, ev.lower_words))
            for text, words, k, j in ev.names
            if last in text.lower() and name_key(text) == key
        ]
        return max(z) if z else None

    def designation_score(self, rec: Designation, ev: _Evidence | None = None) -> float | None:
        ev = ev or _Evidence(rec.evidence)
        z = self._name_logit(rec, ev)
        if z is None:
            return None
        return probability(z + self.designations.logit(ev.name_sentence_features))

    def keeps_designation(self, rec: Designation, ev: _Evidence | None = None) -> bool:
        """Whether ``designation_score`` is None or reaches the threshold.

        The sentence features add between ``name_sentence_range``'s bounds to the name's
        own logit, so a name far enough from the threshold either way (most are) is
        decided without computing them.
        """
        ev = ev or _Evidence(rec.evidence)
        z = self._name_logit(rec, ev)
        if z is None:
            return True
        low, high = self.name_sentence_range
        cut = logit_of(self.designations.threshold)
        if z + low > cut + _MARGIN:
            return True
        if z + high < cut - _MARGIN:
            return False
        z += self.designations.logit(ev.name_sentence_features)
        return probability(z) >= self.designations.threshold

    def agreement_score(self, rec: Agreement, ev: _Evidence | None = None) -> float | None:
        name = (rec.name or "").lower()
        ev = ev or _Evidence(rec.evidence)
        z = [
            self.agreements.logit([*_local_context(ev.text, start, end), *_noun(noun)])
            for start, end in ev.nouns
            if (family := noun_key(noun := ev.text[start:end])) in name or family[:4] in name
        ]
        return probability(max(z) + ev.bag_logit(self.agreements)) if z else None

    def __call__(self, records: Records) -> Records:
        """Drop records whose anchor scores below its gate's threshold (in place); keep the rest."""
        views: dict[str, _Evidence] = {}

        def view(text: str) -> _Evidence:
            if (ev := views.get(text)) is None:
                ev = views[text] = _Evidence(text)
            return ev

        def keep(score: float | None, gate: Gate) -> bool:
            return score is None or score >= gate.threshold

        records.aid = [
            a for a in records.aid if keep(self.aid_score(a, view(a.evidence)), self.aid)
        ]
        records.designations = [
            d for d in records.designations if self.keeps_designation(d, view(d.evidence))
        ]
        records.agreements = [
            a
            for a in records.agreements
            if keep(self.agreement_score(a, view(a.evidence)), self.agreements)
        ]
        return records


@cache
def default_gates() -> RecordGates:
    """The shipped gates, read once per process."""
    return RecordGates.from_file()
