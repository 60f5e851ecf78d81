"""Blocking: which claims are worth comparing, without comparing all pairs, and the Pair a comparison makes."""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from itertools import combinations, pairwise
from typing import TypeVar

from claimcheck.models import Claim

# A word shared by this many claims in one block is too common to pair on.
_POSTING_LIMIT = 400
# Each claim is compared with at most this many others found through its rarest words that another claim
# shares (a word only the claim itself has finds no one).
_RARE_WORDS = 3
_NEIGHBOURS = 12
# A block of one measure and owner larger than this is too common a subject to compare all its pairs.
_SUBJECT_BLOCK_LIMIT = 60

Value = TypeVar("Value", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Pair:
    """Two claims judged to be about the same thing, how sure that is, and the words that matched."""

    a: Claim
    b: Claim
    score: float
    matched: tuple[str, ...]
    weight: float = 0.0
    levels: tuple[tuple[str, str], ...] = ()


class Shared:
    """One object per distinct value among the pairs of one alignment: a corpus of 100,000 reports makes
    millions of pairs, and each pair's levels, matched words, score and weight repeat a few hundred
    combinations (a thousand bytes a pair when each pair keeps its own)."""

    def __init__(self) -> None:
        self._values: dict[tuple[type, Hashable], Hashable] = {}

    def one(self, value: Value) -> Value:
        """The one object held for this value (keyed with its type, since 1 == 1.0 == True)."""
        found = self._values.setdefault((type(value), value), value)
        return found  # type: ignore[return-value]


def candidates(
    members: list[Claim],
    keys: Callable[[Claim], list[str]],
    subjects_of: Callable[[Claim], tuple[Hashable, ...]] | None = None,
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs worth comparing, without comparing all pairs: claims with the very same key words are chained
    in value order (a difference anywhere shows between neighbours), every claim meets the few claims
    that share most of its rarer words through an inverted index, and claims of one subject key (a
    measure and its owner, a measure and the day it is told for) in different documents meet each other."""
    partners = _Partners(len(members))
    buckets: dict[tuple[str, ...], list[int]] = defaultdict(list)
    postings: dict[str, list[int]] = defaultdict(list)
    subjects: dict[Hashable, list[int]] = defaultdict(list)
    for index, claim in enumerate(members):
        words = keys(claim)
        buckets[tuple(sorted(words))].append(index)
        for word in words:
            postings[word].append(index)
        for key in subjects_of(claim) if subjects_of else ():
            subjects[key].append(index)
    for block in subjects.values():
        if len(block) <= _SUBJECT_BLOCK_LIMIT:
            for first, second in combinations(block, 2):
                if members[first].doc != members[second].doc:
                    partners.meet(first, second)
    for bucket in buckets.values():
        bucket.sort(key=lambda i: (_value_order(members[i]), members[i].doc))
        for first, second in pairwise(bucket):
            partners.meet(first, second)
    for index, claim in enumerate(members):
        rare = sorted((postings[w] for w in keys(claim) if 1 < len(postings[w]) <= _POSTING_LIMIT), key=len)
        counts: Counter[int] = Counter()
        for posting in rare[:_RARE_WORDS]:
            counts.update(posting)
        counts.pop(index, None)
        for other, _shared in counts.most_common(_NEIGHBOURS):
            partners.meet(index, other)
    del buckets, postings, subjects
    for first, second in partners.each():
        yield members[first], members[second]


class _Partners:
    """The pairs of indices that are to meet, each kept once by its lower index as a 4-byte entry (a set of
    index tuples takes a hundred bytes a pair, and a large block meets millions of pairs)."""

    def __init__(self, size: int) -> None:
        self._of: list[array[int] | None] = [None] * size

    def meet(self, one: int, other: int) -> None:
        """Record that two indices are to meet (in either order; a pair told again changes nothing)."""
        first, second = (one, other) if one < other else (other, one)
        found = self._of[first]
        if found is None:
            found = self._of[first] = array("I")
        found.append(second)

    def each(self) -> Iterator[tuple[int, int]]:
        """Every pair once, lower index first, in order; each index's partners let go as they are given."""
        for first, found in enumerate(self._of):
            if found is not None:
                self._of[first] = None
                for second in sorted(set(found)):
                    yield first, second


def _value_order(claim: Claim) -> float:
    if claim.date_start is not None:
        return float(claim.date_start.toordinal())
    interval = claim.normalized
    return interval.low if interval is not None and interval.low is not None else float("-inf")
