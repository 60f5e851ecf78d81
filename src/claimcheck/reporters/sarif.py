"""SARIF 2.1.0 report, so code-scanning dashboards and editors can pin findings to the documents."""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any
from urllib.parse import quote

from claimcheck.models import Finding, Location, Report, Severity, Verdict, VerdictKind
from claimcheck.reporters.base import PLAIN, Options, display_paths
from claimcheck.reporters.offsets import FileOffsets

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "claimcheckClaims/v2"
SRCROOT = "%SRCROOT%"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "note"}
# The draft check's verdicts that need an editor, as rules of their own: a contradicted claim is an error,
# a claim no source states a warning. Supported claims are not results.
VERDICT_RULES = {
    VerdictKind.CONTRADICTED: (
        "draft-contradicted",
        Severity.ERROR,
        "A claim of the draft disagrees with its sources.",
    ),
    VerdictKind.UNSOURCED: ("draft-unsourced", Severity.WARNING, "No source states a claim of the draft."),
}


def render(report: Report, options: Options = PLAIN) -> str:
    """The report as an indented SARIF 2.1.0 log with one run."""
    return json.dumps(to_sarif(report, options), indent=2, ensure_ascii=False) + "\n"


def to_sarif(report: Report, options: Options = PLAIN) -> dict[str, Any]:
    """The SARIF log as plain data: tool and rules, the documents as artifacts, one result per finding."""
    rules = rule_descriptors(report.findings)
    if report.draft:
        rules += [_descriptor(*rule) for rule in VERDICT_RULES.values()]
    rule_index = {rule["id"]: index for index, rule in enumerate(rules)}
    artifacts = _Artifacts(report, options)
    verdicts = [_as_finding(verdict) for verdict in report.verdicts if verdict.verdict in VERDICT_RULES]
    results = [_result(finding, rule_index, artifacts) for finding in [*report.findings, *verdicts]]
    _number_repeats(results)
    run = {
        "tool": {"driver": {"name": "claimcheck", "version": tool_version(), "rules": rules}},
        "originalUriBaseIds": {SRCROOT: {"uri": artifacts.root.as_uri().rstrip("/") + "/"}},
        # Location.col counts Python characters, not the UTF-16 units SARIF assumes by default.
        "columnKind": "unicodeCodePoints",
        "artifacts": [{"location": artifacts.uri(doc)} for doc in artifacts.index],
        "results": results,
        "invocations": [_invocation(report, artifacts)],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def tool_version() -> str:
    """The installed claimcheck's version, so a dashboard can tell which release found what."""
    try:
        return version("claimcheck")
    except PackageNotFoundError:
        return "0+unknown"


class _Artifacts:
    """The documents of a run: their index, their URI relative to %SRCROOT%, and offsets into their files."""

    def __init__(self, report: Report, options: Options) -> None:
        self.root = Path(options.root or Path.cwd()).resolve()
        self.paths = display_paths(report, str(self.root))
        self.files = {info.id: info.path for info in report.documents if info.path}
        docs = [info.id for info in report.documents]
        docs += [location.doc for finding in report.findings for location in finding.locations]
        self.index = {doc: index for index, doc in enumerate(dict.fromkeys(docs))}
        self._offsets: dict[str, FileOffsets | None] = {}

    def uri(self, doc: str) -> dict[str, Any]:
        """An artifactLocation: relative to %SRCROOT% for a file under it, else the file's URI or the bare id."""
        path = self.paths.get(doc)
        if path is None:
            return {"uri": _uri(doc)}
        if Path(path).is_absolute():
            return {"uri": Path(path).as_uri()}
        return {"uri": _uri(path), "uriBaseId": SRCROOT}

    def skipped_uri(self, path: str) -> dict[str, Any]:
        """An unread input's location, relative to %SRCROOT% when it lies under it."""
        try:
            return {"uri": _uri(Path(path).resolve().relative_to(self.root).as_posix()), "uriBaseId": SRCROOT}
        except ValueError:
            return {"uri": _uri(path)}

    def offsets(self, doc: str) -> FileOffsets | None:
        """The character layout of the document's file as it is on disk, read once."""
        if doc not in self.files:
            return None
        if doc not in self._offsets:
            self._offsets[doc] = FileOffsets.read(self.files[doc])
        return self._offsets[doc]


def rule_descriptors(findings: list[Finding]) -> list[dict[str, Any]]:
    """Every registered rule, then any rule a finding names that the registry does not list."""
    descriptors = {rule.id: _descriptor(rule.id, rule.severity, rule.description) for rule in _registry()}
    for finding in findings:
        descriptors.setdefault(finding.rule, _descriptor(finding.rule, finding.severity, ""))
    return list(descriptors.values())


def _registry() -> list[Any]:
    """The check registry's rules; empty when the checks package is not importable (reporters stand alone)."""
    try:
        from claimcheck.checks.registry import RULES
    except ImportError:
        return []
    return list(RULES)


def _descriptor(rule_id: str, severity: Severity, description: str) -> dict[str, Any]:
    descriptor: dict[str, Any] = {"id": rule_id, "defaultConfiguration": {"level": _LEVELS[severity]}}
    if description:
        descriptor["shortDescription"] = {"text": description}
    return descriptor


def _as_finding(verdict: Verdict) -> Finding:
    """A verdict as a result: the draft's claim first, then the source claims it disagrees with."""
    rule, severity, _description = VERDICT_RULES[verdict.verdict]
    claim = Location.model_validate(verdict.model_dump(include=set(Location.model_fields)))
    return Finding(rule=rule, severity=severity, message=verdict.message, locations=[claim, *verdict.evidence])


def _result(finding: Finding, rule_index: dict[str, int], artifacts: _Artifacts) -> dict[str, Any]:
    primary = [_location(finding.locations[0], artifacts)] if finding.locations else []
    related = [
        {"id": number, **_location(location, artifacts), "message": {"text": _claim_message(location)}}
        for number, location in enumerate(finding.locations)
    ]
    return {
        "ruleId": finding.rule,
        "ruleIndex": rule_index[finding.rule],
        "level": _LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": primary,
        "relatedLocations": related,
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(finding)},
    }


