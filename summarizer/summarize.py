"""Extractive summaries for briefings, offline.

``summarize`` picks sentences from one document; ``summarize_many`` builds one
briefing from many.  Methods are configured objects registered by name (as in
sumy): every sumy summarizer worth keeping, run with our tokenizer so no NLTK data
is needed, plus ``lead`` and our default ``auto``.

``auto`` is built for news: it ranks sentences by weighted degree centrality on a
sentence-similarity graph that is never materialised (``W v = Y (Yᵀ v)`` costs
O(non-zeros) instead of O(n²)), blends in a position prior (news puts the facts
first) and a preference for specific sentences (names, numbers), and removes
redundancy MMR-style while selecting.  Everything is numpy/scipy sparse and
near-linear in the number of sentences.
"""

from __future__ import annotations

import math
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar, TypeVar

import numpy as np
import scipy.sparse as sp
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from summarizer._tokenizer import TERM_PATTERN, Tokenizer
from summarizer.language import detect_language, language_name, stop_words
from summarizer.sentences import Unit, segment

SentenceCount = int | float | str
_RATIO = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")


def resolve_count(sentences: SentenceCount, total: int) -> int:
    """Turn ``3``, ``"3"``, ``"20%"`` or ``0.2`` into a sentence count for ``total``.

    Ratios round to the nearest sentence but never below one, so "20%" of a
    three-sentence note still says something.
    """
    if isinstance(sentences, bool):
        raise TypeError("sentences must be an int, a ratio like '20%' or a float in (0, 1)")
    if isinstance(sentences, str):
        match = _RATIO.match(sentences)
        if match:
            ratio = float(match.group(1)) / 100.0
        elif sentences.strip().isdigit():
            return resolve_count(int(sentences), total)
        else:
            raise ValueError(f"sentences must be a count or a ratio like '20%', not {sentences!r}")
    elif isinstance(sentences, float) and not sentences.is_integer():
        ratio = sentences
    else:
        count = int(sentences)
        if count < 1:
            raise ValueError(f"sentences must be at least 1, not {sentences!r}")
        return count
    if not 0.0 < ratio <= 1.0:
        raise ValueError(f"a sentence ratio must be in (0%, 100%], not {sentences!r}")
    return max(1, round(total * ratio))


def candidates(units: Sequence[Unit]) -> list[int]:
    """Indices of units that may be picked: headings only when there is nothing else."""
    body = [i for i, u in enumerate(units) if not u.heading]
    return body or list(range(len(units)))


class Summarizer(ABC):
    """A configured summarization method: ``method(units, count) -> unit indices``."""

    name: ClassVar[str]

    def __init__(self, language: str = "english") -> None:
        self.language = language_name(language)

    @abstractmethod
    def select(self, units: Sequence[Unit], count: int) -> list[int]:
        """Indices of the chosen units, in any order."""

    def __call__(self, units: Sequence[Unit], count: int) -> list[int]:
        return sorted(set(self.select(units, count)))


SUMMARIZERS: dict[str, type[Summarizer]] = {}
_S = TypeVar("_S", bound=type[Summarizer])


def register(cls: _S) -> _S:
    """Class decorator: make a method available to ``summarize`` by its name."""
    SUMMARIZERS[cls.name] = cls
    return cls


@register
class LeadSummarizer(Summarizer):
    """The first sentences of the body: the baseline news writing is built for."""

    name = "lead"

    def select(self, units: Sequence[Unit], count: int) -> list[int]:
        return candidates(units)[:count]


# ---------------------------------------------------------------------------
# sumy methods


class SumyMethod(Summarizer):
    """Runs one of sumy's summarizers on our units with our tokenizer and stemmer."""

    sumy_class: ClassVar[Callable[..., object]]

    def build(self, document: ObjectDocumentModel) -> Callable[..., Sequence[Sentence]]:
        summarizer = self.sumy_class(Stemmer(self.language))
        summarizer.stop_words = stop_words(self.language)
        return summarizer

    def select(self, units: Sequence[Unit], count: int) -> list[int]:
        tokenizer = Tokenizer(self.language)
        allowed = set(candidates(units))
        paragraphs: dict[int, list[Sentence]] = {}
        index: dict[int, int] = {}
        for i, unit in enumerate(units):
            sentence = Sentence(unit.text, tokenizer, is_heading=i not in allowed)
            paragraphs.setdefault(unit.paragraph, []).append(sentence)
            index[id(sentence)] = i
        document = ObjectDocumentModel(Paragraph(p) for p in paragraphs.values())
        picked = self.build(document)(document, count)
        return [index[id(s)] for s in picked]


