"""Date and clock-time patterns in news text, and what a match reads (month, day, weekday, amount).

Absolute ("April 4, 2025"), partial ("September 2024", "in January"), fuzzy ("early April", "mid-2025")
and relative ("on Thursday", "last week") dates; day_ranges.py turns them into (first day, last day)
against a reference date: the publication date, or an anchor the document itself fixes.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from claimcheck.extract.patterns import matches_before_triggers, trie
from claimcheck.lang import LEXICON

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\.?)(?![a-z])"
)
_MONTH_NAMES = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)(?![\d])"
_DECADE_WORDS = trie(LEXICON.decades)
_ORDINAL_DAYS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty {w}": 20 + d for w, d in (("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5),
                                          ("sixth", 6), ("seventh", 7), ("eighth", 8), ("ninth", 9))},
    "thirty first": 31,
}  # fmt: skip
_DAY_WORDS = trie(_ORDINAL_DAYS).replace(r"\s+", r"[\s-]")
_DAY = rf"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?|(?P<dayword>(?i:{_DAY_WORDS}))(?![\w-]))"
_FUZZY = (
    r"(?P<fuzzy>(?i:early|mid|late|the\s+end\s+of|end|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of"
    r"|start\s+of|the\s+middle\s+of|middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of"
    r"|first\s+half\s+of|second\s+half\s+of|(?:the\s+)?last\s+half\s+of|(?:the\s+)?(?:first|last)\s+two\s+quarters\s+of"
    r"|the\s+(?:first|second|third|fourth|last)\s+week\s+of))"
)

DATE = regex.compile(
    rf"""
    (?<![\w])(?=\w)                       # dates begin at a word start: the cheap test most positions fail
    (?P<full>(?:{_WD}\.?,?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?(?![\w]))
    |(?P<full>(?P<weekof>(?i:the\s+week\s+of)\s+)?(?:{_WD}\.?,?\s+)?{_MONTH}(?:\s+|-|/)\s*{_DAY}(?:\s*[-–]\s*(?P<day2>[0-3]?\d)(?![\d\w]))?(?![\d\w]|,\d{{3}}|\.\d)(?:,?\s+{_YEAR})?)
    |(?P<iso>(?<![\d-]){_YEAR}[-/](?P<mm>[01]\d)[-/](?P<day>[0-3]\d)(?![\d]))
    |(?P<dmy>(?<![\d/.-])(?P<a>[0-3]?\d)[-.](?P<b>[01]?\d)[-.](?P<year>(?:19|20)\d\d)(?![\d.-]))
    |(?P<slash>(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)?\d\d)(?![\d/]))
    |(?P<monthyear>(?:(?P<mmod>(?i:this\s+past|this\s+coming|last|this|next))\s+)?(?:{_FUZZY}[\s-]+)?{_MONTH}
        (?:,?\s+(?:of\s+)?{_YEAR}|\s+(?P<myrel>this|last|next)\s+year)?(?![\w])(?!\.?\s*[0-3]?\d(?![\d,.]\d)))
    |(?P<decade>(?:(?i:the)\s+)?(?:(?P<decfuzzy>(?i:early|mid|late))[\s-]+)?(?P<decyear>1[89]\d0|20\d0)['’]?s(?![\w]))
    |(?P<decade>(?:(?i:the)\s+(?:(?P<decfuzzy>(?i:early|mid|late))[\s-]+)?['’]|(?<=['’]))(?P<dectens>[1-9]0)s(?![\w]))
    |(?P<decade>(?i:the)\s+(?:(?P<decfuzzy>(?i:early|mid|late))[\s-]+)?(?P<decword>(?i:{_DECADE_WORDS}))(?![\w]))
    |(?P<yearfuzzy>{_FUZZY}[\s-]+{_YEAR}(?!['’]?s\b))
    |(?P<half>H(?P<hn>[12])\s*{_YEAR})
    |(?P<fy>(?<![\w])FY\s?'?(?P<fy1>\d\d(?:\d\d)?)(?:[-–/](?P<fy2>\d\d(?:\d\d)?))?(?![\w]))
    |(?P<span>(?<![\d\w,.-]){_YEAR}[-–](?P<y2>\d\d(?:\d\d)?)(?![\d\w%-]))
    |(?P<ago>(?P<agon>(?i:\d{{1,3}}|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several))\s+(?P<agou>(?i:days?|weeks?|months?|years?|decades?))\s+(?P<agodir>ago|from\s+now)\b)
    |(?P<relp>(?<![\w])(?P<rmod>(?i:this\s+past|this\s+coming|last|this|next|the\s+past|the\s+previous|the\s+coming|the\s+current|earlier\s+this|later\s+this|early\s+this|early\s+last|early\s+next|late\s+last|late\s+this|late\s+next|the\s+end\s+of\s+last|the\s+end\s+of\s+this|end\s+of\s+last|end\s+of\s+this|mid-?\s*last|mid-?\s*this|mid-?\s*next))\s+(?:(?P<fiscal>(?i:fiscal|financial))\s+)?(?P<runit>(?i:week|weekend|month|year|fortnight)))(?![\w])
    |(?P<ofthe>(?<![\w])(?P<ofpart>(?i:(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half)))\s+
        (?i:of\s+the)\s+(?P<ofunit>(?i:year|month)))(?![\w-])
    |(?P<fullyear>(?<![\w])(?i:the)\s+(?i:full|whole|entire)\s+(?:(?i:fiscal)\s+)?(?i:year)(?![\w-])(?!\s+(?i:ended|ending|to)\b)
        |(?<=(?<![\w])(?i:for)\s)(?i:the)\s+(?i:year)(?=\s*[,.;]))
    |(?P<relday>(?<![\w])(?i:(?P<rday>yesterday|today|tomorrow|tonight|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)))(?![\w])
    |(?P<relwd>(?:(?P<wdmod>(?i:last|this|next|this\s+coming|coming|on|past|previous|early|late|until|till|by|since|from|starting|beginning|the\s+previous))\s+)?{_WD}(?![\w])(?!\.?,?\s+(?:the\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAMES}|{_MONTH_NAMES})))
    """,
    regex.VERBOSE,
)

# Every date mention holds one of these words; DATE runs only in windows around them, which keeps
# number-heavy text (tables, lists of figures) from paying for the full pattern at every character.
# Names and figures are read from the text as written, relative words from its lower-cased copy: two
# case-sensitive scans cost half of one that mixes cases.
_NAMED_TRIGGER = regex.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*"
    r"|(?:1[89]|20)\d\d(?![\d])|FY|H[12]|\d{1,2}/\d{1,2}/\d\d)"
)
_RELATIVE_WORDS = (
    rf"yesterday|today|tomorrow|tonight|ago|from\s+now|{_DECADE_WORDS}|(?<=['’])[1-9]0s"
    r"|of\s+the\s+(?:year|month)|(?:full|whole|entire)\s+(?:fiscal\s+)?year|the\s+year(?=\s*[,.;])|(?:last|this|next|past|previous|coming|current)"
    r"\s+(?:fiscal\s+|financial\s+)?(?:week|weekend|month|year|fortnight|[mtwfs][a-z]+day)"
)
_RELATIVE_TRIGGER = regex.compile(rf"\b(?:{_RELATIVE_WORDS})\b")
_RELATIVE_TRIGGER_ANY_CASE = regex.compile(rf"\b(?i:{_RELATIVE_WORDS})\b")
_REACH_BEFORE = 32


@lru_cache(maxsize=8)
def find_dates(text: str, start: int = 0) -> list[regex.Match[str]]:
    """Every DATE mention in text[start:]. Each holds a trigger word; the pattern is tried only at the few
    word starts just before a trigger (each once), and the first match that reaches the trigger is kept.
    Cached, since the anchor and the date pass of one document both read them."""
    lower = text.lower()
    relative = (
        _RELATIVE_TRIGGER.finditer(lower, start)
        if len(lower) == len(text)
        else _RELATIVE_TRIGGER_ANY_CASE.finditer(text, start)
    )
    triggers = list(_NAMED_TRIGGER.finditer(text, start))
    relative_words = list(relative)
    if relative_words:
        triggers = sorted(triggers + relative_words, key=lambda m: m.start())
    return matches_before_triggers(text, triggers, DATE, start, _REACH_BEFORE)


_MONTH_ALONE_CUE = regex.compile(
    r"(?i:\b(?:in|since|by|until|till|from|during|before|after|of|through|last|next|this|early|late|mid"
    r"|between|and|to|or|until|on|for|throughout|end)\s*-?)\s*$"
)
_ZONES = {
    "IST": "+05:30", "GMT": "+00:00", "UTC": "+00:00", "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00",
    "EST": "-05:00", "EDT": "-04:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00",
    "PDT": "-07:00", "JST": "+09:00", "KST": "+09:00", "AEST": "+10:00", "AEDT": "+11:00", "SGT": "+08:00",
    "HKT": "+08:00", "PKT": "+05:00", "MSK": "+03:00", "WIB": "+07:00",
}  # fmt: skip
_US_ZONES = {"ET": ("-05:00", "-04:00"), "CT": ("-06:00", "-05:00"), "MT": ("-07:00", "-06:00"),
             "PT": ("-08:00", "-07:00")}  # fmt: skip
TIME = regex.compile(
    r"""
    (?=\d)(?<![\w.:,])
    (?:
        (?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.|p\.m\.|am|pm))(?![\w])  # 4:30 pm, 10.15 am
      |(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?!\s*(?:%|per))                # 16:30
      |(?<=\b(?i:at|by|around|about|until|till|before|after|from|since|to)\s)            # at 4 in the morning
       (?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?(?:\s+o['’]clock)?\s+in\s+the\s+(?P<daypart>morning|afternoon|evening)(?![\w])
      |(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)                                   # 1630 hrs, 0930 GMT
       (?:\s*(?:hrs|hours)(?![\w])|(?=\s*(?:GMT|UTC|IST|BST|EST|EDT|PST|PDT)\b))
    )
    (?:\s*(?P<zparen>\()?(?P<tz>IST|GMT|UTC|BST|CEST|CET|EST|EDT|CDT|MST|MDT|PST|PDT|JST|KST|AEST|AEDT|SGT|HKT|PKT
        |MSK|WIB|ET|CT|MT|PT|(?i:local\s+time))(?(zparen)\))(?![\w]))?
    """,
    regex.VERBOSE,
)


# 'at noon', 'until midnight': a clock time a word names, after a cue (the noon news is no time).
CLOCK_WORD = regex.compile(
    rf"(?<![\w-])(?i:{trie(LEXICON.clock_word_cues)})\s+(?P<clock>(?i:{trie(LEXICON.clock_words)}))(?![\w-])"
)


def clock_time(match: regex.Match[str], month: int | None = None) -> tuple[str, str | None]:
    """HH:MM in 24-hour form and the UTC offset of a TIME match (None for local or unknown zones); the
    US zones written without daylight ('ET', 'PT') take it from the month of the reference date."""
    hour, minute = int(match["h"]), int(match["mi"] or 0)
    meridiem = (match["ampm"] or "").lower().replace(".", "")
    if match["daypart"]:
        meridiem = "am" if match["daypart"] == "morning" else "pm"
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    zone = match["tz"]
    if zone in _US_ZONES and month is not None:
        standard, daylight = _US_ZONES[zone]
        return f"{hour:02d}:{minute:02d}", daylight if 3 < month < 11 else standard
    return f"{hour:02d}:{minute:02d}", _ZONES.get(zone) if zone else None


_AGO_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "a few": 3, "several": 4}  # fmt: skip


def month_alone_is_date(text: str, start: int, month_word: str) -> bool:
    """A bare month name is a date only when unambiguous: full names other than May and March stand
    alone; those two and abbreviations need a cue before them ('in May', 'since Jan')."""
    name = month_word.rstrip(".")
    if name in ("May", "March") or (len(name) <= 4 and name not in ("June", "July")):
        return bool(_MONTH_ALONE_CUE.search(text, max(0, start - 12), start))
    return True


def day_number(match: regex.Match[str]) -> int:
    """The day of the month a full-date match names, in digits or words ('5th', 'twenty-first')."""
    if match["day"]:
        return int(match["day"])
    return _ORDINAL_DAYS[" ".join(match["dayword"].lower().replace("-", " ").split())]


def month_number(word: str) -> int:
    """1-12 for a month name or abbreviation."""
    return LEXICON.months[word.rstrip(".").lower()]


def weekday_number(word: str) -> int:
    """0 (Monday) to 6 for a weekday name."""
    return LEXICON.weekdays[word.lower()]


def ago_amount(word: str) -> int:
    """How many units 'N days ago' steps back."""
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else _AGO_WORDS.get(word, 1)
