"""Renderers on a hand-built report: every format names each finding, rule and claim where it stands."""

from __future__ import annotations

import json
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from claimcheck.models import (
    ClaimGroup,
    ClaimKind,
    Coverage,
    DocumentInfo,
    Finding,
    Location,
    Report,
    Severity,
    Skipped,
    Verdict,
    VerdictKind,
)
from claimcheck.reporters import REPORTERS, Options, render, render_chunks
from claimcheck.reporters import sarif as sarif_reporter
from claimcheck.reporters import text as text_reporter

# The shared folder sits beside the checkout, or beside the folder of worktrees.
SCHEMA_NAME = Path("shared") / "schemas" / "sarif-schema-2.1.0.json"
SARIF_SCHEMA = next(
    (up / SCHEMA_NAME for up in Path(__file__).resolve().parents if (up / SCHEMA_NAME).exists()),
    Path(__file__).resolve().parents[3] / SCHEMA_NAME,
)

DOCS = {
    "pti.txt": "date 2025-06-20\nRawat met Sun Weidong on June 5 in Beijing.\nAt least 40 people died.",
    "hindu.txt": "date 2025-06-20\nOn June 16, Rawat met Sun Weidong.\nThe toll rose to 52; 40 were killed.",
    "reuters.txt": "date 2025-06-21\nOfficials said 40 died; rescuers found 61 bodies, about 60 in all.",
    "ani.txt": "date 2025-06-21\nThe talks covered the border.",
}


def loc(doc: str, text: str, value: str = "") -> Location:
    """A Location for the first occurrence of `text` in DOCS[doc], with true offsets and line:col."""
    start = DOCS[doc].index(text)
    line = DOCS[doc].count("\n", 0, start) + 1
    col = start - (DOCS[doc].rfind("\n", 0, start) + 1) + 1
    return Location(doc=doc, start=start, end=start + len(text), text=text, line=line, col=col, value=value)


FINDINGS = [
    Finding(
        rule="date-conflict",
        severity=Severity.ERROR,
        message="The Rawat–Sun meeting is dated June 5 in pti.txt but June 16 in hindu.txt.",
        locations=[loc("pti.txt", "June 5", "2025-06-05"), loc("hindu.txt", "June 16", "2025-06-16")],
    ),
    Finding(
        rule="value-conflict",
        severity=Severity.WARNING,
        message="The death toll differs: 40, 52 and 61.",
        locations=[
            loc("pti.txt", "40 people", "≥ 40 people"),
            loc("hindu.txt", "52", "52 people"),
            loc("reuters.txt", "61 bodies", "61 bodies"),
        ],
    ),
    Finding(
        rule="rounding",
        severity=Severity.NOTE,
        message="61 is given as about 60 in the same report.",
        locations=[loc("reuters.txt", "61", "61"), loc("reuters.txt", "about 60", "≈ 60")],
    ),
]

REPORT = Report(
    findings=FINDINGS,
    groups=[
        ClaimGroup(
            key="killed",
            kind=ClaimKind.QUANTITY,
            claims=[loc("pti.txt", "40", "40 people"), loc("hindu.txt", "40", "40 people")],
            independent_sources=3,
            agree=True,
            score=0.9,
        )
    ],
    coverage=Coverage(
        documents=4,
        claims_found=12,
        claims_compared=9,
        claims_unmatched=3,
        skipped=[Skipped(path="scan.pdf", reason="scan.pdf: binary file (NUL bytes), not text")],
    ),
    documents=[DocumentInfo(id=doc) for doc in DOCS],
)


def test_locations_point_at_their_text() -> None:
    """The fixture itself is honest: each location's offsets cut out its text."""
    for finding in FINDINGS:
        for location in finding.locations:
            assert DOCS[location.doc][location.start : location.end] == location.text


# text


@pytest.mark.parametrize("finding", FINDINGS, ids=[finding.rule for finding in FINDINGS])
def test_text_names_rule_and_every_location(finding: Finding) -> None:
    out = render(REPORT, "text")
    head = finding.locations[0]
    assert f"{head.doc}:{head.line}:{head.col}: {finding.severity} [{finding.rule}] {finding.message}" in out
    for location in finding.locations:
        assert f'    {location.doc}:{location.line}:{location.col}  "{location.text}"  {location.value}' in out


def test_text_summarises_groups_and_coverage() -> None:
    lines = render(REPORT, "text").splitlines()
    assert any("killed" in line and "corroborated by 3 independent sources" in line for line in lines)
    assert "4 documents, 12 claims found, 9 compared, 3 matched nothing; 1 input skipped" in lines
    assert "    skipped scan.pdf: scan.pdf: binary file (NUL bytes), not text" in lines
    assert "\x1b" not in "\n".join(lines)


