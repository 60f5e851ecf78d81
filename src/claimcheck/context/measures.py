"""What each number is about: its measure, entity, time, attribution, and for dates the event.

Rules over the words around a claim, bounded to its sentence: the 'of' phrase after a percentage,
the noun a number counts, the words after a fact-box colon, the nearest named subject before it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from claimcheck.context.attribution import attribution
from claimcheck.context.events import AGENCY_AFTER, event_actions, event_segment, participants
from claimcheck.context.subject import (
    AHEAD,
    ESTIMATE_OF_FIGURE,
    INVOLVING,
    RATE_AFTER,
    SINCE_BEFORE,
    Window,
    before_named,
    fiscal_period_in,
    measure_head,
    opening_period,
    precedes,
    subject_of,
)
from claimcheck.document import Document
from claimcheck.extract.patterns import LOOKAHEAD, longest_first
from claimcheck.lang import LEXICON
from claimcheck.models import Bound, Claim, ClaimKind, Context, Subject
from claimcheck.sentences import Sentences, tense

# A sentence that opens with its day: 'As of 11th July 2025, ...'.
_AS_OF_OPENING = regex.compile(r"\s*(?i:as\s+(?:of|at|on))\s+")
# A participle clause right before a value ('..., winning only 47 seats'): its subject is the sentence's.
_PARTICIPLE_BEFORE = regex.compile(r",[ \t]+(?P<verb>[a-z]{2,}ing)\b[^,;:()]*$")
# A parenthesis that holds a figure ('(USD 14 million)', '(up 7.5% YoY)') is a clause of its own for the
# figures inside it; the clause around it runs on across it ('Profit beat forecasts (~Rs 22,070 cr) by 78%').
# One that holds a few words, each starting with a letter, is a name or an abbreviation ('gross domestic
# product (GDP) growth of 7.8%') and no break at all; an unclosed one breaks the clause. A dateline
# ('SAN SEBASTIAN, Spain (EFE) - ', 'NAIROBI: ') is no part of the first clause.
_ASIDE = r"[A-Za-z][\w.&'-]*(?:\s[A-Za-z][\w.&'-]*){0,3}"
_BRACKETS = regex.compile(rf"\((?!{_ASIDE}\))[^()\n]*\)")
# Every break starts with one of the characters the look-ahead names: asked first, it spares the engine the
# alternatives at every other character.
_CLAUSE_BREAK = regex.compile(
    r"(?=[;\s,()A-Z])(?:;|\s[–—]\s|\s--\s|,?\s+(?:but|while|whereas|although)\s|\((?![^()\n]*\))|\)(?<!\([^()\n]*\))"
    r"|^[A-Z][A-Z .,'()-]{1,40}:\s"
    r"|^[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][\w .'-]{1,30})?\s*(?:\([A-Z][\w .&-]{0,20}\)\s*)?[-–—]\s)",
    regex.MULTILINE,
)
# A figure in brackets right after another: the same figure in another unit or rounded ('Rs 40 lakh
# ($46,630)'); a figure it is compared with, bracketed or not: the same measure for another period ('to Rs
# 26,994 cr (compared to Rs 15,138 cr last year)', 'real GDP is Rs 47.89 lakh crore, against Rs 44.42 lakh crore').
_RESTATED = regex.compile(
    r"\s*,?\s*(?P<bracket>\(\s*)?(?P<compared>(?:against|compared\s+(?:to|with)|versus|vs\.?|(?:up\s+|down\s+)?from)"
    r"\s+(?:the\s+)?)?"
    r"(?:(?:about|around|approx\.?|approximately|roughly|nearly|some|or)\s+|[~≈]\s*)?"
)
_RESTATED_FIELDS = {"measure", "owner", "period", "basis", "status"}
_COMPARED_FIELDS = {"measure", "owner"}
# The whole a part is counted of ('won 234 of the 288 seats'): no one named beside the part owns it.
_WHOLE_BEFORE = regex.compile(r"\d\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$")
_CAPITAL_WORD = regex.compile(r"\b([A-Z][a-z]+)\b")
_POSSESSIVE = regex.compile(r"([A-Z][\w]+)['’]s\b")
_ORIGIN = regex.compile(r"[\w\s-]{0,30}?\bfrom\s+([A-Z][\w]+)")
_POSSESSIVE_END = regex.compile(r"['’]s?$")
_CALENDAR_WORDS = frozenset(LEXICON.months) | frozenset(LEXICON.weekdays)
_FOR_NAME = regex.compile(
    r"\s*for\s+(?:(?!(?:since|in|of|at|on|after|before|during|the\s+first|time|years?)\b)[a-z][\w'’-]*\s+){0,3}"
)
_BY_NAME = regex.compile(r"\s+by\s+")
_DATELINE_ONLY = regex.compile(r"\s*(?:[A-Z][A-Z .,'()-]{1,40}:\s*)?$")
_DEADLINE_BEFORE = regex.compile(r"(?i:\b(?:until|till|through|by|before)\s+)$")
_CLAUSE_END = regex.compile(r"[,;:.!?()]")
_NAME_RUN = regex.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)+")
_MID_SENTENCE_NAME = regex.compile(r"(?<=[a-z,;][ \t])[A-Z][a-z]+")
_OF_PHRASE = regex.compile(
    r"\s*(?:\)\s*)?(?:of|in|for|from|on|against|at)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?P<words>[\w'’-]+(?:[ \t]+(?!(?:and|or|but|with|while|which|that|who|as|to|by|at|on|is|are|was|were|has"
    r"|have|had)\b)[\w'’-]+){0,7})"
)
_FACT_BOX = regex.compile(r"[ \t]*:[ \t]+(?P<words>[^\n]{1,160})")
_WORD = regex.compile(r"[A-Za-z][\w'’-]*")
_CAPITALISED = regex.compile(
    r"(?<![\w'’-])(?:The[ \t]+)?"
    r"(?P<name>[A-Z][\w'’.&-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?|the[ \t]+)?[A-Z][\w'’.&-]*){0,5})"
)
_BEFORE_WORDS = 8
# A name's possessive just after a comma that follows another name opens an apposition describing that name.
_APPOSITION_LOOKBACK = 8
_DESCRIBES_BEFORE = regex.compile(r"[A-Za-z).][ \t]*,[ \t]*$")
_STANDS_FOR = regex.compile(rf"\s*The[ \t]+(?:{longest_first(LEXICON.standing_for_names)})\b")
# A capitalised run this short with a measure's word (after the first of three) is a heading ('Net Profit').
_HEADING_WORDS = 3
# A line of at least this many words, this share of them capitalised, is a title-case heading.
_HEADING_MIN_WORDS = 3
_HEADING_SHARE = 0.7
# A currency written against its digits ('Rs1.6', 'Rs14,130'): an amount, never a name.
_AMOUNT = regex.compile(rf"(?:{longest_first(LEXICON.currency_symbols)})\.?\d")
_CURRENCY_WORD = regex.compile(rf"(?:{longest_first(LEXICON.currency_symbols)})\.?")
_BEFORE_AMOUNT = regex.compile(rf"\.?[ \t]?(?:\d|(?:{longest_first(LEXICON.scales)})\b)")
# A fiscal period written in capitals ('FY26', 'Q1 FY26', 'H1'): when a figure is for, never whose.
_MONTHS_ALTERNATION = "|".join(sorted(LEXICON.months, key=len, reverse=True))
# A quarter, a fiscal year or a run of months ('April-June', 'July–September'): a period, not a name.
_PERIOD_NAME = regex.compile(
    rf"(?:(?:Q[1-4]|H[12])(?:[ \t]+FY\s?'?\d{{2,4}})?|FY\s?'?\d{{2,4}}"
    rf"|(?i:(?:{_MONTHS_ALTERNATION})[-–](?:{_MONTHS_ALTERNATION})))"
)
# Words that tell a figure ahead of its time; not 'than expected' or 'as expected' (what happened, measured
# against a forecast), 'could only' and 'could win only' (what someone managed), nor 'estimated to be around
# ₹12,000 crore' (the figure as best known).
_FORECAST = regex.compile(
    rf"\b(?:(?<!\b(?:than|as)\s)[Ee]xpect(?:ed|s)?|[Pp]roject(?:ed|s|ion)?|[Ff]orecasts?|[Ff]orecaster?s?"
    rf"|[Pp]redict(?:ed|s|ion)?|(?!{ESTIMATE_OF_FIGURE})estimated\s+to|will|could(?!\s+(?:only|\w+\s+(?:only|just))\b)|may|might|would"
    r"|aims?\s+to|plans?\s+to|outlook|by\s+(?:19|20)\d\d)\b"
)
_RUNNING = regex.compile(
    r"(?i:\b(?:so\s+far|to\s+date|till|until|as\s+of|thus\s+far|rose\s+to|climbed\s+to|risen\s+to|provisional"
    r"|latest|by\s+(?:noon|evening|\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m))\b)"
)


def known_names(text: str) -> frozenset[str]:
    """Capitalised words a text uses as names: mid-sentence, or inside a run of capitalised words in running
    text. A heading in title case ('Net Profit & Revenue Growth in Q1') and a short run naming a measure
    ('Net Profit') name what, not whose."""
    headings = _heading_lines(text)

    def in_heading(position: int) -> bool:
        index = bisect_right(headings, (position, len(text))) - 1
        return index >= 0 and headings[index][0] <= position < headings[index][1]

    runs = (m for m in _NAME_RUN.finditer(text) if not _names_measure(m.group()) and not in_heading(m.start()))
    mid_sentence = (m for m in _MID_SENTENCE_NAME.finditer(text) if not in_heading(m.start()))
    return frozenset(m.group() for m in mid_sentence) | frozenset(word for m in runs for word in m.group().split())


def _heading_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every title-case heading line: most of its words capitalised."""
    found = []
    start = 0
    for line in text.split("\n"):
        words = [w for w in line.split() if w[:1].isalpha()]
        capitalised = sum(1 for w in words if w[0].isupper())
        if len(words) >= _HEADING_MIN_WORDS and capitalised >= _HEADING_SHARE * len(words):
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def _names_measure(run: str) -> bool:
    words = run.split()
    named = words if len(words) == 2 else words[1:]
    return len(words) <= _HEADING_WORDS and any(measure_head(word) is not None for word in named)


