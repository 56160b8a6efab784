"""The SpreadsheetML layer under the comparison workbook: every part well formed
and declared, hostile text kept as text within Excel's limits, the sheet
settings a delegate relies on. Read back with lxml, openpyxl and, when
available, LibreOffice: readers we did not write."""

from __future__ import annotations

import copy
import io
import zipfile

import pytest
from conftest import HAS_UNO, libreoffice_convert
from lxml import etree
from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText
from redline_cases import wtdc59

from delegate_app.core.compare import compare
from delegate_app.formats.spreadsheetml import (
    MAX_CELL,
    Font,
    Properties,
    Sheet,
    Style,
    Styles,
    column_letter,
    package,
    quoted,
    rich_cell,
    text_cell,
)
from delegate_app.formats.xlsx_writer import comparison_xlsx

CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def test_column_letters_and_quoted_sheet_names():
    assert [column_letter(n) for n in (1, 26, 27, 52, 702, 703)] == ["A", "Z", "AA", "AZ", "ZZ", "AAA"]
    assert quoted("Delegation's") == "'Delegation''s'"


@pytest.fixture(scope="module")
def hostile():
    """Two versions whose texts carry markup, control characters and more than Excel holds."""
    res = wtdc59()
    other = copy.deepcopy(res)
    provisions = list(other.provisions())
    provisions[0].text = 'a <b>bold</b> & "quoted" ]]> text\x00\x07 with a bell\udcff, not_x000D_ a return'
    provisions[1].text = provisions[1].text + " word" * 9_000  # about 45,000 characters
    list(res.provisions())[2].text = "x" * 40_000
    return comparison_xlsx(compare([res, other], ["Base", "Changed <&>"]), title='Title "with" <markup> & \x01')


def test_every_part_is_well_formed_and_declared(hostile):
    with zipfile.ZipFile(io.BytesIO(hostile)) as zf:
        names = zf.namelist()
        assert names[0] == "[Content_Types].xml"
        parts = {name: etree.fromstring(zf.read(name)) for name in names}
    types = parts["[Content_Types].xml"]
    overridden = {o.get("PartName").lstrip("/") for o in types.iter(f"{CT}Override")}
    assert overridden == {n for n in names if not n.endswith(".rels") and n != "[Content_Types].xml"}
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    sheet = parts["xl/worksheets/sheet1.xml"]
    # children in the schema's order (Excel refuses a file otherwise)
    order = [
        "sheetPr",
        "dimension",
        "sheetViews",
        "sheetFormatPr",
        "cols",
        "sheetData",
        "autoFilter",
        "printOptions",
        "pageMargins",
        "pageSetup",
        "headerFooter",
    ]
    assert [child.tag.replace(main, "") for child in sheet] == order
    styles = parts["xl/styles.xml"]
    xfs = styles.find(f"{main}cellXfs")
    assert int(xfs.get("count")) == len(xfs)
    used = {int(c.get("s", 0)) for c in sheet.iter(f"{main}c")}
    assert max(used) < len(xfs)


def test_hostile_text_stays_text_within_excels_limits(hostile):
    wb = load_workbook(io.BytesIO(hostile), rich_text=True)
    ws = wb["Comparison"]
    assert ws["D1"].value == "Changed <&>"
    values = [c.value for row in ws.iter_rows(min_row=2) for c in row if c.value is not None]
    texts = ["".join(map(str, v)) if isinstance(v, CellRichText) else str(v) for v in values]
    assert any('<b>bold</b> & "quoted" ]]> text with a bell, not_x000D_ a return' in t for t in texts)
    assert not any("\x00" in t or "\x07" in t for t in texts)
    assert all(len(t) <= MAX_CELL for t in texts)
    assert any(t.endswith("…") and len(t) == MAX_CELL for t in texts)  # the 40,000 x's, cut
    long_rich = [v for v in values if isinstance(v, CellRichText) and len("".join(map(str, v))) > 30_000]
    assert long_rich and all(len("".join(map(str, v))) <= MAX_CELL for v in long_rich)
    assert wb.properties.title == 'Title "with" <markup> & '


def test_libreoffice_opens_the_hostile_workbook(hostile, tmp_path):
    if not HAS_UNO:
        pytest.skip("LibreOffice is not installed")
    path = tmp_path / "hostile.xlsx"
    path.write_bytes(hostile)
    text = libreoffice_convert(path, "csv").read_text(encoding="utf-8", errors="replace")
    assert "Changed <&>" in text and '<b>bold</b> & ""quoted"" ]]> text with a bell, not_x000D_ a return' in text


def test_sheets_are_set_up_for_reading_and_printing():
    comp = compare([wtdc59(), wtdc59()], ["A", "B"])
    wb = load_workbook(io.BytesIO(comparison_xlsx(comp)))
    ws = wb["Comparison"]
    provision_rows = [r for r in range(2, ws.max_row + 1) if ws.cell(r, 2).value]
    assert provision_rows and all(ws.row_dimensions[r].outline_level == 1 for r in provision_rows)
    assert not ws.sheet_properties.outlinePr.summaryBelow
    assert max(ws.row_dimensions[r].height for r in provision_rows) > 28  # long provisions wrap
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.paperSize == 9  # A4 for two texts, A3 for more
    assert wb["Summary"].freeze_panes == "B2" and wb["Summary"]["B2"].data_type == "n"
    positions = wb["Positions"]
    assert positions.freeze_panes == "B2" and positions.page_setup.orientation == "landscape"
    assert positions.auto_filter.ref == "A1:L3" and positions.print_title_rows == "$1:$1"
    assert wb.active.title == "Comparison"


def test_styles_are_shared_by_value():
    styles = Styles()
    a = styles.index(Style(Font("Calibri", 10), fill="F2F2F2", wrap=True))
    b = styles.index(Style(Font("Calibri", 10), fill="F2F2F2", wrap=True))
    c = styles.index(Style(Font("Calibri", 10, bold=True), fill="F2F2F2", wrap=True))
    assert a == b != c and len(styles.fonts) == 3 and len(styles.fills) == 3
    sheet = Sheet("S", widths=[10, 10])
    sheet.add_row([text_cell("A1", "=1+1", a), rich_cell("B1", [(None, "kept "), (Font(strike=True), "gone")], c)])
    ws = load_workbook(io.BytesIO(package([sheet], styles, Properties())), rich_text=True)["S"]
    assert ws["A1"].value == "=1+1" and ws["A1"].data_type == "s" and ws["A1"].fill.fgColor.rgb == "FFF2F2F2"
    assert ws["B1"].font.b and [str(part) for part in ws["B1"].value] == ["kept ", "gone"]
