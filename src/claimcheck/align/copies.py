"""Find documents that are copies, or mostly copies, of each other: their agreement counts once.

Word 8-gram shingles, hashed; two documents are copies when most of the shorter one's shingles
appear in the longer one. An inverted index keeps this near-linear in the number of documents.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from hashlib import blake2b

import regex

from claimcheck.document import Document

SHINGLE = 8
MIN_CONTAINMENT = 0.5
MIN_SHARED = 20
_WORD = regex.compile(r"\w+")
# A shingle found in this many documents is boilerplate ("Except for the headline..."), not evidence.
_COMMON_LIMIT = 50


def shingles(text: str) -> set[int]:
    """Hashed word 8-grams of a text, case-folded. The hash is stable across processes (Python's own
    `hash` of a string is salted per process), so fingerprints made in different workers agree."""
    words = [w.lower() for w in _WORD.findall(text)]
    return {_stable_hash(" ".join(words[i : i + SHINGLE])) for i in range(max(0, len(words) - SHINGLE + 1))}


def _stable_hash(gram: str) -> int:
    return int.from_bytes(blake2b(gram.encode("utf-8"), digest_size=8).digest(), "big")


def copy_pairs(docs: list[Document], fingerprints: dict[str, set[int]] | None = None) -> list[tuple[str, str, float]]:
    """Pairs of document ids (sorted) whose text is mostly shared, with the share of the shorter one.
    `fingerprints` are the documents' shingles when they were computed elsewhere (in worker processes)."""
    sets = fingerprints or {doc.id: shingles(doc.text[doc.body_start :]) for doc in docs}
    index: dict[int, list[str]] = defaultdict(list)
    for doc_id, found in sets.items():
        for shingle in found:
            index[shingle].append(doc_id)
    shared: Counter[tuple[str, str]] = Counter()
    for holders in index.values():
        if 1 < len(holders) <= _COMMON_LIMIT:
            for i, first in enumerate(holders):
                for second in holders[i + 1 :]:
                    shared[(min(first, second), max(first, second))] += 1
    pairs = []
    for (first, second), count in shared.items():
        smaller = min(len(sets[first]), len(sets[second])) or 1
        if count >= MIN_SHARED and count / smaller >= MIN_CONTAINMENT:
            pairs.append((first, second, count / smaller))
    return sorted(pairs)


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


def find_copies(docs: list[Document], fingerprints: dict[str, set[int]] | None = None) -> Copies:
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
