"""Find every quantitative mention in a document, with exact spans and normalised values.

Passes run in a fixed order and each claims its characters, so later passes never re-read them:
masks (URLs, phone numbers), cricket scores (in cricket reports only), clock times, dates, phrases (ranks,
fractions, vague amounts, multipliers), then numbers. The passes live in cricket.py, date_mentions.py, phrases.py
and quantities.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.document import Document, InputError
from claimcheck.extract import patterns as P
from claimcheck.extract.changes import join_changes
from claimcheck.extract.cricket import cricket_scores
from claimcheck.extract.date_mentions import dates, times
from claimcheck.extract.mentions import Occupied, make_claim
from claimcheck.extract.one_unit import one_unit_durations
from claimcheck.extract.phrases import (
    digit_fractions,
    fractions,
    fuzzy_amounts,
    hedged_one,
    multiplier_verbs,
    one_in,
    ranks,
    single,
    vote_splits,
)
from claimcheck.extract.quantities import numbers
from claimcheck.extract.units import UREG, normalise
from claimcheck.lang import LEXICON
from claimcheck.models import Bound, Claim, ClaimKind


def extract_mentions(doc: Document) -> list[Claim]:
    """All claims in a document, in text order, with values normalised but no context yet. Relative dates
    resolve against the document's reference date: pass it through `anchored` first for undated texts."""
    occupied = Occupied(len(doc.text))
    occupied.take(0, doc.body_start)
    for start, end in _urls_and_emails(doc.text, doc.body_start):
        occupied.take(start, end)
    claims: list[Claim] = []
    lower = doc.text.lower()
    finders = (
        cricket_scores,
        times,
        dates,
        one_unit_durations,
        _phones,
        _addresses,
        ranks,
        digit_fractions,
        fractions,
        one_in,
        vote_splits,
        single,
        hedged_one,
        fuzzy_amounts,
        multiplier_verbs,
    )
    for finder in (*finders, numbers):
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
    return join_changes(doc, _merge_durations(doc, claims))


_TIME_ORDER = {"second": 0, "minute": 1, "hour": 2, "day": 3, "week": 4, "month": 5, "year": 6}


def _merge_durations(doc: Document, claims: list[Claim]) -> list[Claim]:
    """'three hours and 17 minutes', '2 hours 5 minutes 48 seconds': one duration, in its smallest unit."""
    merged: list[Claim] = []
    for claim in claims:
        previous = merged[-1] if merged else None
        if previous is not None and _continues_duration(doc.text, previous, claim):
            assert previous.low is not None and claim.low is not None and claim.unit and previous.unit
            total = float(UREG.Quantity(previous.low, previous.unit).to(claim.unit).magnitude) + claim.low
            merged[-1] = make_claim(
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
    "single": ("single",),
    "vote_splits": (*LEXICON.vote_split_before, *LEXICON.vote_split_after),
    "digit_fractions": ("/",),
    "fractions": ("half", "third", "quarter", "fourth", "fifth", "tenth"),
    "multiplier_verbs": ("doubl", "tripl", "trebl", "quadrupl", "halv", "fold"),
    "fuzzy_amounts": (
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
    "hedged_one": tuple(
        f" {article} {unit}"
        for article in ("a", "an")
        for unit in ("decade", "year", "month", "week", "fortnight", "day", "hour", "century")
    ),
    "times": (
        "am",
        "pm",
        "a.m",
        "p.m",
        ":",
        "hrs",
        "hours",
        "gmt",
        "utc",
        "ist",
        "in the morning",
        "in the afternoon",
        "in the evening",
        "noon",
        "midday",
        "mid-day",
        "midnight",
    ),
    "one_in": (" in ", " out of "),
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


def _addresses(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    """Street numbers are masked, not claimed: '10 Downing Street' counts nothing."""
    for match in P.ADDRESS.finditer(doc.text, doc.body_start):
        if not occupied.taken(match.start(), match.end()):
            occupied.take(match.start(), match.end())
    return iter(())


def _phones(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    """Phone numbers are masked, not claimed: they are not quantities."""
    for match in P.PHONE.finditer(doc.text, doc.body_start):
        digits = sum(ch.isdigit() for ch in match.group())
        if 9 <= digits <= 15 and not occupied.taken(match.start(), match.end()):
            occupied.take(match.start(), match.end())
    return iter(())
