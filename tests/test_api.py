"""The public Python API: what `import claimcheck` offers and the types it accepts."""

from __future__ import annotations

import importlib
from datetime import date
from pathlib import Path

import pytest

import claimcheck
from claimcheck import Claim, ClaimKind, Document, InputError, Report

A = "date 2025-05-02\nChina controls 92 per cent of global rare earth magnet production.\n"
B = "date 2025-05-02\nChina controls 61 per cent of global rare earth magnet production.\n"
C = "date 2025-05-02\nChina controls more than 90% of global rare earth magnet production.\n"


def test_all_is_sorted_and_unique() -> None:
    assert claimcheck.__all__ == sorted(claimcheck.__all__)
    assert len(set(claimcheck.__all__)) == len(claimcheck.__all__)


@pytest.mark.parametrize("name", claimcheck.__all__)
def test_every_public_name_is_importable(name: str) -> None:
    module = importlib.import_module("claimcheck")
    assert getattr(module, name) is not None
    namespace: dict[str, object] = {}
    exec(f"from claimcheck import {name}", namespace)
    assert namespace[name] is getattr(claimcheck, name)


def test_the_entry_points_are_public() -> None:
    assert {"extract", "check", "Document", "Claim", "Report", "InputError", "load"} <= set(claimcheck.__all__)
    assert isinstance(claimcheck.__version__, str)


def test_extract_on_plain_text() -> None:
    claims = claimcheck.extract("About 1,500 people were evacuated on April 4, 2025.")
    assert all(isinstance(c, Claim) for c in claims)
    assert [c.kind for c in claims] == [ClaimKind.QUANTITY, ClaimKind.DATE]
    people, day = claims
    assert people.text == "About 1,500 people" and people.unit == "count" and people.noun == "person"
    assert day.date_start == day.date_end == date(2025, 4, 4)
    assert people.doc == day.doc


def test_extract_on_empty_and_number_free_text() -> None:
    assert claimcheck.extract("") == []
    assert claimcheck.extract("The minister spoke to reporters.") == []


def test_extract_on_a_document_uses_its_id_and_date() -> None:
    doc = Document("The talks ended yesterday.", id="pti.txt", published=date(2025, 6, 12))
    (claim,) = claimcheck.extract(doc)
    assert claim.doc == "pti.txt"
    assert claim.date_start == date(2025, 6, 11)


def test_extract_published_keyword_on_plain_text() -> None:
    (claim,) = claimcheck.extract("The talks ended yesterday.", published=date(2025, 6, 12))
    assert claim.date_start == date(2025, 6, 11)


def test_check_accepts_documents() -> None:
    report = claimcheck.check([Document(A, id="a.txt"), Document(B, id="b.txt")])
    assert isinstance(report, Report)
    assert [f.rule for f in report.findings] == ["value-conflict"]
    assert {loc.doc for loc in report.findings[0].locations} == {"a.txt", "b.txt"}
    assert report.coverage.documents == 2


def test_check_accepts_paths(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    report = claimcheck.check([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert [f.rule for f in report.findings] == ["value-conflict"]
    assert {loc.doc for loc in report.findings[0].locations} == {"a.txt", "b.txt"}


def test_check_accepts_documents_and_paths_together(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    report = claimcheck.check([tmp_path / "a.txt", Document(C, id="c.txt")])
    assert report.findings == []
    assert report.coverage.documents == 2
    assert [d.id for d in report.documents] == ["a.txt", "c.txt"]


def test_check_with_a_draft_reports_only_draft_findings() -> None:
    sources = [Document(A, id="a.txt"), Document(C, id="c.txt")]
    report = claimcheck.check(sources, draft=Document(B, id="draft.txt"))
    assert report.draft == "draft.txt"
    assert report.findings
    assert all(any(loc.doc == "draft.txt" for loc in f.locations) for f in report.findings)


def test_check_on_a_missing_path_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"gone\.txt"):
        claimcheck.check([tmp_path / "gone.txt"])


def test_load_and_describe() -> None:
    (claim,) = claimcheck.extract("China controls 92 per cent of global rare earth magnet production.")
    words = claimcheck.describe(claim)
    assert "91.5" in words and "92.5" in words and "percent" in words
