"""Equivalence tests for the speed-ups in ``gazetteer`` and ``sentences``.

``find_mentions`` no longer runs ``finditer`` over the gazetteer regex: an Aho–Corasick
pass lists where forms start and the regex is tried (anchored) there only. The regex
stays the reference: these tests rebuild it, run ``finditer`` and compare mention by
mention on random splices of forms and on every annotated text. The sentence
splitter's fast paths (one-line paragraphs, short units) are compared with the general
code they skip.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path

import pytest

from summarizer import gazetteer, sentences
from summarizer._regex import trie_alternation
from summarizer.gazetteer import Mention, find_mentions

DATA = Path(__file__).parent / "data"
# Explicit folders only (the sealed holdouts are never read).
FOLDERS = [
    "extraction",
    "extraction_holdout",
    *(f"extraction_holdout{i}" for i in range(2, 35)),
    "analyst",
    "analyst_holdout",
]


@lru_cache(maxsize=1)
def _corpus() -> list[str]:
    texts = []
    for name in FOLDERS:
        folder = DATA / name
        if folder.is_dir():
            texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    seeds = Path(__file__).parent.parent / "seeds"
    texts += [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.md"))]
    return texts


@lru_cache(maxsize=1)
def _reference_pattern() -> re.Pattern[str]:
    """The gazetteer regex as it was built before the Aho–Corasick pass."""
    words = list(gazetteer._tables()[0])
    lower = [w for w in words if "a" <= w[0] <= "z"]
    upper = [w for w in words if not "a" <= w[0] <= "z"]
    alternation = f"(?![a-z]){trie_alternation(upper)}|{trie_alternation(lower)}"
    return re.compile(r"(?<![\w$.])(?:" + alternation + r")(?![\w$]|-\w|[’']\w\w)")


def _reference(text: str) -> list[Mention]:
    forms = gazetteer._tables()[0]
    out = []
    for m in _reference_pattern().finditer(text):
        canonical, kind = forms.get(m.group(0), ("", "blocked"))
        if kind == "blocked" or not canonical:
            continue
        out.append(Mention(m.start(), m.end(), m.group(0), canonical, kind))
    return out


def _fields(mentions: list[Mention]) -> list[tuple]:
    return [(m.start, m.end, m.surface, m.canonical, m.kind) for m in mentions]


def test_matcher_is_the_reference_pattern():
    assert gazetteer._matcher().pattern == _reference_pattern().pattern


def test_fast_mention_is_a_mention():
    fast = gazetteer._mention(3, 7, "Iran", "Iran", "country")
    slow = Mention(3, 7, "Iran", "Iran", "country")
    assert type(fast) is Mention
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    with pytest.raises(AttributeError):
        fast.start = 0  # still frozen


_GLUE = [
    " ",
    "  ",
    "\n",
    "\n\n",
    ", ",
    ". ",
    ".",
    "-",
    " - ",
    "—",
    "–",
    "’s ",
    "'s ",
    "’",
    "'",
    "’ve ",
    "s",
    "n",
    "ese ",
    "$",
    "(",
    ")",
    "“",
    "”",
    '"',
    "/",
    "é",
    "ñ",
    "ü",
    "日本",
    "😀",
    "_",
    "1",
    "a",
    "X",
    " the ",
    " and ",
    "-led ",
    "-based ",
    "\u00a0",
    "\t",
]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    forms = list(gazetteer._tables()[0])
    # Prefixes and run-ons of forms exercise the fall-back to shorter forms.
    pieces = forms + [f[: rng.randint(1, len(f))] for f in rng.sample(forms, 300)]
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 14)):
            parts.append(rng.choice(pieces) if rng.random() < 0.55 else rng.choice(_GLUE))
        texts.append("".join(parts))
    return texts


def test_find_mentions_matches_reference_on_random_splices():
    for text in _random_texts(6000, seed=20261128):
        assert _fields(find_mentions(text)) == _fields(_reference(text)), text


def test_find_mentions_matches_reference_on_each_form_in_contexts():
    glue = ["", " ", ".", "$", "a", "-", "-a", "’s", "'s", "’ab", "(", ")", "é", "1"]
    for form in gazetteer._tables()[0]:
        for left in glue:
            for right in glue:
                text = f"{left}{form}{right}"
                assert _fields(find_mentions(text)) == _fields(_reference(text)), text


def test_find_mentions_matches_reference_on_corpus():
    texts = _corpus()
    assert len(texts) > 300
    for text in texts:
        assert find_mentions(text) == _reference(text)
        for line in text.splitlines():
            assert find_mentions(line) == _reference(line)


# --------------------------------------------------------------------------- #
# sentences
# --------------------------------------------------------------------------- #


def _chunks_general(paragraph: str) -> list[tuple[str, bool]]:
    """``sentences._chunks`` without its one-line fast path."""
    lines = [ln.strip() for ln in paragraph.split("\n")]
    lines = [ln for ln in lines if ln]
    chunks: list[tuple[str, bool]] = []
    current: list[str] = []
    for i, line in enumerate(lines):
        if current and sentences._BULLET.match(line):
            chunks.append((" ".join(current), False))
            current = []
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if nxt and sentences._is_standalone_line(line, nxt):
            if current:
                chunks.append((" ".join(current), False))
                current = []
            chunks.append((line, True))
            continue
        current.append(line)
    if current:
        text = " ".join(current)
        alone = len(current) == 1 and not sentences._FINAL_PUNCT.search(text)
        chunks.append((text, alone))
    return chunks


def _paragraphs(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return sentences._BLANK_LINE.split(text)


def test_chunks_fast_path_is_the_general_loop():
    rng = random.Random(7)
    alphabet = [*"ab A. ?!:;\"'”’)]-,\t\u00a0\u2028\x0c\x1c1•", "\n"]
    samples = [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(20000)
    ]
    for text in _corpus():
        samples += _paragraphs(text)
    for paragraph in samples:
        assert sentences._chunks(paragraph) == _chunks_general(paragraph), paragraph


def test_split_long_fast_path_needs_no_word_count():
    rng = random.Random(11)
    alphabet = list("a ,;-\t\n\u00a0\u2003\u3000")
    bound = 2 * sentences.MAX_UNIT_WORDS
    # The densest unit below the bound has exactly the allowed number of words.
    assert len(" ".join(["a"] * sentences.MAX_UNIT_WORDS)) == bound - 1
    for _ in range(5000):
        unit = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, bound - 1)))
        # The fast path returns the unit whole: it has no more words than allowed.
        assert len(unit.split()) <= sentences.MAX_UNIT_WORDS
        assert sentences._split_long(unit) == [unit]
