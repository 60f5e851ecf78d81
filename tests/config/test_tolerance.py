"""Tolerances per dimension: values closer than the tolerance are read as agreeing, and only those."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import Document, check
from claimcheck.checks.triage import Policy
from claimcheck.config import load_config

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seeds() -> list[Document]:
    return [Document(p.read_text(encoding="utf-8"), id=p.name) for p in sorted(SEEDS.glob("*.txt"))]


def _rules(tolerance: dict[str, float]) -> list[str]:
    return [f.rule for f in check(_seeds(), policy=Policy(tolerance=tolerance)).findings]


def test_a_date_tolerance_wider_than_the_gap_silences_the_date_conflict():
    assert "date-conflict" in _rules({})
    assert "date-conflict" in _rules({"date": 10})  # June 5 and June 16 are 11 days apart
    assert "date-conflict" not in _rules({"date": 11})


@pytest.mark.parametrize(("share", "fires"), [(0.0, True), (0.2, True), (0.5, False)])
def test_a_relative_tolerance_is_a_share_of_the_larger_value(share, fires):
    a = Document("date 2025-03-01\nThe bridge collapse killed 12 people in Rampur, police said.", id="a.txt")
    b = Document("date 2025-03-01\nThe bridge collapse killed 19 people in Rampur, police said.", id="b.txt")
    report = check([a, b], policy=Policy(tolerance={"count": share} if share else {}))
    assert ("value-conflict" in [f.rule for f in report.findings]) is fires


def test_the_config_tolerance_reaches_the_policy(tmp_path):
    (tmp_path / "claimcheck.toml").write_text("[tolerance]\ndate = 11\n", encoding="utf-8")
    config = load_config(tmp_path / "claimcheck.toml", frozenset({"date-conflict"}))
    assert dict(config.tolerance) == {"date": 11.0}
