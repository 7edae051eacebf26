"""Speed round 12: the designation rules' cheap gates hold to their full patterns."""

import random

from summarizer import _extract_designations as D
from summarizer._extract_common import has_any
from tests.test_extract_designations_perf import _SENTS, _types_reference

# The crafted sentences and the first open articles' (the window test reads each 13 times).
_SOME_SENTS = _SENTS[:3000]


def test_types_set_bits_only_equal_the_full_loop() -> None:
    texts = list(_SOME_SENTS)
    rng = random.Random(12)
    # Several types in one sentence, in shuffled order: the order of the labels must hold.
    names = [
        "an FTO",
        "a Specially Designated Global Terrorist",
        "the EU terrorist list",
        "UN sanctions list",
        "proscribed under the Terrorism Act 2000",
        "a terrorist organisation",
        "OFAC's SDN list",
        "Pakistan's anti-terrorism act",
        "the EU imposed sanctions",
        "a listed terrorist entity under the Criminal Code",
        "Unlawful Activities (Prevention) Act",
    ]
    for _ in range(400):
        parts = rng.sample(names, rng.randint(1, 5))
        texts.append("The ministry listed X as " + " and ".join(parts) + ".")
    assert texts
    for s in texts:
        assert D._types_uncached(s, s.lower()) == _types_reference(s, s.lower()), s


def test_hypothetical_and_may_gates_are_necessary() -> None:
    texts = [
        *_SOME_SENTS,
        "A future Labour government would proscribe the group.",
        "Under a Conservative administration the group would be banned.",
        "If re-elected, he said he would list the cartel.",
        "If they win, the party will ban it. Once in office they would act.",
        "Any new cabinet should outlaw it.",
        "IF ELECTED, ONCE IN POWER",
        "They may designate the group; May 2024 saw a listing.",
    ]
    for s in texts:
        for i in range(0, len(s), 7):
            near = s[i : i + 92]
            if D._HYPOTHETICAL_GOV.search(near):
                assert has_any(near, D._HYPOTHETICAL_KEYS), near
            if D._PROPOSE_MAY.search(near):
                assert "may" in near, near
