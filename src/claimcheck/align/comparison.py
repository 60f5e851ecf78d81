"""Record linkage of two value claims: a comparison level per subject field, a match weight per level.

The weights are Fellegi-Sunter log-likelihood ratios (log2 of m/u) kept as data in weights.toml and fitted
by benchmarks/fit_weights.py from labelled pairs; a pair is linked when its summed weight reaches the one
threshold stored beside them. Every pair keeps the levels that made its weight, so a finding can say why.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

import regex

from claimcheck.align.wording_rules import words_level
from claimcheck.compare import value_span, values_overlap
from claimcheck.context.subject import AHEAD, OTHER_BASES
from claimcheck.models import Claim, Subject

# The initial a company's suffix adds to its abbreviation: Ltd, Inc, Corp, PLC.
_SUFFIX_INITIALS = frozenset("LICP")
_FIGURE_AFTER = regex.compile(r"[^.;\d]{0,12}?(?:\(|\b)\d")
WEIGHTS_FILE = Path(__file__).with_name("weights.toml")
FIELDS = (
    "measure", "words", "rules", "owner", "qualifiers", "period", "basis", "status", "attribution", "as_of",
    "ambiguity", "choices", "sole", "value",
)  # fmt: skip
# Relative gaps between two values that bound the closeness levels: a writer's slip or a rival count is
# mostly near the figure it contradicts; figures of different measures mostly lie far apart.
_NEAR, _CLOSE, _APART = 0.1, 0.35, 1.0
Key = TypeVar("Key", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Weights:
    """Match weight per (field, level) and the threshold a linked pair's total must reach."""

    table: dict[str, dict[str, float]]
    threshold: float
    prior: float
    exclude: frozenset[str] = frozenset()

    def of(self, field: str, level: str) -> float:
        return self.table.get(field, {}).get(level, 0.0)


def load_weights(path: Path = WEIGHTS_FILE) -> Weights:
    """The weights table as fitted."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    table = {field: {k: float(v) for k, v in data["levels"].get(field, {}).items()} for field in FIELDS}
    exclude = frozenset(data.get("exclude", ()))
    return Weights(table, float(data["threshold"]), float(data.get("prior", 0.0)), exclude)


WEIGHTS = load_weights()


@dataclass(frozen=True, slots=True)
class Crowd:
    """How crowded each report is around a claim: how many different values it gives for one signature, how
    many figures of one unit, and for how many owners and places it gives one measure. A figure among many of
    its kind is less surely the one another report gives; one of a breakdown is a part, not the whole."""

    values: dict[tuple[str, str, tuple[object, ...]], int]
    figures: dict[tuple[str, str], int]
    owners: dict[tuple[str, str | None], int] = dataclass_field(default_factory=dict)
    places: dict[tuple[str, str | None], int] = dataclass_field(default_factory=dict)
    measured: dict[tuple[str, str, str], int] = dataclass_field(default_factory=dict)

    @classmethod
    def of(cls, claims: Iterable[Claim]) -> Crowd:
        """The counts for a run's claims; a value count or figure count of one is not kept, since one is
        what `ambiguity` and `choices` give for a claim they do not find."""
        spans: _Distinct[tuple[str, str, tuple[object, ...]]] = _Distinct()
        figures: Counter[tuple[str, str]] = Counter()
        owners: _Distinct[tuple[str, str | None]] = _Distinct()
        places: _Distinct[tuple[str, str | None]] = _Distinct()
        measured: _Distinct[tuple[str, str, str]] = _Distinct()
        for claim in claims:
            unit = claim.normalized.unit if claim.normalized else ""
            spans.add((claim.doc, unit, signature(claim)), value_span(claim))
            if (
                claim.subject is not None
                and claim.subject.measure
                and claim.subject.status not in AHEAD
                and not claim.subject.earlier
            ):
                measured.add((claim.doc, unit, claim.subject.measure), value_span(claim))
            figures[(claim.doc, unit)] += 1
            if claim.subject is not None and claim.subject.owner:
                owners.add((claim.doc, claim.subject.measure), claim.subject.owner)
            if claim.subject is not None:
                for place in (q for q in claim.subject.qualifiers if q.startswith("in ")):
                    places.add((claim.doc, claim.subject.measure), place)
        return cls(
            spans.counts(above=1),
            {key: count for key, count in figures.items() if count > 1},
            owners.counts(),
            places.counts(),
            measured.counts(),
        )

    def sole(self, claim: Claim) -> bool:
        """True when the claim's report gives one value of its measure and unit, however often: a report's
        only altitude or quake depth is the one another report's only one is about, in whatever words. Not a
        running count: a report's only toll is its toll of its day, which the time levels compare. A forecast
        beside it ('had expected a 6-3 vote') or the earlier figure it is compared with ('down from 70.9%') is
        no second value of it."""
        subject = claim.subject
        if subject is None or not subject.measure or claim.normalized is None or subject.status == "running":
            return False
        if subject.earlier or subject.status in AHEAD:
            return False
        return self.measured.get((claim.doc, claim.normalized.unit, subject.measure), 0) == 1

    def places_of(self, claim: Claim) -> int:
        """How many places ('in China', 'in Germany') the claim's report gives its measure for."""
        return self.places.get((claim.doc, claim.subject.measure if claim.subject else None), 0)

    def owners_of(self, claim: Claim) -> int:
        """How many owners the claim's report gives its measure for: two or more make each a part."""
        return self.owners.get((claim.doc, claim.subject.measure if claim.subject else None), 0)

    def ambiguity(self, claim: Claim) -> int:
        unit = claim.normalized.unit if claim.normalized else ""
        return self.values.get((claim.doc, unit, signature(claim)), 1)

    def choices(self, claim: Claim) -> int:
        return self.figures.get((claim.doc, claim.normalized.unit if claim.normalized else ""), 1)


