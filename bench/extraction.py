"""Score record extraction against an annotated set.

Usage::

    python bench/extraction.py [DIR ...] [--out bench/results/extraction.md] [--quiet]
                               [--rules-only]

``--rules-only`` scores the rules without the learned precision gates
(``extract(..., gates=False)``), to see what the gates change.

Each ``DIR`` (default ``tests/data/extraction``) is scored separately and gets
its own table (and its own timing line); all tables go to ``--out``.  A ``DIR`` ``NN_slug.txt`` articles and
``NN_slug.json`` gold files::

    {"published": "...",
     "aid": [{"donor", "recipient", "beneficiary", "amount", "currency", "kind", "evidence"}],
     "designations": [{"entity", "aliases", "designation", "authority", "action", "evidence"}],
     "agreements": [{"name", "parties", "status", "evidence"}]}

Matching (one-to-one, greedy):

* aid — same recipient country/body (both sides normalised through the
  gazetteer) and the same amount (0.5% tolerance) and currency; or both
  amounts null, same recipient and same kind bucket (financial vs in-kind);
* designations — same normalised entity name (either side's aliases count)
  and the same action;
* agreements — fuzzy name match (:func:`summarizer.consolidate.names_match`)
  and at least one common party, or the same normalised generic name
  ("memorandum of understanding", which ``names_match`` refuses on its own)
  with every gold party predicted; status accuracy is computed over matched
  agreements.  Records left over after that get a second pass: a programme
  with the IMF or World Bank is one agreement whatever the text calls it (the
  guidelines' convention), so two lending names ("staff-level agreement",
  "Extended Fund Facility") with the same lender and borrower match.

Donor accuracy is computed over matched aid (matching ignores the donor):
both donors are normalised through the gazetteer and must be equal (two
missing donors count as equal); each disagreement is listed as ``DONOR``.

Also prints the median extraction time of a ~1,000-word text built from the
set's articles.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer.consolidate import agreement_key, names_match, normalize_parties  # noqa: E402
from summarizer.extract import extract  # noqa: E402
from summarizer.gazetteer import normalize  # noqa: E402
from summarizer.record_gates import name_key  # noqa: E402

_INKIND = {"equipment", "humanitarian", "security"}


def _place(name: str | None) -> str:
    if not name:
        return ""
    return normalize(name) or name.strip().lower()


def _bucket(kind: str | None) -> str:
    return "in-kind" if kind in _INKIND else "financial"


def _aid_match(g: dict, p: dict) -> bool:
    if _place(g.get("recipient")) != _place(p.get("recipient")):
        return False
    ga, pa = g.get("amount"), p.get("amount")
    if ga is None and pa is None:
        return _bucket(g.get("kind")) == _bucket(p.get("kind"))
    if ga is None or pa is None:
        return False
    if (g.get("currency") or "").upper() != (p.get("currency") or "").upper():
        return False
    return abs(float(ga) - float(pa)) <= 0.005 * max(abs(float(ga)), 1.0)


def _desig_match(g: dict, p: dict) -> bool:
    gnames = {name_key(g.get("entity"))} | {name_key(a) for a in g.get("aliases") or []}
    pnames = {name_key(p.get("entity"))} | {name_key(a) for a in p.get("aliases") or []}
    gnames.discard("")
    pnames.discard("")
    return bool(gnames & pnames) and g.get("action") == p.get("action")


def _agr_match(g: dict, p: dict) -> bool:
    gp, pp = normalize_parties(g.get("parties")), normalize_parties(p.get("parties"))
    gname, pname = g.get("name") or "", p.get("name") or ""
    if not names_match(gname, pname):
        # Identical generic names ("memorandum of understanding") are not enough
        # for cross-document consolidation, but within one article they name the
        # same instrument when the gold parties are all predicted.
        same = agreement_key(gname) == agreement_key(pname) != ""
        return same and bool(gp) and gp <= pp
    return bool(gp & pp)


_LENDERS = {"IMF", "World Bank"}
_LENDING_NAME = re.compile(
    r"staff[- ]level|facility|arrangement|programme|program\b|bail-?out|stand-?by|credit line"
    r"|financing agreement|acuerdo a nivel|programa",
    re.I,
)


def _lending_match(g: dict, p: dict) -> bool:
    """One IMF / World Bank programme under two of its names (a second-pass match).

    The annotation guidelines make a country's programme with a lender one agreement
    "whatever the text calls it" ("staff-level agreement", "Extended Fund Facility",
    "Stand-By Arrangement"), and writers pick different names for it; so once the
    strict name matches are paired, a leftover gold and predicted record with the same
    lender, a common other party and a lending name on both sides are the same one.
    """
    gp, pp = normalize_parties(g.get("parties")), normalize_parties(p.get("parties"))
    lender = gp & pp & _LENDERS
    borrowers = (gp & pp) - _LENDERS
    return bool(
        lender
        and borrowers
        and _LENDING_NAME.search(g.get("name") or "")
        and _LENDING_NAME.search(p.get("name") or "")
    )


_SECOND_PASS = {_agr_match: _lending_match}


def _pair(gold: list[dict], pred: list[dict], match) -> tuple[list, list, list]:
    """Greedy one-to-one pairing; a matcher's lenient second pass sees only leftovers."""
    used: set[int] = set()
    pairs, left = [], []
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and match(g, p):
                used.add(i)
                pairs.append((g, p))
                break
        else:
            left.append(g)
    misses = []
    lenient = _SECOND_PASS.get(match)
    for g in left:
        for i, p in enumerate(pred):
            if lenient is not None and i not in used and lenient(g, p):
                used.add(i)
                pairs.append((g, p))
                break
        else:
            misses.append(g)
    spurious = [p for i, p in enumerate(pred) if i not in used]
    return pairs, misses, spurious


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _describe(kind: str, rec: dict) -> str:
    if kind == "aid":
        amount = rec.get("amount")
        amount_s = "null" if amount is None else f"{float(amount):,.0f}"
        return (
            f"{rec.get('donor')} -> {rec.get('recipient')} {amount_s} {rec.get('currency')}"
            f" [{rec.get('kind')}]"
        )
    if kind == "designations":
        return f"{rec.get('entity')} [{rec.get('action')}; {rec.get('designation')}]"
    return f"{rec.get('name')} {sorted(rec.get('parties') or [])} [{rec.get('status')}]"


