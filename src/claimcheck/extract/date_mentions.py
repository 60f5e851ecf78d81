"""Date and clock-time mentions: found with the patterns of dates.py, resolved against the reference date."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import partial

import regex

from claimcheck.document import Document
from claimcheck.extract import dates as D
from claimcheck.extract import day_ranges as R
from claimcheck.extract.anchor import date_matches, safe_date
from claimcheck.extract.mentions import Occupied, counted_noun, make_claim
from claimcheck.extract.periods import (
    PERIOD,
    Told,
    find_periods,
    is_period_a_date,
    resolve_period,
    told_at_start,
)
from claimcheck.extract.quarters import fiscal_year_of
from claimcheck.lang import LEXICON
from claimcheck.models import Claim, ClaimKind
from claimcheck.sentences import sentence_span, tense

_CAPITAL_WORD_BEFORE = regex.compile(r"[A-Z]\w*\s$")
_RECURRING_BEFORE = regex.compile(rf"\b(?i:{'|'.join(LEXICON.recurring_cues)})\s+$")
# 'Jan Kavan of the Czech Republic': an undotted month abbreviation before a capitalised word is a first name.
_NAME_AFTER = regex.compile(r" [A-Z][a-z]")
# A weekday is told as still to come only with a plain future ('will', 'is to', 'scheduled'), not 'until'.
_PLAIN_FUTURE = regex.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+due|are\s+due|scheduled|set\s+to|expected\s+to|plans?\s+to"
    r"|planned\s+to|would|upcoming|to\s+be\s+held|is\s+set|are\s+set|aims?\s+to|intends?\s+to|hopes?\s+to"
    r"|likely\s+to|begins|starts|opens|kicks\s+off|takes\s+effect|comes\s+into\s+force|planning\s+to"
    r"|as\s+(?:soon|early)\s+as)\b|'ll\b",
    regex.IGNORECASE,
)
_QUARTER_REACH = 400
_YEAR_REACH = 600
_COMPARED_BEFORE = regex.compile(
    r"\b(?i:compared\s+(?:with|to)|from|against|versus|vs\.?|than|(?:same|corresponding|comparable)\s+(?:period|quarter))"
    r"\b[^.;:!?]{0,60}$"
)
_QUARTER_AFTER = regex.compile(r"['’]s\s+(?:(?:same|comparable|corresponding)\s+)?(?i:quarter|period)\b")
_OF_BEFORE = regex.compile(r"(?<!\b(?i:as)\s+)\b(?i:of)\s+$")
_POSSESSIVE_NOUN = regex.compile(r"['’]s\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")
# 'has until 9 a.m. Tuesday to sign', 'extended its deadline until Friday': a time limit set, which lies ahead.
_UNTIL_BEFORE = regex.compile(
    r"\b(?i:until|till)\s+(?:(?i:noon|midnight|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm))(?:\s+[A-Z]{2,4})?\s+)?$"
)
_LIMIT_AFTER = regex.compile(r"\s+to\s+(?!(?:the|a|an|his|her|its|their|be)\b)[a-z]{2,}\b")
_LIMIT_WORD_BEFORE = regex.compile(r"\b(?i:deadline|ultimatum|grace\s+period)\b")
_AND_DAY = regex.compile(r"\s+(?:and|or|&)\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\w%:/-]|[.,]\d)")
_DEADLINE_BEFORE = regex.compile(rf"\b((?i:{'|'.join(LEXICON.deadline_words)}))\s+$")
# A year written alone ('in 1988,'): not part of a number, an amount or a longer date.
_BARE_YEAR = regex.compile(r"(?<![\w$£€.,/-])(?P<year>1[89]\d\d|20\d\d)(?![\w%/-]|[.,]\d|['’]s)")
_ENDED_BETWEEN = regex.compile(rf"\s+(?i:{'|'.join(LEXICON.accounts_year_ends)})\s+")
_MONTH_COUNTS = "|".join(sorted((w for w, n in LEXICON.small_numbers.items() if 2 <= n <= 11), key=len, reverse=True))
_TO_DATE_LEADS = "|".join(sorted(LEXICON.to_date_leads, key=len, reverse=True)).replace(" ", r"\s+")
_TO_DATE = regex.compile(
    rf"(?<![\w-])(?i:{_TO_DATE_LEADS})\s+(?:(?i:{_MONTH_COUNTS})|[2-9]|1[01])\s+(?i:months)(?![\w-])"
)
_SINCE_BEFORE = regex.compile(
    rf"\b(?i:{'|'.join(LEXICON.since_words)})\s+(?:(?i:shortly|just|soon|right|immediately)\s+(?i:after|before)\s+)?"
    r"(?:(?i:the)\s+)?$"
)


def times(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    for match in D.TIME.finditer(doc.text, doc.body_start):
        if occupied.taken(match.start(), match.end()):
            continue
        reference = doc.reference_date
        clock, offset = D.clock_time(match, reference.month if reference else None)
        yield make_claim(doc, match.start(), match.end(), ClaimKind.TIME, time=clock, utc_offset=offset)
    for match in D.CLOCK_WORD.finditer(doc.text, doc.body_start):
        start, end = match.span("clock")
        if not occupied.taken(start, end):
            clock = LEXICON.clock_words[match["clock"].lower()]
            yield make_claim(doc, start, end, ClaimKind.TIME, time=clock, utc_offset=None)


def dates(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    told = told_at_start(doc.text)
    for match in _mentions(doc):
        start, end = match.span()
        if match.re is _TO_DATE:
            told = _to_date_named(told, match, _reference(doc))
            continue
        if occupied.taken(start, end):
            continue
        if match.re is PERIOD:
            if not is_period_a_date(doc.text, match):
                continue
            if match["backref"]:
                told = _bare_year_named(doc, told, start)
            span = resolve_period(match, _reference(doc), partial(_told_future, doc, start, end), told)
        elif _stands_as_date(doc, match):
            span = _resolve_date(doc, match, told)
        else:
            continue
        if span is None:
            continue
        told = _remember(doc.text, told, span, match, _reference(doc))
        for said in (span, _second_day(doc, match, span)):
            if said is None:
                continue
            yield make_claim(
                doc,
                said.start,
                said.end,
                ClaimKind.DATE,
                date_start=said.first,
                date_end=said.last,
                relative=said.relative,
                weekday=said.weekday,
                unresolved=said.unresolved,
                part=said.part,
            )


def _bare_year_named(doc: Document, told: Told, before: int) -> Told:
    """'totaled $37 million in 1988, a small share of the imports that year': a bare year is a figure to the
    date pass, so the year a back reference points to may be one written after the date named last."""
    since = max(told.last.end if told.last else doc.body_start, before - _YEAR_REACH)
    years = list(_BARE_YEAR.finditer(doc.text, since, before))
    if not years:
        return told
    year = years[-1]
    value = int(year["year"])
    return replace(told, last=R.DateSpan(year.start(), year.end(), date(value, 1, 1), date(value, 12, 31)))


def _second_day(doc: Document, match: regex.Match[str], span: R.DateSpan) -> R.DateSpan | None:
    """'April 24 and 25': the day after 'and' is a date of the same month and year."""
    if match.re is PERIOD or not match["full"] or match["day2"] or match["weekof"] or span.first is None:
        return None
    if match["year"] or not match["day"] or not match.group().endswith(match["day"]):
        return None  # '24 April and 25', 'April 24, 2025 and 25': no second day of that month
    second = _AND_DAY.match(doc.text, match.end())
    if second is None or counted_noun(doc.text, second.end(), plural=True):
        return None  # 'on May 5 and 6 people were hurt' counts people
    when = safe_date(span.first.year, span.first.month, int(second["day"]))
    if when is None or when <= span.first:
        return None
    return replace(span, start=second.start("day"), end=second.end("day"), first=when, last=when, weekday=None)


def _mentions(doc: Document) -> list[regex.Match[str]]:
    """Date and period matches in text order; where two overlap, the one that starts first (or is longer) stays."""
    to_date = _TO_DATE.finditer(doc.text, doc.body_start) if "months" in doc.text else ()
    found = sorted(
        (*date_matches(doc), *find_periods(doc.text, doc.body_start), *to_date), key=lambda m: (m.start(), -m.end())
    )
    kept: list[regex.Match[str]] = []
    for match in found:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


def _stands_as_date(doc: Document, match: regex.Match[str]) -> bool:
    """Whether a DATE match is a date here: a bare 'May' needs a cue, 'Today' after a capital is a name."""
    start = match.start()
    bare_month = match["monthyear"] and not match["year"] and not match["fuzzy"] and not match["mmod"]
    if bare_month and not match["myrel"] and not D.month_alone_is_date(doc.text, start, match["month"]):
        return False
    abbreviation = bare_month and len(match["month"]) <= 4 and match["month"] not in ("May", "June", "July")
    if abbreviation and _NAME_AFTER.match(doc.text, match.end()):
        return False
    if (bare_month or (match["relwd"] and not match["wdmod"])) and _RECURRING_BEFORE.search(
        doc.text, max(0, start - 8), start
    ):
        return False  # 'each Thursday', 'every July': a recurring day, no date
    if match["relp"] and match["runit"].istitle():
        return False  # 'ABC's "This Week"': a relative period with a capital unit is a title
    if match["relday"] and _generic_day(doc.text, match):
        return False
    return not (match["relday"] and start > 0 and _CAPITAL_WORD_BEFORE.match(doc.text[max(0, start - 12) : start]))


def _generic_day(text: str, match: regex.Match[str]) -> bool:
    """'the people of tomorrow', 'today's youth': the present or future at large, not a day."""
    if match["rday"].lower() not in ("today", "tomorrow"):
        return False
    words = _POSSESSIVE_NOUN.match(text, match.end())
    if words is None:
        return bool(_OF_BEFORE.search(text, max(0, match.start() - 8), match.start()))
    return any(w is not None and w.lower() in LEXICON.generic_today_nouns for w in (words[1], words[2]))


