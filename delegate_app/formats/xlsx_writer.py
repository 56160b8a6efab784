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

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..core.compare import Cell, Comparison, Row
from ..core.model import Position
from ..core.outline import call_short
from ..core.paragraphs import plain_spaces
from ..core.positions import REGIONS, parse_regions
from ..core.revision import parse_heading
from ..core.worddiff import DELETE, EQUAL, INSERT, diff_words
from .itu_wording import brief_words, sheet_words
from .spreadsheetml import (
    PAPER_A3,
    PAPER_A4,
    Font,
    Properties,
    Sheet,
    Style,
    Styles,
    column_letter,
    number_cell,
    package,
    rich_cell,
    styled_cell,
    text_cell,
)

FONT_NAME, FONT_SIZE = "Calibri", 10
INSERT_COLOR, DELETE_COLOR = "0000FF", "C00000"
_HEADER_FILL, _CALL_FILL, _GAP_FILL, _LINE = "1F3864", "DDE5F0", "F2F2F2", "BFBFBF"
_PLAIN = Font(FONT_NAME, FONT_SIZE)
_HEADER_FONT = Font(FONT_NAME, FONT_SIZE + 1, bold=True, color="FFFFFF")
_HEADER = Style(_HEADER_FONT, fill=_HEADER_FILL, border=_LINE, wrap=True, vertical="center", horizontal="center")
_FONTS = {
    kind: Font(FONT_NAME, FONT_SIZE, bold=kind in ("heading", "title"), italic=kind == "call")
    for kind in ("heading", "title", "preamble", "call", "provision")
}
_MARKS = {
    (op, kind): Font(
        FONT_NAME,
        FONT_SIZE,
        bold=font.bold,
        italic=font.italic,
        underline=op == INSERT,
        strike=op == DELETE,
        color=INSERT_COLOR if op == INSERT else DELETE_COLOR,
    )
    for op in (INSERT, DELETE)
    for kind, font in _FONTS.items()
}
_COLUMNS = [column_letter(col) for col in range(1, 703)]  # A .. ZZ


@dataclass
class SheetPositions:
    """What the store knows of the delegation's positions, for the workbook."""

    by_provision: dict[str, str] = field(default_factory=dict)  # provision path -> "support (high): ..."
    by_source: list[Position | None] = field(default_factory=list)  # whole-resolution position per column


def rich_marks(reference: str, text: str, kind: str = "provision") -> list[tuple[Font | None, str]]:
    """``text`` as runs with its differences from ``reference`` marked; the
    unchanged runs have no font of their own, so they are in the cell's."""
    runs: list[tuple[str, str]] = []
    for op, chunk in diff_words(reference, text):
        if runs and not chunk.strip():  # a run of only spaces may be dropped: keep it with its neighbour
            runs[-1] = (runs[-1][0], runs[-1][1] + chunk)
        elif chunk:
            runs.append((op, chunk))
    return [(None if op == EQUAL else _MARKS.get((op, kind), _MARKS[op, "provision"]), chunk) for op, chunk in runs]


def _shown(cell: Cell | None) -> str:
    if cell is None:
        return ""
    text = plain_spaces(cell.text)  # a sheet compares words: a non-breaking space is no change
    return f"{cell.label}  {text}" if cell.label else text


def _text(at: str, text: str, style: int) -> str:
    return text_cell(at, text, style) if text else styled_cell(at, style)


def _header_row(sheet: Sheet, styles: Styles, headers: list[str]) -> None:
    style = styles.index(_HEADER)
    sheet.add_row(
        [text_cell(f"{_COLUMNS[col]}1", value, style) for col, value in enumerate(headers)],
        height=_height(headers, sheet.widths),
    )


def comparison_xlsx(comp: Comparison, title: str = "Comparison", positions: SheetPositions | None = None) -> bytes:
    positions = positions or SheetPositions()
    styles = Styles()
    language = comp.languages[comp.reference] if comp.languages else "en"
    rtl = language == "ar"
    words = sheet_words(language)
    sheets = [
        _comparison_sheet(styles, comp, positions, rtl, words),
        _summary_sheet(styles, comp, words, rtl),
        _positions_sheet(styles, comp, positions, words, language),
    ]
    props = Properties(
        title=title,
        subject=f"{words['Comparison']}: " + ", ".join(comp.names),  # the document's properties in its language too
        creator="Delegate",
        keywords="ITU; comparison",
    )
    return package(sheets, styles, props)


