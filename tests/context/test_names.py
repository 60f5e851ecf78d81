"""Whose a figure is: the names a report uses, and the capitalised words that name no one."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Document
from claimcheck.context import known_names

HEADER = "date 2025-11-04\n"


def _entity(text: str, needle: str) -> str | None:
    full = HEADER + text
    start = full.index(needle)
    return next(c.context.entity for c in claimcheck.extract(Document(full, id="a.txt")) if c.start == start)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Net profit rose 9.1% year-on-year to Rs 4,210 crore, against Rs 3,870 crore a year earlier.", "Rs 3,870"),
        (
            "The lender earned ₹4,210 crore in the first quarter of FY26, more than the ₹3,870 crore of a year ago.",
            "₹3,870",
        ),
        ("Revenue (Rs. crore) | 950 | 12%\nProfit (Rs. crore) | 120 | 9%", "120"),
    ],
    ids=["currency before an amount", "fiscal period", "currency in a row label"],
)
def test_currencies_and_fiscal_periods_own_no_figures(text: str, needle: str) -> None:
    assert _entity(text, needle) is None


def test_a_title_case_heading_teaches_no_names() -> None:
    text = "Quarterly Results Overview For The Lender\nNet Profit And Margin Outlook\nThe bank said Mumbai Rivers grew."
    names = known_names(text)
    assert {"Mumbai", "Rivers"} <= names
    assert not names & {"Quarterly", "Net", "Margin", "Outlook"}


def test_a_name_after_a_line_break_is_not_mid_sentence() -> None:
    assert "Net" not in known_names("Year | YoY Growth\nNet Profit | 12%")


def test_a_fiscal_period_after_an_amount_is_no_measure_word() -> None:
    text = HEADER + "Net profit rose 9% year-on-year from ₹3,870 crore in Q1 FY25."
    start = text.index("₹3,870")
    claim = next(c for c in claimcheck.extract(Document(text, id="a.txt")) if c.start == start)
    assert not {"q1", "fy25"} & set(claim.context.measure_key), claim.context.measure_key


def test_a_figure_compared_with_the_one_before_takes_its_measure_words() -> None:
    full = HEADER + "The operating margin fell to 19.4%, 0.2 percentage point below the 19.6% of a year ago."
    claims = {c.text: c for c in claimcheck.extract(Document(full, id="a.txt"))}
    earlier = claims["19.6%"]
    assert earlier.subject is not None and earlier.subject.measure == "margin"
    assert earlier.context.measure_key == claims["19.4%"].context.measure_key
