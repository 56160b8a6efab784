"""Comparison workbooks: the tables delegations draw by hand, made for them.

Sheet "Comparison": a column per text, a row per aligned provision grouped
under its call, the label column, and revision marks against the reference
column as rich text in each cell (insertions underlined in blue, deletions
struck through in red), then the delegation's position and a comments column.
Sheet "Summary": per text, how many provisions are unchanged, modified, added,
deleted. Sheet "Positions": the texts by row, the delegation's and each
region's stance by column. Ready to use as delivered: frozen header, filters,
wrapped text, widths, fonts, landscape print with repeated headers, document
properties. Text is always text: nothing a delegate wrote becomes a formula.
"""
from __future__ import annotations

import io
import re
from copy import copy
from dataclasses import dataclass, field

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ..core.compare import Cell, Comparison, Row
from ..core.model import Position
from ..core.outline import call_short
from ..core.worddiff import DELETE, EQUAL, INSERT, diff_words

FONT_NAME, FONT_SIZE = "Calibri", 10
INSERT_COLOR, DELETE_COLOR = "0000FF", "C00000"
MAX_CELL = 32_000  # Excel's limit is 32,767 characters
REGIONS = ("APT", "ATU", "CEPT", "CITEL", "ASMG", "RCC")
_HEADER_FILL = PatternFill("solid", fgColor="1F3864")
_CALL_FILL = PatternFill("solid", fgColor="DDE5F0")
_GAP_FILL = PatternFill("solid", fgColor="F2F2F2")
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FORMULA_START = ("=", "+", "-", "@")
# Shared style objects: openpyxl hashes every style it is given, so building a Font
# per cell made the workbook several times slower to write.
_HEADER_FONT = Font(name=FONT_NAME, size=FONT_SIZE + 1, bold=True, color="FFFFFF")
_FONTS = {kind: Font(name=FONT_NAME, size=FONT_SIZE, bold=kind in ("heading", "title"), italic=kind == "call")
          for kind in ("heading", "title", "preamble", "call", "provision")}
_PLAIN = Font(name=FONT_NAME, size=FONT_SIZE)
_TOP_WRAP = Alignment(wrap_text=True, vertical="top")
_MARK_FONTS = {}


@dataclass
class SheetPositions:
    """What the store knows of the delegation's positions, for the workbook."""

    by_provision: dict[str, str] = field(default_factory=dict)  # provision path -> "support (high): ..."
    by_source: list[Position | None] = field(default_factory=list)  # whole-resolution position per column


def safe(text: str) -> str:
    """Text Excel will store as written: control characters removed, cut to the cell limit."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def put_text(cell, text: str) -> None:
    """A string that stays a string, even when it begins with = + - or @."""
    cell.value = safe(text)
    if isinstance(cell.value, str) and cell.data_type != "s":
        cell.data_type = "s"


class _MarkFont(InlineFont):
    """The font of an insertion or a deletion, serialised once.

    openpyxl builds a run's <rPr> anew through its descriptors for every run it
    writes; the mark fonts never change, so each run gets a copy of one element."""

    # openpyxl's metaclass lists a class's XML parts from its own body only
    __attrs__, __nested__, __elements__ = InlineFont.__attrs__, InlineFont.__nested__, InlineFont.__elements__

    def to_tree(self, tagname=None, idx=None, namespace=None):
        key = (id(self), tagname, idx, namespace)
        if key not in _TREES:
            _TREES[key] = super().to_tree(tagname, idx, namespace)
        return copy(_TREES[key])  # an lxml element copies deeply


_TREES: dict[tuple, object] = {}


def _font(op: str, kind: str) -> InlineFont:
    """An insertion's or a deletion's font in a row of ``kind`` (bold headings, italic calls)."""
    if (op, kind) not in _MARK_FONTS:
        kw = {INSERT: {"u": "single", "color": INSERT_COLOR}, DELETE: {"strike": True, "color": DELETE_COLOR}}
        base = _FONTS.get(kind, _PLAIN)
        _MARK_FONTS[op, kind] = _MarkFont(rFont=FONT_NAME, sz=FONT_SIZE, b=base.b, i=base.i, **kw[op])
    return _MARK_FONTS[op, kind]


def rich_marks(reference: str, text: str, kind: str = "provision") -> CellRichText | str:
    """``text`` with its differences from ``reference`` as rich-text runs; the
    unchanged runs are plain, in the cell's own font."""
    if reference == text:
        return text
    runs: list[tuple[str, str]] = []
    for op, chunk in diff_words(reference, text):
        chunk = safe(chunk)
        if runs and not chunk.strip():  # a run of only spaces may be dropped: keep it with its neighbour
            runs[-1] = (runs[-1][0], runs[-1][1] + chunk)
        elif chunk:
            runs.append((op, chunk))
    return CellRichText([chunk if op == EQUAL else TextBlock(_font(op, kind), chunk) for op, chunk in runs])


