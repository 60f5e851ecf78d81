"""Group claims about the same thing, within and across documents, with the words that matched.

Claims are blocked on dimension and counted noun (values) or event verb (dates), then paired only
through shared measure words or participants in an inverted index, so cost grows near-linearly.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TypeVar

from claimcheck.align.blocking import Pair, Shared, candidates
from claimcheck.align.comparison import Crowd, describe, levels, value_gap, weight_of
from claimcheck.align.copies import Copies
from claimcheck.align.events import same_event
from claimcheck.align.wording_rules import (
    STORY_HEADLINES,
    contrasting,
    entities_agree,
    name_words,
    noun_key,
    periods_decide,
    years_of,
)
from claimcheck.compare import claims_agree, value_clusters, value_span, values_overlap
from claimcheck.context.subject import AHEAD, is_period
from claimcheck.document import Document
from claimcheck.models import Claim, ClaimGroup, ClaimKind, sharing_fields_set
from claimcheck.wording import location

Value = TypeVar("Value")
# Words that tell how a figure moved, not what it measures: never a reason to keep two figures apart.
_NOT_CONTRASTS = frozenset({"rise", "fall", "person", "yoy", "qoq"})
# A match scoring this share of the best is close enough to be preferred when it agrees.
_NEAR_BEST = 0.8
# The weight a pair gets when a comparison level rules the match out.
_RULED_OUT = -99.0
# Saying is not an event two reports must date alike: outlets report statements on different days.
_WEAK_ACTIONS = frozenset({"say"})


@dataclass
class Group:
    """Claims connected by same-measure pairs; `pairs` are the direct comparisons."""

    kind: ClaimKind
    claims: list[Claim]
    pairs: list[Pair]
    independent_sources: int
    agree: bool = True
    matched: list[str] = field(default_factory=list)

    @property
    def members(self) -> set[tuple[str, int, int]]:
        return {c.key for c in self.claims}

    @property
    def score(self) -> float:
        return max((p.score for p in self.pairs), default=0.0)

    def corroborations(self, copies: Copies) -> list[ClaimGroup]:
        """The runs of this group's claims that all agree, each as a report group when at least two
        independent sources state it."""
        found = []
        for cluster in value_clusters(self.claims):
            sources = copies.independent(c.doc for c in cluster)
            if sources > 1:
                sharpest = min(cluster, key=lambda c: value_span(c)[1] - value_span(c)[0])
                found.append(
                    sharing_fields_set(
                        ClaimGroup(
                            key=_describe_subject(sharpest),
                            kind=self.kind,
                            claims=[location(c) for c in cluster],
                            independent_sources=sources,
                            agree=True,
                            score=round(self.score, 3),
                            matched=self.matched,
                        )
                    )
                )
        return found


def _describe_subject(claim: Claim) -> str:
    """A few words naming what a claim is about: its measure and owner, or its event."""
    context = claim.context
    if claim.kind is ClaimKind.DATE:
        return " ".join([context.action or "event", *context.participants[:4]])
    owner = f"{context.entity}: " if context.entity else ""
    return f"{owner}{context.measure or claim.noun or 'figure'}"


def align(docs: list[Document], claims: dict[str, list[Claim]], copies: Copies) -> list[Group]:
    """All groups of claims about one measure or one event, each with its direct comparisons."""
    everything = [c for doc in docs for c in claims.get(doc.id, [])]
    pairs = [*_value_pairs(everything), *_event_pairs(everything)]
    return _groups(pairs, copies)


def _value_block(claim: Claim) -> str | None:
    if claim.kind not in (ClaimKind.QUANTITY, ClaimKind.DURATION, ClaimKind.RANK) or claim.normalized is None:
        return None
    if claim.subtype in ("vague", "multiplier-change", "age", "year", "difference"):
        return None
    unit = claim.normalized.unit
    return f"{claim.kind.value}|{'count' if unit == 'dimensionless' else unit}"


def comparable(claim: Claim) -> bool:
    """True when alignment may pair this claim with another: a value in a block with measure words, or a
    date or time with an event verb. Other claims are counted but never compared."""
    if _value_block(claim) and claim.context.measure_key:
        return True
    return any(action not in _WEAK_ACTIONS for action in claim.context.actions) and _dated(claim)


def _dated(claim: Claim) -> bool:
    """A day or a time an act can be told on; a quarter or a fiscal year is the period of the figures
    ('posted a profit of ₹3,410 crore in Q2 FY26'), not the day they were posted."""
    if claim.kind is ClaimKind.TIME:
        return claim.time is not None
    return claim.kind is ClaimKind.DATE and claim.date_start is not None and not is_period(claim.text)


def _value_pairs(claims: list[Claim]) -> Iterator[Pair]:
    blocks: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        block = _value_block(claim)
        if block and claim.context.measure_key:
            blocks[block].append(claim)
    crowd = Crowd.of(c for members in blocks.values() for c in members)
    held = Shared()
    for members in blocks.values():
        contrasts = _contrast_words(members)
        compared = [
            p
            for a, b in candidates(members, lambda c: c.context.measure_key, _blocks_with(crowd))
            if (p := same_measure(a, b, contrasts, crowd, held))
        ]
        yield from _mutual_best(compared)


def _blocks_with(crowd: Crowd) -> Callable[[Claim], tuple[tuple[str, str], ...]]:
    """The subject keys, and the measure alone for a report's only value of its measure: two reports' only
    altitudes meet however differently they are worded."""

    def keys(claim: Claim) -> tuple[tuple[str, str], ...]:
        found = _subject_blocks(claim)
        subject = claim.subject
        if subject is not None and subject.measure and crowd.sole(claim):
            found = (*found, (subject.measure, "sole"))
        if (based := _change_basis(claim)) is not None:
            found = (*found, based)
        return found

    return keys


def _subject_blocks(claim: Claim) -> tuple[tuple[str, str], ...]:
    """The subject keys a claim meets others by: its measure with its owner, and its measure with the day
    a running count is told for ("294 as of Sunday" meets "revised to 275 on Sunday" however many tolls
    lie between them in value order)."""
    subject = claim.subject
    if subject is None or not subject.measure:
        return ()
    keys = [(subject.measure, subject.owner.lower())] if subject.owner else []
    if subject.as_of is not None and subject.status == "running":
        keys.append((subject.measure, subject.as_of.isoformat()))
    return tuple(keys)


def _contrast_words(members: list[Claim]) -> frozenset[str]:
    """Words a writer used to tell two measures apart: where one document gives different values for two
    claims whose measure words overlap, the words that differ name different things."""
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for claim in members:
        by_doc[claim.doc].append(claim)
    words: set[str] = set()
    for claims in by_doc.values():
        for i, a in enumerate(claims[:60]):
            for b in claims[i + 1 : 60]:
                ka, kb = set(a.context.measure_key), set(b.context.measure_key)
                only_a, only_b = ka - kb, kb - ka
                if (
                    0 < len(only_a) <= 2
                    and 0 < len(only_b) <= 2
                    and _near(ka, kb)
                    and _nouns_agree(a, b)
                    and not values_overlap(a, b)
                ):
                    words |= only_a | only_b
    nouns = {noun_key(c.noun) for c in members if c.noun}
    return frozenset(words - nouns - _NOT_CONTRASTS)


def _near(ka: set[str], kb: set[str]) -> bool:
    """Measure words that overlap on at least half of the shorter side."""
    return bool(ka and kb) and len(ka & kb) / min(len(ka), len(kb)) >= 0.5


def _nouns_agree(a: Claim, b: Claim) -> bool:
    return not (a.noun and b.noun and noun_key(a.noun) != noun_key(b.noun))


def _mutual_best(pairs: list[Pair]) -> Iterator[Pair]:
    """Keep a pair only when each claim is the other's best match in the other's document. Among matches
    nearly as good as the best, one that agrees wins: a writer's two figures cannot both be the one
    reported elsewhere, and reading the disagreeing one as the match would raise an alarm on a coin toss.
    Where the words match equally well, the pair whose subjects weigh more is the match, and then the nearer
    value: a report's current figure, not its year-ago one, is the match of another's current figure.
    A pair a comparison level rules out competes only where no other pair may be the match."""
    slots = _Slots(pairs)
    chosen = bytearray(2 * len(pairs))
    for sides in slots.each():
        found = [pairs[side >> 1] for side in sides]
        options = [p for p in found if p.weight > _RULED_OUT] or found
        top = max(p.score for p in options)
        close = [p for p in options if p.score >= _NEAR_BEST * top]
        agreeing = [p for p in close if values_overlap(p.a, p.b)]
        best = [p for p in options if p.score >= top]
        heaviest = max(p.weight for p in best)
        best = [p for p in best if p.weight >= heaviest]
        gaps = [value_gap(p.a, p.b) for p in best]
        nearest = min(gaps)
        picked = {id(p) for p in (agreeing or [p for p, gap in zip(best, gaps, strict=True) if gap <= nearest])}
        for side, pair in zip(sides, found, strict=True):
            chosen[side] = id(pair) in picked
    for index, pair in enumerate(pairs):
        if chosen[2 * index] and chosen[2 * index + 1]:
            yield pair


class _Slots:
    """The pairs' sides grouped by slot, a claim and the other document: side 2i is pair i seen from its
    claim a, 2i + 1 from its claim b. Held as arrays of 4-byte numbers, sorted by document and then by claim
    (each sort stable), since a large block has millions of pairs and a dict of lists of them took five
    hundred bytes a pair."""

    def __init__(self, pairs: list[Pair]) -> None:
        claims: dict[tuple[str, int, int], int] = {}
        docs: dict[str, int] = {}
        claim_of, doc_of = array("I"), array("I")
        for pair in pairs:
            for claim, other in ((pair.a, pair.b), (pair.b, pair.a)):
                claim_of.append(claims.setdefault(claim.key, len(claims)))
                doc_of.append(docs.setdefault(other.doc, len(docs)))
        by_doc = _stable_order(array("I", range(len(doc_of))), doc_of, len(docs))
        self._sides = _stable_order(by_doc, claim_of, len(claims))
        self._starts = array("I", (0,) if self._sides else ())
        for at in range(1, len(self._sides)):
            here, before = self._sides[at], self._sides[at - 1]
            if claim_of[here] != claim_of[before] or doc_of[here] != doc_of[before]:
                self._starts.append(at)
        self._starts.extend((len(self._sides),) if self._sides else ())

    def each(self) -> Iterator[array[int]]:
        """Each slot's sides, in the order their pairs were given."""
        for first, last in pairwise(self._starts):
            yield self._sides[first:last]


