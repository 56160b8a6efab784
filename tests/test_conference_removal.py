"""Taking an agenda item off and withdrawing a stance, through each door (the
command line, the board's Remove and the support dialog's Remove), and the
removal travelling to a colleague in a bundle; the day's board and the support
dialog, open in a colleague's window, follow a bundle without being reopened.

The invariants: a removal asked for is gone from the store and, after an
exchange, from the colleague's; a removal refused (an id that names no item, a
member with no stance, a symbol that is none) is one line, exit 2, and changes
nothing; a Remove answered No changes nothing."""

from __future__ import annotations

import json

from test_cli import cli
from test_exchange import send, take
from test_exchange_conference import head_of_delegation, record


def agenda(store, name="PP-26"):
    return json.loads(cli("agenda", "list", name, "--json", "--db", store).stdout)


def test_the_command_line_removes_an_item_and_a_stance_and_a_bundle_carries_both(tmp_path):
    alice, doc = head_of_delegation(tmp_path)
    bob = tmp_path / "bob.sqlite3"
    take(send(tmp_path, "a1", alice, "bob", "Alice"), bob)
    items = agenda(alice)
    assert [i["item"] for i in items] == ["Resolution 59", "Minutes"] and agenda(bob) == items
    listed = cli("agenda", "list", "PP-26", "--db", alice).stdout.splitlines()
    assert listed[1].startswith(items[1]["uid"]) and listed[1].endswith("Plenary: Minutes")
    before = record(alice)

    # refused in one line, exit 2, nothing changed
    for args, said in (
        (("agenda", "remove", "PP-26", "nothing"), "'nothing' names no agenda item of PP-26"),
        (("agenda", "remove", "PP-27", items[0]["uid"]), "no conference named 'PP-27'"),
        (("support", "remove", doc, "--member", "G"), f"no stance of G is recorded on contribution {doc}"),
        (("support", "remove", doc, "--member", "F1"), "'F1' is not an administration's ITU symbol"),
        (("support", "remove", 99, "--member", "F"), "no stance of F is recorded on contribution 99"),
    ):
        out = cli(*args, "--db", alice, check=False)
        assert out.returncode == 2 and said in out.stderr and len(out.stderr.strip().splitlines()) == 1, out
    assert record(alice) == before

    # the item by the first 8 characters of its id, the stance by its member (any case)
    out = cli("agenda", "remove", "PP-26", items[1]["uid"][:8], "--db", alice).stdout
    assert out.strip() == "removed from the agenda: 2026-11-10 Plenary: Minutes"
    out = cli("support", "remove", doc, "--member", "rus", "--db", alice).stdout
    assert "the stance of RUS is withdrawn (1 supports, 0 does-not-support, 1 signed)" in out
    assert [i["item"] for i in agenda(alice)] == ["Resolution 59"]
    take(send(tmp_path, "a2", alice, "bob", "Alice"), bob)
    confs, items_bob, stances = record(bob)
    assert [i[3] for i in items_bob["PP-26"]] == ["Resolution 59"]
    assert sorted(s[1] for s in stances) == ["D", "F"]
    assert record(bob) == record(alice)


def _window(qtbot, tmp_path, store, name):
    from test_app import make_window

    window = make_window(qtbot, {"db": store, "ini": tmp_path / f"{name}.ini", "tmp": tmp_path})
    qtbot.waitUntil(lambda: window._built is not None, timeout=10000)
    return window


def _shown(board):
    meetings = [board.tree.topLevelItem(i) for i in range(board.tree.topLevelItemCount())]
    return [(m.text(0), m.child(k).text(0)) for m in meetings for k in range(m.childCount())]


def _receive(qtbot, window, monkeypatch, bundle):
    from PySide6.QtWidgets import QFileDialog
    from test_app import wait_idle

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bundle), "")))
    window.act_receive.trigger()
    wait_idle(qtbot, window)
    report = getattr(window, "last_report", None)
    if report is not None:
        report.close()


