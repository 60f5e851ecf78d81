"""Labelled pairs: the linkage links the pairs that state one subject and rules out those the words tell apart.

Own pairs live in tests/align/pairs/*.toml; pairs labelled from the gold of ../shared/stories (read at test
time, never copied) check the fitted weights when the stories are there.
"""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

import claimcheck
from claimcheck import Claim, Document
from claimcheck.align.comparison import WEIGHTS, levels, linkable, weight_of
from claimcheck.align.linking import same_measure

PAIRS_DIR = Path(__file__).parent / "pairs"
ROOT = Path(__file__).resolve().parents[2]
STORIES = next(
    (p for p in (ROOT.parent / "shared" / "stories", ROOT.parent.parent / "shared" / "stories") if p.is_dir()), None
)
HEADER = "date 2025-11-04\n"


def _pairs() -> list[Any]:
    found = []
    for path in sorted(PAIRS_DIR.glob("*.toml")):
        with path.open("rb") as handle:
            for index, pair in enumerate(tomllib.load(handle)["pair"], 1):
                found.append(pytest.param(pair, id=f"{path.stem}-{index}-{'match' if pair['match'] else 'non-match'}"))
    return found


def _claim(text: str, needle: str, doc_id: str) -> Claim:
    full = HEADER + text
    start = full.index(needle)
    found = [c for c in claimcheck.extract(Document(full, id=doc_id)) if c.start == start]
    assert found, (text, needle)
    return found[0]


@pytest.mark.parametrize("pair", _pairs())
def test_labelled_pair(pair: dict[str, Any]) -> None:
    a, b = _claim(pair["a"], pair["a_needle"], "a.txt"), _claim(pair["b"], pair["b_needle"], "b.txt")
    linked = same_measure(a, b) is not None and linkable(a, b)
    assert linked is pair["match"], (pair.get("why"), levels(a, b))
    assert linkable(a, b) == linkable(b, a), "the levels must be symmetric"


def test_the_pairs_hold_both_labels() -> None:
    labels = [p.values[0]["match"] for p in _pairs()]
    assert labels.count(True) >= 4 and labels.count(False) >= 6


@pytest.mark.skipif(STORIES is None, reason="../shared/stories is absent")
def test_fitted_weights_keep_precision_on_the_stories_pairs() -> None:
    spec = importlib.util.spec_from_file_location("claimcheck_fit_weights", ROOT / "benchmarks" / "fit_weights.py")
    assert spec is not None and spec.loader is not None
    fit = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = fit
    spec.loader.exec_module(fit)
    assert STORIES is not None
    rows = [(label, fit.pair_levels(pair, ambiguity)) for label, pair, ambiguity in fit.gold_pairs(STORIES)]
    labelled = [(label, found) for label, found in rows if label >= 0]
    assert len(labelled) >= 900
    linked = [label for label, found in labelled if weight_of(found) >= WEIGHTS.threshold]
    assert linked and sum(linked) / len(linked) >= 0.9
    ruled_out = [label for label, found in labelled if weight_of(found) == float("-inf")]
    assert ruled_out.count(0) / max(1, len(ruled_out)) >= 0.2
