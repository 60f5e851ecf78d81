"""arithmetic: derived figures that do not follow from what they derive from.

The shapes: a change ('tripled', 'rose 50%') with 'from X to Y' beside it, or with its ends spread over its
sentence and the next (spread.py); a gap ('six months after' an event dated elsewhere); and, in sums.py, a
conversion in brackets ('10 km (20 miles)'), a breakdown in brackets that does not add up and two currency
conversions at different rates.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import pairwise

import regex

from claimcheck.checks.base import CheckInput, Rule
from claimcheck.checks.spread import Ends, compares_with, pair_ratio, spread_ends
from claimcheck.checks.sums import breakdowns, conversion_rates, unit_conversions
from claimcheck.document import Document
from claimcheck.extract.patterns import LOOKAHEAD, longest_first
from claimcheck.lang import LEXICON, ChangeWords
from claimcheck.models import Bound, Claim, ClaimKind, Finding

_FROM = regex.compile(r"(?i:\bfrom\s*)$")
_TO = regex.compile(r"(?i:^\s*(?:[a-z]+\s+){0,2}?to\s*$)")
# '76% year-on-year (YoY) jump', '45.7% y-o-y drop': the basis of the change may stand between
_BASIS_WORDS = longest_first(w for name in ("yoy", "qoq") for w in LEXICON.subjects.period[name] if " " not in w)
_BASIS = rf"(?:\s*\(?(?i:{_BASIS_WORDS})\)?){{0,2}}"
_FALL_AFTER = regex.compile(_BASIS + r"\s*(?i:drop|fall|decline|decrease|cut|lower)")


def _direction(words: ChangeWords) -> regex.Pattern[str]:
    """Any word of one direction of change, as a whole word: 'rose', 'growth', 'higher', 'up'."""
    forms = [*words.verbs, *words.nouns, words.comparative or "", words.adverb or ""]
    return regex.compile(rf"(?i:\b(?:{longest_first(w for w in forms if w)})\b)")


_DIGITS = regex.compile(r"\d+(?:\.(?P<decimals>\d+))?")
_OTHER_BASIS = regex.compile(rf"(?i:\b(?:{longest_first(LEXICON.change_other_bases)})\b)")
_PLUS_BEFORE = regex.compile(r"(?:^|[\s(])\+\s*$")  # '(+8.8%)' in a results list
_RISE_AFTER = regex.compile(_BASIS + r"\s*(?i:rise|increase|growth|jump|gain|higher)")
_LETTERS = regex.compile(r"[A-Za-z]+")
_PRESENT_VERB = regex.compile(r"(?i:\b(?:comes|come|is|are|marks|falls)\b)")
_TO_BEFORE = regex.compile(r"(?i:\bto\s*)$")
_FROM_BETWEEN = regex.compile(r"(?i:^[^.;]{0,60}?\bfrom\s*$)")
_RISE = _direction(LEXICON.rise)
_FALL = _direction(LEXICON.fall)
_GAP_WORD = regex.compile(r"\s+(?P<word>after|since|before|later\s+than|prior\s+to)\s+(?P<rest>[^.;:!?]{3,160})")
_NAME = regex.compile(r"\b[A-Z][a-z]+\b")
_HEDGED_MULTIPLIER = regex.compile(r"(?i:\b(?P<hedge>nearly|almost|more\s+than|over|about|roughly|around)\s+)$")


def arithmetic(data: CheckInput, rule: Rule) -> list[Finding]:
    """All three shapes, for every document."""
    findings: list[Finding] = []
    for doc in data.docs:
        claims = data.claims.get(doc.id, [])
        findings.extend(_changes(doc, claims, rule))
        findings.extend(unit_conversions(doc, claims, rule))
        findings.extend(_gaps(doc, claims, rule))
        findings.extend(breakdowns(doc, claims, rule))
        findings.extend(conversion_rates(doc, claims, rule))
    return findings


# --- 'tripled from 200 to 900', 'rose 50% from 200 to 250' -------------------------------------------


def _changes(doc: Document, claims: list[Claim], rule: Rule) -> Iterator[Finding]:
    for index, change in enumerate(claims):
        sign = _change_sign(doc.text, change)
        if sign is None or _OTHER_BASIS.search(change.context.sentence):
            continue
        stated = _stated_ratio(doc.text, change, sign)
        readings = _readings(doc.text, claims, index, sign)
        if not stated or not readings or any(e.ratio is None or _agree(e.ratio, stated) for e in readings):
            continue
        ends = readings[0]
        if ends.ratio is not None:
            yield rule.finding(
                f"{ends.start} to {ends.end} is {_ratio_words(ends, sign)}, not '{change.text}'.",
                [change, *ends.claims],
            )


def _readings(text: str, claims: list[Claim], index: int, sign: int) -> list[Ends]:
    """Where the change began and ended: 'from X to Y' right after it, else the ends its sentence and the
    next spread out, every reading of them (a multiplier far from its ends may be no change at all:
    'double-digit growth')."""
    told = next(_from_to(text, claims[index + 1 : index + 8], claims[index]), None)
    if told:
        # 'rose 4% year on year to X, from Y in the previous quarter': the change is not from Y
        ok = compares_with(told[0], claims[index])
        return [Ends(told[0].text, told[1].text, _implied_ratio(*told), told)] if ok else []
    return spread_ends(text, claims, index, sign) if sign else []


def _agree(implied: tuple[float, float], stated: tuple[float, float]) -> bool:
    return implied[0] <= stated[1] and stated[0] <= implied[1]


def _change_sign(text: str, claim: Claim) -> int | None:
    if claim.subtype == "multiplier-change":
        return 0
    if claim.unit != "percent" or claim.bound not in (Bound.EXACT, Bound.APPROX):
        return None
    before = text[max(0, claim.start - 30) : claim.start]
    after = text[claim.end : claim.end + 40]
    if _FALL.search(before) or _FALL_AFTER.match(after):
        return -1
    if _RISE.search(before) or _RISE_AFTER.match(after) or _PLUS_BEFORE.search(before):
        return 1
    return None


def _from_to(text: str, following: list[Claim], change: Claim) -> Iterator[tuple[Claim, Claim]]:
    if following and following[0].kind is not ClaimKind.DURATION:
        # 'to 2,51,200 units in the financial year ended March, from 2,01,000', 'to Rs 72.63 crore for the
        # quarter ended June 30, from Rs 57.46 crore': a length of time or a date between the two amounts is
        # no end of the change
        following = [c for c in following if c.kind not in (ClaimKind.DURATION, ClaimKind.DATE)][:5]
    for first, second in pairwise(following):
        if first.context.sentence != change.context.sentence or first.normalized is None or second.normalized is None:
            return
        if _base_unit(first) != _base_unit(second):
            continue
        between = text[first.end : second.start]
        if _FROM.search(text, max(0, first.start - 8), first.start) and _TO.match(between):
            yield first, second
        elif _TO_BEFORE.search(text, max(0, first.start - 6), first.start) and _FROM_BETWEEN.match(between):
            yield second, first


def _base_unit(claim: Claim) -> str:
    """A claim's unit without its rate: 'from ₹35 to ₹60 a kilogram' compares rupees with rupees."""
    return (claim.unit or "").split(" / ")[0]


