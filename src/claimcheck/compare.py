"""When two claims can both be true: overlapping intervals, overlapping days, clock times close enough.

Alignment uses this to prefer agreeing matches; checks use it to decide what disagrees.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from claimcheck.extract.patterns import longest_first
from claimcheck.lang import LEXICON
from claimcheck.models import Claim, ClaimKind, Interval

# Clock times a few minutes apart are one time reported loosely ('about 6.40 pm', '6.45 pm').
CLOCK_TOLERANCE = 10
_BAND = regex.compile(rf"(?i:\b(?:{longest_first(LEXICON.bands)})\b)")


def values_overlap(a: Claim, b: Claim) -> bool:
    """True when two value claims' intervals share a value. Two rounded values that meet only at the point
    between them ('6' is 5.5 to 6.5, '7' is 6.5 to 7.5) do not: that point rounds to one of them."""
    first, second = a.normalized, b.normalized
    if first is None or second is None or not first.overlaps(second):
        return False
    if _band(a) and _band(b):
        return (a.unit, a.low, a.high) == (b.unit, b.low, b.high)
    lows = [x for x in (first.low, second.low) if x is not None]
    highs = [x for x in (first.high, second.high) if x is not None]
    if len(lows) < 2 or len(highs) < 2 or max(lows) != min(highs):
        return True
    return _width(first) == 0 or _width(second) == 0


def _band(claim: Claim) -> bool:
    """A range told as one fact ('kept its inflation target band at 2-6%'), whose two ends are the figure."""
    stated = claim.low is not None and claim.high is not None and claim.low != claim.high
    return stated and _BAND.search(claim.context.sentence) is not None


def _width(interval: Interval) -> float:
    assert interval.low is not None and interval.high is not None
    return interval.high - interval.low


def claims_agree(a: Claim, b: Claim) -> bool:
    """True when two claims of one kind can both be true."""
    if a.kind is ClaimKind.DATE:
        assert a.date_start and a.date_end and b.date_start and b.date_end
        return not (a.date_end < b.date_start or b.date_end < a.date_start)
    if a.kind is ClaimKind.TIME:
        gap = minutes_apart(a, b)
        return gap is None or gap <= CLOCK_TOLERANCE
    return values_overlap(a, b)


def minutes_apart(a: Claim, b: Claim) -> int | None:
    """Minutes between two clock times, in UTC when both zones are known; None when only one is."""
    if (a.utc_offset is None) != (b.utc_offset is None) or not a.time or not b.time:
        return None
    gap = abs(_utc_minutes(a.time, a.utc_offset) - _utc_minutes(b.time, b.utc_offset))
    return min(gap, 24 * 60 - gap)


def _utc_minutes(clock: str, offset: str | None) -> int:
    hours, minutes = (int(part) for part in clock.split(":"))
    shift = 0
    if offset:
        sign = -1 if offset.startswith("-") else 1
        off_hours, off_minutes = (int(part) for part in offset[1:].split(":"))
        shift = sign * (off_hours * 60 + off_minutes)
    return hours * 60 + minutes - shift


def value_clusters(claims: list[Claim]) -> list[list[Claim]]:
    """Claims split into runs that all agree with each other, in order of value."""
    clusters: list[list[Claim]] = []
    for claim in sorted(claims, key=value_span):
        home = next((c for c in clusters if all(claims_agree(claim, other) for other in c)), None)
        if home is None:
            clusters.append([claim])
        else:
            home.append(claim)
    return clusters


def value_span(claim: Claim) -> tuple[float, float]:
    if claim.date_start:
        return float(claim.date_start.toordinal()), float(claim.date_end.toordinal() if claim.date_end else 0)
    interval = claim.normalized
    low = interval.low if interval and interval.low is not None else float("-inf")
    high = interval.high if interval and interval.high is not None else float("inf")
    return low, high


def dimension_of(claim: Claim) -> str:
    """The dimension a config tolerance names for a claim: 'percent', 'currency', 'length', 'date'..."""
    if claim.kind is ClaimKind.DATE or claim.kind is ClaimKind.TIME:
        return claim.kind.value
    unit = claim.normalized.unit if claim.normalized else claim.unit or ""
    return _DIMENSIONS.get(unit, "currency" if len(unit) == 3 and unit.isupper() else "count")


_DIMENSIONS = {
    "percent": "percent", "percentage_point": "percent", "count": "count", "dimensionless": "count",
    "meter": "length", "kilogram": "mass", "meter ** 2": "area", "meter ** 3": "volume",
    "kilometer / hour": "speed", "kelvin": "temperature", "kilowatt_hour": "energy", "watt": "power",
    "day": "duration",
}  # fmt: skip


def within_tolerance(a: Claim, b: Claim, tolerance: Mapping[str, float]) -> bool:
    """True when the gap between two claims' values is within the tolerance for their dimension: a share of
    the larger value for quantities, days for dates, minutes for clock times."""
    allowed = tolerance.get(dimension_of(a))
    if not allowed:
        return False
    if a.kind is ClaimKind.TIME:
        minutes = minutes_apart(a, b)
        return minutes is not None and minutes <= allowed
    (low_a, high_a), (low_b, high_b) = value_span(a), value_span(b)
    gap = max(low_a, low_b) - min(high_a, high_b)
    if a.kind is ClaimKind.DATE:
        return gap <= allowed
    scale = max((abs(v) for v in (low_a, high_a, low_b, high_b) if v not in (float("inf"), float("-inf"))), default=0)
    return gap <= allowed * scale
