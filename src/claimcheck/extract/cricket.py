"""Cricket scores: each notation is two quantities, each its own exact claim inside it.

'3/36', '3 for 36', 'figures of 5-41', '4-0-17-2': a bowler's wickets and the runs they cost; '190/6',
'184 for 7', 'all out for 162': a team's runs and the wickets it lost; '43 off 35 balls', '61 not out', '29*':
a batter's runs and the balls faced. Which side is which is read from the magnitudes (wickets never pass ten)
and the words, and only in a document about cricket, so '2/28' stays a date or a fraction elsewhere. A score
is exact: no round-number widening.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from claimcheck.document import Document
from claimcheck.extract.mentions import Occupied, value_claim
from claimcheck.extract.patterns import longest_first
from claimcheck.lang import LEXICON
from claimcheck.models import Bound, Claim, ClaimKind

_WORDS = LEXICON.cricket.words
_MAX_WICKETS = 10
_ENOUGH_CUES = 2


_DECISIVE = LEXICON.cricket.decisive_cues
_LOWER_CUES = LEXICON.cricket.cues | {w for w in _DECISIVE if w.islower()}
_CASED_CUES = LEXICON.cricket.cased_cues | {w for w in _DECISIVE if not w.islower()}
_CUES = regex.compile(rf"(?<![\w-])(?:(?i:{longest_first(_LOWER_CUES)})|{longest_first(_CASED_CUES)})(?![\w-])")
_NUMBER_WORDS = {w: n for w, n in LEXICON.small_numbers.items() if 0 < n <= _MAX_WICKETS}
_EDGE_BEFORE = r"(?<![\w/.,:\-–])"
_EDGE_AFTER = r"(?![\w/\-–]|[.,:]\d|\s?/\s?\d)"
# '3/36', '190/6', '190 for 9', '3 for 36'; a hyphen ('5-41', '245-7') is taken where _dash_allowed says.
_PAIR = regex.compile(
    rf"{_EDGE_BEFORE}(?P<a>\d{{1,3}})(?P<sep>\s?/\s?|-|–|\s+for\s+)(?P<b>\d{{1,3}}){_EDGE_AFTER}"
    rf"(?:\s+(?P<runs>{longest_first(_WORDS['runs'])})\b)?"
)
# 'three wickets for 48 runs', '2 wickets for 17'.
_WICKETS_FOR = regex.compile(
    rf"(?i:(?<![\w-])(?P<a>\d{{1,2}}|{longest_first(tuple(_NUMBER_WORDS))})\s+"
    rf"(?P<wk>{longest_first(_WORDS['wickets'])})\s+for\s+(?P<b>\d{{1,3}})(?:\s+(?:{longest_first(_WORDS['runs'])}))?)\b"
)
# '4-0-17-2': overs, maidens, runs conceded, wickets.
_FULL_FIGURES = regex.compile(
    rf"{_EDGE_BEFORE}(?P<o>\d{{1,2}}(?:\.[1-5])?)[-–](?P<m>\d{{1,2}})[-–](?P<r>\d{{1,3}})[-–](?P<w>\d{{1,2}}){_EDGE_AFTER}"
)
# 'all out for 162', 'bowled out for 120', '162 all out'.
_ALL_OUT = regex.compile(
    rf"(?i:(?P<out>{longest_first(_WORDS['all_out'])})\s+for\s+(?P<a>\d{{1,3}})\b"
    rf"|(?<![\w/.,-])(?P<a2>\d{{1,3}})\s+(?P<out2>{longest_first(_WORDS['all_out'])})\b)"
)
# '43 off 35 balls', '44 from 35 balls', '29* off 10', '61 not out off 30 balls'.
_INNINGS = regex.compile(
    rf"{_EDGE_BEFORE}(?P<r>\d{{1,3}})(?P<star>\*)?(?:\s+(?i:{longest_first(_WORDS['runs'])}))?"
    rf"(?:\s+(?i:{longest_first(_WORDS['not_out'])}))?"
    rf"\s+(?:(?P<against>{longest_first(_WORDS['innings_against'])})|{longest_first(_WORDS['innings_against_named'])})\s+(?:(?:{longest_first(_WORDS['balls_hedges'])})\s+)?"
    rf"(?P<b>\d{{1,3}})(?![\w/.,]\d|[\w/])"
    rf"(?:\s+(?P<balls>(?i:{longest_first(_WORDS['balls'])}))\b|(?!\s+(?i:{longest_first(_WORDS['not_balls'])})\b))"
)
# 'needing 55 off 22 balls', '55 needed': what a chase still required, no one's innings.
_REQUIRED_NEAR = regex.compile(rf"(?i:\b(?:{longest_first(_WORDS['required'])})\b)")
# '61 not out', '29*', 'an unbeaten 61'.
_NOT_OUT = regex.compile(
    rf"{_EDGE_BEFORE}(?P<r>\d{{1,3}})(?:\*|\s+(?i:{longest_first(_WORDS['not_out'])})\b)"
    rf"|(?i:\b(?:{longest_first(_WORDS['unbeaten'])})\s+)(?P<r2>\d{{1,3}})\b(?!\s*[/-]\d)"
)
_FIGURES_BEFORE = regex.compile(rf"(?i:\b(?:{longest_first(_WORDS['figures'])})\s*)$")


@lru_cache(maxsize=64)
def is_cricket(text: str) -> bool:
    """True when a decisive cue word of cricket ('overs') or at least two distinct cue words occur in the text."""
    seen: set[str] = set()
    for match in _CUES.finditer(text):
        if match.group() in _DECISIVE or match.group().lower() in _DECISIVE:
            return True
        seen.add(match.group().lower())
        if len(seen) >= _ENOUGH_CUES:
            return True
    return False


def cricket_scores(doc: Document, occupied: Occupied) -> Iterator[Claim]:
    """Every score of a cricket report, each side its own claim; nothing in any other document."""
    if not is_cricket(doc.text):
        return
    text, start = doc.text, doc.body_start
    found: list[Claim] = []
    for finder in (_full_figures, _wickets_for, _all_out, _innings, _pairs, _not_outs):
        for claim in finder(doc, text, start):
            if not occupied.taken(claim.start, claim.end) and not any(_overlaps(claim, c) for c in found):
                found.append(claim)
    for match in _FULL_FIGURES.finditer(text, start):
        if any(match.start() <= c.start < match.end() for c in found):
            occupied.take(match.start(), match.end())  # the overs and maidens of '4-0-17-2' count nothing here
    yield from sorted(found, key=lambda c: c.start)


def _overlaps(a: Claim, b: Claim) -> bool:
    return a.start < b.end and b.start < a.end


def _exact(doc: Document, span: tuple[int, int], value: float, subtype: str, noun: str) -> Claim:
    return value_claim(
        doc,
        span,
        ClaimKind.QUANTITY,
        "count",
        (value, value),
        Bound.EXACT,
        subtype,
        noun,
        spread=(Bound.EXACT, 0.0),
    )


def _figures(doc: Document, wickets: tuple[int, int, float], runs: tuple[int, int, float]) -> list[Claim]:
    return [
        _exact(doc, wickets[:2], wickets[2], "wickets", "wicket"),
        _exact(doc, runs[:2], runs[2], "runs-conceded", "run"),
    ]


def _team_score(doc: Document, runs: tuple[int, int, float], wickets: tuple[int, int, float]) -> list[Claim]:
    return [
        _exact(doc, runs[:2], runs[2], "team-total", "run"),
        _exact(doc, wickets[:2], wickets[2], "wickets-lost", "wicket"),
    ]


def _pairs(doc: Document, text: str, start: int) -> Iterator[Claim]:
    """'3/36' and '3 for 36' are figures (few wickets, more runs); '190/6' and '190 for 9' a team's score."""
    for match in _PAIR.finditer(text, start):
        a, b = int(match["a"]), int(match["b"])
        first, second = (match.start("a"), match.end("a"), a), (match.start("b"), match.end("b"), b)
        if match["runs"]:
            second = (match.start("b"), match.end("runs"), b)
        dash = match["sep"] in ("-", "–")
        if a <= _MAX_WICKETS and b > a and (not dash or _dash_allowed(text, match, figures=True)):
            yield from _figures(doc, first, second)
        elif a > _MAX_WICKETS and b <= _MAX_WICKETS and not match["runs"] and (not dash or a >= 30):
            yield from _team_score(doc, first, second)


