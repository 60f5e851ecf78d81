"""HTML report: one self-contained page (inline CSS, nothing fetched) an editor can open, forward and archive."""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any

from claimcheck.models import ClaimGroup, Coverage, Finding, Location, Report, Severity, VerdictKind
from claimcheck.reporters.base import PLAIN, Options, display_paths, head, ordered
from claimcheck.reporters.html_style import STYLE
from claimcheck.reporters.sarif import tool_version
from claimcheck.reporters.text import plural, position

_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.NOTE)


def render(report: Report, options: Options = PLAIN) -> str:
    """The report as one HTML document: summary, findings with their sentences, agreements, timeline, coverage."""
    paths = display_paths(report, options.root)
    findings = ordered(report.findings, paths)
    sections = [
        _summary(report),
        _section(
            "findings",
            "Disagreements",
            [_finding(f, n, paths, options) for n, f in enumerate(findings, 1)],
            "No disagreements found.",
        ),
        _section(
            "agreed",
            "Figures the sources agree on",
            [_table_of_groups(report.groups, paths)],
            "No figure is stated alike by two independent sources.",
        ),
        _section("timeline", "Running counts over time", [_timeline(getattr(report, "timeline", None))], ""),
        _contradicted(report, paths, options),
        _unsupported(report, paths, options),
        _section("coverage", "Coverage", [_coverage(report.coverage), _documents(report, paths)], ""),
    ]
    body = "\n".join(part for part in sections if part)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>claimcheck report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n"
        f"<h1>claimcheck report</h1>\n{body}\n"
        f"<footer>Made by claimcheck {escape(tool_version())}. This page loads nothing from the network.</footer>\n"
        "</main>\n</body>\n</html>\n"
    )


def _section(anchor: str, title: str, parts: list[str], empty: str) -> str:
    content = "\n".join(part for part in parts if part) or f'<p class="empty">{escape(empty)}</p>'
    return f'<section id="{anchor}">\n<h2>{escape(title)}</h2>\n{content}\n</section>'


def _summary(report: Report) -> str:
    counts = Counter(finding.severity for finding in report.findings)
    badges = "".join(
        f'<span class="badge {severity}">{plural(counts[severity], str(severity))}</span>' for severity in _SEVERITIES
    )
    coverage = report.coverage
    return (
        f'<p class="summary">{badges}<span class="facts">{plural(coverage.documents, "document")}, '
        f"{coverage.claims_found} claims found, {coverage.claims_compared} compared</span></p>"
    )


def _finding(finding: Finding, number: int, paths: dict[str, str], options: Options) -> str:
    """A finding: its rule and message, then each source's sentence with the disputed figure marked."""
    where = head(finding)
    place = f' <span class="place">{escape(position(where, paths))}</span>' if where else ""
    outlier = finding.outlier or minority(finding.locations)
    quotes = [
        _quote(doc, sentence, locations, paths, outlier, options)
        for (doc, sentence), locations in _by_sentence(finding.locations).items()
    ]
    return (
        f'<article class="finding {finding.severity}" id="finding-{number}">\n'
        f'<header><span class="badge {finding.severity}">{finding.severity}</span> '
        f'<code class="rule">{escape(finding.rule)}</code>{place}</header>\n'
        f'<p class="message">{escape(finding.message)}</p>\n' + "\n".join(quotes) + "\n</article>"
    )


def minority(locations: list[Location]) -> Location | None:
    """The one claim whose value no other claim of the finding shares, when all the others share theirs."""
    counts = Counter(location.value for location in locations)
    alone = [location for location in locations if counts[location.value] == 1]
    return alone[0] if len(counts) > 1 and len(alone) == 1 else None


def _by_sentence(locations: list[Location]) -> dict[tuple[str, str], list[Location]]:
    grouped: dict[tuple[str, str], list[Location]] = {}
    for location in locations:
        grouped.setdefault((location.doc, location.sentence or location.text), []).append(location)
    return grouped


def _quote(
    doc: str,
    sentence: str,
    locations: list[Location],
    paths: dict[str, str],
    outlier: Location | None,
    options: Options,
) -> str:
    """A source's sentence with each of its figures in <mark>, and what each figure was read as."""
    marked = mark(sentence, [(loc.text, loc == outlier) for loc in locations])
    readings = "; ".join(
        f'<span class="reading">“{escape(" ".join(loc.text.split()))}” = {escape(loc.value)}</span>'
        + (f" <small>{escape(loc.exact)}</small>" if options.verbose and loc.exact else "")
        for loc in locations
        if loc.sentence and (options.verbose or " ".join(loc.text.split()) != loc.value)
    )
    source = escape(position(locations[0], paths))
    return (
        f'<figure class="source"><figcaption>{source}</figcaption>\n'
        f'<blockquote>{marked}</blockquote>\n<p class="readings">{readings}</p></figure>'
    )


