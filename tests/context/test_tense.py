"""Whether a figure is told ahead of its time: what someone managed or beat is no forecast."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document

HEADER = "date 2025-11-04\n"


def _tense(text: str, needle: str) -> str | None:
    full = HEADER + text
    start = full.index(needle)
    return next(c.context.tense for c in claimcheck.extract(Document(full, id="a.txt")) if c.start == start)


@pytest.mark.parametrize(
    ("text", "needle", "tense"),
    [
        ("The ruling bloc won 230 seats, while the opposition could win only 49.", "only 49", "present"),
        ("The opposition could only manage 49 seats.", "49", "present"),
        ("The party fared worse than expected, winning 16 seats.", "16 seats", "present"),
        ("The party could win 49 seats, a survey shows.", "49 seats", "future"),
        ("Analysts expected a profit of Rs 4,100 crore.", "Rs 4,100 crore", "future"),
        ("The gain, estimated to be around Rs 900 crore, lifted profit.", "around Rs 900 crore", "present"),
        ("Output is estimated to rise to 4 million tonnes.", "4 million tonnes", "future"),
    ],
    ids=["could win only", "could only manage", "than expected", "could win", "expected", "estimate", "estimated to"],
)
def test_managed_and_measured_against_forecasts_are_not_forecasts(text: str, needle: str, tense: str) -> None:
    assert _tense(text, needle) == tense


def test_a_change_from_last_year_is_a_figure_of_this_year() -> None:
    full = HEADER + "Operating profit rose to Rs 4,120 crore from Rs 3,870 crore last year."
    change = next(c for c in claimcheck.extract(Document(full, id="a.txt")) if c.text.startswith("Rs 4,120"))
    assert change.subtype == "change"
    assert change.context.year == 2025
