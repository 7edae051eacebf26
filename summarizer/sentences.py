"""Offline sentence splitting for news text.

Layout decides first, Punkt second: blank lines separate paragraphs, and a line
without final punctuation followed by a new line (a headline, a dateline, a list
item) is a unit of its own; only what remains is handed to Punkt with the
project's shipped parameters (see ``summarizer._punkt``), so no NLTK data is needed.
"""

from __future__ import annotations

import re
import string
from typing import NamedTuple

from nltk.tokenize.punkt import PunktSentenceTokenizer

from summarizer._punkt import sentence_tokenizer
from summarizer.language import language_code


class Unit(NamedTuple):
    """One sentence-like unit with the layout facts the summarizers use."""

    text: str
    paragraph: int
    heading: bool  # a line standing alone without final punctuation


_BLANK_LINE = re.compile(r"\n[ \t\f\v\u00a0]*\n\s*")
# A line ending like this is finished; otherwise it may be a headline or wrapped prose.
_FINAL_PUNCT = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_CLOSERS = "\"'”’»)]"
_FINALS = ".!?…:;"


def _ends_final(line: str) -> bool:
    """``bool(_FINAL_PUNCT.search(line))`` for a line without a trailing newline, without
    a regex scan: the last character that is not a closing mark ends the sentence."""
    bare = line.rstrip(_CLOSERS)
    return bool(bare) and bare[-1] in _FINALS


_BULLET = re.compile(r"^(?:[-*•·–—]|\d{1,3}[.)])\s")
# Wrapped prose: the line stops on a comma, hyphen or a word that cannot end a title.
_CONTINUATION_END = re.compile(r"(?:[,(\-–—/&]|\b(?:and|or|of|the|a|an|to|in|y|o|de|la|el))$", re.I)
_OPENS_UNIT = re.compile(r"^[\"'“‘«(¿¡\[]*[^\W_a-zà-ÿ]")  # upper case letter or digit
_WORD = re.compile(r"\w+")
# Punctuation-free text still has to come out in pieces a reader can take in.
MAX_UNIT_WORDS = 80
_CLAUSE_BREAK = re.compile(r"(?<=[;,])\s+|\s+[-–—]\s+")


def _is_standalone_line(line: str, next_line: str) -> bool:
    """True when ``line`` reads as a headline/dateline rather than wrapped prose."""
    if _ends_final(line) or _CONTINUATION_END.search(line):
        return False
    return bool(_OPENS_UNIT.match(next_line)) or bool(_BULLET.match(next_line))


def _chunks(paragraph: str) -> list[tuple[str, bool]]:
    """Split a paragraph into (text, standalone) runs of lines."""
    if "\n" not in paragraph:
        # One line (most paragraphs): what the loop below makes of a single line.
        line = paragraph.strip()
        return [(line, not _ends_final(line))] if line else []
    lines = [ln.strip() for ln in paragraph.split("\n")]
    lines = [ln for ln in lines if ln]
    chunks: list[tuple[str, bool]] = []
    current: list[str] = []
    for i, line in enumerate(lines):
        if current and _BULLET.match(line):
            chunks.append((" ".join(current), False))
            current = []
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if nxt and _is_standalone_line(line, nxt):
            if current:
                chunks.append((" ".join(current), False))
                current = []
            chunks.append((line, True))
            continue
        current.append(line)
    if current:
        # A lone unpunctuated line that is its whole paragraph is a heading too.
        text = " ".join(current)
        alone = len(current) == 1 and not _ends_final(text)
        chunks.append((text, alone))
    return chunks


_LONG = 2 * MAX_UNIT_WORDS


