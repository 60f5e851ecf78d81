"""The public data models: what claimcheck reads, extracts, compares and reports.

Claims, findings and reports are pydantic models so that their JSON form is a documented contract
(`claimcheck schema` prints the JSON schema); inner stages may use plain tuples.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

# Where in a period a part-of date points ('early December', 'the end of 1990', 'earlier this year').
DatePart = Literal["early", "mid", "late", "end", "earlier", "later"]
Model = TypeVar("Model", bound=BaseModel)
_EVERY_FIELD: dict[type[BaseModel], set[str]] = {}


def sharing_fields_set(model: Model) -> Model:
    """The model, its set of given fields shared with every model of its class that was given them all.

    pydantic keeps one such set per instance, 0.7 KiB for a Location (more than its values); a report of
    100,000 documents holds millions of Locations. Adding a field to a set that already holds every field
    (as assignment and `model_copy(update=...)` do) changes nothing, so one set serves them all."""
    every = _EVERY_FIELD.setdefault(type(model), set(type(model).model_fields))
    if model.__pydantic_fields_set__ == every:
        object.__setattr__(model, "__pydantic_fields_set__", every)
    return model


class ClaimKind(StrEnum):
    """What sort of value a claim states."""

    QUANTITY = "quantity"
    DURATION = "duration"
    RANK = "rank"
    DATE = "date"
    TIME = "time"


class Bound(StrEnum):
    """How the stated number bounds the true value."""

    EXACT = "exact"
    APPROX = "approx"
    GT = "gt"
    GE = "ge"
    LT = "lt"
    LE = "le"
    RANGE = "range"


class Severity(StrEnum):
    """How much a finding matters to an editor."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


class Interval(BaseModel):
    """A value as the set of true values the writer's words allow, in canonical pint units."""

    model_config = ConfigDict(frozen=True)

    low: float | None = Field(None, description="lower end; null when unbounded")
    high: float | None = Field(None, description="upper end; null when unbounded")
    low_closed: bool = True
    high_closed: bool = True
    unit: str = Field(description="canonical unit, parseable by claimcheck's pint registry")

    def overlaps(self, other: Interval) -> bool:
        """True when some value lies in both intervals (units must already match)."""
        return _below(self.low, self.low_closed, other.high, other.high_closed) and _below(
            other.low, other.low_closed, self.high, self.high_closed
        )

    def contains(self, other: Interval) -> bool:
        """True when every value of `other` lies in this interval."""
        low_ok = self.low is None or (
            other.low is not None
            and (other.low > self.low or (other.low == self.low and (self.low_closed or not other.low_closed)))
        )
        high_ok = self.high is None or (
            other.high is not None
            and (other.high < self.high or (other.high == self.high and (self.high_closed or not other.high_closed)))
        )
        return low_ok and high_ok


def _below(low: float | None, low_closed: bool, high: float | None, high_closed: bool) -> bool:
    if low is None or high is None:
        return True
    return low < high or (low == high and low_closed and high_closed)


class Context(BaseModel):
    """What a claim is about: the words that name the measure, its owner, event, time and source."""

    measure: str = Field("", description="the words naming what the number measures")
    measure_key: list[str] = Field(default_factory=list, description="normalised content words of the measure")
    entity: str | None = Field(None, description="who or what the value belongs to")
    event: str | None = Field(None, description="for dates and times: the clause that says what happened")
    participants: list[str] = Field(default_factory=list, description="named people, bodies and places in the event")
    places: list[str] = Field(default_factory=list, description="the participants that are places")
    action: str | None = Field(None, description="the event's verb, as a lemma")
    actions: list[str] = Field(default_factory=list, description="every event verb near the date, nearest first")
    time_ref: str | None = Field(None, description="the time the value refers to, as written")
    as_of: date | None = Field(None, description="the single day a value is given for, when its sentence names one")
    year: int | None = Field(None, description="the calendar year a value is for: its dated words, else publication")
    attribution: str | None = Field(None, description="who the claim is attributed to")
    tense: str = Field("past", description="past | present | future, as the sentence tells it")
    sentence: str = Field("", description="the sentence the claim stands in")


class Subject(BaseModel):
    """What a value claim measures, whose it is, for which period, as of when, and how it is told."""

    model_config = ConfigDict(frozen=True)

    measure: str | None = Field(None, description="canonical head from the lexicon: 'death toll', 'net profit'")
    owner: str | None = Field(None, description="the company, party, player or country the value belongs to")
    qualifiers: list[str] = Field(default_factory=list, description="words that restrict it: 'Indian', 'retail'")
    period: str | None = Field(None, description="the period it is for: 'Q1 FY26', 'FY26', '2032', 'prior-year'")
    earlier: bool = Field(False, description="true when told as the earlier figure of a comparison ('a year ago')")
    basis: str | None = Field(None, description="for changes: 'yoy' or 'qoq'")
    as_of: date | None = Field(None, description="the day it is given for: a day its sentence names, else publication")
    as_of_stated: bool = Field(False, description="true when the text dates the figure itself ('as of Sunday')")
    status: str = Field("actual", description="actual | running | change | forecast | target | plan")
    attribution: str | None = Field(None, description="who the figure is attributed to")