def _comparison_sheet(
    styles: Styles, comp: Comparison, positions: SheetPositions, rtl: bool, words: dict[str, str]
) -> Sheet:
    n = len(comp.names)
    headers = (
        [words["Call"], words["Label"]]
        + [f"{name}{_reference(words) if i == comp.reference else ''}" for i, name in enumerate(comp.names)]
        + [words["Position"], words["Comments"]]
    )
    widths = [16.0, 7.0] + [float(max(30, min(60, 200 // n)))] * n + [28.0, 28.0]
    order = 2 if rtl else 0
    typed = styles.index(Style(_PLAIN, wrap=True, vertical="top", reading_order=order))
    sheet = Sheet(
        words["Comparison"],
        widths=widths,
        column_styles={n + 3: typed, n + 4: typed},
        freeze=(2, 1),
        filter_columns=n + 4,
        right_to_left=rtl,
        outline_summary_above=True,
        print_title_rows=1,
        landscape=True,
        paper=PAPER_A3 if n > 2 else PAPER_A4,
        fit_to_width=True,
        grid_lines=True,  # the empty Position and Comments cells have no borders of their own
        page_numbers=True,
    )
    _header_row(sheet, styles, headers)
    # every cell of a row kind, gap or not, looks the same: one style index each
    look = {
        (kind, gap): styles.index(
            Style(
                font,
                fill=_CALL_FILL if kind == "call" else _GAP_FILL if gap else None,
                border=_LINE,
                wrap=True,
                vertical="top",
                reading_order=order,
            )
        )
        for kind, font in _FONTS.items()
        for gap in (False, True)
    }
    call_text = ""
    for row in comp.rows:
        r = sheet.next_row()
        kind = row.kind if row.kind in _FONTS else "provision"
        if row.kind == "call":
            call_text = next((c.text for c in ([row.cells[comp.reference]] + row.cells) if c is not None), "")
        ref = row.cells[comp.reference]
        label = next((c.label for c in ([ref] + row.cells) if c is not None and c.label), "")
        reference_text = _shown(ref)
        # a heading is marked only against another version of the same resolution:
        # between sister resolutions (PP 191 and ITU-R 75) the marks are noise
        marked = (ref is not None or row.kind == "provision") and (
            row.kind != "heading" or ref is None or len({_number(c.text) for c in row.cells if c is not None}) == 1
        )
        filled = look[kind, False]
        measured = [
            call_short(call_text) if row.kind in ("call", "provision") else words.get(row.kind.capitalize(), ""),
            label if row.kind == "provision" else "",
        ]  # what the row's height must fit
        cells = [_text(f"A{r}", measured[0], filled), _text(f"B{r}", measured[1], filled)]
        for i, cell in enumerate(row.cells):
            at = f"{_COLUMNS[i + 2]}{r}"
            text = _shown(cell)
            measured.append(text)
            if cell is None:
                cells.append(styled_cell(at, look[kind, True]))
            elif i != comp.reference and marked and text != reference_text:
                runs = rich_marks(reference_text, text, kind)
                measured[-1] = "".join(chunk for _, chunk in runs)  # struck words take room too
                cells.append(rich_cell(at, runs, filled))
            else:
                cells.append(_text(at, text, filled))
        stance = _position_text(comp, row, positions)
        if stance:  # an empty Position or Comments cell: the column's own style covers it
            cells.append(text_cell(f"{_COLUMNS[n + 2]}{r}", stance, filled))
        measured.append(stance)
        sheet.add_row(cells, height=_height(measured, widths), outline=1 if row.kind == "provision" else 0)
    return sheet


def _height(texts: list[str], widths: Sequence[float]) -> float:
    """Row height for wrapped text. Neither Excel nor LibreOffice fits a row to
    rich text it did not lay out itself, so the height is estimated from the
    longest cell, wrapped word by word as they wrap it (a line breaks before a
    word that does not fit, so counting characters alone cut the last line):
    characters per line from the column width, 13.5 points a line."""
    lines = 1
    for text, width in zip(texts, widths):
        per_line = max(8, int(width * 1.05))
        if _width(text) > per_line or "\n" in text:
            lines = max(lines, sum(wrapped_lines(part, per_line) for part in text.split("\n")))
    return min(409, 13.5 * lines + 3)


def wrapped_lines(text: str, per_line: int) -> int:
    """The lines ``text`` takes, wrapped at spaces (a word longer than a line,
    or Chinese with no spaces, breaks where the line ends)."""
    lines, used = 1, 0
    for word in text.split(" "):
        size = _width(word)
        if used and used + 1 + size > per_line:
            lines, used = lines + 1, 0
        if used:
            used += 1
        while used + size > per_line:  # a word longer than what is left of the line
            size -= per_line - used
            lines, used = lines + 1, 0
        used += size
    return lines


_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]"
)


def _width(text: str) -> int:
    """Columns the text takes: a Chinese character or full-width sign takes two,
    so rows of Chinese text were cut off at half their height in print."""
    return len(text) + (len(_WIDE.findall(text)) if not text.isascii() else 0)


def _number(heading: str) -> str:
    """The resolution a heading cell names ("191" of RESOLUTION 191 (REV. ...))."""
    found = parse_heading(heading)
    return found.number if found else heading


def _reference(words: dict[str, str]) -> str:
    return f"（{words['reference']}）" if words["reference"] == "参考" else f" ({words['reference']})"


def _position_text(comp: Comparison, row: Row, positions: SheetPositions) -> str:
    if row.kind == "heading":
        pos = positions.by_source[comp.reference] if len(positions.by_source) > comp.reference else None
        return stance_text(pos, comp.languages[comp.reference] if comp.languages else "en") if pos else ""
    if row.kind != "provision":
        return ""
    ref = row.cells[comp.reference]
    return positions.by_provision.get(ref.path, "") if ref is not None and ref.path else ""


def stance_text(pos: Position, language: str = "en") -> str:
    """ "support (high): rationale", as a Position cell shows a stance, in the sheet's language."""
    said = brief_words(language)
    text = f"{said.get(pos.stance, pos.stance)} ({said.get(pos.priority, pos.priority)})"
    return f"{text}: {pos.rationale}" if pos.rationale else text


def _summary_sheet(styles: Styles, comp: Comparison, words: dict[str, str], rtl: bool) -> Sheet:
    sheet = Sheet(
        words["Summary"],
        right_to_left=rtl,
        widths=[48, 12, 12, 12, 12],
        freeze=(1, 1),
        print_title_rows=1,
        paper=PAPER_A4,
        fit_to_width=True,  # one page wide, portrait: five columns
        page_numbers=True,
    )
    _header_row(sheet, styles, [words[k] for k in ("Text", "Unchanged", "Modified", "Added", "Deleted")])
    plain = styles.index(Style(_PLAIN))
    for i, (name, counts) in enumerate(zip(comp.names, comp.summary())):
        r = sheet.next_row()
        cells = [text_cell(f"A{r}", name + (_reference(words) if i == comp.reference else ""), plain)]
        cells += [
            number_cell(f"{_COLUMNS[col]}{r}", counts[key], plain)
            for col, key in enumerate(("unchanged", "modified", "added", "deleted"), 1)
        ]
        sheet.add_row(cells)
    if comp.missing:  # sisters the library holds in other languages only: not compared, and said so
        sheet.add_row([])
        r = sheet.next_row()
        sheet.add_row([text_cell(f"A{r}", words["Missing"].format(", ".join(comp.missing)), plain)])
    return sheet


def _positions_sheet(
    styles: Styles, comp: Comparison, positions: SheetPositions, words: dict[str, str], language: str
) -> Sheet:
    headers = [words[k] for k in ("Text", "Delegation", "Priority")] + list(REGIONS)
    headers += [words[k] for k in ("Rationale", "Owner", "Updated")]
    widths = [40.0] + [14.0] * (len(headers) - 1)
    widths[len(headers) - 3] = 40  # Rationale
    sheet = Sheet(
        words["Positions"],
        widths=widths,
        right_to_left=language == "ar",
        freeze=(1, 1),
        filter_columns=len(headers),
        print_title_rows=1,
        landscape=True,
        paper=PAPER_A4,
        fit_to_width=True,
        page_numbers=True,
    )
    _header_row(sheet, styles, headers)
    wrap = styles.index(Style(_PLAIN, wrap=True, vertical="top"))
    said = brief_words(language)
    for i, name in enumerate(comp.names):
        pos = positions.by_source[i] if len(positions.by_source) > i else None
        regions = parse_regions(pos.regional_alignment) if pos else {}
        values = [
            name,
            said.get(pos.stance, pos.stance) if pos else "",
            said.get(pos.priority, pos.priority) if pos else "",
        ]
        values += [said.get(regions.get(region, ""), regions.get(region, "")) for region in REGIONS]
        values += [pos.rationale if pos else "", pos.owner if pos else "", pos.updated[:10] if pos else ""]
        r = sheet.next_row()
        sheet.add_row(
            [_text(f"{_COLUMNS[col]}{r}", value, wrap) for col, value in enumerate(values)],
            height=_height(values, widths),
        )  # Excel does not fit a row to wrapped text on opening
    return sheet
