"""Word lists as regex alternations shaped as prefix trees, for every stage that builds patterns from tables."""

from __future__ import annotations

import regex


def trie(words: object) -> str:
    """Words as one regex alternation shaped as a prefix tree, so the engine branches once per letter
    instead of trying every word in turn; spaces match any run of white space."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:  # type: ignore[attr-defined]
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(tree)


def _branch(node: dict) -> str:  # type: ignore[type-arg]
    arms = [_literal(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not arms:
        return ""
    body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
    return f"(?:{body})?" if "" in node else body


def _literal(char: str) -> str:
    return r"\s+" if char == " " else regex.escape(char)
