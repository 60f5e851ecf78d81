"""Figures a text derives in brackets: a conversion ('10 km (20 miles)') that must be the same figure, a
breakdown ('49 (16 goods & 23 coaching trains)') whose parts must add up to the total, and currency
conversions ('KES 1.1 billion (USD 14 million)') that must use one rate.

Both are read at the precision the writer gave: a number stands for the interval half a step of its last
written digit wide either side ('1.1 billion' for 1.05-1.15 billion), and a hedge ('approximately') widens it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

import regex

from claimcheck.checks.base import Rule
from claimcheck.document import Document
from claimcheck.extract.units import UREG
from claimcheck.models import Bound, Claim, ClaimKind, Finding

_DIGITS = regex.compile(r"\d[\d,]*(?:\.(?P<decimals>\d+))?")
_HEDGE_SPREAD = 0.1  # 'approximately USD 10 million': within a tenth of the figure
_BRACKET_OPEN = regex.compile(r"\s*\(\s*(?:(?i:about|around|roughly|approximately|nearly|some|or|~)\s+)?")
_PART_JOIN = regex.compile(r"\s*(?:,\s*(?i:and\s+)?|&|\+|(?i:\band\b))\s*")
_BRACKET_CLOSE = regex.compile(r"\s*\)")
_UNIT_BRACKET_OPEN = regex.compile(r"^\s*\(\s*(?:(?i:about|around|roughly|approximately|some|nearly|almost|or|~)\s*)?$")
_DELTA_WORDS = regex.compile(
    r"(?i:\b(?:anomaly|above|below|warmer|cooler|higher|lower|rise|increase|difference|departure)\b)"
)
_LABEL = regex.compile(r"\s+(?P<word>(?!(?i:and|or)\b)[a-z][a-z-]*)")
_MOST_PARTS = 8
_LEADING_WORDS = regex.compile(r"^(?:[a-z]+\s+)+")
# A breakdown whose parts miss the total by a slip of one digit is wrong; parts far from the total are
# something else in brackets ('245 (45 overs, 3 sixes)'), not its parts.
_PARTS_REACH = (0.5, 2.0)
# Two conversions in one text may be made on different days: rates within this share of each other agree.
_RATE_DRIFT = 0.15


def written_interval(claim: Claim) -> tuple[float, float] | None:
    """The values the figure as written stands for: half a step of its last digit either side, widened by a
    hedge. None for a figure without digits or an open bound.

    'USD 14 million' -> (13.5e6, 14.5e6); 'KES 1.1 billion' -> (1.05e9, 1.15e9)."""
    value = claim.low if claim.low is not None else claim.high
    digits = _DIGITS.search(claim.text)
    if value is None or digits is None or claim.bound not in (Bound.EXACT, Bound.APPROX, Bound.LE):
        return None
    mantissa = float(digits[0].replace(",", ""))
    if mantissa <= 0:
        return None
    half = 0.5 * 10 ** -len(digits["decimals"] or "") * value / mantissa
    spread = _HEDGE_SPREAD * value if claim.bound is Bound.APPROX else 0.0
    return value - half - spread, value + half + spread


# --- '49 (16 goods & 23 coachings)' ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Breakdown:
    """A total, its parts in brackets with the kinds they name, and what the parts add up to."""

    total: Claim
    parts: tuple[Claim, ...]
    kinds: frozenset[str]
    whole: tuple[float, float]
    sum: tuple[float, float]

    @property
    def adds_up(self) -> bool:
        return self.sum[0] <= self.whole[1] and self.whole[0] <= self.sum[1]


def breakdowns(doc: Document, claims: list[Claim], rule: Rule) -> Iterator[Finding]:
    """A count or an amount followed by its parts in brackets, the parts adding up to something else: to
    more than the total, or to less where the text gives another breakdown of the same kinds that adds up
    (parts short of the total may be a partial list: '20 (8 gold, 7 silver)')."""
    found = [b for index in range(len(claims)) if (b := _breakdown(doc.text, claims, index))]
    for breakdown in found:
        middle = (breakdown.sum[0] + breakdown.sum[1]) / 2
        whole, total = breakdown.whole, breakdown.total
        if breakdown.adds_up or not _PARTS_REACH[0] * whole[0] <= middle <= _PARTS_REACH[1] * whole[1]:
            continue
        short = breakdown.sum[1] < whole[0]
        if short and not any(b.adds_up and b.kinds == breakdown.kinds for b in found):
            continue
        terms = " + ".join(_number(part) for part in breakdown.parts)
        yield rule.finding(
            f"The parts in brackets do not add up to '{total.text}': {terms} = {_amount(middle, total)}, "
            f"not {_number(total)}.",
            [total, *breakdown.parts],
        )


def _breakdown(text: str, claims: list[Claim], index: int) -> _Breakdown | None:
    total = claims[index]
    labelled = _bracketed_parts(text, total, claims[index + 1 : index + 1 + _MOST_PARTS])
    if not labelled or not _breakdown_of(total, labelled):
        return None
    whole = written_interval(total)
    pieces = [written_interval(part) for part, _ in labelled]
    if whole is None or any(piece is None for piece in pieces):
        return None
    low = sum(piece[0] for piece in pieces if piece)
    high = sum(piece[1] for piece in pieces if piece)
    parts = tuple(part for part, _ in labelled)
    return _Breakdown(total, parts, frozenset(kind for _, kind in labelled), whole, (low, high))


def _bracketed_parts(text: str, total: Claim, following: list[Claim]) -> list[tuple[Claim, str]]:
    """The claims standing alone in the brackets right after `total`, joined by commas, 'and' or '&', each
    with the word that names its kind ('16 goods', '41 passenger'): its counted noun or the word after it."""
    parts: list[tuple[Claim, str]] = []
    position, gap = total.end, _BRACKET_OPEN
    for claim in following:
        if not gap.fullmatch(text, position, claim.start):
            break
        label = _LABEL.match(text, claim.end)
        kind = claim.noun or (label["word"].lower() if label else "")
        position = label.end() if label and not claim.noun else claim.end
        parts.append((claim, kind))
        gap = _PART_JOIN
    if len(parts) < 2 or not _BRACKET_CLOSE.match(text, position):
        return []
    return parts


def _breakdown_of(total: Claim, parts: list[tuple[Claim, str]]) -> bool:
    """Parts that can add up: counts of named kinds ('16 goods', '41 passenger'), or amounts of money, in the
    total's unit."""
    claims = [total, *(part for part, _ in parts)]
    if any(c.kind is not ClaimKind.QUANTITY or c.bound is not Bound.EXACT or c.unit != total.unit for c in claims):
        return False
    if total.unit == "count":
        kinds = [kind for _, kind in parts]
        return all(kinds) and len(set(kinds)) == len(kinds) and total.subtype in (None, "count")
    return all(c.subtype == "currency" for c in claims)