# A wire story's dateline ('ANTWERP (Reuters) -', 'NEW DELHI:'): the place its first sentence happens in.
_DATELINE = regex.compile(
    r"(?m:^[ \t]*(?P<place>[A-Z][A-Z'’.-]{2,}(?:[ \t/][A-Z][A-Z'’.-]+){0,2})[ \t]*"
    r"(?:\([A-Za-z][\w .]{0,20}\)[ \t]*)?[-—–:])"
)
_DATELINE_REACH = 600
# A subordinate clause's opening ('will have to wait until Christmas for relief after the bank voted 6-3'):
# a figure after it is told in its own clause, not in the tense and on the day of the words before it.
_SUBORDINATE = regex.compile(rf"\s(?:{longest_first(LEXICON.subordinate_openers)})\s")
# A name a figure is measured against ('an area larger than the city of Paris'): a yardstick, not an owner.
_YARDSTICK_BEFORE = regex.compile(
    r"(?i:\b(?:larger|bigger|smaller|more|less|greater)\s+than\s+(?:the\s+(?:city|state|size|area)\s+of\s+)?$)"
)


def attach_context(doc: Document, claims: list[Claim], names: frozenset[str] = frozenset()) -> list[Claim]:
    """Fill in each claim's Context from the words of its sentence; `names` adds words other documents
    of the story use as names."""
    known = (names, known_names(doc.text))
    by_sentence: dict[tuple[int, int], list[Claim]] = {}
    sentences = Sentences(doc.text)
    spans = [sentences.span(c.start, c.end) for c in claims]
    for claim, span in zip(claims, spans, strict=True):
        by_sentence.setdefault(span, []).append(claim)
    facts = {
        span: _SentenceFacts(doc.text, span, known, _stands_for(doc.text, sentences, span, known))
        for span in by_sentence
    }
    found: list[Claim] = []
    last_value: dict[tuple[int, int], Claim] = {}
    told = _told_before(doc.text, by_sentence)
    story_period = fiscal_period_in(doc.text, *sentences.span(doc.body_start, doc.body_start + 1))
    dateline = _DATELINE.search(doc.text, doc.body_start, doc.body_start + _DATELINE_REACH)
    if dateline and set(dateline["place"].split()) & LEXICON.not_datelines:
        dateline = None
    for claim, span in zip(claims, spans, strict=True):
        context, window = _context(doc, claim, facts[span], by_sentence[span])
        if dateline and window is None and span[0] <= dateline.start("place") < span[1]:
            place = dateline["place"].title()
            context.participants = sorted({*context.participants, place})
            context.places = sorted({*context.places, place})
        day, period = told[span]
        if window is not None and day is not None:
            context.as_of, context.time_ref = day.date_start, day.text
        subject = subject_of(claim, context, window, doc.reference_date) if window else None
        if subject is not None and subject.period is None and period:
            subject = subject.model_copy(update={"period": period})
        if subject is not None and subject.period is None and story_period and subject.status in AHEAD:
            subject = subject.model_copy(update={"period": story_period})
        if subject is not None and subject.period and story_period:
            subject = _against_story(subject, story_period)
        if subject is not None and span in last_value:
            subject = _from_before(doc.text, claim, subject, last_value[span])
        if subject is not None and subject.measure and set(context.measure_key) <= LEXICON.comparing_hedges:
            context.measure_key = _key_of_measure(subject, last_value.get(span), bool(context.measure_key))
        if subject is not None and claim.subtype in LEXICON.cricket.measures:
            _score_part_context(context, subject)
        found.append(claim.model_copy(update={"context": context, "subject": subject}))
        if subject is not None:
            last_value[span] = found[-1]
    return found


