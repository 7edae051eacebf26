"""Ingest benchmark: the whole pipeline over the BBC articles vs sumy TextRank alone.

    python bench/ingest.py ../shared/datasets/bbc-news-summary [--limit N]

Both are run in this process on the same texts, so the ratio holds on a noisy machine.
Prints a table and writes bench/results/ingest.md.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bot.ingest import Ingestor
from bot.store import Store

RESULTS = Path(__file__).resolve().parent / "results"


def load_articles(dataset: Path, limit: int | None) -> list[tuple[str, bytes]]:
    files = sorted((dataset / "articles").glob("*/*.txt"))
    if limit:
        files = files[:limit]
    if not files:
        raise SystemExit(f"no articles under {dataset / 'articles'}")
    return [(f"{path.parent.name}-{path.name}", path.read_bytes()) for path in files]


def time_textrank(articles: list[tuple[str, bytes]]) -> float:
    """sumy's TextRank alone (3 sentences) with the project's offline tokenizer."""
    from summarizer.summarize import summarize

    start = time.perf_counter()
    for _, data in articles:
        text = data.decode("utf-8", "replace")
        summarize(text, 3, method="textrank")
    return time.perf_counter() - start


def time_pipeline(articles: list[tuple[str, bytes]]) -> tuple[float, int, list[float]]:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        ingestor = Ingestor(store, max_bytes=10 * 1024 * 1024)
        per_doc: list[float] = []
        start = time.perf_counter()
        for name, data in articles:
            t0 = time.perf_counter()
            ingestor.ingest_bytes(data, name, added_by="bench")
            per_doc.append(time.perf_counter() - t0)
        elapsed = time.perf_counter() - start
        stored = store.count_documents()
        store.close()
    return elapsed, stored, per_doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    articles = load_articles(args.dataset, args.limit)
    # Warm up imports and caches for both sides so neither pays start-up costs.
    warm = articles[:5]
    time_textrank(warm)
    time_pipeline(warm)
    pipeline_s, stored, per_doc = time_pipeline(articles)
    textrank_s = time_textrank(articles)
    n = len(articles)
    rows = [
        ("articles", f"{n}", ""),
        ("stored (distinct texts)", f"{stored}", ""),
        ("full pipeline", f"{pipeline_s:.2f} s", f"{n / pipeline_s:.1f} articles/s"),
        ("pipeline median per article", f"{statistics.median(per_doc) * 1000:.2f} ms", ""),
        ("sumy TextRank alone", f"{textrank_s:.2f} s", f"{n / textrank_s:.1f} articles/s"),
        ("ratio pipeline / TextRank", f"{pipeline_s / textrank_s:.2f}×", "target ≤ 1.0×"),
    ]
    lines = ["| measure | value | rate |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    table = "\n".join(lines)
    print(table)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "ingest.md").write_text(
        "# Ingest benchmark\n\n`python bench/ingest.py DATASET`"
        f"{f' --limit {args.limit}' if args.limit else ''}\n\n{table}\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
