"""The reference date an undated text fixes for itself, read from its own full dates and weekdays."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import regex

from claimcheck.document import Document
from claimcheck.extract import dates as D


def anchored(doc: Document) -> Document:
    """The document with the reference date its text fixes when it has no publication date: its latest full
    date, when a bare weekday in the text names that date's weekday ('June 13, 2025' and 'starting Friday')."""
    if doc.published or doc.anchor_note:
        return doc
    full: list[tuple[date, str]] = []
    weekdays: set[int] = set()
    for match in date_matches(doc):
        if match["full"] and match["year"]:
            day = safe_date(int(match["year"]), D.month_number(match["month"]), D.day_number(match))
            if day:
                full.append((day, match.group()))
        elif match["relwd"]:
            weekdays.add(D.weekday_number(match["wd"]))
    if not full:
        return doc
    latest, written = max(full)
    if latest.weekday() in weekdays and not _later_yearless_dates(doc, latest):
        note = f"anchored on '{written}', a {latest:%A}, which a bare '{latest:%A}' in the text names"
        return replace(doc, anchor=latest, anchor_note=note)
    note = f"year {latest.year} taken from '{written}'; weekdays left unresolved"
    return replace(doc, anchor=None, anchor_note=note, default_year=latest.year)


def _later_yearless_dates(doc: Document, anchor: date) -> bool:
    """True when a date written without a year would fall more than a week after the anchor: the anchor
    is then an event date inside the story, not the day the story was written."""
    for match in date_matches(doc):
        if match["full"] and not match["year"]:
            day = safe_date(anchor.year, D.month_number(match["month"]), D.day_number(match))
            if day and day > anchor + timedelta(days=7):
                return True
    return False


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_matches(doc: Document) -> list[regex.Match[str]]:
    """The document's date matches, found once for the anchor and the date pass alike."""
    return D.find_dates(doc.text, doc.body_start)
