"""ROUGE benchmark of every summarization method, timed side by side.

    python bench/rouge.py DATASET_DIR [--limit N] [--analyst DIR] [--jobs J]

DATASET_DIR is the BBC News Summary dataset (``articles/<cat>/<n>.txt`` with the
headline on line 1, ``summaries/<cat>/<n>.txt`` with extractive references whose
sentences are glued without spaces).  Each article is summarized by every method
at 3 sentences and at the reference's length; ROUGE-1/2/L F1 come from
``rouge_score`` with stemming.  Methods run one after another on the same article
in the same process, so their median times are comparable.  The analyst set
(``<slug>.txt`` + ``<slug>.ref.txt``, three reference sentences per article) is
scored at 3 sentences.  A 2,000-sentence document built from the dataset times
``auto`` against sumy TextRank once.  Prints one report and writes
``bench/results/rouge.md``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from rouge_score import rouge_scorer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer.sentences import segment
from summarizer.summarize import SUMMARIZERS, candidates

METHODS = ("lead", "textrank", "lexrank", "lsa", "luhn", "edmundson", "sumbasic", "reduction")
METHODS = (*METHODS, "auto")
LABELS = {"lead": "Lead-3 / Lead-k", "auto": "auto (ours)"}
METRICS = ("rouge1", "rouge2", "rougeL")
RESULTS = Path(__file__).resolve().parent / "results" / "rouge.md"
SPEED_SENTENCES = 2000


@dataclass(slots=True)
class Article:
    key: str
    text: str
    reference: str


@dataclass(slots=True)
class Scores:
    """Per-method lists of F1 scores (per budget) and timings."""

    f1: dict[tuple[str, str, str], list[float]] = field(default_factory=dict)
    ms: dict[str, list[float]] = field(default_factory=dict)

    def merge(self, other: Scores) -> None:
        for key, values in other.f1.items():
            self.f1.setdefault(key, []).extend(values)
        for key, values in other.ms.items():
            self.ms.setdefault(key, []).extend(values)


def read_text(path: Path) -> str:
    """Decode UTF-8, falling back to Windows-1252 for the dataset's few legacy files."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def bbc_articles(root: Path, limit: int | None) -> list[Article]:
    """All articles, or ``limit`` of them spread evenly over every category."""
    paths = sorted((root / "articles").glob("*/*.txt"))
    if limit is not None and limit < len(paths):
        step = len(paths) / limit
        paths = [paths[int(i * step)] for i in range(limit)]
    articles = []
    for path in paths:
        ref = root / "summaries" / path.parent.name / path.name
        key = f"{path.parent.name}/{path.stem}"
        articles.append(Article(key, read_text(path), read_text(ref)))
    return articles


def analyst_articles(folder: Path) -> list[Article]:
    """``<slug>.txt`` articles with ``<slug>.ref.txt`` references (one sentence per line)."""
    articles = []
    for ref in sorted(folder.glob("*.ref.txt")):
        text = ref.with_name(ref.name.removesuffix(".ref.txt") + ".txt")
        if text.exists():
            lines = [ln.strip() for ln in read_text(ref).splitlines() if ln.strip()]
            articles.append(
                Article(ref.name.removesuffix(".ref.txt"), read_text(text), "\n".join(lines))
            )
    return articles


def reference_length(article: Article, units: Sequence[str]) -> int:
    """Number of reference sentences: article sentences found verbatim in the reference.

    BBC references glue sentences together ("...time.She said"), so counting
    them by splitting is unreliable; counting matches is not.
    """
    squashed = " ".join(article.reference.split())
    found = sum(1 for u in units if " ".join(u.split()) in squashed)
    return max(1, found)


def score_articles(articles: Sequence[Article], budgets: Sequence[str]) -> Scores:
    """Run every method on every article; ``budgets`` holds "3" and/or "ref"."""
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    scores = Scores()
    methods = {name: SUMMARIZERS[name]("english") for name in METHODS}
    for article in articles:
        units = segment(article.text, "english")
        n_candidates = len(candidates(units))
        counts = {"3": 3, "ref": reference_length(article, [u.text for u in units])}
        for budget in budgets:
            count = min(counts[budget], n_candidates)
            for name, method in methods.items():
                start = time.perf_counter()
                chosen = method(units, count) if len(units) > count else range(len(units))
                elapsed = (time.perf_counter() - start) * 1000.0
                if budget == "3":
                    scores.ms.setdefault(name, []).append(elapsed)
                summary = " ".join(units[i].text for i in chosen)
                result = scorer.score(article.reference, summary)
                for metric in METRICS:
                    key = (budget, name, metric)
                    scores.f1.setdefault(key, []).append(result[metric].fmeasure)
    return scores


