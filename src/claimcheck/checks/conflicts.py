"""value-conflict and date-conflict: claims about one thing whose values cannot both be true."""

from __future__ import annotations

from datetime import date

from claimcheck.align import Group, Pair, pair_agrees
from claimcheck.checks.base import CheckInput, Rule
from claimcheck.models import Claim, ClaimKind, Finding
from claimcheck.syndication import Copies

_RUNNING_WORDS = frozenset(
    {
        "death",
        "injury",
        "case",
        "missing",
        "arrest",
        "rescue",
        "displace",
        "evacuate",
        "infection",
        "victim",
        "casualty",
        "hospitalise",
        "hospitalize",
        "affect",
    }
)


def value_conflicts(data: CheckInput, rule: Rule) -> list[Finding]:
    """Same measure, same entity, same time, intervals that do not overlap."""
    findings = []
    for group in data.groups:
        if group.kind is ClaimKind.DATE:
            continue
        clashes = [p for p in group.pairs if not pair_agrees(p) and not _explained_by_time(data, p)]
        if clashes:
            findings.append(_conflict_finding(rule, group, clashes, data.copies, _value_words))
    return findings


def date_conflicts(data: CheckInput, rule: Rule) -> list[Finding]:
    """The same event dated on days that cannot both be right."""
    findings = []
    for group in data.groups:
        if group.kind is not ClaimKind.DATE:
            continue
        clashes = [p for p in group.pairs if not pair_agrees(p)]
        if clashes:
            findings.append(_conflict_finding(rule, group, clashes, data.copies, _date_words))
    return findings


def _dates_clash(a: Claim, b: Claim) -> bool:
    assert a.date_start and a.date_end and b.date_start and b.date_end
    return a.date_end < b.date_start or b.date_end < a.date_start


def _explained_by_time(data: CheckInput, pair: Pair) -> bool:
    """Running counts (tolls, 'so far') reported on different days may differ: an update, not a conflict."""
    running = any(
        "so far" in (c.context.time_ref or "") or _RUNNING_WORDS & set(c.context.measure_key) for c in (pair.a, pair.b)
    )
    return running and _day_of(data, pair.a.doc) != _day_of(data, pair.b.doc)


def _day_of(data: CheckInput, doc_id: str) -> date | None:
    return data.doc(doc_id).reference_date


def _conflict_finding(rule: Rule, group: Group, clashes: list[Pair], copies: Copies, words: object) -> Finding:
    involved = {c.key: c for p in clashes for c in (p.a, p.b)}
    for pair in group.pairs:
        if pair.a.key in involved or pair.b.key in involved:
            involved.setdefault(pair.a.key, pair.a)
            involved.setdefault(pair.b.key, pair.b)
    claims = sorted(involved.values(), key=lambda c: c.key)
    clusters = _value_clusters(claims)
    outlier = _outlier(clusters, copies)
    message = _message(clusters, outlier, copies, words, group)
    finding = rule.finding(
        message,
        claims,
        score=round(min(p.score for p in clashes), 3),
        matched=sorted({w for p in clashes for w in p.matched if w}),
    )
    if outlier is not None:
        finding.outlier = next(loc for loc in finding.locations if (loc.doc, loc.start, loc.end) == outlier.key)
    return finding


def _value_clusters(claims: list[Claim]) -> list[list[Claim]]:
    """Claims split into runs that agree with each other, in order of value."""
    clusters: list[list[Claim]] = []
    for claim in sorted(claims, key=_sort_value):
        home = next((c for c in clusters if all(_agree(claim, other) for other in c)), None)
        if home is None:
            clusters.append([claim])
        else:
            home.append(claim)
    return clusters


def _sort_value(claim: Claim) -> tuple[float, float]:
    if claim.date_start:
        return float(claim.date_start.toordinal()), float(claim.date_end.toordinal() if claim.date_end else 0)
    interval = claim.normalized
    low = interval.low if interval and interval.low is not None else float("-inf")
    high = interval.high if interval and interval.high is not None else float("inf")
    return low, high


def _agree(a: Claim, b: Claim) -> bool:
    if a.kind is ClaimKind.DATE:
        return not _dates_clash(a, b)
    return a.normalized is not None and b.normalized is not None and a.normalized.overlaps(b.normalized)


def _outlier(clusters: list[list[Claim]], copies: Copies) -> Claim | None:
    """The lone claim against a majority of independent sources, when there is one."""
    if len(clusters) != 2:
        return None
    sizes = [copies.independent(c.doc for c in cluster) for cluster in clusters]
    small, large = (0, 1) if sizes[0] < sizes[1] else (1, 0)
    if sizes[small] == 1 and sizes[large] >= 2 and len(clusters[small]) == 1:
        return clusters[small][0]
    return None


def _message(clusters: list[list[Claim]], outlier: Claim | None, copies: Copies, words: object, group: Group) -> str:
    what = _subject(group)
    parts = []
    for cluster in clusters:
        docs = sorted({c.doc for c in cluster})
        value = words(cluster[0])  # type: ignore[operator]
        verb = "says" if len(docs) == 1 else "say"
        parts.append(f"{_join(docs)} {verb} {value}")
    if outlier is not None:
        rest = [c for cluster in clusters for c in cluster if c is not outlier]
        rest_docs = sorted({c.doc for c in rest})
        return (
            f"{outlier.doc} gives {what} as {words(outlier)}; {_join(rest_docs)} "  # type: ignore[operator]
            f"({copies.independent(rest_docs)} independent) say {words(rest[0])}."
        )  # type: ignore[operator]
    return f"{what[0].upper()}{what[1:]} disagrees: " + "; ".join(parts) + "."


def _subject(group: Group) -> str:
    if group.kind is ClaimKind.DATE:
        return f"the date of the '{' '.join(group.matched)}' event"
    claim = group.claims[0]
    measure = claim.context.measure or claim.noun or "the figure"
    owner = f"{claim.context.entity}'s " if claim.context.entity else ""
    return f"{owner}{measure}".strip()


def _value_words(claim: Claim) -> str:
    return f"'{claim.text}'"


def _date_words(claim: Claim) -> str:
    if claim.date_start == claim.date_end and claim.date_start:
        return f"'{claim.text}' ({claim.date_start.isoformat()})"
    return f"'{claim.text}' ({claim.date_start}..{claim.date_end})"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
