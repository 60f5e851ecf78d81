"""Properties that hold for any text: extraction never raises, spans are exact and disjoint, claims survive
JSON, a value written two equivalent ways never conflicts, and findings do not depend on document order."""

from __future__ import annotations

import itertools
from datetime import date

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck import Claim, ClaimKind, Document, Report

# Derandomized so the suite is deterministic (a property must not flip between runs); for a deeper
# search run e.g. `pytest tests/properties --hypothesis-seed=N` after removing derandomize, or raise max_examples.
SETTINGS = settings(deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
KINDS = set(ClaimKind)

# --- text strategies -------------------------------------------------------------------------------------

NEWS_WORDS = [
    *"one two three six eleven twenty twenty-five fifty hundred thousand million billion lakh crore dozen".split(),
    *"a an and to or between from over under about around nearly more than at least up per cent".split(),
    *"percent percentage points % pc tonnes tonne kg km metres sq MW °C °F litres hectares".split(),
    *"Rs Rs. ₹ INR $ US$ € £ ¥ bn mn cr people workers applications minerals times fold x".split(),
    *"January April May June September early mid late last next this week month year decade".split(),
    *"yesterday today Monday Thursday on in ago FY27 Q1 H1 pm am IST GMT local time".split(),
    *"Covid-19 G7 F-35 Boeing Article No. fifth-largest twofold tripled two-day odd plus".split(),
    "date 2025-06-12\n",
    "---\ndate: 2025-06-12\n---\n",
    "+91 11 2301 2345",
    "http://example.org/42",
]
NUMBERS = st.from_regex(r"[-−]?\d{1,4}(?:,\d{2,3}){0,3}(?:\.\d{1,3})?", fullmatch=True)
PUNCTUATION = st.sampled_from(list(",.-–—%/:;()\"'“”’ \n\t"))
TOKENS = st.one_of(st.sampled_from(NEWS_WORDS), NUMBERS, PUNCTUATION)
SEPARATORS = st.sampled_from([" ", " ", " ", "", "-", ", ", ". ", "\n", "\r\n"])


@st.composite
def news_text(draw: st.DrawFn) -> str:
    tokens = draw(st.lists(TOKENS, max_size=40))
    parts = []
    for token in tokens:
        parts.append(token)
        parts.append(draw(SEPARATORS))
    return "".join(parts)


NEWSISH = st.one_of(news_text(), st.text(alphabet="0123456789,.-% \nperctonsmkg", max_size=80))


def assert_claims_well_formed(doc: Document, claims: list[Claim]) -> None:
    """Spans exact and in bounds, in text order, with sane values (disjointness is checked on its own)."""
    text = doc.text
    assert claims == sorted(claims, key=lambda c: (c.start, c.end))
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text), claim
        assert text[claim.start : claim.end] == claim.text, claim
        assert claim.kind in KINDS
        assert claim.doc == doc.id
        assert doc.line_col(claim.start) == (claim.line, claim.col)
        if claim.kind in (ClaimKind.QUANTITY, ClaimKind.DURATION, ClaimKind.RANK):
            assert claim.unit, claim
        if claim.low is not None and claim.high is not None:
            assert claim.low <= claim.high, claim
        interval = claim.normalized
        if interval is not None and interval.low is not None and interval.high is not None:
            assert interval.low <= interval.high, claim
        if claim.date_start is not None and claim.date_end is not None:
            assert claim.date_start <= claim.date_end, claim


def assert_disjoint(claims: list[Claim]) -> None:
    for first, second in itertools.pairwise(claims):
        assert first.end <= second.start, f"overlapping spans: {first.text!r} and {second.text!r}"


# --- extraction never raises, spans are exact ------------------------------------------------------------


@settings(SETTINGS, max_examples=150)
@given(st.text(max_size=200))
@example("The firm paid INR one bn.")  # number words before a short scale once raised KeyError
@example("It cost $ one bn")
@example("He paid ₹ two cr.")
@example("About \U00011f50 people came.")  # a digit (KAWI DIGIT ZERO) newer than float() knows: ValueError
def test_extraction_never_raises_on_any_text(text: str) -> None:
    doc = Document(text, id="any.txt")
    assert_claims_well_formed(doc, claimcheck.extract(doc))


