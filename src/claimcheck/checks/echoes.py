"""Which source claims a draft figure echoes: the same value, of the same kind, said of something its measure
words share. Evidence for support only: an echo agrees by construction, so it can never contradict.

A draft paraphrases ('have killed 61 people' for 'Sixty-one people have died'), and alignment, rightly
cautious about conflicts, may not pair the two. The same distinctive value with a measure word in common
is what an editor looks for when ticking off a figure. Small whole numbers ('two leaders', '12 agreements')
and years are too common to count as echoes. An index on the value keeps this linear.
"""

from __future__ import annotations

from collections import defaultdict

from claimcheck.lang import LEXICON
from claimcheck.models import Claim, ClaimKind

Key = tuple[str, int, int]
# A whole count below this is said of too many things in one story to be recognised by its value alone.
SMALLEST_COUNT = 13
_COUNT_UNITS = (None, "count", "dimensionless")


def echoes(draft: list[Claim], sources: list[Claim]) -> dict[Key, list[Claim]]:
    """For each draft figure, the source claims (at most one per source document) that echo it."""
    index: dict[tuple[str, float, float], list[Claim]] = defaultdict(list)
    for claim in sources:
        if (value := _value(claim)) is not None:
            index[value].append(claim)
    found: dict[Key, list[Claim]] = {}
    for claim in draft:
        value = _value(claim)
        by_doc: dict[str, list[Claim]] = defaultdict(list)
        for other in index.get(value, []) if value else []:
            if _nouns_fit(claim, other) and len(_measure_words(claim) & _measure_words(other)) >= _words_needed(claim):
                by_doc[other.doc].append(other)
        echoed = [claims[0] for claims in by_doc.values() if len(claims) == 1]
        if echoed:
            found[claim.key] = sorted(echoed, key=lambda c: c.key)
    return found


def _value(claim: Claim) -> tuple[str, float, float] | None:
    """The claim's value as its canonical interval, when it is distinctive enough to be recognised."""
    interval = claim.normalized
    if claim.kind is not ClaimKind.QUANTITY or claim.subtype in ("year", "vague", "ordinal") or interval is None:
        return None
    if interval.low is None or interval.high is None:
        return None
    if claim.unit in _COUNT_UNITS and (claim.high or 0) < SMALLEST_COUNT and float(claim.low or 0).is_integer():
        return None
    return (interval.unit, interval.low, interval.high)


def _words_needed(claim: Claim) -> int:
    """A whole percentage ('up 8%') is said of growth, margins and shares alike: it needs two measure words."""
    return 2 if claim.unit == "percent" and float(claim.low or 0).is_integer() else 1


def _nouns_fit(a: Claim, b: Claim) -> bool:
    return not a.noun or not b.noun or _noun(a.noun) == _noun(b.noun)


def _noun(noun: str) -> str:
    return LEXICON.measure_synonyms.get(noun, (noun,))[0]


def _measure_words(claim: Claim) -> frozenset[str]:
    """The words naming what is measured, less the counted noun itself ('person' says nothing of a toll)."""
    noun = {_noun(claim.noun)} if claim.noun else set()
    return frozenset(claim.context.measure_key) - noun - LEXICON.generic_measure_words
