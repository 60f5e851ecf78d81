"""What follows a number: the unit written after it, the second end of a range, and what kind of unit it is."""

from __future__ import annotations

import regex

from claimcheck.document import Document
from claimcheck.extract import patterns as P
from claimcheck.extract.numbers import NUMBER, ParsedNumber, parse_number
from claimcheck.lang import LEXICON
from claimcheck.models import ClaimKind

_DIGITS = regex.compile(r"[\d,.]+")
_CURRENCY_WORDS_LOWER = {word.lower(): code for word, code in LEXICON.currency_words.items()}


def range_second(
    doc: Document, first: ParsedNumber, currency: bool, has_range_word: bool, after_change: bool = False
) -> tuple[ParsedNumber, ParsedNumber | None, regex.Match[str] | None]:
    """The two ends of '6-8', 'six to eight', 'between 5 and 6', '5% to 6%', '$5-6 million' (the scale
    written once applies to both), with the unit they share; the second end is None for no range."""
    text = doc.text
    unit_first = unit_after(text, first, currency)
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
    if first.plain_digits and second.plain_digits and looks_like_years(first, second):
        return no_range
    unscaled_second = unscaled(text, second)
    if second.value != unscaled_second and first.value < unscaled_second * 10 and first.value < 1000:
        scale = second.value / unscaled_second
        first = ParsedNumber(first.value * scale, first.start, first.end, first.half_step * scale, False, False)
    if not first.value < second.value:
        return no_range
    unit_second = unit_after(text, second, currency)
    if unit_first is not None and unit_second is not None and unit_key(unit_first) != unit_key(unit_second):
        return no_range
    if unit_first is not None and unit_second is None:
        return no_range
    return first, second, unit_second or unit_first


def unscaled(text: str, number: ParsedNumber) -> float:
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


def looks_like_years(first: ParsedNumber, second: ParsedNumber) -> bool:
    return 1800 <= first.value <= 2100 and (1800 <= second.value <= 2100 or second.value < 100)


def unit_key(match: regex.Match[str]) -> str:
    word = match["word"] or match["sym"] or match["fold"] or ""
    return (
        LEXICON.unit_words.get(word.lower())
        or LEXICON.time_units.get(word.lower())
        or LEXICON.unit_symbols.get(word)
        or word.lower()
    )


def unit_after(text: str, number: ParsedNumber, currency: bool) -> regex.Match[str] | None:
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


def classify_unit(
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
