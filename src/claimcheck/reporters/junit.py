"""JUnit XML report, so CI servers list each finding as a failed test and each clean document as a pass."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from claimcheck.models import Finding, Report, Skipped, Verdict, VerdictKind
from claimcheck.reporters.text import format_location, position

# Characters XML 1.0 cannot hold at all; news text pasted from PDFs sometimes carries them.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def render(report: Report) -> str:
    """The report as JUnit XML: one testsuite named claimcheck inside the usual testsuites root."""
    skipped = report.coverage.skipped
    suite = ET.Element("testsuite", name="claimcheck")
    suite.extend(_failed_case(finding) for finding in report.findings)
    suite.extend(_verdict_case(verdict) for verdict in report.verdicts)
    suite.extend(_passed_case(doc) for doc in clean_documents(report))
    suite.extend(_skipped_case(item) for item in skipped)
    failures = len(report.findings) + sum(v.verdict is not VerdictKind.SUPPORTED for v in report.verdicts)
    counts = {"tests": len(suite), "failures": failures, "errors": 0, "skipped": len(skipped)}
    suite.attrib.update({key: str(value) for key, value in counts.items()})
    root = ET.Element("testsuites", dict(suite.attrib))
    root.append(suite)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def clean_documents(report: Report) -> list[str]:
    """The ids of documents no finding points into, in report order."""
    flagged = {location.doc for finding in report.findings for location in finding.locations}
    flagged.update(doc for finding in report.findings for doc in finding.docs)
    flagged.update(v.doc for v in report.verdicts if v.verdict is not VerdictKind.SUPPORTED)
    return [info.id for info in report.documents if info.id not in flagged]


def _failed_case(finding: Finding) -> ET.Element:
    head = finding.outlier or (finding.locations[0] if finding.locations else None)
    name = f"{position(head)} {finding.rule}" if head else finding.rule
    case = ET.Element("testcase", classname=f"claimcheck.{finding.rule}", name=_xml(name))
    failure = ET.SubElement(case, "failure", message=_xml(finding.message), type=finding.rule)
    failure.text = _xml("\n".join(format_location(location) for location in finding.locations))
    return case


def _verdict_case(verdict: Verdict) -> ET.Element:
    """A draft claim as a test: passed when its sources state it, failed when it is contradicted or unsourced."""
    case = ET.Element("testcase", classname="claimcheck.draft", name=_xml(f"{position(verdict)} {verdict.text}"))
    if verdict.verdict is not VerdictKind.SUPPORTED:
        failure = ET.SubElement(case, "failure", message=_xml(verdict.message), type=verdict.verdict.value)
        failure.text = _xml("\n".join(format_location(location) for location in verdict.evidence))
    return case


def _passed_case(doc: str) -> ET.Element:
    return ET.Element("testcase", classname="claimcheck.document", name=_xml(doc))


def _skipped_case(item: Skipped) -> ET.Element:
    case = ET.Element("testcase", classname="claimcheck.input", name=_xml(item.path))
    ET.SubElement(case, "skipped", message=_xml(item.reason))
    return case


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)
