"""File > Print… and File > Save view as PDF…: the view on screen, on paper or
in a PDF file.

The engine is Qt's own PDF writer (QPdfWriter, and QPrinter for a printer):
it is in the app already, works offline, embeds the fonts it uses and shapes
Arabic and Chinese with HarfBuzz as the screen does, so a delegate needs
neither LibreOffice nor a PDF printer driver. A view that shows a text (the
Library's text, a comparison or the text as amended, all in the Library's
reader; the Draft's editor) is printed as a document, flowing over A4 pages;
the board is printed from its own HTML (every item of the day, not just what
fits on screen); the other views are drawn as they are, scaled to the page.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize, QPainter, QTextDocument
from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate


def _board_html(board) -> str:
    parts = [f"<h2>{escape(board.conference.currentText())}, {escape(board.day.currentText())}</h2>"]
    from .board_view import regions_text, stance_text, status_names

    names = status_names()
    for item in board.items:
        docs = f" [{escape(item.documents)}]" if item.documents else ""
        parts.append(f"<h3>{escape(item.meeting)}: {escape(item.item)}{docs}</h3><ul>")
        for p in item.proposals:
            text = f"{escape(p.action)} {escape(p.number)}, {escape(p.target)}: {escape(names.get(p.status, p.status))}"
            parts.append(f"<li>{'<b>' + text + '</b>' if p.ours else text}</li>")
        parts.append("</ul>")
        for pos in item.positions:
            where = f" {escape(pos.provision)}" if pos.provision else ""
            stance = escape(stance_text(pos.stance))
            parts.append(f"<p><b>{escape(pos.body)} {escape(pos.number)}{where}: {stance}</b><br>")
            if pos.talking_points:
                parts.append(escape(pos.talking_points).replace("\n", "<br>") + "<br>")
            if pos.regional_alignment:
                parts.append(f"<i>{escape(regions_text(pos.regional_alignment))}</i>")
            parts.append("</p>")
    return "".join(parts)


def printable(window) -> QTextDocument | QWidget:
    """What the current view prints: a document when it shows one, else the view."""
    current = window.tabs.currentWidget()
    board = getattr(window, "_board", None)
    if board is not None and current is board:
        doc = QTextDocument()
        doc.setHtml(_board_html(board))
        return doc
    if current is window.library:
        return window.library.reader.document().clone()
    try:
        if current is window.pages[1]:  # the Draft view
            return window.draft.editor.document().clone()
    except (AttributeError, IndexError):
        pass
    return current


def _paint(target, device) -> None:
    if isinstance(target, QTextDocument):
        target.print_(device)
        return
    painter = QPainter(device)
    try:
        page = device.pageLayout().paintRectPixels(device.resolution())
        scale = min(page.width() / max(1, target.width()), page.height() / max(1, target.height()))
        painter.scale(scale, scale)
        target.render(painter)
    finally:
        painter.end()


def save_pdf(window, path: str | None = None) -> str | None:
    """The current view as a PDF (A4, 2 cm margins); the file's path, or None when none was chosen."""
    from PySide6.QtWidgets import QFileDialog

    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            window, translate("Printing", "Save view as PDF"), "view.pdf", translate("Printing", "PDF files (*.pdf)")
        )
    if not path:
        return None
    from .errors import output_refused

    if output_refused(window, path):
        return None
    from .pdf_render import a4_pdf_writer

    writer = a4_pdf_writer(path)
    _paint(printable(window), writer)
    window.statusBar().showMessage(translate("Printing", "Wrote {0}").format(path), 10000)
    return path


def print_view(window) -> bool:
    """The print dialog, then the current view on the printer chosen."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, window)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _paint(printable(window), printer)
    return True