def _against_story(subject: Subject, story_period: str) -> Subject:
    """A figure's period read against the period its report is about ('Q1 FY26' from its first sentence): a
    figure 'a year earlier' is for Q1 FY25, and one of an earlier named quarter is the earlier figure."""
    period = subject.period or ""
    if period.startswith("prior"):
        return subject.model_copy(update={"period": before_named(period, story_period)})
    if precedes(period, story_period) and not subject.earlier:
        return subject.model_copy(update={"earlier": True})
    return subject


def _key_of_measure(subject: Subject, before: Claim | None, compared: bool) -> list[str]:
    """The measure words of a figure whose own words name no measure: those of the figure before it in its
    sentence when it is compared with that one ('..., below the 20.9% of a year ago') and of its measure,
    else the measure's own words."""
    if compared and before is not None and before.subject is not None and before.subject.measure == subject.measure:
        return before.context.measure_key
    return sorted(measure_key((subject.measure or "").split()))


def _stands_for(
    text: str, sentences: Sentences, span: tuple[int, int], known: tuple[frozenset[str], ...]
) -> str | None:
    """The name a sentence opening with 'The alliance' or 'The company' speaks of: the first name of the
    sentence before it in its paragraph ('The ruling Mahayuti ... won. The alliance took 235 seats')."""
    if not _STANDS_FOR.match(text, span[0], span[1]) or span[0] < 2:
        return None
    before = sentences.span(span[0] - 2, span[0] - 1)
    if before[0] >= span[0] or "\n\n" in text[before[1] : span[0]]:
        return None
    names = _SentenceFacts(text, before, known).names
    return _canonical_entity(names[0][1]) if names else None


