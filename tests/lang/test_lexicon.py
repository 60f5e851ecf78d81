"""The word tables: every table loads, every unit converts, and no surface form means two things unless declared."""

from __future__ import annotations

import tomllib
from collections import defaultdict
from collections.abc import Iterable, Mapping

import pytest

from claimcheck.extract.units import PINT_NAMES, UREG
from claimcheck.lang import LEXICON, TABLES, Lexicon


def _meanings(lexicon: Lexicon) -> dict[str, set[tuple[str, str]]]:
    """Every surface form (lower case) with the (kind, value) pairs the classifying tables give it."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)

    def add(kind: str, table: Mapping[str, object] | Iterable[str]) -> None:
        items = table.items() if isinstance(table, Mapping) else ((form, True) for form in table)
        for form, value in items:
            found[form.lower()].add((kind, str(value)))

    add("unit", {**lexicon.unit_words, **lexicon.time_units, **lexicon.unit_symbols})
    add("currency", {**lexicon.currency_symbols, **lexicon.currency_words})
    add("scale", {**lexicon.scales, **lexicon.short_scales})
    add("hedge", {**lexicon.hedges, **lexicon.trailing_hedges})
    add("month", lexicon.months)
    add("weekday", lexicon.weekdays)
    add("number", {**lexicon.small_numbers, **lexicon.tens})
    add("ordinal", lexicon.ordinals)
    add("fraction", lexicon.fractions)
    add("amount", lexicon.fuzzy_amounts)
    return found


@pytest.mark.parametrize("path", sorted(TABLES.glob("*.toml")), ids=lambda p: p.name)
def test_every_table_is_valid_toml(path):
    with path.open("rb") as handle:
        assert tomllib.load(handle)


def test_no_surface_form_means_two_things_unless_declared():
    ambiguous = {form for form, kinds in _meanings(LEXICON).items() if len(kinds) > 1}
    assert ambiguous == set(LEXICON.ambiguous), "declare each two-meaning form in lang/en/ambiguous.toml, or drop one"


def test_a_second_meaning_is_caught():
    doubled = Lexicon(**{**{f: getattr(LEXICON, f) for f in Lexicon.__slots__}, "months": {"dec": 12, "bn": 1}})
    ambiguous = {form for form, kinds in _meanings(doubled).items() if len(kinds) > 1}
    assert "bn" in ambiguous - set(LEXICON.ambiguous)


@pytest.mark.parametrize("record", LEXICON.units, ids=lambda r: r.pint)
def test_every_unit_converts_with_its_stated_dimension(record):
    name = PINT_NAMES.get(record.pint, record.pint)
    assert str(UREG.parse_expression(name).dimensionality) == record.dimension
    assert record.words or record.symbols or record.glued_only


def test_the_lexicon_is_frozen():
    with pytest.raises(AttributeError):
        LEXICON.months = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        LEXICON.months["smarch"] = 13  # type: ignore[index]
