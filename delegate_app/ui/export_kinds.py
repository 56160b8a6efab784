"""The kinds of File > Export, with their menu texts, file filters and default
names: what the menu needs when the window is built, apart from the dialog
(ui/export_dialog.py), which the window loads only when an export is asked for
(it and the file dialogs behind it cost the window's start 3 ms)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

WORD = QT_TRANSLATE_NOOP("Exports", "Word documents (*.docx)")
EXCEL = QT_TRANSLATE_NOOP("Exports", "Excel workbooks (*.xlsx)")
# kind -> (menu text, the file's filter, its default name)
KINDS = {
    "contribution": (QT_TRANSLATE_NOOP("Exports", "&Contribution (Word)…"), WORD, "contribution.docx"),
    "consolidated": (QT_TRANSLATE_NOOP("Exports", "Con&solidated text (Word)…"), WORD, "consolidated.docx"),
    "compilation": (QT_TRANSLATE_NOOP("Exports", "Co&mpilation of proposals (Word)…"), WORD, "compilation.docx"),
    "brief": (QT_TRANSLATE_NOOP("Exports", "Delegation &brief (Word)…"), WORD, "brief.docx"),
    "proposals": (QT_TRANSLATE_NOOP("Exports", "Comparison of &proposals (Excel)…"), EXCEL, "proposals.xlsx"),
    "sisters": (QT_TRANSLATE_NOOP("Exports", "Comparison of s&ister resolutions (Excel)…"), EXCEL, "sisters.xlsx"),
    "positions": (QT_TRANSLATE_NOOP("Exports", "P&ositions workbook (Excel)…"), EXCEL, "positions.xlsx"),
}
ON_A_TEXT = ("consolidated", "compilation", "proposals", "sisters")  # these export from one library text
