"""Draft cases: sources and a draft written from them, and the verdict each claim of the draft must get.

Each ``cases/<name>.toml`` file holds::

    about = "one line: what the case tests"
    draft = "draft.txt"                 # the id of the document that is the draft

    [[documents]]                       # the sources and the draft
    id = "wire.txt"
    text = '''date 2025-04-02
    ...'''

    [[verdicts]]
    text = "45%"                        # the draft claim, by its text (overlapping the claim's span)
    occurrence = 1                      # optional: which place the text stands in the draft
    verdict = "contradicted"            # supported | contradicted | unsourced
    evidence = [{doc = "wire.txt", text = "25%"}]      # each must be among the verdict's evidence
    disputed_by = [...]                 # optional: each must be among the verdict's disputed_by
    not_evidence = [...]                # optional: none may be among the evidence
    sources = 1                         # optional: the verdict's independent_sources
    why = "..."
    known_gap = "..."                   # optional: runs as a strict xfail until the engine meets it

Every case also checks that each claim of the draft gets exactly one verdict and that no evidence comes from
the draft itself.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from claimcheck import Document, check
from claimcheck.engine import extract
from claimcheck.models import Location, Report, Verdict

CASES_DIR = Path(__file__).parent / "cases"
CASE_FILES = sorted(CASES_DIR.glob("*.toml"))
_CASE_KEYS = {"about", "draft", "documents", "verdicts"}
_VERDICT_KEYS = {
    "text",
    "occurrence",
    "verdict",
    "evidence",
    "disputed_by",
    "not_evidence",
    "sources",
    "why",
    "known_gap",
}


@dataclass(frozen=True)
class Span:
    """The occurrence-th place a text stands in one document."""

    doc: str
    start: int
    end: int

    def overlaps(self, location: Location) -> bool:
        return location.doc == self.doc and location.start < self.end and self.start < location.end


def _span(texts: dict[str, str], doc: str, text: str, occurrence: int = 1) -> Span:
    at = -1
    for _ in range(occurrence):
        at = texts[doc].find(text, at + 1)
        assert at >= 0, f"{text!r} does not stand {occurrence} time(s) in {doc}"
    return Span(doc, at, at + len(text))


def _load(path: Path) -> dict[str, Any]:
    case = tomllib.loads(path.read_text(encoding="utf-8"))
    assert set(case) <= _CASE_KEYS, f"{path.name}: unknown keys {set(case) - _CASE_KEYS}"
    for expected in case["verdicts"]:
        assert set(expected) <= _VERDICT_KEYS, f"{path.name}: unknown keys {set(expected) - _VERDICT_KEYS}"
    return case


_REPORTS: dict[Path, tuple[Report, dict[str, str]]] = {}


def _run(path: Path) -> tuple[Report, dict[str, str]]:
    """The case's report, checked once per test session."""
    if path not in _REPORTS:
        case = _load(path)
        docs = {d["id"]: Document(d["text"], id=d["id"]) for d in case["documents"]}
        draft = docs.pop(case["draft"])
        texts = {d["id"]: d["text"] for d in case["documents"]}
        _REPORTS[path] = (check(list(docs.values()), draft=draft), texts)
    return _REPORTS[path]


def _verdict_params() -> list[Any]:
    params = []
    for path in CASE_FILES:
        for index, expected in enumerate(_load(path)["verdicts"]):
            marks = [pytest.mark.xfail(reason=expected["known_gap"], strict=True)] if "known_gap" in expected else []
            name = f"{path.stem}:{expected['text']}#{expected.get('occurrence', 1)}"
            params.append(pytest.param(path, index, id=name, marks=marks))
    return params


