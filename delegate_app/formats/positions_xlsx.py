"""The positions workbook: what a delegation sends round for comments and takes
back, written and read with openpyxl.

A row is a resolution (its position on the whole text, or none yet) or a
provision with a position. Stance, priority and each regional group's stance
have drop-down lists; the header is frozen, filtered and repeated on every
printed page; long texts wrap. Two hidden columns carry what the import needs
to tell an edited row from an untouched one and a row from a tampered one: the
row's key (the position's id, its time, a digest of its values as exported and
a signature) and the library version it was exported from.

Reading is as careful as reading a Word file: the package is checked before
openpyxl parses anything, and only values are read (never formulas: a cell
"=1+1" is the text it shows, or nothing).
"""

from __future__ import annotations

import functools
import io
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..core.errors import InputError
from ..core.positions import PRIORITIES, REGIONS, STANCES
from .itu_wording import brief_words
from .package_guard import check_xlsx
from .xlsx_writer import wrapped_lines

# the columns, by key, in order; the regions' columns are named by their group
FIELDS = ("body", "number", "revision", "title", "provision", "stance", "priority", "rationale", "talking_points")
TAIL = ("owner", "updated", "key", "version")
COLUMNS = (*FIELDS, *REGIONS, *TAIL)
HIDDEN = ("key", "version")
WIDTHS = {
    "body": 8, "number": 10, "revision": 20, "title": 40, "provision": 24, "stance": 20, "priority": 10,
    "rationale": 48, "talking_points": 48, "owner": 16, "updated": 17,
}  # fmt: skip
MAX_ROWS = 20_000  # rows with values
MAX_SCANNED = 200_000  # rows looked at (formatting alone can reach far down a sheet)
CELL_LIMIT = 32_767  # the characters a cell holds
MAX_MERGES = 50_000  # merged ranges on the sheet (a colleague's merges number a few hundred at most)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# column names in the interface language (by key); the import knows them all
HEADERS: dict[str, dict[str, str]] = {
    "en": {
        "body": "Body", "number": "Number", "revision": "Revision", "title": "Title", "provision": "Provision",
        "stance": "Stance", "priority": "Priority", "rationale": "Rationale", "talking_points": "Talking points",
        "owner": "Owner", "updated": "Updated", "key": "Key", "version": "Version",
    },
    "fr": {
        "body": "Organe", "number": "Numéro", "revision": "Révision", "title": "Titre", "provision": "Disposition",
        "stance": "Position", "priority": "Priorité", "rationale": "Justification",
        "talking_points": "Éléments de langage", "owner": "Responsable", "updated": "Mise à jour", "key": "Clé",
        "version": "Version",
    },
    "es": {
        "body": "Órgano", "number": "Número", "revision": "Revisión", "title": "Título", "provision": "Disposición",
        "stance": "Posición", "priority": "Prioridad", "rationale": "Justificación",
        "talking_points": "Argumentos", "owner": "Responsable", "updated": "Actualizado", "key": "Clave",
        "version": "Versión",
    },
    "ru": {
        "body": "Орган", "number": "Номер", "revision": "Пересмотр", "title": "Название", "provision": "Положение",
        "stance": "Позиция", "priority": "Приоритет", "rationale": "Обоснование", "talking_points": "Тезисы",
        "owner": "Ответственный", "updated": "Обновлено", "key": "Ключ", "version": "Версия",
    },
    "ar": {
        "body": "الهيئة", "number": "الرقم", "revision": "المراجعة", "title": "العنوان", "provision": "الحكم",
        "stance": "الموقف", "priority": "الأولوية", "rationale": "المبررات", "talking_points": "نقاط الحديث",
        "owner": "المسؤول", "updated": "آخر تحديث", "key": "المفتاح", "version": "النسخة",
    },
    "zh": {
        "body": "机构", "number": "编号", "revision": "修订版", "title": "标题", "provision": "条款",
        "stance": "立场", "priority": "优先级", "rationale": "理由", "talking_points": "谈话要点",
        "owner": "负责人", "updated": "更新日期", "key": "密钥", "version": "版本",
    },
}  # fmt: skip
SHEET_TITLE = {"en": "Positions", "fr": "Positions", "es": "Posiciones", "ru": "Позиции", "ar": "المواقف", "zh": "立场"}


