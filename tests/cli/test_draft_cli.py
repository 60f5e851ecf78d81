"""`claimcheck check --draft`: verdicts in every format, and --fail-on setting the exit code."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from cli_running import run

from claimcheck.models import Report

ROOT = Path(__file__).resolve().parents[2]
# The shared folder sits beside the checkout: /work/main's parent, or a worktree's grandparent.
SARIF_SCHEMA = next(
    (p / "shared" / "schemas" / "sarif-schema-2.1.0.json" for p in ROOT.parents[:2] if (p / "shared").is_dir()),
    ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json",
)

SOURCES = {
    "wire.txt": "date 2025-11-04\nThe central bank raised its policy rate by 25 basis points to 6.5% on Tuesday, "
    "its sixth increase this year, the governor told reporters in Mumbai.\n"
    "Retail inflation eased to 4.8% in October from 5.1% in September, official data showed.\n",
    "paper.txt": "date 2025-11-05\nOn Tuesday the central bank lifted its policy rate to 6.5%, a rise of 25 basis "
    "points, and retail inflation eased to 4.8% in October, data showed.\n",
}
DRAFTS = {
    "clean": "date 2025-11-05\nThe central bank raised its policy rate by 25 basis points to 6.5% on Tuesday, "
    "the governor told reporters in Mumbai.\n",
    "unsourced": "date 2025-11-05\nThe central bank raised its policy rate by 25 basis points to 6.5% on Tuesday, "
    "and it expects growth of 7.2% this year, the governor told reporters in Mumbai.\n",
    "contradicted": "date 2025-11-05\nThe central bank raised its policy rate by 50 basis points to 6.5% on Tuesday, "
    "the governor told reporters in Mumbai.\n",
}
# draft, --fail-on, exit code: 'contradicted' fails on contradicted claims only, 'unsourced' on both.
GATES = [
    ("clean", None, 0),
    ("clean", "contradicted", 0),
    ("clean", "unsourced", 0),
    ("unsourced", None, 0),
    ("unsourced", "contradicted", 0),
    ("unsourced", "unsourced", 1),
    ("contradicted", None, 0),
    ("contradicted", "contradicted", 1),
    ("contradicted", "unsourced", 1),
]


@pytest.fixture
def story(tmp_path: Path) -> Path:
    for name, text in {**SOURCES, **{f"{k}.txt": v for k, v in DRAFTS.items()}}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _check(story: Path, draft: str, *extra: str) -> list[str]:
    return ["check", "--draft", str(story / f"{draft}.txt"), *extra, *(str(story / name) for name in SOURCES)]


@pytest.mark.parametrize(("draft", "fail_on", "code"), GATES, ids=[f"{d}-{f}" for d, f, _ in GATES])
def test_fail_on_sets_the_exit_code(
    story: Path, capsys: pytest.CaptureFixture[str], draft: str, fail_on: str | None, code: int
) -> None:
    gate = ["--fail-on", fail_on] if fail_on else []
    assert run(_check(story, draft, *gate), capsys)[0] == code


def test_fail_on_an_unknown_level_is_a_usage_error(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(_check(story, "clean", "--fail-on", "supported"), capsys)
    assert code == 2 and "--fail-on" in err


def _report(story: Path, draft: str, capsys: pytest.CaptureFixture[str], fmt: str = "json") -> str:
    code, out, err = run(_check(story, draft, "--format", fmt), capsys)
    assert code == 0, err
    return out


def test_json_verdicts_point_at_the_draft_and_their_sources(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = json.loads(_report(story, "contradicted", capsys))
    texts = {name: (story / name).read_text(encoding="utf-8") for name in [*SOURCES, "contradicted.txt"]}
    verdicts = {v["text"]: v for v in report["verdicts"]}
    assert verdicts["50 basis points"]["verdict"] == "contradicted"
    assert "wire.txt" in {e["doc"] for e in verdicts["50 basis points"]["evidence"]}
    assert verdicts["6.5%"]["verdict"] == "supported"
    for verdict in report["verdicts"]:
        assert {"doc", "start", "end", "text", "verdict", "evidence"} <= set(verdict)
        assert texts[verdict["doc"]][verdict["start"] : verdict["end"]] == verdict["text"]
        for location in verdict["evidence"]:
            assert texts[location["doc"]][location["start"] : location["end"]] == location["text"]


def test_json_report_with_verdicts_satisfies_the_report_schema(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = json.loads(_report(story, "unsourced", capsys))
    jsonschema.validate(report, Report.model_json_schema())
    assert [u["text"] for u in report["unsupported"]] == [
        v["text"] for v in report["verdicts"] if v["verdict"] == "unsourced"
    ]
    assert "7.2%" in [u["text"] for u in report["unsupported"]]


def test_text_lists_the_verdicts_worst_first(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = _report(story, "contradicted", capsys, "text").splitlines()
    head = next(i for i, line in enumerate(lines) if "checked against the sources" in line)
    assert "contradicted.txt: 3 claims" in lines[head] and "1 contradicted" in lines[head]
    assert "contradicted.txt:2:44: contradicted: '50 basis points'" in lines[head + 1]


def _sarif(story: Path, draft: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(_report(story, draft, capsys, "sarif"))
    return log


@pytest.mark.skipif(not SARIF_SCHEMA.exists(), reason=f"SARIF schema not found at {SARIF_SCHEMA}")
@pytest.mark.parametrize("draft", list(DRAFTS))
def test_sarif_of_a_draft_check_is_valid_sarif(story: Path, capsys: pytest.CaptureFixture[str], draft: str) -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
    assert [error.message for error in validator.iter_errors(_sarif(story, draft, capsys))] == []


def test_sarif_has_a_result_per_contradicted_and_unsourced_claim(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = json.loads(_report(story, "unsourced", capsys))
    wanted = sorted((v["verdict"], v["text"]) for v in report["verdicts"] if v["verdict"] != "supported")
    run_ = _sarif(story, "unsourced", capsys)["runs"][0]
    results = [r for r in run_["results"] if r["ruleId"].startswith("draft-")]
    got = sorted(
        (r["ruleId"].removeprefix("draft-"), r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"])
        for r in results
    )
    assert got == wanted and ("unsourced", "7.2%") in got
    rules = run_["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)


def test_junit_makes_each_draft_claim_a_test(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = json.loads(_report(story, "contradicted", capsys))
    suite = ET.fromstring(_report(story, "contradicted", capsys, "junit").encode()).find("testsuite")
    assert suite is not None
    cases = [c for c in suite.findall("testcase") if c.get("classname") == "claimcheck.draft"]
    assert len(cases) == len(report["verdicts"])
    failed = sorted((f.get("type") or "") for c in cases for f in c.findall("failure"))
    assert failed == sorted(v["verdict"] for v in report["verdicts"] if v["verdict"] != "supported")
    failing_cases = [c for c in suite.findall("testcase") if c.find("failure") is not None]
    assert int(suite.get("failures") or 0) == len(failing_cases) >= len(failed)


@pytest.mark.parametrize("how", ["folder", "file"])
def test_the_draft_given_again_among_the_sources_never_backs_itself(
    story: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    draft = story / "contradicted.txt"
    sources = [str(story)] if how == "folder" else [*(str(story / n) for n in SOURCES), str(draft)]
    code, out, err = run(["check", "--format", "json", "--draft", str(draft), *sources], capsys)
    assert code == 0, err
    report = json.loads(out)
    assert report["draft"] == "contradicted.txt"
    assert "contradicted.txt#2" not in [d["id"] for d in report["documents"]]
    verdicts = {v["text"]: v for v in report["verdicts"]}
    assert verdicts["50 basis points"]["verdict"] == "contradicted", verdicts["50 basis points"]["message"]
    assert all(e["doc"] != "contradicted.txt" for v in report["verdicts"] for e in v["evidence"])
