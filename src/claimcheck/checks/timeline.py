"""event-after-publication and weekday-mismatch: dates that cannot be right on their own."""

from __future__ import annotations

from datetime import date

import regex

from claimcheck.checks.base import CheckInput, Rule
from claimcheck.context.subject import is_period
from claimcheck.extract.patterns import longest_first
from claimcheck.lang import LEXICON
from claimcheck.models import Claim, ClaimKind, Finding


def events_after_publication(data: CheckInput, rule: Rule) -> list[Finding]:
    """An event told as past but dated after the day the document was published; a quarter or fiscal year
    is a period, never an event after publication."""
    findings = []
    for doc in data.docs:
        published = doc.published
        if published is None:
            continue
        for claim in data.claims.get(doc.id, []):
            if _told_as_past_after(claim, published):
                message = (
                    f"{doc.id} was published on {published.isoformat()} but reports '{claim.text}' "
                    f"({claim.date_start}) as past."
                )
                findings.append(rule.finding(message, [claim]))
    return findings


def _told_as_past_after(claim: Claim, published: date) -> bool:
    return (
        claim.kind is ClaimKind.DATE
        and claim.date_start is not None
        and claim.date_start > published
        and claim.subtype != "year"
        and claim.context.tense == "past"
        and not is_period(claim.text)
        and not _set_for(claim)
    )


_TARGET_BEFORE = regex.compile(rf"(?i:\b(?:{longest_first(LEXICON.target_before)})\s+(?:the\s+)?$)")
_TARGET_AFTER = regex.compile(rf"(?i:\s+(?:{longest_first(LEXICON.target_after)})\b)")


def _set_for(claim: Claim) -> bool:
    """True when the date is one an act set rather than the day of the act ('called a second strike day for
    Nov. 25', 'fixed Oct. 31 as the record date'): told in the past, it is still to come."""
    sentence = claim.context.sentence
    at = sentence.find(claim.text)
    if at < 0:
        return False
    before = _TARGET_BEFORE.search(sentence, max(0, at - 30), at)
    return bool(before or _TARGET_AFTER.match(sentence, at + len(claim.text)))


def weekday_mismatches(data: CheckInput, rule: Rule) -> list[Finding]:
    """'Monday, June 10, 2025' where June 10, 2025 is a Tuesday."""
    findings = []
    for claims in data.claims.values():
        for claim in claims:
            if claim.weekday and claim.date_start and claim.date_start == claim.date_end:
                written = LEXICON.weekdays[claim.weekday.lower()]
                if claim.date_start.weekday() != written:
                    message = (
                        f"'{claim.text}' names a {claim.weekday}, but {claim.date_start.isoformat()} "
                        f"is a {claim.date_start:%A}."
                    )
                    findings.append(rule.finding(message, [claim]))
    return findings
