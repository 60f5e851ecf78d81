"""Every check claimcheck runs, listed explicitly, each with an example that fires and one that must not."""

from __future__ import annotations

from collections.abc import Mapping

from claimcheck.align.copies import Copies
from claimcheck.align.linking import Group
from claimcheck.checks.arithmetic import arithmetic
from claimcheck.checks.base import CheckInput, Rule
from claimcheck.checks.conflicts import date_conflicts, value_conflicts
from claimcheck.checks.copies import syndicated_copies
from claimcheck.checks.running import count_revisions, count_updates
from claimcheck.checks.shares import share_sums
from claimcheck.checks.timeline import events_after_publication, weekday_mismatches
from claimcheck.document import Document
from claimcheck.models import Claim, Finding, Severity

_WIRE = (
    "date 2025-03-10\nThe company said on Monday that quarterly revenue reached a record as demand for its "
    "chips rose across Asia, Europe and North America. Analysts had expected a weaker quarter after the "
    "shutdown of two plants in Taiwan during the storm season, which cut output for several weeks."
)

RULES: list[Rule] = [
    Rule(
        "value-conflict",
        Severity.ERROR,
        "The same measure of the same thing is given values that cannot both be true.",
        value_conflicts,
        fires_on=(
            ("a.txt", "date 2025-05-02\nChina controls 92 per cent of global rare earth magnet production."),
            ("b.txt", "date 2025-05-02\nChina controls 61 per cent of global rare earth magnet production."),
        ),
        silent_on=(
            ("a.txt", "date 2025-05-02\nChina controls 92 per cent of global rare earth magnet production."),
            (
                "b.txt",
                "date 2025-05-02\nChina controls more than 90% of global rare earth magnet production.",
            ),
        ),
    ),
    Rule(
        "date-conflict",
        Severity.ERROR,
        "The same event is dated on days that cannot both be right.",
        date_conflicts,
        fires_on=(
            (
                "a.txt",
                "date 2025-06-20\nAmbassador Pradeep Kumar Rawat met Vice Minister Sun Weidong on June 5.",
            ),
            (
                "b.txt",
                "date 2025-06-20\nOn June 16, Ambassador Pradeep Kumar Rawat met Vice Minister Sun Weidong.",
            ),
        ),
        silent_on=(
            (
                "a.txt",
                "date 2025-06-20\nAmbassador Pradeep Kumar Rawat met Vice Minister Sun Weidong on June 5.",
            ),
            (
                "b.txt",
                "date 2025-06-20\nForeign Secretary Vikram Misri met Vice Minister Sun Weidong on June 13.",
            ),
        ),
    ),
    Rule(
        "event-after-publication",
        Severity.ERROR,
        "An event told as past is dated after the document's publication date.",
        events_after_publication,
        fires_on=(("a.txt", "date 2025-06-12\nOn June 16, Ambassador Rawat met Vice Minister Sun Weidong."),),
        silent_on=(("a.txt", "date 2025-06-12\nAmbassador Rawat will meet Vice Minister Sun Weidong on June 16."),),
        per_document=True,
    ),
    Rule(
        "share-sum",
        Severity.WARNING,
        "Shares of one whole add up to more than 100%, or parts to more than their stated total.",
        share_sums,
        fires_on=(
            (
                "a.txt",
                "China holds 72 per cent of the market, with Japan (27 per cent) and Korea (9 per cent).",
            ),
        ),
        silent_on=(
            (
                "a.txt",
                "China controls 92 per cent of the market, with Japan (7 per cent) and Vietnam (1 per cent).",
            ),
        ),
        per_document=True,
    ),
    Rule(
        "arithmetic",
        Severity.WARNING,
        "A derived figure (a change, a conversion, a breakdown, a gap between dates) does not follow from its inputs.",
        arithmetic,
        fires_on=(
            ("a.txt", "Exports tripled from 200 tonnes to 900 tonnes last year."),
            ("b.txt", "Net profit jumped 62% year on year to ₹4,512 crore. It was ₹2,861 crore a year earlier."),
            ("c.txt", "On Friday 47 (20 passenger & 18 freight) trains ran on the branch line."),
            ("d.txt", "Damage is put at KES 4.5 billion (USD 58 million); KES 1.2 billion (USD 25 million) is paid."),
        ),
        silent_on=(
            ("a.txt", "Exports tripled from 200 tonnes to 610 tonnes, and the road is 5 km (3 miles) long."),
            ("b.txt", "Net profit jumped 58% year on year to ₹4,512 crore. It was ₹2,861 crore a year earlier."),
            ("c.txt", "On Friday 63 (41 passenger & 22 freight) trains ran, and 38 (20 passenger & 18 freight)."),
            ("d.txt", "Damage is put at KES 4.5 billion (USD 35 million); KES 1.2 billion (USD 9 million) is paid."),
        ),
        per_document=True,
    ),
    Rule(
        "count-update",
        Severity.NOTE,
        "A running count (a toll, the missing) is higher in a later report: an update, told as a timeline.",
        count_updates,
        fires_on=(
            ("a.txt", "date 2025-03-28\nThe earthquake has killed 144 people, officials said."),
            ("b.txt", "date 2025-03-31\nThe earthquake has killed 1,644 people, officials said."),
        ),
        silent_on=(
            ("a.txt", "date 2025-03-28\nThe earthquake has killed 144 people, officials said."),
            ("b.txt", "date 2025-03-28\nThe earthquake has killed 144 people, rescuers said."),
        ),
    ),
    Rule(
        "count-revision",
        Severity.WARNING,
        "A running count is lower in a later report, and no report says it was revised.",
        count_revisions,
        fires_on=(
            ("a.txt", "date 2025-03-28\nThe earthquake has killed 144 people, the National Disaster Agency said."),
            ("b.txt", "date 2025-03-31\nThe earthquake has killed 120 people, the National Disaster Agency said."),
        ),
        silent_on=(
            ("a.txt", "date 2025-03-28\nThe earthquake has killed 144 people, officials said."),
            ("b.txt", "date 2025-03-31\nThe death toll of the earthquake was revised to 120 after double counting."),
        ),
    ),
    Rule(
        "syndicated-copy",
        Severity.NOTE,
        "Two documents are copies of each other, so their agreement is one source, not two.",
        syndicated_copies,
        fires_on=(("a.txt", _WIRE), ("b.txt", _WIRE + "\nThis story was published from a syndicated feed.")),
        silent_on=(
            ("a.txt", _WIRE),
            ("b.txt", "date 2025-03-10\nChip sales rose on strong demand in Asia, the firm said."),
        ),
    ),
    Rule(
        "weekday-mismatch",
        Severity.WARNING,
        "A weekday written next to a date is not that date's weekday.",
        weekday_mismatches,
        fires_on=(("a.txt", "The hearing is set for Monday, June 10, 2025."),),
        silent_on=(("a.txt", "The hearing is set for Tuesday, June 10, 2025."),),
        per_document=True,
    ),
]


