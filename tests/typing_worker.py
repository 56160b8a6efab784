"""The process the typing-crash test kills: the real window on a store, a MOD
of WTDC Res 59 opened, and words typed into the draft editor with real key
events, one key every 5 ms, never pausing. After each word it appends the word
and the moment it was typed (the system's monotonic clock, which the test
shares) to a log: written, not synced, since the kernel keeps what a killed
process wrote.

    QT_QPA_PLATFORM=offscreen python tests/typing_worker.py STORE SETTINGS LOG
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from delegate_app.services.starter import ensure_starter_library  # noqa: E402
from delegate_app.store import library  # noqa: E402
from delegate_app.store.database import open_database  # noqa: E402
from delegate_app.ui.main_window import MainWindow  # noqa: E402

ANCHOR = "to inform TDAG annually"
KEY_MS = 5


def main(store: str, settings_path: str, log_path: str) -> None:
    app = QApplication([])
    db = open_database(store)
    ensure_starter_library(db)
    settings = QSettings(settings_path, QSettings.Format.IniFormat)
    settings.setValue("drafting/source", "RCC")
    window = MainWindow(db, store, settings)
    window.show()
    window.library.select_version(next(v.id for v in library.list_versions(db) if v.revision == "Rev. Kigali, 2022"))
    window.new_mod()
    editor = window.draft.editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(window.draft.editor_text().index(ANCHOR) + len(ANCHOR))
    editor.setTextCursor(cursor)
    log = open(log_path, "a", encoding="utf-8")  # noqa: SIM115 (open until the process is killed)
    keys = iter([])
    count = 0
    word = ""

    def next_key() -> None:
        nonlocal keys, count, word
        key = next(keys, None)
        if key is None:
            if word:
                log.write(f"{word} {time.monotonic():.4f}\n")
                log.flush()
            count += 1
            word = f"w{count:05d}"
            keys = iter(" " + word)
            key = next(keys)
        QTest.keyClicks(editor, key)

    timer = QTimer(interval=KEY_MS)
    timer.timeout.connect(next_key)
    timer.start()
    log.write(f"started {time.monotonic():.4f}\n")
    log.flush()
    app.exec()


if __name__ == "__main__":
    main(*sys.argv[1:4])
