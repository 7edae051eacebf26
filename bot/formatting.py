"""Pure formatting: views in, Telegram HTML out. No I/O, so everything here is unit-tested.

Every piece of inserted text goes through :func:`esc`; the only markup is the handful of
tags Telegram accepts (``b``, ``i``, ``code``). :func:`split_message` cuts long replies at
paragraph or line boundaries and never inside a tag or an entity, closing and re-opening
formatting across parts.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.errors import IngestError
from bot.services import (
    AgreementItem,
    AidItem,
    AidReport,
    DesignationItem,
    DocsPage,
    DocumentView,
    SearchHit,
    StatusChange,
    SummaryView,
)

MESSAGE_LIMIT = 4096
MAX_ITEMS = 25
EVIDENCE_CHARS = 220
TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024


# "WASHINGTON, May 14, 2026 — ", "LONDON, 14 April 2026 (Reuters) – ",
# "BOGOTÁ, 17 de diciembre de 2025 — ": the place and date are shown with the document.
_DATELINE_LEAD = re.compile(
    r"^[A-ZÁÉÍÓÚÑÇ][A-ZÁÉÍÓÚÑÇ .'’-]{1,40}(?:,\s*[A-Za-z .]{2,30})?,\s+"
    r"[^\n—–]{0,30}?\b(?:19|20)\d\d\s*(?:\([^()\n]{1,40}\)\s*)?[—–-]+\s+(?=\S)"
)


def sentence_text(sentence: str) -> str:
    """A summary sentence without its dateline prefix, which reads as noise in a list."""
    return _DATELINE_LEAD.sub("", sentence.strip(), count=1)


def esc(value: Any) -> str:
    """Escape text for Telegram HTML (``<``, ``>``, ``&``; quotes are harmless in text)."""
    return html.escape("" if value is None else str(value), quote=False)


def cite(document_id: int) -> str:
    return f"#{int(document_id)}"


def cites(document_ids: Iterable[int]) -> str:
    return ", ".join(cite(i) for i in document_ids)


def open_hint(document_ids: Iterable[int]) -> str:
    ids = list(dict.fromkeys(document_ids))
    if not ids:
        return ""
    return f"\n\n<i>Open a source with /doc {ids[0]}</i>"


def clip(text: str | None, limit: int = EVIDENCE_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def money(amount: float | None, currency: str | None) -> str:
    """12000000, "GBP" → "GBP 12 million"; unknown amounts say so."""
    if amount is None:
        return "amount not stated"
    unit = f"{currency} " if currency else ""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(amount) >= size:
            number = f"{amount / size:,.2f}".rstrip("0").rstrip(".")
            return f"{unit}{number} {word}"
    return f"{unit}{amount:,.0f}"


def status_label(status: str | None) -> str:
    return (status or "unknown").replace("_", " ")


# --- commands ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CommandHelp:
    name: str
    summary: str
    usage: str
    examples: tuple[str, ...]
    admin: bool = False


def format_help(commands: Sequence[CommandHelp], admin: bool) -> str:
    lines = ["<b>Briefbot commands</b>", ""]
    for command in commands:
        if command.admin:
            continue
        lines.append(_help_line(command))
    if admin:
        lines += ["", "<b>Admin</b>"]
        lines.append(
            "• <b>Send a file</b> (.txt, .md, .html, .pdf, .docx, up to 20 MB) to store it"
        )
        for command in commands:
            if command.admin:
                lines.append(_help_line(command))
    lines += ["", "<i>Records cite their document as #12; open it with /doc 12.</i>"]
    return "\n".join(lines)


def _help_line(command: CommandHelp) -> str:
    example = "; ".join(f"<code>{esc(e)}</code>" for e in command.examples)
    return f"• {esc(command.usage)} — {esc(command.summary)}\n   e.g. {example}"


def format_start(first_name: str | None, admin: bool, documents: int) -> str:
    hello = f"Hello, {esc(first_name)}!" if first_name else "Hello!"
    text = (
        f"{hello} I keep a library of briefing documents ({documents} so far), summarize "
        "them and track <b>aid</b>, <b>designations</b> and <b>agreements</b> across them.\n\n"
        "Try /summary, /aid Ecuador, /agreements signed or /search extradition.\n"
        "Send /subscribe 08:00 Europe/Madrid for a daily digest, and /help for everything."
    )
    if admin:
        text += "\n\nYou are an admin: send a document file, or /add followed by text, to store it."
    return text


def format_unknown(command: str) -> str:
    return f"I don't know {esc(command)}. Send /help for the list of commands."


# --- documents --------------------------------------------------------------------------


def _date(row: dict[str, Any]) -> str:
    return row.get("published") or (row.get("added_at") or "")[:10] or "undated"


def format_docs_page(page: DocsPage) -> str:
    if not page.rows:
        return "No documents yet. An admin can send a file to add one."
    lines = [f"<b>Documents</b> ({page.total}) — page {page.page} of {page.pages}", ""]
    for row in page.rows:
        lines.append(f"{cite(row['id'])} {esc(_date(row))} — {esc(row['title'])}")
    lines.append(open_hint([page.rows[0]["id"]]).strip("\n"))
    return "\n".join(lines)


def docs_keyboard(page: int, pages: int) -> InlineKeyboardMarkup | None:
    """◀ / ▶ buttons; callback data ``docs:N`` is handled by the /docs callback."""
    if pages <= 1:
        return None
    buttons = []
    if page > 1:
        buttons.append(InlineKeyboardButton("◀ Newer", callback_data=f"docs:{page - 1}"))
    buttons.append(InlineKeyboardButton(f"{page}/{pages}", callback_data=f"docs:{page}"))
    if page < pages:
        buttons.append(InlineKeyboardButton("Older ▶", callback_data=f"docs:{page + 1}"))
    return InlineKeyboardMarkup([buttons])


def format_document(view: DocumentView) -> str:
    doc = view.document
    lines = [
        f"<b>{cite(doc['id'])} {esc(doc['title'])}</b>",
        f"Published: {esc(doc.get('published') or 'unknown')} · "
        f"Source: {esc(doc.get('source') or 'unknown')}",
        f"Added {esc((doc.get('added_at') or '')[:10])} by {esc(doc.get('added_by'))}"
        + (f" · {esc(doc['language'])}" if doc.get("language") else ""),
        "",
        "<b>Summary</b>",
    ]
    summary = [s for s in (doc.get("summary") or "").splitlines() if s.strip()]
    lines += [f"• {esc(sentence_text(s))}" for s in summary] or ["<i>no summary</i>"]
    if view.aid:
        lines += ["", f"<b>Aid</b> ({len(view.aid)})"]
        lines += [_aid_line(item, show_cite=False) for item in view.aid]
    if view.designations:
        lines += ["", f"<b>Designations</b> ({len(view.designations)})"]
        lines += [_designation_line(item, show_cite=False) for item in view.designations]
    if view.agreements:
        lines += ["", f"<b>Agreements</b> ({len(view.agreements)})"]
        lines += [_agreement_line(item, show_cite=False) for item in view.agreements]
    if not (view.aid or view.designations or view.agreements):
        lines += ["", "<i>No aid, designations or agreements found in this document.</i>"]
    return "\n".join(lines)


def format_search(query: str, hits: Sequence[SearchHit]) -> str:
    if not hits:
        return f"Nothing found for “{esc(query)}”. Try fewer or different words."
    lines = [f"<b>Search:</b> {esc(query)} — {len(hits)} best match(es)", ""]
    for hit in hits:
        lines.append(
            f"{cite(hit.document_id)} <b>{esc(hit.title)}</b> ({esc(hit.published or 'undated')})"
        )
        if hit.snippet:
            lines.append(f"   {_snippet(hit.snippet)}")
    lines.append(open_hint([hits[0].document_id]).strip("\n"))
    return "\n".join(lines)


def _snippet(snippet: str) -> str:
    """The store marks hits with \\x02 … \\x03; escape first, then bold them."""
    text = esc(" ".join(snippet.split()))
    text = re.sub(r"\x02([^\x02\x03]*)\x03", r"<b>\1</b>", text)
    return text.replace("\x02", "").replace("\x03", "")


# --- records ----------------------------------------------------------------------------


def _aid_line(item: AidItem, show_cite: bool = True) -> str:
    donor = esc(item.donor or "unnamed donor")
    recipient = esc(item.recipient or "unnamed recipient")
    kind = f" ({esc(item.kind)})" if item.kind and item.kind != "unspecified" else ""
    purpose = f" · {esc(clip(item.purpose, 80))}" if item.purpose else ""
    line = (
        f"• {donor} → {recipient}: <b>{esc(money(item.amount, item.currency))}</b>{kind}{purpose}"
    )
    if show_cite:
        line += f" — {cites(item.document_ids)}"
    return line


def format_aid(report: AidReport) -> str:
    scope = f" — {esc(report.term)}" if report.term else ""
    if not report.items:
        what = f" for “{esc(report.term)}”" if report.term else ""
        return f"No aid records{what} yet."
    lines = [f"<b>Aid{scope}</b>", ""]
    if report.totals:
        lines.append("<b>Totals</b> (each pledge counted once, per currency)")
        for total in report.totals:
            lines.append(
                f"• {esc(total.recipient)}: <b>{esc(money(total.amount, total.currency))}</b> "
                f"in {total.pledges} pledge(s) — {cites(total.document_ids)}"
            )
        lines.append("")
    lines.append(f"<b>Pledges</b> ({len(report.items)})")
    lines += [_aid_line(item) for item in report.items[:MAX_ITEMS]]
    if len(report.items) > MAX_ITEMS:
        lines.append(f"<i>…and {len(report.items) - MAX_ITEMS} more; narrow with /aid COUNTRY</i>")
    if report.truncated:
        lines.append("<i>Totals cover the most recent records only.</i>")
    lines.append(open_hint(i for item in report.items for i in item.document_ids).strip("\n"))
    return "\n".join(lines)


def _history(history: Sequence[StatusChange]) -> str:
    return " → ".join(
        f"{esc(status_label(h.status))} ({esc(h.date or '?')}, {cite(h.document_id)})"
        for h in history
    )


def _designation_line(item: DesignationItem, show_cite: bool = True) -> str:
    what = esc(item.designation or "designation")
    by = f" by {esc(item.authority)}" if item.authority else ""
    aka = f" (aka {esc(', '.join(item.aliases[:3]))})" if item.aliases else ""
    line = f"• <b>{esc(item.entity)}</b>{aka}: {esc(item.action)} — {what}{by}"
    if show_cite:
        line += f" — {cites(item.document_ids)}"
    if len(item.history) > 1:
        line += f"\n   history: {_history(item.history)}"
    return line


def _record_list(
    kind: str,
    term: str,
    items: Sequence[DesignationItem] | Sequence[AgreementItem],
    line: Callable[..., str],
    narrow: str,
    heading_note: str = "",
) -> str:
    """The shared shape of /designations and /agreements: heading, lines, overflow, hint."""
    if not items:
        what = f" for “{esc(term)}”" if term else ""
        return f"No {kind.lower()}{what} yet."
    scope = f" — {esc(term)}" if term else ""
    lines = [f"<b>{kind}{scope}</b> ({len(items)}){heading_note}", ""]
    lines += [line(item) for item in items[:MAX_ITEMS]]
    if len(items) > MAX_ITEMS:
        lines.append(f"<i>…and {len(items) - MAX_ITEMS} more; narrow with {narrow}</i>")
    lines.append(open_hint(i for item in items for i in item.document_ids).strip("\n"))
    return "\n".join(lines)


def format_designations(term: str, items: Sequence[DesignationItem]) -> str:
    return _record_list("Designations", term, items, _designation_line, "/designations NAME")


def _agreement_line(item: AgreementItem, show_cite: bool = True) -> str:
    parties = f" ({esc(', '.join(item.parties))})" if item.parties else ""
    line = f"• <b>{esc(item.name)}</b>{parties}: <b>{esc(status_label(item.status))}</b>"
    if show_cite:
        line += f" — {cites(item.document_ids)}"
    if len(item.history) > 1:
        line += f"\n   history: {_history(item.history)}"
    return line


def format_agreements(term: str, items: Sequence[AgreementItem]) -> str:
    return _record_list(
        "Agreements", term, items, _agreement_line, "/agreements COUNTRY", ", newest first"
    )


def format_summary(view: SummaryView) -> str:
    if not view.sentences:
        return f"<b>{esc(view.heading)}</b>\n{esc(view.empty_reason or 'Nothing to summarize.')}"
    lines = [f"<b>{esc(view.heading)}</b>", ""]
    lines += [
        f"• {esc(sentence_text(sentence))} — {cite(doc_id)}" for doc_id, sentence in view.sentences
    ]
    if view.documents:
        lines += ["", "<b>From</b>"]
        lines += [f"{cite(d['id'])} {esc(d['title'])}" for d in view.documents]
    lines.append(open_hint(doc_id for doc_id, _ in view.sentences).strip("\n"))
    return "\n".join(lines)


def format_single_summary(view: DocumentView) -> str:
    doc = view.document
    summary = [s for s in (doc.get("summary") or "").splitlines() if s.strip()]
    lines = [f"<b>{cite(doc['id'])} {esc(doc['title'])}</b> ({esc(_date(doc))})", ""]
    lines += [f"• {esc(sentence_text(s))}" for s in summary] or ["<i>no summary</i>"]
    records = len(view.aid) + len(view.designations) + len(view.agreements)
    lines += ["", f"<i>{records} record(s); the full view: /doc {doc['id']}</i>"]
    return "\n".join(lines)


# --- subscriptions, status, admin ----------------------------------------------------------


def format_subscribed(time: str, timezone: str) -> str:
    return (
        f"Subscribed: a digest every day at <b>{esc(time)}</b> ({esc(timezone)}) with what is "
        "new since the last one. /unsubscribe stops it."
    )


def format_status(
    subscription: dict[str, Any] | None, documents: int, version: str, admin: bool
) -> str:
    if subscription:
        last = subscription.get("last_sent_at")
        sub = (
            f"daily at <b>{esc(subscription['time'])}</b> ({esc(subscription['timezone'])}); "
            f"last digest: {esc(last[:16].replace('T', ' ') + ' UTC' if last else 'not yet')}"
        )
    else:
        sub = "not subscribed (/subscribe 08:00)"
    lines = [
        "<b>Status</b>",
        f"Digest: {sub}",
        f"Documents: {documents}",
        f"Version: Briefbot {esc(version)}",
    ]
    if admin:
        lines.append("You are an admin.")
    return "\n".join(lines)


def format_stats(stats: dict[str, Any]) -> str:
    size = stats.get("db_bytes")
    lines = [
        "<b>Stats</b>",
        f"Documents: {stats['documents']}",
        f"Aid records: {stats['aid']}",
        f"Designations: {stats['designations']}",
        f"Agreements: {stats['agreements']}",
        f"Subscriptions: {stats['subscriptions']}",
        f"Last added: {esc(stats.get('last_added_at') or 'never')}",
    ]
    if size is not None:
        lines.append(f"Database: {size / 1024 / 1024:.1f} MB")
    return "\n".join(lines)


def format_ingest_result(result: Any) -> str:
    """An :class:`bot.ingest.IngestResult`: the new document, or the one it duplicates."""
    if not result.created:
        return (
            f"Not stored: duplicate of {cite(result.document_id)} “{esc(result.title)}”. "
            f"Open it with /doc {result.document_id}"
        )
    records = result.records
    lines = [
        f"Stored as <b>{cite(result.document_id)}</b> — {esc(result.title)}",
        "",
        "<b>Summary</b>",
    ]
    lines += [f"• {esc(s)}" for s in result.summary] or ["<i>no summary</i>"]
    lines += [
        "",
        f"Found {len(records.aid)} aid, {len(records.designations)} designation(s), "
        f"{len(records.agreements)} agreement(s).",
    ]
    for aid in records.aid[:10]:
        lines.append(
            f"• aid: {esc(aid.donor or '?')} → {esc(aid.recipient or '?')}: "
            f"{esc(money(aid.amount, aid.currency))}"
        )
    for d in records.designations[:10]:
        lines.append(
            f"• designation: {esc(d.entity)} — {esc(d.action)} ({esc(d.designation or '?')})"
        )
    for a in records.agreements[:10]:
        lines.append(f"• agreement: {esc(a.name)} — {esc(status_label(a.status))}")
    lines.append(f"\n<i>Open it with /doc {result.document_id}</i>")
    return "\n".join(lines)


def format_ingest_error(error: IngestError) -> str:
    return f"Not stored: {esc(error.filename)} — {esc(error.detail)}."


def format_too_big(filename: str, size: int, limit: int) -> str:
    return (
        f"Not stored: {esc(filename)} is {size / 1024 / 1024:.1f} MB; the limit is "
        f"{limit / 1024 / 1024:.0f} MB."
    )


# --- splitting ---------------------------------------------------------------------------

_ATOM = re.compile(r"<[^<>]*>|&(?:#\d+|#x[0-9a-fA-F]+|\w+);|[\s\S]", re.ASCII)
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][\w-]*)")


def split_message(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split Telegram HTML into parts of at most ``limit`` characters.

    Cuts prefer a paragraph break, then a line break, then a space, and fall back to any
    character boundary; never inside a tag or an entity. Tags open at a cut are closed
    at the end of the part and re-opened at the start of the next. The text content of
    the parts, joined, is exactly the input's.

    Linear in the length of the reply: the text is cut into atoms once (a tag, an entity
    or one character) with running lengths, each part's overflow point is found by
    bisection over runs of atoms between tags (where the closing tags' cost is constant),
    and the last cut of each priority before it by bisection over the positions of line
    breaks and spaces. The parts are the ones an atom-by-atom scan would produce.
    """
    if len(text) <= limit:
        return [text] if _visible(text).strip() else []  # tags alone: nothing to send
    atoms = _ATOM.findall(text)
    n = len(atoms)
    ends = [0, *accumulate(map(len, atoms))]  # ends[k + 1]: characters up to atom k
    tags = [i for i, atom in enumerate(atoms) if atom[:1] == "<" and _TAG.match(atom)]
    breaks = [i for i, atom in enumerate(atoms) if atom == "\n"]
    paragraphs = [i for i in breaks if i and atoms[i - 1] == "\n"]  # priority 3
    lines = [i for i in breaks if not (i and atoms[i - 1] == "\n")]  # priority 2
    spaces = [i for i, atom in enumerate(atoms) if atom == " " or atom == "\t"]  # 1
    by_priority = ((3, paragraphs), (2, lines), (1, spaces))

    parts: list[str] = []
    start = 0
    start_stack: list[tuple[str, str]] = []
    while True:
        head = _opening(start_stack)
        base = len(head) - ends[start]  # the part's length after atom k: base + ends[k + 1]
        stack = start_stack
        changes: list[tuple[int, list[tuple[str, str]]]] = []  # (atom, stack after it)
        overflow = -1
        position = start
        tag_index = bisect_left(tags, start)
        while overflow < 0:
            next_tag = tags[tag_index] if tag_index < len(tags) else n
            low = max(position, start + 1)  # the part's first atom always goes in
            if low < next_tag:
                threshold = limit - base - _closing_length(stack)
                first = bisect_right(ends, threshold, low + 1, next_tag + 1)
                if first <= next_tag:
                    overflow = first - 1
                    break
            if next_tag >= n:
                break
            new_stack = _apply(stack, atoms[next_tag])
            if next_tag > start and base + ends[next_tag + 1] + _closing_length(new_stack) > limit:
                overflow = next_tag
                break
            if new_stack is not stack:
                changes.append((next_tag, new_stack))
            stack = new_stack
            position = next_tag + 1
            tag_index += 1
        if overflow < 0:
            break
        cut, cut_stack = _cut(
            atoms, ends, by_priority, start, overflow, base, limit, start_stack, changes
        )
        if cut is None:
            cut, cut_stack = overflow, stack  # no boundary yet: cut before the overflow
        parts.append(head + "".join(atoms[start:cut]) + _closing(cut_stack))
        start, start_stack = cut, list(cut_stack)
    tail = _opening(start_stack) + "".join(atoms[start:])
    if _visible(tail).strip():
        parts.append(tail)
    elif parts and len(parts[-1]) + len(tail) <= limit:
        parts[-1] += tail
    return [p for p in parts if _visible(p).strip()]


