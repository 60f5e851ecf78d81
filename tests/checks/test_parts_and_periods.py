"""share-sum adds only the parts of one whole (never parts of a part); a fiscal period is no event day; a part of
a month is the whole month to date-conflict."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from claimcheck import Document, check

HEADER = "date 2025-09-22\n"


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("The outbreak has reached a total of 60 cases, 48 confirmed and 12 probable, including 38 deaths.", False),
        (
            "The ferry carried a total of 240 people, of whom 200 were passengers and 40 crew, including 9 children.",
            False,
        ),
        ("The outbreak has reached a total of 60 cases: 48 confirmed and 19 probable.", True),
    ],
)
def test_nested_parts_never_add(text: str, fires: bool) -> None:
    findings = [f for f in check([Document(HEADER + text, id="a.txt")]).findings if f.rule == "share-sum"]
    assert bool(findings) is fires, [f.message for f in findings]


def test_a_fiscal_quarter_is_no_event_after_publication() -> None:
    text = "date 2025-08-29\nThe economy grew 7.8% in Q1 FY2026, data released on Friday showed."
    findings = [f for f in check([Document(text, id="a.txt")]).findings if f.rule == "event-after-publication"]
    assert not findings, [f.message for f in findings]


@pytest.mark.parametrize(
    ("other", "fires"),
    [
        ("Mayor Lena Ortiz met Governor Paul Hines in mid-October.", False),
        ("Mayor Lena Ortiz met Governor Paul Hines in late September.", True),
        ("Mayor Lena Ortiz met Governor Paul Hines on Oct. 21.", True),
    ],
)
def test_a_part_of_a_month_is_its_third(other: str, fires: bool) -> None:
    """'mid-October' is October 11-20: it stays silent against Oct. 14, and a day outside it conflicts."""
    header = "date 2025-11-03\n"
    docs = [
        Document(header + "Mayor Lena Ortiz met Governor Paul Hines on Oct. 14.", id="a.txt"),
        Document(header + other, id="b.txt"),
    ]
    findings = [f for f in check(docs).findings if f.rule == "date-conflict"]
    assert bool(findings) is fires, [f.message for f in findings]


BREAKDOWN_CASES = tomllib.loads((Path(__file__).parent / "cases" / "breakdowns.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", BREAKDOWN_CASES["case"], ids=[c["why"] for c in BREAKDOWN_CASES["case"]])
def test_a_breakdown_adds_only_the_parts_of_its_whole(case: dict[str, object]) -> None:
    findings = [f for f in check([Document(HEADER + str(case["text"]), id="a.txt")]).findings if f.rule == "share-sum"]
    assert bool(findings) is case["fires"], [f.message for f in findings]
