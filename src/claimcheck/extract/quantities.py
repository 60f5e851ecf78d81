"""Numbers and what is written around them: currency, sign, hedge, range, unit or counted noun, rate, bound."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from claimcheck.document import Document
from claimcheck.extract import patterns as P
from claimcheck.extract.counts import bare_small, counted_among, is_age, one_noun, year_claim
from claimcheck.extract.identifiers import is_identifier
from claimcheck.extract.mentions import BOUND_OF, Occupied, counted_noun, fact_box_noun, make_claim, modifier_noun
from claimcheck.extract.numbers import ParsedNumber, parse_number, search_number
from claimcheck.extract.phrases import multiplier_claim
from claimcheck.extract.unit_after import classify_unit, range_second, unit_after
from claimcheck.extract.units import canonical_unit, normalise
from claimcheck.lang import LEXICON
from claimcheck.models import Bound, Claim, ClaimKind

_TABLE_UNITS = frozenset(u.pint for u in LEXICON.units if not u.time and "currency" not in u.dimension)


def numbers(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    text, pos = doc.text, doc.body_start
    while True:
        match = search_number(text, pos)
        if match is None:
            return
        claim, resume = _number_claim(doc, match, occupied)
        pos = max(resume, match.start() + 1)
        if claim is not None:
            occupied.take(claim.start, claim.end)
            yield claim


def _single(doc: Document, match: regex.Match[str], occupied: Occupied) -> tuple[Claim | None, int]:
    """A number read on its own: 'rose from 200 to 900' is a change between two values, not a range."""
    return _number_claim(doc, match, occupied, allow_range=False)


@dataclass
class _Reading:
    """What is known about one number so far, as the steps of _number_claim read around it."""

    match: regex.Match[str]
    first: ParsedNumber
    before: str
    hedge_text: str
    span_start: int
    currency: str | None
    hedge: regex.Match[str] | None = None
    range_word: regex.Match[str] | None = None
    second: ParsedNumber | None = None
    kind: ClaimKind = ClaimKind.QUANTITY
    unit: str | None = None
    subtype: str | None = None
    noun: str | None = None
    end: int = 0
    bound: Bound = Bound.EXACT
    below: bool = False

    @property
    def last(self) -> ParsedNumber:
        return self.second or self.first


def _number_claim(
    doc: Document, match: regex.Match[str], occupied: Occupied, allow_range: bool = True
) -> tuple[Claim | None, int]:
    """The claim a number makes with the words around it: prefix (currency, sign, hedge), range, unit or
    counted noun, rate and bound; or a year, a multiplier, or nothing."""
    if occupied.taken(match.start(), match.start() + 1) or is_identifier(doc.text, match):
        return None, match.end()
    reading = _read_prefix(doc.text, match)
    if reading is None:
        return None, match.end()
    if allow_range:
        if (
            reading.range_word
            and reading.range_word["word"].lower() == "from"
            and P.CHANGE_BEFORE.search(doc.text, max(0, match.start() - 60), match.start())
        ):
            return _single(doc, match, occupied)
        by_bare = reading.currency is None and P.BY_JUST_BEFORE.search(reading.hedge_text)
        change = bool(P.CHANGE_JUST_BEFORE.search(reading.hedge_text)) and not by_bare
        reading.first, reading.second, unit_match = range_second(
            doc, reading.first, reading.currency is not None, bool(reading.range_word), change
        )
    else:
        reading.range_word, unit_match = None, None
    early = _read_unit(doc, reading, unit_match, occupied)
    if early is not None:
        return early
    _read_bound(doc.text, reading)
    if occupied.taken(reading.span_start, reading.end):
        return None, match.end()
    return _finish(doc, reading), reading.end


def _read_prefix(text: str, match: regex.Match[str]) -> _Reading | None:
    """Currency, minus sign, hedge and range word written before a number."""
    start = match.start()
    before = text[max(0, start - 40) : start]
    currency_match = P.CURRENCY_BEFORE.search(before)
    currency = LEXICON.currency_symbols["".join(currency_match["cur"].split())] if currency_match else None
    first = parse_number(match, currency=currency is not None)
    if first is None:
        return None
    if currency_match and currency_match["cur"] in LEXICON.transcribed_currencies and bare_small(first):
        return None  # 'PS5' is a games console, not five pounds
    span_start = start - len(currency_match.group()) if currency_match else start
    minus = P.MINUS_BEFORE.search(before)
    if minus and first.value > 0:
        first = ParsedNumber(-first.value, first.start, first.end, first.half_step, first.is_word, first.plain_digits)
        span_start = start - len(before) + minus.start()
    hedge_text = before[: len(before) - len(currency_match.group())] if currency_match else before
    hedge = P.HEDGE_BEFORE.search(hedge_text)
    if (
        hedge
        and hedge["hedge"].lower() in LEXICON.comparing_hedges
        and P.FIGURE_THEN_COMMA.search(hedge_text, 0, hedge.start())
    ):
        hedge = None  # '20.8%, below 21.1% a year ago' compares the two figures: 21.1% is exact
    return _Reading(
        match,
        first,
        before,
        hedge_text,
        span_start,
        currency,
        hedge,
        P.RANGE_START.search(hedge_text),
        end=first.end,
    )


def _someday(text: str, reading: _Reading, unit_match: regex.Match[str]) -> bool:
    """'Islam will one day be the second faith': 'one day' after a modal or a pronoun is 'some day'."""
    if not reading.first.is_word or reading.second is not None or (unit_match["word"] or "").lower() != "day":
        return False
    start = reading.first.start
    return text[start : reading.first.end].lower() == "one" and bool(
        P.SOMEDAY_BEFORE.search(text, max(0, start - 12), start)
    )


def _read_unit(
    doc: Document, reading: _Reading, unit_match: regex.Match[str] | None, occupied: Occupied
) -> tuple[Claim | None, int] | None:
    """Unit, age, year or counted noun after a number, then a rate; returns an early answer for years,
    multipliers and numbers to skip, else None with the reading filled in."""
    text, last = doc.text, reading.last
    unit_match = unit_match or unit_after(text, last, reading.currency is not None)
    reading.end = last.end
    if unit_match is not None:
        reading.kind, reading.unit, reading.subtype = classify_unit(text, unit_match, last, reading.currency)
        reading.end = unit_match.end()
        if reading.unit is None or _someday(text, reading, unit_match):
            return None, reading.match.end()
    elif reading.currency:
        reading.unit, reading.subtype = reading.currency, "currency"
    if reading.subtype == "age":
        reading.end = P.AGE_AFTER.match(text, reading.end, reading.end + P.LOOKAHEAD).end()  # type: ignore[union-attr]
    if reading.unit is None and is_age(text, reading.before, last):
        reading.unit, reading.subtype = "year", "age"
    if reading.unit is None:
        year = year_claim(doc, reading.first, reading.second, reading.hedge, occupied)
        if year is not None:
            return year, year.end
        if reading.first.is_word and reading.first.value == 1 and reading.second is None:
            found = one_noun(text, reading.first.start, reading.first.end)
            if found is None and (not reading.hedge or P.ONE_AMONG.match(text, last.end, last.end + P.LOOKAHEAD)):
                return None, reading.first.end  # 'just one of four', 'just one 52,000 barrel-a-day refinery'
        else:
            found = (
                counted_noun(text, last.end, plural=last.value != 1)
                or fact_box_noun(text, last.end)
                or (modifier_noun(text, last.end) if last.plain_digits and last.value != 1 else None)
                or counted_among(text, last.end)
            )
        reading.unit, reading.subtype = "count", "count" if found else None
        if found:
            reading.noun, reading.end = found
    rated = reading.unit not in ("percent", "count", *LEXICON.time_units.values()) or reading.noun is not None
    rate = P.RATE_AFTER.match(text, reading.end, reading.end + P.LOOKAHEAD) if rated else None
    if rate and reading.subtype != "age":
        reading.unit, reading.end = f"{reading.unit} / {LEXICON.rate_units[rate['per'].lower()]}", rate.end()
    elif rated and reading.unit in _TABLE_UNITS:
        per = P.PER_SYMBOL.match(text, reading.end, reading.end + P.LOOKAHEAD)
        if per is not None:  # '10 kV/cm', '45 µg/m3': a unit over a unit, both from the table
            reading.unit, reading.end = f"{reading.unit} / {LEXICON.unit_symbols[per['den']]}", per.end()
    if reading.subtype == "multiplier" and reading.second is None:
        first = reading.first
        return multiplier_claim(
            doc, reading.span_start, reading.end, first.value, "multiplier", first.half_step
        ), reading.end
    return None


def _read_bound(text: str, reading: _Reading) -> None:
    """The bound a hedge before ('over', 'nearly') or after ('or more', '-odd') puts on the number."""
    hedge = reading.hedge
    if hedge and not reading.second:
        hedge_word = " ".join(hedge["hedge"].lower().split())
        reading.bound = BOUND_OF[LEXICON.hedges[hedge_word]]
        if hedge_word in ("a maximum of", "a minimum of") and reading.unit in ("degC", "degF"):
            reading.bound = Bound.EXACT  # 'recorded a maximum of 44.2°C' states the day's high, not a cap
        reading.below = LEXICON.hedges[hedge_word] == "approx_below"
        reading.span_start = reading.match.start() - len(reading.before) + hedge.start("hedge")
    elif reading.range_word and reading.second:
        reading.span_start = reading.match.start() - len(reading.before) + reading.range_word.start("word")
    elif reading.second:
        reading.bound = Bound.RANGE
    trailing = P.HEDGE_AFTER.match(text, reading.end, reading.end + P.LOOKAHEAD)
    if trailing and not reading.second and reading.bound is Bound.EXACT:
        reading.bound = BOUND_OF[LEXICON.trailing_hedges[" ".join(trailing["hedge"].lower().split())]]
        reading.end = trailing.end()
        found = counted_noun(text, reading.end, plural=True) if reading.unit == "count" and not reading.noun else None
        if found:
            reading.noun, reading.end = found
    if reading.second:
        reading.bound = Bound.RANGE


def _measured_step(number: ParsedNumber) -> float:
    """A length measured and told in whole units keeps its last digit ('a depth of 10 km', 'an altitude of 420
    feet'): one trailing zero is no rounding; two are ('1,500 metres')."""
    whole = number.plain_digits and number.value == int(number.value)
    if whole and number.value % 10 == 0 and number.value % 100 != 0 and number.half_step == 5:
        return 0.5
    return number.half_step


def _finish(doc: Document, reading: _Reading) -> Claim:
    """The claim, with the interval its words allow; a difference ('$100 more than') is marked as such."""
    unit = reading.unit or "count"
    low: float | None = reading.first.value
    high: float | None = reading.last.value
    if reading.bound in (Bound.LT, Bound.LE):
        low = None
    elif reading.bound in (Bound.GT, Bound.GE):
        high = None
    steps = (reading.first.half_step, reading.last.half_step)
    if reading.noun in LEXICON.tallies:
        steps = (min(steps[0], 0.5), min(steps[1], 0.5))
    elif canonical_unit(unit) == "meter":
        steps = (_measured_step(reading.first), _measured_step(reading.last))
    if reading.second is not None:
        steps = (min(steps), min(steps))
    interval = normalise(low, high, reading.bound, unit, steps)
    if reading.below and interval.high is not None and interval.low is not None:
        interval = interval.model_copy(update={"high": normalise(high, high, Bound.EXACT, unit, steps).high})
    kind = reading.kind
    if kind is ClaimKind.QUANTITY and unit in LEXICON.time_units.values() and reading.subtype != "age":
        kind = ClaimKind.DURATION
    subtype = reading.subtype
    if subtype != "multiplier" and P.DIFFERENCE_AFTER.match(doc.text, reading.end, reading.end + P.LOOKAHEAD):
        subtype = "difference"
    return make_claim(
        doc,
        reading.span_start,
        reading.end,
        kind,
        unit=unit,
        noun=reading.noun,
        low=low,
        high=high,
        bound=reading.bound,
        subtype=subtype,
        normalized=interval,
    )
