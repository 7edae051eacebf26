"""Property tests: the message splitter and the command-argument parsers.

Every part of a split is at most the limit and valid Telegram HTML (checked with the fake
Bot API's own validator); the parts' visible text, joined, is the input's. Parsers either
return a well-formed value or raise ``ArgumentError`` whose reply is valid Telegram HTML.
"""

from __future__ import annotations

from zoneinfo import available_timezones

from fake_telegram.html import parse_html
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import formatting as fmt
from bot.handlers import (
    MAX_DOCUMENT_ID,
    ArgumentError,
    parse_clock_time,
    parse_document_id,
    parse_subscribe_args,
    parse_timezone_name,
)

TAGS = ("b", "i", "u", "s", "code")
plain = st.text(
    alphabet=st.one_of(
        st.sampled_from(list(" \n\n\t<>&\"';#/")),
        st.characters(blacklist_categories=("Cs", "Cc")),
    ),
    max_size=120,
)


def html_tree(depth: int = 3) -> st.SearchStrategy[str]:
    """Escaped text, and text wrapped in (nested) Telegram tags."""
    text = plain.map(fmt.esc)
    if depth == 0:
        return text
    wrapped = st.tuples(st.sampled_from(TAGS), st.lists(html_tree(depth - 1), max_size=3)).map(
        lambda t: f"<{t[0]}>{''.join(t[1])}</{t[0]}>"
    )
    return st.one_of(text, wrapped)


html_documents = st.lists(html_tree(), min_size=1, max_size=25).map("".join)


def check_split(html: str, limit: int) -> None:
    parts = fmt.split_message(html, limit=limit)
    for part in parts:
        assert len(part) <= limit, (len(part), limit)
        parsed = parse_html(part)  # raises EntityParseError on invalid HTML
        assert parsed.text.strip(), part
    joined = "".join(fmt.html_to_text(p) for p in parts)
    whole = fmt.html_to_text(html)
    # the whole text, in order; only whitespace at a cut may go (Telegram trims each
    # message, and a part of nothing but whitespace is not sent)
    assert "".join(joined.split()) == "".join(whole.split())


@settings(max_examples=300, deadline=None)
@given(html=html_documents, limit=st.integers(min_value=48, max_value=700))
def test_split_parts_fit_are_valid_html_and_keep_the_text(html: str, limit: int) -> None:
    check_split(html, limit)


@settings(max_examples=15, deadline=None)
@given(html=st.lists(html_tree(), min_size=30, max_size=80).map("".join))
def test_split_at_telegrams_limit(html: str) -> None:
    check_split(html * 6, fmt.MESSAGE_LIMIT)


def valid_reply(exc: ArgumentError) -> None:
    assert str(exc).strip()
    parse_html(str(exc))  # the reply to a bad argument is valid Telegram HTML


@given(st.integers(min_value=1, max_value=MAX_DOCUMENT_ID), st.sampled_from(["", "#", "000"]))
def test_document_ids_round_trip(value: int, prefix: str) -> None:
    assert parse_document_id([f"{prefix}{value}"]) == value


@settings(max_examples=300)
@given(st.lists(st.text(max_size=30), max_size=3))
def test_document_id_parser_returns_an_id_or_a_valid_reply(args: list[str]) -> None:
    try:
        value = parse_document_id(args)
    except ArgumentError as exc:
        valid_reply(exc)
    else:
        assert 1 <= value <= MAX_DOCUMENT_ID
        assert args[0].strip().lstrip("#").isdecimal()


ZONES = sorted(available_timezones() | {"UTC"})


@given(
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    zone=st.sampled_from(ZONES),
    upper=st.booleans(),
    swap=st.booleans(),
)
def test_subscribe_arguments_round_trip(
    hour: int, minute: int, zone: str, upper: bool, swap: bool
) -> None:
    when = f"{hour}:{minute:02d}"
    typed = zone.upper() if upper else zone.lower()
    args = [typed, when] if swap else [when, typed]
    assert parse_subscribe_args(args, "UTC") == (f"{hour:02d}:{minute:02d}", zone)


@settings(max_examples=300)
@given(st.lists(st.text(max_size=25), max_size=4))
def test_subscribe_parser_returns_a_schedule_or_a_valid_reply(args: list[str]) -> None:
    try:
        when, zone = parse_subscribe_args(args, "Europe/Madrid")
    except ArgumentError as exc:
        valid_reply(exc)
    else:
        hour, minute = (int(x) for x in when.split(":"))
        assert len(when) == 5 and 0 <= hour <= 23 and 0 <= minute <= 59
        assert zone in ZONES


@given(st.text(max_size=12))
def test_clock_and_zone_parsers_never_crash(raw: str) -> None:
    for parser in (parse_clock_time, parse_timezone_name):
        try:
            parser(raw)
        except ArgumentError as exc:
            valid_reply(exc)
