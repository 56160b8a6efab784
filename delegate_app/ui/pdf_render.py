"""Render an HTML file to an A4 PDF with Qt's PDF engine, in a process of its
own: ``delegate-app --render-pdf IN.html OUT.pdf`` (the entry point's hidden
argument, so the packaged build, whose executable takes no ``-m``, renders too).

The command line and the services never load Qt (their layers forbid it);
``delegate-app export ... -o FILE.pdf`` writes the Word file as it always
does, turns it into HTML (formats/docx_html.py) and has this process render
it offscreen. Qt is what the app already carries: offline, fonts embedded,
Arabic and Chinese shaped as on screen, no LibreOffice needed.
"""

from __future__ import annotations

import os
import sys


def a4_pdf_writer(path: str):
    """A PDF writer on A4 portrait with 2 cm margins, made "Delegate": the one
    page every PDF of the app is written on (an export rendered here, a view
    saved by File > Save view as PDF), so the two cannot drift apart."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    writer = QPdfWriter(path)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setCreator("Delegate")
    return writer


def render(html: str, out: str) -> None:
    from PySide6.QtGui import QTextDocument

    writer = a4_pdf_writer(out)
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(writer)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write("usage: delegate-app --render-pdf IN.html OUT.pdf\n")
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["delegate-pdf"])
    with open(argv[0], encoding="utf-8") as fh:
        render(fh.read(), argv[1])
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