def _stable_order(order: array[int], key: array[int], size: int) -> array[int]:
    """`order` sorted by `key` (numbers below `size`), a counting sort that keeps the order of equal keys."""
    starts = array("I", bytes(4 * (size + 1)))
    for side in order:
        starts[key[side] + 1] += 1
    for number in range(1, size + 1):
        starts[number] += starts[number - 1]
    placed = array("I", bytes(4 * len(order)))
    for side in order:
        placed[starts[key[side]]] = side
        starts[key[side]] += 1
    return placed


def same_measure(
    a: Claim,
    b: Claim,
    contrasts: frozenset[str] = frozenset(),
    crowd: Crowd | None = None,
    held: Shared | None = None,
) -> Pair | None:
    """A Pair when two value claims measure the same thing of the same entity at the same time; its
    levels, words, score and weight the objects `held` holds for them, when given."""
    ca, cb = a.context, b.context
    if a.doc == b.doc and (ca.sentence == cb.sentence or ca.measure_key != cb.measure_key or ca.entity != cb.entity):
        return None
    if not _nouns_agree(a, b):
        return None
    if not entities_agree(ca.entity, cb.entity) and not (
        (_mentions(cb.sentence, ca.entity) and _mentions(ca.sentence, cb.entity)) or _names_no_owner(a, b)
    ):
        return None
    years_a, years_b = years_of(ca.time_ref), years_of(cb.time_ref)
    if (ca.tense != cb.tense and not _told_ahead_alike(a, b)) or (years_a and years_b and not years_a & years_b):
        return None
    if ca.year and cb.year and ca.year != cb.year and not periods_decide(a, b):
        return None
    key_a, key_b = set(ca.measure_key), set(cb.measure_key)
    if not key_a or not key_b:
        return None
    shared = key_a & key_b
    only_a, only_b = key_a - key_b, key_b - key_a
    sole = (crowd is not None and crowd.sole(a) and crowd.sole(b) and _measures_alike(a, b)) or _subjects_alike(a, b)
    needed = 0.3 if shared & STORY_HEADLINES else 0.5
    if len(shared) / min(len(key_a), len(key_b)) < needed and not sole:
        return None
    if len(shared) < 2 and not (ca.entity and cb.entity) and not shared <= STORY_HEADLINES and not sole:
        return None
    if (only_a & contrasts and only_b & contrasts) or contrasting(only_a, only_b):
        return None
    score = len(shared) / min(len(key_a), len(key_b)) * (0.5 + 0.5 * len(shared) / len(key_a | key_b))
    if not (ca.entity and cb.entity):
        score *= 0.9
    found = levels(a, b, crowd)
    words = (*describe(found, a), *sorted(shared))
    weight = round(max(weight_of(found), _RULED_OUT), 3)
    one = held.one if held is not None else _itself
    return Pair(a, b, one(round(score, 6)), one(words), one(weight), one(tuple(found.items())))


