"""count-update and count-revision: a running count (a death toll, the missing) told on different days.

Higher later is an update, reported as a timeline note; lower later is a revision, a warning naming both
days, unless the later text says the count was revised. Neither is a value-conflict.
"""

from __future__ import annotations

from datetime import date

from claimcheck.align.blocking import Pair
from claimcheck.align.comparison import WEIGHTS, linkable
from claimcheck.align.linking import pair_agrees
from claimcheck.checks.base import CheckInput, Rule
from claimcheck.context.subject import is_revised
from claimcheck.lang import LEXICON
from claimcheck.models import Bound, Claim, Finding


def running_reading(data: CheckInput, pair: Pair) -> str | None:
    """How time explains two different running counts: 'update' when the later one is higher, 'revision'
    when it is lower, 'explained' when the later text says the count was revised; None when both are
    given for one day, or the measure is no running count."""
    a, b = pair.a, pair.b
    if not (_running(a) and _running(b)) or not linkable(a, b):
        return None
    day_a, day_b = day_of(data, a), day_of(data, b)
    if day_a is None or day_b is None:
        return None
    if day_a == day_b:
        return None
    earlier, later = (a, b) if day_a < day_b else (b, a)
    if _low(later) >= _low(earlier):
        return "update"
    return "explained" if is_revised(later.context.sentence) else "revision"


def count_updates(data: CheckInput, rule: Rule) -> list[Finding]:
    """Running counts that rose between reports of different days, told as one timeline per claim."""
    timelines: dict[tuple[str, int, int], list[Claim]] = {}
    for pair in _value_pairs(data):
        if running_reading(data, pair) != "update":
            continue
        earlier, later = _in_time(data, pair)
        if not pair_agrees(pair) or _rose_past_floor(earlier, later):
            timelines.setdefault(earlier.key, [earlier]).append(later)
    findings = []
    for claims in timelines.values():
        ordered = sorted({c.key: c for c in claims}.values(), key=lambda c: (day_of(data, c) or date.min, c.key))
        steps = ", then ".join(f"'{c.text}' on {day_of(data, c)} ({c.doc})" for c in ordered)
        findings.append(rule.finding(f"{_what(ordered[0])} rose over time: {steps}.", ordered))
    return findings


def _rose_past_floor(earlier: Claim, later: Claim) -> bool:
    """'At least 144' one day and 1,644 the next agree, but the toll rose: a floor the later count passes."""
    return (
        earlier.bound in (Bound.GE, Bound.GT)
        and earlier.low is not None
        and later.low is not None
        and later.low > earlier.low
    )


def count_revisions(data: CheckInput, rule: Rule) -> list[Finding]:
    """Running counts lower in a later report, with no word of a revision; an inference, so only for
    pairs linked above the threshold."""
    findings = []
    for pair in _value_pairs(data):
        if not pair_agrees(pair) and pair.weight >= WEIGHTS.threshold and running_reading(data, pair) == "revision":
            earlier, later = _in_time(data, pair)
            message = (
                f"{_what(earlier)} falls from '{earlier.text}' on {day_of(data, earlier)} ({earlier.doc}) to "
                f"'{later.text}' on {day_of(data, later)} ({later.doc}), and no report says it was revised."
            )
            findings.append(rule.finding(message, [earlier, later], score=pair.score, matched=list(pair.matched)))
    return findings


def day_of(data: CheckInput, claim: Claim) -> date | None:
    """The day a figure is given for: its subject's as-of day, else its report's date."""
    if claim.subject is not None and claim.subject.as_of is not None:
        return claim.subject.as_of
    return data.doc(claim.doc).reference_date


def _value_pairs(data: CheckInput) -> list[Pair]:
    """The pairs of two running counts in different reports (only these can be an update or a revision), in
    order of their claims: sorted by the second claim, then stably by the first, which holds one key of a
    pair at a time instead of a tuple of both (a large corpus has hundreds of thousands of such pairs)."""
    pairs = [
        p
        for g in data.groups
        for p in g.pairs
        if p.a.doc != p.b.doc and p.a.date_start is None and _running(p.a) and _running(p.b)
    ]
    return sorted(sorted(pairs, key=lambda p: p.b.key), key=lambda p: p.a.key)


def _in_time(data: CheckInput, pair: Pair) -> tuple[Claim, Claim]:
    first, second = sorted((pair.a, pair.b), key=lambda c: (day_of(data, c) or date.min, c.key))
    return first, second


def _running(claim: Claim) -> bool:
    subject = claim.subject
    return subject is not None and subject.measure in LEXICON.subjects.running and subject.status == "running"


def _low(claim: Claim) -> float:
    interval = claim.normalized
    if interval is None:
        return float("-inf")
    return interval.low if interval.low is not None else interval.high if interval.high is not None else 0.0


def _what(claim: Claim) -> str:
    subject = claim.subject
    owner = f"{subject.owner}'s " if subject and subject.owner else "The "
    return f"{owner}{subject.measure if subject else 'count'}"
