"""News-style extraction cases, read from ``cases/*.toml``.

Each file holds ``[[case]]`` tables::

    [[case]]
    id = "digits-thousands"                 # unique over all files
    text = "About 1,500 people were evacuated."
    published = 2025-06-12                  # optional: the date relative dates resolve against

    [[case.expect]]                         # a claim that must be found
    at = "1,500"                            # a substring of text the claim's span must overlap
    occurrence = 1                          # optional: which occurrence of `at` (default the first)
    kind = "quantity"
    unit = "count"                          # optional fields below are compared when given
    noun = "person"
    low = 1500                              # "none" asserts None (an open side)
    high = 1500
    bound = "approx"
    span = "About 1,500 people"             # the claim's exact text
    date_start = 2025-04-04
    date_end = 2025-04-04
    time = "16:30"
    utc_offset = "+05:30"                   # "none" asserts None (local or unknown zone)
    weekday = "Monday"
    part = "early"                          # where in its period a part-of date points ("none": a whole period)

    [[case.absent]]                         # no claim (of `kinds`, default any) may overlap `at`
    at = "Covid-19"
    kinds = ["quantity", "duration", "rank"]

Exactly one claim must overlap an expected substring, so a value split in two is caught. Cases in
``known_bugs.toml`` carry a ``reason`` and run as strict xfails: each is right about the contract and
fails today; it turns into a failure (XPASS) once the extractor is fixed, and then moves to its topic file.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import claimcheck
from claimcheck import Bound, Claim, ClaimKind, Document

CASES_DIR = Path(__file__).parent / "cases"
KNOWN_BUGS = "known_bugs"
MIN_CASES = 120

_CASE_KEYS = {"id", "text", "published", "expect", "absent", "reason", "note"}
_EXPECT_KEYS = {
    "at",
    "occurrence",
    "kind",
    "unit",
    "noun",
    "low",
    "high",
    "bound",
    "span",
    "date_start",
    "date_end",
    "time",
    "utc_offset",
    "weekday",
    "part",
    "subtype",
}
_ABSENT_KEYS = {"at", "occurrence", "kinds", "why"}
_KINDS = {k.value for k in ClaimKind}
_BOUNDS = {b.value for b in Bound}
NONE = "none"


def _read_cases() -> Iterator[tuple[str, dict[str, Any]]]:
    for path in sorted(CASES_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data.get("case", []):
            yield path.stem, case


ALL_CASES = list(_read_cases())


def _params(known_bugs: bool) -> list[Any]:
    params = []
    for topic, case in ALL_CASES:
        if (topic == KNOWN_BUGS) != known_bugs:
            continue
        marks = (
            [pytest.mark.xfail(strict=True, raises=AssertionError, reason=case.get("reason", "?"))]
            if known_bugs
            else []
        )
        params.append(pytest.param(case, id=f"{topic}:{case['id']}", marks=marks))
    return params


def _locate(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the occurrence-th place `needle` stands in `text`."""
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            raise AssertionError(f"{needle!r} does not occur {occurrence} time(s) in {text!r}")
    return start, start + len(needle)


def _claims_of(case: dict[str, Any]) -> tuple[str, list[Claim]]:
    published = case.get("published")
    doc = Document(case["text"], id=case["id"], published=published)
    return doc.text, claimcheck.extract(doc)


def _show(claims: list[Claim]) -> str:
    return "\n".join(
        f"  [{c.start}:{c.end}] {c.text!r} kind={c.kind} unit={c.unit} noun={c.noun} low={c.low} high={c.high} "
        f"bound={c.bound} dates={c.date_start}..{c.date_end} time={c.time} {c.utc_offset}"
        for c in claims
    )


def _overlapping(claims: list[Claim], start: int, end: int) -> list[Claim]:
    return [c for c in claims if c.start < end and start < c.end]


def _same_number(actual: float | None, expected: Any) -> bool:
    if expected == NONE:
        return actual is None
    return actual is not None and math.isclose(actual, float(expected), rel_tol=1e-9, abs_tol=1e-9)


def _same_value(actual: Any, expected: Any) -> bool:
    if expected == NONE:
        return actual is None
    if isinstance(expected, date):
        return actual == expected
    return actual is not None and str(actual) == str(expected)


