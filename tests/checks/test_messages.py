"""A conflict's message names what is disputed from the claims' subject, not from a stray nearby word."""

from __future__ import annotations

import claimcheck
from claimcheck import Document


def test_a_value_conflict_names_the_measure_and_period_of_its_claims() -> None:
    docs = [
        Document("date 2025-07-24\nKorvath said its net profit rose to $412 million in the second quarter.", id="a"),
        Document("date 2025-07-24\nKorvath reported a net profit of $398 million for the second quarter.", id="b"),
    ]
    [finding] = [f for f in claimcheck.check(docs).findings if f.rule == "value-conflict"]
    assert finding.message.startswith("Reports disagree on the net profit")
    assert "for Q2" in finding.message
    assert "same measure: net profit" in finding.matched


def test_a_figure_that_agrees_with_both_sides_is_not_what_a_conflict_rests_on() -> None:
    def report(doc_id: str, growth: str) -> Document:
        text = f"date 2025-07-24\nKorvath's net profit rose {growth} year-on-year in the second quarter."
        return Document(text, id=doc_id)

    docs = [report("a", "8.7%"), report("b", "9.1%"), report("c", "9%")]
    [finding] = [f for f in claimcheck.check(docs).findings if f.rule == "value-conflict"]
    assert {loc.doc for loc in finding.locations} == {"a", "b"}, finding.message
