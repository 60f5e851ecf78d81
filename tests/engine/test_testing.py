"""claimcheck.testing.assert_consistent for existing test suites: files, folders, texts and documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import Document, Severity
from claimcheck.testing import assert_consistent

HIGH = "date 2025-05-02\nChina controls 92 per cent of global rare earth magnet production.\n"
LOW = "date 2025-05-02\nChina controls 61 per cent of global rare earth magnet production.\n"
AGREE = "date 2025-05-02\nChina controls more than 90% of global rare earth magnet production.\n"


def test_a_folder_that_disagrees_fails_with_the_finding(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(HIGH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LOW, encoding="utf-8")
    with pytest.raises(AssertionError, match=r"error \[value-conflict\]") as info:
        assert_consistent([tmp_path])
    assert "a.md:2:16" in str(info.value) and "b.txt:2:16" in str(info.value)


def test_agreeing_texts_and_documents_pass_and_return_the_report(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(HIGH, encoding="utf-8")
    report = assert_consistent([tmp_path / "a.txt", Document(AGREE, id="wire.txt"), AGREE.replace("China", "Beijing")])
    assert report.coverage.documents == 3 and not report.findings


def test_the_failing_severities_are_chosen(tmp_path: Path) -> None:
    weekday = "date 2025-06-01\nThe hearing is set for Monday, June 10, 2025.\n"
    with pytest.raises(AssertionError, match="weekday-mismatch"):
        assert_consistent([weekday])
    report = assert_consistent([weekday], fail_on=[Severity.ERROR])
    assert_consistent(["A one-line text of some 300 characters " * 8 + "with 40 people in it."])
    assert [f.rule for f in report.findings] == ["weekday-mismatch"]
