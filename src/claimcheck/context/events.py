"""Events: the part of a sentence that tells what happened on a date, its verbs and its named participants."""

from __future__ import annotations

from functools import lru_cache

import regex

from claimcheck.lang import LEXICON
from claimcheck.models import Claim, ClaimKind

_SEGMENT_BREAK = regex.compile(r"[,;:]\s*|\s(?:but|while|whereas|during|after|before|as|when|which)\s")
_SPEECH = regex.compile(r"\b(?:said|says|told|stated|added|according\s+to|quoted)\b")
_PLACE_BEFORE = regex.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?$")
_WORD = regex.compile(r"[A-Za-z][\w'’-]*")
# The agency of a wire story's dateline ('ANTWERP (Reuters) -'): who wires the story, no participant in it.
AGENCY_AFTER = regex.compile(r"\)[ \t]*[-—–:]")
_ACTION_REACH = 60


def event_segment(text: str, span: tuple[int, int], claim: Claim, neighbours: list[Claim]) -> tuple[int, int]:
    """The part of the sentence that tells the dated event: the piece between commas and conjunctions that
    holds the date, widened across commas (not conjunctions, not 'X said') until it names two participants."""
    inside = [(c.start, c.end) for c in neighbours]
    cuts = [
        m for m in _SEGMENT_BREAK.finditer(text, span[0], span[1]) if not any(s <= m.start() < e for s, e in inside)
    ]
    pieces: list[tuple[int, int, bool]] = []
    start, comma_before = span[0], False
    for cut in [*cuts, None]:
        end = cut.start() if cut else span[1]
        pieces.append((start, end, comma_before))
        if cut:
            start, comma_before = cut.end(), cut.group().strip() == ","
    home = next((i for i, (s, e, _) in enumerate(pieces) if s <= claim.start < e), 0)
    lo = hi = home

    def named() -> int:
        return len(participants(text[pieces[lo][0] : pieces[hi][1]], False))

    while named() < 2:
        if hi + 1 < len(pieces) and pieces[hi + 1][2] and not _SPEECH.search(text, *pieces[hi + 1][:2]):
            hi += 1
        elif lo > 0 and pieces[lo][2] and not _SPEECH.search(text, *pieces[lo - 1][:2]):
            lo -= 1
        else:
            break
    return _own_share(text, pieces[lo][0], pieces[hi][1], claim, neighbours)


def _event_date(claim: Claim) -> bool:
    """A date that can tell an event's day: a month or less, not a quarter, a season or a year."""
    start, end = claim.date_start, claim.date_end
    return claim.kind is ClaimKind.DATE and start is not None and end is not None and (end - start).days <= 31


def _word_boundary(text: str, position: int) -> int:
    """The nearest white space at or after a position, so a cut never splits a word."""
    space = text.find(" ", position)
    return position if space < 0 else space


def _own_share(text: str, start: int, end: int, claim: Claim, neighbours: list[Claim]) -> tuple[int, int]:
    """Where one stretch of text holds several dates, each date owns the words nearest to it; a quarter or a
    fiscal year in the clause ('reported its Q1 results on Tuesday') is what was reported, not another event."""
    for other in neighbours:
        if other is claim or not _event_date(other) or not start <= other.start < end:
            continue
        middle = (other.start + claim.end) // 2 if other.start > claim.start else (other.end + claim.start) // 2
        middle = _word_boundary(text, middle)
        start, end = (start, min(end, middle)) if other.start > claim.start else (max(start, middle), end)
    return start, end


def is_demonym(word: str) -> bool:
    """'Austrian', 'Japanese', 'Turkish': words for a nation's people describe participants, not name them."""
    return len(word) >= 6 and word.endswith(("ian", "ese", "ish"))


@lru_cache(maxsize=1024)
def participants(sentence: str, places: bool = True) -> tuple[str, ...]:
    """The named people, bodies and places in a sentence: capitalised words that are not titles or function
    words; with places=False, only those not written as a place ('in Canberra')."""
    names: set[str] = set()
    for match in _WORD.finditer(sentence):
        word = match.group().removesuffix("'s").removesuffix("’s")
        if (
            not word[:1].isupper()
            or word.lower() in LEXICON.stopwords
            or word in LEXICON.name_stopwords
            or word.isupper()
            or word.lower() in LEXICON.subjects.not_owners
            or word in LEXICON.currency_symbols
            or AGENCY_AFTER.match(sentence, match.end())
        ):
            continue
        if is_demonym(word):
            continue
        if places or not (
            word in LEXICON.places or _PLACE_BEFORE.search(sentence, max(0, match.start() - 24), match.start())
        ):
            names.add(word)
    return tuple(sorted(names))


def event_actions(text: str, span: tuple[int, int], claim: Claim) -> list[str]:
    """The event verbs near a date in its clause, as lemmas ('met' -> 'meet'), nearest first: 'held talks
    ... on October 29 and signed' tells of a meeting and a signing on that day."""
    found: dict[str, int] = {}
    for match in _WORD.finditer(
        text, max(span[0], claim.start - _ACTION_REACH), min(span[1], claim.end + _ACTION_REACH)
    ):
        lemma = LEXICON.event_verbs.get(match.group()) if match.group()[0].islower() else None
        if lemma:
            distance = min(abs(match.start() - claim.end), abs(claim.start - match.end()))
            found[lemma] = min(found.get(lemma, distance), distance)
    return sorted(found, key=lambda lemma: found[lemma])
