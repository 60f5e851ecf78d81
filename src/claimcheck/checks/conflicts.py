"""value-conflict and date-conflict: claims about one thing whose values cannot both be true."""

from __future__ import annotations

from claimcheck.align.copies import Copies
from claimcheck.align.linking import Pair, pair_agrees
from claimcheck.checks.base import CheckInput, Rule
from claimcheck.checks.running import running_reading
from claimcheck.compare import value_clusters
from claimcheck.models import Claim, ClaimKind, Finding


def value_conflicts(data: CheckInput, rule: Rule) -> list[Finding]:
    """Directly linked value claims of different reports whose intervals do not overlap and whose
    difference time does not explain (a running count given on different days is an update or a revision)."""
    clashes = [p for p in value_pairs(data) if not pair_agrees(p) and running_reading(data, p) is None]
    linked = _linked(data)
    return [_conflict_finding(rule, clique, data.copies, _value_words) for clique in _cliques(clashes, linked)]


def date_conflicts(data: CheckInput, rule: Rule) -> list[Finding]:
    """The same event dated on days that cannot both be right, in different reports."""
    clashes = [p for p in _pairs(data, False) if not pair_agrees(p)]
    linked = _linked(data)
    return [_conflict_finding(rule, clique, data.copies, _date_words) for clique in _cliques(clashes, linked)]


def value_pairs(data: CheckInput) -> list[Pair]:
    """Every directly linked pair of value claims of different reports, strongest first."""
    return _pairs(data, values=True)


def _pairs(data: CheckInput, values: bool) -> list[Pair]:
    dated = (ClaimKind.DATE, ClaimKind.TIME)
    found = [p for g in data.groups if (g.kind not in dated) == values for p in g.pairs if p.a.doc != p.b.doc]
    return sorted(found, key=lambda p: (-p.weight, p.a.key, p.b.key))


def _linked(data: CheckInput) -> set[frozenset[tuple[str, int, int]]]:
    return {frozenset((p.a.key, p.b.key)) for g in data.groups for p in g.pairs}


def _cliques(clashes: list[Pair], linked: set[frozenset[tuple[str, int, int]]]) -> list[list[Pair]]:
    """Clashing pairs gathered into findings whose claims are all directly linked with each other: a
    finding never chains claims that were not compared."""
    cliques: list[tuple[dict[tuple[str, int, int], Claim], list[Pair]]] = []
    for pair in clashes:
        for members, pairs in cliques:
            new = [c for c in (pair.a, pair.b) if c.key not in members]
            if all(frozenset((c.key, m)) in linked for c in new for m in members) and (
                len(new) < 2 or frozenset((pair.a.key, pair.b.key)) in linked
            ):
                members.update({c.key: c for c in new})
                pairs.append(pair)
                break
        else:
            cliques.append(({pair.a.key: pair.a, pair.b.key: pair.b}, [pair]))
    return [pairs for _members, pairs in cliques]


def _conflict_finding(rule: Rule, clashes: list[Pair], copies: Copies, words: object) -> Finding:
    involved = {c.key: c for p in clashes for c in (p.a, p.b)}
    claims = sorted(involved.values(), key=lambda c: c.key)
    clusters = value_clusters(claims)
    outlier = _outlier(clusters, copies)
    message = _message(clusters, outlier, copies, words, claims[0])
    finding = rule.finding(
        message,
        claims,
        score=round(min(p.score for p in clashes), 3),
        matched=sorted({w for p in clashes for w in p.matched if w}),
    )
    if outlier is not None:
        finding.outlier = next(loc for loc in finding.locations if (loc.doc, loc.start, loc.end) == outlier.key)
    return finding


def _outlier(clusters: list[list[Claim]], copies: Copies) -> Claim | None:
    """The lone claim against a majority of independent sources, when there is one."""
    if len(clusters) != 2:
        return None
    sizes = [copies.independent(c.doc for c in cluster) for cluster in clusters]
    small, large = (0, 1) if sizes[0] < sizes[1] else (1, 0)
    if sizes[small] == 1 and sizes[large] >= 2 and len(clusters[small]) == 1:
        return clusters[small][0]
    return None


