"""The window opens in stages: the Library list is painted first, and the text
of the selection, the other views and the modules behind them come just after.
These tests hold the stages in place; the time they save is measured by the
benchmark suite (startup), not here."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from delegate_app.services.starter import ensure_starter_library
from delegate_app.store.database import open_database, writing
from delegate_app.ui import library_model
from delegate_app.ui.library_view import EXPAND_ALL_UP_TO, HTML_ROLE, VERSION_ROLE
from delegate_app.ui.main_window import MainWindow

FIRST_PAINT_PROBE = """
import json, sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from delegate_app.services.starter import ensure_starter_library
from delegate_app.store.database import open_database
from delegate_app.ui.main_window import MainWindow
db = open_database(sys.argv[1]); ensure_starter_library(db)
w = MainWindow(db, sys.argv[1], QSettings(sys.argv[1] + ".ini", QSettings.Format.IniFormat)); w.show()
def report():
    w.repaint()
    print(json.dumps({"modules": sorted(sys.modules), "built": w._built is not None,
                      "rows": w.library.model.rowCount()}))
    app.quit()
QTimer.singleShot(0, report)
app.exec()
"""


@pytest.fixture
def store(tmp_path):
    db = open_database(tmp_path / "store.sqlite3")
    ensure_starter_library(db)
    return db, tmp_path


def window_on(qtbot, db, tmp_path) -> MainWindow:
    window = MainWindow(
        db, str(tmp_path / "store.sqlite3"), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    return window


def test_what_the_first_paint_loads(store):
    """Neither the diff engine, the readers and writers, sqlite-utils, nor the
    later views are loaded to paint the window the first time."""
    _, tmp_path = store
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE, str(tmp_path / "store.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    ).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["rows"] == 4 and not seen["built"]  # PP, RA, WTDC, WTSA
    modules = set(seen["modules"])
    for later in (
        "sqlite_utils",
        "rapidfuzz",
        "docx",
        "pdfminer",
        "openpyxl",
        "lxml",
        "delegate_app.core.redline",
        "delegate_app.core.model",
        "delegate_app.ui.draft_view",
        "delegate_app.ui.contribution_view",
        "delegate_app.ui.positions_view",
        "delegate_app.ui.session",
        "delegate_app.store.search",
        "delegate_app.store.contributions",  # the drafting tables, the import and the export dialog:
        "delegate_app.store.editions",  # not before the list is on screen
        "delegate_app.ui.hits_delegate",
        "delegate_app.ui.export_dialog",
        "delegate_app.ui.file_dialogs",
    ):
        assert later not in modules, f"{later} is loaded before the first paint"


def test_the_selected_text_and_the_other_views_follow_the_first_paint(qtbot, store):
    db, tmp_path = store
    window = window_on(qtbot, db, tmp_path)
    assert window._built is None
    assert window.library.current_version is not None  # selected, so New MOD works at once
    assert window.library.reader.toPlainText() == ""
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: "RESOLUTION" in window.library.reader.toPlainText(), timeout=5000)
    qtbot.waitUntil(lambda: window._built is not None, timeout=5000)
    assert window.tabs.widget(2).layout().itemAt(0).widget() is window.draft


def test_a_view_asked_for_before_the_first_paint_is_built_then(qtbot, store):
    db, tmp_path = store
    window = window_on(qtbot, db, tmp_path)
    window.new_contribution()  # the session is built on demand; the contribution is remembered
    cid = window.session.contribution_uid
    assert window.workspace.edits.flush(10)  # saved in the background, as it is within a second
    again = window_on(qtbot, db, tmp_path)
    assert again._built is None
    assert again.session.contribution_uid == cid  # reopened while being built


def test_selecting_a_text_after_opening_shows_it_at_once(qtbot, store):
    db, tmp_path = store
    window = window_on(qtbot, db, tmp_path)
    model = window.library.model
    window.library.tree.setCurrentIndex(model.index(0, 0, body_index(model, "WTDC")))
    assert "RESOLUTION 59" in window.library.reader.toPlainText()


def body_index(model, body: str):
    """The library tree's row of one body (PP, RA, WTDC, WTSA, in that order)."""
    return model.index([model.index(r).data() for r in range(model.rowCount())].index(body))


