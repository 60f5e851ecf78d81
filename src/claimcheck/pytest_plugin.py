"""pytest plugin: `pytest --claimcheck stories/` checks each folder of reports as one story, an item per file.

A file alone cannot disagree with its sources, so a folder's files are always checked together. Errors and
warnings fail a document; notes (a syndicated copy, a rounded figure) are shown with it and never fail it.

pytest loads this module in every run once claimcheck is installed, so claimcheck's own modules are imported
only when a document is checked: a plain test run pays nothing for them and cannot break on them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatch
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from _pytest._code.code import TerminalRepr, TracebackStyle

    from claimcheck.config import Config
    from claimcheck.models import Report


class ClaimcheckFailure(Exception):
    """A document that disagrees with its story or cannot be read; the message is what pytest shows."""


@dataclass
class Story:
    """The documents collected from one folder, checked together at most once."""

    paths: set[Path] = field(default_factory=set)
    report: Report | None = None
    errors: dict[Path, str] = field(default_factory=dict)
    crashed: Exception | None = None

    def result(self) -> tuple[Report, dict[Path, str]]:
        """The folder's report and each unreadable file's reason, from the first call's check."""
        if self.crashed is not None:
            raise ClaimcheckFailure(f"checking this folder failed: {self.crashed!r}")
        if self.report is None:
            try:
                self.report, self.errors = check_folder(sorted(self.paths))
            except Exception as exc:
                self.crashed = exc
                raise
        return self.report, self.errors


_STORIES = pytest.StashKey[dict[Path, Story]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add the --claimcheck flag and the claimcheck_glob ini setting."""
    parser.getgroup("claimcheck").addoption(
        "--claimcheck",
        action="store_true",
        help="check text files for numbers and dates that disagree; each folder is one story",
    )
    parser.addini("claimcheck_glob", "file patterns claimcheck collects (default: the configured include)", type="args")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> DocumentFile | None:
    """Collect a matching file as a document of its folder's story, only under --claimcheck: the files the
    claimcheck configuration's `include` and `exclude` select, or those `claimcheck_glob` names."""
    config = parent.config
    if not config.getoption("claimcheck"):
        return None
    patterns: list[str] = config.getini("claimcheck_glob")
    wanted = any(fnmatch(file_path.name, p) for p in patterns) if patterns else _selected(file_path)
    if not wanted:
        return None
    stories = config.stash.setdefault(_STORIES, {})
    stories.setdefault(file_path.parent, Story()).paths.add(file_path)
    return DocumentFile.from_parent(parent, path=file_path)


def _selected(path: Path) -> bool:
    """True when the claimcheck configuration found above the file selects it."""
    return _settings(path.parent).selects(path)


@cache
def _settings(folder: Path) -> Config:
    """The configuration that governs a folder, read once per folder."""
    from claimcheck.checks.registry import RULES
    from claimcheck.config import Config, ConfigError, find_config, load_config

    found = find_config(folder)
    try:
        return load_config(found, {rule.id for rule in RULES}) if found else Config()
    except ConfigError as exc:
        raise pytest.UsageError(str(exc)) from None


class DocumentFile(pytest.File):
    """One news report on disk."""

    def collect(self) -> Iterator[DocumentItem]:
        """One item per document, named after the file."""
        yield DocumentItem.from_parent(self, name=self.path.name)


class DocumentItem(pytest.Item):
    """Passes when no error or warning of its folder's check points into this document; notes are shown, not failed."""

    def runtest(self) -> None:
        """Fail with the document's errors and warnings, or with why it could not be read."""
        from claimcheck.models import Severity
        from claimcheck.reporters.base import PLAIN, display_paths, ordered
        from claimcheck.reporters.text import format_finding

        report, errors = self.config.stash[_STORIES][self.path.parent].result()
        if self.path in errors:
            raise ClaimcheckFailure(errors[self.path])
        paths = display_paths(report)
        mine = ordered([f for f in report.findings if any(loc.doc == self.path.name for loc in f.locations)], paths)
        notes = [format_finding(f, PLAIN, paths) for f in mine if f.severity is Severity.NOTE]
        if notes:
            self.add_report_section("call", "claimcheck notes", "\n\n".join(notes))
        failing = [format_finding(f, PLAIN, paths) for f in mine if f.severity is not Severity.NOTE]
        if failing:
            raise ClaimcheckFailure("\n\n".join(failing))

    def repr_failure(
        self, excinfo: pytest.ExceptionInfo[BaseException], style: TracebackStyle | None = None
    ) -> str | TerminalRepr:
        """The findings as an editor reads them, instead of a traceback into the plugin."""
        if isinstance(excinfo.value, ClaimcheckFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        """Head the document's failure with its path, so same-named files in two folders stay apart."""
        return self.path, None, f"claimcheck {self.nodeid.partition('::')[0]}"


def check_folder(paths: list[Path]) -> tuple[Report, dict[Path, str]]:
    """Load each file and check the readable ones together; unreadable files map to their reason."""
    from claimcheck.document import Document, InputError
    from claimcheck.inputs import load
    from claimcheck.models import Report

    documents: list[Document] = []
    errors: dict[Path, str] = {}
    for path in paths:
        try:
            documents.append(load(path))
        except InputError as exc:
            errors[path] = str(exc)
    if not documents:
        return Report(), errors
    from claimcheck.engine import check

    return check(documents), errors
