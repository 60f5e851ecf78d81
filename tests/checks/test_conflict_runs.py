"""What a value conflict rests on: its clashing claims and those its group's agreeing pairs join to them."""

from __future__ import annotations

import claimcheck
from claimcheck import Document
from claimcheck.align.blocking import Pair
from claimcheck.align.copies import Copies
from claimcheck.align.linking import Group, align, connected, pair_agrees
from claimcheck.checks.conflicts import _Agreeing, _sits_on_fence, _with_agreeing
from claimcheck.models import Claim


def _groups(tolls: list[str]) -> list[Group]:
    docs = [
        Document(f"date 2025-06-20\nThe flood in the valley killed {toll} people, officials said.", id=f"{i:02d}.txt")
        for i, toll in enumerate(tolls)
    ]
    claims = {doc.id: claimcheck.extract(doc) for doc in docs}
    return align(docs, claims, Copies())


def _every_pair_in_turn(group: Group, clashes: list[Pair]) -> dict[tuple[str, int, int], Claim]:
    """The scan the queue stands for: every pair of the group read in order."""
    involved = {c.key: c for p in clashes for c in (p.a, p.b)}
    for pair in group.pairs:
        if pair_agrees(pair) and (pair.a.key in involved or pair.b.key in involved):
            for claim in (pair.a, pair.b):
                if claim.key not in involved and not _sits_on_fence(claim, clashes):
                    involved[claim.key] = claim
    return involved


def test_a_run_of_clashes_takes_in_what_reading_every_agreeing_pair_in_turn_takes_in() -> None:
    groups = _groups(["40", "about 40", "41", "52", "at least 50", "52", "61", "60", "40"])
    runs = 0
    for group in groups:
        agreeing = _Agreeing.of(group)
        for clashes in connected([p for p in group.pairs if not pair_agrees(p)]):
            runs += 1
            expected = _every_pair_in_turn(group, clashes)
            found = _with_agreeing(group, clashes, agreeing)
            assert list(found) == list(expected)
    assert runs >= 1


def test_a_figure_agreeing_with_one_side_is_part_of_the_conflict() -> None:
    docs = [
        Document(f"date 2025-06-20\nThe flood in the valley killed {toll} people, officials said.", id=doc_id)
        for doc_id, toll in (("a", "40"), ("b", "40"), ("c", "52"))
    ]
    [finding] = [f for f in claimcheck.check(docs).findings if f.rule == "value-conflict"]
    assert {loc.doc for loc in finding.locations} == {"a", "b", "c"}, finding.message


def test_an_agreeing_pair_joins_a_claim_only_once_one_of_its_claims_is_in_by_the_time_it_is_read() -> None:
    def toll(doc_id: str, value: str) -> Claim:
        text = f"date 2025-06-20\nThe flood in the valley killed {value} people, officials said."
        [found] = [c for c in claimcheck.extract(Document(text, id=doc_id)) if c.text.startswith(value)]
        return found

    a, b, c, d, e = toll("a", "40"), toll("b", "40"), toll("c", "52"), toll("d", "40"), toll("e", "40")
    # (b, d) is read before b is in; (b, e) after (a, b) has brought b in.
    pairs = [Pair(b, d, 0.9, ()), Pair(a, c, 0.9, ()), Pair(a, b, 0.9, ()), Pair(b, e, 0.9, ())]
    group = Group(a.kind, sorted([a, b, c, d, e], key=lambda x: x.key), pairs, 5)
    found = _with_agreeing(group, [pairs[1]], _Agreeing.of(group))
    assert sorted(key[0] for key in found) == ["a", "b", "c", "e"]
    assert list(found) == list(_every_pair_in_turn(group, [pairs[1]]))
