"""Every registered rule fires on its contradiction example and stays silent on its consistent one."""

from __future__ import annotations

import pytest

from claimcheck.checks.registry import RULES
from claimcheck.document import Document
from claimcheck.engine import check
from claimcheck.models import Severity


def _docs(example: tuple[tuple[str, str], ...]) -> list[Document]:
    return [Document(text, id=doc_id) for doc_id, text in example]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_fires_on_its_example(rule):
    report = check(_docs(rule.fires_on))
    assert any(f.rule == rule.id for f in report.findings), [f.message for f in report.findings]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_silent_on_its_consistent_example(rule):
    report = check(_docs(rule.silent_on))
    assert not [f.message for f in report.findings if f.rule == rule.id]


def test_registry_ids_are_unique_and_described():
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.description.endswith(".")
        assert isinstance(rule.severity, Severity)
        assert rule.fires_on and rule.silent_on


def test_every_issue_rule_is_registered():
    expected = {
        "value-conflict",
        "date-conflict",
        "event-after-publication",
        "share-sum",
        "arithmetic",
        "syndicated-copy",
        "weekday-mismatch",
    }
    assert expected <= {rule.id for rule in RULES}
