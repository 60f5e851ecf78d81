"""Value F1 and value+unit F1 of claimcheck's quantities on hand-annotated news sentences.

Run: ``.venv/bin/python benchmarks/news_f1.py [--data FILE] [--errors] [--only ID_PREFIX]``.

The sentences and the annotation guideline are in ``news_sentences.toml`` next to this file. How a sentence is
scored:

* Predictions are claimcheck's claims of kind quantity or duration (ranks, dates and times are left out).
* A prediction and a gold item are paired only when their spans overlap. Pairs are made one to one, best first:
  value and unit agreeing, then value alone.
* Values agree when equal within 1e-6 relative: the stated number for an exact or hedged claim, the stated
  end for a bound (``more than 20,000`` states 20000), both ends for a range. They agree either as written or
  once the predicted quantity is converted to the gold unit (``45`` pence is ``0.45`` GBP).
* Value+unit additionally needs the quantities to be equal: the predicted value converted to the gold unit in
  claimcheck's pint registry (``from claimcheck.extract.units import UREG``). Currencies are pint units there, so
  ``USD_cent`` converts to ``USD`` and ``INR / kilogram`` is a compound unit; a currency code the registry does not
  know is compared by code, and a unit pint does not know by name. ``count`` matches count, dimensionless or no
  unit, and a fraction stated as a percentage (``half`` as 50%). ``delta_degC`` is ``degC``; ``decade`` is ten
  years.
* A prediction that overlaps an optional gold item and pairs with nothing else is ignored; optional items are
  never false negatives.
* Precision = true positives / scored predictions, recall = true positives / gold items (CQE's definitions).

``--errors`` prints every false positive, false negative and unit disagreement, grouped by a guessed cause.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import claimcheck
from claimcheck import Bound, Claim, ClaimKind
from claimcheck.extract.units import UREG

DATA = Path(__file__).with_name("news_sentences.toml")
PUBLISHED = date(2024, 7, 1)
REL_TOL = 1e-6
SCORED_KINDS = frozenset({ClaimKind.QUANTITY, ClaimKind.DURATION})
PLAIN_UNITS = frozenset({"count", "dimensionless", ""})
UNIT_ALIASES = {"decade": "decade_of_years"}

# Words that suggest why an item was missed or a number was read.
WORD_NUMBER = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundred|dozen|half|quarter|thirds?)\b",
    re.IGNORECASE,
)
INDIAN_SCALE = re.compile(r"\b(lakh|crore|cr)\b", re.IGNORECASE)
CURRENCY_MARK = re.compile(r"(Rs\.?|₹|\$|€|£|¥|\bTk\b|paise|yen|yuan|shillings?)", re.IGNORECASE)
HYPHEN_ADJECTIVE = re.compile(r"\d-(year|day|month|week|hour|km|mile|metre|meter|member|seat|ball|acre|inch|crore)")
YEAR_LIKE = re.compile(r"^(1[89]\d\d|20\d\d)(s|-\d\d)?$")
SCORELINE = re.compile(r"^\d+\s*[-–]\s*\d+$")
IDENTIFIER = re.compile(r"[A-Za-z]+[- ]?\d|\d[A-Za-z]")
TIME_LIKE = re.compile(r"\d{1,2}[.:]\d\d\s*(am|pm|a\.m\.|p\.m\.|IST|GMT)|\b\d{4}\s*GMT", re.IGNORECASE)


# ---------------------------------------------------------------- data


@dataclass(frozen=True)
class Gold:
    """One annotated quantity: span (end exclusive), stated value or range ends, unit."""

    sid: str
    start: int
    end: int
    text: str
    low: float | None
    high: float | None
    unit: str
    optional: bool

    def shown(self) -> str:
        """The item as the error report shows it."""
        if self.low is None:
            return f"'{self.text}' (not scored)"
        value = _num(self.low) if self.low == self.high else f"{_num(self.low)}..{_num(self.high)}"
        return f"'{self.text}' = {value} {self.unit}"


@dataclass(frozen=True)
class Pred:
    """One claim as the scorer sees it: span, the stated numbers (low, high) and claimcheck's unit."""

    start: int
    end: int
    text: str
    low: float | None
    high: float | None
    unit: str
    kind: str
    bound: str
    subtype: str

    def shown(self) -> str:
        """The claim as the error report shows it."""
        if self.low is None and self.high is None:
            value = "?"
        elif self.low == self.high or self.high is None or self.low is None:
            value = _num(self.low if self.low is not None else self.high)
        else:
            value = f"{_num(self.low)}..{_num(self.high)}"
        extra = f", {self.subtype}" if self.subtype else ""
        return f"'{self.text}' = {value} {self.unit or 'None'} ({self.kind}, {self.bound}{extra})"


