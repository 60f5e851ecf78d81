"""The normalised interval keeps the precision the writer's digits imply, in the canonical unit.

"92%" allows 91.5 to 92.5; "over 60%" allows (60, 100]; "1,500 tonnes" allows 1,450,000 to 1,550,000 kg.
"""

from __future__ import annotations

import math

import pytest

import claimcheck
from claimcheck import Claim, Interval

# (text, the claim's substring, low, high, low_closed, high_closed, canonical unit); None is an open side.
PRECISION_CASES = [
    ("China controls 92% of global production.", "92%", 91.5, 92.5, True, True, "percent"),
    ("China controls 92 per cent of global production.", "92 per cent", 91.5, 92.5, True, True, "percent"),
    ("Turnout was 92.3% in the first phase.", "92.3%", 92.25, 92.35, True, True, "percent"),
    ("More than 60% of voters backed the bill.", "60%", 60.0, 100.0, False, True, "percent"),
    ("At least 60 per cent of seats were won.", "60 per cent", 60.0, 100.0, True, True, "percent"),
    ("The country produced 1,500 tonnes of magnets.", "1,500 tonnes", 1_450_000.0, 1_550_000.0, True, True, "kilogram"),
    ("Output rose to 1.5 thousand tonnes.", "1.5 thousand", 1_450_000.0, 1_550_000.0, True, True, "kilogram"),
    ("The company raised 2.5 million dollars.", "2.5 million", 2_450_000.0, 2_550_000.0, True, True, "USD"),
    ("The new highway is 45 km long.", "45 km", 44_500.0, 45_500.0, True, True, "meter"),
    ("The new highway is 45,000 metres long.", "45,000 metres", 44_500.0, 45_500.0, True, True, "meter"),
    ("Recovery will take 6-8 weeks.", "6-8 weeks", 38.5, 59.5, True, True, "day"),
    ("Recovery will take six to eight weeks.", "six to eight", 38.5, 59.5, True, True, "day"),
    ("At least 40 people died in the fire.", "40", 40.0, None, True, True, "count"),
    ("Up to 500 workers could lose their jobs.", "500", 0.0, 500.0, True, True, "count"),  # counts are >= 0
    ("Under 10% of homes have power.", "10%", 0.0, 10.0, True, False, "percent"),  # so are shares
    ("The rate rose by 0.5 percentage points.", "0.5 percentage", 0.45, 0.55, True, True, "percentage_point"),
    ("The RBI cut the repo rate by 25 basis points.", "25 basis", 0.245, 0.255, True, True, "percentage_point"),
    ("Temperatures hit 45°C in Delhi.", "45°C", 317.65, 318.65, True, True, "kelvin"),
    ("The deal is worth Rs 500 crore.", "500", 4.5e9, 5.5e9, True, True, "INR"),
    ("The quake struck at a depth of 10 km.", "10 km", 9_500.0, 10_500.0, True, True, "meter"),  # measured
    ("The alliance won 230 seats in the assembly.", "230 seats", 229.5, 230.5, True, True, "count"),  # a tally
    ("Police evacuated 230 people from the area.", "230 people", 225.0, 235.0, True, True, "count"),
]


def claim_at(text: str, needle: str) -> Claim:
    """The one claim whose span overlaps the first occurrence of `needle`."""
    start = text.index(needle)
    end = start + len(needle)
    found = [c for c in claimcheck.extract(text) if c.start < end and start < c.end]
    assert len(found) == 1, f"expected one claim over {needle!r} in {text!r}, got {[c.text for c in found]}"
    return found[0]


def _close(actual: float | None, expected: float | None) -> bool:
    if expected is None:
        return actual is None
    return actual is not None and math.isclose(actual, expected, rel_tol=1e-9, abs_tol=1e-9)


@pytest.mark.parametrize(("text", "needle", "low", "high", "low_closed", "high_closed", "unit"), PRECISION_CASES)
def test_normalised_interval(
    text: str,
    needle: str,
    low: float | None,
    high: float | None,
    low_closed: bool,
    high_closed: bool,
    unit: str,
) -> None:
    interval = claim_at(text, needle).normalized
    assert isinstance(interval, Interval)
    assert interval.unit == unit
    assert _close(interval.low, low), f"low: {interval}"
    assert _close(interval.high, high), f"high: {interval}"
    if low is not None:
        assert interval.low_closed is low_closed, f"low_closed: {interval}"
    if high is not None:
        assert interval.high_closed is high_closed, f"high_closed: {interval}"


def _width(text: str, needle: str) -> float:
    interval = claim_at(text, needle).normalized
    assert interval is not None and interval.low is not None and interval.high is not None
    return interval.high - interval.low


def test_round_numbers_allow_more_than_precise_ones() -> None:
    """'90%' is a rounder figure than '92.3%' and so allows a wider interval; '92%' lies between."""
    round_ = _width("Turnout was 90% in the state.", "90%")
    whole = _width("Turnout was 92% in the state.", "92%")
    precise = _width("Turnout was 92.3% in the state.", "92.3%")
    assert round_ > whole > precise
    assert math.isclose(whole, 1.0)


def test_equivalent_writings_normalise_to_the_same_interval() -> None:
    tonnes = claim_at("Output was 1,500 tonnes.", "1,500").normalized
    thousand = claim_at("Output was 1.5 thousand tonnes.", "1.5").normalized
    kilograms = claim_at("Output was 1,500,000 kg.", "1,500,000").normalized
    assert tonnes is not None and thousand is not None and kilograms is not None
    assert tonnes.unit == thousand.unit == kilograms.unit == "kilogram"
    assert tonnes.overlaps(kilograms) and tonnes.overlaps(thousand)
    assert math.isclose((tonnes.low + tonnes.high) / 2, 1_500_000)  # type: ignore[operator]


def test_percent_and_percentage_points_do_not_share_a_unit() -> None:
    percent = claim_at("Turnout was 5% higher.", "5%").normalized
    points = claim_at("Turnout was 5 percentage points higher.", "5 percentage").normalized
    assert percent is not None and points is not None
    assert percent.unit != points.unit


def test_currencies_are_never_converted() -> None:
    units = {
        claim_at(f"The deal is worth {money}.", money).normalized.unit  # type: ignore[union-attr]
        for money in ("₹40 million", "$40 million", "€40 million", "£40 million", "¥40 million")
    }
    assert units == {"INR", "USD", "EUR", "GBP", "JPY"}


@pytest.mark.parametrize(
    ("text", "needle", "unit"),
    [
        ("The solar park will generate 500 MW.", "500 MW", "watt"),
        ("The plant used 20 GWh last year.", "20 GWh", "kilowatt_hour"),
    ],
)
def test_power_and_energy_use_their_canonical_units(text: str, needle: str, unit: str) -> None:
    interval = claim_at(text, needle).normalized
    assert interval is not None and interval.unit == unit
