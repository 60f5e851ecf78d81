"""The command line: argument parsing and exit codes only; the work happens in engine.py."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date

from claimcheck import engine
from claimcheck.document import Document, InputError, iter_paths, load
from claimcheck.models import Claim, Skipped
from claimcheck.parallel import DaskClient, default_jobs
from claimcheck.wording import describe

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3
_JOBS_HELP = "worker processes (default: every core; 1 runs everything here)"


def main(argv: Sequence[str] | None = None) -> int:
    """Run `claimcheck extract|check|schema`; exit 3 when some input was skipped, 1 on findings with --exit-code."""
    args = _parser().parse_args(argv)
    return int(args.run(args))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimcheck", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    extract = commands.add_parser("extract", help="list every quantitative claim in the documents")
    extract.add_argument("paths", nargs="+", metavar="PATH")
    extract.add_argument("--format", choices=("jsonl", "json", "text"), default="text")
    extract.add_argument("--published", type=date.fromisoformat, help="publication date (YYYY-MM-DD) for all")
    extract.add_argument("--jobs", "-j", type=_jobs, default=default_jobs(), help=_JOBS_HELP)
    extract.set_defaults(run=_run_extract)
    check = commands.add_parser("check", help="report where the documents' numbers and dates disagree")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--format", default="text", help="text, json, sarif or junit")
    check.add_argument("--draft", metavar="PATH", help="check this draft against the PATHs as its sources")
    check.add_argument("--published", type=date.fromisoformat, help="publication date (YYYY-MM-DD) for all")
    check.add_argument("--output", "-o", metavar="FILE", help="write the report here instead of stdout")
    check.add_argument("--exit-code", action="store_true", help="exit 1 when there are findings (for CI gates)")
    check.add_argument("--jobs", "-j", type=_jobs, default=default_jobs(), help=_JOBS_HELP)
    check.add_argument("--dask", metavar="ADDRESS", help="run on this Dask scheduler (needs claimcheck[dask])")
    check.set_defaults(run=_run_check)
    rules = commands.add_parser("rules", help="list the checks as a Markdown table")
    rules.set_defaults(run=_run_rules)
    schema = commands.add_parser("schema", help="print the JSON schema of claims or reports")
    schema.add_argument("what", choices=("claim", "report"))
    schema.set_defaults(run=_run_schema)
    return parser


def _jobs(value: str) -> int:
    jobs = int(value)
    if jobs < 1:
        raise argparse.ArgumentTypeError("--jobs must be 1 or more")
    return jobs


def _dask_client(address: str | None) -> DaskClient | None:
    """A Dask client for `--dask ADDRESS`; Dask is imported only when it is asked for."""
    if address is None:
        return None
    try:
        from dask.distributed import Client
    except ImportError:
        print("claimcheck: --dask needs Dask: pip install 'claimcheck[dask]'", file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None
    client: DaskClient = Client(address)  # type: ignore[no-untyped-call]
    return client


def _load_all(paths: list[str], published: date | None) -> tuple[list[Document], list[Skipped]]:
    documents: list[Document] = []
    skipped: list[Skipped] = []
    for path in iter_paths(list(paths)):
        try:
            documents.append(load(path, published=published))
        except InputError as exc:
            print(f"claimcheck: skipped {exc}", file=sys.stderr)
            skipped.append(Skipped(path=str(path), reason=str(exc)))
    return documents, skipped


def _run_extract(args: argparse.Namespace) -> int:
    """Write each document's claims as soon as they are found, so memory stays flat on any folder."""
    out = sys.stdout
    skipped: list[Skipped] = []
    render = _claim_as_text if args.format == "text" else _claim_as_json
    separator = ""
    if args.format == "json":
        out.write('{"claims": [')
    found = engine.extract_paths(iter_paths(list(args.paths)), render, args.published, jobs=args.jobs)
    for _path, lines in found:
        if isinstance(lines, Skipped):
            print(f"claimcheck: skipped {lines.reason}", file=sys.stderr)
            skipped.append(lines)
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
    return EXIT_SKIPPED if skipped else EXIT_OK


def _claim_as_json(path: str, claim: Claim) -> str:
    return claim.model_dump_json(exclude_none=True)


def _claim_as_text(path: str, claim: Claim) -> str:
    return f"{path}:{claim.line}:{claim.col}  {claim.kind}  {' '.join(claim.text.split())}  -> {describe(claim)}"


def _run_check(args: argparse.Namespace) -> int:
    from claimcheck.reporters import render

    documents, skipped = _load_all(args.paths, args.published)
    draft = None
    if args.draft:
        drafts, draft_skipped = _load_all([args.draft], args.published)
        skipped.extend(draft_skipped)
        draft = drafts[0] if drafts else None
        if draft is None:
            return EXIT_USAGE
    report = engine.check(documents, draft=draft, jobs=args.jobs, client=_dask_client(args.dask))
    for reason in report.coverage.skipped:
        print(f"claimcheck: skipped {reason.reason}", file=sys.stderr)
    report.coverage.skipped = [*skipped, *report.coverage.skipped]
    try:
        text = render(report, args.format)
    except ValueError as exc:
        print(f"claimcheck: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.output:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if report.coverage.skipped:
        return EXIT_SKIPPED
    return EXIT_FINDINGS if report.findings and args.exit_code else EXIT_OK


def _run_rules(args: argparse.Namespace) -> int:
    from claimcheck.checks.registry import rules_markdown

    sys.stdout.write(rules_markdown())
    return EXIT_OK


def _run_schema(args: argparse.Namespace) -> int:
    from claimcheck.models import Report

    model = Claim if args.what == "claim" else Report
    print(json.dumps(model.model_json_schema(), indent=2))
    return EXIT_OK