def _split_long(unit: str) -> list[str]:
    """Cut an over-long unpunctuated run at clause breaks, else into word windows."""
    if len(unit) < _LONG:
        return [unit]  # n words take at least 2n - 1 characters
    words = unit.split()
    if len(words) <= MAX_UNIT_WORDS:
        return [unit]
    pieces: list[str] = []
    current: list[str] = []
    for part in _CLAUSE_BREAK.split(unit):
        part_words = part.split()
        if current and len(current) + len(part_words) > MAX_UNIT_WORDS:
            pieces.append(" ".join(current))
            current = []
        current.extend(part_words)
        if len(current) > MAX_UNIT_WORDS:
            # Emit half-size windows until at most MAX_UNIT_WORDS remain; slicing once
            # (not popping window by window) keeps a multi-megabyte line linear.
            step = MAX_UNIT_WORDS // 2
            windows = -(-(len(current) - MAX_UNIT_WORDS) // step)
            cut = windows * step
            pieces.extend(" ".join(current[i : i + step]) for i in range(0, cut, step))
            current = current[cut:]
    if current:
        pieces.append(" ".join(current))
    return pieces


# Where Punkt may consider a boundary: an end character followed by punctuation (a
# closing quote, a bracket...) or by white space and a next token. A chunk without
# one is a single sentence, so Punkt is not asked.
_BREAK_CANDIDATE = re.compile(r"[.?!](?:[^\w\s]|\s+\S)")
# "Kestrel Marine S.A. | to the list": a dotted acronym followed by a lower-case word
# ended no sentence, whatever Punkt's statistics say.
_DOTTED_END = re.compile(r"(?:\b[^\W\d_]\.){2,}$")
_LOWER_START = re.compile(r"^[a-zà-ÿ]")


def _rejoin(pieces: list[str]) -> list[str]:
    out: list[str] = []
    for piece in (p.strip() for p in pieces):
        if out and _LOWER_START.match(piece) and _DOTTED_END.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


# A period right after an ordinary word (letters and hyphens, two or more letters, not an
# abbreviation Punkt knows), then white space and a token that is no closing mark, is a
# boundary for Punkt as well: Punkt decides each candidate from the token pair around it
# alone, and for such a word it always breaks. Cutting there first means Punkt is asked
# only about the pieces that hold another candidate ("U.S.", "Gen.", "3 p.m."), which
# saves most of its time; the sentences are the same (tested on whole corpora).
#
# A period after a number ("in 2024. The", "Article 9. It") is a boundary too when the
# next token opens with an upper-case letter: Punkt's number rule takes the break back
# only when its orthographic heuristic says the next token cannot start a sentence, and
# that needs a punctuation token or a lower-case first letter (or a known collocation
# with "##number##", checked as for words).
# Punkt looks for the word before a candidate after the last *ASCII* white space, so a
# candidate followed only by other spaces (U+00A0) may be merged into the next one: a
# cut is made only where the gap holds ASCII white space.
#
# Closing marks: Punkt's realignment (``PunktLanguageVars.re_boundary_realignment``) moves
# a run of them that starts the next sentence onto the one before, when the run ends in
# white space, "--" or the text. So a period may be followed by such a run ('phones."
# Membership': the cut goes after the run), and the next token may open with closing
# marks only where the realignment leaves them alone ('deal. "As of').
_CLOSING = "\"')]}\u2018\u2019\u201c\u201d\u00ab\u00bb"
_PERIOD_GAP = re.compile(
    r"\.(?=([{0}]*)(\s+)(?![{0}]+(?:\s|--|$))(\S))".format(re.escape(_CLOSING))
)
_ASCII_SPACE = frozenset(string.whitespace)
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NUMBER = re.compile(r"[0-9]+")


def _without_closing_end(part: str) -> str:
    """``part`` right-stripped, less the closing marks after a final ``[.?!]``.

    Punkt returns such a part whole when that end is its only candidate: if it breaks
    there, the closing marks are all the next sentence holds and realignment moves them
    back. Every other candidate of Punkt's lies before the end, where ``_BREAK_CANDIDATE``
    still finds it, so a part without a candidate in what this returns needs no Punkt.
    """
    end = part.rstrip()
    bare = end.rstrip(_CLOSING)
    return bare if bare[-1:] in (".", "?", "!") else end


# Every place Punkt may consider a boundary (``PunktLanguageVars.period_context_re``: an
# end character before a non-word mark, or before white space and a token).
_PUNKT_CANDIDATE = re.compile(r"[.?!](?=[^\w\s]|\s+\S)")
_DOTTED_WORD = re.compile(r"[^\W\d_]+(?:[.-][^\W\d_]+)*")
# ASCII white space, then a token whose only end character, if any, is its last.
_NEXT_TOKEN = re.compile(r"[ \t\f\v]+([^\s.?!]+)[.?!]?(?=[ \t\f\v]|$)")


def _abbreviations_only(part: str, abbrev: set[str]) -> bool:
    """Whether every candidate in ``part`` is the period of an abbreviation Punkt knows
    ("U.S.", "Gen.") before a lower-case word ("U.S. banks"), where Punkt never breaks.

    Punkt marks such a token as an abbreviation (not a break) in its first pass, and its
    second pass breaks after an abbreviation only before an upper-case token. The word is
    the whole token (letters, inner periods and hyphens, after a space), and the next
    token holds no other end character, so no token of the context Punkt reads breaks.
    """
    for m in _PUNKT_CANDIDATE.finditer(part):
        pos = m.start()
        nxt = _NEXT_TOKEN.match(part, pos + 1)
        if part[pos] != "." or nxt is None or not nxt.group(1)[0].islower():
            return False
        word = part[part.rfind(" ", 0, pos) + 1 : pos].lower()
        if not _DOTTED_WORD.fullmatch(word) or (
            word not in abbrev and word.split("-")[-1] not in abbrev
        ):
            return False
    return True


def _presplit(chunk: str, tokenizer: PunktSentenceTokenizer) -> list[str]:
    """Cut ``chunk`` at the periods Punkt would break at whatever the statistics say."""
    params = tokenizer._params
    abbrev, colloc = params.abbrev_types, params.collocations
    out: list[str] = []
    start = 0
    for m in _PERIOD_GAP.finditer(chunk):
        pos = m.start()
        # Chunks hold no line breaks (``_chunks`` joins lines with spaces): words end at spaces.
        word_start = chunk.rfind(" ", start, pos) + 1
        word = chunk[word_start:pos].lower()
        closing, gap, following = m.groups()
        if " " not in gap and _ASCII_SPACE.isdisjoint(gap):
            continue  # Punkt may merge the candidate into the next one: left to Punkt
        if _NUMBER.fullmatch(word):
            if closing or word in abbrev or not following.isupper():
                continue
            typ = "##number##"
        elif (
            len(word) < 2
            or not _PLAIN_WORD.fullmatch(word)
            or word in abbrev
            or word.split("-")[-1] in abbrev
        ):
            continue
        else:
            typ = word
        if colloc:
            if closing or following in _CLOSING:
                continue  # Punkt's next token is a mark: left to Punkt
            following = chunk[m.end() :].split(None, 1)[0].lower().rstrip(".")
            if (typ, following) in colloc:
                continue
        cut = pos + 1 + len(closing)
        out.append(chunk[start:cut])
        start = cut
    out.append(chunk[start:])
    return out


def segment(text: str, language: str = "english") -> list[Unit]:
    """Split ``text`` into units, remembering paragraphs and standalone lines."""
    tokenizer = sentence_tokenizer(language_code(language))
    abbrev = tokenizer._params.abbrev_types
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    units: list[Unit] = []
    add = units.append
    make = tuple.__new__  # ``Unit(...)`` without the NamedTuple's Python-level __new__
    word = _WORD.search
    candidate = _BREAK_CANDIDATE.search
    for p, paragraph in enumerate(_BLANK_LINE.split(text)):
        # A chunk is stripped and holds no line break (``_chunks`` strips its lines).
        for chunk, standalone in _chunks(paragraph):
            if standalone or not candidate(chunk):
                pieces = [chunk]  # Punkt would find no boundary to consider
            else:
                pieces = []
                for part in _presplit(chunk, tokenizer):
                    if candidate(_without_closing_end(part)) and not _abbreviations_only(
                        part, abbrev
                    ):
                        pieces.extend(tokenizer.tokenize(part))
                    elif part.strip():
                        pieces.append(part)
                pieces = [pieces[0].strip()] if len(pieces) == 1 else _rejoin(pieces)
            for piece in pieces:
                if len(piece) < _LONG:  # what _split_long returns for it: [piece]
                    if word(piece):
                        add(make(Unit, (piece, p, standalone)))
                    continue
                for part in _split_long(piece):
                    if word(part):
                        add(make(Unit, (part, p, standalone)))
    return units


def split_sentences(text: str, language: str = "english") -> list[str]:
    """Split ``text`` into sentences without any downloaded NLTK data.

    ``language`` is an ISO 639-1 code ("en", "es") or a name ("english", "spanish").
    """
    return [unit.text for unit in segment(text, language)]
