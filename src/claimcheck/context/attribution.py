"""Who a sentence attributes its figures to: 'according to the IEA', 'a ministry statement said'."""

from __future__ import annotations

from functools import lru_cache

import regex

_ACCORDING_TO = regex.compile(
    r"(?i:according\s+to)\s+(?P<source>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w'’.&-]*){0,6})"
)
_SAID_BY = regex.compile(
    r"(?P<source>(?:an?\s+|the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+)?[A-Z][\w'’.&-]*){0,6}(?:\s+(?:statement|report|spokesperson|official|sources?))?)"
    r",?\s+(?:said|says|stated|told|reported|estimated|announced)\b"
)


@lru_cache(maxsize=256)
def attribution(sentence: str) -> str | None:
    """Who a sentence attributes its claims to: 'according to the IEA', 'a ministry statement said'."""
    for pattern in (_ACCORDING_TO, _SAID_BY):
        found = pattern.search(sentence)
        if found:
            return found["source"].strip()
    return None
