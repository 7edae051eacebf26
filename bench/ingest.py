"""Ingest benchmark: the whole pipeline over the BBC articles vs sumy TextRank alone.

    python bench/ingest.py ../shared/datasets/bbc-news-summary [--limit N]

Both are run in this process on the same texts, interleaved in chunks (alternating which
goes first), so the ratio holds on a noisy machine; CPU time (process_time) is reported
next to wall time because the ratio of CPU times ignores other processes entirely.
Prints a table and writes bench/results/ingest.md.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.ingest import Ingestor
from bot.store import Store

RESULTS = Path(__file__).resolve().parent / "results"


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def load_articles(dataset: Path, limit: int | None) -> list[tuple[str, bytes]]:
    files = sorted((dataset / "articles").glob("*/*.txt"))
    if limit:
        files = files[:limit]
    if not files:
        raise SystemExit(f"no articles under {dataset / 'articles'}")
    return [(f"{path.parent.name}-{path.name}", path.read_bytes()) for path in files]


def textrank_once(data: bytes) -> None:
    """sumy's TextRank alone (3 sentences) with the project's offline tokenizer."""
    from summarizer.summarize import summarize

    summarize(data.decode("utf-8", "replace"), 3, method="textrank")


@dataclass
class Timing:
    wall: float = 0.0
    cpu: float = 0.0
    per_doc: list[float] = field(default_factory=list)

    def add(self, wall: float, cpu: float) -> None:
        self.wall += wall
        self.cpu += cpu


def run(articles: list[tuple[str, bytes]], chunk: int) -> tuple[Timing, Timing, int, float]:
    """Pipeline and TextRank over the same texts, interleaved chunk by chunk.

    Alternating which side goes first in each chunk means a neighbour process stealing
    the CPU for a few seconds slows both sides alike, so the ratio stays put.
    Returns (pipeline, textrank, stored documents, database size in MB).
    """
    pipeline, textrank = Timing(), Timing()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        ingestor = Ingestor(store, max_bytes=10 * 1024 * 1024)

        def do_pipeline(part: list[tuple[str, bytes]]) -> None:
            w0, c0 = time.perf_counter(), time.process_time()
            for name, data in part:
                t0 = time.perf_counter()
                ingestor.ingest_bytes(data, name, added_by="bench")
                pipeline.per_doc.append(time.perf_counter() - t0)
            pipeline.add(time.perf_counter() - w0, time.process_time() - c0)

        def do_textrank(part: list[tuple[str, bytes]]) -> None:
            w0, c0 = time.perf_counter(), time.process_time()
            for _, data in part:
                textrank_once(data)
            textrank.add(time.perf_counter() - w0, time.process_time() - c0)

        for i in range(0, len(articles), chunk):
            part = articles[i : i + chunk]
            first, second = (
                (do_pipeline, do_textrank) if i // chunk % 2 == 0 else (do_textrank, do_pipeline)
            )
            first(part)
            second(part)
        stored = store.count_documents()
        store.close()
        size = (Path(tmp) / "bench.db").stat().st_size / 1e6
    return pipeline, textrank, stored, size


def warm_up(articles: list[tuple[str, bytes]]) -> None:
    """Imports, stop-word tables, Punkt parameters: paid once, before any clock starts."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "warm.db")
        ingestor = Ingestor(store, max_bytes=10 * 1024 * 1024)
        for name, data in articles:
            ingestor.ingest_bytes(data, name, added_by="bench")
            textrank_once(data)
        store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--chunk", type=int, default=50, help="articles per interleaved chunk")
    args = parser.parse_args(argv)
    articles = load_articles(args.dataset, args.limit)
    warm_up(articles[:5])
    pipeline, textrank, stored, db_mb = run(articles, args.chunk)
    n = len(articles)
    per_doc = pipeline.per_doc
    rows = [
        ("articles", f"{n}", ""),
        ("stored (distinct texts)", f"{stored} ({db_mb:.0f} MB with FTS)", ""),
        ("full pipeline, wall", f"{pipeline.wall:.2f} s", f"{n / pipeline.wall:.1f} articles/s"),
        ("full pipeline, CPU", f"{pipeline.cpu:.2f} s", f"{n / pipeline.cpu:.1f} articles/s"),
        (
            "pipeline per article p50 / p99",
            f"{statistics.median(per_doc) * 1000:.2f} / {quantile(per_doc, 0.99) * 1000:.2f} ms",
            "",
        ),
        (
            "sumy TextRank alone, wall",
            f"{textrank.wall:.2f} s",
            f"{n / textrank.wall:.1f} articles/s",
        ),
        ("sumy TextRank alone, CPU", f"{textrank.cpu:.2f} s", f"{n / textrank.cpu:.1f} articles/s"),
        (
            "ratio pipeline / TextRank (wall)",
            f"{pipeline.wall / textrank.wall:.2f}×",
            "target ≤ 1.0×",
        ),
        ("ratio pipeline / TextRank (CPU)", f"{pipeline.cpu / textrank.cpu:.2f}×", "target ≤ 1.0×"),
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
