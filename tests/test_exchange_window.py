"""The team exchange in the real window, through its menus: a bundle received
with a proposal conflict and a position conflict, read in File > Conflicts… and
settled with the Keep mine button; the shared folder synced at start, from
File > Sync with shared folder now, and chosen with File > Choose shared folder…,
the status bar saying when it was last reached."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QPushButton
from test_app import make_window, wait_idle
from test_exchange import SET, cli, conflicts, positions, send, set_status, take

from delegate_app.core.model import Contribution, ContributionHeader, Proposal, Resolution
from delegate_app.services.library import open_store
from delegate_app.store import contributions as contribs


def _stored_status(path) -> str:
    db = open_store(path)
    try:
        return str(db.execute("SELECT status FROM proposals WHERE uid = 'p1'").fetchone()[0])
    finally:
        db.close()


def test_a_proposal_conflict_received_is_read_in_conflicts_and_keep_mine_keeps_it(qtbot, tmp_path, monkeypatch):
    """Alice and Bob both changed the status of ABC/12/1 (a MOD of WTSA Resolution 18)
    and the stance on its noting ¶1. File > Receive changes… takes Alice's bundle in;
    File > Conflicts… lists both conflicts as a delegate reads them: where (the
    contribution and the resolution; the resolution and the provision), the ITU
    number, the field, both values, who and when. Keep mine on the status keeps
    Bob's value in the store, and the position's conflict stays open."""
    alice, bob = tmp_path / "alice.sqlite3", tmp_path / "bob.sqlite3"
    cli(*SET, "--provision", "noting ¶1", "--stance", "support", "--db", alice)
    db = open_store(alice)
    contribs.write_front(db, contribs.front_row(Contribution(header=ContributionHeader(document="ABC/12"), uid="c1")))
    text = Resolution(body="WTSA", number="18", title="Allocation of work")
    contribs.write_proposal(
        db, "c1", contribs.proposal_row(Proposal(action="MOD", number="ABC/12/1", resolution=text, uid="p1"))
    )
    db.close()
    take(send(tmp_path, "first", alice, "bob", "Alice"), bob)
    set_status(alice, "adopted")
    set_status(bob, "submitted")
    cli(*SET, "--provision", "noting ¶1", "--stance", "oppose", "--db", alice)
    cli(*SET, "--provision", "noting ¶1", "--stance", "neutral", "--db", bob)
    to_bob = send(tmp_path, "a2b", alice, "bob", "Alice")

    window = make_window(qtbot, {"db": bob, "ini": tmp_path / "bob.ini", "tmp": tmp_path})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(to_bob), "")))
    window.act_receive.trigger()
    wait_idle(qtbot, window)
    panel = window.exchange.dialog
    assert panel is not None and panel.isVisible()  # opened by what came in
    panel.close()
    window.act_conflicts.trigger()
    assert panel.isVisible() and panel.table.rowCount() == 2
    rows = {
        panel.table.item(r, 2).text(): [panel.table.item(r, c).text() for c in range(panel.table.columnCount())]
        for r in range(2)
    }
    status, stance = rows["Status"], rows["Stance"]
    assert status[:6] == ["ABC/12: MOD WTSA Resolution 18", "ABC/12/1", "Status", "submitted", "adopted", "Alice"]
    assert stance[:6] == ["WTSA Resolution 18, noting ¶1", "", "Stance", "neutral", "oppose", "Alice"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", status[6]), status[6]  # when Alice changed it
    row = next(r for r in range(2) if panel.table.item(r, 2).text() == "Status")
    panel.table.setCurrentCell(row, 0)
    details = panel.details.toPlainText()
    assert "submitted" in details and "adopted" in details and "Alice" in details and status[6] in details
    assert "{" not in details  # never the proposal as data

    keep = next(b for b in panel.findChildren(QPushButton) if b.text() == "Keep mine")
    QTest.mouseClick(keep, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 2).text() == "Stance"
    assert _stored_status(bob) == "submitted"
    assert [(c["record"], c["field"]) for c in conflicts(bob)] == [("position:WTSA|18|noting ¶1", "stance")]
    assert positions(bob)[("WTSA", "18", "noting ¶1")]["stance"] in ("neutral", "oppose")  # shown by the rule


def test_the_shared_folder_is_synced_at_start_from_the_menu_and_chosen_there(qtbot, tmp_path, monkeypatch):
    """A hub named in Settings is synced when the window opens and then by its timer;
    File > Sync with shared folder now syncs at once; the status bar says when the
    folder was reached, and that it is not reached when it is gone; File > Choose
    shared folder… names another one and syncs with it."""
    hub, alice, bob = tmp_path / "hub", tmp_path / "alice.sqlite3", tmp_path / "bob.sqlite3"
    hub.mkdir()
    cli(*SET, "--stance", "oppose", "--db", alice)
    cli("exchange", "sync", "--hub", hub, "--author", "Alice", "--db", alice)
    from PySide6.QtCore import QSettings

    ini = tmp_path / "bob.ini"
    QSettings(str(ini), QSettings.Format.IniFormat).setValue("exchange/hub", str(hub))
    window = make_window(qtbot, {"db": bob, "ini": ini, "tmp": tmp_path})
    qtbot.waitUntil(lambda: window.exchange.hub_timer is not None, timeout=20000)  # after the first paint
    qtbot.waitUntil(lambda: not window.exchange.probing, timeout=20000)  # the folder looked at, then synced
    wait_idle(qtbot, window)
    assert window.exchange.hub_timer.isActive()
    assert positions(bob)[("WTSA", "18", "")]["stance"] == "oppose"  # taken in at start
    assert window.exchange.hub_label.text().startswith("Shared folder reached at ")

    cli(*SET, "--stance", "support", "--db", alice)
    cli("exchange", "sync", "--hub", hub, "--author", "Alice", "--db", alice)
    window.act_sync_hub.trigger()
    wait_idle(qtbot, window)
    assert "Shared folder reached at" in window.statusBar().currentMessage()
    assert positions(bob)[("WTSA", "18", "")]["stance"] == "support"

    hub.rename(tmp_path / "gone")
    window.exchange.hub_tick()  # what the timer does: a folder gone is said quietly, in the status bar
    assert window.exchange.probing  # looked at off the window's thread
    qtbot.waitUntil(lambda: not window.exchange.probing, timeout=20000)
    wait_idle(qtbot, window)
    assert window.exchange.hub_label.text().startswith("Shared folder not reached since ")

    other = tmp_path / "other"
    other.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(other)))
    window.act_choose_hub.trigger()
    wait_idle(qtbot, window)
    assert window.settings.value("exchange/hub") == str(other)
    assert window.exchange.hub_label.text().startswith("Shared folder reached at ")
    assert len([p for p in other.iterdir() if p.is_dir()]) == 1  # Bob's own folder, with what he has
