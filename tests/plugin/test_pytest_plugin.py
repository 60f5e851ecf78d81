"""The pytest plugin, run in-process by pytester: folders are stories, files are items, findings fail them."""

from __future__ import annotations

import os
import sys
import types
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from claimcheck.document import Document
from claimcheck.models import Finding, Location, Report, Severity

pytest_plugins = ["pytester"]

HEADER = "date 2025-06-20\n"
CONFLICTING = {
    "pti.txt": HEADER + "Indian Ambassador Pradeep Kumar Rawat met Chinese Vice Minister Sun Weidong "
    "on June 5 in Beijing, the foreign ministry said.\n",
    "hindu.txt": HEADER + "On June 16, Indian Ambassador Pradeep Kumar Rawat met Chinese Vice Minister "
    "Sun Weidong and held talks on bilateral issues.\n",
}
CONSISTENT = {
    "ani.txt": HEADER + "Indian Ambassador Pradeep Kumar Rawat met Chinese Vice Minister Sun Weidong "
    "on June 5 in Beijing, the foreign ministry said.\n",
    "reuters.txt": HEADER + "On June 5, Indian Ambassador Pradeep Kumar Rawat met Chinese Vice Minister "
    "Sun Weidong and held talks on bilateral issues.\n",
}


def plugin_args() -> list[str]:
    """Load the plugin once: pytest autoloads an installed claimcheck's entry point, else we name it."""
    autoloaded = entry_points(group="pytest11", name="claimcheck") and not os.environ.get(
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD"
    )
    return [] if autoloaded else ["-p", "claimcheck.pytest_plugin"]