# the columns whose values are words of a list (written in the sheet's language, read in any)
_LISTED = {"stance": STANCES, "priority": PRIORITIES, **{region: STANCES for region in REGIONS}}
_CHOOSE = {
    "en": "Choose one of: {0}", "fr": "Choisissez parmi: {0}", "es": "Elija entre: {0}",
    "ru": "Выберите одно из значений: {0}", "ar": "اختر واحداً مما يلي: {0}", "zh": "请从以下各项中选择：{0}",
}  # fmt: skip


def _word(value: str, language: str) -> str:
    """A stance or priority ("support") as the sheet's language says it ("appui")."""
    return brief_words(language).get(value, value)


def _value(word: str, allowed: tuple[str, ...]) -> str:
    """A stance or priority as any of the six languages says it, as its value; as typed when none."""
    return _values_by_word(allowed).get(word.strip().casefold(), word)


@functools.cache
def _values_by_word(allowed: tuple[str, ...]) -> dict[str, str]:
    """Each word the six languages (in this order: the first says) have for ``allowed``, folded, to its value;
    made once, not for every cell of a sheet."""
    found: dict[str, str] = {}
    for language in ("en", "fr", "es", "ru", "ar", "zh"):
        words = brief_words(language)
        for value in allowed:
            found.setdefault(words.get(value, value).casefold(), value)
    return found


def header(key: str, language: str) -> str:
    return key if key in REGIONS else HEADERS.get(language, HEADERS["en"])[key]


def as_cell(text: str) -> str:
    """A text as a cell holds it: without the characters a workbook cannot
    hold (control characters), and cut at a cell's length."""
    return _ILLEGAL.sub("", text)[:CELL_LIMIT]


@dataclass
class SheetRow:
    """One row of the workbook, as written or as read (every value a string)."""

    values: dict[str, str] = field(default_factory=dict)
    line: int = 0  # its row number in the sheet, as Excel shows it
    problem: str = ""  # why the row cannot be read as it is (a formula without a value)

    def get(self, key: str) -> str:
        return self.values.get(key, "")


