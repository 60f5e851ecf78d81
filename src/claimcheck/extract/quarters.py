"""Quarters on the calendar and on the fiscal calendar (April to March, named by the year it ends in)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from claimcheck.extract.day_ranges import DateSpan, month_days

FISCAL_FIRST_MONTH = 4


def fiscal_end_year(first: str, second: str | None) -> int:
    """The year a fiscal year ends in: FY26 and FY2025-26 end in 2026, fiscal 2025 in 2025."""
    first = first.lstrip("'’")
    if second is None:
        return int(first) if len(first) == 4 else 2000 + int(first)
    if len(second) == 4:
        return int(second)
    century = int(first[:2]) * 100 if len(first) == 4 else 2000
    start = int(first) if len(first) == 4 else 2000 + int(first)
    ends = century + int(second)
    return ends + 100 if ends < start else ends


def fiscal_quarter(quarter: int, ends: int) -> tuple[int, int]:
    """The calendar year and quarter of a fiscal quarter: Q1 of the year ending in March 2026 is April-June 2025."""
    return (ends - 1, quarter + 1) if quarter < 4 else (ends, 1)


def quarter_span(start: int, end: int, year: int, quarter: int, relative: bool) -> DateSpan:
    return DateSpan(start, end, date(year, 3 * quarter - 2, 1), month_days(year, 3 * quarter)[1], relative=relative)


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_year(quarter: int, reference: date, told_future: Callable[[], bool]) -> int:
    """The year of a quarter named without one: the latest that has begun, or, when that one is over and the
    clause speaks of what is to come, the next. The quarter just ended stays, whatever the tense: its results
    are what the weeks after it report and forecast ('will post third-quarter results', told in October)."""
    year = reference.year if date(reference.year, 3 * quarter - 2, 1) <= reference else reference.year - 1
    just_ended = previous_quarter(reference) == (year, quarter)
    if month_days(year, 3 * quarter)[1] < reference and not just_ended and told_future():
        return year + 1
    return year


def previous_quarter(reference: date, steps: int = 1) -> tuple[int, int]:
    index = reference.year * 4 + quarter_of(reference) - 1 - steps
    return index // 4, index % 4 + 1


def fiscal_year_of(reference: date, step: int) -> tuple[date, date]:
    """The fiscal year (April to March) the reference falls in, stepped on by whole years."""
    ends = reference.year + (1 if reference.month >= FISCAL_FIRST_MONTH else 0) + step
    return date(ends - 1, FISCAL_FIRST_MONTH, 1), date(ends, FISCAL_FIRST_MONTH, 1) - timedelta(days=1)
