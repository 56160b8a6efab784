"""SpreadsheetML written directly: the parts of an .xlsx package our workbooks use.

Why not openpyxl: it builds a Python object per cell, per style assignment and
per rich-text run, hashes every style on every assignment, and turns each run
into lxml elements when it saves. For the 4-way comparison workbook that cost
more than twice what openpyxl needs to write the same cells plainly (issue 7).
Here a cell is one string, a row one string of them, a style one integer, and
a sheet's rows are joined once into its zip entry (a 4-way comparison of 200
provisions is about 360 KB of XML). openpyxl still reads every workbook back in the tests,
and LibreOffice opens them there too: a reader we did not write checks this one.

Kept small and literal, like python-docx's oxml layer: the package parts
(content types, relationships, properties, workbook, styles, sheets) and the
few elements we write. The rules Excel enforces are kept here in one place:
worksheet children in the schema's order, ARGB colours, the two fills every
style sheet starts with, text cells as inline strings (never formulas), row
and column numbers from 1, defined names for filters and print titles.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
RT_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_SML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PAPER_A4, PAPER_A3 = 9, 8
MAX_CELL = 32_000  # Excel's limit is 32,767 characters
# XML 1.0 forbids these, and Excel refuses a file that has them; a lone
# surrogate half cannot even be written as UTF-8 (the export would fail)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def safe(text: str) -> str:
    """Text Excel will store as written: control characters removed, cut to the cell limit."""
    text = _ILLEGAL.sub("", text)
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def esc(text: str) -> str:
    """Text for an element or an attribute value. (Chained replaces: most
    texts have none of these characters, and str.translate is slower.)"""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def column_letter(col: int) -> str:
    """1 -> A, 27 -> AA."""
    out = ""
    while col:
        col, rest = divmod(col - 1, 26)
        out = chr(65 + rest) + out
    return out


def argb(rgb: str) -> str:
    return rgb if len(rgb) == 8 else "FF" + rgb


# -- styles ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Font:
    name: str = "Calibri"
    size: float = 11
    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    color: str | None = None

    def _parts(self, name_tag: str) -> str:
        out = "<b/>" if self.bold else ""
        out += "<i/>" if self.italic else ""
        out += "<strike/>" if self.strike else ""
        out += f'<color rgb="{argb(self.color)}"/>' if self.color else ""
        out += f'<sz val="{self.size:g}"/>'
        out += '<u val="single"/>' if self.underline else ""
        return f'<{name_tag} val="{esc(self.name)}"/>' + out

    @cached_property  # a font marks many runs
    def run_properties(self) -> str:
        """The <rPr> of a rich-text run in this font."""
        return f"<rPr>{self._parts('rFont')}</rPr>"

    def xml(self) -> str:
        return f"<font>{self._parts('name')}</font>"


@dataclass(frozen=True)
class Style:
    """A cell's look: one entry of the workbook's cellXfs, by value."""

    font: Font = Font()
    fill: str | None = None  # solid fill colour, RGB
    border: str | None = None  # thin border colour on all four sides, RGB
    wrap: bool = False
    vertical: str | None = None  # top, center
    horizontal: str | None = None
    reading_order: int = 0  # 2: right to left


class Styles:
    """The workbook's style table: each distinct Style is written once and
    referred to by its index, which is what a cell's s="" holds."""

    def __init__(self, default_font: Font = Font()) -> None:
        self.fonts: dict[Font, int] = {default_font: 0}
        self.fills: dict[str | None, int] = {None: 0, "gray125": 1}  # the two every style sheet starts with
        self.borders: dict[str | None, int] = {None: 0}
        self.xfs: dict[Style, int] = {Style(font=default_font): 0}

    def index(self, style: Style) -> int:
        if style not in self.xfs:
            self.fonts.setdefault(style.font, len(self.fonts))
            self.fills.setdefault(style.fill, len(self.fills))
            self.borders.setdefault(style.border, len(self.borders))
            self.xfs[style] = len(self.xfs)
        return self.xfs[style]

    def xml(self) -> str:
        fonts = "".join(font.xml() for font in self.fonts)
        fills = "".join(_fill(fill) for fill in self.fills)
        borders = "".join(_border(color) for color in self.borders)
        xfs = "".join(self._xf(style) for style in self.xfs)
        return (
            f'{XML_DECL}<styleSheet xmlns="{NS_MAIN}">'
            f'<fonts count="{len(self.fonts)}">{fonts}</fonts>'
            f'<fills count="{len(self.fills)}">{fills}</fills>'
            f'<borders count="{len(self.borders)}">{borders}</borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(self.xfs)}">{xfs}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>"
        )

    def _xf(self, style: Style) -> str:
        ids = (
            f'numFmtId="0" fontId="{self.fonts[style.font]}" fillId="{self.fills[style.fill]}" '
            f'borderId="{self.borders[style.border]}" xfId="0"'
        )
        applied = ' applyFont="1"' if self.fonts[style.font] else ""
        applied += ' applyFill="1"' if style.fill else ""
        applied += ' applyBorder="1"' if style.border else ""
        align = ""
        if style.wrap or style.vertical or style.horizontal or style.reading_order:
            align = (
                "<alignment"
                + (f' horizontal="{style.horizontal}"' if style.horizontal else "")
                + (f' vertical="{style.vertical}"' if style.vertical else "")
                + (' wrapText="1"' if style.wrap else "")
                + (f' readingOrder="{style.reading_order}"' if style.reading_order else "")
                + "/>"
            )
            applied += ' applyAlignment="1"'
        return f"<xf {ids}{applied}>{align}</xf>" if align else f"<xf {ids}{applied}/>"