def _implied_ratio(first: Claim, second: Claim) -> tuple[float, float] | None:
    if first.unit != second.unit:
        return _stated_ratio_bounds(first, second)
    return pair_ratio(first, second)


def _stated_ratio_bounds(first: Claim, second: Claim) -> tuple[float, float] | None:
    """The ratio of the stated numbers, within half a step of the last digit, when the units differ only
    in a rate written once ('from ₹35 to ₹60 a kilogram')."""
    if not first.low or second.low is None or first.low <= 0:
        return None
    slack = 0.005
    return second.low / first.low * (1 - slack), second.low / first.low * (1 + slack)


def _stated_ratio(text: str, change: Claim, sign: int) -> tuple[float, float] | None:
    if sign == 0:
        factor = change.low or 1.0
        hedge = _HEDGED_MULTIPLIER.search(text, max(0, change.start - 14), change.start)
        word = hedge["hedge"].lower() if hedge else ""
        if word in ("nearly", "almost"):
            return factor * 0.85, factor * 1.02
        if word in ("more than", "over"):
            return factor * 0.98, float("inf")
        return factor * 0.9, factor * 1.1
    interval = change.normalized
    if interval is None or interval.low is None or interval.high is None:
        return None
    # one step of the last written digit beyond the writer's rounding, for a writer who cut the figure
    # short or worked from rounded ends: '76%' stands for 74.5-77.5, '8.6%' for 8.45-8.75
    digits = _DIGITS.search(change.text)
    step = min(1.0, 10.0 ** -len(digits["decimals"] or "")) if digits else 1.0
    low, high = interval.low - step, interval.high + step
    return (1 + sign * low / 100, 1 + sign * high / 100) if sign > 0 else (1 - high / 100, 1 - low / 100)


