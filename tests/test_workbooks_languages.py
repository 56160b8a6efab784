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


def test_a_comparison_row_is_tall_enough_for_its_last_wrapped_line():
    """Words wrap whole: 3 lines of 10-letter words in a column of 34 characters
    take 4 lines (three words a line), which counting characters called 3."""
    from delegate_app.formats.xlsx_writer import _height, wrapped_lines

    text = " ".join(["abcdefghij"] * 10)  # 109 characters
    assert wrapped_lines(text, 35) == 4 and wrapped_lines("短" * 40, 35) == 3  # Chinese: two columns a character
    assert _height([text], [33.5]) >= 4 * 13.5


@pytest.fixture
def arabic_library(tmp_path):
    from conftest import ROOT

    from delegate_app.services.importing import import_paths
    from delegate_app.services.starter import ensure_starter_library
    from delegate_app.store.database import open_database

    db = open_database(tmp_path / "store.sqlite3")
    ensure_starter_library(db)
    assert import_paths(db, [ROOT / "tests/fixtures/languages/ar-res59.txt"]).ok
    yield db
    db.close()


def test_a_sister_comparison_keeps_to_the_references_language_and_names_the_missing(arabic_library, tmp_path):
    """An Arabic WTDC 59 is compared with Arabic sisters only: the English PP 191,
    ITU-R 75 and WTSA 18 would differ in every word. With none in Arabic the
    comparison is refused, naming them; with one, the Summary names the others,
    in Arabic, and every sheet reads right to left."""
    import copy

    from delegate_app.core.compare import compare
    from delegate_app.core.errors import DelegateError
    from delegate_app.services import library
    from delegate_app.services.comparing import library_texts, write_comparison
    from delegate_app.store.database import writing
    from delegate_app.store.editions import store_version

    db = arabic_library
    arabic = next(v.id for v in library.list_versions(db) if v.language == "ar")
    english = next(v.id for v in library.list_versions(db) if v.body == "WTDC" and v.revision == "Rev. Kigali, 2022")
    assert len(library_texts(db, sisters_of=english)[1]) > 1  # English sisters for the English text
    with pytest.raises(DelegateError, match=r"no sister .* \(ar\); only in another: PP 191 \(en\)"):
        library_texts(db, sisters_of=arabic)
    sister = copy.deepcopy(library.text_of(db, arabic))  # an Arabic WTSA 18, for the sake of the test
    sister.body, sister.number, sister.revision = "WTSA", "18", "المراجَع في نيودلهي، 2024"
    with writing(db):
        store_version(db, sister, None)
    names, texts = library_texts(db, sisters_of=arabic)
    assert [t.language for t in texts] == ["ar", "ar"] and texts[1].body == "WTSA"
    out = tmp_path / "sisters.xlsx"
    write_comparison(compare(texts, names, 0), texts, out, db)
    book = load_workbook(out)
    assert all(sheet.sheet_view.rightToLeft for sheet in book.worksheets)
    summary = [c for row in book.worksheets[1].iter_rows(values_only=True) for c in row if c]
    said = next(c for c in summary if str(c).startswith("غير موجودة في المكتبة"))
    assert "PP 191" in said and "RA ITU-R 75" in said and "WTSA" not in said
