"""Sentence and clause boundaries, and the tense a clause is told in.

Bounded windows keep every lookup O(1) in the document size, so text without full stops stays linear.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from claimcheck.lang import LEXICON
from claimcheck.lang.trie import trie

WINDOW = 400

_ABBREVIATION = "|".join(sorted(map(regex.escape, LEXICON.abbreviations), key=len, reverse=True))
# Wire copy opens quotes with two backticks (``Now ...''), as TeX does.
_SENTENCE_END = regex.compile(
    rf"(?:[!?]|\.(?<!\b(?:{_ABBREVIATION})\.))['\"”’)]*\s+(?=(?:[\"“'‘(]|``)?[A-Z0-9])|\n\s*\n|\n(?=\S)"
)
_MONTH_ABBREVIATIONS = "|".join(sorted({m[:3].title() for m in LEXICON.months}))
_FUTURE = regex.compile(
    rf"""\b(?:{trie(LEXICON.future_words)}|(?-i:{trie(LEXICON.future_lower_case)})
    |(?:{trie(LEXICON.directing_verbs)})\s+(?:\w+\s+){{0,3}}?to\s+(?!(?:the|a|an|his|her|its|their)\b)[a-z]+
    |by(?=\s+(?:the\s+end|next|then|mid|early|late|(?:19|20)\d\d|(?:{_MONTH_ABBREVIATIONS})\w*\s+(?:\d|(?:19|20)\d\d))))\b
    |'ll\b""",
    regex.VERBOSE | regex.IGNORECASE,
)
# A verb before 'to' and a verb ('agreed to buy', 'decided to admit') tells of what was still to come then,
# so it is no past cue; nor are 'un-' adjectives ('an unspecified date') or participles after 'be'.
# The verbs are prefix trees and a word start is asked for first, so the engine tries a few letters at each
# word instead of every verb at every character.
_PAST = regex.compile(
    rf"""\b(?=\w)(?<!\b(?:be|being|been|is|are)\s)(?:{trie(LEXICON.past_verbs)}
    |(?!un|(?:{trie(LEXICON.not_past_ed)})\b)[a-z]{{3,}}ed\b
    (?!\s+to\s+(?!(?:the|a|an|his|her|its|their|be)\b)[a-z]))\b""",
    regex.VERBOSE | regex.IGNORECASE,
)


# Where a sentence turns to another clause, whose tense is not the mention's.
_CLAUSE_TURN = regex.compile(
    rf";|\s(?:{trie(LEXICON.clause_turns)})\s|\sand\s+(?=(?:{trie(LEXICON.turning_after_and)})\b)"
)


class Sentences:
    """Sentence boundaries of a text, found in one pass, for O(log n) lookups per claim."""

    def __init__(self, text: str) -> None:
        self.text = text
        breaks = list(_SENTENCE_END.finditer(text))
        self.break_starts = [m.start() for m in breaks]
        self.break_ends = [m.end() for m in breaks]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around [start, end), clipped to a window so run-on text stays cheap; the window is
        aligned to a grid so that neighbouring claims in a run-on text share one span."""
        before = bisect_right(self.break_ends, start) - 1
        left = self.break_ends[before] if before >= 0 else 0
        after = bisect_left(self.break_starts, end)
        if after < len(self.break_starts):
            stop = self.break_starts[after]
            right = stop + 1 if self.text[stop] in ".!?" else stop
        else:
            right = len(self.text)
        grid_left = (start // WINDOW - 1) * WINDOW
        grid_right = (end // WINDOW + 2) * WINDOW
        return max(left, grid_left), min(right, grid_right)


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end), for a one-off lookup: only a window of the text is read."""
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    left, right = Sentences(text[lo:hi]).span(start - lo, end - lo)
    return left + lo, right + lo


def tense(text: str, start: int, end: int, within: tuple[int, int] | None = None) -> str:
    """'future' when the clause around a mention speaks of what is to come, 'past' when it tells what
    happened, else 'present'. Within a given clause a future marker wins; across a sentence, the cue
    nearest the mention does ('said on Tuesday' in a sentence about what 'will' happen), first within the
    mention's own clause ('won in Sunday's election but will need partners' tells Sunday as past)."""
    if within is not None:
        if _FUTURE.search(text, *within):
            return "future"
        return "past" if _PAST.search(text, *within) else "present"
    left, right = sentence_span(text, start, end)
    lo, hi = max(left, start - 120), min(right, end + 120)
    before = [m.end() for m in _CLAUSE_TURN.finditer(text, lo, start)]
    after = _CLAUSE_TURN.search(text, end, hi)
    own = _tense_between(text, before[-1] if before else lo, after.start() if after else hi, start, end)
    if own != "present" or not (before or after):
        return own
    return _tense_between(text, lo, hi, start, end)


def _tense_between(text: str, lo: int, hi: int, start: int, end: int) -> str:
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
