"""share-sum: shares of one whole that add up past 100%, or parts that add up past their total."""

from __future__ import annotations

from collections import defaultdict

import regex

from claimcheck.checks.base import CheckInput, Rule
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
_NESTED = regex.compile(r"(?i:\b(?:including|of\s+whom|of\s+which|among\s+them|among\s+whom|among\s+which)\b)")
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
        for claims in sentences:
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
