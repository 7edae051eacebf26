"""Sentences with character spans and helpers shared by the English extraction rules.

See :mod:`summarizer.extract` for the approach.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from operator import itemgetter, or_

import ahocorasick

from summarizer.gazetteer import (
    KIND_DEMONYM,
    Mention,
    mentions_from_scan,
    scan_words,
)
from summarizer.money import Money, anchor_words, find_money_from_hits
from summarizer.sentences import split_sentences

# Day and month names as pattern pieces, for rules that must not read a date as a name.
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"

# "NAIROBI, May 3, 2026 —", "MOMBASA, Kenya, May 3, 2026 (Reuters) —": group 1 is the city.
DATELINE = re.compile(
    r"[ \t]*([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'’-]{2,40}?)(?:,\s+[A-Z][\w.]*)*,\s+[^\n]{0,40}?\d{4}\s*"
    r"(?:\([^()\n]{1,60}\)\s*)?[—–-]"
)

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
    pos = offset
    if sentences is None:
        sentences = split_sentences(text[offset:], language)
    find = text.find
    abbrev_end = _ABBREV_END.search
    # One pass: each span is located, then re-joined to the last kept span when that one
    # ends in an abbreviation such as "U.S." or "Gen." (ms, me: the last kept span).
    merged: list[tuple[int, int]] = []
    ms = me = 0
    for sent in sentences:
        i = find(sent, pos)
        if i < 0:
            head = sent[:24]
            i = find(head, pos)
            if i < 0:
                continue
            # Whitespace was normalised by the splitter: walk to the last word.
            tail = sent[-12:]
            j = find(tail, i)
            end = j + len(tail) if j >= 0 else i + len(sent)
        else:
            end = i + len(sent)
        pos = end
        if merged and text[me - 1] == "." and abbrev_end(text, max(ms, me - 8), me):
            nxt = text[i : i + 1]
            if nxt and not nxt.isspace() and "\n\n" not in text[me:i]:
                me = end
                merged[-1] = (ms, me)
                continue
        ms, me = i, end
        merged.append((i, end))
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


# re.I folds these non-ASCII letters to ASCII ones ("ſ" matches "s"). (The Kelvin sign also
# folds, to "k", but lower() turns it into "k" too: no harm.) "İ" is also the one character
# whose lower() is two characters long, so a text without these lowers character by character.
CASE_FOLDS_TO_ASCII = re.compile("[\u017f\u0130\u0131]")  # ſ İ ı


def lower_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``rx`` (case-insensitive) as a case-sensitive pattern for lower-cased text.

    Python's regex engine is about three times slower with re.I. On a text for which
    :func:`twins_apply` holds, the twin on ``text.lower()`` matches where ``rx`` matches on
    ``text``, at the same offsets: ``rx``'s literals and classes are ASCII or caseless, so re.I
    compares them with the text's lower case. A pattern with a case-sensitive part
    ``(?-i:...)``, a named character or a cased non-ASCII literal gets no twin.
    """
    p = rx.pattern
    if not rx.flags & re.I or "(?-i" in p or "\\N" in p:
        return None
    if any(not c.isascii() and c.lower() != c.upper() for c in p):
        return None
    out: list[str] = []
    i = 0
    while i < len(p):
        if p[i] == "\\":  # an escape ("\\S", "\\\\") keeps its case
            out.append(p[i : i + 2])
            i += 2
        else:
            out.append(p[i].lower())
            i += 1
    return re.compile("".join(out), rx.flags & ~re.I)


def required_twin(rx: re.Pattern[str]) -> re.Pattern[str]:
    """:func:`lower_twin` for a pattern that must have one (checked at import)."""
    twin = lower_twin(rx)
    if twin is None:
        raise ValueError(f"no lower-case twin for {rx.pattern[:60]!r}")
    return twin


def twins_apply(text: str) -> bool:
    """Whether lower-case twins may run on ``text.lower()`` in place of re.I on ``text``."""
    return text.isascii() or not CASE_FOLDS_TO_ASCII.search(text)


