"""Group claims about the same thing, within and across documents, with the words that matched.

Claims are blocked on dimension and counted noun (values) or event verb (dates), then paired only
through shared measure words or participants in an inverted index, so cost grows near-linearly.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import regex

from claimcheck.align.comparison import WEIGHTS, describe, levels, signature, weight_of
from claimcheck.align.copies import Copies
from claimcheck.compare import claims_agree, value_clusters, value_span, values_overlap
from claimcheck.document import Document
from claimcheck.lang import LEXICON
from claimcheck.models import Claim, ClaimGroup, ClaimKind
from claimcheck.wording import location

# Blocks up to this size are compared pair by pair; larger ones through an inverted index of key words.
_ALL_PAIRS = 300
# Saying is not an event two reports must date alike: outlets report statements on different days.
_WEAK_ACTIONS = frozenset({"say"})
# A word shared by this many claims in one block is too common to pair on.
_POSTING_LIMIT = 400
# Each claim is compared with at most this many others found through its rarest words.
_RARE_WORDS = 3
_NEIGHBOURS = 12
_ORDINAL_EVENT = regex.compile(
    r"(?i)\b(first|second|third|fourth|fifth|last|next|previous|another|final|opening)\s+(?:\w+\s+)?"
    r"(?:meeting|round|visit|summit|forum|talks|session|match|game|edition|leg|phase|conference|election|poll)"
)


@dataclass(frozen=True, slots=True)
class Pair:
    """Two claims judged to be about the same thing, how sure that is, and the words that matched."""

    a: Claim
    b: Claim
    score: float
    matched: tuple[str, ...]
    weight: float = 0.0
    levels: tuple[tuple[str, str], ...] = ()


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
    """Blocking: claims are compared only with claims of the same dimension and the same measure head."""
    if claim.kind not in (ClaimKind.QUANTITY, ClaimKind.DURATION, ClaimKind.RANK) or claim.normalized is None:
        return None
    if claim.subtype in ("vague", "multiplier-change", "age", "year", "difference"):
        return None
    if claim.subject is None or claim.subject.measure is None:
        return None
    unit = claim.normalized.unit
    return f"{claim.kind.value}|{'count' if unit == 'dimensionless' else unit}|{claim.subject.measure}"


def _value_pairs(claims: list[Claim]) -> Iterator[Pair]:
    blocks: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        block = _value_block(claim)
        if block:
            blocks[block].append(claim)
    for members in blocks.values():
        ambiguity = _ambiguity(members)
        linked = [
            p
            for a, b in _block_pairs(members)
            if (p := same_measure(a, b, (ambiguity[(a.doc, signature(a))], ambiguity[(b.doc, signature(b))])))
        ]
        yield from _prefer_agreeing(linked)


def _ambiguity(members: list[Claim]) -> dict[tuple[str, tuple[object, ...]], int]:
    """Per report and subject signature, how many different values the report gives."""
    values: dict[tuple[str, tuple[object, ...]], set[tuple[float, float]]] = defaultdict(set)
    for claim in members:
        values[(claim.doc, signature(claim))].add(value_span(claim))
    return {key: len(spans) for key, spans in values.items()}


def _block_pairs(members: list[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """Every cross-document pair of a block, or, in a very large block, each claim's nearest candidates."""
    if len(members) > _ALL_PAIRS:
        yield from _candidates(members, lambda c: c.context.measure_key)
        return
    for index, a in enumerate(members):
        for b in members[index + 1 :]:
            if a.doc != b.doc:
                yield a, b


def _prefer_agreeing(pairs: list[Pair]) -> Iterator[Pair]:
    """Keep a pair only when each claim is the other's best match in the other's document; a claim with an
    agreeing match there keeps that one only: a writer's two figures cannot both be the one reported
    elsewhere, and reading the disagreeing one as the match would raise an alarm on a coin toss."""
    slots: dict[tuple[tuple[str, int, int], str], list[Pair]] = defaultdict(list)
    for pair in pairs:
        slots[(pair.a.key, pair.b.doc)].append(pair)
        slots[(pair.b.key, pair.a.doc)].append(pair)
    chosen: dict[tuple[tuple[str, int, int], str], set[int]] = {}
    for slot, options in slots.items():
        agreeing = [p for p in options if values_overlap(p.a, p.b)]
        top = max(p.weight for p in options)
        chosen[slot] = {id(p) for p in (agreeing or [p for p in options if p.weight >= top])}
    for pair in pairs:
        if id(pair) in chosen[(pair.a.key, pair.b.doc)] and id(pair) in chosen[(pair.b.key, pair.a.doc)]:
            yield pair


