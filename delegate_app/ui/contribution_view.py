"""A contribution: its header fields, its proposals in order with their ITU
numbers (reassigned when reordered), and the ITU rules check."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ..core.drafting import new_add, new_mod, new_title_only
from ..services import library
from . import shortcuts
from .errors import shows_errors
from .session import DraftSession

HEADER_FIELDS = [
    ("meeting", QT_TRANSLATE_NOOP("ContributionView", "Meeting")),
    ("agenda_item", QT_TRANSLATE_NOOP("ContributionView", "Committee or agenda item")),
    ("document", QT_TRANSLATE_NOOP("ContributionView", "Document number")),
    ("date", QT_TRANSLATE_NOOP("ContributionView", "Date")),
    ("original_language", QT_TRANSLATE_NOOP("ContributionView", "Original language")),
    ("source", QT_TRANSLATE_NOOP("ContributionView", "Source")),
    ("title", QT_TRANSLATE_NOOP("ContributionView", "Title")),
]


class ContributionView(QWidget):
    edit_requested = Signal(int)  # open proposal n in the draft view
    export_word = Signal()
    export_excel = Signal()

    def __init__(self, session: DraftSession, library_selection, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.library_selection = library_selection  # () -> the version id selected in the library, or None
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Contribution"))
        self.chooser.activated.connect(self._open_chosen)
        new_button = QPushButton(self.tr("New contribution"))
        new_button.clicked.connect(self.new_contribution)

        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, label in HEADER_FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(self.tr(str(label)))
            edit.textEdited.connect(lambda text, n=name: self._set_header(n, text.strip()))
            self.fields[name] = edit
            form.addRow(self.tr(str(label)), edit)
        self.abstract = QPlainTextEdit()
        self.abstract.setAccessibleName(self.tr("Abstract"))
        self.abstract.setMaximumHeight(110)
        self.abstract.textChanged.connect(self._set_abstract)
        form.addRow(self.tr("Abstract"), self.abstract)

        self.proposals = QListWidget()
        self.proposals.setAccessibleName(self.tr("Proposals"))
        self.proposals.itemDoubleClicked.connect(lambda _: self._edit())
        buttons = QHBoxLayout()
        for text, slot, tip in (
            (self.tr("MOD…"), self.add_mod, self.tr("Modify a resolution of the library (Ctrl+M)")),
            (self.tr("ADD"), self.add_add, self.tr("A draft new resolution")),
            (self.tr("SUP…"), lambda: self.add_title_only("SUP"), self.tr("Suppress a resolution")),
            (self.tr("NOC…"), lambda: self.add_title_only("NOC"), self.tr("No change")),
            (self.tr("Up"), lambda: self._move(-1), self.tr("Move up (renumbers)")),
            (self.tr("Down"), lambda: self._move(1), self.tr("Move down (renumbers)")),
            (
                self.tr("Renumber"),
                self._renumber,
                self.tr("Number the delegation's proposals in their order (imported numbers stay)"),
            ),
            (self.tr("Edit"), self._edit, self.tr("Draft the selected proposal")),
            (self.tr("Delete"), self._delete, self.tr("Delete the selected proposal")),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("ITU rules check"))
        word = QPushButton(self.tr("Export Word…"))
        word.clicked.connect(self.export_word)
        excel = QPushButton(self.tr("Compare proposals in Excel…"))
        excel.clicked.connect(self.export_excel)

        head = shortcuts.row(QLabel(self.tr("Contribution:")), (self.chooser, 1), new_button)
        left = shortcuts.column(form, 1)
        right = shortcuts.column(
            QLabel(self.tr("Proposals")),
            (self.proposals, 2),
            buttons,
            QLabel(self.tr("ITU rules check")),
            (self.findings, 1),
            shortcuts.row(1, excel, word),
        )
        layout = shortcuts.view_layout(self)
        layout.addLayout(head)
        layout.addWidget(shortcuts.splitter(left, right, sizes=[520, 680]), 1)
        session.opened.connect(self.reload)
        session.changed.connect(self._refresh_lists)
        self.reload()

    @property
    def db(self):
        return self.session.workspace.reader

    def reload(self) -> None:
        self.refresh_chooser()
        h = self.session.contribution.header
        for name, edit in self.fields.items():
            edit.setText(getattr(h, name))
            edit.setCursorPosition(0)  # show the start of long values
        self.abstract.blockSignals(True)
        self.abstract.setPlainText(self.session.contribution.abstract)
        self.abstract.blockSignals(False)
        self._refresh_lists()

    @shows_errors
    def refresh_chooser(self) -> None:
        """The contributions to choose from: the stored ones (an import's among
        them at once) and any not saved yet."""
        self.chooser.clear()
        for item in self.session.contributions():
            label = item.label or self.tr("(untitled)")
            self.chooser.addItem(f"{label} · " + self.tr("%n proposal(s)", "", item.proposals), item.uid)
        self.chooser.setCurrentIndex(self.chooser.findData(self.session.contribution_uid))

    def _refresh_lists(self) -> None:
        row = self.proposals.currentRow()
        self.proposals.clear()
        for p in self.session.contribution.proposals:
            self.proposals.addItem(f"{p.action}\t{p.number}\t{p.target}")
        self.proposals.setCurrentRow(min(row, self.proposals.count() - 1))
        self.findings.clear()
        if self.session.contribution_uid is None and not self.session.contribution.proposals:
            self.findings.addItem(self.tr("No contribution is open: start a new one."))
            return
        found = self.session.findings()
        for f in found:
            self.findings.addItem(f"⚠ {f.where}: {f.message}")
        if not found:
            self.findings.addItem(self.tr("✓ No problems found."))

    def _set_header(self, name: str, value: str) -> None:
        if self.session.contribution_uid is None:  # typing with none open starts one: nothing typed is dropped
            self.session.new()  # the fields show the new header, this one what was typed
            self.fields[name].setText(value)
        self.session.set_header(**{name: value})

    def _set_abstract(self) -> None:
        text = self.abstract.toPlainText()
        if self.session.contribution_uid is None:
            self.session.new()
            self.abstract.blockSignals(True)
            self.abstract.setPlainText(text)
            self.abstract.moveCursor(QTextCursor.MoveOperation.End)
            self.abstract.blockSignals(False)
        self.session.set_text("abstract", text)

    @shows_errors
    def _open_chosen(self, index: int) -> None:
        uid = self.chooser.itemData(index)
        if uid is not None:
            self.session.open(str(uid))

    def new_contribution(self) -> None:
        self.session.new()

    def _ensure_open(self) -> None:
        if self.session.contribution_uid is None:
            self.session.new()

    def _choose_version(self, title: str) -> int | None:
        versions = library.list_versions(self.db)
        if not versions:
            QMessageBox.information(self, title, self.tr("The library is empty: import resolutions first."))
            return None
        labels = [v.label for v in versions]
        selected = self.library_selection()
        current = next((i for i, v in enumerate(versions) if v.id == selected), 0)
        label, ok = QInputDialog.getItem(self, title, self.tr("Resolution:"), labels, current, False)
        return versions[labels.index(label)].id if ok else None

    @shows_errors
    def add_mod(self, version_id: int | None = None) -> int | None:
        version_id = version_id or self._choose_version(self.tr("Modify a resolution"))
        if version_id is None:
            return None
        base = library.text_of(self.db, version_id)
        if base is None:
            return None
        self._ensure_open()
        index = self.session.add(new_mod(base, version_id))
        self.edit_requested.emit(index)
        return index

    def add_add(self) -> int:
        self._ensure_open()
        body = (
            self.session.contribution.proposals[0].resolution.body
            if self.session.contribution.proposals and self.session.contribution.proposals[0].resolution
            else "PP"
        )
        index = self.session.add(new_add(body or "PP"))
        self.edit_requested.emit(index)
        return index

    @shows_errors
    def add_title_only(self, action: str) -> None:
        version_id = self._choose_version(self.tr("{0}: choose the resolution").format(action))
        base = library.text_of(self.db, version_id) if version_id is not None else None
        if base is not None:
            self._ensure_open()
            self.session.add(new_title_only(action, base, version_id))

    def _move(self, step: int) -> None:
        row = self.proposals.currentRow()
        if row < 0 or not 0 <= row + step < self.proposals.count():
            return
        self.session.move(row, row + step)
        self.proposals.setCurrentRow(row + step)

    def _renumber(self) -> None:
        if self.session.contribution_uid is not None:
            self.session.renumber()

    def _edit(self) -> None:
        if self.proposals.currentRow() >= 0:
            self.edit_requested.emit(self.proposals.currentRow())

    def _delete(self) -> None:
        row = self.proposals.currentRow()
        if row < 0:
            return
        p = self.session.contribution.proposals[row]
        answer = QMessageBox.question(
            self,
            self.tr("Delete proposal"),
            self.tr("Delete {0} {1}? Its text and Reasons will be lost.").format(p.action, p.number),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.remove(row)