def _median_ms(sample: str, runs: int) -> float:
    extract(sample)  # warm caches
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        extract(sample)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _timing(texts: list[str], runs: int = 200) -> tuple[float, int, float, int]:
    """Median ms per 1,000 words, two ways.

    * running text: the set's first 1,000 words joined by spaces (one paragraph, no
      headline), cut back to the last word that ends a sentence and scaled to 1,000
      words. (Until 2026-11-29 it was cut at word 1,000, mid-sentence: a paragraph
      with no final stop is read as one long heading and split into 80-word windows,
      which measured the splitter's fallback, not extraction.)
    * articles: whole articles of the set, headlines and paragraphs kept, concatenated
      until they reach 1,000 words, with the time scaled to 1,000 words.
    """
    words: list[str] = []
    chosen: list[str] = []
    for t in texts:
        words.extend(t.split())
        if len(words) >= 1000:
            break
    words = words[:1000]
    last_stop = max(
        (i for i, w in enumerate(words) if w.rstrip('"”’)').endswith((".", "!", "?"))),
        default=len(words) - 1,
    )
    running = " ".join(words[: last_stop + 1])
    running_words = len(running.split())
    count = 0
    for t in texts:
        chosen.append(t)
        count += len(t.split())
        if count >= 1000:
            break
    articles = "\n\n".join(chosen)
    per_1000 = _median_ms(articles, runs) * 1000 / max(count, 1)
    running_ms = _median_ms(running, runs) * 1000 / max(running_words, 1)
    return running_ms, running_words, per_1000, count