class _Many(set[object]):
    """The distinct values of a key that has more than one."""


class _Distinct(Generic[Key]):
    """How many distinct values each key is given, without a set for each key: most keys get one value."""

    def __init__(self) -> None:
        self._found: dict[Key, object] = {}

    def add(self, key: Key, value: Hashable) -> None:
        held = self._found.setdefault(key, value)
        if isinstance(held, _Many):
            held.add(value)
        elif held is not value and held != value:
            self._found[key] = _Many((held, value))

    def counts(self, above: int = 0) -> dict[Key, int]:
        """Each key's number of distinct values, for the keys with more than `above` of them."""
        counted = {key: len(held) if isinstance(held, _Many) else 1 for key, held in self._found.items()}
        return {key: count for key, count in counted.items() if count > above}


def levels(a: Claim, b: Claim, crowd: Crowd | None = None) -> dict[str, str]:
    """The comparison level of every subject field for two value claims; `crowd` tells how many values and
    figures each claim's report gives beside it (none known: each report gives only these)."""
    sa, sb = a.subject or Subject(), b.subject or Subject()
    ambiguity = max(crowd.ambiguity(a), crowd.ambiguity(b)) if crowd else 1
    choices = max(crowd.choices(a), crowd.choices(b)) if crowd else 1
    return {
        "measure": _measure_level(sa, sb),
        "words": _words_level(set(a.context.measure_key), set(b.context.measure_key)),
        "rules": words_level(a, b),
        "owner": _owner_level(a, b, sa.owner, sb.owner, crowd),
        "qualifiers": _qualifier_level(a, b, crowd),
        "period": _period_level(sa, sb),
        "basis": _basis_level(sa.basis, sb.basis),
        "status": _status_level(sa, sb),
        "attribution": _name_level(sa.attribution, sb.attribution),
        "as_of": _as_of_level(sa, sb),
        "ambiguity": "unique" if ambiguity == 1 else "some" if ambiguity == 2 else "many",
        "choices": "one" if choices == 1 else "few" if choices <= 3 else "some" if choices <= 9 else "many",
        "sole": _sole_level(a, b, crowd),
        "value": value_level(a, b),
    }


