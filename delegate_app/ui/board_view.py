"""The day's board (Ctrl+5): what is up at the conference today, meeting by
meeting, with the proposals on each agenda item (the delegation's in bold),
the delegation's position, its talking points and the regional stances beside
it; after a session, a proposal's status is set with one key (A adopted, M
adopted with modifications, N not adopted, W withdrawn), dated the agenda's day.

Reading is a service call on the window's reader; every write goes through
the window's writer (MainWindow.on_writer), or, for the contribution open in
the window, through its drafting service, journaled like any edit of it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import DelegateError
from . import board_dialogs, shortcuts

translate = QCoreApplication.translate
PROPOSAL_ROLE = Qt.ItemDataRole.UserRole
KEYS = {
    Qt.Key.Key_A: "adopted",
    Qt.Key.Key_M: "adopted-modified",
    Qt.Key.Key_N: "not-adopted",
    Qt.Key.Key_W: "withdrawn",
}


def stance_text(value: str) -> str:
    from .positions_view import stance_name

    return stance_name(value)


def regions_text(text: str) -> str:
    """ "APT: oppose; CEPT: support" with each stance in the interface language."""
    parts = []
    for part in text.split(";"):
        group, sep, stance = part.partition(":")
        parts.append(f"{group.strip()}: {stance_text(stance.strip())}" if sep else part.strip())
    return "; ".join(p for p in parts if p)


def status_names() -> dict[str, str]:
    return {
        "draft": translate("Board", "Draft"),
        "submitted": translate("Board", "Submitted"),
        "adopted": translate("Board", "Adopted"),
        "adopted-modified": translate("Board", "Adopted with modifications"),
        "not-adopted": translate("Board", "Not adopted"),
        "withdrawn": translate("Board", "Withdrawn"),
        "noted": translate("Board", "Noted"),
        "suppressed": translate("Board", "Suppressed"),
    }


class _Tree(QTreeWidget):
    status_key = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        status = KEYS.get(Qt.Key(event.key()))
        if status is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.status_key.emit(status)
            return
        super().keyPressEvent(event)


class BoardView(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.main = window
        self.items: list = []
        self.conference = QComboBox()
        self.conference.setAccessibleName(translate("Board", "Conference"))
        self.day = QComboBox()
        self.day.setAccessibleName(translate("Board", "Day"))
        self.add_button = QPushButton(translate("Board", "&Add agenda item…"))
        self.conference_button = QPushButton(translate("Board", "&Conference…"))
        self.conference_button.setToolTip(translate("Board", "Record a conference, or change its dates and place"))
        self.import_button = QPushButton(translate("Board", "&Import agenda…"))
        self.remove_button = QPushButton(translate("Board", "&Remove agenda item…"))
        self.remove_button.setToolTip(translate("Board", "Take the selected item off the agenda, for the team too"))
        self.support_button = QPushButton(translate("Board", "&Support…"))
        self.support_button.setToolTip(
            translate("Board", "Who supports the selected proposal's common proposal (or the open contribution)")
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Board", "Conference:")))
        top.addWidget(self.conference, 1)
        top.addWidget(QLabel(translate("Board", "Day:")))
        top.addWidget(self.day, 1)
        top.addWidget(self.conference_button)
        top.addWidget(self.add_button)
        top.addWidget(self.import_button)
        top.addWidget(self.remove_button)
        top.addWidget(self.support_button)
        self.tree = _Tree()
        self.tree.setHeaderLabels(
            [translate("Board", "Agenda item / proposal"), translate("Board", "On"), translate("Board", "Status")]
        )
        self.tree.setColumnWidth(0, 330)
        self.tree.setColumnWidth(1, 190)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(translate("Board", "Our position"))
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setSizes([640, 420])
        self.hint = QLabel(
            translate(
                "Board", "Keys on a proposal: A adopted, M adopted with modifications, N not adopted, W withdrawn"
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(shortcuts.MARGIN, shortcuts.MARGIN, shortcuts.MARGIN, shortcuts.MARGIN)
        layout.setSpacing(shortcuts.SPACING)
        layout.addLayout(top)
        self.warning = QLabel()  # the conference's record as a merge can leave it (closing before it opens)
        self.warning.setWordWrap(True)
        self.warning.hide()
        layout.addWidget(self.warning)
        layout.addWidget(split, 1)
        layout.addWidget(self.hint)
        self.conference.currentIndexChanged.connect(lambda _i: self.fill_days())
        self.day.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tree.currentItemChanged.connect(lambda current, _previous: self.show_detail(current))
        self.tree.status_key.connect(self.set_status)
        self.add_button.clicked.connect(lambda: self.add_item())
        self.conference_button.clicked.connect(lambda: self.edit_conference())
        self.import_button.clicked.connect(lambda: self.import_agenda())
        self.remove_button.clicked.connect(lambda: self.remove_item())
        self.support_button.clicked.connect(lambda: self.show_support())
        # read when shown, not when the tab is made after the window's first paint: the board
        # loads every contribution, and show_board (Ctrl+5) reads it again anyway
        window.tabs.currentChanged.connect(self._tab_changed)

    # -- reading --------------------------------------------------------------------------
    def _tab_changed(self, _index: int) -> None:
        if self.main.tabs.currentWidget() is self:
            self.reload()

    def reload(self) -> None:
        from ..services.conference import list_conferences

        current = self.conference.currentText()
        self.conference.blockSignals(True)
        self.conference.clear()
        for conf in list_conferences(self.main.db):
            self.conference.addItem(conf.name)
        if current and self.conference.findText(current) >= 0:
            self.conference.setCurrentIndex(self.conference.findText(current))
        self.conference.blockSignals(False)
        enabled = self.conference.count() > 0
        self.add_button.setEnabled(enabled)
        self.import_button.setEnabled(enabled)
        self.remove_button.setEnabled(enabled)
        self.fill_days()

    def fill_days(self, keep: str = "") -> None:
        from datetime import date

        from ..services.board import days

        name = self.conference.currentText()
        found = days(self.main.db, name) if name else []
        keep = keep or self.day.currentData() or ""

        locale = QLocale()  # the day in the interface's language (ui.i18n.install sets the default)
        self.day.blockSignals(True)
        self.day.clear()
        for day in found:
            shown = locale.toString(QDate.fromString(day, Qt.DateFormat.ISODate), "dddd d MMMM yyyy")
            self.day.addItem(shown, day)
        today = date.today().isoformat()
        wanted = keep if keep in found else next((d for d in found if d >= today), found[-1] if found else "")
        if wanted:
            self.day.setCurrentIndex(found.index(wanted))
        self.day.blockSignals(False)
        self.refresh()

    def our_source(self) -> str:
        return str(self.main.settings.value("drafting/source", "") or "")

    def refresh(self) -> None:
        from ..services.board import board

        name, day = self.conference.currentText(), self.day.currentData()
        self.show_warning(name)
        self.show_items(board(self.main.db, name, day, self.our_source()) if name and day else [])

    def show_warning(self, name: str) -> None:
        """Two colleagues' dates taken together can close the conference before it
        opens (the exchange takes such a merge): said above the board, never refused."""
        from ..services.conference import named, warnings

        conf = named(self.main.db, name) if name else None
        if conf is None or not warnings(conf):
            self.warning.hide()
            return
        text = translate("Board", "{0} closes ({1}) before it opens ({2}): set its dates again with Conference…")
        self.warning.setText(text.format(conf.name, conf.closes, conf.opens))
        self.warning.show()

    def show_items(self, items: list) -> None:
        """The day's agenda items as the tree, the selection kept where it was."""
        from .conference_words import target_text

        self.items = items
        chosen = self._chosen()
        self.tree.clear()
        statuses = status_names()
        bold = QFont()
        bold.setBold(True)
        meetings: dict[str, QTreeWidgetItem] = {}
        for n, item in enumerate(self.items):
            meeting = meetings.get(item.meeting)
            if meeting is None:
                meeting = meetings[item.meeting] = QTreeWidgetItem([item.meeting or translate("Board", "(no meeting)")])
                meeting.setFont(0, bold)
                self.tree.addTopLevelItem(meeting)
                meeting.setFirstColumnSpanned(True)
            docs = f" [{item.documents}]" if item.documents else ""
            row = QTreeWidgetItem([item.item + docs])
            row.setData(0, PROPOSAL_ROLE, (n, None))
            meeting.addChild(row)
            row.setFirstColumnSpanned(True)  # the item's words across the columns
            for k, p in enumerate(item.proposals):
                text = f"{p.action} {p.number}".strip()
                child = QTreeWidgetItem([text, target_text(p.target), statuses.get(p.status, p.status)])
                child.setData(0, PROPOSAL_ROLE, (n, k))
                if p.ours:
                    for col in range(3):
                        child.setFont(col, bold)
                if p.status_date and p.status not in ("draft", "submitted"):
                    child.setToolTip(2, p.status_date)
                row.addChild(child)
        self.tree.expandAll()
        self._select(chosen)

    def _chosen(self) -> tuple[int, int | None] | None:
        current = self.tree.currentItem()
        return current.data(0, PROPOSAL_ROLE) if current is not None else None

    def _select(self, chosen) -> None:
        if chosen is None:
            self.show_detail(None)
            return
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            stack = [top] if top is not None else []
            while stack:
                node = stack.pop()
                if tuple(node.data(0, PROPOSAL_ROLE) or ()) == tuple(chosen):
                    self.tree.setCurrentItem(node)
                    return
                stack.extend(child for c in range(node.childCount()) if (child := node.child(c)) is not None)

    def show_detail(self, node: QTreeWidgetItem | None) -> None:
        from html import escape

        data = node.data(0, PROPOSAL_ROLE) if node is not None else None
        if not data:
            self.detail.setHtml("")
            return
        item = self.items[data[0]]
        documents_word = translate("Board", "Documents:")
        none_word = translate("Board", "No position recorded on this item.")
        points_word = translate("Board", "Talking points")
        regions_word = translate("Board", "Regional stances")
        parts = [f"<h3>{escape(item.item)}</h3>"]
        if item.documents:
            parts.append(f"<p>{escape(documents_word)} {escape(item.documents)}</p>")
        if not item.positions:
            parts.append(f"<p><i>{escape(none_word)}</i></p>")
        for pos in item.positions:
            where = f" {pos.provision}" if pos.provision else ""
            stance = stance_text(pos.stance)
            parts.append(f"<h4>{escape(pos.body)} {escape(pos.number)}{escape(where)}: {escape(stance)}</h4>")
            if pos.talking_points:
                parts.append(f"<p><b>{escape(points_word)}</b><br>")
                parts.append("<br>".join(escape(line) for line in pos.talking_points.splitlines()) + "</p>")
            if pos.regional_alignment:
                parts.append(f"<p><b>{escape(regions_word)}</b><br>{escape(regions_text(pos.regional_alignment))}</p>")
        ours = [p for p in item.proposals if p.ours]
        others = [p for p in item.proposals if not p.ours]
        parts.append(
            "<p>"
            + escape(translate("Board", "Our proposals: {0}; others': {1}").format(len(ours), len(others)))
            + "</p>"
        )
        self.detail.setHtml("".join(parts))

    # -- writing --------------------------------------------------------------------------
    def set_status(self, status: str):
        data = self._chosen()
        if not data or data[1] is None:
            self.main.statusBar().showMessage(translate("Board", "Choose a proposal to set its status."), 5000)
            return None
        item = self.items[data[0]]
        proposal = item.proposals[data[1]]
        note = f"{item.meeting}: {item.item}".strip(": ")
        session = self.main.session
        if session.contribution_uid == proposal.contribution_uid:  # open in the window: journaled
            session.service.set_status(proposal.place - 1, status, note, item.day)
            self.refresh()
            return None

        def job(db):
            from ..services.proposals import set_status

            return set_status(db, proposal.contribution, str(proposal.place), status, note, item.day)

        return self.main.on_writer(translate("Board", "Setting the status…"), job, lambda _p: self.refresh())

    def add_item(self, values: tuple[str, str, str, str] | None = None):
        """A typed agenda item (the dialog, unless ``values`` are given)."""
        if values is None:
            dialog = board_dialogs.AgendaItemDialog(self.day.currentData() or "", self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            values = dialog.values()
        name = self.conference.currentText()
        day, meeting, text, documents = values

        def job(db):
            from ..services.board import add_item

            return add_item(db, name, day, meeting, text, documents)

        return self.main.on_writer(translate("Board", "Adding the agenda item…"), job, lambda _i: self.fill_days(day))

    def remove_item(self, confirm: bool = True):
        """Take the selected agenda item (or the item of the selected proposal) off
        the agenda, after a confirmation; the team exchange carries the removal."""
        from PySide6.QtWidgets import QMessageBox

        data = self._chosen()
        if not data:
            self.main.statusBar().showMessage(translate("Board", "Choose an agenda item to remove it."), 5000)
            return None
        item = self.items[data[0]]
        if confirm:
            answer = QMessageBox.question(
                self,
                translate("Board", "Remove agenda item"),
                translate("Board", "Take “{0}” ({1}, {2}) off the agenda, for the whole team?").format(
                    item.item, item.meeting or translate("Board", "(no meeting)"), item.day
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        uid, day = item.uid, item.day

        def job(db):
            from ..services.conference import remove_agenda_item

            return remove_agenda_item(db, uid)

        return self.main.on_writer(translate("Board", "Removing the agenda item…"), job, lambda _r: self.fill_days(day))

    def show_support(self):
        """Who supports a common proposal: the selected proposal's contribution,
        or else the contribution open in the window."""
        from .conference_ui import open_support

        data = self._chosen()
        cid = None
        if data and data[1] is not None:
            cid = self.items[data[0]].proposals[data[1]].contribution
        return open_support(self.main, cid)

    def edit_conference(self, values: dict[str, str] | None = None):
        """Record a conference, or change the one shown (the dialog, unless ``values`` are given)."""
        from ..services.conference import list_conferences

        if values is None:
            shown = next((c for c in list_conferences(self.main.db) if c.name == self.conference.currentText()), None)
            dialog = board_dialogs.ConferenceDialog(shown, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            values = dialog.values()
        given = dict(values)

        def job(db):
            from ..services.conference import set_conference

            return set_conference(
                db,
                given["name"],
                given.get("body", ""),
                given.get("opens", ""),
                given.get("closes", ""),
                given.get("place", ""),
                given.get("deadline", ""),
            )

        def done(conf) -> None:
            from .conference_ui import show_next_deadline

            self.reload()
            self.conference.setCurrentIndex(self.conference.findText(conf.name))
            show_next_deadline(self.main)

        return self.main.on_writer(translate("Board", "Saving the conference…"), job, done)

    def import_agenda(self, path: str | None = None):
        from .file_dialogs import open_path

        if path is None:
            path = open_path(
                self,
                self.main.settings,
                "agenda",
                translate("Board", "Import agenda"),
                translate("Board", "Excel workbooks (*.xlsx)"),
            )
        if not path:
            return None
        name = self.conference.currentText()

        def job(db):
            from ..services.board import import_agenda

            return import_agenda(db, name, path)

        def done(count) -> None:
            self.main.statusBar().showMessage(translate("Board", "{0} agenda item(s) added").format(count), 8000)
            self.fill_days()

        return self.main.on_writer(translate("Board", "Importing the agenda…"), job, done)


def board_of(window) -> BoardView:
    """The window's board, made and put in a tab on first use."""
    found = getattr(window, "_board", None)
    if found is None:
        try:
            window._views()  # the session the board writes through
        except DelegateError:
            pass
        found = window._board = BoardView(window)
        found.setAccessibleName(translate("Board", "Board"))
        window.tabs.addTab(found, translate("Board", "Board"))
    return found


def show_board(window) -> BoardView:
    view = board_of(window)
    if window.tabs.currentWidget() is view:
        view.reload()  # already shown: read again
    else:
        window.tabs.setCurrentWidget(view)  # read as it is shown
    view.tree.setFocus()
    return view
