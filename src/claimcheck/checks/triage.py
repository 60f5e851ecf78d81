"""Which findings a run reports: rules selected or ignored, severities set, inline suppressions, a baseline.

The checks find everything; this is the one filter after them, so a suppressed or baselined finding is
still found the same way and only left out of the report.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from claimcheck.document import Document, Suppression
from claimcheck.models import Finding, Location, Severity

UNUSED_SUPPRESSION = "unused-suppression"
_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}


@dataclass(frozen=True)
class Policy:
    """What to report. `baseline` counts the fingerprints of findings already known (None: no baseline);
    `report_unused` turns suppression comments that silenced nothing into findings of their own."""

    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    severity: Mapping[str, Severity] = field(default_factory=lambda: MappingProxyType({}))
    baseline: Mapping[str, int] | None = None
    report_unused: bool = False

    def wants(self, rule: str) -> bool:
        """True when findings of this rule are reported at all."""
        return (self.select is None or rule in self.select or rule == UNUSED_SUPPRESSION) and rule not in self.ignore


def triage(findings: list[Finding], docs: list[Document], policy: Policy) -> list[Finding]:
    """The findings the policy keeps, with severities set, in the order given; unused suppressions last."""
    by_id = {doc.id: doc for doc in docs}
    used: set[tuple[str, int]] = set()
    kept: list[Finding] = []
    for finding in findings:
        if not policy.wants(finding.rule):
            continue
        silencing = _silencing(finding, by_id)
        if silencing:
            used.update(silencing)
            continue
        level = policy.severity.get(finding.rule)
        kept.append(finding.model_copy(update={"severity": level}) if level else finding)
    if policy.baseline is not None:
        kept = _new_findings(kept, policy.baseline)
    if policy.report_unused and policy.wants(UNUSED_SUPPRESSION):
        kept.extend(_unused(doc, s) for doc in docs for s in doc.suppressions or () if (doc.id, s.start) not in used)
    return kept


def reaches(finding: Finding, gate: str) -> bool:
    """True when a finding fails a `--fail-on` gate. Severity gates only here (`none` never fails); draft
    mode's gates (contradicted, unsourced) are decided where draft verdicts are made."""
    if gate in _RANK:
        return _RANK[finding.severity] <= _RANK[Severity(gate)]
    return False


def fingerprint(finding: Finding) -> str:
    """A finding's identity from its content: the rule, and each claim's text with its document's name.
    Offsets and lines are left out, so editing elsewhere in a file does not change it."""
    claims = sorted({(loc.doc, " ".join(loc.text.split())) for loc in finding.locations})
    content = "\n".join([finding.rule, *(f"{doc}\t{text}" for doc, text in claims)])
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:32]


def _silencing(finding: Finding, by_id: Mapping[str, Document]) -> set[tuple[str, int]]:
    """The suppression comments (doc id, offset) that silence a finding: any on a line of its claims."""
    found = set()
    for loc in finding.locations:
        doc = by_id.get(loc.doc)
        for suppression in (doc.suppressions or ()) if doc else ():
            if suppression.covers(finding.rule, loc.line):
                found.add((loc.doc, suppression.start))
    return found


def _new_findings(findings: list[Finding], baseline: Mapping[str, int]) -> list[Finding]:
    """The findings a baseline does not already hold, each fingerprint counted as often as it was recorded."""
    left = Counter(baseline)
    new = []
    for finding in findings:
        key = fingerprint(finding)
        if left[key] > 0:
            left[key] -= 1
        else:
            new.append(finding)
    return new


def _unused(doc: Document, suppression: Suppression) -> Finding:
    where = Location(
        doc=doc.id,
        start=suppression.start,
        end=suppression.end,
        text=suppression.text,
        line=suppression.line,
        col=suppression.col,
    )
    return Finding(
        rule=UNUSED_SUPPRESSION,
        severity=Severity.WARNING,
        message=f"'{suppression.text}' silences no finding on its line or the next; remove it.",
        locations=[where],
        docs=[doc.id],
    )


class BaselineError(Exception):
    """A baseline file that cannot be read or written; the message names the file."""


def read_baseline(path: Path) -> Counter[str]:
    """The fingerprints a baseline file records, each counted as often as it occurs."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data["findings"]
        return Counter(str(entry["fingerprint"]) for entry in entries)
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: cannot read the baseline ({exc})") from None
    except (ValueError, KeyError, TypeError):
        raise BaselineError(f"{path}: not a claimcheck baseline (a JSON object with a 'findings' list)") from None


def write_baseline(path: Path, findings: list[Finding]) -> None:
    """Record today's findings by fingerprint, with their rule and message so the file can be reviewed."""
    entries = [{"fingerprint": fingerprint(f), "rule": f.rule, "docs": f.docs, "message": f.message} for f in findings]
    payload = {"claimcheck_baseline": 1, "findings": entries}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write the baseline ({exc.strerror})") from None