def _sole_level(a: Claim, b: Claim, crowd: Crowd | None) -> str:
    """'both' when each report gives one value of the measure both subjects name (its only altitude, its only
    quake depth): two reports' only figures of one measure are about one thing, however differently worded."""
    if crowd is None or a.subject is None or b.subject is None or a.subject.measure != b.subject.measure:
        return "neither"
    alone = crowd.sole(a) + crowd.sole(b)
    return "both" if alone == 2 else "one" if alone else "neither"


def signature(claim: Claim) -> tuple[object, ...]:
    """What tells one value's subject from another's in one report: a report giving two values for one
    signature leaves a reader unsure which of them another report's figure is."""
    subject = claim.subject or Subject()
    return (subject.measure, subject.owner, tuple(subject.qualifiers), subject.period, subject.basis, subject.status)


# The fitted weights' total for each combination of levels met so far: pairs repeat a few hundred of them.
_FITTED_TOTALS: dict[tuple[tuple[str, str], ...], float] = {}
_FITTED_TOTALS_KEPT = 1 << 16


def weight_of(found: dict[str, str], weights: Weights = WEIGHTS) -> float:
    """The match weight of a pair's levels: the prior plus each field's log-likelihood ratio; minus infinity
    when a level rules the match out (two periods, two statuses: no weight of evidence makes them one)."""
    if weights is not WEIGHTS:
        return _total(found, weights)
    key = tuple(found.items())
    total = _FITTED_TOTALS.get(key)
    if total is None:
        total = _total(found, weights)
        if len(_FITTED_TOTALS) < _FITTED_TOTALS_KEPT:
            _FITTED_TOTALS[key] = total
    return total


def _total(found: dict[str, str], weights: Weights) -> float:
    if any(f"{field}.{level}" in weights.exclude for field, level in found.items()):
        return float("-inf")
    return weights.prior + sum(weights.of(field, level) for field, level in found.items())


def linkable(a: Claim, b: Claim) -> bool:
    """False when a level of the two claims' subjects rules out that they are one figure."""
    return weight_of(levels(a, b)) > float("-inf")


def describe(found: dict[str, str], a: Claim) -> list[str]:
    """Why two claims were compared, in words: 'same measure: death toll', 'same owner: KNCHR'."""
    subject = a.subject or Subject()
    named = {"measure": subject.measure, "owner": subject.owner, "period": subject.period}
    words = []
    for field in ("measure", "owner", "period", "qualifiers", "status", "basis"):
        level = found[field]
        if level in ("same", "compatible"):
            value = named.get(field) or (", ".join(subject.qualifiers) if field == "qualifiers" else None)
            value = value or (subject.status if field == "status" else subject.basis if field == "basis" else None)
            words.append(f"{level} {field}" + (f": {value}" if value else ""))
    if found.get("as_of") == "stated" and subject.as_of is not None:
        words.append(f"same day stated: {subject.as_of.isoformat()}")
    return words


def value_level(a: Claim, b: Claim) -> str:
    """How near two values lie: 'overlap' when both can be true, else by the gap relative to the larger
    value ('near' within 10%, 'close' within 35%, 'apart' within 100%, then 'far')."""
    if values_overlap(a, b):
        return "overlap"
    share = value_gap(a, b)
    return "near" if share <= _NEAR else "close" if share <= _CLOSE else "apart" if share <= _APART else "far"


