"""Query latency at scale: p50/p99 of each command over 1k, 10k and 100k documents.

    python bench/query_latency.py [--sizes 1000,10000,100000] [--repeat 40] [--cache DIR]

Databases are generated, not ingested: the project's own news texts (seeds, the
extraction and analyst sets) go through the real pipeline once, then each synthetic
document reuses one of those texts (made unique) with ~10 records varied across a pool
of countries, donors, entities and agreement names, written through the store's insert
path in one transaction per batch.  Built databases are cached (``--cache``, default a
folder under the system temp dir), keyed by size and generator version.

Every command goes through the real handlers and formatters: the ``Application`` that
``briefbot chat`` uses, with the console's in-process Bot API (``bot.console``), so a
sample is parse → service → SQL → consolidation → HTML formatting → message splitting.
Prints a table and writes bench/results/query_latency.md.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import logging
import math
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from telegram.ext import BaseRateLimiter  # noqa: E402

import bot.app  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.console import Console  # noqa: E402
from bot.store import NewDocument, Store  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
GENERATOR_VERSION = 4
BATCH = 2000
RECORDS_PER_DOCUMENT = 10

# Ranked for a Zipf draw (weight 1/rank): Ecuador, fifth, is in ~4% of aid records.
COUNTRIES = [
    "Ukraine",
    "Sudan",
    "Haiti",
    "Somalia",
    "Ecuador",
    "Colombia",
    "Peru",
    "Kenya",
    "Moldova",
    "Georgia",
    "Armenia",
    "Philippines",
    "Vietnam",
    "Indonesia",
    "Bangladesh",
    "Pakistan",
    "Nigeria",
    "Niger",
    "Mali",
    "Chad",
    "Ghana",
    "Senegal",
    "Mauritania",
    "Morocco",
    "Tunisia",
    "Egypt",
    "Jordan",
    "Lebanon",
    "Iraq",
    "Yemen",
    "Guatemala",
    "Honduras",
    "Mexico",
    "Brazil",
    "Bolivia",
    "Paraguay",
    "Ethiopia",
    "Uganda",
    "Tanzania",
    "Mozambique",
    "Zambia",
    "Malawi",
    "Nepal",
    "Myanmar",
    "Cambodia",
    "Laos",
    "Mongolia",
    "Fiji",
    "Tonga",
    "Samoa",
]
COUNTRY_WEIGHTS = list(itertools.accumulate(1 / r for r in range(1, len(COUNTRIES) + 1)))
DONORS = (
    "United States",
    "European Union",
    "Japan",
    "United Kingdom",
    "Germany",
    "France",
    "World Bank",
    "Norway",
    "Sweden",
    "Canada",
    "Australia",
    "South Korea",
)
AUTHORITIES = ("US State Department", "OFAC", "UK Home Office", "EU Council", "UN Security Council")
DESIGNATION_TYPES = (
    "Foreign Terrorist Organization",
    "Specially Designated Global Terrorist",
    "Specially Designated Nationals",
    "proscribed organisation",
)
STATUSES = ("proposed", "negotiating", "signed", "in_force", "suspended", "terminated")
KINDS = ("grant", "loan", "equipment", "humanitarian", "security")
CURRENCIES = ("USD", "EUR", "JPY", "GBP")


@dataclass(frozen=True)
class PoolItem:
    title: str
    text: str
    language: str
    summary: list[str]


class PassThroughLimiter(BaseRateLimiter):
    """No pacing: a reply's parts are paced at 1/s per chat in production (that is the
    transport's job, measured by bench/digest_broadcast.py); here every sample would
    otherwise measure the pacing instead of the bot's own work."""

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        return await callback(*args, **kwargs)


def pool_texts() -> list[Path]:
    paths = sorted((REPO / "seeds").glob("*"))
    paths += sorted((REPO / "tests" / "data" / "extraction").glob("*.txt"))
    paths += sorted(p for p in (REPO / "tests" / "data" / "analyst").glob("*.txt"))
    return [p for p in paths if p.is_file() and not p.name.endswith(".ref.txt")]


def build_pool() -> list[PoolItem]:
    """Real texts through the real parser and summarizer (once per run)."""
    from bot.errors import IngestError
    from bot.formats import read_file
    from bot.ingest import analyze

    pool = []
    for path in pool_texts():
        try:
            parsed = read_file(path.read_bytes(), path.name, 10 * 1024 * 1024)
            analysis = analyze(parsed)
        except IngestError:
            continue
        pool.append(PoolItem(parsed.title, parsed.text, analysis.language, analysis.summary))
    return pool


