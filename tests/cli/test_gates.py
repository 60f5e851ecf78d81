"""The command line as a user types it from a story folder: configuration, inputs, suppressions, baseline,
exit codes and gates (issue 9, items 1-4)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cli_running import run

import claimcheck

HIGH = "date 2025-05-02\nChina controls 92 per cent of global rare earth magnet production.\n"
LOW = "date 2025-05-02\nChina controls 61 per cent of global rare earth magnet production.\n"
AGREE = "date 2025-05-02\nChina controls more than 90% of global rare earth magnet production.\n"
WEEKDAY = "date 2025-06-01\nThe hearing is set for Monday, June 10, 2025.\n"


def rules_of(out: str) -> list[str]:
    report: dict[str, Any] = json.loads(out)
    return sorted(f["rule"] for f in report["findings"])


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A story folder with a value conflict, a weekday mismatch, and the working directory set to it."""
    (tmp_path / "a.txt").write_text(HIGH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LOW, encoding="utf-8")
    (tmp_path / "c.txt").write_text(WEEKDAY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- 1. configuration ------------------------------------------------------------------------------------


def test_a_config_file_turns_a_rule_off(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert rules_of(run(["check", "--format", "json", "."], capsys)[1]) == ["value-conflict", "weekday-mismatch"]
    (story / "claimcheck.toml").write_text('ignore = ["weekday-mismatch"]\n', encoding="utf-8")
    assert rules_of(run(["check", "--format", "json", "."], capsys)[1]) == ["value-conflict"]


def test_pyproject_table_is_found_upward_and_flags_override_it(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (story / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.claimcheck]\nselect = ["weekday-mismatch"]\nfail-on = "warning"\n'
        '[tool.claimcheck.severity]\nweekday-mismatch = "error"\n',
        encoding="utf-8",
    )
    sub = story / "drafts"
    sub.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.move(story / name, sub / name)
    code, out, _ = run(["check", "--format", "json", "drafts"], capsys)
    report = json.loads(out)
    assert code == 1
    assert [(f["rule"], f["severity"]) for f in report["findings"]] == [("weekday-mismatch", "error")]
    code, out, _ = run(
        ["check", "--format", "json", "--select", "value-conflict", "--fail-on", "none", "drafts"], capsys
    )
    assert code == 0 and rules_of(out) == ["value-conflict"]


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ('selct = ["value-conflict"]\n', "'selct'"),
        ('ignore = ["no-such-rule"]\n', "'no-such-rule'"),
        ('fail-on = "sometimes"\n', "fail-on"),
        ("[tolerance]\nweight = 0.1\n", "'weight'"),
        ('[published]\n"*.txt" = "June"\n', "published"),
        ("ignore = [\n", "not valid TOML"),
    ],
)
def test_a_bad_config_is_a_usage_error_naming_the_key(
    story: Path, capsys: pytest.CaptureFixture[str], content: str, named: str
) -> None:
    (story / "claimcheck.toml").write_text(content, encoding="utf-8")
    code, out, err = run(["check", "."], capsys)
    assert code == 2 and out == ""
    assert named in err and "claimcheck.toml" in err


