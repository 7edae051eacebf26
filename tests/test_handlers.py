"""Handler logic without Telegram: argument parsers, the admin rule, the command table."""

from __future__ import annotations

from pathlib import Path

import pytest
from telegram import User

from bot.config import Settings
from bot.handlers import (
    ANONYMOUS_ADMIN_ID,
    COMMANDS,
    ArgumentError,
    command_help,
    is_admin,
    parse_document_id,
    parse_subscribe_args,
)
from bot.store import Store, fts_query


@pytest.mark.parametrize("raw, expected", [("12", 12), ("#7", 7), ("0042", 42)])
def test_document_ids_parse(raw: str, expected: int) -> None:
    assert parse_document_id([raw]) == expected


@pytest.mark.parametrize(
    "args, reply",
    [
        ([], "Which document?"),
        (["abc"], "not a document id"),
        (["-3"], "not a document id"),
        (["１２"], "not a document id"),  # full-width digits are not ids
        (["99999999999999999999"], "There is no document #99999999999999999999"),
        (["0"], "There is no document #0"),
    ],
)
def test_bad_document_ids_get_clear_replies(args: list[str], reply: str) -> None:
    with pytest.raises(ArgumentError, match=reply):
        parse_document_id(args)


def test_subscribe_defaults_to_eight_in_the_bot_time_zone() -> None:
    assert parse_subscribe_args([], "Europe/Madrid") == ("08:00", "Europe/Madrid")


@pytest.mark.parametrize(
    "args, expected",
    [
        (["8:05"], ("08:05", "UTC")),
        (["07:30", "europe/madrid"], ("07:30", "Europe/Madrid")),
        (["America/Guayaquil", "18:00"], ("18:00", "America/Guayaquil")),
        (["UTC"], ("08:00", "UTC")),
    ],
)
def test_subscribe_arguments(args: list[str], expected: tuple[str, str]) -> None:
    assert parse_subscribe_args(args, "UTC") == expected


def test_subscribe_reports_every_problem_at_once() -> None:
    with pytest.raises(ArgumentError) as caught:
        parse_subscribe_args(["25:99", "Mars/Base"], "UTC")
    assert "“25:99” is not a time of day" in str(caught.value)
    assert "“Mars/Base” is not a time zone" in str(caught.value)


@pytest.mark.parametrize(
    "args", [["24:00"], ["12:60"], ["noon"], ["../../etc/passwd"], ["a", "b", "c"]]
)
def test_subscribe_rejects_nonsense(args: list[str]) -> None:
    with pytest.raises(ArgumentError):
        parse_subscribe_args(args, "UTC")


def test_admin_is_by_numeric_id_and_never_the_anonymous_group_admin() -> None:
    settings = Settings(admins=frozenset({42, ANONYMOUS_ADMIN_ID}))
    assert is_admin(settings, User(42, "Ana", False))
    assert not is_admin(settings, User(43, "Eve", False, username="ana"))
    assert not is_admin(
        settings, User(ANONYMOUS_ADMIN_ID, "Group", True, username="GroupAnonymousBot")
    )
    assert not is_admin(settings, None)


def test_every_command_has_a_summary_usage_and_example() -> None:
    helps = command_help()
    assert [h.name for h in helps] == [c.name for c in COMMANDS]
    for item in helps:
        assert item.summary and item.usage.startswith(f"/{item.name}")
        assert item.examples and all(e.startswith(f"/{item.name}") for e in item.examples)
    assert {h.name for h in helps if h.admin} == {"add", "cancel", "delete", "stats"}


@pytest.mark.parametrize(
    "trap", ['"', "AND OR (", "*", "NEAR(", "-", "a - b", 'x" OR "y', "^col:1"]
)
def test_fts_traps_are_searched_as_words(trap: str, tmp_path: Path) -> None:
    store = Store(tmp_path / "t.db")
    assert store.search_documents(trap) == []  # no sqlite3.OperationalError
    query = fts_query(trap)
    assert query is None or all(part.startswith('"') for part in query.split())
