"""The reconciliation report, in Word and in Excel: a row per proposal and
provision (what it proposed, what the conference adopted, the difference as
marks) for the head of delegation's report home.

Plain data in, bytes out: the service decides what is in it and writes the
file atomically. The marks are formatting (inserted words underlined in blue,
deleted ones struck through in red), as the compilation shows them: they are
a reading aid, not changes for Word to accept.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from ..core.reconcile import Decided
from ..core.worddiff import DELETE, INSERT, Segment

STATUS_WORDS = {"adopted": "Adopted", "adopted-modified": "Adopted with modifications", "not-adopted": "Not adopted"}
VERDICT_WORDS = {"as-proposed": "as proposed", "other-wording": "with other wording", "not-taken": "not taken"}
HEADERS = ("Proposal", "Source", "Status", "Provision", "Taken", "Proposed", "Adopted", "Difference")


@dataclass(frozen=True)
class ReportRow:
    proposal: str  # "MOD RCC/12/1"
    source: str
    status: str
    reason: str
    decided: Decided | None


def _marks_text(segments: list[Segment]) -> str:
    return "".join(f"[{t}]" if op == DELETE else f"<{t}>" if op == INSERT else t for op, t in segments)


def report_docx(title: str, subtitle: str, rows: list[ReportRow]) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph(subtitle)
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Proposal", "Status", "Provision", "Taken", "Proposed", "Adopted")):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        cells = table.add_row().cells
        cells[0].text = f"{row.proposal}\n{row.source}".strip()
        cells[1].text = STATUS_WORDS.get(row.status, row.status)
        d = row.decided
        if d is None:
            cells[2].text = row.reason
            continue
        cells[2].text = d.path
        cells[3].text = VERDICT_WORDS.get(d.verdict, d.verdict)
        cells[4].text = d.proposed
        para = cells[5].paragraphs[0]
        if d.marks:
            for op, text in d.marks:
                run = para.add_run(text)
                if op == INSERT:
                    run.font.underline, run.font.color.rgb = True, RGBColor(0x1F, 0x4E, 0xB4)
                elif op == DELETE:
                    run.font.strike, run.font.color.rgb = True, RGBColor(0xC0, 0x00, 0x00)
        else:
            para.add_run(d.adopted)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def report_xlsx(title: str, rows: list[ReportRow]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Reconciliation"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(list(HEADERS))
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for row in rows:
        d = row.decided
        status = STATUS_WORDS.get(row.status, row.status)
        if d is None:
            ws.append([row.proposal, row.source, status, row.reason, "", "", "", ""])
            continue
        verdict = VERDICT_WORDS.get(d.verdict, d.verdict)
        ws.append([row.proposal, row.source, status, d.path, verdict, d.proposed, d.adopted, _marks_text(d.marks)])
    for col, width in zip("ABCDEFGH", (18, 22, 22, 18, 16, 60, 60, 60)):
        ws.column_dimensions[col].width = width
    for r in ws.iter_rows(min_row=3):
        for cell in r:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:H{ws.max_row}"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