def _ratio_words(ends: Ends, sign: int) -> str:
    """What the two ends as written make of the change: 'a 78.3% rise', '4.5 times'."""
    ratio = ends.written
    if ratio is None and ends.ratio is not None:
        ratio = (ends.ratio[0] + ends.ratio[1]) / 2
    if ratio is None:
        return "another change"
    if sign == 0:
        return f"{ratio:.2g} times"
    change = (ratio - 1) * 100
    return f"a {abs(change):.1f}% {'rise' if change >= 0 else 'fall'}"


# --- 'six months after Misri visited Beijing' ---------------------------------------------------------


def _gaps(doc: Document, claims: list[Claim], rule: Rule) -> Iterator[Finding]:
    for duration in claims:
        if duration.kind is not ClaimKind.DURATION or duration.normalized is None:
            continue
        gap = _GAP_WORD.match(doc.text, duration.end, duration.end + LOOKAHEAD)
        if gap is None:
            continue
        earlier = _dated_event(doc, claims, duration, gap)
        later = _later_date(doc, claims, duration, gap)
        if earlier is None or later is None or earlier.date_start is None or earlier.date_end is None:
            continue
        direction = -1 if gap["word"] in ("before", "prior to") else 1
        first_day, last_day = (
            (later - earlier.date_end).days * direction,
            (later - earlier.date_start).days * direction,
        )
        low, high = sorted((first_day, last_day))
        stated = duration.normalized
        if stated.low is not None and stated.high is not None and (high < stated.low or stated.high < low):
            yield rule.finding(
                f"'{duration.text} {gap['word']}' does not fit the dates: {earlier.text} "
                f"({earlier.date_start}..{earlier.date_end}) to {later.isoformat()} is {low}-{high} days.",
                [duration, earlier],
            )


def _dated_event(doc: Document, claims: list[Claim], duration: Claim, gap: regex.Match[str]) -> Claim | None:
    """The date of the event after 'after': written in the clause, or found where the same event is dated."""
    rest_start, rest_end = gap.span("rest")
    inside = [c for c in claims if c.kind is ClaimKind.DATE and rest_start <= c.start < rest_end and c.date_start]
    if inside:
        return inside[0]
    words = gap["rest"].split()
    names = {n for n in _NAME.findall(gap["rest"])}
    actions = {LEXICON.event_verbs[w.lower()] for w in words if w.lower() in LEXICON.event_verbs}
    if not names or not actions:
        return None
    for claim in claims:
        if (
            claim.kind is ClaimKind.DATE
            and claim.date_start
            and claim.context.action in actions
            and claim.context.sentence != duration.context.sentence
            and len(names & set(claim.context.participants)) >= min(2, len(names))
        ):
            return claim
    return None


def _later_date(doc: Document, claims: list[Claim], duration: Claim, gap: regex.Match[str]) -> date | None:
    """The date the gap runs to: another date in the sentence, the one date the document gives the subject
    event ('The collapse came ten days after' and 'caved in on Tuesday, August 19'), else the reference
    date for an event told in the present ('His visit comes six months after')."""
    for claim in claims:
        if (
            claim.kind is ClaimKind.DATE
            and claim.context.sentence == duration.context.sentence
            and claim.date_start
            and claim.date_start == claim.date_end
            and not gap.start("rest") <= claim.start < gap.end("rest")
        ):
            return claim.date_start
    head = doc.text[max(0, duration.start - 60) : duration.start]
    subjects = {LEXICON.event_verbs[w.lower()] for w in _LETTERS.findall(head) if w.lower() in LEXICON.event_verbs}
    dated = {
        c.date_start
        for c in claims
        if c.kind is ClaimKind.DATE
        and c.context.action in subjects
        and c.date_start
        and c.date_start == c.date_end
        and c.context.sentence != duration.context.sentence
    }
    if len(dated) == 1:
        return dated.pop()
    if _PRESENT_VERB.search(head):
        return doc.reference_date
    return None
