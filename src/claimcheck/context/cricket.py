"""The subject of a cricket score's parts: the measure its notation names, the player or team it belongs to,
and whether a team's score is its innings' end or told mid-innings.

'PBKS's Arshdeep Singh (3/36)': the wickets and the runs conceded are Arshdeep Singh's, not PBKS's; 'RCB, with
44 from 35 balls by Virat Kohli, made 190/6': the 190 and the 6 are RCB's, the 44 Kohli's; '55 for 1 after the
powerplay' and '245/7 at stumps' are running counts, not the innings' total.
"""

from __future__ import annotations

import regex

from claimcheck.extract.patterns import longest_first
from claimcheck.lang import LEXICON
from claimcheck.models import Claim, Subject

_WORDS = LEXICON.cricket
_TEAM_PARTS = frozenset({"team-total", "wickets-lost"})
_BATTING = frozenset({"innings-runs", "balls-faced"})
_NAME = regex.compile(r"(?<![\w'’])[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){0,4}")
_BY_BEFORE = regex.compile(r"\bby\s+$")
# 'RCB's standout bowler': a team named as a player's side, not the figure's owner.
_POSSESSOR = regex.compile(rf"(?<=['’]s)(?:\s+[a-z][\w-]*)?\s+(?:{'|'.join(sorted(_WORDS.words['roles']))})\b")
# '44 from 35 balls by Virat Kohli': the batter named after the innings.
_BALLS = "|".join(sorted(_WORDS.words["balls"], key=len, reverse=True))
_BY_AFTER = regex.compile(
    rf"\*?(?:\s+(?:{'|'.join(_WORDS.words['innings_against'])})\s+\d{{1,3}})?(?:\s+(?:{_BALLS}))?\s+by\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})"
)
_NOTATION_BEFORE = regex.compile(r"\d{1,3}\s?(?:/|-|–|\s+for\s+)\s?$")
_NOTATION_AFTER = regex.compile(r"\s?(?:/|-|–|\s+for\s+)\s?\d{1,3}")


_IN_PROGRESS_AFTER = regex.compile(
    rf"(?i:\s*,?\s+(?:in\s+\d{{1,2}}(?:\.\d)?\s+overs\s+)?(?:{longest_first(_WORDS.in_progress_after)})\b)"
)
_IN_PROGRESS_BEFORE = regex.compile(rf"(?i:\b(?:{longest_first(_WORDS.in_progress_before)})\s+(?:a\s+|an\s+)?$)")
_FINAL_BEFORE = regex.compile(rf"(?i:\b(?:{longest_first(_WORDS.final)})\b)")
_FINAL_REACH = 40
_NOT_NAMES = frozenset(LEXICON.months) | frozenset(LEXICON.weekdays) | _WORDS.cased_cues


def cricket_subject(text: str, sentence_start: int, claim: Claim, subject: Subject) -> Subject:
    """The subject of one part of a cricket score (a claim whose subtype the score pass gave it)."""
    measure = _WORDS.measures[claim.subtype or ""]
    by_batter = _BY_AFTER.match(text, claim.end) if claim.subtype in _BATTING else None
    start = _notation_start(text, claim)
    team = claim.subtype in _TEAM_PARTS
    owner = _clean(by_batter["name"]) if by_batter else _named_before(text, sentence_start, start, team)
    status = "actual" if subject.status == "change" else subject.status  # '5-41' is no fall of 41
    if claim.subtype in _TEAM_PARTS and _in_progress(text, sentence_start, claim):
        status = "running"
    return subject.model_copy(update={"measure": measure, "owner": owner or subject.owner, "status": status})


def _notation_start(text: str, claim: Claim) -> int:
    """Where the score a part belongs to starts: the '190' of '190/6' for its '6'."""
    before = _NOTATION_BEFORE.search(text, max(0, claim.start - 12), claim.start)
    return before.start() if before and claim.subtype in ("wickets-lost", "runs-conceded") else claim.start


def _named_before(text: str, lo: int, position: int, team: bool) -> str | None:
    """The player or team named nearest before a score in its sentence: not the possessor of a noun
    ('Krunal Pandya was RCB's standout bowler, with 2/17') while another name comes before it, and for a
    team's score not one named as the maker of another figure ('by Virat Kohli')."""
    fallback = None
    for match in reversed(list(_NAME.finditer(text, lo, position))):
        if team and _BY_BEFORE.search(text, max(lo, match.start() - 4), match.start()):
            continue
        name = _clean(match.group())
        if name and _POSSESSOR.match(text, match.end()):
            fallback = fallback or name
        elif name:
            return name
    return fallback


def _clean(name: str) -> str | None:
    """A name without a leading title or common word, and without the team before a player ('PBKS's
    Arshdeep Singh' is Arshdeep Singh's); a lone possessive ('RCB's') is the team."""
    words = name.split()
    while words and (words[0].lower() in LEXICON.stopwords or words[0] in LEXICON.name_stopwords):
        words = words[1:]
    owners = [index for index, word in enumerate(words[:-1]) if word.endswith(("'s", "’s"))]
    if owners:
        words = words[owners[-1] + 1 :]
    cleaned = " ".join(words).removesuffix("'s").removesuffix("’s").rstrip(".")
    return cleaned if cleaned and cleaned not in _NOT_NAMES else None


def _in_progress(text: str, lo: int, claim: Claim) -> bool:
    """True when a team's score is told mid-innings: a phase after it ('after the powerplay', 'at stumps'),
    or a verb of the moment right before it ('came in at', 'were', 'reduced to') with no word of the innings'
    end ('finished', 'made', 'all out') just before."""
    if claim.text.lower() in _WORDS.words["all_out"]:
        return False  # 'all out' is the innings' end
    start = _notation_start(text, claim)
    end = claim.end
    after = _NOTATION_AFTER.match(text, end) if claim.subtype == "team-total" else None
    if after:
        end = after.end()
    if _IN_PROGRESS_AFTER.match(text, end):
        return True
    if not _IN_PROGRESS_BEFORE.search(text, max(lo, start - 24), start):
        return False
    return not _FINAL_BEFORE.search(text, max(lo, start - _FINAL_REACH), start)
