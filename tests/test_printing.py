"""File > Save view as PDF…: the Library's text and the day's board as PDF
files, read back by pdfminer (a reader we did not write): every page A4, the
text's heading and its last provision there, the board's items, proposals and
talking points there. Rendered to PNG and looked at when DELEGATE_SHOTS names
a folder."""

from __future__ import annotations

import os
import shutil
import subprocess

from pdfminer.high_level import extract_pages, extract_text
from pdfminer.layout import LTPage
from test_app import make_window, version_id
from test_board import db  # noqa: F401  (the fixture: a conference, its agenda, two proposals, a position)


def _shots(pdf) -> None:
    folder = os.environ.get("DELEGATE_SHOTS_DIR")
    if folder and shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), os.path.join(folder, pdf.stem)], check=True)


def _a4(pdf) -> bool:
    pages = [p for p in extract_pages(pdf) if isinstance(p, LTPage)]
    return bool(pages) and all(abs(p.width - 595) < 2 and abs(p.height - 842) < 2 for p in pages)


def test_the_library_text_and_the_board_as_pdf(db, qtbot, tmp_path):  # noqa: F811
    from PySide6.QtCore import Qt

    from delegate_app.ui.board_view import show_board
    from delegate_app.ui.printing import save_pdf

    window = make_window(qtbot, {"db": db, "ini": tmp_path / "settings.ini"})
    window.library.select_version(version_id(window, "Rev. Kigali, 2022"))
    qtbot.waitUntil(lambda: "RESOLUTION 59" in window.library.reader.toPlainText(), timeout=10000)
    text_pdf = tmp_path / "resolution.pdf"
    assert save_pdf(window, str(text_pdf)) == str(text_pdf)
    words = " ".join(extract_text(text_pdf).split())
    assert "RESOLUTION 59 (Rev. Kigali, 2022)" in words
    last = window.library.reader.toPlainText().strip().splitlines()[-1].split()
    assert " ".join(last[-4:]) in words  # the text flows to its end over the pages
    assert _a4(text_pdf)

    qtbot.waitUntil(lambda: getattr(window, "_board", None) is not None, timeout=10000)
    board = show_board(window)
    board.day.setCurrentIndex(board.day.findData("2029-11-13"))
    assert window.tabs.currentWidget() is board
    board_pdf = tmp_path / "board.pdf"
    save_pdf(window, str(board_pdf))
    words = " ".join(extract_text(board_pdf).split())
    assert "COM4: Resolution 59: coordination among the Sectors [47]" in words
    assert "MOD RCC/12/1" in words and "MOD ARB/47/1" in words and "without duplication" in words
    assert _a4(board_pdf)
    _shots(text_pdf)
    _shots(board_pdf)
    assert window.act_pdf.isEnabled() and window.act_print.shortcut().matches(Qt.Key.Key_P) is not None
