"""Plain-text report for terminals and logs: findings by severity then place, then agreeing groups and coverage."""

from __future__ import annotations

from claimcheck.models import ClaimGroup, Coverage, Finding, Location, Report, Severity, Verdict, VerdictKind
from claimcheck.reporters.base import PLAIN, Options, display_paths, head, ordered

# The order an editor reads verdicts in: what is wrong first, then what needs a source, then what is backed.
VERDICT_ORDER = (VerdictKind.CONTRADICTED, VerdictKind.UNSOURCED, VerdictKind.SUPPORTED)
_ANSI = {
    Severity.ERROR: "1;31",
    Severity.WARNING: "1;33",
    Severity.NOTE: "36",
    "rule": "2",
    "figure": "1",
    "agreed": "32",
}


def paint(text: str, style: str | Severity, options: Options) -> str:
    """The text in an ANSI colour when colour is on, else unchanged."""
    return f"\x1b[{_ANSI[style]}m{text}\x1b[0m" if options.color else text


def render(report: Report, options: Options = PLAIN) -> str:
    """The whole report as compact text (coloured when `options.color`), ending in a newline."""
    paths = display_paths(report, options.root)
    findings = ordered(report.findings, paths)
    blocks = [format_finding(finding, options, paths) for finding in findings] or ["no disagreements found"]
    agreeing = [format_group(group, options, paths) for group in report.groups if group.agree]
    if agreeing:
        blocks.append("\n".join(agreeing))
    if report.draft:
        blocks.append(format_verdicts(report.draft, report.verdicts, options, paths))
    blocks.append(format_coverage(report.coverage))
    return "\n\n".join(blocks) + "\n"


def format_finding(finding: Finding, options: Options = PLAIN, paths: dict[str, str] | None = None) -> str:
    """A finding's position, severity, rule and message, then one indented line per claim it rests on."""
    where = head(finding)
    place = f"{position(where, paths)}: " if where else ""
    severity = paint(str(finding.severity), finding.severity, options)
    lines = [f"{place}{severity} {paint(f'[{finding.rule}]', 'rule', options)} {finding.message}"]
    lines.extend(f"    {format_location(location, options, paths)}" for location in finding.locations)
    if finding.matched:
        lines.append(f"    {paint('compared: ' + compared_because(finding.matched), 'rule', options)}")
    return "\n".join(lines)


def compared_because(matched: list[str]) -> str:
    """Why the claims were set side by side: the subject fields they share ('same measure: net profit'),
    then the words they share."""
    levels = [item for item in matched if item.startswith(("same ", "compatible "))]
    words = [item for item in matched if item not in levels]
    shared = f"shared words {', '.join(words)}" if words else ""
    return "; ".join([*levels, shared] if shared else levels)


def format_verdicts(
    draft: str, verdicts: list[Verdict], options: Options = PLAIN, paths: dict[str, str] | None = None
) -> str:
    """The draft's verdicts counted, then one line per claim, worst first, each with the source claims behind it."""
    counts = ", ".join(f"{sum(v.verdict is kind for v in verdicts)} {kind}" for kind in VERDICT_ORDER)
    name = (paths or {}).get(draft, draft)
    lines = [f"{name}: {plural(len(verdicts), 'claim')} checked against the sources: {counts}"]
    for verdict in sorted(verdicts, key=lambda v: (VERDICT_ORDER.index(v.verdict), v.start)):
        lines.append(f"{position(verdict, paths)}: {verdict.verdict}: {verdict.message}")
        backing = [*verdict.evidence, *verdict.disputed_by]
        lines.extend(f"    {format_location(location, options, paths)}" for location in backing)
    return "\n".join(lines)


def format_location(location: Location, options: Options = PLAIN, paths: dict[str, str] | None = None) -> str:
    """One claim as `doc:line:col  "text"  value`, kept on one line; the exact interval too under --verbose."""
    text = paint(f'"{" ".join(location.text.split())}"', "figure", options)
    exact = f"  = {location.exact}" if options.verbose and location.exact and location.exact != location.value else ""
    return f"{position(location, paths)}  {text}  {location.value}{exact}".rstrip()


def position(location: Location, paths: dict[str, str] | None = None) -> str:
    """Where a claim stands, as editors and compilers write it: path:line:col."""
    return f"{(paths or {}).get(location.doc, location.doc)}:{location.line}:{location.col}"


def format_group(group: ClaimGroup, options: Options = PLAIN, paths: dict[str, str] | None = None) -> str:
    """An agreeing group: its value and how many independent sources state it."""
    first = group.claims[0] if group.claims else None
    value = first.value if first else ""
    if first and options.verbose and first.exact:
        value += f" (= {first.exact})"
    sources = plural(group.independent_sources, "independent source")
    places = ", ".join(position(claim, paths) for claim in group.claims)
    return f"{paint('agreed:', 'agreed', options)} {group.key} {value} corroborated by {sources} ({places})"


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
