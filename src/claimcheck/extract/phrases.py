"""Quantities written as phrases: ranks, fractions, 'one in five', 'over a decade', vague amounts, multipliers."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.document import Document
from claimcheck.extract import patterns as P
from claimcheck.extract.mentions import BOUND_OF, Occupied, counted_noun, open_sides, value_claim
from claimcheck.lang import LEXICON
from claimcheck.models import Bound, Claim, ClaimKind


def ranks(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    for pattern, starts in ((P.RANK, P.RANK_STARTS), (P.RANKED, P.RANKED_STARTS)):
        for match in P.sieved(pattern, starts, doc.text, doc.body_start):
            word = match["ord"].lower()
            value = LEXICON.ordinals.get(word) or int("".join(ch for ch in word if ch.isdigit()))
            if occupied.taken(match.start(), match.end()):
                continue
            end = match.end("sup") if pattern is P.RANK and match["sup"] else match.end("ord")
            yield value_claim(
                doc, (match.start(), end), ClaimKind.RANK, "count", (value, value), Bound.EXACT, "ordinal"
            )


_FRACTION_VALUES = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fourth": 25.0, "fifth": 20.0, "tenth": 10.0,
                    "two thirds": 200 / 3, "three quarters": 75.0, "three fourths": 75.0}  # fmt: skip


def fractions(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    """'half of the respondents', 'nearly two-thirds of voters': shares, as percentages."""
    for match in P.sieved(P.FRACTION_OF, P.FRACTION_OF_STARTS, doc.text, doc.body_start):
        start = match.start("hedge") if match["hedge"] else match.start()
        if occupied.taken(start, match.end()):
            continue
        words = match["frac"].lower().replace("-", " ").split()
        value = _FRACTION_VALUES[" ".join(words[-2:]) if len(words) > 1 and words[0] not in ("a", "one") else words[-1]]
        hedge = LEXICON.hedges.get(" ".join(match["hedge"].lower().split()), "exact") if match["hedge"] else "exact"
        bound = BOUND_OF[hedge]
        point = P.OF_A_POINT.match(doc.text, match.end())
        if point is not None:
            low, high = open_sides(value / 100, bound)
            yield value_claim(
                doc, (start, point.end()), ClaimKind.QUANTITY, "percentage_point", (low, high), bound, "fraction"
            )
            continue
        low, high = open_sides(value, bound)
        spread = (Bound.APPROX if bound is Bound.EXACT else bound, 0.5)
        yield value_claim(
            doc, (start, match.end()), ClaimKind.QUANTITY, "percent", (low, high), bound, "fraction", spread=spread
        )


def digit_fractions(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    """'1/2 pound of chocolate', '10 1/2 miles', 'about 1/40 of the wavelength': a fraction with its unit,
    or a share of what follows 'of'; '9/11' and '24/7' name things."""
    text = doc.text
    for match in P.DIGIT_FRACTION.finditer(text, doc.body_start):
        num, den = int(match["num"]), int(match["den"])
        if occupied.taken(match.start(), match.end()):
            continue
        if not 0 < num < den:
            occupied.take(match.start(), match.end())  # '24/7', '50/50': a name or a split, not an amount
            continue
        value = (int(match["whole"]) if match["whole"] else 0) + num / den
        of = P.OF_AFTER.match(text, match.end(), match.end() + P.LOOKAHEAD)
        unit_at = of.end() - 1 if of else match.end()
        after = P.UNIT_AFTER.match(text, unit_at, unit_at + P.LOOKAHEAD)
        word = (after["word"] or after["sym"] or "") if after else ""
        unit = (
            LEXICON.unit_words.get(word.lower())
            or LEXICON.unit_symbols.get(word)
            or LEXICON.time_units.get(word.lower())
        )
        if unit is None and word.lower() in LEXICON.pound_words:
            unit = "pound"
        if after is not None and unit is not None:
            kind = ClaimKind.DURATION if word.lower() in LEXICON.time_units else ClaimKind.QUANTITY
            yield value_claim(doc, (match.start(), after.end()), kind, unit, (value, value), Bound.EXACT)
        elif of is not None and not match["whole"]:
            yield value_claim(
                doc, match.span(), ClaimKind.QUANTITY, "dimensionless", (value, value), Bound.EXACT, "fraction"
            )
        else:
            occupied.take(match.start(), match.end())  # '9/11', 'on 3/4': a name or a day


_ONE_IN_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "twenty": 20, "hundred": 100, "thousand": 1000}  # fmt: skip


def one_in(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    """'one in five adults': a share, as a percentage of the whole."""
    for match in P.sieved(P.ONE_IN, P.ONE_IN_STARTS, doc.text, doc.body_start):
        if occupied.taken(match.start(), match.end()):
            continue
        word = match["n"].lower()
        share = 100.0 / (_ONE_IN_WORDS[word] if word in _ONE_IN_WORDS else int(word))
        yield value_claim(
            doc,
            match.span(),
            ClaimKind.QUANTITY,
            "percent",
            (share, share),
            Bound.EXACT,
            "fraction",
            spread=(Bound.APPROX, 0.5),
        )


def vote_splits(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    """'a narrow 5-4 vote', 'voted 6-3': the votes of the larger side, the split as written."""
    for match in P.VOTE_SPLIT.finditer(doc.text, doc.body_start):
        if occupied.taken(match.start(), match.end()):
            continue
        larger = float(max(int(match["a"]), int(match["b"])))
        yield value_claim(doc, match.span(), ClaimKind.QUANTITY, "count", (larger, larger), Bound.EXACT,
                          "vote-split", noun="vote")  # fmt: skip


def single(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    """'convicted on a single count', 'not a single vote': one of a measured thing, or none of it."""
    for match in P.SINGLE.finditer(doc.text, doc.body_start):
        found = counted_noun(doc.text, match.end(), plural=False)
        if found is None or occupied.taken(match.start(), found[1]):
            continue
        noun, end = found
        key = LEXICON.measure_synonyms.get(noun, (noun,))[0]
        negated = P.NEGATION_BEFORE.search(doc.text, max(0, match.start() - 16), match.start())
        if key not in LEXICON.subjects.heads or negated:
            continue  # 'a single mother' counts no measure; 'did not win a single seat' is none
        value = 0.0 if match["not"] else 1.0
        yield value_claim(doc, (match.start(), end), ClaimKind.QUANTITY, "count", (value, value), Bound.EXACT,
                          "count", noun=noun)  # fmt: skip


def hedged_one(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    """'over a decade', 'nearly a year': one unit of time under a hedge."""
    for match in P.sieved(P.HEDGED_ONE, P.HEDGED_ONE_STARTS, doc.text, doc.body_start):
        if occupied.taken(match.start("hedge"), match.end()):
            continue
        bound = BOUND_OF[LEXICON.hedges[" ".join(match["hedge"].lower().split())]]
        unit = LEXICON.time_units[match["unit"].lower()]
        low, high = open_sides(1.0, bound)
        yield value_claim(doc, (match.start("hedge"), match.end()), ClaimKind.DURATION, unit, (low, high), bound)


_SMALL_VAGUE = 10  # 'several', 'a few', 'a couple of' count nothing; their durations still say how long
_CURRENCY_WORDS = {word.lower(): code for word, code in LEXICON.currency_words.items()}


def fuzzy_amounts(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    """'several months', 'hundreds of applications': vague amounts as wide ranges."""
    for match in P.sieved(P.FUZZY_AMOUNT, P.FUZZY_AMOUNT_STARTS, doc.text, doc.body_start):
        low, high = LEXICON.fuzzy_amounts[" ".join(match["fuzzy"].lower().split())]
        after = P.UNIT_AFTER.match(doc.text, match.end(), match.end() + P.LOOKAHEAD)
        word = after["word"].lower() if after and after["word"] and after["sep"].strip() == "" else ""
        if word in LEXICON.time_units:
            unit, kind, noun, end = LEXICON.time_units[word], ClaimKind.DURATION, None, after.end()  # type: ignore[union-attr]
        elif word in _CURRENCY_WORDS or word in LEXICON.unit_words:
            unit = _CURRENCY_WORDS.get(word) or LEXICON.unit_words[word]
            kind, noun, end = ClaimKind.QUANTITY, None, after.end()  # type: ignore[union-attr]
        else:
            found = counted_noun(doc.text, match.end(), plural=True)
            if found is None or high <= _SMALL_VAGUE:
                continue  # 'several giants', 'a few games': no figure a report could contradict
            noun, end = found
            unit, kind = "count", ClaimKind.QUANTITY
        if occupied.taken(match.start(), end):
            continue
        yield value_claim(doc, (match.start(), end), kind, unit, (float(low), float(high)), Bound.RANGE, "vague", noun)


def multiplier_verbs(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    for match in P.sieved(P.MULTIPLIER_VERB, P.MULTIPLIER_VERB_STARTS, doc.text, doc.body_start):
        if occupied.taken(match.start(), match.end()):
            continue
        factor = LEXICON.multiplier_verbs[match["stem"].lower()]
        yield multiplier_claim(doc, match.start(), match.end(), factor, "change")
    for match in P.WORD_FOLD.finditer(doc.text, doc.body_start):
        if not occupied.taken(match.start(), match.end()):
            factor = (
                LEXICON.small_numbers.get(match["n"].lower())
                or LEXICON.tens.get(match["n"].lower())
                or float(match["n"])
            )
            yield multiplier_claim(doc, match.start(), match.end(), float(factor), "multiplier")
    for match in P.sieved(P.MULTIFOLD, P.MULTIFOLD_STARTS, doc.text, doc.body_start):
        if not occupied.taken(match.start(), match.end()):
            yield value_claim(
                doc, match.span(), ClaimKind.QUANTITY, "dimensionless", (1.0, None), Bound.GT, "multiplier"
            )


def multiplier_claim(doc: Document, start: int, end: int, factor: float, subtype: str, half: float = 0.0) -> Claim:
    subtype_name = "multiplier" if subtype == "multiplier" else "multiplier-change"
    return value_claim(
        doc,
        (start, end),
        ClaimKind.QUANTITY,
        "dimensionless",
        (factor, factor),
        Bound.EXACT,
        subtype_name,
        spread=(Bound.EXACT, half),
    )
