"""syndicated-copy: documents that repeat each other, so their agreement counts once."""

from __future__ import annotations

from collections import defaultdict

import regex

from claimcheck.checks.base import CheckInput, Rule
from claimcheck.document import Document
from claimcheck.models import Finding, Location

_SENTENCE = regex.compile(r"[^\n.!?]{40,400}[.!?]?")


def syndicated_copies(data: CheckInput, rule: Rule) -> list[Finding]:
    """One finding per copy family: every document that repeats most of another's text, located by a
    passage it shares with the family's first document."""
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
            f"{names} {verb} most of {head} (at least {min(shares.values()):.0%} of the shorter text): one "
            f"source, syndicated or copied, so their agreement is not independent corroboration."
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
    """The first sentence of `b` that `a` repeats word for word, located in both."""
    for match in _SENTENCE.finditer(b.text, b.body_start):
        passage = match.group().strip()
        where = a.text.find(passage)
        if len(passage) >= 40 and where >= 0:
            start_b = match.start() + match.group().index(passage)
            return [_location(a, where, passage), _location(b, start_b, passage)]
    return [
        _location(a, a.body_start, a.text[a.body_start : a.body_start + 80]),
        _location(b, b.body_start, b.text[b.body_start : b.body_start + 80]),
    ]


def _location(doc: Document, start: int, passage: str) -> Location:
    line, col = doc.line_col(start)
    return Location(
        doc=doc.id,
        start=start,
        end=start + len(passage),
        text=passage,
        line=line,
        col=col,
        value="shared text",
    )
