"""``--screenshot OUT --view board``: the day's board as a picture. On a store
with no agenda it shows a demo day (our proposal in bold, our position and the
regional stances beside it), shown only: nothing is written to the store."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT
from test_app import make_window

from delegate_app.services.conference import list_conferences
from delegate_app.store.database import open_database
from delegate_app.ui.board_view import show_board
from delegate_app.ui.screenshot import _show_demo_board


def test_the_board_view_is_a_screenshot_and_saves_nothing(tmp_path):
    out, db = tmp_path / "board.png", tmp_path / "s.sqlite3"
    done = subprocess.run(
        [sys.executable, "-m", "delegate_app", "--db", str(db), "--screenshot", str(out), "--view", "board"],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"\x89PNG") and out.stat().st_size > 20000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["board.png", "s.sqlite3"]
    assert list_conferences(open_database(db)) == []


def test_the_demo_day_shows_the_items_and_our_position(qtbot, tmp_path):
    window = make_window(qtbot, {"db": tmp_path / "s.sqlite3", "ini": tmp_path / "settings.ini"})
    board = show_board(window)
    assert board.items == []
    _show_demo_board(board)
    assert window.tabs.currentWidget() is board
    meetings = [board.tree.topLevelItem(i).text(0) for i in range(board.tree.topLevelItemCount())]
    assert meetings == ["Plenary", "Committee 4"]
    ours = board.tree.currentItem()
    assert ours.text(0) == "MOD RCC/12A1/1" and ours.font(0).bold()
    shown = board.detail.toPlainText()
    assert "Talking points" in shown and "CITEL: oppose" in shown
    assert list_conferences(window.db) == []
