"""The support form regional organisations circulate for their common
proposals, as a workbook: a row per proposal (its library id, document and
title), a column per administration, and in each cell the administration's
stance and its day ("signed 2026-05-04", "supports", "does-not-support"),
with a drop-down of the stances. Read back by values only (openpyxl, never
formulas); an empty cell says nothing.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import dataclass

from ..core.errors import InputError

FIXED = ("Id", "Document", "Title")


@dataclass(frozen=True)
class SheetRow:
    contribution: int
    document: str
    title: str
    cells: dict[str, tuple[str, str]]  # member -> (stance, day)


def support_xlsx(members: list[str], rows: list[SheetRow]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Support"
    ws.append([*FIXED, *members])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        values = [f"{s} {d}".strip() for s, d in (row.cells.get(m, ("", "")) for m in members)]
        ws.append([row.contribution, row.document, row.title, *values])
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 28
    ws.column_dimensions["C"].width = 48
    for n in range(len(members)):
        ws.column_dimensions[get_column_letter(len(FIXED) + 1 + n)].width = 20
    if members:
        choices = DataValidation(type="list", formula1='"supports,does-not-support,signed"', allow_blank=True)
        choices.showErrorMessage = False  # a day may follow the stance
        first, last = get_column_letter(len(FIXED) + 1), get_column_letter(len(FIXED) + len(members))
        choices.add(f"{first}2:{last}{max(2, len(rows) + 1)}")
        ws.add_data_validation(choices)
    for r in ws.iter_rows(min_row=2):
        for cell in r:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "D2"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def read_support_xlsx(path: str | os.PathLike[str]) -> Iterator[tuple[int, int, str, str]]:
    """(row number, contribution id, member, the cell's text) for every filled cell."""
    from .workbooks import first_sheet_rows

    rows = iter(first_sheet_rows(path))
    header = [str(v).strip() if v is not None else "" for v in next(rows, ())]
    if tuple(header[: len(FIXED)]) != FIXED:
        raise InputError(
            f"the first row is not the support form's ({', '.join(FIXED)}, then administrations)", str(path)
        )
    members = header[len(FIXED) :]
    for line, values in enumerate(rows, 2):
        if not values or values[0] is None:
            continue
        try:
            cid = int(str(values[0]).strip())
        except ValueError:
            raise InputError(f"row {line}: {values[0]!r} is not a contribution id", str(path)) from None
        for member, value in zip(members, values[len(FIXED) :]):
            if member and value is not None and str(value).strip():
                yield line, cid, member, str(value).strip()