def _remember(text: str, told: Told, span: R.DateSpan, match: regex.Match[str], reference: date | None) -> Told:
    """What a later 'the quarter' or 'a year earlier' points back to: the last date, the last quarter named, and
    the quarter the story reports (the latest-ending one named that is over). 'Now' points back to nothing, and
    the day a period ended on ('the quarter ended Sept. 30') leaves that period the one named last."""
    if span.first is None or _ends_last_period(text, told, match):
        return told
    if match.re is PERIOD:
        pointing_back = match["qago"] or match["pago"] or match["pyear"] or match["yearago"] or match["shift"]
        if pointing_back or match["backref"] or match["now"]:
            return told
        named_quarter = match["ordq"] or match["qcode"] or match["plainq"]
        if not named_quarter:
            return replace(told, last=span)
        ended = reference is None or (span.last is not None and span.last < reference)
        before = told.reported.last if told.reported else None
        latest = before is None or (span.last is not None and span.last >= before)
        return replace(told, last=span, quarter=span, reported=span if ended and latest else told.reported)
    return told if match["ago"] else replace(told, last=span)


def _to_date_named(told: Told, match: regex.Match[str], reference: date | None) -> Told:
    """'For the nine months': the year to date of the quarter reported (or of the reference), kept as its year."""
    named = told.reported or told.quarter
    year = named.last.year if named and named.last else reference.year if reference else None
    if year is None:
        return told
    span = R.DateSpan(match.start(), match.end(), date(year, 1, 1), date(year, 12, 31))
    return replace(told, last=span, to_date=span)


