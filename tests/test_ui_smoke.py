"""The minimal window, offscreen: it opens on the starter library, shows a
resolution, and searches as the user types."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from delegate_app.services.starter import ensure_starter_library  # noqa: E402
from delegate_app.ui.main_window import VERSION_ROLE, MainWindow  # noqa: E402


@pytest.fixture
def window(qtbot, db):
    ensure_starter_library(db)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_opens_on_the_library_grouped_by_body(window):
    bodies = [window.model.item(r).text() for r in range(window.model.rowCount())]
    assert bodies == ["RA", "WTDC", "WTSA"]
    # shown with a non-breaking hyphen, as ITU prints sector names
    assert "RESOLUTION ITU\u2011R 75" in window.reader.toPlainText()


def test_selecting_a_version_shows_its_text(window):
    wtdc = window.model.item(1)
    window.tree.setCurrentIndex(wtdc.child(1).index())
    text = window.reader.toPlainText()
    assert "RESOLUTION 59 (Rev. Baku, 2025)" in text and "recalling" in text


def test_search_as_you_type(window, qtbot):
    qtbot.keyClicks(window.search_field, "catalys")
    rows = [window.model.item(r) for r in range(window.model.rowCount())]
    assert rows and all(r.data(VERSION_ROLE) for r in rows)
    assert any("catalysing" in r.text() for r in rows)
    window.search_field.clear()
    assert window.model.rowCount() == 3