def test_text_of_a_clean_report_says_so() -> None:
    out = text_reporter.render(Report(coverage=Coverage(documents=1)))
    assert out.startswith("no disagreements found\n")
    assert "1 document, 0 claims found" in out


def test_text_says_why_the_claims_were_compared() -> None:
    finding = FINDINGS[1].model_copy(update={"matched": ["killed", "same measure: death toll", "same status: running"]})
    lines = text_reporter.format_finding(finding).splitlines()
    assert lines[-1] == "    compared: same measure: death toll; same status: running; shared words killed"
    plain = text_reporter.format_finding(FINDINGS[1]).splitlines()
    assert not any(line.strip().startswith("compared") for line in plain)


def test_text_heads_a_finding_with_its_outlier() -> None:
    outlier = FINDINGS[1].locations[2]
    finding = FINDINGS[1].model_copy(update={"outlier": outlier})
    assert text_reporter.format_finding(finding).startswith("reuters.txt:2:40: warning [value-conflict]")


# json


def test_json_round_trips() -> None:
    out = render(REPORT, "json")
    assert Report.model_validate_json(out) == REPORT


def test_json_is_the_text_json_dumps_gives() -> None:
    """Reports written before pydantic wrote the JSON read the same, byte for byte: quoting, escapes, the
    indentation and scores alike."""
    for report in (REPORT, DRAFT_REPORT):
        scored = report.model_copy(update={"findings": [f.model_copy(update={"score": 0.001}) for f in FINDINGS]})
        for each in (report, scored):
            expected = json.dumps(each.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
            assert render(each, "json") == expected


def test_json_findings_keep_the_public_fields() -> None:
    data = json.loads(render(REPORT, "json"))
    first = data["findings"][0]
    assert (first["rule"], first["severity"], first["message"]) == (
        "date-conflict",
        "error",
        FINDINGS[0].message,
    )
    assert first["locations"][1] == FINDINGS[0].locations[1].model_dump(mode="json")
    assert "–" in render(REPORT, "json"), "non-ASCII text stays readable"


# sarif


def sarif(report: Report = REPORT) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(render(report, "sarif"))
    return log


@pytest.mark.skipif(not SARIF_SCHEMA.exists(), reason=f"SARIF schema not found at {SARIF_SCHEMA}")
@pytest.mark.parametrize("report", [REPORT, Report()], ids=["findings", "empty"])
def test_sarif_validates_against_the_schema(report: Report) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
    errors = [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(sarif(report))]
    assert errors == []


def test_sarif_results_carry_rule_level_and_message() -> None:
    run = sarif()["runs"][0]
    assert run["tool"]["driver"]["name"] == "claimcheck"
    results = run["results"]
    assert [r["ruleId"] for r in results] == [f.rule for f in FINDINGS]
    assert [r["level"] for r in results] == ["error", "warning", "note"]
    assert [r["message"]["text"] for r in results] == [f.message for f in FINDINGS]
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)