def _ends_last_period(text: str, told: Told, match: regex.Match[str]) -> bool:
    """'for the quarter ended Sept. 30': a day written as the end of the period just named."""
    last = told.last
    if last is None or last.first is None or last.first == last.last or not 0 < match.start() - last.end < 12:
        return False
    return bool(_ENDED_BETWEEN.fullmatch(text, last.end, match.start()))


def _told_future(doc: Document, start: int, end: int) -> bool:
    """Whether the clause around a mention speaks of what is to come."""
    return tense(doc.text, start, end) == "future"


def _reference(doc: Document) -> date | None:
    return doc.published or doc.anchor


def _year_for(doc: Document, month: int, day: int | None, m: regex.Match[str]) -> int | None:
    """The year of a date written without one: the nearest, unless the clause's tense puts it on the other side."""
    reference = _reference(doc)
    if reference is None:
        return doc.default_year
    if _SINCE_BEFORE.search(doc.text, max(0, m.start() - 40), m.start()):
        come = safe_date(reference.year, month, day or 1) or date(reference.year, month, 28)
        return reference.year if come <= reference else reference.year - 1
    deadline = _DEADLINE_BEFORE.search(doc.text, max(0, m.start() - 10), m.start()) if day is None else None
    if deadline:
        return R.year_by_tense(month, day, reference, lambda: LEXICON.deadline_words[deadline[1].lower()])
    return R.year_by_tense(month, day, reference, lambda: tense(doc.text, m.start(), m.end()))


