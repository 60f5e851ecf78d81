"""The days seasons, centuries, holidays, weekends and spoken years name, near a reference date or in a stated year."""

from __future__ import annotations

from datetime import date, timedelta

import regex

from claimcheck.extract.day_ranges import DateSpan, add_months, month_days, part_of
from claimcheck.lang import LEXICON, Holiday

CENTURY_WORDS = {w: n for w, n in LEXICON.ordinals.items() if n <= 21}
_LEAN_DAYS = 120
ONES = {w: n for w, n in LEXICON.small_numbers.items() if 1 <= n <= 9}
TEENS = {w: n for w, n in LEXICON.small_numbers.items() if 10 <= n <= 19}


def weekend(start: int, end: int, reference: date, future: bool) -> DateSpan:
    """'the weekend': the Saturday and Sunday just past (or under way), or for what is to come the next ones."""
    if future:
        saturday = reference + timedelta(days=(5 - reference.weekday()) % 7)
    else:
        saturday = reference - timedelta(days=(reference.weekday() - 5) % 7)
    return DateSpan(start, end, saturday, saturday + timedelta(days=1), relative=True)


def year_end(start: int, end: int, reference: date, side: str) -> DateSpan:
    """'by year-end', 'around year end': the end of the reference year, a part of it (the whole year, its part
    'end'); 'since year end' counts from a day, the last of the year before."""
    if side == "last":
        closing = date(reference.year - 1, 12, 31)
        return DateSpan(start, end, closing, closing, relative=True)
    return DateSpan(start, end, date(reference.year, 1, 1), date(reference.year, 12, 31), relative=True, part="end")


def season_of(start: int, end: int, first_month: int, year: int, modifier: str | None) -> DateSpan:
    """A season of a year ('summer 2024'; winter is the one that begins in December of that year); 'early
    summer' is the whole season too, its part kept apart."""
    first = date(year, first_month, 1)
    last = add_months(first, 2)
    last = month_days(last.year, last.month)[1]
    word = (modifier or "").lower().split()[-1:] or [""]
    return DateSpan(start, end, first, last, part=part_of(word[0]))


def season_near(m: regex.Match[str], start: int, end: int, reference: date, future: bool) -> DateSpan:
    """'last summer', 'this winter', 'next spring', 'in the fall': the season nearest the reference on the
    side the words (or, for a bare season, the clause's tense) point to."""
    first_month = LEXICON.seasons[m["sname"].lower()]
    modifier = " ".join((m["smod"] or "").lower().split())
    candidates = [(year, date(year, first_month, 1)) for year in range(reference.year - 2, reference.year + 2)]
    begun = [year for year, first in candidates if first <= reference]
    if modifier in ("last", "this past"):
        ended = [year for year, first in candidates if add_months(first, 3) <= reference]
        year = ended[-1]
    elif modifier in ("next", "this coming", "the coming"):
        year = next(year for year, first in candidates if first > reference)
    elif modifier == "this":
        year = reference.year if first_month != 12 or reference.month == 12 else reference.year - 1
    elif future:
        ongoing = begun[-1] if add_months(date(begun[-1], first_month, 1), 3) > reference else None
        year = ongoing or next(year for year, first in candidates if first > reference)
    else:
        year = begun[-1]
    fuzzy = modifier if modifier in ("early", "late", "mid", "the early", "the late") else None
    return season_of(start, end, first_month, year, fuzzy)


def century(m: regex.Match[str], start: int, end: int, reference: date | None) -> DateSpan | None:
    """'the 20th century' is 1900-1999, as news counts it; 'this century' and 'last century' need a reference."""
    if m["cmod"]:
        if reference is None:
            return DateSpan(start, end, None, None, relative=True, unresolved="relative date and no publication date")
        step = {"this": 0, "the current": 0, "last": -1, "the last": -1, "the previous": -1, "next": 1, "the next": 1}
        first_year = (reference.year // 100 + step[" ".join(m["cmod"].lower().split())]) * 100
        return DateSpan(start, end, date(first_year, 1, 1), date(first_year + 99, 12, 31), relative=True)
    number = int(m["cn"]) if m["cn"] else CENTURY_WORDS[m["cw"].lower()]
    if not 1 <= number <= 21:
        return None
    first_year = max((number - 1) * 100, 1)
    return DateSpan(start, end, date(first_year, 1, 1), date((number - 1) * 100 + 99, 12, 31))


def holiday_key(written: str) -> str:
    return " ".join(written.replace("’", "'").split())


def holiday_day(rule: Holiday, year: int) -> date:
    if rule.day is not None:
        return date(year, rule.month, rule.day)
    assert rule.weekday is not None
    first, last = month_days(year, rule.month)
    if rule.nth > 0:
        day = first + timedelta(days=(rule.weekday - first.weekday()) % 7 + 7 * (rule.nth - 1))
    else:
        day = last - timedelta(days=(last.weekday() - rule.weekday) % 7)
    return day + timedelta(days=rule.shift)


def holiday_span(start: int, end: int, rule: Holiday, year: int, relative: bool) -> DateSpan:
    day = holiday_day(rule, year)
    return DateSpan(start, end, day, day, relative=relative)


def holiday_near(m: regex.Match[str], start: int, end: int, reference: date, future: bool) -> DateSpan:
    """'Thanksgiving', 'last Christmas': the occurrence the words point to, or the nearest one, moved to the
    side the clause's tense points to when it lies far on the other."""
    rule = LEXICON.holidays[holiday_key(m["hname"])]
    modifier = " ".join((m["hmod"] or "").lower().split())
    days = [holiday_day(rule, year) for year in range(reference.year - 1, reference.year + 2)]
    if modifier in ("last", "this past"):
        day = max(d for d in days if d < reference)
    elif modifier == "next":
        day = min(d for d in days if d > reference)
    elif modifier == "this":
        day = days[1]
    else:
        day = min(days, key=lambda d: abs((d - reference).days))
        if not future and (day - reference).days > _LEAN_DAYS:
            day = max(d for d in days if d <= reference)
        elif future and (reference - day).days > _LEAN_DAYS:
            day = min(d for d in days if d >= reference)
    return DateSpan(start, end, day, day, relative=True)


def spoken_year(m: regex.Match[str], start: int, end: int) -> DateSpan:
    """'nineteen ninety-six', 'the year two thousand', 'January nineteen ninety-seven', as transcripts write them."""
    if m["sphead"]:
        century = LEXICON.spoken_centuries[m["sphead"].lower()]
        words = (m["spteen"], m["sptens"], m["spones"], m["spoh"])
        tables = (TEENS, LEXICON.tens, ONES, ONES)
        year = century + sum(table[" ".join(w.lower().split())] for w, table in zip(words, tables, strict=True) if w)
    else:
        year = 2000 + (ONES[m["sp2k"].lower()] if m["sp2k"] else 0)
    if m["spmonth"]:
        first, last = month_days(year, LEXICON.months[m["spmonth"].lower()])
        return DateSpan(start, end, first, last)
    return DateSpan(start, end, date(year, 1, 1), date(year, 12, 31))
