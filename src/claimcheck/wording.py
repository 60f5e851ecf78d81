"""A claim in words for people and reports: its value as stated and normalised, and where it stands."""

from __future__ import annotations

from claimcheck.models import Claim, ClaimKind, Location


def describe(claim: Claim) -> str:
    """A claim's value in words: '[91.5, 92.5] percent', '2025-06-05', '16:30 +05:30'."""
    if claim.kind is ClaimKind.DATE:
        if claim.date_start is None:
            return f"unresolved ({claim.unresolved})"
        if claim.date_start == claim.date_end:
            return claim.date_start.isoformat()
        return f"{claim.date_start.isoformat()}..{claim.date_end.isoformat() if claim.date_end else ''}"
    if claim.kind is ClaimKind.TIME:
        return f"{claim.time} {claim.utc_offset or 'local'}"
    stated = _stated(claim)
    noun = f" {claim.noun}" if claim.noun else ""
    interval = claim.normalized
    if interval is None:
        return stated + noun
    low = "-inf" if interval.low is None else f"{interval.low:g}"
    high = "inf" if interval.high is None else f"{interval.high:g}"
    brackets = ("[" if interval.low_closed else "(") + f"{low}, {high}" + ("]" if interval.high_closed else ")")
    return f"{stated}{noun} = {brackets} {interval.unit}"


def _stated(claim: Claim) -> str:
    unit = "" if claim.unit in (None, "count", "dimensionless") else f" {claim.unit}"
    symbol = {"gt": ">", "ge": ">=", "lt": "<", "le": "<=", "approx": "~", "exact": "", "range": ""}
    bound = symbol.get(str(claim.bound), "")
    if claim.low is not None and claim.high is not None and claim.low != claim.high:
        return f"{claim.low:g}-{claim.high:g}{unit}"
    value = claim.low if claim.low is not None else claim.high
    return f"{bound}{value:g}{unit}" if value is not None else "?"


def location(claim: Claim, value: str = "") -> Location:
    """Where a claim stands, for a finding or group."""
    return Location(
        doc=claim.doc,
        start=claim.start,
        end=claim.end,
        text=claim.text,
        line=claim.line,
        col=claim.col,
        value=value or describe(claim),
    )
