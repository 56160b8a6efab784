"""A contribution: its header fields, its proposals in order with their ITU
numbers (reassigned when reordered), actions, bases and statuses, and the ITU
rules check."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ..core.drafting import ACTIONS
from ..services import library
from ..services.proposals import new_proposal  # the command line's proposal add makes the same
from . import shortcuts
from .errors import shows_errors
from .i18n import LANGUAGES
from .proposal_table import ALL, STATUS_NAMES, ProposalTable, StatusDialog, status_name
from .rules_panel import RulesPanel
from .session import DraftSession
from .widgets import put_away, typed_text

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
    show_requested = Signal(int, str)  # open proposal n in the draft view at these words
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
        self.language = QComboBox()  # the contribution's language: every word its exports write
        self.language.setAccessibleName(self.tr("Language of the contribution"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.activated.connect(self._set_language)
        form.addRow(self.tr("Language of the contribution"), self.language)
        self.abstract = QPlainTextEdit()
        self.abstract.setAccessibleName(self.tr("Abstract"))
        self.abstract.setMaximumHeight(110)
        self.abstract.textChanged.connect(self._set_abstract)
        form.addRow(self.tr("Abstract"), self.abstract)

        self.proposals = ProposalTable()
        self.proposals.cellDoubleClicked.connect(lambda *_: self._edit())
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show proposals with the status"))
        self.status_filter.addItem(self.tr("All statuses"), ALL)
        for value in STATUS_NAMES:
            self.status_filter.addItem(status_name(value), value)
        self.status_filter.currentIndexChanged.connect(lambda _: self._refresh_lists())
        adding = QHBoxLayout()
        for text, slot, tip in (
            (self.tr("MOD…"), self.add_mod, self.tr("Modify a resolution of the library (Ctrl+M)")),
            (self.tr("(MOD)…"), self.add_editorial_mod, self.tr("An editorial modification of a resolution")),
            (self.tr("ADD"), self.add_add, self.tr("A draft new resolution")),
            (self.tr("SUP…"), lambda: self.add_title_only("SUP"), self.tr("Suppress a resolution")),
            (self.tr("NOC…"), lambda: self.add_title_only("NOC"), self.tr("No change")),
        ):
            adding.addWidget(self._button(text, slot, tip))
        adding.addStretch(1)
        buttons = QHBoxLayout()
        for text, slot, tip in (
            (self.tr("Up"), lambda: self._move(-1), self.tr("Move up (renumbers)")),
            (self.tr("Down"), lambda: self._move(1), self.tr("Move down (renumbers)")),
            (
                self.tr("Renumber"),
                self._renumber,
                self.tr("Number the delegation's proposals in their order (imported numbers stay)"),
            ),
            (self.tr("Edit"), self._edit, self.tr("Draft the selected proposal")),
            (self.tr("Action…"), self.change_action, self.tr("Change the selected proposal's action")),
            (self.tr("Base…"), self.change_base, self.tr("Choose the text the selected proposal modifies")),
            (self.tr("Status…"), self.set_status, self.tr("Record where the selected proposal stands")),
            (self.tr("Delete"), self._delete, self.tr("Delete the selected proposal")),
        ):
            buttons.addWidget(self._button(text, slot, tip))
        self.rules = RulesPanel()
        self.rules.go_to.connect(self.show_requested)
        self.rules.fix.connect(self.fix_finding)
        word = QPushButton(self.tr("Export Word…"))
        word.clicked.connect(self.export_word)
        excel = QPushButton(self.tr("Compare proposals in Excel…"))
        excel.clicked.connect(self.export_excel)

        head = shortcuts.row(QLabel(self.tr("Contribution:")), (self.chooser, 1), new_button)
        left = shortcuts.column(form, 1)
        right = shortcuts.column(
            shortcuts.row(QLabel(self.tr("Proposals")), 1, QLabel(self.tr("Show:")), self.status_filter),
            (self.proposals, 2),
            adding,
            buttons,
            QLabel(self.tr("ITU rules check")),
            (self.rules, 1),
            shortcuts.row(1, excel, word),
        )
        layout = shortcuts.view_layout(self)
        layout.addLayout(head)
        layout.addWidget(shortcuts.splitter(left, right, sizes=[520, 680]), 1)
        self._stale = True
        session.opened.connect(self.reload)
        session.changed.connect(self._refresh_lists)
        session.changed.connect(self._recount)  # "n proposals" in the chooser, at once
        self.reload()

    def _button(self, text: str, slot, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

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
        self.language.setCurrentIndex(max(0, self.language.findData(self.session.contribution.language)))
        self._refresh_lists()

    @shows_errors
    def refresh_chooser(self) -> None:
        """The contributions to choose from: the stored ones (an import's among
        them at once) and any not saved yet."""
        self.chooser.clear()
        for item in self.session.service.contributions():
            label = item.label or self.tr("(untitled)")
            self.chooser.addItem(f"{label} · " + self.tr("%n proposal(s)", "", item.proposals), item.uid)
        self.chooser.setCurrentIndex(self.chooser.findData(self.session.contribution_uid))

    def _recount(self) -> None:
        """The open contribution's entry in the chooser: its name and how many
        proposals it has, as they are now (proposals added, deleted, header typed)."""
        from ..services.drafts import label

        index = self.chooser.findData(self.session.contribution_uid)
        if index >= 0:
            contrib = self.session.contribution
            name = label(contrib) or self.tr("(untitled)")
            self.chooser.setItemText(index, f"{name} · " + self.tr("%n proposal(s)", "", len(contrib.proposals)))

    def showEvent(self, event) -> None:
        if self._stale:
            self._refresh_lists()
        super().showEvent(event)

    def _refresh_lists(self) -> None:
        """The proposals and the rules check, now if the view is seen, else when it
        next is: typing in the Draft view changes the contribution on every pause."""
        if put_away(self):
            self._stale = True
            return
        self._stale = False
        from ..services.exchange import conflicted

        self.proposals.show_proposals(
            self.session.contribution.proposals, self.status_filter.currentData() or ALL, conflicted(self.db)
        )
        if self.session.contribution_uid is None and not self.session.contribution.proposals:
            self.rules.show_findings(None)
            return
        self._show_findings()

    @shows_errors
    def _show_findings(self) -> None:
        self.rules.show_findings(self.session.service.findings())

    def _set_header(self, name: str, value: str) -> None:
        if self.session.contribution_uid is None:  # typing with none open starts one: nothing typed is dropped
            self.session.new()  # the fields show the new header, this one what was typed
            self.fields[name].setText(value)
        self.session.service.set_header(**{name: value})

    @shows_errors
    def _set_language(self, index: int) -> None:
        code = str(self.language.itemData(index))
        if self.session.contribution_uid is None:
            self.session.new(language=code)
        self.session.service.set_language(code)

    def _set_abstract(self) -> None:
        text = typed_text(self.abstract)
        if self.session.contribution_uid is None:
            self.session.new()
            self.abstract.blockSignals(True)
            self.abstract.setPlainText(text)
            self.abstract.moveCursor(QTextCursor.MoveOperation.End)
            self.abstract.blockSignals(False)
        self.session.service.set_text("abstract", text)

    @shows_errors
    def _open_chosen(self, index: int) -> None:
        uid = self.chooser.itemData(index)
        if uid is not None:
            self.session.open(str(uid))

    def new_contribution(self) -> None:
        self.session.new()

    def _ensure_open(self, language: str | None = None) -> None:
        """A contribution open to add to: a new one is in the language of the text it acts on."""
        if self.session.contribution_uid is None:
            self.session.new(language=language)

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
        self._ensure_open(base.language)
        index = self.session.service.add(new_proposal(self.db, "MOD", version_id, self.session.contribution))
        self.edit_requested.emit(index)
        return index

    @shows_errors
    def add_editorial_mod(self, version_id: int | None = None) -> int | None:
        """A (MOD): an editorial change, marked like a MOD."""
        index = self.add_mod(version_id)
        if index is not None:
            self.session.service.change_action(index, "(MOD)")
        return index

    def add_add(self) -> int:
        self._ensure_open()  # a draft new resolution of the first proposal's body (PP when none)
        index = self.session.service.add(new_proposal(self.db, "ADD", None, self.session.contribution))
        self.edit_requested.emit(index)
        return index

    @shows_errors
    def add_title_only(self, action: str) -> None:
        version_id = self._choose_version(self.tr("{0}: choose the resolution").format(action))
        base = library.text_of(self.db, version_id) if version_id is not None else None
        if base is not None:
            self._ensure_open(base.language)
            self.session.service.add(new_proposal(self.db, action, version_id, self.session.contribution))

    def _selected(self) -> int | None:
        row = self.proposals.currentRow()
        return row if 0 <= row < len(self.session.contribution.proposals) else None

    @shows_errors
    def set_status(self) -> None:
        row = self._selected()
        if row is None:
            return
        dialog = StatusDialog(self.session.contribution.proposals[row], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            status, note, day = dialog.values()
            self.session.service.set_status(row, status, note, day)

    @shows_errors
    def change_action(self, action: str | None = None) -> None:
        """Another action for the selected proposal, after asking when drafted text would go."""
        row = self._selected()
        if row is None:
            return
        proposal = self.session.contribution.proposals[row]
        if not action:
            current = ACTIONS.index(proposal.action) if proposal.action in ACTIONS else 0
            action, ok = QInputDialog.getItem(
                self, self.tr("Action"), self.tr("Action:"), list(ACTIONS), current, False
            )
            if not ok or action == proposal.action:
                return
        if self.session.service.loses_text(row, action):
            answer = QMessageBox.question(
                self,
                self.tr("Change the action"),
                self.tr("A {0} keeps the text as it is: the changes drafted in {1} will be lost. Change it?").format(
                    action, f"{proposal.action} {proposal.number}".strip()
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.session.service.change_action(row, action)

    @shows_errors
    def change_base(self, version_id: int | None = None) -> None:
        """The library version the selected proposal is marked against; a warning when a later one is there."""
        row = self._selected()
        if row is None:
            return
        proposal = self.session.contribution.proposals[row]
        res = proposal.resolution
        if res is None or res.draft:
            QMessageBox.information(self, self.tr("Base"), self.tr("A draft new resolution modifies no text."))
            return
        if version_id is None:
            versions = library.versions_named(self.db, res.body, res.number)
            if not versions:
                QMessageBox.information(
                    self, self.tr("Base"), self.tr("The library holds no text of {0}.").format(proposal.target)
                )
                return
            labels = [f"{v.label} ({v.language})" for v in versions]
            current = next((i for i, v in enumerate(versions) if v.id == proposal.base_version), len(versions) - 1)
            label, ok = QInputDialog.getItem(self, self.tr("Base"), self.tr("Marked against:"), labels, current, False)
            if not ok:
                return
            version_id = versions[labels.index(label)].id
        newer = self.session.service.change_base(row, version_id)
        if newer:
            QMessageBox.warning(
                self,
                self.tr("Base"),
                self.tr(
                    "The library holds a later revision ({0}): a MOD is usually marked against the text in force."
                ).format(newer),
            )

    @shows_errors
    def fix_finding(self, finding) -> None:
        """The fix of an outdated citation: every outdated citation of that proposal brought up to date."""
        if finding.index is None:
            return
        changed = self.session.service.update_references(finding.index)
        if changed:
            message = self.tr("%n citation(s) updated: they show as tracked changes in the export.", "", len(changed))
        else:
            message = self.tr("Nothing to update: the library holds the later revision in another language only.")
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 10000)

    def _move(self, step: int) -> None:
        row = self.proposals.currentRow()
        if row < 0 or not 0 <= row + step < self.proposals.rowCount():
            return
        self.session.service.move(row, row + step)
        self.proposals.setCurrentCell(row + step, 0)

    def _renumber(self) -> None:
        if self.session.contribution_uid is not None:
            self.session.service.renumber()

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
            self.session.service.remove(row)
