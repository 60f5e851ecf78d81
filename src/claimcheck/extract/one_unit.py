"""One unit of time as a duration: 'for a week', 'within a year', 'lasted a month', 'another decade', one
and a half ('an hour and a half'), and a year of accounts ('the year ended March 31').

A number or a price before 'a year' makes it a rate ('$5 a year'), a hedge before it belongs to the
hedged-one pass ('over a decade'), and 'ago', 'earlier' or 'old' after it make it a date or an age, so
the unit counts only after a cue word that asks for a length of time.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from claimcheck.document import Document
from claimcheck.extract.mentions import Occupied, value_claim
from claimcheck.extract.patterns import trie
from claimcheck.lang import LEXICON
from claimcheck.models import Bound, Claim, ClaimKind

_UNITS = {w: u for w, u in LEXICON.time_units.items() if w == u}
ONE_UNIT = regex.compile(
    rf"""
    (?:(?<![\w'-])(?P<cue>(?i:{trie(LEXICON.one_unit_cues)}))\s+(?P<one>(?i:an?|one))
      |(?<![\w'-])(?P<more>(?i:{trie(LEXICON.one_more)}))
      |(?<![\w'-])(?P<one>(?i:an?|one))(?=\s+(?i:{trie(_UNITS)})\s+and\s+a\s+half(?![\w-])))  # 'an hour and a half'
    \s+(?P<unit>(?i:{trie(_UNITS)}))(?P<half>\s+and\s+a\s+half(?![\w-]))?
    (?![\w]|-(?i:old)\b|\s+(?i:ago|earlier|later|old|from\s+now)\b|['’]s|\s+and\s+a\s+half(?![\w-]))
    (?(cue)|(?!\s+(?i:before|after)\b))     # 'barely a month after' asks for a length; 'a month after' alone tells when
    |(?<![\w'-])(?P<accounts>(?i:{trie(LEXICON.accounts_year)}))(?=\s+(?i:{trie(LEXICON.accounts_year_ends)})\b)
    """,
    regex.VERBOSE,
)


# Tried only at the word starts just before a unit word, found on the lower-cased text (a cheap scan).
_UNIT_WORD = regex.compile(rf"\b(?:{trie(_UNITS)})\b")
_WORD_START = regex.compile(r"(?<![\w'])\w")
_REACH_BEFORE = 24


def one_unit_durations(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    """Each cued 'a week' or 'another year' as a duration of one unit."""
    text, lower = doc.text, doc.text.lower()
    if len(lower) != len(text):
        lower = text
    taken = doc.body_start
    for found in _UNIT_WORD.finditer(lower, doc.body_start):
        match = None
        for word in _WORD_START.finditer(text, max(taken, found.start() - _REACH_BEFORE), found.start()):
            match = ONE_UNIT.match(text, word.start(), found.end() + 40)
            if match is not None and match.end("unit" if match["unit"] else "accounts") == found.end():
                break
            match = None
        if match is None:
            continue
        taken = match.end()
        start = match.start("one") if match["one"] else match.start("more" if match["more"] else "accounts")
        if occupied.taken(start, match.end()):
            continue
        unit = _UNITS[match["unit"].lower()] if match["unit"] else "year"
        amount = 1.5 if match["half"] else 1.0
        yield value_claim(doc, (start, match.end()), ClaimKind.DURATION, unit, (amount, amount), Bound.EXACT)
