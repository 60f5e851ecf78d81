"""value-conflict and date-conflict: claims about one thing whose values cannot both be true."""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from claimcheck.align.blocking import Pair
from claimcheck.align.comparison import WEIGHTS, linkable, same_owner
from claimcheck.align.copies import Copies
from claimcheck.align.linking import Group, connected, pair_agrees
from claimcheck.checks.base import CheckInput, Rule
from claimcheck.checks.running import running_reading
from claimcheck.compare import claims_agree, value_clusters, value_span, within_tolerance
from claimcheck.lang import LEXICON
from claimcheck.models import Claim, ClaimKind, Finding
from claimcheck.wording import reading

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
        if group.kind in (ClaimKind.DATE, ClaimKind.TIME):
            continue
        agreeing = _Agreeing.of(group)
        clashes = [
            p
            for index, p in enumerate(group.pairs)
            if index not in agreeing.indices
            and _unexplained(data, p)
            and not within_tolerance(p.a, p.b, data.tolerance)
        ]
        # One finding per run of clashes: figures that meet only through agreeing links never share one.
        for linked in connected(clashes):
            findings.append(_conflict_finding(rule, group, linked, data.copies, _value_words, data, agreeing))
    return findings


def date_conflicts(data: CheckInput, rule: Rule) -> list[Finding]:
    """The same event dated on days that cannot both be right, in two reports (one report's two dates
    mostly belong to two events)."""
    findings = []
    for group in data.groups:
        if group.kind not in (ClaimKind.DATE, ClaimKind.TIME):
            continue
        agreeing = _Agreeing.of(group)
        clashes = [
            p
            for index, p in enumerate(group.pairs)
            if index not in agreeing.indices and p.a.doc != p.b.doc and not within_tolerance(p.a, p.b, data.tolerance)
        ]
        for linked in connected(clashes):
            findings.append(_conflict_finding(rule, group, linked, data.copies, _date_words, agreeing=agreeing))
    return findings


@dataclass(frozen=True, slots=True)
class _Agreeing:
    """A group's agreeing pairs, by position in `group.pairs`, and for each claim the positions of the agreeing
    pairs it is in: each run of clashes looks only at the pairs that touch it, not at the whole group."""

    indices: frozenset[int]
    by_claim: dict[tuple[str, int, int], list[int]]

    @classmethod
    def of(cls, group: Group) -> _Agreeing:
        indices = [index for index, pair in enumerate(group.pairs) if pair_agrees(pair)]
        by_claim: dict[tuple[str, int, int], list[int]] = defaultdict(list)
        for index in indices:
            pair = group.pairs[index]
            by_claim[pair.a.key].append(index)
            if pair.b.key != pair.a.key:
                by_claim[pair.b.key].append(index)
        return cls(frozenset(indices), dict(by_claim))


def _unexplained(data: CheckInput, pair: Pair) -> bool:
    """A clash that neither its subjects nor time explain: two reports, subjects that can be one (no two
    periods, statuses or qualifiers, no two forecasters), and no running count told on different days."""
    if pair.a.doc == pair.b.doc or pair.weight < WEIGHTS.threshold or not linkable(pair.a, pair.b):
        return False
    if any(_part_count(c) or _by_position(c) for c in (pair.a, pair.b)):
        return False
    return running_reading(data, pair) is None and not _explained_by_time(data, pair)


def _part_count(claim: Claim) -> bool:
    """A count of a part or an increment ('twelve other people', '11 more deaths', '40 new cases'): never the
    whole figure another report gives."""
    words = [w.strip(",.;:()").lower() for w in claim.text.split()]
    return any(
        word in LEXICON.count_adjectives and index > 0 and words[index + 1] != "than"
        for index, word in enumerate(words[:-1])
    )


def _by_position(claim: Claim) -> bool:
    """A figure of a list paired with its owners by position ('... 7.7% and 7.6% respectively'): which owner
    it belongs to is not read, so it is too weakly known to be the figure another report gives."""
    return any(w.strip(",.;:()").lower() in LEXICON.by_position_words for w in claim.context.sentence.split())


def _explained_by_time(data: CheckInput, pair: Pair) -> bool:
    """Running counts (tolls, 'so far') reported on different days may differ: an update, not a conflict."""
    running = any(
        "so far" in (c.context.time_ref or "") or _RUNNING_WORDS & set(c.context.measure_key) for c in (pair.a, pair.b)
    )
    return running and _day_of(data, pair.a) != _day_of(data, pair.b)


def _day_of(data: CheckInput, claim: Claim) -> date | None:
    """The day a figure is given for: the day its sentence names, else its report's date."""
    return claim.context.as_of or data.doc(claim.doc).reference_date


def _conflict_finding(
    rule: Rule,
    group: Group,
    clashes: list[Pair],
    copies: Copies,
    words: object,
    data: CheckInput | None = None,
    agreeing: _Agreeing | None = None,
) -> Finding:
    involved = _with_agreeing(group, clashes, agreeing or _Agreeing.of(group))
    if data is not None:
        for claim in list(involved.values()):
            for again in _restated(data, claim):
                involved.setdefault(again.key, again)
    claims, clusters = _off_the_fence(sorted(involved.values(), key=lambda c: c.key))
    outlier = _outlier(clusters, copies)
    message = _message(clusters, outlier, copies, words, group)
    finding = rule.finding(
        message,
        claims,
        _sides(clusters),
        score=round(min(p.score for p in clashes), 3),
        matched=sorted({w for p in clashes for w in p.matched if w}),
    )
    if outlier is not None:
        finding.outlier = next(loc for loc in finding.locations if (loc.doc, loc.start, loc.end) == outlier.key)
    return finding


