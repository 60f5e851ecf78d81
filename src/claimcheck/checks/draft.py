"""The editor's check: a verdict for every claim of a draft, from the source claims linked to it.

A draft claim is linked to a source claim when alignment paired them, the draft sentence restates the
source sentence, or the source echoes the draft's distinctive value of a measure they share. It is
supported when its sources state it, contradicted when more independent sources say something that
cannot also be true, and unsourced otherwise. A contradiction needs the evidence a conflict needs: a
restated sentence, or a conflict finding that holds both claims. The draft is never its own source, and
copies of one report count once.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.align.linking import Group
from claimcheck.checks.base import CheckInput
from claimcheck.checks.echoes import echoes
from claimcheck.checks.restatement import TO_CONTRADICT, restated
from claimcheck.checks.running import _running as _running_count
from claimcheck.checks.running import day_of as _day_of
from claimcheck.compare import claims_agree
from claimcheck.models import Bound, Claim, ClaimKind, Finding, Interval, Location, Verdict, VerdictKind
from claimcheck.wording import location

Key = tuple[str, int, int]
# A count-revision (a later report lower, unexplained) sets two claims of one running count against each other.
_CONFLICT_RULES = frozenset({"value-conflict", "date-conflict", "count-revision"})
_CEILINGS = frozenset({Bound.LE, Bound.LT})
_FLOORS = frozenset({Bound.GE, Bound.GT})
# How far past an open bound ('more than 90%') a value may lie and still be what the bound rounds.
NEAR_BOUND = 0.1


def draft_verdicts(data: CheckInput, draft_id: str, findings: list[Finding]) -> list[Verdict]:
    """One verdict per claim of the draft, in document order."""
    draft = data.claims.get(draft_id, [])
    sources = sorted((c for doc, claims in data.claims.items() if doc != draft_id for c in claims), key=lambda c: c.key)
    restatements = restated(draft, sources)
    links = _links(draft_id, draft, restatements, echoes(draft, sources), data.groups)
    vouched = _vouched(draft_id, findings, restated(draft, sources, TO_CONTRADICT))
    return [_verdict(data, claim, links.get(claim.key, []), vouched) for claim in draft]


def _vouched(draft_id: str, findings: list[Finding], restatements: dict[Key, list[Claim]]) -> set[tuple[Key, Key]]:
    """The (draft claim, source claim) pairs sure enough to contradict: a restated sentence's, and those a
    conflict finding sets against each other."""
    vouched = {(key, claim.key) for key, claims in restatements.items() for claim in claims}
    for finding in findings:
        if finding.rule in _CONFLICT_RULES:
            keys = [(loc.doc, loc.start, loc.end) for loc in finding.locations]
            vouched.update((a, b) for a in keys if a[0] == draft_id for b in keys if b[0] != draft_id)
    return vouched


def _links(
    draft_id: str,
    draft: list[Claim],
    restatements: dict[Key, list[Claim]],
    echoed: dict[Key, list[Claim]],
    groups: list[Group],
) -> dict[Key, list[Claim]]:
    """Each draft claim's source claims, per source document: the one its sentence restates, else the ones
    alignment paired it with, else one that echoes its value (a restated sentence is the strongest evidence)."""
    paired: dict[Key, dict[str, list[Claim]]] = {}
    for group in groups:
        for pair in group.pairs:
            for mine, theirs in ((pair.a, pair.b), (pair.b, pair.a)):
                if mine.doc == draft_id and theirs.doc != draft_id:
                    paired.setdefault(mine.key, {}).setdefault(theirs.doc, []).append(theirs)
    for key, claims in restatements.items():
        by_doc = paired.setdefault(key, {})
        for claim in claims:
            by_doc[claim.doc] = [claim]
    for key, claims in echoed.items():
        by_doc = paired.setdefault(key, {})
        for claim in claims:
            by_doc.setdefault(claim.doc, [claim])
    return _exclusive(draft, {key: [c for cs in by_doc.values() for c in cs] for key, by_doc in paired.items()})


def _exclusive(draft: list[Claim], links: dict[Key, list[Claim]]) -> dict[Key, list[Claim]]:
    """A source claim linked to several draft claims belongs to those it states, and a source claim that states
    a neighbour of a draft claim in its sentence is that neighbour's: neither is evidence against the draft
    claim ('April 5' for the talks does not date the arrival on April 4)."""
    by_key = {c.key: c for c in draft}
    by_sentence: dict[str, list[Claim]] = {}
    for claim in draft:
        by_sentence.setdefault(claim.context.sentence, []).append(claim)
    stated: dict[Key, set[Key]] = {}
    for key, sources in links.items():
        for source in sources:
            if relation(by_key[key], source) == "states":
                stated.setdefault(source.key, set()).add(key)
    kept = {}
    for key, sources in links.items():
        mine = by_key[key]
        others = [c for c in by_sentence[mine.context.sentence] if c.key != key and c.kind is mine.kind]
        kept[key] = sorted(
            (
                s
                for s in sources
                if key in stated.get(s.key, {key}) and not any(relation(o, s) == "states" for o in others)
            ),
            key=lambda c: c.key,
        )
    return kept


def relation(draft: Claim, source: Claim) -> str:
    """'states' when the source claim says what the draft claim says (its values lie, nearly all, within the
    draft's, or it rounds the draft's value: 'about 500' or 'nearly 500' for 480, 'more than 90%' for 92%),
    'clashes' when both cannot be true, 'neutral' when the source allows the draft's value but does
    not say it ('more than 10' for '12'). Values that touch only at a rounding boundary clash: 'two-day' is
    not 'three-day', though 2 +- 0.5 and 3 +- 0.5 share 2.5."""
    if draft.kind is ClaimKind.DATE and not (
        draft.date_start and draft.date_end and source.date_start and source.date_end
    ):
        return "neutral"
    if not claims_agree(draft, source):
        return "clashes"
    if draft.kind is ClaimKind.TIME:
        return "states"
    if draft.kind is ClaimKind.DATE:
        assert draft.date_start and draft.date_end and source.date_start and source.date_end
        within = draft.date_start <= source.date_start and source.date_end <= draft.date_end
        return "states" if within else "neutral"
    a, b = draft.normalized, source.normalized
    if a is None or b is None:
        return "neutral"
    if _same_side(draft, source):
        ceiling = draft.bound in _CEILINGS
        return "states" if _near(a.high if ceiling else a.low, b.high if ceiling else b.low) else "neutral"
    if a.contains(b) or _near_bound(a, b) or (source.bound is Bound.APPROX and b.contains(a)):
        return "states"
    low, high = max(_end(a.low, -1), _end(b.low, -1)), min(_end(a.high, 1), _end(b.high, 1))
    if low == high and a.low != a.high and b.low != b.high:
        return "clashes"
    width = _end(b.high, 1) - _end(b.low, -1)
    return "states" if width < float("inf") and high - low >= width / 2 else "neutral"


def _same_side(draft: Claim, source: Claim) -> bool:
    """Two ceilings ('a maximum of 20 years', 'up to 10 years') or two floors: each states its bound."""
    sides = [_CEILINGS if c.bound in _CEILINGS else _FLOORS if c.bound in _FLOORS else None for c in (draft, source)]
    return sides[0] is not None and sides[0] == sides[1]


def _near(value: float | None, bound: float | None) -> bool:
    return value is not None and bound is not None and abs(value - bound) <= NEAR_BOUND * abs(value)


def _near_bound(draft: Interval, source: Interval) -> bool:
    """A source's open bound close above or below the draft's value states it the way reports round:
    'more than 90%' for '92 per cent', 'under 500' for '480'."""
    if draft.low is None or draft.high is None:
        return False
    if source.high is None and source.low is not None and source.low > 0:
        return source.low <= draft.low and draft.high <= source.low * (1 + NEAR_BOUND)
    if source.low is None and source.high is not None and source.high > 0:
        return source.high * (1 - NEAR_BOUND) <= draft.low and draft.high <= source.high
    return False


def _end(value: float | None, side: int) -> float:
    return side * float("inf") if value is None else value


def _running(claim: Claim) -> bool:
    """A running count by its subject (a death toll, the missing), as the count-update rule reads it."""
    return _running_count(claim)


def _current(data: CheckInput, claim: Claim, linked: list[Claim]) -> list[Claim]:
    """The source claims that bear on a draft claim now. A running count (a toll, 'so far') is judged against
    the latest count the sources give; an earlier count is history, not evidence."""
    if not _running(claim):
        return linked
    days = {s.key: _day_of(data, s) for s in linked}
    known = [d for d in days.values() if d is not None]
    latest = max(known, default=None)
    return [s for s in linked if days[s.key] in (None, latest)]


def _update(data: CheckInput, claim: Claim, source: Claim) -> bool:
    """A draft's running count above a source's earlier one: a later figure the draft may carry, which no
    source states, rather than a contradiction."""
    day, then = data.doc(claim.doc).reference_date, _day_of(data, source)
    return (
        _running(claim)
        and day is not None
        and then is not None
        and then < day
        and _end(source.normalized.high if source.normalized else None, 1)
        <= _end(claim.normalized.low if claim.normalized else None, -1)
    )


def _verdict(data: CheckInput, claim: Claim, linked: list[Claim], vouched: set[tuple[Key, Key]]) -> Verdict:
    current = _current(data, claim, linked)
    relations = {s.key: relation(claim, s) for s in current}
    agree = [s for s in current if relations[s.key] == "states"]
    clash = [
        s
        for s in current
        if relations[s.key] == "clashes"
        and not _update(data, claim, s)
        and ((claim.key, s.key) in vouched or claims_agree(claim, s))
    ]
    for_it, against_it = _sources(data, agree), _sources(data, clash)
    if against_it > for_it:
        kind, evidence, disputed, count = VerdictKind.CONTRADICTED, clash, [], against_it
        message = f"'{claim.text}' disagrees with {_say(clash, against_it)}."
    elif agree:
        kind, evidence, disputed, count = VerdictKind.SUPPORTED, agree, clash, for_it
        message = f"'{claim.text}' is stated by {_docs(agree)} ({_count(for_it)})"
        message += f"; it disagrees with {_say(clash, against_it)}." if clash else "."
    else:
        kind, evidence, disputed, count = VerdictKind.UNSOURCED, [], [], 0
        message = f"No source states '{claim.text}'."
    return Verdict(
        **location(claim).model_dump(),
        verdict=kind,
        evidence=_locations(evidence),
        disputed_by=_locations(disputed),
        independent_sources=count,
        message=message,
    )


def _sources(data: CheckInput, claims: Iterable[Claim]) -> int:
    return data.copies.independent(c.doc for c in claims)


def _say(claims: list[Claim], count: int) -> str:
    values = ", ".join(dict.fromkeys(f"'{c.text}'" for c in claims))
    verb = "says" if len({c.doc for c in claims}) == 1 else "say"
    return f"{_docs(claims)} ({_count(count)}), which {verb} {values}"


def _docs(claims: list[Claim]) -> str:
    docs = list(dict.fromkeys(c.doc for c in claims))
    return docs[0] if len(docs) == 1 else ", ".join(docs[:-1]) + " and " + docs[-1]


def _count(count: int) -> str:
    return f"{count} independent source" + ("" if count == 1 else "s")


def _locations(claims: list[Claim]) -> list[Location]:
    return [location(c) for c in claims]
