"""Reports of a real check on files in a folder: relative paths, CRLF offsets, stable fingerprints, HTML, colour."""

from __future__ import annotations

import codecs
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from tests.reporters.test_reporters import SARIF_SCHEMA

import claimcheck
from claimcheck.models import Report
from claimcheck.reporters import Options, render
from claimcheck.reporters.offsets import FileOffsets

STORY = {
    "wire.txt": "date 2025-03-14\nFinance Minister Laura Okafor met Trade Commissioner Henrik Lund on March 3 in Oslo, "
    "the ministry said.\nThe warehouse fire killed 12 people, officials said.\n",
    "daily.txt": "date 2025-03-14\nOn March 10, Finance Minister Laura Okafor met Trade Commissioner Henrik Lund for "
    "talks on tariffs.\nThe warehouse fire killed 19 people, officials said.\n",
}


def write(folder: Path, newline: str = "\n", extra_first_line: str = "") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in STORY.items():
        head, body = text.split("\n", 1)
        content = f"{head}\n{extra_first_line}{body}".replace("\n", newline)
        (folder / name).write_bytes(content.encode("utf-8"))
        paths.append(folder / name)
    return paths


def check(paths: list[Path]) -> Report:
    return claimcheck.check([claimcheck.load(path) for path in paths])


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    monkeypatch.chdir(tmp_path)
    return write(tmp_path / "stories" / "port")


def sarif_of(report: Report) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(render(report, "sarif"))
    return log


def test_the_story_conflicts(story: list[Path]) -> None:
    assert any(f.rule == "date-conflict" for f in check(story).findings)


def test_sarif_uris_are_relative_to_the_working_folder(story: list[Path], tmp_path: Path) -> None:
    run = sarif_of(check(story))["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"
    uris = {a["location"]["uri"] for a in run["artifacts"]}
    assert uris == {"stories/port/wire.txt", "stories/port/daily.txt"}
    assert all(a["location"]["uriBaseId"] == "%SRCROOT%" for a in run["artifacts"])
    assert run["tool"]["driver"]["version"] == claimcheck.__version__


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_sarif_char_offsets_point_into_the_file_as_written(tmp_path: Path, newline: str) -> None:
    paths = write(tmp_path / "port", newline=newline)
    log = sarif_of(check(paths))
    raw = {path.name: path.read_bytes().decode("utf-8") for path in paths}
    regions = [
        (related["physicalLocation"]["artifactLocation"]["uri"], related["physicalLocation"]["region"])
        for result in log["runs"][0]["results"]
        for related in result["relatedLocations"]
    ]
    assert regions
    for uri, region in regions:
        text = raw[Path(uri).name]
        cut = text[region["charOffset"] : region["charOffset"] + region["charLength"]]
        assert cut == region["snippet"]["text"]
        line = text.splitlines()[region["startLine"] - 1]
        assert line[region["startColumn"] - 1 :].startswith(cut)


@pytest.mark.skipif(not SARIF_SCHEMA.exists(), reason=f"SARIF schema not found at {SARIF_SCHEMA}")
def test_sarif_of_files_validates(story: list[Path]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
    assert [error.message for error in validator.iter_errors(sarif_of(check(story)))] == []


def test_fingerprints_survive_a_line_added_above(tmp_path: Path) -> None:
    before = sarif_of(check(write(tmp_path / "a")))
    after = sarif_of(check(write(tmp_path / "b", extra_first_line="Updated with comment from the operator.\n\n")))

    def prints(log: dict[str, Any]) -> list[tuple[str, str]]:
        return sorted((r["ruleId"], json.dumps(r["partialFingerprints"])) for r in log["runs"][0]["results"])

    lines = [r["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] for r in after["runs"][0]["results"]]
    assert prints(before) == prints(after) and min(lines) > 2


def test_text_report_names_files_relative_and_sorts_by_severity(story: list[Path]) -> None:
    out = render(check(story), "text")
    assert "stories/port/daily.txt:2:" in out or "stories/port/wire.txt:2:" in out
    heads = [line.split(": ", 2)[1].split()[0] for line in out.splitlines() if line and line[0] != " " and ": " in line]
    severities = [word for word in heads if word in ("error", "warning", "note")]
    assert severities == sorted(severities, key=["error", "warning", "note"].index)


def test_text_colour_and_verbose_are_opt_in(story: list[Path]) -> None:
    report = check(story)
    plain = render(report, "text")
    assert "\x1b[" not in plain and "= 2025-03-03" not in plain and "March 3, 2025" in plain
    coloured = render(report, "text", Options(color=True))
    assert "\x1b[1;31merror\x1b[0m" in coloured
    assert "= 2025-03-03" in render(report, "text", Options(verbose=True))


class _Page(HTMLParser):
    """Checks nesting as it reads, and keeps what the tests look for."""

    VOID = frozenset({"meta", "br", "link", "img", "hr", "input"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []
        self.findings: list[str] = []
        self.marks: list[str] = []
        self.external: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "article":
            self.findings.append(found.get("id") or "")
        if tag in ("script", "link", "img", "iframe") or any(v and "//" in v for k, v in attrs if k in ("src", "href")):
            self.external.append(tag)
        if tag == "mark":
            self._in_mark = True
            self.marks.append("")
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
            return
        self.open.pop()
        if tag == "mark":
            self._in_mark = False

    def handle_data(self, data: str) -> None:
        if self._in_mark:
            self.marks[-1] += data


def test_html_is_well_formed_self_contained_and_marks_the_figures(story: list[Path]) -> None:
    report = check(story)
    page = render(report, "html")
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert parser.problems == [] and parser.open == []
    assert parser.external == []
    assert len(parser.findings) == len(report.findings)
    for finding in report.findings:
        assert finding.message.replace("'", "&#x27;") in page
        for location in finding.locations:
            assert location.text in parser.marks
    assert "March 3" in parser.marks and "March 10" in parser.marks


def test_html_renders_a_timeline_when_the_report_has_one() -> None:
    report = Report()
    object.__setattr__(report, "timeline", [{"when": "2025-03-03", "count": 12}, {"when": "2025-03-04", "count": 19}])
    page = render(report, "html")
    assert "<th>count</th>" in page and "<td>19</td>" in page
    assert "no timeline" in render(Report(), "html")


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8], ids=["plain", "utf-8-bom"])
def test_file_offsets_count_the_file_as_written(tmp_path: Path, bom: bytes) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(bom + b"Talks on March 3.\r\nAbout 40 people came.\r\n")
    offsets = FileOffsets.read(str(path))
    assert offsets is not None
    start, end = offsets.span(2, 7, 2, 16, "40 people")
    assert offsets.text[start:end] == "40 people" and start == 25
    shifted = offsets.span(1, 10 + len(bom and "\ufeff"), 1, 17 + len(bom and "\ufeff"), "March 3")
    assert offsets.text[shifted[0] : shifted[1]] == "March 3"
    assert FileOffsets.read(str(tmp_path / "gone.txt")) is None