def value_gap(a: Claim, b: Claim) -> float:
    """The gap between two values as a share of the larger (0 where they meet; infinite when unknown)."""
    (low_a, high_a), (low_b, high_b) = value_span(a), value_span(b)
    gap = max(0.0, max(low_a, low_b) - min(high_a, high_b))
    ends = [abs(v) for v in (low_a, high_a, low_b, high_b) if abs(v) != float("inf")]
    scale = max(ends, default=0.0)
    if not scale or gap == float("inf"):
        return float("inf")
    return gap / scale


def _as_of_level(a: Subject, b: Subject) -> str:
    """'stated' when both reports name the same day the figure stood on ('294 as of Sunday morning', 'said on
    Sunday the toll was revised to 275'): a day both name is stronger evidence than two publication dates."""
    if a.as_of != b.as_of:
        return "different"
    return "stated" if a.as_of is not None and a.as_of_stated and b.as_of_stated else "same"


def _status_level(a: Subject, b: Subject) -> str:
    """Forecasts of one figure by forecasters not known to be one are different forecasts, not one claim."""
    if a.status != b.status:
        return "different"
    if a.status == "forecast" and _name_level(a.attribution, b.attribution) != "same":
        return "forecasts"
    return "same"


def _measure_level(a: Subject, b: Subject) -> str:
    if a.measure is None or b.measure is None:
        return "unknown"
    return "same" if a.measure == b.measure else "different"


def _words_level(a: set[str], b: set[str]) -> str:
    if not a or not b:
        return "unknown"
    overlap = len(a & b) / len(a | b)
    return "high" if overlap >= 0.5 else "some" if overlap > 0 else "none"


def same_owner(a: str | None, b: str | None) -> bool:
    """True when two owners name one owner ('Reliance' and 'Reliance Industries'), or both are unnamed."""
    return (not a and not b) or _name_level(a, b) in ("same", "compatible")


def _name_level(a: str | None, b: str | None) -> str:
    if not a or not b:
        return "unknown"
    wa, wb = _name_words(a), _name_words(b)
    if wa == wb:
        return "same"
    return "compatible" if wa & wb or _abbreviates(a, b) or _abbreviates(b, a) else "different"


def _abbreviates(short: str, name: str) -> bool:
    """True when `short` is the initials of `name`, a company's suffix letter allowed ('RIL' for 'Reliance
    Industries', 'DRC' for 'Democratic Republic of Congo')."""
    words = [w for w in name.split() if w.lower() not in ("of", "the", "and", "&")]
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()) or len(words) < 2:
        return False
    initials = "".join(w[0] for w in words).upper()
    return short == initials or (short[:-1] == initials and short[-1] in _SUFFIX_INITIALS)


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    words = {w.removesuffix("'s").removesuffix("’s").strip(".,").lower() for w in name.split()}
    return frozenset(w for w in words if w and w not in ("the", "a", "an", "of"))


def _owner_level(a: Claim, b: Claim, owner_a: str | None, owner_b: str | None, crowd: Crowd | None) -> str:
    """Owners compared by name; two names are not 'different' owners when each sentence names the other's
    (a buyer and a seller both own a fee) or when one is only where it happened ('near Rustenburg'). A
    figure for no owner against one of a report's figures for several owners ('Nairobi (6), Kajiado (6)')
    is the whole against a part: 'part'."""
    level = _name_level(owner_a, owner_b)
    if level == "unknown" and crowd is not None and (owner_a or owner_b):
        owned = a if owner_a else b
        if crowd.owners_of(owned) >= 2:
            return "part"
    if level != "different" or owner_a is None or owner_b is None:
        return level
    if crowd is not None and crowd.owners_of(a) >= 2 and crowd.owners_of(b) >= 2:
        return level
    if _names(a.context.sentence, owner_b) and _names(b.context.sentence, owner_a):
        return "compatible"
    if _placed(a.context.sentence, owner_a) or _placed(b.context.sentence, owner_b):
        return "unknown"
    return "different"


