"""Pure formatting: escaping, citations, money, keyboards and the message splitter."""

from __future__ import annotations

import re

import pytest

from bot import formatting as fmt
from bot.services import (
    AgreementItem,
    AidItem,
    AidReport,
    DocsPage,
    DocumentView,
    StatusChange,
    aid_totals,
)

TAG = re.compile(r"<(/?)([a-z-]+)[^>]*>")


def balanced(part: str) -> bool:
    stack: list[str] = []
    for closing, name in TAG.findall(part):
        if not closing:
            stack.append(name)
        elif not stack or stack.pop() != name:
            return False
    return not stack


def no_broken_entities(part: str) -> bool:
    return all(re.match(r"&(?:#\d+|\w+);", part[i:]) for i in range(len(part)) if part[i] == "&")


def test_hostile_title_is_escaped_in_a_document_view() -> None:
    view = DocumentView(
        document={
            "id": 3,
            "title": "<b>Bombs</b> & </code>",
            "summary": "a < b & c",
            "added_by": "1",
        },
        aid=[],
        designations=[],
        agreements=[],
    )
    html = fmt.format_document(view)
    assert "&lt;b&gt;Bombs&lt;/b&gt; &amp; &lt;/code&gt;" in html
    assert "a &lt; b &amp; c" in html
    assert balanced(html)


def test_money_is_compact_and_says_when_unknown() -> None:
    assert fmt.money(13_500_000, "USD") == "USD 13.5 million"
    assert fmt.money(60e9, "JPY") == "JPY 60 billion"
    assert fmt.money(2500, "EUR") == "EUR 2,500"
    assert fmt.money(None, None) == "amount not stated"


def test_aid_report_shows_totals_and_cites_every_pledge() -> None:
    items = [
        AidItem("United States", "Ecuador", 13.5e6, "USD", "security", None, "e", (1, 2)),
        AidItem("United States", "Ecuador", 6e6, "USD", "equipment", None, "e", (1,)),
    ]
    html = fmt.format_aid(AidReport("Ecuador", items, aid_totals(items)))
    assert "USD 19.5 million" in html
    assert "— #1, #2" in html and "— #1" in html
    assert "/doc 1" in html


def test_agreement_history_reads_as_a_timeline() -> None:
    item = AgreementItem(
        "Safe Third Country Agreement",
        ["Ecuador", "United States"],
        "signed",
        [StatusChange("negotiating", "2025-09-04", 1), StatusChange("signed", "2026-02-11", 2)],
        (2, 1),
    )
    html = fmt.format_agreements("Ecuador", [item])
    assert "negotiating (2025-09-04, #1) → signed (2026-02-11, #2)" in html


def test_docs_keyboard_pages_both_ways_and_hides_for_one_page() -> None:
    assert fmt.docs_keyboard(1, 1) is None
    buttons = fmt.docs_keyboard(2, 3).inline_keyboard[0]
    assert [b.callback_data for b in buttons] == ["docs:1", "docs:2", "docs:3"]
    page = DocsPage(rows=[{"id": 4, "title": "A & B", "published": None, "added_at": "2026-01-02T00:00:00+00:00"}], page=1, pages=1, total=1)  # fmt: skip
    assert "#4 2026-01-02 — A &amp; B" in fmt.format_docs_page(page)


def test_search_snippet_marks_hits_in_bold_after_escaping() -> None:
    assert fmt._snippet("a <x> \x02hit\x03 & more") == "a &lt;x&gt; <b>hit</b> &amp; more"


def test_short_message_is_left_alone() -> None:
    assert fmt.split_message("<b>hi</b>") == ["<b>hi</b>"]
    assert fmt.split_message("   ") == []


def test_split_prefers_paragraph_boundaries() -> None:
    paragraphs = [f"<b>Paragraph {n}</b>\n" + "word " * 150 for n in range(12)]
    html = "\n\n".join(paragraphs)
    parts = fmt.split_message(html, limit=4096)
    assert len(parts) > 1
    for part in parts:
        assert len(part) <= 4096
        assert balanced(part)
    assert all(p.rstrip(" ").endswith("\n\n") for p in parts[:-1])
    assert "".join(parts) == html


@pytest.mark.parametrize("limit", [40, 64, 100, 257])
def test_split_never_cuts_tags_or_entities_and_keeps_all_text(limit: int) -> None:
    html = (
        "<b>Bold &amp; long " + "x" * 90 + "</b>\n"
        + "<i>italic <code>code &lt;tag&gt; " + "y " * 60 + "</code> tail</i>\n\n"
        + "plain &#169; line " * 10
    )  # fmt: skip
    parts = fmt.split_message(html, limit=limit)
    for part in parts:
        assert len(part) <= limit
        assert balanced(part), part
        assert no_broken_entities(part), part
        assert not re.search(r"<[^>]*$", part) and not re.match(r"^[^<]*>", part)
    assert "".join(fmt.html_to_text(p) for p in parts) == fmt.html_to_text(html)


def test_formatting_open_across_a_cut_is_closed_and_reopened() -> None:
    html = "<b>" + "bold words " * 100 + "</b>"
    parts = fmt.split_message(html, limit=300)
    assert all(p.startswith("<b>") and p.endswith("</b>") for p in parts)


def test_html_to_text_unescapes() -> None:
    assert fmt.html_to_text("<b>A &amp; B</b> &lt;3") == "A & B <3"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "WASHINGTON, May 14, 2026 — The State Department listed two gangs.",
            "The State Department listed two gangs.",
        ),
        (
            "LONDON, 14 April 2026 (Reuters) – Britain proscribed the group.",
            "Britain proscribed the group.",
        ),
        (
            "BOGOTÁ, 17 de diciembre de 2025 — El Gobierno firmó el acuerdo.",
            "El Gobierno firmó el acuerdo.",
        ),
        (
            "PORT MORESBY, Papua New Guinea, Oct. 6, 2025 — The pact was signed.",
            "The pact was signed.",
        ),
        # Not datelines: kept as written.
        ("US, UK and France agreed the text in 2025 — officials said.", None),
        ("NATO said on Monday it would meet again.", None),
        ("In 2024 — the worst year — aid fell.", None),
    ],
)
def test_sentence_text_drops_only_a_dateline(sentence: str, expected: str | None) -> None:
    assert fmt.sentence_text(sentence) == (expected or sentence)


def test_summary_views_show_sentences_without_datelines() -> None:
    doc = {
        "id": 4,
        "title": "Deal signed",
        "published": "2026-05-14",
        "summary": "WASHINGTON, May 14, 2026 — The two countries signed the deal.\nIt enters into force in June.",
    }
    view = DocumentView(document=doc, aid=[], designations=[], agreements=[])
    for text in (fmt.format_document(view), fmt.format_single_summary(view)):
        assert "• The two countries signed the deal." in text
        assert "WASHINGTON" not in text
