"""JUnit XML report, so CI servers list each document as a test: failed by its errors and warnings, never by notes."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from claimcheck.models import Finding, Report, Severity, Skipped, Verdict, VerdictKind
from claimcheck.reporters.base import PLAIN, Options, display_paths, ordered
from claimcheck.reporters.text import format_finding, format_location, plural, position

# Characters XML 1.0 cannot hold at all; news text pasted from PDFs sometimes carries them.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render(report: Report, options: Options = PLAIN) -> str:
    """The report as JUnit XML: one testsuite named claimcheck, one testcase per document and per unread input."""
    paths = display_paths(report, options.root)
    skipped = report.coverage.skipped
    seconds = f"{options.elapsed or 0.0:.3f}"
    suite = ET.Element("testsuite", name="claimcheck")
    documents = _documents(report)
    for doc in documents:
        findings = ordered([f for f in report.findings if doc in _docs_of(f)], paths)
        suite.append(_document_case(paths.get(doc, doc), findings, paths))
    suite.extend(_verdict_case(verdict, paths) for verdict in report.verdicts)
    suite.extend(_skipped_case(item) for item in skipped)
    failures = sum(1 for case in suite if case.find("failure") is not None)
    counts = {"tests": len(suite), "failures": failures, "errors": 0, "skipped": len(skipped), "time": seconds}
    suite.attrib.update({key: str(value) for key, value in counts.items()})
    root = ET.Element("testsuites", dict(suite.attrib))
    root.append(suite)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _documents(report: Report) -> list[str]:
    """Every document id, in report order, then any a finding names that the report does not list."""
    docs = [info.id for info in report.documents]
    docs += [doc for finding in report.findings for doc in sorted(_docs_of(finding))]
    return list(dict.fromkeys(docs))


def _docs_of(finding: Finding) -> set[str]:
    return {location.doc for location in finding.locations} | set(finding.docs)


def _document_case(name: str, findings: list[Finding], paths: dict[str, str]) -> ET.Element:
    """A document's test: a failure listing its errors and warnings; its notes as output of a passing test."""
    # claimcheck times the run as a whole, not per document.
    case = ET.Element("testcase", classname="claimcheck.document", name=_xml(name), time="0.000")
    failing = [f for f in findings if f.severity is not Severity.NOTE]
    notes = [f for f in findings if f.severity is Severity.NOTE]
    if failing:
        rules = ", ".join(dict.fromkeys(f.rule for f in failing))
        message = f"{plural(len(failing), 'finding')}: {rules}. {failing[0].message}"
        failure = ET.SubElement(case, "failure", message=_xml(message), type=failing[0].rule)
        failure.text = _xml("\n\n".join(format_finding(f, PLAIN, paths) for f in failing))
    if notes:
        ET.SubElement(case, "system-out").text = _xml("\n\n".join(format_finding(f, PLAIN, paths) for f in notes))
    return case


def _verdict_case(verdict: Verdict, paths: dict[str, str]) -> ET.Element:
    """A draft claim as a test: passed when its sources state it, failed when it is contradicted or unsourced."""
    name = _xml(f"{position(verdict, paths)} {verdict.text}")
    case = ET.Element("testcase", classname="claimcheck.draft", name=name, time="0.000")
    if verdict.verdict is not VerdictKind.SUPPORTED:
        failure = ET.SubElement(case, "failure", message=_xml(verdict.message), type=verdict.verdict.value)
        failure.text = _xml("\n".join(format_location(location, PLAIN, paths) for location in verdict.evidence))
    return case


def _skipped_case(item: Skipped) -> ET.Element:
    case = ET.Element("testcase", classname="claimcheck.input", name=_xml(item.path), time="0.000")
    ET.SubElement(case, "skipped", message=_xml(item.reason))
    return case


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)
