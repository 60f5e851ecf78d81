"""Find every quantitative mention in a document, with exact spans and normalised values.

Passes run in a fixed order and each claims its characters, so later passes never re-read them:
masks (URLs, phone numbers), clock times, dates, ranks, vague amounts, multipliers, then numbers.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import regex

from claimcheck import dates as D
from claimcheck import patterns as P
from claimcheck.document import Document, InputError
from claimcheck.lexicon import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    FUNCTION_WORDS,
    FUZZY_AMOUNTS,
    GLUED_ONLY_SYMBOLS,
    HEDGES,
    IDENTIFIER_HEADS,
    IRREGULAR_PLURALS,
    MULTIPLIER_VERBS,
    NOT_PLURAL_ENDINGS,
    ORDINALS,
    SMALL_NUMBERS,
    TENS,
    TIME_UNITS,
    TRAILING_HEDGES,
    UNIT_SYMBOLS,
    UNIT_WORDS,
)
from claimcheck.models import Bound, Claim, ClaimKind
from claimcheck.numbers import NUMBER, ParsedNumber, parse_number
from claimcheck.sentences import tense
from claimcheck.units import UREG, normalise, pint_unit

_RATE_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "annum": "year", "hour": "hour",
               "barrel": "oil_barrel", "tonne": "metric_ton", "ton": "metric_ton", "kg": "kilogram",
               "kilogram": "kilogram", "kilo": "kilogram", "litre": "liter", "liter": "liter",
               "second": "second", "quintal": "quintal", "gallon": "gallon"}  # fmt: skip
_CAPITAL_WORD_BEFORE = regex.compile(r"[A-Z]\w*\s$")
_GLUED_LETTERS = regex.compile(r"[A-Za-z%°º²/]+")
_DIGITS = regex.compile(r"[\d,.]+")
_POWERS = {"2": " ** 2", "²": " ** 2", "^2": " ** 2", "3": " ** 3", "³": " ** 3", "^3": " ** 3", "square": " ** 2",
           "sq": " ** 2", "squared": " ** 2", "cubic": " ** 3", "cubed": " ** 3"}  # fmt: skip
# 'two-way trade', 'a three-wheeler': a number glued to these words names a kind of thing, not a count.
_LOWER_IDENTIFIER_HEADS = frozenset(
    {"helpline", "dial", "call", "toll-free", "extension", "pincode", "pin", "code", "flight", "train", "route",
     "platform", "gate", "ward", "sector", "no"}
)  # fmt: skip
_NOT_COUNTED = frozenset({"way", "wheeler", "wheelers", "dimensional", "some", "sided", "faced", "tier"})
_CURRENCY_WORDS_LOWER = {word.lower(): code for word, code in CURRENCY_WORDS.items()}
_BOUND_OF = {"gt": Bound.GT, "ge": Bound.GE, "lt": Bound.LT, "le": Bound.LE, "approx": Bound.APPROX,
             "approx_below": Bound.APPROX, "exact": Bound.EXACT}  # fmt: skip


class _Occupied:
    """Characters already claimed by an earlier pass."""

    def __init__(self, size: int) -> None:
        self.marks = bytearray(size + 1)

    def taken(self, start: int, end: int) -> bool:
        return any(self.marks[start:end])

    def take(self, start: int, end: int) -> None:
        self.marks[start:end] = b"\x01" * (end - start)


def extract_mentions(doc: Document) -> list[Claim]:
    """All claims in a document, in text order, with values normalised but no context yet."""
    occupied = _Occupied(len(doc.text))
    occupied.take(0, doc.body_start)
    for start, end in _urls_and_emails(doc.text, doc.body_start):
        occupied.take(start, end)
    claims: list[Claim] = []
    lower = doc.text.lower()
    finders = (_times, _dates, _phones, _ranks, _fractions, _one_in, _hedged_one, _fuzzy_amounts, _multiplier_verbs)
    for finder in (*finders, _numbers):
        needs = _NEEDS.get(finder.__name__)
        if needs and not any(word in lower for word in needs):
            continue
        for found, claim in enumerate(finder(doc, occupied), start=1):
            occupied.take(claim.start, claim.end)
            claims.append(claim)
            if found > _DENSE_AFTER and found * _MIN_CHARS_PER_CLAIM > claim.end - doc.body_start:
                raise InputError(
                    f"{doc.id}: more than one figure every {_MIN_CHARS_PER_CLAIM} characters "
                    f"({found:,} in the first {claim.end:,}): a table or generated text, not prose; skipped"
                )
    claims.sort(key=lambda c: (c.start, c.end))
    return _merge_durations(doc, claims)


_TIME_ORDER = {"second": 0, "minute": 1, "hour": 2, "day": 3, "week": 4, "month": 5, "year": 6}


def _merge_durations(doc: Document, claims: list[Claim]) -> list[Claim]:
    """'three hours and 17 minutes', '2 hours 5 minutes 48 seconds': one duration, in its smallest unit."""
    merged: list[Claim] = []
    for claim in claims:
        previous = merged[-1] if merged else None
        if previous is not None and _continues_duration(doc.text, previous, claim):
            assert previous.low is not None and claim.low is not None and claim.unit and previous.unit
            total = float(UREG.Quantity(previous.low, previous.unit).to(claim.unit).magnitude) + claim.low
            merged[-1] = _claim(
                doc,
                previous.start,
                claim.end,
                ClaimKind.DURATION,
                unit=claim.unit,
                low=total,
                high=total,
                bound=Bound.EXACT,
                normalized=normalise(total, total, Bound.EXACT, claim.unit, (0.5, 0.5)),
            )
        else:
            merged.append(claim)
    return merged


def _continues_duration(text: str, first: Claim, second: Claim) -> bool:
    kinds = first.kind is ClaimKind.DURATION and second.kind is ClaimKind.DURATION
    if not kinds or first.bound is not Bound.EXACT or second.bound is not Bound.EXACT:
        return False
    order_a, order_b = _TIME_ORDER.get(first.unit or ""), _TIME_ORDER.get(second.unit or "")
    return (
        order_a is not None
        and order_b is not None
        and order_b < order_a
        and bool(P.DURATION_JOIN.fullmatch(text, first.end, second.start))
    )


# News prose has a figure every few hundred characters; far denser text is a table or a generated
# stress input, and reading its context would take minutes. It is refused with a reason instead.
_DENSE_AFTER = 5_000
_MIN_CHARS_PER_CLAIM = 16

# Words without which a pass cannot match: a substring test is far cheaper than a pattern scan.
_NEEDS = {
    "_fractions": ("half", "third", "quarter", "fourth", "fifth", "tenth"),
    "_multiplier_verbs": ("doubl", "tripl", "trebl", "quadrupl", "halv", "fold"),
    "_fuzzy_amounts": (
        "several",
        "few",
        "couple",
        "dozens",
        "scores",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "tens of",
    ),
    "_hedged_one": tuple(
        f" {article} {unit}"
        for article in ("a", "an")
        for unit in ("decade", "year", "month", "week", "fortnight", "day", "hour", "century")
    ),
    "_times": ("am", "pm", "a.m", "p.m", ":", "hrs", "hours", "gmt", "utc", "ist"),
    "_one_in": (" in ",),
}


def _urls_and_emails(text: str, start: int) -> Iterator[tuple[int, int]]:
    """Spans of URLs and e-mail addresses; e-mails are found from their '@', which is rare, not by
    trying the address pattern at every character."""
    for match in P.URL.finditer(text, start):
        yield match.span()
    at = text.find("@", start)
    while at >= 0:
        found = P.EMAIL_AROUND_AT.search(text, max(start, at - 64), min(len(text), at + 600))
        if found and found.start() <= at < found.end():
            yield found.span()
        at = text.find("@", at + 1)


def _claim(doc: Document, start: int, end: int, kind: ClaimKind, **fields: object) -> Claim:
    line, col = doc.line_col(start)
    return Claim(doc=doc.id, start=start, end=end, text=doc.text[start:end], line=line, col=col, kind=kind, **fields)


def _times(doc: Document, occupied: _Occupied) -> Iterator[Claim]:
    for match in D.TIME.finditer(doc.text, doc.body_start):
        if occupied.taken(match.start(), match.end()):
            continue
        clock, offset = D.clock_time(match)
        yield _claim(doc, match.start(), match.end(), ClaimKind.TIME, time=clock, utc_offset=offset)


def _phones(doc: Document, occupied: _Occupied) -> Iterator[Claim]:
    """Phone numbers are masked, not claimed: they are not quantities."""
    for match in P.PHONE.finditer(doc.text, doc.body_start):
        digits = sum(ch.isdigit() for ch in match.group())
        if 9 <= digits <= 15 and not occupied.taken(match.start(), match.end()):
            occupied.take(match.start(), match.end())
    return iter(())


# --- dates -----------------------------------------------------------------------------------------


def infer_anchor(doc: Document) -> None:
    """Fix an undated document's reference date from what it says: its latest full date, when a bare
    weekday in the text names that date's weekday ('June 13, 2025' and 'starting Friday')."""
    if doc.published or doc.anchor:
        return
    full: list[tuple[date, str]] = []
    weekdays: set[int] = set()
    for match in _date_matches(doc):
        if match["full"] and match["year"]:
            day = _safe_date(int(match["year"]), D.month_number(match["month"]), D.day_number(match))
            if day:
                full.append((day, match.group()))
        elif match["relwd"]:
            weekdays.add(D.weekday_number(match["wd"]))
    if not full:
        return
    latest, written = max(full)
    if latest.weekday() in weekdays and not _later_yearless_dates(doc, latest):
        doc.anchor = latest
        doc.anchor_note = f"anchored on '{written}', a {latest:%A}, which a bare '{latest:%A}' in the text names"
    else:
        doc.anchor_note = f"year {latest.year} taken from '{written}'; weekdays left unresolved"
        doc.anchor = None
        doc._default_year = latest.year  # type: ignore[attr-defined]