def write_positions(rows: list[SheetRow], language: str = "en", title: str = "Positions") -> bytes:
    """The workbook, ready to send: drop-down lists, frozen and filtered header,
    widths, wrapping, landscape print with the header on every page."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLE.get(language, "Positions")
    sheet.sheet_view.rightToLeft = language == "ar"
    sheet.append([header(k, language) for k in COLUMNS])
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DCE6F1")
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        sheet.append([as_cell(_word(row.get(k), language) if k in _LISTED else row.get(k)) for k in COLUMNS])
    for n, cells in enumerate(sheet.iter_rows(min_row=2), 2):
        sheet.row_dimensions[n].height = _height([str(c.value or "") for c in cells])
        for cell in cells:
            cell.alignment = wrap
            cell.number_format = "@"  # text: an entry such as "1/2" stays what was typed
            if cell.data_type == "f":  # a text beginning with "=" is text, never a formula
                cell.data_type = "s"
    last = max(2, len(rows) + 1)
    letters = {k: get_column_letter(n) for n, k in enumerate(COLUMNS, 1)}
    for key, width in WIDTHS.items():
        sheet.column_dimensions[letters[key]].width = width
    for key in HIDDEN:
        sheet.column_dimensions[letters[key]].hidden = True
    for key, listed in _LISTED.items():
        values = [_word(v, language) for v in listed]
        rule = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True)
        rule.error = _CHOOSE.get(language, _CHOOSE["en"]).format(", ".join(values))
        rule.errorTitle = header(key, language)
        rule.showErrorMessage = True
        rule.add(f"{letters[key]}2:{letters[key]}{last + 500}")  # rows a colleague adds get the lists too
        sheet.add_data_validation(rule)
    sheet.freeze_panes = "F2"  # the header and what the row is about stay in view
    sheet.auto_filter.ref = f"A1:{letters['updated']}{last}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.center.text = "&P / &N"
    book.properties.title = title
    book.properties.creator = "Delegate"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _height(values: list[str]) -> float:
    """A row tall enough for its wrapped texts: spreadsheet programs do not grow
    a row written by another program, so the print would cut them."""
    lines = 1
    for key, text in zip(COLUMNS, values):
        if key in HIDDEN:  # a hidden column's text is never shown: it sets no height
            continue
        per_line = max(6, int(WIDTHS.get(key, 9) * 1.05))
        lines = max(lines, sum(wrapped_lines(part, per_line) for part in text.split("\n")))  # word by word
    return min(409.0, 15.0 * min(lines, 27) + 2)


def read_positions(data: bytes, name: str) -> list[SheetRow]:
    """The rows of a positions workbook (the first sheet), by the column names
    of any of the six languages; InputError when it is not one."""
    check_xlsx(data, name)
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():  # openpyxl's warnings about what it skips are not the user's
            warnings.simplefilter("ignore")
            values = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            formulas = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
            found = _positions_sheet(values, name)
            if found is None:
                raise InputError(
                    "this is not a positions workbook exported by Delegate (no sheet has the columns "
                    "Body, Number, Provision and Stance)",
                    name,
                )
            index, keys = found
            rows = _rows(values.worksheets[index], formulas.worksheets[index], keys, name)
            values.close()
            formulas.close()
    except InputError:
        raise
    except Exception as exc:  # openpyxl's own errors on a damaged workbook
        raise InputError(f"the workbook cannot be read ({type(exc).__name__}: {exc})", name) from None
    return rows


def _positions_sheet(book: Any, name: str) -> tuple[int, list[str | None]] | None:
    """The sheet whose first row names the columns (in any of the six languages), and its columns' keys."""
    known = {header(k, lang).casefold(): k for lang in HEADERS for k in COLUMNS}
    for index, sheet in enumerate(book.worksheets):
        sheet.reset_dimensions()  # a stale <dimension> would hide rows
        head = next(sheet.iter_rows(max_row=1, values_only=True), None)
        if head is None:
            continue
        keys = [known.get(str(h).strip().casefold()) if h is not None else None for h in head]
        if all(k in keys for k in ("body", "number", "provision", "stance")):
            twice = sorted({k for k in keys if k is not None and keys.count(k) > 1})
            if twice:
                raise InputError(f"two columns are named {header(twice[0], 'en')!r}: keep one of them", name)
            return index, keys
    return None


def _rows(values: Any, formulas: Any, keys: list[str | None], name: str) -> list[SheetRow]:
    formulas.reset_dimensions()
    merges = _Merges(_merged_ranges(values, name), keys)
    rows: list[SheetRow] = []
    pairs = zip(values.iter_rows(min_row=2, values_only=True), formulas.iter_rows(min_row=2, values_only=True))
    for line, (own, own_written) in enumerate(pairs, 2):
        if line > MAX_SCANNED:
            raise InputError(f"the sheet runs past {MAX_SCANNED:,} rows", name)
        shown, written = merges.fill(line, own, own_written)
        if not any(_cell(v) for k, v in zip(keys, own) if k is not None) and not _formulas(keys, own, own_written):
            continue  # an empty row, or one whose cells a merge alone fills
        found = {k: _cell(v) for k, v in zip(keys, shown) if k is not None}
        found.update({k: _value(v, _LISTED[k]) for k, v in found.items() if k in _LISTED and v})
        missing = _formulas(keys, shown, written)
        if len(rows) >= MAX_ROWS:
            raise InputError(f"the workbook has more than {MAX_ROWS:,} rows with values", name)
        problem = merges.problem(line) or (
            f"column {header(missing[0], 'en')!r} holds a formula with no value: type the value" if missing else ""
        )
        rows.append(SheetRow(found, line, problem))
    return rows