def _shown(cell: Cell | None) -> str:
    if cell is None:
        return ""
    return f"{cell.label}  {cell.text}" if cell.label else cell.text


def comparison_xlsx(comp: Comparison, title: str = "Comparison", positions: SheetPositions | None = None) -> bytes:
    positions = positions or SheetPositions()
    wb = Workbook()
    ws = wb.active
    ws.title = "Comparison"
    rtl = comp.languages and comp.languages[comp.reference] == "ar"
    _comparison_sheet(ws, comp, positions, bool(rtl))
    _summary_sheet(wb.create_sheet("Summary"), comp)
    _positions_sheet(wb.create_sheet("Positions"), comp, positions)
    wb.properties.title = title
    wb.properties.subject = "Comparison of " + ", ".join(comp.names)
    wb.properties.creator = "Delegate"
    wb.properties.keywords = "ITU; comparison"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _comparison_sheet(ws, comp: Comparison, positions: SheetPositions, rtl: bool) -> None:
    n = len(comp.names)
    headers = ["Call", "Label"] + [f"{name}{' (reference)' if i == comp.reference else ''}"
                                   for i, name in enumerate(comp.names)] + ["Position", "Comments"]
    for col, value in enumerate(headers, 1):
        cell = ws.cell(row=1, column=col)
        put_text(cell, value)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = _BORDER
    wrap = Alignment(wrap_text=True, vertical="top", readingOrder=2 if rtl else 0)
    widths = [16, 7] + [max(30, min(60, 200 // n))] * n + [28, 28]
    # Every cell of a row kind that is a gap, or not, gets the same style. The first
    # such cell is styled through openpyxl's attributes; the others copy its style
    # array (openpyxl hashes and compares each style object on every assignment, and
    # reading a style back builds a proxy: both cost more than writing the cell).
    styles: dict[tuple, object] = {}

    def style(c, kind: str, gap: bool) -> None:
        key = (kind, gap)
        if key in styles:
            c._style = copy(styles[key])
            return
        c.alignment = wrap
        c.border = _BORDER
        c.font = _FONTS[kind]  # rich text: the font of its unchanged runs
        if kind == "call":
            c.fill = _CALL_FILL
        elif gap:
            c.fill = _GAP_FILL
        styles[key] = copy(c._style)

    call_text = ""
    r = 1
    for row in comp.rows:
        r += 1
        if row.kind == "call":
            call_text = next((c.text for c in ([row.cells[comp.reference]] + row.cells) if c is not None), "")
        ref = row.cells[comp.reference]
        label = next((c.label for c in ([ref] + row.cells) if c is not None and c.label), "")
        shown = [call_short(call_text) if row.kind in ("call", "provision") else row.kind.capitalize(),
                 label if row.kind == "provision" else ""]
        shown += [_shown(cell) for cell in row.cells]
        shown += [_position_text(comp, row, call_text, positions), ""]
        measured = list(shown)  # what the row's height must fit: struck words take room too
        for col, text in enumerate(shown, 1):
            if col > n + 2 and not text:
                continue  # an empty Position or Comments cell: the column's own style (below) covers it
            c = ws.cell(row=r, column=col)
            i = col - 3
            cell = row.cells[i] if 0 <= i < n else None
            if cell is not None and i != comp.reference and not (ref is None and row.kind != "provision"):
                c.value = rich_marks(shown[2 + comp.reference], text, row.kind)
                if isinstance(c.value, CellRichText):
                    measured[col - 1] = "".join(map(str, c.value))
            elif text:
                put_text(c, text)
            style(c, row.kind, 0 <= i < n and cell is None)
        if row.kind == "provision":
            ws.row_dimensions[r].outline_level = 1
        ws.row_dimensions[r].height = _height(measured, widths)
    ws.sheet_properties.outlinePr.summaryBelow = False
    for col, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(col)].width = width
    for col in (n + 3, n + 4):  # what a delegate types in Position and Comments wraps, top-aligned
        ws.column_dimensions[get_column_letter(col)].alignment = wrap
        ws.column_dimensions[get_column_letter(col)].font = _PLAIN
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{get_column_letter(n + 4)}{r}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3 if n > 2 else ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True  # the empty Position and Comments cells have no borders of their own
    ws.oddFooter.center.text = "&P / &N"
    if rtl:
        ws.sheet_view.rightToLeft = True


def _height(texts: list[str], widths: list[int]) -> float:
    """Row height for wrapped text. Neither Excel nor LibreOffice fits a row to
    rich text it did not lay out itself, so the height is estimated from the
    longest cell: characters per line from the column width, 13 points a line."""
    lines = 1
    for text, width in zip(texts, widths):
        if text:
            per_line = max(8, int(width * 1.15))
            lines = max(lines, sum(max(1, -(-len(part) // per_line)) for part in text.split("\n")))
    return min(409, 13.0 * lines + 2)


def _position_text(comp: Comparison, row: Row, call: str, positions: SheetPositions) -> str:
    if row.kind == "heading":
        pos = positions.by_source[comp.reference] if len(positions.by_source) > comp.reference else None
        return _stance(pos) if pos else ""
    if row.kind != "provision":
        return ""
    ref = row.cells[comp.reference]
    if ref is None:
        return ""
    key = f"{call_short(call)} {ref.label}" if ref.label else ""
    return positions.by_provision.get(key, "")


def _stance(pos: Position) -> str:
    text = f"{pos.stance} ({pos.priority})"
    return f"{text}: {pos.rationale}" if pos.rationale else text


def _summary_sheet(ws, comp: Comparison) -> None:
    headers = ["Text", "Unchanged", "Modified", "Added", "Deleted"]
    for col, value in enumerate(headers, 1):
        cell = ws.cell(row=1, column=col, value=value)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
    for r, (name, counts) in enumerate(zip(comp.names, comp.summary()), 2):
        put_text(ws.cell(row=r, column=1), name + (" (reference)" if r - 2 == comp.reference else ""))
        for col, key in enumerate(("unchanged", "modified", "added", "deleted"), 2):
            ws.cell(row=r, column=col, value=counts[key]).font = _PLAIN
        ws.cell(row=r, column=1).font = _PLAIN
    ws.column_dimensions["A"].width = 48
    for col in "BCDE":
        ws.column_dimensions[col].width = 12
    ws.freeze_panes = "B2"


def regional_stances(text: str) -> dict[str, str]:
    """"CEPT: support; APT: oppose" -> {"CEPT": "support", "APT": "oppose"}."""
    out = {}
    for part in re.split(r"[;\n]", text or ""):
        if ":" in part:
            region, stance = part.split(":", 1)
            region = region.strip().upper().replace("LAS/ASMG", "ASMG")
            if region in REGIONS:
                out[region] = stance.strip()
    return out


def _positions_sheet(ws, comp: Comparison, positions: SheetPositions) -> None:
    headers = ["Text", "Delegation", "Priority"] + list(REGIONS) + ["Rationale", "Owner", "Updated"]
    for col, value in enumerate(headers, 1):
        cell = ws.cell(row=1, column=col, value=value)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
    for r, name in enumerate(comp.names, 2):
        pos = positions.by_source[r - 2] if len(positions.by_source) > r - 2 else None
        regions = regional_stances(pos.regional_alignment) if pos else {}
        values = [name, pos.stance if pos else "", pos.priority if pos else ""]
        values += [regions.get(region, "") for region in REGIONS]
        values += [pos.rationale if pos else "", pos.owner if pos else "", pos.updated[:10] if pos else ""]
        for col, value in enumerate(values, 1):
            cell = ws.cell(row=r, column=col)
            put_text(cell, value)
            cell.font = _PLAIN
            cell.alignment = _TOP_WRAP
    ws.column_dimensions["A"].width = 40
    for col in range(2, len(headers) + 1):
        ws.column_dimensions[get_column_letter(col)].width = 14
    ws.column_dimensions[get_column_letter(len(headers) - 2)].width = 40
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(comp.names) + 1}"