def mark(sentence: str, figures: list[tuple[str, bool]]) -> str:
    """The sentence escaped, each figure's first free occurrence wrapped in <mark> (class 'outlier' if flagged)."""
    spans: list[tuple[int, int, bool]] = []
    for text, is_outlier in figures:
        start = sentence.find(text)
        while start >= 0 and any(s < start + len(text) and start < e for s, e, _ in spans):
            start = sentence.find(text, start + 1)
        if start >= 0 and text:
            spans.append((start, start + len(text), is_outlier))
    pieces, cursor = [], 0
    for start, end, is_outlier in sorted(spans):
        css = "figure outlier" if is_outlier else "figure"
        pieces += [escape(sentence[cursor:start]), f'<mark class="{css}">{escape(sentence[start:end])}</mark>']
        cursor = end
    pieces.append(escape(sentence[cursor:]))
    return "".join(pieces)


def _table_of_groups(groups: list[ClaimGroup], paths: dict[str, str]) -> str:
    rows = [
        f'<tr><td>{escape(group.key)}</td><td class="value">{escape(group.claims[0].value)}</td>'
        f"<td>{group.independent_sources}</td>"
        f"<td>{'<br>'.join(escape(position(claim, paths)) for claim in group.claims)}</td></tr>"
        for group in groups
        if group.agree and group.claims
    ]
    if not rows:
        return ""
    head_row = "<tr><th>What</th><th>Value</th><th>Independent sources</th><th>Where</th></tr>"
    return f'<table class="groups"><thead>{head_row}</thead><tbody>{"".join(rows)}</tbody></table>'


def _timeline(timeline: Any) -> str:
    """A running count's steps as a table, whatever fields each step carries; nothing when the report has none."""
    steps = [step.model_dump(mode="json") if hasattr(step, "model_dump") else dict(step) for step in timeline or []]
    if not steps:
        return '<p class="empty">This report has no timeline of running counts.</p>'
    columns = list(dict.fromkeys(key for step in steps for key in step))
    head_row = "".join(f"<th>{escape(str(column))}</th>" for column in columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{escape(_cell(step.get(column)))}</td>" for column in columns) + "</tr>"
        for step in steps
    )
    return f'<table class="timeline"><thead><tr>{head_row}</tr></thead><tbody>{rows}</tbody></table>'


def _cell(value: Any) -> str:
    if isinstance(value, dict) and "text" in value:
        return f"{value.get('doc', '')}: “{value['text']}”"
    if isinstance(value, list):
        return ", ".join(_cell(item) for item in value)
    return "" if value is None else str(value)


def _contradicted(report: Report, paths: dict[str, str], options: Options) -> str:
    """The draft's contradicted claims, each in its sentence, then the source sentences it disagrees with."""
    contradicted = [v for v in report.verdicts if v.verdict is VerdictKind.CONTRADICTED]
    if not (report.draft and contradicted):
        return ""
    items = []
    for verdict in contradicted:
        claim = Location.model_validate(verdict.model_dump(include=set(Location.model_fields)))
        quotes = [_quote(claim.doc, claim.sentence or claim.text, [claim], paths, claim, options)]
        quotes += [_quote(e.doc, e.sentence or e.text, [e], paths, None, options) for e in verdict.evidence]
        items.append(f'<div class="finding"><p>{escape(verdict.message)}</p>\n' + "\n".join(quotes) + "</div>")
    return _section("contradicted", f"Claims in {report.draft} that the sources contradict", items, "")


def _unsupported(report: Report, paths: dict[str, str], options: Options) -> str:
    if not (report.draft and report.unsupported):
        return ""
    items = [
        _quote(location.doc, location.sentence or location.text, [location], paths, None, options)
        for location in report.unsupported
    ]
    title = f"Claims in {report.draft} that no source states"
    return _section("unsupported", title, items, "")


def _coverage(coverage: Coverage) -> str:
    facts = [
        ("Documents", coverage.documents),
        ("Claims found", coverage.claims_found),
        ("Claims compared", coverage.claims_compared),
        ("Claims that matched nothing", coverage.claims_unmatched),
        ("Inputs skipped", len(coverage.skipped)),
    ]
    listed = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in facts)
    skipped = "".join(f"<li>{escape(item.path)}: {escape(item.reason)}</li>" for item in coverage.skipped)
    return f'<dl class="coverage">{listed}</dl>' + (f'<ul class="skipped">{skipped}</ul>' if skipped else "")


def _documents(report: Report, paths: dict[str, str]) -> str:
    if not report.documents:
        return ""
    rows = "".join(
        f"<tr><td>{escape(paths.get(info.id, info.id))}</td>"
        f"<td>{escape(str(info.published or info.anchor or ''))}</td>"
        f"<td>{escape(info.published_source or info.anchor_note or '')}</td>"
        f"<td>{escape(info.copy_of or '')}</td></tr>"
        for info in report.documents
    )
    head_row = "<tr><th>Document</th><th>Dated</th><th>Date from</th><th>Copy of</th></tr>"
    return f'<table class="documents"><thead>{head_row}</thead><tbody>{rows}</tbody></table>'