def synthetic_records(rng: random.Random, i: int):
    """~10 records: 4 aid, 3 designations, 3 agreements, drawn from skewed pools."""
    from summarizer.records import Agreement, Aid, Designation, Records

    def country() -> str:  # Zipf: a few countries are in the news a lot
        return rng.choices(COUNTRIES, cum_weights=COUNTRY_WEIGHTS)[0]

    records = Records()
    for _ in range(4):
        donor, recipient = rng.choice(DONORS), country()
        amount = float(rng.choice((1, 2, 5, 10, 25, 50, 100, 250)) * 10 ** rng.randint(5, 8))
        records.aid.append(
            Aid(
                donor=donor,
                recipient=recipient,
                amount=amount,
                currency=rng.choice(CURRENCIES),
                kind=rng.choice(KINDS),
                purpose="coast guard equipment" if rng.random() < 0.3 else None,
                evidence=f"{donor} pledged {amount:,.0f} to {recipient} (ref {i}).",
            )
        )
    for _ in range(3):
        entity = f"Armed Group {rng.randint(1, 3000)}"
        records.designations.append(
            Designation(
                entity=entity,
                designation=rng.choice(DESIGNATION_TYPES),
                authority=rng.choice(AUTHORITIES),
                action=rng.choice(("designated", "designated", "revoked", "proposed")),
                aliases=[f"AG{rng.randint(1, 99)}"] if rng.random() < 0.3 else [],
                evidence=f"{entity} was listed (ref {i}).",
            )
        )
    for _ in range(3):
        a, b = country(), rng.choice(DONORS)
        name = f"{a}–{b} {rng.choice(('security', 'trade', 'migration'))} agreement"
        records.agreements.append(
            Agreement(
                name=name,
                parties=sorted({a, b}),
                status=rng.choice(STATUSES),
                evidence=f"The {name} was discussed (ref {i}).",
            )
        )
    return records


def generate(path: Path, size: int, pool: list[PoolItem]) -> float:
    """Write ``size`` documents through the store's insert path; returns seconds taken."""
    rng = random.Random(size)
    start = time.perf_counter()
    store = Store(path)
    db = store.db
    for first in range(0, size, BATCH):
        with db.atomic():
            for i in range(first, min(size, first + BATCH)):
                item = pool[i % len(pool)]
                document = NewDocument(
                    title=f"{item.title} ({i})",
                    text=f"{item.text}\n\nReference {i}.",
                    sha256=f"{i:064x}",
                    source="bench",
                    published=f"20{20 + i * 6 // size:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    language=item.language,
                    filename=f"bench-{i}.txt",
                    added_by="bench",
                )
                document_id = store._insert_document(db, document, item.summary)
                store._insert_records(db, document_id, synthetic_records(rng, i))
    db.execute("ANALYZE")
    store.close()
    return time.perf_counter() - start


def database(cache: Path, size: int, pool_factory) -> tuple[Path, float | None]:
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"briefbot-{size}-v{GENERATOR_VERSION}.db"
    done = path.with_suffix(".done")
    if path.exists() and done.exists():
        return path, None
    for stale in cache.glob(f"briefbot-{size}-v{GENERATOR_VERSION}.db*"):
        stale.unlink()
    seconds = generate(path, size, pool_factory())
    done.write_text("ok\n")
    return path, seconds


def commands(size: int, rng: random.Random) -> dict[str, list[str]]:
    """Each benchmarked command and the texts sent for it (rotated over samples)."""
    doc_ids = [str(rng.randint(1, size)) for _ in range(20)]
    return {
        "/aid": ["/aid"],
        "/aid Ecuador": ["/aid Ecuador"],
        "/designations": ["/designations"],
        "/agreements": ["/agreements"],
        "/search": ["/search coast guard", "/search sanctions", "/search ceasefire talks"],
        "/summary": ["/summary"],
        "/doc": [f"/doc {i}" for i in doc_ids],
    }


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]


