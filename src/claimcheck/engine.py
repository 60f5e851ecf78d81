"""The one place that knows the stage order: read, find mentions, attach context, align, check, report."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from claimcheck.align.copies import Copies, find_copies
from claimcheck.align.linking import Group, align
from claimcheck.checks.registry import run_checks
from claimcheck.context import attach_context, known_names
from claimcheck.document import Document, load
from claimcheck.extract import anchored, extract_mentions
from claimcheck.models import Claim, ClaimKind, Coverage, DocumentInfo, Location, Report
from claimcheck.wording import location


def as_document(source: str | Path | Document, published: date | None = None) -> Document:
    """A Document from text, a path, or a Document (returned as is)."""
    if isinstance(source, Document):
        return source
    if isinstance(source, Path):
        return load(source, published=published)
    return Document(source, published=published)


def extract(source: str | Document, published: date | None = None, names: frozenset[str] = frozenset()) -> list[Claim]:
    """Every quantitative claim in a text or document, with spans, normalised values and context."""
    doc = anchored(as_document(source, published))
    return attach_context(doc, extract_mentions(doc), names)


def check(documents: Iterable[str | Path | Document], draft: str | Path | Document | None = None) -> Report:
    """Compare the claims of several reports of one story and report what disagrees.

    With a draft, only findings that involve the draft are reported: the sources are its evidence.
    """
    docs = _unique_ids([as_document(d) for d in documents])
    draft_doc = None
    if draft is not None:
        *docs, draft_doc = _unique_ids([*docs, as_document(draft)])
        docs.append(draft_doc)
    docs = [anchored(d) for d in docs]
    names = frozenset().union(*(known_names(doc.text) for doc in docs))
    claims = {doc.id: extract(doc, names=names) for doc in docs}
    copies = find_copies(docs)
    groups = align(docs, claims, copies)
    findings = run_checks(docs, claims, groups, copies)
    unsupported: list[Location] = []
    if draft_doc is not None:
        findings = [f for f in findings if any(loc.doc == draft_doc.id for loc in f.locations)]
        unsupported = _unsupported(claims[draft_doc.id], groups)
    compared = {key for group in groups for key in group.members}
    total = sum(len(c) for c in claims.values())
    report = Report(
        findings=findings,
        groups=[cluster for g in groups for cluster in g.corroborations(copies)],
        coverage=Coverage(
            documents=len(docs),
            claims_found=total,
            claims_compared=len(compared),
            claims_unmatched=total - len(compared),
        ),
        documents=[_info(doc, copies) for doc in docs],
        draft=draft_doc.id if draft_doc else None,
        unsupported=unsupported,
    )
    return report


def _unsupported(draft_claims: list[Claim], groups: list[Group]) -> list[Location]:
    """Draft claims of substance that no source claim was aligned with: what an editor must source."""
    backed = {c.key for g in groups if len({c.doc for c in g.claims}) > 1 for c in g.claims}
    return [
        location(c)
        for c in draft_claims
        if c.key not in backed
        and c.kind is not ClaimKind.TIME
        and c.subtype not in ("year", "vague")
        and (c.context.measure_key or c.context.participants)
    ]


def _unique_ids(docs: list[Document]) -> list[Document]:
    """Give documents that share a file name distinct ids, so locations stay unambiguous."""
    seen: dict[str, int] = {}
    unique = []
    for doc in docs:
        count = seen.get(doc.id, 0)
        seen[doc.id] = count + 1
        unique.append(replace(doc, id=f"{doc.id}#{count + 1}") if count else doc)
    return unique


def _info(doc: Document, copies: Copies) -> DocumentInfo:
    return DocumentInfo(
        id=doc.id,
        published=doc.published,
        published_source=doc.published_source,
        anchor=doc.anchor,
        anchor_note=doc.anchor_note,
        copy_of=copies.family.get(doc.id),
    )


def load_many(paths: Sequence[str | Path]) -> list[Document]:
    """Load several files as documents (errors propagate as InputError)."""
    return [load(p) for p in paths]
