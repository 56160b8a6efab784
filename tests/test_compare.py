"""Comparison tables: N-way alignment on real texts and the Excel workbook, read
back with openpyxl (rich text) and, when available, by LibreOffice."""

from __future__ import annotations

import copy
import csv
import io

import pytest
from conftest import FIXTURES, HAS_UNO, ROOT, libreoffice_convert
from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText
from redline_cases import wtdc59

from delegate_app.core.compare import ADDED, DELETED, MODIFIED, UNCHANGED, compare
from delegate_app.core.model import Provision
from delegate_app.formats.reader import read_file
from delegate_app.formats.xlsx_writer import comparison_xlsx

STARTER = ROOT / "resources" / "starter"


def proposal_a():
    """A national proposal: c) reworded, d) deleted (e, f relabelled), a new item at the end."""
    res = copy.deepcopy(wtdc59())
    recalling = res.sections[0]
    recalling.provisions[2].text = recalling.provisions[2].text.replace("Kigali, 2022", "Baku, 2025")
    assert "Baku" in recalling.provisions[2].text
    del recalling.provisions[3]
    recalling.provisions[3].label, recalling.provisions[4].label = "d)", "e)"
    recalling.provisions.append(
        Provision(
            "f)",
            "Resolution ITU-R 75 (Dubai, 2023) of the Radiocommunication "
            "Assembly, on strengthening coordination and cooperation;",
        )
    )
    return res


def proposal_b():
    """A regional proposal: considering b) and c) swapped, resolves reworded."""
    res = copy.deepcopy(wtdc59())
    considering = res.sections[1]
    considering.provisions[1], considering.provisions[2] = considering.provisions[2], considering.provisions[1]
    considering.provisions[1].label, considering.provisions[2].label = "b)", "c)"
    res.sections[3].provisions[0].text = res.sections[3].provisions[0].text.replace("shall continue", "continue")
    return res


def rows_of(comp, call_prefix):
    """The provision rows under the first call starting with call_prefix, as label tuples."""
    out, inside = [], False
    for row in comp.rows:
        if row.kind == "call":
            inside = (row.cells[0] or next(c for c in row.cells if c)).text.startswith(call_prefix)
            continue
        if inside and row.kind == "provision":
            out.append(tuple(c.label if c else None for c in row.cells))
    return out


@pytest.fixture(scope="module")
def three():
    return compare([wtdc59(), proposal_a(), proposal_b()], ["WTDC 59", "Country A", "Region B"])


def test_rows_follow_the_provisions(three):
    # c) reworded stays in its row; d) deleted leaves a gap; e) f) relabelled stay in their rows;
    # the new item gets a row of its own
    assert rows_of(three, "recalling") == [
        ("a)", "a)", "a)"),
        ("b)", "b)", "b)"),
        ("c)", "c)", "c)"),
        ("d)", None, "d)"),
        ("e)", "d)", "e)"),
        ("f)", "e)", "f)"),
        (None, "f)", None),
    ]


def test_reordered_items_land_in_their_counterparts_rows(three):
    assert rows_of(three, "considering") == [("a)", "a)", "a)"), ("b)", "b)", "c)"), ("c)", "c)", "b)")]


def test_status_against_the_reference(three):
    recalling = [r for r in three.rows if r.kind == "provision"][:7]
    assert [three.status(r, 1) for r in recalling] == [
        UNCHANGED,
        UNCHANGED,
        MODIFIED,
        DELETED,
        MODIFIED,
        MODIFIED,
        ADDED,
    ]
    summary = three.summary()
    assert summary[0] == {
        "unchanged": sum(1 for r in three.rows if r.kind == "provision" and r.cells[0]),
        "modified": 0,
        "added": 0,
        "deleted": 0,
    }
    assert summary[1]["added"] == 1 and summary[1]["deleted"] == 1
    assert summary[2]["modified"] == 3  # the two swapped items (relabelled) and resolves