def _number(claim: Claim) -> str:
    digits = _DIGITS.search(claim.text)
    return digits[0] if digits else claim.text


def _amount(value: float, like: Claim) -> str:
    """`value` written in the scale of the figure `like`, to two significant digits at least: 39 for '49',
    8.5 for 'USD 14 million'."""
    digits = _DIGITS.search(like.text)
    if digits is None or (not like.low and not like.high):
        return f"{value:,.3g}"
    scale = (like.low or like.high or 1.0) / float(digits[0].replace(",", ""))
    shown = value / scale
    decimals = len(digits["decimals"] or "")
    while decimals < 3 and shown and abs(shown) < 10 ** (1 - decimals):
        decimals += 1
    return f"{shown:,.{decimals}f}"


def _restated(value: float, like: Claim) -> str:
    """`like` as written, its hedge left off, with `value` for its number: 'USD 8.5 million'."""
    text = _LEADING_WORDS.sub("", like.text)
    return _DIGITS.sub(_amount(value, like), text, count=1)


# --- 'KES 1.1 billion (USD 14 million)' and 'KES 1.3 billion (USD 10 million)' ---------------------------


def conversion_rates(doc: Document, claims: list[Claim], rule: Rule) -> Iterator[Finding]:
    """Two amounts of one currency converted in brackets into another at rates that cannot both be right."""
    by_currencies: dict[tuple[str, str], list[tuple[Claim, Claim]]] = {}
    for first, second in pairwise(claims):
        if _currency_conversion(doc.text, first, second):
            by_currencies.setdefault((first.unit or "", second.unit or ""), []).append((first, second))
    for conversions in by_currencies.values():
        for (amount, converted), (other, other_converted) in pairwise(conversions):
            if amount.context.year and other.context.year and amount.context.year != other.context.year:
                continue
            finding = _rate_finding(rule, (amount, converted), (other, other_converted))
            if finding is not None:
                yield finding