@pytest.mark.parametrize("index", range(len(FINDINGS)), ids=[f.rule for f in FINDINGS])
def test_sarif_regions_match_the_claims(index: int) -> None:
    result = sarif()["runs"][0]["results"][index]
    finding = FINDINGS[index]
    primary = result["locations"][0]["physicalLocation"]
    assert primary["artifactLocation"]["uri"] == finding.locations[0].doc
    assert len(result["relatedLocations"]) == len(finding.locations)
    for related, location in zip(result["relatedLocations"], finding.locations, strict=True):
        region = related["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (location.line, location.col)
        offset, length = region["charOffset"], region["charLength"]
        assert DOCS[location.doc][offset : offset + length] == region["snippet"]["text"] == location.text
        assert region["endColumn"] == location.col + len(location.text)
        assert location.value in related["message"]["text"]
    assert [related["id"] for related in result["relatedLocations"]] == list(range(len(finding.locations)))


def test_sarif_fingerprints_are_stable_and_distinct() -> None:
    fingerprints = [r["partialFingerprints"] for r in sarif()["runs"][0]["results"]]
    assert fingerprints == [r["partialFingerprints"] for r in sarif()["runs"][0]["results"]]
    assert len({json.dumps(f) for f in fingerprints}) == len(FINDINGS)
    reworded = FINDINGS[0].model_copy(update={"message": "reworded", "locations": FINDINGS[0].locations[::-1]})
    assert sarif_reporter.fingerprint(reworded) == sarif_reporter.fingerprint(FINDINGS[0])


def test_sarif_lists_documents_and_skipped_inputs() -> None:
    run = sarif()["runs"][0]
    assert [a["location"]["uri"] for a in run["artifacts"]] == list(DOCS)
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert [n["message"]["text"] for n in notes] == ["skipped scan.pdf: scan.pdf: binary file (NUL bytes), not text"]


def test_sarif_rules_come_from_the_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    rule = types.SimpleNamespace(id="time-conflict", severity=Severity.WARNING, description="Times disagree.")
    registry = types.ModuleType("claimcheck.checks.registry")
    registry.RULES = [rule]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "claimcheck.checks.registry", registry)
    rules = sarif()["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["time-conflict", "date-conflict", "value-conflict", "rounding"]
    assert rules[0]["shortDescription"]["text"] == "Times disagree."
    assert rules[0]["defaultConfiguration"]["level"] == "warning"


def test_sarif_rules_fall_back_to_the_findings_without_a_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "claimcheck.checks.registry", None)
    rules = sarif()["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["date-conflict", "value-conflict", "rounding"]


# junit


def junit_suite(report: Report) -> ET.Element:
    suite = ET.fromstring(render(report, "junit").encode()).find("testsuite")
    assert suite is not None
    return suite


def test_junit_has_one_case_per_document_failed_by_its_errors_and_warnings() -> None:
    suite = junit_suite(REPORT)
    cases = {case.get("name"): case for case in suite.findall("testcase")}
    assert list(cases) == [*DOCS, "scan.pdf"]
    failed = {name: case.find("failure") for name, case in cases.items() if case.find("failure") is not None}
    assert set(failed) == {"pti.txt", "hindu.txt", "reuters.txt"}
    pti = failed["pti.txt"]
    assert pti is not None and pti.get("type") == "date-conflict"
    assert "2 findings: date-conflict, value-conflict" in (pti.get("message") or "")
    for finding in FINDINGS[:2]:
        assert all(f"{loc.doc}:{loc.line}:{loc.col}" in (pti.text or "") for loc in finding.locations[:1])


def test_junit_notes_pass_and_are_kept_as_output() -> None:
    only_note = Report(findings=[FINDINGS[2]], documents=[DocumentInfo(id="reuters.txt")])
    suite = junit_suite(only_note)
    (case,) = suite.findall("testcase")
    assert case.find("failure") is None and suite.get("failures") == "0"
    out = case.find("system-out")
    assert out is not None and "[rounding]" in (out.text or "")


def test_junit_counts_and_times() -> None:
    root = ET.fromstring(render(REPORT, "junit", Options(elapsed=1.25)).encode())
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("5", "3", "1")
    assert suite.get("time") == root.get("time") == "1.250"
    assert all(case.get("time") is not None for case in suite.findall("testcase"))
    assert [c.get("name") for c in suite.findall("testcase") if c.find("skipped") is not None] == ["scan.pdf"]


def test_junit_of_a_clean_run_still_has_tests() -> None:
    suite = junit_suite(Report(documents=[DocumentInfo(id="a.txt"), DocumentInfo(id="b.txt")]))
    assert (suite.get("name"), suite.get("tests"), suite.get("failures")) == ("claimcheck", "2", "0")


def test_junit_drops_characters_xml_cannot_hold() -> None:
    finding = FINDINGS[0].model_copy(update={"message": "form\x0cfeed"})
    failure = junit_suite(Report(findings=[finding])).find("testcase/failure")
    assert failure is not None and (failure.get("message") or "").endswith("form\ufffdfeed")


# registry


def test_every_format_renders_text_ending_in_a_newline() -> None:
    assert set(REPORTERS) == {"text", "json", "sarif", "junit", "html"}
    for fmt in REPORTERS:
        out = render(REPORT, fmt)
        assert out.endswith("\n") and "date-conflict" in out


def test_unknown_format_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="unknown format 'xml'; known formats: html, json, junit, sarif, text"):
        render(REPORT, "xml")


# draft verdicts

DRAFT_DOCS = {
    "pti.txt": DOCS["pti.txt"],
    "draft.txt": "date 2025-06-21\nRawat met Sun Weidong on June 15 in Beijing.\nAt least 40 people died; 3 were hurt.",
}


def draft_loc(doc: str, text: str, value: str = "") -> Location:
    start = DRAFT_DOCS[doc].index(text)
    line = DRAFT_DOCS[doc].count("\n", 0, start) + 1
    col = start - (DRAFT_DOCS[doc].rfind("\n", 0, start) + 1) + 1
    return Location(doc=doc, start=start, end=start + len(text), text=text, line=line, col=col, value=value)


