"""Search as you type in the window (issue 38): after every key, typed,
deleted or queued behind a busy window, the list holds the hits of the text
the field says now, never those of an earlier key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from delegate_app.services.search import SearchHit, search
from delegate_app.services.starter import ensure_starter_library
from delegate_app.store.database import open_database
from delegate_app.ui.hits_delegate import HtmlDelegate
from delegate_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    db = open_database(tmp_path / "store.sqlite3")
    ensure_starter_library(db)
    w = MainWindow(db, str(tmp_path / "store.sqlite3"), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    return w


def _listed(window) -> list[int] | None:
    """The provisions the list shows, in order; None while it lists the library's texts."""
    top = window.library.model.top
    if not isinstance(window.library.tree.itemDelegate(), HtmlDelegate):  # drawn as the library's texts
        assert not any(isinstance(row, SearchHit) for row in top)
        return None
    assert all(isinstance(row, SearchHit) for row in top)
    return [hit.provision_id for hit in top]


def _hits_of_field(window) -> list[int] | None:
    text = window.library.search_field.text().strip()
    return [h.provision_id for h in search(window.library.db, text, limit=200)] if text else None


def test_every_key_shows_the_hits_of_the_field_as_it_is(qtbot, window):
    field = window.library.search_field
    field.setFocus()
    seen = []
    for key in "Member St":
        qtbot.keyClicks(field, key)
        assert _listed(window) == _hits_of_field(window), field.text()
        seen.append(len(_listed(window) or []))
    assert field.text() == "Member St" and min(seen[2:]) > 0  # "M", "Me": no such word
    for _ in range(3):  # deleting, key by key: "Member S", "Member ", "Member"
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
        assert _listed(window) == _hits_of_field(window), field.text()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # all of it: the library's texts again
    assert field.text() == "" and _listed(window) is None


def test_keys_queued_behind_a_busy_window_end_on_the_last_keys_hits(qtbot, window):
    """Keys that arrive while the window is busy wait in the event queue; once
    they are taken, what the list holds is the last key's hits."""
    field = window.library.search_field
    field.setFocus()
    qtbot.keyClicks(field, "dev")
    for ch in "eloping c":
        key = Qt.Key.Key_Space if ch == " " else getattr(Qt.Key, f"Key_{ch.upper()}")
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
    assert field.text() == "dev"  # queued, not yet taken
    QApplication.processEvents()
    assert field.text() == "developing c"
    assert _listed(window) == _hits_of_field(window) and _listed(window)


def test_a_short_last_word_narrows_the_hits_as_typed(qtbot, window):
    """ "remote p": the hits of "remote" that have a word in p… (not every word
    in p…, looked up in the whole index), and "remote pa" fewer or as many."""
    field = window.library.search_field
    field.setFocus()
    qtbot.keyClicks(field, "remote")
    remote = set(_listed(window) or [])
    qtbot.keyClicks(field, " p")
    narrowed = set(_listed(window) or [])
    qtbot.keyClicks(field, "a")
    narrower = set(_listed(window) or [])
    assert remote and narrowed and narrower <= narrowed <= remote
