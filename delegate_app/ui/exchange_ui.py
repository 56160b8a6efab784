"""Team exchange in the window: File > Send changes… and Receive changes…, and
the Conflicts panel where a delegate keeps theirs, takes the colleague's, or
writes a third value.

The work runs on the task runner (the exchange's worker is a process of its
own) and every write to the store goes through the workspace's writer, in turn
with the window's own saves. After a bundle is taken in, the views that show
what it changed are refreshed and the report says what came in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

PEERS = "exchange/peers"


class ConflictsDialog(QDialog):
    """The fields both sides changed: record, field, mine, theirs, who and when."""

    def __init__(self, actions: ExchangeActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.exchange = actions
        self.setWindowTitle(self.tr("Conflicts"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Mine"), self.tr("Theirs"), self.tr("From"), self.tr("When")]
        )
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        for text, take in (
            (self.tr("Keep mine"), "mine"),
            (self.tr("Take theirs"), "theirs"),
            (self.tr("Edit…"), "edit"),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, t=take: self.settle(t))
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(900, 360)
        self.found: list[dict] = []
        self.reload()

    def reload(self) -> None:
        from ..services.exchange import list_conflicts

        self.found = list_conflicts(self.exchange.window.db)
        self.table.setRowCount(len(self.found))
        for row, c in enumerate(self.found):
            kind, _, uid = str(c["record"]).partition(":")
            for column, text in enumerate(
                (f"{kind} {uid[:8]}", c["field"], c["mine"] or "", c["theirs"] or "", c["author"], str(c["at"])[:16])
            ):
                item = QTableWidgetItem(str(text))
                item.setToolTip(str(text))
                self.table.setItem(row, column, item)
        if self.found:
            self.table.setCurrentCell(0, 0)

    def settle(self, take: str, value: str | None = None) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.found):
            return
        conflict = self.found[row]
        if take == "edit" and value is None:
            value, ok = QInputDialog.getMultiLineText(
                self, self.tr("Edit"), str(conflict["field"]), str(conflict["theirs"] or conflict["mine"] or "")
            )
            if not ok:
                return
        self.exchange.settle(int(conflict["id"]), take, value)


class ExchangeActions(QObject):
    """Send, receive and settle, for the main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ConflictsDialog | None = None

    def peers(self) -> list[str]:
        found = self.window.settings.value(PEERS, []) or []
        return [found] if isinstance(found, str) else list(found)

    def send(self, peer: str | None = None, path: str | None = None):
        """The changes a colleague has not been sent yet, into a bundle file."""
        window = self.window
        if peer is None:
            peer, ok = QInputDialog.getItem(
                window, self.tr("Send changes"), self.tr("Colleague:"), self.peers() or [""], 0, True
            )
            if not ok or not peer.strip():
                return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                window, self.tr("Send changes"), f"changes-for-{peer}.bundle", self.tr("Delegate bundles (*.bundle)")
            )
        from .errors import output_refused

        if not path or output_refused(window, path):
            return None
        window.settings.setValue(PEERS, [peer] + [p for p in self.peers() if p != peer])
        store, author = Path(window.db_path), str(window.settings.value("drafting/author", "") or "")

        def job(db):
            from ..services.exchange import export_bundle

            return export_bundle(db, store, path, peer, author)

        def done(sent) -> None:
            window.statusBar().showMessage(
                self.tr("%n change(s) written for {0}", "", sent.changes).format(peer), 10000
            )

        return window.on_writer(self.tr("Writing the changes…"), job, done, "exchange")

    def receive(self, path: str | None = None):
        """A colleague's bundle taken in; the report says what came in."""
        window = self.window
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                window, self.tr("Receive changes"), "", self.tr("Delegate bundles (*.bundle)")
            )
        if not path:
            return None
        store = Path(window.db_path)

        def job(db):
            from ..services.exchange import import_bundle

            return import_bundle(db, store, path)

        def done(got) -> None:
            from .dialogs import ReportDialog

            self.refresh_views()
            if got.already:
                lines = [self.tr("This bundle was taken in already: nothing changed.")]
            else:
                lines = [
                    self.tr("From {0} ({1}): %n record(s) changed", "", len(got.written)).format(
                        got.author or "?", got.created[:16]
                    ),
                    self.tr("Conflicts: {0}").format(got.conflicts),
                    "",
                    *got.written,
                ]
            window.last_report = ReportDialog(self.tr("Changes received"), lines, window)
            window.last_report.show()
            if got.conflicts:
                self.show_conflicts()

        return window.on_writer(self.tr("Taking the changes in…"), job, done, "exchange")

    def show_conflicts(self) -> ConflictsDialog:
        if self.dialog is None:
            self.dialog = ConflictsDialog(self, self.window)
        self.dialog.reload()
        self.dialog.show()
        return self.dialog

    def settle(self, conflict_id: int, take: str, value: str | None = None):
        """Settle a conflict on the writer's thread; the views and the panel follow."""

        def job(db):
            from ..services.exchange import resolve

            return resolve(db, conflict_id, take, value)

        def done(_settled) -> None:
            self.refresh_views()
            if self.dialog is not None:
                self.dialog.reload()

        return self.window.on_writer(self.tr("Settling the conflict…"), job, done, "exchange")

    def refresh_views(self) -> None:
        window = self.window
        window.library.refresh()
        if window._built:
            window.contribution.refresh_chooser()
            window.positions.refresh()
