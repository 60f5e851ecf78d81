"""Calendar periods news names without a full date: quarters, seasons, centuries, holidays, the moment of
writing ('now'), and periods told against one named before ('a year earlier', 'the year-ago quarter').

Each resolves to an inclusive day range against the reference date; the ones that point back take the
period the text named last, which the date pass hands in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import regex

from claimcheck.extract import period_days as PD
from claimcheck.extract import quarters as Q
from claimcheck.extract.day_ranges import DateSpan, add_months, month_days, relative_part, week_of
from claimcheck.extract.patterns import matches_before_triggers, trie
from claimcheck.lang import LEXICON
from claimcheck.sentences import sentence_span

_QUARTER_ORDINALS = {w: n for w, n in LEXICON.ordinals.items() if n <= 4} | dict(LEXICON.digit_ordinals)
_SHIFT_WORDS = {w: n for w, n in LEXICON.small_numbers.items() if 1 <= n <= 10} | {"a": 1, "an": 1}
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_BACK_UNITS = ("day", "week", "month", "year")
_FISCAL_WORDS = "|".join(
    f"(?i:{regex.escape(w).replace(chr(92) + ' ', chr(92) + 's+')})" if w.islower() else regex.escape(w)
    for w in sorted(LEXICON.fiscal_words, key=len, reverse=True)
)
_FY = rf"(?:{_FISCAL_WORDS})\s?['’]?(?P<fy1>\d\d(?:\d\d)?)(?:[-–/](?P<fy2>\d\d(?:\d\d)?))?(?!\d)"
_SPAN_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}
_FISCAL_MARK = regex.compile(r"(?<![A-Za-z])FY\s?['’]?\d\d|\b(?i:financial\s+year)\b")
_QUARTER_END_MONTHS = "|".join(m.title() for m, n in LEXICON.months.items() if n % 3 == 0 and len(m) > 3)
_MONTH_NAMES = "|".join(sorted((m.title() for m in LEXICON.months if len(m) > 3), key=len, reverse=True))
_AGO = r"(?i:the\s+)?(?i:comparable\s+|same\s+)?[Yy]ear-(?:earlier|ago)"


def _either_case(words: object) -> str:
    """An alternation of words whose first letter may be capital (a sentence start) but nothing else."""
    arms = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(f"[{w[0].upper()}{w[0]}]" + regex.escape(w[1:]).replace(r"\ ", r"\s+") for w in arms)


def _holiday_names() -> str:
    arms = sorted(LEXICON.holidays, key=len, reverse=True)
    return "|".join(regex.escape(name).replace(r"\ ", r"\s+").replace("'", "['’]") for name in arms)


PERIOD = regex.compile(
    rf"""
    (?<![\w'-])
    (?:
      (?P<ordq>(?:(?P<qown>(?i:this|last|next)\s+year['’]s)\s+|(?i:the|its|their|a|an)\s+(?:(?P<qyear1>{_YEAR})\s+)?
          |(?P<qago>{_AGO})\s+)?
        (?:(?i:fiscal)[\s-]+)?(?P<qord>(?i:{trie(_QUARTER_ORDINALS)}))[\s-]+(?:(?i:fiscal)[\s-]+)?
        (?i:quarter)(?![\w]|-(?i:century|point|mile|final))
        (?:,?\s+(?:of\s+)?(?:{_FY}|(?P<qyear2>{_YEAR})|(?P<qfyrel>(?i:this|the\s+current|the\s+last|last|the\s+previous|next
          |the\s+next|the\s+coming))\s+(?:{_FISCAL_WORDS})))?)
     |(?P<qcode>Q(?P<qn>[1-4])(?:\s*(?:of\s+)?{_FY}|\s*(?P<qyear3>{_YEAR}|['’]\d\d(?!\d)))?(?![\w]))
     |(?P<monthq>(?i:the)\s+(?P<mqmonth>{_QUARTER_END_MONTHS})\s+(?i:quarter)(?![\w-]))
     |(?P<plainq>(?:(?P<pdet>(?i:the\s+(?:latest|current|most\s+recent|same|just-ended)|the|this|that|its|last|next))
          |(?P<pago>{_AGO})|(?i:the)\s+(?P<pyear>{_YEAR}))
        \s+(?:(?i:fiscal)\s+)?(?P<punit>(?i:quarter|period))(?![\w-])(?!\s+(?:(?i:of)\b|(?i:to)\s+[A-Z\d])))
     |(?P<yearago>{_AGO})(?![\w-])
     |(?P<shift>(?P<shn>(?i:{trie(_SHIFT_WORDS)}|\d{{1,2}}))\s+(?P<shu>(?i:years?|quarters?|months?))
        \s+(?P<shd>(?i:earlier|later))(?![\w-]))
     |(?P<season>(?:(?P<smod>(?i:this\s+past|this\s+coming|the\s+coming|last|this|next|early|late|mid|the\s+early
          |the\s+late|the))[\s-]+)?(?P<sname>{_either_case(LEXICON.seasons)})(?:,?\s+(?:of\s+)?(?P<syear>{_YEAR}))?(?![\w-]))
     |(?P<century>(?:(?i:the)\s+)?(?:(?P<cn>\d{{1,2}})(?:st|nd|rd|th)|(?P<cw>(?i:{trie(PD.CENTURY_WORDS)})))[\s-]+(?i:century)(?![\w])
       |(?P<cmod>(?i:this|last|next|the\s+last|the\s+next|the\s+current|the\s+previous))\s+(?i:century)(?![\w-]))
     |(?P<holiday>(?:(?P<hmod>(?i:last|this|next|this\s+past))\s+)?(?P<hname>{_holiday_names()})(?:,?\s+(?P<hyear>{_YEAR}))?(?![\w]))
     |(?P<spoken>(?:(?P<spmonth>{_MONTH_NAMES})\s+|(?i:the\s+year)\s+)?
        (?:(?P<sphead>(?i:{trie(LEXICON.spoken_centuries)}))[\s-]+(?:(?P<spteen>(?i:{trie(PD.TEENS)}))|(?P<sptens>(?i:{trie(LEXICON.tens)}))
           (?:[\s-]+(?P<spones>(?i:{trie(PD.ONES)})))?|(?i:oh)[\s-]+(?P<spoh>(?i:{trie(PD.ONES)})))
         |(?<=(?i:the\s+year)\s+)(?i:two\s+thousand)(?:(?:\s+and)?\s+(?P<sp2k>(?i:{trie(PD.ONES)})))?)(?![\w-]))
     |(?P<weekend>(?i:the)\s+(?i:weekend)(?![\w-]))
     |(?<=(?P<yeprep>(?i:{trie(LEXICON.year_end_cues)}))\s+(?:(?i:the)\s+)?)(?P<yearend>[Yy]ear(?:-|\s+|['’]s\s+)end)(?![\w-])
     |(?P<backref>(?:(?i:earlier|later)\s+)?(?P<bdet>(?i:{trie(LEXICON.back_references)}))\s+(?P<bunit>(?i:{trie(_BACK_UNITS)}))(?![\w-]))
     |(?P<backref>(?i:earlier|later)\s+(?P<bdet>(?i:in\s+the))\s+    # 'later in the day': that day, its later part
        (?P<bunit>(?i:{trie(_BACK_UNITS)}))(?![\w-]))
     |(?P<now>{_either_case(LEXICON.present_words)})(?![\w])
    )
    """,
    regex.VERBOSE,
)
_TRIGGER_WORDS = trie(
    sorted(
        {*LEXICON.period_triggers, *LEXICON.spoken_centuries, *LEXICON.seasons, *LEXICON.present_words}
        | {name.lower() for name in LEXICON.holidays}
        | {f"{det} {unit}" for det in LEXICON.back_references for unit in _BACK_UNITS}
    )
).replace("'", "['’]")
# Run over the lower-cased text: a case-sensitive scan is several times cheaper than a case-insensitive one.
_TRIGGER = regex.compile(rf"\b(?:{_TRIGGER_WORDS}|q[1-4])")
_TRIGGER_ANY_CASE = regex.compile(rf"\b(?i:{_TRIGGER_WORDS}|q[1-4])")
_REACH_BEFORE = 28
_SEASON_NOT_AFTER = regex.compile(r"\s+(?:of|in|from|to|by|on|for|and|at|as|is|was|season|game|games|olympics)\b")
_GAME = regex.compile(rf"\b(?i:{trie(LEXICON.game_words)})\b")
_NOT_NOW_BEFORE = regex.compile(r"(?i:from|than)\s+$")
_QUARTER_CODE_CUE = regex.compile(r"(?i:\b(?:in|for|during|the|its|of|by|since|until|through|and|to|from))\s+$")


def find_periods(text: str, start: int = 0) -> list[regex.Match[str]]:
    """Every PERIOD mention in text[start:], tried only at the word starts just before a trigger word; each
    word start is tried once, though several triggers may reach back to it."""
    lower = text.lower()
    triggers = _TRIGGER.finditer(lower, start) if len(lower) == len(text) else _TRIGGER_ANY_CASE.finditer(text, start)
    return matches_before_triggers(text, triggers, PERIOD, start, _REACH_BEFORE)


@dataclass(frozen=True, slots=True)
class Told:
    """What the text named before a mention: the last date, the last quarter named outright, the latest-ending one
    named that had ended by the reference date (the quarter reported, which 'the year-ago period' and 'the latest
    quarter' mean, not a forecast's nor one told in passing), and whether its quarters are fiscal ones."""

    last: DateSpan | None = None
    quarter: DateSpan | None = None
    fiscal: bool = False
    reported: DateSpan | None = None
    to_date: DateSpan | None = None

    def after_to_date(self) -> bool:
        """Whether the period named last is the year to date ('for the nine months'), read as its year."""
        return self.to_date is not None and self.last is self.to_date


def told_at_start(text: str) -> Told:
    """Nothing named yet; quarters count on the fiscal calendar (April to March) when the text writes FY codes or
    'financial year'; elsewhere 'the fiscal first quarter' keeps the calendar's numbering, as company fiscal
    years differ."""
    return Told(fiscal=bool(_FISCAL_MARK.search(text)))


def is_period_a_date(text: str, m: regex.Match[str]) -> bool:
    """Whether a PERIOD match names a time here: 'the fall of Rome', 'a quarter of the game', 'from now' do not."""
    if m["season"]:
        if not (m["smod"] or m["syear"]):
            return False
        if not m["syear"] and m["smod"].lower() == "the":
            return not _SEASON_NOT_AFTER.match(text, m.end())
        return True
    if m["ordq"] and not (m["qyear1"] or m["qyear2"] or m["fy1"] or m["qfyrel"]):
        return not _GAME.search(text, *sentence_span(text, m.start(), m.end()))
    if m["qcode"] and not (m["qyear3"] or m["fy1"]):
        return bool(_QUARTER_CODE_CUE.search(text[max(0, m.start() - 12) : m.start()]))
    if m["now"]:
        return not _NOT_NOW_BEFORE.search(text[max(0, m.start() - 6) : m.start()])
    return True


def resolve_period(
    m: regex.Match[str], reference: date | None, told_future: Callable[[], bool], told: Told
) -> DateSpan | None:
    """The days a PERIOD match names, or None when it names no period here; `told_future` says whether the
    clause speaks of what is to come, asked only where that decides."""
    start, end = m.span()
    if m["backref"]:
        return back_reference(m, told)
    if m["century"]:
        return PD.century(m, start, end, reference)
    if m["spoken"]:
        return PD.spoken_year(m, start, end)
    if m["holiday"] and m["hyear"]:
        return PD.holiday_span(start, end, LEXICON.holidays[PD.holiday_key(m["hname"])], int(m["hyear"]), False)
    if (m["ordq"] or m["qcode"]) and m["fy1"]:
        ends = Q.fiscal_end_year(m["fy1"], m["fy2"])
        if not (told.fiscal or _FISCAL_MARK.search(m.group())):
            return Q.quarter_span(start, end, ends, _quarter_number(m), False)
        fiscal_year, fiscal_quarter = Q.fiscal_quarter(_quarter_number(m), ends)
        return Q.quarter_span(start, end, fiscal_year, fiscal_quarter, False)
    if m["ordq"] and (m["qyear1"] or m["qyear2"]) and not m["qown"]:
        return Q.quarter_span(start, end, int(m["qyear1"] or m["qyear2"]), _QUARTER_ORDINALS[m["qord"].lower()], False)
    if m["qcode"] and m["qyear3"]:
        written = m["qyear3"].lstrip("'’")
        return Q.quarter_span(
            start, end, int(written) if len(written) == 4 else 2000 + int(written), int(m["qn"]), False
        )
    if m["season"] and m["syear"]:
        return PD.season_of(start, end, LEXICON.seasons[m["sname"].lower()], int(m["syear"]), m["smod"])
    if m["plainq"] and m["pyear"] and told.after_to_date():
        year = int(m["pyear"])
        return DateSpan(start, end, date(year, 1, 1), date(year, 12, 31), relative=True)
    if m["plainq"] and m["pyear"] and (named := told.reported or told.quarter) and named.first:
        quarter = Q.quarter_of(named.first)
        return Q.quarter_span(start, end, int(m["pyear"]), quarter, True)
    if m["shift"] and told.last is not None:
        return _shifted(m, start, end, told)
    if reference is None:
        return DateSpan(start, end, None, None, relative=True, unresolved="relative date and no publication date")
    if m["now"]:
        return DateSpan(start, end, reference, reference, relative=True)
    if m["ordq"] and m["qfyrel"]:
        step = {"next": 1, "coming": 1, "last": -1, "previous": -1}.get(m["qfyrel"].lower().split()[-1], 0)
        ends = reference.year + (1 if reference.month >= Q.FISCAL_FIRST_MONTH else 0) + step
        year, quarter = Q.fiscal_quarter(_quarter_number(m), ends)
        return Q.quarter_span(start, end, year, quarter, True)
    if m["monthq"]:
        quarter = LEXICON.months[m["mqmonth"].lower()] // 3
        return Q.quarter_span(start, end, Q.quarter_year(quarter, reference, told_future), quarter, True)
    if m["ordq"] or m["qcode"]:
        quarter = _quarter_number(m)
        if told.fiscal:
            quarter = quarter % 4 + 1
        year = Q.quarter_year(quarter, reference, told_future)
        if m["qown"]:
            year = reference.year + {"this": 0, "last": -1, "next": 1}[m["qown"].split()[0].lower()]
        elif m["qago"]:
            year -= 1
        return Q.quarter_span(start, end, year, quarter, True)
    if m["plainq"]:
        return _plain_quarter(m, start, end, reference, told)
    if m["yearago"] or m["shift"]:
        return _shifted(m, start, end, told, reference)
    if m["season"]:
        return PD.season_near(m, start, end, reference, told_future())
    if m["holiday"]:
        return PD.holiday_near(m, start, end, reference, told_future())
    if m["weekend"]:
        return PD.weekend(start, end, reference, told_future())
    if m["yearend"]:
        return PD.year_end(start, end, reference, LEXICON.year_end_cues[m["yeprep"].lower()])
    return None


def back_reference(m: regex.Match[str], told: Told) -> DateSpan | None:
    """'that day', 'later that year', 'the following month': that unit of the date named last, stepped on."""
    base = told.last
    unit = m["bunit"].lower()
    if base is None or base.first is None or base.last is None or (base.last - base.first).days >= _SPAN_DAYS[unit]:
        return None
    step = LEXICON.back_references.get(" ".join(m["bdet"].lower().split()), 0)  # 'later in the day': that day
    day = base.first
    if unit == "day":
        first = last = day + timedelta(days=step)
    elif unit == "week":
        first, last = week_of(day + timedelta(days=7 * step))
    elif unit == "month":
        moved = add_months(day, step)
        first, last = month_days(moved.year, moved.month)
    else:
        first, last = date(day.year + step, 1, 1), date(day.year + step, 12, 31)
    return DateSpan(m.start(), m.end(), first, last, relative=True, part=relative_part(m["backref"]))


def _quarter_number(m: regex.Match[str]) -> int:
    return _QUARTER_ORDINALS[m["qord"].lower()] if m["qord"] else int(m["qn"])


def _plain_quarter(m: regex.Match[str], start: int, end: int, reference: date, told: Told) -> DateSpan | None:
    """'the quarter', 'this quarter', 'last quarter', 'the year-ago period': the quarter the story is about."""
    det = " ".join((m["pdet"] or "").lower().split())
    if m["punit"].lower() == "period" and not (m["pago"] or det in ("the latest", "the same")):
        return None
    if m["pago"] and told.after_to_date() and told.to_date and told.to_date.first:
        year = told.to_date.first.year - 1
        return DateSpan(start, end, date(year, 1, 1), date(year, 12, 31), relative=True)
    if det in ("this", "the current"):
        year, quarter = reference.year, Q.quarter_of(reference)
    elif det in ("the latest", "the most recent", "the just-ended") and (named := told.reported or told.quarter):
        year, quarter = (named.first.year, Q.quarter_of(named.first)) if named.first else Q.previous_quarter(reference)
    elif det in ("last", "the latest", "the most recent", "the just-ended"):
        year, quarter = Q.previous_quarter(reference)
    elif det == "next":
        year, quarter = Q.previous_quarter(reference, -1)
    elif (named := (told.reported or told.quarter) if m["pago"] else told.quarter) is not None and named.first:
        year, quarter = named.first.year, Q.quarter_of(named.first)
    elif m["punit"].lower() == "period":
        return None
    else:
        year, quarter = Q.previous_quarter(reference)
    return Q.quarter_span(start, end, year - 1 if m["pago"] else year, quarter, True)


def _shifted(m: regex.Match[str], start: int, end: int, told: Told, reference: date | None = None) -> DateSpan | None:
    """'a year earlier', 'two years later', 'year-ago': the period named last, moved by the stated step."""
    if m["yearago"]:
        amount, unit, sign = 1, "year", -1
    else:
        word = m["shn"].lower()
        amount = int(word) if word.isdigit() else _SHIFT_WORDS[word]
        unit, sign = m["shu"].lower().rstrip("s"), (-1 if m["shd"].lower() == "earlier" else 1)
    base = _shift_base(m, told)
    if base is None or base.first is None or base.last is None:
        if sign > 0 or unit != "year" or reference is None:
            return None
        year = reference.year - amount
        return DateSpan(start, end, date(year, 1, 1), date(year, 12, 31), relative=True)
    months = sign * amount * {"year": 12, "quarter": 3, "month": 1}[unit]
    first, last = add_months(base.first, months), add_months(base.last, months)
    if base.last == month_days(base.last.year, base.last.month)[1]:
        last = month_days(last.year, last.month)[1]
    return DateSpan(start, end, first, last, relative=True)


def _shift_base(m: regex.Match[str], told: Told) -> DateSpan | None:
    """The period 'a year earlier' moves: the date named last, or the quarter the story reports when that date
    is a day of it ('the quarter ended Sept. 30 ... a year earlier'); 'the year-ago results' always compare
    with the quarter reported, when the story names one, not with an earlier comparison."""
    last, quarter = told.last, told.quarter
    if quarter is None or quarter.first is None or quarter.last is None or told.after_to_date():
        return last
    if m["yearago"]:
        return told.reported or quarter
    if (
        last is not None
        and last.first is not None
        and last.first == last.last
        and quarter.first <= last.first <= quarter.last
    ):
        return quarter
    return last
