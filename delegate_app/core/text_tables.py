"""A Word table in a plain-text extraction of a contribution's annex.

An extraction of a Word file writes a table cell by cell: each cell's first
paragraph led by one tab, its further paragraphs on lines of their own, the
cells of a row one after another. The cells' places are lost, but the table's
first row tells how many columns there are: the column headings of a
compilation ("PP-26", "RA", "WTSA", "WTDC") are a block of short tab-led lines
between blank lines. Counting cell starts from there, row by row, gives every
cell its place back, so that the compilation is written again as a Word table
rather than as one long column of paragraphs.

The rule is applied only inside a contribution's own annex, where such a
compilation is the annex's body and runs to its end: a contribution's header
table, whose merged cells would defeat the counting, is never read this way.
It needs a heading row of at least two cells and at least one full row under it.
"""

from __future__ import annotations

import re

MAX_COLUMNS = 12
_HEADING_CELL = re.compile(r"^\t(?!\t)\S[^\t]{0,59}$")  # one tab, then a short heading with no tab
_BOOKMARK = re.compile(r"\[bookmark:[^\]\n]*\]")  # an extraction artefact, not a heading's text
_CLOSING = re.compile(r"^\s*_{3,}\s*$")  # the rule that ends an ITU document


def table_cells(lines: list[str]) -> dict[int, tuple[int, int]]:
    """The (row, column) of each line of the first extracted table in ``lines``
    (raw lines, leading tabs kept), keyed by line index; other lines are absent."""
    for i in range(len(lines)):
        columns = _heading_row(lines, i)
        if columns < 2:
            continue
        end = next((k for k in range(i, len(lines)) if _CLOSING.match(lines[k])), len(lines))
        starts = [k for k in range(i, end) if lines[k].startswith("\t")]
        if len(starts) < 2 * columns:  # a heading row and nothing under it is not a table
            continue
        places: dict[int, tuple[int, int]] = {}
        for n, start in enumerate(starts):
            stop = starts[n + 1] if n + 1 < len(starts) else end
            for k in range(start, stop):
                places[k] = (n // columns, n % columns)
        return places
    return {}


def _heading_row(lines: list[str], i: int) -> int:
    """How many heading cells start at line ``i``: a block of short tab-led lines
    with a blank line (or the start) before it and a blank line after it."""
    if i > 0 and lines[i - 1].strip():
        return 0
    k = i
    while k < len(lines) and k - i <= MAX_COLUMNS and _HEADING_CELL.match(_BOOKMARK.sub("", lines[k])):
        k += 1
    if k - i > MAX_COLUMNS or k >= len(lines) or lines[k].strip():
        return 0
    return k - i
