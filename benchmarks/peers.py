"""Measure claimcheck against the peer test suites in ../shared/corpora (quantulum3, Recognizers-Text English).

Run: ``.venv/bin/python benchmarks/peers.py [--corpora DIR] [--failures DIR] [--only NAME]``.

How a case is scored (the same rules for every file of a family; see ``SCORING`` for the printed summary):

* A case passes when every expected item is matched by a claimcheck claim whose span overlaps the item's span
  and whose value agrees; a case that expects nothing passes when claimcheck returns no claim of the family's
  kind (plain numbers for NumberModel, percentages for PercentModel, dates for DateParser, ...).
* Numbers agree when equal within 1e-6 relative (the stated number, either end of a stated range, or the stated
  value converted to the expected unit). Ranges agree by their ends, with an open side matching an open side.
* Units agree when claimcheck's unit converts to the expected one in claimcheck's pint registry; when the
  registry does not know the expected unit the unit is not checked. Currencies agree by ISO code (a bare
  "Dollar" accepts any dollar code, a bare "Pound" any pound code; cents and pence are scaled by 1/100).
* Dates agree when claimcheck's resolved range [date_start, date_end] contains the expected day or range and is
  at most half as long again plus a day (so "March 2016" does not pass for "March 5, 2016", nor "this month" for
  "from 4 to 22 this month"); an offset expression ("a month ago") may be a wider window around the day.
  Recognizers' range ends are exclusive, and either its future or its past resolution may be met. Clock times
  agree on HH:MM (needed only where the text writes a clock time). Durations agree in seconds, with Recognizers'
  conventions (a month is 30 days, a year 365; "a few minutes", resolved to 3, passes as a range containing 3).
  The case's Context.ReferenceDateTime is the publication date (2016-11-07 when a case has none).
* Inputs written wholly in lower case (Recognizers lower-cases many) get month and weekday names capitalised
  first, as news prose writes them; offsets do not change.
* quantulum3 averages ranges ("3 to 4 L" is 3.5 L with uncertainty 0.5): such items are scored by their ends.
  Its "dimensionless" years (1979) also pass as a date claim for that whole year, and a plain fraction as the
  same value in percent ("two thirds" as 66.7%).

Skipped, and counted apart from the scored cases: cases marked NotSupported/NotSupportedByDesign for python
(their pass share is still measured and shown in the "NS-python" column), and items plainly outside claimcheck's
scope (listed in ``OUT_OF_SCOPE``); a case whose every item is out of scope is skipped.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import claimcheck
from claimcheck import Claim, ClaimKind
from claimcheck.extract.units import UREG

DEFAULT_CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
DEFAULT_REFERENCE = date(2016, 11, 7)
REL_TOL = 1e-6

OUT_OF_SCOPE = {
    "ordinal.relative": "relative ordinals ('last', 'next to last', 'previous') are positions, not numbers",
    "power": "powers of arbitrary bases ('2.5^-1') are maths, not news prose (1.3e6 and 1.3x10^6 are scored)",
    "inverted percent": "'per cent of 210' read as 210% is not an English reading",
    "no value": "a unit name with no number ('... to fahrenheit') states no quantity",
    "set": "recurrences ('every week', 'daily') are not dated claims",
    "datetimealt": "calendar alternatives (ComplexCalendar) are not dated claims",
    "timezone": "a bare time zone states no time",
    "holiday": "named holidays ('last easter', 'christmas eve'), out of scope per the corpora README",
    "present": "'now', 'at present' point at the reference moment and state no date",
    "day part": "a bare part of day ('in the morning') has no date and no clock time",
}

SCORING = (
    "passed = every expected item is overlapped by a claim of agreeing value (numbers within 1e-6, ranges by their "
    "ends, units convertible, currencies by ISO code, dates contained in a range at most 1.5x as long, times on "
    "HH:MM, durations in seconds); a case expecting nothing passes when no claim of the family's kind is found."
)

DOLLAR_CODES = frozenset(
    "USD CAD AUD NZD HKD SGD TWD JMD BSD BBD BZD BMD FJD GYD LRD SBD SRD TTD XCD KYD BND NAD ZWD".split()
)
POUND_CODES = frozenset("GBP EGP SYP SSP FKP GIP SHP LBP".split())
CURRENCY_NAMES: dict[str, frozenset[str]] = {
    "dollar": DOLLAR_CODES,
    "pound": POUND_CODES,
    "pound sterling": frozenset({"GBP"}),
    "british pound": frozenset({"GBP"}),
    "euro": frozenset({"EUR"}),
    "yen": frozenset({"JPY"}),
    "japanese yen": frozenset({"JPY"}),
    "franc": frozenset({"CHF", "FRF", "BEF", "XOF", "XAF"}),
    "rupee": frozenset({"INR", "LKR", "PKR", "NPR", "MUR", "SCR"}),
    "peseta": frozenset({"ESP"}),
    "finnish markka": frozenset({"FIM"}),
    "netherlands guilder": frozenset({"NLG"}),
    "bitcoin": frozenset({"BTC", "XBT"}),
}
# Sub-units: (factor to the main unit, the main unit's codes; None means any currency).
CURRENCY_SUBUNITS: dict[str, tuple[float, frozenset[str] | None]] = {
    "cent": (0.01, None),
    "pence": (0.01, frozenset({"GBP"})),
    "penny": (0.01, frozenset({"GBP"})),
    "dime": (0.1, frozenset({"USD"})),
    "sen": (0.01, frozenset({"JPY", "MYR", "IDR"})),
    "satoshi": (1e-8, frozenset({"BTC", "XBT"})),
}
PLAIN_MULTIPLES = {"dozen": 12.0, "gross": 144.0, "baker's dozen": 13.0}
PLAIN_UNITS = (None, "count", "dimensionless")
TEMPERATURE_UNITS = {"c": "degC", "f": "degF", "k": "kelvin"}
CALENDAR_SECONDS = {"month": 30 * 86400.0, "year": 365 * 86400.0, "decade": 3650 * 86400.0, "century": 36500 * 86400.0}
DAY_PART_TIMEX = re.compile(r"T(MO|AF|EV|NI|DT|MI)\b")
CLOCK_TIMEX = re.compile(r"T\d")
CLOCK_WORDS = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"half|quarter|noon|midday|midnight|o'?clock)\b",
    re.IGNORECASE,
)
CALENDAR_WORDS = re.compile(
    r"\b(january|february|march|april|june|july|august|september|october|november|december|"
    r"jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|may(?=\s*(\d|the\b|\d{4}))|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|thurs?|fri|sat|sun)\b"
)
HOLIDAYS = re.compile(
    r"christmas|xmas|easter|halloween|thanks ?giving|new year|independence day|valentine|mother'?s day|"
    r"father'?s day|labou?r day|memorial day|martin luther|mlk|columbus day|veterans day|presidents'? day|"
    r"yuandan|boxing day|good friday|patrick'?s|juneteenth|ramadan|eid al|black friday|cyber monday|earth day",
    re.IGNORECASE,
)
OFFSET_WORDS = re.compile(r"\b(ago|from now|later|earlier|hence)\b", re.IGNORECASE)
VAGUE_WORDS = re.compile(r"\b(few|several|some|couple|many)\b", re.IGNORECASE)
TEN_POWER = re.compile(r"[x×*]\s*10\s*\^")
INVERTED_PERCENT = re.compile(r"^\s*per\s*cents?\s+of\b", re.IGNORECASE)


# ---------------------------------------------------------------- data


@dataclass(frozen=True)
class Expected:
    """One item a case expects: its span (end exclusive), how to show it, and the test a claim must pass."""

    start: int
    end: int
    text: str
    shown: str
    accepts: Callable[[list[Claim]], bool]

    def overlapping(self, claims: Iterable[Claim]) -> list[Claim]:
        """The claims whose spans overlap this item's span."""
        return [c for c in claims if c.start < self.end and self.start < c.end]