def _message(clusters: list[list[Claim]], outlier: Claim | None, copies: Copies, words: object, first: Claim) -> str:
    """One sentence a journalist understands: who says what, and who stands alone when a majority of
    independent sources agrees."""
    what = _subject(first)
    say = words
    if outlier is not None:
        rest = [c for cluster in clusters for c in cluster if c is not outlier]
        rest_docs = sorted({c.doc for c in rest})
        return (
            f"{outlier.doc} gives {what} as {say(outlier)}; {_join(rest_docs)} "  # type: ignore[operator]
            f"({copies.independent(rest_docs)} independent sources) say {say(rest[0])}."  # type: ignore[operator]
        )
    parts = []
    for cluster in clusters:
        docs = sorted({c.doc for c in cluster})
        parts.append(f"{_join(docs)} {'says' if len(docs) == 1 else 'say'} {say(_sharpest(cluster))}")  # type: ignore[operator]
    return f"Reports disagree on {what}: " + "; ".join(parts) + "."


_EVENT_NOUNS = {
    "meet": "meeting", "visit": "visit", "sign": "signing", "announce": "announcement", "impose": "imposition",
    "confirm": "confirmation", "attack": "attack", "launch": "launch", "die": "death", "elect": "election",
    "resign": "resignation", "arrest": "arrest", "collapse": "collapse", "open": "opening", "hold": "event",
    "quake": "earthquake", "fire": "fire", "crash": "crash", "flood": "flood", "storm": "storm",
}  # fmt: skip


def _sharpest(cluster: list[Claim]) -> Claim:
    """The claim that says the most: the narrowest interval or day range of its cluster."""
    return min(cluster, key=_width)


def _width(claim: Claim) -> float:
    if claim.date_start and claim.date_end:
        return float((claim.date_end - claim.date_start).days)
    interval = claim.normalized
    if interval is None or interval.low is None or interval.high is None:
        return float("inf")
    return interval.high - interval.low


def _names_in_order(claim: Claim) -> list[str]:
    """The people in a dated event as the text names them: runs of participant words ('Sun Weidong')."""
    people = set(claim.context.participants) - set(claim.context.places)
    names: list[str] = []
    run: list[str] = []
    for word in [*(claim.context.event or "").replace("'s", "").split(), ""]:
        token = word.strip(",.;:'\"()")
        if token in people:
            run.append(token)
        elif run:
            names.append(" ".join(run))
            run = []
    return list(dict.fromkeys(names))


def _subject(claim: Claim) -> str:
    """What the claims are about, in words: 'the date of the meeting of Rawat and Sun Weidong'."""
    if claim.kind in (ClaimKind.DATE, ClaimKind.TIME):
        action = claim.context.action or ""
        people = _names_in_order(claim)
        who = f" of {_join(people)}" if people else ""
        what = "date" if claim.kind is ClaimKind.DATE else "time"
        return f"the {what} of the {_EVENT_NOUNS.get(action, action or 'event')}{who}"
    return _what(claim)


def _what(claim: Claim) -> str:
    """A value's subject in words: 'KNCHR's death toll', 'the net profit (Q1 FY26)'."""
    subject = claim.subject
    measure = (subject.measure if subject else None) or claim.context.measure or claim.noun or "the figure"
    owner = f"{subject.owner}'s " if subject and subject.owner else "the "
    parts = [*(subject.qualifiers if subject else []), *([subject.period] if subject and subject.period else [])]
    return f"{owner}{measure}" + (f" ({', '.join(parts)})" if parts else "")


def _value_words(claim: Claim) -> str:
    return f"'{claim.text}'"


def _date_words(claim: Claim) -> str:
    if claim.kind is ClaimKind.TIME:
        zone = f" UTC{claim.utc_offset}" if claim.utc_offset else ""
        return f"'{claim.text}' ({claim.time}{zone})"
    if claim.date_start == claim.date_end and claim.date_start:
        return f"'{claim.text}' ({claim.date_start.isoformat()})"
    return f"'{claim.text}' ({claim.date_start}..{claim.date_end})"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
