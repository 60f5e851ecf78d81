"""Configuration files: every key checked against the cases, found upward, pyproject's table, globs."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from claimcheck.checks.registry import RULES
from claimcheck.config import ConfigError, find_config, load_config

CASES = tomllib.loads((Path(__file__).parent / "cases" / "config.toml").read_text(encoding="utf-8"))["case"]
RULE_IDS = {rule.id for rule in RULES}


def _plain(value: Any) -> Any:
    """A Config field as TOML would write it: tuples as lists, mappings as tables, None as ''."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "items"):
        return {k: _plain(v) for k, v in value.items()}
    return value


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_config_cases(tmp_path: Path, case: dict[str, Any]) -> None:
    path = tmp_path / "claimcheck.toml"
    path.write_text(case["toml"], encoding="utf-8")
    if "error" in case:
        with pytest.raises(ConfigError) as info:
            load_config(path, RULE_IDS)
        assert case["error"] in str(info.value) and str(path) in str(info.value)
        return
    config = load_config(path, RULE_IDS)
    for key, value in case["expect"].items():
        assert _plain(getattr(config, key)) == value, key


def test_found_upward_nearest_first(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.claimcheck]\nignore = ["share-sum"]\n', encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pyproject.toml"
    (tmp_path / "a" / "claimcheck.toml").write_text("", encoding="utf-8")
    assert find_config(deep / "story.txt") == tmp_path / "a" / "claimcheck.toml"


def test_a_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text('ignore = ["arithmetic"]\n', encoding="utf-8")
    inner = tmp_path / "pkg"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    found = find_config(inner)
    assert found == tmp_path / "claimcheck.toml"
    assert load_config(found, RULE_IDS).ignore == ("arithmetic",)


def test_pyproject_unknown_key_names_the_table(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.claimcheck]\nexclud = ["x"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[tool\.claimcheck\]: unknown key 'exclud'"):
        load_config(path, RULE_IDS)


def test_published_globs_and_selection_are_relative_to_the_config(tmp_path: Path) -> None:
    path = tmp_path / "claimcheck.toml"
    path.write_text(
        'exclude = ["drafts/"]\n[published]\n"wire/*.txt" = 2025-06-12\n"*.md" = "2025-06-13"\n', encoding="utf-8"
    )
    config = load_config(path, RULE_IDS)
    assert config.published_for(tmp_path / "wire" / "a.txt") == date(2025, 6, 12)
    assert config.published_for(tmp_path / "notes" / "b.md") == date(2025, 6, 13)
    assert config.published_for(tmp_path / "c.txt") is None
    assert config.selects(tmp_path / "wire" / "a.txt")
    assert not config.selects(tmp_path / "drafts" / "d.txt")
    assert not config.selects(tmp_path / "wire" / "a.json")
