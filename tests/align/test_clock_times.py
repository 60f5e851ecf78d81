"""Clock times of one event are compared after time zones, with a few minutes' slack."""

from __future__ import annotations

import pytest

from claimcheck import Document, check

BASE = "date 2025-03-02\nA suicide bomber struck the Mandavi market in Kabul at {time}, police said."


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("10:15 am", "1:40 pm", True),
        ("10:15 am", "10.15 am local time", False),
        ("6.40 pm", "6.45 pm", False),
        ("4:30 pm IST", "11:00 GMT", False),
        ("4:30 pm IST", "4:30 pm GMT", True),
    ],
)
def test_clock_times_of_one_event(first: str, second: str, conflict: bool) -> None:
    docs = [Document(BASE.format(time=first), id="a.txt"), Document(BASE.format(time=second), id="b.txt")]
    found = [f for f in check(docs).findings if f.rule == "date-conflict"]
    assert bool(found) is conflict, [f.message for f in found]