def _sumy_method(key: str, cls: Callable[..., object], doc: str) -> type[SumyMethod]:
    method = type(f"{cls.__name__}Method", (SumyMethod,), {"name": key, "sumy_class": cls})
    method.__doc__ = doc
    return register(method)


_sumy_method("lexrank", LexRankSummarizer, "sumy LexRank (quadratic, pure Python).")
_sumy_method("textrank", TextRankSummarizer, "sumy TextRank (quadratic, pure Python).")
_sumy_method("lsa", LsaSummarizer, "sumy LSA (SVD of the term-sentence matrix).")
_sumy_method("luhn", LuhnSummarizer, "sumy Luhn (significant-word clusters).")
_sumy_method("sumbasic", SumBasicSummarizer, "sumy SumBasic (word probabilities).")
_sumy_method("reduction", ReductionSummarizer, "sumy Reduction (graph, quadratic).")
# sumy's KL-Sum is cubic (500 sentences take minutes), so it is not offered.

# Hedging and filler words that make a sentence a weaker briefing line.
_STIGMA_WORDS = ("reportedly", "allegedly", "perhaps", "maybe", "rumour", "rumor", "hardly")


@register
class EdmundsonMethod(SumyMethod):
    """sumy Edmundson: cue, title and location; bonus words come from the headline."""

    name = "edmundson"
    sumy_class = EdmundsonSummarizer

    def build(self, document: ObjectDocumentModel) -> Callable[..., Sequence[Sentence]]:
        summarizer = EdmundsonSummarizer(Stemmer(self.language))
        stops = stop_words(self.language)
        bonus = [w for h in document.headings for w in h.words if w.lower() not in stops]
        if not bonus:
            # No headline: the document's most frequent content words stand in.
            counts: dict[str, int] = {}
            for word in document.words:
                if word.lower() not in stops:
                    counts[word.lower()] = counts.get(word.lower(), 0) + 1
            bonus = sorted(counts, key=counts.__getitem__, reverse=True)[:10] or ["news"]
        summarizer.bonus_words = bonus
        summarizer.stigma_words = _STIGMA_WORDS
        summarizer.null_words = stops
        return summarizer


# ---------------------------------------------------------------------------
# our default


@dataclass(frozen=True, slots=True)
class SentenceGraph:
    """Sparse term rows of a document's candidate sentences plus their scores."""

    rows: sp.csr_matrix  # L2-normalised term rows, one per candidate
    scores: np.ndarray  # higher is better, max 1.0
    terms: list[list[str]]


@lru_cache(maxsize=8)
def _stemmer(language: str) -> Callable[[str], str]:
    return Stemmer(language)


@lru_cache(maxsize=200_000)
def _term(language: str, token: str) -> str | None:
    """The stem of a content token, None for a stop word or a one-letter token.

    Cached per process: Snowball is slow and news vocabulary repeats across documents
    (the token → stem mapping is a pure function of the language's stemmer and list).
    """
    if token in _stops(language) or len(token) < 2:
        return None
    return _stemmer(language)(token)


@lru_cache(maxsize=8)
def _stops(language: str) -> frozenset[str]:
    return stop_words(language)


def _terms(texts: Sequence[str], language: str) -> list[list[str]]:
    """Stemmed content terms per text (stems cached per process, see :func:`_term`)."""
    cache: dict[str, str | None] = {}
    out = []
    for text in texts:
        terms = []
        for token in TERM_PATTERN.findall(text.lower()):
            term = cache.get(token, "")
            if term == "":
                term = _term(language, token)
                cache[token] = term
            if term is not None:
                terms.append(term)
        out.append(terms)
    return out


def _term_counts(terms: Sequence[Sequence[str]], vocabulary: dict[str, int]) -> sp.csr_matrix:
    """Sublinear term-count rows (1 + log tf) over a vocabulary that grows as it goes."""
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for row in terms:
        counts: dict[int, int] = {}
        for term in row:
            j = vocabulary.setdefault(term, len(vocabulary))
            counts[j] = counts.get(j, 0) + 1
        indices.extend(counts)
        data.extend(1.0 + math.log(c) for c in counts.values())
        indptr.append(len(indices))
    return sp.csr_matrix(
        (np.asarray(data), np.asarray(indices, dtype=np.int64), np.asarray(indptr)),
        shape=(len(terms), len(vocabulary)),
    )


def _row_norms(matrix: sp.csr_matrix) -> np.ndarray:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0.0] = 1.0
    return norms


def _normalize_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    return sp.diags(1.0 / _row_norms(matrix)) @ matrix


_DIGIT_TOKEN = re.compile(r"\S*\d\S*")  # one match per whitespace-separated token with a digit