@dataclass
class Case:
    """One input text of a suite, with what it expects and whether it is scored."""

    index: int
    text: str
    expected: list[Expected]
    relevant: Callable[[Claim], bool]
    published: date = DEFAULT_REFERENCE
    unsupported: bool = False
    out_of_scope: str | None = None


@dataclass
class Outcome:
    """What claimcheck did on one case."""

    case: Case
    passed: bool
    claims: list[Claim]
    missed: list[Expected]
    extra: list[Claim]
    error: str | None = None


@dataclass
class FileScore:
    """The pass share of one suite file, with the skipped cases counted apart."""

    name: str
    cases: int = 0
    out_of_scope: int = 0
    scored: int = 0
    passed: int = 0
    ns_scored: int = 0
    ns_passed: int = 0
    extra: int = 0
    crashes: int = 0
    failures: list[Outcome] = field(default_factory=list)
    ns_failures: list[Outcome] = field(default_factory=list)

    @property
    def share(self) -> float:
        """Passed cases over scored cases (NotSupported and out-of-scope cases excluded)."""
        return self.passed / self.scored if self.scored else math.nan

    @property
    def ns_share(self) -> float:
        """The pass share over the cases marked NotSupported for python."""
        return self.ns_passed / self.ns_scored if self.ns_scored else math.nan


@dataclass(frozen=True)
class Suite:
    """A peer file and the loader that turns it into cases."""

    name: str
    path: str
    load: Callable[[Path], list[Case]]


# ---------------------------------------------------------------- value tests


def close(a: float | None, b: float | None) -> bool:
    """True when two numbers agree within REL_TOL relative (both None also agree)."""
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


def stated(claim: Claim) -> list[float]:
    """The numbers a claim states: its value, or both ends of a range."""
    return [v for v in (claim.low, claim.high) if v is not None]


def as_fraction(claim: Claim) -> list[float]:
    """The numbers a plain-number or percent claim states, as plain numbers ('two thirds' = 66.7% = 0.667)."""
    if is_plain(claim):
        return stated(claim)
    if is_number(claim) and claim.unit == "percent":
        return [v / 100 for v in stated(claim)]
    return []


def is_number(claim: Claim) -> bool:
    """True for claims that carry a stated number (quantities, durations, ranks)."""
    return claim.kind in (ClaimKind.QUANTITY, ClaimKind.DURATION, ClaimKind.RANK)


def is_plain(claim: Claim) -> bool:
    """True for a number without a measuring unit: a bare number or a count of things."""
    return is_number(claim) and claim.unit in PLAIN_UNITS


def is_currency(claim: Claim) -> bool:
    """True for money claims (claimcheck's currency units are ISO codes)."""
    unit = claim.unit or ""
    return len(unit) == 3 and unit.isalpha() and unit.isupper()


def is_year(claim: Claim, value: float) -> bool:
    """True when a date claim is exactly the calendar year `value` (a year read as a number)."""
    if claim.kind is not ClaimKind.DATE or claim.date_start is None or claim.date_end is None:
        return False
    return value == int(value) and claim.date_start == date(int(value), 1, 1) and claim.date_end.year == int(value)


def pint_units(expr: str) -> Any | None:
    """The units of a pint expression in claimcheck's registry, or None when it is unknown."""
    try:
        return UREG.parse_units(expr)
    except Exception:  # pint raises several unrelated types for unknown or malformed units
        return None