def _location(location: Location, artifacts: _Artifacts) -> dict[str, Any]:
    artifact = {**artifacts.uri(location.doc), "index": artifacts.index[location.doc]}
    region_ = region(location, artifacts.offsets(location.doc))
    return {"physicalLocation": {"artifactLocation": artifact, "region": region_}}


def region(location: Location, offsets: FileOffsets | None = None) -> dict[str, Any]:
    """The claim's span as line:column and as character offsets into the file as it is on disk (CRLF kept)."""
    lines = location.text.split("\n")
    end_line = location.line + len(lines) - 1
    end_column = len(lines[-1]) + (location.col if len(lines) == 1 else 1)
    start, end = location.start, location.end
    if offsets is not None:
        start, end = offsets.span(location.line, location.col, end_line, end_column, location.text)
    return {
        "startLine": location.line,
        "startColumn": location.col,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": start,
        "charLength": end - start,
        "snippet": {"text": offsets.text[start:end] if offsets is not None else location.text},
    }


def _claim_message(location: Location) -> str:
    return f'{location.doc} says "{location.text}"' + (f" ({location.value})" if location.value else "")


def fingerprint(finding: Finding) -> str:
    """A hash of the rule, the subject and each document's quoted words: no offsets, so a line added above,
    a reworded message or another document order leave it as it was."""
    quoted = sorted({(location.doc, " ".join(location.text.split())) for location in finding.locations})
    subject = str(getattr(finding, "subject", None) or "")
    return hashlib.sha256(json.dumps([finding.rule, subject, quoted]).encode()).hexdigest()[:32]


def _number_repeats(results: list[dict[str, Any]]) -> None:
    """Tell apart findings whose words are the same (two tolls of '40' in one pair of reports) by their turn."""
    seen: dict[str, int] = {}
    for result in results:
        prints = result["partialFingerprints"]
        value = prints[FINGERPRINT_KEY]
        seen[value] = seen.get(value, 0) + 1
        if seen[value] > 1:
            prints[FINGERPRINT_KEY] = f"{value}:{seen[value]}"


def _invocation(report: Report, artifacts: _Artifacts) -> dict[str, Any]:
    """The run itself, with one warning per input that could not be read."""
    notifications = [
        {
            "level": "warning",
            "message": {"text": f"skipped {skipped.path}: {skipped.reason}"},
            "locations": [{"physicalLocation": {"artifactLocation": artifacts.skipped_uri(skipped.path)}}],
        }
        for skipped in report.coverage.skipped
    ]
    return {"executionSuccessful": True, "toolExecutionNotifications": notifications}


def _uri(doc: str) -> str:
    """A document id as a relative URI reference: spaces and brackets percent-encoded."""
    return quote(doc, safe="/")
