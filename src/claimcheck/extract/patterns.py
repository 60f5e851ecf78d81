"""Compiled patterns for what surrounds a number: hedges, currencies, units, ranges, ranks and masks.

Each is compiled once from the word tables of claimcheck.lang; none nests unbounded repetition, so every
match is linear in the text it looks at.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from claimcheck.lang import LEXICON
from claimcheck.lang.trie import trie as trie  # re-exported: the extract modules build their patterns with it

# Patterns matched at a position read at most this far ahead: the regex engine otherwise scans the
# rest of the text for a required character (':' of a fact box) before failing, which is quadratic.
LOOKAHEAD = 240


_WORD_START = regex.compile(r"(?<![\w'])[\w']")
_WIDE = r"\x80-\U0010ffff"
# What lower-casing hides from a scan of the lower-cased text: a character a case-blind pattern takes for an
# ASCII letter without lower-casing to it (the long s; the dotted capital I and the Kelvin sign change length
# or lower-case to the letter), and digits of other scripts, which \d takes.
_HIDDEN_BY_LOWER = regex.compile(r"\u017f|(?![0-9])\d")


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: a cache key, never compared
class Starts:
    """Where a pattern can start, as cheap `re` scans that find every such place (and more). `plain` scans
    read the lower-cased text, each opening with one character class that `re` skips to at C speed, and
    each with how many characters it reads before the place it finds; `loose` reads the text itself, for a
    text whose lower-casing would hide a start."""

    plain: tuple[tuple[re.Pattern[str], int], ...]
    loose: re.Pattern[str]


def word_starts(words: Iterable[str], size: int = 3, also: tuple[str, str] | None = None) -> Starts:
    """Starts of a case-blind pattern that opens with one of `words`: a word start and the first `size`
    characters of a word, a space standing for any non-word character. `also` adds what else the pattern
    may open with, as a plain scan of one character class that reads no character before the start, and as
    an alternative of the loose scan."""
    prefixes = sorted({word[:size].lower() for word in words})
    after_word = "[^a-z0-9_]"
    plain = (re.compile(after_word + "(?=" + "|".join(_plain(prefix) for prefix in prefixes) + ")"), 1)
    loose = r"(?<![A-Za-z0-9_])(?:" + "|".join(_loose(prefix) for prefix in prefixes) + ")"
    if also is None:
        return Starts((plain,), re.compile(loose))
    return Starts((plain, (re.compile(also[0]), 0)), re.compile(f"{also[1]}|{loose}"))


def _plain(prefix: str) -> str:
    return "".join("[^a-z0-9_]" if char == " " else re.escape(char) for char in prefix)


def _loose(prefix: str) -> str:
    """Each ASCII letter in either case, a space as any non-word character, and any non-ASCII character in
    every place (what Unicode case folding, digits or spaces may take for one)."""
    return "".join(
        "[^A-Za-z0-9_]" if char == " " else f"[{re.escape(char.lower())}{re.escape(char.upper())}{_WIDE}]"
        for char in prefix
    )


@lru_cache(maxsize=1)
def _lowered(text: str) -> str | None:
    """The text lower-cased, when that keeps every character in its place and hides no start; else None."""
    lower = text.lower()
    if len(lower) != len(text) or (not text.isascii() and _HIDDEN_BY_LOWER.search(text)):
        return None
    return lower


def sieved(pattern: regex.Pattern[str], starts: Starts, text: str, pos: int = 0) -> Iterator[regex.Match[str]]:
    """The matches `pattern.finditer(text, pos)` gives, trying the pattern only where `starts` finds a place
    it can start: the regex engine tries a pattern at every character, `re` skips most of them at C speed."""
    places = _places(starts, text)
    index = bisect_left(places, pos)
    while index < len(places):
        match = pattern.match(text, places[index])
        if match is None:
            index += 1
            continue
        yield match
        index = bisect_left(places, max(match.end(), match.start() + 1), index + 1)


@lru_cache(maxsize=32)
def _places(starts: Starts, text: str) -> array[int]:
    """Every place `starts` finds in a text, in order: found once for all the searches of its passes."""
    lower = _lowered(text)
    if lower is None:
        return array("q", _scan(starts.loose, text, 0))
    found = {place for scan, lead in starts.plain for place in _scan(scan, lower, lead)}
    found.add(0)  # a word at the very start has no character before it to find it by
    return array("q", sorted(found))


def _scan(scan: re.Pattern[str], text: str, lead: int) -> Iterator[int]:
    """Where a scan finds a start, `lead` characters after where it matches; overlapping matches count."""
    at = 0
    while (found := scan.search(text, at)) is not None:
        yield found.start() + lead
        at = found.start() + 1


def matches_before_triggers(
    text: str, triggers: Iterable[regex.Match[str]], pattern: regex.Pattern[str], start: int, reach: int
) -> list[regex.Match[str]]:
    """Matches of a pattern that holds a trigger word, tried only at the word starts within `reach` characters
    before each trigger (each start once, though several triggers reach back to it); the first match that
    reaches its trigger is kept, and matches never overlap."""
    matches: list[regex.Match[str]] = []
    tried: dict[int, regex.Match[str] | None] = {}
    taken = start
    for trigger in triggers:
        if trigger.start() < taken:
            continue
        for word in _WORD_START.finditer(text, max(taken, trigger.start() - reach), trigger.start() + 1):
            at = word.start()
            if at not in tried:
                tried[at] = pattern.match(text, at, at + LOOKAHEAD)
            found = tried[at]
            if found and found.end() > trigger.start():
                matches.append(found)
                taken = found.end()
                break
    return matches


def _alternation(words: object) -> str:
    """Longest-first alternation of literal words (as a prefix tree), spaces matching any white space."""
    return trie(words)


def longest_first(words: object) -> str:
    """A flat longest-first alternation: patterns searched in reverse need whole words tried longest first
    ('no fewer than' before 'fewer than'), which a prefix tree cannot give them."""
    ordered = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


# A percentage and a comma just before a hedge word: '20.8%, below'.
FIGURE_THEN_COMMA = regex.compile(r"\d\s*(?:%|per\s?cent|percent)\s*,\s*$")
HEDGE_BEFORE = regex.compile(rf"(?<![\w])(?P<hedge>(?i:{longest_first(LEXICON.hedges)}))\s*$", regex.REVERSE)
HEDGE_AFTER = regex.compile(rf"[\s-]*(?P<hedge>(?i:{_alternation(LEXICON.trailing_hedges)}))(?![\w])")
CURRENCY_BEFORE = regex.compile(
    rf"(?:(?<![\w$])|(?<=\d))(?P<cur>{longest_first(LEXICON.currency_symbols)})\s?$", regex.REVERSE
)
RANGE_START = regex.compile(r"(?<![\w])(?P<word>(?i:between|from))\s+$", regex.REVERSE)
_RISE, _FALL = LEXICON.rise, LEXICON.fall
_CHANGE_VERBS = [*_RISE.verbs, *_FALL.verbs, _RISE.adverb or "up", _FALL.adverb or "down"]
CHANGE_BEFORE = regex.compile(
    rf"(?i:\b(?:{longest_first([*_CHANGE_VERBS, *_RISE.nouns, *_FALL.nouns, *LEXICON.change_verbs])})\b)"
)
# 'rose Rs 650 to Rs 73,200', 'by Rs 117 to Rs 2,300': a change and where it ended, not a range.
CHANGE_JUST_BEFORE = regex.compile(rf"(?<![\w])(?i:{longest_first([*_CHANGE_VERBS, 'by'])})\s+$", regex.REVERSE)
MINUS_BEFORE = regex.compile(r"(?<![\w])(?<!(?i:plus\s+or\s+))(?i:minus)(?:\s+|-)$", regex.REVERSE)
RANGE_JOIN = regex.compile(
    rf"(?P<join>-\s+(?i:to)\s+|\s*[-–—]\s*|\s+(?i:to|and|or)\s+|\s*/\s*)"  # '8- to 16-metre', '6-8', 'six to eight'
    rf"(?:(?P<cur>{longest_first(LEXICON.currency_symbols)})\s?)?"
)
# 'fell by 1 to 1.5 degrees': after 'by' a number and 'to' give a range, not a change and where it ended.
BY_JUST_BEFORE = regex.compile(r"(?<![\w])(?i:by)\s+$", regex.REVERSE)
_UNIT_WORDS = [*LEXICON.unit_words, *LEXICON.time_units, *LEXICON.currency_words, *LEXICON.pound_words]
_NUMBER_WORDS = [*LEXICON.small_numbers, *LEXICON.tens]
UNIT_AFTER = regex.compile(
    rf"""
    (?P<sep>\s?-?\s?)
    (?:(?P<filler>(?i:{_alternation(LEXICON.time_unit_fillers)}))\s+(?=(?i:{_alternation(LEXICON.time_units)})(?![\w])))?
    (?:
        (?P<word>(?i:{_alternation(_UNIT_WORDS)}))
      |(?P<sym>{_alternation(LEXICON.unit_symbols)})
      |(?P<fold>(?i:fold|times|x))
    )
    (?![\w²³])
    """,
    regex.VERBOSE,
)
_TIME_RATES = [word for word, unit in LEXICON.rate_units.items() if unit in LEXICON.time_units.values()]
_OTHER_RATES = [word for word in LEXICON.rate_units if word not in _TIME_RATES]
# 'a year ago' and 'a week on' tell when, not how often.
RATE_AFTER = regex.compile(
    rf"(?:\s*|-)(?:(?i:per|a|an)(?:\s+|-)|/\s*)"
    rf"(?:(?P<per>(?i:{_alternation(_TIME_RATES)}))(?![\w-])(?!\s+(?i:ago|earlier|before|later|back|on|since)\b)"
    rf"|(?P<per>(?i:{_alternation(_OTHER_RATES)}))(?![\w-]))"
)
PER_SYMBOL = regex.compile(rf"\s?/\s?(?P<den>{_alternation(LEXICON.unit_symbols)})(?![\w²³/])")
# Words that look like units but name something else here: a gram panchayat is a village council.
NOT_A_UNIT = regex.compile(r"(?i:gram\s+(?:panchayats?|sabhas?))\b")
# 'it will one day be', 'he one day follows': 'one day' as 'some day' (what stands before the number).
SOMEDAY_BEFORE = regex.compile(rf"(?<![\w])(?i:{longest_first(LEXICON.someday_before)})\s+$", regex.REVERSE)
# 'no one', 'any one', 'the one': 'one' as a pronoun, not a count.
NOT_ONE_BEFORE = regex.compile(r"(?<![\w])(?i:no|any|every|some|the|that|this|each|no\s+other)\s+$", regex.REVERSE)
# 'just one of four', 'just one 52,000 barrel-a-day refinery': a hedged 'one' before a share or another number.
ONE_AMONG = regex.compile(r"\s+(?:of\b|[\d,.]+\b|(?i:(?:two|three|four|five|six|seven|eight|nine|ten)\b))")
# 'two of the victims', 'three of Johnson's deputies'.
OF_THE = regex.compile(
    r"\s+of\s+(?:(?i:the|its|their|his|her|our|these|those)|[A-Z][a-z]+(?:'s|’s|s'))\s(?:\d[\d,]*[ \t]+)?"
)
ERA_BEFORE = regex.compile(r"(?<![\w])(?:A\.D\.|AD)\s*$", regex.REVERSE)
ERA_AFTER = regex.compile(r"\s*(?:A\.D\.|AD|CE|C\.E\.)(?![\w])")
SENTENCE_OPENS = regex.compile(r"(?:^|[.!?]\s+|\n)[\"'“‘(]?$", regex.REVERSE)
LAST_WORD = regex.compile(r"[A-Za-z]+$")
DETERMINER_BEFORE = regex.compile(r"(?<![\w])(?i:the|its|their|his|her|this|that|a|an)\s+$", regex.REVERSE)
# 'the company's 1989 operating results', 'fiscal 1989 sales': a number after an owner or a fiscal word is a year.
YEAR_OWNER_BEFORE = regex.compile(r"(?:\w['’]s|\ws['’]|(?<![\w])(?i:fiscal|calendar|financial))\s+$", regex.REVERSE)
# '1990 BellSouth earnings', 'the 2020 Olympics': a capitalised name after the number is what the year qualifies.
NAME_AFTER_YEAR = regex.compile(r"\s+[A-Z][a-z]+[A-Z]?[a-z]*\b")
# '$100 more than last year's model': a difference between two values, not a value of its own.
DIFFERENCE_AFTER = regex.compile(
    r"\s+(?i:more|less|fewer|higher|lower|cheaper|costlier|dearer|bigger|smaller|greater|longer|shorter|"
    r"older|younger|heavier|lighter|faster|slower)\s+than\b"
)
DURATION_JOIN = regex.compile(r"\s*(?:,\s*)?(?:and\s+)?")
AGE_BEFORE = regex.compile(r"(?:(?<![\w])(?i:aged|age\s+of|ages\s+of)|[A-Z][a-z]+,)\s+$", regex.REVERSE)
# 'Nick Hague 44 has spent': a full name, a number and a verb, the commas of 'Nick Hague, 44,' lost in transcription.
NAME_BEFORE = regex.compile(r"(?<![\w])[A-Z][a-z]+\s+[A-Z][a-z]+\s+$", regex.REVERSE)
VERB_AFTER_AGE = regex.compile(r"\s+(?:has|had|is|was|who|said|says|will|told)\b")
AGE_AFTER = regex.compile(r"[\s-](?i:old)\b")
COMPARATIVE_AFTER = regex.compile(
    r"\s+(?i:more|as|higher|larger|bigger|greater|faster|the|over|less|lower|smaller|that\s+of)\b"
)
FACT_BOX_AFTER = regex.compile(r"[ \t]*:[ \t]+(?:(?i:no\.|number|share|total)\s+(?i:of)\s+)?")
HYPHEN_NOUN = regex.compile(r"-(?P<word>[a-z]{3,})(?![\w-])")
WORD_AFTER = regex.compile(r"[ \t]+(?P<word>[A-Za-z][A-Za-z'’-]*)")
FUZZY_AMOUNT = regex.compile(
    rf"\b(?=[sSaAdDhHtTmMbB])(?<![\w])(?P<fuzzy>(?i:{_alternation(LEXICON.fuzzy_amounts)}))(?=\s+[A-Za-z])"
)
MULTIPLIER_VERB = regex.compile(
    r"\b(?=[dDtThHqQ])(?<![\w])(?P<stem>(?i:doubl|tripl|trebl|quadrupl|halv))(?i:ed|es|ing|e)(?![\w])"
)
WORD_FOLD = regex.compile(
    rf"\b(?=[\dzotfsenZOTFSEN])(?<![\w.,])(?P<n>(?i:{_alternation(_NUMBER_WORDS)})|\d+(?:\.\d+)?)"
    r"-?(?i:fold)(?![\w])"
)
HEDGED_ONE = regex.compile(
    rf"\b(?=[aA])(?<=(?<![\w])(?P<hedge>(?i:{_alternation(LEXICON.hedges)}))\s+)(?i:an?)\s+"
    r"(?P<unit>(?i:decade|year|month|week|fortnight|day|hour|century))(?![\w-])"
)
FRACTION_OF = regex.compile(
    rf"\b(?=[aAoOhHtT])(?<![\w-])(?:(?<=(?<![\w])(?P<hedge>(?i:{_alternation(LEXICON.hedges)}))\s+))?"
    r"(?P<frac>(?i:(?:a|one)[\s-](?:half|third|quarter|fifth|tenth|fourth)|half|two[\s-]thirds"
    rf"|(?<!(?<![\w])(?:{_alternation(LEXICON.quarters_counted_after)})\s+)three[\s-]quarters"
    r"|three[\s-]fourths))(?=\s+(?:of|the|majority|stake|share)\b|\s+an?\s+(?:percentage\s+)?point\b|\s*[.,;]|$)"
    r"(?<!(?i:(?:first|second|third|last|latter|this|that|each|next|opening|closing)[\s-]+half))"
)
# 'a narrow 5-4 vote', 'voted 6-3', 'by a vote of 7-2': a vote's split, not a score or a range.
VOTE_SPLIT = regex.compile(
    rf"(?<=\b(?i:{longest_first(LEXICON.vote_split_before)})\s+(?:(?i:a|an)\s+)?)(?P<a>\d{{1,3}})\s?[-–]\s?(?P<b>\d{{1,3}})(?![\w-])"
    rf"|(?<![\w.,-])(?P<a>\d{{1,3}})\s?[-–]\s?(?P<b>\d{{1,3}})(?=\s+(?i:{longest_first(LEXICON.vote_split_after)})\b)"
)
# 'a single count', 'not a single vote': one of a thing, or none.
SINGLE = regex.compile(r"\b(?<![\w-])(?P<not>(?i:not)\s+)?(?i:a|one)\s+(?i:single)(?=\s+[a-z])")
NEGATION_BEFORE = regex.compile(r"(?i:\b(?:not|no|never|without|n't)\b[\w\s]*$)")
# 'a quarter of a percentage point', 'half a point': a fraction of one percentage point.
OF_A_POINT = regex.compile(r"\s+(?:of\s+)?an?\s+(?:(?i:percentage)\s+)?(?i:point)\b")
ONE_IN = regex.compile(
    r"\b(?<![\w-])(?P<lead>(?i:one|1))\s+(?i:in|out\s+of)\s+(?:(?i:every)\s+)?(?P<n>[2-9]|[1-9]\d{1,3}|(?i:two|three|four|five|six"
    r"|seven|eight|nine|ten|twenty|hundred|thousand))(?![\w])"
)
# '1/2 pound', '10 1/2 miles', '1/40 of the wavelength': a written fraction, optionally after a whole number.
DIGIT_FRACTION = regex.compile(
    r"(?<![\w./,-])(?:(?P<whole>\d{1,3})\s+)?(?P<num>\d{1,2})/(?P<den>\d{1,3})(?![\w/-]|[.,]\d)"
)
OF_AFTER = regex.compile(r"\s+of\s+(?:(?i:a|an)\s+)?")
MULTIFOLD = regex.compile(r"\b(?=[mM])(?<![\w])(?i:multi-?fold|manifold)(?![\w])")
_ORD = _alternation(LEXICON.ordinals)
RANK = regex.compile(
    rf"""
    \b(?=[\dfFsStTeEnN])(?<![\w-])
    (?P<ord>(?i:{_ORD})|\d{{1,3}}(?:st|nd|rd|th))
    (?:
        [-\s](?P<sup>(?i:largest|biggest|highest|lowest|smallest|richest|poorest|fastest|slowest|longest
            |busiest|strongest|weakest|best|worst|top|leading|most\s+[a-z]+|least\s+[a-z]+|largest-ever))
      |\s+(?P<inp>(?i:in|among|on))\s+(?=[a-z])
    )
    (?![\w])
    """,
    regex.VERBOSE,
)
RANKED = regex.compile(
    rf"(?<![\w])(?i:ranked|ranks|ranking|placed|finished|came)\s+(?P<ord>(?i:{_ORD})|\d{{1,3}}(?:st|nd|rd|th))(?![\w])"
)
# 'ended 2-2', 'a 3-1 win': a score, not a range (a range runs upward; a score is told with its word).
SCORELINE = regex.compile(
    r"(?P<a>\d{1,2})[-–](?P<b>\d{1,2})(?![\d%-]|[.,]\d)"
    r"(?P<word>\s+(?i:win|victory|defeat|loss|lead|draw|on\s+aggregate|scoreline)\b)?"
)
# 'Dak Prescott (4) celebrates': a player's shirt number in brackets after his name.
SHIRT_NUMBER = regex.compile(r"(?<=[A-Z][a-z]+\s)\(\d{1,2}\)")
# 'deaths in Kiambu (8), Nairobi (6) and Embu (1)': one of a list of names, each with its count in brackets.
LISTED_ITEM = regex.compile(r"(?<![\w'’-])[A-Z][\w'’-]*\s\(\d{1,5}\)(?=\s*(?:[,;.]|and\b|$))")
# The word of a running count ('deaths', 'killed', 'injured', 'cases'): what a list of bracketed counts counts.
RUNNING_WORD = regex.compile(
    rf"(?i:\b(?:{longest_first(w for w, h in LEXICON.subjects.heads.items() if h in LEXICON.subjects.running)}))"
)
IDENTIFIER_GLUE = regex.compile(r"[A-Za-z][A-Za-z.]*[-]?$", regex.REVERSE)
PHONE = regex.compile(r"(?=[+(\d])(?<![\w+])(?:\+\d{1,3}[ .-]?)?\(?\d{2,5}\)?(?:[ .-]?\d{2,5}){1,4}(?![\w-])")
# '10 Downing Street', '49 Zorro Ranch Road', '9 E 71st St': a number that locates a building.
ADDRESS = regex.compile(
    rf"(?<![\w.,$£€])\d{{1,5}}(?:\s+(?:[A-Z][a-z]*\.?|\d{{1,3}}(?:st|nd|rd|th))){{0,3}}?\s+"
    rf"(?:{longest_first(LEXICON.street_words)})\b(?![-'’])"
)
URL = regex.compile(r"\b(?=[hHwW])(?i:https?://|www\.)[^\s<>\"]{1,2000}")
EMAIL_AROUND_AT = regex.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
WORD_BEFORE = regex.compile(r"(?P<word>[A-Za-z][A-Za-z.&]*)\s+$", regex.REVERSE)


# Where each whole-text pattern above can start, for `sieved` (tests/properties/test_prefilters.py holds each to
# its pattern's finditer): a new alternative that opens with another word needs its start here too.
FUZZY_AMOUNT_STARTS = word_starts(LEXICON.fuzzy_amounts)
MULTIPLIER_VERB_STARTS = word_starts(["doubl", "tripl", "trebl", "quadrupl", "halv"])
HEDGED_ONE_STARTS = word_starts(["a ", "an "], size=4)
FRACTION_OF_STARTS = word_starts(
    ["a half", "a third", "a quarter", "a fifth", "a tenth", "a fourth", "one", "half", "two", "three"]
)
ONE_IN_STARTS = word_starts(["one", "1 "])
MULTIFOLD_STARTS = word_starts(["multi", "manifold"])
RANK_STARTS = word_starts(
    LEXICON.ordinals,
    also=(r"[0-9](?<![a-z0-9_-][0-9])(?=[0-9]{0,2}(?:st|nd|rd|th))", rf"(?<![A-Za-z0-9_-])[0-9{_WIDE}]"),
)
RANKED_STARTS = word_starts(["ranked", "ranks", "ranking", "placed", "finished", "came"])
