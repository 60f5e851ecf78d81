"""Claims held across a corpus: compact inside `check`, the same models and the same report outside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import Document, check, extract
from claimcheck.align import align, copies, find_copies
from claimcheck.align.copies import copy_pairs, fingerprint, shingles
from claimcheck.checks.registry import RULES, document_findings, run_checks
from claimcheck.held import Held, HeldClaim, pack
from claimcheck.models import sharing_fields_set

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
STORY = (
    "date 2025-03-14\nThe warehouse fire killed 12 people, officials said. Firefighters reached the site in "
    "20 minutes, and 3 of the 40 workers were injured. The fire broke out on Monday, March 10, 2025."
)


def _seeds() -> list[Document]:
    return [Document(p.read_text(encoding="utf-8"), id=p.name) for p in sorted(SEEDS.glob("*.txt"))]


def _held(*texts: str) -> list[HeldClaim]:
    return Held().claims(pack(c) for text in texts for c in extract(text))


def test_a_held_claim_gives_back_the_claim_it_holds_field_for_field():
    claims = extract(STORY)
    assert any((c.subject and c.subject.qualifiers) or c.context.participants for c in claims)
    assert [h.claim().model_dump_json() for h in _held(STORY)] == [c.model_dump_json() for c in claims]


def test_held_claims_share_what_repeats_and_keep_a_sentence_to_its_document():
    held = Held()
    first, again = held.claims(pack(c) for c in extract(STORY)), held.claims(pack(c) for c in extract(STORY))
    assert first[0].context.measure_key is again[0].context.measure_key
    assert first[0].subject is again[0].subject
    assert first[0].context.sentence == again[0].context.sentence
    assert first[0].context.sentence is not again[0].context.sentence
    pairs = [(a, b) for a in first for b in first if a is not b and a.context.sentence == b.context.sentence]
    assert pairs and all(a.context.sentence is b.context.sentence for a, b in pairs)


def test_an_interval_at_zero_keeps_its_own_sign():
    held = Held()
    shared = (1.0, 2.0, True, True, "meter")
    minus, plus = (-0.0, -0.0, True, True, "meter"), (0.0, 0.0, True, True, "meter")
    assert held._interval(shared) is held._interval(shared)
    assert str(held._interval(plus).low) == "0.0" and str(held._interval(minus).low) == "-0.0"  # type: ignore[union-attr]


def test_a_held_claim_cannot_be_changed_in_place():
    claim = _held(STORY)[0]
    with pytest.raises(AttributeError):
        claim.text = "changed"  # type: ignore[misc]


def test_the_index_built_a_range_at_a_time_finds_the_pairs_one_index_finds(monkeypatch):
    prose = (
        " Neighbours said the alarm in the older wing of the building had not worked for months, and the owner"
        " has been asked to explain why the emergency exits were locked when the blaze spread to the roof."
    )
    texts = {f"{n}.txt": STORY + prose + f" Report {n}." * (n % 3) for n in range(6)}
    texts["other.txt"] = "date 2025-03-14\n" + " ".join(f"word{n}" for n in range(80))
    whole = copy_pairs([], {doc_id: shingles(text) for doc_id, text in texts.items()})
    monkeypatch.setattr(copies, "_INDEXED_AT_ONCE", 7)
    ranged = copy_pairs([], {doc_id: fingerprint(text) for doc_id, text in texts.items()})
    assert whole and ranged == whole


def test_per_document_rules_run_apart_give_the_findings_run_together():
    docs = [Document(STORY + " Exports tripled from 200 tonnes to 900 tonnes.", id="a.txt"), *_seeds()]
    claims = {doc.id: extract(doc) for doc in docs}
    found: dict[str, list] = {}
    for doc in docs:
        for rule_id, findings in document_findings(doc, claims[doc.id]).items():
            found.setdefault(rule_id, []).extend(findings)
    assert {rule.id for rule in RULES if rule.per_document} == set(found)
    groups = align(docs, claims, find_copies(docs))
    together = run_checks(docs, claims, groups, find_copies(docs))
    apart = run_checks(docs, claims, groups, find_copies(docs), found=found)
    assert any(f.rule == "arithmetic" for f in together)
    assert [f.model_dump_json() for f in apart] == [f.model_dump_json() for f in together]


def test_every_claim_is_counted_though_only_compared_ones_are_kept():
    docs = _seeds()
    report = check(docs)
    assert report.coverage.claims_found == sum(len(extract(doc)) for doc in docs)


def test_each_document_done_is_told_with_the_total():
    steps: list[tuple[int, int]] = []
    docs = _seeds()
    check(docs, on_document=lambda done, total: steps.append((done, total)))
    assert steps == [(n, len(docs)) for n in range(1, len(docs) + 1)]


def test_a_conflict_still_names_the_figure_stated_again_in_its_report():
    a = Document(
        "date 2025-03-14\nThe warehouse fire killed 12 people, officials said.\n\nFirefighters worked all night. "
        "The death toll of the warehouse fire stood at 12, the mayor added.",
        id="a.txt",
    )
    b = Document("date 2025-03-14\nThe warehouse fire killed 19 people, officials said.", id="b.txt")
    report = check([a, b])
    conflicts = [f for f in report.findings if f.rule == "value-conflict"]
    assert conflicts
    assert [loc.doc for loc in conflicts[0].locations].count("a.txt") == 2


def test_locations_share_one_set_of_given_fields_and_can_still_be_copied():
    report = check([Document(STORY, id="a.txt"), Document(STORY.replace("12 people", "19 people"), id="b.txt")])
    conflicts = [finding for finding in report.findings if finding.rule == "value-conflict"]
    locations = [where for finding in conflicts for where in finding.locations]
    assert len(locations) > 1
    assert all(where.__pydantic_fields_set__ is locations[0].__pydantic_fields_set__ for where in locations)
    moved = locations[0].model_copy(update={"line": 99})
    assert moved.line == 99 and locations[0].line != 99
    every = set(type(conflicts[0]).model_fields)
    assert conflicts[0].__pydantic_fields_set__ is sharing_fields_set(conflicts[0].model_copy()).__pydantic_fields_set__
    assert conflicts[0].__pydantic_fields_set__ == every
