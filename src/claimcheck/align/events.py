"""Event pairing: two dates belong to one event when the same action involves mostly the same participants."""

from __future__ import annotations

import regex

from claimcheck.align.blocking import Pair
from claimcheck.lang import LEXICON
from claimcheck.models import Claim

_ORDINAL_EVENT = regex.compile(
    r"(?i)\b(first|second|third|fourth|fifth|last|next|previous|another|final|opening)\s+(?:\w+\s+)?"
    r"(?:meeting|round|visit|summit|forum|talks|session|match|game|edition|leg|phase|conference|election|poll)"
)


def same_event(a: Claim, b: Claim, action: str | None = None) -> Pair | None:
    """A Pair when two dates belong to one event: the same action by mostly the same participants."""
    if a.doc == b.doc and a.context.sentence == b.context.sentence:
        return None
    pa, pb = set(a.context.participants), set(b.context.participants)
    shared = pa & pb
    places = LEXICON.places | set(a.context.places) | set(b.context.places)
    named = shared - places
    if not named or len(shared) / min(len(pa), len(pb)) < 0.6:
        return None
    if (pa - pb - places) and (pb - pa - places):
        return None
    if _elsewhere(a, b):
        return None
    if len(shared) < 2 and not (action and _one_actor(a, b, named, places)):
        return None
    if _ordinals(a.context.sentence) != _ordinals(b.context.sentence):
        return None
    verb = action or a.context.action or ""
    if verb and (verb not in a.context.actions or verb not in b.context.actions) and a.context.actions:
        return None
    return Pair(a, b, len(shared) / len(pa | pb), (verb, *sorted(shared)))


def _elsewhere(a: Claim, b: Claim) -> bool:
    """True when two dates' datelines name different cities and neither date's sentence names the other's
    ('HAMBURG (Reuters) - Dock workers walked off on Tuesday' and the same words from BREMEN): wire copy
    in one formula tells two events apart by its datelines alone."""
    here, there = _dateline(a), _dateline(b)
    return (
        here is not None and there is not None and here != there
        and here.lower() not in b.context.sentence.lower() and there.lower() not in a.context.sentence.lower()
    )  # fmt: skip


def _dateline(claim: Claim) -> str | None:
    """The place the context stage took from the report's dateline: written in capitals in the sentence."""
    sentence = claim.context.sentence
    return next((p for p in claim.context.places if p not in sentence and p.upper() in sentence), None)


def _one_actor(a: Claim, b: Claim, named: set[str], places: set[str] | frozenset[str]) -> bool:
    """One shared name is enough when it is the whole cast of two days: 'Infosys reported on Wednesday' and
    'Infosys Ltd. reported on Tuesday' tell one act by one actor; a year or a month is too loose for that."""
    return all(
        c.date_start is not None
        and c.date_start == c.date_end
        and not set(c.context.participants) - places - named - LEXICON.company_suffixes
        for c in (a, b)
    )


def _ordinals(sentence: str) -> frozenset[str]:
    return frozenset(m.lower() for m in _ORDINAL_EVENT.findall(sentence))
