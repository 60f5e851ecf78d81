"""pytest plugin: `pytest --claimcheck stories/` checks each folder of reports as one story, an item per file.

A file alone cannot disagree with its sources, so a folder's files are always checked together. Files are collected
by the `claimcheck_glob` ini patterns, else by the `include` extensions of `[tool.claimcheck]` in pyproject.toml
or of claimcheck.toml, else as *.txt and *.md. Errors and warnings fail a document; notes never do.

pytest loads this module in every run once claimcheck is installed, so claimcheck's own modules are imported
only when a document is checked: a plain test run pays nothing for them and cannot break on them.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from _pytest._code.code import TerminalRepr, TracebackStyle

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
_PATTERNS = pytest.StashKey[list[str]]()
DEFAULT_PATTERNS = ["*.txt", "*.md"]


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add the --claimcheck flag and the claimcheck_glob ini setting."""
    parser.getgroup("claimcheck").addoption(
        "--claimcheck",
        action="store_true",
        help="check text files for numbers and dates that disagree; each folder is one story",
    )
    parser.addini("claimcheck_glob", "file patterns claimcheck collects", type="args", default=[])


def collected_patterns(config: pytest.Config) -> list[str]:
    """The file patterns to collect: the ini's claimcheck_glob, else the project's `include`, else the default."""
    if _PATTERNS not in config.stash:
        patterns: list[str] = config.getini("claimcheck_glob") or included(config.rootpath) or DEFAULT_PATTERNS
        config.stash[_PATTERNS] = patterns
    return config.stash[_PATTERNS]


def included(root: Path) -> list[str]:
    """`include` of [tool.claimcheck] in pyproject.toml or of claimcheck.toml, as patterns: 'md' -> '*.md'."""
    for name, keys in (("claimcheck.toml", ()), ("pyproject.toml", ("tool", "claimcheck"))):
        try:
            table = tomllib.loads((root / name).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError):
            continue
        for key in keys:
            table = table.get(key, {})
        extensions = table.get("include")
        if isinstance(extensions, list) and extensions:
            return [e if "*" in e else f"*.{str(e).lstrip('*.')}" for e in map(str, extensions)]
    return []


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> DocumentFile | None:
    """Collect a matching file as a document of its folder's story, only under --claimcheck."""
    config = parent.config
    if not config.getoption("claimcheck"):
        return None
    if not any(fnmatch(file_path.name, pattern) for pattern in collected_patterns(config)):
        return None
    stories = config.stash.setdefault(_STORIES, {})
    stories.setdefault(file_path.parent, Story()).paths.add(file_path)
    return DocumentFile.from_parent(parent, path=file_path)


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
    from claimcheck.document import Document, InputError, load
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
