"""Alignment on tiny texts: which claims are about the same measure, and which dates about the same event."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import Claim, Document
from claimcheck.align.blocking import Pair, candidates
from claimcheck.align.comparison import Crowd, levels, linkable, weight_of
from claimcheck.align.copies import shingles
from claimcheck.align.linking import _mutual_best, _subject_blocks, same_event, same_measure

HEADER = "date 2025-06-20\n"


def claim_in(text: str, needle: str, doc_id: str) -> Claim:
    """The one claim overlapping `needle` in a one-document extraction (ids keep documents apart)."""
    full = HEADER + text
    start = full.index(needle)
    end = start + len(needle)
    found = [c for c in claimcheck.extract(Document(full, id=doc_id)) if c.start < end and start < c.end]
    assert len(found) == 1, f"{needle!r} in {text!r}: {[c.text for c in found]}"
    return found[0]


def pair_of(a: tuple[str, str], b: tuple[str, str]) -> tuple[Claim, Claim]:
    return claim_in(*a, doc_id="a.txt"), claim_in(*b, doc_id="b.txt")


# (text, needle) pairs that measure the same thing, whatever their values.
SAME_MEASURE_CASES = [
    pytest.param(
        ("The Harbour Front took 161 of the 245 seats in the election.", "161"),
        ("The Harbour Front won 158 of the 245 seats in the election.", "158"),
        id="seats-taken-and-won",
    ),
    pytest.param(
        ("China controls 92 per cent of global rare earth magnet production.", "92 per cent"),
        ("China controls 61 per cent of global rare earth magnet production.", "61 per cent"),
        id="same-share-different-values",
    ),
    pytest.param(
        ("China controls 92 per cent of global rare earth magnet production.", "92 per cent"),
        ("China controls more than 90% of global rare earth magnet production.", "90%"),
        id="same-share-two-spellings",
    ),
    pytest.param(
        ("In 2024, China produced 240,000 tonnes of rare earths.", "240,000"),
        ("In 2024, China produced 270,000 tonnes of rare earths.", "270,000"),
        id="same-year-same-tonnage-measure",
    ),
    pytest.param(
        ("The fire in the market killed 40 people, police said.", "40 people"),
        ("The fire in the market killed 52 people, officials said.", "52 people"),
        id="same-toll-different-sources",
    ),
]

# (text, needle) pairs that must not be compared.
DIFFERENT_MEASURE_CASES = [
    pytest.param(
        ("China controls 92 per cent of global rare earth magnet production.", "92 per cent"),
        ("India controls 5 per cent of global rare earth magnet production.", "5 per cent"),
        id="different-entities",
    ),
    pytest.param(
        ("China accounts for 70 per cent of global rare earth production.", "70 per cent"),
        ("China accounts for 90 per cent of global rare earth consumption.", "90 per cent"),
        id="production-vs-consumption",
    ),
    pytest.param(
        ("In 2023, China produced 240,000 tonnes of rare earths.", "240,000"),
        ("In 2024, China produced 270,000 tonnes of rare earths.", "270,000"),
        id="different-years",
    ),
    pytest.param(
        ("The fire in the market killed 40 people.", "40 people"),
        ("The fire in the market injured 52 people.", "52 people"),
        id="deaths-vs-injuries",
    ),
    pytest.param(
        ("China exported 12,000 tonnes of magnets in 2024.", "12,000"),
        ("China imported 3,000 tonnes of magnets in 2024.", "3,000"),
        id="exports-vs-imports",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAME_MEASURE_CASES)
def test_same_measure_pairs(a: tuple[str, str], b: tuple[str, str]) -> None:
    first, second = pair_of(a, b)
    pair = same_measure(first, second)
    assert pair is not None, (first.context, second.context)
    assert pair.matched and 0 < pair.score <= 1
    assert same_measure(second, first) is not None, "same_measure must be symmetric"


@pytest.mark.parametrize(("a", "b"), DIFFERENT_MEASURE_CASES)
def test_different_measures_do_not_pair(a: tuple[str, str], b: tuple[str, str]) -> None:
    first, second = pair_of(a, b)
    assert same_measure(first, second) is None, (first.context, second.context)
    assert same_measure(second, first) is None


RAWAT_JUNE_5 = ("Ambassador Pradeep Kumar Rawat met Vice Minister Sun Weidong on June 5.", "June 5")
RAWAT_JUNE_16 = ("On June 16, Ambassador Pradeep Kumar Rawat met Vice Minister Sun Weidong.", "June 16")
MISRI_JUNE_13 = ("Foreign Secretary Vikram Misri met Vice Minister Sun Weidong on June 13.", "June 13")


def test_the_same_meeting_pairs_across_reports() -> None:
    first, second = pair_of(RAWAT_JUNE_5, RAWAT_JUNE_16)
    pair = same_event(first, second)
    assert pair is not None
    assert {"Rawat", "Sun", "Weidong"} <= set(pair.matched)


def test_rawat_sun_and_misri_sun_meetings_do_not_pair() -> None:
    first, second = pair_of(RAWAT_JUNE_5, MISRI_JUNE_13)
    assert same_event(first, second) is None
    assert same_event(second, first) is None


def test_first_and_second_rounds_do_not_pair() -> None:
    first, second = pair_of(
        ("Rawat and Sun Weidong held the first round of talks on June 5.", "June 5"),
        ("Rawat and Sun Weidong held the second round of talks on June 16.", "June 16"),
    )
    assert same_event(first, second) is None


def test_a_value_is_never_paired_with_itself_in_one_sentence() -> None:
    text = HEADER + "China controls 92 per cent of production, up from 61 per cent of production."
    claims = [c for c in claimcheck.extract(Document(text, id="a.txt")) if c.unit == "percent"]
    assert len(claims) == 2
    assert same_measure(claims[0], claims[1]) is None


def test_check_reports_the_conflict_that_alignment_finds() -> None:
    docs = [
        Document(HEADER + RAWAT_JUNE_5[0], id="a.txt"),
        Document(HEADER + RAWAT_JUNE_16[0], id="b.txt"),
        Document(HEADER + MISRI_JUNE_13[0], id="c.txt"),
    ]
    report = claimcheck.check(docs)
    conflicts = [f for f in report.findings if f.rule == "date-conflict"]
    assert len(conflicts) == 1
    assert {loc.text for loc in conflicts[0].locations} == {"June 5", "June 16"}


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("The fire broke out in the old market. 40 people died in the blaze.", "40 people died in the blaze."),
        ("Rescue work went on all night.\n40 people died in the blaze.", "40 people died in the blaze."),
        (HEADER + "40 people died in the blaze.", "40 people died in the blaze."),
    ],
)
def test_a_sentence_that_opens_with_a_number_is_its_own_sentence(text: str, sentence: str) -> None:
    """The sentence (or header line) before must not leak its words into the claim's measure."""
    (claim,) = [c for c in claimcheck.extract(text) if c.text == "40 people"]
    assert claim.context.sentence == sentence