@dataclass(frozen=True)
class Sentence:
    """One annotated sentence."""

    sid: str
    text: str
    gold: tuple[Gold, ...]


def _num(value: float | None) -> str:
    if value is None:
        return "None"
    return f"{value:,.10g}" if abs(value) < 1e15 else f"{value:.6g}"


def load(path: Path = DATA) -> list[Sentence]:
    """The annotated sentences; every item's text must occur in its sentence, in the order listed."""
    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    sentences = []
    seen: set[str] = set()
    for entry in raw["sentences"]:
        sid, text = entry["id"], entry["text"]
        if sid in seen:
            raise ValueError(f"duplicate sentence id {sid}")
        seen.add(sid)
        gold = []
        cursor = 0
        for item in entry.get("quantities", []):
            start = text.find(item["text"], cursor)
            if start < 0:
                start = text.find(item["text"])
            if start < 0:
                raise ValueError(f"{sid}: {item['text']!r} is not in the sentence")
            end = start + len(item["text"])
            cursor = end
            optional = bool(item.get("optional", False))
            if "value" in item:
                low = high = float(item["value"])
            elif "low" in item and "high" in item:
                low, high = float(item["low"]), float(item["high"])
            elif optional:
                low = high = None
            else:
                raise ValueError(f"{sid}: {item['text']!r} has no value or low/high")
            unit = str(item.get("unit", "count"))
            if not optional:
                _check_unit(sid, item["text"], unit)
            gold.append(Gold(sid, start, end, item["text"], low, high, unit, optional))
        sentences.append(Sentence(sid, text, tuple(gold)))
    return sentences


def _check_unit(sid: str, text: str, unit: str) -> None:
    """A gold unit must be count, a currency code or a unit the registry parses (or a plain word, by name)."""
    if unit in PLAIN_UNITS or _is_code(unit) or unit.isalpha():
        return
    if _pint(unit) is None:
        raise ValueError(f"{sid}: unit {unit!r} of {text!r} does not parse in claimcheck's registry")


def predictions(sentence: str) -> list[Pred]:
    """claimcheck's quantity and duration claims in a sentence."""
    return [as_pred(c) for c in claimcheck.extract(sentence, published=PUBLISHED) if c.kind in SCORED_KINDS]


def as_pred(claim: Claim) -> Pred:
    """The stated numbers of a claim: both ends of a range, the stated end of a bound, else the value twice."""
    low, high = claim.low, claim.high
    if claim.bound in (Bound.LT, Bound.LE) or low is None:
        low = high
    elif claim.bound in (Bound.GT, Bound.GE) or high is None:
        high = low
    return Pred(
        start=claim.start,
        end=claim.end,
        text=claim.text,
        low=low,
        high=high,
        unit=claim.unit or "",
        kind=claim.kind.value,
        bound=claim.bound.value if claim.bound else "-",
        subtype=claim.subtype or "",
    )


# ---------------------------------------------------------------- units and values


