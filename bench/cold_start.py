"""Cold start: process start → first reply, for ``briefbot run`` against the fake API.

    python bench/cold_start.py [--runs 5]

A user's ``/start`` is already waiting at the fake Bot API when ``python -m bot run`` is
spawned; the clock stops when the fake accepts the bot's reply.  The database is an
existing one (seeded in a first, untimed run), as after any restart.  Also reports the
import time of ``bot.cli`` and which heavy modules a started bot has loaded (none of
nltk, scipy, sumy, pypdf, docx, bs4 should be needed to answer /start).  Writes
bench/results/cold_start.md.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _process import ADMIN, CHAT, REPO, BotProcess, bot_env, fake_server

RESULTS = Path(__file__).resolve().parent / "results"
HEAVY = ("nltk", "scipy", "sumy", "numpy", "pypdf", "docx", "bs4", "summarizer")


def import_time() -> tuple[float, list[str]]:
    """Seconds to import bot.cli and bot.app in a fresh interpreter; heavy modules loaded."""
    code = (
        "import sys, time; t = time.perf_counter(); import bot.cli, bot.app; "
        "print(time.perf_counter() - t); "
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    return float(out[0]), [m for m in out[1].split(",") if m]


def first_reply(db: Path, log: Path) -> float:
    with fake_server() as fake:
        fake.push_message(CHAT, ADMIN, "/start")
        proc = BotProcess(fake, bot_env(db), log)
        start = time.monotonic()
        with proc:
            fake.wait_for(lambda: fake.messages(CHAT) or None, 30, message="the first reply")
            elapsed = time.monotonic() - start
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    imports = [import_time() for _ in range(3)]
    import_s = statistics.median(t for t, _ in imports)
    loaded = imports[-1][1]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bot.db"
        first_reply(db, Path(tmp) / "seed.log")  # untimed: creates and seeds the database
        samples = [first_reply(db, Path(tmp) / f"run{i}.log") for i in range(args.runs)]
    p50, worst = statistics.median(samples), max(samples)
    verdict = "met" if worst <= 2.0 else "NOT met"
    rows = [
        ("import bot.cli + bot.app (fresh interpreter, median of 3)", f"{import_s:.2f} s"),
        ("heavy modules loaded by that import", ", ".join(loaded) or "none"),
        (f"process start → first reply, median of {args.runs}", f"{p50:.2f} s"),
        (f"process start → first reply, worst of {args.runs}", f"{worst:.2f} s (target ≤ 2 s)"),
    ]
    table = "\n".join(["| measure | value |", "|---|---|", *(f"| {a} | {b} |" for a, b in rows)])
    print(table)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "cold_start.md").write_text(
        f"# Cold start\n\n`python bench/cold_start.py --runs {args.runs}`\n\n"
        "`python -m bot run` spawned with a `/start` already waiting at the fake Bot API; "
        f"timed until the reply is accepted.\n\n{table}\n\nTarget: {verdict}.\n",
        encoding="utf-8",
    )
    return 0 if verdict == "met" else 1


if __name__ == "__main__":
    raise SystemExit(main())