def _later_yearless_dates(doc: Document, anchor: date) -> bool:
    """True when a date written without a year would fall more than a week after the anchor: the anchor
    is then an event date inside the story, not the day the story was written."""
    for match in _date_matches(doc):
        if match["full"] and not match["year"]:
            day = _safe_date(anchor.year, D.month_number(match["month"]), D.day_number(match))
            if day and day > anchor + timedelta(days=7):
                return True
    return False


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _date_matches(doc: Document) -> list[regex.Match[str]]:
    """The document's date matches, found once and kept on the document."""
    cached: list[regex.Match[str]] | None = getattr(doc, "_date_matches", None)
    if cached is None:
        cached = D.find_dates(doc.text, doc.body_start)
        doc._date_matches = cached  # type: ignore[attr-defined]
    return cached


def _dates(doc: Document, occupied: _Occupied) -> Iterator[Claim]:
    infer_anchor(doc)
    for match in _date_matches(doc):
        start, end = match.span()
        bare_month = match["monthyear"] and not match["year"] and not match["fuzzy"]
        if bare_month and not D.month_alone_is_date(doc.text, start, match["month"]):
            continue
        if match["relday"] and start > 0 and _CAPITAL_WORD_BEFORE.match(doc.text[max(0, start - 12) : start]):
            continue
        if occupied.taken(start, end):
            continue
        span = _resolve_date(doc, match)
        if span is None:
            continue
        yield _claim(
            doc,
            start,
            end,
            ClaimKind.DATE,
            date_start=span.first,
            date_end=span.last,
            relative=span.relative,
            weekday=span.weekday,
            unresolved=span.unresolved,
        )


