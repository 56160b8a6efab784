"""The day's board: the agenda by day and meeting (typed, or imported from a
workbook), each item with the proposals on it (ours first), our position, the
talking points and the regional stances; a proposal's status set with one key
in the real window, dated the agenda's day.

The invariant: an agenda item shows exactly the stored proposals its document
numbers or the resolution it names point to; a key sets exactly the selected
proposal's status, with the day of the agenda, and nothing else.
"""

from __future__ import annotations

import json
import os

import pytest
from cli_capsys import import_mod, run
from openpyxl import Workbook

from delegate_app.cli.main import run as main


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "s.sqlite3"
    for source, doc, old, new in (
        ("RCC", "12", "shall continue to cooperate", "shall cooperate"),
        ("ARB", "47", "of WTSA, on principles", "of WTSA, on the principles"),
    ):
        import_mod(capsys, tmp_path, path, source, old, new, f"--number={source}/{doc}/1", f"--source={source}",
                   f"--document=Document {doc}-E")  # fmt: skip
    versions = json.loads(run(capsys, "list", "--json", "--db", path))
    kigali = next(v["id"] for v in versions if v["revision"] == "Rev. Kigali, 2022")
    run(capsys, "positions", "set", kigali, "--stance", "support with changes", "--talking-points",
        "Cooperation among the three Sectors without duplication.", "--region", "CEPT=support",
        "--region", "APT=oppose", "--db", path)  # fmt: skip
    run(capsys, "conference", "set", "WTDC-29", "--body", "WTDC", "--opens", "2029-11-12", "--db", path)
    sheet = tmp_path / "agenda.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["Date", "Meeting", "Agenda item", "Documents"])
    ws.append(["2029-11-13", "COM4", "Resolution 59: coordination among the Sectors", "47"])
    ws.append(["2029-11-14", "Plenary", "Approval of the minutes", ""])
    wb.save(sheet)
    assert "2 agenda item(s) added" in run(capsys, "agenda", "import", "WTDC-29", sheet, "--db", path)
    run(capsys, "agenda", "add", "WTDC-29", "--day", "2029-11-13", "--meeting", "Plenary", "--item", "Document 12",
        "--documents", "12", "--db", path)  # fmt: skip
    return path


def test_the_board_lists_each_item_with_its_proposals_and_our_position(db, capsys):
    items = json.loads(run(capsys, "board", "WTDC-29", "--day", "2029-11-13", "--ours", "RCC", "--json", "--db", db))
    assert [(i["meeting"], i["item"]) for i in items] == [
        ("COM4", "Resolution 59: coordination among the Sectors"),
        ("Plenary", "Document 12"),
    ]
    com4, plenary = items
    assert [(p["number"], p["ours"]) for p in com4["proposals"]] == [("RCC/12/1", True), ("ARB/47/1", False)]
    assert [p["number"] for p in plenary["proposals"]] == ["RCC/12/1"]  # by its document number alone
    (position,) = com4["positions"]
    assert position["stance"] == "support with changes" and "without duplication" in position["talking_points"]
    assert "CEPT" in position["regions"] and "APT" in position["regions"]
    assert (
        json.loads(run(capsys, "board", "WTDC-29", "--day", "2029-11-14", "--json", "--db", db))[0]["proposals"] == []
    )


def test_a_bad_agenda_is_refused_whole(db, capsys, tmp_path):
    sheet = tmp_path / "bad.xlsx"
    wb = Workbook()
    wb.active.append(["Date", "Meeting", "Agenda item"])
    wb.active.append(["2029-11-15", "COM5", "Resolution 1"])
    wb.active.append(["someday", "COM5", "Resolution 2"])
    wb.save(sheet)
    assert main(["agenda", "import", "WTDC-29", str(sheet), "--db", str(db)]) == 2
    assert "row 3" in capsys.readouterr().err
    days = {i["day"] for i in json.loads(run(capsys, "board", "WTDC-29", "--json", "--db", db))}
    assert days == {"2029-11-13", "2029-11-14"}