def _resolve_date(doc: Document, m: regex.Match[str], told: Told) -> R.DateSpan | None:
    start, end = m.span()
    reference = _reference(doc)
    if m["full"]:
        month, day = D.month_number(m["month"]), D.day_number(m)
        year = int(m["year"]) if m["year"] else _year_for(doc, month, day, m)
        if not 1 <= day <= 31:
            return None
        if year is None:
            return R.DateSpan(start, end, None, None, unresolved="no year and no publication date", year_given=False)
        when = safe_date(year, month, day)
        if when is None:
            return None
        until = safe_date(year, month, int(m["day2"])) if m["day2"] else when
        if until is None or until < when:
            return None
        if m["weekof"]:
            monday, sunday = R.week_of(when)
            return R.DateSpan(start, end, monday, sunday, year_given=bool(m["year"]))
        return R.DateSpan(start, end, when, until, weekday=m["wd"], year_given=bool(m["year"]))
    if m["iso"]:
        when = safe_date(int(m["year"]), int(m["mm"]), int(m["day"]))
        return R.DateSpan(start, end, when, when) if when else None
    if m["slash"] or m["dmy"]:
        a, b, year = int(m["a"]), int(m["b"]), R.year_of(m["year"])
        day_first = m["dmy"] is not None or a > 12
        when = safe_date(year, b, a) if day_first else safe_date(year, a, b)
        return R.DateSpan(start, end, when, when) if when else None
    if m["monthyear"]:
        month = D.month_number(m["month"])
        year = int(m["year"]) if m["year"] else _month_year(doc, month, m)
        if year is None:
            return R.DateSpan(start, end, None, None, unresolved="no year and no publication date")
        first, last = R.fuzzy_month(m["fuzzy"], year, month)
        return R.DateSpan(start, end, first, last, relative=not m["year"], part=R.part_of(m["fuzzy"]))
    if m["yearfuzzy"]:
        first, last = R.fuzzy_year(m["fuzzy"], int(m["year"]))
        return R.DateSpan(start, end, first, last, part=R.part_of(m["fuzzy"]))
    if m["half"]:
        year = int(m["year"])
        first_half = m["hn"] == "1"
        return R.DateSpan(
            start,
            end,
            date(year, 1 if first_half else 7, 1),
            date(year, 6 if first_half else 12, 30 if first_half else 31),
        )
    if m["fy"]:
        last_year = R.year_of(m["fy2"] or m["fy1"])
        if m["fy2"] is None and len(m["fy1"]) == 4:
            last_year = int(m["fy1"])
        return R.DateSpan(start, end, date(last_year - 1, 4, 1), date(last_year, 3, 31))
    if m["span"]:
        first_year = int(m["year"])
        second = int(m["y2"])
        second = first_year // 100 * 100 + second if second < 100 else second
        if not first_year < second <= first_year + 30:
            return None
        return R.DateSpan(start, end, date(first_year, 1, 1), date(second, 12, 31))
    if m["decade"]:
        decade = int(m["decyear"]) if m["decyear"] else _decade_year(doc, m)
        if decade is None:
            return R.DateSpan(start, end, None, None, unresolved="decade without a century and no publication date")
        first, last = R.fuzzy_decade(m["decfuzzy"], decade)
        return R.DateSpan(start, end, first, last, part=R.part_of(m["decfuzzy"]))
    return _resolve_relative(doc, m, reference, told)


def _decade_year(doc: Document, m: regex.Match[str]) -> int | None:
    """The first year of 'the nineties' or 'the '80s': the latest such decade begun by the reference year."""
    reference = _reference(doc)
    year = reference.year if reference else doc.default_year
    if year is None:
        return None
    tens = int(m["dectens"]) if m["dectens"] else LEXICON.decades[m["decword"].lower()]
    first = year // 100 * 100 + tens
    return first - 100 if first > year else first


