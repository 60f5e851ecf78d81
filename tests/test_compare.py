"""When two value claims can both be true: their intervals share more than the point between two roundings."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Claim, Document
from claimcheck.compare import values_overlap


def _claim(text: str, needle: str) -> Claim:
    return next(c for c in claimcheck.extract(Document(text, id="a.txt")) if needle in c.text)


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        (("Six people died in Kajiado.", "Six"), ("Seven people died in Kajiado.", "Seven"), False),
        (("Two people died in Embu.", "Two"), ("One person died in Embu.", "One"), False),
        (("Inflation was 6% in May.", "6%"), ("Inflation was 6.5% in May.", "6.5%"), True),
        (("At least 6 people died.", "6"), ("Six people died.", "Six"), True),
        (("Prices rose 6.5% in May.", "6.5%"), ("Prices rose 6.5 per cent in May.", "6.5 per cent"), True),
    ],
)
def test_two_roundings_that_meet_at_one_point_disagree(
    first: tuple[str, str], second: tuple[str, str], agree: bool
) -> None:
    a, b = _claim(*first), _claim(*second)
    assert values_overlap(a, b) is agree, (a.normalized, b.normalized)


def test_two_bands_with_other_ends_disagree_where_they_overlap() -> None:
    wide = _claim("The central bank kept its inflation target band at 2-6% on Friday.", "2-6%")
    narrow = _claim("The central bank kept its inflation target band at 2-4% on Friday.", "2-4%")
    same = _claim("The central bank kept its inflation target band at 2 to 6 per cent.", "2 to 6")
    guess = _claim("Recovery will take 6-8 weeks, doctors said.", "6-8 weeks")
    other_guess = _claim("Recovery will take 7-10 weeks, doctors said.", "7-10 weeks")
    assert not values_overlap(wide, narrow)
    assert values_overlap(wide, same)
    assert values_overlap(guess, other_guess), "a range of uncertainty agrees wherever it overlaps"