def _score_chunk(args: tuple[list[Article], tuple[str, ...]]) -> Scores:
    return score_articles(*args)


def score_parallel(articles: list[Article], budgets: tuple[str, ...], jobs: int) -> Scores:
    if jobs <= 1:
        return score_articles(articles, budgets)
    chunks = [(articles[i::jobs], budgets) for i in range(jobs)]
    total = Scores()
    with multiprocessing.Pool(jobs) as pool:
        for part in pool.imap_unordered(_score_chunk, chunks):
            total.merge(part)
    return total


def long_document(articles: Sequence[Article], sentences: int) -> str:
    """Concatenate article bodies until the text has ``sentences`` sentences."""
    parts: list[str] = []
    total = 0
    for article in _cycle(articles):
        units = [u.text for u in segment(article.text) if not u.heading]
        parts.append(" ".join(units))
        total += len(units)
        if total >= sentences:
            break
    return "\n\n".join(parts)


def _cycle(articles: Sequence[Article]) -> Iterator[Article]:
    while True:
        yield from articles


def speed_check(articles: Sequence[Article]) -> list[tuple[str, int, float]]:
    """Time ``auto`` and sumy TextRank once each on a ~2,000-sentence document."""
    text = long_document(articles, SPEED_SENTENCES)
    units = segment(text)
    rows = []
    for name in ("auto", "textrank"):
        start = time.perf_counter()
        SUMMARIZERS[name]("english")(units, 5)
        rows.append((name, len(units), time.perf_counter() - start))
    return rows


def _mean(values: Sequence[float]) -> str:
    return f"{100.0 * statistics.fmean(values):.1f}" if values else "–"


def table(scores: Scores, budgets: Sequence[str], with_time: bool) -> list[str]:
    head = ["method"]
    for budget in budgets:
        label = "3 sent." if budget == "3" else "ref. length"
        head += [f"R-1 {label}", f"R-2 {label}", f"R-L {label}"]
    if with_time:
        head.append("median ms/article")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name in METHODS:
        cells = [LABELS.get(name, name)]
        for budget in budgets:
            cells += [_mean(scores.f1.get((budget, name, m), [])) for m in METRICS]
        if with_time:
            cells.append(f"{statistics.median(scores.ms[name]):.2f}")
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path, help="BBC News Summary folder")
    parser.add_argument("--limit", type=int, help="score N articles spread over categories")
    parser.add_argument("--analyst", type=Path, default=Path("tests/data/analyst"))
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (timing noisier)")
    parser.add_argument("--no-speed", action="store_true", help="skip the 2,000-sentence check")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    bbc = bbc_articles(args.dataset, args.limit)
    bbc_scores = score_parallel(bbc, ("3", "ref"), args.jobs)
    analyst = analyst_articles(args.analyst) if args.analyst.is_dir() else []
    analyst_scores = score_articles(analyst, ("3",)) if analyst else None
    speed = [] if args.no_speed else speed_check(bbc)

    command = " ".join(["python bench/rouge.py", *(argv if argv is not None else sys.argv[1:])])
    out = [
        "# ROUGE benchmark",
        "",
        f"Generated {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `{command}` "
        f"in {time.perf_counter() - started:.0f} s.",
        "ROUGE F1 × 100 (`rouge_score`, stemming on); headline lines are never candidates.",
        "",
        f"## BBC News Summary: {len(bbc)} articles",
        "",
        *table(bbc_scores, ("3", "ref"), with_time=True),
        "",
        "Median ms/article: one summary at 3 sentences, all methods in the same process"
        + (f" ({args.jobs} workers)." if args.jobs > 1 else "."),
        "",
    ]
    if analyst_scores is not None:
        out += [
            f"## Analyst set: {len(analyst)} articles (`{args.analyst}`), 3 sentences",
            "",
            *table(analyst_scores, ("3",), with_time=False),
            "",
        ]
    else:
        out += [f"## Analyst set\n\nNot found at `{args.analyst}`.", ""]
    if speed:
        out += ["## Long document", "", "| method | sentences | seconds |", "|---|---|---|"]
        out += [f"| {name} | {n} | {sec:.2f} |" for name, n, sec in speed]
        out.append("")
    report = "\n".join(out)
    print(report)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
