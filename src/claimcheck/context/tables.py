"""Table cells: a figure in a row of a flattened table ('Net Profit | 6,200 | 12% | 5%') takes its row's label
and its column's header, the words its sentence would otherwise have given it."""

from __future__ import annotations

from dataclasses import dataclass

_SEPARATOR = " | "
# A header and one row at least; a lone line with a bar is a caption or a byline ('Photo | AFP').
_MIN_LINES = 2
# How far up a table its header is looked for, so a long table costs a bounded look per cell.
_MAX_ROWS = 40


@dataclass(frozen=True, slots=True)
class TableCell:
    """Where a figure sits in a table: its row's first cell, its column's header, and the headers to its
    left (a 'YoY Growth' column tells the change of the column before it)."""

    row_label: str
    header: str
    headers_before: tuple[str, ...]


def table_cell(text: str, position: int) -> TableCell | None:
    """The table cell holding `position`, when its line is a row below a header line with as many cells."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = _line_end(text, position)
    line = text[line_start:line_end]
    if _SEPARATOR not in line:
        return None
    column = line.count(_SEPARATOR, 0, position - line_start)
    if column == 0:
        return None
    block_start = line_start
    lines = 1
    while block_start > 0 and lines <= _MAX_ROWS:
        previous_start = text.rfind("\n", 0, block_start - 1) + 1
        previous = text[previous_start : block_start - 1]
        if _SEPARATOR not in previous or previous.count(_SEPARATOR) != line.count(_SEPARATOR):
            break
        block_start, lines = previous_start, lines + 1
    if lines < _MIN_LINES or block_start == line_start:
        return None
    header = text[block_start : _line_end(text, block_start)].split(_SEPARATOR)
    cells = line.split(_SEPARATOR)
    return TableCell(
        row_label=cells[0].strip(),
        header=header[column].strip(),
        headers_before=tuple(h.strip() for h in reversed(header[1:column])),
    )


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end
