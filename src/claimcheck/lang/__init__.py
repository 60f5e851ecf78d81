"""English as data: the word tables in lang/en/*.toml, loaded once into one frozen Lexicon.

Every stage reads words, units and synonyms from `LEXICON`; no module spells a word list of its own.
A new unit, hedge or measure synonym is one line in one table.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

TABLES = Path(__file__).parent / "en"


@dataclass(frozen=True, slots=True)
class UnitRecord:
    """One unit: its pint name, dimension, and the surface forms that name it."""

    pint: str
    dimension: str
    words: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()
    glued_only: tuple[str, ...] = ()
    time: bool = False
    definition: str | None = None


@dataclass(frozen=True, slots=True)
class SubjectWords:
    """The words that tell what a value measures (canonical heads), how it is told, and for which period."""

    heads: Mapping[str, str]
    head_order: Mapping[str, int]
    running: frozenset[str]
    noun_only: frozenset[str]
    body_words: frozenset[str]
    counted_only: frozenset[str]
    carriers: frozenset[str]
    rates: Mapping[str, str]
    modified_heads: Mapping[tuple[str, str], str]
    heads_of_noun_after: Mapping[tuple[str, str], str]
    valuations: Mapping[str, frozenset[str]]
    person_nouns: frozenset[str]
    qualifiers: frozenset[str]
    not_owners: frozenset[str]
    status: Mapping[str, tuple[str, ...]]
    change_before: frozenset[str]
    change_by: frozenset[str]
    change_after: frozenset[str]
    period: Mapping[str, tuple[str, ...]]
    reached_heights: tuple[str, ...]


def _subject_words(table: dict[str, Any]) -> SubjectWords:
    heads = {word: head for head, words in table["heads"].items() for word in words}
    return SubjectWords(
        heads=_frozen(heads),
        head_order=_frozen({head: index for index, head in enumerate(table["heads"])}),
        running=frozenset(table["running"]),
        noun_only=frozenset(table["noun_only"]),
        body_words=frozenset(table["body_words"]),
        counted_only=frozenset(table["counted_only"]),
        carriers=frozenset(table["carriers"]),
        rates=_frozen(table["rates"]),
        heads_of_noun_after=MappingProxyType(
            {(head, noun): new for new, (head, noun) in table["heads_of_noun_after"].items()}
        ),
        modified_heads=MappingProxyType(
            {(modifier, head): new for new, (modifier, head) in table["modified_heads"].items()}
        ),
        valuations=_frozen({head: frozenset(words) for head, words in table["valuations"].items()}),
        person_nouns=frozenset(table["person_nouns"]),
        qualifiers=frozenset(table["qualifiers"]),
        not_owners=frozenset(table["not_owners"]),
        status=_frozen({k: tuple(v) for k, v in table["status"].items()}),
        change_before=frozenset(table["change_before"]),
        change_by=frozenset(table["change_by"]),
        change_after=frozenset(table["change_after"]),
        period=_frozen({k: tuple(v) for k, v in table["period"].items()}),
        reached_heights=tuple(table["reached_heights"]),
    )


@dataclass(frozen=True, slots=True)
class CricketWords:
    """The words that make a document a cricket report and name the parts of its score notation."""

    cues: frozenset[str]
    cased_cues: frozenset[str]
    decisive_cues: frozenset[str]
    measures: Mapping[str, str]
    words: Mapping[str, tuple[str, ...]]
    in_progress_after: tuple[str, ...]
    in_progress_before: tuple[str, ...]
    final: tuple[str, ...]


def _cricket_words(table: dict[str, Any]) -> CricketWords:
    progress = table["in_progress"]
    return CricketWords(
        cues=frozenset(table["cues"]),
        cased_cues=frozenset(table["cased_cues"]),
        decisive_cues=frozenset(table["decisive_cues"]),
        measures=_frozen(table["measures"]),
        words=_frozen({k: tuple(v) for k, v in table["words"].items()}),
        in_progress_after=tuple(progress["after"]),
        in_progress_before=tuple(progress["before"]),
        final=tuple(progress["final"]),
    )


@dataclass(frozen=True, slots=True)
class ChangeWords:
    """The words of one direction of change: verbs ('rose'), nouns ('a rise'), 'higher', 'up'."""

    verbs: tuple[str, ...]
    nouns: tuple[str, ...] = ()
    comparative: str | None = None
    adverb: str | None = None


@dataclass(frozen=True, slots=True)
class Holiday:
    """A holiday's day: a fixed month and day, or the nth weekday of a month (-1 the last), moved on by shift days."""

    month: int
    day: int | None = None
    weekday: int | None = None
    nth: int = 1
    shift: int = 0


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every word table claimcheck reads, as immutable mappings and sets."""

    small_numbers: Mapping[str, int]
    tens: Mapping[str, int]
    scales: Mapping[str, int]
    short_scales: Mapping[str, float]
    currency_only_scales: frozenset[str]
    ordinals: Mapping[str, int]
    fractions: Mapping[str, float]
    idioms: Mapping[str, int]
    vote_split_before: tuple[str, ...]
    vote_split_after: tuple[str, ...]
    multiplier_verbs: Mapping[str, float]
    fuzzy_amounts: Mapping[str, tuple[float, float]]
    hedges: Mapping[str, str]
    trailing_hedges: Mapping[str, str]
    comparing_hedges: frozenset[str]
    currency_symbols: Mapping[str, str]
    currency_words: Mapping[str, str]
    currency_codes: tuple[str, ...]
    transcribed_currencies: frozenset[str]
    units: tuple[UnitRecord, ...]
    unit_words: Mapping[str, str]
    unit_symbols: Mapping[str, str]
    time_units: Mapping[str, str]
    glued_only_symbols: frozenset[str]
    pound_words: tuple[str, ...]
    metre_events: frozenset[str]
    video_lines: frozenset[int]
    rate_units: Mapping[str, str]
    unit_definitions: tuple[str, ...]
    months: Mapping[str, int]
    decades: Mapping[str, int]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, int]
    holidays: Mapping[str, Holiday]
    present_words: tuple[str, ...]
    deadline_words: dict[str, str]
    since_words: tuple[str, ...]
    generic_today_nouns: frozenset[str]
    year_end_cues: dict[str, str]
    part_words: Mapping[str, str]
    period_triggers: tuple[str, ...]
    spoken_centuries: Mapping[str, int]
    back_references: Mapping[str, int]
    fiscal_words: tuple[str, ...]
    target_before: tuple[str, ...]
    target_after: tuple[str, ...]
    one_unit_cues: tuple[str, ...]
    one_more: tuple[str, ...]
    accounts_year: tuple[str, ...]
    to_date_leads: tuple[str, ...]
    recurring_cues: tuple[str, ...]
    quarters_counted_after: tuple[str, ...]
    accounts_year_ends: tuple[str, ...]
    time_unit_fillers: tuple[str, ...]
    clock_words: Mapping[str, str]
    someday_before: tuple[str, ...]
    clock_word_cues: tuple[str, ...]
    digit_ordinals: Mapping[str, int]
    game_words: frozenset[str]
    function_words: frozenset[str]
    abbreviations: frozenset[str]
    future_words: tuple[str, ...]
    clause_turns: tuple[str, ...]
    turning_after_and: tuple[str, ...]
    subordinate_openers: tuple[str, ...]
    future_lower_case: tuple[str, ...]
    directing_verbs: tuple[str, ...]
    past_verbs: tuple[str, ...]
    not_past_ed: tuple[str, ...]
    not_participles: frozenset[str]
    breakdown_words: tuple[str, ...]
    nested_part_words: tuple[str, ...]
    irregular_plurals: Mapping[str, str]
    not_plural_endings: tuple[str, ...]
    singular_men: frozenset[str]
    count_adjectives: frozenset[str]
    tallies: frozenset[str]
    bands: tuple[str, ...]
    by_position_words: frozenset[str]
    not_count_modifiers: frozenset[str]
    identifier_heads: frozenset[str]
    street_words: tuple[str, ...]
    amount_prefixes: frozenset[str]
    name_stopwords: frozenset[str]
    not_datelines: frozenset[str]
    company_suffixes: frozenset[str]
    standing_for_names: tuple[str, ...]
    demonyms: Mapping[str, str]
    places: frozenset[str]
    stopwords: frozenset[str]
    generic_measure_words: frozenset[str]
    measure_synonyms: Mapping[str, tuple[str, ...]]
    contrast_sets: tuple[frozenset[str], ...]
    event_verbs: Mapping[str, str]
    tolled_events: frozenset[str]
    subjects: SubjectWords
    cricket: CricketWords
    ambiguous: Mapping[str, str]
    rise: ChangeWords
    fall: ChangeWords
    change_verbs: tuple[str, ...]
    change_other_bases: tuple[str, ...]


def read_table(name: str) -> dict[str, Any]:
    """One table of lang/en as plain TOML data."""
    with (TABLES / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


def _units(
    records: list[dict[str, Any]],
) -> tuple[tuple[UnitRecord, ...], dict[str, str], dict[str, str], dict[str, str]]:
    units = tuple(
        UnitRecord(
            pint=r["pint"],
            dimension=r["dimension"],
            words=tuple(r.get("words", ())),
            symbols=tuple(r.get("symbols", ())),
            glued_only=tuple(r.get("glued_only", ())),
            time=r.get("time", False),
            definition=r.get("definition"),
        )
        for r in records
    )
    words = {w: u.pint for u in units if not u.time for w in u.words}
    times = {w: u.pint for u in units if u.time for w in u.words}
    symbols = {s: u.pint for u in units for s in (*u.symbols, *u.glued_only)}
    return units, words, symbols, times


def _holiday(rule: dict[str, Any], weekdays: dict[str, int]) -> Holiday:
    weekday = rule.get("weekday")
    return Holiday(
        month=rule["month"],
        day=rule.get("day"),
        weekday=weekdays[weekday] if weekday else None,
        nth=rule.get("nth", 1),
        shift=rule.get("shift", 0),
    )


def _change_words(table: dict[str, Any]) -> ChangeWords:
    return ChangeWords(tuple(table["verbs"]), tuple(table["nouns"]), table["comparative"], table["adverb"])


@cache
def load_lexicon() -> Lexicon:
    """Read every table once and build the Lexicon."""
    numbers, hedges, currencies = read_table("numbers"), read_table("hedges"), read_table("currencies")
    unit_table, calendar, grammar = read_table("units"), read_table("calendar"), read_table("grammar")
    names, measures, events = read_table("names"), read_table("measures"), read_table("events")
    changes = read_table("changes")
    units, unit_words, unit_symbols, time_units = _units(unit_table["unit"])
    function_words = frozenset(grammar["function_words"])
    demonyms = names["demonyms"]
    codes = set(currencies["symbols"].values()) | set(currencies["words"].values()) | set(currencies["extra_codes"])
    return Lexicon(
        small_numbers=_frozen(numbers["small"]),
        tens=_frozen(numbers["tens"]),
        scales=_frozen(numbers["scales"]),
        short_scales=_frozen(numbers["short_scales"]),
        currency_only_scales=frozenset(numbers["currency_only_scales"]),
        ordinals=_frozen(numbers["ordinals"]),
        fractions=_frozen(numbers["fractions"]),
        idioms=_frozen(numbers["idioms"]),
        vote_split_before=tuple(numbers["vote_split_before"]),
        vote_split_after=tuple(numbers["vote_split_after"]),
        multiplier_verbs=_frozen(numbers["multiplier_verbs"]),
        fuzzy_amounts=_frozen({k: (v[0], v[1]) for k, v in numbers["fuzzy_amounts"].items()}),
        hedges=_frozen(hedges["before"]),
        trailing_hedges=_frozen(hedges["after"]),
        comparing_hedges=frozenset(hedges["compared"]["words"]),
        currency_symbols=_frozen(currencies["symbols"]),
        currency_words=_frozen(currencies["words"]),
        currency_codes=tuple(sorted(code for code in codes if len(code) == 3)),
        transcribed_currencies=frozenset(currencies["transcribed"]),
        units=units,
        unit_words=_frozen(unit_words),
        unit_symbols=_frozen(unit_symbols),
        time_units=_frozen(time_units),
        glued_only_symbols=frozenset(s for u in units for s in u.glued_only),
        pound_words=tuple(unit_table["pound_words"]),
        metre_events=frozenset(unit_table["metre_events"]),
        video_lines=frozenset(unit_table["video_lines"]),
        rate_units=_frozen(unit_table["rates"]),
        unit_definitions=(*unit_table["definitions"], *(u.definition for u in units if u.definition)),
        months=_frozen(calendar["months"]),
        decades=_frozen(calendar["decades"]),
        weekdays=_frozen(calendar["weekdays"]),
        seasons=_frozen(calendar["seasons"]),
        holidays=_frozen({name: _holiday(rule, calendar["weekdays"]) for name, rule in calendar["holidays"].items()}),
        present_words=tuple(calendar["periods"]["present"]),
        deadline_words=dict(calendar["periods"]["deadline_words"]),
        since_words=tuple(calendar["periods"]["since_words"]),
        generic_today_nouns=frozenset(calendar["periods"]["generic_today_nouns"]),
        year_end_cues=dict(calendar["periods"]["year_end_cues"]),
        part_words=_frozen(calendar["periods"]["part_words"]),
        period_triggers=tuple(calendar["periods"]["trigger_words"]),
        spoken_centuries=_frozen(calendar["periods"]["spoken_centuries"]),
        back_references=_frozen(calendar["periods"]["back_references"]),
        fiscal_words=tuple(calendar["periods"]["fiscal_words"]),
        target_before=tuple(calendar["periods"]["target_before"]),
        target_after=tuple(calendar["periods"]["target_after"]),
        one_unit_cues=tuple(calendar["periods"]["one_unit_cues"]),
        one_more=tuple(calendar["periods"]["one_more"]),
        accounts_year=tuple(calendar["periods"]["accounts_year"]),
        to_date_leads=tuple(calendar["periods"]["to_date_leads"]),
        recurring_cues=tuple(calendar["periods"]["recurring_cues"]),
        quarters_counted_after=tuple(calendar["periods"]["quarters_counted_after"]),
        accounts_year_ends=tuple(calendar["periods"]["accounts_year_ends"]),
        time_unit_fillers=tuple(calendar["periods"]["time_unit_fillers"]),
        clock_words=calendar["periods"]["clock_words"],
        someday_before=tuple(calendar["periods"]["someday_before"]),
        clock_word_cues=tuple(calendar["periods"]["clock_word_cues"]),
        digit_ordinals=_frozen(calendar["periods"]["digit_ordinals"]),
        game_words=frozenset(calendar["periods"]["game_words"]),
        function_words=function_words,
        abbreviations=frozenset(grammar["abbreviations"]),
        future_words=tuple(grammar["tense"]["future"]),
        clause_turns=tuple(grammar["tense"]["clause_turns"]),
        turning_after_and=tuple(grammar["tense"]["turning_after_and"]),
        subordinate_openers=tuple(grammar["tense"]["subordinate"]),
        future_lower_case=tuple(grammar["tense"]["future_lower_case"]),
        directing_verbs=tuple(grammar["tense"]["directing"]),
        past_verbs=tuple(grammar["tense"]["past"]),
        not_past_ed=tuple(grammar["tense"]["not_past_ed"]),
        not_participles=frozenset(grammar["not_participles"]),
        breakdown_words=tuple(grammar["parts"]["breakdown"]),
        nested_part_words=tuple(grammar["parts"]["nested"]),
        irregular_plurals=_frozen(grammar["irregular_plurals"]),
        not_plural_endings=tuple(grammar["plurals"]["not_plural_endings"]),
        singular_men=frozenset(grammar["plurals"]["singular_men"]),
        count_adjectives=frozenset(grammar["counting"]["adjectives"]),
        tallies=frozenset(grammar["counting"]["tallies"]),
        bands=tuple(grammar["counting"]["bands"]),
        by_position_words=frozenset(grammar["counting"]["by_position"]),
        not_count_modifiers=frozenset(grammar["counting"]["not_modifiers"]),
        identifier_heads=frozenset(grammar["identifiers"]["heads"]),
        street_words=tuple(grammar["identifiers"]["street_words"]),
        amount_prefixes=frozenset(grammar["identifiers"]["amount_prefixes"]),
        name_stopwords=frozenset(names["name_stopwords"]),
        not_datelines=frozenset(names["not_datelines"]),
        company_suffixes=frozenset(names["company_suffixes"]),
        standing_for_names=tuple(names["standing_for_names"]),
        demonyms=_frozen(demonyms),
        places=frozenset(names["places"]) | frozenset(demonyms) | frozenset(demonyms.values()),
        stopwords=function_words | frozenset(measures["stopwords"]),
        generic_measure_words=frozenset(measures["generic"]),
        measure_synonyms=_frozen({k: tuple(v) for k, v in measures["synonyms"].items()}),
        contrast_sets=tuple(frozenset(group.split()) for group in measures["contrast_sets"]),
        event_verbs=_frozen(events["verbs"]),
        tolled_events=frozenset(events["tolled"]),
        subjects=_subject_words(read_table("subjects")),
        cricket=_cricket_words(read_table("cricket")),
        ambiguous=_frozen(read_table("ambiguous")["forms"]),
        rise=_change_words(changes["rise"]),
        fall=_change_words(changes["fall"]),
        change_verbs=tuple(changes["other"]["verbs"]),
        change_other_bases=tuple(changes["other"]["other_bases"]),
    )


LEXICON = load_lexicon()
