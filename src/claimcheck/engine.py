"""The one place that knows the stage order: read, find mentions, attach context, align, check, report."""

from __future__ import annotations

import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path

from claimcheck.align.copies import Copies, find_copies, fingerprint
from claimcheck.align.linking import Group, align, comparable
from claimcheck.checks.base import CheckInput
from claimcheck.checks.draft import draft_verdicts
from claimcheck.checks.registry import document_findings, run_checks
from claimcheck.checks.triage import Policy, triage
from claimcheck.context import attach_context, known_names
from claimcheck.document import Document, InputError
from claimcheck.extract import anchored, extract_mentions
from claimcheck.held import Held, Packed, as_claims, pack
from claimcheck.inputs import load
from claimcheck.models import (
    Claim,
    Coverage,
    DocumentInfo,
    Finding,
    Location,
    Report,
    Skipped,
    Verdict,
    VerdictKind,
    sharing_fields_set,
)
from claimcheck.parallel import DaskClient, ordered_map


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


ClaimRenderer = Callable[[str, Claim], str]


@dataclass(frozen=True, slots=True)
class _Read:
    """What the per-document stages give back: the document as anchored, the claims the comparison across
    documents needs (all of them for a draft check) packed as plain values, how many it has, the findings
    of the per-document rules, and its copy fingerprint; or the reason it could not be read."""

    doc: Document
    claims: tuple[Packed, ...] = ()
    found: int = 0
    findings: dict[str, list[Finding]] = field(default_factory=dict)
    fingerprint: array[int] = field(default_factory=lambda: array("Q"))
    skipped: str | None = None


def _read_document(held: tuple[Document, bytes], names: frozenset[str], every_claim: bool = False) -> _Read:
    """Extraction, context, the per-document rules and the copy fingerprint of one document (held without its
    text, and its text compressed): the work a worker process does. Only the claims a later stage reads are
    sent back (`every_claim` for a draft check), as plain values, which cross a process boundary many times
    faster than pickled models and are held compactly; and the document without its text."""
    slim, text = held
    doc = slim.with_text(zlib.decompress(text).decode("utf-8"))
    try:
        doc = anchored(doc)
        claims = attach_context(doc, extract_mentions(doc), names)
    except InputError as exc:
        return _Read(doc.without_text(), skipped=str(exc))
    findings = document_findings(doc, claims)
    kept = claims if every_claim else [c for c in claims if _compared(c)]
    shingles = fingerprint(doc.text[doc.body_start :])
    return _Read(doc.without_text(), tuple(pack(c) for c in kept), len(claims), findings, shingles)


def _compared(claim: Claim) -> bool:
    """A claim the stages across documents read: one alignment may pair, or one a value conflict names as
    the same figure stated again (its subject has a measure)."""
    return comparable(claim) or (claim.subject is not None and claim.subject.measure is not None)


@dataclass
class _Corpus:
    """The per-document results gathered as they arrive: each claim list held compactly, fingerprints,
    the per-document rules' findings in document order, and what was skipped."""

    docs: list[Document] = field(default_factory=list)
    claims: dict[str, list[Claim]] = field(default_factory=dict)
    fingerprints: dict[str, array[int]] = field(default_factory=dict)
    findings: dict[str, list[Finding]] = field(default_factory=lambda: defaultdict(list))
    skipped: list[Skipped] = field(default_factory=list)
    found: int = 0

    @classmethod
    def gather(cls, reads: Iterable[_Read], total: int, on_document: Callable[[int, int], None] | None) -> _Corpus:
        corpus, held = cls(), Held()
        for done, read in enumerate(reads, 1):
            if on_document is not None:
                on_document(done, total)
            if read.skipped:
                corpus.skipped.append(Skipped(path=read.doc.path or read.doc.id, reason=read.skipped))
                continue
            corpus.docs.append(read.doc)
            corpus.claims[read.doc.id] = as_claims(held.claims(read.claims))
            corpus.fingerprints[read.doc.id] = read.fingerprint
            corpus.found += read.found
            for rule_id, findings in read.findings.items():
                corpus.findings[rule_id].extend(_sharing_fields_sets(findings))
        return corpus


