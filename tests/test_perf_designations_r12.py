"""Speed round 12: the designation rules' cheap gates hold to their full patterns."""

import random
import re
from pathlib import Path

from summarizer import _extract_designations as D
from summarizer._extract_common import has_any, twins_apply


def _types_reference(s: str, low: str) -> list[str]:
    """The type loop before round 12: every type in order, skipping unset bits."""
    out = []
    mask = D._sentence_cues(low) >> D._TYPE_SHIFT
    if not mask:
        return out
    twin = twins_apply(s)
    for (label, _keys, rx), rx_low in zip(D._TYPES, D._TYPE_TWINS, strict=True):
        bit, mask = mask & 1, mask >> 1
        if not bit:
            if not mask:
                break
            continue
        if rx_low.search(low) if twin else rx.search(s):
            if (
                label == "EU terrorist list"
                and "terror" not in low
                and ("sanction" in low or "restrictive" in low)
            ):
                continue
            if (
                label == "proscribed under the UK Terrorism Act 2000"
                and not D._uk_cue(s)
                and (has_any(low, D._FOREIGN_LAW_KEYS) or D._other_state_proscribes(s))
            ):
                out.append("proscribed organisation")
                continue
            out.append(label)
    return out


def _sentences() -> list[str]:
    out = []
    for f in sorted((Path(__file__).parent / "data" / "extraction").glob("*.txt"))[:60]:
        out += [x for x in re.split(r"(?<=[.!?])\s+|\n+", f.read_text(encoding="utf-8")) if x]
    return out


def test_types_set_bits_only_equal_the_full_loop() -> None:
    texts = _sentences()
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
        *_sentences(),
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
