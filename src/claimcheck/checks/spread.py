"""The two ends of a stated change when the text spreads them out: 'a 76% jump in net profit, to ₹26,994 crore.
That is up from ₹15,138 crore a year earlier', 'rose to ₹7,200 crore from ₹5,100 crore, an increase of 41%',
'stood at ₹1,234 crore, compared with ₹1,037 crore a year earlier, a rise of 19%'.

The new figure stands in the change's sentence and measures what the change measures; the earlier figure is
one the subject stage read as told for an earlier period ('a year earlier', 'in the year-ago quarter'), in the
same sentence or the one right after it, for the period the change compares with (a year-on-year change with
last year's figure, not last quarter's). Every reading is returned: a change any of them bears out is not
contradicted.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from claimcheck.extract.units import implied_half_step
from claimcheck.models import Bound, Claim, ClaimKind

_NUMBER = regex.compile(r"\d[\d,]*(?:\.(?P<decimals>\d+))?")
_FROM_FIRST = regex.compile(r"(?i:^from\b)")
_EARLIER_BEFORE = regex.compile(
    r"(?i:\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?|as\s+against)\s+(?:(?:about|around|nearly)\s+)?)$"
)
_CONTRAST = regex.compile(r"(?i:\b(?:while|whereas|but|although|though)\b|;)")
_POINTS_BACK = regex.compile(r"\s*(?:It|That|This|They|The\s+(?:figure|total|number|amount))\b")
_FARTHEST = 20.0  # ends further apart than this are no change's ends
_END_JOIN = regex.compile(r"\s+(?i:from|to)\s+")
_NOT_LEVELS = frozenset({"change", "multiplier", "multiplier-change", "ordinal", "year"})
# the period an earlier figure is for, and the change bases it cannot be the base of
_WRONG_BASE = {"prior-quarter": "yoy", "prior-year": "qoq"}


@dataclass(frozen=True)
class Ends:
    """Where a change began and ended, as written, the ratio (end / start) of the figures as written, and
    the interval of ratios their precision allows."""

    start: str
    end: str
    ratio: tuple[float, float] | None
    claims: tuple[Claim, ...]
    written_ratio: float | None = None  # for a joined range claim, whose two ends are one claim

    @property
    def written(self) -> float | None:
        """The ratio of the two figures as written: 4.5 for '200 tonnes to 900 tonnes'."""
        if len(self.claims) == 2:
            first, second = self.claims
            return second.low / first.low if first.low and second.low is not None else None
        return self.written_ratio


def spread_ends(text: str, claims: list[Claim], index: int, sign: int) -> list[Ends]:
    """Every reading of where the change `claims[index]` (a rise for `sign` 1, a fall for -1) began and
    ended, nearest first. Ends that move the other way are another measure's ('fell 59%, while it lost $7.2
    million, against $6.1 million'). A change whose measure was not named is read in its own sentence only
    ('was 885,630 ringgits, a gain of 96.0% from 451,880 ringgits')."""
    change = claims[index]
    measure = change.subject.measure if change.subject else None
    own = [c for c in _same_sentence(claims, index) if not measure or _measures(c, measure)]
    following = _next_sentence(text, claims, index) if measure else []
    for group in (own, _told_back(following, measure or "")):
        joined = next((c for c in group if _joined(c)), None)
        if joined is not None:
            told = _joined_ends(text, joined)
            return [told] if told and told.ratio and _moves(told.ratio, sign) else []
        news = [c for c in group if _level(c) and not _earlier(text, c) and not _apart(text, change, c)]
        if news:
            break
    earlier = [c for c in [*own, *following] if _level(c) and _earlier(text, c) and compares_with(c, change)]
    ends = [
        Ends(old.text, new.text, pair_ratio(old, new), (old, new))
        for new in sorted(news, key=lambda c: abs(c.start - change.start))
        for old in sorted(earlier, key=lambda c: abs(c.start - new.start))
        if (old.unit, old.noun) == (new.unit, new.noun) and _alike(change, old) and _alike(new, old)
    ]
    return [e for e in ends if e.ratio is None or _moves(e.ratio, sign)]


def _moves(ratio: tuple[float, float], sign: int) -> bool:
    """The ends move the way the change says, and by no more than a slip of scale ('Rs 2.73 lakh crore, up 6%
    from Rs 2.57 lakh' is a figure cut short, not a rise of ten million per cent)."""
    if ratio[1] < 1 / _FARTHEST or ratio[0] > _FARTHEST:
        return False
    return ratio[1] >= 1 if sign > 0 else ratio[0] <= 1


def _joined(claim: Claim) -> bool:
    """A range claim the extraction joined from 'from X to Y'."""
    return claim.subtype == "change" and claim.kind is ClaimKind.QUANTITY and claim.unit != "percent"


def _told_back(following: list[Claim], measure: str) -> list[Claim]:
    """The next sentence's figures, when that sentence tells the change's measure again: by name, or by
    opening with a word that points back ('It came in at ...', 'That is up from ...')."""
    if not following:
        return []
    names = any(c.subject and c.subject.measure == measure for c in following)
    return following if names or _POINTS_BACK.match(following[0].context.sentence) else []


def _same_sentence(claims: list[Claim], index: int) -> list[Claim]:
    """The other claims of the change's sentence: the run of neighbours told in it."""
    sentence = claims[index].context.sentence
    start = index
    while start > 0 and claims[start - 1].context.sentence == sentence:
        start -= 1
    end = index + 1
    while end < len(claims) and claims[end].context.sentence == sentence:
        end += 1
    return [c for c in claims[start:end] if c is not claims[index]]


def _next_sentence(text: str, claims: list[Claim], index: int) -> list[Claim]:
    """The figures of the sentence right after the change's, unless it tells a change of its own."""
    change = claims[index]
    sentence = change.context.sentence
    start = text.find(sentence, max(0, change.start - len(sentence)), change.end + len(sentence))
    after = next((i for i in range(index + 1, len(claims)) if claims[i].context.sentence != sentence), None)
    if start < 0 or after is None:
        return []
    following = claims[after].context.sentence
    begins = text.find(following, start + len(sentence))
    if begins < 0 or text[start + len(sentence) : begins].strip():
        return []
    told = [c for c in claims[after:] if c.context.sentence == following]
    if any(c.subtype == "multiplier-change" or (c.unit == "percent" and c.subject and c.subject.basis) for c in told):
        return []
    measure = change.subject.measure if change.subject else None
    qualifiers = set(change.subject.qualifiers) if change.subject else set()
    # 'Retail sales rose 6% to ₹4,210 crore. Wholesale sales were ...': a figure the next sentence names a
    # measure for is the change's only with the same qualifiers
    return [
        c
        for c in told
        if (_level(c) or _joined(c))
        and _measures(c, measure or "")
        and (c.subject is None or c.subject.measure is None or set(c.subject.qualifiers) == qualifiers)
    ]


def _level(claim: Claim) -> bool:
    """A figure a change can run between: an amount or a count, not a percentage (points or per cent?)."""
    return (
        claim.kind is ClaimKind.QUANTITY
        and claim.unit not in (None, "percent")
        and claim.subtype not in _NOT_LEVELS
        and claim.bound in (Bound.EXACT, Bound.APPROX)
        and claim.normalized is not None
    )


def _measures(claim: Claim, measure: str) -> bool:
    """The claim measures the change's measure, or the subject stage named no measure for it."""
    told = claim.subject.measure if claim.subject else None
    return told in (None, measure)


def _alike(one: Claim, other: Claim) -> bool:
    """Nothing tells the two figures apart: no two owners ('Jio', 'Reliance Retail'), no two sets of
    qualifiers ('retail', 'wholesale')."""
    a, b = one.subject, other.subject
    if a is None or b is None:
        return True
    if a.owner and b.owner and a.owner != b.owner:
        return False
    return not (a.qualifiers and b.qualifiers and not set(a.qualifiers) & set(b.qualifiers))


def _earlier(text: str, claim: Claim) -> bool:
    """Told as the earlier figure: so read by the subject stage ('a year earlier'), or written after 'from',
    'against', 'compared with'."""
    before = _EARLIER_BEFORE.search(text, max(0, claim.start - 24), claim.start)
    return bool(claim.subject and claim.subject.earlier) or before is not None


def _apart(text: str, change: Claim, level: Claim) -> bool:
    """A clause of contrast stands between the change and the level ('fell 59%, while it lost $7.2 million')."""
    start, end = (change.end, level.start) if change.end <= level.start else (level.end, change.start)
    return _CONTRAST.search(text, start, end) is not None


def compares_with(claim: Claim, change: Claim) -> bool:
    """The earlier figure can be for the period the change compares with: not last quarter's figure for a
    change year on year."""
    basis = change.subject.basis if change.subject else None
    period = claim.subject.period if claim.subject else None
    return period is None or _WRONG_BASE.get(period) != basis


def pair_ratio(start: Claim, end: Claim) -> tuple[float, float] | None:
    """The ratios end / start the two figures allow, both read at the finer precision of the two: a writer
    who gives '1,830' gives '1,200' to the unit too. A hedged figure keeps the interval the extraction read."""
    steps = [_written_step(c) for c in (start, end)]
    if None in steps or start.low is None or end.low is None or start.bound is Bound.APPROX:
        a, b = start.normalized, end.normalized
        if a is None or b is None or not a.low or not a.high or b.low is None or b.high is None or a.low <= 0:
            return None
        return b.low / a.high, b.high / a.low
    half = min(step for step in steps if step is not None)
    if end.bound is Bound.APPROX and end.normalized and end.normalized.low is not None and end.normalized.high:
        low_end, high_end = end.normalized.low, end.normalized.high
    else:
        low_end, high_end = end.low - half, end.low + half
    if start.low - half <= 0:
        return None
    return low_end / (start.low + half), high_end / (start.low - half)


def _written_step(claim: Claim) -> float | None:
    """Half a step of the figure's last written digit, in its unit: 0.5e7 for '₹15,138 crore'."""
    number = _NUMBER.search(claim.text)
    if number is None or not claim.low:
        return None
    mantissa = float(number[0].replace(",", ""))
    return implied_half_step(number[0]) * claim.low / mantissa if mantissa else None


def _joined_ends(text: str, joined: Claim) -> Ends | None:
    """'₹7,200 crore from ₹5,100 crore', 'from 5.1 to 7.2 lakh tonnes': the two ends of a range claim the
    extraction joined, each within half a step of its last written digit (a trailing zero is no digit)."""
    numbers = list(_NUMBER.finditer(joined.text))
    if len(numbers) != 2 or joined.low is None or joined.high is None or joined.low <= 0:
        return None
    written = [float(n[0].replace(",", "")) for n in numbers]
    if min(written) <= 0:
        return None
    scale = joined.low / min(written)
    if abs(max(written) * scale - joined.high) > 1e-6 * joined.high:
        return None  # the ends are written in different scales ('from 90 lakh to 1.2 crore')
    half = min(implied_half_step(n[0]) for n in numbers)  # both ends at the finer precision of the two
    bounds = [(w - half, w + half) for w in written]
    if not _FROM_FIRST.match(joined.text):
        bounds.reverse()  # '7,200 from 5,100': the second written is where it began
    pieces = _END_JOIN.split(_FROM_FIRST.sub("", joined.text).strip(), maxsplit=1)
    if not _FROM_FIRST.match(joined.text):
        pieces.reverse()
    (low_start, high_start), (low_end, high_end) = bounds
    if len(pieces) != 2:
        return None
    start, end = (written[1], written[0]) if not _FROM_FIRST.match(joined.text) else tuple(written)
    return Ends(pieces[0], pieces[1], (low_end / high_start, high_end / low_start), (joined,), end / start)
