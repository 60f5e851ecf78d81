"""SARIF 2.1.0 report, so code-scanning dashboards and editors can pin findings to the documents."""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import quote

from claimcheck.models import Finding, Location, Report, Severity, Verdict, VerdictKind

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "claimcheckClaims/v1"
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


def render(report: Report) -> str:
    """The report as an indented SARIF 2.1.0 log with one run."""
    return json.dumps(to_sarif(report), indent=2, ensure_ascii=False) + "\n"


def to_sarif(report: Report) -> dict[str, Any]:
    """The SARIF log as plain data: tool and rules, the documents as artifacts, one result per finding."""
    rules = rule_descriptors(report.findings)
    if report.draft:
        rules += [_descriptor(*rule) for rule in VERDICT_RULES.values()]
    rule_index = {rule["id"]: index for index, rule in enumerate(rules)}
    artifacts = _artifact_index(report)
    results = [_result(finding, rule_index, artifacts) for finding in report.findings]
    results += [_result(_as_finding(v), rule_index, artifacts) for v in report.verdicts if v.verdict in VERDICT_RULES]
    run = {
        "tool": {"driver": {"name": "claimcheck", "rules": rules}},
        # Location.col counts Python characters, not the UTF-16 units SARIF assumes by default.
        "columnKind": "unicodeCodePoints",
        "artifacts": [{"location": {"uri": _uri(doc)}} for doc in artifacts],
        "results": results,
        "invocations": [_invocation(report)],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


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


def _artifact_index(report: Report) -> dict[str, int]:
    """Each document id, in report order then first mention, mapped to its artifact index."""
    docs = [info.id for info in report.documents]
    docs += [location.doc for finding in report.findings for location in finding.locations]
    docs += [location.doc for verdict in report.verdicts for location in [verdict, *verdict.evidence]]
    return {doc: index for index, doc in enumerate(dict.fromkeys(docs))}


def _result(finding: Finding, rule_index: dict[str, int], artifacts: dict[str, int]) -> dict[str, Any]:
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


def _location(location: Location, artifacts: dict[str, int]) -> dict[str, Any]:
    artifact = {"uri": _uri(location.doc), "index": artifacts[location.doc]}
    return {"physicalLocation": {"artifactLocation": artifact, "region": region(location)}}


def region(location: Location) -> dict[str, Any]:
    """The claim's span both as line:column and as character offsets, consistent with each other."""
    lines = location.text.split("\n")
    end_column = len(lines[-1]) + (location.col if len(lines) == 1 else 1)
    return {
        "startLine": location.line,
        "startColumn": location.col,
        "endLine": location.line + len(lines) - 1,
        "endColumn": end_column,
        "charOffset": location.start,
        "charLength": location.end - location.start,
        "snippet": {"text": location.text},
    }


def _claim_message(location: Location) -> str:
    return f'{location.doc} says "{location.text}"' + (f" ({location.value})" if location.value else "")


def fingerprint(finding: Finding) -> str:
    """A hash of the rule and the claims' spans that stays put when messages or document order change."""
    spans = sorted((location.doc, location.start, location.end) for location in finding.locations)
    return hashlib.sha256(json.dumps([finding.rule, spans]).encode()).hexdigest()[:32]


def _invocation(report: Report) -> dict[str, Any]:
    """The run itself, with one warning per input that could not be read."""
    notifications = [
        {
            "level": "warning",
            "message": {"text": f"skipped {skipped.path}: {skipped.reason}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(skipped.path)}}}],
        }
        for skipped in report.coverage.skipped
    ]
    return {"executionSuccessful": True, "toolExecutionNotifications": notifications}


def _uri(doc: str) -> str:
    """A document id as a relative URI reference: spaces and brackets percent-encoded."""
    return quote(doc, safe="/")