# (text, needle, entity): whom a value belongs to, which alignment requires to agree.
ENTITY_CASES = [
    pytest.param(
        "Herrera won 48.6% of the vote, against 34.9% for opposition alliance candidate Carlos Ruiz.",
        "34.9%",
        "Carlos Ruiz",
        id="for-name-after-the-value",
    ),
    pytest.param(
        "Ana Herrera won 48.6% of the vote, against 34.9% for opposition alliance candidate Carlos Ruiz.",
        "48.6%",
        "Ana Herrera",
        id="subject-before-the-value",
    ),
    pytest.param("Prices rose 4% for January, the statistics office said.", "4%", None, id="for-a-month-is-no-name"),
]


@pytest.mark.parametrize(("text", "needle", "entity"), ENTITY_CASES)
def test_the_entity_a_value_belongs_to(text: str, needle: str, entity: str | None) -> None:
    assert claim_in(text, needle, doc_id="a.txt").context.entity == entity


def test_copy_fingerprints_are_the_same_in_every_process():
    import subprocess
    import sys

    text = "one two three four five six seven eight nine"
    code = f"from claimcheck.align.copies import shingles; print(sorted(shingles({text!r})))"
    runs = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env={"PYTHONHASHSEED": seed}
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1 and runs != {""}


@pytest.mark.parametrize(
    ("a", "b", "level"),
    [
        pytest.param(
            ("Westmark Industries posted a net profit of Rs 900 crore.", "Rs 900 crore"),
            ("WIL posted a net profit of Rs 950 crore.", "Rs 950 crore"),
            "compatible",
            id="abbreviation-with-suffix",
        ),
        pytest.param(
            ("Westmark Industries posted a net profit of Rs 900 crore.", "Rs 900 crore"),
            ("Eastfield Motors posted a net profit of Rs 950 crore.", "Rs 950 crore"),
            "different",
            id="two-companies",
        ),
    ],
)
def test_an_abbreviation_names_the_owner_it_abbreviates(a: tuple[str, str], b: tuple[str, str], level: str) -> None:
    first, second = pair_of(a, b)
    assert levels(first, second)["owner"] == level, (first.subject, second.subject)