def verdict(text: str, kind: VerdictKind, evidence: list[Location], message: str) -> Verdict:
    where = draft_loc("draft.txt", text)
    return Verdict(
        **where.model_dump(), verdict=kind, evidence=evidence, independent_sources=len(evidence), message=message
    )


VERDICTS = [
    verdict(
        "June 15", VerdictKind.CONTRADICTED, [draft_loc("pti.txt", "June 5", "2025-06-05")], "June 15 is not June 5."
    ),
    verdict("At least 40 people", VerdictKind.SUPPORTED, [draft_loc("pti.txt", "At least 40 people")], "pti says so."),
    verdict("3", VerdictKind.UNSOURCED, [], "No source states '3'."),
]
DRAFT_REPORT = Report(documents=[DocumentInfo(id=doc) for doc in DRAFT_DOCS], draft="draft.txt", verdicts=VERDICTS)


def test_draft_fixture_points_at_its_text() -> None:
    for item in VERDICTS:
        assert DRAFT_DOCS[item.doc][item.start : item.end] == item.text


def test_text_lists_verdicts_worst_first_with_their_evidence() -> None:
    lines = render(DRAFT_REPORT, "text").splitlines()
    head = lines.index("draft.txt: 3 claims checked against the sources: 1 contradicted, 1 unsourced, 1 supported")
    assert lines[head + 1] == "draft.txt:2:26: contradicted: June 15 is not June 5."
    assert lines[head + 2] == '    pti.txt:2:26  "June 5"  2025-06-05'
    assert lines[head + 3] == "draft.txt:3:26: unsourced: No source states '3'."
    assert lines[head + 4].startswith("draft.txt:3:1: supported: pti says so.")


def test_json_round_trips_verdicts() -> None:
    assert Report.model_validate_json(render(DRAFT_REPORT, "json")) == DRAFT_REPORT
    data = json.loads(render(DRAFT_REPORT, "json"))
    assert [v["verdict"] for v in data["verdicts"]] == ["contradicted", "supported", "unsourced"]
    assert {"doc", "start", "end", "text", "verdict", "evidence"} <= set(data["verdicts"][0])


def test_sarif_has_a_result_per_contradicted_and_unsourced_verdict() -> None:
    run = sarif(DRAFT_REPORT)["runs"][0]
    results = run["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("draft-contradicted", "error"),
        ("draft-unsourced", "warning"),
    ]
    first = results[0]
    assert first["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "June 15"
    assert [rel["physicalLocation"]["region"]["snippet"]["text"] for rel in first["relatedLocations"]] == [
        "June 15",
        "June 5",
    ]
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)


@pytest.mark.skipif(not SARIF_SCHEMA.exists(), reason=f"SARIF schema not found at {SARIF_SCHEMA}")
def test_sarif_with_verdicts_validates_against_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
    assert [error.message for error in validator.iter_errors(sarif(DRAFT_REPORT))] == []


def test_junit_has_a_case_per_verdict_failing_unless_supported() -> None:
    suite = junit_suite(DRAFT_REPORT)
    cases = [c for c in suite.findall("testcase") if c.get("classname") == "claimcheck.draft"]
    assert [c.get("name") for c in cases] == [
        "draft.txt:2:26 June 15",
        "draft.txt:3:1 At least 40 people",
        "draft.txt:3:26 3",
    ]
    assert [[f.get("type") for f in c.findall("failure")] for c in cases] == [["contradicted"], [], ["unsourced"]]
    assert suite.get("failures") == "2"
    passing = [c.get("name") for c in suite.findall("testcase") if c.get("classname") == "claimcheck.document"]
    assert passing == ["pti.txt", "draft.txt"], "a document's own case is about findings; verdicts have theirs"


def test_html_quotes_each_contradicted_claim_with_its_evidence() -> None:
    out = render(DRAFT_REPORT, "html")
    section = out.split('<section id="contradicted">', 1)[1].split("</section>", 1)[0]
    assert "June 15 is not June 5." in section
    assert "draft.txt:2:26" in section and "pti.txt:2:26" in section
    assert "At least 40 people" not in section, "a supported claim is not listed as contradicted"


@pytest.mark.parametrize("report", [REPORT, DRAFT_REPORT, Report()], ids=["findings", "draft", "empty"])
def test_json_written_in_pieces_is_the_text_rendered_whole(report):
    pieces = list(render_chunks(report, "json"))
    assert len(pieces) > 1
    assert "".join(pieces) == render(report, "json")


def test_a_format_not_written_in_pieces_comes_whole():
    assert list(render_chunks(REPORT, "text")) == [render(REPORT, "text")]