def specificity(text: str) -> float:
    """Share of tokens that are numbers or capitalised mid-sentence words (names).

    Briefings are about who did what, where and how much; generic scene-setting
    ("The pattern is now familiar.") carries none of those.
    """
    tokens = text.split()
    if not tokens:
        return 0.0
    named = sum(1 for tok in tokens[1:] if tok[:1].isupper())
    numeric = len(_DIGIT_TOKEN.findall(text))
    return (named + numeric) / len(tokens)


@register
class BriefingSummarizer(Summarizer):
    """Position-aware sparse centrality with redundancy removal (the default).

    Defaults were chosen on a BBC sample and the project's two analyst sets
    together, preferring settings in a flat region of all of them over the best
    of any one (see bench/results/rouge.md).
    """

    name = "auto"

    def __init__(
        self,
        language: str = "english",
        *,
        length_exponent: float = 0.6,
        iterations: int = 0,
        damping: float = 0.85,
        position_weight: float = 0.1,
        position_scale: float = 4.0,
        specificity_weight: float = 0.3,
        redundancy: float = 0.4,
        duplicate: float = 0.8,
    ) -> None:
        super().__init__(language)
        self.length_exponent = length_exponent
        self.iterations = iterations
        self.damping = damping
        self.position_weight = position_weight
        self.position_scale = position_scale
        self.specificity_weight = specificity_weight
        self.redundancy = redundancy
        self.duplicate = duplicate

    def centrality(self, tf: sp.csr_matrix, lengths: np.ndarray) -> np.ndarray:
        """Weighted degree (or PageRank) on W = Y Yᵀ, never building W.

        Y scales each sentence's term-count row by length^e / log(length): the
        edge weight then grows with shared content words, and long content-dense
        sentences -- the ones that carry a story -- collect the most weight.  No
        IDF: words repeated across the article are its topic, not noise.
        """
        n = tf.shape[0]
        scale = lengths**self.length_exponent / np.log(lengths + 2.0)
        y = sp.diags(scale) @ tf
        yt = y.T.tocsr()
        self_loops = np.asarray(y.multiply(y).sum(axis=1)).ravel()

        def w(v: np.ndarray) -> np.ndarray:
            return y @ (yt @ v) - self_loops * v

        rank = w(np.ones(n))
        if self.iterations:
            degree = np.where(rank > 1e-12, rank, 1.0)
            rank = np.full(n, 1.0 / n)
            for _ in range(self.iterations):
                rank = (1.0 - self.damping) / n + self.damping * w(rank / degree)
        top = rank.max()
        return rank / top if top > 0 else np.ones(n)

    def graph(self, texts: Sequence[str]) -> SentenceGraph:
        """Score ``texts`` (a document's candidate sentences, in order)."""
        n = len(texts)
        terms = _terms(texts, self.language)
        tf = _term_counts(terms, {})
        lengths = np.maximum(np.array([len(t) for t in terms], dtype=float), 1.0)
        centrality = self.centrality(tf, lengths)
        position = 1.0 / (1.0 + np.arange(n) / self.position_scale)
        specific = np.array([specificity(t) for t in texts])
        scores = (centrality + self.position_weight * position) * (
            1.0 + self.specificity_weight * specific
        )
        top = scores.max()
        scores = scores / top if top > 0 else np.ones(n)
        # Redundancy is judged on cosine of the same sublinear term counts.
        return SentenceGraph(rows=_normalize_rows(tf), scores=scores, terms=terms)

    def select(self, units: Sequence[Unit], count: int) -> list[int]:
        allowed = candidates(units)
        graph = self.graph([units[i].text for i in allowed])
        chosen = mmr(graph.rows, graph.scores, count, self.redundancy, self.duplicate)
        return [allowed[i] for i in chosen]


DENSE_MMR_CELLS = 1_000_000


def mmr(
    rows: sp.csr_matrix,
    scores: np.ndarray,
    count: int,
    redundancy: float,
    duplicate: float,
    groups: np.ndarray | None = None,
    group_penalty: float = 0.0,
) -> list[int]:
    """Greedy maximal-marginal-relevance selection on normalised sparse rows.

    Each pick costs one sparse mat-vec, so choosing k of n is O(k · nnz).  A
    candidate whose cosine with a chosen row reaches ``duplicate`` is never
    picked: it repeats a fact already in the summary.  ``groups`` (e.g. the source
    document) optionally spreads picks across groups.
    """
    n = rows.shape[0]
    # A news article's rows fit in a small dense array, where each pick's mat-vec is
    # cheaper than building sparse slices; long inputs stay sparse (O(k · nnz)).
    dense = rows.toarray() if n * rows.shape[1] <= DENSE_MMR_CELLS else None
    best_overlap = np.zeros(n)
    picks_in_group = np.zeros(int(groups.max()) + 1 if groups is not None and n else 0)
    available = np.ones(n, dtype=bool)
    chosen: list[int] = []
    while len(chosen) < count and available.any():
        gain = scores - redundancy * best_overlap
        if groups is not None:
            gain = gain - group_penalty * picks_in_group[groups]
        gain = np.where(available, gain, -np.inf)
        pick = int(np.argmax(gain))
        chosen.append(pick)
        available[pick] = False
        if groups is not None:
            picks_in_group[groups[pick]] += 1
        if dense is not None:
            overlap = dense @ dense[pick]
        else:
            overlap = np.asarray((rows @ rows[pick].T).todense()).ravel()
        best_overlap = np.maximum(best_overlap, overlap)
        available &= best_overlap < duplicate
    return chosen


