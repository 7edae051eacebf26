"""Sentences with character spans and helpers shared by the English extraction rules.

See :mod:`summarizer.extract` for the approach.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import ahocorasick

from summarizer.gazetteer import (
    KIND_DEMONYM,
    Mention,
)
from summarizer.money import Money
from summarizer.sentences import split_sentences

# --------------------------------------------------------------------------- #
# Sentences
# --------------------------------------------------------------------------- #

FRONT_MATTER = re.compile(r"\A---\s*\n.*?\n---\s*\n", re.S)
_ABBREV_END = re.compile(
    r"(?:\b(?:U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|No|Inc|Co|"
    r"Corp|Ltd|Jr|Sr|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|approx|"
    # Ranks and weekdays ("added Brig. Gen. X", "Canada on Tues. listed Y").
    r"Brig|Maj|Adm|Cmdr|Cdr|Tues|Wed|Thurs|Fri)\.)$"
)


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    mentions: list[Mention] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)


def locate_sentences(
    text: str, offset: int, language: str = "english", sentences: list[str] | None = None
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = offset
    if sentences is None:
        sentences = split_sentences(text[offset:], language)
    for sent in sentences:
        i = text.find(sent, pos)
        if i < 0:
            head = sent[:24]
            i = text.find(head, pos)
            if i < 0:
                continue
            # Whitespace was normalised by the splitter: walk to the last word.
            tail = sent[-12:]
            j = text.find(tail, i)
            end = j + len(tail) if j >= 0 else i + len(sent)
        else:
            end = i + len(sent)
        spans.append((i, end))
        pos = end
    # Re-join splits after abbreviations such as "U.S." or "Gen.".
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if (
            merged
            and text[merged[-1][1] - 1] == "."
            and _ABBREV_END.search(text, max(merged[-1][0], merged[-1][1] - 8), merged[-1][1])
        ):
            nxt = text[s : s + 1]
            if nxt and not nxt.isspace() and "\n\n" not in text[merged[-1][1] : s]:
                merged[-1] = (merged[-1][0], e)
                continue
        merged.append((s, e))
    return merged


# --------------------------------------------------------------------------- #
# Shared helpers
# --------------------------------------------------------------------------- #

PARTY_KINDS = ("country", "metonym", "body")


def country_salience(mentions: list[Mention]) -> Counter[str]:
    c: Counter[str] = Counter()
    for m in mentions:
        if m.kind in ("country", "metonym"):
            c[m.canonical] += 2
        elif m.kind == KIND_DEMONYM:
            c[m.canonical] += 1
    return c


def _first(rx: re.Pattern[str], s: str) -> re.Match[str] | None:
    return rx.search(s)


# re.I folds these non-ASCII letters to ASCII ones ("ſ" matches "s").
# (The Kelvin sign also folds, to "k", but lower() turns it into "k" too: no harm.)
CASE_FOLDS_TO_ASCII = re.compile("[\u017f\u0130\u0131]")  # ſ İ ı
_UPPER_LITERAL = re.compile(r"(?<!\\)[A-Z]")


def lower_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``rx`` (case-insensitive) as a case-sensitive pattern for lower-cased text.

    On a text that lower-cases character by character (same length) and has none of the
    non-ASCII letters that re.I folds to ASCII ones (ſ, İ, ı), the twin on
    ``text.lower()`` matches where ``rx`` matches on ``text``, at the same offsets: ``rx``'s
    literals and classes are ASCII (or caseless), so re.I compares them with the text's
    lower case.  Patterns with a case-sensitive part ``(?-i:...)`` get no twin.
    """
    p = rx.pattern
    if "(?-i" in p or "\\\\" in p or not rx.flags & re.I:
        return None
    return re.compile(_UPPER_LITERAL.sub(lambda m: m.group(0).lower(), p), rx.flags & ~re.I)


def lowered(text: str) -> str | None:
    """``text.lower()`` when the lower-case twins apply to it (see lower_twin)."""
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and CASE_FOLDS_TO_ASCII.search(text)):
        return None
    return low


class Cues:
    """Which of several groups of cue substrings occur in a text, in one scan.

    Every sentence passes through gates such as "does it contain any of these 50
    stems?". ``k in text`` for each key costs one search per key (about 10 µs a
    sentence for 50 keys); one Aho–Corasick automaton (pyahocorasick) answers every
    group in a single pass. Calling returns a bit mask: bit ``i`` is set when a key
    of the ``i``-th group occurs.
    """

    def __init__(self, *groups: tuple[str, ...]) -> None:
        masks: dict[str, int] = {}
        for bit, keys in enumerate(groups):
            for key in keys:
                masks[key] = masks.get(key, 0) | 1 << bit
        self._automaton = ahocorasick.Automaton()
        for key, mask in masks.items():
            self._automaton.add_word(key, mask)
        self._automaton.make_automaton()

    def __call__(self, text: str) -> int:
        found = 0
        for _, mask in self._automaton.iter(text):
            found |= mask
        return found

    def any_in(self, text: str) -> bool:
        """True when any key of any group occurs (stops at the first)."""
        return next(self._automaton.iter(text), None) is not None


def has_any(text: str, keys: tuple[str, ...]) -> bool:
    """``any(k in text for k in keys)`` without a generator: the keyword gates are hot."""
    for k in keys:  # noqa: SIM110 (a generator costs more here)
        if k in text:
            return True
    return False