def _resolve_relative(doc: Document, m: regex.Match[str], reference: date | None, told: Told) -> R.DateSpan | None:
    start, end = m.span()
    if m["ago"] and _points_back_to_quarter(m, told):
        return _ago(m, reference, told)
    if reference is None:
        return R.DateSpan(start, end, None, None, relative=True, unresolved="relative date and no publication date")
    if m["ago"]:
        return _ago(m, reference, told)
    if m["relp"] and told.fiscal and m["fiscal"] and m["runit"].lower() == "year":
        first, last = R.relative_period(m["rmod"], m["runit"], reference)
        first, last = fiscal_year_of(reference, first.year - reference.year)
        return R.DateSpan(start, end, first, last, relative=True)
    if m["relp"] and _last_year_of_quarter(doc.text, m, told) and told.quarter and told.quarter.first:
        first = told.quarter.first.replace(year=told.quarter.first.year - 1)
        return R.DateSpan(start, end, first, R.month_days(first.year, first.month + 2)[1], relative=True)
    if m["relp"]:
        first, last = R.relative_period(m["rmod"], m["runit"], reference)
        return R.DateSpan(start, end, first, last, relative=True, part=R.relative_part(m["rmod"]))
    if m["ofthe"]:
        return _part_of_the(doc, m, reference)
    if m["fullyear"]:
        year = _full_year(doc, m, reference, told)
        return R.DateSpan(start, end, date(year, 1, 1), date(year, 12, 31), relative=True)
    if m["relday"]:
        word = " ".join(m["rday"].lower().split())
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "the day before yesterday": -2,
                 "the day after tomorrow": 2}[word]  # fmt: skip
        when = reference + timedelta(days=shift)
        return R.DateSpan(start, end, when, when, relative=True)
    modifier = " ".join((m["wdmod"] or "").lower().split())
    direction = _weekday_direction(doc, m, modifier)
    when = R.resolve_weekday(D.weekday_number(m["wd"]), reference, direction)
    return R.DateSpan(start, end, when, when, relative=True)


def _full_year(doc: Document, m: regex.Match[str], reference: date, told: Told) -> int:
    """'for the full year', 'for the year,': the year of the date just named ('the year ended Sept. 30 ... for the
    full year'), else the reference year, or the one before when told in the past (a whole year that is over)."""
    first, final = (told.last.first, told.last.last) if told.last is not None else (None, None)
    near = told.last is not None and m.start() - told.last.end < _YEAR_REACH
    if near and first is not None and final is not None and first.year == final.year:
        return first.year
    return reference.year - 1 if tense(doc.text, m.start(), m.end()) == "past" else reference.year


def _last_year_of_quarter(text: str, m: regex.Match[str], told: Told) -> bool:
    """'net of $24 million, compared with a loss of $3 million last year', 'last year's quarter': in a comparison
    just after a quarter is named, 'last year' is that quarter a year before."""
    if " ".join(m["rmod"].lower().split()) != "last" or m["runit"].lower() != "year" or m["fiscal"]:
        return False
    base = told.last
    if base is None or base is not told.quarter or m.start() - base.end >= _QUARTER_REACH:
        return False
    return bool(_COMPARED_BEFORE.search(text, max(0, m.start() - 80), m.start()) or _QUARTER_AFTER.match(text, m.end()))


def _part_of_the(doc: Document, m: regex.Match[str], reference: date) -> R.DateSpan:
    """'by the end of the year', 'since the start of the month': the reference's year or month (or that half
    of it), or the one before when the clause tells of the past and the part is still to come."""
    written, whole_year = " ".join(m["ofpart"].lower().split()) + " of", m["ofunit"].lower() == "year"
    part = R.part_of(written)

    def period(back: int) -> tuple[date, date]:
        if whole_year:
            return R.fuzzy_year(written, reference.year - back)
        month = R.add_months(reference.replace(day=1), -back)
        return R.fuzzy_month(written, month.year, month.month)

    first, last = period(0)
    if R.part_begins(part, first, last) > reference and tense(doc.text, m.start(), m.end()) == "past":
        first, last = period(1)
    return R.DateSpan(m.start(), m.end(), first, last, relative=True, part=part)