def _candidates(members: list[Claim], keys: Callable[[Claim], list[str]]) -> Iterator[tuple[Claim, Claim]]:
    """Pairs worth comparing, without comparing all pairs: claims with the very same key words are chained
    in value order (a difference anywhere shows between neighbours), and every claim meets the few claims
    that share most of its rarer words through an inverted index."""
    seen: set[tuple[int, int]] = set()
    buckets: dict[tuple[str, ...], list[int]] = defaultdict(list)
    postings: dict[str, list[int]] = defaultdict(list)
    for index, claim in enumerate(members):
        words = keys(claim)
        buckets[tuple(sorted(words))].append(index)
        for word in words:
            postings[word].append(index)
    for bucket in buckets.values():
        bucket.sort(key=lambda i: (_value_order(members[i]), members[i].key))
        for first, second in pairwise(bucket):
            seen.add((min(first, second), max(first, second)))
    for index, claim in enumerate(members):
        rare = sorted((postings[w] for w in keys(claim) if len(postings[w]) <= _POSTING_LIMIT), key=len)
        counts: Counter[int] = Counter()
        for posting in rare[:_RARE_WORDS]:
            counts.update(posting)
        counts.pop(index, None)
        for other, _shared in sorted(counts.items(), key=lambda item: (-item[1], members[item[0]].key))[:_NEIGHBOURS]:
            seen.add((min(index, other), max(index, other)))
    for first, second in sorted(seen, key=lambda ij: (members[ij[0]].key, members[ij[1]].key)):
        yield members[first], members[second]


def _value_order(claim: Claim) -> float:
    if claim.date_start is not None:
        return float(claim.date_start.toordinal())
    interval = claim.normalized
    return interval.low if interval is not None and interval.low is not None else float("-inf")


def same_measure(a: Claim, b: Claim, ambiguity: tuple[int, int] = (1, 1)) -> Pair | None:
    """A Pair when two value claims of different reports are linked: their subjects' comparison levels
    weigh at least the threshold."""
    if a.doc == b.doc:
        return None
    found = levels(a, b, ambiguity)
    weight = weight_of(found)
    if weight < WEIGHTS.threshold:
        return None
    first, second = sorted((a, b), key=lambda c: c.key)
    score = 1.0 / (1.0 + 2.0 ** (-weight))
    return Pair(first, second, round(score, 6), tuple(describe(found, a)), round(weight, 3), tuple(found.items()))


def entities_agree(a: str | None, b: str | None) -> bool:
    """Entities agree when either is unknown or they share a name word ('Nivara Biotech', 'Nivara')."""
    if not a or not b:
        return True
    return bool(_name_words(a) & _name_words(b))


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(w.removesuffix("'s").removesuffix("’s").lower() for w in name.split() if w[:1].isupper())


def _event_pairs(claims: list[Claim]) -> Iterator[Pair]:
    blocks: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        dated = (claim.kind is ClaimKind.DATE and claim.date_start) or (claim.kind is ClaimKind.TIME and claim.time)
        for action in claim.context.actions if dated else []:
            if action not in _WEAK_ACTIONS:
                blocks[f"{claim.kind.value}|{action}"].append(claim)
    seen: set[tuple[tuple[str, int, int], tuple[str, int, int]]] = set()
    for action, members in blocks.items():
        for a, b in _candidates(members, lambda c: c.context.participants):
            if a.doc == b.doc:
                continue
            pair = same_event(a, b, action.split("|", 1)[1])
            if pair and (a.key, b.key) not in seen:
                seen.add((a.key, b.key))
                yield pair


def same_event(a: Claim, b: Claim, action: str | None = None) -> Pair | None:
    """A Pair when two dates belong to one event: the same action by mostly the same participants."""
    if a.doc == b.doc and a.context.sentence == b.context.sentence:
        return None
    pa, pb = set(a.context.participants), set(b.context.participants)
    shared = pa & pb
    places = LEXICON.places | set(a.context.places) | set(b.context.places)
    if len(shared) < 2 or len(shared) / min(len(pa), len(pb)) < 0.6 or not shared - places:
        return None
    if (pa - pb - places) and (pb - pa - places):
        return None
    if _ordinals(a.context.sentence) != _ordinals(b.context.sentence):
        return None
    verb = action or a.context.action or ""
    if verb and (verb not in a.context.actions or verb not in b.context.actions) and a.context.actions:
        return None
    return Pair(a, b, len(shared) / len(pa | pb), (verb, *sorted(shared)))


def _ordinals(sentence: str) -> frozenset[str]:
    return frozenset(m.lower() for m in _ORDINAL_EVENT.findall(sentence))


def pair_agrees(pair: Pair) -> bool:
    """True when the two claims of a pair can both be true: overlapping intervals or overlapping days."""
    return claims_agree(pair.a, pair.b)


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
        agree = all(pair_agrees(p) for p in group_pairs)
        groups.append(
            Group(claims[0].kind, claims, group_pairs, copies.independent(c.doc for c in claims), agree, words)
        )
    groups.sort(key=lambda g: g.claims[0].key)
    return groups