def _sharing_fields_sets(findings: list[Finding]) -> list[Finding]:
    """The findings, their and their Locations' sets of given fields shared again after its trip from a worker."""
    for finding in findings:
        sharing_fields_set(finding)
        for where in (*finding.locations, *([finding.outlier] if finding.outlier else [])):
            sharing_fields_set(where)
    return findings


def check(
    documents: Iterable[str | Path | Document],
    draft: str | Path | Document | None = None,
    *,
    jobs: int = 1,
    client: DaskClient | None = None,
    policy: Policy | None = None,
    on_document: Callable[[int, int], None] | None = None,
) -> Report:
    """Compare the claims of several reports of one story and report what disagrees.

    With a draft, only findings that involve the draft are reported: the sources are its evidence, and the
    draft given again among them (the same file or the same text) is left out, so it cannot back itself.
    The per-document stages run on `jobs` worker processes, or on a Dask `client`; the report is the same.
    `policy` chooses which findings are reported (rules, severities, inline suppressions, a baseline).
    `on_document(done, total)` is called as each document's per-document stages are done (a progress bar).
    """
    given = as_document(draft) if draft is not None else None
    texts = _Texts()
    docs = [texts.hold(doc) for doc in _unique_ids(as_document(d) for d in documents) if not _same(doc, given)]
    draft_doc = None
    if given is not None:
        *docs, draft_doc = _unique_ids([*docs, _dated_after_sources(given, docs)])
        docs.append(draft_doc := texts.hold(draft_doc))
    read = partial(_read_document, names=frozenset(texts.names), every_claim=draft_doc is not None)
    corpus = _Corpus.gather(ordered_map(read, texts.each(docs), jobs, client), len(docs), on_document)
    docs, claims, skipped = corpus.docs, corpus.claims, corpus.skipped
    copies = find_copies(docs, corpus.fingerprints)
    corpus.fingerprints.clear()
    docs = corpus.docs = texts.given_back(docs, {doc_id for pair in copies.pairs for doc_id in pair[:2]})
    groups = align(docs, claims, copies)
    if draft_doc is None:
        claims = corpus.claims = _read_by_checks(claims, groups)
    policy = policy or Policy()
    findings = run_checks(docs, claims, groups, copies, policy.tolerance, corpus.findings)
    verdicts: list[Verdict] = []
    if draft_doc is not None:
        findings = [f for f in findings if any(loc.doc == draft_doc.id for loc in f.locations)]
        verdicts = draft_verdicts(CheckInput(docs, claims, groups, copies), draft_doc.id, findings)
    findings = triage(findings, docs, policy)
    compared = {key for group in groups for key in group.members}
    total = corpus.found
    report = Report(
        findings=findings,
        groups=[cluster for g in groups for cluster in g.corroborations(copies)],
        coverage=Coverage(
            documents=len(docs),
            claims_found=total,
            claims_compared=len(compared),
            claims_unmatched=total - len(compared),
            skipped=skipped,
        ),
        documents=[_info(doc, copies) for doc in docs],
        draft=draft_doc.id if draft_doc else None,
        verdicts=verdicts,
        unsupported=[
            Location.model_validate(v.model_dump(include=set(Location.model_fields)))
            for v in verdicts
            if v.verdict is VerdictKind.UNSOURCED
        ],
    )
    return report


class _Texts:
    """The texts of a run, compressed while it runs (a third of their size), and the words each uses as
    names: a document is held without its text, which is given back only where the copy check quotes it."""

    def __init__(self) -> None:
        self.names: set[str] = set()
        self._texts: dict[str, bytes] = {}

    def hold(self, doc: Document) -> Document:
        """The document without its text; its text and its names kept here."""
        self.names |= known_names(doc.text)
        self._texts[doc.id] = zlib.compress(doc.text.encode("utf-8"), 1)
        return doc.without_text()

    def each(self, docs: Iterable[Document]) -> Iterator[tuple[Document, bytes]]:
        """Each document with its compressed text, as a worker reads it."""
        return ((doc, self._texts[doc.id]) for doc in docs)

    def given_back(self, docs: list[Document], quoted: set[str]) -> list[Document]:
        """The documents, those named in `quoted` with their texts again; the other texts are let go."""
        texts, self._texts = self._texts, {}
        return [
            doc.with_text(zlib.decompress(texts[doc.id]).decode("utf-8")) if doc.id in quoted else doc for doc in docs
        ]


