"""A change told by where it began and where it ended ('rose from 240 to 273', 'narrowed to 138,285 lots from
212,577 lots', 'from 5 to 7 per cent') is one claim: the range the value moved through.

The two ends were read as numbers on their own; this pass joins them when nothing but the connecting words
(and at most two plain words) stands between, and they measure the same thing.
"""

from __future__ import annotations

from itertools import pairwise

import regex

from claimcheck.document import Document
from claimcheck.extract import patterns as P
from claimcheck.extract.mentions import value_claim
from claimcheck.lang import LEXICON
from claimcheck.models import Bound, Claim, ClaimKind

_FROM_BEFORE = regex.compile(r"(?<![\w])(?i:from)\s+$", regex.REVERSE)
_TO_BEFORE = regex.compile(r"(?<![\w])(?i:to)\s+$", regex.REVERSE)
_TO_GAP = regex.compile(r"(?:\s+[a-z]{2,12}){0,2}?\s+(?i:to)\s+")
_FROM_GAP = regex.compile(r"\s+(?i:from)\s+")
_FROM_HEDGED = regex.compile(r"(?<![\w])(?i:from)\s+(?:[a-z]+\s+)?$", regex.REVERSE)
# Units a level after 'to' takes from the change before it: physical units, not money ('fell 12 paise to 83.42'
# is a rupee rate) nor percent ('rose 6.5% to 164p' is a price).
_CARRIED_UNITS = frozenset(u.pint for u in LEXICON.units if u.pint != "percent" and "currency" not in u.dimension)
_PREPOSITION_BEFORE = regex.compile(
    r"(?<![\w])(?P<word>(?i:by|at|of))\s+(?:(?i:about|around|nearly|almost|some|just)\s+)?$", regex.REVERSE
)
_ALIKE_RATIO = 20.0
_GLOSS_GAP = regex.compile(r"\s*\(\s*")
_SUSPENDED_GAP = regex.compile(r"-\s+(?i:or|and)\s+")
_INCLUDING_BEFORE = regex.compile(r"(?<![\w])(?i:including|among\s+them)\s+$", regex.REVERSE)
_WHO_AFTER = regex.compile(r"\s+who\b")
_TO_ONLY = regex.compile(r",?\s+(?i:to)\s+")
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)")
_CHANGE_REACH = 120
_PLAIN = frozenset({"count", "dimensionless"})
_JOINED = (ClaimKind.QUANTITY, ClaimKind.DURATION)  # consecutive claims of these kinds, nothing between
_SINGLE = (Bound.EXACT, Bound.APPROX)


def join_changes(doc: Document, claims: list[Claim]) -> list[Claim]:
    """Claims in text order, each 'from X to Y' (or 'to Y from X') pair replaced by one range claim."""
    joined: dict[int, Claim] = {}
    dropped: set[int] = set()
    for index, (first, second) in enumerate(pairwise(claims)):
        if id(first) in dropped or first.kind not in _JOINED or second.kind not in _JOINED:
            continue
        if _stated_change_before(doc.text, claims[max(0, index - 3) : index], first):
            continue
        change = _join(doc, first, second)
        if change is not None:
            joined[id(first)] = change
            dropped.add(id(second))
    kept = [joined.get(id(c), c) for c in claims if id(c) not in dropped] if joined else claims
    carried = [_carried(doc, kept[i - 1] if i else None, claim) for i, claim in enumerate(kept)]
    carried = [
        _suspended(doc, claim, carried[i + 1] if i + 1 < len(carried) else None) for i, claim in enumerate(carried)
    ]
    carried = [_parallel(doc, carried[max(0, i - 4) : i], claim) for i, claim in enumerate(carried)]
    return [_converted(doc, carried, i) for i in range(len(carried))]


