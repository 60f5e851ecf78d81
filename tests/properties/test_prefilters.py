"""Searches sped up by a cheap scan for where a match can start find exactly what the full pattern finds."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimcheck.extract import patterns as P
from claimcheck.extract.numbers import NUMBER, search_number
from claimcheck.lang import LEXICON

SETTINGS = settings(deadline=None, database=None, derandomize=True, max_examples=600)
PIECES = [
    *"one two three six eleven twenty fifty hundred thousand million lakh crore dozen half a A an and".split(),
    *"Twenty-five ONE Dozen HALF ſix thouſand Kelvin İt ıt élan Rs Rs. US$ AUD RM $ € bn mn cr m k".split(),
    *"1 7 42 2025 15,400 1,00,000 3.5 .5 -4 −12 2.48×10−5 3e6 1/2 9/11 24/7 FY26 Q1 x10^3".split(),
    *"first Third 21st 3rd largest biggest in among ranked placed finished came several few couple".split(),
    *"of hundreds thousands scores over nearly about just under decade year month week an doubled tripled".split(),
    *"halving quadruples fold -fold twofold multifold manifold out every quarter fifth majority stake ſeveral".split(),
]
# The word tables the patterns are built from, as written and capitalised: a word added to a table is tried.
TABLE_WORDS = sorted(
    {
        form
        for word in (*LEXICON.ordinals, *LEXICON.fuzzy_amounts, *LEXICON.small_numbers, *LEXICON.tens, *LEXICON.hedges)
        for form in (word, word.capitalize())
    }
)
TEXT = st.lists(
    st.one_of(
        st.sampled_from(PIECES), st.sampled_from(TABLE_WORDS), st.sampled_from([*" \n\t-.,/:_()’'\"", "", "\u00a0"])
    ),
    max_size=30,
).map("".join)


def every_match(search: Callable[[str, int], regex.Match[str] | None], text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the match a search finds from each position after the one before it started."""
    found, pos = [], 0
    while (match := search(text, pos)) is not None:
        found.append((match.start(), match.end(), match.group()))
        pos = match.start() + 1
    return found


@SETTINGS
@given(TEXT)
@example("half a dozen, ſix and a thouſand; 1,2,3 and −4.5bn")
@example("a\u00a0hundred people, twenty-five\u2009million")
def test_search_number_finds_what_number_search_finds(text: str) -> None:
    for variant in (text, f"{text} ſ", f"{text} ٣"):
        assert every_match(search_number, variant) == every_match(NUMBER.search, variant)


SIEVED = [
    "RANK",
    "RANKED",
    "FUZZY_AMOUNT",
    "MULTIPLIER_VERB",
    "HEDGED_ONE",
    "FRACTION_OF",
    "ONE_IN",
    "MULTIFOLD",
]


@pytest.mark.parametrize("name", SIEVED)
@SETTINGS
@given(text=TEXT)
@example(text="nearly half of the 21st largest, ranked third; one in every five; over a decade; several hundreds of")
@example(text="Ranked ſecond, a few weeks, quadrupled, a twofold and multi-fold rise, two-thirds of voters")
@example(text="one-third of the seats, one half of it, a quarter.")
def test_sieved_finds_what_finditer_finds(name: str, text: str) -> None:
    pattern, starts = getattr(P, name), getattr(P, f"{name}_STARTS")
    for variant in (text, f"{text} ſ"):  # the long s sends the scan to the text itself, not its lower case
        found = [(m.span(), m.groupdict()) for m in P.sieved(pattern, starts, variant)]
        assert found == [(m.span(), m.groupdict()) for m in pattern.finditer(variant)]