def _listed_report() -> list[Claim]:
    text = "date 2025-03-14\nThe deaths were recorded in Volta (7), Ashanti (6) and Bono (5), the commission said.\n"
    return claimcheck.extract(Document(text, id="b.txt"))


def test_a_figure_for_no_owner_is_the_whole_of_a_breakdown_by_owner() -> None:
    whole = claim_in("At least 29 people died in the protests, the police said.", "At least 29 people", "a.txt")
    listed = _listed_report()
    part = next(c for c in listed if c.text == "6")
    found = levels(whole, part, Crowd.of([whole, *listed]))
    assert found["owner"] == "part"
    assert not linkable_in_crowd(whole, part, [whole, *listed])


def test_two_entries_of_two_breakdowns_are_different_owners() -> None:
    listed = _listed_report()
    other = claimcheck.extract(
        Document("date 2025-03-18\nDeaths were reported in Volta (7), Ashanti (9) and Bono (5).\n", id="c.txt")
    )
    ashanti, bono = next(c for c in listed if c.text == "6"), next(c for c in other if c.text == "5")
    crowd = Crowd.of([*listed, *other])
    assert levels(ashanti, bono, crowd)["owner"] == "different"
    assert levels(ashanti, next(c for c in other if c.text == "9"), crowd)["owner"] == "same"


def test_claims_of_one_measure_and_owner_meet_whatever_their_values() -> None:
    listed = _listed_report()
    other = claimcheck.extract(
        Document("date 2025-03-18\nDeaths were reported in Volta (7), Ashanti (9) and Bono (5).\n", id="c.txt")
    )
    members = [c for c in (*listed, *other) if c.text in ("5", "6", "7", "9")]
    own_words = {c.key: [f"{c.doc}{c.start}"] for c in members}
    met = {(a.text, b.text) for a, b in candidates(members, lambda c: own_words[c.key], _by_subject)}
    assert met == {("6", "9"), ("7", "7"), ("5", "5")}


def _by_subject(claim: Claim) -> tuple[tuple[str, str], ...]:
    subject = claim.subject
    return ((subject.measure, subject.owner),) if subject and subject.measure and subject.owner else ()


def linkable_in_crowd(a: Claim, b: Claim, claims: list[Claim]) -> bool:
    return weight_of(levels(a, b, Crowd.of(claims))) > float("-inf")


def test_a_figure_for_no_place_is_not_one_of_a_report_s_figures_for_several_places() -> None:
    india = claim_in("The car is priced at ₹48.2 lakh, the company said.", "₹48.2 lakh", "a.txt")
    text = "date 2025-07-16\nThe car costs about ₹31.4 lakh in the US, ₹24.1 lakh in China and ₹36 lakh in Germany.\n"
    abroad = claimcheck.extract(Document(text, id="b.txt"))
    china = next(c for c in abroad if c.text == "₹24.1 lakh")
    assert levels(india, china, Crowd.of([india, *abroad]))["qualifiers"] == "different", china.subject


def test_targets_told_in_the_present_and_the_future_pair() -> None:
    present = claim_in("The budget sets the board a tax collection target of Rs14.02 trillion.", "Rs14.02", "a.txt")
    future = claim_in(
        "After Rs1.6 trillion goes to provinces, the board will have a tax collection target of Rs14,130 billion.",
        "Rs14,130",
        "b.txt",
    )
    assert (present.context.tense, future.context.tense) == ("present", "future")
    assert future.context.entity is None, "an amount glued to its currency is no name"
    assert same_measure(present, future) is not None


def test_running_counts_told_for_one_day_meet_whatever_lies_between_them_in_value_order() -> None:
    def report(doc_id: str, text: str) -> list[Claim]:
        return claimcheck.extract(Document(f"date 2025-06-08\n{text}\n", id=doc_id))

    first = report("a.txt", "The death toll had reached 212 as of Sunday morning, officials said.")
    second = report("b.txt", "On Sunday the death toll was revised to 190 after double counting.")
    between = report("c.txt", "The death toll stood at 201 on Saturday.") + report("d.txt", "The death toll was 205.")
    members = [c for c in (*first, *second, *between) if c.subject and c.subject.measure == "death toll"]
    met = {(a.text, b.text) for a, b in candidates(members, lambda c: [c.doc], _subject_blocks)}
    assert ("212", "190") in met or ("190", "212") in met


