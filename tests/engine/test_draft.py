"""Draft-versus-sources mode: only findings that involve the draft, and the draft's unsourced claims."""

from __future__ import annotations

from claimcheck import Document, check

SOURCE_A = Document(
    "date 2025-06-20\nIndian Ambassador Pradeep Kumar Rawat met Chinese Vice Minister Sun Weidong on June 5, "
    "the foreign ministry said. China controls 92 per cent of global rare earth magnet production.",
    id="a.txt",
)
SOURCE_B = Document(
    "date 2025-06-20\nOn June 16, Indian Ambassador Pradeep Kumar Rawat met Chinese Vice Minister Sun Weidong "
    "and held talks on bilateral issues.",
    id="b.txt",
)


def _draft(text: str) -> Document:
    return Document("date 2025-06-21\n" + text, id="draft.txt")


def test_a_draft_that_contradicts_a_source_is_flagged_with_the_source():
    draft = _draft("China controls 61 per cent of global rare earth magnet production, officials said.")
    report = check([SOURCE_A, SOURCE_B], draft=draft)
    conflicts = [f for f in report.findings if f.rule == "value-conflict"]
    assert conflicts, [f.message for f in report.findings]
    assert {loc.doc for loc in conflicts[0].locations} == {"a.txt", "draft.txt"}
    assert report.draft == "draft.txt"


def test_disagreements_among_sources_alone_are_left_out():
    draft = _draft("China controls 92 per cent of global rare earth magnet production.")
    report = check([SOURCE_A, SOURCE_B], draft=draft)
    assert all(any(loc.doc == "draft.txt" for loc in f.locations) for f in report.findings)
    assert not [f for f in report.findings if f.rule == "date-conflict"]


def test_without_a_draft_the_sources_own_conflict_is_reported():
    report = check([SOURCE_A, SOURCE_B])
    assert [f for f in report.findings if f.rule == "date-conflict"]


def test_draft_claims_no_source_states_are_listed_as_unsupported():
    draft = _draft("India will need 20,000 tonnes of magnets a year, the ministry said.")
    report = check([SOURCE_A, SOURCE_B], draft=draft)
    assert [loc.text for loc in report.unsupported] == ["20,000 tonnes"]


def test_a_draft_claim_a_source_states_is_not_unsupported():
    draft = _draft("China controls 92 per cent of global rare earth magnet production.")
    report = check([SOURCE_A, SOURCE_B], draft=draft)
    assert not [loc for loc in report.unsupported if "92" in loc.text]
