"""The Positions form saves as it is typed, through the journal, and never over
a position changed meanwhile by someone else (a workbook import, another
window): the service without a window, then the real window driven with keys,
a row switched, the process killed, an import landing while the delegate types."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace

import pytest
from conftest import ROOT
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from delegate_app.core.errors import StoreError
from delegate_app.core.model import Position
from delegate_app.services.positions import Clashed
from delegate_app.services.starter import ensure_starter_library
from delegate_app.services.workspace import Workspace
from delegate_app.store.database import open_database
from delegate_app.store.positions import save_position, typed_beside
from delegate_app.ui.main_window import POSITIONS, MainWindow


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "store.sqlite3"
    db = open_database(path)
    ensure_starter_library(db)
    save_position(db, Position("WTDC", "59", stance="support", rationale="Coordination helps."))
    save_position(db, Position("WTDC", "59", provision="resolves", stance="neutral"))
    db.close()
    return path


def imported(path, **fields) -> None:
    """A workbook import (or another window) changes WTDC 59's position, through a connection of its own."""
    db = open_database(path)
    try:
        current = next(p for p in _stored(db) if p.provision == "")
        save_position(db, replace(current, updated="", **fields))
    finally:
        db.close()


def _stored(db):
    from delegate_app.store.positions import positions

    return positions(db, "WTDC", "59")


def stored(path) -> Position:
    db = open_database(path)
    try:
        return next(p for p in _stored(db) if p.provision == "")
    finally:
        db.close()


def kept(path) -> dict[str, str]:
    """What was typed and kept beside WTDC 59's position, by field."""
    db = open_database(path)
    try:
        return typed_beside(db).get(("WTDC", "59", ""), {})
    finally:
        db.close()


def shown(ws: Workspace) -> Position:
    """The position as a form reads it."""
    return next(p for p in ws.positions.list() if (p.body, p.number, p.provision) == ("WTDC", "59", ""))


# -- the service ------------------------------------------------------------------------------------
def test_typing_saves_over_the_version_read_and_over_its_own_saves(store):
    ws = Workspace(store)
    was = shown(ws)
    for text in ("Coordination helps", "Coordination helps the Sectors"):
        ws.positions.save(replace(was, rationale=text), was)  # every save based on what the form read
        assert ws.edits.flush(10)
    assert stored(store).rationale == "Coordination helps the Sectors" and kept(store) == {}
    ws.close()


def typed_over_an_import(store, **fields) -> tuple[Workspace, Position, list[object]]:
    """The form read, then an import changed ``fields``, then the delegate's typing
    saved: the workspace, the position as the form read it, and what it was told."""
    ws = Workspace(store)
    told: list[object] = []
    ws.edits.on_conflict.append(told.append)
    was = shown(ws)
    imported(store, **fields)
    ws.positions.save(replace(was, rationale="Typed in the form."), was)
    assert ws.edits.flush(10)
    return ws, was, told


def test_an_import_between_the_forms_read_and_its_save_is_a_conflict_not_overwritten(store):
    ws, was, told = typed_over_an_import(store, rationale="From the regional meeting.")
    assert stored(store).rationale == "From the regional meeting."  # nothing overwritten
    assert kept(store) == {"rationale": "Typed in the form."}  # what was typed, beside it
    assert told == [Clashed("WTDC", "59", "", stored(store).uid, ("rationale",), ())]
    ws.positions.save(replace(was, rationale="Typed in the form, and more."), was)  # the form still stale
    assert ws.edits.flush(10)
    assert stored(store).rationale == "From the regional meeting."
    assert kept(store) == {"rationale": "Typed in the form, and more."}  # kept up to date
    ws.positions.choose("WTDC", "59", "", typed=True)  # the delegate chooses what they typed
    assert ws.edits.flush(10)
    assert stored(store).rationale == "Typed in the form, and more." and kept(store) == {}
    ws.close()


def test_keeping_the_librarys_value_drops_what_was_kept(store):
    ws, _, _ = typed_over_an_import(store, rationale="From the regional meeting.")
    assert kept(store)
    ws.positions.choose("WTDC", "59", "", typed=False)
    assert ws.edits.flush(10)
    assert stored(store).rationale == "From the regional meeting." and kept(store) == {}
    ws.close()


def test_fields_changed_on_one_side_only_are_merged(store):
    ws, _, _ = typed_over_an_import(store, stance="oppose")
    now = stored(store)
    assert (now.stance, now.rationale) == ("oppose", "Typed in the form.") and kept(store) == {}
    ws.close()


