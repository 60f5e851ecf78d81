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
