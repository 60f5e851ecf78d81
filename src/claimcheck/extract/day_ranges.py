"""Day ranges: the calendar arithmetic that turns a date mention into its first and last day.

Months, fuzzy parts ('early April', 'mid-2025', 'the late 1990s'), weekdays and periods relative to a
reference date ('last week', 'earlier this year'); and the side of the reference a year-less date falls on.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from claimcheck.lang import LEXICON

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
    part: str | None = None


def part_of(fuzzy: str | None) -> str | None:
    """The part of a period a fuzzy word points to, or None for a bounded part ('the first half of') or none.

    >>> part_of("the middle of"), part_of("Late"), part_of("first half of")
    ('mid', 'late', None)
    """
    return LEXICON.part_words.get(" ".join((fuzzy or "").lower().replace("-", " ").split()))


# Where in its period a part begins, as a share of the period: 'the end of the year' is still to come in March.
_PART_BEGINS = {"early": 0.0, "earlier": 0.0, "mid": 1 / 3, "later": 0.5, "late": 2 / 3, "end": 3 / 4}


def part_begins(part: str | None, first: date, last: date) -> date:
    """The first day of the part of first..last a part word points to (the whole period's first day for none)."""
    return first + timedelta(days=int((last - first).days * _PART_BEGINS.get(part or "", 0.0)))


def relative_part(modifier: str) -> str | None:
    """The part 'earlier this', 'early next', 'the end of last' or 'mid-this' points to.

    >>> relative_part("earlier this"), relative_part("the end of last"), relative_part("last")
    ('earlier', 'end', None)
    """
    words = modifier.lower().replace("-", " ").split()
    if words[:1] == ["the"]:
        words = words[1:]
    return part_of(words[0]) if words else None


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
    """The years 'the 1990s' covers; 'the early', 'mid' or 'late 1990s' cover them all (the part is kept apart).
    'The 1800s' is a century; 'the 2000s' is read as the decade, as news mostly means it."""
    step = 10 if first_year % 100 == 0 and first_year != 2000 else 1
    return date(first_year, 1, 1), date(first_year + 10 * step - 1, 12, 31)


def fuzzy_month(fuzzy: str | None, year: int, month: int) -> tuple[date, date]:
    """The days 'the first week of', 'the second half of' or 'early', 'mid' and 'late' a month cover: a
    month's part is its third, as news and the project's gold read it ('early April' is April 1-10); the
    end of a month, or a part of a year, is vaguer and covers the whole period."""
    first, last = month_days(year, month)
    word = " ".join((fuzzy or "").lower().split())
    for ordinal, (lo, hi) in _ORDINAL_WEEK.items():
        if f"{ordinal} week" in word:
            return date(year, month, lo), date(year, month, min(hi, last.day))
    if "half" in word:
        return (first, date(year, month, 15)) if "first" in word else (date(year, month, 16), last)
    third = _MONTH_THIRDS.get(part_of(fuzzy) or "")
    if third is not None:
        return date(year, month, third[0]), date(year, month, min(third[1], last.day))
    return first, last


_MONTH_THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def fuzzy_year(fuzzy: str | None, year: int) -> tuple[date, date]:
    """The months 'the first half of' a year covers; 'early', 'mid', 'late' or 'the end of' covers it all."""
    word = " ".join((fuzzy or "").lower().split())
    if "first half" in word or "first two quarters" in word:
        return date(year, 1, 1), date(year, 6, 30)
    if "second half" in word or "last half" in word or "last two quarters" in word:
        return date(year, 7, 1), date(year, 12, 31)
    return date(year, 1, 1), date(year, 12, 31)


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
    return first, last


def add_months(day: date, months: int) -> date:
    """The same day of the month, months later (or earlier), clipped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
