"""The subject of a value claim: the measure it names, whose it is, for which period, as of when, how told.

Read from the grammar around the number, nearest words first: the counted noun ('31 deaths'), the words of
its own stretch of the clause ('net profit rose 8.7%'), then the clause ('Revenue ... to ₹42,279 crore').
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import regex

from claimcheck.context.tables import TableCell, table_cell
from claimcheck.lang import LEXICON
from claimcheck.models import Claim, Context, Subject

_WORDS = LEXICON.subjects
_WORD = regex.compile(r"[A-Za-z][\w'’-]*")
_TO_OR_FROM = regex.compile(r"(?i:\b(?:to|from)\s*)$")
_PLACE_AFTER = regex.compile(r"\s*(?:people\s+|deaths?\s+)?in\s+(?P<place>[A-Z][\w'’-]+(?:\s+County|\s+District)?)")
_AS_OF_BEFORE = regex.compile(
    r"(?i:\b(?:as\s+of|as\s+at|by|till|until|up\s+to|through)\s+(?:the\s+)?"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+(?:on\s+)?|(?:noon|midnight|morning|evening|night)\s+(?:on\s+)?)?)$"
)
_NEXT_WORD = regex.compile(r"[ \t]+([A-Za-z][\w-]*)")
_DONE = regex.compile(r"\s+to\s+have\b")
_QUARTER = regex.compile(r"(?i:\bQ([1-4])\b|\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b)")
_FISCAL = regex.compile(
    r"(?i:\bFY\s?'?(\d{2,4})(?:\s?[-–/]\s?(\d{2,4}))?\b|\bfiscal(?:\s+year)?\s+(\d{4})(?:\s?[-–/]\s?(\d{2,4}))?"
    r"|\b((?:19|20)\d\d)\s?[-–/]\s?(\d{2})\b(?!\s?[-–/]))"
)
_YEAR = regex.compile(r"(?<![\w/-])((?:19|20)\d\d)(?![\w/-])")
_CALENDAR = frozenset(LEXICON.months) | frozenset(LEXICON.weekdays)
_QUARTER_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# Words a change is told with, this close before the number ('rose 9%', 'up by 8%').
_CHANGE_REACH = 3


def _phrases(phrases: tuple[str, ...]) -> regex.Pattern[str]:
    alternatives = sorted((regex.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len, reverse=True)
    return regex.compile(r"(?i:(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-]))")


_STATUS = {name: _phrases(words) for name, words in _WORDS.status.items()}
_TOLD_ORDER = ("target", "plan", "forecast")
_TOLD = regex.compile("|".join(f"(?P<{name}>{_STATUS[name].pattern})" for name in _TOLD_ORDER))
_PERIOD = {name: _phrases(words) for name, words in _WORDS.period.items()}
_AGAINST_BEFORE = regex.compile(_STATUS["measured_against"].pattern + r"(?:\s+[\w'’-]+){0,3}\s*$")
_AGAINST_REACH = 48


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
    period, basis = _period(text, claim, window, change)
    as_of, as_of_stated = _as_of(text, context, window, published)
    owner, owner_qualifiers = _owner(None if _is_speaker(context) else context.entity)
    subject = Subject(
        measure=measure,
        owner=owner,
        qualifiers=sorted({*_qualifiers(text, claim, window, measure), *owner_qualifiers}),
        period=period,
        basis=basis,
        as_of=as_of,
        as_of_stated=as_of_stated,
        status=status,
        attribution=context.attribution,
    )
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
    told = [found.lastgroup for found in _TOLD.finditer(labels)]
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
    return next(filter(None, (_fold(word) for word in _WORD.findall(label))), None)


def _as_of(text: str, context: Context, window: Window, published: date | None) -> tuple[date | None, bool]:
    """The day a figure is given for: the one day its sentence names, else its report's; and whether the
    text dates the figure itself ('as of Sunday', 'by 7pm on July 8')."""
    if context.as_of is None or not context.time_ref:
        return published, False
    sentence = text[window.sentence[0] : window.sentence[1]]
    at = sentence.find(context.time_ref.removesuffix(" so far"))
    return context.as_of, at > 0 and bool(_AS_OF_BEFORE.search(sentence, 0, at))


def _is_speaker(context: Context) -> bool:
    """True when the nearest name is the one who gives the figure ('Sheriff Dana Ortiz said 43 died'):
    a source, not the figure's owner."""
    if not context.entity or not context.attribution:
        return False
    spoken = {w.strip(".,'’").lower() for w in context.attribution.split()}
    return {w.strip(".,'’").lower() for w in context.entity.split()} <= spoken


def _owner(entity: str | None) -> tuple[str | None, list[str]]:
    """The owner without words that name a measure, a period or a qualifier ('Nominal GDP' is no owner,
    'nominal' qualifies the measure; 'Infosys Q1' is Infosys)."""
    if not entity:
        return None, []
    kept, qualifiers = [], []
    for word in entity.split():
        lower = word.lower().strip(".,")
        if lower in _WORDS.qualifiers:
            qualifiers.append(lower)
        elif not _not_owner(word, lower):
            kept.append(word)
    return (" ".join(kept) or None), qualifiers


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
    person = noun in _WORDS.person_nouns or LEXICON.irregular_plurals.get(noun, noun) in _WORDS.person_nouns
    if noun_head and not person and noun_head not in _WORDS.running:
        return noun_head
    for lo, hi in (window.own, window.clause):
        heads = _heads_near(window.text, claim, lo, hi)
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
    return None