def test_a_journal_replayed_over_an_import_that_came_since_is_a_conflict(store):
    ws = Workspace(store)
    was = shown(ws)
    ws.writer.block(StoreError("the store is damaged", str(store), "damaged"))  # nothing reaches the store
    ws.positions.save(replace(was, rationale="Typed before the crash."), was)
    ws.writer.close()
    ws.edits.journal._close_fds()  # the process dies
    ws.reader.close()
    imported(store, rationale="Imported after the crash.")
    again = Workspace(store)
    assert again.recovery.positions == 1
    assert again.edits.flush(10)
    assert stored(store).rationale == "Imported after the crash."
    assert kept(store) == {"rationale": "Typed before the crash."}
    again.close()


# -- the window -------------------------------------------------------------------------------------
def open_window(qtbot, path, ini) -> MainWindow:
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    window = MainWindow(open_database(path), str(path), settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._built is not None, timeout=10000)
    window.tabs.setCurrentIndex(POSITIONS)
    qtbot.waitUntil(lambda: window.positions.loaded, timeout=5000)
    return window


def select_row(qtbot, window, provision: str) -> None:
    view = window.positions
    for row in range(view.proxy.rowCount()):
        source = view.model.rows[view.proxy.mapToSource(view.proxy.index(row, 0)).row()]
        if (source.body, source.number, source.provision) == ("WTDC", "59", provision):
            rect = view.table.visualRect(view.proxy.index(row, 0))
            QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            qtbot.waitUntil(lambda: view.shown is not None and view.shown.provision == provision, timeout=5000)
            return
    raise AssertionError(f"no row for {provision!r}")


def type_rationale(window, words: str) -> None:
    editor = window.positions.rationale
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    QTest.keyClicks(editor, words)


def quit_window(qtbot, window) -> None:
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)


def test_a_rationale_typed_then_another_row_chosen_is_in_the_store(qtbot, store, tmp_path):
    window = open_window(qtbot, store, tmp_path / "settings.ini")
    select_row(qtbot, window, "")
    type_rationale(window, " It saves money.")
    select_row(qtbot, window, "resolves")  # at once: no pause, no button
    quit_window(qtbot, window)
    assert stored(store).rationale == "Coordination helps. It saves money."


def test_an_import_while_the_delegate_types_is_a_conflict_the_form_shows(qtbot, store, tmp_path):
    window = open_window(qtbot, store, tmp_path / "settings.ini")
    select_row(qtbot, window, "")
    type_rationale(window, " Typed here.")
    imported(store, rationale="From the workbook.")  # lands between the form's read and its save
    view, box = window.positions, window.positions.kept_box
    qtbot.waitUntil(box.notice.isVisible, timeout=5000)
    assert "Rationale" in box.notice.text() and "Coordination helps. Typed here." in box.kept.text()
    assert view.rationale.toPlainText() == "From the workbook."  # the form shows the library's again
    assert stored(store).rationale == "From the workbook."  # nothing overwritten
    assert kept(store) == {"rationale": "Coordination helps. Typed here."}  # what was typed, beside it
    row = next(i for i, p in enumerate(view.model.rows) if p.provision == "")
    assert view.model.data(view.model.index(row, 2)).startswith("⚠")
    QTest.mouseClick(box.mine, Qt.MouseButton.LeftButton)  # Use what I typed
    assert view.rationale.toPlainText() == "Coordination helps. Typed here." and not box.isVisible()
    type_rationale(window, " And more.")
    quit_window(qtbot, window)
    assert stored(store).rationale == "Coordination helps. Typed here. And more." and kept(store) == {}


WORKER = """
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from delegate_app.store.database import open_database
from delegate_app.ui.main_window import POSITIONS, MainWindow

app = QApplication([])
window = MainWindow(open_database(sys.argv[1]), sys.argv[1], QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()

def typed():
    window.tabs.setCurrentIndex(POSITIONS)
    view = window.positions
    view.ensure_loaded()
    view.table.selectRow(next(i for i, p in enumerate(view.model.rows) if p.provision == ""))
    view.rationale.setFocus()
    cursor = view.rationale.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    view.rationale.setTextCursor(cursor)
    QTest.keyClicks(view.rationale, " Typed, then the process was killed.")
    QTimer.singleShot(400, lambda: print("typed", flush=True))  # past the quarter second: journaled

QTimer.singleShot(500, typed)
app.exec()
"""


def test_a_rationale_typed_then_the_process_killed_is_in_the_store_after_restart(qtbot, store, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(store), str(tmp_path / "settings.ini")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert worker.stdout is not None and worker.stdout.readline().strip() == "typed", worker.stderr
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait()
    window = open_window(qtbot, store, tmp_path / "settings.ini")
    qtbot.waitUntil(window.workspace.edits.all_saved, timeout=10000)
    assert stored(store).rationale == "Coordination helps. Typed, then the process was killed."
    quit_window(qtbot, window)
