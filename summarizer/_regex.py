"""Regex helpers shared by the gazetteer and the money parser."""

from __future__ import annotations

import re


def trie_alternation(words: list[str]) -> str:
    """A prefix-factored alternation of ``words``: far faster than a flat ``a|b|c`` list.

    Shared prefixes are matched once; a word that is a prefix of another becomes an
    optional tail, so the longest alternative is still tried first.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return ("(?:" + body + ")" if len(branches) == 1 and len(body) > 1 else body) + "?"
        return body

    return emit(trie)
