"""Memory: peak RSS of ``briefbot run`` over a 10k-document database, every command asked.

    python bench/memory.py [--documents 10000] [--cache DIR]

``briefbot run`` runs as a subprocess (``python -m bot run``) against the fake Bot API;
the database is bench/query_latency.py's generated one (built and cached if needed).
After the bot answers each command, its resident set (``VmRSS``) and peak
(``VmHWM``, the kernel's high-water mark) are read from ``/proc``.  Target: peak
≤ 200 MB.  Writes bench/results/memory.md.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import query_latency
from _process import ADMIN, CHAT, BotProcess, bot_env, fake_server, status_kb

RESULTS = Path(__file__).resolve().parent / "results"
COMMANDS = (
    "/start", "/help", "/status", "/docs", "/doc 1", "/summary", "/summary today",
    "/summary Ecuador", "/aid", "/aid Ecuador", "/designations", "/designations OFAC",
    "/agreements", "/agreements signed", "/search coast guard", "/subscribe 08:00 UTC",
    "/unsubscribe", "/stats",
)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "briefbot-bench"
    )
    args = parser.parse_args(argv)
    db, _ = query_latency.database(args.cache, args.documents, query_latency.build_pool)
    rows = []
    with tempfile.TemporaryDirectory() as tmp, fake_server() as fake:
        # A copy per run: the bot may write (subscriptions) and the cache stays pristine.
        work = Path(tmp) / "bot.db"
        work.write_bytes(db.read_bytes())
        proc = BotProcess(fake, bot_env(work), Path(tmp) / "bot.log").start()
        try:
            pid = proc.proc.pid
            rows.append(("(started, polling)", status_kb(pid, "VmRSS"), status_kb(pid, "VmHWM")))
            for command in COMMANDS:
                fake.ask(CHAT, ADMIN, command, timeout=60, quiet=0.2)
                rows.append((command, status_kb(pid, "VmRSS"), status_kb(pid, "VmHWM")))
        finally:
            try:
                proc.stop()
            except AssertionError as exc:
                print(f"warning: {str(exc)[:2000]}")
            finally:
                proc.kill()
    peak = max(hwm for _, _, hwm in rows)
    lines = ["| after | RSS (MB) | peak RSS so far (MB) |", "|---|---:|---:|"]
    lines += [f"| `{c}` | {rss / 1024:.0f} | {hwm / 1024:.0f} |" for c, rss, hwm in rows]
    verdict = "met" if peak / 1024 <= 200 else "NOT met"
    summary = f"Peak RSS of `briefbot run`: **{peak / 1024:.0f} MB** (target ≤ 200 MB: {verdict})."
    table = "\n".join(lines)
    print(table, "", summary, sep="\n")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "memory.md").write_text(
        f"# Memory\n\n`python bench/memory.py --documents {args.documents}`\n\n"
        f"`briefbot run` (subprocess) over {args.documents:,} generated documents "
        "(~10 records each) against the fake Bot API; each command answered before the "
        f"reading.\n\n{table}\n\n{summary}\n",
        encoding="utf-8",
    )
    return 0 if verdict == "met" else 1


if __name__ == "__main__":
    raise SystemExit(main())
