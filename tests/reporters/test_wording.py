"""How values read for people: each case in cases/wording.toml, extracted by the real engine."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import claimcheck
from claimcheck.wording import figure, location, ordinal, read_dates, reading

CASES: list[dict[str, Any]] = tomllib.loads((Path(__file__).parent / "cases" / "wording.toml").read_text())["case"]


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_a_value_reads_as_a_journalist_writes_it(case: dict[str, Any]) -> None:
    claims = [claim for claim in claimcheck.extract(case["text"]) if claim.text == case["at"]]
    assert claims, f"no claim {case['at']!r} in {[c.text for c in claimcheck.extract(case['text'])]}"
    assert reading(claims[0]) == case["reads"]


def test_the_interval_stays_for_verbose_and_the_sentence_for_html() -> None:
    (claim,) = claimcheck.extract("Turnout reached 92 per cent in the northern district.")
    where = location(claim)
    assert where.value == "92%"
    assert "91.5" in where.exact and "92.5" in where.exact
    assert where.sentence == "Turnout reached 92 per cent in the northern district."


@pytest.mark.parametrize(
    ("value", "reads"),
    [(1500, "1,500"), (4.5e9, "4.5 billion"), (2.25e6, "2.25 million"), (0.25, "0.25"), (-3, "-3")],
)
def test_figures(value: float, reads: str) -> None:
    assert figure(value) == reads


@pytest.mark.parametrize(
    ("value", "reads"), [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (22, "22nd")]
)
def test_ordinals(value: int, reads: str) -> None:
    assert ordinal(value) == reads


def test_spans_of_days_months_and_years() -> None:
    from datetime import date

    assert read_dates(date(2025, 4, 1), date(2025, 4, 10)) == "April 1–10, 2025"
    assert read_dates(date(2025, 1, 1), date(2025, 12, 31)) == "2025"
    assert read_dates(date(2025, 1, 1), date(2025, 3, 31)) == "2025-01 – 2025-03"
    assert read_dates(date(2025, 6, 28), date(2025, 7, 2)) == "June 28, 2025 – July 2, 2025"