def check_case(case: dict[str, Any]) -> None:
    """Every expectation of one case holds (raises AssertionError naming the first that does not)."""
    text, claims = _claims_of(case)
    for expect in case.get("expect", []):
        start, end = _locate(text, expect["at"], expect.get("occurrence", 1))
        found = _overlapping(claims, start, end)
        assert len(found) == 1, (
            f"{case['id']}: expected one claim over {expect['at']!r}, found {len(found)}; all claims:\n{_show(claims)}"
        )
        claim = found[0]
        wrong = []
        for key, expected in expect.items():
            if key in ("at", "occurrence"):
                continue
            actual = getattr(claim, "text" if key == "span" else key)
            same = _same_number(actual, expected) if key in ("low", "high") else _same_value(actual, expected)
            if not same:
                wrong.append(f"{key}: expected {expected!r}, got {actual!r}")
        assert not wrong, f"{case['id']}: claim {claim.text!r}: " + "; ".join(wrong) + f"\nall claims:\n{_show(claims)}"
    for absent in case.get("absent", []):
        start, end = _locate(text, absent["at"], absent.get("occurrence", 1))
        kinds = set(absent.get("kinds", _KINDS))
        bad = [c for c in _overlapping(claims, start, end) if c.kind.value in kinds]
        assert not bad, f"{case['id']}: {absent['at']!r} must not be a {sorted(kinds)} claim:\n{_show(bad)}"


@pytest.mark.parametrize("case", _params(known_bugs=False))
def test_extraction_case(case: dict[str, Any]) -> None:
    check_case(case)


@pytest.mark.parametrize("case", _params(known_bugs=True))
def test_known_extraction_bug(case: dict[str, Any]) -> None:
    check_case(case)


# --- the case files themselves ---------------------------------------------------------------------------


def test_case_files_are_well_formed() -> None:
    """Typos in a case file must fail loudly, not make a case pass vacuously."""
    problems = []
    ids = [case.get("id") for _, case in ALL_CASES]
    problems += [f"duplicate id {i!r}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    for topic, case in ALL_CASES:
        where = f"{topic}:{case.get('id')}"
        problems += [f"{where}: unknown key {k!r}" for k in set(case) - _CASE_KEYS]
        if not isinstance(case.get("text"), str) or not case["text"].strip():
            problems.append(f"{where}: no text")
            continue
        if not case.get("expect") and not case.get("absent"):
            problems.append(f"{where}: neither expect nor absent")
        if (topic == KNOWN_BUGS) != ("reason" in case):
            problems.append(f"{where}: a reason belongs on exactly the cases in {KNOWN_BUGS}.toml")
        if "published" in case and not isinstance(case["published"], date):
            problems.append(f"{where}: published must be a TOML date")
        for expect in case.get("expect", []):
            problems += [f"{where}: unknown expect key {k!r}" for k in set(expect) - _EXPECT_KEYS]
            if expect.get("kind") not in _KINDS:
                problems.append(f"{where}: expect needs a kind from {sorted(_KINDS)}")
            if "bound" in expect and expect["bound"] not in _BOUNDS:
                problems.append(f"{where}: unknown bound {expect['bound']!r}")
            if "span" in expect and expect["at"] not in expect["span"]:
                problems.append(f"{where}: span {expect['span']!r} does not contain at={expect['at']!r}")
        for absent in case.get("absent", []):
            problems += [f"{where}: unknown absent key {k!r}" for k in set(absent) - _ABSENT_KEYS]
            problems += [f"{where}: unknown kind {k!r}" for k in set(absent.get("kinds", [])) - _KINDS]
        for item in [*case.get("expect", []), *case.get("absent", [])]:
            try:
                _locate(case["text"], item.get("at", "\0"), item.get("occurrence", 1))
            except AssertionError as exc:
                problems.append(f"{where}: {exc}")
    assert not problems, "\n".join(problems)


def test_there_are_enough_cases() -> None:
    assert len([c for t, c in ALL_CASES if t != KNOWN_BUGS]) >= MIN_CASES


def test_the_checker_itself_catches_a_wrong_expectation() -> None:
    """check_case must fail on a wrong unit, a wrong bound, a split claim and a forbidden claim."""
    base = {"id": "self-test", "text": "About 1,500 people were evacuated."}
    right = {"at": "1,500", "kind": "quantity", "unit": "count", "noun": "person", "low": 1500, "bound": "approx"}
    check_case({**base, "expect": [right]})
    for wrong in ({"unit": "percent"}, {"bound": "exact"}, {"low": 1501}, {"high": NONE}, {"noun": "people"}):
        with pytest.raises(AssertionError):
            check_case({**base, "expect": [{**right, **wrong}]})
    with pytest.raises(AssertionError):
        check_case({**base, "absent": [{"at": "1,500"}]})
    with pytest.raises(AssertionError):  # a substring over two claims means the value was split
        check_case(
            {"id": "split", "text": "6 people and 7 dogs", "expect": [{"at": "6 people and 7", "kind": "quantity"}]}
        )