def _reference(doc: Document) -> date | None:
    return doc.published or doc.anchor


def _year_for(doc: Document, month: int, day: int | None) -> int | None:
    reference = _reference(doc)
    if reference:
        return D.closest_year(month, day, reference)
    return getattr(doc, "_default_year", None)


def _resolve_date(doc: Document, m: regex.Match[str]) -> D.DateSpan | None:
    start, end = m.span()
    reference = _reference(doc)
    if m["full"]:
        month, day = D.month_number(m["month"]), D.day_number(m)
        year = int(m["year"]) if m["year"] else _year_for(doc, month, day)
        if not 1 <= day <= 31:
            return None
        if year is None:
            return D.DateSpan(start, end, None, None, unresolved="no year and no publication date", year_given=False)
        when = _safe_date(year, month, day)
        if when is None:
            return None
        until = _safe_date(year, month, int(m["day2"])) if m["day2"] else when
        if until is None or until < when:
            return None
        return D.DateSpan(start, end, when, until, weekday=m["wd"], year_given=bool(m["year"]))
    if m["iso"]:
        when = _safe_date(int(m["year"]), int(m["mm"]), int(m["day"]))
        return D.DateSpan(start, end, when, when) if when else None
    if m["slash"] or m["dmy"]:
        a, b, year = int(m["a"]), int(m["b"]), D.year_of(m["year"])
        day_first = m["dmy"] is not None or a > 12
        when = _safe_date(year, b, a) if day_first else _safe_date(year, a, b)
        return D.DateSpan(start, end, when, when) if when else None
    if m["monthyear"]:
        month = D.month_number(m["month"])
        year = int(m["year"]) if m["year"] else _year_for(doc, month, None)
        if year is None:
            return D.DateSpan(start, end, None, None, unresolved="no year and no publication date")
        first, last = D.fuzzy_month(m["fuzzy"], year, month)
        return D.DateSpan(start, end, first, last, relative=not m["year"])
    if m["yearfuzzy"]:
        first, last = D.fuzzy_year(m["fuzzy"], int(m["year"]))
        return D.DateSpan(start, end, first, last)
    if m["quarter"]:
        q, year = D.quarter_number(m), int(m["year"])
        first = date(year, 3 * q - 2, 1)
        return D.DateSpan(start, end, first, D.month_days(year, 3 * q)[1])
    if m["half"]:
        year = int(m["year"])
        first_half = m["hn"] == "1"
        return D.DateSpan(
            start,
            end,
            date(year, 1 if first_half else 7, 1),
            date(year, 6 if first_half else 12, 30 if first_half else 31),
        )
    if m["fy"]:
        last_year = D.year_of(m["fy2"] or m["fy1"])
        if m["fy2"] is None and len(m["fy1"]) == 4:
            last_year = int(m["fy1"])
        return D.DateSpan(start, end, date(last_year - 1, 4, 1), date(last_year, 3, 31))
    if m["span"]:
        first_year = int(m["year"])
        second = int(m["y2"])
        second = first_year // 100 * 100 + second if second < 100 else second
        if not first_year < second <= first_year + 30:
            return None
        return D.DateSpan(start, end, date(first_year, 1, 1), date(second, 12, 31))
    if m["decade"]:
        first_year = int(m["decyear"])
        return D.DateSpan(start, end, date(first_year, 1, 1), date(first_year + 9, 12, 31))
    return _resolve_relative(doc, m, reference)


