"""Telegram's HTML parse mode, validated the way the Bot API server does it.

Modelled on tdlib's ``parse_html``: only the documented tags, attributes in single or
double quotes, the four named entities plus numeric ones, tags properly nested and closed.
The fake is *stricter* than Telegram in one way: a bare ``&`` that does not start an
entity is an error (Telegram's documentation says it must be escaped; the real server
silently keeps it), so the bot's escaping is checked strictly.

``parse_html(text)`` returns ``(plain_text, entities)`` with offsets and lengths in UTF-16
code units like the Bot API, or raises ``EntityParseError`` with a tdlib-style message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
SUPPORTED_TAGS = {*SIMPLE_TAGS, "a", "span", "tg-emoji"}
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
NAME_CHARS = re.compile(r"[A-Za-z0-9\-_]*")
ENTITY = re.compile(
    r"&(?:#(?P<dec>[0-9]{1,7})|#[xX](?P<hex>[0-9A-Fa-f]{1,6})|(?P<name>[A-Za-z]+));"
)


class EntityParseError(ValueError):
    """The text is not valid Telegram HTML; ``str()`` is the part after "can't parse entities: "."""


@dataclass
class _Open:
    tag: str
    attrs: dict[str, str]
    start: int  # UTF-16 offset in the plain text
    byte_offset: int


@dataclass
class ParsedText:
    text: str
    entities: list[dict] = field(default_factory=list)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode("utf-8"))


def _decode_entity(source: str, index: int) -> tuple[str, int] | None:
    """The character an entity at ``index`` stands for and the index after it."""
    match = ENTITY.match(source, index)
    if not match:
        return None
    if match.group("name") is not None:
        char = NAMED_ENTITIES.get(match.group("name"))
        if char is None:
            return None
        return char, match.end()
    code = int(match.group("dec")) if match.group("dec") else int(match.group("hex"), 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code), match.end()


def parse_html(source: str) -> ParsedText:
    out: list[str] = []
    out_len = 0  # UTF-16 units written so far
    entities: list[dict] = []
    stack: list[_Open] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "&":
            decoded = _decode_entity(source, i)
            if decoded is None:
                raise EntityParseError(
                    f"Character '&' is reserved and must be escaped as &amp; "
                    f"at byte offset {_byte_offset(source, i)}"
                )
            char, i = decoded
            out.append(char)
            out_len += utf16_len(char)
            continue
        if ch == ">":
            # Telegram tolerates a bare '>', but the documentation asks for &gt;; accept it.
            out.append(ch)
            out_len += 1
            i += 1
            continue
        if ch != "<":
            out.append(ch)
            out_len += utf16_len(ch)
            i += 1
            continue
        begin = i
        i += 1
        if i < n and source[i] == "/":
            i += 1
            name_match = NAME_CHARS.match(source, i)
            name = name_match.group(0).lower()
            i = name_match.end()
            while i < n and source[i] in " \t\n\r":
                i += 1
            if i >= n or source[i] != ">":
                raise EntityParseError(
                    f"Unclosed end tag at byte offset {_byte_offset(source, begin)}"
                )
            i += 1
            if not stack:
                raise EntityParseError(
                    f"Unexpected end tag at byte offset {_byte_offset(source, begin)}"
                )
            top = stack[-1]
            if name != top.tag:
                raise EntityParseError(
                    f"Unmatched end tag at byte offset {_byte_offset(source, begin)}, "
                    f'expected "</{top.tag}>", found "</{name}>"'
                )
            stack.pop()
            entity = _entity_for(top, out_len)
            if entity is not None:
                entities.append(entity)
            continue
        name_match = NAME_CHARS.match(source, i)
        name = name_match.group(0).lower()
        i = name_match.end()
        if name not in SUPPORTED_TAGS:
            raise EntityParseError(
                f'Unsupported start tag "{name}" at byte offset {_byte_offset(source, begin)}'
            )
        attrs: dict[str, str] = {}
        while True:
            while i < n and source[i] in " \t\n\r":
                i += 1
            if i >= n:
                raise EntityParseError(
                    f"Unclosed start tag at byte offset {_byte_offset(source, begin)}"
                )
            if source[i] == ">":
                i += 1
                break
            attr_match = NAME_CHARS.match(source, i)
            attr = attr_match.group(0).lower()
            if not attr:
                raise EntityParseError(
                    f'Empty attribute name in the tag "{name}" at byte offset '
                    f"{_byte_offset(source, begin)}"
                )
            i = attr_match.end()
            while i < n and source[i] in " \t\n\r":
                i += 1
            if i < n and source[i] != "=":
                attrs[attr] = ""  # a value-less attribute such as <blockquote expandable>
                continue
            if i >= n:
                raise EntityParseError(
                    f"Unclosed start tag at byte offset {_byte_offset(source, begin)}"
                )
            i += 1
            while i < n and source[i] in " \t\n\r":
                i += 1
            if i >= n:
                raise EntityParseError(
                    f"Unclosed start tag at byte offset {_byte_offset(source, begin)}"
                )
            value_chars: list[str] = []
            if source[i] in "\"'":
                quote = source[i]
                i += 1
                while i < n and source[i] != quote:
                    if source[i] == "&":
                        decoded = _decode_entity(source, i)
                        if decoded is None:
                            raise EntityParseError(
                                f"Character '&' is reserved and must be escaped as &amp; "
                                f"at byte offset {_byte_offset(source, i)}"
                            )
                        value_chars.append(decoded[0])
                        i = decoded[1]
                        continue
                    value_chars.append(source[i])
                    i += 1
                if i >= n:
                    raise EntityParseError(
                        f"Unclosed start tag at byte offset {_byte_offset(source, begin)}"
                    )
                i += 1
            else:
                while i < n and source[i] not in " \t\n\r>":
                    value_chars.append(source[i])
                    i += 1
            attrs[attr] = "".join(value_chars)
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise EntityParseError('Tag "span" must have class "tg-spoiler"')
        if name == "tg-emoji" and not attrs.get("emoji-id", "").isdigit():
            raise EntityParseError('Tag "tg-emoji" must have attribute "emoji-id"')
        stack.append(_Open(name, attrs, out_len, _byte_offset(source, begin)))
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return ParsedText("".join(out), entities)


def _entity_for(opened: _Open, end: int) -> dict | None:
    length = end - opened.start
    if length <= 0:
        return None
    entity: dict = {"offset": opened.start, "length": length}
    if opened.tag == "a":
        href = opened.attrs.get("href", "")
        if not href:
            return None
        entity.update(type="text_link", url=href)
    elif opened.tag == "span":
        entity["type"] = "spoiler"
    elif opened.tag == "tg-emoji":
        entity.update(type="custom_emoji", custom_emoji_id=opened.attrs["emoji-id"])
    elif opened.tag == "blockquote" and "expandable" in opened.attrs:
        entity["type"] = "expandable_blockquote"
    else:
        entity["type"] = SIMPLE_TAGS[opened.tag]
    return entity


def strip_text(parsed: ParsedText) -> ParsedText:
    """Telegram trims leading and trailing white space from a message and moves entities."""
    text = parsed.text
    stripped_left = text.lstrip()
    shift = utf16_len(text) - utf16_len(stripped_left)
    stripped = stripped_left.rstrip()
    limit = utf16_len(stripped)
    entities = []
    for entity in parsed.entities:
        start = max(0, entity["offset"] - shift)
        end = min(limit, entity["offset"] + entity["length"] - shift)
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return ParsedText(stripped, entities)
