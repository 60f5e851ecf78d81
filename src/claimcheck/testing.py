"""For existing test suites: `assert_consistent(paths_or_documents)` fails a test when reports of one story disagree."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from claimcheck import engine
from claimcheck.document import Document, iter_paths, load
from claimcheck.models import Report, Severity
from claimcheck.reporters.base import PLAIN, display_paths, ordered
from claimcheck.reporters.text import format_finding

Source = str | Path | Document


def assert_consistent(paths_or_documents: Source | Iterable[Source], *, notes: bool = False) -> Report:
    """Check the documents as one story; raise AssertionError with every error and warning as the text report
    writes it (notes too when `notes`), else return the report. Strings are paths; folders are read whole."""
    sources = [paths_or_documents] if isinstance(paths_or_documents, str | Path | Document) else paths_or_documents
    documents = [_document(source) for item in sources for source in _expand(item)]
    report = engine.check(documents)
    counted = [f for f in report.findings if notes or f.severity is not Severity.NOTE]
    if counted:
        paths = display_paths(report)
        blocks = [format_finding(finding, PLAIN, paths) for finding in ordered(counted, paths)]
        heading = f"{len(counted)} disagreement(s) among {len(documents)} documents:"
        raise AssertionError("\n\n".join([heading, *blocks]))
    return report


def _expand(source: Source) -> list[Source]:
    if isinstance(source, Document):
        return [source]
    return list(iter_paths([source]))


def _document(source: Source) -> Document:
    return source if isinstance(source, Document) else load(source)
