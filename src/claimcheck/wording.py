"""A claim in words for people and reports: its value as a journalist reads it, its exact interval, where it stands."""

from __future__ import annotations

import calendar
import sys
from datetime import date, timedelta
from functools import cache

from claimcheck.lang import LEXICON, UnitRecord, read_table
from claimcheck.models import Claim, ClaimKind, Location, sharing_fields_set

_WORDS = read_table("wording")
_BOUNDS: dict[str, str] = _WORDS["bounds"]
_UNIT_SYMBOLS: dict[str, str] = _WORDS["unit_symbols"]
_CURRENCY_SIGNS: dict[str, str] = _WORDS["currency_signs"]
_SCALES: list[tuple[str, float]] = sorted(_WORDS["scales"].items(), key=lambda item: -item[1])
_INDIAN_SCALES: list[tuple[str, float]] = sorted(_WORDS["indian_scales"].items(), key=lambda item: -item[1])
# The forms of lakh and crore ('cr', 'lakh'), not 'trillion', whose value a lakh crore shares.
_INDIAN_VALUES = frozenset(_WORDS["indian_scales"].values()) - frozenset(_WORDS["scales"].values())
_INDIAN_WORDS = frozenset(
    form for form, value in {**LEXICON.scales, **LEXICON.short_scales}.items() if value in _INDIAN_VALUES
)
_PHRASES = _WORDS["phrases"]
_MONTH_NAMES = {number: max((f for f, n in LEXICON.months.items() if n == number), key=len) for number in range(1, 13)}
_CURRENCIES = frozenset(LEXICON.currency_codes)


def describe(claim: Claim) -> str:
    """A claim's exact value: '[91.5, 92.5] percent', '2025-06-05', '16:30 +05:30' (the --verbose notation)."""
    if claim.kind is ClaimKind.DATE:
        if claim.date_start is None:
            return f"unresolved ({claim.unresolved})"
        if claim.date_start == claim.date_end:
            return claim.date_start.isoformat()
        return f"{claim.date_start.isoformat()}..{claim.date_end.isoformat() if claim.date_end else ''}"
    if claim.kind is ClaimKind.TIME:
        return f"{claim.time} {claim.utc_offset or 'local'}"
    stated = _stated(claim)
    noun = f" {claim.noun}" if claim.noun else ""
    interval = claim.normalized
    if interval is None:
        return stated + noun
    low = "-inf" if interval.low is None else f"{interval.low:g}"
    high = "inf" if interval.high is None else f"{interval.high:g}"
    brackets = ("[" if interval.low_closed else "(") + f"{low}, {high}" + ("]" if interval.high_closed else ")")
    return f"{stated}{noun} = {brackets} {interval.unit}"


def _stated(claim: Claim) -> str:
    unit = "" if claim.unit in (None, "count", "dimensionless") else f" {claim.unit}"
    symbol = {"gt": ">", "ge": ">=", "lt": "<", "le": "<=", "approx": "~", "exact": "", "range": ""}
    bound = symbol.get(str(claim.bound), "")
    if claim.low is not None and claim.high is not None and claim.low != claim.high:
        return f"{claim.low:g}-{claim.high:g}{unit}"
    value = claim.low if claim.low is not None else claim.high
    return f"{bound}{value:g}{unit}" if value is not None else "?"


def reading(claim: Claim) -> str:
    """A claim's value as a journalist reads it: '6 months', 'more than 60%', 'Rs 50 crore', 'June 5, 2025'."""
    if claim.kind is ClaimKind.DATE:
        if claim.date_start is None:
            return _unresolved(claim)
        dates = read_dates(claim.date_start, claim.date_end)
        narrowed = claim.date_start.day != 1 or claim.date_end is None or (claim.date_end + timedelta(days=1)).day != 1
        return f"{dates} ({claim.part})" if claim.part and not narrowed else dates  # 'the end of 2025': '2025 (end)'
    if claim.kind is ClaimKind.TIME:
        return f"{claim.time} UTC{claim.utc_offset}" if claim.utc_offset else str(claim.time)
    if claim.low is None and claim.high is None:
        return " ".join(claim.text.split())
    bound = _BOUNDS.get(str(claim.bound), "")
    if claim.low is not None and claim.high is not None and claim.low != claim.high:
        amount = _amount(claim, claim.low, claim.high)
    else:
        value = claim.low if claim.low is not None else claim.high
        assert value is not None
        amount = _amount(claim, value, None)
    return f"{bound} {amount}" if bound else amount


def in_full(claim: Claim) -> str:
    """Both readings, for `extract --format text`: '92%  (92 percent = [91.5, 92.5] percent)'."""
    return f"{reading(claim)}  ({describe(claim)})"