async def measure(path: Path, repeat: int, size: int) -> dict[str, tuple[float, float, int]]:
    settings = Settings(db_path=path, token="1:bench", seeds_dir=None, digest_interval=3600)
    store = Store(path)
    results: dict[str, tuple[float, float, int]] = {}
    paced = bot.app.ChatPacedRateLimiter
    bot.app.ChatPacedRateLimiter = lambda **_: PassThroughLimiter()  # type: ignore[misc]
    try:
        console = Console(settings, store)
    finally:
        bot.app.ChatPacedRateLimiter = paced  # type: ignore[misc]
    async with console:
        rng = random.Random(7)
        for name, texts in commands(size, rng).items():
            for text in texts[:2]:  # warm: first use imports the NLP package, fills caches
                await console.send(text)
            samples = []
            chars = 0
            for k in range(repeat):
                text = texts[k % len(texts)]
                t0 = time.perf_counter()
                sent = await console.send(text)
                samples.append(time.perf_counter() - t0)
                if not sent:
                    raise AssertionError(f"{text!r} got no reply")
                chars = max(chars, sum(len(s.html) for s in sent))
            results[name] = (statistics.median(samples), quantile(samples, 0.99), chars)
    store.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=40, help="samples per command and size")
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "briefbot-bench"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    sizes = [int(s) for s in args.sizes.split(",")]
    pool: list[PoolItem] = []

    def pool_factory() -> list[PoolItem]:
        if not pool:
            pool.extend(build_pool())
        return pool

    table: dict[int, dict[str, tuple[float, float, int]]] = {}
    notes = []
    for size in sizes:
        path, built = database(args.cache, size, pool_factory)
        mb = path.stat().st_size / 1e6
        notes.append(
            f"- {size:,} documents: {mb:.0f} MB"
            + (f", generated in {built:.1f} s" if built is not None else ", cached")
        )
        print(notes[-1], flush=True)
        table[size] = asyncio.run(measure(path, args.repeat, size))

    names = list(next(iter(table.values())))
    head = "| command | " + " | ".join(f"p50 / p99 at {s:,} (ms)" for s in sizes) + " |"
    lines = [head, "|---|" + "---:|" * len(sizes)]
    for name in names:
        cells = [f"{table[s][name][0] * 1e3:.1f} / {table[s][name][1] * 1e3:.1f}" for s in sizes]
        lines.append(f"| `{name}` | " + " | ".join(cells) + " |")
    latency = "\n".join(lines)

    growth_lines = []
    if len(sizes) >= 2:
        # Exponent of p50 between consecutive sizes: 1.0 is linear in N, 0 is flat.  The
        # reply size is shown too: at 1k a term matches fewer records than the display
        # cap, so a longer reply (formatting cost) is not the same as scaling with N.
        steps = list(itertools.pairwise(sizes))
        head = " | ".join(f"exponent {a // 1000}k→{b // 1000}k" for a, b in steps)
        chars = " | ".join(f"reply chars at {s // 1000}k" for s in sizes)
        growth_lines = [
            f"| command | {head} | {chars} | verdict (largest step) |",
            "|---|" + "---:|" * (len(steps) + len(sizes)) + "---|",
        ]
        for name in names:
            exps = [
                math.log(max(table[b][name][0] / table[a][name][0], 1e-9)) / math.log(b / a)
                for a, b in steps
            ]
            verdict = "flat/sub-linear" if exps[-1] < 0.5 else "GROWS WITH N"
            cells = " | ".join(f"{e:.2f}" for e in exps)
            sizes_cells = " | ".join(f"{table[s][name][2]:,}" for s in sizes)
            growth_lines.append(f"| `{name}` | {cells} | {sizes_cells} | {verdict} |")
    growth = "\n".join(growth_lines)
    target = ""
    if 10000 in table:
        worst = max(table[10000].items(), key=lambda kv: kv[1][1])
        ok = worst[1][1] <= 0.050
        target = (
            f"Worst p99 at 10,000 documents: `{worst[0]}` {worst[1][1] * 1e3:.1f} ms "
            f"(target ≤ 50 ms: {'met' if ok else 'NOT met'})."
        )
    print(latency, growth, target, sep="\n\n")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "query_latency.md").write_text(
        "# Query latency\n\n"
        f"`python bench/query_latency.py --sizes {args.sizes} --repeat {args.repeat}`\n\n"
        "Each sample: one command through the real handlers and formatters (console "
        "request class, in-process) until every part of the reply is sent; "
        f"{args.repeat} samples per command and size after 2 warm-up calls; ~10 records "
        "per document. Telegram's per-chat pacing (1 message/s) is replaced by a "
        "pass-through limiter here, so samples measure the bot's work, not the pacing "
        "(bench/digest_broadcast.py measures the limiter). The machine is shared: "
        "p99 includes other processes' noise.\n\n"
        + "\n".join(notes)
        + f"\n\n{latency}\n\n## Growth\n\n{growth}\n\n{target}\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