def test_the_board_removes_an_item_and_an_open_board_follows_a_bundle(qtbot, tmp_path, monkeypatch):
    """Bob's board is open on the 10th; Alice's bundle brings a new item on that
    day: it is listed without the board being shown again. Bob takes the item off
    with Remove (No first: nothing changes), and the removal reaches Alice."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox
    from test_app import wait_idle

    alice, _doc = head_of_delegation(tmp_path)
    bob = tmp_path / "bob.sqlite3"
    take(send(tmp_path, "a1", alice, "bob", "Alice"), bob)
    take(send(tmp_path, "b0", bob, "alice", "Bob"), alice)
    window = _window(qtbot, tmp_path, bob, "bob")
    window.act_board.trigger()
    board = window._board
    board.day.setCurrentIndex(board.day.findData("2026-11-10"))
    assert _shown(board) == [("COM5", "Resolution 59 [12]"), ("Plenary", "Minutes")]

    cli("agenda", "add", "PP-26", "--day", "2026-11-10", "--meeting", "COM5", "--item", "Resolution 140",
        "--db", alice)  # fmt: skip
    _receive(qtbot, window, monkeypatch, send(tmp_path, "a2", alice, "bob", "Alice"))
    assert window.tabs.currentWidget() is board and board.day.currentData() == "2026-11-10"
    assert _shown(board) == [("COM5", "Resolution 59 [12]"), ("COM5", "Resolution 140"), ("Plenary", "Minutes")]

    # Remove on "Minutes": answered No, then Yes
    minutes = board.tree.topLevelItem(1).child(0)
    board.tree.setCurrentItem(minutes)
    asked = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda _p, _t, text, *a: asked.append(text) or answer[0]))
    QTest.mouseClick(board.remove_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert asked == ["Take “Minutes” (Plenary, 2026-11-10) off the agenda, for the whole team?"]
    assert len(_shown(board)) == 3
    answer[0] = QMessageBox.StandardButton.Yes
    board.tree.setCurrentItem(board.tree.topLevelItem(1).child(0))
    QTest.mouseClick(board.remove_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: len(_shown(board)) == 2, timeout=10000)
    assert _shown(board) == [("COM5", "Resolution 59 [12]"), ("COM5", "Resolution 140")]
    window.exchange.send("alice", str(tmp_path / "b1.bundle"))
    wait_idle(qtbot, window)
    take(tmp_path / "b1.bundle", alice)
    assert [i["item"] for i in agenda(alice)] == ["Resolution 59", "Resolution 140"]


def test_the_support_dialog_withdraws_a_stance_and_follows_a_bundle(qtbot, tmp_path, monkeypatch):
    """The board's Support… on Alice's ECP lists its three stances; one Alice adds
    arrives in the open dialog; Remove withdraws the selected one after a Yes, and
    the withdrawal reaches Alice."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox
    from test_app import wait_idle

    alice, doc = head_of_delegation(tmp_path)
    cli("contribution", "new", "--title", "ECP", "--db", alice)
    bob = tmp_path / "bob.sqlite3"
    take(send(tmp_path, "a1", alice, "bob", "Alice"), bob)
    take(send(tmp_path, "b0", bob, "alice", "Bob"), alice)
    bob_doc = int(json.loads(cli("support", "list", "--json", "--db", bob).stdout)[0]["contribution"])
    window = _window(qtbot, tmp_path, bob, "bob")
    from delegate_app.ui.conference_ui import open_support

    dialog = open_support(window, bob_doc)

    def rows():
        tree = dialog.tree
        return [tuple(tree.topLevelItem(i).text(c) for c in range(3)) for i in range(tree.topLevelItemCount())]

    assert rows() == [
        ("D", "supports", "2026-05-04"),
        ("F", "signed", "2026-05-04"),
        ("RUS", "does not support", "2026-05-04"),
    ]
    cli("support", "set", doc, "--member", "G", "--stance", "signed", "--date", "2026-05-06", "--db", alice)
    _receive(qtbot, window, monkeypatch, send(tmp_path, "a2", alice, "bob", "Alice"))
    assert dialog.isVisible() and ("G", "signed", "2026-05-06") in rows()

    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))  # D
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    QTest.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: len(rows()) == 3, timeout=10000)
    assert [r[0] for r in rows()] == ["F", "G", "RUS"]
    window.exchange.send("alice", str(tmp_path / "b1.bundle"))
    wait_idle(qtbot, window)
    take(tmp_path / "b1.bundle", alice)
    assert sorted(s[1] for s in record(alice)[2]) == ["F", "G", "RUS"]
