"""Take the pictures of the Getting started page from the real window, in each
interface language: ``.venv/bin/python packaging/make_help_pictures.py`` (Qt
offscreen, a scratch store with the starter library; nothing of the user's is
read or written). Each language runs in its own process: Qt takes its
translations once per application."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "resources" / "help"
LANGUAGES = ("en", "ar", "es", "fr", "ru", "zh")
WIDTH = 760  # pixels: the help page shows them at this width


def pictures(language: str) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtGui import QImage, QTextCursor
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    QCoreApplication.setApplicationName("Delegate")
    from delegate_app.services import library
    from delegate_app.services.starter import ensure_starter_library
    from delegate_app.store.database import open_database
    from delegate_app.ui.export_dialog import ExportDialog
    from delegate_app.ui.i18n import install
    from delegate_app.ui.main_window import CONTRIBUTION, MainWindow

    translators = install(app, language)
    scratch = Path(tempfile.mkdtemp(prefix="delegate-help-"))
    db = open_database(scratch / "store.sqlite3")
    ensure_starter_library(db)
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("drafting/source", "RCC")
    window = MainWindow(db, str(scratch / "store.sqlite3"), settings)
    window.resize(1180, 720)
    window.show()
    app.processEvents()
    window._views()
    window.library.show_pending_text()
    out = HERE / language
    out.mkdir(exist_ok=True)

    def save(widget, n: int) -> None:
        app.processEvents()
        image = widget.grab().toImage()
        image = image.scaledToWidth(min(WIDTH, image.width()), Qt.TransformationMode.SmoothTransformation)
        # 256 colours: a screen of text and flat colours loses nothing seen, and weighs a third
        image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither).save(
            str(out / f"step{n}.png"), "PNG", 9
        )

    baku = next(v.id for v in library.list_versions(db) if v.revision == "Rev. Baku, 2025")
    window.library.select_version(baku)
    save(window, 1)
    window.new_mod()
    save(window, 2)
    editor = window.draft.editor
    text = editor.toPlainText()
    cursor = editor.textCursor()
    at = text.index("shall continue") + len("shall")
    cursor.setPosition(at)
    cursor.setPosition(at + len(" continue"), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(" further")
    editor.setTextCursor(cursor)
    window.draft.update_marks()
    window.draft.reasons.setPlainText("…")
    save(window, 3)
    window.tabs.setCurrentIndex(CONTRIBUTION)
    view = window.contribution
    for name, value in (("document", "Addendum 1 to Document 12-E"), ("date", "1 September 2025"), ("source", "RCC")):
        view.fields[name].setText(value)
        view._set_header(name, value)
    save(window, 4)
    dialog = ExportDialog(window, "contribution")
    dialog.path.setText(str(Path.home() / "RCC-12A1.docx"))
    dialog.show()
    save(dialog, 5)
    dialog.close()
    window.workspace.close()
    del translators


if __name__ == "__main__":
    if len(sys.argv) > 1:
        pictures(sys.argv[1])
    else:
        for lang in LANGUAGES:
            subprocess.run([sys.executable, __file__, lang], check=True)
