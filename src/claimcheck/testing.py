"""For existing test suites: `assert_consistent(paths_or_documents)` fails with the findings, as an editor
reads them, when the documents of one story disagree."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from claimcheck.document import Document
from claimcheck.engine import check
from claimcheck.inputs import collect, load
from claimcheck.models import Report, Severity
from claimcheck.reporters.text import format_finding

_FAILING = (Severity.ERROR, Severity.WARNING)


def assert_consistent(sources: Iterable[str | Path | Document], *, fail_on: Iterable[Severity] = _FAILING) -> Report:
    """Check the documents as one story; raise AssertionError listing every finding of a failing severity
    (errors and warnings unless told otherwise; notes such as syndicated copies pass). Paths may be files or
    folders, read as the command line reads them; text is a document of its own. Returns the report."""
    documents: list[Document] = []
    for source in sources:
        if isinstance(source, Document):
            documents.append(source)
        elif isinstance(source, Path) or _names_a_file(source):
            documents.extend(load(path) for path in collect([source]))
        else:
            documents.append(Document(source, id=f"<text {len(documents) + 1}>"))
    report = check(documents)
    failing = set(fail_on)
    findings = [finding for finding in report.findings if finding.severity in failing]
    if findings:
        raise AssertionError("\n\n".join(format_finding(finding) for finding in findings))
    return report


def _names_a_file(source: str) -> bool:
    """True when a string is a path that exists, not a text: a text has a line break or is too long for a name."""
    if "\n" in source or len(source) > 1024:
        return False
    try:
        return Path(source).exists()
    except OSError:
        return False
