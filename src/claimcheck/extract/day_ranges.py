"""Day ranges: the calendar arithmetic that turns a date mention into its first and last day.

Months, fuzzy parts ('early April', 'mid-2025', 'the late 1990s'), weekdays and periods relative to a
reference date ('last week', 'earlier this year'); and the side of the reference a year-less date falls on.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

_ORDINAL_WEEK = {"first": (1, 7), "second": (8, 14), "third": (15, 21), "fourth": (22, 28), "last": (22, 31)}
_TENSE_MARGIN_DAYS = 120
# A bare month is a whole month: told in the past, 'in December' is the last December once the nearest one
# begins more than a month ahead (told of what is to come, the next once the nearest ended a month ago);
# a day of the month needs the wider margin, as 'payable Dec. 7' in a past-tense sentence still lies ahead.
_MONTH_TENSE_MARGIN_DAYS = 30


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A date mention: where it stands and what it resolves to (or why it does not)."""

    start: int
    end: int
    first: date | None
    last: date | None
    relative: bool = False
    weekday: str | None = None
    unresolved: str | None = None
    year_given: bool = True


def month_days(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def closest_year(month: int, day: int | None, reference: date) -> int:
    """The year that puts a year-less date nearest the reference date."""
    best = reference.year
    best_gap = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        last_day = calendar.monthrange(year, month)[1]
        probe = date(year, month, min(day, last_day) if day else min(15, last_day))
        gap = abs((probe - reference).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def year_by_tense(month: int, day: int | None, reference: date, lean: Callable[[], str]) -> int:
    """The nearest year for a year-less date, moved to the side of the reference its clause's tense points
    to when the nearest lies more than four months on the other side ('in August', told in the past).
    `lean` gives the tense; it is asked only when the answer depends on it."""
    year = closest_year(month, day, reference)
    probe = date(year, month, min(day or 15, calendar.monthrange(year, month)[1]))
    gap = (probe - reference).days
    if day is None:
        first, last = month_days(year, month)
        gap = (first - reference).days if first > reference else min((last - reference).days, 0)
    if abs(gap) <= (_TENSE_MARGIN_DAYS if day else _MONTH_TENSE_MARGIN_DAYS):
        return year
    told = lean()
    if told == "past" and gap > 0:
        return year - 1
    if told == "future" and gap < 0:
        return year + 1
    return year


def fuzzy_decade(fuzzy: str | None, first_year: int) -> tuple[date, date]:
    """The years 'the early', 'mid' or 'late 1990s' cover: the first four, the middle four, the last four.
    'The 1800s' is a century; 'the 2000s' is read as the decade, as news mostly means it."""
    word = (fuzzy or "").lower()
    step = 10 if first_year % 100 == 0 and first_year != 2000 else 1
    lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(word, (0, 9))
    return date(first_year + lo * step, 1, 1), date(first_year + (hi + 1) * step - 1, 12, 31)


def fuzzy_month(fuzzy: str | None, year: int, month: int) -> tuple[date, date]:
    """The days 'early', 'mid', 'late' or 'the first week of' a month cover."""
    first, last = month_days(year, month)
    if not fuzzy:
        return first, last
    word = " ".join(fuzzy.lower().split())
    for ordinal, (lo, hi) in _ORDINAL_WEEK.items():
        if f"{ordinal} week" in word:
            return date(year, month, lo), date(year, month, min(hi, last.day))
    if word in ("early", "the beginning of", "beginning of", "the start of", "start of"):
        return first, date(year, month, 10)
    if word in ("mid", "the middle of", "middle of"):
        return date(year, month, 11), date(year, month, 20)
    if "half" in word:
        return (first, date(year, month, 15)) if "first" in word else (date(year, month, 16), last)
    return date(year, month, 21), last


def fuzzy_year(fuzzy: str | None, year: int) -> tuple[date, date]:
    """The months 'early', 'mid', 'late' or 'the first half of' a year cover."""
    word = " ".join((fuzzy or "").lower().split())
    if not word:
        return date(year, 1, 1), date(year, 12, 31)
    if word in ("early", "the beginning of", "beginning of", "the start of", "start of"):
        return date(year, 1, 1), date(year, 4, 30)
    if word in ("mid", "the middle of", "middle of"):
        return date(year, 5, 1), date(year, 8, 31)
    if "first half" in word or "first two quarters" in word:
        return date(year, 1, 1), date(year, 6, 30)
    if "second half" in word or "last half" in word or "last two quarters" in word:
        return date(year, 7, 1), date(year, 12, 31)
    if "end" in word:
        return date(year, 10, 1), date(year, 12, 31)
    return date(year, 9, 1), date(year, 12, 31)


def resolve_weekday(weekday: int, reference: date, direction: str) -> date:
    """The day a bare weekday names: the last one on or before the reference for past events, the next one
    after it for 'next Friday' ('future'), the one on or after it for events told as to come ('ahead': wire
    copy that says 'will meet Thursday' on a Thursday means that day), or the nearest one when the
    reference is only an inferred anchor."""
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if direction in ("future", "ahead"):
        return reference + timedelta(days=ahead or (7 if direction == "future" else 0))
    if direction == "last":
        return reference - timedelta(days=back or 7)
    if direction == "nearest":
        return reference - timedelta(days=back) if back <= 3 else reference + timedelta(days=7 - back)
    return reference - timedelta(days=back)


def year_of(value: str, century_from: int = 2000) -> int:
    """A two- or four-digit year as a full year."""
    number = int(value)
    return number if number >= 100 else century_from + number


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday of the week a day falls in."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def relative_period(modifier: str, unit: str, reference: date) -> tuple[date, date]:
    """'last week', 'this year', 'earlier this month', 'late last year' against the reference date."""
    mod = " ".join(modifier.lower().replace("-", " ").split())
    unit = unit.lower()
    shift = (
        -1
        if ("last" in mod or "past" in mod or "previous" in mod)
        else (1 if ("next" in mod or "coming" in mod) else 0)
    )
    if unit in ("week", "weekend", "fortnight"):
        if mod in ("the past", "the previous"):
            days = 14 if unit == "fortnight" else 7
            return reference - timedelta(days=days), reference
        first, last = week_of(reference + timedelta(days=7 * shift))
        if unit == "weekend":
            return first + timedelta(days=5), last
        return first, last
    if unit == "month":
        month_index = reference.year * 12 + reference.month - 1 + shift
        year, month = divmod(month_index, 12)
        first, last = month_days(year, month + 1)
        if mod in ("the past", "the previous"):
            return reference - timedelta(days=31), reference
    else:
        year = reference.year + shift
        first, last = date(year, 1, 1), date(year, 12, 31)
        if mod in ("the past", "the previous"):
            return reference - timedelta(days=366), reference
        fuzzy = "early" if "early" in mod else "mid" if "mid" in mod else "late" if "late" in mod else None
        fuzzy = "end" if "end" in mod else fuzzy
        if fuzzy:
            first, last = fuzzy_year(fuzzy, year)
    if mod.startswith("earlier this"):
        return first, reference
    if mod.startswith("later this"):
        return reference, last
    return first, last


def add_months(day: date, months: int) -> date:
    """The same day of the month, months later (or earlier), clipped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
