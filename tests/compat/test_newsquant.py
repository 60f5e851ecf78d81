"""NewsQuant (CQE, EMNLP 2023), real news sentences annotated by others: value F1 and value+unit F1 must not regress.

Scored with the shared scorer (../shared/tools/newsquant_score.py: its docstring says how values, units and counted
nouns are matched) over the Python API, on the dev half in ../shared/corpora/newsquant. Skipped where ../shared is
absent. Each floor is a little under the figure measured when it was set; raise it when the figure rises.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import claimcheck

ROOT = Path(__file__).resolve().parents[2]
# The shared folder beside the project (a checkout), or beside the folder of worktrees.
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parents[1] / "shared") if p.is_dir()), ROOT.parent / "shared")
SCORER = SHARED / "tools" / "newsquant_score.py"
DATA = SHARED / "corpora" / "newsquant" / "newsquant-dev.json"

pytestmark = pytest.mark.skipif(not (SCORER.is_file() and DATA.is_file()), reason=f"NewsQuant not present at {SHARED}")

# Measured when last raised: value F1 93.2, value+unit F1 88.1 (289 sentences, 445 quantities).
VALUE_F1_FLOOR = 92.0
VALUE_UNIT_F1_FLOOR = 86.5


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsquant_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    """Every dev sentence extracted once, scored as the CLI's JSONL would be."""
    scorer = _scorer()
    sentences = json.loads(DATA.read_text(encoding="utf-8"))
    predictions = [
        [c.model_dump(mode="json") for c in claimcheck.extract(s["text"]) if c.kind.value not in scorer.SKIPPED_KINDS]
        for s in sentences
    ]
    return dict(scorer.score(sentences, predictions))


def test_the_dev_half_loads_whole(result: dict[str, Any]) -> None:
    assert result["sentences"] == 289 and result["gold"] == 445


def test_value_f1_stays_above_floor(result: dict[str, Any]) -> None:
    f1 = 100 * result["value"][2]
    assert f1 >= VALUE_F1_FLOOR, f"NewsQuant value F1 {f1:.1f} < {VALUE_F1_FLOOR}"


def test_value_unit_f1_stays_above_floor(result: dict[str, Any]) -> None:
    f1 = 100 * result["value_unit"][2]
    assert f1 >= VALUE_UNIT_F1_FLOOR, f"NewsQuant value+unit F1 {f1:.1f} < {VALUE_UNIT_F1_FLOOR}"
