"""share-sum: shares of one whole that add up past 100%, or parts that add up past their total."""

from __future__ import annotations

from collections import defaultdict

import regex

from claimcheck.checks.base import CheckInput, Rule
from claimcheck.checks.sums import _restated
from claimcheck.extract.patterns import longest_first
from claimcheck.lang import LEXICON
from claimcheck.models import Bound, Claim, ClaimKind, Finding

_CHANGE_WORDS = [
    *(w for d in (LEXICON.rise, LEXICON.fall) for w in (*d.verbs, *d.nouns, d.comparative, d.adverb) if w),
    "by",
    "margin",
]
_CHANGE_NEAR = regex.compile(rf"(?i:\b(?:{longest_first(_CHANGE_WORDS)})\b)")
_TOTAL_BEFORE = regex.compile(r"(?i:\b(?:of\s+(?:the|its|a|this)|out\s+of|a\s+total\s+of|total\s+of|worth)\s*$)")
_TOTAL_AFTER = regex.compile(
    r"(?i:^\s*(?:-\s*)?(?:[\w-]+\s+){0,3}?(?:package|deal|budget|total|in\s+all|overall|plan|fund|programme|program)\b)"
)
_CHANGE_AFTER = regex.compile(r"\s*(?i:rise|increase|growth|jump|drop|fall|decline|gain|higher|lower)")
_SHARE_BOUNDS = (Bound.EXACT, Bound.APPROX)
# Words after which figures are parts of a part ('57 cases, including 35 deaths'): they never add to the total.
_NESTED = regex.compile(rf"(?i:\b(?:{longest_first(LEXICON.nested_part_words)})\b)")
# Words that announce the parts of a whole ('the proposed breakdown includes ...').
_BREAKDOWN = regex.compile(rf"(?i:\b(?:{longest_first(LEXICON.breakdown_words)})\b)")
# A change told after an amount ('Rs1.6 trillion more'): no part and no whole.
_MORE_AFTER = regex.compile(r"\s*(?i:more|less|higher|lower|up|down|extra)\b")
# The whole named with the cue ('the breakdown of the $2 billion plan is ...').
_WHOLE_AFTER_CUE = regex.compile(r"(?i:^\s*of\s+(?:the|its|a|this)?\s*(?:[\w-]+\s+){0,2}$)")
# Parts given together stand this close: a figure further on belongs to another clause.
_LIST_GAP = 60
# How far back the whole a breakdown breaks down may stand: the sentence before it.
_WHOLE_BEFORE = 400
# Shares this close together, across a sentence break, still read as one list of results.
_NEXT_SENTENCE = 200


def share_sums(data: CheckInput, rule: Rule) -> list[Finding]:
    """Per sentence: percentages of one whole held by different owners, or parts against a stated total."""
    findings = []
    for doc in data.docs:
        by_sentence: dict[str, list[Claim]] = defaultdict(list)
        for claim in data.claims.get(doc.id, []):
            if claim.kind is ClaimKind.QUANTITY and claim.normalized is not None:
                by_sentence[claim.context.sentence].append(claim)
        sentences = list(by_sentence.values())
        for index, claims in enumerate(sentences):
            breakdown = _breakdown_cue(doc.text, claims)
            if breakdown is not None:
                before = sentences[index - 1] if index else []
                finding = _breakdown_over_whole(doc.text, before, claims, breakdown, rule)
            else:
                finding = _percent_overflow(doc.text, claims, rule) or _parts_over_total(doc.text, claims, rule)
            if finding:
                findings.append(finding)
        findings.extend(_results_over_sentences(doc.text, sentences, rule))
    return findings


def _results_over_sentences(text: str, sentences: list[list[Claim]], rule: Rule) -> list[Finding]:
    """Results told over consecutive sentences ('X won 48.6%. Y was second with 39.4%, Z took 13.2%'):
    three or more shares held by different owners, none adding past 100% within one sentence."""
    findings = []
    run: list[Claim] = []
    for claims in [*sentences, []]:
        shares = [c for c in claims if _is_share(text, c)]
        if shares and (not run or shares[0].start - run[-1].end <= _NEXT_SENTENCE):
            run.extend(shares)
            continue
        owners = {c.context.entity for c in run}
        spread = len({c.context.sentence for c in run}) > 1
        if spread and len(run) >= 3 and len(owners) == len(run):
            finding = _percent_overflow(text, run, rule)
            if finding:
                findings.append(finding)
        run = shares
    return findings


def _is_share(text: str, claim: Claim) -> bool:
    if claim.unit != "percent" or claim.bound not in _SHARE_BOUNDS or claim.context.entity is None:
        return False
    before = text[max(0, claim.start - 25) : claim.start]
    after = text[claim.end : claim.end + 12]
    return not (_CHANGE_NEAR.search(before) or _CHANGE_AFTER.match(after))


