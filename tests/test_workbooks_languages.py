"""The workbooks in the document's language (issue 35): the positions
workbook's stances and priorities, and its drop-down lists, in the sheet's
language and read back from any of the six; every sheet right to left in
Arabic; rows as tall as their visible text (a hidden key sets no height)."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from delegate_app.formats.positions_xlsx import COLUMNS, SheetRow, read_positions, write_positions

ROW = {
    "body": "WTDC", "number": "59", "revision": "Rev. Kigali, 2022", "title": "Short", "provision": "",
    "stance": "support with changes", "priority": "high", "rationale": "One line.", "CEPT": "oppose",
    "key": "k" * 300, "version": "12",
}  # fmt: skip
WORDS = {"ar": ("تأييد مع تعديلات", "عالية", "معارضة"), "zh": ("有修改地支持", "高", "反对")}


@pytest.mark.parametrize("lang", ["ar", "zh"])
def test_the_positions_workbook_speaks_the_sheets_language(lang):
    data = write_positions([SheetRow(dict(ROW))], lang)
    sheet = load_workbook(io.BytesIO(data)).active
    cells = {key: sheet.cell(2, n).value for n, key in enumerate(COLUMNS, 1)}
    stance, priority, oppose = WORDS[lang]
    assert (cells["stance"], cells["priority"], cells["CEPT"]) == (stance, priority, oppose)
    lists = [v.formula1 for v in sheet.data_validations.dataValidation]
    assert all("support" not in f and "high" not in f for f in lists) and any(stance in f for f in lists)
    assert sheet.sheet_view.rightToLeft is (lang == "ar")
    assert sheet.row_dimensions[2].height < 20  # one line of visible text; the 300-character key is hidden
    back = read_positions(data, f"{lang}.xlsx")[0]
    assert (back.get("stance"), back.get("priority"), back.get("CEPT")) == ("support with changes", "high", "oppose")


def test_a_stance_typed_in_another_language_is_read():
    data = write_positions([SheetRow(dict(ROW))], "en")
    book = load_workbook(io.BytesIO(data))
    sheet = book.active
    sheet.cell(2, COLUMNS.index("stance") + 1).value = "Opposition"  # French, capitalised
    sheet.cell(2, COLUMNS.index("priority") + 1).value = "низкий"  # Russian
    out = io.BytesIO()
    book.save(out)
    back = read_positions(out.getvalue(), "mixed.xlsx")[0]
    assert (back.get("stance"), back.get("priority")) == ("oppose", "low")