def _resolve_relative(doc: Document, m: regex.Match[str], reference: date | None) -> D.DateSpan | None:
    start, end = m.span()
    if reference is None:
        return D.DateSpan(start, end, None, None, relative=True, unresolved="relative date and no publication date")
    if m["ago"]:
        amount = D.ago_amount(m["agon"])
        unit = m["agou"].lower().rstrip("s")
        days = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}[unit] * amount
        slack = {"day": 0, "week": 3, "month": 15, "year": 182, "decade": 1826}[unit]
        centre = reference - timedelta(days=days)
        return D.DateSpan(start, end, centre - timedelta(days=slack), centre + timedelta(days=slack), relative=True)
    if m["relp"]:
        first, last = D.relative_period(m["rmod"], m["runit"], reference)
        return D.DateSpan(start, end, first, last, relative=True)
    if m["relday"]:
        word = " ".join(m["rday"].lower().split())
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "the day before yesterday": -2,
                 "the day after tomorrow": 2}[word]  # fmt: skip
        when = reference + timedelta(days=shift)
        return D.DateSpan(start, end, when, when, relative=True)
    modifier = (m["wdmod"] or "").lower()
    if modifier in ("until", "till", "by", "since", "from", "early", "late"):
        return None
    direction = _weekday_direction(doc, m, modifier)
    when = D.resolve_weekday(D.weekday_number(m["wd"]), reference, direction)
    return D.DateSpan(start, end, when, when, relative=True)


def _weekday_direction(doc: Document, m: regex.Match[str], modifier: str) -> str:
    if not doc.published:
        return "nearest"
    if modifier in ("next", "coming", "this coming", "starting", "beginning"):
        return "future"
    if modifier in ("last", "past", "previous"):
        return "last"
    return "future" if tense(doc.text, m.start(), m.end()) == "future" else "past"


# --- ranks, vague amounts, multipliers ------------------------------------------------------------------


def _value_claim(
    doc: Document,
    span: tuple[int, int],
    kind: ClaimKind,
    unit: str,
    stated: tuple[float | None, float | None],
    bound: Bound,
    subtype: str | None = None,
    noun: str | None = None,
    spread: tuple[Bound, float] | None = None,
) -> Claim:
    """A claim from a stated value; `spread` is the bound and half step its interval is drawn with when
    that differs from the stated bound (a fraction word is approximate by nature)."""
    interval_bound, half = spread or (bound, 0.0)
    return _claim(
        doc,
        span[0],
        span[1],
        kind,
        unit=unit,
        noun=noun,
        low=stated[0],
        high=stated[1],
        bound=bound,
        subtype=subtype,
        normalized=normalise(stated[0], stated[1], interval_bound, unit, (half, half)),
    )


def _ranks(doc: Document, occupied: _Occupied) -> Iterator[Claim]:
    for pattern in (P.RANK, P.RANKED):
        for match in pattern.finditer(doc.text, doc.body_start):
            word = match["ord"].lower()
            value = ORDINALS.get(word) or int("".join(ch for ch in word if ch.isdigit()))
            if occupied.taken(match.start(), match.end()):
                continue
            end = match.end("sup") if pattern is P.RANK and match["sup"] else match.end("ord")
            yield _value_claim(
                doc, (match.start(), end), ClaimKind.RANK, "count", (value, value), Bound.EXACT, "ordinal"
            )


_FRACTION_VALUES = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fourth": 25.0, "fifth": 20.0, "tenth": 10.0,
                    "two thirds": 200 / 3, "three quarters": 75.0, "three fourths": 75.0}  # fmt: skip


def _open_sides(value: float, bound: Bound) -> tuple[float | None, float | None]:
    """The stated low and high of one hedged number: 'over 5' has no high, 'under 5' no low."""
    if bound in (Bound.LT, Bound.LE):
        return None, value
    return value, None if bound in (Bound.GT, Bound.GE) else value


def _fractions(doc: Document, occupied: _Occupied) -> Iterator[Claim]:
    """'half of the respondents', 'nearly two-thirds of voters': shares, as percentages."""
    for match in P.FRACTION_OF.finditer(doc.text, doc.body_start):
        start = match.start("hedge") if match["hedge"] else match.start()
        if occupied.taken(start, match.end()):
            continue
        words = match["frac"].lower().replace("-", " ").split()
        value = _FRACTION_VALUES[" ".join(words[-2:]) if len(words) > 1 and words[0] not in ("a", "one") else words[-1]]
        hedge = HEDGES.get(" ".join(match["hedge"].lower().split()), "exact") if match["hedge"] else "exact"
        bound = _BOUND_OF[hedge]
        low, high = _open_sides(value, bound)
        spread = (Bound.APPROX if bound is Bound.EXACT else bound, 0.5)
        yield _value_claim(
            doc, (start, match.end()), ClaimKind.QUANTITY, "percent", (low, high), bound, "fraction", spread=spread
        )


_ONE_IN_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "twenty": 20, "hundred": 100, "thousand": 1000}  # fmt: skip


