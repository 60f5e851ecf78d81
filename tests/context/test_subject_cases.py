"""Data-driven subject cases (tests/context/cases/*.toml): news sentences and the subject a number must get."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import claimcheck
from claimcheck import Document

CASES_DIR = Path(__file__).parent / "cases"
HEADER = "date 2025-11-04\n"


def _cases() -> list[Any]:
    found = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        with path.open("rb") as handle:
            for index, case in enumerate(tomllib.load(handle)["case"], 1):
                found.append(pytest.param(case, id=f"{path.stem}-{index}-{case['needle']}"))
    return found


@pytest.mark.parametrize("case", _cases())
def test_subject(case: dict[str, Any]) -> None:
    text = HEADER + case["text"]
    start = text.index(case["needle"])
    claims = [c for c in claimcheck.extract(Document(text, id="a.txt")) if c.start == start]
    assert claims, [c.text for c in claimcheck.extract(Document(text, id="a.txt"))]
    subject = claims[0].subject
    assert subject is not None
    for field, expected in case.items():
        if field in ("text", "needle"):
            continue
        if field == "qualifiers_include":
            assert set(expected) <= set(subject.qualifiers), subject
        elif field == "measure_not":
            assert subject.measure != expected, subject
        else:
            assert getattr(subject, field) == (expected if expected != "" else None), (field, subject)


def test_dates_have_no_subject() -> None:
    claims = claimcheck.extract(Document(HEADER + "The minister met the envoy on October 3.", id="a.txt"))
    assert claims and all(c.subject is None for c in claims if c.date_start is not None)