def test_the_board_in_the_window_sets_a_status_with_one_key(db, capsys, qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from test_app import make_window

    window = make_window(qtbot, {"db": db, "ini": tmp_path / "settings.ini"})  # our source: RCC
    qtbot.waitUntil(lambda: getattr(window, "_board", None) is not None, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    board = window._board
    assert window.tabs.currentWidget() is board
    board.day.setCurrentIndex(board.day.findData("2029-11-13"))
    com4 = board.tree.topLevelItem(0).child(0)
    assert com4.text(0) == "Resolution 59: coordination among the Sectors [47]"
    assert [com4.child(k).text(0) for k in range(com4.childCount())] == ["MOD RCC/12/1", "MOD ARB/47/1"]
    assert com4.child(0).font(0).bold() and not com4.child(1).font(0).bold()  # ours in bold
    board.tree.setCurrentItem(com4.child(1))
    html = board.detail.toPlainText()
    assert "without duplication" in html and "CEPT" in html
    if os.environ.get("DELEGATE_SHOTS"):
        board.grab().save(os.environ["DELEGATE_SHOTS"])
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: board.tree.currentItem() is not None and board.tree.currentItem().text(2) == "Not adopted",
                    timeout=20000)  # fmt: skip
    shown = json.loads(run(capsys, "show", "2", "--contribution", "--json", "--db", db))["proposals"][0]
    assert (shown["status"], shown["status_date"]) == ("not-adopted", "2029-11-13")
    assert shown["status_note"] == "COM4: Resolution 59: coordination among the Sectors"
    other = json.loads(run(capsys, "show", "1", "--contribution", "--json", "--db", db))["proposals"][0]
    assert other["status"] == "draft"  # only the proposal chosen


def test_an_agenda_item_typed_in_the_window_is_stored_and_shown(db, capsys, qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from test_app import make_window

    from delegate_app.ui.board_dialogs import AgendaItemDialog
    from delegate_app.ui.board_view import show_board

    window = make_window(qtbot, {"db": db, "ini": tmp_path / "settings.ini"})
    qtbot.waitUntil(lambda: getattr(window, "_board", None) is not None, timeout=10000)
    board = show_board(window)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AgendaItemDialog)
        dialog.date.setDate(dialog.date.date().fromString("2029-11-15", "yyyy-MM-dd"))
        qtbot.keyClicks(dialog.meeting, "COM5")
        qtbot.keyClicks(dialog.item, "Resolution 59, second reading")
        dialog.accept()

    QTimer.singleShot(0, answer)
    board.add_button.click()
    qtbot.waitUntil(lambda: board.day.currentData() == "2029-11-15", timeout=20000)
    item = board.tree.topLevelItem(0).child(0)
    assert item.text(0) == "Resolution 59, second reading"
    assert [item.child(k).text(0) for k in range(item.childCount())] == ["MOD RCC/12/1", "MOD ARB/47/1"]
    stored = json.loads(run(capsys, "board", "WTDC-29", "--day", "2029-11-15", "--json", "--db", db))
    assert [(i["meeting"], i["item"]) for i in stored] == [("COM5", "Resolution 59, second reading")]


def test_a_conference_recorded_in_the_window_shows_its_next_deadline(tmp_path, capsys, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel
    from test_app import make_window

    from delegate_app.ui.board_dialogs import ConferenceDialog
    from delegate_app.ui.board_view import show_board

    db = tmp_path / "s.sqlite3"
    window = make_window(qtbot, {"db": db, "ini": tmp_path / "settings.ini"})
    qtbot.waitUntil(lambda: getattr(window, "_board", None) is not None, timeout=10000)
    board = show_board(window)
    assert board.conference.count() == 0 and not board.add_button.isEnabled()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConferenceDialog)
        qtbot.keyClicks(dialog.name, "PP-98")
        dialog.body.setCurrentText("PP")
        qtbot.keyClicks(dialog.place, "Somewhere")
        qtbot.keyClicks(dialog.dates["opens"], "2098-11-09")
        qtbot.keyClicks(dialog.dates["closes"], "2098-11-27")
        dialog.accept()

    QTimer.singleShot(0, answer)
    board.conference_button.click()
    qtbot.waitUntil(lambda: board.conference.currentText() == "PP-98", timeout=20000)
    assert board.add_button.isEnabled()
    label = window.statusBar().findChild(QLabel, "next-deadline")
    assert label is not None and label.text() == "Next deadline: PP-98, 2098-03-09 (CS 224, CV 519)"
    (conf,) = json.loads(run(capsys, "conference", "list", "--json", "--db", db))
    assert (conf["body"], conf["place"], conf["opens"], conf["closes"]) == (
        "PP",
        "Somewhere",
        "2098-11-09",
        "2098-11-27",
    )