def _one_in(doc: Document, occupied: _Occupied) -> Iterator[Claim]:
    """'one in five adults': a share, as a percentage of the whole."""
    for match in P.ONE_IN.finditer(doc.text, doc.body_start):
        if occupied.taken(match.start(), match.end()):
            continue
        word = match["n"].lower()
        share = 100.0 / (_ONE_IN_WORDS[word] if word in _ONE_IN_WORDS else int(word))
        yield _value_claim(
            doc,
            match.span(),
            ClaimKind.QUANTITY,
            "percent",
            (share, share),
            Bound.EXACT,
            "fraction",
            spread=(Bound.APPROX, 0.5),
        )


def _hedged_one(doc: Document, occupied: _Occupied) -> Iterator[Claim]:
    """'over a decade', 'nearly a year': one unit of time under a hedge."""
    for match in P.HEDGED_ONE.finditer(doc.text, doc.body_start):
        if occupied.taken(match.start("hedge"), match.end()):
            continue
        bound = _BOUND_OF[HEDGES[" ".join(match["hedge"].lower().split())]]
        unit = TIME_UNITS[match["unit"].lower()]
        low, high = _open_sides(1.0, bound)
        yield _value_claim(doc, (match.start("hedge"), match.end()), ClaimKind.DURATION, unit, (low, high), bound)


def _fuzzy_amounts(doc: Document, occupied: _Occupied) -> Iterator[Claim]:
    """'several months', 'hundreds of applications': vague amounts as wide ranges."""
    for match in P.FUZZY_AMOUNT.finditer(doc.text, doc.body_start):
        low, high = FUZZY_AMOUNTS[" ".join(match["fuzzy"].lower().split())]
        after = P.UNIT_AFTER.match(doc.text, match.end(), match.end() + P.LOOKAHEAD)
        if after and after["word"] and after["word"].lower() in TIME_UNITS and after["sep"].strip() == "":
            unit, kind, noun, end = TIME_UNITS[after["word"].lower()], ClaimKind.DURATION, None, after.end()
        else:
            found = _counted_noun(doc.text, match.end(), plural=True)
            if found is None:
                continue
            noun, end = found
            unit, kind = "count", ClaimKind.QUANTITY
        if occupied.taken(match.start(), end):
            continue
        yield _value_claim(doc, (match.start(), end), kind, unit, (float(low), float(high)), Bound.RANGE, "vague", noun)


def _multiplier_verbs(doc: Document, occupied: _Occupied) -> Iterator[Claim]:
    for match in P.MULTIPLIER_VERB.finditer(doc.text, doc.body_start):
        if occupied.taken(match.start(), match.end()):
            continue
        factor = MULTIPLIER_VERBS[match["stem"].lower()]
        yield _multiplier(doc, match.start(), match.end(), factor, "change")
    for match in P.WORD_FOLD.finditer(doc.text, doc.body_start):
        if not occupied.taken(match.start(), match.end()):
            factor = SMALL_NUMBERS.get(match["n"].lower()) or TENS.get(match["n"].lower()) or float(match["n"])
            yield _multiplier(doc, match.start(), match.end(), float(factor), "multiplier")
    for match in P.MULTIFOLD.finditer(doc.text, doc.body_start):
        if not occupied.taken(match.start(), match.end()):
            yield _value_claim(
                doc, match.span(), ClaimKind.QUANTITY, "dimensionless", (1.0, None), Bound.GT, "multiplier"
            )


def _multiplier(doc: Document, start: int, end: int, factor: float, subtype: str, half: float = 0.0) -> Claim:
    subtype_name = "multiplier" if subtype == "multiplier" else "multiplier-change"
    return _value_claim(
        doc,
        (start, end),
        ClaimKind.QUANTITY,
        "dimensionless",
        (factor, factor),
        Bound.EXACT,
        subtype_name,
        spread=(Bound.EXACT, half),
    )


# --- numbers -------------------------------------------------------------------------------------------


def _numbers(doc: Document, occupied: _Occupied) -> Iterator[Claim]:
    text, pos = doc.text, doc.body_start
    while True:
        match = NUMBER.search(text, pos)
        if match is None:
            return
        claim, resume = _number_claim(doc, match, occupied)
        pos = max(resume, match.start() + 1)
        if claim is not None:
            occupied.take(claim.start, claim.end)
            yield claim


