"""Reading inputs: Markdown without markup (cases), HTML traced to the page, suppressions, folder walks."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import claimcheck
from claimcheck.document import Document, decode, find_suppressions
from claimcheck.inputs import Selection, collect, is_claimcheck_report, load
from claimcheck.inputs.html import trace, visible

CASES = tomllib.loads((Path(__file__).parent / "cases" / "markdown.toml").read_text(encoding="utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_markdown_cases(tmp_path: Path, case: dict[str, Any]) -> None:
    path = tmp_path / "story.md"
    path.write_text(case["markdown"], encoding="utf-8")
    doc = load(path)
    assert len(doc.text) == len(case["markdown"])
    claims = claimcheck.extract(doc)
    assert [c.text for c in claims] == case["claims"]
    lines = case["markdown"].split("\n")
    for claim in claims:
        written = lines[claim.line - 1][claim.col - 1 : claim.col - 1 + len(claim.text)]
        assert len(written) == len(claim.text)
        assert all(read in (wrote, " ") for read, wrote in zip(claim.text, written, strict=True)), written
    if "published" in case:
        assert doc.published == date.fromisoformat(case["published"])


def test_a_bom_does_not_shift_columns_and_utf16_is_text() -> None:
    text = "date 2025-06-12\nAbout 40 people came.\n"
    assert decode(b"\xef\xbb\xbf" + text.encode(), "a.txt") == text
    assert decode(text.encode("utf-16"), "a.txt") == text
    assert decode(text.encode("utf-16-be").join([b"\xfe\xff", b""]), "a.txt") == text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Turnout 62%. claimcheck: ignore[value-conflict]", [(1, {"value-conflict"})]),
        ("<!-- claimcheck: ignore[share-sum, arithmetic] -->\nShares", [(1, {"share-sum", "arithmetic"})]),
        ("one\ntwo claimcheck: ignore\n", [(2, set())]),
        ("claimcheck said nothing to ignore", []),
    ],
)
def test_suppression_comments(text: str, found: list[tuple[int, set[str]]]) -> None:
    assert [(s.line, set(s.rules)) for s in find_suppressions(text)] == found
    assert Document(text).suppressions == find_suppressions(text)


def test_a_suppression_covers_its_line_and_the_next_for_its_rules() -> None:
    (suppression,) = find_suppressions("x\nclaimcheck: ignore[share-sum]\ny\nz")
    assert suppression.covers("share-sum", 2) and suppression.covers("share-sum", 3)
    assert not suppression.covers("share-sum", 4) and not suppression.covers("arithmetic", 2)


PAGE = """<html><head><title>Storm</title><script>var n = 77;</script></head>
<body><p>The storm cut power to 9,000&nbsp;homes.</p>
<p>Crews worked for <b>36</b> hours.</p></body></html>"""


def test_a_page_in_its_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "old.html"
    page = (
        '<html><head><meta charset="windows-1252"><title>Caf\xe9 prices</title></head><body><article>'
        "<p>The caf\xe9 raised its prices by 15 per cent this spring, the owner told the council in a letter "
        "that was read out at the meeting on Monday night.</p></article></body></html>"
    )
    path.write_bytes(page.encode("cp1252"))
    doc = load(path)
    assert "café raised" in doc.text
    assert "15 per cent" in [c.text for c in claimcheck.extract(doc)]


def test_visible_blanks_markup_same_length() -> None:
    shown = visible(PAGE)
    assert len(shown) == len(PAGE)
    assert "77" not in shown and "<p>" not in shown and "9,000\xa0" in shown


def test_trace_maps_text_back_to_the_page() -> None:
    text = "Storm\nThe storm cut power to 9,000 homes.\nCrews worked for 36 hours."
    doc = Document(
        text, origin=trace(PAGE, text), origin_line_starts=(0, *(i + 1 for i, c in enumerate(PAGE) if c == "\n"))
    )
    lines = PAGE.split("\n")
    for needle in ("9,000", "36 hours", "Crews"):
        line, col = doc.line_col(text.index(needle))
        assert lines[line - 1][col - 1 :].startswith(needle.split()[0]), needle


def test_a_walk_honours_gitignore_and_leaves_out_hidden_folders_and_reports(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "description.txt").write_text("Unnamed repository; 3 hooks.", encoding="utf-8")
    (tmp_path / ".gitignore").write_text("out/\n*.bak.txt\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".gitignore").write_text("!keep.bak.txt\nlocal.txt\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    for name in ("a.txt", "b.md", "c.html", "d.json", "x.bak.txt", "out/e.txt", "sub/keep.bak.txt", "sub/local.txt"):
        (tmp_path / name).write_text("About 40 people came.", encoding="utf-8")
    (tmp_path / "report.txt").write_text("a.txt:2:3: error [value-conflict] Reports disagree.\n", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in collect([tmp_path])]
    assert found == ["a.txt", "b.md", "c.html", "sub/keep.bak.txt"]
    excluded = collect([tmp_path], Selection(exclude=("sub/",), root=tmp_path))
    assert [p.name for p in excluded] == ["a.txt", "b.md", "c.html"]


@pytest.mark.parametrize(
    "opening",
    [
        '{\n  "findings": [],\n  "groups": []',
        '{"doc":"a.txt","start":3,"end":9,"text":"June 5"}',
        '{\n  "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"',
        "<?xml version='1.0' encoding='utf-8'?>\n<testsuites name=\"claimcheck\" tests=\"3\">",
        '<!DOCTYPE html><html><head><meta name="generator" content="claimcheck 0.1.0">',
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>claimcheck report</title>',
        "my story.txt:2:16: warning [share-sum] Shares add up to 112%.",
        "no disagreements found\n\n2 documents, 3 claims found",
        "a.txt:2:16  quantity  92 per cent  -> 92 percent",
    ],
)
def test_claimcheck_reports_are_recognised(tmp_path: Path, opening: str) -> None:
    path = tmp_path / "out.txt"
    path.write_text(opening, encoding="utf-8")
    assert is_claimcheck_report(path)


def test_news_is_not_a_report(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("date 2025-06-12\nNo disagreements found between the two unions, 40 members said.", "utf-8")
    assert not is_claimcheck_report(path)


@pytest.mark.parametrize(
    ("head", "day", "source"),
    [
        ('<meta property="article:published_time" content="2025-03-14T17:02:00-05:00">', "2025-03-14", "meta"),
        ('<meta content="2025-03-01" name="pubdate">', "2025-03-01", "meta pubdate"),
        ('<script type="application/ld+json">{"datePublished": "2024-12-31T23:00Z"}</script>', "2024-12-31", "JSON-LD"),
        ('<time datetime="2025-01-02">Jan 2</time>', "2025-01-02", "<time"),
        ("<p>no date</p>", None, None),
    ],
)
def test_a_pages_publication_date(head: str, day: str | None, source: str | None) -> None:
    from claimcheck.inputs.html import _published

    found, said = _published(head, None)
    assert (found.isoformat() if found else None) == day
    assert (source in said) if source and said else said is source
