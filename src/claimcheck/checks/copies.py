"""syndicated-copy: documents that repeat each other, so their agreement counts once."""

from __future__ import annotations

import regex

from claimcheck.checks.base import CheckInput, Rule
from claimcheck.document import Document
from claimcheck.models import Finding, Location

_SENTENCE = regex.compile(r"[^\n.!?]{40,400}[.!?]?")


def syndicated_copies(data: CheckInput, rule: Rule) -> list[Finding]:
    """One finding per pair of documents that share most of the shorter one's text."""
    findings = []
    for first, second, share in data.copies.pairs:
        a, b = data.doc(first), data.doc(second)
        locations = _shared_passage(a, b)
        message = (
            f"{second} and {first} share {share:.0%} of the shorter text: they are one source "
            f"(a syndicated or copied report), so their agreement is not independent corroboration."
        )
        findings.append(
            rule.finding(message, []).model_copy(
                update={"locations": locations, "docs": [first, second], "score": round(share, 3)}
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