def _told_before(
    text: str, by_sentence: dict[tuple[int, int], list[Claim]]
) -> dict[tuple[int, int], tuple[Claim | None, str | None]]:
    """For each sentence, the day and the period an earlier sentence of its paragraph opened with ('As of
    11th July 2025, ...', 'In the fourth quarter of FY25, ...'): they date its figures; the day only where
    the sentence names none of its own."""
    found: dict[tuple[int, int], tuple[Claim | None, str | None]] = {}
    days: dict[int, Claim] = {}
    periods: dict[int, str] = {}
    for span in sorted(by_sentence):
        members = by_sentence[span]
        paragraph = text.rfind("\n", 0, span[0]) + 1
        day = None if _names_a_day(members) else days.get(paragraph)
        found[span] = (day, periods.get(paragraph))
        if (opening := _opening_day(text, span, members)) is not None:
            days[paragraph] = opening
        if period := opening_period(text, *span):
            periods[paragraph] = period
    return found


def _opening_day(text: str, span: tuple[int, int], claims: list[Claim]) -> Claim | None:
    """The day a sentence opens with ('As of 11th July 2025, at least 38 people had died'): it dates the
    figures of the sentences after it in its paragraph that name no day of their own."""
    opening = _AS_OF_OPENING.match(text, span[0], span[1])
    if opening is None:
        return None
    day = next((c for c in claims if c.start == opening.end()), None)
    return day if day is not None and day.date_start is not None and day.date_start == day.date_end else None


