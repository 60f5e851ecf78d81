"""Story tests: a few short news reports of one story, the findings claimcheck must report on them and the
pairs it must stay silent about.

Each ``stories/<name>.toml`` file holds::

    about = "one line: what the story tests"
    strict_silence = true          # optional: no value-/date-conflict finding beyond the expected ones

    [[documents]]
    id = "a.txt"
    text = '''date 2025-03-04
    ...'''

    [[expect]]                     # a finding that must be reported
    rule = "value-conflict"
    spans = [{doc = "a.txt", text = "42 people"}, {doc = "b.txt", text = "24 dead", occurrence = 2}]
    [[expect]]
    rule = "syndicated-copy"
    docs = ["a.txt", "c.txt"]

    [[must_not]]                   # something that must NOT be flagged
    why = "92% and more than 90% agree"
    rule = "share-sum"             # optional: without it, value-conflict and date-conflict
    spans = [...]                  # or docs = [...]

A span is the ``occurrence``-th (default first) place its text stands in its document; when the text stands
there more than once, ``occurrence`` must be given. A finding's locations (and its outlier) overlap a span
when they are in the same document and their character ranges overlap.

* ``[[expect]]`` with spans is met by a finding of that rule with a location overlapping every span; with
  docs, by a finding of that rule with locations (or ``docs``) in every listed document.
* ``[[must_not]]`` with one span is broken by a finding of the rule(s) with a location overlapping it; with
  several spans, by one that sets them against each other: each span overlaps a different location and, when
  the finding names an outlier, one of them is the outlier. With docs, as for ``[[expect]]``.
* ``strict_silence``: every value-conflict/date-conflict finding must meet some ``[[expect]]``.
* ``known_gap``: why the engine cannot yet meet the story; the story then runs as a strict xfail, so it
  turns into a failure (to be promoted) the day the engine meets it.
"""

from __future__ import annotations

import itertools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from claimcheck.checks.registry import RULES as REGISTERED

STORIES_DIR = Path(__file__).parent / "stories"
STORY_FILES = sorted(STORIES_DIR.glob("*.toml"))
STORY_IDS = [path.stem for path in STORY_FILES]

RULES = frozenset(rule.id for rule in REGISTERED)
CONFLICT_RULES = ("value-conflict", "date-conflict")

_STORY_KEYS = {"about", "strict_silence", "documents", "expect", "must_not", "known_gap"}
_DOCUMENT_KEYS = {"id", "text"}
_EXPECT_KEYS = {"rule", "spans", "docs", "why"}
_MUST_NOT_KEYS = {"rule", "spans", "docs", "why"}
_SPAN_KEYS = {"doc", "text", "occurrence"}


@dataclass(frozen=True)
class Span:
    """A stretch of one document's text that an expectation points at."""

    doc: str
    text: str
    occurrence: int
    start: int
    end: int

    def label(self) -> str:
        nth = f" (occurrence {self.occurrence})" if self.occurrence > 1 else ""
        return f"{self.doc}:{self.text!r}{nth}"


class StoryError(Exception):
    """A story file that does not follow the schema."""


