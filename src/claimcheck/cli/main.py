"""The command line: arguments, settings and exit codes; the work happens in engine.py.

Exit codes: 0 nothing at or above --fail-on, 1 a finding at or above it, 2 a usage or configuration
error, 3 some input was skipped (when nothing fails).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

import claimcheck
from claimcheck import engine
from claimcheck.checks.triage import (
    BaselineError,
    Policy,
    reaches,
    read_baseline,
    write_baseline,
)
from claimcheck.cli.reading import RULE_IDS, UsageError, dask_client, read, settings, skip, sources
from claimcheck.config import FAIL_ON, Config, ConfigError
from claimcheck.document import InputError
from claimcheck.inputs import load
from claimcheck.models import Claim, Report, Skipped, VerdictKind
from claimcheck.parallel import default_jobs
from claimcheck.progress import RunProgress
from claimcheck.reporters import REPORTERS, Options, render_chunks
from claimcheck.wording import in_full

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3
# --fail-on for a draft check: the verdicts at or above that level that exit 1 ('contradicted' only those,
# 'unsourced' those and the unsourced); findings do not count under these levels.
VERDICT_GATES = {
    "contradicted": frozenset({VerdictKind.CONTRADICTED}),
    "unsourced": frozenset({VerdictKind.CONTRADICTED, VerdictKind.UNSOURCED}),
}
_JOBS_HELP = "worker processes (default: every core; 1 runs everything here)"


def main(argv: Sequence[str] | None = None) -> int:
    """Run `claimcheck extract|check|rules|schema` and return the exit code."""
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (UsageError, ConfigError, BaselineError) as exc:
        print(f"claimcheck: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader (`| head -1`) has gone: say nothing more, and keep Python from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return getattr(args, "exit_code_so_far", EXIT_OK)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimcheck", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--version", action="version", version=f"claimcheck {claimcheck.__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    extract = commands.add_parser("extract", help="list every quantitative claim in the documents")
    _input_options(extract)
    extract.add_argument("--format", choices=("jsonl", "json", "text"), default="text")
    extract.set_defaults(run=_run_extract)
    check = commands.add_parser("check", help="report where the documents' numbers and dates disagree")
    _input_options(check)
    check.add_argument("--format", choices=sorted(REPORTERS), default="text", help="report format (default text)")
    check.add_argument("--verbose", "-v", action="store_true", help="show each value's exact interval too")
    check.add_argument("--no-color", action="store_true", help="no colour, even on a terminal (also: NO_COLOR=1)")
    check.add_argument("--dask", metavar="ADDRESS", help="run on this Dask scheduler (needs claimcheck[dask])")
    check.add_argument("--draft", metavar="PATH", help="check this draft against the PATHs as its sources")
    check.add_argument("--output", "-o", metavar="FILE", help="write the report here (folders are created)")
    check.add_argument(
        "--fail-on",
        choices=(*FAIL_ON, *VERDICT_GATES),
        help="exit 1 on a finding this severe or worse (default none); with --draft, 'contradicted' exits 1 on a "
        "contradicted claim of the draft and 'unsourced' on a contradicted or unsourced one",
    )
    check.add_argument("--exit-code", action="store_true", help="exit 1 on any finding: --fail-on note")
    check.add_argument("--select", metavar="RULES", help="report only these rules (comma-separated ids)")
    check.add_argument("--ignore", metavar="RULES", help="do not report these rules (comma-separated ids)")
    check.add_argument("--baseline", metavar="FILE", help="record findings here if missing, else report only new ones")
    check.add_argument(
        "--report-unused-suppressions",
        action="store_true",
        help="report 'claimcheck: ignore' comments that match nothing",
    )
    check.set_defaults(run=_run_check)
    rules = commands.add_parser("rules", help="list the checks as a Markdown table")
    rules.set_defaults(run=_run_rules)
    schema = commands.add_parser("schema", help="print the JSON schema of claims or reports")
    schema.add_argument("what", choices=("claim", "report"))
    schema.set_defaults(run=_run_schema)
    return parser


def _input_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("paths", nargs="+", metavar="PATH")
    command.add_argument("--published", type=date.fromisoformat, help="publication date (YYYY-MM-DD) for all")
    command.add_argument("--encoding", metavar="NAME", help="decode every input with this codec (default UTF-8)")
    command.add_argument("--config", metavar="FILE", help="settings file (default: found upward from the inputs)")
    command.add_argument("--no-config", action="store_true", help="ignore configuration files")
    command.add_argument("--exclude", metavar="GLOB", action="append", default=[], help="leave out matching files")
    command.add_argument("--jobs", "-j", type=_jobs, default=default_jobs(), help=_JOBS_HELP)


def _jobs(value: str) -> int:
    jobs = int(value)
    if jobs < 1:
        raise argparse.ArgumentTypeError("--jobs must be 1 or more")
    return jobs


def _run_extract(args: argparse.Namespace) -> int:
    """Write each document's claims as soon as they are found, so memory stays flat on any folder."""
    config = settings(args)
    paths = sources(args, config)
    dates = {} if args.published else {p: d for p in paths if (d := config.published_for(p)) is not None}
    out = sys.stdout
    skipped: list[Skipped] = []
    render = _claim_as_text if args.format == "text" else _claim_as_json
    separator = ""
    if args.format == "json":
        out.write('{"claims": [')
    found = engine.extract_paths(paths, render, args.published, args.jobs, encoding=args.encoding, dates=dates)
    for _path, lines in found:
        if isinstance(lines, Skipped):
            skipped.append(skip(lines.path, lines.reason))
            args.exit_code_so_far = EXIT_SKIPPED
            continue
        for line in lines:
            if args.format == "json":
                out.write(separator + "\n  " + line)
                separator = ","
            else:
                out.write(line + "\n")
        out.flush()
    if args.format == "json":
        out.write('\n], "skipped": ' + json.dumps([s.model_dump() for s in skipped], ensure_ascii=False) + "}\n")
    out.flush()
    return EXIT_SKIPPED if skipped else EXIT_OK