def score_dir(folder: Path, gates: bool = True) -> tuple[str, str, dict[str, list[int]]] | None:
    """Score one annotated folder -> (table, detail, counts), or None if empty.

    ``counts`` maps each record type to [matched, predicted, gold] and
    ``status``/``donor`` to [correct, judged], so sets can be pooled.
    """
    docs = sorted(folder.glob("*.json"))
    if not docs:
        return None
    totals = {k: [0, 0, 0] for k in ("aid", "designations", "agreements")}  # tp, pred, gold
    status_ok = status_n = 0
    donor_ok = donor_n = 0
    problems: list[str] = []
    texts: list[str] = []
    matchers = {"aid": _aid_match, "designations": _desig_match, "agreements": _agr_match}
    for gold_path in docs:
        txt_path = gold_path.with_suffix(".txt")
        if not txt_path.exists():
            continue
        text = txt_path.read_text(encoding="utf-8")
        texts.append(text)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        rec = extract(text, gold.get("published"), gates=gates)
        pred = {
            "aid": [a.to_row() for a in rec.aid],
            "designations": [d.to_row() for d in rec.designations],
            "agreements": [a.to_row() for a in rec.agreements],
        }
        for kind, match in matchers.items():
            g = gold.get(kind) or []
            pairs, misses, spurious = _pair(g, pred[kind], match)
            totals[kind][0] += len(pairs)
            totals[kind][1] += len(pred[kind])
            totals[kind][2] += len(g)
            for m in misses:
                problems.append(
                    f"- MISS {gold_path.stem} {kind}: {_describe(kind, m)}"
                    f" — “{(m.get('evidence') or '')[:110]}”"
                )
            for sp in spurious:
                problems.append(
                    f"- SPURIOUS {gold_path.stem} {kind}: {_describe(kind, sp)}"
                    f" — “{(sp.get('evidence') or '')[:110]}”"
                )
            if kind == "aid":
                for g_rec, p_rec in pairs:
                    donor_n += 1
                    if _place(g_rec.get("donor")) == _place(p_rec.get("donor")):
                        donor_ok += 1
                    else:
                        problems.append(
                            f"- DONOR {gold_path.stem}: {_describe(kind, g_rec)} got donor="
                            f"{p_rec.get('donor')}"
                        )
            if kind == "agreements":
                for g_rec, p_rec in pairs:
                    status_n += 1
                    if g_rec.get("status") == p_rec.get("status"):
                        status_ok += 1
                    else:
                        problems.append(
                            f"- STATUS {gold_path.stem}: {g_rec.get('name')} gold="
                            f"{g_rec.get('status')} got={p_rec.get('status')}"
                        )
    if not texts:
        return None
    median_ms, n_words, article_ms, article_words = _timing(texts)
    resolved = folder.resolve()
    shown = str(resolved.relative_to(ROOT)) if ROOT in resolved.parents else str(folder)
    lines = [
        f"Extraction scores on `{shown}` ({len(texts)} articles)",
        "",
        "| type | gold | predicted | matched | precision | recall | F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for kind, (tp, n_pred, n_gold) in totals.items():
        p, r, f = _prf(tp, n_pred, n_gold)
        lines.append(f"| {kind} | {n_gold} | {n_pred} | {tp} | {p:.3f} | {r:.3f} | {f:.3f} |")
    acc = status_ok / status_n if status_n else 1.0
    dacc = donor_ok / donor_n if donor_n else 1.0
    lines += [
        "",
        f"Agreement-status accuracy (matched agreements): {acc:.3f} ({status_ok}/{status_n})",
        "",
        f"Donor accuracy (matched aid): {dacc:.3f} ({donor_ok}/{donor_n})",
        "",
        f"Timing: median {median_ms:.2f} ms per 1,000 words of running text ({n_words} words); "
        f"{article_ms:.2f} ms per 1,000 words on whole articles ({article_words} words with "
        f"headlines and paragraphs; 200 runs each, warm caches)",
    ]
    detail = "\n".join(
        [
            "",
            f"### Misses, spurious records and status errors (`{shown}`)",
            "",
            *(problems or ["(none)"]),
        ]
    )
    counts = {
        **totals,
        "articles": [len(texts)],
        "status": [status_ok, status_n],
        "donor": [donor_ok, donor_n],
    }
    return "\n".join(lines), detail, counts


def overview(rows: list[tuple[str, dict[str, list[int]]]]) -> str:
    """One line per set and a pooled line (micro-averaged over every article)."""
    lines = [
        "| set | articles | aid P / R | designations P / R | agreements P / R | status acc |",
        "|---|---:|---|---|---|---:|",
    ]
    pooled: dict[str, list[int]] = {}
    for _name, counts in rows:
        for key, values in counts.items():
            acc = pooled.setdefault(key, [0] * len(values))
            for i, v in enumerate(values):
                acc[i] += v
    for name, counts in [*rows, ("**pooled**", pooled)] if len(rows) > 1 else rows:
        cells = []
        for kind in ("aid", "designations", "agreements"):
            tp, n_pred, n_gold = counts[kind]
            p, r, _ = _prf(tp, n_pred, n_gold)
            cells.append(f"{p:.3f} / {r:.3f}")
        ok, n = counts["status"]
        cells.append(f"{ok / n:.3f}" if n else "–")
        lines.append(f"| {name} | {counts['articles'][0]} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="*", default=[str(ROOT / "tests/data/extraction")])
    ap.add_argument("--out", default=str(ROOT / "bench/results/extraction.md"))
    ap.add_argument("--quiet", action="store_true", help="tables only")
    ap.add_argument("--rules-only", action="store_true", help="score without the learned gates")
    args = ap.parse_args(argv)

    sections: list[str] = []
    shown_dirs: list[str] = []
    rows: list[tuple[str, dict[str, list[int]]]] = []
    status = 0
    for d in args.dirs:
        folder = Path(d)
        result = score_dir(folder, gates=not args.rules_only)
        if result is None:
            print(f"no gold files in {folder}", file=sys.stderr)
            status = 2
            continue
        table, detail, counts = result
        rows.append((folder.name, counts))
        print(table)
        if not args.quiet:
            print(detail)
        print()
        sections.append(table + "\n" + detail + "\n")
        shown_dirs.append(d)
    if not sections:
        return 2
    summary = overview(rows)
    print(summary)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        "# Extraction benchmark\n\n"
        "Reproduce: `python bench/extraction.py "
        + " ".join(shown_dirs)
        + "`\n\n"
        + summary
        + "\n\n"
        + "\n".join(sections),
        encoding="utf-8",
    )
    return status


if __name__ == "__main__":
    raise SystemExit(main())