@pytest.mark.parametrize(("path", "index"), _verdict_params())
def test_draft_claim_gets_its_verdict(path: Path, index: int) -> None:
    case = _load(path)
    expected = case["verdicts"][index]
    report, texts = _run(path)
    where = _span(texts, case["draft"], expected["text"], expected.get("occurrence", 1))
    found = [v for v in report.verdicts if where.overlaps(v)]
    assert len(found) == 1, f"verdicts overlapping {expected['text']!r}: {[v.text for v in found]}"
    verdict = found[0]
    assert verdict.verdict == expected["verdict"], verdict.message
    for field in ("evidence", "disputed_by"):
        for span in expected.get(field, []):
            wanted = _span(texts, span["doc"], span["text"], span.get("occurrence", 1))
            assert any(wanted.overlaps(loc) for loc in getattr(verdict, field)), (
                f"{span} not in {field}: {[(loc.doc, loc.text) for loc in getattr(verdict, field)]}"
            )
    for span in expected.get("not_evidence", []):
        unwanted = _span(texts, span["doc"], span["text"], span.get("occurrence", 1))
        assert not any(unwanted.overlaps(loc) for loc in verdict.evidence), f"{span} is evidence: {verdict.message}"
    if "sources" in expected:
        assert verdict.independent_sources == expected["sources"], verdict.message


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_every_draft_claim_gets_one_verdict_from_the_sources_alone(path: Path) -> None:
    case = _load(path)
    report, texts = _run(path)
    draft_id = case["draft"]
    claims = extract(Document(texts[draft_id], id=draft_id))
    assert [(v.start, v.end) for v in report.verdicts] == [(c.start, c.end) for c in claims]
    assert all(texts[draft_id][v.start : v.end] == v.text for v in report.verdicts)
    for verdict in report.verdicts:
        assert all(loc.doc != draft_id for loc in [*verdict.evidence, *verdict.disputed_by]), verdict.message
        assert (verdict.verdict == "unsourced") == (not verdict.evidence), verdict.message


def test_a_draft_with_no_sources_is_unsourced_throughout() -> None:
    draft = Document("date 2025-06-11\nThe floods have killed 61 people; 61 people died, officials said.", id="d.txt")
    report = check([], draft=draft)
    assert report.verdicts and {v.verdict for v in report.verdicts} == {"unsourced"}
    assert [loc.text for loc in report.unsupported] == [v.text for v in report.verdicts]


def test_without_a_draft_there_are_no_verdicts() -> None:
    report = check([Document("date 2025-06-11\nThe floods have killed 61 people.", id="a.txt")])
    assert report.verdicts == [] and report.draft is None


def _all_verdicts() -> list[Verdict]:
    return [v for path in CASE_FILES for v in _run(path)[0].verdicts]


def test_cases_cover_every_verdict() -> None:
    assert {v.verdict for v in _all_verdicts()} == {"supported", "contradicted", "unsourced"}


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_verdicts_do_not_depend_on_the_order_of_the_sources(path: Path) -> None:
    case = _load(path)
    docs = {d["id"]: Document(d["text"], id=d["id"]) for d in case["documents"]}
    draft = docs.pop(case["draft"])
    forward = check(list(docs.values()), draft=draft).verdicts
    backward = check(list(docs.values())[::-1], draft=draft).verdicts
    assert [(v.start, v.verdict, v.independent_sources) for v in forward] == [
        (v.start, v.verdict, v.independent_sources) for v in backward
    ]


def test_an_undated_draft_is_read_on_its_latest_sources_date() -> None:
    source = Document(
        "date 2025-04-02\nVerma will leave on Friday for a two-day visit to Japan, officials said.", id="a.txt"
    )
    draft = Document("Verma will leave on Friday for a three-day visit to Japan, officials said.", id="d.txt")
    report = check([source], draft=draft)
    verdicts = {v.text: v.verdict for v in report.verdicts}
    assert verdicts == {"on Friday": "supported", "three-day": "contradicted"}
    assert [d.published for d in report.documents if d.id == "d.txt"] == [source.published]


def test_a_source_with_the_drafts_text_is_left_out() -> None:
    body = "Verma will leave on Friday for a three-day visit to Japan, officials said."
    source = Document(
        "date 2025-04-02\nVerma will leave on Friday for a two-day visit to Japan, officials said.", id="a.txt"
    )
    again = Document("date 2025-04-03\n" + body, id="draft-copy.txt")
    report = check([source, again], draft=Document(body, id="d.txt"))
    assert [d.id for d in report.documents] == ["a.txt", "d.txt"]
    assert {v.text: v.verdict for v in report.verdicts}["three-day"] == "contradicted"
