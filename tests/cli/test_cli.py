"""The command line, run in-process: output formats, folders, unreadable inputs, exit codes and schemas."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from cli_running import run

import claimcheck

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(p for p in SEEDS.iterdir() if p.is_file())
# The shared folder sits beside the checkout: /work/main's parent, or a worktree's grandparent.
SARIF_SCHEMA = next(
    (p / "shared" / "schemas" / "sarif-schema-2.1.0.json" for p in ROOT.parents[:2] if (p / "shared").is_dir()),
    ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json",
)
TEXT_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+)  (?P<kind>[a-z]+)  (?P<text>.+?)  -> (?P<value>.+)$")
KINDS = {"quantity", "duration", "rank", "date", "time"}

GOOD = "date 2025-06-12\nAbout 1,500 people were evacuated on Monday, officials said.\n"


def seed_text(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def test_seeds_are_there() -> None:
    assert len(SEED_FILES) >= 3


# --- extract -------------------------------------------------------------------------------------------


def test_extract_jsonl_spans_match_the_files(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["extract", "--format", "jsonl", *map(str, SEED_FILES)], capsys)
    assert code == 0, err
    assert err == ""
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) >= 20
    assert {r["doc"] for r in records} == {p.name for p in SEED_FILES}
    texts = {p.name: seed_text(p.name) for p in SEED_FILES}
    for record in records:
        assert record["kind"] in KINDS
        assert 0 <= record["start"] < record["end"] <= len(texts[record["doc"]])
        assert texts[record["doc"]][record["start"] : record["end"]] == record["text"]
    kinds = {r["kind"] for r in records}
    assert {"date", "quantity"} <= kinds


def test_extract_json_has_claims_and_skipped(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", "--format", "json", str(SEED_FILES[0])], capsys)
    assert code == 0
    payload = json.loads(out)
    assert payload["skipped"] == []
    assert payload["claims"]
    text = seed_text(SEED_FILES[0].name)
    for claim in payload["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]


def test_extract_text_format_points_at_each_claim(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", "--format", "text", *map(str, SEED_FILES)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines
    for line in lines:
        match = TEXT_LINE.match(line)
        assert match, f"not 'path:line:col  kind  text  -> value': {line!r}"
        assert match["kind"] in KINDS
        file_lines = Path(match["path"]).read_text(encoding="utf-8").split("\n")
        at = file_lines[int(match["line"]) - 1][int(match["col"]) - 1 :]
        assert at.startswith(match["text"].split("\n")[0]), line


def test_extract_text_format_is_one_line_per_claim_for_wrapped_copy(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "wrapped.txt"
    path.write_text("They met on June\n5, 2025 in Delhi. Over\n200 people came.\n", encoding="utf-8")
    _, jsonl, _ = run(["extract", "--format", "jsonl", str(path)], capsys)
    claims = [json.loads(line) for line in jsonl.splitlines()]
    assert any("\n" in c["text"] for c in claims)
    code, out, _ = run(["extract", "--format", "text", str(path)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(claims), lines
    assert all(TEXT_LINE.match(line) for line in lines), lines


def test_extract_default_format_is_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(GOOD, encoding="utf-8")
    code, out, _ = run(["extract", str(path)], capsys)
    assert code == 0
    assert any(TEXT_LINE.match(line) and "1,500" in line for line in out.splitlines())


def test_extract_text_value_for_a_percentage(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "share.txt"
    path.write_text("China controls 92 per cent of global rare earth magnet production.\n", encoding="utf-8")
    code, out, _ = run(["extract", "--format", "text", str(path)], capsys)
    assert code == 0
    (line,) = out.splitlines()
    match = TEXT_LINE.match(line)
    assert match and match["kind"] == "quantity" and match["text"] == "92 per cent"
    assert "91.5" in match["value"] and "92.5" in match["value"]
    assert (match["line"], match["col"]) == ("1", "16")


def test_a_folder_expands_to_its_files(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", "--format", "jsonl", str(SEEDS)], capsys)
    assert code == 0
    assert {json.loads(line)["doc"] for line in out.splitlines()} == {p.name for p in SEED_FILES}


def test_extract_published_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("The minister spoke to reporters yesterday.\n", encoding="utf-8")
    code, out, _ = run(["extract", "--format", "jsonl", "--published", "2025-06-12", str(path)], capsys)
    assert code == 0
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert record["date_start"] == record["date_end"] == "2025-06-11"


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    bad = {
        "binary": tmp_path / "image.png",
        "not_utf8": tmp_path / "cp1252.txt",
        "empty": tmp_path / "empty.txt",
        "missing": tmp_path / "missing.txt",
    }
    bad["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR 40 people")
    bad["not_utf8"].write_bytes("\u201c40 people\u201d died, officials said.".encode("cp1252"))
    bad["empty"].write_bytes(b"")
    return bad


def test_unreadable_inputs_are_skipped_one_line_each(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad = _bad_inputs(tmp_path)
    argv = ["extract", "--format", "jsonl", str(bad["binary"]), str(good), *(str(p) for p in bad.values())]
    code, out, err = run(argv, capsys)
    assert code == 3
    err_lines = [line for line in err.splitlines() if line.strip()]
    for kind, path in bad.items():
        naming = [line for line in err_lines if path.name in line]
        assert len(naming) >= 1, f"{kind}: {path.name} not named on stderr:\n{err}"
    assert all(any(p.name in line for p in bad.values()) for line in err_lines), err
    assert "good.txt" not in err
    records = [json.loads(line) for line in out.splitlines()]
    assert records and {r["doc"] for r in records} == {"good.txt"}
    assert any(r["text"] == "About 1,500 people" for r in records)


@pytest.mark.parametrize("kind", ["binary", "not_utf8", "empty", "missing"])
def test_each_unreadable_input_alone(capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    path = _bad_inputs(tmp_path)[kind]
    code, out, err = run(["extract", "--format", "jsonl", str(path), str(good)], capsys)
    assert code == 3
    err_lines = [line for line in err.splitlines() if line.strip()]
    assert len(err_lines) == 1 and path.name in err_lines[0], err
    assert {json.loads(line)["doc"] for line in out.splitlines()} == {"good.txt"}


def test_extract_json_lists_skipped_inputs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, _ = run(["extract", "--format", "json", str(good), str(empty)], capsys)
    assert code == 3
    payload = json.loads(out)
    assert [Path(s["path"]).name for s in payload["skipped"]] == ["empty.txt"]
    assert payload["claims"]


def test_extract_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["extract", "--format", "yaml", str(SEED_FILES[0])], capsys)
    assert code == 2
    assert "format" in err


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run([], capsys)[0] == 2
    assert run(["extract"], capsys)[0] == 2


# --- check ---------------------------------------------------------------------------------------------


def _check_json(capsys: pytest.CaptureFixture[str], *paths: Path | str) -> tuple[int, dict[str, Any]]:
    code, out, _ = run(["check", "--format", "json", *map(str, paths)], capsys)
    return code, json.loads(out)


def test_check_json_on_the_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _check_json(capsys, *SEED_FILES)
    assert isinstance(report["findings"], list) and report["findings"]
    assert code == 0
    texts = {p.name: seed_text(p.name) for p in SEED_FILES}
    for finding in report["findings"]:
        assert {"rule", "severity", "message", "locations"} <= set(finding)
        assert finding["severity"] in ("error", "warning", "note")
        assert finding["message"].strip()
        assert finding["locations"]
        for loc in finding["locations"]:
            assert {"doc", "start", "end", "text"} <= set(loc)
            if finding["rule"] != "syndicated-copy":
                assert texts[loc["doc"]][loc["start"] : loc["end"]] == loc["text"]


def test_check_finds_the_seed_date_conflict(capsys: pytest.CaptureFixture[str]) -> None:
    """Two seeds date the Rawat-Sun meeting June 5, one June 16."""
    _, report = _check_json(capsys, *SEED_FILES)
    conflicts = [f for f in report["findings"] if f["rule"] == "date-conflict"]
    assert any({loc["text"] for loc in f["locations"]} >= {"June 5", "June 16"} for f in conflicts)


def test_check_exit_codes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    c = tmp_path / "c.txt"
    a.write_text("date 2025-05-02\nChina controls 92 per cent of global rare earth magnet production.\n", "utf-8")
    b.write_text("date 2025-05-02\nChina controls 61 per cent of global rare earth magnet production.\n", "utf-8")
    c.write_text("date 2025-05-02\nChina controls more than 90% of global rare earth magnet production.\n", "utf-8")
    code, report = _check_json(capsys, a, b)
    assert code == 0 and [f["rule"] for f in report["findings"]] == ["value-conflict"]
    assert run(["check", "--exit-code", str(a), str(b)], capsys)[0] == 1
    code, report = _check_json(capsys, a, c)
    assert code == 0 and report["findings"] == []
    assert run(["check", "--exit-code", str(a), str(c)], capsys)[0] == 0
    missing = tmp_path / "gone.txt"
    code, out, err = run(["check", "--format", "json", str(a), str(c), str(missing)], capsys)
    assert code == 3
    assert "gone.txt" in err and len(err.strip().splitlines()) == 1
    assert [Path(s["path"]).name for s in json.loads(out)["coverage"]["skipped"]] == ["gone.txt"]


def test_check_draft_reports_only_findings_that_involve_the_draft(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "date 2025-06-20\nAmbassador Pradeep Kumar Rawat met Vice Minister Sun Weidong on June 9.\n", "utf-8"
    )
    code, out, _ = run(["check", "--format", "json", "--draft", str(draft), *map(str, SEED_FILES)], capsys)
    report = json.loads(out)
    assert report["draft"] == "draft.txt"
    assert report["findings"], "the draft's June 9 disagrees with the seeds"
    assert code == 0
    for finding in report["findings"]:
        assert any(loc["doc"] == "draft.txt" for loc in finding["locations"])


def test_check_sarif_is_valid_sarif(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", "--exit-code", "--format", "sarif", *map(str, SEED_FILES)], capsys)
    assert code == 1
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert results and all(r["ruleId"] and r["message"]["text"] for r in results)
    if SARIF_SCHEMA.exists():
        schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
        jsonschema.validate(sarif, schema)


def test_check_junit_is_parseable_xml(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", "--exit-code", "--format", "junit", *map(str, SEED_FILES)], capsys)
    assert code == 1
    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag in ("testsuites", "testsuite")
    failures = root.findall(".//testcase/failure")
    assert failures and all(f.get("message") for f in failures)


def test_check_text_names_each_finding(capsys: pytest.CaptureFixture[str]) -> None:
    _, report = _check_json(capsys, *SEED_FILES)
    code, out, _ = run(["check", "--format", "text", *map(str, SEED_FILES)], capsys)
    assert code == 0
    for finding in report["findings"]:
        assert f"[{finding['rule']}]" in out


def test_check_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    code, out, _ = run(["check", "--format", "json", "-o", str(target), *map(str, SEED_FILES)], capsys)
    assert code == 0
    assert out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["findings"]


def test_check_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["check", "--format", "xml", *map(str, SEED_FILES)], capsys)
    assert code == 2
    assert "xml" in err
    assert out == ""


# --- schema and module entry point -----------------------------------------------------------------------


def _claim_schema(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    code, out, _ = run(["schema", "claim"], capsys)
    assert code == 0
    schema: dict[str, Any] = json.loads(out)
    return schema


def test_schema_claim_is_a_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    schema = _claim_schema(capsys)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert {"doc", "start", "end", "text", "kind", "unit", "low", "high", "bound", "normalized"} <= set(
        schema["properties"]
    )


def test_claims_satisfy_the_claim_schema() -> None:
    schema_claims = claimcheck.extract(seed_text(SEED_FILES[1].name))
    assert schema_claims
    schema = claimcheck.Claim.model_json_schema()
    for claim in schema_claims:
        jsonschema.validate(claim.model_dump(mode="json"), schema)


def test_jsonl_claims_satisfy_the_claim_schema(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The JSON lines leave out null fields; an open interval ('at least 40') must still satisfy the schema."""
    schema = _claim_schema(capsys)
    path = tmp_path / "open.txt"
    path.write_text("At least 40 people died in the fire.\n", encoding="utf-8")
    code, out, _ = run(["extract", "--format", "jsonl", str(path), *map(str, SEED_FILES)], capsys)
    assert code == 0 and out.strip()
    for line in out.splitlines():
        jsonschema.validate(json.loads(line), schema)


