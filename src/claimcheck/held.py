"""Claims held for the comparison across a corpus, in a fraction of the memory they are made in.

A claim is four pydantic models (the claim, its Context, Subject and Interval), each with a dict of its
values and a set of the fields it was given: about 2.5 KiB a claim, 100 KiB an article-sized report. What
the comparison across documents holds instead is a `HeldClaim`: the same fields under the same names in
slots (frozen dataclasses, so a stage that tried to change one fails loudly), word lists as tuples, and one
object per distinct string, number, date, subject and interval of the run. Alignment and the checks read a held
claim as they read a Claim (attributes only); what a finding reports is built from it as a pydantic
Location, so the public models and their JSON are what they were. `HeldClaim.claim()` gives the Claim back.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, TypeVar, cast

from claimcheck.models import Bound, Claim, ClaimKind, Context, Interval, Subject

Value = TypeVar("Value", bound=Hashable)
Text = TypeVar("Text", str, str | None)


@dataclass(frozen=True, slots=True)
class HeldInterval:
    """An Interval in slots."""

    low: float | None
    high: float | None
    low_closed: bool
    high_closed: bool
    unit: str

    overlaps = Interval.overlaps
    contains = Interval.contains


@dataclass(frozen=True, slots=True)
class HeldSubject:
    """A Subject in slots, its qualifiers a tuple."""

    measure: str | None
    owner: str | None
    qualifiers: tuple[str, ...]
    period: str | None
    earlier: bool
    basis: str | None
    as_of: date | None
    as_of_stated: bool
    status: str
    attribution: str | None


@dataclass(frozen=True, slots=True)
class HeldContext:
    """A Context in slots, its word lists tuples."""

    measure: str
    measure_key: tuple[str, ...]
    entity: str | None
    event: str | None
    participants: tuple[str, ...]
    places: tuple[str, ...]
    action: str | None
    actions: tuple[str, ...]
    time_ref: str | None
    as_of: date | None
    year: int | None
    attribution: str | None
    tense: str
    sentence: str


@dataclass(frozen=True, slots=True)
class HeldClaim:
    """A Claim in slots: every field of the public model, under its name, read the same way."""

    doc: str
    start: int
    end: int
    text: str
    line: int
    col: int
    kind: ClaimKind
    unit: str | None
    noun: str | None
    low: float | None
    high: float | None
    bound: Bound | None
    subtype: str | None
    normalized: HeldInterval | None
    date_start: date | None
    date_end: date | None
    time: str | None
    utc_offset: str | None
    weekday: str | None
    relative: bool
    unresolved: str | None
    part: str | None
    context: HeldContext
    subject: HeldSubject | None

    @property
    def key(self) -> tuple[str, int, int]:
        """Where the claim stands: document, start, end."""
        return (self.doc, self.start, self.end)

    def claim(self) -> Claim:
        """The public model again, field for field."""
        values = _values(self)
        values["context"] = Context(**_values(self.context))
        values["subject"] = Subject(**_values(self.subject)) if self.subject else None
        values["normalized"] = Interval(**_values(self.normalized)) if self.normalized else None
        return Claim(**values)


def _values(record: Any) -> dict[str, Any]:
    return {f.name: _as_list(getattr(record, f.name)) for f in fields(record)}


def _as_list(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def as_claims(held: list[HeldClaim]) -> list[Claim]:
    """Held claims where the stages across documents expect claims: they read the same attributes, and
    only attributes, so a held claim stands in for a Claim there without being rebuilt."""
    return cast(list[Claim], held)


# A claim as a worker sends it: the fields in HeldClaim's order, enums as their values, the interval, context
# and subject as nested tuples of their fields (plain tuples cross a process boundary fastest).
Packed = tuple[Any, ...]
_KINDS = {kind.value: kind for kind in ClaimKind}
_BOUNDS = {bound.value: bound for bound in Bound}


def pack(claim: Claim) -> Packed:
    """A claim as plain values, for `Held.claims` to hold (in this process or after a process boundary)."""
    n, c, s = claim.normalized, claim.context, claim.subject
    return (
        claim.doc, claim.start, claim.end, claim.text, claim.line, claim.col, claim.kind.value, claim.unit,
        claim.noun, claim.low, claim.high, claim.bound.value if claim.bound else None, claim.subtype,
        (n.low, n.high, n.low_closed, n.high_closed, n.unit) if n else None,
        claim.date_start, claim.date_end, claim.time, claim.utc_offset, claim.weekday, claim.relative,
        claim.unresolved, claim.part,
        (c.measure, c.measure_key, c.entity, c.event, c.participants, c.places, c.action, c.actions, c.time_ref,
         c.as_of, c.year, c.attribution, c.tense, c.sentence),
        (s.measure, s.owner, s.qualifiers, s.period, s.earlier, s.basis, s.as_of, s.as_of_stated, s.status,
         s.attribution) if s else None,
    )  # fmt: skip


class Held:
    """One object per distinct string, number, date, word list, subject and interval among the claims of one
    run (a position or a year is a 28-byte object of its own otherwise); dropped with the run."""

    def __init__(self) -> None:
        self._values: dict[tuple[type, Hashable], Any] = {}
        self._local: dict[str, str] = {}

    def claims(self, packed: Iterable[Packed]) -> list[HeldClaim]:
        """One document's packed claims held: its sentences and spans shared among its own claims only,
        since they seldom repeat in another document, the rest with every claim of the run."""
        self._local = {}
        return [self._claim(*values) for values in packed]

    def _claim(
        self,
        doc: str,
        start: int,
        end: int,
        text: str,
        line: int,
        col: int,
        kind: str,
        unit: str | None,
        noun: str | None,
        low: float | None,
        high: float | None,
        bound: str | None,
        subtype: str | None,
        normalized: Packed | None,
        date_start: date | None,
        date_end: date | None,
        time: str | None,
        utc_offset: str | None,
        weekday: str | None,
        relative: bool,
        unresolved: str | None,
        part: str | None,
        context: Packed,
        subject: Packed | None,
    ) -> HeldClaim:
        t, n = self._one, self._number
        return HeldClaim(
            t(doc), t(start), t(end), self._here(text), t(line), t(col), _KINDS[kind], t(unit), t(noun), n(low),
            n(high), _BOUNDS[bound] if bound else None, t(subtype), self._interval(normalized), t(date_start),
            t(date_end),
            t(time), t(utc_offset), t(weekday), relative, t(unresolved), t(part), self._context(*context),
            self._subject(*subject) if subject else None,
        )  # fmt: skip

    def _context(
        self,
        measure: str,
        measure_key: list[str],
        entity: str | None,
        event: str | None,
        participants: list[str],
        places: list[str],
        action: str | None,
        actions: list[str],
        time_ref: str | None,
        as_of: date | None,
        year: int | None,
        attribution: str | None,
        tense: str,
        sentence: str,
    ) -> HeldContext:
        t, words, here = self._one, self._words, self._here
        return HeldContext(
            t(measure), words(measure_key), t(entity), here(event), words(participants), words(places), t(action),
            words(actions), here(time_ref), t(as_of), t(year), t(attribution), t(tense), here(sentence),
        )  # fmt: skip

    def _subject(
        self,
        measure: str | None,
        owner: str | None,
        qualifiers: list[str],
        period: str | None,
        earlier: bool,
        basis: str | None,
        as_of: date | None,
        as_of_stated: bool,
        status: str,
        attribution: str | None,
    ) -> HeldSubject:
        t = self._one
        return t(HeldSubject(
            t(measure), t(owner), self._words(qualifiers), t(period), earlier, t(basis), t(as_of), as_of_stated,
            t(status), t(attribution),
        ))  # fmt: skip

    def _interval(self, packed: Packed | None) -> HeldInterval | None:
        if packed is None:
            return None
        low, high, low_closed, high_closed, unit = packed
        held = HeldInterval(low, high, low_closed, high_closed, self._one(unit))
        # 0.0 == -0.0: an interval with an end at zero keeps its own, so its sign is never another's
        return held if low == 0 or high == 0 else self._one(held)

    def _number(self, value: float | None) -> float | None:
        """The one object held for a value, but zero (0.0 == -0.0, and a zero keeps its own sign) and NaN."""
        return value if value is None or value == 0 or value != value else self._one(value)

    def _here(self, text: Text) -> Text:
        return text if text is None else self._local.setdefault(text, text)

    def _words(self, words: list[str]) -> tuple[str, ...]:
        return self._one(tuple(self._one(w) for w in words)) if words else ()

    def _one(self, value: Value) -> Value:
        """The one object held for this value (keyed with its type, since 1 == 1.0 == True)."""
        if value is None:
            return value
        found: Value = self._values.setdefault((type(value), value), value)
        return found
