"""Which source claim a draft sentence restates: a figure between the same words of a sentence kept from a source.

Editors write drafts from their sources, often sentence by sentence. A draft sentence that keeps most of a source
sentence's words, with a figure of the same dimension in the same place between the same words, states that
figure about the same thing as the source does, whatever its measure words are. An inverted index over the
source sentences' words keeps this linear in the sources.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from claimcheck.lang import LEXICON
from claimcheck.models import Claim, ClaimKind

_WORD = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
SLOT = 3
MIN_CONTAINMENT = 0.6
MIN_SLOT_WORDS = 2
# A short line ('Net profit: Rs X crore, up Y%') fits inside many long sentences: unless many words are
# shared, the longer sentence must keep this share of its words too.
MIN_KEPT = 0.4
MANY_SHARED = 6
# A sentence kept this closely, with this many words, may reorder them: its one figure of a kind is then
# the same figure.
REWORDED = 0.8
# A second source sentence scoring within this of the best (about one word around the figure) makes it a guess.
AMBIGUOUS = 1.0
# Each draft claim is scored against the source claims sharing most of its sentence's words, this many.
_CANDIDATES = 24
_MASK = "#"
_MONTH = 31


@dataclass(frozen=True, slots=True)
class Strictness:
    """How much two sentences must share: a link that may contradict must be surer than one that supports,
    since a wrong contradiction raises a false alarm and a wrong support still needs the values to agree."""

    shared: int
    reworded_shared: int
    bare_slot: int | None
    periods: bool


# A bare number ('Count 4', '14 were injured') is linked to support only between three words in common.
# A year or fiscal year names the period a figure is for ('FY25' beside 'FY26' is often two figures), so it
# may back a draft's period but never contradict one.
TO_SUPPORT = Strictness(shared=3, reworded_shared=4, bare_slot=3, periods=True)
TO_CONTRADICT = Strictness(shared=4, reworded_shared=5, bare_slot=None, periods=False)


@dataclass(frozen=True, slots=True)
class Frame:
    """A claim in its sentence: the sentence's content words and the words just before and after the claim."""

    claim: Claim
    words: frozenset[str]
    left: tuple[str, ...]
    right: tuple[str, ...]
    alone: bool


def frames(claims: Iterable[Claim]) -> list[Frame]:
    """Every claim with its sentence frame; the other claims of its sentence are masked, so a changed figure
    elsewhere in the sentence does not change this one's frame."""
    by_sentence: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        by_sentence[(claim.doc, claim.context.sentence)].append(claim)
    found = []
    for (_doc, sentence), members in by_sentence.items():
        members.sort(key=lambda c: c.start)
        pieces, cursor, slots = [], 0, []
        for claim in members:
            at = sentence.find(claim.text, cursor)
            if at < 0:
                continue
            pieces.append(_words(sentence[cursor:at]))
            slots.append((claim, len(pieces)))
            pieces.append([_MASK])
            cursor = at + len(claim.text)
        pieces.append(_words(sentence[cursor:]))
        tokens = [word for piece in pieces for word in piece]
        offsets = [sum(len(p) for p in pieces[:index]) for index in range(len(pieces))]
        content = frozenset(w for w in _words(sentence) if w not in LEXICON.stopwords)
        for claim, index in slots:
            at = offsets[index]
            alone = sum(_kind(claim) == _kind(other) and _nouns_fit(claim, other) for other in members) == 1
            left, right = tuple(tokens[max(0, at - SLOT) : at]), tuple(tokens[at + 1 : at + 1 + SLOT])
            found.append(Frame(claim, content, left, right, alone))
    return found


def _words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(text)]


def restated(
    draft: list[Claim], sources: list[Claim], strictness: Strictness = TO_SUPPORT
) -> dict[tuple[str, int, int], list[Claim]]:
    """For each draft claim, the source claims (at most one per source document) its sentence restates."""
    source_frames = frames(sources)
    postings: dict[str, list[int]] = defaultdict(list)
    for index, frame in enumerate(source_frames):
        for word in frame.words:
            postings[word].append(index)
    links: dict[tuple[str, int, int], list[Claim]] = {}
    for frame in frames(draft):
        shared: Counter[int] = Counter()
        for word in sorted(frame.words):
            shared.update(postings.get(word, ()))
        by_doc: dict[str, list[tuple[float, Frame]]] = defaultdict(list)
        for index, count in shared.most_common(_CANDIDATES):
            other = source_frames[index]
            if score := _score(frame, other, count, strictness):
                by_doc[other.claim.doc].append((score, other))
        found = [claim for options in by_doc.values() if (claim := _unambiguous(options))]
        if found:
            links[frame.claim.key] = sorted(found, key=lambda c: c.key)
    return links


def _unambiguous(options: list[tuple[float, Frame]]) -> Claim | None:
    """The best match in one source document, unless another of its sentences matches nearly as well: a
    document of look-alike lines ('Net profit Rs X crore, up Y% YoY' per segment) names no one of them."""
    options.sort(key=lambda option: -option[0])
    best_score, best = options[0]
    rivals = [score for score, other in options[1:] if other.claim.context.sentence != best.claim.context.sentence]
    return None if rivals and rivals[0] > best_score - AMBIGUOUS else best.claim


def _score(draft: Frame, source: Frame, shared: int, strictness: Strictness) -> float:
    """How surely a source claim is the one a draft claim restates; 0 when it is not."""
    containment = shared / min(len(draft.words), len(source.words))
    kept = shared / max(len(draft.words), len(source.words))
    if shared < strictness.shared or containment < MIN_CONTAINMENT or not _comparable(draft.claim, source.claim):
        return 0.0
    if not strictness.periods and any(_period(c) for c in (draft.claim, source.claim)):
        return 0.0
    if kept < MIN_KEPT and shared < MANY_SHARED:
        return 0.0
    left, right = _run(draft.left[::-1], source.left[::-1]), _run(draft.right, source.right)
    slot = left + right
    reworded = containment >= REWORDED and shared >= strictness.reworded_shared and draft.alone and source.alone
    if slot < MIN_SLOT_WORDS and not reworded:
        return 0.0
    if any(_bare(c) for c in (draft.claim, source.claim)) and (
        strictness.bare_slot is None or slot < strictness.bare_slot
    ):
        return 0.0
    return shared / len(draft.words | source.words) + slot


def _comparable(a: Claim, b: Claim) -> bool:
    """A date with a date, a time with a time, a value with a value of its dimension and counted noun."""
    unresolved = any(c.kind is ClaimKind.DATE and c.date_start is None for c in (a, b))
    return _kind(a) == _kind(b) and _nouns_fit(a, b) and not unresolved


def _nouns_fit(a: Claim, b: Claim) -> bool:
    return not a.noun or not b.noun or a.noun == b.noun


def _kind(claim: Claim) -> tuple[str, str]:
    if claim.kind in (ClaimKind.DATE, ClaimKind.TIME):
        return (claim.kind.value, "")
    return (claim.kind.value, claim.normalized.unit if claim.normalized else str(claim.unit))


def _period(claim: Claim) -> bool:
    """A year or fiscal year names a period a figure is for more often than a day something happened."""
    start, end = claim.date_start, claim.date_end
    return claim.kind is ClaimKind.DATE and (start is None or end is None or (end - start).days > _MONTH)


def _bare(claim: Claim) -> bool:
    """A number with no unit or counted noun ('Count 4', 'rose to 61') says too little of itself."""
    return claim.kind is ClaimKind.QUANTITY and claim.unit in (None, "count") and not claim.noun


def _run(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How many words two sequences share from their start, in order."""
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count
