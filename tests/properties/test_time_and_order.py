"""Time and order: a running count restated later with a higher value never conflicts, and what `check`
reports (findings and their messages) does not depend on the order documents are given in."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck import Document

SETTINGS = settings(deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
TOLL = "date {day}\nThe {event} in Assam has killed {count} people, {source} said on {weekday}."
EVENTS = ["earthquake", "flood", "landslide", "cyclone"]
SOURCES = ["officials", "the police", "the disaster agency", "rescuers"]


def _toll(day: date, event: str, count: int, source: str) -> str:
    return TOLL.format(day=day.isoformat(), event=event, count=f"{count:,}", source=source, weekday=f"{day:%A}")


@settings(SETTINGS, max_examples=40)
@given(
    st.integers(min_value=2, max_value=5000),
    st.integers(min_value=1, max_value=5000),
    st.integers(min_value=1, max_value=9),
    st.sampled_from(EVENTS),
    st.sampled_from(SOURCES),
    st.sampled_from(SOURCES),
)
def test_a_running_count_restated_later_and_higher_never_conflicts(
    count: int, rise: int, days_later: int, event: str, first: str, second: str
) -> None:
    day = date(2025, 3, 28)
    docs = [
        Document(_toll(day, event, count, first), id="early.txt"),
        Document(_toll(day + timedelta(days=days_later), event, count + rise, second), id="late.txt"),
    ]
    findings = claimcheck.check(docs).findings
    assert not [f.message for f in findings if f.rule == "value-conflict"]


def test_a_higher_count_later_is_told_as_a_timeline() -> None:
    day = date(2025, 3, 28)
    docs = [
        Document(_toll(day, "earthquake", 144, "officials"), id="a.txt"),
        Document(_toll(day + timedelta(days=6), "earthquake", 3085, "officials"), id="b.txt"),
    ]
    updates = [f for f in claimcheck.check(docs).findings if f.rule == "count-update"]
    assert len(updates) == 1
    assert "'144 people' on 2025-03-28" in updates[0].message and "'3,085 people' on 2025-04-03" in updates[0].message


def test_the_same_day_different_toll_still_conflicts() -> None:
    day = date(2025, 3, 28)
    docs = [
        Document(_toll(day, "flood", 40, "officials"), id="a.txt"),
        Document(_toll(day, "flood", 72, "officials"), id="b.txt"),
    ]
    assert [f for f in claimcheck.check(docs).findings if f.rule == "value-conflict"]


STORY = {
    "wire.txt": "date 2025-06-20\nThe factory fire in Bawana killed 27 people, fire officials said on Friday. "
    "Net profit rose 8.7% to Rs 6,921 crore in the quarter, the company said.",
    "daily.txt": "date 2025-06-20\nThe toll from the Bawana factory fire stood at 72 on Friday, fire officials said. "
    "Net profit rose 9.1% to Rs 6,924 crore in the quarter.",
    "later.txt": "date 2025-06-23\nThe toll from the Bawana factory fire rose to 80 on Monday, fire officials said. "
    "Analysts had expected net profit to grow 6% in the quarter.",
    "copy.txt": "date 2025-06-20\nThe factory fire in Bawana killed 27 people, fire officials said on Friday. "
    "Net profit rose 8.7% to Rs 6,921 crore in the quarter, the company said.",
}


def _report_keys(order: list[str]) -> list[tuple[object, ...]]:
    report = claimcheck.check([Document(STORY[name], id=name) for name in order])
    return sorted(
        (f.rule, f.message, tuple(sorted((loc.doc, loc.start, loc.end) for loc in f.locations)))
        for f in report.findings
    )


BASELINE = _report_keys(sorted(STORY))


def test_check_keeps_the_order_documents_are_given_in() -> None:
    """check does not sort its input, so the property below is a real one: it can fail."""
    order = ["wire.txt", "later.txt", "copy.txt", "daily.txt"]
    report = claimcheck.check([Document(STORY[name], id=name) for name in order])
    assert [info.id for info in report.documents] == order


def test_the_order_story_has_findings() -> None:
    assert {"value-conflict", "count-update"} <= {key[0] for key in BASELINE}


@settings(SETTINGS, max_examples=24)
@given(st.permutations(sorted(STORY)))
def test_findings_and_messages_do_not_depend_on_document_order(order: list[str]) -> None:
    assert _report_keys(list(order)) == BASELINE
