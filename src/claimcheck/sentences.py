"""Sentence and clause boundaries, and the tense a clause is told in.

Bounded windows keep every lookup O(1) in the document size, so text without full stops stays linear.
"""

from __future__ import annotations

import regex

WINDOW = 400

_SENTENCE_END = regex.compile(r"[.!?]['\"”’)]*\s+(?=[\"“'‘(]?[A-Z0-9])|\n\s*\n|\n(?=\S)")
_FUTURE = regex.compile(
    r"""\b(?:will|shall|won't|is\s+to|are\s+to|is\s+due|are\s+due|scheduled|expected\s+to|set\s+to|plans?\s+to
    |planned|starting|beginning|next|upcoming|coming|later\s+this|to\s+be\s+held
    |is\s+set|are\s+set|aims?\s+to|intends?\s+to|hopes?\s+to|likely\s+to|would|by|until|till|deadline)\b|'ll\b""",
    regex.VERBOSE | regex.IGNORECASE,
)
_PAST = regex.compile(
    r"""\b(?:was|were|had|did|said|met|held|told|took|gave|made|came|went|saw|found|began|won|lost|rose|fell
    |grew|hit|led|left|sent|spoke|wrote|stood|brought|bought|paid|sold|kept|struck|chose|drew|signed|agreed
    |announced|visited|attended|discussed|confirmed|reported|killed|died|arrived|talked|(?!(?:expected|scheduled
    |planned|proposed|supposed|related|based|used|limited|united|detailed|advanced|concerned|interested
    |required|needed|indeed|speed|need|seed|feed|breed|bred|shed|red|bed|hundred)\b)[a-z]{3,}ed)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from the previous sentence end to the next, within a window."""
    lo = max(0, start - WINDOW)
    left = lo
    for match in _SENTENCE_END.finditer(text, lo, start):
        left = match.end()
    hi = min(len(text), end + WINDOW)
    found = _SENTENCE_END.search(text, end, hi)
    right = found.start() + 1 if found and text[found.start()] in ".!?" else (found.start() if found else hi)
    return left, right


def tense(text: str, start: int, end: int, within: tuple[int, int] | None = None) -> str:
    """'future' when the clause around a mention speaks of what is to come, 'past' when it tells what
    happened, else 'present'. Within a given clause a future marker wins; across a sentence, the cue
    nearest the mention does ('said on Tuesday' in a sentence about what 'will' happen)."""
    if within is not None:
        if _FUTURE.search(text, *within):
            return "future"
        return "past" if _PAST.search(text, *within) else "present"
    left, right = sentence_span(text, start, end)
    lo, hi = max(left, start - 120), min(right, end + 120)
    future = _nearest(_FUTURE, text, lo, hi, start, end)
    past = _nearest(_PAST, text, lo, hi, start, end)
    if future is None and past is None:
        return "present"
    if past is None or (future is not None and future <= past):
        return "future"
    return "past"


def _nearest(pattern: regex.Pattern[str], text: str, lo: int, hi: int, start: int, end: int) -> int | None:
    """Distance from a mention to the nearest match of a pattern in [lo, hi), or None."""
    distances = [max(m.start() - end, start - m.end(), 0) for m in pattern.finditer(text, lo, hi)]
    return min(distances, default=None)