def _converted(doc: Document, claims: list[Claim], index: int) -> Claim:
    """'2,435,000 yen ($22,480) for one and 2,380,000 ($21,972) for the other': a bare amount glossed in
    brackets the way an earlier amount was is in that amount's currency."""
    claim = claims[index]
    gloss = claims[index + 1] if index + 1 < len(claims) else None
    if claim.unit != "count" or claim.noun is not None or not _glossed(doc, claim, gloss):
        return claim
    for earlier in range(index - 2, max(-1, index - 8), -1):
        model, model_gloss = claims[earlier], claims[earlier + 1]
        if _SENTENCE_END.search(doc.text, model.end, claim.start):
            return claim
        if model.subtype == "currency" and _glossed(doc, model, model_gloss) and model.unit:
            assert gloss is not None and model_gloss is not None
            if model_gloss.unit == gloss.unit and model.unit != gloss.unit:
                return value_claim(
                    doc,
                    (claim.start, claim.end),
                    ClaimKind.QUANTITY,
                    model.unit,
                    (claim.low, claim.high),
                    claim.bound or Bound.EXACT,
                    "currency",
                )
    return claim


def _glossed(doc: Document, claim: Claim, gloss: Claim | None) -> bool:
    return (
        gloss is not None
        and gloss.subtype == "currency"
        and bool(_GLOSS_GAP.fullmatch(doc.text, claim.end, gloss.start))
    )


def _suspended(doc: Document, claim: Claim, after: Claim | None) -> Claim:
    """'a 7- or 8-inch screen': the first of two sizes takes the unit written once, after the second."""
    bare = claim.kind is ClaimKind.QUANTITY and claim.unit == "count" and claim.noun is None
    if after is None or not bare or after.kind not in _JOINED or after.unit is None:
        return claim
    if (after.unit == "count" and after.noun is None) or not _SUSPENDED_GAP.fullmatch(doc.text, claim.end, after.start):
        return claim
    return value_claim(
        doc,
        (claim.start, claim.end),
        after.kind,
        after.unit,
        (claim.low, claim.high),
        claim.bound or Bound.EXACT,
        noun=after.noun,
    )


def _part_of(doc: Document, earlier: list[Claim], claim: Claim) -> Claim:
    """'6 million homes, including 1.5 million in Los Angeles', '68,400 people ... and 95,800 who': a bare
    number that names part of a counted whole, or people, counts what the nearest count before it counts."""
    for model in reversed(earlier):
        if _SENTENCE_END.search(doc.text, model.end, claim.start):
            return claim
        if model.kind is ClaimKind.QUANTITY and model.unit == "count" and model.noun is not None:
            return value_claim(
                doc,
                (claim.start, claim.end),
                model.kind,
                "count",
                (claim.low, claim.high),
                claim.bound or Bound.EXACT,
                claim.subtype,
                model.noun,
            )
    return claim


def _alike(model: Claim, claim: Claim, word: str) -> bool:
    """Two numbers of one measure: within a factor of twenty, and a share only when both are changes ('by')."""
    if model.unit == "percent" and word != "by":
        return False  # 'humidity at 78 per cent, the air quality index at 412'
    a, b = abs(model.low or model.high or 0.0), abs(claim.low or 0.0)
    return a > 0 and b > 0 and max(a, b) / min(a, b) <= _ALIKE_RATIO


def _parallel(doc: Document, earlier: list[Claim], claim: Claim) -> Claim:
    """'rose by 2 percent but the Nasdaq fell by 1', 'ended at 1,463.78 points while the TA-125 closed at
    1,334.20': a bare number after the same preposition as a measured one earlier in the sentence is in its unit."""
    bare = claim.kind is ClaimKind.QUANTITY and claim.unit == "count" and claim.noun is None
    if bare and (
        _INCLUDING_BEFORE.search(doc.text, max(0, claim.start - 16), claim.start)
        or _WHO_AFTER.match(doc.text, claim.end, claim.end + 8)
    ):
        return _part_of(doc, earlier, claim)
    lead = _PREPOSITION_BEFORE.search(doc.text, max(0, claim.start - 24), claim.start) if bare else None
    if lead is None:
        return claim
    for model in reversed(earlier):
        if model.kind is not ClaimKind.QUANTITY or _SENTENCE_END.search(doc.text, model.end, claim.start):
            return claim
        if model.unit in (None, "count", "dimensionless") and model.noun is None:
            continue
        twin = _PREPOSITION_BEFORE.search(doc.text, max(0, model.start - 24), model.start)
        same = twin is not None and twin["word"].lower() == lead["word"].lower()
        if same and model.unit is not None and _alike(model, claim, lead["word"].lower()):
            return value_claim(
                doc,
                (claim.start, claim.end),
                model.kind,
                model.unit,
                (claim.low, claim.high),
                claim.bound or Bound.EXACT,
                claim.subtype,
                model.noun,
            )
    return claim