def test_published_dates_per_file_from_config(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (story / "undated.txt").write_text("The minister spoke to reporters yesterday.\n", encoding="utf-8")
    (story / "claimcheck.toml").write_text('[published]\n"undated*" = 2025-06-12\n', encoding="utf-8")
    code, out, _ = run(["extract", "--format", "jsonl", "undated.txt"], capsys)
    assert code == 0
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert record["date_start"] == "2025-06-11"


def test_exclude_and_include_from_config(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (story / "notes.story").write_text(AGREE, encoding="utf-8")
    (story / "claimcheck.toml").write_text('exclude = ["b.txt"]\ninclude = ["txt", "story"]\n', encoding="utf-8")
    code, out, _ = run(["extract", "--format", "json", "."], capsys)
    assert code == 0
    assert {c["doc"] for c in json.loads(out)["claims"]} == {"a.txt", "c.txt", "notes.story"}


# --- 2. inputs ---------------------------------------------------------------------------------------------


def test_check_dot_in_a_git_repository_reads_no_git_internals(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hooks = story / ".git" / "hooks"
    hooks.mkdir(parents=True)
    (hooks / "pre-commit.sample").write_text(HIGH, encoding="utf-8")
    (hooks / "notes.txt").write_text(LOW, encoding="utf-8")
    (story / ".gitignore").write_text("build/\n*.tmp.txt\n!keep.tmp.txt\n", encoding="utf-8")
    (story / "build").mkdir()
    (story / "build" / "copy.txt").write_text(HIGH, encoding="utf-8")
    (story / "scratch.tmp.txt").write_text(LOW, encoding="utf-8")
    (story / "keep.tmp.txt").write_text(AGREE, encoding="utf-8")
    (story / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00 40 people")
    code, out, err = run(["check", "--format", "json", "."], capsys)
    assert code == 0, err
    ids = [d["id"] for d in json.loads(out)["documents"]]
    assert ids == ["a.txt", "b.txt", "c.txt", "keep.tmp.txt"]


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit"])
def test_a_report_written_into_the_folder_is_not_read_back(
    story: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    run(["check", "--format", fmt, "-o", "report.txt", "."], capsys)
    assert (story / "report.txt").exists()
    shutil.copy(story / "report.txt", story / "old-report.md")
    code, out, err = run(["check", "--format", "json", "."], capsys)
    assert code == 0, err
    assert [d["id"] for d in json.loads(out)["documents"]] == ["a.txt", "b.txt", "c.txt"]


def test_a_dense_file_is_skipped_and_the_run_goes_on(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (story / "table.txt").write_text("June " * 20000, encoding="utf-8")
    code, out, err = run(["check", "--format", "json", "."], capsys)
    assert code == 3
    report = json.loads(out)
    assert rules_of(out) == ["value-conflict", "weekday-mismatch"]
    assert [Path(s["path"]).name for s in report["coverage"]["skipped"]] == ["table.txt"]
    assert "table.txt" in err and "Traceback" not in err
    code, _, _ = run(["extract", "--format", "jsonl", "table.txt", "a.txt"], capsys)
    assert code == 3


def test_findings_that_fail_win_over_skipped_inputs(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (story / "empty.txt").write_bytes(b"")
    assert run(["check", "."], capsys)[0] == 3
    assert run(["check", "--fail-on", "error", "."], capsys)[0] == 1


@pytest.mark.parametrize(
    ("data", "argv"),
    [
        ("\ufeff" + HIGH, []),
        (HIGH.encode("utf-16"), []),
        (HIGH.replace("92 per cent", "92 per cent, a Café owner said,").encode("cp1252"), ["--encoding", "cp1252"]),
    ],
    ids=["utf-8-bom", "utf-16-bom", "cp1252"],
)
def test_encodings(story: Path, capsys: pytest.CaptureFixture[str], data: str | bytes, argv: list[str]) -> None:
    path = story / "encoded.txt"
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    code, out, err = run(["extract", "--format", "jsonl", *argv, "encoded.txt"], capsys)
    assert code == 0, err
    (claim,) = [json.loads(line) for line in out.splitlines()]
    assert (claim["text"], claim["line"], claim["col"]) == ("92 per cent", 2, 16)


def test_an_unknown_encoding_is_a_usage_error(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["extract", "--encoding", "klingon-8", "a.txt"], capsys)
    assert code == 2 and out == "" and "klingon-8" in err


MARKDOWN = """---
title: Magnets
published: 2025-05-02
---
# China's grip on magnets

![Chart 3](chart3.png) China controls **92 per cent** of [global rare earth magnet production](https://x.test/a?id=7).

1. Exports fell last year.
"""


def test_markdown_is_read_without_its_markup(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (story / "story.md").write_text(MARKDOWN, encoding="utf-8")
    code, out, _ = run(["extract", "--format", "jsonl", "story.md"], capsys)
    assert code == 0
    claims = [json.loads(line) for line in out.splitlines()]
    lines = MARKDOWN.split("\n")
    assert [c["text"] for c in claims] == ["92 per cent", "last year"]
    for claim in claims:
        assert lines[claim["line"] - 1][claim["col"] - 1 :].startswith(claim["text"])
    assert claims[1]["date_start"].startswith("2024")
    code, out, _ = run(["check", "--format", "json", "story.md", "b.txt"], capsys)
    assert rules_of(out) == ["value-conflict"]


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Magnet output: China's share put at 61 per cent</title>
<meta property="article:published_time" content="2025-05-02T08:15:00+00:00">
<style>.chart {{ width: 300px; }}</style>
<script>var views = 98765; var share = "99 per cent";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/top">Top 10 stories</a></nav>
<article><h1>Magnet output: China's share put at 61 per cent</h1>
<p>China controls 61&nbsp;per cent of global rare earth magnet production, the industry group said on Tuesday.
Its members run 40 plants across the country, and output rose for a third year.</p>
<p>{suppress}The group's survey covered 212 companies in 14 provinces and was published with a map of
the main mining districts and the routes used to move ore to the coast.</p>
</article>
<footer>© 2025 The Ledger, 1200 Main Street</footer>
</body></html>
"""


def test_a_saved_html_page_is_read_as_its_article(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = PAGE.format(suppress="")
    (story / "page.html").write_text(page, encoding="utf-8")
    code, out, err = run(["extract", "--format", "jsonl", "page.html"], capsys)
    assert code == 0, err
    claims = [json.loads(line) for line in out.splitlines()]
    texts = [c["text"] for c in claims]
    assert "40 plants" in texts and "212 companies" in texts
    assert not any(word in " ".join(texts) for word in ("98765", "99", "300", "1200", "10"))
    lines = page.split("\n")
    for claim in claims:
        at = lines[claim["line"] - 1][claim["col"] - 1 :].replace("&nbsp;", " ")
        assert at.startswith(claim["text"]), claim
    tuesday = next(c for c in claims if c["text"] == "on Tuesday")
    assert tuesday["date_start"] == "2025-04-29"
    code, out, _ = run(["check", "--format", "json", "page.html", "a.txt"], capsys)
    report = json.loads(out)
    assert rules_of(out) == ["value-conflict"]
    (info,) = [d for d in report["documents"] if d["id"] == "page.html"]
    assert info["published"] == "2025-05-02" and "article:published_time" in info["published_source"]


def test_html_without_the_extra_is_skipped_with_the_reason(
    story: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (story / "page.html").write_text(PAGE.format(suppress=""), encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    code, out, err = run(["check", "--format", "json", "."], capsys)
    assert code == 3
    assert "page.html" in err and "claimcheck[html]" in err and "Traceback" not in err
    assert rules_of(out) == ["value-conflict", "weekday-mismatch"]


# --- 3. suppressions and baseline -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("b.txt", LOW.replace("production.", "production. claimcheck: ignore[value-conflict]")),
        ("b.txt", LOW.replace("\nChina", "\nclaimcheck: ignore\nChina")),
        ("b.md", LOW.replace("\nChina", "\n<!-- claimcheck: ignore[value-conflict, share-sum] -->\nChina")),
    ],
    ids=["same-line", "line-above-every-rule", "markdown-comment"],
)
def test_an_inline_suppression_silences_a_finding(
    story: Path, capsys: pytest.CaptureFixture[str], name: str, text: str
) -> None:
    (story / "b.txt").unlink()
    (story / name).write_text(text, encoding="utf-8")
    code, out, _ = run(["check", "--format", "json", "--fail-on", "note", "a.txt", name], capsys)
    assert code == 0 and rules_of(out) == []


def test_a_suppression_for_another_rule_or_line_does_not_silence(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (story / "b.txt").write_text(
        LOW.replace("\nChina", "\nclaimcheck: ignore[share-sum]\n\nChina") + "claimcheck: ignore[arithmetic]\n",
        encoding="utf-8",
    )
    _, out, _ = run(["check", "--format", "json", "a.txt", "b.txt"], capsys)
    assert rules_of(out) == ["value-conflict"]
    argv = ["check", "--format", "json", "--report-unused-suppressions", "--fail-on", "warning", "a.txt", "b.txt"]
    code, out, _ = run(argv, capsys)
    assert code == 1
    report = json.loads(out)
    unused = [f for f in report["findings"] if f["rule"] == "unused-suppression"]
    assert [(f["locations"][0]["line"], f["locations"][0]["text"]) for f in unused] == [
        (2, "claimcheck: ignore[share-sum]"),
        (5, "claimcheck: ignore[arithmetic]"),
    ]


def test_a_baseline_fails_only_on_a_new_finding(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["check", "--format", "json", "--baseline", "ci/baseline.json", "."], capsys)
    assert code == 0 and "baseline" in err
    assert rules_of(out) == ["value-conflict", "weekday-mismatch"]
    assert len(json.loads((story / "ci" / "baseline.json").read_text(encoding="utf-8"))["findings"]) == 2
    (story / "a.txt").write_text(HIGH.replace("\nChina", "\nA line added above.\n\nChina"), encoding="utf-8")
    code, out, _ = run(["check", "--format", "json", "--baseline", "ci/baseline.json", "."], capsys)
    assert code == 0 and rules_of(out) == []
    (story / "d.txt").write_text("date 2025-06-01\nThe vote is on Friday, June 10, 2025.\n", encoding="utf-8")
    code, out, _ = run(["check", "--format", "json", "--baseline", "ci/baseline.json", "."], capsys)
    assert code == 1
    assert [f["docs"] for f in json.loads(out)["findings"]] == [["d.txt"]]


def test_a_broken_baseline_is_a_usage_error(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (story / "baseline.json").write_text("[1, 2]", encoding="utf-8")
    code, _, err = run(["check", "--baseline", "baseline.json", "."], capsys)
    assert code == 2 and "baseline.json" in err


# --- 4. exit codes and gates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], 0),
        (["--fail-on", "none"], 0),
        (["--fail-on", "error"], 1),
        (["--fail-on", "warning"], 1),
        (["--exit-code"], 1),
        (["--fail-on", "error", "--ignore", "value-conflict"], 0),
        (["--fail-on", "warning", "--ignore", "value-conflict"], 1),
    ],
)
def test_fail_on_gates(story: Path, capsys: pytest.CaptureFixture[str], argv: list[str], expected: int) -> None:
    assert run(["check", *argv, "."], capsys)[0] == expected


def test_fail_on_from_config(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (story / "claimcheck.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    assert run(["check", "a.txt", "c.txt"], capsys)[0] == 0
    assert run(["check", "a.txt", "b.txt"], capsys)[0] == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--format", "yaml", "."],
        ["check", "--fail-on", "sometimes", "."],
        ["check", "--select", "no-such-rule", "."],
        ["check", "-o", ".", "."],
    ],
)
def test_usage_errors_exit_2_before_the_run(story: Path, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(argv, capsys)
    assert code == 2 and out == "" and err.strip()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and out.strip() == f"claimcheck {claimcheck.__version__}"


def test_output_into_a_missing_folder_creates_it(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", "--format", "json", "-o", "reports/today/out.json", "."], capsys)
    assert code == 0 and out == ""
    assert rules_of((story / "reports" / "today" / "out.json").read_text(encoding="utf-8"))


def test_a_closed_pipe_ends_quietly(story: Path) -> None:
    lines = (f"The town counted {n} new houses, and {n + 7} families moved in." for n in range(3000))
    (story / "long.txt").write_text("\n\n".join(lines), encoding="utf-8")
    command = f"{sys.executable} -m claimcheck extract --format jsonl long.txt | head -1"
    done = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=120, check=False, cwd=story)
    assert done.stdout.count("\n") == 1
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr


def test_the_pre_commit_hook_entry_is_a_valid_command(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hooks = (Path(__file__).resolve().parents[2] / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    entry = next(line.split(":", 1)[1].split() for line in hooks.splitlines() if line.strip().startswith("entry:"))
    assert entry[0] == "claimcheck"
    assert run([*entry[1:], "a.txt", "c.txt"], capsys)[0] == 1
    assert run([*entry[1:], "a.txt"], capsys)[0] == 0
