"""Settings from `[tool.claimcheck]` in pyproject.toml or from a claimcheck.toml, found upward from the inputs.

Every key is checked: an unknown key, a wrong type or an unknown rule id is a ConfigError naming the file
and the key, so a typo never silently turns a setting off. Command-line flags override these settings.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pathspec import GitIgnoreSpec

from claimcheck.inputs import DEFAULT_INCLUDE
from claimcheck.models import Severity

CONFIG_FILE = "claimcheck.toml"
# What `fail-on` may name: a severity (that and anything worse fails), or `none` to report without failing.
# Draft mode's gates (`contradicted`, `unsourced`) join this tuple where they are implemented.
FAIL_ON: tuple[str, ...] = ("error", "warning", "note", "none")
# Tolerances are read and checked here; the checks do not consume them yet. Numbers are relative (0.05 is 5%),
# except `percent` (percentage points), `date` (days) and `time` (minutes).
TOLERANCE_DIMENSIONS = (
    "count",
    "percent",
    "currency",
    "length",
    "mass",
    "area",
    "volume",
    "speed",
    "temperature",
    "energy",
    "power",
    "duration",
    "date",
    "time",
)
KEYS = ("select", "ignore", "severity", "fail-on", "exclude", "include", "published", "tolerance")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    """The settings a run uses; `path` is the file they came from (None: the defaults)."""

    path: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=lambda: MappingProxyType({}))
    fail_on: str | None = None
    exclude: tuple[str, ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    published: tuple[tuple[str, date], ...] = ()
    tolerance: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def root(self) -> Path:
        """The folder globs are relative to: the config file's, else the working directory."""
        return self.path.parent.resolve() if self.path else Path.cwd().resolve()

    @cached_property
    def _excluded(self) -> GitIgnoreSpec:
        return GitIgnoreSpec.from_lines(self.exclude)

    @cached_property
    def _dated(self) -> list[tuple[GitIgnoreSpec, date]]:
        return [(GitIgnoreSpec.from_lines([glob]), day) for glob, day in self.published]

    def selects(self, path: Path) -> bool:
        """True when a file has an included extension and no `exclude` glob matches it."""
        if path.suffix.lower() not in self.include:
            return False
        return not self._excluded.match_file(self._relative(path))

    def published_for(self, path: Path) -> date | None:
        """The publication date the first matching `published` glob gives a file, if any."""
        relative = self._relative(path)
        return next((day for spec, day in self._dated if spec.match_file(relative)), None)

    def _relative(self, path: Path) -> str:
        """The path from the root, as globs match it; a file outside the root by its name."""
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return path.name


def find_config(start: Path) -> Path | None:
    """The nearest claimcheck.toml, or pyproject.toml with a [tool.claimcheck] table, at or above `start`."""
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        if (candidate / CONFIG_FILE).is_file():
            return candidate / CONFIG_FILE
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and "claimcheck" in _read(pyproject).get("tool", {}):
            return pyproject
    return None


def load_config(path: Path, rules: Collection[str]) -> Config:
    """The settings in one file; `rules` are the rule ids `select`, `ignore` and `severity` may name."""
    data = _read(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("claimcheck", {})
        where = f"{path}: [tool.claimcheck]"
    else:
        where = str(path)
    return parse(data, where, rules, path)


def parse(data: Mapping[str, Any], where: str, rules: Collection[str], path: Path | None = None) -> Config:
    """Settings from a parsed TOML table, each key checked."""
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}; known keys: {', '.join(KEYS)}")
    fail_on = data.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise ConfigError(f"{where}: fail-on = {fail_on!r}; use one of {', '.join(FAIL_ON)}")
    select = _rule_list(data, "select", where, rules)
    return Config(
        path=path,
        select=select if "select" in data else None,
        ignore=_rule_list(data, "ignore", where, rules),
        severity=MappingProxyType(_severities(data.get("severity", {}), where, rules)),
        fail_on=fail_on,
        exclude=_strings(data, "exclude", where),
        include=tuple(e if e.startswith(".") else f".{e}" for e in _strings(data, "include", where, DEFAULT_INCLUDE)),
        published=_published(data.get("published", {}), where),
        tolerance=MappingProxyType(_tolerances(data.get("tolerance", {}), where)),
    )


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None


def _strings(data: Mapping[str, Any], key: str, where: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
    value = data.get(key, list(default))
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be a list of strings")
    return tuple(value)


def _rule_list(data: Mapping[str, Any], key: str, where: str, rules: Collection[str]) -> tuple[str, ...]:
    names = _strings(data, key, where)
    for name in names:
        _known_rule(name, f"{where}: {key}", rules)
    return names


def _known_rule(name: str, where: str, rules: Collection[str]) -> None:
    if name not in rules:
        raise ConfigError(f"{where}: unknown rule {name!r}; known rules: {', '.join(sorted(rules))}")


def _severities(table: Any, where: str, rules: Collection[str]) -> dict[str, Severity]:
    if not isinstance(table, dict):
        raise ConfigError(f'{where}: severity must be a table of rule = "error|warning|note"')
    levels = {s.value for s in Severity}
    for rule, level in table.items():
        _known_rule(rule, f"{where}: severity", rules)
        if level not in levels:
            raise ConfigError(f"{where}: severity.{rule} = {level!r}; use error, warning or note")
    return {rule: Severity(level) for rule, level in table.items()}


def _published(table: Any, where: str) -> tuple[tuple[str, date], ...]:
    if not isinstance(table, dict):
        raise ConfigError(f'{where}: published must be a table of "glob" = YYYY-MM-DD')
    found = []
    for glob, value in table.items():
        day = value if isinstance(value, date) else None
        if isinstance(value, str):
            try:
                day = date.fromisoformat(value)
            except ValueError:
                day = None
        if day is None:
            raise ConfigError(f"{where}: published.{glob!r} = {value!r} is not a date (YYYY-MM-DD)")
        found.append((glob, day))
    return tuple(found)


def _tolerances(table: Any, where: str) -> dict[str, float]:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: tolerance must be a table of dimension = number")
    for dimension, value in table.items():
        if dimension not in TOLERANCE_DIMENSIONS:
            raise ConfigError(
                f"{where}: unknown tolerance dimension {dimension!r}; known: {', '.join(TOLERANCE_DIMENSIONS)}"
            )
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise ConfigError(f"{where}: tolerance.{dimension} = {value!r} must be a number of at least 0")
    return {dimension: float(value) for dimension, value in table.items()}
