"""Plain-text report for terminals and logs: one block per finding, then agreeing groups and coverage."""

from __future__ import annotations

from claimcheck.models import ClaimGroup, Coverage, Finding, Location, Report, Verdict, VerdictKind

# The order an editor reads verdicts in: what is wrong first, then what needs a source, then what is backed.
VERDICT_ORDER = (VerdictKind.CONTRADICTED, VerdictKind.UNSOURCED, VerdictKind.SUPPORTED)


def render(report: Report) -> str:
    """The whole report as compact plain text, ending in a newline."""
    blocks = [format_finding(finding) for finding in report.findings] or ["no disagreements found"]
    agreeing = [format_group(group) for group in report.groups if group.agree]
    if agreeing:
        blocks.append("\n".join(agreeing))
    if report.draft:
        blocks.append(format_verdicts(report.draft, report.verdicts))
    blocks.append(format_coverage(report.coverage))
    return "\n\n".join(blocks) + "\n"


def format_finding(finding: Finding) -> str:
    """A finding's position, severity, rule and message, then one indented line per claim it rests on."""
    head = finding.outlier or (finding.locations[0] if finding.locations else None)
    where = f"{position(head)}: " if head else ""
    lines = [f"{where}{finding.severity} [{finding.rule}] {finding.message}"]
    lines.extend(f"    {format_location(location)}" for location in finding.locations)
    return "\n".join(lines)


def format_verdicts(draft: str, verdicts: list[Verdict]) -> str:
    """The draft's verdicts counted, then one line per claim, worst first, each with the source claims behind it."""
    counts = ", ".join(f"{sum(v.verdict is kind for v in verdicts)} {kind}" for kind in VERDICT_ORDER)
    lines = [f"{draft}: {plural(len(verdicts), 'claim')} checked against the sources: {counts}"]
    for verdict in sorted(verdicts, key=lambda v: (VERDICT_ORDER.index(v.verdict), v.start)):
        lines.append(f"{position(verdict)}: {verdict.verdict}: {verdict.message}")
        lines.extend(f"    {format_location(location)}" for location in [*verdict.evidence, *verdict.disputed_by])
    return "\n".join(lines)


def format_location(location: Location) -> str:
    """One claim as `doc:line:col  "text"  value`, kept on one line."""
    text = " ".join(location.text.split())
    return f'{position(location)}  "{text}"  {location.value}'.rstrip()


def position(location: Location) -> str:
    """Where a claim stands, as editors and compilers write it: doc:line:col."""
    return f"{location.doc}:{location.line}:{location.col}"


def format_group(group: ClaimGroup) -> str:
    """An agreeing group: its value and how many independent sources state it."""
    value = group.claims[0].value if group.claims else ""
    sources = plural(group.independent_sources, "independent source")
    places = ", ".join(position(claim) for claim in group.claims)
    return f"agreed: {group.key} {value} corroborated by {sources} ({places})"


def format_coverage(coverage: Coverage) -> str:
    """How much input the checks saw, and each input they could not read."""
    lines = [
        f"{plural(coverage.documents, 'document')}, {coverage.claims_found} claims found, "
        f"{coverage.claims_compared} compared, {coverage.claims_unmatched} matched nothing; "
        f"{plural(len(coverage.skipped), 'input')} skipped"
    ]
    lines.extend(f"    skipped {skipped.path}: {skipped.reason}" for skipped in coverage.skipped)
    return "\n".join(lines)


def plural(count: int, noun: str) -> str:
    """`1 document`, `2 documents`."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