def _heads_near(text: str, claim: Claim, lo: int, hi: int) -> list[tuple[int, str]]:
    """(distance, head) for every word in [lo, hi) that names a head, the number's own span excluded."""
    found = []
    for match in _WORD.finditer(text, lo, hi):
        word = match.group()
        glued = 0 <= match.start() - claim.end <= 2
        lower = word.lower()
        forms = {lower, lower.rstrip("s"), *LEXICON.measure_synonyms.get(lower, ())}
        if not glued and forms & _WORDS.noun_only:
            continue
        if word[:1].isupper() and _next_word(text, match.end(), hi) in _WORDS.body_words:
            continue
        head = _fold(word)
        if head:
            distance = max(match.start() - claim.end, claim.start - match.end(), 0)
            found.append((distance, head))
    return found


def _next_word(text: str, position: int, end: int) -> str | None:
    after = _NEXT_WORD.match(text, position, min(end, position + 24))
    return after.group(1) if after else None


def _is_change(text: str, claim: Claim, window: Window) -> bool:
    """True when the number tells how much a measure moved ('rose 9%', 'a 20% rise'), not its level."""
    before = text[max(window.own[0], claim.start - 40) : claim.start]
    if _TO_OR_FROM.search(before):
        return False
    words = [w.lower() for w in _WORD.findall(before)][-_CHANGE_REACH:]
    if words[-1:] == ["by"] and len(words) > 1 and words[-2] in _WORDS.change_before:
        return True
    if any(w in _WORDS.change_before for w in words):
        return True
    after = _NEXT_WORD.match(text, claim.end, min(window.own[1], claim.end + 24))
    return after is not None and after.group(1).lower() in _WORDS.change_after


def _status(text: str, claim: Claim, window: Window, context: Context, change: bool, measure: str | None) -> str:
    """How the figure is told: a target, a plan or allocation, a forecast, a change, a running count, or an
    actual figure. A forecast it is set against ('beat estimates') does not make it one."""
    lo, hi = window.clause
    told = {
        found.lastgroup
        for found in _TOLD.finditer(text, lo, hi)
        if not _DONE.match(text, found.end())
        and not _AGAINST_BEFORE.search(text, max(lo, found.start() - _AGAINST_REACH), found.start())
    }
    for status in _TOLD_ORDER:
        if status in told:
            return status
    if change:
        return "change"
    if measure in _WORDS.running:
        return "running"
    return "actual"


def is_period(text: str) -> bool:
    """True when a date's words name a quarter or a fiscal year ('Q1 FY2026'): a period, not an event day."""
    return bool(_QUARTER.search(text) or _FISCAL.search(text))


def is_revised(text: str) -> bool:
    """True when the words say a figure was revised ('after double counting', 'revised down')."""
    return bool(_STATUS["revised"].search(text))


def _period(text: str, claim: Claim, window: Window, change: bool) -> tuple[str | None, str | None]:
    """The period a figure is for and, for a change, its basis (year-on-year or quarter-on-quarter)."""
    lo, hi = window.own
    basis = None
    if change:
        basis = _basis(text, claim.end, hi) or _basis(text, lo, claim.start) or "change"
    elif _PERIOD["prior_quarter"].search(text, lo, hi):
        return "prior-quarter", None
    elif _PERIOD["prior_year"].search(text, lo, hi):
        return "prior-year", None
    for span in (window.own, window.clause, window.sentence):
        label = _named_period(text, claim, *span)
        if label:
            return label, basis
    return None, basis


def _basis(text: str, lo: int, hi: int) -> str | None:
    """'yoy' or 'qoq', whichever the words in [lo, hi) name first."""
    found = [(m.start(), name) for name in ("yoy", "qoq") if (m := _PERIOD[name].search(text, lo, hi))]
    return min(found)[1] if found else None


def _named_period(text: str, claim: Claim, lo: int, hi: int) -> str | None:
    """A quarter, a fiscal year or a calendar year written in [lo, hi), the nearest to the claim."""

    def nearest(pattern: regex.Pattern[str]) -> regex.Match[str] | None:
        found = [m for m in pattern.finditer(text, lo, hi) if not (claim.start <= m.start() < claim.end)]
        return min(found, key=lambda m: abs(m.start() - claim.start), default=None)

    quarter, fiscal = nearest(_QUARTER), nearest(_FISCAL)
    parts = []
    if quarter:
        number = quarter.group(1) or str(_QUARTER_NUMBERS[quarter.group(2).lower()])
        parts.append(f"Q{number}")
    if fiscal:
        groups = [g for g in fiscal.groups() if g]
        parts.append(f"FY{groups[-1][-2:]}")
    if not parts:
        year = nearest(_YEAR)
        return year.group(1) if year else None
    return " ".join(parts)


def _qualifiers(text: str, claim: Claim, window: Window, measure: str | None) -> list[str]:
    """Words that restrict the measure to a part of its whole: 'Indian passengers', 'retail revenue', and a
    place told right after the number ('six in Nairobi')."""
    found = set()
    noun = (claim.noun or "").lower()
    for match in _WORD.finditer(text, *window.own):
        word = match.group().lower()
        if word in _WORDS.qualifiers and _fold(word) != measure and not claim.start <= match.start() < claim.end:
            found.add(LEXICON.irregular_plurals.get(word, word))
    if noun and noun not in ("person", "people") and noun in _WORDS.person_nouns:
        found.add(noun)
    place = _PLACE_AFTER.match(text, claim.end, min(window.own[1], claim.end + 60))
    if place and not _QUARTER.match(place["place"]) and place["place"].lower() not in _CALENDAR:
        found.add("in " + place["place"])
    return sorted(found)
