"""The unit tables decide what is a unit: no claim's unit may come from a word that lang/en/units.toml does not list."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.lang import LEXICON

SETTINGS = settings(deadline=None, database=None, derandomize=True, max_examples=300)
# Words pint parses as units that no table lists: each once gave a claim a unit ('17 rontoare', '44 hectares').
PINT_ONLY_WORDS = ["has", "El", "sections", "sigma", "ronto", "are", "fb", "mb", "Gy", "rad", "tex", "barn", "kip"]
TABLE_FORMS = sorted({*LEXICON.unit_words, *LEXICON.unit_symbols, *LEXICON.time_units, *LEXICON.currency_words})
ALLOWED = {
    *(u.pint for u in LEXICON.units),
    *LEXICON.currency_codes,
    *LEXICON.currency_symbols.values(),
    *LEXICON.currency_words.values(),
    "count",
    "dimensionless",
    "decade_of_years",
}


def _known(unit: str) -> bool:
    """A table's own unit, or a rate of known units ('USD / kilogram', 'gigabit / second / day')."""
    if unit in ALLOWED:
        return True
    pieces = unit.split(" / ")
    return len(pieces) > 1 and any(
        _known(" / ".join(pieces[:i])) and _known(" / ".join(pieces[i:])) for i in range(1, len(pieces))
    )


@st.composite
def number_then_word(draw: st.DrawFn) -> str:
    number = draw(st.sampled_from(["17", "1953", "2.5", "44", "350", "twelve", "1,200"]))
    letters = st.text("abcdefghijklmnopqrstuvwxyzµ", min_size=1, max_size=9)
    word = draw(st.one_of(st.sampled_from(PINT_ONLY_WORDS + TABLE_FORMS), letters))
    gap = draw(st.sampled_from([" ", "", "-"]))
    tail = draw(st.sampled_from(["", " of the total.", " per day", " a year.", " rare earth elements"]))
    return f"The figure was {number}{gap}{word}{tail}"


@SETTINGS
@given(number_then_word())
def test_no_unit_comes_from_outside_the_tables(text: str) -> None:
    for claim in claimcheck.extract(text):
        if claim.unit is None:
            continue
        assert _known(claim.unit), f"{text!r}: {claim.text!r} has unit {claim.unit!r} from outside the unit tables"


def test_every_table_unit_is_a_registry_name() -> None:
    """The property above is only as strict as ALLOWED: it holds the table's pint names and nothing pint adds."""
    assert "hectare" in ALLOWED and "ronto" not in ALLOWED and "exaliter" not in ALLOWED