def _names_no_owner(a: Claim, b: Claim) -> bool:
    """True when the subject stage read neither claim's name as an owner, the names being the measure's own
    ('Free Cash Flow (FCF)' against 'Free Cash Flow'): the names then tell nothing apart."""
    sa, sb = a.subject, b.subject
    return (
        sa is not None and sb is not None and bool(sa.measure) and sa.measure == sb.measure
        and sa.owner is None and sb.owner is None and sa.attribution is None and sb.attribution is None
    )  # fmt: skip


def _itself(value: Value) -> Value:
    return value


def _subjects_alike(a: Claim, b: Claim) -> bool:
    """True when two changes name one measure on one stated basis ('revenue, quarter-on-quarter')."""
    based = _change_basis(a)
    return based is not None and based == _change_basis(b)


def _change_basis(claim: Claim) -> tuple[str, str] | None:
    """The measure and stated basis of a change ('revenue', 'qoq'), the key two such changes meet by."""
    subject = claim.subject
    if subject is None or not subject.measure or subject.status != "change" or subject.basis not in ("yoy", "qoq"):
        return None
    return subject.measure, subject.basis


def _measures_alike(a: Claim, b: Claim) -> bool:
    return a.subject is not None and b.subject is not None and a.subject.measure == b.subject.measure