def _names_a_day(claims: list[Claim]) -> bool:
    return any(c.kind is ClaimKind.DATE and c.date_start is not None for c in claims)


def _score_part_context(context: Context, subject: Subject) -> None:
    """A part of a cricket score is about its owner's measure: blocked on both ('runs conceded' of Arshdeep
    Singh), since a match report gives one such figure for each of a dozen players, and not compared at all
    when no owner is named ('they made 190/9' is as near to the other side's 184/7 as to 190/6)."""
    context.entity = subject.owner
    owner = (subject.owner or "").split()
    context.measure_key = sorted(measure_key([*(subject.measure or "").split(), *owner])) if owner else []


def _from_before(text: str, claim: Claim, subject: Subject, before: Claim) -> Subject:
    """A figure that names no measure takes it from the figure before it in its sentence: when it restates
    that figure in brackets, when it is that figure's change, or when it is a bare number of that figure's
    unit told for another owner, the measure left unsaid ('won 236 of the 288 seats, while the alliance
    could win only 49')."""
    level = before.subject
    if level is None or not level.measure or subject.measure not in (None, level.measure):
        return subject
    restated = _RESTATED.fullmatch(text, before.end, claim.start)
    if restated and (restated["bracket"] or restated["compared"]):
        fields = _COMPARED_FIELDS if restated["compared"] else _RESTATED_FIELDS
        update = level.model_dump(include=fields)
        update["owner"] = subject.owner or level.owner
        update["qualifiers"] = sorted({*subject.qualifiers, *level.qualifiers})
        return subject.model_copy(update=update)
    if subject.measure:
        return subject
    if subject.status == "change":
        return _change_of_level(subject, level)
    unit = claim.normalized.unit if claim.normalized else None
    if claim.noun or unit is None or unit != (before.normalized.unit if before.normalized else None):
        return subject
    if subject.owner is None or subject.owner == level.owner:
        return subject
    return subject.model_copy(
        update={"measure": level.measure, "status": "running" if level.status == "running" else subject.status}
    )


def _change_of_level(subject: Subject, level: Subject) -> Subject:
    """A change that names no measure, told right after a level or another change ('Net profit was Rs
    6,200 crore, a YoY increase of 12%'; 'up 7.5% YoY and 3.3% QoQ'), is a change of that measure, whose
    and for when it is."""
    if level.status not in ("actual", "running", "change"):
        return subject
    return subject.model_copy(
        update={
            "measure": level.measure,
            "owner": subject.owner or level.owner,
            "qualifiers": subject.qualifiers or level.qualifiers,
            "period": subject.period or level.period,
        }
    )


