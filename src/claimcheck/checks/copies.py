"""syndicated-copy: documents that repeat each other, so their agreement counts once."""

from __future__ import annotations

from collections import defaultdict

import regex

from claimcheck.checks.base import CheckInput, Rule
from claimcheck.document import Document
from claimcheck.models import Finding, Location

_SENTENCE = regex.compile(r"[^\n.!?]{40,400}[.!?]?")
# Shared passages a finding quotes from each copy: enough to see what was copied.
_PASSAGES = 3


def syndicated_copies(data: CheckInput, rule: Rule) -> list[Finding]:
    """One finding per copy family: every document that repeats much of another's own wording, located by
    the passages it shares with the family's first document."""
    families: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for first, second, share in data.copies.pairs:
        head = data.copies.source_of(first)
        for doc_id in (first, second):
            if doc_id != head:
                families[head].append((doc_id, share))
    findings = []
    for head, members in sorted(families.items()):
        shares = {doc_id: share for doc_id, share in sorted(members, key=lambda m: m[1])}
        copies = sorted(shares)
        locations = [loc for doc_id in copies for loc in _shared_passage(data.doc(head), data.doc(doc_id))]
        unique = {(loc.doc, loc.start): loc for loc in locations}
        names = ", ".join(copies)
        verb = "repeats" if len(copies) == 1 else "repeat"
        message = (
            f"{names} {verb} the wording of {head} (at least {min(shares.values()):.0%} of the shorter text's "
            f"own sentences, quotes and figures aside): one source, syndicated or copied, so their agreement is "
            f"not independent corroboration."
        )
        finding = rule.finding(message, [])
        findings.append(
            finding.model_copy(
                update={
                    "locations": sorted(unique.values(), key=lambda loc: (loc.doc, loc.start)),
                    "docs": [head, *copies],
                    "score": round(min(shares.values()), 3),
                }
            )
        )
    return findings


def _shared_passage(a: Document, b: Document) -> list[Location]:
    """The first sentences of `b` that `a` repeats word for word (closing punctuation aside: a rewrite
    often trims a sentence's tail), located in both; the openings of both when none is repeated."""
    locations: list[Location] = []
    for match in _SENTENCE.finditer(b.text, b.body_start):
        passage = match.group().strip().rstrip(".!?,;: ")
        where = a.text.find(passage, a.body_start)
        if len(passage) >= 40 and where >= 0:
            start_b = match.start() + match.group().index(passage)
            locations += [_location(a, where, passage, b), _location(b, start_b, passage, a)]
            if len(locations) >= 2 * _PASSAGES:
                break
    return locations or [
        _location(a, a.body_start, a.text[a.body_start : a.body_start + 80], b),
        _location(b, b.body_start, b.text[b.body_start : b.body_start + 80], a),
    ]


def _location(doc: Document, start: int, passage: str, other: Document) -> Location:
    """Where one copy stands; its value names the other document, so the two sides of a copy differ."""
    line, col = doc.line_col(start)
    return Location(
        doc=doc.id,
        start=start,
        end=start + len(passage),
        text=passage,
        line=line,
        col=col,
        value=f"text shared with {other.id}",
    )
