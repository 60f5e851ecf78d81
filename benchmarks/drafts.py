"""The draft check on real stories: each report of each ../shared/stories cluster in turn as the draft.

A contradicted verdict's evidence pairs are scored against the cluster's gold: a pair the gold calls a
conflict is right, one it calls an agreement is a false alarm, any other is unjudged (the gold judges only
same-measure pairs, so most unjudged pairs are different measures). A supported verdict whose evidence pair
is a gold agreement is counted too. The corpus stays in ../shared; nothing is copied here.

    .venv/bin/python benchmarks/drafts.py [--list] [CLUSTER ...]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from claimcheck import Location, check, load

ROOT = Path(__file__).resolve().parents[1]
STORIES = next(
    (p / "shared" / "stories" for p in ROOT.parents[:2] if (p / "shared" / "stories").is_dir()),
    ROOT.parent / "shared" / "stories",
)
Span = tuple[str, int, int]


def _spans(texts: dict[str, str], items: list[dict[str, Any]]) -> list[Span]:
    found = []
    for item in items:
        at = -1
        for _ in range(item.get("occurrence", 1)):
            at = texts[item["doc"]].find(item["text"], at + 1)
        if at >= 0:
            found.append((item["doc"], at, at + len(item["text"])))
    return found


def _hit(location: Location, spans: list[Span]) -> bool:
    return any(location.doc == doc and location.start < end and start < location.end for doc, start, end in spans)


def score_cluster(cluster: Path, counts: Counter[str], listing: list[str]) -> None:
    """Check every report of one cluster against the others and count its verdicts' evidence pairs."""
    gold = json.loads((cluster / "gold.json").read_text(encoding="utf-8"))
    files = sorted(cluster.glob("*.txt"))
    texts = {f.name: f.read_text(encoding="utf-8") for f in files}
    conflicts = [(_spans(texts, c["spans"]), _spans(texts, c.get("any_of", []))) for c in gold["conflicts"]]
    agreements = [_spans(texts, a["spans"]) for a in gold["agreements"]]
    docs = [load(f) for f in files]
    for index, draft in enumerate(docs):
        report = check([d for other, d in enumerate(docs) if other != index], draft=draft, jobs=1)
        for verdict in report.verdicts:
            counts[verdict.verdict.value] += 1
            for source in verdict.evidence:
                conflict = any(
                    (_hit(verdict, a) and _hit(source, b)) or (_hit(source, a) and _hit(verdict, b))
                    for a, b in conflicts
                )
                agreement = any(_hit(verdict, spans) and _hit(source, spans) for spans in agreements)
                kind = "conflict" if conflict else "agreement" if agreement else "unjudged"
                counts[f"{verdict.verdict.value} on gold {kind}"] += 1
                if (verdict.verdict.value == "contradicted") != (kind == "conflict") and kind != "unjudged":
                    listing.append(
                        f"{kind}: {cluster.name} {verdict.doc} {verdict.text!r} vs {source.doc} {source.text!r}"
                    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("clusters", nargs="*", help="cluster names (default: all)")
    parser.add_argument("--list", action="store_true", help="list contradicted pairs the gold does not call conflicts")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    listing: list[str] = []
    for cluster in sorted(p for p in STORIES.iterdir() if p.is_dir()):
        if not args.clusters or cluster.name in args.clusters:
            score_cluster(cluster, counts, listing)
    print(", ".join(f"{counts[k]} {k}" for k in ("supported", "contradicted", "unsourced")), "verdicts")
    for kind in ("contradicted", "supported"):
        print(f"{kind} evidence pairs: " + ", ".join(f"{counts[f'{kind} on gold {g}']} on gold {g}" for g in
                                                     ("conflict", "agreement", "unjudged")))  # fmt: skip
    if args.list:
        print("\n".join(listing))


if __name__ == "__main__":
    main()
