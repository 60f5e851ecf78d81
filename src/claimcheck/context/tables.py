"""Table cells: a figure in a row of a flattened table ('Net Profit | 6,200 | 12% | 5%') takes its row's label
and its column's header, the words its sentence would otherwise have given it."""

from __future__ import annotations

from dataclasses import dataclass

_SEPARATOR = " | "
# A header and one row at least; a lone line with a bar is a caption or a byline ('Photo | AFP').
_MIN_LINES = 2
# How far up a table its header is looked for, and how long a row can be, so a long table or a text without
# line breaks costs a bounded look per figure.
_MAX_ROWS = 40
_MAX_ROW_LENGTH = 400


@dataclass(frozen=True, slots=True)
class TableCell:
    """Where a figure sits in a table: its row's first cell, its column's header, and the headers to its
    left (a 'YoY Growth' column tells the change of the column before it)."""

    row_label: str
    header: str
    headers_before: tuple[str, ...]


def table_cell(text: str, position: int) -> TableCell | None:
    """The table cell holding `position`, when its line is a row below a header line with as many cells."""
    line = _line_around(text, position)
    if line is None or _SEPARATOR not in text[line[0] : line[1]]:
        return None
    row = text[line[0] : line[1]]
    column = row.count(_SEPARATOR, 0, position - line[0])
    if column == 0:
        return None
    header, rows = line, 1
    while header[0] > 0 and rows <= _MAX_ROWS:
        above = _line_around(text, header[0] - 1)
        if above is None or text.count(_SEPARATOR, *above) != row.count(_SEPARATOR):
            break
        header, rows = above, rows + 1
    if rows < _MIN_LINES:
        return None
    headers = text[header[0] : header[1]].split(_SEPARATOR)
    return TableCell(
        row_label=row.split(_SEPARATOR)[0].strip(),
        header=headers[column].strip(),
        headers_before=tuple(h.strip() for h in reversed(headers[1:column])),
    )


def _line_around(text: str, position: int) -> tuple[int, int] | None:
    """The start and end of the line holding `position`, or None when it is longer than a table row can be."""
    lo, hi = max(0, position - _MAX_ROW_LENGTH), min(len(text), position + _MAX_ROW_LENGTH)
    before, after = text.rfind("\n", lo, position), text.find("\n", position, hi)
    if (before < 0 and lo > 0) or (after < 0 and hi < len(text)):
        return None
    return before + 1, len(text) if after < 0 else after