def write_story(root: Path, folder: str, docs: dict[str, str]) -> None:
    (root / folder).mkdir()
    for name, text in docs.items():
        (root / folder / name).write_text(text, encoding="utf-8")


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Stand in for claimcheck.engine: record each call's documents, flag the first one's first word."""
    calls: list[list[str]] = []

    def check(documents: list[Document]) -> Report:
        calls.append([document.id for document in documents])
        first = documents[0]
        word = first.text[first.body_start :].split()[0]
        start = first.text.index(word, first.body_start)
        line, col = first.line_col(start)
        where = Location(doc=first.id, start=start, end=start + len(word), text=word, line=line, col=col)
        return Report(
            findings=[Finding(rule="fake-rule", severity=Severity.ERROR, message="made up", locations=[where])]
        )

    monkeypatch.setitem(sys.modules, "claimcheck.engine", types.SimpleNamespace(check=check))
    return calls


def test_conflicting_dates_fail_and_consistent_story_passes(pytester: pytest.Pytester) -> None:
    """The spec, end to end with the real engine: the two dates of one meeting make both reports fail."""
    write_story(pytester.path, "conflict", CONFLICTING)
    write_story(pytester.path, "consistent", CONSISTENT)
    result = pytester.runpytest("--claimcheck", *plugin_args(), "-v")
    result.assert_outcomes(failed=2, passed=2)
    expected = {"conflict/pti.txt": "FAILED", "conflict/hindu.txt": "FAILED"}
    expected |= {"consistent/ani.txt": "PASSED", "consistent/reuters.txt": "PASSED"}
    for path, outcome in expected.items():
        result.stdout.fnmatch_lines([f"{path}::{Path(path).name} {outcome}*"])
    out = result.stdout.str()
    assert "date-conflict" in out and '"June 5"' in out and '"June 16"' in out
    assert "Traceback" not in out and "def runtest" not in out


def test_without_the_flag_no_text_file_is_collected(pytester: pytest.Pytester) -> None:
    write_story(pytester.path, "conflict", CONFLICTING)
    result = pytester.runpytest(*plugin_args())
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED
    result.assert_outcomes()


def test_each_folder_is_checked_once_and_findings_fail_only_their_document(
    pytester: pytest.Pytester, fake_engine: list[list[str]]
) -> None:
    write_story(pytester.path, "one", {"a.txt": "Rawat met Sun.", "b.md": "They met.", "c.txt": "Talks."})
    write_story(pytester.path, "two", {"d.txt": "Sun met Rawat.", "notes.rst": "not a report"})
    result = pytester.runpytest("--claimcheck", *plugin_args(), "-v")
    result.assert_outcomes(failed=2, passed=2)
    assert sorted(fake_engine) == [["a.txt", "b.md", "c.txt"], ["d.txt"]]
    result.stdout.fnmatch_lines(["one/a.txt::a.txt FAILED*", "one/b.md::b.md PASSED*", "two/d.txt::d.txt FAILED*"])
    result.stdout.fnmatch_lines(
        ["*_ claimcheck one/a.txt _*", "a.txt:1:1: error [fake-rule] made up", '    a.txt:1:1  "Rawat"']
    )
    assert "Traceback" not in result.stdout.str()


def test_the_glob_ini_option_chooses_the_files(pytester: pytest.Pytester, fake_engine: list[list[str]]) -> None:
    pytester.makeini("[pytest]\nclaimcheck_glob = *.story\n")
    write_story(pytester.path, "one", {"a.story": "Rawat met Sun.", "b.txt": "They met."})
    result = pytester.runpytest("--claimcheck", *plugin_args())
    result.assert_outcomes(failed=1)
    assert fake_engine == [["a.story"]]


def test_the_configured_include_chooses_the_files(pytester: pytest.Pytester, fake_engine: list[list[str]]) -> None:
    (pytester.path / "claimcheck.toml").write_text('include = ["story"]\nexclude = ["one/c.story"]\n', "utf-8")
    write_story(pytester.path, "one", {"a.story": "Rawat met Sun.", "b.txt": "They met.", "c.story": "Sun left."})
    result = pytester.runpytest("--claimcheck", *plugin_args())
    result.assert_outcomes(failed=1)
    assert fake_engine == [["a.story"]]


def test_a_bad_config_is_a_usage_error(pytester: pytest.Pytester) -> None:
    (pytester.path / "claimcheck.toml").write_text('includ = ["story"]\n', "utf-8")
    write_story(pytester.path, "one", {"a.txt": "Rawat met Sun."})
    result = pytester.runpytest("--claimcheck", *plugin_args())
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["*claimcheck.toml: unknown key 'includ'*"])


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty file"), (b"caf\xe9 bad", "not UTF-8 text"), (b"  \n\t\n", "only white space")],
    ids=["empty", "latin-1", "blank"],
)
def test_an_unreadable_file_fails_with_the_reason(pytester: pytest.Pytester, content: bytes, reason: str) -> None:
    (pytester.path / "story").mkdir()
    (pytester.path / "story" / "broken.txt").write_bytes(content)
    result = pytester.runpytest("--claimcheck", *plugin_args())
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([f"*/story/broken.txt: *{reason}*"])
    assert "Traceback" not in result.stdout.str()


@pytest.fixture
def fake_note_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stand in for claimcheck.engine: every document gets one note and nothing else."""

    def check(documents: list[Document]) -> Report:
        notes = [
            Finding(
                rule="rounding",
                severity=Severity.NOTE,
                message="a rounded figure",
                locations=[Location(doc=doc.id, start=0, end=1, text=doc.text[:1])],
            )
            for doc in documents
        ]
        return Report(findings=notes)

    monkeypatch.setitem(sys.modules, "claimcheck.engine", types.SimpleNamespace(check=check))


def test_notes_never_fail_a_document(pytester: pytest.Pytester, fake_note_engine: None) -> None:
    write_story(pytester.path, "one", {"a.txt": "Rawat met Sun.", "b.txt": "They met."})
    result = pytester.runpytest("--claimcheck", *plugin_args(), "-rA")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*claimcheck notes*", "*note ?rounding? a rounded figure*"])


def test_the_project_include_chooses_the_files(pytester: pytest.Pytester, fake_engine: list[list[str]]) -> None:
    pytester.makepyprojecttoml('[tool.claimcheck]\ninclude = ["md"]\n')
    write_story(pytester.path, "one", {"a.md": "Rawat met Sun.", "b.txt": "They met.", "c.md": "Talks."})
    result = pytester.runpytest("--claimcheck", *plugin_args())
    result.assert_outcomes(failed=1, passed=1)
    assert fake_engine == [["a.md", "c.md"]]


def test_the_glob_wins_over_the_project_include(pytester: pytest.Pytester, fake_engine: list[list[str]]) -> None:
    pytester.makepyprojecttoml(
        '[tool.claimcheck]\ninclude = ["md"]\n\n[tool.pytest.ini_options]\nclaimcheck_glob = ["*.txt"]\n'
    )
    write_story(pytester.path, "one", {"a.md": "Rawat met Sun.", "b.txt": "They met."})
    result = pytester.runpytest("--claimcheck", *plugin_args())
    result.assert_outcomes(failed=1)
    assert fake_engine == [["b.txt"]]
