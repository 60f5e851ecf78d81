"""What every extraction pass shares: the characters already claimed, and how a claim is built."""

from __future__ import annotations

from claimcheck.document import Document
from claimcheck.extract import patterns as P
from claimcheck.extract.units import normalise
from claimcheck.lang import LEXICON
from claimcheck.models import Bound, Claim, ClaimKind

BOUND_OF = {"gt": Bound.GT, "ge": Bound.GE, "lt": Bound.LT, "le": Bound.LE, "approx": Bound.APPROX,
             "approx_below": Bound.APPROX, "exact": Bound.EXACT}  # fmt: skip

# 'two-way trade', 'a three-wheeler': a number glued to these words names a kind of thing, not a count.
NOT_COUNTED = frozenset({"way", "wheeler", "wheelers", "dimensional", "some", "sided", "faced", "tier"})


class Occupied:
    """Characters already claimed by an earlier pass."""

    def __init__(self, size: int) -> None:
        self.marks = bytearray(size + 1)

    def taken(self, start: int, end: int) -> bool:
        """True when any character of [start, end) is already part of a claim or a mask."""
        return any(self.marks[start:end])

    def take(self, start: int, end: int) -> None:
        """Mark [start, end) as claimed."""
        self.marks[start:end] = b"\x01" * (end - start)


def make_claim(doc: Document, start: int, end: int, kind: ClaimKind, **fields: object) -> Claim:
    """A claim over doc.text[start:end], with its line and column."""
    line, col = doc.line_col(start)
    return Claim(doc=doc.id, start=start, end=end, text=doc.text[start:end], line=line, col=col, kind=kind, **fields)


def value_claim(
    doc: Document,
    span: tuple[int, int],
    kind: ClaimKind,
    unit: str,
    stated: tuple[float | None, float | None],
    bound: Bound,
    subtype: str | None = None,
    noun: str | None = None,
    spread: tuple[Bound, float] | None = None,
) -> Claim:
    """A claim from a stated value; `spread` is the bound and half step its interval is drawn with when
    that differs from the stated bound (a fraction word is approximate by nature)."""
    interval_bound, half = spread or (bound, 0.0)
    return make_claim(
        doc,
        span[0],
        span[1],
        kind,
        unit=unit,
        noun=noun,
        low=stated[0],
        high=stated[1],
        bound=bound,
        subtype=subtype,
        normalized=normalise(stated[0], stated[1], interval_bound, unit, (half, half)),
    )


def open_sides(value: float, bound: Bound) -> tuple[float | None, float | None]:
    """The stated low and high of one hedged number: 'over 5' has no high, 'under 5' no low."""
    if bound in (Bound.LT, Bound.LE):
        return None, value
    return value, None if bound in (Bound.GT, Bound.GE) else value


def counted_noun(text: str, position: int, plural: bool) -> tuple[str, int] | None:
    """The head noun a number counts ('30 applications', 'seven major rare earth minerals', 'a four-storey
    building'), singular, and where it ends; None when no noun follows within four words."""
    glued = P.HYPHEN_NOUN.match(text, position, position + P.LOOKAHEAD)
    if (
        glued
        and glued["word"].lower() not in LEXICON.function_words
        and glued["word"].lower() not in LEXICON.trailing_hedges
    ):
        return singular_noun(glued["word"].lower()) or glued["word"].lower(), glued.end()
    pos = position
    for index in range(5):
        found = P.WORD_AFTER.match(text, pos, pos + P.LOOKAHEAD)
        if found is None:
            return None
        word = found["word"]
        lower = word.lower().rstrip("'’")
        possessive = lower.endswith(("'s", "’s"))  # 'the mayor's aides' counts aides
        if plural and (possessive or lower in LEXICON.count_adjectives or (index > 0 and lower in ("and", "or"))):
            pos = found.end()  # 'eight more picks', 'digital and physical sales'
            continue
        if lower in LEXICON.time_units and plural and index > 0:
            return LEXICON.time_units[lower], found.end()  # '50 previous years' counts years
        if lower in LEXICON.function_words or lower in LEXICON.time_units:
            return None
        if not plural:
            return (lower, found.end()) if index == 0 and word[0].islower() else None
        singular = singular_noun(lower)
        if singular is not None:
            return singular, found.end()
        pos = found.end()
    return None


def modifier_noun(text: str, position: int) -> tuple[str, int] | None:
    """'a 12 page report', 'a 3 cylinder engine': a singular noun between a number and the noun it
    modifies is what the number counts; None unless two plain lower-case words follow."""
    first = P.WORD_AFTER.match(text, position, position + P.LOOKAHEAD)
    if first is None or not first["word"].isalpha() or not first["word"].islower():
        return None
    second = P.WORD_AFTER.match(text, first.end(), first.end() + P.LOOKAHEAD)
    if second is None or not second["word"].isalpha() or not second["word"].islower():
        return None
    words = (first["word"], second["word"])
    if any(w in LEXICON.function_words or w in LEXICON.time_units or w in LEXICON.not_count_modifiers for w in words):
        return None
    if not looks_like_noun(first["word"]):
        return None
    return first["word"], first.end()


def looks_like_noun(word: str) -> bool:
    """False for an adverb or participle ('heavily', 'sealed', 'rising'), which modifies and is not counted."""
    return not (word.endswith(("ly", "ing")) or (word.endswith("ed") and not word.endswith("eed") and len(word) > 4))


def fact_box_noun(text: str, position: int) -> tuple[str, int] | None:
    """'30: No. of Indian applicants': a fact-box figure counts the noun after the colon."""
    colon = P.FACT_BOX_AFTER.match(text, position, position + P.LOOKAHEAD)
    if colon is None or "\n" in text[position : colon.end()]:
        return None
    found = counted_noun(text, colon.end() - 1, plural=True)
    if found is None:
        return None
    return found[0], position


def singular_noun(word: str) -> str | None:
    """The singular of a plural-looking noun, or None when the word does not look plural."""
    if word in LEXICON.irregular_plurals:
        return LEXICON.irregular_plurals[word]
    if len(word) > 4 and word.endswith("men") and word not in LEXICON.singular_men:
        return word[:-3] + "man"  # fishermen, gunmen, policemen
    if len(word) < 4 or not word.endswith("s") or word.endswith(LEXICON.not_plural_endings) or "-" in word[-3:]:
        return None
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("uses") and len(word) >= 5 and word[-5] not in "aeiou":
        return word[:-2]
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    return word[:-1]