def _names(sentence: str, owner: str) -> bool:
    """True when a sentence names the owner other than as one entry of a list of figures ('the NCP 41')."""
    lower = sentence.lower()
    for word in _name_words(owner):
        at = lower.find(word)
        if at >= 0 and not _FIGURE_AFTER.match(lower, at + len(word)):
            return True
    return False


def _placed(sentence: str, owner: str) -> bool:
    first = owner.split()[0].removesuffix("'s").removesuffix("’s")
    return any(f"{word} {first}" in sentence for word in ("in", "near", "at", "outside", "across"))


def _qualifier_level(first: Claim, second: Claim, crowd: Crowd | None) -> str:
    """Qualifiers compared as sets; a figure with none against one of a report's figures for several places
    ('about ₹38.6 lakh in the US, ₹30.5 lakh in China') is another place's figure, and one in constant
    currency against one as reported another measure: 'different'."""
    a, b = set((first.subject or Subject()).qualifiers), set((second.subject or Subject()).qualifiers)
    if not a and not b:
        return "none"
    if a & OTHER_BASES != b & OTHER_BASES:
        return "different"
    if a == b:
        return "same"
    if not a or not b:
        placed = first if a else second
        if crowd is not None and crowd.places_of(placed) >= 2 and any(q.startswith("in ") for q in a | b):
            return "different"
        return "one_sided"
    return "compatible" if a <= b or b <= a else "different"


def _period_level(sa: Subject, sb: Subject) -> str:
    """How two figures' periods compare. A figure told as the earlier one of a comparison ('₹6,368 crore of
    the same quarter a year ago') is not the figure another report gives with no period at all: that one is
    the report's current figure."""
    if (sa.period is None and sb.earlier) or (sb.period is None and sa.earlier):
        return "different"
    if (sa.period is None and _past_year(sb.period, sa)) or (sb.period is None and _past_year(sa.period, sb)):
        return "different"
    return _exact_level(sa.period, sb.period)


def _past_year(period: str | None, other: Subject) -> bool:
    """True when a period is a calendar or fiscal year that ended before the other figure's year began ('In
    the 2024 final the Rangers won by 23 runs' against this year's margin, told with no period)."""
    if period is None or other.as_of is None:
        return False
    digits = period.removeprefix("FY")
    if not digits.isdigit():
        return False
    year = int(digits) + (2000 if len(digits) == 2 else 0)
    return year < other.as_of.year


def _exact_level(a: str | None, b: str | None) -> str:
    if a is None and b is None:
        return "none"
    if a is None or b is None:
        prior = (a or b or "").startswith("prior")
        return "different" if prior else "unknown"
    if a == b:
        return "same"
    if a.startswith("prior") or b.startswith("prior"):
        named = b if a.startswith("prior") else a
        return (
            "unknown"
            if any(ch.isdigit() for part in named.split() if not part.startswith("Q") for ch in part)
            else "different"
        )
    pa, pb = set(a.split()), set(b.split())
    if pa < pb or pb < pa:
        small = pa if pa < pb else pb
        return "compatible" if any(part.startswith("Q") for part in small) else "different"
    ka, kb = {_period_kind(p): p for p in pa}, {_period_kind(p): p for p in pb}
    if not set(ka) & set(kb):
        return "unknown"
    return "different"


def _period_kind(part: str) -> str:
    """What a part of a period label names: a quarter ('Q1'), a fiscal year ('FY26') or a calendar year. A
    quarter and a year named alone ('Q1' and 'FY26') are not two periods: each report names half of one."""
    if part.startswith(("Q", "H")) or part.endswith("-quarter"):
        return "quarter"
    return "fiscal" if part.startswith("FY") else "year"


def _basis_level(a: str | None, b: str | None) -> str:
    """'stated' when both changes name one basis ('up 14% YoY', 'a 7.5% year-on-year rise')."""
    if a == b:
        return "stated" if a in ("yoy", "qoq") else "same"
    if a is None or b is None:
        return "different"
    return "compatible" if "change" in (a, b) else "different"
