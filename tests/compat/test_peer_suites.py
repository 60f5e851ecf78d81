"""Peer test suites (quantulum3, Recognizers-Text English): claimcheck's pass share per file must not regress.

The scoring rules live in benchmarks/peers.py (run it to see the table and, with --failures DIR, the failing
cases). Each floor is a few points below the share measured when it was set, and at least one case below it, so
a regression in extraction fails here while one-case noise does not. Raise a floor when the share rises.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import load_benchmark

import claimcheck

ROOT = Path(__file__).resolve().parents[2]
# The shared folder beside the project (a checkout), or beside the folder of worktrees.
CORPORA = next(
    (p / "shared" / "corpora" for p in (ROOT.parent, ROOT.parents[1]) if (p / "shared" / "corpora").is_dir()),
    ROOT.parent / "shared" / "corpora",
)

pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason=f"peer corpora not present at {CORPORA}")

# file -> (floor for the share of scored cases, floor for the share of cases marked NotSupported for python).
# Measured shares are in the comments; None where the bucket is too small or nothing passes yet.
FLOORS: dict[str, tuple[float | None, float | None]] = {
    "quantulum3/quantities": (0.55, None),  # 58.4% (59/101)
    "quantulum3/ambiguity": (0.30, None),  # 35.0% (7/20)
    "quantulum3/errors": (1.00, None),  # 100% (4/4): must not crash
    "Number/NumberModel": (0.37, 0.33),  # 39.7% (81/204), NS 37.5% (9/24)
    "Number/PercentModel": (0.69, None),  # 76.9% (10/13)
    "Number/NumberRangeModel": (None, 0.45),  # every case is marked NotSupported for python: NS 48.3% (42/87)
    "Number/OrdinalModel": (None, 0.04),  # 0/1 scored; NS 8.7% (2/23)
    "NumberWithUnit/CurrencyModel": (0.71, 0.27),  # 73.8% (96/130), NS 30.6% (15/49)
    "NumberWithUnit/DimensionModel": (0.84, 0.27),  # 87.7% (71/81), NS 33.3% (6/18)
    "NumberWithUnit/TemperatureModel": (0.72, None),  # 75.0% (30/40), NS 3/3
    "NumberWithUnit/AgeModel": (0.84, None),  # 89.5% (17/19)
    "DateTime/DateExtractor": (0.51, 0.40),  # 54.1% (72/133), NS 46.7% (7/15)
    "DateTime/DateParser": (0.33, None),  # 36.2% (42/116), NS 1/21
    "DateTime/DatePeriodParser": (0.20, 0.11),  # 23.2% (33/142), NS 14.5% (16/110)
    "DateTime/DurationParser": (0.34, 0.50),  # 37.0% (17/46), NS 60.0% (6/10)
    "DateTime/DurationExtractor": (0.34, 0.25),  # 37.5% (21/56), NS 37.5% (3/8)
    "DateTime/TimeParser": (0.08, None),  # 11.2% (10/89), NS 0/3
    "DateTime/DateTimeModel": (0.30, 0.24),  # 32.9% (179/544), NS 27.3% (96/352)
}


@pytest.fixture(scope="module")
def scores() -> dict[str, Any]:
    """Every peer file scored once for the module."""
    peers = load_benchmark("peers")
    return {score.name: score for score in peers.score_all(CORPORA)}


def test_every_floored_file_is_scored(scores: dict[str, Any]) -> None:
    """A file that vanished or was renamed must not pass silently."""
    assert sorted(scores) == sorted(FLOORS)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_pass_share_stays_above_floor(scores: dict[str, Any], name: str) -> None:
    """The share of passed cases (and of NotSupported-for-python cases) is at or above the floor."""
    score = scores[name]
    share_floor, ns_floor = FLOORS[name]
    assert score.crashes == 0, f"{name}: claimcheck.extract raised on {score.crashes} case(s)"
    if share_floor is not None:
        assert score.share >= share_floor, f"{name}: {score.passed}/{score.scored} passed, floor {share_floor:.0%}"
    if ns_floor is not None:
        assert score.ns_share >= ns_floor, f"{name}: NS {score.ns_passed}/{score.ns_scored}, floor {ns_floor:.0%}"


def test_error_inputs_do_not_raise() -> None:
    """quantulum3's errors.json strings are inputs that broke parsers: extraction must return normally."""
    for text in json.loads((CORPORA / "quantulum3" / "errors.json").read_text(encoding="utf-8")):
        assert isinstance(claimcheck.extract(text), list)