def in_unit(value: float, unit: str | None, target: str) -> float | None:
    """`value` in `unit` converted to `target`, or None when the units do not convert."""
    if unit is None or unit in ("count",):
        return None
    try:
        return float(UREG.Quantity(value, unit).to(target).magnitude)
    except Exception:  # DimensionalityError, UndefinedUnitError, OffsetUnitCalculusError
        return None


def same_dimension(unit: str | None, target: str) -> bool:
    """True when claimcheck's `unit` converts to `target`; dimensionless units must be the same unit."""
    mine, theirs = pint_units(unit) if unit else None, pint_units(target)
    if mine is None or theirs is None:
        return False
    if theirs.dimensionless:
        return bool(mine == theirs)
    return bool(mine.dimensionality == theirs.dimensionality)


def unit_value_ok(claim: Claim, value: float, unit: str) -> bool:
    """True when the claim states `value` `unit`: same number and convertible unit, or equal after conversion."""
    if not is_number(claim) or not same_dimension(claim.unit, unit):
        return False
    if any(close(v, value) for v in stated(claim)):
        return True
    return any(close(in_unit(v, claim.unit, unit), value) for v in stated(claim))


def ends_ok(claim: Claim, low: float | None, high: float | None) -> bool:
    """True when a claim's stated ends are the expected ends (in either order; None is an open side)."""
    if not is_number(claim):
        return False
    if low is not None and high is not None and low > high:
        low, high = high, low
    mine = (claim.low, claim.high)
    if mine[0] is not None and mine[1] is not None and mine[0] > mine[1]:
        mine = (mine[1], mine[0])
    return close(mine[0], low) and close(mine[1], high)


def any_claim(test: Callable[[Claim], bool]) -> Callable[[list[Claim]], bool]:
    """An item test met by any one overlapping claim that passes `test`."""
    return lambda claims: any(test(c) for c in claims)


# ---------------------------------------------------------------- dates and times


def days_ok(claim: Claim, first: date | None, last: date | None) -> bool:
    """True when a date claim contains [first, last] and is at most half as long again, plus a day.

    One-sided expectations (first or last None) only test the side given.
    """
    if claim.kind is not ClaimKind.DATE or claim.date_start is None or claim.date_end is None:
        return False
    if first is None or last is None:
        return (first is not None and claim.date_start == first) or (
            last is not None and claim.date_end in (last, last + timedelta(days=1))
        )
    if not (claim.date_start <= first and claim.date_end >= last):
        return False
    if claim.relative and OFFSET_WORDS.search(claim.text):
        return True  # 'a month ago' is a window around the day on purpose
    return (claim.date_end - claim.date_start).days + 1 <= 1.5 * ((last - first).days + 1) + 1