def _weekday_direction(doc: Document, m: regex.Match[str], modifier: str) -> str:
    if not doc.published:
        return "nearest"
    if modifier in ("next", "coming", "this coming", "starting", "beginning"):
        return "future"
    if modifier in ("last", "past", "previous", "the previous"):
        return "last"
    if _sets_a_limit(doc.text, m):
        return "ahead"
    if tense(doc.text, m.start(), m.end()) != "future":
        return "past"
    left, right = sentence_span(doc.text, m.start(), m.end())
    return "ahead" if _PLAIN_FUTURE.search(doc.text, max(left, m.start() - 80), min(right, m.end() + 120)) else "past"


def _sets_a_limit(text: str, m: regex.Match[str]) -> bool:
    """'until Tuesday to sign', 'its deadline until 9 a.m. Friday': a weekday that ends the time given."""
    if not _UNTIL_BEFORE.search(text, max(0, m.start("wd") - 40), m.start("wd")):
        return False
    # A window, not the sentence: 'a.m. EST' would end a sentence there.
    return bool(_LIMIT_AFTER.match(text, m.end()) or _LIMIT_WORD_BEFORE.search(text, max(0, m.start() - 60), m.start()))


def _month_year(doc: Document, month: int, m: regex.Match[str]) -> int | None:
    """The year of a month written without one: 'last May', 'this September', 'June last year', or by tense."""
    reference = _reference(doc)
    if reference is None or not (m["mmod"] or m["myrel"]):
        return _year_for(doc, month, None, m)
    if m["myrel"]:
        return reference.year + {"this": 0, "last": -1, "next": 1}[m["myrel"]]
    modifier = " ".join(m["mmod"].lower().split())
    if modifier in ("last", "this past"):
        return reference.year if month < reference.month - 1 else reference.year - 1
    if modifier in ("next", "this coming"):
        return reference.year if month > reference.month else reference.year + 1
    return reference.year


def _points_back_to_quarter(m: regex.Match[str], told: Told) -> bool:
    """'a year ago' just after a quarter (or the year to date) is named means that period a year before."""
    base = told.last
    if base is None or not (base is told.quarter or told.after_to_date()):
        return False
    ago = m["agou"].lower().startswith("year") and not m["agodir"].lower().startswith("from")
    return ago and m.start() - base.end < _QUARTER_REACH


def _ago(m: regex.Match[str], reference: date | None, told: Told) -> R.DateSpan:
    """'three days ago' is that day; 'two months ago' that month; 'a year ago' that year, or the quarter a year
    before the one just named; 'two years from now' counts forward. Weeks and decades keep a margin."""
    start, end = m.span()
    amount = D.ago_amount(m["agon"])
    unit = m["agou"].lower().rstrip("s")
    sign = 1 if m["agodir"].lower().startswith("from") else -1
    if _points_back_to_quarter(m, told) and told.last is not None and told.last.first and told.last.last:
        first, last = (R.add_months(day, -12 * amount) for day in (told.last.first, told.last.last))
        return R.DateSpan(start, end, first, R.month_days(last.year, last.month)[1], relative=True)
    assert reference is not None
    vague = LEXICON.fuzzy_amounts.get(" ".join(m["agon"].lower().split()))
    if vague is None:
        first, last = _ago_days(reference, unit, sign * amount)
    else:  # 'a few years ago' is any of two to six years back, not three
        near, far = (_ago_days(reference, unit, sign * int(n)) for n in vague)
        first, last = min(near[0], far[0]), max(near[1], far[1])
    return R.DateSpan(start, end, first, last, relative=True)


def _ago_days(reference: date, unit: str, steps: int) -> tuple[date, date]:
    """The days 'N units ago' (steps < 0) or 'from now' name: that year or month; a day, a week or a decade
    around that point, with a margin for weeks and decades."""
    if unit == "year":
        year = reference.year + steps
        return date(year, 1, 1), date(year, 12, 31)
    if unit == "month":
        index = reference.year * 12 + reference.month - 1 + steps
        return R.month_days(index // 12, index % 12 + 1)
    days = {"day": 1, "week": 7, "decade": 3652}[unit] * steps
    slack = {"day": 0, "week": 3, "decade": 1826}[unit]
    centre = reference + timedelta(days=days)
    return centre - timedelta(days=slack), centre + timedelta(days=slack)
