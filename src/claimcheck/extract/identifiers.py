"""Numbers that name things rather than count them: 'F-35', 'Article 370', 'FTSE 100', scores, shirt numbers."""

from __future__ import annotations

from itertools import islice

import regex

from claimcheck.extract import patterns as P
from claimcheck.extract.mentions import NOT_COUNTED
from claimcheck.lang import LEXICON

_GLUED_LETTERS = regex.compile(r"[A-Za-z%°º²/]+")
_LOWER_IDENTIFIER_HEADS = frozenset(
    {"helpline", "dial", "call", "toll-free", "extension", "pincode", "pin", "code", "flight", "train", "route",
     "platform", "gate", "ward", "sector", "no", "category", "jersey"}
)  # fmt: skip
_VIDEO_FORMATS = frozenset(str(lines) for lines in LEXICON.video_lines)


def is_score(text: str, start: int) -> bool:
    """'ended 2-2', 'a 9-2 lead', 'won 3-1 on aggregate': two goals or runs, not a range of one value."""
    score = P.SCORELINE.match(text, start, start + 40)
    if score is None:
        return False
    return bool(score["word"]) or int(score["a"]) >= int(score["b"])


def is_listed_count(text: str, bracket: int) -> bool:
    """'deaths reported in Kiambu (8), Nairobi (6), Embu (1)': a count for each name of a list told after
    the word of a running count, not a shirt number."""
    lo = max(0, bracket - 300)
    sentence_start = max(text.rfind(". ", lo, bracket), text.rfind("\n", lo, bracket), lo)
    near = P.LISTED_ITEM.finditer(text, max(sentence_start, bracket - 60), min(len(text), bracket + 60))
    listed = len(list(islice(near, 2))) == 2
    return listed and P.RUNNING_WORD.search(text, sentence_start, bracket) is not None


def is_code(word: str) -> bool:
    """'AI 171', 'MAX 9', 'ISO 9001': a short all-capital code before a number names a flight, model or
    standard (currency codes and 'No' are handled apart)."""
    return 2 <= len(word) <= 4 and word.isupper() and word.isalpha() and word not in LEXICON.currency_symbols


def is_identifier(text: str, match: regex.Match[str]) -> bool:
    """'F-35', 'Covid-19', 'Article 370', '3G', 'two-way': numbers that name things rather than count them."""
    start = match.start()
    glued = P.HYPHEN_NOUN.match(text, match.end(), match.end() + 24)
    if glued and glued["word"].lower() in NOT_COUNTED:
        return True
    if match["words"] is None and start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        glue = P.IDENTIFIER_GLUE.search(text, max(0, start - 20), start)
        if glue and glue.group().rstrip("-").lower() not in LEXICON.amount_prefixes:
            return True
    word = P.WORD_BEFORE.search(text, max(0, start - 20), start)
    if word and match["words"] is None:
        head = word["word"].rstrip(".")
        if head in LEXICON.identifier_heads or head.lower() in _LOWER_IDENTIFIER_HEADS or is_code(head):
            return True
    if match["words"] is None and start >= 2 and text[start - 1] == "-" and text[start - 2].isdigit():
        return True
    if match["words"] is None and (
        is_score(text, start) or (P.SHIRT_NUMBER.match(text, start - 1) and not is_listed_count(text, start - 1))
    ):
        return True
    end = match.end()
    if match["words"] is None and end < len(text) and text[end].isalpha():
        glued = _GLUED_LETTERS.match(text, end, min(len(text), end + 8))
        letters = glued.group() if glued else ""
        if letters == "p" and match["digits"] in _VIDEO_FORMATS:
            return True
        known = (
            letters in LEXICON.unit_symbols
            or letters.lower() in LEXICON.unit_words
            or letters.lower() in LEXICON.time_units
            or P.UNIT_AFTER.match(text, end, end + P.LOOKAHEAD) is not None
        )
        return not (known or letters.lower() in ("x", "fold", "bn", "mn", "cr", "k", "m", "b", "tn", "mln"))
    return False