def _percent_overflow(text: str, claims: list[Claim], rule: Rule) -> Finding | None:
    shares = [c for c in claims if _is_share(text, c)]
    owners = {c.context.entity for c in shares}
    if len(shares) < 2 or len(owners) != len(shares):
        return None
    floor = sum(c.normalized.low or 0.0 for c in shares if c.normalized)
    if floor <= 100.0:
        return None
    listed = ", ".join(f"{c.context.entity} {c.text}" for c in shares)
    return rule.finding(f"Shares of one whole add up to at least {floor:g}%: {listed}.", shares)


def _parts_over_total(text: str, claims: list[Claim], rule: Rule) -> Finding | None:
    totals = [c for c in claims if c.unit != "percent" and _is_total(text, c)]
    for total in totals:
        nested = _NESTED.search(text, total.end, max(c.end for c in claims))
        stop = nested.start() if nested else len(text)
        parts = [
            c
            for c in claims
            if c is not total
            and total.end < c.start < stop
            and c.unit == total.unit
            and c.bound in (Bound.EXACT, Bound.APPROX)
            and c.normalized is not None
        ]
        stated_total = total.high if total.high is not None else total.low
        if len(parts) < 2 or stated_total is None:
            continue
        floor = sum(p.normalized.low or 0.0 for p in parts if p.normalized)
        if floor > stated_total:
            listed = " + ".join(p.text for p in parts)
            return rule.finding(
                f"The parts ({listed}) add up to more than the stated total '{total.text}'.", [total, *parts]
            )
    return None


def _is_total(text: str, claim: Claim) -> bool:
    before = text[max(0, claim.start - 20) : claim.start]
    return bool(_TOTAL_BEFORE.search(before) or _TOTAL_AFTER.match(text[claim.end : claim.end + 40]))


def _breakdown_cue(text: str, claims: list[Claim]) -> int | None:
    """Where a sentence announces the parts of a whole ('the proposed breakdown includes'), if it does."""
    sentence = claims[0].context.sentence
    start = text.rfind(sentence, 0, claims[0].start + len(sentence))
    cue = _BREAKDOWN.search(text, start, start + len(sentence)) if start >= 0 and sentence else None
    return cue.end() if cue else None


def _breakdown_over_whole(text: str, before: list[Claim], claims: list[Claim], cue: int, rule: Rule) -> Finding | None:
    """The parts a breakdown lists, given together after its cue and up to any part of a part, against the
    whole it breaks down: the one it names ('the breakdown of the $2 billion plan'), else the nearest amount
    of their unit before the cue, in its sentence or the one before.
    The whole must be larger than each part, or it is not the whole they break down."""
    nested = _NESTED.search(text, cue, max(c.end for c in claims))
    stop = nested.start() if nested else len(text)
    parts = [c for c in claims if cue < c.start < stop and _is_amount(text, c)]
    named = parts[:1] if parts and _WHOLE_AFTER_CUE.match(text[cue : parts[0].start]) else []
    parts = _one_list(parts[len(named) :])
    if len(parts) < 2 or len({p.unit for p in parts}) != 1:
        return None
    wholes = named or [c for c in claims if c.end <= cue] or [c for c in before if cue - c.end <= _WHOLE_BEFORE]
    wholes = [c for c in wholes if c.unit == parts[0].unit and _is_amount(text, c)]
    whole = wholes[-1] if wholes else None
    if whole is None or whole.normalized is None:
        return None
    floor = sum(p.normalized.low or 0.0 for p in parts if p.normalized)
    stated = whole.normalized.high if whole.normalized.high is not None else whole.normalized.low
    largest = max(p.normalized.low or 0.0 for p in parts if p.normalized)
    if stated is None or stated <= largest or floor <= stated:
        return None
    listed = " + ".join(p.text for p in parts)
    return rule.finding(
        f"The breakdown ({listed}) adds up to at least {_restated(floor, parts[0])}, more than the "
        f"'{whole.text}' it breaks down.",
        [whole, *parts],
    )


def _one_list(parts: list[Claim]) -> list[Claim]:
    """The first parts that stand together as one list ('A of X, B of Y and C of Z'), up to a wide gap."""
    listed = parts[:1]
    for part in parts[1:]:
        if part.start - listed[-1].end > _LIST_GAP:
            break
        listed.append(part)
    return listed


def _is_amount(text: str, claim: Claim) -> bool:
    """An amount that can be a part or a whole: not a share, not a bound, not a change."""
    if claim.unit in (None, "percent") or claim.bound not in _SHARE_BOUNDS or claim.normalized is None:
        return False
    before = text[max(0, claim.start - 25) : claim.start]
    after = text[claim.end : claim.end + 12]
    return not (_CHANGE_NEAR.search(before) or _CHANGE_AFTER.match(after) or _MORE_AFTER.match(after))