def _unresolved(claim: Claim) -> str:
    return f"{_PHRASES['unresolved']} ({claim.unresolved})" if claim.unresolved else str(_PHRASES["unresolved"])


def read_dates(start: date, end: date | None) -> str:
    """A day, month, year or span as people write it: 'June 5, 2025', '2025-01', '2025', 'April 1–10, 2025'."""
    end = end or start
    if start == end:
        return f"{_MONTH_NAMES[start.month].title()} {start.day}, {start.year}"
    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    if whole_months and (start.month, end.month, start.year) == (1, 12, end.year):
        return str(start.year)
    if whole_months:
        first, last = f"{start.year}-{start.month:02d}", f"{end.year}-{end.month:02d}"
        return first if first == last else f"{first} – {last}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{_MONTH_NAMES[start.month].title()} {start.day}–{end.day}, {start.year}"
    return f"{read_dates(start, start)} – {read_dates(end, end)}"


def _amount(claim: Claim, low: float, high: float | None) -> str:
    """The number or range with its unit, currency or counted noun."""
    unit = claim.unit or "count"
    if unit in _CURRENCIES:
        return _money(claim.text, unit, low, high)
    if claim.subtype == "ordinal" or claim.kind is ClaimKind.RANK:
        return ordinal(low) if high is None else f"{ordinal(low)}–{ordinal(high)}"
    numbers = figure(low) if high is None else f"{figure(low)}–{figure(high)}"
    last = high if high is not None else low
    if claim.subtype == "multiplier":
        return f"{numbers}×"
    if claim.subtype == "age":
        return str(_PHRASES["age"]).format(years=numbers)
    if unit in _UNIT_SYMBOLS:
        return numbers + _UNIT_SYMBOLS[unit]
    if unit in ("count", "dimensionless"):
        return f"{numbers} {plural_noun(claim.noun, last)}" if claim.noun else numbers
    singular, plural = unit_words(unit)
    return f"{numbers} {singular if last == 1 else plural}"


def _money(text: str, code: str, low: float, high: float | None) -> str:
    words = {word.strip(".,").lower() for word in text.split()}
    scales = _INDIAN_SCALES if code == "INR" and words & _INDIAN_WORDS else _SCALES
    numbers = figure(low, scales) if high is None else f"{figure(low, scales)}–{figure(high, scales)}"
    sign = _CURRENCY_SIGNS.get(code)
    return f"{sign}{numbers}" if sign else f"{numbers} {code}"


def figure(value: float, scales: list[tuple[str, float]] = _SCALES) -> str:
    """A number as a newspaper prints it: '1,500', '4.5 billion', '450 crore', '0.25'."""
    for word, size in scales:
        if abs(value) >= size:
            return f"{_digits(value / size)} {word}"
    return _digits(value)


def _digits(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def ordinal(value: float) -> str:
    """'1st', '2nd', '5th', '11th'."""
    number = int(value)
    suffixes = _PHRASES["ordinal_suffixes"]
    suffix = suffixes[0] if 10 <= number % 100 <= 20 or number % 10 > 3 else suffixes[number % 10]
    return f"{number}{suffix}"


def plural_noun(noun: str | None, count: float) -> str:
    """A counted noun in the number the count needs: 'person' -> 'people', 'application' -> 'applications'."""
    if not noun or count == 1:
        return noun or ""
    irregular = {singular: plural for plural, singular in LEXICON.irregular_plurals.items()}
    if noun in irregular:
        return irregular[noun]
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + "s"


@cache
def unit_words(pint_name: str) -> tuple[str, str]:
    """A unit's singular and plural words, taken from the unit table: ('month', 'months'), ('tonne', 'tonnes')."""
    record = next((r for r in LEXICON.units if r.pint == pint_name), None)
    if record is None:
        name = pint_name.replace("_", " ")
        return name, name + "s"
    return _pair(record)


def _pair(record: UnitRecord) -> tuple[str, str]:
    words = [w for w in record.words if w.isalpha() or " " in w]
    for word in words:
        for plural in (word + "s", word + "es", word[:-1] + "ies"):
            if plural in words:
                return word, plural
    first = words[0] if words else (record.symbols[0] if record.symbols else record.pint)
    return first, first


def location(claim: Claim, value: str = "") -> Location:
    """Where a claim stands, for a finding or group: its value in words, exactly, and its sentence. The two
    values are interned: a large report's Locations repeat a few thousand of them (a string is let go when
    no Location holds it any more)."""
    where = Location(
        doc=claim.doc,
        start=claim.start,
        end=claim.end,
        text=claim.text,
        line=claim.line,
        col=claim.col,
        value=sys.intern(value or reading(claim)),
        exact=sys.intern(describe(claim)),
        sentence=claim.context.sentence,
    )
    return sharing_fields_set(where)
