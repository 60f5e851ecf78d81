"""Fit the value-linkage match weights (Fellegi-Sunter log2 m/u per comparison level) from labelled pairs.

Labelled pairs come from the gold of a stories folder (../shared/stories, read at fit time, never copied)
and from tests/align/pairs/*.toml: conflicts and same-subject agreements are matches; agreements the gold
explains by a different measure, period, part or forecast are non-matches. m is each level's share among
matches; u its share among random cross-report pairs of one dimension (nearly all non-matches). The
threshold is the lowest weight at which precision on the labelled pairs reaches the target.

    python benchmarks/fit_weights.py ../shared/stories [--write] [--pairs tests/align/pairs/stories.toml]

--pairs stores the labelled pairs as references (cluster, doc, character offsets, label), never the text:
every gold-labelled pair and the unlisted differing pairs that weigh most, the ones that test the threshold.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from claimcheck.align.comparison import FIELDS, WEIGHTS_FILE, Crowd, Weights, levels, load_weights, weight_of
from claimcheck.compare import values_overlap
from claimcheck.context import known_names
from claimcheck.engine import as_document, extract
from claimcheck.extract import anchored
from claimcheck.models import Claim, ClaimKind

NON_MATCH = re.compile(
    r"different|part vs|parts\b|whole|forecast|estimate vs|not quantities|preceding|previous quarter|vs real"
    r"|vs nominal|vs overall|vs services|vs construction|year-ago .* vs|vs actual|per count vs|other\b",
    re.IGNORECASE,
)
# The pairwise precision the threshold must reach. The labels count a figure that agrees with one side of a
# gold conflict as disputing the other side too, so a threshold measures higher here than on the gold's
# quoted pairs alone.
PRECISION_TARGET = 0.65
SMOOTHING = 0.5
CLIP = 12.0
# The prior odds that a figure is the one of the other report's few, some or many figures of its unit: about
# log2(1/n) for the fewest figures of the level. Fixed, not fitted: the stories' reports are long, and a fit
# would learn their crowd, not the rule.
CHOICE_PRIOR = {"one": 0.0, "few": -1.0, "some": -2.0, "many": -3.3}

Pair = tuple[Claim, Claim]
UNLISTED = "differing figures the gold does not list"


class LabelledPair(NamedTuple):
    label: int
    pair: Pair
    crowd: Crowd
    source: str
    cluster: str


def cluster_claims(folder: Path) -> dict[str, list[Claim]]:
    """The value claims of every report of one cluster, extracted as `check` extracts them."""
    docs = [anchored(as_document(path)) for path in sorted(folder.glob("*.txt"))]
    names = frozenset().union(*(known_names(doc.text) for doc in docs))
    return {doc.id: extract(doc, names=names) for doc in docs}


def _values(claims: list[Claim]) -> list[Claim]:
    kinds = (ClaimKind.QUANTITY, ClaimKind.DURATION, ClaimKind.RANK)
    return [c for c in claims if c.kind in kinds and c.normalized is not None and c.subject is not None]


def _claims_in(folder: Path, claims: dict[str, list[Claim]], span: dict[str, object]) -> list[Claim]:
    """The value claims inside a gold span, in text order."""
    doc, text = str(span["doc"]), str(span["text"])
    body = (folder / doc).read_text(encoding="utf-8")
    start = -1
    for _ in range(int(str(span.get("occurrence", 1)))):
        start = body.find(text, start + 1)
    if start < 0:
        return []
    end = start + len(text)
    return [c for c in _values(claims.get(doc, [])) if c.start < end and start < c.end]


def _gold_pair(
    folder: Path, claims: dict[str, list[Claim]], left: dict[str, object], right: dict[str, object]
) -> Pair | None:
    """The two claims a gold agreement names: one figure of each span, of one unit, agreeing where the spans
    allow; the earliest such figures."""
    options = [
        (i + j, not values_overlap(a, b), a, b)
        for i, a in enumerate(_claims_in(folder, claims, left))
        for j, b in enumerate(_claims_in(folder, claims, right))
        if a.doc != b.doc and _unit(a) == _unit(b)
    ]
    if not options:
        return None
    _, _, a, b = min(options, key=lambda o: (o[1], o[0]))
    return a, b


def _conflicting(
    folder: Path, claims: dict[str, list[Claim]], left: dict[str, object], right: dict[str, object]
) -> list[Pair]:
    """Every pair of disagreeing figures of one unit across the two spans of a gold conflict: a span that
    gives two figures ('Rs 26,994 / Rs 30,783 crore') disputes the other side with both."""
    return [
        (a, b)
        for a in _claims_in(folder, claims, left)
        for b in _claims_in(folder, claims, right)
        if a.doc != b.doc and _unit(a) == _unit(b) and not values_overlap(a, b)
    ]


def _unit(claim: Claim) -> str:
    assert claim.normalized is not None
    return claim.normalized.unit


def gold_pairs(stories: Path) -> Iterator[LabelledPair]:
    """The label, pair, crowd of its cluster and source of every cross-report pair of one unit in each cluster.
    Gold conflicts are matches; gold agreements are matches unless their reason names two subjects; a pair
    of differing figures the gold does not list is a non-match, since the gold lists every differing pair
    of one measure as a conflict or an agreement."""
    for gold_path in sorted(stories.glob("*/gold.json")):
        folder = gold_path.parent
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        claims = cluster_claims(folder)
        crowd = Crowd.of(c for values in claims.values() for c in _values(values))
        labels: dict[tuple[Key, Key], tuple[int, str]] = {}
        for conflict in gold["conflicts"]:
            if conflict["rule"] != "value-conflict":
                continue
            for left in conflict["spans"]:
                for right in conflict.get("any_of", []):
                    for pair in _conflicting(folder, claims, left, right):
                        for restated in _restatements(pair, claims):
                            labels.setdefault(_keys(restated), (1, "gold conflict"))
        same: list[Pair] = []
        for agreement in gold["agreements"]:
            spans = agreement["spans"]
            pair = _gold_pair(folder, claims, spans[0], spans[1]) if len(spans) == 2 else None
            if pair and _keys(pair) not in labels:
                different = bool(NON_MATCH.search(agreement["why"]))
                labels[_keys(pair)] = (0, "gold agreement of two subjects") if different else (1, "gold agreement")
                if not different and values_overlap(*pair):
                    same.append(pair)
        _label_agreeing_sides(labels, same)
        by_unit: dict[str, list[Claim]] = defaultdict(list)
        for claim in (c for values in claims.values() for c in _values(values)):
            by_unit[_unit(claim)].append(claim)
        for group in by_unit.values():
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    if a.doc == b.doc:
                        continue
                    label = labels.get(_keys((a, b)))
                    if label is not None:
                        yield LabelledPair(label[0], (a, b), crowd, label[1], folder.name)
                    elif not values_overlap(a, b) and not _both_running(a, b):
                        yield LabelledPair(0, (a, b), crowd, UNLISTED, folder.name)


Key = tuple[str, int, int]


def _label_agreeing_sides(labels: dict[tuple[Key, Key], tuple[int, str]], same: list[Pair]) -> None:
    """A figure the gold says agrees with one side of a gold conflict disputes the other side as well: the
    gold quotes one report of each side, a finding may quote another report that gives the same figure."""
    groups: dict[Key, set[Key]] = {}
    for a, b in same:
        group = groups.get(a.key, {a.key}) | groups.get(b.key, {b.key})
        for key in group:
            groups[key] = group
    conflicts = [pair for pair, (label, source) in labels.items() if label == 1 and source == "gold conflict"]
    for left, right in conflicts:
        for a in groups.get(left, {left}):
            for b in groups.get(right, {right}):
                if a[0] != b[0]:
                    labels.setdefault(tuple(sorted((a, b))), (1, "gold conflict"))  # type: ignore[arg-type]


def _restatements(pair: Pair, claims: dict[str, list[Claim]]) -> Iterator[Pair]:
    """The pair and the pairs of its figures restated in their reports (one report giving 19% twice): the gold
    quotes one place, a finding may quote the other."""
    sides = [[c for c in _values(claims.get(claim.doc, [])) if _same_figure(c, claim)] for claim in pair]
    for a in sides[0]:
        for b in sides[1]:
            yield a, b


def _same_figure(a: Claim, b: Claim) -> bool:
    return a.normalized == b.normalized and (a.subject and a.subject.measure) == (b.subject and b.subject.measure)


def _both_running(a: Claim, b: Claim) -> bool:
    """Two running counts: the gold lists a rising toll by a few of its pairs, not every one, so an unlisted
    pair of them is not known to be two subjects."""
    return all(c.subject is not None and c.subject.status == "running" for c in (a, b))


def _keys(pair: Pair) -> tuple[Key, Key]:
    a, b = sorted(pair, key=lambda c: c.key)
    return a.key, b.key


def pair_levels(pair: Pair, crowd: Crowd) -> dict[str, str]:
    return levels(*pair, crowd)


def fit(
    rows: list[tuple[int, dict[str, str]]], target: float = PRECISION_TARGET
) -> tuple[dict[str, dict[str, float]], float]:
    """log2(m/u) per level, and the threshold that keeps precision at the target, both on the differing
    pairs (the ones a link turns into a finding): m among conflicts, u among differing non-matches."""
    m: dict[str, Counter[str]] = defaultdict(Counter)
    u: dict[str, Counter[str]] = defaultdict(Counter)
    for label, found in _differing(rows):
        for field, level in found.items():
            (m if label == 1 else u)[field][level] += 1
    table: dict[str, dict[str, float]] = {"choices": dict(CHOICE_PRIOR)}
    for field in FIELDS:
        if field in table:
            continue
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
    return table, _threshold(rows, table, target)


def _differing(rows: list[tuple[int, dict[str, str]]]) -> list[tuple[int, dict[str, str]]]:
    """The pairs whose values cannot both be true: the ones a linked pair turns into a finding."""
    return [(label, found) for label, found in rows if found["value"] != "overlap"]


def _threshold(rows: list[tuple[int, dict[str, str]]], table: dict[str, dict[str, float]], target: float) -> float:
    """The lowest weight above which the differing pairs are matches at the target precision."""
    current = load_weights()
    weights = Weights(table, current.threshold, current.prior, current.exclude)
    scored = sorted(((weight_of(found, weights), label) for label, found in _differing(rows)), reverse=True)
    scored = [(weight, label) for weight, label in scored if weight > float("-inf")]
    best = max(w for w, _ in scored) + 1
    hits = 0
    for total, (weight, label) in enumerate(scored, 1):
        hits += label
        tied = total < len(scored) and scored[total][0] == weight
        if not tied and hits / total >= target:
            best = weight
    return math.floor(best * 100) / 100


def report(rows: list[tuple[int, dict[str, str]]], table: dict[str, dict[str, float]], threshold: float) -> str:
    current = load_weights()
    weights = Weights(table, threshold, current.prior, current.exclude)
    differing = _differing(rows)
    linked = [label for label, found in differing if weight_of(found, weights) >= threshold]
    conflicts = sum(label for label, _ in differing)
    return (
        f"pairs {len(rows)} (matches {sum(label for label, _ in rows)}); differing {len(differing)} "
        f"(conflicts {conflicts}); threshold {threshold}: differing linked {len(linked)}, "
        f"precision {sum(linked) / max(1, len(linked)):.3f}, conflict recall {sum(linked) / max(1, conflicts):.3f}"
    )


def write(table: dict[str, dict[str, float]], threshold: float, path: Path = WEIGHTS_FILE) -> None:
    lines = [
        "# Match weights of the value-claim linkage: log2(m/u) per comparison level,",
        "# written by benchmarks/fit_weights.py.",
        "# m = how often a level occurs among pairs that measure the same thing,",
        "# u = among pairs of one unit that do not (the stories' gold and its unlisted differing pairs).",
        "# Levels in `exclude` rule a match out whatever the other fields weigh; the fit leaves them as written.",
        f"threshold = {threshold}",
        "prior = 0.0",
        "exclude = [" + ", ".join(f'"{name}"' for name in sorted(load_weights().exclude)) + "]",
    ]
    for field in FIELDS:
        lines += ["", f"[levels.{field}]", *(f"{level} = {weight}" for level, weight in table[field].items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


HARD_NEGATIVES = 1200
RULED_OUT_NEGATIVES = 300


def write_pairs(labelled: list[LabelledPair], path: Path, weights: Weights) -> int:
    """Store the labelled pairs as references: every gold-labelled pair, the unlisted differing pairs that
    weigh most (the ones a threshold has to rule out), and the unlisted ones an excluding level rules out that
    would weigh most without it (the ones the excluding levels have to rule out)."""
    listed = [row for row in labelled if row.source != UNLISTED]
    unlisted = [row for row in labelled if row.source == UNLISTED]
    weighed = [(weight_of(levels(*row.pair, row.crowd), weights), row) for row in unlisted]
    linkable = sorted((item for item in weighed if item[0] > float("-inf")), key=lambda item: -item[0])
    unweighted = Weights(weights.table, weights.threshold, weights.prior)
    ruled_out = sorted(
        (row for weight, row in weighed if weight == float("-inf")),
        key=lambda row: -weight_of(levels(*row.pair, row.crowd), unweighted),
    )
    chosen = listed + [row for _, row in linkable[:HARD_NEGATIVES]] + ruled_out[:RULED_OUT_NEGATIVES]
    lines = [
        "# Labelled pairs of value claims from ../shared/stories, written by benchmarks/fit_weights.py --pairs.",
        "# References only (cluster, document, character offsets of each claim): the text stays in ../shared.",
        "# label 1 = the two claims state one subject's figure; 0 = they measure different things.",
    ]
    for row in sorted(chosen, key=lambda row: (row.cluster, row.pair[0].key, row.pair[1].key)):
        a, b = row.pair
        lines += [
            "",
            "[[story_pair]]",
            f'cluster = "{row.cluster}"',
            f'a = ["{a.doc}", {a.start}, {a.end}]',
            f'b = ["{b.doc}", {b.start}, {b.end}]',
            f"label = {row.label}",
            f'source = "{row.source}"',
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(chosen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", type=Path)
    parser.add_argument("--write", action="store_true", help="store the fitted weights in align/weights.toml")
    parser.add_argument("--target", type=float, default=PRECISION_TARGET, help="pairwise precision to reach")
    parser.add_argument("--pairs", type=Path, help="store the labelled pairs (references, no text) in this TOML")
    args = parser.parse_args(argv)
    labelled = list(gold_pairs(args.stories))
    rows = [(row.label, pair_levels(row.pair, row.crowd)) for row in labelled]
    table, threshold = fit(rows, args.target)
    current = load_weights()
    print("current:", report(rows, current.table, current.threshold))
    print("fitted: ", report(rows, table, threshold))
    for field in FIELDS:
        print(f"  {field}: {table[field]}")
    if args.write:
        write(table, threshold)
    if args.pairs:
        print(f"wrote {write_pairs(labelled, args.pairs, load_weights())} labelled pairs to {args.pairs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