# ---------------------------------------------------------------------------
# public API


def _units_for(text: str, language: str) -> list[Unit]:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if not text.strip():
        raise ValueError("cannot summarize empty or whitespace-only text")
    return segment(text, language)


def summarize(
    text: str, sentences: SentenceCount = 3, method: str = "auto", language: str = "english"
) -> list[str]:
    """Pick ``sentences`` sentences of ``text`` (a count or a ratio like "20%").

    Sentences come back in document order; text that has no more sentences than
    asked for comes back whole.  Raises ``ValueError`` for empty text or an
    unknown method.
    """
    try:
        method_class = SUMMARIZERS[method]
    except KeyError:
        known = ", ".join(sorted(SUMMARIZERS))
        raise ValueError(f"unknown summarization method {method!r}; choose from {known}") from None
    units = _units_for(text, language)
    if not units:
        raise ValueError("cannot summarize text without any words")
    count = resolve_count(sentences, len(candidates(units)))
    if len(units) <= count:
        return [u.text for u in units]
    chosen = method_class(language)(units, count)
    return [units[i].text for i in chosen]


# Per-document shortlist size in a briefing: enough to let redundancy removal
# fall back to a document's second-best sentence.
_SHORTLIST = 3


def summarize_many(
    documents: Iterable[tuple[int, str]], sentences: SentenceCount = 5
) -> list[tuple[int, str]]:
    """One briefing across many documents: the best sentences, each fact once.

    Every document is scored on its own (cost linear in its length), its best few
    sentences join a shared pool, and MMR over the pool drops sentences that say
    what an already chosen sentence from another article says.  Sentences that
    echo what many articles report (close to the pool's centroid) rank higher; at
    most one sentence per document is taken before any gets a second.  Output is in
    input-document order, then sentence order.
    """
    pool_ids: list[int] = []
    pool_order: list[tuple[int, int]] = []
    pool_texts: list[str] = []
    pool_scores: list[float] = []
    pool_terms: list[list[str]] = []
    for d, (doc_id, text) in enumerate(documents):
        if not isinstance(text, str) or not text.strip():
            continue
        language = detect_language(text)
        units = segment(text, language)
        allowed = candidates(units)
        if not allowed:
            continue
        summarizer = BriefingSummarizer(language)
        graph = summarizer.graph([units[i].text for i in allowed])
        k = min(_SHORTLIST, len(allowed))
        shortlist = mmr(graph.rows, graph.scores, k, summarizer.redundancy, summarizer.duplicate)
        for rank, i in enumerate(shortlist):
            pool_ids.append(doc_id)
            pool_order.append((d, allowed[i]))
            pool_texts.append(units[allowed[i]].text)
            # Later shortlist picks are a document's weaker points.
            pool_scores.append(float(graph.scores[i]) * (1.0 - 0.1 * rank))
            pool_terms.append(graph.terms[i])
    if not pool_texts:
        return []
    count = resolve_count(sentences, len(pool_texts))
    tf = _term_counts(pool_terms, {})
    df = np.bincount(tf.indices, minlength=tf.shape[1]).astype(float)
    rows = _normalize_rows(tf @ sp.diags(np.log((len(pool_terms) + 1.0) / (df + 0.5))))
    centroid = np.asarray(rows.sum(axis=0)).ravel()
    norm = np.linalg.norm(centroid)
    consensus = rows @ (centroid / norm) if norm > 0 else np.zeros(len(pool_texts))
    scores = np.asarray(pool_scores) * (1.0 + np.asarray(consensus))
    groups = np.array([d for d, _ in pool_order])
    chosen = mmr(rows, scores, count, 0.6, 0.5, groups=groups, group_penalty=1.0)
    chosen.sort(key=pool_order.__getitem__)
    return [(pool_ids[i], pool_texts[i]) for i in chosen]
