"""The subject of a value claim: the measure it names, whose it is, for which period, as of when, how told.

Read from the grammar around the number, nearest words first: the counted noun ('31 deaths'), the words of
its own stretch of the clause ('net profit rose 8.7%'), then the clause ('Revenue ... to ₹42,279 crore').
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import regex

from claimcheck.context.cricket import cricket_subject
from claimcheck.context.tables import TableCell, table_cell
from claimcheck.extract.patterns import longest_first
from claimcheck.lang import LEXICON
from claimcheck.lang.trie import trie
from claimcheck.models import Claim, Context, Subject

_WORDS = LEXICON.subjects
_WORD = regex.compile(r"[A-Za-z][\w'’-]*")
_TO_OR_FROM = regex.compile(r"(?i:\b(?:to|from)\s*)$")
_PLACE_AFTER = regex.compile(
    r"\s*\)?\s*(?:\([^()]{1,40}\)\s*)?(?:people\s+|deaths?\s+)?in\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+County|\s+District)?)"
)
_AS_OF_BEFORE = regex.compile(
    r"(?i:\b(?:as\s+of|as\s+at|by|till|until|up\s+to|through)\s+(?:the\s+)?"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+(?:on\s+)?|(?:noon|midnight|morning|evening|night)\s+(?:on\s+)?)?)$"
)
# A day the figure was told on ('said on Sunday that the toll had been revised to 275'): a count stands as
# of the day its source gives it.
# A day that dates what a toll counts the dead of ('The accident on Friday night killed at least 261',
# 'the toll in Friday's triple train accident rose to 288').
_HAPPENED_ON = regex.compile(
    r"(?i:\b(?:"
    + longest_first(LEXICON.tolled_events)
    + r")\s+(?:(?:on|of|in)\s+)?$)"
)
_HAPPENINGS = regex.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?i:" + longest_first(LEXICON.tolled_events) + r")\b"
)
_TELLING_VERBS = sorted((v for v, lemma in LEXICON.event_verbs.items() if lemma in ("say", "confirm")), key=len)
_TOLD_ON = regex.compile(r"(?i:\b(?:" + "|".join(reversed(_TELLING_VERBS)) + r")\s+(?:[a-z]+\s+)?on\s+$)")
# A count told as reached on a day ('rose to 46 on Friday', 'taking the number of dead to 64 on Friday'): the
# day it stood at that figure.
_REACHED_TO = regex.compile(
    r"(?i:\b(?:rose|risen|rising|climbed|jumped|increased|grew|reached|hit|stood|taking|took|pushing|pushed)"
    r"(?:\s+[\w'’-]+){0,8}?\s+(?:to|at)\s+(?:about\s+|nearly\s+|at\s+least\s+)?$)"
)
_REACHED_ON_REACH = 60
# A day whose own words say the figure stood then ('by Monday', 'as of July 8').
_AS_OF_OPENS = regex.compile(r"(?i:(?:as\s+of|as\s+at|by|till|until|up\s+to|through)\s)")
_NEXT_WORD = regex.compile(r"[ \t]+([A-Za-z][\w-]*)")
_DONE = regex.compile(r"\s+to\s+have\b")
# 'the accident involving the Coromandel Express and a goods train had reached 294': what an event involved
# takes part in it: it owns none of the figures after it, nor restricts their measure ('goods').
INVOLVING = regex.compile(r"\s(?i:involving|between)\s")
_REACHED = regex.compile(
    r"(?i:\b(?:" + "|".join(regex.escape(v).replace(r"\ ", r"\s+") for v in _WORDS.reached_heights) + r")\s+"
    r"(?:(?:about|around|nearly|some|almost|roughly|over|more\s+than)\s+)?$)"
)
_MONTH_NAMES = "|".join(sorted(LEXICON.months, key=len, reverse=True))
# A quarter named by its last month ('the March 2024-25 quarter', 'the quarter ended June'): which quarter of
# its fiscal year that is depends on when the company's year starts, so it is labelled by the month.
_QUARTER = regex.compile(
    r"(?i:\bQ([1-4])(?:\b|(?=FY\s?'?\d))|\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b"
    rf"|\b({_MONTH_NAMES})(?:\s+(?:19|20)\d\d(?:\s?[-‐‑–/]\s?\d{{2,4}})?)?\s+quarter\b"
    rf"|\bquarter\s+end(?:ed|ing)\s+(?:on\s+)?({_MONTH_NAMES})\b)"
)
_FISCAL = regex.compile(
    r"(?i:(?:\b|(?<=\bQ[1-4]))FY\s?'?(\d{2,4})(?:\s?[-‐‑–/]\s?(\d{2,4}))?\b|\bfiscal(?:\s+year)?\s+(\d{4})(?:\s?[-‐‑–/]\s?(\d{2,4}))?"
    r"|\b((?:19|20)\d\d)\s?[-‐‑–/]\s?(\d{2})\b(?!\s?[-‐‑–/]))"
)
_YEAR = regex.compile(r"(?<![\w/-])((?:19|20)\d\d)(?![\w/-])")
_CALENDAR = frozenset(LEXICON.months) | frozenset(LEXICON.weekdays)
_QUARTER_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# A percentage told with its basis right after it is a change ('by 78% year over year', '12% YoY').
_BASIS_AFTER = regex.compile(
    r"\s*(?i:year[\s-]+(?:on|over)[\s-]+year|y-?o-?y|quarter[\s-]+(?:on|over)[\s-]+quarter|q-?o-?q)\b"
)
# A signed figure is a change ('(+8%)', '↑7.5% YoY'); a hyphen only after a space or a bracket.
_SIGNED = regex.compile(r"(?:^|[\s(\[])[+−↑↓▲▼]\s?$|(?:^|[\s(\[])-$")
# Change words that are also adverbs of other verbs ('ending up with 46 seats'): a change only right before
# the number ('up 14%', 'up by 8%').
_WHOLE_BEFORE = regex.compile(r"\d\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$")
# 'for as long as a decade' bounds the figure from above, as 'a maximum of' does.
_AS_LONG_AS = regex.compile(r"(?i:as\s+long\s+as)")
_LAST_WORD = regex.compile(r"([A-Za-z][\w'’-]*)[ \t]+$")
# The next figure is the base the change is measured from ('up 7.54% from Rs 39,315 crore in the same
# period of FY25'): the words after the base tell the change's basis.
_BASE_NEXT = regex.compile(r"(?i:\s*(?:from|against|over|than|compared\s+(?:to|with))\s+(?:the\s+)?)")
# A phrase that opens a clause and sets the terms of all its figures ('In constant currency, revenue grew
# 3.8% YoY and 2.6% QoQ'; 'On a standalone basis, ...').
_LEAD_PHRASE = regex.compile(r"\s*(?:[-•*]\s*)?(?i:in|on|at)\s+(?P<words>[\w\s-]{1,40}?),")
_IN_THAT = regex.compile(r"\bin\s+(?:that|the\s+same)\s+(?P<kind>county|district|province|state|region)\b")
# How far back 'in that county' looks for the county it names.
_BACK = 600
_AND_OR = frozenset({"and", "or", "while", "with"})
_ADVERBS = frozenset({"up", "down"})
# A period named after the base a change is measured from belongs to the base ('fell 1.6% from Rs 7,033
# crore in Q4 FY25'; '7.5% more than the Rs 39,315 crore of Q1 FY25'; '7.5% more than in Q1 FY25').
_BASE_BEFORE = regex.compile(
    r"(?i:\b(?:(?:from|against|than|over|versus|vs\.?|compared\s+(?:to|with))\s+(?:the\s+)?"
    r"(?:[^\s\d]{1,4}\.?\s?)?\d[\d,.]*[a-z%]*(?:\s+[a-z%]+){0,4}\s+(?:in|of|for|during)\s+(?:the\s+)?"
    r"|(?:than|against|versus|vs\.?|compared\s+(?:to|with))\s+(?:(?:in|with|of)\s+)?(?:the\s+)?)"
    r"(?:same\s+(?:period|quarter)\s+(?:of|in|last)\s+)?(?:(?:Q[1-4]|(?:first|second|third|fourth)\s+quarter(?:\s+of)?)\s?)?)$"
)
# Between a percentage and the whole it is a share of ('4.9 per cent of GDP').
_SHARE_OF = regex.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?")
# The day or year a span is counted from ('the lowest since 2011', 'the toll since Monday'): not the figure's.
SINCE_BEFORE = regex.compile(r"(?i:\bsince\s+$)")
# A change told by both its ends ('rose to Rs 8,203 crore from Rs 7,688 crore'): no one end's period.
_MOVED = regex.compile(r"\d\D*\b(?:from|to)\b\D*\d")
_FROM_BEFORE = regex.compile(r"(?i:\bfrom\s*)$")
# '43 off 35 balls', '29* off 10 balls': the number is of what its rate's noun is counted against.
RATE_AFTER = regex.compile(
    r"\*?\s*(?:off|from|in)\s+\d+\s+(?P<noun>" + "|".join(map(regex.escape, sorted(_WORDS.rates))) + r")\b"
)
_AFTER_COMMA = regex.compile(r"[,;:](?!\d)")
# Added to the distance of a head past a comma, so that any other head of the clause comes first.
_ASIDE_RANK = 10_000
# Words a change is told with, this close before the number ('rose 9%', 'up by 8%').
_CHANGE_REACH = 3
# 'cut interest rates by 25 basis points': a change verb and its object before 'by'.
_BY_REACH = 5


def _phrases(phrases: tuple[str, ...]) -> regex.Pattern[str]:
    """Whole phrases, as a prefix tree: the longest that ends at a word end matches, as longest-first would."""
    return regex.compile(r"(?i:(?<![\w-])(?:" + trie(phrases) + r")(?![\w-]))")


_STATUS = {name: _phrases(words) for name, words in _WORDS.status.items()}
_TOLD_ORDER = ("target", "plan", "forecast")
# The statuses of figures told ahead of what they are about.
AHEAD = frozenset(_TOLD_ORDER)
# One look-behind for all five kinds, tried in this order at each word start.
_TOLD = regex.compile(
    r"(?i:(?<![\w-])(?:"
    + "|".join(f"(?P<{name}>{trie(_WORDS.status[name])})" for name in (*_TOLD_ORDER, "forecast_before", "estimate"))
    + r")(?![\w-]))"
)
# 'an estimated 500 people', 'an estimated Sh18 billion': the figure as best known, not a forecast of it.
ESTIMATE_OF_FIGURE = (
    r"(?i:estimated\s+(?:to\s+(?:be|have\s+been)\s+|at\s+)?(?:(?:about|around|some|nearly|over|more\s+than)\s+)?"
    r"(?:[A-Za-z]{1,3}\.?\s?|[^\w\s])?\d)"
)
_ESTIMATE_OF_FIGURE = regex.compile(ESTIMATE_OF_FIGURE)
# An estimate a statistics office releases is the figure itself ('according to estimates released by MoSPI').
_OFFICIAL_ESTIMATE = regex.compile(
    r"(?i:\b(?:provisional|advance|official)\s+estimates?\b|\bestimates?\s+(?:released|published|issued)\b)"
)
_LOOKS_AHEAD = regex.compile(
    r"(?i:\b(?:will|would|could|may|might|shall|next|coming|upcoming|to\s+be\s+(?:spent|paid|built|completed))\b"
    r"|\bby\s+(?:19|20)\d\d\b)"
)
_PERIOD = {name: _phrases(words) for name, words in _WORDS.period.items()}
_AGAINST_BEFORE = regex.compile(_STATUS["measured_against"].pattern + r"(?:\s+[\w'’-]+){0,3}\s*$")
_AGAINST_REACH = 48
# A sentence that opens with the period it tells of: 'In the fourth quarter of FY25,', 'For fiscal 2024-25,'.
_OPENS_WITH_PERIOD = regex.compile(r"\s*(?i:in|for|during)\s+[^,.;\n]{2,50},")
# A clause that opens with the year before ('In the same period last year, GDP grew 6.5%'): its change is
# that year's, not a change measured against it.
_OPENS_WITH_PRIOR = regex.compile(
    r"\s*(?i:(?:in\s+)?the\s+(?:same|corresponding)\s+(?:period|quarter)\s+(?:of\s+)?(?:last|a|the\s+previous)\s+"
    r"(?:year|fiscal)|a\s+year\s+(?:earlier|ago)|(?:in\s+)?the\s+year-ago\s+(?:period|quarter)),"
)


@dataclass(frozen=True, slots=True)
class Window:
    """Where a value's words are: its own stretch of the clause, the clause, and the sentence."""

    text: str
    own: tuple[int, int]
    clause: tuple[int, int]
    sentence: tuple[int, int]