def test_schema_report_validates_a_check_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["schema", "report"], capsys)
    assert code == 0
    schema = json.loads(out)
    _, report = _check_json(capsys, *SEED_FILES)
    jsonschema.validate(report, schema)


def test_python_dash_m_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimcheck", "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "extract" in done.stdout and "check" in done.stdout


def test_python_dash_m_extract(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(GOOD, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "claimcheck", "extract", "--format", "jsonl", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert any(json.loads(line)["text"] == "About 1,500 people" for line in done.stdout.splitlines())


# --- pathological inputs (no timing: speed belongs in benchmarks/) -------------------------------------------

SIZE = 200_000
PATHOLOGICAL = {
    "commas": ("1," * SIZE)[:SIZE],
    "per-cent": ("per cent " * SIZE)[:SIZE],
    "digit-groups": ("12345 " * SIZE)[: SIZE // 20],
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_extracts(capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_text(PATHOLOGICAL[name], encoding="utf-8")
    code, out, _ = run(["extract", "--format", "jsonl", str(path)], capsys)
    assert code == 0
    text = path.read_text(encoding="utf-8")
    for line in out.splitlines():
        record = json.loads(line)
        assert text[record["start"] : record["end"]] == record["text"]


def test_pathological_run_of_digits_extracts(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "digits.txt"
    path.write_text("1234567890" * (SIZE // 10), encoding="utf-8")
    code, _, _ = run(["extract", "--format", "jsonl", str(path)], capsys)
    assert code == 0


def test_very_long_number_in_a_sentence(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Over ~308 digits a float overflows: such a number must be refused or read, never crash."""
    path = tmp_path / "long.txt"
    path.write_text("Officials counted " + "9" * 400 + " ballots.\n", encoding="utf-8")
    code, _, _ = run(["extract", "--format", "jsonl", str(path)], capsys)
    assert code == 0
