"""claimcheck.testing.assert_consistent, as an existing test suite calls it, and the pre-commit hook's manifest."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.document import Document
from claimcheck.testing import assert_consistent

ROOT = Path(__file__).resolve().parents[2]
HEADER = "date 2025-03-14\n"
AGREE = [
    HEADER + "Finance Minister Laura Okafor met Trade Commissioner Henrik Lund on March 3 in Oslo.\n",
    HEADER + "On March 3, Finance Minister Laura Okafor met Trade Commissioner Henrik Lund for talks.\n",
]
DISAGREE = [AGREE[0], AGREE[1].replace("March 3", "March 10")]


def docs(texts: list[str]) -> list[Document]:
    return [Document(text, id=f"report{number}.txt") for number, text in enumerate(texts, 1)]


def test_agreeing_documents_pass_and_return_the_report() -> None:
    report = assert_consistent(docs(AGREE))
    assert report.coverage.documents == 2 and not report.findings


def test_disagreeing_documents_raise_with_the_findings_text() -> None:
    with pytest.raises(AssertionError) as raised:
        assert_consistent(docs(DISAGREE))
    message = str(raised.value)
    assert "[date-conflict]" in message and '"March 10"' in message and "report2.txt:2:" in message


def test_paths_and_folders_are_read(tmp_path: Path) -> None:
    for number, text in enumerate(DISAGREE, 1):
        (tmp_path / f"report{number}.txt").write_text(text, encoding="utf-8")
    with pytest.raises(AssertionError, match="date-conflict"):
        assert_consistent(tmp_path)
    with pytest.raises(AssertionError, match="date-conflict"):
        assert_consistent([str(tmp_path / "report1.txt"), tmp_path / "report2.txt"])


def hooks_manifest() -> list[dict[str, object]]:
    """The manifest's hooks, read as the flat YAML it is (no YAML library needed): `- key: value` and `key: [a, b]`."""
    hooks: list[dict[str, object]] = []
    for raw in (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8").splitlines():
        line = raw.split(" #")[0].rstrip()
        if not line or line.lstrip().startswith("#"):
            continue
        if line.startswith("- "):
            hooks.append({})
            line = line[2:]
        key, _, value = line.strip().partition(": ")
        listed = value.startswith("[") and value.endswith("]")
        parsed = [item.strip() for item in value[1:-1].split(",")] if listed else {"true": True}.get(value, value)
        hooks[-1][key] = parsed
    return hooks


def test_the_pre_commit_hook_runs_claimcheck_check_on_all_files_at_once() -> None:
    (hook,) = hooks_manifest()
    assert hook["id"] == "claimcheck" and hook["entry"] == "claimcheck check"
    assert hook["language"] == "python" and hook["require_serial"] is True
    assert set(hook["types_or"]) <= {"plain-text", "markdown", "html", "text"}