def parse_day(value: str | None) -> date | None:
    """The date of an ISO 'YYYY-MM-DD[ HH:MM:SS]' string, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def exclusive_end(first: date | None, end: date | None) -> date | None:
    """The last day of a range whose end is exclusive (Recognizers' convention), never before the first day."""
    if end is None:
        return None
    if first is not None and end > first:
        return end - timedelta(days=1)
    return end


def clock(value: str | None) -> str | None:
    """'HH:MM' from 'HH:MM[:SS]' or 'YYYY-MM-DD HH:MM:SS'."""
    if not value:
        return None
    match = re.search(r"(\d{2}):(\d{2})(?::\d{2})?$", value)
    return f"{match[1]}:{match[2]}" if match else None


def time_ok(claim: Claim, hhmm: str) -> bool:
    """True when a time claim states the clock time HH:MM."""
    return claim.kind is ClaimKind.TIME and claim.time == hhmm


def claim_seconds(claim: Claim) -> list[float]:
    """A duration claim's stated numbers in seconds (months of 30 days, years of 365, as Recognizers counts)."""
    if not is_number(claim) or claim.unit is None:
        return []
    unit = "decade" if claim.unit == "decade_of_years" else claim.unit
    if unit in CALENDAR_SECONDS:
        return [v * CALENDAR_SECONDS[unit] for v in stated(claim)]
    converted = [in_unit(v, unit, "second") for v in stated(claim)]
    return [v for v in converted if v is not None]


def seconds_ok(claims: list[Claim], seconds: float, vague: bool = False) -> bool:
    """True when one overlapping claim, or the sum of all overlapping durations, is `seconds` long.

    With `vague` ('a few minutes', which Recognizers resolves to 3), a stated range containing it also passes.
    """
    if any(close(s, seconds) for c in claims for s in claim_seconds(c)):
        return True
    if vague and any(len(s) == 2 and s[0] <= seconds <= s[1] for s in map(claim_seconds, claims)):
        return True
    durations = [claim_seconds(c) for c in claims if c.kind is ClaimKind.DURATION]
    total = sum(s[0] for s in durations if s)
    return len(durations) > 1 and close(total, seconds)


@dataclass(frozen=True)
class When:
    """One resolution alternative of a date/time item: the days it covers and the clock times it states."""

    first: date | None = None
    last: date | None = None
    times: tuple[str, ...] = ()
    seconds: float | None = None
    vague: bool = False

    def met_by(self, claims: list[Claim]) -> bool:
        """True when the overlapping claims state these days, times and duration."""
        if self.seconds is not None:
            return seconds_ok(claims, self.seconds, self.vague)
        if (self.first or self.last) and not any(days_ok(c, self.first, self.last) for c in claims):
            return False
        return all(any(time_ok(c, t) for c in claims) for t in self.times)

    def __str__(self) -> str:
        if self.seconds is not None:
            return f"{self.seconds:g} s"
        days = "" if self.first is None and self.last is None else f"{self.first or '…'}..{self.last or '…'}"
        if self.first is not None and self.first == self.last:
            days = self.first.isoformat()
        return " ".join(p for p in (days, *self.times) if p) or "(any)"


def when_item(start: int, end: int, text: str, kind: str, alternatives: Sequence[When]) -> Expected:
    """An item met when the overlapping claims satisfy any resolution alternative (or, with none, any claim)."""
    kinds = {"date": ClaimKind.DATE, "time": ClaimKind.TIME, "duration": ClaimKind.DURATION}

    alternatives = [a for a in alternatives if a != When()]

    def accepts(claims: list[Claim]) -> bool:
        if not alternatives:
            return any(c.kind is kinds.get(kind, ClaimKind.DATE) for c in claims)
        return any(alt.met_by(claims) for alt in alternatives)

    shown = f"{kind} " + (" | ".join(dict.fromkeys(str(a) for a in alternatives)) or "(span only)")
    return Expected(start, end, text, shown, accepts)


# ---------------------------------------------------------------- Recognizers-Text common


def read_json(path: Path) -> list[dict[str, Any]]:
    """A suite file (some carry a UTF-8 byte-order mark)."""
    data: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8-sig"))
    return data


def unsupported(raw: dict[str, Any]) -> bool:
    """True when a Recognizers case is marked NotSupported (or NotSupportedByDesign) for python."""
    marks = f"{raw.get('NotSupported', '')},{raw.get('NotSupportedByDesign', '')}"
    return "python" in {m.strip().lower() for m in marks.split(",")}


def reference(raw: dict[str, Any]) -> date:
    """A case's Context.ReferenceDateTime as a date (the publication date claimcheck anchors to)."""
    value = (raw.get("Context") or {}).get("ReferenceDateTime")
    return datetime.fromisoformat(value).date() if value else DEFAULT_REFERENCE


def span(raw: dict[str, Any], result: dict[str, Any]) -> tuple[int, int]:
    """A result's span as [start, end): 'End' is inclusive, older files give 'Length'."""
    start = int(result["Start"])
    if "Length" in result:
        return start, start + int(result["Length"])
    return start, int(result["End"]) + 1


def recognizers_cases(
    path: Path,
    relevant: Callable[[Claim], bool],
    item: Callable[[dict[str, Any], dict[str, Any]], Expected | str],
) -> list[Case]:
    """Cases of a Recognizers file; `item` turns a result into an Expected, or a key of OUT_OF_SCOPE."""
    cases = []
    for index, raw in enumerate(read_json(path)):
        items: list[Expected] = []
        skipped: list[str] = []
        for result in raw.get("Results", []):
            made = item(raw, result)
            if isinstance(made, str):
                skipped.append(made)
            else:
                items.append(made)
        case = Case(index, truecase(raw["Input"]), items, relevant, reference(raw), unsupported(raw))
        if skipped and not items:
            case.out_of_scope = str(skipped[0])
        cases.append(case)
    return cases


def truecase(text: str) -> str:
    """An all-lower-case input with month and weekday names capitalised, as news prose writes them.

    Recognizers lower-cases many inputs; claimcheck reads 'may' and 'march' as dates only when capitalised.
    The length does not change, so the expected offsets still hold.
    """
    if text != text.lower():
        return text
    return CALENDAR_WORDS.sub(lambda m: m.group()[0].upper() + m.group()[1:], text)


def numeric(value: Any) -> float | None:
    """A resolution value as a float ('100%' and '1,5' tolerated), or None when there is none."""
    if value is None or value == "":
        return None
    text = str(value).replace("%", "").replace(",", "").strip()
    try:
        return float(text)
    except ValueError:
        return None


# ---------------------------------------------------------------- Recognizers Number family


def number_item(raw: dict[str, Any], result: dict[str, Any]) -> Expected | str:
    """NumberModel: a claim states the number (any unit), or a date claim is that year."""
    resolution = result["Resolution"]
    if resolution.get("subtype") == "power" and "^" in result["Text"] and not TEN_POWER.search(result["Text"]):
        return "power"
    value = numeric(resolution.get("value"))
    if value is None:
        return "no value"
    start, end = span(raw, result)
    test = any_claim(lambda c: any(close(v, value) for v in stated(c) + as_fraction(c)) or is_year(c, value))
    return Expected(start, end, result["Text"], f"number {value:g}", test)


def percent_item(raw: dict[str, Any], result: dict[str, Any]) -> Expected | str:
    """PercentModel: a claim in percent states the number ('per cent of 210' for 210% is out of scope)."""
    value = numeric(result["Resolution"].get("value"))
    if value is None:
        return "no value"
    if INVERTED_PERCENT.match(result["Text"]):
        return "inverted percent"
    start, end = span(raw, result)
    test = any_claim(lambda c: c.unit == "percent" and any(close(v, value) for v in stated(c)))
    return Expected(start, end, result["Text"], f"{value:g} percent", test)


def parse_interval(text: str) -> tuple[float | None, float | None]:
    """Recognizers' '[10,15)', '(30,)', '(,500]' as (low, high) with None for an open side."""
    low, _, high = text.strip()[1:-1].partition(",")
    return numeric(low), numeric(high)


def range_item(raw: dict[str, Any], result: dict[str, Any]) -> Expected | str:
    """NumberRangeModel: a claim's ends are the interval's ends (open sides open; brackets not compared)."""
    low, high = parse_interval(str(result["Resolution"]["value"]))
    start, end = span(raw, result)
    if low is not None and close(low, high):
        test = any_claim(lambda c: is_number(c) and c.low is not None and close(c.low, low) and c.high in (None, low))
    else:
        test = any_claim(lambda c: ends_ok(c, low, high))
    return Expected(start, end, result["Text"], f"range {result['Resolution']['value']}", test)


def ordinal_item(raw: dict[str, Any], result: dict[str, Any]) -> Expected | str:
    """OrdinalModel: a rank claim states the position (relative ordinals are out of scope)."""
    if result["TypeName"] == "ordinal.relative":
        return "ordinal.relative"
    value = numeric(result["Resolution"].get("value"))
    if value is None:
        return "no value"
    start, end = span(raw, result)
    test = any_claim(lambda c: c.kind is ClaimKind.RANK and any(close(v, value) for v in stated(c)))
    return Expected(start, end, result["Text"], f"ordinal {value:g}", test)


def is_range_claim(claim: Claim) -> bool:
    """True for number claims with an open or two-ended bound."""
    return is_number(claim) and str(claim.bound) in ("range", "gt", "ge", "lt", "le")


# ---------------------------------------------------------------- Recognizers NumberWithUnit family


def currency_test(value: float, name: str, iso: str | None) -> Callable[[Claim], bool]:
    """A claim test for `value` of the named currency (ISO code when given, sub-units scaled)."""
    key = name.lower()
    if key.endswith("s") and key[:-1] in CURRENCY_SUBUNITS:
        key = key[:-1]
    if key in CURRENCY_SUBUNITS:
        factor, codes = CURRENCY_SUBUNITS[key]
        scaled = value * factor
        return lambda c: (
            is_currency(c) and (codes is None or c.unit in codes) and any(close(v, scaled) for v in stated(c))
        )
    wanted = frozenset({iso}) if iso else CURRENCY_NAMES.get(key, frozenset())
    return lambda c: is_currency(c) and (not wanted or c.unit in wanted) and any(close(v, value) for v in stated(c))


def currency_item(raw: dict[str, Any], result: dict[str, Any]) -> Expected | str:
    """CurrencyModel: a money claim of that currency states the amount."""
    resolution = result["Resolution"]
    value = numeric(resolution.get("value"))
    if value is None:
        return "no value"
    start, end = span(raw, result)
    unit, iso = str(resolution.get("unit", "")), resolution.get("isoCurrency")
    shown = f"{value:g} {iso or unit}"
    return Expected(start, end, result["Text"], shown, any_claim(currency_test(value, unit, iso)))


def recognizers_unit(name: str) -> str:
    """A Recognizers unit name ('Square meter', 'Kilometer per hour') as a pint expression."""
    words = name.lower().replace("metric ton", "metric_ton").split()
    out: list[str] = []
    power = ""
    for word in words:
        if word in ("square", "cubic"):
            power = "**2" if word == "square" else "**3"
        elif word == "per":
            out.append("/")
        else:
            out.append(word + power)
            power = ""
    return " ".join(out).replace(" / ", "/")


def unit_item(raw: dict[str, Any], result: dict[str, Any]) -> Expected | str:
    """DimensionModel and AgeModel: the stated value in a unit convertible to the expected one."""
    resolution = result["Resolution"]
    value = numeric(resolution.get("value"))
    if value is None:
        return "no value"
    start, end = span(raw, result)
    name = str(resolution.get("unit", ""))
    unit = "year" if name == "Age" else recognizers_unit(name)
    return Expected(start, end, result["Text"], f"{value:g} {unit}", any_claim(unit_test(value, unit)))


def unit_test(value: float, unit: str) -> Callable[[Claim], bool]:
    """A claim test for `value` `unit`; when the registry does not know `unit`, only the number is compared."""
    if pint_units(unit) is None:
        return lambda c: is_number(c) and c.unit not in PLAIN_UNITS and any(close(v, value) for v in stated(c))
    return lambda c: unit_value_ok(c, value, unit)


def temperature_item(raw: dict[str, Any], result: dict[str, Any]) -> Expected | str:
    """TemperatureModel: a temperature claim states the value (a bare 'Degree' accepts any temperature unit)."""
    resolution = result["Resolution"]
    value = numeric(resolution.get("value"))
    if value is None:
        return "no value"
    start, end = span(raw, result)
    unit = TEMPERATURE_UNITS.get(str(resolution.get("unit", "")).lower())
    if unit is None:
        test = any_claim(lambda c: same_dimension(c.unit, "kelvin") and any(close(v, value) for v in stated(c)))
    else:
        test = any_claim(lambda c: unit_value_ok(c, value, unit))
    return Expected(start, end, result["Text"], f"{value:g} {unit or 'degree'}", test)


def is_dimension(claim: Claim) -> bool:
    """True for claims with a physical unit (not money, counts, percentages or time)."""
    if not is_number(claim) or claim.unit in PLAIN_UNITS or is_currency(claim):
        return False
    units = pint_units(claim.unit or "")
    return units is not None and not units.dimensionless and units.dimensionality != {"[time]": 1}


def is_temperature(claim: Claim) -> bool:
    """True for temperature claims."""
    return is_number(claim) and same_dimension(claim.unit, "kelvin")


def is_age(claim: Claim) -> bool:
    """True for claims of someone's or something's age."""
    return is_number(claim) and claim.subtype == "age"


# ---------------------------------------------------------------- Recognizers DateTime family


def old_alternatives(value: dict[str, Any], text: str) -> list[When]:
    """Future and past resolutions of a *Parser file value as When alternatives."""
    out, vague = [], bool(VAGUE_WORDS.search(text))
    for key in ("FutureResolution", "PastResolution"):
        res = value.get(key) or {}
        if "date" in res:
            day = parse_day(res["date"])
            out.append(When(day, day))
        elif "startDate" in res or "endDate" in res:
            first = parse_day(res.get("startDate"))
            out.append(When(first, exclusive_end(first, parse_day(res.get("endDate")))))
        elif "duration" in res:
            out.append(When(seconds=float(res["duration"]), vague=vague))
        elif "time" in res:
            out.append(When(times=(str(clock(res["time"])),)))
    return [w for w in dict.fromkeys(out) if w != When()]


def parser_item(kind: str) -> Callable[[dict[str, Any], dict[str, Any]], Expected | str]:
    """An item maker for DateParser/DatePeriodParser/DurationParser/TimeParser results."""

    def make(raw: dict[str, Any], result: dict[str, Any]) -> Expected | str:
        value = result.get("Value") or {}
        if value.get("Timex") == "PRESENT_REF":
            return "present"
        if HOLIDAYS.search(result["Text"]):
            return "holiday"
        start, end = span(raw, result)
        return when_item(start, end, result["Text"], kind, old_alternatives(value, result["Text"]))

    return make


def extractor_item(kind: ClaimKind) -> Callable[[dict[str, Any], dict[str, Any]], Expected | str]:
    """An item maker for *Extractor files: any claim of `kind` overlapping the span."""

    def make(raw: dict[str, Any], result: dict[str, Any]) -> Expected | str:
        start, end = span(raw, result)
        return Expected(start, end, result["Text"], f"{kind.value} (span only)", any_claim(lambda c: c.kind is kind))

    return make


def model_when(kind: str, value: dict[str, Any], text: str) -> When | str | None:
    """One DateTimeModel resolution value as a When, an OUT_OF_SCOPE key, or None when it cannot be read."""
    timex = str(value.get("timex", ""))
    if timex == "PRESENT_REF":
        return "present"
    if kind == "duration":
        seconds = numeric(value.get("value"))
        return When(seconds=seconds, vague=bool(VAGUE_WORDS.search(text))) if seconds is not None else None
    if kind in ("time", "timerange"):
        if not CLOCK_TIMEX.search(timex):
            return "day part" if DAY_PART_TIMEX.search(timex) else None
        return When(times=tuple(t for t in (clock(value.get(k)) for k in ("value", "start", "end")) if t))
    # A datetime needs its clock time only when the text writes one ('next hour' is relative to the reference).
    clocked = bool(CLOCK_TIMEX.search(timex)) and bool(CLOCK_WORDS.search(text))
    first = parse_day(value.get("value") or value.get("start"))
    last = parse_day(value.get("value") or value.get("end"))
    if kind in ("daterange",):
        last = exclusive_end(first, last)
    elif kind == "datetimerange" and last is not None and first is not None and last > first:
        last = last - timedelta(days=1) if clock(value.get("end")) == "00:00" else last
    times: tuple[str, ...] = ()
    if clocked and kind in ("datetime", "datetimerange"):
        times = tuple(t for t in (clock(value.get(k)) for k in ("value", "start", "end")) if t and t != "23:59")
    return When(first, last, times)


def model_item(raw: dict[str, Any], result: dict[str, Any]) -> Expected | str:
    """DateTimeModel: dates contained, clock times stated, durations in seconds; sets and calendar modes skipped."""
    kind = str(result.get("TypeName") or result.get("Typename") or "").removeprefix("datetimeV2.")
    if kind in ("set", "datetimealt", "timezone"):
        return kind
    if HOLIDAYS.search(result["Text"]):
        return "holiday"
    whens = [model_when(kind, v, result["Text"]) for v in result["Resolution"].get("values", [])]
    scoped = [w for w in whens if isinstance(w, When)]
    skipped = [w for w in whens if isinstance(w, str)]
    if skipped and not scoped:
        return skipped[0]
    start, end = span(raw, result)
    base = {"daterange": "date", "datetime": "date", "datetimerange": "date", "timerange": "time"}.get(kind, kind)
    return when_item(start, end, result["Text"], base, scoped)


def is_dated(claim: Claim) -> bool:
    """True for date, time and duration claims."""
    return claim.kind in (ClaimKind.DATE, ClaimKind.TIME, ClaimKind.DURATION)


def of_kind(kind: ClaimKind) -> Callable[[Claim], bool]:
    """A claim test for one claim kind."""
    return lambda c: c.kind is kind


# ---------------------------------------------------------------- quantulum3


def quantulum_unit(name: str) -> str | None:
    """A quantulum3 unit name as a pint expression for claimcheck's registry (None for plain numbers)."""
    key = name.lower()
    if key in ("dimensionless", *PLAIN_MULTIPLES):
        return None
    swaps = [
        ("degree celsius", "degC"), ("degree fahrenheit", "degF"), ("minute of arc", "arcminute"),
        ("second of arc", "arcsecond"), ("british thermal unit", "BTU"), ("pound-mass", "pound"),
        ("percentage", "percent"), ("count per", "1 per"), ("ton per", "metric_ton per"), ("tonne", "metric_ton"),
        ("metre", "meter"), ("litre", "liter"), ("dollar", "USD"), ("euro", "EUR"), ("pound sterling", "GBP"),
    ]  # fmt: skip
    for old, new in swaps:
        key = key.replace(old, new)
    parts = [p.strip() for p in key.split(" per ")]
    return "/".join(f"({quantulum_factor(p)})" for p in parts) if len(parts) > 1 else quantulum_factor(parts[0])


def quantulum_factor(text: str) -> str:
    """One product of units ('square kilometer', 'joule second', 'inverse second') as a pint expression."""
    out, power, inverse = [], "", False
    for word in text.split():
        if word in ("square", "cubic"):
            power = "**2" if word == "square" else "**3"
        elif word == "inverse":
            inverse = True
        else:
            out.append(("1/" if inverse else "") + word + power)
            power, inverse = "", False
    return "*".join(out)


def quantulum_test(item: dict[str, Any]) -> Callable[[Claim], bool]:
    """A claim test for one quantulum3 quantity: value (or range ends) and unit."""
    value, name = float(item["value"]), str(item["unit"])
    spread = item.get("uncertainty")
    key = name.lower()
    if key in CURRENCY_SUBUNITS or key in CURRENCY_NAMES:
        return currency_test(value, name, None)
    plain = key == "dimensionless" or key in PLAIN_MULTIPLES
    scale = PLAIN_MULTIPLES.get(key, 1.0)
    unit = quantulum_unit(name)

    def values_ok(claim: Claim) -> bool:
        if plain:
            if is_year(claim, value):
                return True
            target = value * scale
            if spread:
                return is_plain(claim) and ends_ok(claim, target - spread, target + spread)
            return any(close(v, target) for v in as_fraction(claim))
        if unit is None or pint_units(unit) is None:
            return is_number(claim) and any(close(v, value) for v in stated(claim))
        if spread:
            plus_minus = "±" in item["surface"] or "+/-" in item["surface"]
            ranged = same_dimension(claim.unit, unit) and ends_ok(claim, value - spread, value + spread)
            return ranged or (plus_minus and unit_value_ok(claim, value, unit))
        return unit_value_ok(claim, value, unit)

    return values_ok


def quantulum_cases(path: Path) -> list[Case]:
    """Cases of quantities.json / quantities.ambiguity.json, each expected surface located in the text."""
    cases = []
    for index, raw in enumerate(read_json(path)):
        text, items, cursor = raw["req"], [], 0
        for item in raw["res"]:
            start = text.find(item["surface"], cursor)
            start = text.find(item["surface"]) if start < 0 else start
            end = start + len(item["surface"])
            cursor = start + 1
            spread = f" ± {item['uncertainty']:g}" if item.get("uncertainty") else ""
            shown = f"{item['value']:g}{spread} {item['unit']}"
            items.append(Expected(start, end, item["surface"], shown, any_claim(quantulum_test(item))))
        cases.append(Case(index, text, items, is_number))
    return cases


def error_cases(path: Path) -> list[Case]:
    """errors.json: inputs that must not crash (a case passes when extraction returns)."""
    texts: list[str] = json.loads(path.read_text(encoding="utf-8"))
    return [Case(i, text, [], lambda c: False) for i, text in enumerate(texts)]


# ---------------------------------------------------------------- suites and scoring


def recognizers_suite(relevant: Callable[[Claim], bool], item: Any) -> Callable[[Path], list[Case]]:
    """A loader for a Recognizers file with one relevance test and one item maker."""
    return lambda path: recognizers_cases(path, relevant, item)


SUITES = [
    Suite("quantulum3/quantities", "quantulum3/quantities.json", quantulum_cases),
    Suite("quantulum3/ambiguity", "quantulum3/quantities.ambiguity.json", quantulum_cases),
    Suite("quantulum3/errors", "quantulum3/errors.json", error_cases),
    Suite("Number/NumberModel", "recognizers/Number/NumberModel.json", recognizers_suite(is_plain, number_item)),
    Suite(
        "Number/PercentModel",
        "recognizers/Number/PercentModel.json",
        recognizers_suite(lambda c: c.unit == "percent", percent_item),
    ),
    Suite(
        "Number/NumberRangeModel",
        "recognizers/Number/NumberRangeModel.json",
        recognizers_suite(is_range_claim, range_item),
    ),
    Suite(
        "Number/OrdinalModel",
        "recognizers/Number/OrdinalModel.json",
        recognizers_suite(of_kind(ClaimKind.RANK), ordinal_item),
    ),
    Suite(
        "NumberWithUnit/CurrencyModel",
        "recognizers/NumberWithUnit/CurrencyModel.json",
        recognizers_suite(is_currency, currency_item),
    ),
    Suite(
        "NumberWithUnit/DimensionModel",
        "recognizers/NumberWithUnit/DimensionModel.json",
        recognizers_suite(is_dimension, unit_item),
    ),
    Suite(
        "NumberWithUnit/TemperatureModel",
        "recognizers/NumberWithUnit/TemperatureModel.json",
        recognizers_suite(is_temperature, temperature_item),
    ),
    Suite(
        "NumberWithUnit/AgeModel",
        "recognizers/NumberWithUnit/AgeModel.json",
        recognizers_suite(is_age, unit_item),
    ),
    Suite(
        "DateTime/DateExtractor",
        "recognizers/DateTime/DateExtractor.json",
        recognizers_suite(of_kind(ClaimKind.DATE), extractor_item(ClaimKind.DATE)),
    ),
    Suite(
        "DateTime/DateParser",
        "recognizers/DateTime/DateParser.json",
        recognizers_suite(of_kind(ClaimKind.DATE), parser_item("date")),
    ),
    Suite(
        "DateTime/DatePeriodParser",
        "recognizers/DateTime/DatePeriodParser.json",
        recognizers_suite(of_kind(ClaimKind.DATE), parser_item("date")),
    ),
    Suite(
        "DateTime/DurationParser",
        "recognizers/DateTime/DurationParser.json",
        recognizers_suite(of_kind(ClaimKind.DURATION), parser_item("duration")),
    ),
    Suite(
        "DateTime/DurationExtractor",
        "recognizers/DateTime/DurationExtractor.json",
        recognizers_suite(of_kind(ClaimKind.DURATION), extractor_item(ClaimKind.DURATION)),
    ),
    Suite(
        "DateTime/TimeParser",
        "recognizers/DateTime/TimeParser.json",
        recognizers_suite(of_kind(ClaimKind.TIME), parser_item("time")),
    ),
    Suite("DateTime/DateTimeModel", "recognizers/DateTime/DateTimeModel.json", recognizers_suite(is_dated, model_item)),
]


def run_case(case: Case) -> Outcome:
    """Extract claims from one case and judge them; an exception is a failure, never a crash of the run."""
    try:
        claims = claimcheck.extract(claimcheck.Document(case.text, id=f"case{case.index}", published=case.published))
    except Exception as exc:  # a crash is what errors.json measures; record it and go on
        return Outcome(case, False, [], list(case.expected), [], f"{type(exc).__name__}: {exc}")
    missed = [item for item in case.expected if not item.accepts(item.overlapping(claims))]
    covered = [c for c in claims if case.relevant(c) and not any(item.overlapping([c]) for item in case.expected)]
    passed = not missed if case.expected else not covered
    return Outcome(case, passed, claims, missed, covered)


def score_file(suite: Suite, corpora: Path) -> FileScore:
    """Run every case of one suite file and count passes per bucket."""
    score = FileScore(suite.name)
    for case in suite.load(corpora / suite.path):
        score.cases += 1
        if case.out_of_scope:
            score.out_of_scope += 1
            continue
        outcome = run_case(case)
        score.crashes += outcome.error is not None
        if case.unsupported:
            score.ns_scored += 1
            score.ns_passed += outcome.passed
            if not outcome.passed:
                score.ns_failures.append(outcome)
            continue
        score.scored += 1
        score.passed += outcome.passed
        score.extra += len(outcome.extra) if case.expected else 0
        if not outcome.passed:
            score.failures.append(outcome)
    return score


def score_all(corpora: Path, only: str | None = None) -> list[FileScore]:
    """Scores for every suite file present under `corpora` (optionally only names containing `only`)."""
    chosen = [s for s in SUITES if (only is None or only.lower() in s.name.lower()) and (corpora / s.path).exists()]
    return [score_file(suite, corpora) for suite in chosen]


# ---------------------------------------------------------------- output


def percent(value: float) -> str:
    """A share as '87.5%', or '-' when nothing was scored."""
    return "-" if math.isnan(value) else f"{100 * value:.1f}%"


def table(scores: Sequence[FileScore]) -> str:
    """The per-file pass-share table."""
    header = f"{'file':34} {'cases':>5} {'NS-py':>5} {'scope':>5} {'scored':>6} {'passed':>6} {'share':>7}"
    header += f" {'NS-py pass':>12} {'extra':>5} {'crash':>5}"
    lines = [header, "-" * len(header)]
    for s in scores:
        ns = f"{s.ns_passed}/{s.ns_scored} {percent(s.ns_share)}" if s.ns_scored else "-"
        lines.append(
            f"{s.name:34} {s.cases:5} {s.ns_scored:5} {s.out_of_scope:5} {s.scored:6} {s.passed:6} "
            f"{percent(s.share):>7} {ns:>12} {s.extra:5} {s.crashes:5}"
        )
    scored, passed = sum(s.scored for s in scores), sum(s.passed for s in scores)
    lines.append("-" * len(header))
    overall = percent(passed / scored if scored else math.nan)
    lines.append(f"{'all files':34} {'':5} {'':5} {'':5} {scored:6} {passed:6} {overall:>7}")
    return "\n".join(lines)


def show_claim(claim: Claim) -> str:
    """One claim as a failure report shows it."""
    head = f"{claim.kind.value} {claim.text!r} [{claim.start}:{claim.end}]"
    if claim.kind in (ClaimKind.DATE, ClaimKind.TIME):
        return f"{head} = {claimcheck.describe(claim)}"
    noun = f" noun={claim.noun}" if claim.noun else ""
    return f"{head} low={claim.low} high={claim.high} unit={claim.unit}{noun} bound={claim.bound}"


def failure_text(outcome: Outcome) -> str:
    """A failing case as readable text: input, what was expected, what claimcheck returned."""
    case = outcome.case
    lines = [f"#{case.index}  input: {case.text!r}", f"  reference date: {case.published.isoformat()}"]
    if outcome.error:
        lines.append(f"  ERROR: {outcome.error}")
    if not case.expected:
        lines.append("  expected: nothing of this kind")
    for item in case.expected:
        mark = "MISSED" if item in outcome.missed else "ok"
        lines.append(f"  expected: {item.text!r} [{item.start}:{item.end}] {item.shown}  -> {mark}")
    lines.extend(f"  got: {show_claim(c)}" for c in outcome.claims)
    if not outcome.claims:
        lines.append("  got: (no claims)")
    return "\n".join(lines)


def write_failures(scores: Sequence[FileScore], folder: Path) -> None:
    """One text file per suite file with its failing cases."""
    folder.mkdir(parents=True, exist_ok=True)
    for score in scores:
        name = score.name.replace("/", "__") + ".txt"
        head = f"{score.name}: {len(score.failures)} failing of {score.scored} scored cases\n{SCORING}\n\n"
        body = "\n\n".join(failure_text(o) for o in score.failures)
        if score.ns_failures:
            body += f"\n\n==== marked NotSupported for python (not in the share): {len(score.ns_failures)} failing\n\n"
            body += "\n\n".join(failure_text(o) for o in score.ns_failures)
        (folder / name).write_text(head + body + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Score every peer file, print the table, optionally write the failures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA, help="folder of the peer suites")
    parser.add_argument("--failures", type=Path, help="write failing cases per file into this folder")
    parser.add_argument("--only", help="score only files whose name contains this")
    args = parser.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"peer corpora not found at {args.corpora} (pass --corpora DIR)", file=sys.stderr)
        return 2
    scores = score_all(args.corpora, args.only)
    print(table(scores))
    print("\nNS-py: cases marked NotSupported for python: not in 'share', their own share in 'NS-py pass'")
    print(f"scope: cases out of claimcheck's scope ({', '.join(OUT_OF_SCOPE)})")
    print("extra: claims of the file's kind overlapping no expected item, in scored cases (not counted against share)")
    print(SCORING)
    if args.failures:
        write_failures(scores, args.failures)
        print(f"failing cases written to {args.failures}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