def load_story(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _find_nth(text: str, needle: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            return -1
    return start


def _count(text: str, needle: str) -> int:
    count, start = 0, text.find(needle)
    while start >= 0:
        count += 1
        start = text.find(needle, start + 1)
    return count


def resolve_span(raw: Any, texts: dict[str, str]) -> Span:
    """The span a story entry names, located in its document; StoryError when it cannot be."""
    if not isinstance(raw, dict) or not {"doc", "text"} <= raw.keys() or not raw.keys() <= _SPAN_KEYS:
        raise StoryError(f"a span needs doc and text (and may have occurrence): {raw!r}")
    doc, needle, occurrence = raw["doc"], raw["text"], raw.get("occurrence")
    if doc not in texts:
        raise StoryError(f"span {needle!r} names an unknown document {doc!r}")
    if not isinstance(needle, str) or not needle:
        raise StoryError(f"span text in {doc} must be a non-empty string: {needle!r}")
    if occurrence is None:
        if _count(texts[doc], needle) > 1:
            raise StoryError(f"span {needle!r} stands {_count(texts[doc], needle)} times in {doc}: add occurrence = N")
        occurrence = 1
    if not isinstance(occurrence, int) or occurrence < 1:
        raise StoryError(f"span {needle!r} in {doc}: occurrence must be a positive integer")
    start = _find_nth(texts[doc], needle, occurrence)
    if start < 0:
        raise StoryError(f"span {needle!r} (occurrence {occurrence}) is not in {doc}")
    return Span(doc, needle, occurrence, start, start + len(needle))


def story_problems(story: dict[str, Any]) -> list[str]:
    """Everything wrong with a story file's structure and spans, without running the engine."""
    problems: list[str] = []
    unknown = story.keys() - _STORY_KEYS
    if unknown:
        problems.append(f"unknown top-level keys: {sorted(unknown)}")
    if not isinstance(story.get("about"), str) or not story["about"].strip():
        problems.append("about: a one-line description is required")
    if not isinstance(story.get("strict_silence", False), bool):
        problems.append("strict_silence must be true or false")
    documents = story.get("documents")
    if not isinstance(documents, list) or not documents:
        return [*problems, "documents: at least one [[documents]] table is required"]
    texts: dict[str, str] = {}
    for number, document in enumerate(documents, 1):
        if not isinstance(document, dict) or document.keys() != _DOCUMENT_KEYS:
            problems.append(f"documents #{number}: needs exactly id and text")
            continue
        if document["id"] in texts:
            problems.append(f"documents #{number}: duplicate id {document['id']!r}")
        texts[document["id"]] = document["text"]
    if not story.get("expect") and not story.get("must_not"):
        problems.append("a story needs at least one [[expect]] or [[must_not]]")
    for section, allowed in (("expect", _EXPECT_KEYS), ("must_not", _MUST_NOT_KEYS)):
        for number, entry in enumerate(story.get(section, []), 1):
            where = f"{section} #{number}"
            if not isinstance(entry, dict):
                problems.append(f"{where}: must be a table")
                continue
            if entry.keys() - allowed:
                problems.append(f"{where}: unknown keys {sorted(entry.keys() - allowed)}")
            rule = entry.get("rule")
            if section == "expect" and rule is None:
                problems.append(f"{where}: rule is required")
            if rule is not None and rule not in RULES:
                problems.append(f"{where}: unknown rule {rule!r}")
            if section == "must_not" and not entry.get("why"):
                problems.append(f"{where}: why is required")
            if ("spans" in entry) == ("docs" in entry):
                problems.append(f"{where}: give either spans or docs")
            for raw in entry.get("spans", []):
                try:
                    resolve_span(raw, texts)
                except StoryError as error:
                    problems.append(f"{where}: {error}")
            docs = entry.get("docs", [])
            if "docs" in entry and (len(docs) < 2 or any(doc not in texts for doc in docs)):
                problems.append(f"{where}: docs must list two or more known documents: {docs!r}")
            if "spans" in entry and not entry["spans"]:
                problems.append(f"{where}: spans is empty")
    return problems


# --- matching findings against expectations -------------------------------------------------------------


def _locations(finding: Any) -> list[Any]:
    """The finding's locations and its outlier, without repeats."""
    found: dict[tuple[str, int, int], Any] = {}
    for location in [*finding.locations, *([finding.outlier] if finding.outlier is not None else [])]:
        found.setdefault((location.doc, location.start, location.end), location)
    return list(found.values())


def _overlaps(location: Any, span: Span) -> bool:
    return location.doc == span.doc and location.start < span.end and span.start < location.end


def _covers_docs(finding: Any, docs: list[str]) -> bool:
    named = {location.doc for location in _locations(finding)} | set(getattr(finding, "docs", []) or [])
    return set(docs) <= named


def _meets(finding: Any, entry: dict[str, Any], spans: list[Span]) -> bool:
    """True when the finding is the one an [[expect]] entry asks for."""
    if finding.rule != entry["rule"]:
        return False
    if "docs" in entry:
        return _covers_docs(finding, entry["docs"])
    locations = _locations(finding)
    return all(any(_overlaps(location, span) for location in locations) for span in spans)


def _sets_against(finding: Any, spans: list[Span]) -> bool:
    """True when the finding flags the spans against one another (see the module docstring)."""
    locations = _locations(finding)
    if len(spans) == 1:
        return any(_overlaps(location, spans[0]) for location in locations)
    outlier = None
    if finding.outlier is not None:
        outlier = next(i for i, loc in enumerate(locations) if (loc.doc, loc.start, loc.end) == _key(finding.outlier))
    choices = [[i for i, loc in enumerate(locations) if _overlaps(loc, span)] for span in spans]
    for chosen in itertools.product(*choices):
        if len(set(chosen)) == len(chosen) and (outlier is None or outlier in chosen):
            return True
    return False


def _key(location: Any) -> tuple[str, int, int]:
    return (location.doc, location.start, location.end)


def _breaks(finding: Any, entry: dict[str, Any], spans: list[Span]) -> bool:
    """True when the finding flags what a [[must_not]] entry forbids."""
    rules = (entry["rule"],) if entry.get("rule") else CONFLICT_RULES
    if finding.rule not in rules:
        return False
    if "docs" in entry:
        return _covers_docs(finding, entry["docs"])
    return _sets_against(finding, spans)


def _describe_finding(finding: Any) -> str:
    lines = [f"[{finding.rule}] {finding.message}"]
    for location in _locations(finding):
        mark = " (outlier)" if finding.outlier is not None and _key(location) == _key(finding.outlier) else ""
        lines.append(f"      {location.doc} {location.start}-{location.end} {location.text!r}{mark}")
    if getattr(finding, "docs", None):
        lines.append(f"      docs: {', '.join(finding.docs)}")
    return "\n".join(lines)


def _describe_entry(entry: dict[str, Any], spans: list[Span]) -> str:
    rule = entry.get("rule") or "/".join(CONFLICT_RULES)
    where = ", ".join(entry["docs"]) if "docs" in entry else " + ".join(span.label() for span in spans)
    why = f" ({entry['why']})" if entry.get("why") else ""
    return f"{rule}: {where}{why}"


def evaluate(story: dict[str, Any], findings: list[Any]) -> list[str]:
    """What the findings get wrong about the story: missing, forbidden and unexpected findings."""
    texts = {document["id"]: document["text"] for document in story["documents"]}

    def spans_of(entry: dict[str, Any]) -> list[Span]:
        return [resolve_span(raw, texts) for raw in entry.get("spans", [])]

    expects = [(entry, spans_of(entry)) for entry in story.get("expect", [])]
    problems: list[str] = []
    for entry, spans in expects:
        if not any(_meets(finding, entry, spans) for finding in findings):
            problems.append(f"missing {_describe_entry(entry, spans)}")
    for entry in story.get("must_not", []):
        spans = spans_of(entry)
        for finding in findings:
            if _breaks(finding, entry, spans):
                problems.append(f"must not flag {_describe_entry(entry, spans)}\n    but: {_describe_finding(finding)}")
    if story.get("strict_silence"):
        for finding in findings:
            if finding.rule in CONFLICT_RULES and not any(_meets(finding, entry, spans) for entry, spans in expects):
                problems.append(f"unexpected in a strict-silence story: {_describe_finding(finding)}")
    return problems


# --- the tests ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", STORY_FILES, ids=STORY_IDS)
def test_story_spans(path: Path) -> None:
    """The story file parses, follows the schema, and every span stands in its document (no engine needed)."""
    problems = story_problems(load_story(path))
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems)


def test_story_spans_cover_every_rule() -> None:
    """Every rule is fired by some story, and has some story where a tempting finding must stay silent."""
    expected: set[str] = set()
    silenced: set[str] = set()
    strict = 0
    for path in STORY_FILES:
        story = load_story(path)
        strict += bool(story.get("strict_silence"))
        expected |= {entry["rule"] for entry in story.get("expect", [])}
        for entry in story.get("must_not", []):
            silenced |= {entry["rule"]} if entry.get("rule") else set(CONFLICT_RULES)
    assert not RULES - expected, f"no story expects: {sorted(RULES - expected)}"
    assert not RULES - silenced, f"no story has a must_not for: {sorted(RULES - silenced)}"
    assert strict, "no story uses strict_silence"


def _story_params() -> list[object]:
    params = []
    for path in STORY_FILES:
        gap = load_story(path).get("known_gap")
        marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
        params.append(pytest.param(path, marks=marks, id=path.stem))
    return params


@pytest.mark.parametrize("path", _story_params())
def test_story(path: Path) -> None:
    """The engine reports what each story expects and stays silent where it must."""
    from claimcheck.document import Document
    from claimcheck.engine import check

    story = load_story(path)
    documents = [Document(document["text"], id=document["id"]) for document in story["documents"]]
    findings = list(check(documents).findings)
    problems = evaluate(story, findings)
    if problems:
        produced = "\n".join(f"  {_describe_finding(finding)}" for finding in findings) or "  (none)"
        pytest.fail(
            f"{path.name}: {story['about']}\n"
            f"{len(problems)} problem(s):\n"
            + "\n".join(f"  - {problem}" for problem in problems)
            + f"\nfindings produced ({len(findings)}):\n{produced}",
            pytrace=False,
        )
