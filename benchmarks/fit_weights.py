"""Fit the value-linkage match weights (Fellegi-Sunter log2 m/u per comparison level) from labelled pairs.

Labelled pairs come from the gold of a stories folder (../shared/stories, read at fit time, never copied)
and from tests/align/pairs/*.toml: conflicts and same-subject agreements are matches; agreements the gold
explains by a different measure, period, part or forecast are non-matches. m is each level's share among
matches; u its share among random cross-report pairs of one dimension (nearly all non-matches). The
threshold is the lowest weight at which precision on the labelled pairs reaches the target.

    python benchmarks/fit_weights.py ../shared/stories [--write]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from claimcheck.align.comparison import FIELDS, WEIGHTS_FILE, Weights, levels, load_weights, signature, weight_of
from claimcheck.compare import value_span
from claimcheck.context import known_names
from claimcheck.engine import as_document, extract
from claimcheck.extract import anchored
from claimcheck.models import Claim, ClaimKind

NON_MATCH = re.compile(
    r"different|part vs|parts\b|whole|forecast|estimate vs|not quantities|preceding|previous quarter|vs real"
    r"|vs nominal|vs overall|vs services|vs construction|year-ago .* vs|vs actual|per count vs|other\b",
    re.IGNORECASE,
)
PRECISION_TARGET = 0.95
SMOOTHING = 0.5
CLIP = 12.0
RANDOM_PAIRS = 4000

Pair = tuple[Claim, Claim]


def cluster_claims(folder: Path) -> dict[str, list[Claim]]:
    """The value claims of every report of one cluster, extracted as `check` extracts them."""
    docs = [anchored(as_document(path)) for path in sorted(folder.glob("*.txt"))]
    names = frozenset().union(*(known_names(doc.text) for doc in docs))
    return {doc.id: extract(doc, names=names) for doc in docs}


def _values(claims: list[Claim]) -> list[Claim]:
    kinds = (ClaimKind.QUANTITY, ClaimKind.DURATION, ClaimKind.RANK)
    return [c for c in claims if c.kind in kinds and c.normalized is not None and c.subject is not None]


def _claim_at(folder: Path, claims: dict[str, list[Claim]], span: dict[str, object]) -> Claim | None:
    """The value claim that overlaps a gold span most."""
    doc, text = str(span["doc"]), str(span["text"])
    body = (folder / doc).read_text(encoding="utf-8")
    start = -1
    for _ in range(int(str(span.get("occurrence", 1)))):
        start = body.find(text, start + 1)
    if start < 0:
        return None
    end = start + len(text)
    found = [
        (min(end, c.end) - max(start, c.start), c)
        for c in _values(claims.get(doc, []))
        if c.start < end and start < c.end
    ]
    return max(found, key=lambda item: item[0])[1] if found else None


def gold_pairs(stories: Path) -> Iterator[tuple[int, Pair, dict[str, int]]]:
    """(label, pair, ambiguity context) for every labelled pair of the gold, plus random same-dimension pairs
    labelled -1 (for u)."""
    rng = random.Random(7)
    for gold_path in sorted(stories.glob("*/gold.json")):
        folder = gold_path.parent
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        claims = cluster_claims(folder)
        ambiguity = _ambiguity(claims)
        for conflict in gold["conflicts"]:
            if conflict["rule"] != "value-conflict":
                continue
            for left in conflict["spans"]:
                for right in conflict.get("any_of", []):
                    pair = _pair(folder, claims, left, right)
                    if pair:
                        yield 1, pair, ambiguity
        for agreement in gold["agreements"]:
            spans = agreement["spans"]
            pair = _pair(folder, claims, spans[0], spans[1]) if len(spans) == 2 else None
            if pair:
                yield (0 if NON_MATCH.search(agreement["why"]) else 1), pair, ambiguity
        everything = [c for values in claims.values() for c in _values(values)]
        by_unit: dict[str, list[Claim]] = defaultdict(list)
        for claim in everything:
            assert claim.normalized is not None
            by_unit[claim.normalized.unit].append(claim)
        pool = [
            (a, b) for group in by_unit.values() for i, a in enumerate(group) for b in group[i + 1 :] if a.doc != b.doc
        ]
        for pair in rng.sample(pool, min(RANDOM_PAIRS, len(pool))):
            yield -1, pair, ambiguity


def _pair(
    folder: Path, claims: dict[str, list[Claim]], left: dict[str, object], right: dict[str, object]
) -> Pair | None:
    a, b = _claim_at(folder, claims, left), _claim_at(folder, claims, right)
    if a is None or b is None or a.doc == b.doc:
        return None
    return a, b


def _ambiguity(claims: dict[str, list[Claim]]) -> dict[str, int]:
    values: dict[str, set[tuple[float, float]]] = defaultdict(set)
    for doc, found in claims.items():
        for claim in _values(found):
            values[_ambiguity_key(doc, claim)].add(value_span(claim))
    return {key: len(spans) for key, spans in values.items()}


def _ambiguity_key(doc: str, claim: Claim) -> str:
    assert claim.normalized is not None
    return f"{doc}|{claim.normalized.unit}|{signature(claim)}"


def pair_levels(pair: Pair, ambiguity: dict[str, int]) -> dict[str, str]:
    a, b = pair
    return levels(a, b, (ambiguity.get(_ambiguity_key(a.doc, a), 1), ambiguity.get(_ambiguity_key(b.doc, b), 1)))


def fit(rows: list[tuple[int, dict[str, str]]]) -> tuple[dict[str, dict[str, float]], float]:
    """log2(m/u) per level, and the threshold that keeps labelled precision at the target."""
    m: dict[str, Counter[str]] = defaultdict(Counter)
    u: dict[str, Counter[str]] = defaultdict(Counter)
    for label, found in rows:
        target = m if label == 1 else u if label == -1 else None
        if target is not None:
            for field, level in found.items():
                target[field][level] += 1
    table: dict[str, dict[str, float]] = {}
    for field in FIELDS:
        names = set(m[field]) | set(u[field]) | set(load_weights().table.get(field, {}))
        m_total = sum(m[field].values()) + SMOOTHING * len(names)
        u_total = sum(u[field].values()) + SMOOTHING * len(names)
        table[field] = {
            level: round(
                max(
                    -CLIP,
                    min(
                        CLIP,
                        math.log2(
                            ((m[field][level] + SMOOTHING) / m_total) / ((u[field][level] + SMOOTHING) / u_total)
                        ),
                    ),
                ),
                2,
            )
            for level in sorted(names)
        }
    return table, _threshold(rows, table)


def _threshold(rows: list[tuple[int, dict[str, str]]], table: dict[str, dict[str, float]]) -> float:
    current = load_weights()
    weights = Weights(table, current.threshold, current.prior, current.exclude)
    scored = sorted(((weight_of(found, weights), label) for label, found in rows if label >= 0), reverse=True)
    scored = [(weight, label) for weight, label in scored if weight > float("-inf")]
    best = max(w for w, _ in scored) + 1
    hits = 0
    for total, (weight, label) in enumerate(scored, 1):
        hits += label
        tied = total < len(scored) and scored[total][0] == weight
        if not tied and hits / total >= PRECISION_TARGET:
            best = weight
    return math.floor(best * 100) / 100


def report(rows: list[tuple[int, dict[str, str]]], table: dict[str, dict[str, float]], threshold: float) -> str:
    current = load_weights()
    weights = Weights(table, threshold, current.prior, current.exclude)
    labelled = [(label, found) for label, found in rows if label >= 0]
    linked = [(label, found) for label, found in labelled if weight_of(found, weights) >= threshold]
    hits = sum(label for label, _ in linked)
    matches = sum(label for label, _ in labelled)
    return (
        f"labelled pairs {len(labelled)} (matches {matches}), random pairs {len(rows) - len(labelled)}; "
        f"threshold {threshold}: linked {len(linked)}, precision {hits / max(1, len(linked)):.3f}, "
        f"recall {hits / max(1, matches):.3f}"
    )


def write(table: dict[str, dict[str, float]], threshold: float, path: Path = WEIGHTS_FILE) -> None:
    lines = [
        "# Match weights of the value-claim linkage: log2(m/u) per comparison level,",
        "# written by benchmarks/fit_weights.py.",
        "# m = how often a level occurs among pairs that measure the same thing,",
        "# u = among random pairs of one dimension.",
        "# Levels in `exclude` rule a match out whatever the other fields weigh; the fit leaves them as written.",
        f"threshold = {threshold}",
        "prior = 0.0",
        "exclude = [" + ", ".join(f'"{name}"' for name in sorted(load_weights().exclude)) + "]",
    ]
    for field in FIELDS:
        lines += ["", f"[levels.{field}]", *(f"{level} = {weight}" for level, weight in table[field].items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", type=Path)
    parser.add_argument("--write", action="store_true", help="store the fitted weights in align/weights.toml")
    args = parser.parse_args(argv)
    rows = [(label, pair_levels(pair, ambiguity)) for label, pair, ambiguity in gold_pairs(args.stories)]
    table, threshold = fit(rows)
    current = load_weights()
    print("current:", report(rows, current.table, current.threshold))
    print("fitted: ", report(rows, table, threshold))
    for field in FIELDS:
        print(f"  {field}: {table[field]}")
    if args.write:
        write(table, threshold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