def _opening(tags: list[tuple[str, str]]) -> str:
    return "".join(tag for _, tag in tags)


def _closing(tags: list[tuple[str, str]]) -> str:
    return "".join(f"</{name}>" for name, _ in reversed(tags))


def _closing_length(tags: list[tuple[str, str]]) -> int:
    return sum(len(name) + 3 for name, _ in tags)


def _cut(
    atoms: list[str],
    ends: list[int],
    by_priority: tuple[tuple[int, list[int]], ...],
    start: int,
    overflow: int,
    base: int,
    limit: int,
    start_stack: list[tuple[str, str]],
    changes: list[tuple[int, list[tuple[str, str]]]],
) -> tuple[int | None, list[tuple[str, str]]]:
    """Where to end the part that starts at atom ``start`` and cannot take ``overflow``.

    Boundaries count once the part has visible text: after a paragraph break (3), a line
    break (2), a space or tab (1), or any other one-character atom (0). The strongest
    boundary whose part fills a third of the limit wins, else the weakest one present;
    the latest of each priority is the candidate. Returns (first atom of the next part,
    tags open there), or (None, []) when there is no boundary.
    """
    text_from = start
    while text_from < overflow:
        atom = atoms[text_from]
        if atom[:1] != "<" and atom.strip():
            break
        text_from += 1
    if text_from >= overflow:
        return None, []
    found: list[tuple[int, int]] = []  # (priority, atom), strongest first
    for priority, positions in by_priority:
        k = bisect_left(positions, overflow) - 1
        if k >= 0 and positions[k] >= text_from:
            found.append((priority, positions[k]))
    k = overflow - 1
    while k >= text_from:
        atom = atoms[k]
        if len(atom) == 1 and atom not in "<\n \t":
            found.append((0, k))
            break
        k -= 1
    if not found:
        return None, []
    weakest = found[-1][0]
    for priority, k in found:
        if base + ends[k + 1] >= limit // 3 or priority == weakest:
            stack = start_stack
            for at, after in changes:
                if at > k:
                    break
                stack = after
            return k + 1, stack
    return None, []  # pragma: no cover - the weakest boundary is always taken


def _apply(stack: list[tuple[str, str]], atom: str) -> list[tuple[str, str]]:
    if not atom.startswith("<") or len(atom) < 3:
        return stack
    match = _TAG.match(atom)
    if match is None:
        return stack
    closing, name = match.group(1), match.group(2).lower()
    if not closing:
        return [*stack, (name, atom)]
    for position in range(len(stack) - 1, -1, -1):
        if stack[position][0] == name:
            return stack[:position]
    return stack


def _visible(html_text: str) -> str:
    return html_to_text(html_text)


def html_to_text(html_text: str) -> str:
    """Telegram HTML → the plain text a reader sees (for the console and plain fallbacks)."""
    return html.unescape(re.sub(r"<[^<>]*>", "", html_text))


def format_upload_limit(per_minute: int, wait_seconds: float) -> str:
    return (
        f"Not stored: you can add at most {per_minute} documents a minute. "
        f"Try again in {max(1, round(wait_seconds))} s."
    )
