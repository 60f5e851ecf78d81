"""Table cells are found only in rows under a header of as many cells; a lone barred line is no table."""

from __future__ import annotations

from claimcheck.context.tables import table_cell

TABLE = "Metric | Q1 | YoY Growth\nNet Profit | 6,200 | 12%\nRevenue | 38,000 | 14%\n"


def test_a_cell_takes_its_row_label_and_column_header() -> None:
    cell = table_cell(TABLE, TABLE.index("14%"))
    assert cell is not None
    assert (cell.row_label, cell.header, cell.headers_before) == ("Revenue", "YoY Growth", ("Q1",))


def test_a_header_cell_a_row_label_and_a_byline_are_no_cells() -> None:
    assert table_cell(TABLE, TABLE.index("Q1")) is None
    assert table_cell(TABLE, TABLE.index("Net Profit")) is None
    byline = "Photo | AFP 2024\nThe flood killed 31 people.\n"
    assert table_cell(byline, byline.index("2024")) is None