def _read_by_checks(claims: dict[str, list[Claim]], groups: list[Group]) -> dict[str, list[Claim]]:
    """The claims the checks across documents read once the groups are made: the grouped ones, and their
    restatements in their own report (the same figure of the same measure again, which a value conflict
    names too). The rest are let go before the findings and the report are built."""
    members = [c for group in groups for c in group.claims]
    grouped = {c.key for c in members}
    figures = {(c.doc, c.subject.measure, c.normalized) for c in members if c.subject and c.subject.measure}
    return {
        doc_id: [
            c for c in found if c.key in grouped or (c.subject and (doc_id, c.subject.measure, c.normalized) in figures)
        ]
        for doc_id, found in claims.items()
    }


def _dated_after_sources(draft: Document, sources: list[Document]) -> Document:
    """An undated draft that fixes no date of its own is written now, after its sources: it is dated on the
    latest source's date, so its 'on Friday' means the Friday its sources mean."""
    dates = [d.published for d in sources if d.published]
    if draft.published or not dates or anchored(draft).anchor:
        return draft
    return replace(draft, published=max(dates), published_source="the latest source's date")


def _same(doc: Document, given: Document | None) -> bool:
    return given is not None and _same_document(doc, given)


def _same_document(a: Document, b: Document) -> bool:
    """The same file, or the same text (after any date line) under another name."""
    if a.path and b.path and Path(a.path).resolve() == Path(b.path).resolve():
        return True
    return a.text[a.body_start :].strip() == b.text[b.body_start :].strip()


def _unique_ids(docs: Iterable[Document]) -> Iterator[Document]:
    """Give documents that share a file name distinct ids, so locations stay unambiguous."""
    seen: dict[str, int] = {}
    for doc in docs:
        count = seen.get(doc.id, 0)
        seen[doc.id] = count + 1
        yield replace(doc, id=f"{doc.id}#{count + 1}") if count else doc


def _info(doc: Document, copies: Copies) -> DocumentInfo:
    return DocumentInfo(
        id=doc.id,
        path=doc.path,
        published=doc.published,
        published_source=doc.published_source,
        anchor=doc.anchor,
        anchor_note=doc.anchor_note,
        copy_of=copies.family.get(doc.id),
    )


def _extract_path(
    path: Path, render: ClaimRenderer, published: date | None, encoding: str | None, dates: Mapping[Path, date]
) -> tuple[str, list[str] | Skipped]:
    try:
        doc = load(path, published=dates.get(path, published), encoding=encoding)
        return str(path), [render(str(path), claim) for claim in extract(doc)]
    except InputError as exc:
        return str(path), Skipped(path=str(path), reason=str(exc))


def extract_paths(
    paths: Iterable[Path],
    render: ClaimRenderer,
    published: date | None = None,
    jobs: int = 1,
    client: DaskClient | None = None,
    encoding: str | None = None,
    dates: Mapping[Path, date] | None = None,
) -> Iterator[tuple[str, list[str] | Skipped]]:
    """Each file's claims rendered by `render(path, claim)`, or why it was skipped, in the order given; read,
    extracted and rendered on `jobs` workers and yielded as they are done, so nothing holds the corpus.
    `dates` gives some files their own publication date; `published` is for the rest."""
    read = partial(_extract_path, render=render, published=published, encoding=encoding, dates=dates or {})
    return ordered_map(read, paths, jobs, client)


def load_many(paths: Sequence[str | Path]) -> list[Document]:
    """Load several files as documents (errors propagate as InputError)."""
    return [load(p) for p in paths]