class _SentenceFacts:
    """What every claim of one sentence needs, found once: clause breaks and the names in it."""

    def __init__(
        self, text: str, span: tuple[int, int], known: tuple[frozenset[str], ...], stands_for: str | None = None
    ) -> None:
        self.span = span
        self.text = text
        self.known = known
        self.stands_for = stands_for
        self.brackets = [(m.start(), m.end()) for m in _BRACKETS.finditer(text, span[0], span[1])]
        breaks = [
            m
            for m in _CLAUSE_BREAK.finditer(text, span[0], span[1])
            if not any(lo < m.start() < hi - 1 for lo, hi in self.brackets)
        ]
        self.break_starts = [m.start() for m in breaks]
        self.break_ends = [m.end() for m in breaks]
        self.names = [
            (m.start("name"), m["name"])
            for m in _CAPITALISED.finditer(text, span[0], span[1])
            if _is_name(text, m, span[0], known)
        ]

    def opener(self, start: int) -> str | None:
        """The sentence's first word when a measure's words start with it and it is a capitalised common
        word ('Capital expenditure', 'Defence spending'), not a name the story uses."""
        if not _DATELINE_ONLY.match(self.text, self.span[0], start):
            return None
        first = _WORD.search(self.text, start, self.span[1])
        word = first.group() if first else ""
        if not word[:1].isupper() or word in LEXICON.places or any(word in names for names in self.known):
            return None
        return word

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around a claim: the sentence cut at semicolons, dashes, brackets and 'but'."""
        before = bisect_right(self.break_ends, start) - 1
        left = self.break_ends[before] if before >= 0 else self.span[0]
        after = bisect_left(self.break_starts, end)
        right = self.break_starts[after] if after < len(self.break_starts) else self.span[1]
        for lo, hi in self.brackets:
            if lo < start and end < hi:
                return max(left, lo + 1), min(right, hi - 1)
        return left, right

    def name_for(self, position: int, end: int) -> str | None:
        """The name a value is given 'for' ('34.9% for opposition candidate Carlos Ruiz') or made by ('44 from
        35 balls by Virat Kohli') in [position, end)."""
        for start, name in self.names:
            if position <= start < end:
                rate = RATE_AFTER.match(self.text, position, start)
                by_name = rate is not None and _BY_NAME.fullmatch(self.text, rate.end(), start) is not None
                return name if by_name or _FOR_NAME.fullmatch(self.text, position, start) else None
        return None

    def first_name_in(self, lo: int, hi: int) -> str | None:
        """The first name that starts in [lo, hi): the subject a sentence opens with."""
        return next((name for start, name in self.names if lo <= start < hi), None)

    def last_name_before(self, lo: int, position: int) -> str | None:
        """The nearest name that starts in [lo, position), passing over a possessive that describes the name
        before it ('Reliance Industries, India's largest conglomerate, reported ...' is Reliance's)."""
        found = [
            name
            for start, name in self.names
            if lo <= start < position
            and not (
                _DESCRIBES_BEFORE.search(self.text, max(lo, start - _APPOSITION_LOOKBACK), start)
                and _POSSESSIVE_END.search(name)
            )
        ]
        return found[-1] if found else None


def _context(
    doc: Document, claim: Claim, facts: _SentenceFacts, neighbours: list[Claim]
) -> tuple[Context, Window | None]:
    text = doc.text
    span = facts.span
    sentence = text[span[0] : span[1]]
    clause_start, clause_end = facts.clause(claim.start, claim.end)
    entity = _entity(text, claim, clause_start, clause_end, facts)
    context = Context(
        sentence=sentence.strip(),
        entity=entity,
        attribution=attribution(sentence),
    )
    if claim.kind in (ClaimKind.DATE, ClaimKind.TIME):
        segment = event_segment(text, span, claim, neighbours)
        context.event = text[segment[0] : segment[1]].strip()
        context.participants = list(participants(context.event))
        context.places = sorted(set(context.participants) - set(participants(context.event, places=False)))
        actions = event_actions(text, segment, claim)
        context.action = actions[0] if actions else None
        context.actions = actions
        context.tense = tense(text, claim.start, claim.end, (min(segment[0], clause_start), segment[1]))
        return context, None
    dates = [c for c in neighbours if c.kind is ClaimKind.DATE and c.date_start is not None]
    values = [c for c in neighbours if c.kind not in (ClaimKind.DATE, ClaimKind.TIME)]
    previous_end = max((c.end for c in values if c.end <= claim.start), default=clause_start)
    next_start = min((c.start for c in values if c.start >= claim.end), default=clause_end)
    turns = [m.end() for m in _SUBORDINATE.finditer(text, clause_start, claim.start)]
    own_start = turns[-1] if turns else clause_start
    start = max(own_start, previous_end)
    words, measure = _measure_words(text, claim, start, min(clause_end, next_start), facts.opener(start))
    context.measure = measure
    context.measure_key = sorted(measure_key(words))
    others = [
        d
        for d in dates
        if d.start != claim.start
        and not (turns and d.end <= own_start)
        and not SINCE_BEFORE.search(text, max(0, d.start - 8), d.start)
    ]
    time_ref = min(others, key=lambda d: abs(d.start - claim.start)).text if others else None
    context.tense = "future" if _FORECAST.search(text, own_start, clause_end) else "present"
    if _RUNNING.search(text, start, min(clause_end, next_start)):
        time_ref = (time_ref + " " if time_ref else "") + "so far"
    context.time_ref = time_ref
    days = [d.date_start for d in others if d.date_start and d.date_start == d.date_end]
    context.as_of = days[0] if len(set(days)) == 1 else None
    context.year = _year_of_value(text, others, start, min(clause_end, claim.end if _moved(claim) else next_start)) or (
        doc.reference_date.year if doc.reference_date else None
    )
    own = (start, min(clause_end, next_start))
    return context, Window(text, own, (clause_start, clause_end), span)


def _moved(claim: Claim) -> bool:
    """A change told by where it began and ended ('rose to Rs 8,203 crore from Rs 7,688 crore'): a date after
    it ('last year') tells when it began, not the year of the figure it reached."""
    return claim.subtype == "change" and claim.bound is Bound.RANGE


def _year_of_value(text: str, dates: list[Claim], start: int, end: int) -> int | None:
    """The year a value is given for: a date among its own words that falls within one calendar year,
    not a deadline ('until June 2030')."""
    for date_claim in dates:
        first, last = date_claim.date_start, date_claim.date_end
        if not (start <= date_claim.start < end) or first is None or last is None or first.year != last.year:
            continue
        if not _DEADLINE_BEFORE.search(text, max(0, date_claim.start - 12), date_claim.start):
            return first.year
    return None


def _measure_words(text: str, claim: Claim, start: int, end: int, opener: str | None = None) -> tuple[list[str], str]:
    """The words that say what a number measures, and that phrase as written: the clause's words before
    it (not 'The alliance' that stands for its owner), its counted noun, and the phrase after it ('of global
    output'); a fact box's words after the colon."""
    box = _FACT_BOX.match(text, claim.end, claim.end + LOOKAHEAD)
    if box and _starts_line(text, claim.start):
        words = _words(box["words"])
        return [words[0].lower(), *words[1:]] if words else [], box["words"].strip()
    standing = _STANDS_FOR.match(text, start, claim.start)
    written = _words(text[standing.end() if standing else start : claim.start])
    if opener and written and written[0] == opener:
        written[0] = opener.lower()
    before = [w for w in written if _is_measure_word(w)][-_BEFORE_WORDS:]
    parts = [claim.noun] if claim.noun else []
    after = _OF_PHRASE.match(text, claim.end, end)
    if after:
        parts.extend(w for w in _words(after["words"]) if _is_measure_word(w))
    else:
        tail = _CLAUSE_END.split(text[claim.end : end], maxsplit=1)[0]
        parts.extend([w for w in _words(tail) if _is_measure_word(w)][:3])
    return [*before, *parts], " ".join(parts if len(parts) > 1 else [*before[-3:], *parts])


def _is_measure_word(word: str) -> bool:
    """Lower-case content words and acronyms other than periods; capitalised names belong to the entity, not
    the measure."""
    acronym = len(word) <= 5 and (word.isupper() or any(ch.isupper() for ch in word[1:]))
    if acronym and _PERIOD_NAME.fullmatch(word):
        return False  # 'Q1', 'FY25' say when, not what
    return (word[0].islower() or acronym) and word.lower() not in LEXICON.stopwords


def _starts_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return len(_words(text[line_start:start])) <= 3


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def measure_key(words: list[str]) -> set[str]:
    """Content words of a measure, lower-cased, with synonyms and inflections folded together."""
    key: set[str] = set()
    for word in words:
        lower = word.lower().replace("’", "'").removesuffix("'s").removesuffix("'")
        for part in lower.split("-"):
            if len(part) < 2 or part in LEXICON.stopwords or part in LEXICON.generic_measure_words or part.isdigit():
                continue
            key.update(w for w in LEXICON.measure_synonyms.get(part, (_stem(part),)) if w)
    return key


def _stem(word: str) -> str:
    if word in LEXICON.measure_synonyms:
        return LEXICON.measure_synonyms[word][0]
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith(("ss", "us", "is")):
            return word[: -len(suffix)] + repl
    return word


def _entity(text: str, claim: Claim, clause_start: int, clause_end: int, facts: _SentenceFacts) -> str | None:
    """Who the value belongs to: a possessive in the measure, 'from India', 'for Ruiz', or the nearest
    named subject."""
    box = _FACT_BOX.match(text, claim.end, claim.end + LOOKAHEAD)
    if box and _starts_line(text, claim.start):
        owner = _POSSESSIVE.search(box["words"]) or _CAPITAL_WORD.search(box["words"], 1)
        return _canonical_entity(owner.group(1)) if owner else None
    if _WHOLE_BEFORE.search(text, max(facts.span[0], claim.start - 24), claim.start):
        return None
    origin = _ORIGIN.match(text, claim.end, min(facts.span[1], claim.end + 80))
    if origin and claim.noun:
        return _canonical_entity(origin.group(1))
    beneficiary = facts.name_for(claim.end, clause_end)
    if beneficiary and beneficiary.split()[0].lower() not in _CALENDAR_WORDS:
        return _canonical_entity(beneficiary)
    participle = _PARTICIPLE_BEFORE.search(text, clause_start, claim.start)
    if participle and participle["verb"] not in LEXICON.not_participles:
        subject = facts.first_name_in(clause_start, participle.start())
        if subject:
            return _canonical_entity(subject)
    before = claim.start
    involving = INVOLVING.search(text, clause_start, claim.start)
    if involving:
        before = involving.start()
    name = facts.last_name_before(clause_start, before) or facts.last_name_before(facts.span[0], before)
    return _canonical_entity(name) if name else facts.stands_for


def _is_name(text: str, match: regex.Match[str], sentence_start: int, known: tuple[frozenset[str], ...]) -> bool:
    """A capitalised run that names someone: not a title, not a dateline, not a lone sentence-initial word."""
    name = match["name"]
    first = name.split()[0].removesuffix("'s").removesuffix("’s")
    if first.lower() in LEXICON.stopwords or first in LEXICON.name_stopwords or _AMOUNT.match(first):
        return False
    if text[match.start("name") - 1 : match.start("name")] == "(" and AGENCY_AFTER.match(text, match.end("name")):
        return False
    if _YARDSTICK_BEFORE.search(text, max(0, match.start("name") - 40), match.start("name")):
        return False
    if _PERIOD_NAME.fullmatch(name) or (
        _CURRENCY_WORD.fullmatch(name) and _BEFORE_AMOUNT.match(match.string, match.end())
    ):
        return False
    if name.isupper() and text[match.end() : match.end() + 1] in (":", " ", ","):
        return len(name) <= 5 and text[match.end() : match.end() + 1] != ":"
    lead = text[sentence_start : match.start("name")].strip()
    opens_sentence = not lead or lead.endswith((":", "-", "—", "–"))
    lone = " " not in name.strip()
    if not (opens_sentence and lone):
        return True
    return first in LEXICON.places or first in LEXICON.demonyms or any(first in names for names in known)


def _canonical_entity(name: str) -> str:
    """The name without a possessive or a sentence's full stop ('U.S.' keeps its dots), demonyms as nations."""
    name = _POSSESSIVE_END.sub("", name.strip())
    if name.endswith(".") and "." not in name.rsplit(None, 1)[-1][:-1]:
        name = name[:-1]
    return LEXICON.demonyms.get(
        name, LEXICON.demonyms.get(name.split()[-1], name) if name.split()[-1] in LEXICON.demonyms else name
    )
