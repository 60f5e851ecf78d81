"""What a bare number is when no unit follows: 'one proposal', 'two of the victims', an age, a year."""

from __future__ import annotations

from datetime import date

from claimcheck.document import Document
from claimcheck.extract import patterns as P
from claimcheck.extract.mentions import Occupied, counted_noun, looks_like_noun, make_claim, singular_noun
from claimcheck.extract.numbers import ParsedNumber
from claimcheck.lang import LEXICON
from claimcheck.models import Claim, ClaimKind

_NAMED_AGE_FROM = 15  # 'Nick Hague 44 has': below this a number after a name is a score or a squad number


def one_noun(text: str, start: int, end: int) -> tuple[str, int] | None:
    """'one proposal', 'one senior official': the word 'one' counts the noun it stands before; alone ('no
    one', 'one another', 'one of the best players') it states no quantity."""
    if P.NOT_ONE_BEFORE.search(text, max(0, start - 12), start) or text[end : end + 1] == "-":
        return None
    head = None
    pos = end
    for index in range(3):  # 'one senior administration official': the last plain word of the phrase
        word = P.WORD_AFTER.match(text, pos, pos + P.LOOKAHEAD)
        lower = word["word"] if word else ""
        if not lower.isalpha() or not lower.islower() or lower in LEXICON.function_words:
            break
        if lower in LEXICON.time_units or lower in LEXICON.not_count_modifiers:
            if index == 0:
                return None
            break
        if index > 0 and (singular_noun(lower) is not None or not looks_like_noun(lower)):
            break  # 'one proposal asks', 'one bidder walked': the phrase ends before its verb
        head, pos = (lower, word.end()), word.end()  # type: ignore[union-attr]
    if head is None or head[0] == "way" or not looks_like_noun(head[0]):
        return None
    return head


def counted_among(text: str, end: int) -> tuple[str, int] | None:
    """'two of Johnson's deputies', 'three of the victims': the number counts the plural after 'of'."""
    among = P.OF_THE.match(text, end, end + P.LOOKAHEAD)
    if among is None:
        return None
    found = counted_noun(text, among.end() - 1, plural=True)
    return (found[0], end) if found else None


def bare_small(number: ParsedNumber) -> bool:
    return number.plain_digits and number.value < 100


def is_age(text: str, before: str, number: ParsedNumber) -> bool:
    """'Donald Trump, 78, won', 'women aged 21 to 65', 'under the age of five', 'Nick Hague 44 has': a person's
    age in years."""
    if not (0 < number.value <= 120 and number.value == int(number.value)):
        return False
    found = P.AGE_BEFORE.search(before)
    if found is None:
        named = number.value >= _NAMED_AGE_FROM and P.NAME_BEFORE.search(before)
        return bool(named and P.VERB_AFTER_AGE.match(text, number.end, number.end + 20))
    if found.group().rstrip().endswith(","):
        return text[number.end : number.end + 1] == ","
    return True


def year_claim(
    doc: Document, first: ParsedNumber, second: ParsedNumber | None, hedge: object, occupied: Occupied
) -> Claim | None:
    """A bare four-digit number from 1800 to 2100 is a year unless it counts something after it; after a
    determiner or opening a sentence it is a year even then ('the 2020 municipal polls', '2018 sales rose');
    beside an era ('A.D. 1000') any number to 2100 is one."""
    if second is not None or hedge or not first.plain_digits:
        return None
    text = doc.text
    era = P.ERA_BEFORE.search(text, max(0, first.start - 8), first.start) or P.ERA_AFTER.match(text, first.end)
    if era and 1 <= first.value <= 2100:
        return year(doc, first)  # 'A.D. 1000', '1066 AD'
    if not 1800 <= first.value <= 2100:
        return None
    determiner = P.DETERMINER_BEFORE.search(text, max(0, first.start - 8), first.start) or P.YEAR_OWNER_BEFORE.search(
        text, max(0, first.start - 12), first.start
    )
    opens = P.SENTENCE_OPENS.search(text, max(0, first.start - 4), first.start) or first.start == doc.body_start
    named = P.NAME_AFTER_YEAR.match(text, first.end)
    if not (determiner or opens or named) and counted_noun(text, first.end, plural=True):
        return None  # '1999 complaints' counts; '2018 sales rose', 'the 2020 polls', 'fiscal 1989 sales' are years
    return year(doc, first)


def year(doc: Document, first: ParsedNumber) -> Claim:
    year = int(first.value)
    return make_claim(
        doc,
        first.start,
        first.end,
        ClaimKind.DATE,
        date_start=date(year, 1, 1),
        date_end=date(year, 12, 31),
        subtype="year",
    )