def _told_ahead_alike(a: Claim, b: Claim) -> bool:
    """True when both figures are targets, plans or forecasts: those are told in the present ('the budget
    sets a target of Rs14.02 trillion') and the future alike, so their tenses tell nothing apart."""
    sa, sb = a.subject, b.subject
    return sa is not None and sb is not None and sa.status == sb.status and sa.status in AHEAD


def _mentions(sentence: str, entity: str | None) -> bool:
    """True when a sentence names the entity too: in a deal, buyer and seller both own the fee."""
    return bool(entity) and bool(name_words(entity or "") & {w.lower() for w in sentence.split()})


def _event_pairs(claims: list[Claim]) -> Iterator[Pair]:
    blocks: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        for action in claim.context.actions if _dated(claim) else []:
            if action not in _WEAK_ACTIONS:
                blocks[f"{claim.kind.value}|{action}"].append(claim)
    seen: set[tuple[tuple[str, int, int], tuple[str, int, int]]] = set()
    for action, members in blocks.items():
        for a, b in candidates(members, lambda c: c.context.participants):
            pair = same_event(a, b, action.split("|", 1)[1])
            if pair and (a.key, b.key) not in seen:
                seen.add((a.key, b.key))
                yield pair


def pair_agrees(pair: Pair) -> bool:
    """True when the two claims of a pair can both be true: overlapping intervals or overlapping days."""
    return claims_agree(pair.a, pair.b)


def connected(pairs: list[Pair]) -> list[list[Pair]]:
    """The pairs split into runs joined by a shared claim (union-find over their claims), in first-seen order."""
    parent: dict[tuple[str, int, int], tuple[str, int, int]] = {}

    def root(key: tuple[str, int, int]) -> tuple[str, int, int]:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for pair in pairs:
        parent[root(pair.a.key)] = root(pair.b.key)
    by_root: dict[tuple[str, int, int], list[Pair]] = defaultdict(list)
    for pair in pairs:
        by_root[root(pair.a.key)].append(pair)
    return list(by_root.values())


def _groups(pairs: list[Pair], copies: Copies) -> list[Group]:
    groups = []
    for group_pairs in connected(pairs):
        members = {c.key: c for p in group_pairs for c in (p.a, p.b)}
        claims = sorted(members.values(), key=lambda c: c.key)
        words = sorted({w for p in group_pairs for w in p.matched if w})
        agree = all(pair_agrees(p) for p in group_pairs)
        groups.append(
            Group(claims[0].kind, claims, group_pairs, copies.independent(c.doc for c in claims), agree, words)
        )
    groups.sort(key=lambda g: g.claims[0].key)
    return groups