@settings(SETTINGS, max_examples=250)
@given(NEWSISH)
def test_spans_are_exact_and_in_bounds(text: str) -> None:
    doc = Document(text, id="news.txt")
    assert_claims_well_formed(doc, claimcheck.extract(doc))


@settings(SETTINGS, max_examples=100)
@given(NEWSISH, st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
def test_extraction_with_a_publication_date(text: str, published: date) -> None:
    doc = Document(text, id="dated.txt", published=published)
    assert_claims_well_formed(doc, claimcheck.extract(doc))


@settings(SETTINGS, max_examples=250)
@given(st.one_of(NEWSISH, st.text(max_size=120)))
# A number once claimed over its neighbour: a date, a time, the 'USD' ending '100 USD', the '000-fold' WORD_FOLD took.
@example("The temperature fell to −1 pm.")
@example("It rose 0.1 January.")
@example("Funds fell -5 March.")
@example("The fee is 100 USD 50 of which is refundable.")
@example("The viral load rose 1,000-fold in a week.")
def test_spans_never_overlap(text: str) -> None:
    doc = Document(text, id="disjoint.txt", published=date(2025, 6, 12))
    assert_disjoint(claimcheck.extract(doc))


@settings(SETTINGS, max_examples=150)
@given(NEWSISH)
def test_claims_survive_a_json_round_trip(text: str) -> None:
    for claim in claimcheck.extract(Document(text, id="json.txt", published=date(2025, 6, 12))):
        assert Claim.model_validate_json(claim.model_dump_json()) == claim
        assert Claim.model_validate(claim.model_dump(mode="json")) == claim


# --- equivalent values never conflict -----------------------------------------------------------------------

SHARE = "date 2025-05-02\nChina controls {} of global rare earth magnet production."
TONNAGE = "date 2025-05-02\nChina produced {} of rare earth magnets last year."
LENGTH = "date 2025-05-02\nThe new expressway will be {} long, officials said."
WEEKS = "date 2025-05-02\nRepairs to the bridge will take {}, the ministry said."
WORDS = dict(enumerate("zero one two three four five six seven eight nine ten eleven twelve".split()))


def _check_pair(template: str, a: str, b: str) -> Report:
    return claimcheck.check([Document(template.format(a), id="a.txt"), Document(template.format(b), id="b.txt")])


def _conflicts(report: Report) -> list[str]:
    return [f.message for f in report.findings if f.rule == "value-conflict"]


def _linked(report: Report) -> bool:
    """True when the two documents' values were compared and found to agree."""
    return any({loc.doc for loc in group.claims} == {"a.txt", "b.txt"} and group.agree for group in report.groups)


def _percent(value: str) -> st.SearchStrategy[str]:
    return st.sampled_from([f"{value} per cent", f"{value}%", f"{value} percent", f"{value} pc"])


@st.composite
def equivalent_shares(draw: st.DrawFn) -> tuple[str, str, str]:
    whole = draw(st.integers(min_value=2, max_value=99))
    tenth = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=9)))
    value = f"{whole}" if tenth is None else f"{whole}.{tenth}"
    first = draw(_percent(value))
    if draw(st.booleans()):
        floor = draw(st.integers(min_value=1, max_value=whole - 1))  # value > floor + 0.5
        hedge = draw(st.sampled_from(["more than", "over", "at least"]))
        return SHARE, first, f"{hedge} {floor}%"
    return SHARE, first, draw(_percent(value))


@st.composite
def equivalent_tonnages(draw: st.DrawFn) -> tuple[str, str, str]:
    tonnes = draw(st.integers(min_value=11, max_value=99)) * 100
    forms = [f"{tonnes:,} tonnes", f"{tonnes / 1000:g} thousand tonnes", f"{tonnes * 1000:,} kg"]
    a, b = draw(st.permutations(forms))[:2]
    return TONNAGE, a, b


