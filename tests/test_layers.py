"""The pipeline's layers: a module imports only from stages below it, or from its own package."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "claimcheck"

# Lowest first. A module may import modules of a lower layer, and modules of its own package.
LAYERS = {
    "models": 0,
    "lang": 0,
    "parallel": 0,
    "document": 1,
    "sentences": 1,
    "wording": 1,
    "held": 1,
    "inputs": 2,
    "extract": 2,
    "config": 3,
    "context": 3,
    "compare": 3,
    "align": 4,
    "checks": 5,
    "engine": 6,
    "reporters": 6,
    "progress": 6,
    "cli": 7,
    "testing": 7,
    "pytest_plugin": 7,
    "__init__": 8,
    "__main__": 8,
}


def _unit(module: str) -> str:
    """The stage a dotted module belongs to: 'claimcheck.extract.units' -> 'extract'."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("claimcheck"):
            if node.module == "claimcheck":
                found += [f"claimcheck.{alias.name}" for alias in node.names]
            else:
                found.append(node.module)
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.startswith("claimcheck.")]
    return found


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def violations(path: Path, root: Path = SRC) -> list[str]:
    """The imports of one source file that run back up the pipeline or sideways into another stage."""
    relative = path.relative_to(root).with_suffix("")
    own = relative.parts[0]
    own_layer = LAYERS[own]
    wrong = []
    for module in _imports(path):
        target = _unit(module)
        if target == own or (own == "__init__" and target in LAYERS):
            continue
        if LAYERS[target] >= own_layer:
            wrong.append(f"{relative} imports {module}")
    return wrong


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_imports_run_down_the_pipeline(path):
    assert violations(path) == []


def test_every_stage_has_a_layer():
    stages = {(p.relative_to(SRC).parts[0]).removesuffix(".py") for p in _modules()}
    assert stages <= set(LAYERS)


def test_an_upward_or_sideways_import_is_caught(tmp_path):
    (tmp_path / "extract").mkdir()
    (tmp_path / "context").mkdir()
    upward = tmp_path / "extract" / "bad.py"
    upward.write_text("from claimcheck.align.linking import align\nfrom claimcheck.extract import units\n")
    sideways = tmp_path / "context" / "bad.py"
    sideways.write_text("from claimcheck import compare\n")
    assert violations(upward, tmp_path) == ["extract/bad imports claimcheck.align.linking"]
    assert violations(sideways, tmp_path) == ["context/bad imports claimcheck.compare"]
