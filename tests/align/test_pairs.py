"""Labelled pairs: the linkage links the pairs that state one subject and rules out those the words tell apart.

Own pairs live in tests/align/pairs/own.toml; pairs labelled from the gold of ../shared/stories are kept in
tests/align/pairs/stories.toml as references (document and offsets, never text) and check the fitted weights
when the stories are there.
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
from claimcheck.align.comparison import WEIGHTS, Crowd, levels, linkable, weight_of
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
            for index, pair in enumerate(tomllib.load(handle).get("pair", []), 1):
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


def _story_pairs() -> list[dict[str, Any]]:
    with (PAIRS_DIR / "stories.toml").open("rb") as handle:
        pairs: list[dict[str, Any]] = tomllib.load(handle)["story_pair"]
    return pairs


def test_the_stories_pairs_are_many_and_hold_both_labels() -> None:
    labels = [pair["label"] for pair in _story_pairs()]
    assert len(labels) >= 1000 and labels.count(1) >= 300 and labels.count(0) >= 300


@pytest.mark.skipif(STORIES is None, reason="../shared/stories is absent")
def test_fitted_weights_keep_precision_on_the_stories_pairs() -> None:
    spec = importlib.util.spec_from_file_location("claimcheck_fit_weights", ROOT / "benchmarks" / "fit_weights.py")
    assert spec is not None and spec.loader is not None
    fit = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = fit
    spec.loader.exec_module(fit)
    assert STORIES is not None
    by_cluster: dict[str, list[dict[str, Any]]] = {}
    for pair in _story_pairs():
        by_cluster.setdefault(pair["cluster"], []).append(pair)
    rows: list[tuple[int, dict[str, str]]] = []
    for cluster, pairs in by_cluster.items():
        values = [c for claims in fit.cluster_claims(STORIES / cluster).values() for c in fit._values(claims)]
        at = {c.key: c for c in values}
        crowd = Crowd.of(values)
        for pair in pairs:
            a, b = at.get(tuple(pair["a"])), at.get(tuple(pair["b"]))
            if a is not None and b is not None:
                rows.append((pair["label"], levels(a, b, crowd)))
    assert len(rows) >= 0.95 * len(_story_pairs()), "extraction moved: rerun benchmarks/fit_weights.py --pairs"
    differing = [(label, found) for label, found in rows if found["value"] != "overlap"]
    linked = [label for label, found in differing if weight_of(found) >= WEIGHTS.threshold]
    assert linked and sum(linked) / len(linked) >= 0.6, "the fitted threshold's precision target"
    ruled_out = [label for label, found in differing if weight_of(found) == float("-inf")]
    assert ruled_out.count(0) / max(1, len(ruled_out)) >= 0.65, "the excluding levels rule out mostly non-matches"