def test_a_comparison_s_earlier_figure_is_not_another_report_s_figure_with_no_period() -> None:
    earlier = claim_in(
        "In Q1 FY26 net profit was 8.7% more than the ₹3,870 crore of the same quarter a year ago.", "₹3,870", "a.txt"
    )
    current = claim_in("The lender's net profit was ₹4,010 crore.", "₹4,010", "b.txt")
    assert earlier.subject is not None and earlier.subject.earlier and earlier.subject.period == "Q1 FY25"
    assert levels(earlier, current)["period"] == "different"


def test_two_earlier_figures_pair_though_their_relative_dates_resolve_to_different_years() -> None:
    a = claim_in(
        "Revenue was 7.5% more than in Q1 FY25. "
        "Net profit rose to Rs 4,210 crore, against Rs 3,847 crore a year earlier.",
        "Rs 3,847",
        "a.txt",
    )
    b = claim_in("Net profit was 8.7% more than the ₹3,868 crore of the same quarter a year ago.", "₹3,868", "b.txt")
    assert a.context.year != b.context.year
    assert same_measure(a, b) is not None


def test_of_two_equally_good_matches_the_nearer_value_is_the_match() -> None:
    current = claim_in("Net profit rose to ₹4,010 crore.", "₹4,010", "a.txt")
    text = HEADER + "Net profit rose to ₹4,012 crore. Net profit was ₹3,700 crore."
    other = claimcheck.extract(Document(text, id="b.txt"))
    near, far = (next(c for c in other if c.text == text) for text in ("₹4,012 crore", "₹3,700 crore"))
    pairs = [Pair(current, near, 0.9, (), 9.0), Pair(current, far, 0.9, (), 9.0)]
    assert [(p.a.text, p.b.text) for p in _mutual_best(pairs)] == [(current.text, near.text)]


def test_two_figures_for_one_named_period_pair_though_only_one_report_writes_its_calendar_year() -> None:
    named = claim_in("Infosys posted a net profit of ₹6,352 crore in Q1 FY25.", "₹6,352", "a.txt")
    relative = claim_in(
        "Infosys earned a net profit of ₹6,921 crore in the first quarter of FY26, 8.7% more than the "
        "₹6,368 crore of the same quarter a year ago.",
        "₹6,368",
        "b.txt",
    )
    assert named.subject is not None and relative.subject is not None
    assert named.subject.period == relative.subject.period == "Q1 FY25"
    assert named.context.year != relative.context.year
    assert same_measure(named, relative) is not None
    assert same_measure(relative, named) is not None


def test_two_counts_both_told_as_of_one_day_weigh_more_than_two_of_one_publication_day() -> None:
    stated = [
        claim_in("The toll had reached 131 by Monday morning.", "131", "a.txt"),
        claim_in("Officials said the toll stood at 127 as of Monday.", "127", "b.txt"),
    ]
    published = [
        claim_in("The toll has reached 131.", "131", "c.txt"),
        claim_in("Officials said the toll stood at 127.", "127", "d.txt"),
    ]
    assert all(c.subject is not None and c.subject.as_of_stated for c in stated)
    assert levels(*stated)["as_of"] == "stated"
    assert levels(*published)["as_of"] == "same"
    assert weight_of(levels(*stated)) > weight_of(levels(*published))


def test_the_pairs_of_one_alignment_share_one_object_per_level_list_and_word_list() -> None:
    from claimcheck.align.copies import Copies
    from claimcheck.align.linking import align

    docs = [
        Document(f"date 2025-06-20\nThe fire in the market killed {toll} people, police said.", id=f"{index}.txt")
        for index, toll in enumerate((40, 41, 52, 40))
    ]
    claims = {doc.id: claimcheck.extract(doc) for doc in docs}
    pairs = [pair for group in align(docs, claims, Copies()) for pair in group.pairs]
    assert len(pairs) >= 3
    for first in pairs:
        for second in pairs:
            if first.levels == second.levels:
                assert first.levels is second.levels
            if first.matched == second.matched:
                assert first.matched is second.matched


def test_two_changes_of_one_measure_on_one_basis_meet_and_pass_the_word_gates() -> None:
    from claimcheck.align.linking import _blocks_with

    first_doc = claimcheck.extract(
        Document(HEADER + "Revenue rose 8% year-on-year, while quarter-on-quarter it fell 2%.", id="a.txt")
    )
    second_doc = claimcheck.extract(Document(HEADER + "Revenue was up 3% from the previous quarter.", id="b.txt"))
    first = next(c for c in first_doc if c.text == "2%")
    second = next(c for c in second_doc if c.text == "3%")
    assert first.subject is not None and second.subject is not None
    assert (first.subject.measure, first.subject.basis) == (second.subject.measure, second.subject.basis)
    assert not set(first.context.measure_key) & set(second.context.measure_key)
    members = [*first_doc, *second_doc]
    crowd = Crowd.of(members)
    assert not crowd.sole(first)
    met = [(a.key, b.key) for a, b in candidates(members, lambda c: c.context.measure_key, _blocks_with(crowd))]
    assert (first.key, second.key) in met
    assert same_measure(first, second, frozenset(), crowd) is not None


