"""Find documents that are copies, or mostly copies, of each other: their agreement counts once.

Word 5-gram shingles of a document's own prose, hashed; two documents are copies when enough of the
shorter one's shingles appear in the longer one (containment, not Jaccard: a shortened wire story is
contained in the original however much of it was cut). Reports of one press release or one statement
share its figures and its quotes, not the writer's sentences around them, so a shingle that takes in a
figure, and text within quotation marks, is no evidence of copying. An inverted index keeps this
near-linear in the number of documents.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from hashlib import blake2b
from itertools import pairwise

import regex

from claimcheck.document import Document

SHINGLE = 5
MIN_CONTAINMENT = 0.3
MIN_SHARED = 20
# A word, or a figure kept whole with its separators ("30,783", "76.5", "2025-26" is two figures).
_WORD = regex.compile(r"\w+(?:[.,'’]\w+)*")
# Quoted speech within one paragraph: independent reports quote the same officials word for word.
_QUOTED = regex.compile(r"“[^”\n]{1,2000}”|\"[^\"\n]{1,2000}\"")
# A shingle found in this many documents is boilerplate ("Except for the headline..."), not evidence.
_COMMON_LIMIT = 50
# Shingles put in one inverted index: about 60 MiB of it, whatever the size of the corpus.
_INDEXED_AT_ONCE = 1 << 19


def shingles(text: str) -> set[int]:
    """Hashed word 5-grams of a text's prose, case-folded: none that takes in a figure (a word that starts
    with a digit) or crosses a quotation. The hash is stable across processes (Python's own `hash` of a
    string is salted per process), so fingerprints made in different workers agree.

    >>> len(shingles("Rescuers have not yet reached the last coach of the train."))
    7
    >>> len(shingles("Profit rose 76.5% to Rs 30,783 crore in the June quarter."))
    1
    >>> shingles('The minister said "we will rebuild every home that was lost" on Sunday.')
    set()
    """
    found: set[int] = set()
    for piece in _QUOTED.split(text):
        words = [w.lower() for w in _WORD.findall(piece)]
        for i in range(len(words) - SHINGLE + 1):
            gram = words[i : i + SHINGLE]
            if not any(word[0].isdigit() for word in gram):
                found.add(_stable_hash(" ".join(gram)))
    return found


def _stable_hash(gram: str) -> int:
    return int.from_bytes(blake2b(gram.encode("utf-8"), digest_size=8).digest(), "big")


def fingerprint(text: str) -> array[int]:
    """A text's shingles, sorted, as 8-byte integers: a fifth of the memory of the set, and what
    `copy_pairs` reads one range of hash values at a time."""
    return array("Q", sorted(shingles(text)))


def copy_pairs(
    docs: list[Document], fingerprints: Mapping[str, Collection[int]] | None = None
) -> list[tuple[str, str, float]]:
    """Pairs of document ids (sorted) whose text is mostly shared, with the share of the shorter one.
    `fingerprints` are the documents' shingles when they were computed elsewhere (in worker processes).
    The inverted index is built for one range of hash values at a time, so its size stays bounded on any corpus;
    the ranges partition the shingles, so the counts are those of one index over all of them."""
    given = fingerprints or {doc.id: shingles(doc.text[doc.body_start :]) for doc in docs}
    ordered = {doc_id: f if isinstance(f, array) else array("Q", sorted(f)) for doc_id, f in given.items()}
    shared: Counter[tuple[str, str]] = Counter()
    for low, high in _hash_ranges(sum(len(found) for found in ordered.values())):
        index: dict[int, list[str]] = defaultdict(list)
        for doc_id, found in ordered.items():
            for shingle in found[bisect_left(found, low) : bisect_left(found, high)]:
                index[shingle].append(doc_id)
        for holders in index.values():
            if 1 < len(holders) <= _COMMON_LIMIT:
                for i, first in enumerate(holders):
                    for second in holders[i + 1 :]:
                        shared[(min(first, second), max(first, second))] += 1
    pairs = []
    for (first, second), count in shared.items():
        smaller = min(len(ordered[first]), len(ordered[second])) or 1
        if count >= MIN_SHARED and count / smaller >= MIN_CONTAINMENT:
            pairs.append((first, second, count / smaller))
    return sorted(pairs)


def _hash_ranges(total: int) -> Iterator[tuple[int, int]]:
    """Ranges of the 64-bit hash values that each hold about _INDEXED_AT_ONCE of `total` shingles."""
    parts = max(1, -(-total // _INDEXED_AT_ONCE))
    return pairwise((1 << 64) * part // parts for part in range(parts + 1))


@dataclass(frozen=True)
class Copies:
    """Which documents copy which: the pairs found, and each copy's family head (first id)."""

    pairs: list[tuple[str, str, float]] = field(default_factory=list)
    family: dict[str, str] = field(default_factory=dict)

    def source_of(self, doc_id: str) -> str:
        """The id that stands for this document's copy family (itself when it copies no one)."""
        return self.family.get(doc_id, doc_id)

    def independent(self, doc_ids: Iterable[str]) -> int:
        """How many independent sources a set of documents amounts to."""
        return len({self.source_of(d) for d in doc_ids})


def find_copies(docs: list[Document], fingerprints: Mapping[str, Collection[int]] | None = None) -> Copies:
    """Group documents into copy families."""
    pairs = copy_pairs(docs, fingerprints)
    parent = {doc.id: doc.id for doc in docs}

    def root(doc_id: str) -> str:
        while parent[doc_id] != doc_id:
            parent[doc_id] = parent[parent[doc_id]]
            doc_id = parent[doc_id]
        return doc_id

    for first, second, _share in pairs:
        a, b = root(first), root(second)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return Copies(pairs, {doc_id: root(doc_id) for doc_id in parent if root(doc_id) != doc_id})