def _add_versions(db, count: int) -> None:
    """``count`` texts, written straight into the tables (thousands, fast), each a
    whole record: selecting one shows it (a '{}' record is a damaged one, and the
    window says so)."""
    import json

    from delegate_app.core.model import Resolution

    with writing(db):
        for n in range(count):
            body, number = "PP" if n % 2 else "WTSA", str(1000 + n)
            rid = db.execute("INSERT INTO resolutions (body, number) VALUES (?, ?)", [body, number]).lastrowid
            data = json.dumps(Resolution(body, number, "Rev. Dubai, 2018", "A title").to_dict())
            db.execute(
                "INSERT INTO versions (resolution_id, revision, year, language, title, data, imported_at) "
                "VALUES (?, 'Rev. Dubai, 2018', 2018, 'en', 'A title', ?, '2026-01-01')",
                [rid, data],
            )


def test_a_large_library_opens_with_only_the_selected_body_expanded(qtbot, store):
    db, tmp_path = store
    _add_versions(db, EXPAND_ALL_UP_TO)
    window = window_on(qtbot, db, tmp_path)
    tree, model = window.library.tree, window.library.model
    expanded = [model.index(r).data() for r in range(model.rowCount()) if tree.isExpanded(model.index(r))]
    assert expanded == ["PP"]  # where the first text is, selected
    assert model.rowCount(model.index(0)) == EXPAND_ALL_UP_TO // 2 + 1  # with the starter library's PP 191
    # the closed bodies' versions are not even read until they are needed
    bodies = [model.index(r).data() for r in range(model.rowCount())]
    assert [body for body, rows in zip(bodies, model.under) if rows is not None] == ["PP"]
    wtsa = model.index(bodies.index("WTSA"))
    assert model.rowCount(wtsa) == 0 and model.hasChildren(wtsa)  # nothing read, but it can be opened
    tree.expand(wtsa)  # read as the view lays it out
    qtbot.waitUntil(lambda: model.rowCount(wtsa) == EXPAND_ALL_UP_TO // 2 + 1)  # with the starter library's WTSA
    first = [model.index(row, 0, wtsa).data() for row in range(2)]
    assert first[0].startswith("18 (Rev. New Delhi, 2024)") and first[1].startswith("1000 (Rev. Dubai, 2018)")
    some = db.execute(
        "SELECT v.id FROM versions v JOIN resolutions r ON r.id = v.resolution_id WHERE r.body = 'RA'"
    ).fetchone()[0]
    window.library.select_version(some)  # in a body not read yet
    assert window.library.tree.currentIndex().data(VERSION_ROLE) == some
    assert window.library.count_label.text().startswith(str(model.total()))


def test_a_body_of_thousands_is_read_a_page_at_a_time(qtbot, store):
    """Ten times the library: a body is read as far as it is shown. Opening reads
    a page; scrolling to the end of it reads the next (Qt's fetchMore); a text
    far down, selected, is found where the store says it is, and the pages up to
    it are read, in the library's order."""
    from delegate_app.ui.library_model import PAGE

    db, tmp_path = store
    _add_versions(db, 2 * (3 * PAGE))  # 3 pages of PP, 3 of WTSA
    window = window_on(qtbot, db, tmp_path)
    tree, model = window.library.tree, window.library.model
    pp = body_index(model, "PP")
    assert tree.isExpanded(pp) and model.rowCount(pp) == PAGE
    assert model.counts[pp.row()] == 3 * PAGE + 1  # the count is the store's, the rows are what is read
    assert window.library.count_label.text().startswith(str(model.total()))
    # the keyboard to the end of what is read: the next page comes
    window.show()
    qtbot.waitExposed(window)
    tree.setFocus()
    tree.setCurrentIndex(model.index(PAGE - 2, 0, pp))
    QTest.keyClick(tree, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: model.rowCount(pp) == 2 * PAGE)
    numbers = [model.index(r, 0, pp).data().split(" ")[0] for r in range(model.rowCount(pp))]
    assert numbers == sorted(numbers, key=int)  # in order across the pages, none twice
    assert len(set(numbers)) == len(numbers)
    # a WTSA text far down: that body is read up to it and it is selected
    last = db.execute(
        "SELECT v.id FROM versions v JOIN resolutions r ON r.id = v.resolution_id "
        "WHERE r.body = 'WTSA' ORDER BY CAST(r.number AS INTEGER) DESC LIMIT 1"
    ).fetchone()[0]
    window.library.select_version(last)
    assert tree.currentIndex().data(VERSION_ROLE) == last
    wtsa = body_index(model, "WTSA")
    assert model.rowCount(wtsa) == 3 * PAGE + 1 and tree.currentIndex().row() == 3 * PAGE


def test_only_search_hits_are_drawn_by_the_html_delegate(qtbot, store):
    """The list of texts is drawn by Qt's own delegate (no Python call per row at
    the first paint); hits with their highlighted snippets by ours."""
    from delegate_app.ui.hits_delegate import HtmlDelegate

    db, tmp_path = store
    window = window_on(qtbot, db, tmp_path)
    library = window.library
    assert not isinstance(library.tree.itemDelegate(), HtmlDelegate) and library.tree.uniformRowHeights()
    library.search_field.setText("participation")
    assert isinstance(library.tree.itemDelegate(), HtmlDelegate) and library.model.rowCount() > 0
    assert library.tree.wordWrap() and not library.tree.uniformRowHeights()  # snippets of several lines
    assert "<b>" in library.model.index(0).data(HTML_ROLE)
    library.search_field.clear()
    assert not isinstance(library.tree.itemDelegate(), HtmlDelegate)
    assert library.model.index(0).data(HTML_ROLE) == ""


def test_a_small_library_opens_expanded(qtbot, store):
    db, tmp_path = store
    window = window_on(qtbot, db, tmp_path)
    tree, model = window.library.tree, window.library.model
    assert all(tree.isExpanded(model.index(r)) for r in range(model.rowCount()))


def test_roles_are_qts_own():
    assert library_model.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole.value
    assert library_model.TOOLTIP_ROLE == Qt.ItemDataRole.ToolTipRole.value
    assert library_model.ACCESSIBLE_ROLE == Qt.ItemDataRole.AccessibleTextRole.value
    assert library_model.VERSION_ROLE == Qt.ItemDataRole.UserRole.value + 1


def test_keys_are_bound(qtbot, store):
    """The toolbar is painted first; the menus' other actions and every key come
    just after the first paint (menus.fill)."""
    db, tmp_path = store
    window = window_on(qtbot, db, tmp_path)
    assert window.act_import.shortcut().isEmpty() and not window._menus_filled
    assert [a.text() for a in window.toolbar.actions()][:2] == ["&Import files…", "&New contribution"]
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._menus_filled, timeout=5000)
    assert window.act_import.shortcut() == QKeySequence("Ctrl+I")
    assert window.act_new.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.New)
    redo = next(a for a in window.findChildren(QAction) if a.text() == "&Redo")
    assert redo.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)  # all the platform's
    window.windowHandle().requestActivate()  # shortcuts go to the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    model = window.library.model
    window.library.tree.setCurrentIndex(model.index(1, 0, body_index(model, "WTDC")))  # WTDC 59, Baku 2025
    qtbot.keyClick(window.library.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    html = window.library.reader.toHtml()
    assert "line-through" in html and "underline" in html


def test_an_action_asked_for_before_the_first_paint_fills_the_menus(qtbot, store):
    """Whatever asks for a menu's action before the menus are filled (a test, a
    view built early) gets it, its key bound, and every menu filled once."""
    db, tmp_path = store
    window = window_on(qtbot, db, tmp_path)
    assert not window._menus_filled
    assert window.act_sync_hub.text() == "S&ync with shared folder now" and window._menus_filled
    assert window.act_board.shortcut() == QKeySequence("Ctrl+5")
    file_menu = window.top_menus[0]
    before = len(file_menu.actions())
    window.fill_menus()  # once only
    assert len(file_menu.actions()) == before and window.recent_menu is not None
    with pytest.raises(AttributeError):
        window.act_no_such_action  # noqa: B018


def test_pyside_is_spared_reading_the_source_it_can_be_told(monkeypatch, tmp_path):
    """PySide6 reads each module's source to learn whether it switches a feature
    on; the app answers for the standard library and its own modules, and lets
    PySide6 read every other (a third-party module may use it)."""
    import email.utils
    import importlib.util
    import inspect

    from shibokensupport import feature

    from delegate_app.ui.app import skip_source_scan

    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)
    read = []
    real_getsource = inspect.getsource
    monkeypatch.setattr(inspect, "getsource", lambda obj: read.append(obj.__name__) or real_getsource(obj))
    skip_source_scan()
    skip_source_scan()  # twice changes nothing
    uses = feature._mod_uses_pyside
    assert uses(email.utils) is False and uses(library_model) is True
    from delegate_app.store import search

    assert uses(search) is False
    assert read == []
    (tmp_path / "someones_plugin.py").write_text("from PySide6.QtCore import QObject\n")
    spec = importlib.util.spec_from_file_location("someones_plugin", tmp_path / "someones_plugin.py")
    plugin = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(plugin)
    assert uses(plugin) is True and read == ["someones_plugin"]