def _carried(doc: Document, before: Claim | None, claim: Claim) -> Claim:
    """'rose 64.06 points to 4,577.10', 'from 14-18 mpg to 24': a bare level after a change told in a unit
    is in that unit."""
    bare = claim.kind is ClaimKind.QUANTITY and claim.unit == "count" and claim.noun is None
    if before is None or not bare or before.kind not in _JOINED:
        return claim
    if not (before.unit in _CARRIED_UNITS or (before.unit == "count" and before.noun is not None)):
        return claim
    if not _TO_ONLY.fullmatch(doc.text, before.end, claim.start):
        return claim
    text = doc.text
    changed = P.CHANGE_JUST_BEFORE.search(text, max(0, before.start - 20), before.start) or (
        before.subtype == "change" or _FROM_HEDGED.search(text, max(0, before.start - 24), before.start)
    )
    if not changed or before.unit is None:
        return claim
    return value_claim(
        doc,
        (claim.start, claim.end),
        before.kind,
        before.unit,
        (claim.low, claim.high),
        claim.bound or Bound.EXACT,
        claim.subtype,
        before.noun,
    )


def _stated_change_before(text: str, earlier: list[Claim], first: Claim) -> bool:
    """'tripled from 200 to 900', 'rose 50% from 200 to 250': the sentence states the change itself, and
    the two ends stay apart so the arithmetic check can test it."""
    for claim in earlier:
        near = first.start - claim.end < _CHANGE_REACH and not _SENTENCE_END.search(text, claim.end, first.start)
        if near and (claim.subtype == "multiplier-change" or claim.unit == "percent"):
            return True
    return False


def _join(doc: Document, first: Claim, second: Claim) -> Claim | None:
    text = doc.text
    if first.bound not in _SINGLE or second.bound not in _SINGLE or first.low is None or second.low is None:
        return None
    gap = text[first.end : second.start]
    lead = _FROM_BEFORE.search(text, max(0, first.start - 8), first.start)
    if lead is not None and _TO_GAP.fullmatch(gap):
        start = lead.start()
    else:
        lead = _TO_BEFORE.search(text, max(0, first.start - 6), first.start)
        if lead is None or not _FROM_GAP.fullmatch(gap):
            return None
        start = first.start
    unit, noun = _shared_unit(first, second)
    if unit is None or first.low == second.low:
        return None
    low, high = sorted((first.low, second.low))
    kind = first.kind if unit == first.unit else second.kind
    return value_claim(doc, (start, second.end), kind, unit, (low, high), Bound.RANGE, "change", noun)


def _shared_unit(first: Claim, second: Claim) -> tuple[str | None, str | None]:
    """The unit both ends are in: the same one, or the one end's where the other is a bare number
    ('from 21 mpg to 23', 'from 5 to 7 per cent'); None when they measure different things."""
    a, b = first.unit or "count", second.unit or "count"
    bare_a, bare_b = a in _PLAIN and first.noun is None, b in _PLAIN and second.noun is None
    if a == b and (first.noun == second.noun or first.noun is None or second.noun is None):
        return a, first.noun or second.noun
    if bare_b:
        return a, first.noun
    if bare_a:
        return b, second.noun
    return None, None