def _claim_as_json(path: str, claim: Claim) -> str:
    return claim.model_dump_json(exclude_none=True)


def _claim_as_text(path: str, claim: Claim) -> str:
    return f"{path}:{claim.line}:{claim.col}  {claim.kind}  {' '.join(claim.text.split())}  -> {in_full(claim)}"


def _run_check(args: argparse.Namespace) -> int:
    progress = RunProgress()
    output = Path(args.output) if args.output else None
    if output is not None and output.is_dir():
        raise UsageError(f"-o {output}: is a folder; name the report file")
    baseline_path = Path(args.baseline) if args.baseline else None
    config = settings(args)
    paths = sources(args, config, [p for p in (output, baseline_path) if p])
    skipped: list[Skipped] = []
    documents = read(paths, args, config, skipped)
    draft = None
    if args.draft:
        try:
            draft = load(args.draft, args.published or config.published_for(Path(args.draft)), args.encoding)
        except InputError as exc:
            skip(args.draft, exc)
            return EXIT_USAGE
    baseline = read_baseline(baseline_path) if baseline_path and baseline_path.exists() else None
    policy = Policy(
        select=frozenset(_rules(args.select))
        if args.select
        else (frozenset(config.select) if config.select is not None else None),
        ignore=frozenset((*config.ignore, *_rules(args.ignore))),
        severity=config.severity,
        baseline=baseline,
        report_unused=args.report_unused_suppressions,
        tolerance=config.tolerance,
    )
    client = dask_client(args.dask)
    with progress.stage("checking documents", total=len(paths)) as bar:
        report = engine.check(
            documents, draft=draft, jobs=args.jobs, client=client, policy=policy, on_document=bar.done
        )
    for item in report.coverage.skipped:
        skip(item.path, item.reason)
    skipped.extend(report.coverage.skipped)
    report = report.model_copy(update={"coverage": report.coverage.model_copy(update={"skipped": skipped})})
    if baseline_path is not None and baseline is None:
        write_baseline(baseline_path, report.findings)
        print(f"claimcheck: wrote {len(report.findings)} findings to the baseline {baseline_path}", file=sys.stderr)
        gate = "none"
    else:
        gate = _gate(args, config, baseline is not None)
    args.exit_code_so_far = _exit_code(report, gate)
    options = Options.for_run(args.verbose, args.no_color or output is not None, progress.elapsed())
    _write(render_chunks(report, args.format, options), output)
    return int(args.exit_code_so_far)


def _gate(args: argparse.Namespace, config: Config, has_baseline: bool) -> str:
    """The --fail-on in force: the flag, else --exit-code, else the config, else any finding new to a baseline."""
    if args.fail_on:
        return str(args.fail_on)
    if args.exit_code:
        return "note"
    if config.fail_on:
        return config.fail_on
    return "note" if has_baseline else "none"


def _exit_code(report: Report, gate: str) -> int:
    if gate in VERDICT_GATES:
        failed = any(verdict.verdict in VERDICT_GATES[gate] for verdict in report.verdicts)
    else:
        failed = any(reaches(finding, gate) for finding in report.findings)
    if failed:
        return EXIT_FINDINGS
    return EXIT_SKIPPED if report.coverage.skipped else EXIT_OK


def _rules(value: str | None) -> list[str]:
    names = [name.strip() for name in (value or "").split(",") if name.strip()]
    unknown = [name for name in names if name not in RULE_IDS]
    if unknown:
        raise UsageError(f"unknown rule {unknown[0]!r}; known rules: {', '.join(sorted(RULE_IDS))}")
    return names


def _write(chunks: Iterable[str], output: Path | None) -> None:
    """The report to stdout, or to a file whose missing folders are created, a piece at a time; it ends
    with a newline."""
    last = ""
    if output is None:
        for chunk in chunks:
            sys.stdout.write(chunk)
            last = chunk or last
        sys.stdout.write("" if last.endswith("\n") else "\n")
        sys.stdout.flush()
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("w", encoding="utf-8") as written:
            written.writelines(chunks)
    except OSError as exc:
        raise UsageError(f"-o {output}: cannot write ({exc.strerror})") from None


def _run_rules(args: argparse.Namespace) -> int:
    from claimcheck.checks.registry import rules_markdown

    sys.stdout.write(rules_markdown())
    return EXIT_OK


def _run_schema(args: argparse.Namespace) -> int:
    model = Claim if args.what == "claim" else Report
    print(json.dumps(model.model_json_schema(), indent=2))
    return EXIT_OK
