"""The ``briefbot`` command: a thin layer over the library (store, ingestion, bot, console)."""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.config import Settings
from bot.errors import BriefbotError, IngestError
from bot.ingest import Ingestor, expand_paths, load_seeds
from bot.redact import install_redaction
from bot.store import EXPORTABLE_TABLES, Store

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefbot",
        description="Briefing bot: store news documents, summarize them, extract records.",
    )
    parser.add_argument(
        "--db", type=Path, help="SQLite database (default: $BRIEFBOT_DB or data/briefbot.db)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ingest = sub.add_parser("ingest", help="store files or folders of documents")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument("--no-progress", action="store_true", help="hide the progress bar")

    docs = sub.add_parser("docs", help="list stored documents, newest first")
    docs.add_argument("--limit", type=int, default=20)
    docs.add_argument("--offset", type=int, default=0)

    show = sub.add_parser("show", help="show one document with its summary and records")
    show.add_argument("id", type=int)

    export = sub.add_parser("export", help="export a table as JSON or CSV to stdout")
    export.add_argument("table", choices=EXPORTABLE_TABLES)
    export.add_argument("--format", choices=("json", "csv"), default="json")

    reextract = sub.add_parser(
        "reextract", help="re-run record extraction on stored documents (after an upgrade)"
    )
    reextract.add_argument(
        "ids", nargs="*", type=int, metavar="ID", help="documents to refresh (default: all)"
    )
    reextract.add_argument("--no-progress", action="store_true", help="hide the progress bar")

    run = sub.add_parser("run", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    run.add_argument(
        "--webhook",
        metavar="URL",
        help="receive updates on this public HTTPS URL instead of long polling "
        "(listens on $PORT; secret from $TELEGRAM_WEBHOOK_SECRET)",
    )
    sub.add_parser("chat", help="talk to the bot in the terminal (no token needed)")
    ask = sub.add_parser("ask", help='send one command, print the reply: ask "/aid Ecuador"')
    ask.add_argument("text", nargs="+", help="the message, e.g. /aid Ecuador")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    install_redaction(os.environ.get("TELEGRAM_BOT_TOKEN", "").strip())
    try:
        settings = Settings.from_env(db_path=args.db)
    except BriefbotError as exc:
        print(f"briefbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    # Bare `briefbot`: the bot when a token is configured, else the console.
    command = args.command or ("run" if settings.token else "chat")
    if command == "run" and not settings.token:
        print(
            "briefbot: TELEGRAM_BOT_TOKEN is not set. Get a token from @BotFather and export "
            "it (see .env.example), or try the bot without Telegram: briefbot chat",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        store = Store(settings.db_path)
    except BriefbotError as exc:
        print(f"briefbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    ingestor = Ingestor(store, settings.max_bytes)
    try:
        if command != "ingest":
            load_seeds(ingestor, settings.seeds_dir)
        if command == "ingest":
            return cmd_ingest(ingestor, args.paths, progress=not args.no_progress)
        if command == "docs":
            return cmd_docs(store, getattr(args, "limit", 20), getattr(args, "offset", 0))
        if command == "show":
            return cmd_show(store, args.id)
        if command == "export":
            return cmd_export(store, args.table, args.format)
        if command == "reextract":
            return cmd_reextract(ingestor, args.ids, progress=not args.no_progress)
        if command == "run":
            from bot.app import run

            run(settings, store, webhook_url=getattr(args, "webhook", None))
            return EXIT_OK
        if command == "chat":
            from bot.console import chat

            return asyncio.run(chat(settings, store, sys.stdin, sys.stdout))
        if command == "ask":
            from bot.console import ask

            return asyncio.run(ask(settings, store, " ".join(args.text)))
    except BrokenPipeError:
        return EXIT_OK
    finally:
        store.close()
    parser.error(f"unknown command {command!r}")
    return EXIT_USAGE


def cmd_ingest(ingestor: Ingestor, paths: list[Path], progress: bool = True) -> int:
    files = list(expand_paths(paths))
    missing = [p for p in paths if not p.exists()]
    failed = 0
    for path in missing:
        print(f"failed  {path}: no such file or folder")
        failed += 1
    files = [f for f in files if f.exists()]
    bar = None
    if progress and len(files) > 1 and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=len(files), unit="doc", file=sys.stderr)
    for path in files:
        try:
            result = ingestor.ingest_path(path)
        except IngestError as exc:
            failed += 1
            line = f"failed  {path}: {exc.detail}"
        except OSError as exc:
            failed += 1
            line = f"failed  {path}: {exc.strerror or exc}"
        else:
            verb = "added  " if result.created else "exists "
            line = f"{verb} #{result.document_id} {path} — {result.title}"
        if bar is not None:
            bar.write(line)
            bar.update(1)
        else:
            print(line, flush=True)
    if bar is not None:
        bar.close()
    total = len(files) + len(missing)
    print(f"{total - failed} of {total} file(s) stored or already present; {failed} failed.")
    return EXIT_FAILED if failed else EXIT_OK


def cmd_reextract(ingestor: Ingestor, ids: list[int], progress: bool = True) -> int:
    """Refresh records document by document; each swap is its own transaction."""
    targets = ids or ingestor.store.document_ids()
    if not targets:
        print("No documents yet. Add some with: briefbot ingest PATH")
        return EXIT_OK
    bar = None
    if progress and len(targets) > 1 and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=len(targets), unit="doc", file=sys.stderr)
    totals = {"aid": [0, 0], "designations": [0, 0], "agreements": [0, 0]}
    failed = changed = 0
    for document_id in targets:
        line = None
        try:
            change = ingestor.reextract(document_id)
        except (IngestError, ValueError) as exc:
            failed += 1
            line = f"failed  #{document_id}: {getattr(exc, 'detail', exc)}"
        else:
            if change is None:
                failed += 1
                line = f"failed  #{document_id}: no such document"
            else:
                for table, pair in totals.items():
                    pair[0] += change.before.get(table, 0)
                    pair[1] += change.after.get(table, 0)
                if change.before != change.after:
                    changed += 1
                    counts = ", ".join(
                        f"{table} {change.before.get(table, 0)}→{change.after[table]}"
                        for table in totals
                    )
                    line = f"updated #{document_id} {change.title} — {counts}"
        if bar is not None:
            if line:
                bar.write(line)
            bar.update(1)
        elif line:
            print(line, flush=True)
    if bar is not None:
        bar.close()
    summary = ", ".join(f"{table} {old}→{new}" for table, (old, new) in totals.items())
    done = len(targets) - failed
    print(
        f"Re-extracted {done} of {len(targets)} document(s) ({changed} with different counts): "
        f"{summary}; {failed} failed."
    )
    return EXIT_FAILED if failed else EXIT_OK


def cmd_docs(store: Store, limit: int, offset: int) -> int:
    rows = store.list_documents(limit=max(1, limit), offset=max(0, offset))
    if not rows:
        print("No documents yet. Add some with: briefbot ingest PATH")
        return EXIT_OK
    for row in rows:
        date = row["published"] or row["added_at"][:10]
        print(f"#{row['id']:<5} {date}  {row['title']}")
    print(f"({store.count_documents()} documents)")
    return EXIT_OK


def cmd_show(store: Store, document_id: int) -> int:
    doc = store.get_document(document_id)
    if doc is None:
        print(f"briefbot: no document #{document_id}", file=sys.stderr)
        return EXIT_FAILED
    records = store.records_for(document_id)
    print(f"#{doc['id']} {doc['title']}")
    print(f"Published: {doc['published'] or 'unknown'}   Source: {doc['source'] or 'unknown'}")
    print(f"Language: {doc['language']}   Added: {doc['added_at']} by {doc['added_by']}")
    print("\nSummary:")
    for sentence in (doc["summary"] or "").splitlines():
        print(f"  • {sentence}")
    for table, rows in records.items():
        print(f"\n{table.capitalize()} ({len(rows)}):")
        for row in rows:
            fields = {
                k: v
                for k, v in row.items()
                if k not in {"id", "document_id", "evidence", "span_start", "span_end"}
            }
            print(
                "  - " + ", ".join(f"{k}={v}" for k, v in fields.items() if v not in (None, [], ""))
            )
            print(f"    “{row['evidence']}”")
    return EXIT_OK


def cmd_export(store: Store, table: str, fmt: str) -> int:
    rows = store.iter_table(table)
    if fmt == "json":
        sys.stdout.write("[")
        for index, row in enumerate(rows):
            sys.stdout.write(("," if index else "") + "\n  " + json.dumps(row, ensure_ascii=False))
        sys.stdout.write("\n]\n")
        return EXIT_OK
    writer = None
    for row in rows:
        flat = {
            k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
            for k, v in row.items()
        }
        if writer is None:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(flat))
            writer.writeheader()
        writer.writerow(flat)
    return EXIT_OK
