"""List the gold conflict pairs an excluding comparison level rules out, with the two subjects that did it.

Reads the stories at run time (never copied into the project) and prints, for each ruled-out gold conflict pair,
the excluding levels and both claims' subjects, then a count per excluding level. With --context it also prints
the two sentences, for reading on the terminal only.

    python benchmarks/ruled_out.py ../shared/stories [--context] [--level measure.unknown]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from fit_weights import gold_pairs

from claimcheck.align.comparison import WEIGHTS, levels
from claimcheck.models import Claim, Subject


def _subject(claim: Claim) -> str:
    s = claim.subject or Subject()
    return (
        f"{claim.text!r} measure={s.measure} owner={s.owner} q={s.qualifiers} period={s.period} "
        f"basis={s.basis} status={s.status}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", type=Path)
    parser.add_argument("--context", action="store_true", help="print each claim's sentence too")
    parser.add_argument("--level", help="only pairs ruled out by this field.level")
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    total = ruled = 0
    for row in gold_pairs(args.stories):
        if row.source != "gold conflict":
            continue
        total += 1
        found = levels(*row.pair, row.crowd)
        excluding = sorted(f"{f}.{lv}" for f, lv in found.items() if f"{f}.{lv}" in WEIGHTS.exclude)
        if not excluding:
            continue
        ruled += 1
        counts.update(excluding)
        if args.level and args.level not in excluding:
            continue
        a, b = row.pair
        print(f"== {row.cluster} {' '.join(excluding)}")
        for claim in (a, b):
            print(f"   {claim.doc}: {_subject(claim)}")
            if args.context:
                print(f"      | {claim.context.sentence[:300]}")
    print(f"\ngold conflict pairs {total}, ruled out {ruled}")
    for level, count in counts.most_common():
        print(f"  {level}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
