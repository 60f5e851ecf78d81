"""One unit of time as a duration: 'for a week', 'within a year', 'lasted a month', 'another decade'.

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
      |(?<![\w'-])(?P<more>(?i:{trie(LEXICON.one_more)})))
    \s+(?P<unit>(?i:{trie(_UNITS)}))
    (?![\w]|-(?i:old)\b|\s+(?i:ago|earlier|later|before|after|old|from\s+now)\b|['’]s)
    """,
    regex.VERBOSE,
)


def one_unit_durations(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    """Each cued 'a week' or 'another year' as a duration of one unit."""
    for match in ONE_UNIT.finditer(doc.text, doc.body_start):
        start = match.start("one") if match["one"] else match.start("more")
        if occupied.taken(start, match.end()):
            continue
        unit = _UNITS[match["unit"].lower()]
        yield value_claim(doc, (start, match.end()), ClaimKind.DURATION, unit, (1.0, 1.0), Bound.EXACT)
