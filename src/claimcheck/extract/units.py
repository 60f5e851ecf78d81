"""The one pint registry, news-specific units, and turning a stated value into an interval.

Currencies are their own dimensions (claimcheck never converts money between currencies), and
percentage points stay apart from percent; precision follows the digits the writer chose.
"""

from __future__ import annotations

import math
from decimal import Decimal
from functools import lru_cache

import pint

from claimcheck.lang import LEXICON
from claimcheck.models import Bound, Interval

UREG = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)  # type: ignore[var-annotated]
for _code in LEXICON.currency_codes:
    UREG.define(f"{_code} = [currency_{_code}]")
for _definition in LEXICON.unit_definitions:
    UREG.define(_definition)
# Names pint gives another meaning: its "decade" is a logarithmic ratio and its "quarter" a mass; in news they
# are ten years and three months.
PINT_NAMES = {"decade": "decade_of_years", "quarter": "quarter_of_year"}

# Canonical units per dimensionality, chosen to read well (days, not seconds; percent, not a fraction).
_CANONICAL = {
    "[time]": "day",
    "[mass]": "kilogram",
    "[length]": "meter",
    "[length] ** 2": "meter ** 2",
    "[length] ** 3": "meter ** 3",
    "[temperature]": "kelvin",
    "[mass] * [length] ** 2 / [time] ** 3": "watt",
    "[mass] * [length] ** 2 / [time] ** 2": "kilowatt_hour",
    "[length] / [time]": "kilometer / hour",
}


@lru_cache(maxsize=512)
def canonical_unit(unit: str) -> str:
    """The unit claims of this dimension are compared in."""
    unit = PINT_NAMES.get(unit, unit)
    if unit in ("count", "dimensionless"):
        return unit
    dims = UREG.parse_units(unit).dimensionality
    if not dims:
        return "percent" if unit == "percent" else "degree" if unit in ("degree", "radian") else unit
    key = str(dims)
    if key in _CANONICAL:
        return _CANONICAL[key]
    return str(UREG.Quantity(1, unit).to_base_units().units)


@lru_cache(maxsize=512)
def _factor(unit: str) -> tuple[float, float]:
    """Scale and offset taking a value in `unit` to its canonical unit (offset only for temperatures)."""
    target = canonical_unit(unit)
    unit = PINT_NAMES.get(unit, unit)
    if target == unit or unit in ("count", "dimensionless"):
        return 1.0, 0.0
    zero = UREG.Quantity(0.0, unit).to(target).magnitude
    one = UREG.Quantity(1.0, unit).to(target).magnitude
    return one - zero, zero


def convert(value: float, unit: str) -> float:
    """A value in `unit` expressed in the canonical unit."""
    scale, offset = _factor(unit)
    return value * scale + offset


def implied_half_step(written: str, scale: float = 1.0) -> float:
    """Half the last significant step of a number as written: '92' -> 0.5, '1,500' -> 50, '2.5' -> 0.05.

    >>> implied_half_step("1,500")
    50.0
    >>> implied_half_step("2.5", 1e6)
    50000.0
    """
    digits = written.replace(",", "").strip()
    try:
        exponent = Decimal(digits).normalize().as_tuple().exponent
    except ArithmeticError:
        return 0.5 * scale
    if "." in digits:
        exponent = Decimal(digits).as_tuple().exponent
    step = 10.0 ** int(exponent)
    return 0.5 * step * scale


def normalise(
    low: float | None, high: float | None, bound: Bound, unit: str, half_steps: tuple[float, float]
) -> Interval:
    """The interval of true values that a stated value allows, in canonical units."""
    lo_step, hi_step = half_steps
    lo, hi, lo_closed, hi_closed = _raw_interval(low, high, bound, lo_step, hi_step)
    if unit == "percent" and bound in (Bound.GT, Bound.GE) and lo is not None and lo < 100:
        hi, hi_closed = 100.0, True
    if unit in ("percent", "count") and bound in (Bound.LT, Bound.LE):
        lo = 0.0
    target = canonical_unit(unit)
    return Interval(
        low=None if lo is None else convert(lo, unit),
        high=None if hi is None else convert(hi, unit),
        low_closed=lo_closed,
        high_closed=hi_closed,
        unit=target,
    )


def _raw_interval(
    low: float | None, high: float | None, bound: Bound, lo_step: float, hi_step: float
) -> tuple[float | None, float | None, bool, bool]:
    if bound is Bound.GT:
        return low, None, False, True
    if bound is Bound.GE:
        return low, None, True, True
    if bound is Bound.LT:
        return None, high, True, False
    if bound is Bound.LE:
        return None, high, True, True
    assert low is not None and high is not None
    if bound is Bound.APPROX:
        slack = max(lo_step, 0.1 * abs(low))
        return low - slack, high + slack, True, True
    return low - lo_step, high + hi_step, True, True


def is_finite(value: float | None) -> bool:
    """True for a real, finite number."""
    return value is not None and math.isfinite(value)
