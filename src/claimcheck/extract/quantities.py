"""Numbers and what is written around them: currency, sign, hedge, range, unit or counted noun, rate, bound."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import regex

from claimcheck.document import Document
from claimcheck.extract import patterns as P
from claimcheck.extract.mentions import (
    BOUND_OF,
    NOT_COUNTED,
    Occupied,
    counted_noun,
    fact_box_noun,
    looks_like_noun,
    make_claim,
    modifier_noun,
    singular_noun,
)
from claimcheck.extract.numbers import NUMBER, ParsedNumber, parse_number
from claimcheck.extract.phrases import multiplier_claim
from claimcheck.extract.units import normalise
from claimcheck.lang import LEXICON
from claimcheck.models import Bound, Claim, ClaimKind

_GLUED_LETTERS = regex.compile(r"[A-Za-z%°º²/]+")
_DIGITS = regex.compile(r"[\d,.]+")
_LOWER_IDENTIFIER_HEADS = frozenset(
    {"helpline", "dial", "call", "toll-free", "extension", "pincode", "pin", "code", "flight", "train", "route",
     "platform", "gate", "ward", "sector", "no", "category", "jersey"}
)  # fmt: skip
_TABLE_UNITS = frozenset(u.pint for u in LEXICON.units if not u.time and "currency" not in u.dimension)
_NAMED_AGE_FROM = 15  # 'Nick Hague 44 has': below this a number after a name is a score or a squad number
_VIDEO_FORMATS = frozenset(str(lines) for lines in LEXICON.video_lines)
_CURRENCY_WORDS_LOWER = {word.lower(): code for word, code in LEXICON.currency_words.items()}


def numbers(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    text, pos = doc.text, doc.body_start
    while True:
        match = NUMBER.search(text, pos)
        if match is None:
            return
        claim, resume = _number_claim(doc, match, occupied)
        pos = max(resume, match.start() + 1)
        if claim is not None:
            occupied.take(claim.start, claim.end)
            yield claim


def _single(doc: Document, match: regex.Match[str], occupied: Occupied) -> tuple[Claim | None, int]:
    """A number read on its own: 'rose from 200 to 900' is a change between two values, not a range."""
    return _number_claim(doc, match, occupied, allow_range=False)


@dataclass
class _Reading:
    """What is known about one number so far, as the steps of _number_claim read around it."""

    match: regex.Match[str]
    first: ParsedNumber
    before: str
    hedge_text: str
    span_start: int
    currency: str | None
    hedge: regex.Match[str] | None = None
    range_word: regex.Match[str] | None = None
    second: ParsedNumber | None = None
    kind: ClaimKind = ClaimKind.QUANTITY
    unit: str | None = None
    subtype: str | None = None
    noun: str | None = None
    end: int = 0
    bound: Bound = Bound.EXACT
    below: bool = False

    @property
    def last(self) -> ParsedNumber:
        return self.second or self.first


def _number_claim(
    doc: Document, match: regex.Match[str], occupied: Occupied, allow_range: bool = True
) -> tuple[Claim | None, int]:
    """The claim a number makes with the words around it: prefix (currency, sign, hedge), range, unit or
    counted noun, rate and bound; or a year, a multiplier, or nothing."""
    if occupied.taken(match.start(), match.start() + 1) or _is_identifier(doc.text, match):
        return None, match.end()
    reading = _read_prefix(doc.text, match)
    if reading is None:
        return None, match.end()
    if allow_range:
        if (
            reading.range_word
            and reading.range_word["word"].lower() == "from"
            and P.CHANGE_BEFORE.search(doc.text, max(0, match.start() - 60), match.start())
        ):
            return _single(doc, match, occupied)
        by_bare = reading.currency is None and P.BY_JUST_BEFORE.search(reading.hedge_text)
        change = bool(P.CHANGE_JUST_BEFORE.search(reading.hedge_text)) and not by_bare
        reading.first, reading.second, unit_match = _range_second(
            doc, reading.first, reading.currency is not None, bool(reading.range_word), change
        )
    else:
        reading.range_word, unit_match = None, None
    early = _read_unit(doc, reading, unit_match, occupied)
    if early is not None:
        return early
    _read_bound(doc.text, reading)
    if occupied.taken(reading.span_start, reading.end):
        return None, match.end()
    return _finish(doc, reading), reading.end


def _read_prefix(text: str, match: regex.Match[str]) -> _Reading | None:
    """Currency, minus sign, hedge and range word written before a number."""
    start = match.start()
    before = text[max(0, start - 40) : start]
    currency_match = P.CURRENCY_BEFORE.search(before)
    currency = LEXICON.currency_symbols["".join(currency_match["cur"].split())] if currency_match else None
    first = parse_number(match, currency=currency is not None)
    if first is None:
        return None
    if currency_match and currency_match["cur"] in LEXICON.transcribed_currencies and _bare_small(first):
        return None  # 'PS5' is a games console, not five pounds
    span_start = start - len(currency_match.group()) if currency_match else start
    minus = P.MINUS_BEFORE.search(before)
    if minus and first.value > 0:
        first = ParsedNumber(-first.value, first.start, first.end, first.half_step, first.is_word, first.plain_digits)
        span_start = start - len(before) + minus.start()
    hedge_text = before[: len(before) - len(currency_match.group())] if currency_match else before
    return _Reading(
        match,
        first,
        before,
        hedge_text,
        span_start,
        currency,
        P.HEDGE_BEFORE.search(hedge_text),
        P.RANGE_START.search(hedge_text),
        end=first.end,
    )


def _read_unit(
    doc: Document, reading: _Reading, unit_match: regex.Match[str] | None, occupied: Occupied
) -> tuple[Claim | None, int] | None:
    """Unit, age, year or counted noun after a number, then a rate; returns an early answer for years,
    multipliers and numbers to skip, else None with the reading filled in."""
    text, last = doc.text, reading.last
    unit_match = unit_match or _unit_after(text, last, reading.currency is not None)
    reading.end = last.end
    if unit_match is not None:
        reading.kind, reading.unit, reading.subtype = _classify_unit(text, unit_match, last, reading.currency)
        reading.end = unit_match.end()
        if reading.unit is None:
            return None, reading.match.end()
    elif reading.currency:
        reading.unit, reading.subtype = reading.currency, "currency"
    if reading.subtype == "age":
        reading.end = P.AGE_AFTER.match(text, reading.end, reading.end + P.LOOKAHEAD).end()  # type: ignore[union-attr]
    if reading.unit is None and _is_age(text, reading.before, last):
        reading.unit, reading.subtype = "year", "age"
    if reading.unit is None:
        year = _year_claim(doc, reading.first, reading.second, reading.hedge, occupied)
        if year is not None:
            return year, year.end
        if reading.first.is_word and reading.first.value == 1 and reading.second is None:
            found = _one_noun(text, reading)
            if found is None and (not reading.hedge or P.ONE_AMONG.match(text, last.end, last.end + P.LOOKAHEAD)):
                return None, reading.first.end  # 'just one of four', 'just one 52,000 barrel-a-day refinery'
        else:
            found = (
                counted_noun(text, last.end, plural=last.value != 1)
                or fact_box_noun(text, last.end)
                or (modifier_noun(text, last.end) if last.value != 1 and not last.is_word else None)
                or _counted_among(text, last.end)
            )
        reading.unit, reading.subtype = "count", "count" if found else None
        if found:
            reading.noun, reading.end = found
    rated = reading.unit not in ("percent", "count", *LEXICON.time_units.values()) or reading.noun is not None
    rate = P.RATE_AFTER.match(text, reading.end, reading.end + P.LOOKAHEAD) if rated else None
    if rate and reading.subtype != "age":
        reading.unit, reading.end = f"{reading.unit} / {LEXICON.rate_units[rate['per'].lower()]}", rate.end()
    elif rated and reading.unit in _TABLE_UNITS:
        per = P.PER_SYMBOL.match(text, reading.end, reading.end + P.LOOKAHEAD)
        if per is not None:  # '10 kV/cm', '45 µg/m3': a unit over a unit, both from the table
            reading.unit, reading.end = f"{reading.unit} / {LEXICON.unit_symbols[per['den']]}", per.end()
    if reading.subtype == "multiplier" and reading.second is None:
        first = reading.first
        return multiplier_claim(
            doc, reading.span_start, reading.end, first.value, "multiplier", first.half_step
        ), reading.end
    return None


def _read_bound(text: str, reading: _Reading) -> None:
    """The bound a hedge before ('over', 'nearly') or after ('or more', '-odd') puts on the number."""
    hedge = reading.hedge
    if hedge and not reading.second:
        hedge_word = " ".join(hedge["hedge"].lower().split())
        reading.bound = BOUND_OF[LEXICON.hedges[hedge_word]]
        if hedge_word in ("a maximum of", "a minimum of") and reading.unit in ("degC", "degF"):
            reading.bound = Bound.EXACT  # 'recorded a maximum of 44.2°C' states the day's high, not a cap
        reading.below = LEXICON.hedges[hedge_word] == "approx_below"
        reading.span_start = reading.match.start() - len(reading.before) + hedge.start("hedge")
    elif reading.range_word and reading.second:
        reading.span_start = reading.match.start() - len(reading.before) + reading.range_word.start("word")
    elif reading.second:
        reading.bound = Bound.RANGE
    trailing = P.HEDGE_AFTER.match(text, reading.end, reading.end + P.LOOKAHEAD)
    if trailing and not reading.second and reading.bound is Bound.EXACT:
        reading.bound = BOUND_OF[LEXICON.trailing_hedges[" ".join(trailing["hedge"].lower().split())]]
        reading.end = trailing.end()
        found = counted_noun(text, reading.end, plural=True) if reading.unit == "count" and not reading.noun else None
        if found:
            reading.noun, reading.end = found
    if reading.second:
        reading.bound = Bound.RANGE


def _finish(doc: Document, reading: _Reading) -> Claim:
    """The claim, with the interval its words allow; a difference ('$100 more than') is marked as such."""
    unit = reading.unit or "count"
    low: float | None = reading.first.value
    high: float | None = reading.last.value
    if reading.bound in (Bound.LT, Bound.LE):
        low = None
    elif reading.bound in (Bound.GT, Bound.GE):
        high = None
    steps = (reading.first.half_step, reading.last.half_step)
    if reading.second is not None:
        steps = (min(steps), min(steps))
    interval = normalise(low, high, reading.bound, unit, steps)
    if reading.below and interval.high is not None and interval.low is not None:
        interval = interval.model_copy(update={"high": normalise(high, high, Bound.EXACT, unit, steps).high})
    kind = reading.kind
    if kind is ClaimKind.QUANTITY and unit in LEXICON.time_units.values() and reading.subtype != "age":
        kind = ClaimKind.DURATION
    subtype = reading.subtype
    if subtype != "multiplier" and P.DIFFERENCE_AFTER.match(doc.text, reading.end, reading.end + P.LOOKAHEAD):
        subtype = "difference"
    return make_claim(
        doc,
        reading.span_start,
        reading.end,
        kind,
        unit=unit,
        noun=reading.noun,
        low=low,
        high=high,
        bound=reading.bound,
        subtype=subtype,
        normalized=interval,
    )


def _one_noun(text: str, reading: _Reading) -> tuple[str, int] | None:
    """'one proposal', 'one senior official': the word 'one' counts the noun it stands before; alone ('no
    one', 'one another', 'one of the best players') it states no quantity."""
    start, end = reading.first.start, reading.first.end
    if P.NOT_ONE_BEFORE.search(text, max(0, start - 12), start) or text[end : end + 1] == "-":
        return None
    head = None
    pos = end
    for index in range(3):  # 'one senior administration official': the last plain word of the phrase
        word = P.WORD_AFTER.match(text, pos, pos + P.LOOKAHEAD)
        lower = word["word"] if word else ""
        if not lower.isalpha() or not lower.islower() or lower in LEXICON.function_words:
            break
        if lower in LEXICON.time_units or lower in LEXICON.not_count_modifiers:
            if index == 0:
                return None
            break
        if index > 0 and (singular_noun(lower) is not None or not looks_like_noun(lower)):
            break  # 'one proposal asks', 'one bidder walked': the phrase ends before its verb
        head, pos = (lower, word.end()), word.end()  # type: ignore[union-attr]
    if head is None or head[0] == "way" or not looks_like_noun(head[0]):
        return None
    return head


def _counted_among(text: str, end: int) -> tuple[str, int] | None:
    """'two of Johnson's deputies', 'three of the victims': the number counts the plural after 'of'."""
    among = P.OF_THE.match(text, end, end + P.LOOKAHEAD)
    if among is None:
        return None
    found = counted_noun(text, among.end() - 1, plural=True)
    return (found[0], end) if found else None


def _is_score(text: str, start: int) -> bool:
    """'ended 2-2', 'a 9-2 lead', 'won 3-1 on aggregate': two goals or runs, not a range of one value."""
    score = P.SCORELINE.match(text, start, start + 40)
    if score is None:
        return False
    return bool(score["word"]) or int(score["a"]) >= int(score["b"])


def _bare_small(number: ParsedNumber) -> bool:
    return number.plain_digits and number.value < 100


def _is_code(word: str) -> bool:
    """'AI 171', 'MAX 9', 'ISO 9001': a short all-capital code before a number names a flight, model or
    standard (currency codes and 'No' are handled apart)."""
    return 2 <= len(word) <= 4 and word.isupper() and word.isalpha() and word not in LEXICON.currency_symbols


def _is_age(text: str, before: str, number: ParsedNumber) -> bool:
    """'Donald Trump, 78, won', 'women aged 21 to 65', 'under the age of five', 'Nick Hague 44 has': a person's
    age in years."""
    if not (0 < number.value <= 120 and number.value == int(number.value)):
        return False
    found = P.AGE_BEFORE.search(before)
    if found is None:
        named = number.value >= _NAMED_AGE_FROM and P.NAME_BEFORE.search(before)
        return bool(named and P.VERB_AFTER_AGE.match(text, number.end, number.end + 20))
    if found.group().rstrip().endswith(","):
        return text[number.end : number.end + 1] == ","
    return True


def _is_identifier(text: str, match: regex.Match[str]) -> bool:
    """'F-35', 'Covid-19', 'Article 370', '3G', 'two-way': numbers that name things rather than count them."""
    start = match.start()
    glued = P.HYPHEN_NOUN.match(text, match.end(), match.end() + 24)
    if glued and glued["word"].lower() in NOT_COUNTED:
        return True
    if match["words"] is None and start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        glue = P.IDENTIFIER_GLUE.search(text, max(0, start - 20), start)
        if glue and glue.group().rstrip("-").lower() not in LEXICON.amount_prefixes:
            return True
    word = P.WORD_BEFORE.search(text, max(0, start - 20), start)
    if word and match["words"] is None:
        head = word["word"].rstrip(".")
        if head in LEXICON.identifier_heads or head.lower() in _LOWER_IDENTIFIER_HEADS or _is_code(head):
            return True
    if match["words"] is None and start >= 2 and text[start - 1] == "-" and text[start - 2].isdigit():
        return True
    if match["words"] is None and (_is_score(text, start) or P.SHIRT_NUMBER.match(text, start - 1)):
        return True
    end = match.end()
    if match["words"] is None and end < len(text) and text[end].isalpha():
        glued = _GLUED_LETTERS.match(text, end, min(len(text), end + 8))
        letters = glued.group() if glued else ""
        if letters == "p" and match["digits"] in _VIDEO_FORMATS:
            return True
        known = (
            letters in LEXICON.unit_symbols
            or letters.lower() in LEXICON.unit_words
            or letters.lower() in LEXICON.time_units
            or P.UNIT_AFTER.match(text, end, end + P.LOOKAHEAD) is not None
        )
        return not (known or letters.lower() in ("x", "fold", "bn", "mn", "cr", "k", "m", "b", "tn", "mln"))
    return False


def _range_second(
    doc: Document, first: ParsedNumber, currency: bool, has_range_word: bool, after_change: bool = False
) -> tuple[ParsedNumber, ParsedNumber | None, regex.Match[str] | None]:
    """The two ends of '6-8', 'six to eight', 'between 5 and 6', '5% to 6%', '$5-6 million' (the scale
    written once applies to both), with the unit they share; the second end is None for no range."""
    text = doc.text
    unit_first = _unit_after(text, first, currency)
    join_at = unit_first.end() if unit_first is not None else first.end
    join = P.RANGE_JOIN.match(text, join_at, join_at + P.LOOKAHEAD)
    no_range = (first, None, None)
    if join is None:
        return no_range
    connector = join["join"].strip().lower()
    if connector[:1] == "-" and len(connector) > 1:
        connector = connector.lstrip("-").strip()  # '8- to 16-metre': the unit is written once
    if connector == "and" and not has_range_word:
        return no_range
    if connector == "to" and after_change:
        return no_range
    if connector in ("/", "or") and (unit_first is not None or not first.is_word):
        return no_range
    nxt = NUMBER.match(text, join.end(), join.end() + P.LOOKAHEAD)
    second = parse_number(nxt, currency=currency) if nxt else None
    if second is None or (second.is_word != first.is_word and connector != "to"):
        return no_range
    if first.plain_digits and second.plain_digits and _looks_like_years(first, second):
        return no_range
    unscaled_second = _unscaled(text, second)
    if second.value != unscaled_second and first.value < unscaled_second * 10 and first.value < 1000:
        scale = second.value / unscaled_second
        first = ParsedNumber(first.value * scale, first.start, first.end, first.half_step * scale, False, False)
    if not first.value < second.value:
        return no_range
    unit_second = _unit_after(text, second, currency)
    if unit_first is not None and unit_second is not None and _unit_key(unit_first) != _unit_key(unit_second):
        return no_range
    if unit_first is not None and unit_second is None:
        return no_range
    return first, second, unit_second or unit_first


def _unscaled(text: str, number: ParsedNumber) -> float:
    """The number before its scale word: '5 million' -> 5, 'five thousand' -> 5."""
    if number.is_word:
        last = P.LAST_WORD.search(text, number.start, number.end)
        scale = LEXICON.scales.get(last.group().lower(), 1) if last else 1
        return number.value / scale if scale > 1 and number.value % scale == 0 else number.value
    digits = _DIGITS.match(text, number.start, number.end)
    try:
        return float(digits.group().replace(",", "")) if digits else number.value
    except ValueError:
        return number.value


def _looks_like_years(first: ParsedNumber, second: ParsedNumber) -> bool:
    return 1800 <= first.value <= 2100 and (1800 <= second.value <= 2100 or second.value < 100)


def _unit_key(match: regex.Match[str]) -> str:
    word = match["word"] or match["sym"] or match["fold"] or ""
    return (
        LEXICON.unit_words.get(word.lower())
        or LEXICON.time_units.get(word.lower())
        or LEXICON.unit_symbols.get(word)
        or word.lower()
    )


def _unit_after(text: str, number: ParsedNumber, currency: bool) -> regex.Match[str] | None:
    """The unit written right after a number, if any; glued symbols ('40C', '100m') only without a gap."""
    found = P.UNIT_AFTER.match(text, number.end, number.end + P.LOOKAHEAD)
    if found is None or P.NOT_A_UNIT.match(
        text, found.start("word") if found["word"] else found.end(), found.end() + 20
    ):
        return None
    gap = found["sep"]
    glued_only = found["sym"] in LEXICON.glued_only_symbols
    if glued_only and (gap or text[found.end() : found.end() + 1] == "/"):
        return None  # '40 C' is no temperature, nor '14.7C/' (a cent sign lost in transcription)
    if found["sym"] in ("m", "b", "k") and currency:
        return None
    if found["sym"] == "p" and (currency or number.value in LEXICON.video_lines):
        return None
    if found["fold"] and found["fold"].lower() == "x" and gap:
        return None
    if (
        found["fold"]
        and found["fold"].lower() == "times"
        and not P.COMPARATIVE_AFTER.match(text, found.end(), found.end() + P.LOOKAHEAD)
    ):
        return None
    return found


def _classify_unit(
    text: str, found: regex.Match[str], number: ParsedNumber, currency: str | None
) -> tuple[
    ClaimKind,
    str | None,
    str | None,
]:
    """Kind, pint unit and subtype of a matched unit."""
    if found["fold"]:
        return ClaimKind.QUANTITY, "dimensionless", "multiplier"
    word = (found["word"] or "").lower()
    if word in LEXICON.time_units:
        if P.AGE_AFTER.match(text, found.end(), found.end() + P.LOOKAHEAD) and word in ("year", "years"):
            return ClaimKind.QUANTITY, "year", "age"
        return ClaimKind.DURATION, LEXICON.time_units[word], None
    if word in ("pounds", "pound"):
        if currency or number.value >= 1e6:
            return ClaimKind.QUANTITY, "GBP", "currency"
        return ClaimKind.QUANTITY, "pound", None
    if word in _CURRENCY_WORDS_LOWER:
        code = LEXICON.currency_words.get(found["word"]) or _CURRENCY_WORDS_LOWER[word]
        return ClaimKind.QUANTITY, code, "currency"
    unit = LEXICON.unit_words[" ".join(word.split())] if word else LEXICON.unit_symbols[found["sym"]]
    if currency:
        return ClaimKind.QUANTITY, f"{currency} / {unit}" if unit != "percent" else "percent", "currency"
    subtype = "percent" if unit == "percent" else None
    return ClaimKind.QUANTITY, unit, subtype


def _year_claim(
    doc: Document, first: ParsedNumber, second: ParsedNumber | None, hedge: object, occupied: Occupied
) -> Claim | None:
    """A bare four-digit number from 1800 to 2100 is a year unless it counts something after it; after a
    determiner or opening a sentence it is a year even then ('the 2020 municipal polls', '2018 sales rose');
    beside an era ('A.D. 1000') any number to 2100 is one."""
    if second is not None or hedge or not first.plain_digits:
        return None
    text = doc.text
    era = P.ERA_BEFORE.search(text, max(0, first.start - 8), first.start) or P.ERA_AFTER.match(text, first.end)
    if era and 1 <= first.value <= 2100:
        return _year(doc, first)  # 'A.D. 1000', '1066 AD'
    if not 1800 <= first.value <= 2100:
        return None
    determiner = P.DETERMINER_BEFORE.search(text, max(0, first.start - 8), first.start)
    opens = P.SENTENCE_OPENS.search(text, max(0, first.start - 4), first.start) or first.start == doc.body_start
    if not (determiner or opens) and counted_noun(text, first.end, plural=True):
        return None  # '1999 complaints' counts; '2018 sales rose' and 'the 2020 polls' are years
    return _year(doc, first)


def _year(doc: Document, first: ParsedNumber) -> Claim:
    year = int(first.value)
    return make_claim(
        doc,
        first.start,
        first.end,
        ClaimKind.DATE,
        date_start=date(year, 1, 1),
        date_end=date(year, 12, 31),
        subtype="year",
    )