def _single(doc: Document, match: regex.Match[str], occupied: _Occupied) -> tuple[Claim | None, int]:
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
    doc: Document, match: regex.Match[str], occupied: _Occupied, allow_range: bool = True
) -> tuple[Claim | None, int]:
    """The claim a number makes with the words around it: prefix (currency, sign, hedge), range, unit or
    counted noun, rate and bound; or a year, a multiplier, or nothing."""
    if occupied.taken(match.start(), match.start() + 1) or _is_identifier(doc.text, match):
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
        change = bool(P.CHANGE_JUST_BEFORE.search(reading.hedge_text))
        reading.first, reading.second, unit_match = _range_second(
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
    currency = CURRENCY_SYMBOLS["".join(currency_match["cur"].split())] if currency_match else None
    first = parse_number(match, currency=currency is not None)
    if first is None:
        return None
    span_start = start - len(currency_match.group()) if currency_match else start
    minus = P.MINUS_BEFORE.search(before)
    if minus and first.value > 0:
        first = ParsedNumber(-first.value, first.start, first.end, first.half_step, first.is_word, first.plain_digits)
        span_start = start - len(before) + minus.start()
    hedge_text = before[: len(before) - len(currency_match.group())] if currency_match else before
    return _Reading(
        match,
        first,
        before,
        hedge_text,
        span_start,
        currency,
        P.HEDGE_BEFORE.search(hedge_text),
        P.RANGE_START.search(hedge_text),
        end=first.end,
    )


def _read_unit(
    doc: Document, reading: _Reading, unit_match: regex.Match[str] | None, occupied: _Occupied
) -> tuple[Claim | None, int] | None:
    """Unit, age, year or counted noun after a number, then a rate; returns an early answer for years,
    multipliers and numbers to skip, else None with the reading filled in."""
    text, last = doc.text, reading.last
    unit_match = unit_match or _unit_after(text, last, reading.currency is not None)
    reading.end = last.end
    if unit_match is not None:
        reading.kind, reading.unit, reading.subtype = _classify_unit(text, unit_match, last, reading.currency)
        reading.end = unit_match.end()
        if reading.unit is None:
            return None, reading.match.end()
    elif reading.currency:
        reading.unit, reading.subtype = reading.currency, "currency"
    if reading.subtype == "age":
        reading.end = P.AGE_AFTER.match(text, reading.end, reading.end + P.LOOKAHEAD).end()  # type: ignore[union-attr]
    if reading.unit is None and _is_age(text, reading.before, last):
        reading.unit, reading.subtype = "year", "age"
    if reading.unit is None:
        year = _year_claim(doc, reading.first, reading.second, reading.hedge, occupied)
        if year is not None:
            return year, year.end
        if reading.first.is_word and reading.first.value == 1 and not reading.hedge and reading.second is None:
            return None, reading.first.end
        found = _counted_noun(text, last.end, plural=last.value != 1) or _fact_box_noun(text, last.end)
        reading.unit, reading.subtype = "count", "count" if found else None
        if found:
            reading.noun, reading.end = found
    rated = reading.unit not in ("percent", "count", *TIME_UNITS.values()) or reading.noun is not None
    rate = P.RATE_AFTER.match(text, reading.end, reading.end + P.LOOKAHEAD) if rated else None
    if rate and reading.subtype != "age":
        reading.unit, reading.end = f"{reading.unit} / {_RATE_UNITS[rate['per'].lower()]}", rate.end()
    if reading.subtype == "multiplier" and reading.second is None:
        first = reading.first
        return _multiplier(
            doc, reading.span_start, reading.end, first.value, "multiplier", first.half_step
        ), reading.end
    return None


def _read_bound(text: str, reading: _Reading) -> None:
    """The bound a hedge before ('over', 'nearly') or after ('or more', '-odd') puts on the number."""
    hedge = reading.hedge
    if hedge and not reading.second:
        hedge_word = " ".join(hedge["hedge"].lower().split())
        reading.bound = _BOUND_OF[HEDGES[hedge_word]]
        if hedge_word in ("a maximum of", "a minimum of") and reading.unit in ("degC", "degF"):
            reading.bound = Bound.EXACT  # 'recorded a maximum of 44.2°C' states the day's high, not a cap
        reading.below = HEDGES[hedge_word] == "approx_below"
        reading.span_start = reading.match.start() - len(reading.before) + hedge.start("hedge")
    elif reading.range_word and reading.second:
        reading.span_start = reading.match.start() - len(reading.before) + reading.range_word.start("word")
    elif reading.second:
        reading.bound = Bound.RANGE
    trailing = P.HEDGE_AFTER.match(text, reading.end, reading.end + P.LOOKAHEAD)
    if trailing and not reading.second and reading.bound is Bound.EXACT:
        reading.bound = _BOUND_OF[TRAILING_HEDGES[" ".join(trailing["hedge"].lower().split())]]
        reading.end = trailing.end()
        found = _counted_noun(text, reading.end, plural=True) if reading.unit == "count" and not reading.noun else None
        if found:
            reading.noun, reading.end = found
    if reading.second:
        reading.bound = Bound.RANGE


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
    if reading.second is not None:
        steps = (min(steps), min(steps))
    interval = normalise(low, high, reading.bound, unit, steps)
    if reading.below and interval.high is not None and interval.low is not None:
        interval = interval.model_copy(update={"high": normalise(high, high, Bound.EXACT, unit, steps).high})
    kind = reading.kind
    if kind is ClaimKind.QUANTITY and unit in TIME_UNITS.values() and reading.subtype != "age":
        kind = ClaimKind.DURATION
    subtype = reading.subtype
    if subtype != "multiplier" and P.DIFFERENCE_AFTER.match(doc.text, reading.end, reading.end + P.LOOKAHEAD):
        subtype = "difference"
    return _claim(
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


def _is_code(word: str) -> bool:
    """'AI 171', 'MAX 9', 'ISO 9001': a short all-capital code before a number names a flight, model or
    standard (currency codes and 'No' are handled apart)."""
    return 2 <= len(word) <= 4 and word.isupper() and word.isalpha() and word not in CURRENCY_SYMBOLS


def _is_age(text: str, before: str, number: ParsedNumber) -> bool:
    """'Donald Trump, 78, won', 'women aged 21 to 65', 'under the age of five': a person's age in years."""
    if not (0 < number.value <= 120 and number.value == int(number.value)):
        return False
    found = P.AGE_BEFORE.search(before)
    if found is None:
        return False
    if found.group().rstrip().endswith(","):
        return text[number.end : number.end + 1] == ","
    return True


def _is_identifier(text: str, match: regex.Match[str]) -> bool:
    """'F-35', 'Covid-19', 'Article 370', '3G', 'two-way': numbers that name things rather than count them."""
    start = match.start()
    glued = P.HYPHEN_NOUN.match(text, match.end(), match.end() + 24)
    if glued and glued["word"].lower() in _NOT_COUNTED:
        return True
    if match["words"] is None and start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        glue = P.IDENTIFIER_GLUE.search(text, max(0, start - 20), start)
        if glue and glue.group().rstrip("-").lower() not in ("mid", "pre", "post", "over", "under", "about"):
            return True
    word = P.WORD_BEFORE.search(text, max(0, start - 20), start)
    if word and match["words"] is None:
        head = word["word"].rstrip(".")
        if head in IDENTIFIER_HEADS or head.lower() in _LOWER_IDENTIFIER_HEADS or _is_code(head):
            return True
    if match["words"] is None and start >= 2 and text[start - 1] == "-" and text[start - 2].isdigit():
        return True
    end = match.end()
    if match["words"] is None and end < len(text) and text[end].isalpha():
        glued = _GLUED_LETTERS.match(text, end, min(len(text), end + 8))
        letters = glued.group() if glued else ""
        known = letters in UNIT_SYMBOLS or letters.lower() in UNIT_WORDS or letters.lower() in TIME_UNITS
        return not (known or letters.lower() in ("x", "fold", "bn", "mn", "cr", "k", "m", "b", "tn", "mln"))
    return False


def _range_second(
    doc: Document, first: ParsedNumber, currency: bool, has_range_word: bool, after_change: bool = False
) -> tuple[ParsedNumber, ParsedNumber | None, regex.Match[str] | None]:
    """The two ends of '6-8', 'six to eight', 'between 5 and 6', '5% to 6%', '$5-6 million' (the scale
    written once applies to both), with the unit they share; the second end is None for no range."""
    text = doc.text
    unit_first = _unit_after(text, first, currency)
    join_at = unit_first.end() if unit_first is not None else first.end
    join = P.RANGE_JOIN.match(text, join_at, join_at + P.LOOKAHEAD)
    no_range = (first, None, None)
    if join is None:
        return no_range
    connector = join["join"].strip().lower()
    if connector == "and" and not has_range_word:
        return no_range
    if connector == "to" and after_change:
        return no_range
    if connector in ("/", "or") and (unit_first is not None or not first.is_word):
        return no_range
    nxt = NUMBER.match(text, join.end(), join.end() + P.LOOKAHEAD)
    second = parse_number(nxt, currency=currency) if nxt else None
    if second is None or second.is_word != first.is_word:
        return no_range
    if first.plain_digits and second.plain_digits and _looks_like_years(first, second):
        return no_range
    unscaled_second = _unscaled(text, second)
    if second.value != unscaled_second and first.value < unscaled_second * 10 and first.value < 1000:
        scale = second.value / unscaled_second
        first = ParsedNumber(first.value * scale, first.start, first.end, first.half_step * scale, False, False)
    if not first.value < second.value:
        return no_range
    unit_second = _unit_after(text, second, currency)
    if unit_first is not None and unit_second is not None and _unit_key(unit_first) != _unit_key(unit_second):
        return no_range
    if unit_first is not None and unit_second is None:
        return no_range
    return first, second, unit_second or unit_first


def _unscaled(text: str, number: ParsedNumber) -> float:
    digits = _DIGITS.match(text, number.start, number.end)
    try:
        return float(digits.group().replace(",", "")) if digits else number.value
    except ValueError:
        return number.value


def _looks_like_years(first: ParsedNumber, second: ParsedNumber) -> bool:
    return 1800 <= first.value <= 2100 and (1800 <= second.value <= 2100 or second.value < 100)


def _unit_key(match: regex.Match[str]) -> str:
    word = match["word"] or match["sym"] or match["fold"] or match["tok"] or ""
    return UNIT_WORDS.get(word.lower()) or TIME_UNITS.get(word.lower()) or UNIT_SYMBOLS.get(word) or word.lower()


def _unit_after(text: str, number: ParsedNumber, currency: bool) -> regex.Match[str] | None:
    """The unit written right after a number, if any; glued symbols ('40C', '100m') only without a gap."""
    found = P.UNIT_AFTER.match(text, number.end, number.end + P.LOOKAHEAD)
    if found is None or P.NOT_A_UNIT.match(
        text, found.start("word") if found["word"] else found.end(), found.end() + 20
    ):
        return None
    gap = found["sep"]
    if found["tok"] and pint_unit(found["tok"]) is None:
        return None
    if found["sym"] and found["sym"] in GLUED_ONLY_SYMBOLS and gap:
        return None
    if found["sym"] in ("m", "b", "k") and currency:
        return None
    if found["fold"] and found["fold"].lower() == "x" and gap:
        return None
    if (
        found["fold"]
        and found["fold"].lower() == "times"
        and not P.COMPARATIVE_AFTER.match(text, found.end(), found.end() + P.LOOKAHEAD)
    ):
        return None
    return found


def _classify_unit(
    text: str, found: regex.Match[str], number: ParsedNumber, currency: str | None
) -> tuple[
    ClaimKind,
    str | None,
    str | None,
]:
    """Kind, pint unit and subtype of a matched unit."""
    if found["tok"]:
        unit = pint_unit(found["tok"])
        power = _POWERS.get(found["power"] or found["power_after"] or found["power_word"] or "", "")
        return ClaimKind.QUANTITY, f"{unit}{power}" if unit else None, None
    if found["fold"]:
        return ClaimKind.QUANTITY, "dimensionless", "multiplier"
    word = (found["word"] or "").lower()
    if word in TIME_UNITS:
        if P.AGE_AFTER.match(text, found.end(), found.end() + P.LOOKAHEAD) and word in ("year", "years"):
            return ClaimKind.QUANTITY, "year", "age"
        return ClaimKind.DURATION, TIME_UNITS[word], None
    if word in ("pounds", "pound"):
        if currency or number.value >= 1e6:
            return ClaimKind.QUANTITY, "GBP", "currency"
        return ClaimKind.QUANTITY, "pound", None
    if word in _CURRENCY_WORDS_LOWER:
        code = CURRENCY_WORDS.get(found["word"]) or _CURRENCY_WORDS_LOWER[word]
        return ClaimKind.QUANTITY, code, "currency"
    unit = UNIT_WORDS[" ".join(word.split())] if word else UNIT_SYMBOLS[found["sym"]]
    if currency:
        return ClaimKind.QUANTITY, f"{currency} / {unit}" if unit != "percent" else "percent", "currency"
    subtype = "percent" if unit == "percent" else None
    return ClaimKind.QUANTITY, unit, subtype


def _year_claim(
    doc: Document, first: ParsedNumber, second: ParsedNumber | None, hedge: object, occupied: _Occupied
) -> Claim | None:
    """A bare four-digit number from 1800 to 2100 is a year unless it counts something after it; after a
    determiner it is a year even then ('the 2020 municipal polls')."""
    if second is not None or hedge or not first.plain_digits or not 1800 <= first.value <= 2100:
        return None
    determiner = P.DETERMINER_BEFORE.search(doc.text, max(0, first.start - 8), first.start)
    if not determiner and _counted_noun(doc.text, first.end, plural=True):
        return None
    year = int(first.value)
    return _claim(
        doc,
        first.start,
        first.end,
        ClaimKind.DATE,
        date_start=date(year, 1, 1),
        date_end=date(year, 12, 31),
        subtype="year",
    )


def _counted_noun(text: str, position: int, plural: bool) -> tuple[str, int] | None:
    """The head noun a number counts ('30 applications', 'seven major rare earth minerals', 'a four-storey
    building'), singular, and where it ends; None when no noun follows within four words."""
    glued = P.HYPHEN_NOUN.match(text, position, position + P.LOOKAHEAD)
    if glued and glued["word"].lower() not in FUNCTION_WORDS and glued["word"].lower() not in TRAILING_HEDGES:
        return singular_noun(glued["word"].lower()) or glued["word"].lower(), glued.end()
    pos = position
    for index in range(4):
        found = P.WORD_AFTER.match(text, pos, pos + P.LOOKAHEAD)
        if found is None:
            return None
        word = found["word"]
        lower = word.lower().rstrip("'’")
        if lower in FUNCTION_WORDS or lower in TIME_UNITS:
            return None
        if not plural:
            return (lower, found.end()) if index == 0 and word[0].islower() else None
        singular = singular_noun(lower)
        if singular is not None:
            return singular, found.end()
        pos = found.end()
    return None


def _fact_box_noun(text: str, position: int) -> tuple[str, int] | None:
    """'30: No. of Indian applicants': a fact-box figure counts the noun after the colon."""
    colon = P.FACT_BOX_AFTER.match(text, position, position + P.LOOKAHEAD)
    if colon is None or "\n" in text[position : colon.end()]:
        return None
    found = _counted_noun(text, colon.end() - 1, plural=True)
    if found is None:
        return None
    return found[0], position


def singular_noun(word: str) -> str | None:
    """The singular of a plural-looking noun, or None when the word does not look plural."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if len(word) < 4 or not word.endswith("s") or word.endswith(NOT_PLURAL_ENDINGS) or "-" in word[-3:]:
        return None
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("uses") and len(word) >= 5 and word[-5] not in "aeiou":
        return word[:-2]
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    return word[:-1]
