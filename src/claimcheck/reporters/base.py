"""What every format shares: render options, the order findings are told in, and where a document lives."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from claimcheck.models import Finding, Location, Report, Severity

SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}


@dataclass(frozen=True)
class Options:
    """How to render: exact intervals (--verbose), ANSI colour, the run's wall time, the folder paths start from."""

    verbose: bool = False
    color: bool = False
    elapsed: float | None = None
    root: str | None = None

    @classmethod
    def for_run(cls, verbose: bool, no_color: bool, elapsed: float) -> Options:
        """The options of a command-line run: colour only on a terminal, never under NO_COLOR or --no-color."""
        color = not (no_color or os.environ.get("NO_COLOR")) and sys.stdout.isatty()
        return cls(verbose=verbose, color=color, elapsed=elapsed)


PLAIN = Options()


def head(finding: Finding) -> Location | None:
    """The claim a finding is told from: its outlier, else its first claim."""
    return finding.outlier or (finding.locations[0] if finding.locations else None)


def ordered(findings: list[Finding], paths: dict[str, str] | None = None) -> list[Finding]:
    """Errors, then warnings, then notes; within each, by document, line and column of the head claim."""

    def key(finding: Finding) -> tuple[int, str, int, int]:
        where = head(finding)
        if where is None:
            return (SEVERITY_ORDER[finding.severity], "", 0, 0)
        return (SEVERITY_ORDER[finding.severity], (paths or {}).get(where.doc, where.doc), where.line, where.col)

    return sorted(findings, key=key)


def display_paths(report: Report, root: str | None = None) -> dict[str, str]:
    """Each document id mapped to its file's path relative to `root` (the working folder), in forward slashes.

    A document read from no file, or from a file outside `root`, keeps its id or its absolute path."""
    base = Path(root or os.getcwd()).resolve()
    paths: dict[str, str] = {}
    for info in report.documents:
        if not info.path:
            continue
        path = Path(info.path).resolve()
        try:
            paths[info.id] = path.relative_to(base).as_posix()
        except ValueError:
            paths[info.id] = path.as_posix()
    return paths
