"""The measure-word rules of the first aligner, kept as one comparison field of the linkage.

Two claims' measure words agree when their counted nouns agree, their entities share a name, their
tenses and stated years match, and their key words overlap enough without words from one contrast set
on each side ('men' against 'women', 'export' against 'import').
"""

from __future__ import annotations

from functools import lru_cache

import regex

from claimcheck.lang import LEXICON
from claimcheck.models import Claim

# The tolls a story of one disaster is about: one such word in common is enough.
STORY_HEADLINES = frozenset({"death", "injury", "missing"})
_YEAR = regex.compile(r"(?:19|20)\d\d")


def words_level(a: Claim, b: Claim) -> str:
    """'agree' when the measure-word rules pair the two claims, else 'disagree'."""
    ca, cb = a.context, b.context
    if a.noun and b.noun and noun_key(a.noun) != noun_key(b.noun):
        return "disagree"
    if not entities_agree(ca.entity, cb.entity):
        return "disagree"
    years_a, years_b = years_of(ca.time_ref), years_of(cb.time_ref)
    if ca.tense != cb.tense or (years_a and years_b and not years_a & years_b):
        return "disagree"
    if ca.year and cb.year and ca.year != cb.year and not periods_decide(a, b):
        return "disagree"
    key_a, key_b = set(ca.measure_key), set(cb.measure_key)
    shared = key_a & key_b
    if not key_a or not key_b:
        return "disagree"
    needed = 0.3 if shared & STORY_HEADLINES else 0.5
    if len(shared) / min(len(key_a), len(key_b)) < needed:
        return "disagree"
    if len(shared) < 2 and not (ca.entity and cb.entity) and not shared <= STORY_HEADLINES:
        return "disagree"
    return "disagree" if contrasting(key_a - key_b, key_b - key_a) else "agree"


def periods_decide(a: Claim, b: Claim) -> bool:
    """True when the two figures' periods, which the period level compares, tell them apart more surely
    than their years: both told as the earlier one of a comparison ('Rs 6,347 crore a year earlier',
    '₹6,368 crore of the same quarter a year ago'), whose relative dates resolve to uncertain years, or
    both told for one named period ('Q1 FY25'), which a report writes without its calendar year. A named
    earlier quarter ('Q4 FY25') and one told relative to the report's ('a year ago') are left to their years."""
    sa, sb = a.subject, b.subject
    if sa is None or sb is None:
        return False
    named = sa.period is not None and sa.period == sb.period and not sa.period.startswith("prior")
    return (sa.earlier and sb.earlier and _relative(sa.period) == _relative(sb.period)) or named


def _relative(period: str | None) -> bool:
    """True for a period told relative to the report's own ('a year earlier'), or none."""
    return period is None or period.startswith("prior")


def noun_key(noun: str) -> str:
    """A counted noun folded by the measure synonyms ('deaths' -> 'death')."""
    return LEXICON.measure_synonyms.get(noun, (noun,))[0]


def contrasting(only_a: set[str], only_b: set[str]) -> bool:
    """Words from one contrast set on each side ('men' against 'women', 'first' against 'second')."""
    sets_a = {index for word in only_a for index in _CONTRAST_INDEX.get(word, ())}
    return bool(sets_a) and any(index in sets_a for word in only_b for index in _CONTRAST_INDEX.get(word, ()))


_CONTRAST_INDEX: dict[str, tuple[int, ...]] = {}
for _index, _group in enumerate(LEXICON.contrast_sets):
    for _word in _group:
        _CONTRAST_INDEX[_word] = (*_CONTRAST_INDEX.get(_word, ()), _index)


def entities_agree(a: str | None, b: str | None) -> bool:
    """Entities agree when either is unknown or they share a name word ('Nivara Biotech', 'Nivara')."""
    if not a or not b:
        return True
    return bool(name_words(a) & name_words(b))


@lru_cache(maxsize=4096)
def name_words(name: str) -> frozenset[str]:
    """The capitalised words of a name, lower case, without a possessive 's."""
    return frozenset(w.removesuffix("'s").removesuffix("’s").lower() for w in name.split() if w[:1].isupper())


@lru_cache(maxsize=4096)
def years_of(time_ref: str | None) -> frozenset[str]:
    """The years a time reference writes out ('in 2024' -> {'2024'})."""
    return frozenset(_YEAR.findall(time_ref or ""))