@st.composite
def equivalent_lengths(draw: st.DrawFn) -> tuple[str, str, str]:
    km = draw(st.integers(min_value=2, max_value=900))
    forms = [f"{km} km", f"{km} kilometres", f"{km * 1000:,} metres"]
    a, b = draw(st.permutations(forms))[:2]
    return LENGTH, a, b


@st.composite
def equivalent_week_ranges(draw: st.DrawFn) -> tuple[str, str, str]:
    low = draw(st.integers(min_value=2, max_value=10))
    high = draw(st.integers(min_value=low + 1, max_value=12))
    forms = [
        f"{WORDS[low]} to {WORDS[high]} weeks",
        f"{low}-{high} weeks",
        f"{low} to {high} weeks",
        f"between {low} and {high} weeks",
    ]
    a, b = draw(st.permutations(forms))[:2]
    return WEEKS, a, b


EQUIVALENTS = st.one_of(equivalent_shares(), equivalent_tonnages(), equivalent_lengths(), equivalent_week_ranges())


@settings(SETTINGS, max_examples=120)
@given(EQUIVALENTS)
def test_a_value_written_two_equivalent_ways_never_conflicts(case: tuple[str, str, str]) -> None:
    template, a, b = case
    report = _check_pair(template, a, b)
    assert not _conflicts(report), (a, b, _conflicts(report))
    assert _linked(report), f"{a!r} and {b!r} were not compared at all: the property would be vacuous"


@settings(SETTINGS, max_examples=40)
@given(st.integers(min_value=2, max_value=80), st.integers(min_value=5, max_value=19))
def test_control_clearly_different_shares_do_conflict(value: int, gap: int) -> None:
    """The same template with values that cannot both be true: the check is live, not vacuous. (Round tens
    imply a wider interval: '10 per cent' allows 5 to 15, so those are left out.)"""
    assume(value % 10 and (value + gap) % 10)
    report = _check_pair(SHARE, f"{value}%", f"{value + gap} per cent")
    assert _conflicts(report), (value, value + gap)


# --- findings do not depend on document order -----------------------------------------------------------------

STORY = {
    "pti.txt": "date 2025-06-20\nAmbassador Pradeep Kumar Rawat met Vice Minister Sun Weidong on June 5 in Beijing. "
    "China controls 92 per cent of global rare earth magnet production, officials said. "
    "At least 40 people died in the factory fire on Monday.",
    "hindu.txt": "date 2025-06-20\nOn June 16, Ambassador Pradeep Kumar Rawat met Vice Minister Sun Weidong. "
    "China controls 61 per cent of global rare earth magnet production.",
    "reuters.txt": "date 2025-06-21\nChina controls more than 90% of global rare earth magnet production. "
    "Foreign Secretary Vikram Misri met Vice Minister Sun Weidong on June 13.",
    "ani.txt": "date 2025-06-20\nAmbassador Pradeep Kumar Rawat met Vice Minister Sun Weidong on June 5 in Beijing. "
    "China controls 92 per cent of global rare earth magnet production, officials said. "
    "At least 40 people died in the factory fire on Monday.",
}
NAMES = sorted(STORY)


def _finding_keys(order: list[str]) -> list[tuple[object, ...]]:
    report = claimcheck.check([Document(STORY[name], id=name) for name in order])
    return sorted(
        (
            f.rule,
            tuple(sorted((loc.doc, loc.start, loc.end) for loc in f.locations)),
            None if f.outlier is None else (f.outlier.doc, f.outlier.start, f.outlier.end),
        )
        for f in report.findings
    )


BASELINE = _finding_keys(NAMES)


def test_the_story_has_findings_to_compare() -> None:
    rules = {key[0] for key in BASELINE}
    assert {"value-conflict", "date-conflict"} <= rules


@settings(SETTINGS, max_examples=12)
@given(st.permutations(NAMES))
def test_findings_do_not_depend_on_document_order(order: list[str]) -> None:
    assert _finding_keys(list(order)) == BASELINE


def test_findings_do_not_depend_on_the_order_of_any_three() -> None:
    for trio in itertools.combinations(NAMES, 3):
        keys = {tuple(_finding_keys(list(order))) for order in itertools.permutations(trio)}
        assert len(keys) == 1, trio