def _is_code(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper() and unit.isalpha()


def _canon(unit: str) -> str:
    unit = unit.strip()
    if unit in PLAIN_UNITS:
        return "count"
    unit = re.sub(r"\bdelta_", "", unit)
    return UNIT_ALIASES.get(unit, unit)


_PINT_CACHE: dict[str, Any] = {}


def _pint(unit: str) -> Any | None:
    """The registry's units for a unit string, or None when it does not parse."""
    unit = _canon(unit)
    if unit not in _PINT_CACHE:
        try:
            _PINT_CACHE[unit] = UREG.parse_units(unit)
        except Exception:  # pint raises several error types for unknown names and bad syntax
            _PINT_CACHE[unit] = None
    return _PINT_CACHE[unit]


def convert(value: float, unit: str, target: str) -> float | None:
    """`value` in `unit` expressed in `target`, or None when the two do not convert.

    count converts only to count, except that a percentage converts to a plain fraction ("half" is 50%).
    """
    unit, target = _canon(unit), _canon(target)
    if unit == target:
        return value
    if target == "count" and unit == "percent":
        return value / 100
    if "count" in (unit, target):
        return None
    source, goal = _pint(unit), _pint(target)
    if source is None or goal is None:
        return None
    try:
        return float(UREG.Quantity(value, source).to(goal).magnitude)
    except Exception:  # DimensionalityError, OffsetUnitCalculusError
        return None


def close(a: float | None, b: float | None) -> bool:
    """Equal within REL_TOL relative (exactly equal at zero)."""
    if a is None or b is None:
        return False
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


def value_agrees(gold: Gold, pred: Pred) -> bool:
    """The stated numbers agree as written, or once the prediction is converted to the gold unit."""
    if gold.low is None or pred.low is None or pred.high is None:
        return False
    if close(pred.low, gold.low) and close(pred.high, gold.high):
        return True
    return quantity_agrees(gold, pred)


def quantity_agrees(gold: Gold, pred: Pred) -> bool:
    """The predicted quantity, converted to the gold unit, equals the gold quantity (value+unit)."""
    if gold.low is None or pred.low is None or pred.high is None:
        return False
    g_unit, p_unit = _canon(gold.unit), _canon(pred.unit)
    if g_unit == p_unit:
        return close(pred.low, gold.low) and close(pred.high, gold.high)
    if _pint(g_unit) is None or _pint(p_unit) is None:
        # A code or word the registry does not know: compared by name.
        return g_unit.lower() == p_unit.lower() and close(pred.low, gold.low) and close(pred.high, gold.high)
    low, high = convert(pred.low, p_unit, g_unit), convert(pred.high, p_unit, g_unit)
    return close(low, gold.low) and close(high, gold.high)


# ---------------------------------------------------------------- matching


@dataclass
class Outcome:
    """One sentence scored: the pairs made, and what is left over."""

    sentence: Sentence
    preds: list[Pred]
    pairs: list[tuple[Gold, Pred, bool]] = field(default_factory=list)  # (gold, pred, unit agrees)
    missed: list[Gold] = field(default_factory=list)
    spurious: list[Pred] = field(default_factory=list)
    ignored: list[Pred] = field(default_factory=list)


def overlaps(a: Gold | Pred, b: Gold | Pred) -> bool:
    """The spans share at least one character."""
    return a.start < b.end and b.start < a.end


def score_sentence(sentence: Sentence, preds: Sequence[Pred]) -> Outcome:
    """Pair gold items with predictions one to one: value and unit first, then value alone."""
    outcome = Outcome(sentence, list(preds))
    scored = [g for g in sentence.gold if not g.optional]
    candidates = []
    for gi, gold in enumerate(scored):
        for pi, pred in enumerate(preds):
            if not overlaps(gold, pred):
                continue
            if quantity_agrees(gold, pred):
                level = 2
            elif value_agrees(gold, pred):
                level = 1
            else:
                continue
            shared = min(gold.end, pred.end) - max(gold.start, pred.start)
            candidates.append((-level, -shared, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for neg_level, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        outcome.pairs.append((scored[gi], preds[pi], neg_level == -2))
    outcome.missed = [g for gi, g in enumerate(scored) if gi not in used_gold]
    optional = [g for g in sentence.gold if g.optional]
    for pi, pred in enumerate(preds):
        if pi in used_pred:
            continue
        if any(overlaps(g, pred) for g in optional):
            outcome.ignored.append(pred)
        else:
            outcome.spurious.append(pred)
    return outcome


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1, in percent."""

    tp: int
    gold: int
    predicted: int

    @property
    def precision(self) -> float:
        return 100.0 * self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return 100.0 * self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return f"{name:<11} P {self.precision:5.1f}  R {self.recall:5.1f}  F1 {self.f1:5.1f}   (tp {self.tp})"


@dataclass
class Score:
    """Every sentence scored, with the totals."""

    outcomes: list[Outcome]

    @property
    def gold(self) -> int:
        return sum(len(o.pairs) + len(o.missed) for o in self.outcomes)

    @property
    def predicted(self) -> int:
        return sum(len(o.pairs) + len(o.spurious) for o in self.outcomes)

    @property
    def ignored(self) -> int:
        return sum(len(o.ignored) for o in self.outcomes)

    @property
    def value(self) -> PRF:
        return PRF(sum(len(o.pairs) for o in self.outcomes), self.gold, self.predicted)

    @property
    def value_unit(self) -> PRF:
        return PRF(sum(ok for o in self.outcomes for _, _, ok in o.pairs), self.gold, self.predicted)


def score(path: Path = DATA, only: str | None = None) -> Score:
    """Extract from every sentence and score it."""
    outcomes = []
    for sentence in load(path):
        if only and not sentence.sid.startswith(only):
            continue
        outcomes.append(score_sentence(sentence, predictions(sentence.text)))
    return Score(outcomes)


# ---------------------------------------------------------------- error causes


def miss_cause(gold: Gold, preds: Iterable[Pred]) -> str:
    """A guess at why a gold item has no prediction of agreeing value."""
    near = [p for p in preds if overlaps(gold, p)]
    if near:
        return "wrong value: " + wrong_value_cause(gold, near[0])
    text = gold.text
    if gold.low != gold.high:
        return "missed: range"
    if gold.unit in ("year",) and (text.strip().isdigit() or re.fullmatch(r"\w+", text)):
        return "missed: bare age or age word ('Trump, 78,' / 'under the age of five')"
    if " / " in gold.unit:
        return f"missed: rate ({gold.unit})"
    if WORD_NUMBER.search(text) and not re.search(r"\d", text):
        return "missed: number in words"
    if gold.unit == "count" and re.fullmatch(r"[\d,.]+", text.strip()):
        return "missed: bare number"
    if HYPHEN_ADJECTIVE.search(text):
        return "missed: hyphenated number-unit adjective"
    if INDIAN_SCALE.search(text):
        return "missed: lakh/crore amount"
    if CURRENCY_MARK.search(text):
        return "missed: money"
    return f"missed: {gold.unit}"


def wrong_value_cause(gold: Gold, pred: Pred) -> str:
    """A guess at why an overlapping prediction states another value."""
    if gold.low is None or pred.low is None or pred.high is None:
        return "no value"
    if gold.low != gold.high and pred.low == pred.high:
        return "range read as one number (or cut in two)"
    if gold.low == gold.high and pred.low != pred.high:
        return "one number read as a range"
    if pred.low and gold.low:
        ratio = gold.low / pred.low
        for scale, name in ((1e5, "lakh"), (1e7, "crore"), (1e12, "lakh crore"), (1e3, "thousand/k"),
                            (1e6, "million"), (1e9, "billion"), (1e2, "hundred or per cent")):  # fmt: skip
            if math.isclose(ratio, scale, rel_tol=1e-6):
                return f"scale not applied ({name})"
            if math.isclose(ratio, 1 / scale, rel_tol=1e-6):
                return f"scale applied wrongly (x{name})"
        if math.isclose(gold.low, -pred.low, rel_tol=1e-6):
            return "sign lost or added"
    if pred.end - pred.start < (gold.end - gold.start) * 0.6:
        return "only part of the expression read (split claim)"
    return "other wrong value"


def spurious_cause(pred: Pred, sentence: Sentence, pairs: Sequence[tuple[Gold, Pred, bool]]) -> str:
    """A guess at why a prediction is not a gold quantity."""
    text = pred.text.strip()
    if any(overlaps(g, pred) for g in sentence.gold if not g.optional):
        if any(overlaps(g, pred) for g, _, _ in pairs):
            return "extra claim on a gold item already matched (split or duplicate)"
        return "overlaps a gold item with another value (see its false negative)"
    if TIME_LIKE.search(sentence.text[max(0, pred.start - 2) : pred.end + 6]):
        return "clock time read as a quantity"
    if YEAR_LIKE.match(text) or (pred.low is not None and 1900 <= pred.low <= 2100 and re.fullmatch(r"\d{4}", text)):
        return "year read as a quantity"
    before = sentence.text[max(0, pred.start - 12) : pred.start]
    if re.search(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b",
                 sentence.text[max(0, pred.start - 12) : pred.end + 12]):  # fmt: skip
        return "part of a date"
    if re.search(r"\b(section|article|no\.|ward|sector|class|phase|block|exit|helpline|dial|call)\s*$", before, re.I):
        return "section, ward, class or phone number"
    if re.match(r"\d", text) and (
        re.search(r"(\b[A-Z][\w&]*|[\w&]*\d)[- ]$", before) or re.search(r"[A-Za-z]\d*-$", before)
    ):
        return "identifier or model number (name + digits)"
    if IDENTIFIER.search(text.split()[0]) or re.match(r"^-?\d*[A-Za-z]", sentence.text[pred.end : pred.end + 3]):
        return "identifier or model number (name + digits)"
    if re.search(r"\d{5,}", text.replace(",", "")) and "-" in text:
        return "phone number"
    if SCORELINE.match(text):
        return "scoreline or date range read as a range"
    if re.search(r"\b(st|nd|rd|th)\b|first|second|third|fourth|fifth|sixth|eighth|ninth", text, re.I):
        return "ordinal read as a quantity"
    if pred.subtype.startswith(("multiplier", "fraction")) and not re.search(r"\d", text):
        return "multiplier verb or fraction word read as a quantity ('doubled', 'second half')"
    return "other spurious quantity"


def unit_cause(gold: Gold, pred: Pred) -> str:
    """A guess at why the value agrees and the unit does not."""
    g_unit, p_unit = _canon(gold.unit), _canon(pred.unit)
    if " / " in g_unit and p_unit == g_unit.split(" / ")[0].strip():
        return "rate: the 'a/per <unit>' denominator is dropped ('Rs 80 a kg' read as INR)"
    if g_unit == "year" and p_unit == "count":
        return "age read as a bare count ('Trump, 78,', 'aged 21 to 65', 'under two')"
    if g_unit == "percentage_point" and p_unit == "count":
        return "'points' of a percentage read as a count"
    if _is_code(g_unit) and p_unit == "count":
        return "currency word not recognised ('shillings')"
    if p_unit == "degree" and g_unit in ("degC", "degF"):
        return "bare 'degrees' of temperature read as an angle"
    if p_unit == "count":
        return "unit not recognised or only implied, read as a count"
    return f"other unit: expected {gold.unit}, got {pred.unit or 'None'}"


def error_groups(result: Score) -> dict[str, list[str]]:
    """Every error, one line block each, grouped by guessed cause."""
    groups: dict[str, list[str]] = defaultdict(list)
    for o in result.outcomes:
        head = f"[{o.sentence.sid}] {o.sentence.text}"
        for gold in o.missed:
            near = [p.shown() for p in o.preds if overlaps(gold, p)]
            got = "; ".join(near) if near else "nothing"
            groups["FN " + miss_cause(gold, o.preds)].append(f"{head}\n    expected {gold.shown()}\n    got {got}")
        for pred in o.spurious:
            cause = spurious_cause(pred, o.sentence, o.pairs)
            groups["FP " + cause].append(f"{head}\n    expected nothing here\n    got {pred.shown()}")
        for gold, pred, ok in o.pairs:
            if not ok:
                groups["UNIT " + unit_cause(gold, pred)].append(
                    f"{head}\n    expected {gold.shown()}\n    got {pred.shown()}"
                )
    return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))


# ---------------------------------------------------------------- report


def report(result: Score, errors: bool, out: Any = sys.stdout) -> None:
    """The summary table, then (with errors) every error grouped by cause."""
    n_opt = sum(1 for o in result.outcomes for g in o.sentence.gold if g.optional)
    print(
        f"news sentences: {len(result.outcomes)}, gold quantities: {result.gold} (+{n_opt} optional), "
        f"predictions scored: {result.predicted} (+{result.ignored} on optional items, ignored)",
        file=out,
    )
    print(result.value.line("value"), file=out)
    print(result.value_unit.line("value+unit"), file=out)
    print("reference: CQE on NewsQuant, value F1 92.0, value+unit F1 85.6", file=out)
    if not errors:
        return
    groups = error_groups(result)
    print("\nerror groups (FN = missed or wrong value, FP = spurious, UNIT = value right, unit wrong):", file=out)
    for cause, items in groups.items():
        print(f"  {len(items):3d}  {cause}", file=out)
    for cause, items in groups.items():
        print(f"\n=== {cause} ({len(items)})", file=out)
        for item in items:
            print(item, file=out)
    print(f"\n=== not scored: predictions on optional items ({result.ignored})", file=out)
    for o in result.outcomes:
        for pred in o.ignored:
            print(f"[{o.sentence.sid}] {pred.shown()}", file=out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="annotated sentences (TOML)")
    parser.add_argument("--errors", action="store_true", help="print every error, grouped by guessed cause")
    parser.add_argument("--only", help="score only the sentences whose id starts with this")
    args = parser.parse_args(argv)
    report(score(args.data, args.only), args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
