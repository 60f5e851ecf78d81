"""Documents: the publication date a text states about itself, unreadable inputs, newlines and offsets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import claimcheck
from claimcheck import Document, InputError, load

PUBLISHED = date(2025, 6, 12)


# --- the publication date ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "date 2025-06-12\n",
        "Date: 2025-06-12\n",
        "published 2025-06-12\n",
        "\ufeffdate 2025-06-12\n",
        "date 2025-06-12T09:30:00+05:30\n",
    ],
)
def test_leading_date_line_is_the_publication_date(header: str) -> None:
    doc = Document(header + "The minister spoke yesterday.")
    assert doc.published == PUBLISHED
    assert doc.text[doc.body_start :].lstrip().startswith("The minister")


def test_front_matter_date_is_the_publication_date() -> None:
    text = "---\ntitle: Rare earths\ndate: 2025-06-12\nauthor: Staff\n---\nThe minister spoke yesterday.\n"
    doc = Document(text)
    assert doc.published == PUBLISHED
    assert doc.text[doc.body_start :].startswith("The minister")


def test_quoted_front_matter_date() -> None:
    doc = Document("---\ndate: '2025-06-12'\n---\nBody.\n")
    assert doc.published == PUBLISHED


@pytest.mark.parametrize(
    "text",
    [
        "The minister spoke yesterday.",
        "The deal was signed on 2025-06-12.",  # an ISO date in the body is not a header
        "date 2025-13-45\nAn impossible header date.",
        "---\ntitle: no date here\n---\nBody.\n",
    ],
)
def test_no_header_date_means_no_publication_date(text: str) -> None:
    assert Document(text).published is None


def test_relative_dates_resolve_against_the_date_line() -> None:
    claims = claimcheck.extract("date 2025-06-12\nThe minister spoke yesterday.")
    (yesterday,) = [c for c in claims if c.text == "yesterday"]
    assert yesterday.date_start == yesterday.date_end == date(2025, 6, 11)


def test_relative_dates_resolve_against_front_matter() -> None:
    claims = claimcheck.extract("---\ndate: 2025-06-12\n---\nThe minister spoke yesterday.\n")
    (yesterday,) = [c for c in claims if c.text == "yesterday"]
    assert yesterday.date_start == date(2025, 6, 11)


def test_explicit_published_argument_wins_over_the_date_line() -> None:
    doc = Document("date 2025-06-12\nThe minister spoke yesterday.", published=date(2024, 1, 10))
    assert doc.published == date(2024, 1, 10)
    claims = claimcheck.extract(doc)
    (yesterday,) = [c for c in claims if c.text == "yesterday"]
    assert yesterday.date_start == date(2024, 1, 9)


def test_extract_published_keyword_wins_over_the_date_line() -> None:
    claims = claimcheck.extract("date 2025-06-12\nThe minister spoke yesterday.", published=date(2024, 1, 10))
    (yesterday,) = [c for c in claims if c.text == "yesterday"]
    assert yesterday.date_start == date(2024, 1, 9)


def test_load_published_argument_wins(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("date 2025-06-12\nThe minister spoke yesterday.\n", encoding="utf-8")
    assert load(path).published == PUBLISHED
    assert load(path, published=date(2024, 1, 10)).published == date(2024, 1, 10)


def test_the_date_line_is_not_extracted_as_a_claim() -> None:
    text = "date 2025-06-12\nTurnout was 62 per cent."
    claims = claimcheck.extract(text)
    assert [c.text for c in claims] == ["62 per cent"]


# --- unreadable inputs ---------------------------------------------------------------------------------


def _unreadable(tmp_path: Path) -> dict[str, Path]:
    files = {
        "binary": (tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01 42 people"),
        "nul_in_text": (tmp_path / "nul.txt", b"About 40 people\x00 died."),
        "latin1": (tmp_path / "latin1.txt", "Caf\xe9 owners said 40 people came.".encode("latin-1")),
        "empty": (tmp_path / "empty.txt", b""),
        "whitespace": (tmp_path / "blank.txt", b" \n\t\r\n  \n"),
    }
    paths = {}
    for kind, (path, data) in files.items():
        path.write_bytes(data)
        paths[kind] = path
    paths["missing"] = tmp_path / "no_such_story.txt"
    folder = tmp_path / "a_folder"
    folder.mkdir()
    paths["directory"] = folder
    return paths


@pytest.mark.parametrize("kind", ["binary", "nul_in_text", "latin1", "empty", "whitespace", "missing", "directory"])
def test_unreadable_input_raises_input_error_naming_the_file(tmp_path: Path, kind: str) -> None:
    path = _unreadable(tmp_path)[kind]
    with pytest.raises(InputError) as info:
        load(path)
    message = str(info.value)
    assert path.name in message
    assert "\n" not in message.strip()


def test_input_error_is_an_exception_and_exported() -> None:
    assert issubclass(InputError, Exception)
    assert claimcheck.InputError is InputError


def test_load_names_the_document_by_its_file_name(tmp_path: Path) -> None:
    path = tmp_path / "reuters.txt"
    path.write_text("About 40 people died.", encoding="utf-8")
    doc = load(path)
    assert doc.id == "reuters.txt"
    assert doc.text == "About 40 people died."


def test_utf8_with_non_ascii_text_loads(tmp_path: Path) -> None:
    path = tmp_path / "rupees.txt"
    text = "The deal is worth ₹500 crore — “a record”, officials said.\n"
    path.write_text(text, encoding="utf-8")
    doc = load(path)
    assert doc.text == text
    (claim,) = claimcheck.extract(doc)
    assert doc.text[claim.start : claim.end] == claim.text == "₹500 crore"


# --- newlines and offsets ---------------------------------------------------------------------------------


@pytest.mark.parametrize("newline", [b"\r\n", b"\r"])
def test_crlf_and_cr_offsets_match_read_text(tmp_path: Path, newline: bytes) -> None:
    lines = [b"date 2025-06-12", b"About 1,500 people were evacuated.", b"", b"Turnout was 62 per cent on Monday."]
    path = tmp_path / "windows.txt"
    path.write_bytes(newline.join(lines) + newline)
    expected = path.read_text(encoding="utf-8")  # universal newlines
    doc = load(path)
    assert doc.text == expected
    claims = claimcheck.extract(doc)
    assert {c.text for c in claims} >= {"About 1,500 people", "62 per cent"}
    for claim in claims:
        assert expected[claim.start : claim.end] == claim.text
        line_no, col = claim.line, claim.col
        assert expected.split("\n")[line_no - 1][col - 1 :].startswith(claim.text)


@pytest.mark.parametrize(
    ("offset", "line_col"),
    [(0, (1, 1)), (4, (1, 5)), (5, (1, 6)), (6, (2, 1)), (9, (2, 4)), (10, (3, 1)), (11, (4, 1)), (14, (4, 4))],
)
def test_line_col_of_an_offset(offset: int, line_col: tuple[int, int]) -> None:
    doc = Document("first\nabc\n\nlast")
    assert doc.line_col(offset) == line_col


def test_claim_line_and_col_point_at_the_claim() -> None:
    text = "date 2025-06-12\nThe minister spoke.\n  About 40 people died on Monday."
    claims = claimcheck.extract(text)
    forty = next(c for c in claims if "40" in c.text)
    assert (forty.line, forty.col) == (3, 3)
    assert text.splitlines()[forty.line - 1][forty.col - 1 :].startswith(forty.text)


def test_a_document_is_frozen_and_inference_returns_a_new_one():
    import dataclasses

    from claimcheck.extract import anchored

    doc = Document("Sun Weidong arrives on Friday, officials said on June 13, 2025.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.anchor = None  # type: ignore[misc]
    inferred = anchored(doc)
    assert doc.anchor is None and doc.anchor_note is None
    assert inferred.anchor is not None and inferred.anchor.isoformat() == "2025-06-13"
    assert inferred.text == doc.text and inferred.line_col(10) == doc.line_col(10)


def test_non_breaking_hyphens_read_as_hyphens_and_keep_every_offset() -> None:
    text = "date 2025-07-23\nProfit rose 9% year\u2011on\u2011year in fiscal 2025\u201126 and 4\u2010fold since.\n"
    doc = Document(text)
    assert len(doc.text) == len(text) and "\u2011" not in doc.text
    found = {c.text for c in claimcheck.extract(doc)}
    assert "2025-26" in found and "26" not in found and "4-fold" in found


def test_a_document_without_its_text_keeps_what_a_run_reads_of_it() -> None:
    text = "---\ntitle: x\n---\nThe quake struck on Friday.\n<!-- claimcheck: ignore -->\nIt killed 144 people."
    doc = Document(text, id="a.md")
    slim = doc.without_text()
    assert slim.text == "" and doc.text == text
    assert (slim.published, slim.published_source, slim.body_start) == (None, None, doc.body_start) != (None, None, 0)
    assert slim.suppressions == doc.suppressions and slim.suppressions
    assert [slim.line_col(n) for n in range(len(text))] == [doc.line_col(n) for n in range(len(text))]
    assert slim.with_text(text) == doc