def test_deterministic(three):
    again = compare([wtdc59(), proposal_a(), proposal_b()], ["WTDC 59", "Country A", "Region B"])
    assert [[(c.label, c.text) if c else None for c in r.cells] for r in again.rows] == [
        [(c.label, c.text) if c else None for c in r.cells] for r in three.rows
    ]


def test_calls_align_across_languages():
    english = read_file(STARTER / "wtdc-res59-kigali-2022.txt").document
    french = read_file(FIXTURES / "languages" / "fr-res59.txt").document
    comp = compare([english, french])
    calls = [
        (r.cells[0].text if r.cells[0] else None, r.cells[1].text if r.cells[1] else None)
        for r in comp.rows
        if r.kind == "call"
    ]
    assert ("recalling", "rappelant") in calls and ("considering", "considérant") in calls
    assert ("taking into account", "tenant compte") in calls and ("resolves", "décide") in calls


def test_sister_resolutions_like_the_council_compilation():
    """The compilation annexed to Council document C26/89, made automatically."""
    texts = [
        read_file(STARTER / n).document
        for n in ("ra-res-itu-r-75-dubai-2023.txt", "wtsa-res18-new-delhi-2024.txt", "wtdc-res59-baku-2025.txt")
    ]
    comp = compare(texts)
    recalling = rows_of(comp, "recalling")
    # "that the responsibilities of ... are enshrined in the Constitution" is a) in RA and WTSA, c) in WTDC
    assert recalling[0] == ("a)", "a)", "c)")
    # Resolution 191 is b) everywhere
    assert ("b)", "b)", "b)") in recalling
    calls = [tuple(c.text.split(",")[0] if c else None for c in r.cells) for r in comp.rows if r.kind == "call"]
    assert ("taking into account", "taking into account", "taking into account") in calls
    assert ("resolves", "resolves", "resolves") in calls