def subject_of(claim: Claim, context: Context, window: Window, published: date | None) -> Subject:
    """The subject of one value claim, from the words around it."""
    text = window.text
    measure = _measure(claim, window)
    change = _is_change(text, claim, window)
    status = _status(text, claim, window, context, change, measure)
    period, basis, earlier = _period(text, claim, window, change)
    as_of, as_of_stated = _as_of(text, context, window, published, claim.start)
    sentence = text[window.sentence[0] : window.sentence[1]]
    named = None if _is_speaker(context) or _abbreviates_measure(sentence, context.entity) else context.entity
    owner, owner_qualifiers = _owner(named)
    subject = Subject(
        measure=measure,
        owner=owner,
        qualifiers=sorted(
            {*_qualifiers(text, claim, window, measure), *owner_qualifiers} - set((measure or "").split())
        ),
        period=period,
        earlier=earlier,
        basis=basis,
        as_of=as_of,
        as_of_stated=as_of_stated,
        status=status,
        attribution=context.attribution,
    )
    if claim.subtype in LEXICON.cricket.measures:
        return cricket_subject(text, window.sentence[0], claim, subject)
    cell = table_cell(text, claim.start)
    return _in_table(claim, cell, subject) if cell else subject


def _in_table(claim: Claim, cell: TableCell, subject: Subject) -> Subject:
    """A table cell's subject: the measure its row names (else its column, or the column it is the change
    of), the period its column or the nearest column to its left names, the basis its column names, and the
    row as a qualifier when the column gives the measure ('Retail | 84,172' under 'Revenue')."""
    row_head = _first_head(cell.row_label)
    column_head = next(filter(None, map(_first_head, (cell.header, *cell.headers_before))), None)
    measure = row_head or column_head or subject.measure
    labels = f"{cell.row_label} {cell.header}"
    basis = _basis(cell.header, 0, len(cell.header))
    changed = (
        basis is not None
        or claim.text.lstrip()[:1] in "+-−"
        or any(
            w.lower() in _WORDS.change_after or w.lower() in _WORDS.change_before for w in _WORD.findall(cell.header)
        )
    )
    told = [_told(found, len(labels), _LOOKS_AHEAD.search(labels) is not None) for found in _TOLD.finditer(labels)]
    status = next((s for s in _TOLD_ORDER if s in told), "change" if changed else "actual")
    qualifiers = [cell.row_label.lower()] if not row_head and column_head and cell.row_label else []
    return subject.model_copy(
        update={
            "measure": measure,
            "qualifiers": sorted({*subject.qualifiers, *qualifiers}),
            "period": next(
                filter(None, (_named_period(h, claim, 0, len(h)) for h in (cell.header, *cell.headers_before))),
                subject.period,
            ),
            "basis": (basis or "change") if changed else None,
            "status": status,
        }
    )