@pytest.mark.parametrize(
    ("first", "second", "shared"),
    [
        # the writer's own sentence, figures and all: the prose around the figures is shared
        ("Crews kept digging through the night at the collapsed school in the old town, with 12 dead.",
         "Crews kept digging through the night at the collapsed school in the old town, with 14 dead.", 11),
        # one statement's figure sentence in two reports: all but one 5-gram take in a figure
        ("Output in Q1 of 2025-26 is put at 47.89 lakh tonnes, against 44.42 lakh tonnes in Q1 of 2024-25.",
         "Output in Q1 of 2025-26 is put at 47.89 lakh tonnes, against 44.42 lakh tonnes in Q1 of 2024-25.", 1),
        # one official's quoted remark in two reports
        ('The mayor said: "Every family that lost a home will be housed before the winter comes."',
         'Speaking later, she said: "Every family that lost a home will be housed before the winter comes."', 0),
    ],
)  # fmt: skip
def test_copy_evidence_is_the_writers_own_prose(first: str, second: str, shared: int) -> None:
    assert len(shingles(first) & shingles(second)) == shared


def test_names_that_are_the_measures_own_tell_two_figures_of_it_nothing_apart() -> None:
    a = claim_in("Free Cash Flow (FCF) for the quarter was Rs. 8,500 crore.", "Rs. 8,500", "a.txt")
    b = claim_in("Free Cash Flow: ₹7,533 crore, against ₹6,100 crore.", "₹7,533", "b.txt")
    assert a.context.entity != b.context.entity
    assert same_measure(a, b) is not None


def test_two_owners_named_keep_their_figures_apart() -> None:
    a = claim_in("The free cash flow of Orbitel Systems for the quarter was Rs. 8,500 crore.", "Rs. 8,500", "a.txt")
    b = claim_in("Lantern Foods' free cash flow for the quarter was ₹7,533 crore.", "₹7,533", "b.txt")
    assert same_measure(a, b) is None


def test_a_figure_of_a_past_year_is_not_this_years_figure_told_with_no_period() -> None:
    past = claim_in("In the 2024 final the Rangers had beaten the Hawks by 23 runs.", "23 runs", "a.txt")
    now = claim_in("The Harbour Hawks won the final by 18 runs, beating Valley Rangers.", "18 runs", "b.txt")
    assert past.subject is not None and past.subject.period == "2024"
    assert not linkable(past, now)


def test_each_claim_keeps_its_best_match_in_each_other_report_whatever_order_the_pairs_come_in() -> None:
    lead = claim_in("Net profit rose to ₹4,010 crore.", "₹4,010", "a.txt")
    text = HEADER + "Net profit rose to ₹4,012 crore. Net profit was ₹3,700 crore."
    near, far = (
        next(c for c in claimcheck.extract(Document(text, id="b.txt")) if c.text == t)
        for t in ("₹4,012 crore", "₹3,700 crore")
    )
    third = claim_in("Net profit rose to ₹4,011 crore.", "₹4,011", "c.txt")
    given = [Pair(lead, near, 0.9, (), 9.0), Pair(lead, third, 0.9, (), 9.0), Pair(far, third, 0.95, (), 9.0)]
    given.append(Pair(lead, far, 0.9, (), 9.0))
    kept = [(p.a.text, p.b.text) for p in _mutual_best(given)]
    assert kept == [(lead.text, near.text), (lead.text, third.text), (far.text, third.text)]
    assert list(_mutual_best([])) == []


def test_candidates_meet_each_pair_once_lower_index_first_in_order() -> None:
    text = HEADER + "Net profit was ₹4,010 crore. Net profit was ₹4,010 crore. Net profit was ₹3,700 crore."
    members = [c for doc_id in ("a.txt", "b.txt") for c in claimcheck.extract(Document(text, id=doc_id))]
    index = {id(c): i for i, c in enumerate(members)}
    met = [(index[id(a)], index[id(b)]) for a, b in candidates(members, lambda c: ["net", "profit"], _subject_blocks)]
    assert met and met == sorted(set(met)) and all(first < second for first, second in met)