@pytest.fixture(scope="module")
def workbook(three, tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "comparison.xlsx"
    path.write_bytes(comparison_xlsx(three, title="WTDC 59 proposals"))
    return path


def test_revision_marks_are_rich_text(workbook, three):
    wb = load_workbook(workbook, rich_text=True)
    ws = wb["Comparison"]
    headers = [c.value for c in ws[1]]
    assert headers == ["Call", "Label", "WTDC 59 (reference)", "Country A", "Region B", "Position", "Comments"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    c_row = next(r for r in rows if r[0] == "recalling" and r[1] == "c)")
    cell = c_row[3]
    assert isinstance(cell, CellRichText)
    struck = [b.text for b in cell if not isinstance(b, str) and b.font.strike]
    underlined = [b.text for b in cell if not isinstance(b, str) and b.font.u == "single"]
    assert struck == ["Kigali, 2022"] and underlined == ["Baku, 2025"]
    assert all(b.font.rFont == "Calibri" and b.font.sz == 10 for b in cell if not isinstance(b, str))
    assert isinstance(c_row[2], str)  # the reference column is plain text
    new_item = next(r for r in rows if r[0] == "recalling" and r[2] is None and r[3])
    assert all(b.font.u == "single" for b in new_item[3])  # added: all underlined


def test_workbook_is_usable_as_delivered(workbook):
    wb = load_workbook(workbook)
    ws = wb["Comparison"]
    assert ws.freeze_panes == "C2" and ws.auto_filter.ref.startswith("A1:G")
    assert ws.print_title_rows == "$1:$1" and ws.page_setup.orientation == "landscape"
    assert ws.column_dimensions["C"].width >= 30 and ws["C5"].alignment.wrap_text
    # Position and Comments: no empty cells, but what is typed there wraps, and the lines print
    assert ws["G5"].value is None and ws.column_dimensions["G"].alignment.wrap_text
    assert ws.print_options.gridLines
    assert wb.properties.title == "WTDC 59 proposals" and wb.properties.creator == "Delegate"
    summary = wb["Summary"]
    assert [c.value for c in summary[1]] == ["Text", "Unchanged", "Modified", "Added", "Deleted"]
    assert summary["A3"].value == "Country A" and summary["D3"].value == 1
    assert [c.value for c in wb["Positions"][1]][:4] == ["Text", "Delegation", "Priority", "APT"]


def test_text_is_never_a_formula(tmp_path):
    res = wtdc59()
    other = copy.deepcopy(res)
    res.sections[0].provisions[0].text = '=HYPERLINK("http://example.invalid","click")'
    other.sections[0].provisions[0].text = "+1 (a plus at the start)"
    other.sections[0].provisions[1].text = "-2 and @mention, #N/A"
    comp = compare([res, other], ["A", "B"])
    path = tmp_path / "f.xlsx"
    path.write_bytes(comparison_xlsx(comp))
    ws = load_workbook(path)["Comparison"]
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f" and cell.data_type != "e"
    values = [c.value for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    assert any(v.startswith("a)  =HYPERLINK(") for v in values)
    if HAS_UNO:
        text = libreoffice_convert(path, "csv").read_text(encoding="utf-8", errors="replace")
        assert '=HYPERLINK(""http://example.invalid""' in text or "=HYPERLINK(" in text
        assert "click" not in [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_arabic_reference_sheet_is_right_to_left(tmp_path):
    arabic = read_file(FIXTURES / "languages" / "ar-res59.txt").document
    path = tmp_path / "ar.xlsx"
    path.write_bytes(comparison_xlsx(compare([arabic, copy.deepcopy(arabic)])))
    book = load_workbook(path)
    assert book.sheetnames == ["مقارنة", "ملخص", "المواقف"]  # the workbook speaks its reference text's language
    ws = book["مقارنة"]
    assert ws.sheet_view.rightToLeft and ws["C5"].alignment.readingOrder == 2
    assert [c.value for c in ws[1]][:2] == ["الجزء", "الرقم"] and "(المرجع)" in ws["C1"].value


def test_a_chinese_workbook_in_chinese_with_rows_tall_enough(tmp_path):
    """Sheet and column names in Chinese; a row's height counts each Chinese
    character as two columns, so the inserted text is not cut off in print."""
    chinese = read_file(FIXTURES / "languages" / "zh-res59.txt").document
    changed = copy.deepcopy(chinese)
    changed.sections[1].provisions[0].text += "有效地推动各部门之间的协调与合作，并定期向理事会报告进展情况。" * 2
    path = tmp_path / "zh.xlsx"
    path.write_bytes(comparison_xlsx(compare([chinese, changed], ["A", "B"])))
    book = load_workbook(path)
    assert book.sheetnames == ["比较", "摘要", "立场"]
    ws = book["比较"]
    assert ws["A1"].value == "部分" and ws["C1"].value == "A（参考）"
    row = next(r for r in ws.iter_rows(min_row=2) if r[3].value and "有效地推动" in str(r[3].value))
    chars = len(str(row[3].value))
    width = ws.column_dimensions["D"].width
    lines_needed = -(-2 * chars // int(width * 1.15))
    assert ws.row_dimensions[row[0].row].height >= 13 * lines_needed
    summary = book["摘要"]
    assert summary.page_setup.fitToWidth == 1 and summary.print_title_rows == "$1:$1"


def test_heading_rows_are_marked_only_between_versions_of_one_resolution():

    wtdc = read_file(ROOT / "resources/starter/wtdc-res59-baku-2025.txt").document
    wtsa = read_file(ROOT / "resources/starter/wtsa-res18-new-delhi-2024.txt").document
    kigali = read_file(ROOT / "resources/starter/wtdc-res59-kigali-2022.txt").document
    import io

    import openpyxl
    from openpyxl.cell.rich_text import CellRichText

    def heading_cell(texts):
        book = openpyxl.load_workbook(io.BytesIO(comparison_xlsx(compare(texts))), rich_text=True)
        ws = book.worksheets[0]
        return next(r[3].value for r in ws.iter_rows(min_row=2) if r[0].value == "Heading")

    assert isinstance(heading_cell([wtdc, kigali]), CellRichText)  # Baku vs Kigali: marked
    assert not isinstance(heading_cell([wtdc, wtsa]), CellRichText)  # 59 vs 18: shown as it is