def _first_head(label: str) -> str | None:
    """The first measure head a table label names ('Net Profit (Rs. crore)' -> 'net profit')."""
    return next(filter(None, (_head_of(label, match, 0) for match in _WORD.finditer(label))), None)


def _head_of(text: str, match: regex.Match[str], lo: int) -> str | None:
    """The head a word of the text names, read with the word before it: a modifier that makes it another
    measure ('operating profit'), the thing a carrier is spent on ('defence spending'), or a valuation that
    names no measure ('GDP at current prices')."""
    head = _fold(match.group())
    if head is None:
        return None
    before = _LAST_WORD.search(text, max(lo, match.start() - 30), match.start())
    modifier = before.group(1).lower() if before else ""
    if modifier in _WORDS.valuations.get(head, ()):
        return None
    if head in _WORDS.carriers:
        return (_fold(modifier) if modifier else None) or head
    after = _NEXT_WORD.match(text, match.end())
    if after is not None and (head, after.group(1).lower()) in _WORDS.heads_of_noun_after:
        return _WORDS.heads_of_noun_after[(head, after.group(1).lower())]
    return _WORDS.modified_heads.get((modifier, head), head)


def _as_of(
    text: str, context: Context, window: Window, published: date | None, claim_start: int
) -> tuple[date | None, bool]:
    """The day a figure is given for: the one day its sentence names, else its report's; and whether the
    text dates the figure itself ('as of Sunday', 'by 7pm on July 8')."""
    if context.as_of is None or not context.time_ref:
        return published, False
    sentence = text[window.sentence[0] : window.sentence[1]]
    at = sentence.find(context.time_ref.removesuffix(" so far"))
    here = claim_start - window.sentence[0]
    stated = (
        _AS_OF_BEFORE.search(sentence, 0, at)
        or _AS_OF_OPENS.match(context.time_ref)
        or (context.time_ref.startswith("on ") and _TOLD_ON.search(sentence, 0, at + 3))
        or (0 <= here < at <= here + _REACHED_ON_REACH and _REACHED_TO.search(sentence, max(0, here - 60), here))
    )
    named = context.time_ref.removesuffix(" so far")
    if not stated and at >= 0 and (
        _HAPPENED_ON.search(sentence, max(0, at - 30), at) or _HAPPENINGS.match(sentence, at + len(named))
    ):
        return published, False
    return context.as_of, at >= 0 and bool(stated)