def _sides(clusters: list[list[Claim]]) -> dict[tuple[str, int, int], str]:
    """Each claim's side of a clash, as the value of the side's sharpest claim: '78%' stands with '78.3%'."""
    sides = {}
    for cluster in clusters:
        sharpest = min(cluster, key=lambda c: value_span(c)[1] - value_span(c)[0])
        for claim in cluster:
            sides[claim.key] = reading(sharpest)
    return sides


def _with_agreeing(group: Group, clashes: list[Pair], agreeing: _Agreeing) -> dict[tuple[str, int, int], Claim]:
    """The claims of a run of clashes, and those the group's agreeing pairs join to them, read in the order
    of the group's pairs: an agreeing pair counts when one of its claims is in by the time it is read, and
    a claim that takes no side of the clashes stays out. Only the pairs that touch a claim already in are
    read (a queue of their positions), which gives what reading every pair in turn gives."""
    involved = {c.key: c for p in clashes for c in (p.a, p.b)}
    queue = sorted({index for key in involved for index in agreeing.by_claim.get(key, ())})
    done: set[int] = set()
    while queue:
        index = heapq.heappop(queue)
        if index in done:
            continue
        done.add(index)
        pair = group.pairs[index]
        for claim in (pair.a, pair.b):
            if claim.key not in involved and not _sits_on_fence(claim, clashes):
                involved[claim.key] = claim
                for later in agreeing.by_claim.get(claim.key, ()):
                    if later > index:
                        heapq.heappush(queue, later)
    return involved


def _off_the_fence(claims: list[Claim]) -> tuple[list[Claim], list[list[Claim]]]:
    """The claims less those that agree with all of two sides ('9%' between '8.7%' and '9.1%'), and their
    sides: set on one side, such a claim would stand against a figure it agrees with. Kept where fewer than
    two sides would remain. A claim joins the first side it agrees with wholly, so only a later side can be
    its second."""
    clusters = value_clusters(claims)
    on_fence = {
        claim.key
        for index, cluster in enumerate(clusters)
        for claim in cluster
        if any(all(claims_agree(claim, other) for other in later) for later in clusters[index + 1 :])
    }
    if not on_fence:
        return claims, clusters
    kept = [claim for claim in claims if claim.key not in on_fence]
    sides = value_clusters(kept)
    return (kept, sides) if len(sides) >= 2 else (claims, clusters)


def _sits_on_fence(claim: Claim, clashes: list[Pair]) -> bool:
    """True when a claim agrees with both sides of a clash ('9%' beside '8.7%' and '9.1%'): it takes no side,
    so the finding does not rest on it."""
    return any(claims_agree(claim, p.a) and claims_agree(claim, p.b) for p in clashes)


def _restated(data: CheckInput, claim: Claim) -> list[Claim]:
    """The places a report states the same figure of the same measure again: an editor mends them all. Where
    the report gives that figure for several owners, only the same owner's ('Nairobi (6), Kajiado (6)' are
    two figures, not one told twice)."""
    subject = claim.subject
    if subject is None or subject.measure is None:
        return []
    same = [
        other
        for other in data.claims.get(claim.doc, [])
        if other.key != claim.key
        and other.normalized == claim.normalized
        and other.subject is not None
        and other.subject.measure == subject.measure
    ]
    owners = {c.subject.owner.lower() for c in (claim, *same) if c.subject and c.subject.owner}
    if len(owners) < 2:
        return same
    return [other for other in same if other.subject is not None and same_owner(other.subject.owner, subject.owner)]


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
    """One sentence a journalist understands: who says what, and who stands alone when a majority of
    independent sources agrees."""
    what = _subject(group, [c for cluster in clusters for c in cluster])
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


def _subject(group: Group, claims: list[Claim]) -> str:
    """What the claims are about, in words: 'the date of the meeting of Rawat and Sun Weidong', 'the net
    profit of Infosys for Q1'."""
    claim = group.claims[0]
    if group.kind in (ClaimKind.DATE, ClaimKind.TIME):
        action = claim.context.action or ""
        people = _names_in_order(claim)
        who = f" of {_join(people)}" if people else ""
        what = "date" if group.kind is ClaimKind.DATE else "time"
        return f"the {what} of the {_EVENT_NOUNS.get(action, action or 'event')}{who}"
    subject = next((c.subject for c in claims if c.subject and c.subject.measure), None)
    if subject is not None and subject.measure:
        owner = f" of {subject.owner}" if subject.owner else ""
        period = f" for {subject.period}" if subject.period and not subject.period.startswith("prior") else ""
        return f"the {subject.measure}{owner}{period}"
    measure = claim.context.measure or claim.noun or "the figure"
    owner = f"{claim.context.entity}'s " if claim.context.entity else ""
    return f"{owner}{measure}".strip()


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
