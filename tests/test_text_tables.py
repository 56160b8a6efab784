"""A Word table as a text extraction writes it (each cell's first paragraph led
by a tab), found again in a contribution's annex, and only there."""

from delegate_app.core.text_tables import table_cells


def test_cells_are_counted_from_the_heading_row():
    lines = [
        "",
        "\tPP-26",
        "\tRA",
        "",
        "\tRESOLUTION 191",
        "Strategy",
        "",
        "\tRESOLUTION ITU-R 75",
        "\t\tconsidering",
        "a)\tthe purposes",
        "\t",
    ]
    cells = table_cells(lines)
    assert cells[1] == (0, 0) and cells[2] == (0, 1)
    assert cells[4] == cells[5] == cells[6] == (1, 0)
    assert cells[7] == (1, 1)
    assert cells[8] == cells[9] == (2, 0) and cells[10] == (2, 1)
    assert 0 not in cells


def test_a_text_with_tab_led_lines_but_no_heading_row_has_no_table():
    assert table_cells(["\t\tconsidering", "a)\tthe purposes", "\tinvites the Council", "to report"]) == {}
    # a heading row with nothing under it, a bookmark-only cell, a heading glued to text
    assert table_cells(["", "\tPP-26", "\tRA", ""]) == {}
    assert table_cells(["", "\t[bookmark: ddate]", "\t14 April 2026", "", "\tx", "\ty"]) == {}
    assert table_cells(["text", "\tPP-26", "\tRA", "", "\ta", "\tb"]) == {}


def test_the_table_ends_at_the_closing_rule():
    lines = ["", "\tA", "\tB", "", "\t1", "\t2", "______________", "after"]
    cells = table_cells(lines)
    assert 6 not in cells and 7 not in cells and cells[5] == (1, 1)