def _is_speaker(context: Context) -> bool:
    """True when the nearest name is the one who gives the figure ('Sheriff Dana Ortiz said 43 died'):
    a source, not the figure's owner."""
    if not context.entity or not context.attribution:
        return False
    spoken = {w.strip(".,'’").lower() for w in context.attribution.split()}
    return {w.strip(".,'’").lower() for w in context.entity.split()} <= spoken


def _owner(entity: str | None) -> tuple[str | None, list[str]]:
    """The owner without words that name a measure, a period or a qualifier ('Nominal GDP' is no owner,
    'nominal' qualifies the measure; 'Infosys Q1' is Infosys); words after a measure's name are the rest of
    that name or a headline's verb ('Net Profit Soars')."""
    if not entity:
        return None, []
    kept: list[str] = []
    qualifiers: list[str] = []
    for word in entity.split():
        lower = word.lower().strip(".,")
        if _fold(word) is not None:
            break
        if lower in _WORDS.qualifiers and not kept:
            qualifiers.append(lower)
        elif not _not_owner(word, lower) or (kept and lower in _WORDS.qualifiers):
            kept.append(word)
    return (" ".join(kept) or None), qualifiers


def _abbreviates_measure(sentence: str, entity: str | None) -> bool:
    """True when the name is the abbreviation a sentence gives a measure ('Free Cash Flow (FCF)'): the
    measure's own name, not whose it is."""
    if not entity or not entity.isupper() or not entity.isalpha():
        return False
    for found in regex.finditer(rf"((?:[A-Za-z][\w-]*\s+){{{len(entity)}}})\(\s*{regex.escape(entity)}\s*\)", sentence):
        words = found.group(1).split()
        if "".join(w[0] for w in words).upper() == entity and any(_fold(w) for w in words):
            return True
    return False


