"""share-sum adds only the parts of one whole (never parts of a part); a fiscal period is no event day."""

from __future__ import annotations

import pytest

from claimcheck import Document, check

HEADER = "date 2025-09-22\n"


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("The outbreak has reached a total of 60 cases, 48 confirmed and 12 probable, including 38 deaths.", False),
        (
            "The ferry carried a total of 240 people, of whom 200 were passengers and 40 crew, including 9 children.",
            False,
        ),
        ("The outbreak has reached a total of 60 cases: 48 confirmed and 19 probable.", True),
    ],
)
def test_nested_parts_never_add(text: str, fires: bool) -> None:
    findings = [f for f in check([Document(HEADER + text, id="a.txt")]).findings if f.rule == "share-sum"]
    assert bool(findings) is fires, [f.message for f in findings]


def test_a_fiscal_quarter_is_no_event_after_publication() -> None:
    text = "date 2025-08-29\nThe economy grew 7.8% in Q1 FY2026, data released on Friday showed."
    findings = [f for f in check([Document(text, id="a.txt")]).findings if f.rule == "event-after-publication"]
    assert not findings, [f.message for f in findings]
