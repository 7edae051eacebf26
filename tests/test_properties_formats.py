"""Property tests: front matter round-trips, and readers never crash on arbitrary input."""

from __future__ import annotations

import contextlib
import unicodedata
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.errors import IngestError
from bot.formats import decode_text, parse_plain_text, read_file

line_text = (
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\x85\ufeff"
        ),
        min_size=1,
        max_size=60,
    )
    .map(str.strip)
    .filter(lambda s: s and not s.startswith(("'", '"')) and not s.endswith(("'", '"')))
)


def nfc(text: str) -> str:
    """What the reader does to a line: NFC, no-break spaces as spaces, stripped."""
    return unicodedata.normalize("NFC", text).replace("\xa0", " ").strip()


@given(
    title=line_text,
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)),
    source=line_text,
)
def test_front_matter_round_trips(title, day, source):
    raw = f"---\ntitle: {title}\ndate: {day.isoformat()}\nsource: {source}\n---\nThe body says something. It ends."
    parsed = parse_plain_text(raw)
    assert parsed.title == " ".join(nfc(title).split())
    assert parsed.published == day.isoformat()
    assert parsed.source == nfc(source)
    assert parsed.text == "The body says something. It ends."


@settings(max_examples=300)
@given(data=st.binary(max_size=2000))
def test_text_reader_never_crashes_on_arbitrary_bytes(data):
    try:
        parsed = read_file(data, "x.txt", 10_000)
    except IngestError:
        return
    assert parsed.text.strip()
    assert parsed.title


@settings(max_examples=100)
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".pdf", ".docx", ".html", ".md"]))
def test_every_reader_refuses_garbage_with_a_named_error(data, suffix):
    try:
        read_file(data, "x" + suffix, 10_000)
    except IngestError as exc:
        assert str(exc).startswith("x" + suffix)


@given(text=st.text(max_size=500))
def test_decoding_utf8_text_is_lossless(text):
    if "\x00" in text or not text.strip() or text.startswith("\ufeff"):
        return
    # Either lossless, or refused as binary-looking (control characters): never a crash.
    with contextlib.suppress(IngestError):
        assert decode_text(text.encode("utf-8"), "x.txt") == text
