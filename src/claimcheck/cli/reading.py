"""What the command line reads: the settings file, the files a folder holds, and each file as a Document."""

from __future__ import annotations

import argparse
import codecs
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from claimcheck.checks.registry import RULES
from claimcheck.checks.triage import UNUSED_SUPPRESSION
from claimcheck.config import Config, find_config, load_config, parse
from claimcheck.document import Document, InputError
from claimcheck.inputs import Selection, collect, is_claimcheck_report, load
from claimcheck.models import Skipped
from claimcheck.parallel import DaskClient

RULE_IDS = frozenset({rule.id for rule in RULES} | {UNUSED_SUPPRESSION})


class UsageError(Exception):
    """A command line or setting that cannot be run; exit 2 with the message."""


def dask_client(address: str | None) -> DaskClient | None:
    """A Dask client for `--dask ADDRESS`; Dask is imported only when it is asked for."""
    if address is None:
        return None
    try:
        from dask.distributed import Client
    except ImportError:
        raise UsageError("--dask needs Dask: pip install 'claimcheck[dask]'") from None
    client: DaskClient = Client(address)  # type: ignore[no-untyped-call]
    return client


def settings(args: argparse.Namespace) -> Config:
    """The configuration file's settings (or the defaults), validated before anything is read."""
    if args.encoding:
        try:
            codecs.lookup(args.encoding)
        except LookupError:
            raise UsageError(f"unknown encoding {args.encoding!r}") from None
    if args.no_config:
        return parse({}, "defaults", RULE_IDS)
    path = Path(args.config) if args.config else find_config(Path(args.paths[0])) or find_config(Path.cwd())
    if path is None:
        return parse({}, "defaults", RULE_IDS)
    if not path.is_file():
        raise UsageError(f"{path}: no such configuration file")
    return load_config(path, RULE_IDS)


def sources(args: argparse.Namespace, config: Config, avoid: Sequence[Path] = ()) -> list[Path]:
    """The files to read: folders walked by the settings, claimcheck's own reports left out."""
    selection = Selection(
        include=config.include,
        exclude=(*config.exclude, *args.exclude),
        root=config.root,
        avoid=frozenset(p.resolve() for p in avoid),
    )
    paths = []
    for path in collect(args.paths, selection):
        if path.is_file() and is_claimcheck_report(path):
            print(f"claimcheck: left out {path}: a report claimcheck wrote, not a source", file=sys.stderr)
        else:
            paths.append(path)
    return paths


def read(paths: list[Path], args: argparse.Namespace, config: Config, skipped: list[Skipped]) -> Iterator[Document]:
    """Each file as a Document, read only when it is asked for (so a run need not hold every text at once);
    each file that cannot be read is told on stderr and added to `skipped`."""
    for path in paths:
        try:
            yield load(path, args.published or config.published_for(path), args.encoding)
        except InputError as exc:
            skipped.append(skip(path, exc))


def skip(path: Path | str, reason: InputError | str) -> Skipped:
    """Say on stderr that an input is skipped, and why, and record it for the report."""
    print(f"claimcheck: skipped {reason}", file=sys.stderr)
    return Skipped(path=str(path), reason=str(reason))