def _dash_allowed(text: str, match: regex.Match[str], figures: bool) -> bool:
    """A hyphen joins figures only after 'figures of' or inside brackets: '(5-41)' but not 'won 3-1'."""
    bracketed = text[match.start() - 1 : match.start()] == "(" and text[match.end() : match.end() + 1] == ")"
    return figures and (bracketed or bool(_FIGURES_BEFORE.search(text, max(0, match.start() - 20), match.start())))


def _wickets_for(doc: Document, text: str, start: int) -> Iterator[Claim]:
    for match in _WICKETS_FOR.finditer(text, start):
        word = match["a"].lower()
        wickets = float(_NUMBER_WORDS.get(word) or int(word))
        yield from _figures(
            doc, (match.start("a"), match.end("wk"), wickets), (match.start("b"), match.end(), float(match["b"]))
        )


def _full_figures(doc: Document, text: str, start: int) -> Iterator[Claim]:
    for match in _FULL_FIGURES.finditer(text, start):
        runs, wickets = int(match["r"]), int(match["w"])
        if wickets <= _MAX_WICKETS and int(match["m"]) <= float(match["o"]):
            yield from _figures(
                doc, (match.start("w"), match.end("w"), wickets), (match.start("r"), match.end("r"), runs)
            )


def _all_out(doc: Document, text: str, start: int) -> Iterator[Claim]:
    for match in _ALL_OUT.finditer(text, start):
        runs, out = ("a", "out") if match["a"] else ("a2", "out2")
        yield from _team_score(
            doc,
            (match.start(runs), match.end(runs), float(match[runs])),
            (match.start(out), match.end(out), float(_MAX_WICKETS)),
        )


def _innings(doc: Document, text: str, start: int) -> Iterator[Claim]:
    for match in _INNINGS.finditer(text, start):
        runs, balls = int(match["r"]), int(match["b"])
        if balls == 0 or runs > 6 * balls or balls > 600 or (not match["against"] and not match["balls"]):
            continue  # no innings: '3 from 0', '100 in 10 days'
        if _REQUIRED_NEAR.search(text, max(0, match.start() - 16), match.start()):
            continue
        balls_end = match.end("balls") if match["balls"] else match.end("b")
        yield _exact(doc, (match.start("r"), match.end("r")), float(runs), "innings-runs", "run")
        yield _exact(doc, (match.start("b"), balls_end), float(balls), "balls-faced", "ball")


def _not_outs(doc: Document, text: str, start: int) -> Iterator[Claim]:
    for match in _NOT_OUT.finditer(text, start):
        group = "r" if match["r"] else "r2"
        yield _exact(doc, (match.start(group), match.end(group)), float(match[group]), "innings-runs", "run")
