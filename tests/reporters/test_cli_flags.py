"""The report flags as a user types them: --format html, --verbose, --no-color and NO_COLOR, colour only on a TTY."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from claimcheck.cli import main
from claimcheck.progress import RunProgress

STORY = {
    "wire.txt": "date 2025-03-14\nThe warehouse fire killed 12 people, officials said.\n",
    "daily.txt": "date 2025-03-14\nThe warehouse fire killed 19 people, officials said.\n",
}


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    for name, text in STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return list(STORY)


def run(argv: list[str], capsys: pytest.CaptureFixture[str], tty: bool = False) -> str:
    if tty:
        sys.stdout.isatty = lambda: True  # type: ignore[method-assign]
    assert main(argv) == 0
    return capsys.readouterr().out


def test_html_format(story: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    out = run(["check", "--format", "html", *story], capsys)
    assert out.startswith("<!DOCTYPE html>") and '<mark class="figure">12 people</mark>' in out


def test_colour_on_a_terminal_only(story: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert "\x1b[" not in run(["check", *story], capsys)
    assert "\x1b[1;31merror\x1b[0m" in run(["check", *story], capsys, tty=True)


def test_no_color_flag_and_env(
    story: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "\x1b[" not in run(["check", "--no-color", *story], capsys, tty=True)
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run(["check", *story], capsys, tty=True)


def test_verbose_adds_the_interval(story: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    plain = run(["check", *story], capsys)
    assert '"12 people"  12 people\n' in plain and "[11.5, 12.5]" not in plain
    assert "12 people  = 12 person = [11.5, 12.5] count" in run(["check", "--verbose", *story], capsys)


def test_no_progress_bar_when_stderr_is_not_a_terminal(story: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with RunProgress(delay=0.0).stage("reading", total=1):
        time.sleep(0.05)
    assert capsys.readouterr().err == ""
    assert main(["check", *story]) == 0
    assert capsys.readouterr().err == ""


def test_the_bar_shows_only_after_the_delay(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """rich treats stderr as an interactive terminal under FORCE_COLOR and TTY_INTERACTIVE."""
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TTY_INTERACTIVE", "1")
    with RunProgress(enabled=True, delay=5.0).stage("quick"):
        pass
    with RunProgress(enabled=True, delay=0.01).stage("checking", total=None):
        time.sleep(0.3)
    err = capsys.readouterr().err
    assert "checking" in err and "quick" not in err


def test_the_bar_counts_documents_done_of_the_total(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TTY_INTERACTIVE", "1")
    with RunProgress(enabled=True, delay=0.0).stage("checking documents", total=3) as bar:
        bar.done(2, 4)
        time.sleep(0.3)
    assert "2/4" in capsys.readouterr().err
