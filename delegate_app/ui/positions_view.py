"""The delegation's positions: an overview that filters and sorts, and a form
to record the position on a resolution or on one of its provisions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QPushButton, QTableView, QWidget

from ..core.model import Position, Priority, Stance
from ..core.outline import outline
from ..services import library
from ..services.workspace import Workspace
from . import shortcuts
from .errors import shows_errors
from .library_model import plain_tooltip

COLUMNS = [
    (QT_TRANSLATE_NOOP("PositionsModel", "Resolution"), lambda p: f"{p.body} {p.number}"),
    (QT_TRANSLATE_NOOP("PositionsModel", "Provision"), lambda p: p.provision or "—"),
    (QT_TRANSLATE_NOOP("PositionsModel", "Stance"), lambda p: p.stance),
    (QT_TRANSLATE_NOOP("PositionsModel", "Priority"), lambda p: p.priority),
    (QT_TRANSLATE_NOOP("PositionsModel", "Owner"), lambda p: p.owner),
    (QT_TRANSLATE_NOOP("PositionsModel", "Regional alignment"), lambda p: p.regional_alignment),
    (QT_TRANSLATE_NOOP("PositionsModel", "Updated"), lambda p: p.updated[:16]),
]


class PositionsModel(QAbstractTableModel):
    """A thin adapter: rows are Position objects from the store."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Position] = []

    def reload(self, rows: list[Position]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return COLUMNS[index.column()][1](self.rows[index.row()])
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():  # a tooltip that looks like HTML is shown as HTML
            return plain_tooltip(str(COLUMNS[index.column()][1](self.rows[index.row()]) or ""))
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section][0])
        return None


class PositionsView(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.model = PositionsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter = QLineEdit(placeholderText=self.tr("Filter positions"))
        self.filter.setAccessibleName(self.tr("Filter positions"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Positions"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._load_selected)

        self.resolution = QComboBox()
        self.resolution.currentIndexChanged.connect(self._fill_provisions)
        self.provision = QComboBox(editable=True)
        self.provision.currentIndexChanged.connect(self._load_for_key)
        self.stance = QComboBox()
        self.stance.addItems([s.value for s in Stance])
        self.priority = QComboBox()
        self.priority.addItems([p.value for p in Priority])
        self.rationale = QPlainTextEdit()
        self.talking_points = QPlainTextEdit()
        self.regional = QLineEdit(placeholderText="CEPT: support; APT: oppose")
        self.owner = QLineEdit()
        self.save_button = QPushButton(self.tr("Save position"))
        shortcuts.bind_button(self.save_button, shortcuts.SAVE, self)
        self.save_button.clicked.connect(self.save)

        form = QFormLayout()
        for label, widget in (
            (self.tr("Resolution"), self.resolution),
            (self.tr("Provision"), self.provision),
            (self.tr("Stance"), self.stance),
            (self.tr("Priority"), self.priority),
            (self.tr("Rationale"), self.rationale),
            (self.tr("Talking points"), self.talking_points),
            (self.tr("Regional alignment"), self.regional),
            (self.tr("Owner"), self.owner),
        ):
            widget.setAccessibleName(label)  # what a screen reader says is what the form shows
            form.addRow(label, widget)
        form.addRow(shortcuts.row(1, self.save_button))
        editor = QWidget()
        editor.setLayout(form)
        splitter = shortcuts.splitter(shortcuts.column(self.filter, self.table), editor, sizes=[700, 500])
        shortcuts.view_layout(self).addWidget(splitter)
        self.loaded = False  # filled when first shown: the window opens without waiting for it

    def showEvent(self, event) -> None:
        self.ensure_loaded()
        super().showEvent(event)

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.refresh()

    @property
    def db(self):
        return self.workspace.reader

    @shows_errors
    def refresh(self) -> None:
        self.loaded = True
        self.model.reload(self.workspace.positions.list())
        current = self.resolution.currentData()
        self.resolution.blockSignals(True)
        self.resolution.clear()
        seen = set()
        for v in library.list_versions(self.db):
            if (v.body, v.number) not in seen:
                seen.add((v.body, v.number))
                self.resolution.addItem(f"{v.body} Resolution {v.number}", (v.body, v.number, v.id))
        self.resolution.blockSignals(False)
        if current is not None:
            self.focus_resolution(current[0], current[1])
        self._fill_provisions()

    def focus_resolution(self, body: str, number: str) -> None:
        self.ensure_loaded()
        for i in range(self.resolution.count()):
            if self.resolution.itemData(i)[:2] == (body, number):
                self.resolution.setCurrentIndex(i)
                return

    @shows_errors
    def _fill_provisions(self) -> None:
        data = self.resolution.currentData()
        self.provision.clear()
        self.provision.addItem(self.tr("(whole resolution)"), "")
        if data is None:
            return
        found = library.text_of(self.db, data[2])
        if found is not None:
            for row in outline(found):
                self.provision.addItem(row.path, row.path)

    def _load_for_key(self, *_args) -> None:
        """The form shows the stored position for the resolution and provision
        chosen, or a blank one: never the last position's words under a new key."""
        data = self.resolution.currentData()
        if data is None:
            return
        key = self.provision.currentData() or ""
        found = next((p for p in self.model.rows if (p.body, p.number, p.provision) == (data[0], data[1], key)), None)
        self._fill_form(found or Position(body=data[0], number=data[1], provision=key))

    def _load_selected(self, current, _previous=None) -> None:
        if not current.isValid():
            return
        pos = self.model.rows[self.proxy.mapToSource(current).row()]
        self.focus_resolution(pos.body, pos.number)
        index = self.provision.findData(pos.provision)
        if index >= 0:
            self.provision.setCurrentIndex(index)
        else:
            self.provision.setEditText(pos.provision)
        self._fill_form(pos)

    def _fill_form(self, pos: Position) -> None:
        self.stance.setCurrentText(pos.stance)
        self.priority.setCurrentText(pos.priority)
        self.rationale.setPlainText(pos.rationale)
        self.talking_points.setPlainText(pos.talking_points)
        self.regional.setText(pos.regional_alignment)
        self.owner.setText(pos.owner)

    @shows_errors
    def save(self) -> Position | None:
        self.ensure_loaded()
        data = self.resolution.currentData()
        if data is None:
            return None
        provision = (
            self.provision.currentData()
            if self.provision.currentText() == self.provision.itemText(self.provision.currentIndex())
            else self.provision.currentText().strip()
        )
        saved = self.workspace.positions.save(
            Position(
                body=data[0],
                number=data[1],
                provision=provision or "",
                stance=self.stance.currentText(),
                priority=self.priority.currentText(),
                rationale=self.rationale.toPlainText().strip(),
                talking_points=self.talking_points.toPlainText().strip(),
                regional_alignment=self.regional.text().strip(),
                owner=self.owner.text().strip(),
            )
        )
        self.model.reload(self.workspace.positions.list())
        return saved
