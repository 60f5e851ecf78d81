"""Numbers as news writes them: digits with Western or Indian grouping, words, and scales.

`NUMBER` finds candidates; `parse_number` turns one match into a value and the precision it implies.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from claimcheck.extract.mentions import singular_noun
from claimcheck.extract.patterns import LOOKAHEAD, UNIT_AFTER, WORD_AFTER, sieved, trie, word_starts
from claimcheck.extract.units import implied_half_step
from claimcheck.lang import LEXICON

_WORD = trie([*LEXICON.small_numbers, *LEXICON.tens, "dozen"])
_SPACED_SHORT = ("bn", "mn", "mln", "cr", "tn")
_SCALE = "|".join(s.replace(" ", r"\s+") for s in sorted([*LEXICON.scales, *_SPACED_SHORT], key=len, reverse=True))
_SHORT = "|".join(sorted(LEXICON.short_scales, key=len, reverse=True))
# Currency forms ending in a letter that may be glued to their amount: 'AUD1.5m', 'RM79', '$US55,931,000'.
_GLUED_CURRENCY = trie(s for s in LEXICON.currency_symbols if len(s) > 1 and s[-1].isalpha() and " " not in s)

NUMBER = regex.compile(
    rf"""
    (?:(?=[0-9.\-−])|\b(?=[zotfsenadZOTFSENAD]))     # a digit, a sign, or a number word at a word start
    (?P<digits>
        (?:(?<=(?<![\w])(?:{_GLUED_CURRENCY}))       # glued to a currency code,
          |(?<![\w.,/:]|[0-9][.,]))                  # else not glued to a word, a decimal point or a list
        [-−]?
        (?:[0-9]{{1,3}}(?:,[0-9]{{3}})+(?!,?[0-9])         # 15,400 and 1,000,000
          |[0-9]{{1,2}}(?:,[0-9][0-9])+,[0-9]{{3}}(?!,?[0-9])    # Indian grouping: 1,00,000
          |[0-9]+)
        (?:\.[0-9]+)?
        (?![[0-9]])
      |(?<![\w.])\.[0-9]+(?![0-9])                      # .5
    )
    (?P<exp>                                      # scientific notation: 3e6, 2.48×10−5, 5.5 x 10^-3
        [eE][-+−]?[0-9]{{1,3}}(?![\w.])
      |\s?[×xX*]\s?10(?:\^[-−]?|[-−])[0-9]{{1,3}}(?![\w.])
      |\s?×\s?10[0-9]{{1,2}}(?![\w.])              # 2.48×10−5 with the minus lost: only after decimals
    )?
    (?:
        (?P<gap>\s?|-)                            # "2.5 million", "2.5-million", "2.5bn"
        (?P<scale>(?i:{_SCALE}))\b
      |(?P<short>{_SHORT})(?![\w])               # glued short scale: 2.5bn, 45cr, 5m
    )?
    |
    (?P<words>
        (?<![\w-])(?i:(?:half\s+)?a\s+(?:dozen|hundred|thousand|million|billion|lakh|crore)|{_WORD})
        (?:(?:\s+|-)(?i:(?:(?<=(?:hundred|thousand|million|billion|lakh|crore|lakhs|crores)\s+)and\s+)?
                        (?:{_WORD}|{_SCALE}))){{0,12}}   # twenty-five, two hundred and fifty thousand
        (?:\s+and\s+a\s+half)?                    # three and a half
        (?![\w])
    )
    """,
    regex.VERBOSE,
)


# Where a NUMBER match can start: a digit not after a digit, a point, a comma, a slash or a colon (the digits
# of '1,1,1' are one list), a sign or a point before a digit, and a word start whose first letters begin a
# number word or 'a'; NUMBER is tried only there.
_NUMBER_STARTS = word_starts(
    [*LEXICON.small_numbers, *LEXICON.tens, "dozen", "half", "a "],
    also=(
        r"[0-9\-−.](?:(?<=[0-9])(?<![0-9.,/:][0-9])|(?<=[-−.])(?=[0-9]))",
        r"(?<![0-9.,/:])[0-9]|[-−.](?=[0-9])",
    ),
)


def search_number(text: str, pos: int) -> regex.Match[str] | None:
    """The first NUMBER match at or after `pos`: the same match as NUMBER.search(text, pos)."""
    return next(sieved(NUMBER, _NUMBER_STARTS, text, pos), None)


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """A number as written: its value, where it stands, and half its last significant step."""

    value: float
    start: int
    end: int
    half_step: float
    is_word: bool
    plain_digits: bool


def parse_number(match: regex.Match[str], currency: bool = False) -> ParsedNumber | None:
    """Value of a NUMBER match; None where the words do not make one number ("one two")."""
    if match["words"] is not None:
        idiom = _IDIOM_BEFORE.search(match.string, max(0, match.start() - 12), match.start())
        if idiom is not None and match["words"].lower() == "dozen":
            named = float(LEXICON.idioms[" ".join(idiom.group().lower().split()) + " dozen"])
            return ParsedNumber(named, match.start(), match.end(), 0.0, True, False)  # a baker's dozen is 13
        return _parse_words(match)
    written = match["digits"].replace("−", "-")
    if len(written) > _MAX_DIGITS:
        return None
    try:
        value = float(written.replace(",", ""))
    except ValueError:
        return None
    scale = 1.0
    end = match.end("digits")
    power = _power(match["exp"], written) if match["exp"] else None
    if power is not None:
        scale = 10.0**power
        end = match.end("exp")
    elif match["exp"]:
        pass  # '1920×1080' is a screen size, not 1920 times ten to the 80th
    elif match["scale"]:
        word = " ".join(match["scale"].lower().split())
        scale = LEXICON.scales.get(word) or LEXICON.short_scales[word]
        end = match.end("scale")
    elif match["short"]:
        short = match["short"]
        if short.lower() in LEXICON.currency_only_scales and not currency and not _scale_counts(match, written):
            end = match.end("digits")
        else:
            scale = LEXICON.short_scales[short.lower()]
            end = match.end("short")
    plain = scale == 1.0 and "," not in written and "." not in written
    scaled = float(f"{value * scale:.15g}")
    return ParsedNumber(scaled, match.start(), end, implied_half_step(written.lstrip("-"), scale), False, plain)


def _scale_counts(match: regex.Match[str], written: str) -> bool:
    """'1.2m tons', '4.5M viewers', '10k runners': a short scale with no currency scales the number when a
    unit or a plural noun follows; '100m hurdles' and '400m' are metres, '3M' a company."""
    text, after, short = match.string, match.end("short"), match["short"]
    if short == "M":
        return "." in written
    unit = UNIT_AFTER.match(text, after, after + LOOKAHEAD)
    if unit is not None and unit["sep"].strip() == "" and unit["sep"] and unit["word"]:
        return True
    noun = WORD_AFTER.match(text, after, after + LOOKAHEAD)
    if noun is None or not noun["word"].islower() or singular_noun(noun["word"]) is None:
        return False
    return short != "m" or (noun["word"] not in LEXICON.metre_events and ("." in written or len(written) < 3))


_TOKEN = regex.compile(r"[A-Za-z]+")
_IDIOM_BEFORE = regex.compile(
    rf"(?<![\w])(?i:{'|'.join(regex.escape(i.rsplit(' ', 1)[0]) for i in LEXICON.idioms)})\s+$", regex.REVERSE
)
_MAX_POWER = 30


def _power(exp: str, written: str) -> int | None:
    """The power of ten of '3e6', '×10^8', 'x10-3', '×10−5'; None for a plain '×1080' after a whole number."""
    mark = exp.strip()[:1]
    if mark in "eE":
        digits = exp.strip()[1:]
    else:
        digits = exp[exp.index("10") + 2 :].lstrip("^")
        if not any(sign in exp for sign in "^-−") and "." not in written:
            return None
    power = int(digits.replace("−", "-"))
    return power if abs(power) <= _MAX_POWER else None


# Longer digit runs are identifiers, hashes or noise, not amounts a writer states.
_MAX_DIGITS = 24


def _parse_words(match: regex.Match[str]) -> ParsedNumber | None:
    """Value of a run of number words, cut where the run stops being one number."""
    total = current = 0.0
    halved = plus_half = False
    last_kind = ""
    end = match.start("words")
    smallest_scale = 1.0
    for token in _TOKEN.finditer(match["words"]):
        word = token.group().lower()
        kind, value = _word_kind(word)
        if kind == "skip":
            continue
        if kind == "half":
            if last_kind:
                plus_half = True
                end = match.start("words") + token.end()
            else:
                halved = True
            continue
        if (
            kind in ("unit", "tens")
            and last_kind in ("unit", "tens")
            and not (last_kind == "tens" and kind == "unit" and current % 10 == 0)
        ):
            break
        if kind == "unit" or kind == "tens":
            current += value
        elif kind == "dozen":
            current = (current or 1) * 12
        elif value == 100:
            current = (current or 1) * 100
            kind = "hundred"
        elif last_kind == "scale" and current == 0:
            total *= value
            smallest_scale *= value
        else:
            total += (current or 1) * value
            current = 0.0
            smallest_scale = value
        last_kind = kind
        end = match.start("words") + token.end()
    if not last_kind:
        return None
    value = (total + current) * (0.5 if halved else 1.0) + (0.5 if plus_half else 0.0)
    step = smallest_scale if current == 0 else (10.0 if current % 10 == 0 and current >= 20 else 1.0)
    return ParsedNumber(value, match.start("words"), end, 0.5 * step, True, False)


def _word_kind(word: str) -> tuple[str, float]:
    if word in ("a", "and"):
        return "skip", 0
    if word == "half":
        return "half", 0.5
    if word in LEXICON.small_numbers:
        return "unit", LEXICON.small_numbers[word]
    if word in LEXICON.tens:
        return "tens", LEXICON.tens[word]
    if word == "dozen":
        return "dozen", 12
    return "scale", LEXICON.scales.get(word) or LEXICON.short_scales[word]
