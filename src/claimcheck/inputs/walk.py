"""Which files a folder holds for claimcheck: `.gitignore` honoured, hidden folders, excluded globs and
other extensions left out, and claimcheck's own reports recognised by their content, never read back."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import regex
from pathspec import GitIgnoreSpec

DEFAULT_INCLUDE = (".txt", ".md", ".markdown", ".html", ".htm")
_HEAD_BYTES = 16384

_REPORT_HEADS = (
    regex.compile(r"\A\s*\{.{0,4000}\"(?:findings|claims)\"\s*:", regex.DOTALL),  # check/extract --format json
    regex.compile(r"\A\{\"doc\":\s*\"[^\"\n]*\",\s*\"start\":\s*\d+"),  # extract --format jsonl
    regex.compile(r"\A\s*\{\s*\"\$schema\"\s*:\s*\"[^\"]*sarif"),  # SARIF
    regex.compile(r"\A(?:<\?xml[^>]*>\s*)?<testsuites?\b[^>]*\bname=\"claimcheck\""),  # JUnit
    regex.compile(r"<meta\s+name=\"generator\"\s+content=\"claimcheck|<title>\s*claimcheck\b", regex.IGNORECASE),
    regex.compile(r"\A\s*(?:no disagreements found\n|[^\n]{1,500}?:\d+:\d+: (?:error|warning|note) \[[a-z0-9-]+\] )"),
    regex.compile(r"\A[^\n]{1,500}?:\d+:\d+  (?:quantity|duration|rank|date|time)  "),  # extract --format text
)


def is_claimcheck_report(path: Path) -> bool:
    """True when the file's opening is one claimcheck writes (any format), so it is not read as a source."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES).decode("utf-8", errors="replace").removeprefix("\ufeff")
    except OSError:
        return False
    return any(pattern.search(head) for pattern in _REPORT_HEADS)


@dataclass(frozen=True)
class Selection:
    """What a walk keeps: file extensions, gitignore-style exclude globs relative to `root`, paths to avoid."""

    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    root: Path = field(default_factory=Path.cwd)
    avoid: frozenset[Path] = frozenset()

    def wants(self, path: Path) -> bool:
        """True when a file found in a folder is one to read."""
        return path.suffix.lower() in self.include and path.resolve() not in self.avoid


def collect(paths: Iterable[str | Path], selection: Selection | None = None) -> list[Path]:
    """Files named are kept as given (missing ones too, so they are reported); folders are walked."""
    selection = replace(selection, root=selection.root.resolve()) if selection else Selection(root=Path.cwd().resolve())
    excluded = GitIgnoreSpec.from_lines(selection.exclude) if selection.exclude else None
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(_walk(path, selection, excluded))
        else:
            found.append(path)
    return found


def _walk(top: Path, selection: Selection, excluded: GitIgnoreSpec | None) -> list[Path]:
    """The wanted files below a folder, sorted, in one pass of os.walk that prunes ignored folders."""
    inherited = {top: _ancestor_ignores(top.resolve())}
    found: list[Path] = []
    for folder, dirs, files in os.walk(top):
        here = Path(folder)
        rules = [*inherited.pop(here, []), *_ignore_file(here)]
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and not _ignored(here / d, True, rules, excluded, selection)
        )
        inherited.update({here / d: rules for d in dirs})
        found.extend(
            here / f
            for f in sorted(files)
            if not f.startswith(".")
            and selection.wants(here / f)
            and not _ignored(here / f, False, rules, excluded, selection)
            and not is_claimcheck_report(here / f)
        )
    return found


def _ignore_file(folder: Path) -> list[tuple[Path, GitIgnoreSpec]]:
    path = folder / ".gitignore"
    if not path.is_file():
        return []
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [(folder.resolve(), GitIgnoreSpec.from_lines(lines))]


def _ancestor_ignores(top: Path) -> list[tuple[Path, GitIgnoreSpec]]:
    """The .gitignore files above a walked folder, up to the root of the git repository it is in."""
    if (top / ".git").exists():
        return []
    chain: list[Path] = []
    for folder in top.parents:
        chain.append(folder)
        if (folder / ".git").exists():
            return [rule for f in reversed(chain) for rule in _ignore_file(f)]
    return []


def _ignored(
    path: Path,
    is_dir: bool,
    rules: list[tuple[Path, GitIgnoreSpec]],
    excluded: GitIgnoreSpec | None,
    selection: Selection,
) -> bool:
    """True when the configured excludes or the nearest deciding .gitignore rule leave the path out."""
    absolute = path.resolve()
    suffix = "/" if is_dir else ""
    from_root = _relative(absolute, selection.root)
    if excluded is not None and from_root is not None and excluded.match_file(from_root + suffix):
        return True
    decision: bool | None = None
    for base, spec in rules:
        relative = _relative(absolute, base)
        if relative is not None:
            include = spec.check_file(relative + suffix).include
            decision = include if include is not None else decision
    return bool(decision)


def _relative(path: Path, base: Path) -> str | None:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return None