def _currency_conversion(text: str, first: Claim, second: Claim) -> bool:
    return (
        first.subtype == "currency"
        and second.subtype == "currency"
        and first.unit != second.unit
        and first.context.sentence == second.context.sentence
        and bool(_BRACKET_OPEN.fullmatch(text, first.end, second.start))
        and bool(_BRACKET_CLOSE.match(text, second.end))
    )


def _rate_finding(rule: Rule, one: tuple[Claim, Claim], other: tuple[Claim, Claim]) -> Finding | None:
    rate, other_rate = _rate(*one), _rate(*other)
    if rate is None or other_rate is None:
        return None
    (low, high), (other_low, other_high) = rate, other_rate
    if low <= other_high * (1 + _RATE_DRIFT) and other_low <= high * (1 + _RATE_DRIFT):
        return None
    amount, converted = one
    at_other_rate = (amount.low or amount.high or 0.0) * (other[1].low or 0.0) / (other[0].low or 1.0)
    return rule.finding(
        f"'{amount.text} ({converted.text})' and '{other[0].text} ({other[1].text})' use different rates: "
        f"at the second's rate {_restated(amount.low or amount.high or 0.0, amount)} is about "
        f"{_restated(at_other_rate, converted)}, not {_restated(converted.low or 0.0, converted)}.",
        [amount, converted, *other],
    )


def _rate(amount: Claim, converted: Claim) -> tuple[float, float] | None:
    """The interval of rates (converted per unit of amount) the two figures as written allow."""
    a, b = written_interval(amount), written_interval(converted)
    if a is None or b is None or a[0] <= 0:
        return None
    return b[0] / a[1], b[1] / a[0]


# --- '10 km (20 miles)' ------------------------------------------------------------------------------


def unit_conversions(doc: Document, claims: list[Claim], rule: Rule) -> Iterator[Finding]:
    """A length, weight or temperature with its conversion in brackets that is another figure."""
    for first, second in pairwise(claims):
        if not _bracketed(doc.text, first, second) or first.unit == second.unit:
            continue
        a, b = first.normalized, second.normalized
        if a is None or b is None or a.unit != b.unit or first.unit is None or second.unit is None:
            continue
        if a.unit in ("count", "dimensionless", "percent") or first.subtype == "currency":
            continue
        if _overlaps_with_slack(a.low, a.high, b.low, b.high) or _delta_agrees(doc.text, first, second):
            continue
        yield rule.finding(
            f"The conversion in brackets is wrong: '{first.text}' is not '{second.text}'.", [first, second]
        )


def _bracketed(text: str, first: Claim, second: Claim) -> bool:
    return (
        first.context.sentence == second.context.sentence
        and bool(_UNIT_BRACKET_OPEN.match(text[first.end : second.start]))
        and bool(_BRACKET_CLOSE.match(text, second.end))
    )


def _overlaps_with_slack(a_low: float | None, a_high: float | None, b_low: float | None, b_high: float | None) -> bool:
    if None in (a_low, a_high, b_low, b_high):
        return True
    slack = 0.05 * max(abs(a_high), abs(b_high))  # type: ignore[arg-type]
    return a_low - slack <= b_high and b_low - slack <= a_high  # type: ignore[operator]


def _delta_agrees(text: str, first: Claim, second: Claim) -> bool:
    """Temperature differences convert without the offset: a 5.6 °C anomaly is about 10 °F."""
    if first.unit not in ("degC", "degF") or not _DELTA_WORDS.search(first.context.sentence):
        return False
    scale = UREG.Quantity(1, f"delta_{first.unit}").to(f"delta_{second.unit}").magnitude
    low, high = (first.low or 0) * scale, (first.high or 0) * scale
    return _overlaps_with_slack(low, high, (second.low or 0) - 0.5, (second.high or 0) + 0.5)