class Claim(BaseModel):
    """One quantitative statement found in a document, with its exact character span."""

    doc: str
    start: int = Field(description="0-based offset of the first character in the decoded text")
    end: int = Field(description="offset one past the last character")
    text: str = Field(description="the document text [start:end]")
    line: int = 1
    col: int = 1
    kind: ClaimKind
    unit: str | None = Field(None, description="pint unit of low/high, or 'count' for counted things")
    noun: str | None = Field(None, description="for counts: the counted noun, singular")
    low: float | None = Field(None, description="the stated lower number in `unit`; null for an open side")
    high: float | None = Field(None, description="the stated upper number in `unit`; null for an open side")
    bound: Bound | None = None
    subtype: str | None = Field(None, description="percent, currency, count, multiplier, ordinal, age, year...")
    normalized: Interval | None = Field(None, description="the interval of true values, canonical units")
    date_start: date | None = Field(None, description="first day the date can mean (inclusive)")
    date_end: date | None = Field(None, description="last day the date can mean (inclusive)")
    time: str | None = Field(None, description="clock time HH:MM for kind 'time'")
    utc_offset: str | None = Field(None, description="the time's UTC offset (+05:30), when its zone is known")
    weekday: str | None = Field(None, description="a weekday written next to a date")
    part: DatePart | None = Field(
        None,
        description="for a part of a period ('early December', 'the end of 1990', 'earlier this year'): where in "
        "the period date_start..date_end the writer pointed: early, mid, late, end, earlier or later",
    )
    relative: bool = Field(False, description="true when the date was resolved from a relative expression")
    unresolved: str | None = Field(None, description="why a date could not be resolved, when it could not")
    context: Context = Field(default_factory=Context)
    subject: Subject | None = Field(None, description="for values: what is measured, whose, when, how told")

    @property
    def key(self) -> tuple[str, int, int]:
        """Where the claim stands: document, start, end."""
        return (self.doc, self.start, self.end)


class Location(BaseModel):
    """A claim a finding rests on, as an editor sees it."""

    doc: str
    start: int
    end: int
    text: str
    line: int = 1
    col: int = 1
    value: str = Field(
        "",
        description="the claim's value as a journalist reads it: '6 months', 'June 5, 2025'; in a conflict, the "
        "value of the side it stands on ('78%' beside '78.3%' reads '78.3%')",
    )
    exact: str = Field("", description="the value as the interval of true values it allows, in canonical units")
    sentence: str = Field("", description="the sentence the claim stands in")


class Finding(BaseModel):
    """A disagreement the checker reports, with every claim it rests on."""

    rule: str
    severity: Severity
    message: str = Field(description="one sentence a journalist understands")
    locations: list[Location]
    outlier: Location | None = Field(None, description="the claim that disagrees with the majority, if any")
    docs: list[str] = Field(default_factory=list)
    score: float | None = Field(None, description="how sure the alignment is, 0..1")
    matched: list[str] = Field(default_factory=list, description="the words that made the claims comparable")


class VerdictKind(StrEnum):
    """What the sources say about one claim of a draft, from worst to best."""

    CONTRADICTED = "contradicted"
    UNSOURCED = "unsourced"
    SUPPORTED = "supported"


class Verdict(Location):
    """One claim of a draft, where it stands, and what the sources say about it."""

    verdict: VerdictKind
    evidence: list[Location] = Field(
        default_factory=list,
        description="supported: the source claims that state it; contradicted: those it disagrees with",
    )
    disputed_by: list[Location] = Field(
        default_factory=list, description="supported: source claims that disagree but are outnumbered; else empty"
    )
    independent_sources: int = Field(
        0, description="how many independent sources the evidence comes from (copies once)"
    )
    message: str = Field("", description="one sentence an editor understands")


class ClaimGroup(BaseModel):
    """Claims judged to be about the same thing, and whether they agree."""

    key: str
    kind: ClaimKind
    claims: list[Location]
    independent_sources: int
    agree: bool
    score: float
    matched: list[str] = Field(default_factory=list)


class Skipped(BaseModel):
    """An input that could not be read, and why."""

    path: str
    reason: str


class Coverage(BaseModel):
    """How much of the input the checks could see."""

    documents: int = 0
    claims_found: int = 0
    claims_compared: int = 0
    claims_unmatched: int = 0
    skipped: list[Skipped] = Field(default_factory=list)


class DocumentInfo(BaseModel):
    """A document as the report names it."""

    id: str
    path: str | None = Field(None, description="the file the document was read from, as given")
    published: date | None = None
    published_source: str | None = None
    anchor: date | None = None
    anchor_note: str | None = None
    copy_of: str | None = None


class Report(BaseModel):
    """Everything `check` found: findings, agreeing groups and coverage."""

    findings: list[Finding] = Field(default_factory=list)
    groups: list[ClaimGroup] = Field(default_factory=list)
    coverage: Coverage = Field(default_factory=Coverage)
    documents: list[DocumentInfo] = Field(default_factory=list)
    draft: str | None = Field(None, description="in draft mode: the draft's id")
    verdicts: list[Verdict] = Field(default_factory=list, description="in draft mode: one per claim of the draft")
    unsupported: list[Location] = Field(
        default_factory=list,
        description="in draft mode: the draft claims whose verdict is unsourced (kept for old readers)",
    )