def lowered(text: str) -> str | None:
    """``text.lower()`` when the lower-case twins apply to it (see :func:`twins_apply`)."""
    return text.lower() if twins_apply(text) else None


_HIT_MASK = itemgetter(1)  # pyahocorasick yields (end index, mask) per hit


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
        # The hit masks are OR-ed in C (map/reduce), not by a Python loop per hit.
        return reduce(or_, map(_HIT_MASK, self._automaton.iter(text)), 0)

    def any_in(self, text: str) -> bool:
        """True when any key of any group occurs (stops at the first)."""
        return next(self._automaton.iter(text), None) is not None


# "In summary, Australia delivered vehicles and boats, ...": a closing recap restates the
# records reported above, and "Methodology: goods handed over are logged as equipment" is a
# note on method; neither states a record (no annotated record's evidence is either). A
# speaker's label may come first ("MINISTER: To sum up, ...").
_RECAP = re.compile(
    r"(?:[A-Z][A-Za-z .'’-]{0,38}:\s+)?(?:(?:In\s+(?:summary|sum|short|brief)|"
    r"To\s+(?:summari[sz]e|recap|sum\s+up)|Summing\s+up|Recapping|Recap),|"
    r"(?:Methodology|Method|Notes?|Definitions?|About\s+this\s+\w+|Editor['’]s\s+note|Recap|"
    r"Summary|Sources?)\s*:)"
)
# How every match starts, unless a label's colon comes first: a cheap reject.
_RECAP_STARTS = (
    "In ",
    "To ",
    "Summ",
    "Recap",
    "Method",
    "Note",
    "Definition",
    "About ",
    "Editor",
    "Source",
)


def is_recap(sentence: str) -> bool:
    """Whether a sentence is a closing recap or a method note, which restate, not report."""
    s = sentence.lstrip()
    return (s.startswith(_RECAP_STARTS) or ": " in s[:40]) and _RECAP.match(s) is not None


def has_any(text: str, keys: tuple[str, ...]) -> bool:
    """``any(k in text for k in keys)`` without a generator: the keyword gates are hot."""
    for k in keys:  # noqa: SIM110 (a generator costs more here)
        if k in text:
            return True
    return False


# --------------------------------------------------------------------------- #
# Gazetteer mentions and money in one scan
# --------------------------------------------------------------------------- #

# The gazetteer's words (valued by their length, below bit 16) and the money anchors (from
# bit 16: 1 + 2 * size + lower) in one automaton. pyahocorasick's cost is the walk over the
# text, about the same for this union as for either automaton alone, so one walk replaces two.
# Each word's hits are those of its own automaton (a union automaton reports every word
# that ends at a position), so both parts get exactly the hits they would find alone.
_MONEY_SHIFT = 16
_LENGTH_MASK = (1 << _MONEY_SHIFT) - 1


@lru_cache(maxsize=1)
def _mention_money_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for word, length in scan_words():
        automaton.add_word(word, length)
    for word, (size, lower) in anchor_words():
        code = (1 + 2 * size + bool(lower)) << _MONEY_SHIFT
        automaton.add_word(word, automaton.get(word, 0) | code)
    automaton.make_automaton()
    return automaton


def mentions_and_money(text: str, offset: int = 0) -> tuple[list[Mention], list[Money]]:
    """``(find_mentions(text, offset), find_money(text[offset:]))`` from one scan of the text."""
    body = text[offset:] if offset else text
    starts: set[int] = set()
    hits: list[tuple[int, tuple[int, int]]] = []
    add = starts.add
    for end, value in _mention_money_automaton().iter(body):
        length = value & _LENGTH_MASK
        if length:
            add(end - length)
        if value > _LENGTH_MASK:
            code = (value >> _MONEY_SHIFT) - 1
            hits.append((end, (code >> 1, code & 1)))
    return mentions_from_scan(text, offset, starts), find_money_from_hits(body, hits)