def _formulas(keys: list[str | None], shown: Sequence[Any], written: Sequence[Any]) -> list[str]:
    """The columns whose cell holds a formula without a value (a workbook saved by a program that computes none)."""
    return [
        k
        for k, v, w in zip(keys, shown, written)
        if k is not None and v is None and isinstance(w, str) and w.startswith("=")
    ]


def _merged_ranges(sheet: Any, name: str) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges (first column, first row, last column, last row).

    A spreadsheet program keeps a merged range's value in its top-left cell
    alone; the other cells are empty in the file. openpyxl's read-only sheets do
    not read the ranges, so they are read here from the sheet's part (already
    checked by package_guard), without its cells."""
    from openpyxl.utils.cell import range_boundaries
    from openpyxl.xml.functions import iterparse

    tag = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}mergeCell"
    found: list[tuple[int, int, int, int]] = []
    with sheet._get_source() as source:  # the read-only sheet's own part (openpyxl has no public door to it)
        for _, element in iterparse(source):
            if element.tag == tag and element.get("ref"):
                bounds = range_boundaries(element.get("ref"))
                if None not in bounds:
                    found.append(bounds)
                if len(found) > MAX_MERGES:
                    raise InputError(f"the sheet has more than {MAX_MERGES:,} merged ranges", name)
            element.clear()
    return found


class _Merges:
    """Merged ranges as the rows are read in order: a range's value is read in
    each cell it covers, as the sheet shows it; a range across the columns of
    two fields (Stance and Priority) or reaching into the header is no value of
    either, and its rows are refused with the reason. Only the named columns
    are looked at (a range reaching to the sheet's last column costs no more)."""

    def __init__(self, ranges: list[tuple[int, int, int, int]], keys: list[str | None]) -> None:
        from openpyxl.utils import get_column_letter

        self.width = len(keys)
        fills, wrong = [], []
        for c1, r1, c2, r2 in ranges:
            if r2 < 2 or c1 > self.width or (c1, r1) == (c2, r2):
                continue  # within the header, right of the named columns, or one cell
            ref = f"{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2}"
            fields = list(dict.fromkeys(k for k in keys[c1 - 1 : c2] if k is not None))
            if r1 < 2:
                wrong.append((2, r2, f"cells {ref} are merged with the header: unmerge them"))
                continue
            if len(fields) > 1:
                names = " and ".join(repr(header(k, "en")) for k in fields[:2])
                wrong.append((r1, r2, f"cells {ref} are merged across the columns {names}: unmerge them"))
            fills.append((r1, c1, min(c2, self.width), r2))
        self.fills, self.wrong = sorted(fills), sorted(wrong)
        self.next_fill = self.next_wrong = 0
        self.active: list[tuple[int, int, int, Any, Any]] = []  # first and last column, last row, the values
        self.wrong_now: list[tuple[int, int, str]] = []

    def fill(self, line: int, own: tuple[Any, ...], written: tuple[Any, ...]) -> tuple[list[Any], list[Any]]:
        """The row's values as the sheet shows them: each covered cell given its range's value
        (the rows come in order, each once)."""
        shown = list(own) + [None] * (self.width - len(own))
        formulas = list(written) + [None] * (self.width - len(written))
        while self.next_fill < len(self.fills) and self.fills[self.next_fill][0] <= line:
            r1, c1, c2, r2 = self.fills[self.next_fill]
            self.next_fill += 1
            if r1 == line:
                self.active.append((c1, c2, r2, shown[c1 - 1], formulas[c1 - 1]))
        self.active = [m for m in self.active if m[2] >= line]
        for c1, c2, _, value, formula in self.active:
            for column in range(c1 - 1, c2):
                shown[column], formulas[column] = value, formula
        return shown, formulas

    def problem(self, line: int) -> str:
        """Why the row cannot be read as it is, when a merge is the reason (asked in row order)."""
        while self.next_wrong < len(self.wrong) and self.wrong[self.next_wrong][0] <= line:
            self.wrong_now.append(self.wrong[self.next_wrong])
            self.next_wrong += 1
        self.wrong_now = [w for w in self.wrong_now if w[1] >= line]
        return self.wrong_now[0][2] if self.wrong_now else ""


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return text.strip()