def run_checks(
    docs: list[Document],
    claims: dict[str, list[Claim]],
    groups: list[Group],
    copies: Copies,
    tolerance: Mapping[str, float] | None = None,
    found: Mapping[str, list[Finding]] | None = None,
) -> list[Finding]:
    """Every registered rule's findings, in a stable order. `found` holds the findings of the per-document
    rules when they already ran where each document was read (`document_findings`); they are not run again."""
    data = CheckInput(docs, claims, groups, copies, tolerance or {})
    findings = [
        finding
        for rule in RULES
        for finding in (found.get(rule.id, []) if found is not None and rule.per_document else rule.run(data, rule))
    ]
    findings.sort(key=lambda f: (f.rule, [(loc.doc, loc.start) for loc in f.locations]))
    return findings


def document_findings(doc: Document, claims: list[Claim]) -> dict[str, list[Finding]]:
    """The findings of every per-document rule on one document, by rule id: what a worker sends back, so
    that neither the text nor the claims these rules read need be kept for the comparison across documents."""
    data = CheckInput([doc], {doc.id: claims}, [], Copies())
    return {rule.id: rule.run(data, rule) for rule in RULES if rule.per_document}


def rules_markdown() -> str:
    """The registry as the Markdown table docs/checks.md holds, examples included."""
    lines = ["# Checks", "", "Generated by `claimcheck rules` from the registry; a test keeps it current.", ""]
    lines += ["| id | severity | what it catches |", "| --- | --- | --- |"]
    lines += [f"| `{rule.id}` | {rule.severity} | {rule.description} |" for rule in RULES]
    for rule in RULES:
        lines += ["", f"## `{rule.id}`", "", rule.description, "", "Fires on:", ""]
        lines += [f"- {doc_id}: {text!r}" for doc_id, text in rule.fires_on]
        lines += ["", "Stays silent on:", ""]
        lines += [f"- {doc_id}: {text!r}" for doc_id, text in rule.silent_on]
    return "\n".join(lines) + "\n"