def _not_owner(word: str, lower: str) -> bool:
    """Words of a capitalised run that name no owner: a measure, a period, an amount or a currency."""
    return (
        lower in _WORDS.not_owners
        or lower in LEXICON.stopwords
        or lower in LEXICON.generic_measure_words
        or lower.rstrip(".") in LEXICON.currency_words
        or word.upper() in LEXICON.currency_codes
        or any(ch.isdigit() for ch in word)
        or _fold(word) is not None
    )


def measure_head(word: str) -> str | None:
    """The canonical measure a word names ('Profit' names net profit, 'Toll' the death toll), if any."""
    return _fold(word)


@lru_cache(maxsize=8192)
def _fold(word: str) -> str | None:
    """The head a word names, if any: through its spelling, its synonym key, or its stem."""
    lower = word.lower().replace("’", "'").removesuffix("'s").removesuffix("'")
    for form in (lower, *LEXICON.measure_synonyms.get(lower, ()), _stem(lower)):
        head = _WORDS.heads.get(form)
        if head:
            return head
    return None


def _stem(word: str) -> str:
    for suffix in ("ies", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith(("ss", "us", "is")):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def _measure(claim: Claim, window: Window) -> str | None:
    """The canonical head: a counted noun that names a measure; for people, what happened to them; else
    the head named nearest the number, in its own words first, then in its clause."""
    noun = (claim.noun or "").lower()
    noun_head = _fold(noun) if noun else None
    after = _NEXT_WORD.match(window.text, claim.end) if noun_head else None
    if noun_head and after is not None:
        noun_head = _WORDS.heads_of_noun_after.get((noun_head, after.group(1).lower()), noun_head)
    person = noun in _WORDS.person_nouns or LEXICON.irregular_plurals.get(noun, noun) in _WORDS.person_nouns
    if noun_head and not person and noun_head not in _WORDS.running:
        return noun_head
    rate = RATE_AFTER.match(window.text, claim.end, window.own[1] + 40) if not noun else None
    if rate:
        return _WORDS.rates[rate["noun"].lower()]
    for lo, hi, past_comma in ((*window.own, False), (*window.clause, True)):
        heads = _heads_near(window.text, claim, lo, hi, past_comma)
        running = [h for h in heads if h[1] in _WORDS.running]
        if person and running:
            return min(running)[1]
        if noun_head:
            return noun_head
        if heads:
            return min(heads)[1]
    if not claim.noun and claim.unit == "count":
        listed = [h for h in _heads_near(window.text, claim, *window.sentence) if h[1] in _WORDS.running]
        return min(listed)[1] if listed else None
    if (
        claim.normalized is not None
        and claim.normalized.unit == "meter"
        and _REACHED.search(window.text, window.own[0], claim.start)
    ):
        return "altitude"
    return None


def _heads_near(text: str, claim: Claim, lo: int, hi: int, past_comma: bool = True) -> list[tuple[int, str]]:
    """(distance, head) for every word in [lo, hi) that names a head, the number's own span excluded. A head
    after the number past a comma mostly names the next figure or an aside ('rose to 280, with the number of
    injured at 900'; 'up 14%, on large deal wins'): left out unless `past_comma`, and then ranked last."""
    found = []
    for match in _WORD.finditer(text, lo, hi):
        if _fold(match.group()) is None:  # names no head: none of the checks below could add it
            continue
        aside = _past_comma(text, claim, match.start())
        if aside and not past_comma:
            continue
        word = match.group()
        glued = 0 <= match.start() - claim.end <= 2
        lower = word.lower()
        forms = {lower, lower.rstrip("s"), *LEXICON.measure_synonyms.get(lower, ())}
        if not glued and forms & _WORDS.noun_only:
            continue
        if word[:1].isupper() and _next_word(text, match.end(), hi) in _WORDS.body_words:
            continue
        head = _head_of(text, match, lo)
        if head in _WORDS.counted_only and claim.unit in LEXICON.currency_codes:
            continue
        if claim.unit == "percent" and _SHARE_OF.fullmatch(text, claim.end, match.start()):
            continue  # '4.9 per cent of GDP' is a share of GDP, the measure named before it
        if head:
            distance = max(match.start() - claim.end, claim.start - match.end(), 0)
            found.append((distance + (_ASIDE_RANK if aside else 0), head))
    return found


def _next_word(text: str, position: int, end: int) -> str | None:
    after = _NEXT_WORD.match(text, position, min(end, position + 24))
    return after.group(1) if after else None


def _past_comma(text: str, claim: Claim, position: int) -> bool:
    """True when `position` lies after the number with a comma or a clause mark between them."""
    return position >= claim.end and bool(_AFTER_COMMA.search(text, claim.end, position))


def _is_change(text: str, claim: Claim, window: Window) -> bool:
    """True when the number tells how much a measure moved ('rose 9%', 'a 20% rise'), not its level."""
    before = text[max(window.own[0], claim.start - 40) : claim.start]
    if _TO_OR_FROM.search(before):
        return False
    if _SIGNED.search(before):
        return True
    told = [w.lower() for w in _WORD.findall(before)]
    words = told[-_CHANGE_REACH:]
    if words[-1:] == ["by"] and any(w in _WORDS.change_before or w in _WORDS.change_by for w in told[-_BY_REACH:-1]):
        return True
    if any(w in _WORDS.change_before and (w not in _ADVERBS or w == words[-1]) for w in words):
        return True
    reach = min(window.own[1], claim.end + 24)
    after = _NEXT_WORD.match(text, claim.end, reach)
    if after and _fold(after.group(1)) and after.group(1).lower() not in _WORDS.change_after:
        after = _NEXT_WORD.match(text, after.end(), min(window.own[1], after.end() + 24))
    if after is not None and after.group(1).lower() in _WORDS.change_after:
        return True
    return claim.unit == "percent" and bool(_BASIS_AFTER.match(text, claim.end, window.own[1]))


def _status(text: str, claim: Claim, window: Window, context: Context, change: bool, measure: str | None) -> str:
    """How the figure is told: a target, a plan or allocation, a forecast, a change, a running count, or an
    actual figure. A forecast it is set against ('beat estimates') does not make it one, nor one told past the
    next figure and a comma ('reports Rs 6,921 Cr profit and revenue of Rs 42,279 Cr, and lifts its guidance')."""
    lo, hi = window.clause
    ahead = _LOOKS_AHEAD.search(text, lo, hi) is not None
    told = {
        _told(found, claim.start, ahead)
        for found in _TOLD.finditer(text, lo, hi)
        if not _DONE.match(text, found.end())
        and not _AGAINST_BEFORE.search(text, max(lo, found.start() - _AGAINST_REACH), found.start())
        and not (found.start() >= window.own[1] and _past_comma(text, claim, found.start()))
    }
    for status in _TOLD_ORDER:
        if status in told:
            return status
    if change:
        return "change"
    if measure in _WORDS.running or _STATUS["leading"].search(text, lo, claim.start):
        return "running"
    return "actual"


def _told(found: regex.Match[str], start: int, ahead: bool) -> str | None:
    """The status a status word tells: a forecast word that must come before the figure tells none after
    it, and an estimate is a forecast only in a clause that looks ahead."""
    name = found.lastgroup
    if name == "forecast_before":
        return "forecast" if found.start() < start else None
    if name == "estimate":
        told = ahead or not (
            _ESTIMATE_OF_FIGURE.match(found.string, found.start())
            or _OFFICIAL_ESTIMATE.search(found.string, max(0, found.start() - 24), found.end() + 24)
        )
        return "forecast" if told else None
    return name


def is_period(text: str) -> bool:
    """True when a date's words name a quarter or a fiscal year ('Q1 FY2026'): a period, not an event day."""
    return bool(_QUARTER.search(text) or _FISCAL.search(text))


def is_revised(text: str) -> bool:
    """True when the words say a figure was revised ('after double counting', 'revised down')."""
    return bool(_STATUS["revised"].search(text))


def _period(text: str, claim: Claim, window: Window, change: bool) -> tuple[str | None, str | None, bool]:
    """The period a figure is for, for a change its basis (year-on-year or quarter-on-quarter), and whether
    the words tell it as the earlier period of a comparison ('against Rs 6,347 crore a year earlier')."""
    lo, hi = window.own
    basis = None
    if change:
        basis = _basis(text, claim.end, hi) or _basis(text, _own_part_start(text, claim, window), claim.start)
        if basis is None and _BASE_NEXT.fullmatch(text, claim.end, hi):
            phrase_end = _AFTER_COMMA.search(text, hi, window.clause[1])
            basis = _basis(text, hi, phrase_end.start() if phrase_end else window.clause[1])
        basis = basis or "change"
        if _OPENS_WITH_PRIOR.match(text, window.clause[0], claim.start):
            return before_named("prior-year", _named_period(text, claim, *window.clause)), basis, True
    elif not _MOVED.search(claim.text) and (prior := _prior(text, claim, lo, hi)):
        named = _named_period(text, claim, *window.clause)
        told = _named_period(text, claim, claim.end, hi)
        if told is not None and any(ch.isdigit() for ch in told.split()[-1]):
            # 'Rs 18,951 crore in the same quarter of FY24' names the earlier period itself, and the clause
            # the quarter ('In the fourth quarter of FY25, ...')
            quarter = named.split()[0] if named and prior == "prior-year" and named.startswith("Q") else None
            return (f"{quarter} {told}" if quarter and not told.startswith("Q") else told), None, True
        return before_named(prior, named), None, True
    for span in ((_own_part_start(text, claim, window), hi), window.clause, window.sentence):
        label = _named_period(text, claim, *span)
        if label:
            return label, basis, False
    return None, basis, False


def _prior(text: str, claim: Claim, lo: int, hi: int) -> str | None:
    """'prior-year' or 'prior-quarter' when the words say the figure is the earlier one ('Rs 17,020 crore a
    year earlier', 'down from 21.1% YoY')."""
    if _PERIOD["prior_quarter"].search(text, lo, hi):
        return "prior-quarter"
    if _PERIOD["prior_year"].search(text, lo, hi):
        return "prior-year"
    if _FROM_BEFORE.search(text, lo, claim.start) and (compared := _basis(text, claim.end, hi)):
        return "prior-year" if compared == "yoy" else "prior-quarter"
    return None


def before_named(prior: str, named: str | None) -> str:
    """The earlier period named outright when its clause names the current one ('Q1 FY26 ... against Rs
    44.42 lakh crore in the same quarter last year' is Q1 FY25); else 'prior-year' or 'prior-quarter'."""
    if named is None:
        return prior
    parts = named.split()
    shifted: list[str | None]
    if prior == "prior-year":
        if all(part.startswith("Q") for part in parts):
            return prior
        shifted = [_year_before(part) for part in parts]
    elif parts[0].startswith("Q"):
        quarter = int(parts[0][1])
        shifted = [f"Q{quarter - 1 or 4}", *(_year_before(p) if quarter == 1 else p for p in parts[1:])]
    else:
        return prior
    known = [part for part in shifted if part is not None]
    return " ".join(known) if len(known) == len(shifted) else prior


def _year_before(part: str) -> str | None:
    """'FY26' -> 'FY25', '2025' -> '2024', 'Q1' -> 'Q1'; None for what it cannot shift."""
    if part.startswith("Q"):
        return part
    digits = part.removeprefix("FY")
    if not digits.isdigit():
        return None
    return part[: len(part) - len(digits)] + str(int(digits) - 1).zfill(len(digits))


def _own_part_start(text: str, claim: Claim, window: Window) -> int:
    """Where the words before a number start that are its own: after the last comma when a figure comes
    earlier in the clause ('a 9% year-on-year rise, and its revenue grew 8%')."""
    lo = window.own[0]
    if lo == window.clause[0]:
        return lo
    commas = [m.end() for m in _AFTER_COMMA.finditer(text, lo, claim.start)]
    return commas[-1] if commas else lo


def _basis(text: str, lo: int, hi: int) -> str | None:
    """'yoy' or 'qoq', whichever the words in [lo, hi) name first."""
    found = [(m.start(), name) for name in ("yoy", "qoq") if (m := _PERIOD[name].search(text, lo, hi))]
    return min(found)[1] if found else None


def _named_period(text: str, claim: Claim, lo: int, hi: int) -> str | None:
    """A quarter, a fiscal year or a calendar year written in [lo, hi), the nearest to the claim."""

    def nearest(pattern: regex.Pattern[str]) -> regex.Match[str] | None:
        found = [
            m
            for m in _period_names(pattern, text, lo, hi)
            if not (claim.start <= m.start() < claim.end)
            and not (claim.end <= m.start() and _BASE_BEFORE.search(text, claim.end, m.start()))
            and not SINCE_BEFORE.search(text, max(lo, m.start() - 8), m.start())
        ]
        return min(found, key=lambda m: max(claim.start - m.end(), m.start() - claim.end), default=None)

    return _label(nearest(_QUARTER), nearest(_FISCAL), lambda: nearest(_YEAR))


@lru_cache(maxsize=256)
def _period_names(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> tuple[regex.Match[str], ...]:
    """The matches of a period pattern in [lo, hi), found once for the claims of a sentence that ask again."""
    return tuple(pattern.finditer(text, lo, hi))


def _label(
    quarter: regex.Match[str] | None,
    fiscal: regex.Match[str] | None,
    year: Callable[[], regex.Match[str] | None],
) -> str | None:
    parts = []
    if quarter and (month := quarter.group(3) or quarter.group(4)):
        parts.append(f"{month[:3].title()}-quarter")
    elif quarter:
        number = quarter.group(1) or str(_QUARTER_NUMBERS[quarter.group(2).lower()])
        parts.append(f"Q{number}")
    if fiscal:
        groups = [g for g in fiscal.groups() if g]
        parts.append(f"FY{groups[-1][-2:]}")
    if not parts:
        found = year()
        return found.group(1) if found else None
    return " ".join(parts)


def fiscal_period_in(text: str, start: int, end: int) -> str | None:
    """The quarter or fiscal year a stretch names ('a budget for fiscal year 2025-26'), not one it compares
    with: a report's first sentence names the period its figures are for where they name none."""
    for fiscal in _FISCAL.finditer(text, start, end):
        lo = max(start, fiscal.start() - 40)
        if _BASE_BEFORE.search(text, lo, fiscal.start()):
            continue
        quarters = list(_QUARTER.finditer(text, lo, fiscal.end()))
        return _label(quarters[-1] if quarters else None, fiscal, lambda: None)
    return None


# A figure measured on another basis than as reported ('In constant currency, revenue grew 3.8%'): another
# measure than the reported one, named by its phrase.
_BASES = longest_first(LEXICON.change_other_bases)
_OTHER_BASIS = regex.compile(rf"(?i:\b({_BASES})\b)")
_OTHER_BASIS_AFTER = regex.compile(rf"[^,;.]{{0,20}}?\b(?i:({_BASES}))\b")
OTHER_BASES = frozenset(" ".join(b.lower().replace("-", " ").split()) for b in LEXICON.change_other_bases)


def _other_basis(text: str, claim: Claim, window: Window) -> str | None:
    """The other basis a figure is told on: named before it in its sentence, or right after it."""
    found = [*_OTHER_BASIS.finditer(text, window.sentence[0], claim.start)]
    after = _OTHER_BASIS_AFTER.match(text, claim.end, window.sentence[1])
    named = found[-1] if found else after
    return " ".join(named.group(1).lower().replace("-", " ").split()) if named else None


_FISCAL_LABEL = regex.compile(r"(?:Q([1-4]) )?FY(\d\d)")


def precedes(period: str, later: str) -> bool:
    """True when a fiscal label names a period before another ('Q4 FY25' before 'Q1 FY26', 'FY24' before
    'FY25'): a figure of a past quarter in a report on the next one is the earlier figure."""
    a, b = _FISCAL_LABEL.fullmatch(period), _FISCAL_LABEL.fullmatch(later)
    if a is None or b is None or (a.group(1) is None) != (b.group(1) is None):
        return False
    return (a.group(2), a.group(1) or "") < (b.group(2), b.group(1) or "")


def opening_period(text: str, start: int, end: int) -> str | None:
    """The period a sentence opens with ('In the fourth quarter of FY25, profit grew'): it is the period of
    the figures of the later sentences of its paragraph that name none."""
    opening = _OPENS_WITH_PERIOD.match(text, start, end)
    if opening is None:
        return None
    lo, hi = opening.start(), opening.end()
    return _label(_QUARTER.search(text, lo, hi), _FISCAL.search(text, lo, hi), lambda: _YEAR.search(text, lo, hi))


def _in_name(text: str, match: regex.Match[str]) -> bool:
    """True when a capitalised word stands beside another capitalised word that names no measure: part of
    a name ('the Coromandel Express'), not a measure's title ('Nominal GDP')."""
    if not match.group()[:1].isupper():
        return False
    before = _LAST_WORD.search(text, max(0, match.start() - 30), match.start())
    after = _NEXT_WORD.match(text, match.end())
    return any(n and n.group(1)[:1].isupper() and _fold(n.group(1)) is None for n in (before, after))


def _qualifiers(text: str, claim: Claim, window: Window, measure: str | None) -> list[str]:
    """Words that restrict the measure to a part of its whole: 'Indian passengers', 'retail revenue', and a
    place told right after the number ('six in Nairobi'). Not a word of a name ('the Coromandel Express'),
    nor the words after a whole that tell of its part ('88 of the 275 bodies have been identified'); 'as
    long as' is a maximum."""
    found = set()
    noun = (claim.noun or "").lower()
    whole = _WHOLE_BEFORE.search(text, max(window.sentence[0], claim.start - 24), claim.start) is not None
    involving = INVOLVING.search(text, window.own[0], claim.start)
    for match in _WORD.finditer(text, *window.own):
        word = match.group().lower()
        if involving and involving.start() <= match.start() < claim.start:
            continue
        if match.start() >= claim.end and (whole or _past_comma(text, claim, match.start()) or word in _AND_OR):
            break
        if word not in _WORDS.qualifiers or _fold(word) == measure or claim.start <= match.start() < claim.end:
            continue
        if measure and word in measure.split():
            continue
        if _AS_LONG_AS.match(text, match.start() - 3, match.end() + 3):
            found.add("maximum")
        elif not _in_name(text, match):
            found.add(LEXICON.irregular_plurals.get(word, word))
    lead = _LEAD_PHRASE.match(text, window.clause[0], window.own[0])
    if lead and window.own[0] > lead.end():
        found.update(w.lower() for w in _WORD.findall(lead["words"]) if w.lower() in _WORDS.qualifiers)
    if noun and noun not in ("person", "people") and noun in _WORDS.person_nouns:
        found.add(noun)
    place = _PLACE_AFTER.match(text, claim.end, min(window.clause[1], claim.end + 60))
    if place and not _QUARTER.match(place["place"]) and place["place"].lower() not in _CALENDAR:
        found.add("in " + place["place"])
    named = _named_before(text, claim, window)
    if named:
        found.add("in " + named)
    if basis := _other_basis(text, claim, window):
        found = {*(found - set(basis.split())), basis}
    return sorted(found)


def _named_before(text: str, claim: Claim, window: Window) -> str | None:
    """The place 'in that county' points back to: the last county (district, state...) named before it
    ('87 of all the deaths were in that county alone', after 'Kerr County')."""
    that = _IN_THAT.search(text, claim.end, window.own[1])
    if not that:
        return None
    kind = that["kind"].capitalize()
    back = max(0, claim.start - _BACK)
    named = [m.group() for m in regex.finditer(rf"[A-Z][\w'’-]+\s+{kind}\b", text, pos=back, endpos=claim.start)]
    return named[-1] if named else None