def _fill(fill: str | None) -> str:
    if fill is None:
        return '<fill><patternFill patternType="none"/></fill>'
    if fill == "gray125":
        return '<fill><patternFill patternType="gray125"/></fill>'
    return (
        f'<fill><patternFill patternType="solid"><fgColor rgb="{argb(fill)}"/><bgColor indexed="64"/>'
        "</patternFill></fill>"
    )


def _border(color: str | None) -> str:
    if color is None:
        return "<border><left/><right/><top/><bottom/><diagonal/></border>"
    side = f'style="thin"><color rgb="{argb(color)}"/>'
    return (
        f"<border><left {side}</left><right {side}</right><top {side}</top><bottom {side}</bottom><diagonal/></border>"
    )


# -- cells ----------------------------------------------------------------------------------------

_ESCAPE_LOOKALIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def _text(text: str) -> str:
    """A <t> element. Excel reads "_x000D_" in a string as the character it
    encodes; text that happens to contain such a sequence keeps it literally
    by escaping its underscore ("_x005F_x000D_"), as Excel itself writes it."""
    if "_x" in text:
        text = _ESCAPE_LOOKALIKE.sub(r"_x005F_\1", text)
    return f'<t xml:space="preserve">{esc(text)}</t>'


def text_cell(ref: str, text: str, style: int = 0) -> str:
    """A string cell; an inline string is never read as a formula, whatever it begins with."""
    s = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{s} t="inlineStr"><is>{_text(safe(text))}</is></c>'


def rich_cell(ref: str, runs: Iterable[tuple[Font | None, str]], style: int = 0) -> str:
    """A string cell of runs; a run without a font is in the cell's own font.
    Runs past the cell limit are cut; control characters go from the whole cell at once."""
    s = f' s="{style}"' if style else ""
    room, body = MAX_CELL, []
    for font, chunk in runs:
        if len(chunk) > room:
            chunk = chunk[: max(0, room - 1)] + "…"
        body.append(f"<r>{font.run_properties if font else ''}{_text(chunk)}</r>")
        room -= len(chunk)
        if room <= 0:
            break
    return f'<c r="{ref}"{s} t="inlineStr"><is>{_ILLEGAL.sub("", "".join(body))}</is></c>'


def number_cell(ref: str, value: int | float, style: int = 0) -> str:
    s = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{s}><v>{value}</v></c>'


def styled_cell(ref: str, style: int) -> str:
    """An empty cell that still has its look (a grey gap in a comparison row)."""
    return f'<c r="{ref}" s="{style}"/>'


