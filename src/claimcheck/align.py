"""Group claims about the same thing, within and across documents, with the words that matched.

Claims are blocked on dimension and counted noun (values) or event verb (dates), then paired only
through shared measure words or participants in an inverted index, so cost grows near-linearly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from claimcheck.document import Document
from claimcheck.models import Claim, ClaimGroup, ClaimKind, Location
from claimcheck.syndication import Copies
from claimcheck.vocabulary import MEASURE_SYNONYMS, PLACES

# A word shared by this many claims in one block is too common to pair on.
_POSTING_LIMIT = 400
_YEAR = regex.compile(r"(?:19|20)\d\d")
_ORDINAL_EVENT = regex.compile(r"(?i)\b(first|second|third|fourth|fifth|last|next|previous|earlier|another|again)\b")


@dataclass(frozen=True, slots=True)
class Pair:
    """Two claims judged to be about the same thing, how sure that is, and the words that matched."""

    a: Claim
    b: Claim
    score: float
    matched: tuple[str, ...]


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

    def public(self) -> ClaimGroup:
        """The group as the report shows it."""
        return ClaimGroup(
            key=" ".join(self.matched) or self.kind.value,
            kind=self.kind,
            claims=[location(c) for c in self.claims],
            independent_sources=self.independent_sources,
            agree=self.agree,
            score=round(self.score, 3),
            matched=self.matched,
        )


def location(claim: Claim, value: str = "") -> Location:
    """Where a claim stands, for a finding or group."""
    from claimcheck.engine import describe

    return Location(
        doc=claim.doc,
        start=claim.start,
        end=claim.end,
        text=claim.text,
        line=claim.line,
        col=claim.col,
        value=value or describe(claim),
    )


def align(docs: list[Document], claims: dict[str, list[Claim]], copies: Copies) -> list[Group]:
    """All groups of claims about one measure or one event, each with its direct comparisons."""
    everything = [c for doc in docs for c in claims.get(doc.id, [])]
    pairs = [*_value_pairs(everything), *_event_pairs(everything)]
    return _groups(pairs, copies)


def _value_block(claim: Claim) -> str | None:
    if claim.kind not in (ClaimKind.QUANTITY, ClaimKind.DURATION, ClaimKind.RANK) or claim.normalized is None:
        return None
    if claim.subtype in ("vague", "multiplier-change", "age", "year"):
        return None
    unit = claim.normalized.unit
    if unit in ("count", "dimensionless"):
        noun = claim.noun or ""
        unit = f"count:{MEASURE_SYNONYMS.get(noun, (noun,))[0]}" if noun else "count"
    return f"{claim.kind.value}|{unit}"


def _value_pairs(claims: list[Claim]) -> Iterator[Pair]:
    blocks: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        block = _value_block(claim)
        if block and claim.context.measure_key:
            blocks[block].append(claim)
    for members in blocks.values():
        for a, b in _candidates(members, lambda c: c.context.measure_key):
            pair = same_measure(a, b)
            if pair:
                yield pair


def _candidates(members: list[Claim], keys: object) -> Iterator[tuple[Claim, Claim]]:
    """Pairs that share at least one key word, found through an inverted index."""
    postings: dict[str, list[int]] = defaultdict(list)
    for index, claim in enumerate(members):
        for word in keys(claim):  # type: ignore[operator]
            postings[word].append(index)
    seen: set[tuple[int, int]] = set()
    for posting in postings.values():
        if len(posting) > _POSTING_LIMIT:
            continue
        for i, first in enumerate(posting):
            for second in posting[i + 1 :]:
                if (first, second) not in seen:
                    seen.add((first, second))
                    yield members[first], members[second]


def same_measure(a: Claim, b: Claim) -> Pair | None:
    """A Pair when two value claims measure the same thing of the same entity at the same time."""
    ca, cb = a.context, b.context
    if a.doc == b.doc and (ca.sentence == cb.sentence or ca.measure_key != cb.measure_key):
        return None
    if ca.entity and cb.entity and ca.entity != cb.entity:
        return None
    if (ca.tense == "future") != (cb.tense == "future") or _years(ca.time_ref) != _years(cb.time_ref):
        return None
    key_a, key_b = set(ca.measure_key), set(cb.measure_key)
    shared = key_a & key_b
    if not shared or (key_a - key_b and key_b - key_a):
        return None
    score = len(shared) / len(key_a | key_b)
    if not (ca.entity and cb.entity):
        score *= 0.8
    return Pair(a, b, score, tuple(sorted(shared)))


def _years(time_ref: str | None) -> frozenset[str]:
    return frozenset(_YEAR.findall(time_ref or ""))


def _event_pairs(claims: list[Claim]) -> Iterator[Pair]:
    blocks: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind is ClaimKind.DATE and claim.date_start and claim.context.action and claim.context.participants:
            blocks[claim.context.action].append(claim)
    for members in blocks.values():
        for a, b in _candidates(members, lambda c: c.context.participants):
            pair = same_event(a, b)
            if pair:
                yield pair


def same_event(a: Claim, b: Claim) -> Pair | None:
    """A Pair when two dates belong to one event: the same action by mostly the same participants."""
    if a.doc == b.doc and a.context.sentence == b.context.sentence:
        return None
    pa, pb = set(a.context.participants), set(b.context.participants)
    shared = pa & pb
    if len(shared) < 2 or len(shared) / min(len(pa), len(pb)) < 0.6 or not shared - PLACES:
        return None
    if _ordinals(a.context.sentence) != _ordinals(b.context.sentence):
        return None
    return Pair(a, b, len(shared) / len(pa | pb), (a.context.action or "", *sorted(shared)))


def _ordinals(sentence: str) -> frozenset[str]:
    return frozenset(m.lower() for m in _ORDINAL_EVENT.findall(sentence))


def _groups(pairs: list[Pair], copies: Copies) -> list[Group]:
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
    groups = []
    for group_pairs in by_root.values():
        members = {c.key: c for p in group_pairs for c in (p.a, p.b)}
        claims = sorted(members.values(), key=lambda c: c.key)
        words = sorted({w for p in group_pairs for w in p.matched if w})
        groups.append(
            Group(claims[0].kind, claims, group_pairs, copies.independent(c.doc for c in claims), matched=words)
        )
    groups.sort(key=lambda g: g.claims[0].key)
    return groups