# -- sheets ---------------------------------------------------------------------------------------


@dataclass
class Sheet:
    """One worksheet: its rows as written, and how it is viewed and printed."""

    name: str
    widths: list[float] = field(default_factory=list)  # per column from A; every used column has one
    column_styles: dict[int, int] = field(default_factory=dict)  # column -> style index
    freeze: tuple[int, int] | None = None  # (columns, rows) kept in view
    filter_columns: int = 0  # an autofilter over the header row and this many columns
    right_to_left: bool = False
    outline_summary_above: bool = False
    print_title_rows: int = 0  # repeat this many top rows on every printed page
    landscape: bool = False
    paper: int | None = None
    fit_to_width: bool = False
    grid_lines: bool = False  # print the cell grid
    page_numbers: bool = False  # "page / pages" in the footer
    rows: list[str] = field(default_factory=list)
    _outlined: bool = False

    def next_row(self) -> int:
        return len(self.rows) + 1

    def add_row(self, cells: list[str], height: float | None = None, outline: int = 0) -> None:
        """Append the next row, its cells made for row ``next_row()``."""
        attrs = f' r="{len(self.rows) + 1}"'
        if height is not None:
            attrs += f' ht="{height:g}" customHeight="1"'
        if outline:
            attrs += f' outlineLevel="{outline}"'
            self._outlined = True
        self.rows.append(f"<row{attrs}>{''.join(cells)}</row>")

    @property
    def ref(self) -> str:
        return f"A1:{column_letter(max(1, len(self.widths)))}{max(1, len(self.rows))}"

    def xml(self, selected: bool) -> str:
        props = '<outlinePr summaryBelow="0"/>' if self.outline_summary_above else ""
        props += '<pageSetUpPr fitToPage="1"/>' if self.fit_to_width else ""
        out = [XML_DECL, f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}">']
        if props:
            out.append(f"<sheetPr>{props}</sheetPr>")
        out.append(f'<dimension ref="{self.ref}"/>')
        out.append(self._view(selected))
        out.append('<sheetFormatPr defaultRowHeight="15"' + (' outlineLevelRow="1"' if self._outlined else "") + "/>")
        if self.widths:
            cols = "".join(
                f'<col min="{i}" max="{i}" width="{w:g}" customWidth="1"'
                + (f' style="{self.column_styles[i]}"' if i in self.column_styles else "")
                + "/>"
                for i, w in enumerate(self.widths, 1)
            )
            out.append(f"<cols>{cols}</cols>")
        out.append("<sheetData>")
        out.extend(self.rows)
        out.append("</sheetData>")
        if self.filter_columns:
            out.append(f'<autoFilter ref="{self.filter_ref}"/>')
        if self.grid_lines:
            out.append('<printOptions gridLines="1"/>')
        out.append('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
        setup = f' paperSize="{self.paper}"' if self.paper else ""
        setup += ' orientation="landscape"' if self.landscape else ""
        setup += ' fitToWidth="1" fitToHeight="0"' if self.fit_to_width else ""
        if setup:
            out.append(f"<pageSetup{setup}/>")
        if self.page_numbers:
            out.append("<headerFooter><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>")
        out.append("</worksheet>")
        return "".join(out)

    @property
    def filter_ref(self) -> str:
        return f"A1:{column_letter(self.filter_columns)}{max(1, len(self.rows))}"

    def _view(self, selected: bool) -> str:
        attrs = ' tabSelected="1"' if selected else ""
        attrs += ' rightToLeft="1"' if self.right_to_left else ""
        pane = ""
        if self.freeze:
            cols, rows = self.freeze
            corner = f"{column_letter(cols + 1)}{rows + 1}"
            which = "bottomRight" if cols and rows else "bottomLeft" if rows else "topRight"
            split = (f' xSplit="{cols}"' if cols else "") + (f' ySplit="{rows}"' if rows else "")
            pane = (
                f'<pane{split} topLeftCell="{corner}" activePane="{which}" state="frozen"/>'
                f'<selection pane="{which}" activeCell="{corner}" sqref="{corner}"/>'
            )
        return f'<sheetViews><sheetView{attrs} workbookViewId="0">{pane}</sheetView></sheetViews>'


# -- the package ----------------------------------------------------------------------------------


@dataclass
class Properties:
    title: str = ""
    subject: str = ""
    creator: str = ""
    keywords: str = ""


def quoted(name: str) -> str:
    """A sheet name as a formula refers to it."""
    return "'" + name.replace("'", "''") + "'"


def package(sheets: list[Sheet], styles: Styles, props: Properties) -> bytes:
    """The .xlsx file: every part, the first sheet selected."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _content_types(len(sheets)))
        zf.writestr(
            "_rels/.rels",
            _relationships(
                [
                    (f"{RT_DOC}/officeDocument", "xl/workbook.xml"),
                    (f"{NS_PKG_REL}/metadata/core-properties", "docProps/core.xml"),
                    (f"{RT_DOC}/extended-properties", "docProps/app.xml"),
                ]
            ),
        )
        zf.writestr("docProps/core.xml", _core(props))
        zf.writestr("docProps/app.xml", _app())
        zf.writestr("xl/workbook.xml", _workbook(sheets))
        zf.writestr(
            "xl/_rels/workbook.xml.rels",
            _relationships(
                [(f"{RT_DOC}/worksheet", f"worksheets/sheet{i}.xml") for i in range(1, len(sheets) + 1)]
                + [(f"{RT_DOC}/styles", "styles.xml")]
            ),
        )
        zf.writestr("xl/styles.xml", styles.xml())
        for i, sheet in enumerate(sheets, 1):
            zf.writestr(f"xl/worksheets/sheet{i}.xml", sheet.xml(selected=i == 1))
    return buf.getvalue()


def _content_types(sheets: int) -> str:
    overrides = [
        ("/xl/workbook.xml", f"{CT_SML}.sheet.main+xml"),
        ("/xl/styles.xml", f"{CT_SML}.styles+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ]
    overrides += [(f"/xl/worksheets/sheet{i}.xml", f"{CT_SML}.worksheet+xml") for i in range(1, sheets + 1)]
    return (
        f'{XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{part}" ContentType="{kind}"/>' for part, kind in overrides)
        + "</Types>"
    )


def _relationships(targets: list[tuple[str, str]]) -> str:
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{kind}" Target="{target}"/>' for i, (kind, target) in enumerate(targets, 1)
    )
    return f'{XML_DECL}<Relationships xmlns="{NS_PKG_REL}">{rels}</Relationships>'


def _core(props: Properties) -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    fields = [
        ("dc:title", props.title),
        ("dc:subject", props.subject),
        ("dc:creator", props.creator),
        ("cp:keywords", props.keywords),
    ]
    body = "".join(f"<{tag}>{esc(safe(value))}</{tag}>" for tag, value in fields if value)
    return (
        f"{XML_DECL}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f'{body}<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified></cp:coreProperties>'
    )


def _app() -> str:
    return (
        f'{XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>Delegate</Application></Properties>"
    )


def _workbook(sheets: list[Sheet]) -> str:
    entries = "".join(
        f'<sheet name="{esc(sheet.name)}" sheetId="{i}" r:id="rId{i}"/>' for i, sheet in enumerate(sheets, 1)
    )
    names = []
    for i, sheet in enumerate(sheets):
        if sheet.filter_columns:
            absolute = re.sub(r"([A-Z]+)(\d+)", r"$\1$\2", sheet.filter_ref)  # A1:H9 -> $A$1:$H$9
            names.append(
                f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
                f"{esc(quoted(sheet.name))}!{absolute}</definedName>"
            )
        if sheet.print_title_rows:
            names.append(
                f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">'
                f"{esc(quoted(sheet.name))}!$1:${sheet.print_title_rows}</definedName>"
            )
    defined = f"<definedNames>{''.join(names)}</definedNames>" if names else ""
    return (
        f'{XML_DECL}<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_R}"><workbookPr/>'
        f'<bookViews><workbookView activeTab="0"/></bookViews><sheets>{entries}</sheets>{defined}</workbook>'
    )
